//! Goroutines: their stacks of frames, their states and why they wait.

use super::value::{ChanId, Closure, Value};
use crate::ir::FuncId;
use serde::Serialize;
use std::rc::Rc;

/// Index of a goroutine in `Machine::goroutines`; never reused.
pub type GIdx = u32;

/// Go's number for the main goroutine.
pub const MAIN_GOID: u64 = 1;
/// Go's number for the first goroutine a program starts: Go 1.19 gives ids
/// 2 to 4 to its own runtime goroutines, so the first `go` statement makes 5.
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
}

impl WaitReason {
    /// Go's own name for the wait, as a traceback prints it in brackets.
    pub fn go_name(self) -> &'static str {
        match self {
            WaitReason::ChanSend(_) => "chan send",
            WaitReason::ChanRecv(_) => "chan receive",
            WaitReason::ChanSendNil => "chan send (nil chan)",
            WaitReason::ChanRecvNil => "chan receive (nil chan)",
        }
    }

    /// The channel waited on, if any.
    pub fn chan(self) -> Option<ChanId> {
        match self {
            WaitReason::ChanSend(c) | WaitReason::ChanRecv(c) => Some(c),
            WaitReason::ChanSendNil | WaitReason::ChanRecvNil => None,
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
