//! The machine's side of `fmt`: building the formatter's view of the heap,
//! calling `String` and `Error` methods, and Go's text for panic values.

use super::gofmt::{self, Env};
use super::machine::Machine;
use super::value::{Closure, Value};
use crate::ir::types::{RtKind, TypeId};
use std::rc::Rc;

/// Which `fmt` function is formatting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrintKind {
    Print,
    Println,
    Printf,
    Errorf,
}

/// Instructions a `String` or `Error` method may run while printing.
const METHOD_CALL_BUDGET: u32 = 20_000;

impl Machine {
    /// Formats arguments as the `fmt` function would. For `Printf` and
    /// `Errorf` the first argument is the format string.
    pub fn format(&self, kind: PrintKind, args: &[Value]) -> String {
        // Contexts print as their names (`context.Background`).
        let string_ty = self.program.types.types.iter().position(|t| t.kind == RtKind::String && t.name.is_none());
        let named: Vec<Value>;
        let args = match string_ty {
            Some(st)
                if args.iter().any(
                    |a| matches!(a, Value::Iface(b) if matches!(b.1, Value::Object(crate::ir::SyncKind::Context, _))),
                ) =>
            {
                named = args
                    .iter()
                    .map(|a| match a {
                        Value::Iface(b) => match &b.1 {
                            Value::Object(crate::ir::SyncKind::Context, id) => {
                                let name = self.contexts[*id as usize].name.as_str();
                                Value::Iface(Rc::new((st as TypeId, Value::Str(Rc::from(name)))))
                            }
                            _ => a.clone(),
                        },
                        _ => a.clone(),
                    })
                    .collect();
                &named[..]
            }
            _ => args,
        };
        let cells = self.cells_for_printing();
        let arrays = self.arrays_for_printing();
        let mut call = |ty: TypeId, v: &Value, name: &str| self.call_method_sync(ty, v, name);
        let mut env = Env {
            types: &self.program.types,
            arrays: &arrays,
            maps: &self.maps,
            cells: &cells,
            call_method: &mut call,
        };
        match kind {
            PrintKind::Print => gofmt::sprint(&mut env, args),
            PrintKind::Println => gofmt::sprintln(&mut env, args),
            PrintKind::Printf | PrintKind::Errorf => {
                let format = match args.first() {
                    Some(Value::Iface(b)) => b.1.to_go_string(),
                    Some(other) => other.to_go_string(),
                    None => String::new(),
                };
                let rest = args.get(1..).unwrap_or(&[]);
                if kind == PrintKind::Printf {
                    gofmt::sprintf(&mut env, &format, rest)
                } else {
                    gofmt::errorf_message(&mut env, &format, rest)
                }
            }
        }
    }

    /// Runs method `name` on a copy of the machine, so printing never
    /// changes the run; `None` if it blocks, panics or runs too long.
    fn call_method_sync(&self, ty: TypeId, v: &Value, name: &str) -> Option<String> {
        let m = self.program.types.method(ty, name)?.clone();
        let recv = match (v, m.pointer_receiver) {
            (Value::Ptr(c), false) => self.cells.get(*c as usize)?.clone(),
            (Value::Nil, false) => return None,
            _ => v.clone(),
        };
        let mut sub = self.clone();
        let result = sub.run_function(m.func, vec![recv], METHOD_CALL_BUDGET)?;
        match result {
            Value::Str(s) => Some(s.to_string()),
            _ => None,
        }
    }

    /// Go's text for a panic value: an error's `Error()`, a Stringer's
    /// `String()`, a basic value as `print` shows it, a named basic type as
    /// `main.T(3)`, anything else as `(TYPE) ADDRESS`.
    pub fn panic_text(&self, v: &Value) -> String {
        let Value::Iface(b) = v else {
            return match v {
                Value::Nil => "nil".to_string(),
                other => other.to_go_string(),
            };
        };
        let (ty, inner) = (b.0, &b.1);
        let types = &self.program.types;
        if let Some(msg) = self.builtin_error_message(v) {
            return msg;
        }
        for method in ["Error", "String"] {
            if types.method(ty, method).is_some() {
                if let Some(s) = self.call_method_sync(ty, inner, method) {
                    return s;
                }
            }
        }
        let t = types.get(ty);
        let basic = match (&t.kind, inner) {
            (RtKind::Float { .. }, Value::Float(f)) => Some(crate::float_format::runtime_print_float(*f)),
            (RtKind::Bool | RtKind::Int { .. } | RtKind::String, _) => Some(self.format_one(ty, inner)),
            _ => None,
        };
        match (basic, &t.name) {
            (Some(s), None) => s,
            // Go's runtime prints a named string type's panic value unescaped: `main.T("a\nb")` with a real newline.
            (Some(s), Some(name)) if matches!(t.kind, RtKind::String) => format!("{name}(\"{s}\")"),
            (Some(s), Some(name)) => format!("{name}({s})"),
            (None, _) => format!("({}) {:#x}", types.name(ty), 0xc000_0100_00u64 + 0x18),
        }
    }

    /// One value of a known type with `%v`.
    pub fn format_one(&self, ty: TypeId, v: &Value) -> String {
        let cells = self.cells_for_printing();
        let arrays = self.arrays_for_printing();
        let mut call = |ty: TypeId, v: &Value, name: &str| self.call_method_sync(ty, v, name);
        let mut env = Env {
            types: &self.program.types,
            arrays: &arrays,
            maps: &self.maps,
            cells: &cells,
            call_method: &mut call,
        };
        gofmt::format_value(&mut env, ty, v)
    }

    /// The id of a run-time type the checker always registers, by name.
    pub fn builtin_type(&self, name: &str) -> TypeId {
        let types = &self.program.types.types;
        types.iter().position(|t| t.name.as_deref() == Some(name)).unwrap_or(0) as TypeId
    }

    /// An error value made by `errors.New` or `fmt.Errorf`: a pointer to a
    /// new cell holding `{message, wrapped}`, so each error is distinct, as
    /// Go's `*errors.errorString` values are.
    pub fn new_error_wrapping(&mut self, message: String, wrapped: Value) -> Value {
        let ty = self.program.types.types.iter().position(|t| t.kind == RtKind::ErrorString).unwrap_or(0) as TypeId;
        self.cells.push(Value::Struct(Rc::new(vec![Value::Str(Rc::from(message.as_str())), wrapped])));
        let cell = (self.cells.len() - 1) as u32;
        Value::Iface(Rc::new((ty, Value::Ptr(cell))))
    }

    /// A new error value with no wrapped error.
    pub fn new_error(&mut self, message: String) -> Value {
        self.new_error_wrapping(message, Value::Nil)
    }

    /// The operand of the first `%w` in an `Errorf` format, if any.
    pub fn wrapped_operand(args: &[Value]) -> Value {
        let format = match args.first() {
            Some(Value::Iface(b)) => b.1.to_go_string(),
            _ => return Value::Nil,
        };
        let mut arg = 1;
        let mut chars = format.chars().peekable();
        while let Some(c) = chars.next() {
            if c != '%' {
                continue;
            }
            // Flags, width and precision come before the verb.
            while let Some(&f) = chars.peek() {
                if "+-# 0123456789.".contains(f) {
                    chars.next();
                } else {
                    break;
                }
            }
            match chars.next() {
                Some('%') | None => {}
                Some('w') => return args.get(arg).cloned().unwrap_or_default(),
                Some(_) => arg += 1,
            }
        }
        Value::Nil
    }

    /// Calls a function on a fresh goroutine of this machine until it
    /// returns; its first result, or `None` if it could not finish alone.
    pub fn run_function(&mut self, func: u32, args: Vec<Value>, budget: u32) -> Option<Value> {
        let closure = Closure::plain(func, None);
        let g = self.spawn_for_call(Value::Func(closure), args);
        for _ in 0..budget {
            if self.outcome.is_some() || self.goroutines[g as usize].state != super::goroutine::GState::Running {
                break;
            }
            if let Some(v) = self.call_result.take() {
                return Some(v);
            }
            self.run_step_of(g);
        }
        self.call_result.take()
    }
}
