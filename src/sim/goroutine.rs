//! Goroutines: their stacks of frames, their states and why they wait.

use super::mutex::{MutexId, RwMutexId};
use super::value::{ChanId, Closure, Value};
use super::waitgroup::WaitGroupId;
use crate::ir::{Builtin, FuncId};
use serde::Serialize;
use std::rc::Rc;

/// Index of a goroutine in `Machine::goroutines`; never reused.
pub type GIdx = u32;

/// Go's number for the main goroutine.
pub const MAIN_GOID: u64 = 1;
/// Go's number for the first goroutine a program starts: Go 1.19 gives ids
/// 2 to 4 to its own runtime goroutines, so the first `go` statement makes 5
/// (6 when package `os` is linked in: see `ir::first_user_goid`).
pub const FIRST_USER_GOID: u64 = 5;

/// One activation of a function.
#[derive(Clone, Debug)]
pub struct Frame {
    pub func: FuncId,
    /// The next instruction to run.
    pub pc: u32,
    /// Where this frame's local slots start in the goroutine's stack.
    pub base: u32,
    /// The closure environment, when the function is a literal.
    pub closure: Option<Rc<Closure>>,
    /// How many results the caller expects.
    pub results: u8,
    /// Calls deferred by this activation, to run last-in first-out.
    pub defers: Vec<Deferred>,
    /// Whether this activation runs a deferred call (so `recover` works in it).
    pub is_deferred: bool,
    /// The `sync.Once` whose function this activation runs.
    pub once: Option<u32>,
}

/// A call deferred with `defer`: its function (or library call) and arguments,
/// evaluated when the `defer` statement ran.
#[derive(Clone, Debug)]
pub enum Deferred {
    Call { func: Value, args: Vec<Value> },
    Builtin { builtin: Builtin, args: Vec<Value> },
}

/// A panic in flight on a goroutine.
#[derive(Clone, Debug)]
pub struct Panicking {
    pub value: Value,
    /// `panic: ` lines so far, Go's way: earlier panics first, `[recovered]` marked.
    pub lines: Vec<String>,
    /// The traceback at the latest panic.
    pub trace: String,
    pub recovered: bool,
    /// `runtime.Goexit`, not a panic: nothing is printed and recover returns nil.
    pub goexit: bool,
    /// The index of the frame of the deferred call this panic runs.
    pub running_at: usize,
    /// The panic this one started in a deferred call of, still in flight
    /// (recovered or not) while that call's frame, at `running_at`, exists:
    /// when this one is recovered inside that call, the call returns to it.
    pub outer: Option<Box<Panicking>>,
}

/// What a goroutine is doing, as the scene shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum GState {
    Running,
    Runnable,
    Blocked,
    Sleeping,
    Done,
    Panicked,
}

impl GState {
    pub fn as_str(self) -> &'static str {
        match self {
            GState::Running => "running",
            GState::Runnable => "runnable",
            GState::Blocked => "blocked",
            GState::Sleeping => "sleeping",
            GState::Done => "done",
            GState::Panicked => "panicked",
        }
    }
}

/// Why a goroutine is blocked, with the object it waits on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WaitReason {
    ChanSend(ChanId),
    ChanRecv(ChanId),
    ChanSendNil,
    ChanRecvNil,
    MutexLock(MutexId),
    RwLock(RwMutexId),
    RwRLock(RwMutexId),
    WaitGroupWait(WaitGroupId),
    Sleep,
    /// Another goroutine runs the function of this `sync.Once`.
    OnceDo(u32),
    CondWait(u32),
    /// A `select` whose cases are not ready.
    Select,
    /// `select {}`.
    SelectNoCases,
}

impl WaitReason {
    /// Go's own name for the wait, as a traceback prints it in brackets.
    pub fn go_name(self) -> &'static str {
        match self {
            WaitReason::ChanSend(_) => "chan send",
            WaitReason::ChanRecv(_) => "chan receive",
            WaitReason::ChanSendNil => "chan send (nil chan)",
            WaitReason::ChanRecvNil => "chan receive (nil chan)",
            WaitReason::MutexLock(_) => "sync.Mutex.Lock",
            WaitReason::RwLock(_) => "sync.RWMutex.Lock",
            WaitReason::RwRLock(_) => "sync.RWMutex.RLock",
            WaitReason::WaitGroupWait(_) => "sync.WaitGroup.Wait",
            WaitReason::Sleep => "sleep",
            WaitReason::OnceDo(_) => "sync.Mutex.Lock",
            WaitReason::CondWait(_) => "sync.Cond.Wait",
            WaitReason::Select => "select",
            WaitReason::SelectNoCases => "select (no cases)",
        }
    }

    /// The channel waited on, if any.
    pub fn chan(self) -> Option<ChanId> {
        match self {
            WaitReason::ChanSend(c) | WaitReason::ChanRecv(c) => Some(c),
            _ => None,
        }
    }
}

/// A green thread of the machine.
#[derive(Clone, Debug)]
pub struct Goroutine {
    /// Go's goroutine number (main is 1).
    pub goid: u64,
    /// The function the goroutine was started with.
    pub entry: FuncId,
    pub frames: Vec<Frame>,
    /// Local slots and operand values of every frame, bottom frame first.
    pub stack: Vec<Value>,
    pub state: GState,
    pub wait: Option<WaitReason>,
    /// The goroutine and source position of the `go` statement, for `created by`.
    pub created_by: Option<(GIdx, FuncId, u32)>,
    /// A panic to raise as soon as the goroutine runs again (a sender woken by `close`).
    pub pending_panic: Option<String>,
    /// The panic being raised, while deferred calls run.
    pub panicking: Option<Box<Panicking>>,
    /// The channels a blocked `select` waits on.
    pub select_chans: Vec<ChanId>,
    /// The wait group whose `Wait` released this goroutine: when it runs
    /// again, the counter must still be zero, or Go panics (the group was
    /// reused before `Wait` returned).
    pub wg_resume: Option<u32>,
    /// A lock to finish as soon as the goroutine runs again (see `LockRetry`).
    pub lock_retry: Option<LockRetry>,
}

/// A lock call that a wake-up left unfinished: the goroutine completes it
/// when it runs, taking the lock or sleeping on it again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockRetry {
    /// An unlock woke this waiter of a `Mutex`: Go's woken waiter retries,
    /// and if it loses sleeps again at the front of the queue.
    Mutex(MutexId),
    /// `Cond.Signal` released it from `Wait`: a plain `Lock` of `c.L`, queued
    /// at the back if it must wait.
    CondRelock(MutexId),
    /// A writer woken on an `RWMutex`'s inner mutex `w` retries it.
    RwWriter(RwMutexId),
}

impl Goroutine {
    pub fn frame(&self) -> &Frame {
        self.frames.last().expect("a live goroutine has a frame")
    }

    /// The function and pc of the instruction the goroutine last started, for
    /// tracebacks and markers: the pc before the next one, or the entry.
    pub fn position(&self) -> Option<(FuncId, u32)> {
        self.frames.last().map(|f| (f.func, f.pc.saturating_sub(1)))
    }

    pub fn is_live(&self) -> bool {
        !matches!(self.state, GState::Done | GState::Panicked)
    }
}
