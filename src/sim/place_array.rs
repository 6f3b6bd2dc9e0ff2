//! Slices of arrays that are not variables: `b.data[:n]`, `xs[i][:]`,
//! `p.arr[:]`, `(&s.arr)[:]`. Such an array stays where it is (a field of a
//! struct in a heap cell, an element of a backing array); the slice is over
//! a "place array": a backing array id whose elements are read from and
//! written to the place a pointer stands for, so the slice and the struct
//! alias both ways as in Go, while copies of the struct (copy-on-write
//! values) stay apart. Reads go to the place (`slice_elems`); element
//! writes go to the place one element at a time (`store_place_elem`); the
//! id's entry in `Machine::arrays` is only a mirror, empty except between
//! `refresh_place` and `flush_place` around a write of many elements (a
//! sort). Code that indexes `Machine::arrays` directly must check `place_of`.

use super::machine::Machine;
use super::pointer::Place;
use super::race::Loc;
use super::value::{SliceRef, Value};
use std::collections::BTreeMap;

/// The place arrays made so far: backing array id ↔ the pointer cell whose
/// pointee is the array.
#[derive(Clone, Debug, Default)]
pub struct PlaceArrays {
    /// The place arrays' ids, ascending (each is the newest backing array
    /// when it is made), and beside each its pointer cell.
    arrays: Vec<u32>,
    cells: Vec<u32>,
    by_cell: BTreeMap<u32, u32>,
}

impl Machine {
    /// The pointer cell behind backing array `array`, when it is a place array.
    pub fn place_of(&self, array: u32) -> Option<u32> {
        if self.place_arrays.arrays.is_empty() {
            return None;
        }
        let i = self.place_arrays.arrays.binary_search(&array).ok()?;
        Some(self.place_arrays.cells[i])
    }

    /// A handle (a slice over all of it) to the array pointer cell `c` points
    /// to, which holds an array value in place.
    pub fn place_array_handle(&mut self, c: u32) -> Value {
        let len = match self.pointee(c) {
            Value::Array(elems) => elems.len() as u32,
            _ => 0,
        };
        let array = match self.place_arrays.by_cell.get(&c) {
            Some(&a) => a,
            None => {
                self.arrays.push(Vec::new());
                let a = self.arrays.len() as u32 - 1;
                self.place_arrays.by_cell.insert(c, a);
                self.place_arrays.arrays.push(a);
                self.place_arrays.cells.push(c);
                a
            }
        };
        Value::Slice(SliceRef { array, offset: 0, len, cap: len })
    }

    /// The elements of the array pointer cell `c` points to, as they are
    /// now (none when the place does not hold an array).
    pub fn place_elems(&self, c: u32) -> &[Value] {
        match self.pointee(c) {
            Value::Array(elems) => elems.as_slice(),
            _ => &[],
        }
    }

    /// `s[i] = v` where `s` is over the place array of pointer cell `c`:
    /// element `at` of the place changes (in place when nothing else shares it).
    pub fn store_place_elem(&mut self, c: u32, at: usize, v: Value) -> Result<(), String> {
        match u16::try_from(at) {
            Ok(step) => self.set_in_cell(c, &[step], v),
            Err(_) => {
                // Past a path step's range: the whole array is rebuilt.
                let mut elems = self.place_elems(c).to_vec();
                if let Some(slot) = elems.get_mut(at) {
                    *slot = v;
                }
                self.set_in_cell(c, &[], Value::Array(std::rc::Rc::new(elems)))
            }
        }
    }

    /// Before writing backing array `array` directly: a place array's mirror
    /// gets the place's current elements.
    pub fn refresh_place(&mut self, array: u32) {
        if let Some(c) = self.place_of(array) {
            let elems = self.place_elems(c).to_vec();
            self.arrays[array as usize] = elems;
        }
    }

    /// After writing backing array `array` directly: a place array's mirror
    /// is stored back into the place.
    pub fn flush_place(&mut self, array: u32) -> Result<(), String> {
        let Some(c) = self.place_of(array) else { return Ok(()) };
        let elems = std::mem::take(&mut self.arrays[array as usize]);
        self.set_in_cell(c, &[], Value::Array(std::rc::Rc::new(elems)))
    }

    /// The location the race detector should see for `loc`: an element of a
    /// place array is the place itself (the struct field of a variable's
    /// cell, or the element of the outer backing array), so accesses through
    /// the slice and through the struct are checked against each other.
    pub(crate) fn race_place_loc(&self, loc: Loc) -> Loc {
        let Loc::Elem(array, _) = loc else { return loc };
        let Some(c) = self.place_of(array) else { return loc };
        match self.interior_place(c) {
            Some(Place::Field { cell, path }) => Loc::Cell(*cell, path.first().copied().unwrap_or(0)),
            Some(Place::Elem { array, index, .. }) => Loc::Elem(*array, *index),
            None => Loc::Cell(c, 0),
        }
    }

    /// Backing arrays as formatting sees them: place arrays hold their
    /// places' elements.
    pub fn arrays_for_printing(&self) -> std::borrow::Cow<'_, [Vec<Value>]> {
        if self.place_arrays.arrays.is_empty() {
            return std::borrow::Cow::Borrowed(&self.arrays);
        }
        let mut arrays = self.arrays.clone();
        for (&a, &c) in self.place_arrays.arrays.iter().zip(&self.place_arrays.cells) {
            arrays[a as usize] = self.place_elems(c).to_vec();
        }
        std::borrow::Cow::Owned(arrays)
    }
}
