//! `math/rand`, drawn from the run's seeded generator so a run stays a pure
//! function of its seed. The numbers differ from Go's own source; `Seed`
//! changes nothing, since the run's seed already decides every draw. A
//! generator made by `rand.New(rand.NewSource(n))` draws from the same
//! source: its own seed is not used.

use super::{int_arg, one, StdResult, Stop};
use crate::ir::stdlib::StdFn;
use crate::sim::goroutine::GIdx;
use crate::sim::machine::Machine;
use crate::sim::value::Value;

impl Machine {
    pub(super) fn call_rand(&mut self, g: GIdx, f: StdFn, args: &[Value]) -> StdResult {
        let n = int_arg(args, 0);
        let panic = |msg: &str| Err(Stop::Panic(msg.to_string()));
        match f {
            StdFn::RandIntn if n <= 0 => panic("invalid argument to Intn"),
            StdFn::RandInt31n if n <= 0 => panic("invalid argument to Int31n"),
            StdFn::RandIntn | StdFn::RandInt31n => one(Value::Int(self.rng.below(n as u64) as i64)),
            StdFn::RandInt | StdFn::RandInt63 => one(Value::Int((self.rng.next_u64() >> 1) as i64)),
            StdFn::RandFloat64 => one(Value::Float(self.random_float())),
            StdFn::RandPerm => {
                if n < 0 {
                    return panic("runtime error: makeslice: len out of range");
                }
                let mut m = vec![0i64; n as usize];
                for i in 1..n as usize {
                    let j = self.rng.below(i as u64 + 1) as usize;
                    m[i] = m[j];
                    m[j] = i as i64;
                }
                let values = m.into_iter().map(Value::Int).collect();
                Ok(vec![self.new_slice(values, n as usize)])
            }
            StdFn::RandShuffle => {
                if n < 0 {
                    return panic("invalid argument to Shuffle");
                }
                let swap = args.get(1).cloned().unwrap_or_default();
                for i in (1..n).rev() {
                    let j = self.rng.below(i as u64 + 1) as i64;
                    if self.call_function_value_from(Some(g), &swap, vec![Value::Int(i), Value::Int(j)]).is_none() {
                        return if self.outcome.is_some() {
                            Err(Stop::Abort)
                        } else {
                            panic("chanscope: the swap function passed to rand.Shuffle did not return")
                        };
                    }
                }
                Ok(vec![])
            }
            StdFn::RandSeed => Ok(vec![]),
            _ => unreachable!("not a math/rand function"),
        }
    }

    /// A uniform float64 in `[0, 1)` with 53 random bits.
    fn random_float(&mut self) -> f64 {
        (self.rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}
