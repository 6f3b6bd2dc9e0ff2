//! Arrays that live in a backing array. An array variable that is sliced,
//! or whose address or an element's address is taken, keeps its elements in
//! `Machine::arrays` and holds a handle to them: a `Value::Slice` over the
//! whole backing array. A pointer to an array is such a handle too (or, for
//! an array inside a struct or another array, an interior `Value::Ptr`).
//! Slices of the variable and pointers into it then share its elements, as
//! in Go, while reading the variable copies the array out, so assignment
//! and passing keep value semantics.

use super::machine::Machine;
use super::value::{SliceRef, Value};
use crate::ir::stdlib::StdFn;
use std::rc::Rc;

const NIL_DEREF: &str = "runtime error: invalid memory address or nil pointer dereference";

/// Slicing an array that an interior pointer reaches (a struct field, an
/// element of another array): its elements are not in a backing array.
pub const NOT_BACKED: &str = "chanscope: slicing an array inside a struct or another array is not supported yet";

impl Machine {
    /// The library calls `ArrayToBacking`, `ArrayValue`, `ArrayAssign` and `ArrayPtrCheck`.
    pub(crate) fn call_array_box(&mut self, f: StdFn, args: &[Value]) -> Result<Vec<Value>, String> {
        let first = args.first().cloned().unwrap_or_default();
        // The depth or number of levels, when given: 1 otherwise.
        let levels = match args.get(1) {
            Some(Value::Int(n)) => (*n).clamp(1, 255) as u8,
            _ => 1,
        };
        match f {
            StdFn::ArrayToBacking => Ok(vec![self.to_backing(first, levels)]),
            StdFn::ArrayValue => self.array_value(&first, levels).map(|v| vec![v]),
            StdFn::ArraySlice => {
                let int = |i: usize| match args.get(i) {
                    Some(Value::Int(n)) => *n,
                    _ => 0,
                };
                let max = (args.len() > 3).then(|| int(3));
                let first = match first {
                    // A pointer to an array held in place (a struct field, an
                    // element of another array): a slice over that place.
                    Value::Ptr(c) => match self.pointee(c) {
                        handle @ Value::Slice(_) => handle.clone(),
                        Value::Array(_) => self.place_array_handle(c),
                        _ => Value::Nil,
                    },
                    v => v,
                };
                array_slice(&first, int(1), int(2), max).map(|v| vec![v])
            }
            StdFn::AddrIndex => {
                let i = match args.get(1) {
                    Some(Value::Int(n)) => *n,
                    _ => 0,
                };
                let path: Vec<u16> = args
                    .iter()
                    .skip(2)
                    .map(|v| match v {
                        Value::Int(n) => *n as u16,
                        _ => 0,
                    })
                    .collect();
                self.index_pointer(&first, i, &path).map(|p| vec![p])
            }
            StdFn::ArrayPtrCheck => match first {
                Value::Nil => Err(NIL_DEREF.into()),
                p => Ok(vec![p]),
            },
            _ => {
                let v = args.get(1).cloned().unwrap_or_default();
                self.assign_array(&first, v).map(|_| Vec::new())
            }
        }
    }

    /// Moves an array value's elements into a new backing array and returns
    /// the handle to it; with `depth` 2 or more, its elements (arrays) move
    /// to backing arrays of their own first. A handle is returned as it is.
    pub fn to_backing(&mut self, v: Value, depth: u8) -> Value {
        match v {
            Value::Slice(_) => v,
            Value::Array(elems) => {
                let mut elems = Rc::try_unwrap(elems).unwrap_or_else(|rc| rc.as_ref().clone());
                if depth > 1 {
                    for e in elems.iter_mut() {
                        if let Value::Array(_) = e {
                            *e = self.to_backing(std::mem::take(e), depth - 1);
                        }
                    }
                }
                let n = elems.len();
                self.new_slice(elems, n)
            }
            _ => self.new_slice(Vec::new(), 0),
        }
    }

    /// The array a handle or a pointer refers to, as a value (a copy);
    /// `levels` is how many levels of arrays its type nests, so elements
    /// that are handles themselves are copied out too.
    pub fn array_value(&self, p: &Value, levels: u8) -> Result<Value, String> {
        match p {
            Value::Slice(r) => {
                let mut elems = self.slice_elems(&Value::Slice(*r)).to_vec();
                if levels > 1 {
                    for e in elems.iter_mut() {
                        if let Value::Slice(_) = e {
                            *e = self.array_value(e, levels - 1)?;
                        }
                    }
                }
                Ok(Value::Array(Rc::new(elems)))
            }
            Value::Ptr(c) => match self.pointee(*c) {
                // An interior pointer to a row that is itself a handle.
                inner @ Value::Slice(_) => self.array_value(&inner.clone(), levels),
                inner => Ok(inner.clone()),
            },
            Value::Array(_) => Ok(p.clone()),
            _ => Err(NIL_DEREF.into()),
        }
    }

    /// `&a[i]` (then the field `path`) where `p` points to the array `a`: a
    /// handle's element, or an interior pointer one index deeper.
    pub fn index_pointer(&mut self, p: &Value, i: i64, path: &[u16]) -> Result<Value, String> {
        let target = match p {
            Value::Slice(_) => p.clone(),
            Value::Ptr(c) => self.pointee(*c).clone(),
            _ => return Err(NIL_DEREF.into()),
        };
        match target {
            handle @ Value::Slice(_) => self.elem_pointer(&handle, i, path),
            Value::Array(elems) => {
                let len = elems.len() as i64;
                if i < 0 || i >= len {
                    return Err(format!("runtime error: index out of range [{i}] with length {len}"));
                }
                let Ok(step) = u16::try_from(i) else {
                    return Err(
                        "chanscope: a pointer to an element past 65535 of an array in a struct is not supported yet"
                            .into(),
                    );
                };
                let full: Vec<u16> = std::iter::once(step).chain(path.iter().copied()).collect();
                self.field_pointer(p, &full)
            }
            _ => Err(NIL_DEREF.into()),
        }
    }

    /// Writes array `v`'s elements into what handle or pointer `p` refers to.
    pub fn assign_array(&mut self, p: &Value, v: Value) -> Result<(), String> {
        match (p, v) {
            (Value::Slice(SliceRef { array, offset, len, .. }), Value::Array(elems)) => {
                if let Some(c) = self.place_of(*array) {
                    // A slice over an array held in place: its elements are written there.
                    for (i, e) in elems.iter().take(*len as usize).enumerate() {
                        self.store_place_elem(c, *offset as usize + i, e.clone())?;
                    }
                    return Ok(());
                }
                let (array, start, len) = (*array as usize, *offset as usize, *len as usize);
                if array >= self.arrays.len() {
                    return Err(NIL_DEREF.into());
                }
                for (i, e) in elems.iter().take(len).enumerate() {
                    let slot = &mut self.arrays[array][start + i];
                    // An element that is a handle itself (a row of a grid) keeps its backing array.
                    if let (Value::Slice(_), Value::Array(_)) = (&*slot, e) {
                        let row = slot.clone();
                        self.assign_array(&row, e.clone())?;
                    } else {
                        *slot = e.clone();
                    }
                }
                Ok(())
            }
            (Value::Slice(r), Value::Slice(src)) => {
                // The source is itself a handle: copy its elements.
                let elems = self.slice_elems(&Value::Slice(src)).to_vec();
                self.assign_array(&Value::Slice(*r), Value::Array(Rc::new(elems)))
            }
            (Value::Ptr(c), v) => match self.pointee(*c) {
                inner @ Value::Slice(_) => {
                    let inner = inner.clone();
                    self.assign_array(&inner, v)
                }
                _ => self.set_in_cell(*c, &[], v),
            },
            _ => Err(NIL_DEREF.into()),
        }
    }
}

/// `a[lo:hi]` (no `max`) or `a[lo:hi:max]` on the handle `a`, with Go's
/// messages for an array of length `len(a)`.
fn array_slice(a: &Value, lo: i64, hi: i64, max: Option<i64>) -> Result<Value, String> {
    let r = match a {
        Value::Slice(r) => r,
        Value::Ptr(_) => return Err(NOT_BACKED.into()),
        _ => return Err(NIL_DEREF.into()),
    };
    let r = *r;
    let len = i64::from(r.len);
    let fail = |m: String| Err(format!("runtime error: slice bounds out of range {m}"));
    if let Some(max) = max {
        if max < 0 {
            return fail(format!("[::{max}]"));
        }
        if max > len {
            return fail(format!("[::{max}] with length {len}"));
        }
        if hi < 0 || hi > max {
            return fail(format!("[:{hi}:{max}]"));
        }
        if lo < 0 || lo > hi {
            return fail(format!("[{lo}:{hi}:]"));
        }
    } else {
        if hi < 0 || hi > len {
            return fail(format!("[:{hi}] with length {len}"));
        }
        if lo < 0 || lo > hi {
            return fail(format!("[{lo}:{hi}]"));
        }
    }
    let max = max.unwrap_or(len);
    Ok(Value::Slice(SliceRef {
        array: r.array,
        offset: r.offset + lo as u32,
        len: (hi - lo) as u32,
        cap: (max - lo) as u32,
    }))
}
