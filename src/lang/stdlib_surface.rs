//! Go signatures of the non-concurrency library (`strings`, `strconv`,
//! `sort`, `math`, `math/rand`, `unicode/utf8`, `errors`).

use super::library::{LibFunc, LibItem};
use super::types::Type;
use crate::ir::stdlib::StdFn;
use crate::ir::Builtin;

fn func(f: StdFn, params: Vec<Type>, results: Vec<Type>) -> Option<LibItem> {
    Some(LibItem::Func(LibFunc { builtin: Builtin::Std(f), params, results, variadic_any: false }))
}

/// Looks up `name` in one of these packages.
pub fn lookup(pkg: &str, name: &str) -> Option<LibItem> {
    match (pkg, name) {
        ("strconv", "Itoa") => func(StdFn::StrconvItoa, vec![Type::Int("int")], vec![Type::String]),
        _ => None,
    }
}
