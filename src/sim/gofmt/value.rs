//! Formatting a typed value by its kind (Go's `printValue` and the
//! per-kind `fmtBool`, `fmtInteger`, `fmtFloat`, `fmtString`, `fmtBytes`
//! and `fmtPointer`).

use super::format::{LDIGITS, UDIGITS};
use super::Printer;
use crate::ir::types::{RtKind, TypeId};
use crate::ir::SyncKind;
use crate::sim::value::Value;

impl Printer<'_> {
    /// Go's `printValue`: `exported` is false below an unexported struct
    /// field, where Go cannot call methods.
    pub(super) fn print_value(&mut self, ty: TypeId, v: &Value, verb: char, depth: usize, exported: bool) {
        let kind = &self.types.get(ty).kind;
        if let RtKind::Interface { .. } = kind {
            match v {
                Value::Iface(b) => {
                    let b = b.clone();
                    self.print_value(b.0, &b.1, verb, depth + 1, exported);
                }
                _ if self.out.f.sharp_v => {
                    let name = self.types.name(ty);
                    self.out.buf.push_str(&name);
                    self.out.buf.push_str("(nil)");
                }
                _ => self.out.buf.push_str("<nil>"),
            }
            return;
        }
        if depth > 0 && exported {
            let mut verb = verb;
            if self.handle_methods(ty, v, &mut verb) {
                return;
            }
        }
        match kind {
            RtKind::Bool => match v {
                Value::Bool(b) if matches!(verb, 't' | 'v') => self.out.fmt_boolean(*b),
                _ => self.bad_verb(Some((ty, v)), verb),
            },
            RtKind::Int { bits, signed } => {
                let u = int_bits(v, *bits, *signed);
                self.fmt_integer(ty, v, u, *signed, verb);
            }
            RtKind::Float { bits } => {
                let f = if let Value::Float(f) = v { *f } else { 0.0 };
                self.fmt_float(ty, v, f, *bits, verb);
            }
            RtKind::String => {
                let s = if let Value::Str(s) = v { s.clone() } else { "".into() };
                self.fmt_string(Some((ty, v)), &s, verb);
            }
            RtKind::Map { key, value } => self.print_map(ty, v, (*key, *value), verb, depth, exported),
            RtKind::Struct { fields } => {
                let fields: Vec<(String, TypeId)> = fields.iter().map(|f| (f.name.clone(), f.ty)).collect();
                let values: &[Value] = match v {
                    Value::Struct(vs) => vs,
                    _ => &[],
                };
                let values = values.to_vec();
                if self.out.f.sharp_v {
                    let name = self.types.name(ty);
                    self.out.buf.push_str(&name);
                }
                self.print_struct(&fields, &values, verb, depth, exported);
            }
            RtKind::Array { elem, .. } | RtKind::Slice(elem) => {
                let elem = *elem;
                if matches!(verb, 's' | 'q' | 'x' | 'X') {
                    if let Some(bytes) = self.byte_values(v).filter(|_| self.is_byte(elem)) {
                        let name = self.types.name(ty);
                        self.fmt_bytes(ty, v, Some(&bytes), verb, &name);
                        return;
                    }
                }
                let elems = self.elements(v);
                if self.out.f.sharp_v {
                    let name = self.types.name(ty);
                    self.out.buf.push_str(&name);
                    if elems.is_none() {
                        self.out.buf.push_str("(nil)");
                        return;
                    }
                }
                self.print_list(elem, &elems.unwrap_or_default(), verb, depth, exported);
            }
            RtKind::Pointer(elem) => {
                let elem = *elem;
                if depth == 0 {
                    if let Some(target) = self.deref(v) {
                        let ek = &self.types.get(elem).kind;
                        if matches!(
                            ek,
                            RtKind::Array { .. } | RtKind::Slice(_) | RtKind::Struct { .. } | RtKind::Map { .. }
                        ) || matches!(ek, RtKind::Sync(_))
                        {
                            self.out.buf.push('&');
                            self.print_value(elem, &target, verb, depth + 1, exported);
                            return;
                        }
                    }
                }
                self.fmt_pointer(ty, v, verb);
            }
            RtKind::Chan { .. } | RtKind::Func => self.fmt_pointer(ty, v, verb),
            RtKind::Sync(kind) => self.print_sync(*kind, verb),
            RtKind::ErrorString => {
                // `*errors.errorString`: a pointer to `struct { s string }`.
                if depth == 0 {
                    let s: std::rc::Rc<str> =
                        self.error_text(v).map(|t| t.as_str().into()).unwrap_or_else(|| "".into());
                    self.out.buf.push('&');
                    if self.out.f.sharp_v {
                        self.out.buf.push_str("errors.errorString");
                    }
                    self.out.buf.push('{');
                    if self.out.f.plus_v || self.out.f.sharp_v {
                        self.out.buf.push_str("s:");
                    }
                    self.fmt_string(None, &s, verb);
                    self.out.buf.push('}');
                } else {
                    self.fmt_pointer(ty, v, verb);
                }
            }
            RtKind::RuntimeError => {
                let s = if let Value::Str(s) = v { s.clone() } else { "".into() };
                self.fmt_string(Some((ty, v)), &s, verb);
            }
            RtKind::Interface { .. } => unreachable!("handled above"),
        }
    }

    /// `{a b}`, `{A:a B:b}` with `%+v`, `{A:a, B:b}` with `%#v` (after the type name).
    fn print_struct(
        &mut self,
        fields: &[(String, TypeId)],
        values: &[Value],
        verb: char,
        depth: usize,
        exported: bool,
    ) {
        self.out.buf.push('{');
        for (i, (name, fty)) in fields.iter().enumerate() {
            if i > 0 {
                self.out.buf.push_str(if self.out.f.sharp_v { ", " } else { " " });
            }
            if (self.out.f.plus_v || self.out.f.sharp_v) && !name.is_empty() {
                self.out.buf.push_str(name);
                self.out.buf.push(':');
            }
            let field_exported = name.starts_with(|c: char| c.is_uppercase());
            let fv = values.get(i).cloned().unwrap_or_default();
            self.print_value(*fty, &fv, verb, depth + 1, exported && field_exported);
        }
        self.out.buf.push('}');
    }

    /// `[a b c]`, or `{a, b, c}` with `%#v` (after the type name).
    fn print_list(&mut self, elem: TypeId, elems: &[Value], verb: char, depth: usize, exported: bool) {
        let sharp_v = self.out.f.sharp_v;
        self.out.buf.push(if sharp_v { '{' } else { '[' });
        for (i, e) in elems.iter().enumerate() {
            if i > 0 {
                self.out.buf.push_str(if sharp_v { ", " } else { " " });
            }
            self.print_value(elem, e, verb, depth + 1, exported);
        }
        self.out.buf.push(if sharp_v { '}' } else { ']' });
    }

    /// `map[k:v k:v]` in key order, or `map[K]V{k:v, k:v}` with `%#v`.
    fn print_map(&mut self, ty: TypeId, v: &Value, kv: (TypeId, TypeId), verb: char, depth: usize, exported: bool) {
        let sharp_v = self.out.f.sharp_v;
        if sharp_v {
            let name = self.types.name(ty);
            self.out.buf.push_str(&name);
            if !matches!(v, Value::Map(_)) {
                self.out.buf.push_str("(nil)");
                return;
            }
            self.out.buf.push('{');
        } else {
            self.out.buf.push_str("map[");
        }
        let maps = self.maps;
        if let Value::Map(id) = v {
            if let Some(m) = maps.get(*id as usize) {
                for (i, (key, value)) in m.sorted().enumerate() {
                    if i > 0 {
                        self.out.buf.push_str(if sharp_v { ", " } else { " " });
                    }
                    self.print_value(kv.0, key, verb, depth + 1, exported);
                    self.out.buf.push(':');
                    self.print_value(kv.1, value, verb, depth + 1, exported);
                }
            }
        }
        self.out.buf.push(if sharp_v { '}' } else { ']' });
    }

    /// The `sync` types print as their Go 1.19 structs in the unlocked
    /// state; the machine keeps their state elsewhere.
    fn print_sync(&mut self, kind: SyncKind, verb: char) {
        let shape = match kind {
            SyncKind::Mutex => &MUTEX,
            SyncKind::RWMutex => &RWMUTEX,
            SyncKind::WaitGroup => &WAITGROUP,
            _ => {
                // Objects Go prints as pointers or opaque values.
                self.out.buf.push_str("{...}");
                return;
            }
        };
        self.print_shape(shape, verb);
    }

    fn print_shape(&mut self, shape: &Shape, verb: char) {
        match shape {
            Shape::Int(name, signed) => self.fmt_zero_int(name, *signed, verb),
            Shape::Struct(name, fields) => {
                let sharp_v = self.out.f.sharp_v;
                if sharp_v {
                    self.out.buf.push_str(name);
                }
                self.out.buf.push('{');
                for (i, (field, shape)) in fields.iter().enumerate() {
                    if i > 0 {
                        self.out.buf.push_str(if sharp_v { ", " } else { " " });
                    }
                    if self.out.f.plus_v || sharp_v {
                        self.out.buf.push_str(field);
                        self.out.buf.push(':');
                    }
                    self.print_shape(shape, verb);
                }
                self.out.buf.push('}');
            }
        }
    }

    /// A zero integer field of a `sync` type, named `name` for a bad verb.
    fn fmt_zero_int(&mut self, name: &str, signed: bool, verb: char) {
        match verb {
            'v' | 'd' | 'b' | 'o' | 'O' | 'x' | 'X' | 'c' | 'q' | 'U' => {
                self.fmt_integer(0, &Value::Int(0), 0, signed, verb)
            }
            _ => {
                self.erroring = true;
                self.out.buf.push_str(&format!("%!{verb}({name}="));
                self.out.fmt_integer(0, 10, signed, 'v', LDIGITS);
                self.out.buf.push(')');
                self.erroring = false;
            }
        }
    }
}

/// The layout of a `sync` type's fields, all zero.
enum Shape {
    Int(&'static str, bool),
    Struct(&'static str, &'static [(&'static str, Shape)]),
}

const MUTEX: Shape =
    Shape::Struct("sync.Mutex", &[("state", Shape::Int("int32", true)), ("sema", Shape::Int("uint32", false))]);
const RWMUTEX: Shape = Shape::Struct(
    "sync.RWMutex",
    &[
        ("w", MUTEX),
        ("writerSem", Shape::Int("uint32", false)),
        ("readerSem", Shape::Int("uint32", false)),
        ("readerCount", Shape::Int("int32", true)),
        ("readerWait", Shape::Int("int32", true)),
    ],
);
const WAITGROUP: Shape = Shape::Struct(
    "sync.WaitGroup",
    &[
        ("noCopy", Shape::Struct("sync.noCopy", &[])),
        ("state1", Shape::Int("uint64", false)),
        ("state2", Shape::Int("uint32", false)),
    ],
);

/// A signed or unsigned integer of `bits` bits as Go's `uint64` bit pattern.
pub(super) fn int_bits(v: &Value, bits: u8, signed: bool) -> u64 {
    let i = match v {
        Value::Int(i) => *i,
        _ => 0,
    };
    if bits >= 64 {
        return i as u64;
    }
    let shift = 64 - u32::from(bits);
    if signed {
        ((i << shift) >> shift) as u64
    } else {
        ((i as u64) << shift) >> shift
    }
}

impl Printer<'_> {
    /// Go's `fmtInteger` for the verbs.
    pub(super) fn fmt_integer(&mut self, ty: TypeId, v: &Value, u: u64, signed: bool, verb: char) {
        match verb {
            'v' if self.out.f.sharp_v && !signed => self.out.fmt_0x64(u, true),
            'v' | 'd' => self.out.fmt_integer(u, 10, signed, verb, LDIGITS),
            'b' => self.out.fmt_integer(u, 2, signed, verb, LDIGITS),
            'o' | 'O' => self.out.fmt_integer(u, 8, signed, verb, LDIGITS),
            'x' => self.out.fmt_integer(u, 16, signed, verb, LDIGITS),
            'X' => self.out.fmt_integer(u, 16, signed, verb, UDIGITS),
            'c' => self.out.fmt_c(u),
            'q' => self.out.fmt_qc(u),
            'U' => self.out.fmt_unicode(u),
            _ => self.bad_verb(Some((ty, v)), verb),
        }
    }

    /// Go's `fmtFloat` for the verbs, with each verb's default precision.
    fn fmt_float(&mut self, ty: TypeId, v: &Value, f: f64, size: u8, verb: char) {
        match verb {
            'v' => self.out.fmt_float(f, size, 'g', -1),
            'b' | 'g' | 'G' | 'x' | 'X' => self.out.fmt_float(f, size, verb, -1),
            'f' | 'e' | 'E' => self.out.fmt_float(f, size, verb, 6),
            'F' => self.out.fmt_float(f, size, 'f', 6),
            _ => self.bad_verb(Some((ty, v)), verb),
        }
    }

    /// Go's `fmtString`; `arg` is the operand for a bad verb's message.
    pub(super) fn fmt_string(&mut self, arg: Option<(TypeId, &Value)>, s: &str, verb: char) {
        match verb {
            'v' if self.out.f.sharp_v => self.out.fmt_q(s),
            'v' | 's' => self.out.fmt_s(s),
            'x' => self.out.fmt_sbx(s.as_bytes(), LDIGITS),
            'X' => self.out.fmt_sbx(s.as_bytes(), UDIGITS),
            'q' => self.out.fmt_q(s),
            _ if arg.is_some() => self.bad_verb(arg, verb),
            _ => {
                // A string that is not an operand of its own (a method's result).
                self.erroring = true;
                self.out.buf.push_str(&format!("%!{verb}(string="));
                self.out.fmt_s(s);
                self.out.buf.push(')');
                self.erroring = false;
            }
        }
    }
}
