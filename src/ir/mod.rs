//! The instruction set and the immutable compiled `Program` the engine runs.
//!
//! `lang` lowers Go source into this form; `sim` executes it. The machine is a
//! stack machine: each call frame has numbered local slots (parameters first)
//! and an operand stack. Every instruction records the source span it came
//! from, and whether it starts a statement, so that every step of a goroutine
//! knows its line and column.
//!
//! Variables that a closure captures live in heap cells: the declaring
//! function keeps the cell reference in its local slot (`BoxNew` once at the
//! declaration, then `LoadBoxed`/`StoreBoxed`), and the closure keeps the same
//! cell in its environment (`LoadCapture`/`StoreCapture`). Go 1.22 loop
//! variables get a fresh cell per iteration, which the lowering arranges with
//! another `BoxNew` at the start of each iteration.

mod listing;
pub mod stdlib;
pub mod types;

use crate::source::{LineIndex, Span};
use std::rc::Rc;

pub use listing::listing;

/// Index of a function in `Program::funcs`.
pub type FuncId = u32;

/// A compiled program: its functions, the entry point and the text it came from.
#[derive(Clone, Debug)]
pub struct Program {
    pub funcs: Vec<Function>,
    /// The function `main.main`.
    pub main: FuncId,
    /// The Go source, kept so tracebacks and views can quote it.
    pub source: Rc<str>,
    pub lines: LineIndex,
    /// The file name used in messages, `prog.go` unless the CLI says otherwise.
    pub file_name: String,
    /// The number of package-level variables.
    pub globals: u32,
    /// The run-time types of the program's values.
    pub types: types::TypeTable,
    /// Go's id for the goroutine the first `go` statement starts (`first_user_goid`).
    pub first_goid: u64,
}

/// The id Go 1.19 gives the first goroutine a program starts, from the
/// program's imports. The runtime's own goroutines take ids 2 to 4; package
/// `os` sets finalizers on its standard files when it initialises, which
/// starts the finalizer goroutine as id 5. `fmt` and `log` import `os`, so
/// with any of the three the first `go` statement makes goroutine 6, and
/// with none of them goroutine 5 (checked with Go 1.19 for every package
/// the subset supports).
pub fn first_user_goid<'a>(imports: impl IntoIterator<Item = &'a str>) -> u64 {
    if imports.into_iter().any(|path| matches!(path, "fmt" | "os" | "log")) {
        6
    } else {
        5
    }
}

impl Program {
    /// The 1-based source line of an instruction.
    pub fn line_of(&self, func: FuncId, pc: usize) -> u32 {
        let f = &self.funcs[func as usize];
        let span = f.spans.get(pc).or(f.spans.last()).copied().unwrap_or_default();
        self.lines.line(span.start)
    }
}

/// One compiled function or function literal.
#[derive(Clone, Debug)]
pub struct Function {
    /// Go's qualified name: `main.main`, `main.worker`, `main.main.func1`.
    pub name: String,
    /// Number of parameters; they occupy the first local slots.
    pub params: u16,
    /// Number of local slots, parameters included.
    pub locals: u16,
    /// Number of captured cells in the closure environment.
    pub captures: u16,
    pub code: Vec<Instr>,
    /// The source span of each instruction (same length as `code`).
    pub spans: Vec<Span>,
    /// Whether each instruction begins a statement, and so a step.
    pub stmt_start: Vec<bool>,
    /// The span of the whole declaration or literal.
    pub span: Span,
    /// Where a call that recovered from a panic resumes: code that returns
    /// the function's named results, or zero values.
    pub recover_pc: u32,
    /// Whether results are named: a return then stores them, deferred calls
    /// may change them, and the code at `recover_pc` returns them.
    pub named_results: bool,
}

/// The zero value of a type, for channel elements and fresh variables.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Zero {
    Int,
    Float,
    Bool,
    Str,
    /// Any reference-like type whose zero value is `nil` (channels, funcs).
    Nil,
    /// A fresh, unlocked synchronisation object.
    Sync(SyncKind),
    /// The zero value of a composite run-time type (a struct), built by the machine.
    Typed(types::TypeId),
}

/// The `sync` types whose values are objects in the machine.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum SyncKind {
    Mutex,
    RWMutex,
    WaitGroup,
    Once,
    Cond,
    /// A `context.Context`.
    Context,
    /// `atomic.Int32`, `Int64`, `Uint32`, `Uint64`.
    AtomicInt,
    /// `atomic.Int32`, `atomic.Uint32`, `atomic.Uint64`: like `AtomicInt`,
    /// with their own width.
    AtomicInt32,
    AtomicUint32,
    AtomicUint64,
    AtomicBool,
    /// `atomic.Value`: holds an interface value, nil until the first Store.
    AtomicValue,
    /// `time.Timer` and `time.Ticker`.
    Timer,
    /// `strings.Builder`.
    Builder,
    /// `sync.Map`.
    SyncMap,
    /// `rand.Rand` and `rand.Source`: a generator that draws from the run's
    /// seeded source.
    Rand,
}

impl SyncKind {
    /// Go's name of the type.
    pub fn go_name(self) -> &'static str {
        match self {
            SyncKind::Mutex => "sync.Mutex",
            SyncKind::RWMutex => "sync.RWMutex",
            SyncKind::WaitGroup => "sync.WaitGroup",
            SyncKind::Once => "sync.Once",
            SyncKind::Cond => "sync.Cond",
            SyncKind::Context => "context.Context",
            SyncKind::AtomicInt => "atomic.Int64",
            SyncKind::AtomicInt32 => "atomic.Int32",
            SyncKind::AtomicUint32 => "atomic.Uint32",
            SyncKind::AtomicUint64 => "atomic.Uint64",
            SyncKind::AtomicBool => "atomic.Bool",
            SyncKind::AtomicValue => "atomic.Value",
            SyncKind::Timer => "time.Timer",
            SyncKind::Builder => "strings.Builder",
            SyncKind::SyncMap => "sync.Map",
            SyncKind::Rand => "rand.Rand",
        }
    }
}

/// Where a closure gets each captured cell from, when it is created.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Capture {
    /// A local slot of the creating function that holds a cell.
    Local(u16),
    /// A cell of the creating function's own environment.
    Outer(u16),
}

/// The variable an in-place element store (`Instr::StorePlace`) writes into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VarRef {
    /// A local slot holding the value itself.
    Local(u16),
    /// A local slot holding the cell of a captured or address-taken variable.
    Boxed(u16),
    /// A cell of the running closure's environment.
    Capture(u16),
    /// A package-level variable.
    Global(u32),
    /// A package-level variable that lives in a cell; its slot holds the pointer.
    GlobalBoxed(u32),
    /// What a pointer points to (`p.arr[i] = v`); the pointer is the first operand.
    Pointer,
}

/// One step from a variable down to the element an in-place store writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceStep {
    /// A field of a struct value.
    Field(u16),
    /// An element of an array value; the index is an operand.
    Index,
}

/// A conversion between numeric (or rune and string) representations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conv {
    /// An integer to a float.
    ToFloat,
    /// A float to an integer of this width, truncating toward zero.
    ToInt { bits: u8, signed: bool },
    /// An integer to a narrower integer type, wrapping as Go does.
    Wrap { bits: u8, signed: bool },
    /// A float64 to a float32 (rounding).
    ToFloat32,
    /// A rune (or integer) to a one-character string.
    RuneToString,
}

/// One communication case of a `select`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SelectCase {
    /// A send (`ch <- v`) rather than a receive.
    pub send: bool,
}

/// Binary operators on two operands (right on top of the stack).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    And,
    Or,
    Xor,
    AndNot,
    Shl,
    Shr,
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Not,
    /// `^x`: bitwise complement.
    BitNot,
}

/// Library functions the machine implements itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builtin {
    /// `fmt.Println(args...)`: writes the operands separated by spaces and a newline.
    FmtPrintln,
    /// `fmt.Print(args...)`: Go's spacing rule (a space between operands when neither is a string).
    FmtPrint,
    /// `fmt.Printf(format, args...)`.
    FmtPrintf,
    /// `fmt.Fprint`, `Fprintln`, `Fprintf` to `os.Stdout` or `os.Stderr` (the first argument).
    FmtFprint,
    FmtFprintln,
    FmtFprintf,
    /// `os.Stdout` and `os.Stderr`.
    OsStdout,
    OsStderr,
    /// `print(args...)`, the builtin: writes to standard error without spaces.
    Print,
    /// Methods of `time.Duration` and `time.Time` (receiver first).
    DurationSeconds,
    DurationMilliseconds,
    DurationString,
    TimeAdd,
    TimeSub,
    TimeBefore,
    TimeAfterT,
    /// `fmt.Sprint`, `fmt.Sprintln`, `fmt.Sprintf`: the text as a string.
    FmtSprint,
    FmtSprintln,
    FmtSprintf,
    /// `fmt.Errorf(format, args...)`: an error value.
    FmtErrorf,
    /// `errors.New(text)`.
    ErrorsNew,
    /// `println(args...)`, the builtin: writes to standard error.
    Println,
    /// `len(x)` for strings and channels.
    Len,
    /// `cap(x)` for channels.
    Cap,
    /// `panic(v)`.
    Panic,
    /// `recover()`: the value of the panic being recovered, or nil.
    Recover,
    /// `time.Sleep(d)`.
    TimeSleep,
    /// `time.After(d)`: a channel that receives the time once, after `d`.
    TimeAfter,
    /// `time.Tick(d)`: a channel that receives the time every `d`.
    TimeTick,
    /// `time.Now()`: the virtual clock (nanoseconds since the run started).
    TimeNow,
    /// `time.Since(t)`.
    TimeSince,
    /// `runtime.Gosched()`.
    Gosched,
    /// `runtime.NumGoroutine()`.
    NumGoroutine,
    /// `runtime.GOMAXPROCS(n)`: returns the previous setting.
    GoMaxProcs,
    /// `runtime.NumCPU()`.
    NumCpu,
    MutexLock,
    MutexUnlock,
    MutexTryLock,
    RwLock,
    RwUnlock,
    RwRLock,
    RwRUnlock,
    RwTryLock,
    RwTryRLock,
    WgAdd,
    WgDone,
    WgWait,
    /// `close(ch)` run as a deferred call.
    ChanClose,
    /// `os.Exit(code)`: ends the program at once, without running deferred calls.
    OsExit,
    /// A function of the non-concurrency library.
    Std(stdlib::StdFn),
    /// `once.Do(f)`.
    OnceDo,
    /// `sync.NewCond(l)`.
    NewCond,
    CondWait,
    CondSignal,
    CondBroadcast,
    /// `context.Background()` and `context.TODO()`.
    CtxBackground,
    CtxTodo,
    /// `context.WithCancel(parent)`: the child and its cancel function.
    CtxWithCancel,
    /// `context.WithTimeout(parent, d)`.
    CtxWithTimeout,
    /// `context.WithDeadline(parent, t)`.
    CtxWithDeadline,
    /// `context.WithValue(parent, key, value)`.
    CtxWithValue,
    CtxDone,
    CtxErr,
    CtxValue,
    /// The values `context.Canceled` and `context.DeadlineExceeded`.
    CtxCanceled,
    CtxDeadlineExceeded,
    /// Methods of `atomic.Int64` and friends.
    AtomicLoad,
    AtomicStore,
    AtomicAdd,
    AtomicSwap,
    AtomicCas,
    /// `atomic.AddInt64(&x, d)` and friends, on a pointer to an integer.
    AtomicAddPtr,
    AtomicLoadPtr,
    AtomicStorePtr,
    AtomicSwapPtr,
    AtomicCasPtr,
    /// `time.NewTimer(d)`, `time.NewTicker(d)`, `time.AfterFunc(d, f)`.
    NewTimer,
    NewTicker,
    AfterFunc,
    /// The field `C` of a timer or ticker.
    TimerC,
    TimerStop,
    TimerReset,
    TickerStop,
    TickerReset,
    /// `runtime.Goexit()`.
    Goexit,
}

/// One instruction. Stack effects are written `[before] -> [after]`, top last.
#[derive(Clone, Debug, PartialEq)]
pub enum Instr {
    /// `[] -> [int]`
    PushInt(i64),
    /// `[] -> [float]`
    PushFloat(f64),
    /// `[x] -> [T(x)]`: a conversion that changes the representation.
    Convert(Conv),
    /// `[] -> [string]`
    PushStr(Rc<str>),
    /// `[] -> [bool]`
    PushBool(bool),
    /// `[] -> [nil]`
    PushNil,
    /// `[] -> [zero value]`
    PushZero(Zero),
    /// `[] -> [local]`
    Load(u16),
    /// `[v] -> []`, stores into a local slot.
    Store(u16),
    /// `[] -> []`: moves the slot's current value into a fresh heap cell and
    /// leaves the cell reference in the slot.
    BoxNew(u16),
    /// `[] -> [value]`: reads the cell whose reference is in the slot.
    LoadBoxed(u16),
    /// `[v] -> []`: writes the cell whose reference is in the slot.
    StoreBoxed(u16),
    /// `[] -> [value]`: reads a cell of the closure environment.
    LoadCapture(u16),
    /// `[v] -> []`: writes a cell of the closure environment.
    StoreCapture(u16),
    /// `[a b] -> [a op b]`
    Binary(BinOp),
    /// `[a] -> [op a]`
    Unary(UnOp),
    /// Jumps to an absolute pc.
    Jump(u32),
    /// `[cond] -> []`, jumps when the condition is false.
    JumpIfFalse(u32),
    /// `[v] -> []`
    Pop,
    /// `[cap] -> [chan]`: `make(chan T, cap)`; the zero value of `T` is given,
    /// and the variable it is assigned to, which names it in the scene.
    MakeChan { zero: Zero, name: Option<Rc<str>> },
    /// `[chan v] -> []`: a send; blocks until delivered or buffered.
    Send,
    /// `[chan] -> [v]` or, with `with_ok`, `[chan] -> [v ok]`: a receive.
    Recv { with_ok: bool },
    /// `[chan] -> []`: `close(ch)`.
    Close,
    /// `[] -> [func]`: a function value closing over the listed cells.
    MakeClosure { func: FuncId, captures: Rc<[Capture]> },
    /// `[recv] -> [func]`: a method value `v.M`, the receiver bound.
    BindMethod(FuncId),
    /// `[iface] -> [func]`: a method value of an interface value's dynamic type.
    BindIfaceMethod(Rc<str>),
    /// `[a1..an f] -> [f a1..an]`: moves the top value below the `n` under it.
    Rotate(u8),
    /// `[] -> [func]`: a top-level function as a value (no environment).
    FuncRef(FuncId),
    /// `[func a1..an] -> [r1..rm]`: calls the function value below the arguments.
    Call { args: u8, results: u8 },
    /// `[func a1..an] -> []`: starts a goroutine running the call.
    Go { args: u8 },
    /// `[r1..rn] -> ` returns from the current function with `n` results.
    Return { results: u8 },
    /// `[a1..an] -> [results]`: a library call.
    CallBuiltin { builtin: Builtin, args: u8 },
    /// `[a1..an s] -> [results]`: a library call whose last operand, a
    /// slice, is spread into arguments (`fmt.Println(xs...)`); `args`
    /// counts the operands, the slice included.
    CallBuiltinSpread { builtin: Builtin, args: u8 },
    /// `[len (cap)] -> [slice]`: `make([]T, len[, cap])`.
    MakeSlice { zero: Zero, has_cap: bool },
    /// `[e1..en] -> [slice]`: a slice literal.
    SliceLit(u32),
    /// `[(hint)] -> [map]`: `make(map[K]V[, hint])`.
    MakeMap { has_hint: bool },
    /// `[k1 v1 .. kn vn] -> [map]`: a map literal.
    MapLit(u32),
    /// `[x i] -> [x[i]]` on a slice or a string (a byte).
    Index,
    /// `[m k] -> [v]` or `[m k] -> [v ok]`: a map lookup.
    MapIndex { zero: Zero, with_ok: bool },
    /// `[x i v] -> []`: `x[i] = v` on a slice or (with `map`) a map.
    StoreIndex { map: bool },
    /// `[x (lo) (hi)] -> [x[lo:hi]]` on a slice or a string.
    SliceExpr { lo: bool, hi: bool },
    /// `[s e1..en] -> [s']`, or with `spread`, `[s t] -> [s']`: `append`.
    Append { args: u8, spread: bool, elem_size: u32 },
    /// `[m k] -> []`: `delete(m, k)`.
    Delete,
    /// `[dst src] -> [n]`: `copy(dst, src)`.
    Copy,
    /// `[m] -> [keys]`: a map's keys as a slice, in this run's iteration order.
    MapKeys,
    /// `[s i] -> [rune width]`: decodes the UTF-8 rune at byte `i`.
    RuneAt,
    /// `[v] -> [iface]`: boxes a value with its dynamic type into an interface value.
    ToIface(types::TypeId),
    /// `[v1..vn] -> [i1..in]`: boxes each result of a multi-value call (`None`: already an interface).
    ToIfaceN(Rc<[Option<types::TypeId>]>),
    /// `[recv a1..an] -> [results]`: calls method `name` of an interface value's dynamic type.
    CallMethod { name: Rc<str>, args: u8, results: u8 },
    /// `[x] -> [v]` or `[x] -> [v ok]`: `x.(T)` from interface type `src`.
    TypeAssert { src: types::TypeId, target: types::TypeId, with_ok: bool },
    /// `[x] -> [bool]`: whether interface value `x` holds type `target` (`None`: is nil).
    TypeIs(Option<types::TypeId>),
    /// `[s] -> [s.f]`: a struct field (through a pointer, too).
    Field(u16),
    /// `[s v] -> [s']`: a copy of struct `s` with the field at `path` set to `v`.
    SetPath(Rc<[u16]>),
    /// `[p v] -> []`: `*p = v`, or `p.f.g = v` with a non-empty path.
    StorePtrPath(Rc<[u16]>),
    /// `[x i v] -> []`: `x[i].f.g = v` for a slice element.
    StoreIndexPath(Rc<[u16]>),
    /// `[v] -> [p]`: moves a value into a new heap cell (`&T{...}`, `new(T)`).
    BoxValue,
    /// `[] -> [p]`: the address of a local variable that lives in a cell.
    AddrOf(u16),
    /// `[] -> [p]`: the address of a captured variable.
    AddrOfCapture(u16),
    /// `[p] -> [*p]`.
    Deref,
    /// `[v1..vn] -> [struct]`: a struct of run-time type `ty`, the listed
    /// fields set from the operands and the others zero.
    StructLit { ty: types::TypeId, fields: Rc<[u16]> },
    /// `[] -> [obj]`: a fresh `sync` object, the zero value of a variable
    /// whose name labels it in the scene.
    NewSync { kind: SyncKind, name: Option<Rc<str>> },
    /// `[v .. (depth values)] -> same`: names the object `depth` values below
    /// the top after the variable it is assigned to, for the scene only (a
    /// context's `Done()` channel becomes `ctx.Done()`, a Cond `cond`). The
    /// program cannot observe it.
    NameValue { name: Rc<str>, depth: u8 },
    /// `[obj] -> [obj]`: names a `sync` object reached through a struct
    /// field after the selector the program used (`s.mu`), unless it already
    /// has a name; for the scene only.
    NameUnnamed { name: Rc<str> },
    /// `[] -> [v]`: reads a package-level variable.
    LoadGlobal(u32),
    /// `[v] -> []`: writes a package-level variable.
    StoreGlobal(u32),
    /// `[func a1..an] -> []`: defers the call until the function returns.
    Defer { args: u8 },
    /// `[ch1 (v1) .. chn (vn)] -> [value ok index]`: a `select` over the cases,
    /// whose operands (a channel, and the value for a send) were pushed in
    /// order. `index` is the chosen case, or the number of cases for `default`.
    Select { cases: Rc<[SelectCase]>, has_default: bool },
    /// `[a1..an] -> []`: defers a library call.
    DeferBuiltin { builtin: Builtin, args: u8 },
    /// `[v1..vn] -> [array]`: an array of run-time type `ty`, the elements
    /// at `indexes` set from the operands and the others zero.
    ArrayLit { ty: types::TypeId, indexes: Rc<[u32]> },
    /// `[a i v] -> [a']`: a copy of array `a` (or of the array pointer `a`
    /// points to) with element `i` set to `v`, bounds checked.
    SetIndex,
    /// `[(p) i1..in v] -> []`: writes `v` into the variable `var` in place, at
    /// the element reached by `steps` (fields, and array elements whose
    /// indexes are the operands, outermost first), bounds checked before
    /// anything changes. `a[i] = v`, `s.arr[i][j] = v` cost O(1), not a copy.
    StorePlace { var: VarRef, steps: Rc<[PlaceStep]> },
}

impl Instr {
    /// Whether the instruction synchronises with other goroutines; a step
    /// holds at most one such operation.
    pub fn is_sync(&self) -> bool {
        match self {
            Instr::Send | Instr::Recv { .. } | Instr::Close | Instr::Go { .. } | Instr::Select { .. } => true,
            Instr::CallBuiltin { builtin, .. } | Instr::CallBuiltinSpread { builtin, .. } => builtin.is_sync(),
            _ => false,
        }
    }
}

/// Statically known facts about a builtin: how many results it pushes.
impl Builtin {
    /// Whether the call synchronises with other goroutines (or the clock).
    pub fn is_sync(self) -> bool {
        !matches!(
            self,
            Builtin::FmtPrintln
                | Builtin::FmtPrint
                | Builtin::FmtPrintf
                | Builtin::FmtFprint
                | Builtin::FmtFprintln
                | Builtin::FmtFprintf
                | Builtin::OsStdout
                | Builtin::OsStderr
                | Builtin::Print
                | Builtin::DurationSeconds
                | Builtin::DurationMilliseconds
                | Builtin::DurationString
                | Builtin::TimeAdd
                | Builtin::TimeSub
                | Builtin::TimeBefore
                | Builtin::TimeAfterT
                | Builtin::FmtSprint
                | Builtin::FmtSprintln
                | Builtin::FmtSprintf
                | Builtin::FmtErrorf
                | Builtin::ErrorsNew
                | Builtin::Println
                | Builtin::Len
                | Builtin::Cap
                | Builtin::Panic
                | Builtin::Recover
                | Builtin::NumGoroutine
                | Builtin::Std(_)
                | Builtin::TimerC
        )
    }

    pub fn results(self) -> u8 {
        match self {
            Builtin::Std(f) => f.results(),
            Builtin::FmtPrint
            | Builtin::FmtPrintln
            | Builtin::FmtPrintf
            | Builtin::FmtFprint
            | Builtin::FmtFprintln
            | Builtin::FmtFprintf => 2,
            Builtin::CtxWithCancel | Builtin::CtxWithTimeout | Builtin::CtxWithDeadline => 2,
            Builtin::NewCond
            | Builtin::CtxBackground
            | Builtin::CtxTodo
            | Builtin::CtxWithValue
            | Builtin::CtxDone
            | Builtin::CtxErr
            | Builtin::CtxValue
            | Builtin::CtxCanceled
            | Builtin::CtxDeadlineExceeded
            | Builtin::AtomicLoad
            | Builtin::AtomicAdd
            | Builtin::AtomicSwap
            | Builtin::AtomicCas
            | Builtin::AtomicAddPtr
            | Builtin::AtomicLoadPtr
            | Builtin::AtomicSwapPtr
            | Builtin::AtomicCasPtr
            | Builtin::NewTimer
            | Builtin::NewTicker
            | Builtin::AfterFunc
            | Builtin::TimerC
            | Builtin::TimerStop
            | Builtin::TimerReset => 1,
            Builtin::Len
            | Builtin::Cap
            | Builtin::Recover
            | Builtin::NumGoroutine
            | Builtin::GoMaxProcs
            | Builtin::NumCpu
            | Builtin::TimeAfter
            | Builtin::OsStdout
            | Builtin::OsStderr
            | Builtin::DurationSeconds
            | Builtin::DurationMilliseconds
            | Builtin::DurationString
            | Builtin::TimeAdd
            | Builtin::TimeSub
            | Builtin::TimeBefore
            | Builtin::TimeAfterT
            | Builtin::FmtSprint
            | Builtin::FmtSprintln
            | Builtin::FmtSprintf
            | Builtin::FmtErrorf
            | Builtin::ErrorsNew
            | Builtin::TimeTick
            | Builtin::TimeNow
            | Builtin::TimeSince
            | Builtin::MutexTryLock
            | Builtin::RwTryLock
            | Builtin::RwTryRLock => 1,
            _ => 0,
        }
    }
}
