//! `atomic.Value`'s checks: it never holds nil, and every value stored in
//! it has the type of the first one (Go panics otherwise, with these words).
//! Also the 32-bit wrap of `atomic.Int32` and `atomic.Uint32` sums.

use super::value::Value;
use crate::ir::{Builtin, SyncKind};

/// Wraps the value of a 32-bit atomic integer after an addition.
pub fn wrap(kind: SyncKind, v: &mut Value) {
    if let Value::Int(i) = v {
        match kind {
            SyncKind::AtomicInt32 => *i = i64::from(*i as i32),
            SyncKind::AtomicUint32 => *i = i64::from(*i as u32),
            _ => {}
        }
    }
}

/// The dynamic type of an interface value (`None` for nil).
fn dynamic_type(v: &Value) -> Option<u32> {
    match v {
        Value::Iface(b) => Some(b.0),
        _ => None,
    }
}

/// Why operation `op` with arguments `args` on a Value holding `stored`
/// panics, if it does.
pub fn check(op: Builtin, stored: &Value, args: &[Value]) -> Option<&'static str> {
    let stored_ty = dynamic_type(stored);
    let inconsistent = |v: &Value| stored_ty.is_some() && stored_ty != dynamic_type(v);
    match op {
        Builtin::AtomicStore | Builtin::AtomicSwap => {
            let v = args.first().unwrap_or(&Value::Nil);
            let word = if op == Builtin::AtomicStore { "store" } else { "swap" };
            if dynamic_type(v).is_none() {
                return Some(if word == "store" {
                    "sync/atomic: store of nil value into Value"
                } else {
                    "sync/atomic: swap of nil value into Value"
                });
            }
            if inconsistent(v) {
                return Some(if word == "store" {
                    "sync/atomic: store of inconsistently typed value into Value"
                } else {
                    "sync/atomic: swap of inconsistently typed value into Value"
                });
            }
            None
        }
        Builtin::AtomicCas => {
            let old = args.first().unwrap_or(&Value::Nil);
            let new = args.get(1).unwrap_or(&Value::Nil);
            if dynamic_type(new).is_none() {
                return Some("sync/atomic: compare and swap of nil value into Value");
            }
            if dynamic_type(old).is_some() && dynamic_type(old) != dynamic_type(new) {
                return Some("sync/atomic: compare and swap of inconsistently typed values");
            }
            if inconsistent(new) {
                return Some("sync/atomic: compare and swap of inconsistently typed value into Value");
            }
            None
        }
        _ => None,
    }
}
