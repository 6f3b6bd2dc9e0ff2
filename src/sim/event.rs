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
    /// The running goroutine took a lock: `read` for `RLock` of a
    /// `sync.RWMutex`. A `Mutex` waiter that an unlock woke emits it when it
    /// runs and wins its retry (or, in starvation mode, finds the lock handed
    /// over), and so does an `RWMutex` writer woken on the inner mutex `w`
    /// that finds no reader in. An `RWMutex` lock handed over by an unlock
    /// (readers let in, or the writer the last reader leaves to) shows as the
    /// unlocker's `Unlock { to }` instead; a lock that must wait shows as `Block`.
    Lock {
        obj: ObjRef,
        read: bool,
    },
    /// The running goroutine released a lock; `to` is the waiter it woke. For
    /// a `Mutex` that waiter only retries when it runs (Go's normal mode: the
    /// lock stays free, and the unlocker may take it again first). For an
    /// `RWMutex`, the waiter it handed the lock to (the first one when it
    /// admits several readers; every admitted goroutine also gets a `Wake`),
    /// or else the writer it woke on `w`, which retries like a `Mutex` waiter.
    Unlock {
        obj: ObjRef,
        read: bool,
        to: Option<GIdx>,
    },
    /// `wg.Add(delta)`; `wg.Done()` is `Add(-1)` with `done` set. `counter`
    /// is the counter afterwards.
    WaitGroupAdd {
        wg: u32,
        delta: i64,
        counter: i64,
        done: bool,
    },
    /// `wg.Wait()` returned at once because the counter was zero (a wait
    /// that blocks shows as `Block`).
    WaitGroupWait {
        wg: u32,
    },
    /// `once.Do(f)`: `runs` when this call runs `f`, false when `f` already
    /// ran (a call that waits for a running `f` shows as `Block`).
    OnceDo {
        once: u32,
        runs: bool,
    },
    /// `c.Wait()`: the goroutine releases `c.L` and parks (a `Block` follows).
    CondWait {
        cond: u32,
    },
    /// `c.Signal()` (or `c.Broadcast()` when `all`); `to` is the first
    /// waiter woken, if any.
    CondSignal {
        cond: u32,
        all: bool,
        to: Option<GIdx>,
    },
    /// An atomic operation on an `atomic.Int64`-style object or, for the
    /// functions of `sync/atomic` on a pointer, on a variable's cell.
    Atomic {
        obj: ObjRef,
        op: AtomicOp,
    },
    /// A timer on the virtual clock fired. The event's `g` is the sleeper
    /// for `Sleep` and otherwise the goroutine that ran last.
    TimerFire {
        timer: TimerSource,
    },
    /// A context was cancelled: by its cancel function, or by its deadline
    /// (`deadline`), or because its parent was.
    ContextCancel {
        ctx: u32,
        deadline: bool,
    },
    /// A `select` took case `case` (0-based in source order; `None` is
    /// `default`). The event's `g` is the goroutine whose select it is, which
    /// differs from the step's goroutine when a parked select is completed by
    /// its peer.
    Select {
        case: Option<u32>,
    },
    /// `os.Exit(code)`.
    Exit {
        code: i32,
    },
    /// `runtime.Goexit()` began unwinding the goroutine.
    Goexit,
    /// The goroutine returned from its function.
    Finish,
    Panic {
        message: String,
    },
    /// The program ended; the outcome says how.
    End,
}

/// The synchronisation object an event acts on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ObjRef {
    Mutex(u32),
    RwMutex(u32),
    /// An `atomic.Int64`, `atomic.Bool`... object, by its id in `Machine::atomics`.
    Atomic(u32),
    /// A variable's heap cell, for `atomic.AddInt64(&x, 1)` and friends.
    Cell(u32),
}

/// The atomic operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AtomicOp {
    Load,
    Store,
    Add,
    Swap,
    CompareAndSwap,
}

/// What made a timer fire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimerSource {
    /// A `time.Sleep` ended.
    Sleep,
    /// The channel of `time.After` or `time.Tick`.
    Chan(ChanId),
    /// A `time.Timer`, `time.Ticker` or `time.AfterFunc`, by its object id.
    Timer(u32),
    /// A context's deadline, by the context's id.
    Deadline(u32),
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
