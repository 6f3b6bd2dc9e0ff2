//! Slices, maps and strings: the machine's operations on them, with Go's
//! run-time errors for out-of-range indexes and nil maps.

use super::machine::Machine;
use super::map::{GoMap, MapKey};
use super::value::{SliceRef, Value};
use crate::ir::{PlaceStep, Zero};
use std::rc::Rc;

/// The outcome of an operation that may panic with a run-time error.
pub type OpResult<T> = Result<T, String>;

impl Machine {
    /// A new backing array holding `values`, and a slice over all of it.
    pub fn new_slice(&mut self, values: Vec<Value>, len: usize) -> Value {
        let cap = values.len();
        self.arrays.push(values);
        Value::Slice(SliceRef { array: (self.arrays.len() - 1) as u32, offset: 0, len: len as u32, cap: cap as u32 })
    }

    pub fn make_slice(&mut self, zero: Zero, len: i64, cap: i64) -> OpResult<Value> {
        if len < 0 || len > 1 << 32 {
            return Err("runtime error: makeslice: len out of range".into());
        }
        if cap < len || cap > 1 << 32 {
            return Err("runtime error: makeslice: cap out of range".into());
        }
        let values = (0..cap).map(|_| self.zero(zero)).collect();
        Ok(self.new_slice(values, len as usize))
    }

    /// The elements a slice value shows (none for nil).
    pub fn slice_elems(&self, v: &Value) -> &[Value] {
        match v {
            Value::Slice(s) => {
                let a = match self.place_of(s.array) {
                    Some(c) => self.place_elems(c),
                    None => &self.arrays[s.array as usize],
                };
                &a[s.offset as usize..(s.offset + s.len) as usize]
            }
            _ => &[],
        }
    }

    pub fn index(&self, x: &Value, i: &Value) -> OpResult<Value> {
        let i = int(i);
        match x {
            Value::Str(s) => {
                let b = s.as_bytes();
                check_index(i, b.len())?;
                Ok(Value::Int(i64::from(b[i as usize])))
            }
            Value::Array(elems) => {
                check_index(i, elems.len())?;
                Ok(elems[i as usize].clone())
            }
            // An array through a pointer.
            Value::Ptr(c) => self.index(self.pointee(*c), &Value::Int(i)),
            _ => {
                let elems = self.slice_elems(x);
                check_index(i, elems.len())?;
                Ok(elems[i as usize].clone())
            }
        }
    }

    /// An array of run-time type `ty` with the given elements at `indexes`.
    pub fn array_lit(&mut self, ty: crate::ir::types::TypeId, indexes: &[u32], given: Vec<Value>) -> Value {
        let mut a = self.zero_value(ty);
        if let Value::Array(elems) = &mut a {
            let elems = Rc::make_mut(elems);
            for (&i, v) in indexes.iter().zip(given) {
                if let Some(slot) = elems.get_mut(i as usize) {
                    *slot = v;
                }
            }
        }
        a
    }

    /// `a[i] = v` on an array value: the changed copy (other copies keep
    /// their elements). A pointer to an array is written through and returned.
    pub fn set_index(&mut self, a: Value, i: &Value, v: Value) -> OpResult<Value> {
        match a {
            Value::Array(mut elems) => {
                set_elem(&mut elems, int(i), v)?;
                Ok(Value::Array(elems))
            }
            // A pointer to an ordinary cell: the array there changes in place.
            Value::Ptr(c) if !self.is_interior(c) => match self.cells.get_mut(c as usize) {
                Some(Value::Array(elems)) => set_elem(elems, int(i), v).map(|_| Value::Ptr(c)),
                _ => Err(NIL_DEREF.into()),
            },
            // A handle to an array in a backing array (see `array_box`).
            Value::Slice(r) => {
                let n = int(i);
                check_index(n, r.len as usize)?;
                self.refresh_place(r.array);
                self.arrays[r.array as usize][(r.offset as i64 + n) as usize] = v;
                self.flush_place(r.array)?;
                Ok(Value::Slice(r))
            }
            Value::Ptr(c) if matches!(self.pointee(c), Value::Slice(_)) => {
                // An interior pointer to a row that is a handle itself.
                let row = self.pointee(c).clone();
                self.set_index(row, i, v).map(|_| Value::Ptr(c))
            }
            Value::Ptr(c) => {
                let mut target = self.pointee(c).clone();
                let r = match &mut target {
                    Value::Array(elems) => set_elem(elems, int(i), v),
                    _ => Err(NIL_DEREF.into()),
                };
                r?;
                self.set_in_cell(c, &[], target).map(|_| Value::Ptr(c))
            }
            _ => Err(NIL_DEREF.into()),
        }
    }

    pub fn store_index(&mut self, x: &Value, i: &Value, v: Value, is_map: bool) -> OpResult<()> {
        match x {
            Value::Map(id) => {
                let key = MapKey::of(i).ok_or("runtime error: hash of unhashable type")?;
                self.maps[*id as usize].entries.insert(key, (i.clone(), v));
                Ok(())
            }
            Value::Nil if is_map => Err("assignment to entry in nil map".into()),
            Value::Slice(s) => {
                let n = int(i);
                check_index(n, s.len as usize)?;
                let at = (s.offset as i64 + n) as usize;
                if let Some(c) = self.place_of(s.array) {
                    return self.store_place_elem(c, at, v);
                }
                self.arrays[s.array as usize][at] = v;
                Ok(())
            }
            // A nil slice has length 0.
            Value::Nil => Err(index_error(int(i), 0)),
            _ => Err("runtime error: invalid memory address or nil pointer dereference".into()),
        }
    }

    pub fn map_index(&self, m: &Value, k: &Value) -> OpResult<Option<Value>> {
        let Value::Map(id) = m else { return Ok(None) };
        let key = MapKey::of(k).ok_or("runtime error: hash of unhashable type")?;
        Ok(self.maps[*id as usize].entries.get(&key).map(|(_, v)| v.clone()))
    }

    pub fn new_map(&mut self, entries: Vec<(Value, Value)>) -> OpResult<Value> {
        let mut m = GoMap::default();
        for (k, v) in entries {
            let key = MapKey::of(&k).ok_or("runtime error: hash of unhashable type")?;
            m.entries.insert(key, (k, v));
        }
        self.maps.push(m);
        Ok(Value::Map((self.maps.len() - 1) as u32))
    }

    pub fn delete(&mut self, m: &Value, k: &Value) -> OpResult<()> {
        if let Value::Map(id) = m {
            let key = MapKey::of(k).ok_or("runtime error: hash of unhashable type")?;
            self.maps[*id as usize].entries.remove(&key);
        }
        Ok(())
    }

    /// A map's keys in iteration order: Go randomises where iteration
    /// starts, so the sorted keys are rotated by a seeded random offset.
    pub fn map_keys(&mut self, m: &Value) -> Value {
        let keys: Vec<Value> = match m {
            Value::Map(id) => self.maps[*id as usize].sorted().map(|(k, _)| k.clone()).collect(),
            _ => Vec::new(),
        };
        let n = keys.len();
        let mut keys = keys;
        if n > 1 {
            let start = self.rng.below(n as u64) as usize;
            keys.rotate_left(start);
        }
        self.new_slice(keys, n)
    }

    pub fn length(&self, v: &Value) -> i64 {
        (match v {
            Value::Str(s) => s.len(),
            Value::Slice(s) => s.len as usize,
            Value::Array(a) => a.len(),
            Value::Ptr(c) => return self.length(self.pointee(*c)),
            Value::Map(id) => self.maps[*id as usize].len(),
            Value::Chan(c) => self.chans[*c as usize].buf.len(),
            _ => 0,
        }) as i64
    }

    pub fn capacity(&self, v: &Value) -> i64 {
        (match v {
            Value::Slice(s) => s.cap as usize,
            Value::Array(a) => a.len(),
            Value::Ptr(c) => return self.capacity(self.pointee(*c)),
            Value::Chan(c) => self.chans[*c as usize].cap,
            _ => 0,
        }) as i64
    }

    /// `x[lo:hi]` on a slice or string, with Go's bounds checks.
    pub fn slice_expr(&self, x: &Value, lo: Option<i64>, hi: Option<i64>) -> OpResult<Value> {
        match x {
            Value::Str(s) => {
                let len = s.len() as i64;
                let (lo, hi) = (lo.unwrap_or(0), hi.unwrap_or(len));
                check_bounds(lo, hi, len, "length")?;
                let bytes = &s.as_bytes()[lo as usize..hi as usize];
                Ok(Value::Str(Rc::from(String::from_utf8_lossy(bytes).as_ref())))
            }
            Value::Slice(r) => {
                let (lo, hi) = (lo.unwrap_or(0), hi.unwrap_or(r.len as i64));
                check_bounds(lo, hi, r.cap as i64, "capacity")?;
                Ok(Value::Slice(SliceRef {
                    array: r.array,
                    offset: r.offset + lo as u32,
                    len: (hi - lo) as u32,
                    cap: r.cap - lo as u32,
                }))
            }
            // An array reached through a pointer into a struct or another
            // array is not in a backing array of its own.
            Value::Ptr(_) => Err(super::array_box::NOT_BACKED.into()),
            _ => {
                let (lo, hi) = (lo.unwrap_or(0), hi.unwrap_or(0));
                check_bounds(lo, hi, 0, "capacity")?;
                Ok(Value::Nil)
            }
        }
    }

    /// `append(s, items...)`: grows into spare capacity, or copies into a
    /// new backing array with the capacity Go's `growslice` gives for
    /// elements of `elem_size` bytes.
    pub fn append(&mut self, s: &Value, items: Vec<Value>, elem_size: u32) -> Value {
        if items.is_empty() {
            return s.clone();
        }
        let (array, offset, len, cap) = match s {
            Value::Slice(r) => (Some(r.array), r.offset, r.len, r.cap),
            _ => (None, 0, 0, 0),
        };
        let new_len = len as usize + items.len();
        if let Some(a) = array.filter(|_| new_len <= cap as usize) {
            let start = offset as usize + len as usize;
            if let Some(c) = self.place_of(a) {
                // Into the array's place; a place that no longer holds the array keeps its value.
                for (i, v) in items.into_iter().enumerate() {
                    let _ = self.store_place_elem(c, start + i, v);
                }
                return Value::Slice(SliceRef { array: a, offset, len: new_len as u32, cap });
            }
            let arr = &mut self.arrays[a as usize];
            for (i, v) in items.into_iter().enumerate() {
                arr[start + i] = v;
            }
            return Value::Slice(SliceRef { array: a, offset, len: new_len as u32, cap });
        }
        let new_cap =
            super::slice_growth::grown_capacity(u64::from(cap), new_len as u64, u64::from(elem_size)) as usize;
        let mut values: Vec<Value> = self.slice_elems(s).to_vec();
        values.extend(items);
        let fill = Value::zero_like(values.last());
        values.resize(new_cap, fill);
        self.new_slice(values, new_len)
    }

    /// `copy(dst, src)`: copies the overlap, returns how many.
    pub fn copy(&mut self, dst: &Value, src: &Value) -> i64 {
        let items: Vec<Value> = match src {
            // `copy(bytes, s)` from a string.
            Value::Str(s) => s.bytes().map(|b| Value::Int(i64::from(b))).collect(),
            _ => self.slice_elems(src).to_vec(),
        };
        let Value::Slice(d) = dst else { return 0 };
        let n = items.len().min(d.len as usize);
        if let Some(c) = self.place_of(d.array) {
            for (i, v) in items.into_iter().take(n).enumerate() {
                let _ = self.store_place_elem(c, d.offset as usize + i, v);
            }
            return n as i64;
        }
        for (i, v) in items.into_iter().take(n).enumerate() {
            self.arrays[d.array as usize][d.offset as usize + i] = v;
        }
        n as i64
    }
}

impl Machine {
    /// The zero value of a run-time type; a struct's `sync` fields get fresh objects.
    pub fn zero_value(&mut self, ty: crate::ir::types::TypeId) -> Value {
        use crate::ir::types::RtKind;
        let kind = self.program.types.get(ty).kind.clone();
        match kind {
            RtKind::Bool => Value::Bool(false),
            RtKind::Int { .. } => Value::Int(0),
            RtKind::Float { .. } => Value::Float(0.0),
            RtKind::String => Value::Str(Rc::from("")),
            RtKind::Struct { fields } => {
                let values = fields.iter().map(|f| self.zero_value(f.ty)).collect();
                Value::Struct(Rc::new(values))
            }
            RtKind::Array { elem, len } => {
                let values = (0..len.min(1 << 20)).map(|_| self.zero_value(elem)).collect();
                Value::Array(Rc::new(values))
            }
            RtKind::Sync(k) => self.new_sync_object(k),
            _ => Value::Nil,
        }
    }

    /// A field of a struct value, or of the struct a pointer points to.
    pub fn field(&self, v: &Value, i: u16) -> OpResult<Value> {
        match v {
            Value::Struct(fs) => Ok(fs.get(i as usize).cloned().unwrap_or_default()),
            Value::Ptr(c) => self.field(self.pointee(*c), i),
            _ => Err(NIL_DEREF.into()),
        }
    }

    /// Sets the field at `path` inside `target`, copying shared parts first
    /// so other copies of the struct keep their values; a pointer on the
    /// way is followed into its cell.
    pub fn set_path(&mut self, target: &mut Value, path: &[u16], v: Value) -> OpResult<()> {
        let Some((&first, rest)) = path.split_first() else {
            *target = v;
            return Ok(());
        };
        match target {
            Value::Struct(fs) => {
                let fs = Rc::make_mut(fs);
                let slot = fs.get_mut(first as usize).ok_or(NIL_DEREF)?;
                if let Value::Ptr(c) = slot {
                    let c = *c;
                    return self.set_in_cell(c, rest, v);
                }
                let mut inner = std::mem::take(slot);
                let r = self.set_path(&mut inner, rest, v);
                if let Value::Struct(fs2) = target {
                    Rc::make_mut(fs2)[first as usize] = inner;
                }
                r
            }
            Value::Ptr(c) => {
                let c = *c;
                self.set_in_cell(c, path, v)
            }
            // An element of an array inside a struct (an interior pointer's path).
            Value::Array(es) => {
                let slot = Rc::make_mut(es).get_mut(first as usize).ok_or(NIL_DEREF)?;
                let mut inner = std::mem::take(slot);
                let r = self.set_path(&mut inner, rest, v);
                if let Value::Array(es2) = target {
                    Rc::make_mut(es2)[first as usize] = inner;
                }
                r
            }
            _ => Err(NIL_DEREF.into()),
        }
    }

    /// Writes `v` at the element of `target` that `steps` reach, taking
    /// each `PlaceStep::Index`'s index from `indexes` in order. Parts are
    /// made unique on the way (`Rc::make_mut`), so an array held only by
    /// this variable changes in place; a bounds panic leaves every value as
    /// it was. A pointer met on the way (an embedded `*T`) is followed into
    /// its cell.
    pub fn store_place(
        &mut self,
        target: &mut Value,
        steps: &[PlaceStep],
        indexes: &[Value],
        v: Value,
    ) -> OpResult<()> {
        let Some((&first, rest)) = steps.split_first() else {
            *target = v;
            return Ok(());
        };
        match (first, target) {
            (PlaceStep::Index, Value::Array(elems)) => {
                let (i, more) = indexes.split_first().ok_or(NIL_DEREF)?;
                let i = int(i);
                check_index(i, elems.len())?;
                let slot = &mut Rc::make_mut(elems)[i as usize];
                self.store_place(slot, rest, more, v)
            }
            (PlaceStep::Field(f), Value::Struct(fs)) => {
                let slot = Rc::make_mut(fs).get_mut(f as usize).ok_or(NIL_DEREF)?;
                self.store_place(slot, rest, indexes, v)
            }
            // An array variable whose elements live in a backing array.
            (PlaceStep::Index, Value::Slice(r)) => {
                let r = *r;
                let (i, more) = indexes.split_first().ok_or(NIL_DEREF)?;
                let i = int(i);
                check_index(i, r.len as usize)?;
                let at = (r.offset as i64 + i) as usize;
                if let Some(c) = self.place_of(r.array) {
                    // A slice over an array held in place: the store goes there.
                    let mut elem = self.place_elems(c).get(at).cloned().unwrap_or_default();
                    self.store_place(&mut elem, rest, more, v)?;
                    return self.store_place_elem(c, at, elem);
                }
                let mut elem = std::mem::take(&mut self.arrays[r.array as usize][at]);
                let res = match (&elem, v) {
                    // A row that is a handle itself keeps its backing array: `grid[i] = row`.
                    (Value::Slice(_), v @ Value::Array(_)) if rest.is_empty() => self.assign_array(&elem, v),
                    (_, v) => self.store_place(&mut elem, rest, more, v),
                };
                self.arrays[r.array as usize][at] = elem;
                res
            }
            (_, Value::Ptr(c)) => {
                let c = *c;
                let mut inner = self.pointee(c).clone();
                self.store_place(&mut inner, steps, indexes, v)?;
                self.set_in_cell(c, &[], inner)
            }
            _ => Err(NIL_DEREF.into()),
        }
    }

    /// Sets the field at `path` of the value in heap cell `c`.
    pub fn set_in_cell(&mut self, c: u32, path: &[u16], v: Value) -> OpResult<()> {
        if let Some(r) = self.set_interior(c, path, v.clone()) {
            return r;
        }
        let mut target = std::mem::take(&mut self.cells[c as usize]);
        let r = self.set_path(&mut target, path, v);
        self.cells[c as usize] = target;
        r
    }
}

const NIL_DEREF: &str = "runtime error: invalid memory address or nil pointer dereference";

/// Decodes the rune at byte `i` of `s`: (rune, width), U+FFFD width 1 when invalid.
pub fn rune_at(s: &str, i: usize) -> (i64, i64) {
    let b = &s.as_bytes()[i.min(s.len())..];
    let take = b.len().min(4);
    for w in 1..=take {
        if let Ok(t) = std::str::from_utf8(&b[..w]) {
            if let Some(c) = t.chars().next() {
                return (c as i64, w as i64);
            }
        }
    }
    (0xFFFD, 1)
}

fn int(v: &Value) -> i64 {
    match v {
        Value::Int(i) => *i,
        _ => 0,
    }
}

/// Sets element `i` of an array, copying it first if it is shared.
fn set_elem(elems: &mut Rc<Vec<Value>>, i: i64, v: Value) -> OpResult<()> {
    check_index(i, elems.len())?;
    Rc::make_mut(elems)[i as usize] = v;
    Ok(())
}

fn check_index(i: i64, len: usize) -> OpResult<()> {
    if i < 0 || i as usize >= len {
        return Err(index_error(i, len));
    }
    Ok(())
}

/// Go's message for index `i` out of range of a length `len`; Go leaves the
/// length out for a negative index. Built apart from the checks, which stay small.
#[cold]
#[inline(never)]
pub(crate) fn index_error(i: i64, len: usize) -> String {
    if i < 0 {
        format!("runtime error: index out of range [{i}]")
    } else {
        format!("runtime error: index out of range [{i}] with length {len}")
    }
}

fn check_bounds(lo: i64, hi: i64, max: i64, what: &str) -> OpResult<()> {
    if hi < 0 || hi > max || lo < 0 || lo > hi {
        return Err(bounds_error(lo, hi, max, what));
    }
    Ok(())
}

/// Go's message for `[lo:hi]` out of range of a length or capacity `max`.
#[cold]
#[inline(never)]
fn bounds_error(lo: i64, hi: i64, max: i64, what: &str) -> String {
    if hi < 0 || hi > max {
        format!("runtime error: slice bounds out of range [:{hi}] with {what} {max}")
    } else {
        format!("runtime error: slice bounds out of range [{lo}:{hi}]")
    }
}
