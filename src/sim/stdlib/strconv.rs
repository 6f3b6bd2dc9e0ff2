//! `strconv`: conversions with Go's exact error texts
//! (`strconv.Atoi: parsing "x": invalid syntax`) and its clamping of values
//! out of range.

use super::{bool_arg, float_arg, int_arg, one, str_arg, string, StdResult, Stop};
use crate::float_parse;
use crate::ir::stdlib::StdFn;
use crate::ir::types::{RtKind, RtType, TypeTable};
use crate::sim::gofmt::{self, Env};
use crate::sim::machine::Machine;
use crate::sim::value::Value;

/// Why a number did not parse (Go's `ErrSyntax`, `ErrRange`, ...).
#[derive(Debug, PartialEq)]
pub(crate) enum NumError {
    Syntax,
    Range,
    Base(i64),
    BitSize(i64),
}

impl NumError {
    fn text(&self) -> String {
        match self {
            NumError::Syntax => "invalid syntax".to_string(),
            NumError::Range => "value out of range".to_string(),
            NumError::Base(b) => format!("invalid base {b}"),
            NumError::BitSize(b) => format!("invalid bit size {b}"),
        }
    }
}

impl Machine {
    pub(super) fn call_strconv(&mut self, f: StdFn, args: &[Value]) -> StdResult {
        let s = str_arg(args, 0);
        match f {
            StdFn::StrconvItoa => one(string(&int_arg(args, 0).to_string())),
            StdFn::StrconvFormatInt => {
                let base = int_arg(args, 1);
                if !(2..=36).contains(&base) {
                    return Err(Stop::Panic("strconv: illegal AppendInt/FormatInt base".to_string()));
                }
                one(string(&format_int(int_arg(args, 0), base as u32)))
            }
            StdFn::StrconvAtoi => self.int_result("Atoi", &s, parse_int(&s, 10, 0)),
            StdFn::StrconvParseInt => {
                self.int_result("ParseInt", &s, parse_int(&s, int_arg(args, 1), int_arg(args, 2)))
            }
            StdFn::StrconvQuote => one(string(&go_quote(&s))),
            StdFn::StrconvFormatFloat => {
                let (v, fmt, prec, bits) = (float_arg(args, 0), int_arg(args, 1), int_arg(args, 2), int_arg(args, 3));
                one(string(&self.format_float(v, fmt as u8, prec, bits)))
            }
            StdFn::StrconvParseFloat => {
                let (v, err) = parse_float(&s, int_arg(args, 1));
                let err = self.num_error("ParseFloat", &s, err);
                Ok(vec![Value::Float(v), err])
            }
            StdFn::StrconvFormatBool => one(string(if bool_arg(args, 0) { "true" } else { "false" })),
            StdFn::StrconvParseBool => {
                let (v, err) = match &*s {
                    "1" | "t" | "T" | "TRUE" | "true" | "True" => (true, None),
                    "0" | "f" | "F" | "FALSE" | "false" | "False" => (false, None),
                    _ => (false, Some(NumError::Syntax)),
                };
                let err = self.num_error("ParseBool", &s, err);
                Ok(vec![Value::Bool(v), err])
            }
            _ => unreachable!("not a strconv function"),
        }
    }

    fn int_result(&mut self, func: &str, s: &str, parsed: (i64, Option<NumError>)) -> StdResult {
        let err = self.num_error(func, s, parsed.1);
        Ok(vec![Value::Int(parsed.0), err])
    }

    /// A `*strconv.NumError` as an error value, or nil.
    fn num_error(&mut self, func: &str, s: &str, err: Option<NumError>) -> Value {
        match err {
            None => Value::Nil,
            Some(e) => {
                let message = format!("strconv.{func}: parsing {}: {}", go_quote(s), e.text());
                self.new_error(message)
            }
        }
    }

    /// `strconv.FormatFloat(v, fmt, prec, bitSize)`: Go's own algorithm
    /// (`float_format`).
    pub(crate) fn format_float(&self, v: f64, fmt: u8, prec: i64, bits: i64) -> String {
        let prec = prec.clamp(-1, 1 << 20) as i32;
        crate::float_format::format_float(v, fmt, prec, if bits == 32 { 32 } else { 64 })
    }
}

/// Go's `strconv.Quote`, which is what `%q` prints: the one way the engine
/// quotes a string (printable non-ASCII stays as it is; control characters
/// and invalid UTF-8 are escaped as Go escapes them).
pub(crate) fn go_quote(s: &str) -> String {
    sprintf_basic("%q", RtKind::String, string(s))
}

/// `fmt.Sprintf(format, v)` for one value of a basic type, through the
/// Go-exact formatter (with a type table of its own: the program's may lack
/// the type).
fn sprintf_basic(format: &str, kind: RtKind, v: Value) -> String {
    let types = TypeTable { types: vec![RtType { name: None, kind, methods: Vec::new() }] };
    let mut no_methods = |_: u32, _: &Value, _: &str| None;
    let mut env = Env { types: &types, arrays: &[], maps: &[], cells: &[], call_method: &mut no_methods };
    gofmt::sprintf(&mut env, format, &[Value::Iface(std::rc::Rc::new((0, v)))])
}

/// `strconv.FormatInt` in any base from 2 to 36, lower-case digits.
pub(crate) fn format_int(v: i64, base: u32) -> String {
    let mut u = v.unsigned_abs();
    if u == 0 {
        return "0".to_string();
    }
    let mut digits = Vec::new();
    while u > 0 {
        digits.push(std::char::from_digit((u % base as u64) as u32, base).unwrap_or('?'));
        u /= base as u64;
    }
    if v < 0 {
        digits.push('-');
    }
    digits.iter().rev().collect()
}

/// `strconv.ParseInt(s, base, bitSize)`: the value (clamped when out of
/// range) and the error, as Go's `ParseUint` and `ParseInt` compute them.
pub(crate) fn parse_int(s: &str, base: i64, bit_size: i64) -> (i64, Option<NumError>) {
    if s.is_empty() {
        return (0, Some(NumError::Syntax));
    }
    let (neg, digits) = match s.as_bytes()[0] {
        b'+' => (false, &s[1..]),
        b'-' => (true, &s[1..]),
        _ => (false, s),
    };
    let un = match parse_uint(digits, base, bit_size) {
        Ok(u) => u,
        Err((_, NumError::Range)) => u64::MAX,
        Err((_, e)) => return (0, Some(e)),
    };
    let bits = if bit_size == 0 { 64 } else { bit_size };
    let cutoff = 1u64 << (bits - 1);
    if !neg && un >= cutoff {
        return ((cutoff - 1) as i64, Some(NumError::Range));
    }
    if neg && un > cutoff {
        return ((cutoff as i64).wrapping_neg(), Some(NumError::Range));
    }
    let n = un as i64;
    (if neg { n.wrapping_neg() } else { n }, None)
}

/// Go's `ParseUint`; an error comes with the clamped value.
fn parse_uint(s0: &str, base: i64, bit_size: i64) -> Result<u64, (u64, NumError)> {
    if s0.is_empty() {
        return Err((0, NumError::Syntax));
    }
    let base0 = base == 0;
    let bytes = s0.as_bytes();
    let lower = |c: u8| c | 0x20;
    let (base, mut s) = match base {
        2..=36 => (base as u64, bytes),
        0 if bytes[0] == b'0' && bytes.len() >= 3 && lower(bytes[1]) == b'b' => (2, &bytes[2..]),
        0 if bytes[0] == b'0' && bytes.len() >= 3 && lower(bytes[1]) == b'o' => (8, &bytes[2..]),
        0 if bytes[0] == b'0' && bytes.len() >= 3 && lower(bytes[1]) == b'x' => (16, &bytes[2..]),
        0 if bytes[0] == b'0' => (8, &bytes[1..]),
        0 => (10, bytes),
        _ => return Err((0, NumError::Base(base))),
    };
    let bits = match bit_size {
        0 => 64,
        1..=64 => bit_size,
        _ => return Err((0, NumError::BitSize(bit_size))),
    };
    let max_val = if bits == 64 { u64::MAX } else { (1u64 << bits) - 1 };
    let cutoff = u64::MAX / base + 1;
    let mut n: u64 = 0;
    let mut underscores = false;
    while let Some((&c, rest)) = s.split_first() {
        s = rest;
        let d = match c {
            b'_' if base0 => {
                underscores = true;
                continue;
            }
            b'0'..=b'9' => c - b'0',
            _ if lower(c).is_ascii_lowercase() => lower(c) - b'a' + 10,
            _ => return Err((0, NumError::Syntax)),
        };
        if d as u64 >= base {
            return Err((0, NumError::Syntax));
        }
        if n >= cutoff {
            return Err((max_val, NumError::Range));
        }
        n *= base;
        match n.checked_add(d as u64) {
            Some(n1) if n1 <= max_val => n = n1,
            _ => return Err((max_val, NumError::Range)),
        }
    }
    if underscores && !underscore_ok(s0) {
        return Err((0, NumError::Syntax));
    }
    Ok(n)
}

/// Go's rule for `_` in numbers: only between digits, or after a base prefix.
fn underscore_ok(s: &str) -> bool {
    let mut s = s.as_bytes();
    if let Some(b'+' | b'-') = s.first() {
        s = &s[1..];
    }
    let lower = |c: u8| c | 0x20;
    let mut saw = b'^';
    let mut i = 0;
    let mut hex = false;
    if s.len() >= 2 && s[0] == b'0' && matches!(lower(s[1]), b'b' | b'o' | b'x') {
        i = 2;
        saw = b'0';
        hex = lower(s[1]) == b'x';
    }
    while i < s.len() {
        let c = s[i];
        i += 1;
        if c.is_ascii_digit() || hex && (b'a'..=b'f').contains(&lower(c)) {
            saw = b'0';
            continue;
        }
        if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
            continue;
        }
        if saw == b'_' {
            return false;
        }
        saw = b'!';
    }
    saw != b'_'
}

/// `strconv.ParseFloat` for decimal forms, `Inf`, `Infinity` and `NaN`.
pub(crate) fn parse_float(s: &str, bit_size: i64) -> (f64, Option<NumError>) {
    let body = s.strip_prefix(['+', '-']).unwrap_or(s);
    let lower = body.to_ascii_lowercase();
    if lower == "nan" {
        return if body.len() == s.len() { (f64::NAN, None) } else { (0.0, Some(NumError::Syntax)) };
    }
    let special = lower == "inf" || lower == "infinity";
    let plain = body.bytes().all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'+' | b'-' | b'_'));
    if !special && (!plain || body.is_empty() || (s.contains('_') && !underscore_ok(s))) {
        return (0.0, Some(NumError::Syntax));
    }
    let s = &s.replace('_', "");
    let v = if bit_size == 32 { float_parse::parse_f32(s).map(f64::from) } else { float_parse::parse_f64(s) };
    match v {
        None => (0.0, Some(NumError::Syntax)),
        Some(v) if v.is_infinite() && !special => (v, Some(NumError::Range)),
        Some(v) => (v, None),
    }
}
