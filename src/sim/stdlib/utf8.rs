//! `unicode/utf8`. Strings on the machine are always valid UTF-8 (the
//! front end keeps Rust strings), so `ValidString` is always true.

use super::{int_arg, one, str_arg, StdResult};
use crate::ir::stdlib::StdFn;
use crate::sim::value::Value;

/// `utf8.RuneError`, what decoding an empty or broken string gives.
const RUNE_ERROR: i64 = 0xFFFD;

pub(super) fn call(f: StdFn, args: &[Value]) -> StdResult {
    let s = str_arg(args, 0);
    match f {
        StdFn::Utf8RuneCountInString => one(Value::Int(s.chars().count() as i64)),
        StdFn::Utf8RuneLen => one(Value::Int(rune_len(int_arg(args, 0)))),
        StdFn::Utf8ValidString => one(Value::Bool(true)),
        StdFn::Utf8DecodeRuneInString => Ok(match s.chars().next() {
            Some(c) => vec![Value::Int(c as i64), Value::Int(c.len_utf8() as i64)],
            None => vec![Value::Int(RUNE_ERROR), Value::Int(0)],
        }),
        _ => unreachable!("not a utf8 function"),
    }
}

/// `utf8.RuneLen`: bytes to encode `r`, or -1 for a surrogate or a value
/// outside Unicode.
pub(crate) fn rune_len(r: i64) -> i64 {
    match r {
        0..=0x7F => 1,
        0x80..=0x7FF => 2,
        0xD800..=0xDFFF => -1,
        0x800..=0xFFFF => 3,
        0x10000..=0x10FFFF => 4,
        _ => -1,
    }
}
