//! The machine's implementation of the non-concurrency library, one file
//! per package.

mod builder;
mod call;
mod convert;
mod errors;
mod log;
mod math;
mod math_more;
mod pdqsort;
mod rand;
mod slice3;
mod sort;
mod strconv;
mod strings;
mod syncmap;
mod trig;
mod utf8;

#[cfg(test)]
mod tests;

pub(crate) use strconv::go_quote;

use super::goroutine::GIdx;
use super::machine::Machine;
use super::value::Value;
use crate::ir::stdlib::StdFn;
use std::rc::Rc;

/// Why a library call did not return normally.
#[derive(Debug, PartialEq)]
pub enum Stop {
    /// The call panics with this message, as Go's library does.
    Panic(String),
    /// A Go callback ended the run (it panicked); nothing more to do.
    Abort,
}

/// The results of a library call, or why there are none.
pub type StdResult = Result<Vec<Value>, Stop>;

impl Machine {
    /// Runs a library function for goroutine `g`, pushing its results.
    /// Returns false when it ended the step abnormally (a panic).
    pub fn call_std(&mut self, g: GIdx, f: StdFn, args: Vec<Value>) -> bool {
        match self.std_results(g, f, &args) {
            Ok(results) => {
                self.push_results(g, results);
                true
            }
            Err(Stop::Panic(message)) => {
                self.runtime_panic(g, message);
                false
            }
            Err(Stop::Abort) => false,
        }
    }

    /// What a library call returns, without touching `g`'s stack.
    pub fn std_results(&mut self, g: GIdx, f: StdFn, args: &[Value]) -> StdResult {
        use StdFn::*;
        match f {
            StringsRepeat | StringsJoin | StringsSplit | StringsFields | StringsContains | StringsContainsRune
            | StringsContainsAny | StringsHasPrefix | StringsHasSuffix | StringsTrimSpace | StringsTrim
            | StringsTrimLeft | StringsTrimRight | StringsTrimPrefix | StringsTrimSuffix | StringsToUpper
            | StringsToLower | StringsReplace | StringsReplaceAll | StringsIndex | StringsLastIndex | StringsCount
            | StringsEqualFold => self.call_strings(f, args),
            StrconvItoa | StrconvAtoi | StrconvFormatInt | StrconvParseInt | StrconvQuote | StrconvFormatFloat
            | StrconvParseFloat | StrconvFormatBool | StrconvParseBool => self.call_strconv(f, args),
            SortInts | SortStrings | SortFloat64s | SortSlice | SortSliceStable | SortIntsAreSorted
            | SortSearchInts => self.call_sort(g, f, args),
            MathSqrt | MathPow | MathAbs | MathFloor | MathCeil | MathTrunc | MathRound | MathMax | MathMin
            | MathMod | MathInf | MathNaN | MathIsNaN | MathIsInf => math::call(f, args),
            MathHypot | MathCbrt | MathExp | MathExp2 | MathExpm1 | MathLog | MathLog2 | MathLog10 | MathLog1p
            | MathSin | MathCos | MathTan | MathAsin | MathAcos | MathAtan | MathAtan2 | MathSinh | MathCosh
            | MathTanh | MathAsinh | MathAcosh | MathAtanh | MathRoundToEven | MathSignbit | MathCopysign | MathDim
            | MathRemainder | MathFloat64bits | MathFloat64frombits | MathModf | MathFrexp | MathLdexp | MathPow10 => {
                math_more::call(f, args)
            }
            RandIntn | RandInt | RandInt63 | RandInt31n | RandFloat64 | RandPerm | RandShuffle | RandSeed => {
                self.call_rand(g, f, args)
            }
            CtxDeadline => {
                let deadline = match args.first() {
                    Some(Value::Object(crate::ir::SyncKind::Context, id)) => {
                        self.contexts.get(*id as usize).and_then(|c| c.deadline)
                    }
                    _ => None,
                };
                Ok(vec![Value::Int(deadline.unwrap_or(0) as i64), Value::Bool(deadline.is_some())])
            }
            LogPrint | LogPrintln | LogPrintf | LogFatal | LogFatalln | LogFatalf => self.call_log(g, f, args),
            AddrField | AddrElem => {
                let skip = if f == AddrField { 1 } else { 2 };
                let path: Vec<u16> = args.iter().skip(skip).map(|v| int_of_value(v) as u16).collect();
                let base = args.first().cloned().unwrap_or_default();
                let r = if f == AddrField {
                    self.field_pointer(&base, &path)
                } else {
                    self.elem_pointer(&base, int_arg(args, 1), &path)
                };
                r.map(|p| vec![p]).map_err(Stop::Panic)
            }
            TimeEqual => one(Value::Bool(int_arg(args, 0) == int_arg(args, 1))),
            RandNewSource | RandNew => Ok(vec![Value::Object(crate::ir::SyncKind::Rand, 0)]),
            RandObjIntn | RandObjInt | RandObjInt63 | RandObjInt31n | RandObjFloat64 | RandObjPerm | RandObjShuffle
            | RandObjSeed => {
                let base = match f {
                    RandObjIntn => RandIntn,
                    RandObjInt => RandInt,
                    RandObjInt63 => RandInt63,
                    RandObjInt31n => RandInt31n,
                    RandObjFloat64 => RandFloat64,
                    RandObjPerm => RandPerm,
                    RandObjShuffle => RandShuffle,
                    _ => RandSeed,
                };
                self.call_rand(g, base, args.get(1..).unwrap_or(&[]))
            }
            Utf8RuneCountInString | Utf8RuneLen | Utf8ValidString | Utf8DecodeRuneInString => utf8::call(f, args),
            ErrorsIs | ErrorsUnwrap | ErrorsJoin | ErrorsAs => self.call_errors(g, f, args),
            StringToBytes | StringToRunes | BytesToString | RunesToString => Ok(self.call_convert(f, args)),
            Slice3 => self.slice3(args).map(|v| vec![v]),
            ArrayToBacking | ArrayValue | ArrayAssign | ArrayPtrCheck | ArraySlice | AddrIndex => {
                self.call_array_box(f, args).map_err(Stop::Panic)
            }
            BuilderWriteString | BuilderWriteByte | BuilderWriteRune | BuilderString | BuilderLen | BuilderReset
            | BuilderGrow => Ok(self.call_builder(f, args)),
            SyncMapLoad | SyncMapStore | SyncMapLoadOrStore | SyncMapDelete | SyncMapRange => {
                self.call_sync_map(f, args)
            }
            CondL => match args.first() {
                Some(Value::Object(_, id)) => Ok(vec![Value::Mutex(self.conds[*id as usize].mutex)]),
                _ => Err(Stop::Panic("runtime error: invalid memory address or nil pointer dereference".into())),
            },
            TimeUntil => {
                let t = match args.first() {
                    Some(Value::Int(t)) => *t,
                    _ => 0,
                };
                Ok(vec![Value::Int(t - self.time as i64)])
            }
            OsArgs => {
                let name = Value::Str(std::rc::Rc::from(self.program.file_name.trim_end_matches(".go")));
                Ok(vec![self.new_slice(vec![name], 1)])
            }
        }
    }
}

/// Argument `i`, seen through an interface value (a parameter of type `any`).
fn arg(args: &[Value], i: usize) -> &Value {
    match args.get(i) {
        Some(Value::Iface(b)) => &b.1,
        Some(v) => v,
        None => &Value::Nil,
    }
}

fn int_arg(args: &[Value], i: usize) -> i64 {
    match arg(args, i) {
        Value::Int(n) => *n,
        Value::Float(f) => *f as i64,
        _ => 0,
    }
}

fn float_arg(args: &[Value], i: usize) -> f64 {
    match arg(args, i) {
        Value::Float(f) => *f,
        Value::Int(n) => *n as f64,
        _ => 0.0,
    }
}

fn str_arg(args: &[Value], i: usize) -> Rc<str> {
    match arg(args, i) {
        Value::Str(s) => s.clone(),
        _ => Rc::from(""),
    }
}

fn bool_arg(args: &[Value], i: usize) -> bool {
    matches!(arg(args, i), Value::Bool(true))
}

/// A string value (not inlined: the library builds many).
#[inline(never)]
fn string(s: &str) -> Value {
    Value::Str(Rc::from(s))
}

fn int_of_value(v: &Value) -> i64 {
    match v {
        Value::Int(i) => *i,
        _ => 0,
    }
}

/// One result (not inlined: every library function returns through it).
#[inline(never)]
fn one(v: Value) -> StdResult {
    Ok(vec![v])
}
