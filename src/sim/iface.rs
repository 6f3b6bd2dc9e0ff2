//! Interface values: boxing with a dynamic type, type assertions, and
//! method calls dispatched on the dynamic type.

use super::machine::Machine;
use super::value::Value;
use crate::ir::types::{RtKind, TypeId};
use std::rc::Rc;

impl Machine {
    /// Whether a value of dynamic type `dynamic` implements interface
    /// `target`; `Err` names the first missing method.
    pub fn implements(&self, dynamic: TypeId, target: TypeId) -> Result<(), String> {
        let types = &self.program.types;
        let RtKind::Interface { methods } = &types.get(target).kind else {
            return if dynamic == target { Ok(()) } else { Err(String::new()) };
        };
        for m in methods {
            let builtin_error =
                m == "Error" && matches!(types.get(dynamic).kind, RtKind::ErrorString | RtKind::RuntimeError);
            if !builtin_error && types.method(dynamic, m).is_none() {
                return Err(m.clone());
            }
        }
        Ok(())
    }

    /// `x.(T)`: the value (or, for an interface `T`, the interface value) and
    /// whether the assertion holds; `Err` is Go's panic message when it fails
    /// and no `ok` was asked for.
    pub fn type_assert(&self, x: &Value, src: TypeId, target: TypeId) -> (Value, bool, String) {
        let types = &self.program.types;
        let target_is_iface = matches!(types.get(target).kind, RtKind::Interface { .. });
        let zero = if target_is_iface { Value::Nil } else { self.zero_value_const(target) };
        let Value::Iface(b) = x else {
            let msg = format!("interface conversion: {} is nil, not {}", types.name(src), types.name(target));
            return (zero, false, msg);
        };
        let (dynamic, inner) = (b.0, &b.1);
        if target_is_iface {
            return match self.implements(dynamic, target) {
                Ok(()) => (x.clone(), true, String::new()),
                Err(m) => {
                    let msg = format!(
                        "interface conversion: {} is not {}: missing method {}",
                        types.name(dynamic),
                        types.name(target),
                        m
                    );
                    (zero, false, msg)
                }
            };
        }
        if dynamic == target {
            return (inner.clone(), true, String::new());
        }
        let msg =
            format!("interface conversion: {} is {}, not {}", types.name(src), types.name(dynamic), types.name(target));
        (zero, false, msg)
    }

    /// A zero value that needs no allocation (for failed assertions).
    fn zero_value_const(&self, ty: TypeId) -> Value {
        match &self.program.types.get(ty).kind {
            RtKind::Bool => Value::Bool(false),
            RtKind::Int { .. } => Value::Int(0),
            RtKind::Float { .. } => Value::Float(0.0),
            RtKind::String => Value::Str(Rc::from("")),
            _ => Value::Nil,
        }
    }

    /// Whether interface value `x` holds exactly type `target` (or is nil for `None`).
    pub fn type_is(&self, x: &Value, target: Option<TypeId>) -> bool {
        match (x, target) {
            (Value::Nil, None) => true,
            (Value::Iface(b), Some(t)) => {
                b.0 == t
                    || (matches!(self.program.types.get(t).kind, RtKind::Interface { .. })
                        && self.implements(b.0, t).is_ok())
            }
            _ => false,
        }
    }

    /// The message of an error value made by `errors.New`, `fmt.Errorf` or a
    /// recovered run-time error, if `x` is one.
    pub fn builtin_error_message(&self, x: &Value) -> Option<String> {
        let Value::Iface(b) = x else { return None };
        match self.program.types.get(b.0).kind {
            RtKind::ErrorString | RtKind::RuntimeError => Some(match &b.1 {
                Value::Ptr(c) => match &self.cells[*c as usize] {
                    Value::Struct(fs) => fs.first().map(|v| v.to_go_string()).unwrap_or_default(),
                    other => other.to_go_string(),
                },
                other => other.to_go_string(),
            }),
            _ => None,
        }
    }
}
