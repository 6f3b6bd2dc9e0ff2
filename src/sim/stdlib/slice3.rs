//! The full slice expression `s[lo:hi:max]`, with Go's bounds messages.

use super::{int_arg, Stop};
use crate::sim::machine::Machine;
use crate::sim::value::{SliceRef, Value};

impl Machine {
    /// `s[lo:hi:max]` on the arguments (s, lo, hi, max).
    pub(super) fn slice3(&mut self, args: &[Value]) -> Result<Value, Stop> {
        let (lo, hi, max) = (int_arg(args, 1), int_arg(args, 2), int_arg(args, 3));
        let r = match args.first() {
            Some(Value::Slice(r)) => Some(*r),
            _ => None,
        };
        let cap = r.map_or(0, |r| i64::from(r.cap));
        let fail = |m: String| Err(Stop::Panic(format!("runtime error: slice bounds out of range {m}")));
        if max < 0 {
            return fail(format!("[::{max}]"));
        }
        if max > cap {
            return fail(format!("[::{max}] with capacity {cap}"));
        }
        if hi < 0 || hi > max {
            return fail(format!("[:{hi}:{max}]"));
        }
        if lo < 0 || lo > hi {
            return fail(format!("[{lo}:{hi}:]"));
        }
        Ok(match r {
            Some(r) => Value::Slice(SliceRef {
                array: r.array,
                offset: r.offset + lo as u32,
                len: (hi - lo) as u32,
                cap: (max - lo) as u32,
            }),
            None => Value::Nil,
        })
    }
}
