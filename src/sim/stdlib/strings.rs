//! `strings`: Go's functions on UTF-8 text, with its edge cases (an empty
//! separator splits into runes, an empty `old` inserts between runes).

use super::{int_arg, one, str_arg, string, StdResult, Stop};
use crate::ir::stdlib::StdFn;
use crate::sim::machine::Machine;
use crate::sim::value::Value;

/// The longest string `strings.Repeat` builds; Go would run out of memory.
const MAX_REPEAT_BYTES: i64 = 1 << 28;

impl Machine {
    pub(super) fn call_strings(&mut self, f: StdFn, args: &[Value]) -> StdResult {
        let s = str_arg(args, 0);
        let t = str_arg(args, 1);
        let b = |v: bool| one(Value::Bool(v));
        let n = |v: usize| one(Value::Int(v as i64));
        match f {
            StdFn::StringsRepeat => repeat(&s, int_arg(args, 1)),
            StdFn::StringsJoin => {
                let parts: Vec<String> = self.slice_elems(&args[0]).iter().map(Value::to_go_string).collect();
                one(string(&parts.join(&str_arg(args, 1))))
            }
            StdFn::StringsSplit => {
                let parts = split(&s, &t);
                Ok(vec![self.string_slice(parts)])
            }
            StdFn::StringsFields => {
                let parts = s.split(char::is_whitespace).filter(|p| !p.is_empty()).map(str::to_string).collect();
                Ok(vec![self.string_slice(parts)])
            }
            StdFn::StringsContains => b(s.contains(&*t)),
            StdFn::StringsContainsRune => {
                let r = u32::try_from(int_arg(args, 1)).ok().and_then(char::from_u32);
                b(r.is_some_and(|r| s.contains(r)))
            }
            StdFn::StringsContainsAny => b(s.chars().any(|c| t.contains(c))),
            StdFn::StringsHasPrefix => b(s.starts_with(&*t)),
            StdFn::StringsHasSuffix => b(s.ends_with(&*t)),
            StdFn::StringsTrimSpace => one(string(s.trim())),
            StdFn::StringsTrim => one(string(s.trim_matches(|c| t.contains(c)))),
            StdFn::StringsTrimLeft => one(string(s.trim_start_matches(|c| t.contains(c)))),
            StdFn::StringsTrimRight => one(string(s.trim_end_matches(|c| t.contains(c)))),
            StdFn::StringsTrimPrefix => one(string(s.strip_prefix(&*t).unwrap_or(&s))),
            StdFn::StringsTrimSuffix => one(string(s.strip_suffix(&*t).unwrap_or(&s))),
            StdFn::StringsToUpper => one(string(&s.chars().map(simple_upper).collect::<String>())),
            StdFn::StringsToLower => one(string(&s.chars().map(simple_lower).collect::<String>())),
            StdFn::StringsReplace => one(string(&replace(&s, &t, &str_arg(args, 2), int_arg(args, 3)))),
            StdFn::StringsReplaceAll => one(string(&replace(&s, &t, &str_arg(args, 2), -1))),
            StdFn::StringsIndex => one(Value::Int(s.find(&*t).map_or(-1, |i| i as i64))),
            StdFn::StringsLastIndex => one(Value::Int(s.rfind(&*t).map_or(-1, |i| i as i64))),
            StdFn::StringsCount => n(if t.is_empty() { s.chars().count() + 1 } else { s.matches(&*t).count() }),
            StdFn::StringsEqualFold => b(equal_fold(&s, &t)),
            _ => unreachable!("not a strings function"),
        }
    }

    /// A new `[]string` holding `parts`.
    pub(super) fn string_slice(&mut self, parts: Vec<String>) -> Value {
        let n = parts.len();
        let values = parts.iter().map(|p| string(p)).collect();
        self.new_slice(values, n)
    }
}

fn repeat(s: &str, count: i64) -> StdResult {
    if count < 0 {
        return Err(Stop::Panic("strings: negative Repeat count".to_string()));
    }
    let len = (s.len() as i64).checked_mul(count);
    match len {
        None => Err(Stop::Panic("strings: Repeat count causes overflow".to_string())),
        Some(n) if n > MAX_REPEAT_BYTES => Err(Stop::Panic("runtime error: makeslice: len out of range".to_string())),
        Some(_) => one(string(&s.repeat(count as usize))),
    }
}

/// `strings.Split`: an empty separator splits after each rune.
pub(crate) fn split(s: &str, sep: &str) -> Vec<String> {
    if sep.is_empty() {
        return s.chars().map(String::from).collect();
    }
    s.split(sep).map(str::to_string).collect()
}

/// `strings.Replace`: at most `n` replacements (all when `n < 0`).
pub(crate) fn replace(s: &str, old: &str, new: &str, n: i64) -> String {
    if n < 0 {
        s.replace(old, new)
    } else {
        s.replacen(old, new, n as usize)
    }
}

/// Go's `unicode.ToUpper`: the simple one-rune mapping, so `ß` stays `ß`.
pub(crate) fn simple_upper(c: char) -> char {
    crate::sim::unicode_case::to_upper(c)
}

/// Go's `unicode.ToLower`: the simple one-rune mapping.
pub(crate) fn simple_lower(c: char) -> char {
    crate::sim::unicode_case::to_lower(c)
}

/// `strings.EqualFold`: equal under simple case folding.
fn equal_fold(a: &str, b: &str) -> bool {
    let fold = |c: char| simple_lower(simple_upper(c));
    a.chars().count() == b.chars().count() && a.chars().zip(b.chars()).all(|(x, y)| x == y || fold(x) == fold(y))
}
