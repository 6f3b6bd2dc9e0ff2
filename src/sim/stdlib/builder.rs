//! `strings.Builder`: the text lives in the machine's object arena.

use super::super::machine::Machine;
use super::super::value::Value;
use crate::ir::stdlib::StdFn;
use std::rc::Rc;

impl Machine {
    /// One method of a builder; the builder handle is the first argument.
    pub(super) fn call_builder(&mut self, f: StdFn, args: &[Value]) -> Vec<Value> {
        let Some(Value::Object(_, id)) = args.first() else { return vec![Value::Nil; f.results() as usize] };
        let id = *id as usize;
        let text = match &self.atomics[id] {
            Value::Str(s) => s.to_string(),
            _ => String::new(),
        };
        let int = |i: usize| match args.get(i) {
            Some(Value::Int(n)) => *n,
            _ => 0,
        };
        let (new_text, results) = match f {
            StdFn::BuilderWriteString => {
                let s = match args.get(1) {
                    Some(Value::Str(s)) => s.to_string(),
                    _ => String::new(),
                };
                let n = s.len() as i64;
                (Some(text + &s), vec![Value::Int(n), Value::Nil])
            }
            StdFn::BuilderWriteByte => {
                let mut bytes = text.into_bytes();
                bytes.push(int(1) as u8);
                (Some(String::from_utf8_lossy(&bytes).into_owned()), vec![Value::Nil])
            }
            StdFn::BuilderWriteRune => {
                let c = u32::try_from(int(1)).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}');
                (Some(format!("{text}{c}")), vec![Value::Int(c.len_utf8() as i64), Value::Nil])
            }
            StdFn::BuilderString => (None, vec![Value::Str(Rc::from(text.as_str()))]),
            StdFn::BuilderLen => (None, vec![Value::Int(text.len() as i64)]),
            StdFn::BuilderReset => (Some(String::new()), Vec::new()),
            _ => (None, Vec::new()),
        };
        if let Some(t) = new_text {
            self.atomics[id] = Value::Str(Rc::from(t.as_str()));
        }
        results
    }
}
