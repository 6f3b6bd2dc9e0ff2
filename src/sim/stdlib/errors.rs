//! `errors.Is`, `errors.Unwrap` and `errors.Join`. Errors made by
//! `errors.New` and `fmt.Errorf` are compared with `==`; a program's own
//! error types take part through their `Is` and `Unwrap` methods.

use super::{one, StdResult, Stop};
use crate::ir::stdlib::StdFn;
use crate::ir::types::RtKind;
use crate::sim::goroutine::GIdx;
use crate::sim::machine::Machine;
use crate::sim::value::{Closure, Value};

/// How deep `errors.Is` follows a chain of wrapped errors.
const MAX_CHAIN: usize = 100;

impl Machine {
    pub(super) fn call_errors(&mut self, g: GIdx, f: StdFn, args: &[Value]) -> StdResult {
        match f {
            StdFn::ErrorsIs => {
                let target = args.get(1).cloned().unwrap_or_default();
                let mut err = args.first().cloned().unwrap_or_default();
                if target == Value::Nil {
                    return one(Value::Bool(err == Value::Nil));
                }
                for _ in 0..MAX_CHAIN {
                    if err == target {
                        return one(Value::Bool(true));
                    }
                    if let Some(v) = self.call_method(g, &err, "Is", vec![target.clone()])? {
                        if v == Value::Bool(true) {
                            return one(Value::Bool(true));
                        }
                    }
                    match self.unwrap_error(g, &err)? {
                        Value::Nil => break,
                        next => err = next,
                    }
                }
                one(Value::Bool(false))
            }
            StdFn::ErrorsAs => {
                let err = args.first().cloned().unwrap_or_default();
                let target = args.get(1).cloned().unwrap_or_default();
                self.errors_as(g, err, &target)
            }
            StdFn::ErrorsUnwrap => {
                let err = args.first().cloned().unwrap_or_default();
                one(self.unwrap_error(g, &err)?)
            }
            StdFn::ErrorsJoin => {
                let errs: Vec<&Value> = args.iter().filter(|e| **e != Value::Nil).collect();
                if errs.is_empty() {
                    return one(Value::Nil);
                }
                let texts: Vec<String> = errs.iter().map(|e| self.panic_text(e)).collect();
                one(self.new_error(texts.join("\n")))
            }
            _ => unreachable!("not an errors function"),
        }
    }

    /// `errors.As(err, target)`: finds the first error in the chain whose
    /// dynamic type is the type `target` points to (or implements it, when
    /// that is an interface) and stores it there.
    fn errors_as(&mut self, g: GIdx, mut err: Value, target: &Value) -> StdResult {
        let bad = || Stop::Panic("errors: target must be a non-nil pointer".to_string());
        let Value::Iface(t) = target else { return Err(bad()) };
        let (Value::Ptr(cell), RtKind::Pointer(elem)) = (&t.1, &self.program.types.get(t.0).kind) else {
            return Err(bad());
        };
        let (cell, elem) = (*cell, *elem);
        for _ in 0..MAX_CHAIN {
            let Value::Iface(b) = &err else { break };
            let found = match &self.program.types.get(elem).kind {
                RtKind::Interface { methods } => {
                    let implements = methods.iter().all(|name| {
                        let is_ptr = matches!(self.program.types.get(b.0).kind, RtKind::Pointer(_));
                        self.program.types.method(b.0, name).map_or(false, |m| is_ptr || !m.pointer_receiver)
                    });
                    implements.then(|| err.clone())
                }
                _ => (b.0 == elem).then(|| b.1.clone()),
            };
            if let Some(v) = found {
                if let Err(e) = self.set_in_cell(cell, &[], v) {
                    return Err(Stop::Panic(e));
                }
                return one(Value::Bool(true));
            }
            if let Some(v) = self.call_method(g, &err, "As", vec![target.clone()])? {
                if v == Value::Bool(true) {
                    return one(Value::Bool(true));
                }
            }
            match self.unwrap_error(g, &err)? {
                Value::Nil => break,
                next => err = next,
            }
        }
        one(Value::Bool(false))
    }

    /// `errors.Unwrap` of one error: the error an `errors`/`fmt` error
    /// wraps, or what the value's own `Unwrap` method returns.
    fn unwrap_error(&mut self, g: GIdx, err: &Value) -> Result<Value, Stop> {
        if let Some(inner) = self.wrapped_error(err) {
            return Ok(inner);
        }
        Ok(self.call_method(g, err, "Unwrap", vec![])?.unwrap_or_default())
    }

    /// The error wrapped by `fmt.Errorf("...%w", e)`, once the machine
    /// records it: the proposed layout is an `*errors.errorString` holding a
    /// pointer to a struct `{message, wrapped}`.
    fn wrapped_error(&self, err: &Value) -> Option<Value> {
        let Value::Iface(b) = err else { return None };
        let (Value::Ptr(c), Some(_)) = (&b.1, self.builtin_error_message(err)) else { return None };
        match self.cells.get(*c as usize)? {
            Value::Struct(fields) => fields.get(1).cloned(),
            _ => None,
        }
    }

    /// Calls method `name` of the dynamic type of interface value `v`, if it
    /// has one; `Ok(None)` when it does not.
    fn call_method(&mut self, g: GIdx, v: &Value, name: &str, args: Vec<Value>) -> Result<Option<Value>, Stop> {
        let Value::Iface(b) = v else { return Ok(None) };
        let Some(m) = self.program.types.method(b.0, name).cloned() else { return Ok(None) };
        let recv = match (&b.1, m.pointer_receiver) {
            (Value::Ptr(c), false) => self.cells[*c as usize].clone(),
            (other, _) => other.clone(),
        };
        let f = Value::Func(Closure::plain(m.func, None));
        let mut argv = vec![recv];
        argv.extend(args);
        match self.call_function_value_from(Some(g), &f, argv) {
            Some(result) => Ok(Some(result)),
            None if self.outcome.is_some() => Err(Stop::Abort),
            None => Err(Stop::Panic(format!("chanscope: the {name} method did not return"))),
        }
    }
}
