//! Reading the machine's heap while formatting (slices, arrays, pointer
//! targets), byte slices, and values Go prints as addresses.

use super::format::LDIGITS;
use super::Printer;
use crate::ir::types::{RtKind, TypeId};
use crate::sim::value::Value;

/// Fake addresses, stable per object, for values Go prints as pointers.
const CELL_BASE: u64 = 0xc000010000;
const CHAN_BASE: u64 = 0xc000020000;
const MAP_BASE: u64 = 0xc000030000;
const ARRAY_BASE: u64 = 0xc000040000;
const SYNC_BASE: u64 = 0xc000050000;
const ERROR_BASE: u64 = 0xc000060000;
const FUNC_BASE: u64 = 0x47e000;

/// The fake address of a reference value; 0 for nil.
pub(super) fn address(v: &Value) -> u64 {
    match v {
        Value::Ptr(id) => CELL_BASE + u64::from(*id) * 16,
        Value::Chan(id) => CHAN_BASE + u64::from(*id) * 0x60,
        Value::Map(id) => MAP_BASE + u64::from(*id) * 0x30,
        Value::Slice(r) => ARRAY_BASE + u64::from(r.array) * 0x1000 + u64::from(r.offset) * 8,
        Value::Func(c) => FUNC_BASE + u64::from(c.func) * 0x20,
        Value::Mutex(id) | Value::RwMutex(id) | Value::WaitGroup(id) => SYNC_BASE + u64::from(*id) * 0x20,
        Value::Str(_) => ERROR_BASE,
        _ => 0,
    }
}

impl Printer<'_> {
    /// The elements of an array or a non-nil slice; `None` for a nil slice.
    pub(super) fn elements(&self, v: &Value) -> Option<Vec<Value>> {
        match v {
            Value::Array(vs) => Some(vs.to_vec()),
            Value::Slice(r) => {
                let array = self.arrays.get(r.array as usize)?;
                let (start, end) = (r.offset as usize, (r.offset + r.len) as usize);
                Some(array.get(start..end).map(<[Value]>::to_vec).unwrap_or_default())
            }
            _ => None,
        }
    }

    /// The bytes of a byte slice or array; `None` for a nil slice.
    pub(super) fn byte_values(&self, v: &Value) -> Option<Vec<u8>> {
        let elems = self.elements(v)?;
        Some(elems.iter().map(|e| if let Value::Int(i) = e { *i as u8 } else { 0 }).collect())
    }

    pub(super) fn is_byte(&self, elem: TypeId) -> bool {
        matches!(self.types.get(elem).kind, RtKind::Int { bits: 8, signed: false })
    }

    /// What a non-nil pointer points to (a `sync` object is its own handle).
    pub(super) fn deref(&self, v: &Value) -> Option<Value> {
        match v {
            Value::Ptr(id) => self.cells.get(*id as usize).cloned(),
            // A pointer to an array in a backing array (see `sim::array_box`).
            Value::Slice(_) => self.elements(v).map(|e| Value::Array(std::rc::Rc::new(e))),
            Value::Mutex(_) | Value::RwMutex(_) | Value::WaitGroup(_) => Some(v.clone()),
            _ => None,
        }
    }

    /// Go's `fmtBytes`: byte slices and arrays; `type_string` is the type as
    /// `%#v` spells it.
    pub(super) fn fmt_bytes(&mut self, ty: TypeId, v: &Value, bytes: Option<&[u8]>, verb: char, type_string: &str) {
        match verb {
            'v' | 'd' => {
                if self.out.f.sharp_v {
                    self.out.buf.push_str(type_string);
                    let Some(bytes) = bytes else {
                        self.out.buf.push_str("(nil)");
                        return;
                    };
                    self.out.buf.push('{');
                    for (i, &c) in bytes.iter().enumerate() {
                        if i > 0 {
                            self.out.buf.push_str(", ");
                        }
                        self.out.fmt_0x64(u64::from(c), true);
                    }
                    self.out.buf.push('}');
                } else {
                    self.out.buf.push('[');
                    for (i, &c) in bytes.unwrap_or_default().iter().enumerate() {
                        if i > 0 {
                            self.out.buf.push(' ');
                        }
                        self.out.fmt_integer(u64::from(c), 10, false, verb, LDIGITS);
                    }
                    self.out.buf.push(']');
                }
            }
            's' => self.out.fmt_bs(bytes.unwrap_or_default()),
            'x' => self.out.fmt_sbx(bytes.unwrap_or_default(), LDIGITS),
            'X' => self.out.fmt_sbx(bytes.unwrap_or_default(), super::format::UDIGITS),
            'q' => self.out.fmt_q_bytes(bytes.unwrap_or_default()),
            _ => self.print_value(ty, v, verb, 0, true),
        }
    }

    /// Go's `fmtPointer`: channels, funcs, maps, pointers and slices as addresses.
    pub(super) fn fmt_pointer(&mut self, ty: TypeId, v: &Value, verb: char) {
        let kind = &self.types.get(ty).kind;
        if !matches!(
            kind,
            RtKind::Chan { .. }
                | RtKind::Func
                | RtKind::Map { .. }
                | RtKind::Pointer(_)
                | RtKind::Slice(_)
                | RtKind::ErrorString
        ) {
            self.bad_verb(Some((ty, v)), verb);
            return;
        }
        let u = address(v);
        match verb {
            'v' if self.out.f.sharp_v => {
                let name = self.types.name(ty);
                self.out.buf.push('(');
                self.out.buf.push_str(&name);
                self.out.buf.push_str(")(");
                if u == 0 {
                    self.out.buf.push_str("nil");
                } else {
                    self.out.fmt_0x64(u, true);
                }
                self.out.buf.push(')');
            }
            'v' if u == 0 => self.out.pad("<nil>"),
            'v' | 'p' => self.out.fmt_0x64(u, !self.out.f.sharp),
            'b' | 'o' | 'd' | 'x' | 'X' => self.fmt_integer(ty, v, u, false, verb),
            _ => self.bad_verb(Some((ty, v)), verb),
        }
    }
}
