//! Go signatures of the non-concurrency library (`strings`, `strconv`,
//! `sort`, `math`, `math/rand`, `unicode/utf8`, `errors`).

use super::library::{LibFunc, LibItem};
use super::types::{error_type, ConstVal, FuncType, Type};
use crate::ir::stdlib::StdFn;
use crate::ir::Builtin;
use std::rc::Rc;

fn func(f: StdFn, params: Vec<Type>, results: Vec<Type>) -> Option<LibItem> {
    Some(LibItem::Func(LibFunc { builtin: Builtin::Std(f), params, results, variadic_any: false }))
}

/// A function that takes any number of values of any type.
fn variadic(f: StdFn, results: Vec<Type>) -> Option<LibItem> {
    Some(LibItem::Func(LibFunc { builtin: Builtin::Std(f), params: Vec::new(), results, variadic_any: true }))
}

/// An untyped integer constant such as `math.MaxInt64`.
fn untyped_int(v: i128) -> Option<LibItem> {
    Some(LibItem::Const(ConstVal::Int(v), Type::UntypedInt))
}

fn int() -> Type {
    Type::Int("int")
}

fn int64() -> Type {
    Type::Int("int64")
}

fn rune() -> Type {
    Type::Int("rune")
}

fn float64() -> Type {
    Type::Float("float64")
}

fn slice(t: Type) -> Type {
    Type::Slice(Rc::new(t))
}

fn func_type(params: Vec<Type>, results: Vec<Type>) -> Type {
    Type::Func(Rc::new(FuncType::new(params, results)))
}

/// Looks up `name` in one of these packages.
pub fn lookup(pkg: &str, name: &str) -> Option<LibItem> {
    match pkg {
        "strings" => strings(name),
        "strconv" => strconv(name),
        "sort" => sort(name),
        "math" => math(name),
        "math/rand" => rand(name),
        "unicode/utf8" => utf8(name),
        "errors" => errors(name),
        "log" => log(name),
        _ => None,
    }
}

fn strings(name: &str) -> Option<LibItem> {
    use StdFn::*;
    let s = || Type::String;
    match name {
        "Repeat" => func(StringsRepeat, vec![s(), int()], vec![s()]),
        "Join" => func(StringsJoin, vec![slice(s()), s()], vec![s()]),
        "Split" => func(StringsSplit, vec![s(), s()], vec![slice(s())]),
        "Fields" => func(StringsFields, vec![s()], vec![slice(s())]),
        "Contains" => func(StringsContains, vec![s(), s()], vec![Type::Bool]),
        "ContainsRune" => func(StringsContainsRune, vec![s(), rune()], vec![Type::Bool]),
        "ContainsAny" => func(StringsContainsAny, vec![s(), s()], vec![Type::Bool]),
        "HasPrefix" => func(StringsHasPrefix, vec![s(), s()], vec![Type::Bool]),
        "HasSuffix" => func(StringsHasSuffix, vec![s(), s()], vec![Type::Bool]),
        "TrimSpace" => func(StringsTrimSpace, vec![s()], vec![s()]),
        "Trim" => func(StringsTrim, vec![s(), s()], vec![s()]),
        "TrimLeft" => func(StringsTrimLeft, vec![s(), s()], vec![s()]),
        "TrimRight" => func(StringsTrimRight, vec![s(), s()], vec![s()]),
        "TrimPrefix" => func(StringsTrimPrefix, vec![s(), s()], vec![s()]),
        "TrimSuffix" => func(StringsTrimSuffix, vec![s(), s()], vec![s()]),
        "ToUpper" => func(StringsToUpper, vec![s()], vec![s()]),
        "ToLower" => func(StringsToLower, vec![s()], vec![s()]),
        "Replace" => func(StringsReplace, vec![s(), s(), s(), int()], vec![s()]),
        "ReplaceAll" => func(StringsReplaceAll, vec![s(), s(), s()], vec![s()]),
        "Index" => func(StringsIndex, vec![s(), s()], vec![int()]),
        "LastIndex" => func(StringsLastIndex, vec![s(), s()], vec![int()]),
        "Count" => func(StringsCount, vec![s(), s()], vec![int()]),
        "EqualFold" => func(StringsEqualFold, vec![s(), s()], vec![Type::Bool]),
        _ => None,
    }
}

fn strconv(name: &str) -> Option<LibItem> {
    use StdFn::*;
    let s = || Type::String;
    match name {
        "Itoa" => func(StrconvItoa, vec![int()], vec![s()]),
        "Atoi" => func(StrconvAtoi, vec![s()], vec![int(), error_type()]),
        "FormatInt" => func(StrconvFormatInt, vec![int64(), int()], vec![s()]),
        "ParseInt" => func(StrconvParseInt, vec![s(), int(), int()], vec![int64(), error_type()]),
        "Quote" => func(StrconvQuote, vec![s()], vec![s()]),
        "FormatFloat" => func(StrconvFormatFloat, vec![float64(), Type::Int("byte"), int(), int()], vec![s()]),
        "ParseFloat" => func(StrconvParseFloat, vec![s(), int()], vec![float64(), error_type()]),
        "FormatBool" => func(StrconvFormatBool, vec![Type::Bool], vec![s()]),
        "ParseBool" => func(StrconvParseBool, vec![s()], vec![Type::Bool, error_type()]),
        "IntSize" => untyped_int(64),
        _ => None,
    }
}

fn sort(name: &str) -> Option<LibItem> {
    use StdFn::*;
    let less = || func_type(vec![int(), int()], vec![Type::Bool]);
    match name {
        "Ints" => func(SortInts, vec![slice(int())], vec![]),
        "Strings" => func(SortStrings, vec![slice(Type::String)], vec![]),
        "Float64s" => func(SortFloat64s, vec![slice(float64())], vec![]),
        "Slice" => func(SortSlice, vec![Type::Any, less()], vec![]),
        "SliceStable" => func(SortSliceStable, vec![Type::Any, less()], vec![]),
        "IntsAreSorted" => func(SortIntsAreSorted, vec![slice(int())], vec![Type::Bool]),
        "SearchInts" => func(SortSearchInts, vec![slice(int()), int()], vec![int()]),
        _ => None,
    }
}

fn math(name: &str) -> Option<LibItem> {
    use StdFn::*;
    let f1 = |f| func(f, vec![float64()], vec![float64()]);
    let f2 = |f| func(f, vec![float64(), float64()], vec![float64()]);
    let float_const = |v: f64| Some(LibItem::Const(super::types::ConstVal::Float(v), Type::UntypedFloat));
    match name {
        "Pi" => float_const(std::f64::consts::PI),
        "E" => float_const(std::f64::consts::E),
        "Sqrt2" => float_const(std::f64::consts::SQRT_2),
        "Ln2" => float_const(std::f64::consts::LN_2),
        "Ln10" => float_const(std::f64::consts::LN_10),
        "Log2E" => float_const(std::f64::consts::LOG2_E),
        "Log10E" => float_const(std::f64::consts::LOG10_E),
        "Phi" => float_const(1.618_033_988_749_895),
        "SqrtPi" => float_const(1.772_453_850_905_516),
        "SqrtE" => float_const(1.648_721_270_700_128_2),
        "SqrtPhi" => float_const(1.272_019_649_514_069),
        "MaxFloat64" => float_const(f64::MAX),
        "SmallestNonzeroFloat64" => float_const(4.940_656_458_412_465_4e-324),
        "MaxFloat32" => float_const(f32::MAX as f64),
        "SmallestNonzeroFloat32" => float_const(1.401_298_464_324_817e-45),
        "Hypot" => f2(MathHypot),
        "Cbrt" => f1(MathCbrt),
        "Exp" => f1(MathExp),
        "Exp2" => f1(MathExp2),
        "Expm1" => f1(MathExpm1),
        "Log" => f1(MathLog),
        "Log2" => f1(MathLog2),
        "Log10" => f1(MathLog10),
        "Log1p" => f1(MathLog1p),
        "Sin" => f1(MathSin),
        "Cos" => f1(MathCos),
        "Tan" => f1(MathTan),
        "Asin" => f1(MathAsin),
        "Acos" => f1(MathAcos),
        "Atan" => f1(MathAtan),
        "Atan2" => f2(MathAtan2),
        "Sinh" => f1(MathSinh),
        "Cosh" => f1(MathCosh),
        "Tanh" => f1(MathTanh),
        "Asinh" => f1(MathAsinh),
        "Acosh" => f1(MathAcosh),
        "Atanh" => f1(MathAtanh),
        "RoundToEven" => f1(MathRoundToEven),
        "Copysign" => f2(MathCopysign),
        "Dim" => f2(MathDim),
        "Remainder" => f2(MathRemainder),
        "Signbit" => func(MathSignbit, vec![float64()], vec![Type::Bool]),
        "Float64bits" => func(MathFloat64bits, vec![float64()], vec![Type::Int("uint64")]),
        "Float64frombits" => func(MathFloat64frombits, vec![Type::Int("uint64")], vec![float64()]),
        "Modf" => func(MathModf, vec![float64()], vec![float64(), float64()]),
        "Frexp" => func(MathFrexp, vec![float64()], vec![float64(), int()]),
        "Ldexp" => func(MathLdexp, vec![float64(), int()], vec![float64()]),
        "Pow10" => func(MathPow10, vec![int()], vec![float64()]),
        "Sqrt" => f1(MathSqrt),
        "Abs" => f1(MathAbs),
        "Floor" => f1(MathFloor),
        "Ceil" => f1(MathCeil),
        "Trunc" => f1(MathTrunc),
        "Round" => f1(MathRound),
        "Pow" => f2(MathPow),
        "Max" => f2(MathMax),
        "Min" => f2(MathMin),
        "Mod" => f2(MathMod),
        "Inf" => func(MathInf, vec![int()], vec![float64()]),
        "NaN" => func(MathNaN, vec![], vec![float64()]),
        "IsNaN" => func(MathIsNaN, vec![float64()], vec![Type::Bool]),
        "IsInf" => func(MathIsInf, vec![float64(), int()], vec![Type::Bool]),
        "MaxInt" | "MaxInt64" => untyped_int(i64::MAX as i128),
        "MinInt" | "MinInt64" => untyped_int(i64::MIN as i128),
        "MaxInt8" => untyped_int(i8::MAX as i128),
        "MinInt8" => untyped_int(i8::MIN as i128),
        "MaxInt16" => untyped_int(i16::MAX as i128),
        "MinInt16" => untyped_int(i16::MIN as i128),
        "MaxInt32" => untyped_int(i32::MAX as i128),
        "MinInt32" => untyped_int(i32::MIN as i128),
        "MaxUint8" => untyped_int(u8::MAX as i128),
        "MaxUint16" => untyped_int(u16::MAX as i128),
        "MaxUint32" => untyped_int(u32::MAX as i128),
        "MaxUint" | "MaxUint64" => untyped_int(u64::MAX as i128),
        _ => None,
    }
}

fn rand(name: &str) -> Option<LibItem> {
    use StdFn::*;
    match name {
        "Intn" => func(RandIntn, vec![int()], vec![int()]),
        "Int" => func(RandInt, vec![], vec![int()]),
        "Int63" => func(RandInt63, vec![], vec![int64()]),
        "Int31n" => func(RandInt31n, vec![Type::Int("int32")], vec![Type::Int("int32")]),
        "Float64" => func(RandFloat64, vec![], vec![float64()]),
        "Perm" => func(RandPerm, vec![int()], vec![slice(int())]),
        "Shuffle" => func(RandShuffle, vec![int(), func_type(vec![int(), int()], vec![])], vec![]),
        "Seed" => func(RandSeed, vec![int64()], vec![]),
        "Source" | "Rand" => Some(LibItem::Type(Type::Sync(crate::ir::SyncKind::Rand))),
        "NewSource" => func(RandNewSource, vec![int64()], vec![Type::Sync(crate::ir::SyncKind::Rand)]),
        "New" => func(
            RandNew,
            vec![Type::Sync(crate::ir::SyncKind::Rand)],
            vec![Type::Pointer(Rc::new(Type::Sync(crate::ir::SyncKind::Rand)))],
        ),
        _ => None,
    }
}

/// The methods of a `*rand.Rand`.
pub fn rand_method(name: &str) -> Option<LibFunc> {
    use StdFn::*;
    let m = |f, params, results| Some(LibFunc { builtin: Builtin::Std(f), params, results, variadic_any: false });
    match name {
        "Intn" => m(RandObjIntn, vec![int()], vec![int()]),
        "Int" => m(RandObjInt, vec![], vec![int()]),
        "Int63" => m(RandObjInt63, vec![], vec![int64()]),
        "Int31n" => m(RandObjInt31n, vec![Type::Int("int32")], vec![Type::Int("int32")]),
        "Float64" => m(RandObjFloat64, vec![], vec![float64()]),
        "Perm" => m(RandObjPerm, vec![int()], vec![slice(int())]),
        "Shuffle" => m(RandObjShuffle, vec![int(), func_type(vec![int(), int()], vec![])], vec![]),
        "Seed" => m(RandObjSeed, vec![int64()], vec![]),
        _ => None,
    }
}

/// `log`'s printing functions (the standard logger's default flags).
fn log(name: &str) -> Option<LibItem> {
    use StdFn::*;
    match name {
        "Print" => variadic(LogPrint, vec![]),
        "Println" => variadic(LogPrintln, vec![]),
        "Printf" => variadic(LogPrintf, vec![]),
        "Fatal" => variadic(LogFatal, vec![]),
        "Fatalln" => variadic(LogFatalln, vec![]),
        "Fatalf" => variadic(LogFatalf, vec![]),
        _ => None,
    }
}

fn utf8(name: &str) -> Option<LibItem> {
    use StdFn::*;
    match name {
        "RuneCountInString" => func(Utf8RuneCountInString, vec![Type::String], vec![int()]),
        "RuneLen" => func(Utf8RuneLen, vec![rune()], vec![int()]),
        "ValidString" => func(Utf8ValidString, vec![Type::String], vec![Type::Bool]),
        "DecodeRuneInString" => func(Utf8DecodeRuneInString, vec![Type::String], vec![rune(), int()]),
        "RuneError" => Some(LibItem::Const(ConstVal::Int(0xFFFD), Type::UntypedRune)),
        "MaxRune" => Some(LibItem::Const(ConstVal::Int(0x10FFFF), Type::UntypedRune)),
        "UTFMax" => untyped_int(4),
        "RuneSelf" => untyped_int(0x80),
        _ => None,
    }
}

fn errors(name: &str) -> Option<LibItem> {
    use StdFn::*;
    match name {
        "Is" => func(ErrorsIs, vec![error_type(), error_type()], vec![Type::Bool]),
        "As" => func(ErrorsAs, vec![error_type(), Type::Any], vec![Type::Bool]),
        "Unwrap" => func(ErrorsUnwrap, vec![error_type()], vec![error_type()]),
        // `Join(errs ...error)`: the signature cannot say `...error` yet, so
        // it takes any values; the machine skips nil ones as Go does.
        "Join" => variadic(ErrorsJoin, vec![error_type()]),
        _ => None,
    }
}
