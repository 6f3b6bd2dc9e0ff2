//! Conversions between strings and byte or rune slices, which allocate a
//! new backing array (`[]byte(s)`) or read one (`string(b)`).

use super::str_arg;
use crate::ir::stdlib::StdFn;
use crate::sim::machine::Machine;
use crate::sim::value::Value;
use std::rc::Rc;

impl Machine {
    pub(super) fn call_convert(&mut self, f: StdFn, args: &[Value]) -> Vec<Value> {
        let v = match f {
            StdFn::StringToBytes => {
                let s = str_arg(args, 0);
                let bytes: Vec<Value> = s.bytes().map(|b| Value::Int(i64::from(b))).collect();
                let n = bytes.len();
                self.new_slice(bytes, n)
            }
            StdFn::StringToRunes => {
                let s = str_arg(args, 0);
                let runes: Vec<Value> = s.chars().map(|c| Value::Int(i64::from(u32::from(c)))).collect();
                let n = runes.len();
                self.new_slice(runes, n)
            }
            StdFn::BytesToString => {
                let bytes: Vec<u8> =
                    self.slice_elems(args.first().unwrap_or(&Value::Nil)).iter().map(|v| int_of(v) as u8).collect();
                // Strings hold UTF-8 text; bytes that are not UTF-8 show as U+FFFD.
                Value::Str(Rc::from(String::from_utf8_lossy(&bytes).as_ref()))
            }
            _ => {
                let text: String = self
                    .slice_elems(&args[0])
                    .iter()
                    .map(|v| u32::try_from(int_of(v)).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}'))
                    .collect();
                Value::Str(Rc::from(text.as_str()))
            }
        };
        vec![v]
    }
}

fn int_of(v: &Value) -> i64 {
    match v {
        Value::Int(i) => *i,
        _ => 0,
    }
}
