//! The library surface the machine implements: package functions, constants,
//! types, and the methods of `sync` values, with their Go signatures.

use super::types::{ConstVal, Type};
use crate::ir::{Builtin, SyncKind};

/// `time.Duration`, an `int64` nanosecond count.
pub const DURATION: Type = Type::Int("time.Duration");

/// `time.Time`, modelled as nanoseconds on the virtual clock.
pub const TIME: Type = Type::Int("time.Time");

/// `<-chan time.Time`, what `time.After` and `time.Tick` return.
fn time_chan() -> Type {
    Type::Chan(super::ast::ChanDir::Recv, std::rc::Rc::new(TIME))
}

/// A library function (or method, whose receiver comes first at run time).
#[derive(Clone, Debug, PartialEq)]
pub struct LibFunc {
    pub builtin: Builtin,
    pub params: Vec<Type>,
    pub results: Vec<Type>,
    /// Takes any number of values of any type (`fmt.Println`).
    pub variadic_any: bool,
}

/// What `pkg.Name` denotes.
#[derive(Clone, Debug, PartialEq)]
pub enum LibItem {
    Func(LibFunc),
    Const(ConstVal, Type),
    Type(Type),
    /// A package variable, read with a library call (`context.Canceled`).
    Var(Builtin, Type),
}

/// `*os.File`, modelled as the file descriptor number.
pub const OS_FILE: Type = Type::Int("*os.File");

/// Methods of the library's basic types: `time.Duration` and `time.Time`.
pub fn basic_method(t: &Type, name: &str) -> Option<LibFunc> {
    let m = |builtin, params, results| Some(LibFunc { builtin, params, results, variadic_any: false });
    let float = Type::Float("float64");
    match (t, name) {
        (Type::Int("time.Duration"), "Seconds") => m(Builtin::DurationSeconds, vec![], vec![float]),
        (Type::Int("time.Duration"), "Milliseconds") => {
            m(Builtin::DurationMilliseconds, vec![], vec![Type::Int("int64")])
        }
        (Type::Int("time.Duration"), "String") => m(Builtin::DurationString, vec![], vec![Type::String]),
        (Type::Int("time.Time"), "Add") => m(Builtin::TimeAdd, vec![DURATION], vec![TIME]),
        (Type::Int("time.Time"), "Sub") => m(Builtin::TimeSub, vec![TIME], vec![DURATION]),
        (Type::Int("time.Time"), "Before") => m(Builtin::TimeBefore, vec![TIME], vec![Type::Bool]),
        (Type::Int("time.Time"), "After") => m(Builtin::TimeAfterT, vec![TIME], vec![Type::Bool]),
        (Type::Int("time.Time"), "Equal") => {
            m(Builtin::Std(crate::ir::stdlib::StdFn::TimeEqual), vec![TIME], vec![Type::Bool])
        }
        _ => None,
    }
}

/// `context.Context`.
pub const CONTEXT: Type = Type::Sync(SyncKind::Context);

/// `context.CancelFunc`, `func()`.
fn cancel_func() -> Type {
    Type::Func(std::rc::Rc::new(super::types::FuncType::new(Vec::new(), Vec::new())))
}

/// A pointer to an integer type, for `atomic.AddInt64(&x, 1)`.
fn int_ptr(name: &'static str) -> Type {
    Type::Pointer(std::rc::Rc::new(Type::Int(name)))
}

fn func(builtin: Builtin, params: Vec<Type>, results: Vec<Type>) -> LibItem {
    LibItem::Func(LibFunc { builtin, params, results, variadic_any: false })
}

/// A variadic formatting function with one result (`fmt.Sprintf`).
fn returning(builtin: Builtin, result: Type) -> LibItem {
    LibItem::Func(LibFunc { builtin, params: Vec::new(), results: vec![result], variadic_any: true })
}

/// `fmt.Print` and friends: any arguments, results `(n int, err error)`.
fn printer(builtin: Builtin) -> LibItem {
    let results = vec![Type::Int("int"), super::types::error_type()];
    LibItem::Func(LibFunc { builtin, params: Vec::new(), results, variadic_any: true })
}

/// Looks up `name` in the package with import path `pkg`.
pub fn lookup(pkg: &str, name: &str) -> Option<LibItem> {
    let int = Type::Int("int");
    let nanos = |n: i128| Some(LibItem::Const(ConstVal::Int(n), DURATION));
    match (pkg, name) {
        ("fmt", "Println") => Some(printer(Builtin::FmtPrintln)),
        ("fmt", "Print") => Some(printer(Builtin::FmtPrint)),
        ("fmt", "Printf") => Some(printer(Builtin::FmtPrintf)),
        ("fmt", "Fprint") => Some(printer(Builtin::FmtFprint)),
        ("fmt", "Fprintln") => Some(printer(Builtin::FmtFprintln)),
        ("fmt", "Fprintf") => Some(printer(Builtin::FmtFprintf)),
        ("fmt", "Stringer") => {
            let sig = std::rc::Rc::new(super::types::FuncType::new(Vec::new(), vec![Type::String]));
            Some(LibItem::Type(Type::Interface(std::rc::Rc::new(vec![("String".to_string(), sig)]))))
        }
        ("sync", "Map") => Some(LibItem::Type(Type::Sync(SyncKind::SyncMap))),
        ("strings", "Builder") => Some(LibItem::Type(Type::Sync(SyncKind::Builder))),
        ("os", "Args") => Some(LibItem::Var(
            Builtin::Std(crate::ir::stdlib::StdFn::OsArgs),
            Type::Slice(std::rc::Rc::new(Type::String)),
        )),
        ("os", "Stdout") => Some(LibItem::Var(Builtin::OsStdout, OS_FILE)),
        ("os", "Stderr") => Some(LibItem::Var(Builtin::OsStderr, OS_FILE)),
        ("fmt", "Sprint") => Some(returning(Builtin::FmtSprint, Type::String)),
        ("fmt", "Sprintln") => Some(returning(Builtin::FmtSprintln, Type::String)),
        ("fmt", "Sprintf") => Some(returning(Builtin::FmtSprintf, Type::String)),
        ("fmt", "Errorf") => Some(returning(Builtin::FmtErrorf, super::types::error_type())),
        ("errors", "New") => Some(func(Builtin::ErrorsNew, vec![Type::String], vec![super::types::error_type()])),
        ("time", "Sleep") => Some(func(Builtin::TimeSleep, vec![DURATION], vec![])),
        ("time", "Duration") => Some(LibItem::Type(DURATION)),
        ("time", "Time") => Some(LibItem::Type(TIME)),
        ("time", "Timer" | "Ticker") => Some(LibItem::Type(Type::Sync(SyncKind::Timer))),
        ("time", "NewTimer") => Some(func(Builtin::NewTimer, vec![DURATION], vec![timer_ptr()])),
        ("time", "NewTicker") => Some(func(Builtin::NewTicker, vec![DURATION], vec![timer_ptr()])),
        ("time", "AfterFunc") => Some(func(Builtin::AfterFunc, vec![DURATION, cancel_func()], vec![timer_ptr()])),
        ("time", "After") => Some(func(Builtin::TimeAfter, vec![DURATION], vec![time_chan()])),
        ("time", "Tick") => Some(func(Builtin::TimeTick, vec![DURATION], vec![time_chan()])),
        ("time", "Now") => Some(func(Builtin::TimeNow, vec![], vec![TIME])),
        ("time", "Until") => Some(func(Builtin::Std(crate::ir::stdlib::StdFn::TimeUntil), vec![TIME], vec![DURATION])),
        ("time", "Since") => Some(func(Builtin::TimeSince, vec![TIME], vec![DURATION])),
        ("time", "Nanosecond") => nanos(1),
        ("time", "Microsecond") => nanos(1_000),
        ("time", "Millisecond") => nanos(1_000_000),
        ("time", "Second") => nanos(1_000_000_000),
        ("time", "Minute") => nanos(60_000_000_000),
        ("time", "Hour") => nanos(3_600_000_000_000),
        ("os", "Exit") => Some(func(Builtin::OsExit, vec![int.clone()], vec![])),
        ("runtime", "Goexit") => Some(func(Builtin::Goexit, vec![], vec![])),
        ("runtime", "Gosched") => Some(func(Builtin::Gosched, vec![], vec![])),
        ("runtime", "GOMAXPROCS") => Some(func(Builtin::GoMaxProcs, vec![int.clone()], vec![int.clone()])),
        ("runtime", "NumCPU") => Some(func(Builtin::NumCpu, vec![], vec![int.clone()])),
        ("runtime", "NumGoroutine") => Some(func(Builtin::NumGoroutine, vec![], vec![int])),
        ("sync", "Once") => Some(LibItem::Type(Type::Sync(SyncKind::Once))),
        ("sync", "Cond") => Some(LibItem::Type(Type::Sync(SyncKind::Cond))),
        ("sync", "NewCond") => Some(func(
            Builtin::NewCond,
            vec![Type::Pointer(std::rc::Rc::new(Type::Sync(SyncKind::Mutex)))],
            vec![Type::Pointer(std::rc::Rc::new(Type::Sync(SyncKind::Cond)))],
        )),
        ("context", "Context") => Some(LibItem::Type(CONTEXT)),
        ("context", "CancelFunc") => Some(LibItem::Type(cancel_func())),
        ("context", "Background") => Some(func(Builtin::CtxBackground, vec![], vec![CONTEXT])),
        ("context", "TODO") => Some(func(Builtin::CtxTodo, vec![], vec![CONTEXT])),
        ("context", "WithCancel") => Some(func(Builtin::CtxWithCancel, vec![CONTEXT], vec![CONTEXT, cancel_func()])),
        ("context", "WithTimeout") => {
            Some(func(Builtin::CtxWithTimeout, vec![CONTEXT, DURATION], vec![CONTEXT, cancel_func()]))
        }
        ("context", "WithDeadline") => {
            Some(func(Builtin::CtxWithDeadline, vec![CONTEXT, TIME], vec![CONTEXT, cancel_func()]))
        }
        ("context", "WithValue") => {
            Some(func(Builtin::CtxWithValue, vec![CONTEXT, Type::Any, Type::Any], vec![CONTEXT]))
        }
        ("context", "Canceled") => Some(LibItem::Var(Builtin::CtxCanceled, super::types::error_type())),
        ("context", "DeadlineExceeded") => Some(LibItem::Var(Builtin::CtxDeadlineExceeded, super::types::error_type())),
        ("sync/atomic", "Int64") => Some(LibItem::Type(Type::Sync(SyncKind::AtomicInt))),
        ("sync/atomic", "Int32") => Some(LibItem::Type(Type::Sync(SyncKind::AtomicInt32))),
        ("sync/atomic", "Uint32") => Some(LibItem::Type(Type::Sync(SyncKind::AtomicUint32))),
        ("sync/atomic", "Uint64") => Some(LibItem::Type(Type::Sync(SyncKind::AtomicUint64))),
        ("sync/atomic", "Bool") => Some(LibItem::Type(Type::Sync(SyncKind::AtomicBool))),
        ("sync/atomic", "Value") => Some(LibItem::Type(Type::Sync(SyncKind::AtomicValue))),
        ("sync/atomic", n) if atomic_func(n).is_some() => atomic_func(n),
        ("sync", "Mutex") => Some(LibItem::Type(Type::Sync(SyncKind::Mutex))),
        ("sync", "RWMutex") => Some(LibItem::Type(Type::Sync(SyncKind::RWMutex))),
        ("sync", "WaitGroup") => Some(LibItem::Type(Type::Sync(SyncKind::WaitGroup))),
        _ => super::stdlib_surface::lookup(pkg, name),
    }
}

/// The methods of `sync.Map`.
fn sync_map_method(name: &str) -> Option<LibFunc> {
    use crate::ir::stdlib::StdFn::*;
    let m = |f, params, results| Some(LibFunc { builtin: Builtin::Std(f), params, results, variadic_any: false });
    let any = Type::Any;
    let range_fn =
        Type::Func(std::rc::Rc::new(super::types::FuncType::new(vec![any.clone(), any.clone()], vec![Type::Bool])));
    match name {
        "Load" => m(SyncMapLoad, vec![any.clone()], vec![any, Type::Bool]),
        "Store" => m(SyncMapStore, vec![any.clone(), any], vec![]),
        "LoadOrStore" => m(SyncMapLoadOrStore, vec![any.clone(), any.clone()], vec![any, Type::Bool]),
        "Delete" => m(SyncMapDelete, vec![any], vec![]),
        "Range" => m(SyncMapRange, vec![range_fn], vec![]),
        _ => None,
    }
}

/// The methods of `strings.Builder`.
fn builder_method(name: &str) -> Option<LibFunc> {
    use crate::ir::stdlib::StdFn::*;
    let m = |f, params, results| Some(LibFunc { builtin: Builtin::Std(f), params, results, variadic_any: false });
    let int = Type::Int("int");
    let err = super::types::error_type();
    match name {
        "WriteString" => m(BuilderWriteString, vec![Type::String], vec![int, err]),
        "WriteByte" => m(BuilderWriteByte, vec![Type::Int("byte")], vec![err]),
        "WriteRune" => m(BuilderWriteRune, vec![Type::Int("rune")], vec![int, err]),
        "String" => m(BuilderString, vec![], vec![Type::String]),
        "Len" => m(BuilderLen, vec![], vec![int]),
        "Reset" => m(BuilderReset, vec![], vec![]),
        "Grow" => m(BuilderGrow, vec![int], vec![]),
        _ => None,
    }
}

/// `*time.Timer` (a ticker has the same shape here).
fn timer_ptr() -> Type {
    Type::Pointer(std::rc::Rc::new(Type::Sync(SyncKind::Timer)))
}

/// A field of a library object, read with a library call: `timer.C`.
pub fn field(kind: SyncKind, name: &str) -> Option<(Builtin, Type)> {
    match (kind, name) {
        (SyncKind::Timer, "C") => Some((Builtin::TimerC, time_chan())),
        (SyncKind::Cond, "L") => Some((
            Builtin::Std(crate::ir::stdlib::StdFn::CondL),
            Type::Pointer(std::rc::Rc::new(Type::Sync(SyncKind::Mutex))),
        )),
        _ => None,
    }
}

/// `atomic.AddInt64` and friends on pointers to integers.
fn atomic_func(name: &str) -> Option<LibItem> {
    let (op, ty) = ["Int32", "Int64", "Uint32", "Uint64"].iter().find_map(|t| {
        let op = name.strip_suffix(t)?;
        let ty: &'static str = match *t {
            "Int32" => "int32",
            "Int64" => "int64",
            "Uint32" => "uint32",
            _ => "uint64",
        };
        Some((op, ty))
    })?;
    let (builtin, params, results) = match op {
        "Add" => (Builtin::AtomicAddPtr, vec![int_ptr(ty), Type::Int(ty)], vec![Type::Int(ty)]),
        "Load" => (Builtin::AtomicLoadPtr, vec![int_ptr(ty)], vec![Type::Int(ty)]),
        "Store" => (Builtin::AtomicStorePtr, vec![int_ptr(ty), Type::Int(ty)], vec![]),
        "Swap" => (Builtin::AtomicSwapPtr, vec![int_ptr(ty), Type::Int(ty)], vec![Type::Int(ty)]),
        "CompareAndSwap" => (Builtin::AtomicCasPtr, vec![int_ptr(ty), Type::Int(ty), Type::Int(ty)], vec![Type::Bool]),
        _ => return None,
    };
    Some(func(builtin, params, results))
}

/// The method `name` of a `sync` value.
pub fn method(kind: SyncKind, name: &str) -> Option<LibFunc> {
    let m = |builtin, params, results| Some(LibFunc { builtin, params, results, variadic_any: false });
    match (kind, name) {
        (SyncKind::Mutex, "Lock") => m(Builtin::MutexLock, vec![], vec![]),
        (SyncKind::Mutex, "Unlock") => m(Builtin::MutexUnlock, vec![], vec![]),
        (SyncKind::Mutex, "TryLock") => m(Builtin::MutexTryLock, vec![], vec![Type::Bool]),
        (SyncKind::RWMutex, "Lock") => m(Builtin::RwLock, vec![], vec![]),
        (SyncKind::RWMutex, "Unlock") => m(Builtin::RwUnlock, vec![], vec![]),
        (SyncKind::RWMutex, "RLock") => m(Builtin::RwRLock, vec![], vec![]),
        (SyncKind::RWMutex, "RUnlock") => m(Builtin::RwRUnlock, vec![], vec![]),
        (SyncKind::RWMutex, "TryLock") => m(Builtin::RwTryLock, vec![], vec![Type::Bool]),
        (SyncKind::RWMutex, "TryRLock") => m(Builtin::RwTryRLock, vec![], vec![Type::Bool]),
        (SyncKind::WaitGroup, "Add") => m(Builtin::WgAdd, vec![Type::Int("int")], vec![]),
        (SyncKind::WaitGroup, "Done") => m(Builtin::WgDone, vec![], vec![]),
        (SyncKind::WaitGroup, "Wait") => m(Builtin::WgWait, vec![], vec![]),
        (SyncKind::Builder, _) => builder_method(name),
        (SyncKind::SyncMap, _) => sync_map_method(name),
        (SyncKind::Rand, _) => super::stdlib_surface::rand_method(name),
        (SyncKind::Timer, "Stop") => m(Builtin::TimerStop, vec![], vec![Type::Bool]),
        (SyncKind::Timer, "Reset") => m(Builtin::TimerReset, vec![DURATION], vec![Type::Bool]),
        (SyncKind::Once, "Do") => m(Builtin::OnceDo, vec![cancel_func()], vec![]),
        (SyncKind::Cond, "Wait") => m(Builtin::CondWait, vec![], vec![]),
        (SyncKind::Cond, "Signal") => m(Builtin::CondSignal, vec![], vec![]),
        (SyncKind::Cond, "Broadcast") => m(Builtin::CondBroadcast, vec![], vec![]),
        (SyncKind::Context, "Done") => m(
            Builtin::CtxDone,
            vec![],
            vec![Type::Chan(super::ast::ChanDir::Recv, std::rc::Rc::new(Type::EmptyStruct))],
        ),
        (SyncKind::Context, "Deadline") => {
            m(Builtin::Std(crate::ir::stdlib::StdFn::CtxDeadline), vec![], vec![TIME, Type::Bool])
        }
        (SyncKind::Context, "Err") => m(Builtin::CtxErr, vec![], vec![super::types::error_type()]),
        (SyncKind::Context, "Value") => m(Builtin::CtxValue, vec![Type::Any], vec![Type::Any]),
        (SyncKind::AtomicInt | SyncKind::AtomicInt32 | SyncKind::AtomicUint32 | SyncKind::AtomicUint64, _) => {
            let t = Type::Int(match kind {
                SyncKind::AtomicInt32 => "int32",
                SyncKind::AtomicUint32 => "uint32",
                SyncKind::AtomicUint64 => "uint64",
                _ => "int64",
            });
            match name {
                "Load" => m(Builtin::AtomicLoad, vec![], vec![t]),
                "Store" => m(Builtin::AtomicStore, vec![t], vec![]),
                "Add" => m(Builtin::AtomicAdd, vec![t.clone()], vec![t]),
                "Swap" => m(Builtin::AtomicSwap, vec![t.clone()], vec![t]),
                "CompareAndSwap" => m(Builtin::AtomicCas, vec![t.clone(), t], vec![Type::Bool]),
                _ => None,
            }
        }
        (SyncKind::AtomicBool, "Load") => m(Builtin::AtomicLoad, vec![], vec![Type::Bool]),
        (SyncKind::AtomicBool, "Store") => m(Builtin::AtomicStore, vec![Type::Bool], vec![]),
        (SyncKind::AtomicBool, "Swap") => m(Builtin::AtomicSwap, vec![Type::Bool], vec![Type::Bool]),
        (SyncKind::AtomicValue, "Load") => m(Builtin::AtomicLoad, vec![], vec![Type::Any]),
        (SyncKind::AtomicValue, "Store") => m(Builtin::AtomicStore, vec![Type::Any], vec![]),
        (SyncKind::AtomicValue, "Swap") => m(Builtin::AtomicSwap, vec![Type::Any], vec![Type::Any]),
        (SyncKind::AtomicValue, "CompareAndSwap") => {
            m(Builtin::AtomicCas, vec![Type::Any, Type::Any], vec![Type::Bool])
        }
        (SyncKind::AtomicBool, "CompareAndSwap") => {
            m(Builtin::AtomicCas, vec![Type::Bool, Type::Bool], vec![Type::Bool])
        }
        _ => None,
    }
}
