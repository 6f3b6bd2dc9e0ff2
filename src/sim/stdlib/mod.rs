//! The machine's implementation of the non-concurrency library.

use super::goroutine::GIdx;
use super::machine::Machine;
use super::value::Value;
use crate::ir::stdlib::StdFn;
use std::rc::Rc;

impl Machine {
    /// Runs a library function for goroutine `g`, pushing its results.
    /// Returns false when it ended the step abnormally (a panic).
    pub fn call_std(&mut self, g: GIdx, f: StdFn, args: Vec<Value>) -> bool {
        let results: Vec<Value> = match f {
            StdFn::StrconvItoa => {
                let n = match args.first() {
                    Some(Value::Int(n)) => *n,
                    _ => 0,
                };
                vec![Value::Str(Rc::from(n.to_string().as_str()))]
            }
        };
        self.push_results(g, results);
        true
    }
}
