//! `sort`: sorting in place, in the slice's backing array. `Slice` and
//! `SliceStable` call the program's `less` function for every comparison.

use super::pdqsort::{self, sort_vec, SortData};
use super::{arg, int_arg, one, StdResult, Stop};
use crate::ir::stdlib::StdFn;
use crate::sim::goroutine::GIdx;
use crate::sim::machine::Machine;
use crate::sim::value::{SliceRef, Value};

impl Machine {
    pub(super) fn call_sort(&mut self, g: GIdx, f: StdFn, args: &[Value]) -> StdResult {
        match f {
            StdFn::SortInts => {
                self.sort_in_place(&args[0], &|a, b| as_int(a) < as_int(b));
                Ok(vec![])
            }
            StdFn::SortStrings => {
                self.sort_in_place(&args[0], &|a, b| a.to_go_string() < b.to_go_string());
                Ok(vec![])
            }
            StdFn::SortFloat64s => {
                self.sort_in_place(&args[0], &|a, b| {
                    let (x, y) = (as_float(a), as_float(b));
                    x < y || (x.is_nan() && !y.is_nan())
                });
                Ok(vec![])
            }
            StdFn::SortIntsAreSorted => {
                let xs = self.slice_elems(&args[0]);
                one(Value::Bool(xs.windows(2).all(|w| as_int(&w[1]) >= as_int(&w[0]))))
            }
            StdFn::SortSearchInts => {
                let x = int_arg(args, 1);
                let i = self.slice_elems(&args[0]).partition_point(|v| as_int(v) < x);
                one(Value::Int(i as i64))
            }
            StdFn::SortSlice | StdFn::SortSliceStable => {
                let s = match arg(args, 0) {
                    Value::Slice(s) => *s,
                    Value::Nil => return Ok(vec![]),
                    _ => return Err(Stop::Panic("reflect: call of Swapper on non-slice value".to_string())),
                };
                let less = args.get(1).cloned().unwrap_or_default();
                let mut data = CallbackSort { m: self, g, s, less };
                let n = s.len as i64;
                let result =
                    if f == StdFn::SortSlice { pdqsort::sort(&mut data, n) } else { pdqsort::stable(&mut data, n) };
                result.map(|()| vec![])
            }
            _ => unreachable!("not a sort function"),
        }
    }

    /// Sorts the elements of a slice value with Go's algorithm. `less` is a
    /// `dyn` function, so `Ints`, `Strings` and `Float64s` share one copy of
    /// the sort in the page's wasm.
    fn sort_in_place(&mut self, slice: &Value, less: &dyn Fn(&Value, &Value) -> bool) {
        let Value::Slice(s) = slice else { return };
        let range = s.offset as usize..(s.offset + s.len) as usize;
        self.refresh_place(s.array);
        let mut elems = self.arrays[s.array as usize][range.clone()].to_vec();
        sort_vec(&mut elems, less);
        self.arrays[s.array as usize][range].clone_from_slice(&elems);
        let _ = self.flush_place(s.array);
    }
}

fn as_int(v: &Value) -> i64 {
    match v {
        Value::Int(n) => *n,
        _ => 0,
    }
}

fn as_float(v: &Value) -> f64 {
    match v {
        Value::Float(f) => *f,
        Value::Int(n) => *n as f64,
        _ => 0.0,
    }
}

/// A slice sorted by a Go `less(i, j int) bool` function.
struct CallbackSort<'a> {
    m: &'a mut Machine,
    g: GIdx,
    s: SliceRef,
    less: Value,
}

impl SortData for CallbackSort<'_> {
    type Error = Stop;

    fn less(&mut self, i: i64, j: i64) -> Result<bool, Stop> {
        match self.m.call_function_value_from(Some(self.g), &self.less, vec![Value::Int(i), Value::Int(j)]) {
            Some(Value::Bool(b)) => Ok(b),
            _ if self.m.outcome.is_some() => Err(Stop::Abort),
            _ => Err(Stop::Panic(
                "chanscope: the less function passed to sort did not return (it blocked or ran too long)".to_string(),
            )),
        }
    }

    fn swap(&mut self, i: i64, j: i64) {
        let base = self.s.offset as usize;
        let (i, j) = (base + i as usize, base + j as usize);
        if let Some(c) = self.m.place_of(self.s.array) {
            // An array held in place: its two elements are exchanged there.
            let elems = self.m.place_elems(c);
            let (a, b) = (elems.get(i).cloned().unwrap_or_default(), elems.get(j).cloned().unwrap_or_default());
            let _ = self.m.store_place_elem(c, i, b);
            let _ = self.m.store_place_elem(c, j, a);
            return;
        }
        self.m.arrays[self.s.array as usize].swap(i, j);
    }
}
