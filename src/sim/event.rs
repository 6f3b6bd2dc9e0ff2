//! The event log: what each step did, the one truth the views derive from.

use super::goroutine::{GIdx, WaitReason};
use super::value::{ChanId, Value};
use crate::ir::FuncId;

/// Which output stream a print went to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// One thing that happened during a step.
#[derive(Clone, Debug, PartialEq)]
pub enum EventKind {
    /// The running goroutine started `child` with a `go` statement.
    Spawn {
        child: GIdx,
    },
    /// The running goroutine made a channel.
    MakeChan {
        ch: ChanId,
    },
    /// The running goroutine blocked.
    Block {
        reason: WaitReason,
    },
    /// `g` became runnable again because of the running goroutine.
    Wake {
        g: GIdx,
    },
    /// A value went into a channel: to a waiting receiver, or into the buffer.
    Send {
        ch: ChanId,
        value: Value,
        to: Option<GIdx>,
    },
    /// A value came out of a channel: from a waiting sender, the buffer, or a
    /// closed channel (`ok == false`).
    Recv {
        ch: ChanId,
        value: Value,
        ok: bool,
        from: Option<GIdx>,
    },
    Close {
        ch: ChanId,
    },
    Output {
        stream: Stream,
        text: String,
    },
    /// The goroutine returned from its function.
    Finish,
    Panic {
        message: String,
    },
    /// The program ended; the outcome says how.
    End,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// The goroutine whose step it was.
    pub g: GIdx,
    pub kind: EventKind,
}

/// One step: who ran, from where, and the range of its events in the log.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepRecord {
    pub g: GIdx,
    pub func: FuncId,
    /// The pc of the first instruction of the step.
    pub pc: u32,
    /// Virtual time in nanoseconds since the start of the run.
    pub time: u64,
    /// Index of the step's first event in the log.
    pub first_event: u32,
}
