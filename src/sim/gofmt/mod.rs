//! Go's `fmt` printing over the machine's values: `Sprint`, `Sprintln`,
//! `Sprintf` (and `Errorf`'s message), following Go 1.19's `fmt/print.go`
//! and `fmt/format.go` step by step.
//!
//! Arguments are interface values (`Value::Iface` or `Value::Nil`); values
//! inside containers are raw and take their types from the container's
//! `RtKind`. Errors and Stringers are formatted through `Env::call_method`.

mod format;
mod heap;
mod printable;
mod printf;
mod quote;
mod value;

#[cfg(test)]
mod tests;

use super::map::GoMap;
use super::value::Value;
use crate::ir::types::{RtKind, TypeId, TypeTable};
use format::Fmt;

/// What formatting needs from the machine: the type table, the heap, and a
/// way to call methods.
pub struct Env<'a> {
    pub types: &'a TypeTable,
    /// Backing arrays of slices (index = `SliceRef::array`).
    pub arrays: &'a [Vec<Value>],
    /// Maps (index = the id in `Value::Map`).
    pub maps: &'a [GoMap],
    /// Pointer targets: `Value::Ptr(id)` points to `cells[id]`.
    pub cells: &'a [Value],
    /// Calls a user method `name` (`"Error"` or `"String"`, no arguments,
    /// returning a string) on a value of the given type, exactly as the
    /// value was found (a pointer type's value is the `Value::Ptr`, or
    /// `Value::Nil` for a nil pointer); `None` if the machine could not, and
    /// the formatter then formats the value itself.
    pub call_method: &'a mut dyn FnMut(TypeId, &Value, &str) -> Option<String>,
}

/// Go's `fmt.Sprint`: a space between operands when neither is a string.
pub fn sprint(env: &mut Env, args: &[Value]) -> String {
    let mut p = Printer::new(env);
    let mut prev_string = false;
    for (i, arg) in args.iter().enumerate() {
        let is_string = p.is_string_arg(arg);
        if i > 0 && !is_string && !prev_string {
            p.out.buf.push(' ');
        }
        p.print_arg(arg, 'v');
        prev_string = is_string;
    }
    p.out.buf
}

/// Go's `fmt.Sprintln`: spaces between all operands and a final newline.
pub fn sprintln(env: &mut Env, args: &[Value]) -> String {
    let mut p = Printer::new(env);
    for (i, arg) in args.iter().enumerate() {
        if i > 0 {
            p.out.buf.push(' ');
        }
        p.print_arg(arg, 'v');
    }
    p.out.buf.push('\n');
    p.out.buf
}

/// Go's `fmt.Sprintf`.
pub fn sprintf(env: &mut Env, format: &str, args: &[Value]) -> String {
    let mut p = Printer::new(env);
    p.do_printf(format, args);
    p.out.buf
}

/// The message of Go's `fmt.Errorf`: `Sprintf` where one `%w` of an error
/// operand formats as `%v`. The wrapped error is the caller's business.
pub fn errorf_message(env: &mut Env, format: &str, args: &[Value]) -> String {
    let mut p = Printer::new(env);
    p.wrap_errs = true;
    p.do_printf(format, args);
    p.out.buf
}

/// One value of a known static type with `%v` (for panics and the scene).
pub fn format_value(env: &mut Env, ty: TypeId, v: &Value) -> String {
    let mut p = Printer::new(env);
    if matches!(p.types.get(ty).kind, RtKind::Interface { .. }) {
        p.print_arg(v, 'v');
    } else {
        p.print_typed_arg(ty, v, 'v');
    }
    p.out.buf
}

/// The state of one formatting call (Go's `pp`).
struct Printer<'e> {
    types: &'e TypeTable,
    arrays: &'e [Vec<Value>],
    maps: &'e [GoMap],
    cells: &'e [Value],
    call_method: &'e mut dyn FnMut(TypeId, &Value, &str) -> Option<String>,
    out: Fmt,
    /// Inside `%!verb(...)`: methods are not called.
    erroring: bool,
    /// `Errorf`: `%w` is allowed once.
    wrap_errs: bool,
    wrapped: bool,
}

impl<'e> Printer<'e> {
    fn new<'a: 'e>(env: &'e mut Env<'a>) -> Printer<'e> {
        Printer {
            types: env.types,
            arrays: env.arrays,
            maps: env.maps,
            cells: env.cells,
            call_method: &mut *env.call_method,
            out: Fmt::default(),
            erroring: false,
            wrap_errs: false,
            wrapped: false,
        }
    }

    /// Whether an operand's dynamic type is a string kind (for `Sprint`'s spacing).
    fn is_string_arg(&self, arg: &Value) -> bool {
        match arg {
            Value::Iface(b) => matches!(self.types.get(b.0).kind, RtKind::String),
            _ => false,
        }
    }

    /// Go's `printArg`: formats one interface operand.
    fn print_arg(&mut self, arg: &Value, verb: char) {
        match arg {
            Value::Iface(b) => {
                let b = b.clone();
                self.print_typed_arg(b.0, &b.1, verb);
            }
            Value::Nil => match verb {
                'T' | 'v' => self.out.pad("<nil>"),
                _ => self.bad_verb(None, verb),
            },
            // A raw value where an interface was expected: best effort.
            other => {
                let s = other.to_go_string();
                self.out.fmt_s(&s);
            }
        }
    }

    /// `printArg` once the dynamic type is known.
    fn print_typed_arg(&mut self, ty: TypeId, v: &Value, verb: char) {
        match verb {
            'T' => {
                let name = self.types.name(ty);
                self.out.fmt_s(&name);
                return;
            }
            'p' => {
                self.fmt_pointer(ty, v, 'p');
                return;
            }
            _ => {}
        }
        let t = self.types.get(ty);
        // An unnamed `[]byte` operand is printed as Go's `[]byte` case.
        if t.name.is_none() {
            if let RtKind::Slice(e) = t.kind {
                if matches!(self.types.get(e).kind, RtKind::Int { bits: 8, signed: false }) {
                    let bytes = self.byte_values(v);
                    self.fmt_bytes(ty, v, bytes.as_deref(), verb, "[]byte");
                    return;
                }
            }
        }
        let mut verb = verb;
        if !self.handle_methods(ty, v, &mut verb) {
            self.print_value(ty, v, verb, 0, true);
        }
    }

    /// Go's `handleMethods`: uses `Error()` or `String()` for the verbs that
    /// accept a string. Returns whether the value was printed.
    fn handle_methods(&mut self, ty: TypeId, v: &Value, verb: &mut char) -> bool {
        if self.erroring {
            return false;
        }
        if *verb == 'w' {
            if !self.is_error(ty) || !self.wrap_errs || self.wrapped {
                self.wrap_errs = false;
                self.bad_verb(Some((ty, v)), 'w');
                return true;
            }
            self.wrapped = true;
            *verb = 'v';
        }
        if self.out.f.sharp_v || !matches!(*verb, 'v' | 's' | 'x' | 'X' | 'q') {
            return false;
        }
        let text = match &self.types.get(ty).kind {
            RtKind::ErrorString | RtKind::RuntimeError => self.error_text(v),
            // `time.Duration` has a String method in the real library.
            RtKind::Int { .. } if self.types.get(ty).name.as_deref() == Some("time.Duration") => match v {
                Value::Int(n) => Some(crate::sim::duration::format_duration(*n)),
                _ => None,
            },
            _ if self.has_method(ty, "Error") => (self.call_method)(ty, v, "Error"),
            _ if self.has_method(ty, "String") => (self.call_method)(ty, v, "String"),
            _ => None,
        };
        match text {
            Some(s) => {
                self.fmt_string(None, &s, *verb);
                true
            }
            None => false,
        }
    }

    /// The message of a machine-made error: a string, or a pointer to a
    /// cell holding `{message, wrapped}`.
    fn error_text(&self, v: &Value) -> Option<String> {
        match v {
            Value::Str(s) => Some(s.to_string()),
            Value::Ptr(c) => match self.cells.get(*c as usize) {
                Some(Value::Struct(fs)) => match fs.first() {
                    Some(Value::Str(s)) => Some(s.to_string()),
                    _ => None,
                },
                Some(Value::Str(s)) => Some(s.to_string()),
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether values of type `ty` implement `error`.
    fn is_error(&self, ty: TypeId) -> bool {
        matches!(self.types.get(ty).kind, RtKind::ErrorString | RtKind::RuntimeError) || self.has_method(ty, "Error")
    }

    /// Whether the method set of `ty` has `name`: a pointer type has all
    /// methods of its element, a value type only those with value receivers.
    fn has_method(&self, ty: TypeId, name: &str) -> bool {
        let t = self.types.get(ty);
        if let RtKind::Pointer(e) = t.kind {
            return t.methods.iter().chain(&self.types.get(e).methods).any(|m| m.name == name);
        }
        t.methods.iter().any(|m| m.name == name && !m.pointer_receiver)
    }

    /// `%!verb(type=value)`, or `%!verb(<nil>)` for a nil operand.
    fn bad_verb(&mut self, arg: Option<(TypeId, &Value)>, verb: char) {
        self.erroring = true;
        self.out.buf.push_str("%!");
        self.out.buf.push(verb);
        self.out.buf.push('(');
        match arg {
            Some((ty, v)) => {
                let name = self.types.name(ty);
                self.out.buf.push_str(&name);
                self.out.buf.push('=');
                self.print_typed_arg(ty, v, 'v');
            }
            None => self.out.buf.push_str("<nil>"),
        }
        self.out.buf.push(')');
        self.erroring = false;
    }
}
