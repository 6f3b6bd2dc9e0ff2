//! `sync.Map`: a map of interface keys and values, ranged in key order.

use super::super::machine::Machine;
use super::super::value::Value;
use super::{StdResult, Stop};
use crate::ir::stdlib::StdFn;

impl Machine {
    /// One method of a `sync.Map`; the map handle is the first argument.
    pub(super) fn call_sync_map(&mut self, f: StdFn, args: &[Value]) -> StdResult {
        let Some(Value::Object(_, id)) = args.first() else {
            return Err(Stop::Panic("runtime error: invalid memory address or nil pointer dereference".into()));
        };
        let m = self.atomics[*id as usize].clone();
        let key = args.get(1).cloned().unwrap_or_default();
        let value = args.get(2).cloned().unwrap_or_default();
        let found = if f == StdFn::SyncMapRange { None } else { self.map_index(&m, &key).map_err(Stop::Panic)? };
        match f {
            StdFn::SyncMapLoad => Ok(vec![found.clone().unwrap_or_default(), Value::Bool(found.is_some())]),
            StdFn::SyncMapStore => {
                self.store_index(&m, &key, value, true).map_err(Stop::Panic)?;
                Ok(Vec::new())
            }
            StdFn::SyncMapLoadOrStore => match found {
                Some(v) => Ok(vec![v, Value::Bool(true)]),
                None => {
                    self.store_index(&m, &key, value.clone(), true).map_err(Stop::Panic)?;
                    Ok(vec![value, Value::Bool(false)])
                }
            },
            StdFn::SyncMapDelete => {
                self.delete(&m, &key).map_err(Stop::Panic)?;
                Ok(Vec::new())
            }
            _ => {
                // Range calls f(key, value) in key order until it returns false.
                let Value::Map(mid) = m else { return Ok(Vec::new()) };
                let entries: Vec<(Value, Value)> = self.maps[mid as usize].sorted().cloned().collect();
                let func = args.get(1).cloned().unwrap_or_default();
                for (k, v) in entries {
                    match self.call_function_value(&func, vec![k, v]) {
                        Some(Value::Bool(true)) => {}
                        Some(_) => break,
                        None => return Err(Stop::Abort),
                    }
                }
                Ok(Vec::new())
            }
        }
    }
}
