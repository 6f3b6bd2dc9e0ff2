//! Go's traceback text: the `goroutine N [reason]:` blocks that panics and
//! deadlocks print, with one function line and one `\tfile:line` line per frame.
//!
//! Frames of Go's own library are printed as Go 1.19 prints them (checked
//! against `go1.19.8 linux/amd64`), without argument values or `+0x`
//! offsets, as the program's own frames are: a goroutine blocked in a sync
//! call shows the `sync` functions it is parked in (`sync.(*WaitGroup).Wait`
//! over `sync.runtime_Semacquire`), a sync misuse shows the function that
//! panicked (`sync.(*WaitGroup).Add`, `sync.fatal`), and a function run by
//! `once.Do` sits under `sync.(*Once).doSlow` and `sync.(*Once).Do`.

use super::goroutine::{GIdx, GState, WaitReason};
use super::machine::Machine;
use crate::ir::{Builtin, Instr};
use std::fmt::Write;

/// Where Go 1.19's library sources are, as its tracebacks name them.
pub const GOROOT_SRC: &str = "/usr/lib/go-1.19/src";

/// A frame of Go's library: the function, its file under `GOROOT_SRC`, and
/// the line Go 1.19 reports.
type LibFrame = (&'static str, &'static str, u32);

const SEMACQUIRE: LibFrame = ("sync.runtime_Semacquire", "runtime/sema.go", 62);
const SEMACQUIRE_MUTEX: LibFrame = ("sync.runtime_SemacquireMutex", "runtime/sema.go", 77);
const LOCK_SLOW: LibFrame = ("sync.(*Mutex).lockSlow", "sync/mutex.go", 171);
const LOCK: LibFrame = ("sync.(*Mutex).Lock", "sync/mutex.go", 90);
const FATAL: LibFrame = ("sync.fatal", "runtime/panic.go", 1031);
const WG_ADD_NEGATIVE: LibFrame = ("sync.(*WaitGroup).Add", "sync/waitgroup.go", 83);
const WG_ADD_MISUSE: LibFrame = ("sync.(*WaitGroup).Add", "sync/waitgroup.go", 86);
const WG_DONE: LibFrame = ("sync.(*WaitGroup).Done", "sync/waitgroup.go", 108);
const ONCE_DO: LibFrame = ("sync.(*Once).Do", "sync/once.go", 65);

const MUTEX_WAIT: &[LibFrame] = &[SEMACQUIRE_MUTEX, LOCK_SLOW, LOCK];
const RW_WRITER_WAIT: &[LibFrame] = &[SEMACQUIRE_MUTEX, ("sync.(*RWMutex).Lock", "sync/rwmutex.go", 152)];
const RW_LOCK_WAIT: &[LibFrame] =
    &[SEMACQUIRE_MUTEX, LOCK_SLOW, LOCK, ("sync.(*RWMutex).Lock", "sync/rwmutex.go", 147)];
const RW_RLOCK_WAIT: &[LibFrame] = &[SEMACQUIRE_MUTEX, ("sync.(*RWMutex).RLock", "sync/rwmutex.go", 71)];
const WG_WAIT: &[LibFrame] = &[SEMACQUIRE, ("sync.(*WaitGroup).Wait", "sync/waitgroup.go", 139)];
const ONCE_WAIT: &[LibFrame] =
    &[SEMACQUIRE_MUTEX, LOCK_SLOW, LOCK, ("sync.(*Once).doSlow", "sync/once.go", 70), ONCE_DO];
const COND_WAIT: &[LibFrame] =
    &[("sync.runtime_notifyListWait", "runtime/sema.go", 517), ("sync.(*Cond).Wait", "sync/cond.go", 70)];
const SLEEP: &[LibFrame] = &[("time.Sleep", "runtime/time.go", 195)];

/// The library frames above the program's innermost frame of a goroutine
/// blocked for `wait`, innermost first.
fn blocked_frames(m: &Machine, g: GIdx, wait: WaitReason) -> &'static [LibFrame] {
    match wait {
        WaitReason::MutexLock(_) => MUTEX_WAIT,
        // The announced writer waits for the readers to leave.
        WaitReason::RwLock(id) if m.rwmutexes.get(id as usize).is_some_and(|rw| rw.pending == Some(g)) => {
            RW_WRITER_WAIT
        }
        WaitReason::RwLock(_) => RW_LOCK_WAIT,
        WaitReason::RwRLock(_) => RW_RLOCK_WAIT,
        WaitReason::WaitGroupWait(_) => WG_WAIT,
        WaitReason::OnceDo(_) => ONCE_WAIT,
        WaitReason::CondWait(_) => COND_WAIT,
        WaitReason::Sleep => SLEEP,
        _ => &[],
    }
}

/// The bracketed status of a goroutine blocked for `wait`. The spec asks
/// for today's Go names (`sync.WaitGroup.Wait`, `sync.Mutex.Lock`), where
/// Go 1.19 printed `semacquire` for every sync semaphore.
fn status(wait: Option<WaitReason>) -> &'static str {
    wait.map_or("runnable", |w| w.go_name())
}

/// The sync call `g`'s innermost frame made last, if its last instruction
/// was one; `None` as well when the frame is running its deferred calls
/// (its next instruction is a `Return`): a deferred library call has no
/// instruction of its own.
fn sync_call(m: &Machine, g: GIdx) -> Option<Option<Builtin>> {
    let frame = m.goroutines[g as usize].frames.last()?;
    let code = &m.program.funcs[frame.func as usize].code;
    match code.get((frame.pc as usize).wrapping_sub(1)) {
        Some(Instr::CallBuiltin { builtin, .. }) => Some(Some(*builtin)),
        _ if matches!(code.get(frame.pc as usize), Some(Instr::Return { .. })) => Some(None),
        _ => None,
    }
}

const WG_NEGATIVE_ADD: &[LibFrame] = &[WG_ADD_NEGATIVE];
const WG_NEGATIVE_DONE: &[LibFrame] = &[WG_ADD_NEGATIVE, WG_DONE];
const WG_MISUSE: &[LibFrame] = &[WG_ADD_MISUSE];
const WG_REUSED: &[LibFrame] = &[("sync.(*WaitGroup).Wait", "sync/waitgroup.go", 141)];
const MUTEX_UNLOCK: &[LibFrame] =
    &[FATAL, ("sync.(*Mutex).unlockSlow", "sync/mutex.go", 229), ("sync.(*Mutex).Unlock", "sync/mutex.go", 223)];
const RW_RUNLOCK: &[LibFrame] = &[
    FATAL,
    ("sync.(*RWMutex).rUnlockSlow", "sync/rwmutex.go", 129),
    ("sync.(*RWMutex).RUnlock", "sync/rwmutex.go", 119),
];
const RW_UNLOCK: &[LibFrame] = &[FATAL, ("sync.(*RWMutex).Unlock", "sync/rwmutex.go", 209)];

/// The library frames above the program's innermost frame when `g` stops
/// with `message`, a sync package's panic or fatal error, innermost first.
fn failing_frames(m: &Machine, g: GIdx, message: &str) -> &'static [LibFrame] {
    let Some(call) = sync_call(m, g) else { return &[] };
    let is = |b: Builtin| call.is_none() || call == Some(b);
    match message {
        "sync: negative WaitGroup counter" if call == Some(Builtin::WgAdd) => WG_NEGATIVE_ADD,
        "sync: negative WaitGroup counter" if is(Builtin::WgDone) => WG_NEGATIVE_DONE,
        "sync: WaitGroup misuse: Add called concurrently with Wait" if is(Builtin::WgAdd) => WG_MISUSE,
        "sync: WaitGroup is reused before previous Wait has returned" if call == Some(Builtin::WgWait) => WG_REUSED,
        "sync: unlock of unlocked mutex" if is(Builtin::MutexUnlock) => MUTEX_UNLOCK,
        "sync: RUnlock of unlocked RWMutex" if is(Builtin::RwRUnlock) => RW_RUNLOCK,
        "sync: Unlock of unlocked RWMutex" if is(Builtin::RwUnlock) => RW_UNLOCK,
        _ => &[],
    }
}

fn write_lib_frames(out: &mut String, frames: &[LibFrame]) {
    for (name, file, line) in frames {
        let _ = writeln!(out, "{name}(...)\n\t{GOROOT_SRC}/{file}:{line}");
    }
}

/// One goroutine's block, ending in a newline: `lib` (the library frames
/// it is inside of), its frames innermost first, then `created by` for
/// goroutines other than main.
/// `deferred` says the library call is a deferred one, run by the
/// innermost frame on its way out.
fn block_with(m: &Machine, g: GIdx, status: &str, lib: &[LibFrame], deferred: bool) -> String {
    let program = &m.program;
    let gr = &m.goroutines[g as usize];
    let mut out = format!("goroutine {} [{}]:\n", gr.goid, status);
    write_lib_frames(&mut out, lib);
    let write = m.windows.write_site(g);
    for (depth, frame) in gr.frames.iter().enumerate().rev() {
        let f = &program.funcs[frame.func as usize];
        let args = if f.params > 0 { "..." } else { "" };
        let code = &f.code;
        // Whether a panic runs this frame's deferred call above it: Go
        // shows `panic` between them, and this frame where it panicked.
        let panic_runs_callee = panic_runs(m, g, depth + 1);
        let pc = match write {
            // Caught inside a map write: Go shows the write's line.
            Some(w) if w.depth == depth + 1 && w.func == frame.func => w.pc,
            // Running its deferred calls on the way out: Go shows the line
            // of the return (the closing brace when it falls off the end).
            _ if !panic_runs_callee
                && matches!(code.get(frame.pc as usize), Some(Instr::Return { .. }))
                && gr.frames.get(depth + 1).map_or(deferred, |callee| callee.is_deferred) =>
            {
                frame.pc as usize
            }
            _ => frame.pc.saturating_sub(1) as usize,
        };
        if panic_runs_callee {
            write_lib_frames(&mut out, &[("panic", "runtime/panic.go", 884)]);
        }
        let line = program.line_of(frame.func, pc);
        let _ = writeln!(out, "{}({})\n\t{}:{}", f.name, args, program.file_name, line);
        if frame.once.is_some() {
            // `once.Do(f)` runs f from `doSlow`.
            write_lib_frames(&mut out, &[("sync.(*Once).doSlow", "sync/once.go", 74), ONCE_DO]);
        }
    }
    if let Some((_, func, pc)) = gr.created_by {
        let name = &program.funcs[func as usize].name;
        let line = program.line_of(func, pc as usize);
        let _ = writeln!(out, "created by {}\n\t{}:{}", name, program.file_name, line);
    }
    out
}

/// Whether one of `g`'s panics (not a `Goexit`) runs the deferred call
/// whose frame is at index `at`.
fn panic_runs(m: &Machine, g: GIdx, at: usize) -> bool {
    let gr = &m.goroutines[g as usize];
    if !gr.frames.get(at).is_some_and(|f| f.is_deferred) {
        return false;
    }
    let mut p = gr.panicking.as_deref();
    while let Some(panic) = p {
        if panic.running_at == at && !panic.goexit {
            return true;
        }
        p = panic.outer.as_deref();
    }
    false
}

/// One goroutine's block, ending in a newline: its frames innermost first,
/// then `created by` for goroutines other than main. A blocked goroutine
/// shows the library frames it is parked in.
pub fn goroutine_block(m: &Machine, g: GIdx, status: &str) -> String {
    let gr = &m.goroutines[g as usize];
    let lib = match gr.wait {
        Some(w) if matches!(gr.state, GState::Blocked | GState::Sleeping) => blocked_frames(m, g, w),
        _ => &[],
    };
    block_with(m, g, status, lib, false)
}

/// The failing goroutine's block when it panics with `message`: a panic
/// the sync package raises shows the sync function that raised it.
pub fn panic_block(m: &Machine, g: GIdx, message: &str) -> String {
    let lib = failing_frames(m, g, message);
    let deferred = !lib.is_empty() && sync_call(m, g) == Some(None);
    block_with(m, g, "running", lib, deferred)
}

/// Go's report of a fatal error (`runtime.fatal`, which `sync` and the map
/// checks use): the message, a blank line, the failing goroutine's block as
/// `running`, then every other goroutine still alive in creation order, as
/// a fatal error always shows all of them.
pub fn fatal_report(m: &Machine, g: GIdx, message: &str) -> String {
    let mut out = format!("fatal error: {message}\n\n");
    out.push_str(&panic_block(m, g, message));
    for (i, gr) in m.goroutines.iter().enumerate() {
        if i as GIdx == g || matches!(gr.state, GState::Done | GState::Panicked) {
            continue;
        }
        out.push('\n');
        out.push_str(&goroutine_block(m, i as GIdx, status(gr.wait)));
    }
    out
}

/// Go's report when every goroutine is blocked: the fatal error line, a blank
/// line, and the block of every goroutine still alive, main first.
pub fn deadlock_report(m: &Machine) -> String {
    let mut out = String::from("fatal error: all goroutines are asleep - deadlock!\n");
    for (i, gr) in m.goroutines.iter().enumerate() {
        if gr.state == GState::Done {
            continue;
        }
        out.push('\n');
        out.push_str(&goroutine_block(m, i as GIdx, status(gr.wait)));
    }
    out
}
