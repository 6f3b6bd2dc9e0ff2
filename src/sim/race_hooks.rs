//! Where the machine meets the race detector. Every function here runs only
//! when `Config::race` is on: the machine checks `self.race.is_some()` (or
//! a local copy of it) before calling in, so a run without race detection
//! pays one flag check per hook.

use super::event::{EventKind, Stream};
use super::goroutine::{GIdx, WaitReason};
use super::machine::Machine;
use super::race::{new_access, FmtCall, FmtRead, FmtShape, KeyKind, Loc, MapOp, RaceDetector, Stack, SyncKey};
use super::race_report;
use super::value::Value;
use crate::ir::{Builtin, Instr};

/// Fields of a struct a whole-value access touches, at most (a bound on work).
const MAX_FIELDS: usize = 64;

impl Machine {
    /// Runs `f` on the detector when race detection is on and the machine
    /// itself (a timer) is not the one acting.
    #[inline]
    pub(crate) fn with_race(&mut self, f: impl FnOnce(&mut RaceDetector)) {
        if let Some(r) = self.race.as_deref_mut() {
            if !r.quiet {
                f(r);
            }
        }
    }

    /// Where `g` is: its frames innermost first, each at the instruction
    /// being run (the machine has already moved every `pc` one past it).
    pub(crate) fn race_stack(&self, g: GIdx) -> Stack {
        let frames = &self.goroutines[g as usize].frames;
        frames.iter().rev().map(|f| (f.func, f.pc.saturating_sub(1))).collect::<Vec<_>>().into()
    }

    /// Records one access by `g` and prints Go's report if it races.
    /// Returns whether it reported a race.
    pub(crate) fn race_access(&mut self, g: GIdx, loc: Loc, write: bool, map_op: Option<(MapOp, KeyKind)>) -> bool {
        self.race_access_by(g, loc, write, map_op, None)
    }

    /// `race_access`, naming the `fmt` call that reads the location, if any.
    fn race_access_by(
        &mut self,
        g: GIdx,
        loc: Loc,
        write: bool,
        map_op: Option<(MapOp, KeyKind)>,
        fmt: Option<FmtRead>,
    ) -> bool {
        if self.race.is_none() {
            return false;
        }
        let loc = self.race_place_loc(loc);
        let (g, stack) = match self.race.as_ref().and_then(|r| r.alias) {
            Some((helper, caller)) if helper == g => {
                let mut frames = self.race_stack(helper).to_vec();
                frames.extend(self.race_stack(caller).iter());
                (caller, frames.into())
            }
            _ => (g, self.race_stack(g)),
        };
        let goid = self.goroutines[g as usize].goid;
        let mut a = new_access(g, goid, write, stack, self.steps);
        a.map_op = map_op;
        a.fmt = fmt;
        let Some(race) = self.race.as_deref_mut().and_then(|r| r.access(loc, a)) else { return false };
        let text = race_report::report_text(self, &race);
        self.emit(g, EventKind::Output { stream: Stream::Stderr, text });
        true
    }

    /// `n` elements of backing array `array` from `offset`, read or written
    /// as one range by the runtime function `op`. Like ThreadSanitizer's
    /// range accesses, the check stops at the first race it reports.
    fn race_range(&mut self, g: GIdx, array: u32, offset: u32, n: u32, write: bool, op: MapOp) {
        for i in offset..offset.saturating_add(n) {
            if self.race_access(g, Loc::Elem(array, i), write, Some((op, KeyKind::Other))) {
                return;
            }
        }
    }

    /// `append(s, ...)` adding `n` elements; `src` is the slice of
    /// `append(s, t...)`. Past the capacity, `runtime.growslice` reads the
    /// old elements and the new ones go into a fresh array; within it, the
    /// new elements are written in place (plain writes, or by
    /// `runtime.slicecopy` for `t...`, which also reads `t`).
    pub(crate) fn race_append(&mut self, g: GIdx, s: &Value, n: usize, src: Option<&Value>) {
        if n == 0 {
            return;
        }
        let old = match s {
            Value::Slice(r) => Some(*r),
            _ => None,
        };
        let grows = old.is_none_or(|r| r.len as usize + n > r.cap as usize);
        if let Some(r) = old.filter(|_| grows) {
            self.race_range(g, r.array, r.offset, r.len, false, MapOp::GrowSlice);
        }
        if let Some(Value::Slice(t)) = src {
            self.race_range(g, t.array, t.offset, n as u32, false, MapOp::SliceCopy);
        }
        let Some(r) = old.filter(|_| !grows) else { return };
        if src.is_some() {
            self.race_range(g, r.array, r.offset + r.len, n as u32, true, MapOp::SliceCopy);
        } else {
            for i in 0..n as u32 {
                self.race_access(g, Loc::Elem(r.array, r.offset + r.len + i), true, None);
            }
        }
    }

    /// The reads a `fmt` print function makes of its arguments: `printValue`
    /// copies each element of a slice out through `reflect` (one read per
    /// element), and the struct a pointer points to as one range (`&{...}`).
    /// Byte slices (printed by fmt's own loop) and pointer-shaped elements
    /// (copied without `typedmemmove`) are left out.
    pub(crate) fn race_fmt(&mut self, g: GIdx, builtin: Builtin, args: &[Value]) {
        let (call, skip): (FmtCall, usize) = match builtin {
            Builtin::FmtPrint => (FmtCall::Print, 0),
            Builtin::FmtPrintln => (FmtCall::Println, 0),
            Builtin::FmtPrintf => (FmtCall::Printf, 1),
            Builtin::FmtSprint => (FmtCall::Sprint, 0),
            Builtin::FmtSprintln => (FmtCall::Sprintln, 0),
            Builtin::FmtSprintf => (FmtCall::Sprintf, 1),
            Builtin::FmtErrorf => (FmtCall::Errorf, 1),
            Builtin::FmtFprint => (FmtCall::Fprint, 1),
            Builtin::FmtFprintln => (FmtCall::Fprintln, 1),
            Builtin::FmtFprintf => (FmtCall::Fprintf, 2),
            _ => return,
        };
        let printf = matches!(call, FmtCall::Printf | FmtCall::Sprintf | FmtCall::Errorf | FmtCall::Fprintf);
        let format = args.get(skip.saturating_sub(1)).map(|f| match f {
            Value::Iface(b) => &b.1,
            f => f,
        });
        let verbs = match (printf, format) {
            (true, Some(Value::Str(f))) => printf_verbs(&f[..]),
            _ => Vec::new(),
        };
        for (k, arg) in args.iter().skip(skip).enumerate() {
            // The line of doPrint* that passes this argument to printArg;
            // `%T` and `%p` print without reading the value.
            let line = if !printf {
                if matches!(call, FmtCall::Print | FmtCall::Sprint | FmtCall::Fprint) {
                    1188
                } else {
                    1200
                }
            } else {
                match verbs.iter().find(|v| v.0 == k) {
                    Some(&(_, 'T' | 'p', _)) => continue,
                    Some(&(_, _, true)) => 1057,
                    Some(_) => 1153,
                    None => 1173,
                }
            };
            let (ty, v) = match arg {
                Value::Iface(b) => (Some(b.0), &b.1),
                v => (None, v),
            };
            match v {
                Value::Slice(r) if !self.is_byte_slice(ty) => {
                    for idx in r.offset..r.offset + r.len {
                        let elem = self.arrays.get(r.array as usize).and_then(|a| a.get(idx as usize));
                        let copied = matches!(
                            elem,
                            Some(
                                Value::Int(_)
                                    | Value::Float(_)
                                    | Value::Bool(_)
                                    | Value::Str(_)
                                    | Value::Struct(_)
                                    | Value::Array(_)
                            )
                        );
                        if copied {
                            let fmt = Some(FmtRead { call, shape: FmtShape::SliceElem, line });
                            self.race_access_by(g, Loc::Elem(r.array, idx), false, None, fmt);
                        }
                    }
                }
                Value::Ptr(c) => {
                    let fields = match self.cells.get(*c as usize) {
                        Some(Value::Struct(fs)) => fs.len().clamp(1, MAX_FIELDS),
                        _ => continue,
                    };
                    for f in 0..fields as u16 {
                        let fmt = Some(FmtRead { call, shape: FmtShape::PtrStruct, line });
                        if self.race_access_by(g, Loc::Cell(*c, f), false, None, fmt) {
                            break;
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// Whether an interface's dynamic type is `[]byte` (or a named one).
    fn is_byte_slice(&self, ty: Option<u32>) -> bool {
        use crate::ir::types::RtKind;
        let Some(ty) = ty else { return false };
        let RtKind::Slice(elem) = self.program.types.get(ty).kind else { return false };
        matches!(self.program.types.get(elem).kind, RtKind::Int { bits: 8, signed: false })
    }

    /// `copy(dst, src)`: `runtime.slicecopy` reads the source range, then
    /// writes the destination range.
    pub(crate) fn race_copy(&mut self, g: GIdx, dst: &Value, src: &Value) {
        let Value::Slice(d) = dst else { return };
        let n = match src {
            Value::Slice(t) => t.len.min(d.len),
            Value::Str(text) => (text.len() as u32).min(d.len),
            _ => 0,
        };
        if n == 0 {
            return;
        }
        if let Value::Slice(t) = src {
            self.race_range(g, t.array, t.offset, n, false, MapOp::SliceCopy);
        }
        self.race_range(g, d.array, d.offset, n, true, MapOp::SliceCopy);
    }

    /// An access to a whole heap cell: each field when it holds a struct.
    fn race_cell(&mut self, g: GIdx, c: u32, write: bool) {
        let fields = match self.cells.get(c as usize) {
            Some(Value::Struct(fs)) => fs.len().clamp(1, MAX_FIELDS),
            _ => 1,
        };
        for f in 0..fields {
            self.race_access(g, Loc::Cell(c, f as u16), write, None);
        }
    }

    /// The loads and stores the fast loop hands over when race detection is
    /// on: they run here, with their accesses recorded.
    pub(crate) fn race_simple(&mut self, g: GIdx, instr: &Instr) {
        let cell = {
            let gr = &self.goroutines[g as usize];
            let frame = gr.frames.last().expect("running goroutine has a frame");
            let boxed = |slot: u32| match &gr.stack[frame.base as usize + slot as usize] {
                Value::Cell(c) | Value::Ptr(c) => *c,
                _ => 0,
            };
            let capture = |i: u32| frame.closure.as_ref().map_or(0, |c| c.env[i as usize]);
            match instr {
                Instr::LoadBoxed(slot) | Instr::StoreBoxed(slot) => boxed(*slot as u32),
                Instr::LoadCapture(i) | Instr::StoreCapture(i) => capture(*i as u32),
                _ => 0,
            }
        };
        let stack = &mut self.goroutines[g as usize].stack;
        match instr {
            Instr::LoadGlobal(i) => {
                stack.push(self.globals[*i as usize].clone());
                self.race_access(g, Loc::Global(*i as u32), false, None);
            }
            Instr::StoreGlobal(i) => {
                self.globals[*i as usize] = stack.pop().unwrap_or_default();
                self.race_access(g, Loc::Global(*i as u32), true, None);
            }
            Instr::LoadBoxed(_) | Instr::LoadCapture(_) => {
                stack.push(self.cells[cell as usize].clone());
                self.race_cell(g, cell, false);
            }
            Instr::StoreBoxed(_) | Instr::StoreCapture(_) => {
                self.cells[cell as usize] = stack.pop().unwrap_or_default();
                self.race_cell(g, cell, true);
            }
            _ => {}
        }
    }

    /// A write into a variable in place (`Instr::StorePlace`): a global, or
    /// the cell of a captured variable; a plain local is never shared.
    pub(crate) fn race_store_var(&mut self, g: GIdx, global: Option<u32>, cell: Option<u32>) {
        if let Some(i) = global {
            self.race_access(g, Loc::Global(i), true, None);
        }
        if let Some(c) = cell {
            self.race_cell(g, c, true);
        }
    }

    /// A read through a pointer (`*p`, or `p.f` when `field` is given).
    pub(crate) fn race_deref(&mut self, g: GIdx, p: &Value, field: Option<u16>) {
        let Value::Ptr(c) = *p else { return };
        match field {
            Some(f) => {
                self.race_access(g, Loc::Cell(c, f), false, None);
            }
            None => self.race_cell(g, c, false),
        }
    }

    /// A store through a pointer along a field path.
    pub(crate) fn race_store_ptr(&mut self, g: GIdx, c: u32, path: &[u16]) {
        match path.first() {
            Some(f) => {
                self.race_access(g, Loc::Cell(c, *f), true, None);
            }
            None => self.race_cell(g, c, true),
        }
    }

    /// An element of a slice, read or written.
    pub(crate) fn race_elem(&mut self, g: GIdx, x: &Value, i: &Value, write: bool) {
        if let (Value::Slice(s), Value::Int(i)) = (x, i) {
            if *i >= 0 && (*i as u64) < s.len as u64 {
                self.race_access(g, Loc::Elem(s.array, s.offset + *i as u32), write, None);
            }
        }
    }

    /// A map operation: Go checks it against the map as a whole.
    pub(crate) fn race_map(&mut self, g: GIdx, m: &Value, key: &Value, op: MapOp) {
        let Value::Map(id) = *m else { return };
        let kind = match key {
            Value::Str(_) => KeyKind::Str,
            Value::Int(_) => KeyKind::Int,
            _ => KeyKind::Other,
        };
        let write = matches!(op, MapOp::Assign | MapOp::Delete);
        self.race_access(g, Loc::Map(id), write, Some((op, kind)));
        // The value itself is read or written through the pointer the map
        // operation returns: a location of its own, as in Go.
        if matches!(op, MapOp::Access1 | MapOp::Access2 | MapOp::Assign) {
            let Some(k) = super::map::MapKey::of(key) else { return };
            let present = self.maps.get(id as usize).is_some_and(|mp| mp.entries.contains_key(&k));
            if present {
                let loc = self.race.as_deref_mut().map(|r| r.map_slot(id, k));
                if let Some(loc) = loc {
                    self.race_access(g, loc, op == MapOp::Assign, None);
                }
            }
        }
    }

    /// A receive by `receiver` completed: from the buffer (and a waiting
    /// sender refilled it), straight from a sender, or from a closed channel.
    pub(crate) fn race_recv(&mut self, receiver: GIdx, c: u32, ok: bool, sender: Option<GIdx>, from_sender: bool) {
        let cap = self.chans[c as usize].cap;
        self.with_race(|r| match sender {
            Some(s) if from_sender => r.sync_pair(receiver, s),
            _ if ok => {
                r.buffered_recv(receiver, c, cap);
                if let Some(s) = sender {
                    r.buffered_send(s, c, cap);
                }
            }
            _ => r.acquire(receiver, SyncKey::ChanClose(c)),
        });
    }

    /// `go` started `child`; `args` is how many arguments the statement passed.
    pub(crate) fn race_spawn(&mut self, parent: GIdx, child: GIdx, args: usize) {
        let stack = self.race_stack(parent);
        let wrapper = self.go_wrapper(parent, child, args);
        self.with_race(|r| {
            r.spawn(parent, child, stack);
            r.set_wrapper(child, parent, wrapper);
        });
    }

    /// Go 1.19 runs `go f(args)` and `go x.Method()` through a closure it
    /// makes, named after the literal closures of the enclosing function
    /// (`main.main.func2` after one literal), called at the line of the
    /// call's arguments. `go f()` and `go func() {...}()` have none.
    fn go_wrapper(&self, parent: GIdx, child: GIdx, args: usize) -> Option<(String, u32)> {
        let bound = matches!(self.goroutines[child as usize].frames.first(), Some(f) if f.closure.as_ref().is_some_and(|c| c.bound.is_some()));
        if args == 0 && !bound {
            return None;
        }
        let frame = self.goroutines[parent as usize].frame();
        let at = frame.pc.saturating_sub(1) as usize;
        let outer = &self.program.funcs[frame.func as usize];
        let prefix = format!("{}.func", outer.name);
        let literals = self
            .program
            .funcs
            .iter()
            .filter(|f| {
                f.name.strip_prefix(&prefix).is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            })
            .count();
        let earlier = outer.code[..at].iter().filter(|i| matches!(i, Instr::Go { args } if *args > 0)).count();
        let line = self.program.line_of(frame.func, at.saturating_sub(1));
        Some((format!("{prefix}{}", literals + earlier + 1), line))
    }

    /// `by` woke `g`: `g` learns what `by` did, and what the object it
    /// waited for carries (every `Done` of a WaitGroup, a mutex's unlocks).
    pub(crate) fn race_wake(&mut self, by: GIdx, g: GIdx) {
        let reason = self.goroutines[g as usize].wait;
        let cond_mutex = match reason {
            Some(WaitReason::CondWait(c)) => self.conds.get(c as usize).map(|c| c.mutex),
            _ => None,
        };
        self.with_race(|r| {
            r.wake(by, g);
            let key = match reason {
                Some(WaitReason::WaitGroupWait(id)) => Some(SyncKey::WaitGroup(id)),
                Some(WaitReason::MutexLock(id)) => Some(SyncKey::Mutex(id)),
                Some(WaitReason::RwRLock(id)) => Some(SyncKey::RwWriter(id)),
                Some(WaitReason::OnceDo(id)) => Some(SyncKey::Once(id)),
                Some(WaitReason::CondWait(_)) => cond_mutex.map(SyncKey::Mutex),
                Some(WaitReason::RwLock(id)) => {
                    r.acquire(g, SyncKey::RwReaders(id));
                    Some(SyncKey::RwWriter(id))
                }
                _ => None,
            };
            if let Some(key) = key {
                r.acquire(g, key);
            }
        });
    }

    /// The edges of a synchronising library call, taken before it runs
    /// (an acquire that then blocks is repeated by the wake-up).
    pub(crate) fn race_builtin(&mut self, g: GIdx, builtin: Builtin, args: &[Value]) {
        let g = match self.race.as_ref().and_then(|r| r.alias) {
            Some((helper, caller)) if helper == g => caller,
            _ => g,
        };
        if builtin == Builtin::AfterFunc {
            // The call happens before the function runs in its own goroutine.
            self.with_race(|r| r.release(g, SyncKey::AfterFunc));
            return;
        }
        let id = match args.first() {
            Some(Value::Mutex(i) | Value::RwMutex(i) | Value::WaitGroup(i) | Value::Object(_, i)) => *i,
            Some(Value::Ptr(c)) => *c,
            _ => return,
        };
        // sync.WaitGroup's own annotations (waitgroup.go): an Add from a
        // zero counter reads its semaphore word and the first Wait that
        // has to wait writes it, so an Add that no Wait is ordered with is
        // a race. Add and Wait are inlined, so the caller's frames follow.
        if let Some(wg) = self.waitgroups.get(id as usize) {
            let (counter, no_waiters) = (wg.counter, wg.waiters.is_empty());
            match (builtin, args.get(1)) {
                (Builtin::WgAdd, Some(Value::Int(d))) if *d > 0 && counter == 0 => {
                    self.race_access(g, Loc::WgSema(id), false, Some((MapOp::RaceRead, KeyKind::Other)));
                }
                (Builtin::WgWait, _) if counter != 0 && no_waiters => {
                    self.race_access(g, Loc::WgSema(id), true, Some((MapOp::RaceWrite, KeyKind::Other)));
                }
                _ => {}
            }
        }
        if let (Builtin::WgAdd, Some(Value::Int(d))) = (builtin, args.get(1)) {
            if *d >= 0 {
                return;
            }
        }
        let cond_mutex = match builtin {
            Builtin::CondWait => self.conds.get(id as usize).map(|c| c.mutex),
            _ => None,
        };
        let mutex_free = matches!(builtin, Builtin::MutexTryLock)
            && self.mutexes.get(id as usize).is_some_and(|m| m.owner.is_none());
        self.with_race(|r| match builtin {
            Builtin::MutexLock => r.acquire(g, SyncKey::Mutex(id)),
            Builtin::MutexTryLock if mutex_free => r.acquire(g, SyncKey::Mutex(id)),
            Builtin::MutexUnlock => r.release(g, SyncKey::Mutex(id)),
            Builtin::RwLock | Builtin::RwTryLock => {
                r.acquire(g, SyncKey::RwWriter(id));
                r.acquire(g, SyncKey::RwReaders(id));
            }
            Builtin::RwRLock | Builtin::RwTryRLock => r.acquire(g, SyncKey::RwWriter(id)),
            Builtin::RwUnlock => r.release(g, SyncKey::RwWriter(id)),
            Builtin::RwRUnlock => r.release(g, SyncKey::RwReaders(id)),
            Builtin::WgAdd | Builtin::WgDone => r.release(g, SyncKey::WaitGroup(id)),
            Builtin::WgWait => r.acquire(g, SyncKey::WaitGroup(id)),
            Builtin::OnceDo => r.acquire(g, SyncKey::Once(id)),
            Builtin::CondWait => {
                if let Some(m) = cond_mutex {
                    r.release(g, SyncKey::Mutex(m));
                }
            }
            Builtin::AtomicLoad
            | Builtin::AtomicStore
            | Builtin::AtomicAdd
            | Builtin::AtomicSwap
            | Builtin::AtomicCas => r.acquire_release(g, SyncKey::Atomic(id)),
            Builtin::AtomicAddPtr
            | Builtin::AtomicLoadPtr
            | Builtin::AtomicStorePtr
            | Builtin::AtomicSwapPtr
            | Builtin::AtomicCasPtr => r.acquire_release(g, SyncKey::AtomicCell(id)),
            _ => {}
        });
    }

    /// The run ends: with races found, a normal exit prints Go's count and
    /// exits with status 66, as a program built with `-race` does.
    pub(crate) fn race_outcome(&mut self, g: GIdx, outcome: super::outcome::Outcome) -> super::outcome::Outcome {
        let n = self.race.as_ref().map_or(0, |r| r.races.len());
        match outcome {
            super::outcome::Outcome::Exit(_) if n > 0 => {
                let text = race_report::found_line(n);
                self.emit(g, EventKind::Output { stream: Stream::Stderr, text });
                super::outcome::Outcome::Exit(race_report::RACE_EXIT_CODE)
            }
            other => other,
        }
    }
}

/// The arguments a `Printf` format uses, in order: (argument index, verb,
/// whether `doPrintf` takes its fast path: flags at most, then a lower-case
/// ASCII verb). Widths and precisions given by `*` use up arguments; `[n]`
/// picks one; `%%` uses none.
pub fn printf_verbs(format: &str) -> Vec<(usize, char, bool)> {
    let b = format.as_bytes();
    let (mut i, mut arg, mut out) = (0, 0usize, Vec::new());
    let index = |i: &mut usize, arg: &mut usize| {
        if b.get(*i) == Some(&b'[') {
            let close = b[*i..].iter().position(|&c| c == b']').map(|p| *i + p);
            if let Some(close) = close {
                if let Ok(n) = format[*i + 1..close].parse::<usize>() {
                    *arg = n.saturating_sub(1);
                }
                *i = close + 1;
            }
        }
    };
    while i < b.len() {
        if b[i] != b'%' {
            i += 1;
            continue;
        }
        i += 1;
        while i < b.len() && b"#0+- ".contains(&b[i]) {
            i += 1;
        }
        let Some(&c) = b.get(i) else { break };
        if c.is_ascii_lowercase() {
            out.push((arg, c as char, true));
            arg += 1;
            i += 1;
            continue;
        }
        index(&mut i, &mut arg);
        let number = |i: &mut usize, arg: &mut usize| {
            if b.get(*i) == Some(&b'*') {
                *arg += 1;
                *i += 1;
            } else {
                while b.get(*i).is_some_and(u8::is_ascii_digit) {
                    *i += 1;
                }
            }
        };
        number(&mut i, &mut arg);
        if b.get(i) == Some(&b'.') {
            i += 1;
            index(&mut i, &mut arg);
            number(&mut i, &mut arg);
        }
        index(&mut i, &mut arg);
        let Some(verb) = format[i..].chars().next() else { break };
        i += verb.len_utf8();
        if verb != '%' {
            out.push((arg, verb, false));
            arg += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::printf_verbs;

    #[test]
    fn printf_verbs_follow_do_printf() {
        assert_eq!(printf_verbs("%v\n"), [(0, 'v', true)]);
        assert_eq!(printf_verbs("%-d|%5d|%%|%T"), [(0, 'd', true), (1, 'd', false), (2, 'T', false)]);
        assert_eq!(printf_verbs("%*d %[1]v %.2f"), [(1, 'd', false), (0, 'v', false), (1, 'f', false)]);
    }
}
