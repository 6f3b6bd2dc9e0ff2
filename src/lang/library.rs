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
}

fn func(builtin: Builtin, params: Vec<Type>, results: Vec<Type>) -> LibItem {
    LibItem::Func(LibFunc { builtin, params, results, variadic_any: false })
}

/// A variadic formatting function with one result (`fmt.Sprintf`).
fn returning(builtin: Builtin, result: Type) -> LibItem {
    LibItem::Func(LibFunc { builtin, params: Vec::new(), results: vec![result], variadic_any: true })
}

fn printer(builtin: Builtin) -> LibItem {
    LibItem::Func(LibFunc { builtin, params: Vec::new(), results: Vec::new(), variadic_any: true })
}

/// Looks up `name` in the package with import path `pkg`.
pub fn lookup(pkg: &str, name: &str) -> Option<LibItem> {
    let int = Type::Int("int");
    let nanos = |n: i128| Some(LibItem::Const(ConstVal::Int(n), DURATION));
    match (pkg, name) {
        ("fmt", "Println") => Some(printer(Builtin::FmtPrintln)),
        ("fmt", "Print") => Some(printer(Builtin::FmtPrint)),
        ("fmt", "Printf") => Some(printer(Builtin::FmtPrintf)),
        ("fmt", "Sprint") => Some(returning(Builtin::FmtSprint, Type::String)),
        ("fmt", "Sprintln") => Some(returning(Builtin::FmtSprintln, Type::String)),
        ("fmt", "Sprintf") => Some(returning(Builtin::FmtSprintf, Type::String)),
        ("fmt", "Errorf") => Some(returning(Builtin::FmtErrorf, super::types::error_type())),
        ("errors", "New") => Some(func(Builtin::ErrorsNew, vec![Type::String], vec![super::types::error_type()])),
        ("time", "Sleep") => Some(func(Builtin::TimeSleep, vec![DURATION], vec![])),
        ("time", "Duration") => Some(LibItem::Type(DURATION)),
        ("time", "Time") => Some(LibItem::Type(TIME)),
        ("time", "After") => Some(func(Builtin::TimeAfter, vec![DURATION], vec![time_chan()])),
        ("time", "Tick") => Some(func(Builtin::TimeTick, vec![DURATION], vec![time_chan()])),
        ("time", "Now") => Some(func(Builtin::TimeNow, vec![], vec![TIME])),
        ("time", "Since") => Some(func(Builtin::TimeSince, vec![TIME], vec![DURATION])),
        ("time", "Nanosecond") => nanos(1),
        ("time", "Microsecond") => nanos(1_000),
        ("time", "Millisecond") => nanos(1_000_000),
        ("time", "Second") => nanos(1_000_000_000),
        ("time", "Minute") => nanos(60_000_000_000),
        ("time", "Hour") => nanos(3_600_000_000_000),
        ("os", "Exit") => Some(func(Builtin::OsExit, vec![int.clone()], vec![])),
        ("runtime", "Gosched") => Some(func(Builtin::Gosched, vec![], vec![])),
        ("runtime", "GOMAXPROCS") => Some(func(Builtin::GoMaxProcs, vec![int.clone()], vec![int.clone()])),
        ("runtime", "NumCPU") => Some(func(Builtin::NumCpu, vec![], vec![int.clone()])),
        ("runtime", "NumGoroutine") => Some(func(Builtin::NumGoroutine, vec![], vec![int])),
        ("sync", "Mutex") => Some(LibItem::Type(Type::Sync(SyncKind::Mutex))),
        ("sync", "RWMutex") => Some(LibItem::Type(Type::Sync(SyncKind::RWMutex))),
        ("sync", "WaitGroup") => Some(LibItem::Type(Type::Sync(SyncKind::WaitGroup))),
        _ => super::stdlib_surface::lookup(pkg, name),
    }
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
        _ => None,
    }
}
