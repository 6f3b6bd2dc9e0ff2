//! Interior pointers: `&s.f`, `&a[i]` of a slice, `&v.Embedded` for a
//! promoted pointer method. Such a pointer is an ordinary `Value::Ptr` to a
//! cell id that this table maps to a place inside another value: a field
//! path inside a heap cell, or an element (and field path) of a backing
//! array. Loads and stores through it read and write that place, so it
//! aliases the original variable as in Go. The same place always gets the
//! same cell id, so `&s.f == &s.f`.

use super::machine::Machine;
use super::value::Value;
use std::collections::BTreeMap;
use std::rc::Rc;

/// Where an interior pointer points.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Place {
    /// The field at `path` inside heap cell `cell`.
    Field { cell: u32, path: Rc<[u16]> },
    /// The field at `path` inside element `index` of backing array `array`.
    Elem { array: u32, index: u32, path: Rc<[u16]> },
}

/// The interior pointers made so far, both ways.
#[derive(Clone, Debug, Default)]
pub struct Interior {
    /// The cells of the interior pointers, ascending: each is the newest
    /// cell when it is made, and cells are never freed. `places[i]` is what
    /// `cells[i]` stands for.
    cells: Vec<u32>,
    places: Vec<Place>,
    by_place: BTreeMap<Place, u32>,
}

impl Interior {
    /// The place cell `c` stands for, if it is an interior pointer.
    fn place(&self, c: u32) -> Option<&Place> {
        self.cells.binary_search(&c).ok().map(|i| &self.places[i])
    }
}

const NIL: &Value = &Value::Nil;

/// The value at `path` inside `v` (nil when the path leaves the value).
fn walk<'a>(mut v: &'a Value, path: &[u16]) -> &'a Value {
    for &i in path {
        v = match v {
            Value::Struct(fs) | Value::Array(fs) => fs.get(i as usize).unwrap_or(NIL),
            _ => NIL,
        };
    }
    v
}

impl Machine {
    /// Whether cell `c` stands for a place inside another value.
    pub fn is_interior(&self, c: u32) -> bool {
        self.interior.place(c).is_some()
    }

    /// The place interior pointer `c` stands for, if it is one.
    pub fn interior_place(&self, c: u32) -> Option<&Place> {
        self.interior.place(c)
    }

    /// The value a pointer to cell `c` points to.
    pub fn pointee(&self, c: u32) -> &Value {
        if self.interior.cells.is_empty() {
            return self.cells.get(c as usize).unwrap_or(NIL);
        }
        match self.interior.place(c) {
            None => self.cells.get(c as usize).unwrap_or(NIL),
            Some(Place::Field { cell, path }) => walk(self.cells.get(*cell as usize).unwrap_or(NIL), path),
            Some(Place::Elem { array, index, path }) => {
                let elem = self.arrays.get(*array as usize).and_then(|a| a.get(*index as usize)).unwrap_or(NIL);
                walk(elem, path)
            }
        }
    }

    /// A pointer to the field at `path` of what `base` points to.
    pub fn field_pointer(&mut self, base: &Value, path: &[u16]) -> Result<Value, String> {
        let Value::Ptr(c) = base else { return Err(NIL_DEREF.into()) };
        if path.is_empty() {
            return Ok(base.clone());
        }
        let place = match self.interior.place(*c) {
            None => Place::Field { cell: *c, path: Rc::from(path) },
            Some(Place::Field { cell, path: p0 }) => {
                Place::Field { cell: *cell, path: p0.iter().chain(path).copied().collect() }
            }
            Some(Place::Elem { array, index, path: p0 }) => {
                Place::Elem { array: *array, index: *index, path: p0.iter().chain(path).copied().collect() }
            }
        };
        Ok(self.interior_pointer(place))
    }

    /// A pointer to element `i` (then the field at `path`) of slice `s`.
    pub fn elem_pointer(&mut self, s: &Value, i: i64, path: &[u16]) -> Result<Value, String> {
        let len = self.length(s);
        let Value::Slice(r) = s else {
            return Err(format!("runtime error: index out of range [{i}] with length {len}"));
        };
        if i < 0 || i >= len {
            return Err(format!("runtime error: index out of range [{i}] with length {len}"));
        }
        if let Some(c) = self.place_of(r.array) {
            // An element of an array held in place: one step deeper into that place.
            let Ok(step) = u16::try_from(r.offset as i64 + i) else {
                return Err(
                    "chanscope: a pointer to an element past 65535 of an array in a struct is not supported yet".into(),
                );
            };
            let full: Vec<u16> = std::iter::once(step).chain(path.iter().copied()).collect();
            return self.field_pointer(&Value::Ptr(c), &full);
        }
        let place = Place::Elem { array: r.array, index: r.offset + i as u32, path: Rc::from(path) };
        Ok(self.interior_pointer(place))
    }

    fn interior_pointer(&mut self, place: Place) -> Value {
        if let Some(&c) = self.interior.by_place.get(&place) {
            return Value::Ptr(c);
        }
        self.cells.push(Value::Nil);
        let c = self.cells.len() as u32 - 1;
        self.interior.cells.push(c);
        self.interior.places.push(place.clone());
        self.interior.by_place.insert(place, c);
        Value::Ptr(c)
    }

    /// Stores `v` at `path` inside what interior pointer `c` points to;
    /// false when `c` is an ordinary cell.
    pub(crate) fn set_interior(&mut self, c: u32, path: &[u16], v: Value) -> Option<Result<(), String>> {
        let place = self.interior.place(c)?.clone();
        Some(match place {
            Place::Field { cell, path: p0 } => {
                let full: Vec<u16> = p0.iter().chain(path).copied().collect();
                self.set_in_cell(cell, &full, v)
            }
            Place::Elem { array, index, path: p0 } => {
                let full: Vec<u16> = p0.iter().chain(path).copied().collect();
                let Some(slot) = self.arrays.get_mut(array as usize).and_then(|a| a.get_mut(index as usize)) else {
                    return Some(Err(NIL_DEREF.into()));
                };
                let mut target = std::mem::take(slot);
                let r = self.set_path(&mut target, &full, v);
                self.arrays[array as usize][index as usize] = target;
                r
            }
        })
    }

    /// The heap as formatting sees it: interior pointers' cells hold the
    /// values they point to.
    pub fn cells_for_printing(&self) -> std::borrow::Cow<'_, [Value]> {
        if self.interior.cells.is_empty() {
            return std::borrow::Cow::Borrowed(&self.cells);
        }
        let mut cells = self.cells.clone();
        for &c in &self.interior.cells {
            cells[c as usize] = self.pointee(c).clone();
        }
        std::borrow::Cow::Owned(cells)
    }
}

const NIL_DEREF: &str = "runtime error: invalid memory address or nil pointer dereference";
