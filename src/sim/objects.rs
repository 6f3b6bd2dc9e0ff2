//! `sync.Once`, `sync.Cond`, `context.Context` and the `atomic` types: the
//! machine's objects behind them and their operations.

use super::event::EventKind;
use super::goroutine::{GIdx, GState, LockRetry, WaitReason};
use super::machine::Machine;
use super::timer::TimerAction;
use super::value::{ChanId, Closure, Value};
use crate::ir::{SyncKind, Zero};
use std::collections::VecDeque;
use std::rc::Rc;

/// The function id that marks a context's cancel function value.
pub const CANCEL_FUNC: u32 = u32::MAX;

#[derive(Clone, Debug, Default)]
pub struct Once {
    pub done: bool,
    /// The goroutine running the function, while it runs.
    pub running: Option<GIdx>,
    pub waiters: Vec<GIdx>,
}

#[derive(Clone, Debug, Default)]
pub struct Cond {
    /// The mutex `L`.
    pub mutex: u32,
    pub waiters: VecDeque<GIdx>,
}

/// A `time.Timer`, `time.Ticker` or `time.AfterFunc` timer.
#[derive(Clone, Debug, Default)]
pub struct TimerObj {
    /// The channel `C` (none for `AfterFunc`).
    pub ch: Option<ChanId>,
    /// Every how many nanoseconds a ticker fires (0 for a timer).
    pub period: u64,
    /// The function `AfterFunc` runs in its own goroutine.
    pub func: Option<Value>,
}

/// A context in the tree.
#[derive(Clone, Debug, Default)]
pub struct Context {
    pub parent: Option<u32>,
    pub children: Vec<u32>,
    /// The channel `Done` returns (a background context has none).
    pub done: Option<ChanId>,
    /// Whether this context closes `done` itself when cancelled.
    pub owns_done: bool,
    /// `Err()`: nil until cancelled.
    pub err: Value,
    pub key: Option<(Value, Value)>,
    /// A deadline on the virtual clock.
    pub deadline: Option<u64>,
    /// How `fmt` prints it: `context.Background.WithCancel`.
    pub name: String,
}

impl Machine {
    /// Names an object after the variable that holds it, for the scene: a
    /// cancelable context's `Done()` channel, a timer's `C`, a `time.After`
    /// channel, a Once, Cond or atomic.
    pub(crate) fn name_object(&mut self, v: &Value, name: &str) {
        match v {
            Value::Object(SyncKind::Context, id) => {
                self.object_names.insert((SyncKind::Context, *id), Rc::from(name));
                if let Some(Context { done: Some(ch), owns_done: true, .. }) = self.contexts.get(*id as usize) {
                    if let Some(c) = self.chans.get_mut(*ch as usize) {
                        c.name = format!("{name}.Done()");
                    }
                }
            }
            Value::Object(SyncKind::Timer, id) => {
                if let Some(ch) = self.timer_objs.get(*id as usize).and_then(|t| t.ch) {
                    if let Some(c) = self.chans.get_mut(ch as usize) {
                        c.name = format!("{name}.C");
                    }
                }
            }
            Value::Chan(ch) => {
                if let Some(c) = self.chans.get_mut(*ch as usize) {
                    c.name = name.to_string();
                }
            }
            Value::Object(kind, id) if *kind != SyncKind::Rand => {
                self.object_names.insert((*kind, *id), Rc::from(name));
            }
            _ => {}
        }
    }

    /// Names a Mutex, RWMutex, WaitGroup, Once, Cond or atomic reached
    /// through a struct field (`s.mu`), unless it has a name already.
    pub(crate) fn name_unnamed(&mut self, v: &Value, name: &str) {
        let slot = match v {
            Value::Mutex(id) => self.mutexes.get_mut(*id as usize).map(|m| &mut m.name),
            Value::RwMutex(id) => self.rwmutexes.get_mut(*id as usize).map(|m| &mut m.name),
            Value::WaitGroup(id) => self.waitgroups.get_mut(*id as usize).map(|w| &mut w.name),
            Value::Object(kind, id) if !matches!(kind, SyncKind::Rand | SyncKind::Context | SyncKind::Timer) => {
                if self.object_name(*kind, *id).is_none() {
                    self.object_names.insert((*kind, *id), Rc::from(name));
                }
                return;
            }
            _ => return,
        };
        if let Some(slot) = slot.filter(|n| n.is_empty()) {
            *slot = name.to_string();
        }
    }

    /// The variable name of a Once, Cond, context or atomic object (in the
    /// atomics arena, whatever its kind), if it was made for a named variable.
    pub fn object_name(&self, kind: SyncKind, id: u32) -> Option<&str> {
        self.object_names.get(kind, id)
    }

    /// A fresh object for the zero value of a `sync`, context or atomic type.
    pub(crate) fn new_object(&mut self, kind: SyncKind) -> Value {
        let id = match kind {
            SyncKind::Once => {
                self.onces.push(Once::default());
                self.onces.len() - 1
            }
            SyncKind::Cond => {
                self.conds.push(Cond::default());
                self.conds.len() - 1
            }
            SyncKind::Context => return Value::Nil,
            // Every generator draws from the run's source: it needs no state.
            SyncKind::Rand => return Value::Object(SyncKind::Rand, 0),
            SyncKind::AtomicInt | SyncKind::AtomicInt32 | SyncKind::AtomicUint32 | SyncKind::AtomicUint64 => {
                self.atomics.push(Value::Int(0));
                self.atomics.len() - 1
            }
            SyncKind::SyncMap => {
                let m = self.new_map(Vec::new()).unwrap_or_default();
                self.atomics.push(m);
                self.atomics.len() - 1
            }
            SyncKind::Builder => {
                // A builder's text lives in the same arena as atomic values.
                self.atomics.push(Value::Str(Rc::from("")));
                self.atomics.len() - 1
            }
            SyncKind::AtomicBool => {
                self.atomics.push(Value::Bool(false));
                self.atomics.len() - 1
            }
            SyncKind::AtomicValue => {
                self.atomics.push(Value::Nil);
                self.atomics.len() - 1
            }
            SyncKind::Timer => {
                self.timer_objs.push(TimerObj::default());
                self.timer_objs.len() - 1
            }
            SyncKind::Mutex | SyncKind::RWMutex | SyncKind::WaitGroup => unreachable!("made by new_sync"),
        };
        Value::Object(kind, id as u32)
    }

    /// `once.Do(f)`: runs `f` the first time; later callers wait until the
    /// first call has returned. Returns false when the step must end.
    pub(crate) fn once_do(&mut self, g: GIdx, once: u32, f: Value) -> bool {
        let o = &mut self.onces[once as usize];
        if o.done {
            self.emit(g, EventKind::OnceDo { once, runs: false });
            return true;
        }
        if o.running.is_some() {
            o.waiters.push(g);
            self.block(g, WaitReason::OnceDo(once));
            return false;
        }
        o.running = Some(g);
        self.emit(g, EventKind::OnceDo { once, runs: true });
        let Value::Func(closure) = f else {
            self.runtime_panic(g, "runtime error: invalid memory address or nil pointer dereference".into());
            return false;
        };
        let stack = &mut self.goroutines[g as usize].stack;
        let at = stack.len();
        stack.push(Value::Func(closure.clone()));
        self.push_frame(g, closure, at, 0, false);
        if let Some(frame) = self.goroutines[g as usize].frames.last_mut() {
            frame.once = Some(once);
        }
        true
    }

    /// The function of a `once.Do` returned (or panicked): later calls skip it.
    pub(crate) fn once_finished(&mut self, g: GIdx, once: u32) {
        self.with_race(|r| r.release(g, super::race::SyncKey::Once(once)));
        let o = &mut self.onces[once as usize];
        o.done = true;
        o.running = None;
        for w in std::mem::take(&mut o.waiters) {
            self.wake(g, w);
        }
    }

    /// `c.Wait()`: unlocks `c.L`, waits for a signal, then locks `c.L` again.
    pub(crate) fn cond_wait(&mut self, g: GIdx, cond: u32) -> bool {
        let mutex = self.conds[cond as usize].mutex;
        self.emit(g, EventKind::CondWait { cond });
        if !self.mutex_unlock(g, mutex) {
            return false;
        }
        self.conds[cond as usize].waiters.push_back(g);
        self.block(g, WaitReason::CondWait(cond));
        false
    }

    /// `c.Signal()` / `c.Broadcast()`: the woken waiters queue for `c.L`.
    pub(crate) fn cond_signal(&mut self, g: GIdx, cond: u32, all: bool) {
        let c = &mut self.conds[cond as usize];
        let woken: Vec<GIdx> =
            if all { c.waiters.drain(..).collect() } else { c.waiters.pop_front().into_iter().collect() };
        let mutex = c.mutex;
        self.emit(g, EventKind::CondSignal { cond, all, to: woken.first().copied() });
        // Each woken waiter calls `c.L.Lock()` when it runs, as Go's `Wait` does.
        for w in woken {
            self.goroutines[w as usize].lock_retry = Some(LockRetry::CondRelock(mutex));
            self.wake(g, w);
        }
    }

    /// A new context below `parent` (`None`: a background context).
    pub(crate) fn new_context(&mut self, parent: Option<u32>, cancelable: bool) -> u32 {
        let id = self.contexts.len() as u32;
        let (done, owns_done) = if cancelable {
            let ch = self.chans.len() as u32;
            self.chans.push(super::channel::Channel::new(format!("ctx#{}.Done()", id + 1), 0, Zero::Nil));
            (Some(ch), true)
        } else {
            (parent.and_then(|p| self.contexts[p as usize].done), false)
        };
        let inherited_err = parent.map(|p| self.contexts[p as usize].err.clone()).unwrap_or_default();
        let deadline = parent.and_then(|p| self.contexts[p as usize].deadline);
        self.contexts.push(Context { parent, done, owns_done, deadline, ..Context::default() });
        if let Some(p) = parent {
            self.contexts[p as usize].children.push(id);
        }
        if inherited_err != Value::Nil {
            // A child of a cancelled context starts cancelled.
            let g = self.last_running_goroutine();
            self.cancel_context(g, id, inherited_err);
        }
        id
    }

    /// Cancels a context and, below it, every descendant: `Err` is set and
    /// `Done` closed.
    pub(crate) fn cancel_context(&mut self, g: GIdx, id: u32, err: Value) {
        let ctx = &mut self.contexts[id as usize];
        if ctx.err != Value::Nil {
            return;
        }
        ctx.err = err.clone();
        let (done, owns, children) = (ctx.done, ctx.owns_done, ctx.children.clone());
        let deadline = self.ctx_errors.1 != Value::Nil && err == self.ctx_errors.1;
        self.emit(g, EventKind::ContextCancel { ctx: id, deadline });
        if let (Some(ch), true) = (done, owns) {
            if !self.chans[ch as usize].closed {
                self.close_channel(g, ch);
            }
        }
        for c in children {
            self.cancel_context(g, c, err.clone());
        }
    }

    /// `context.WithTimeout` and `WithDeadline`: a timer cancels the context.
    pub(crate) fn set_deadline(&mut self, id: u32, at: u64) {
        let ctx = &mut self.contexts[id as usize];
        let at = ctx.deadline.map_or(at, |d| d.min(at));
        ctx.deadline = Some(at);
        self.timers.add(at, TimerAction::CancelContext(id));
    }

    /// A context's cancel function as a Go function value.
    pub(crate) fn cancel_func(&self, id: u32) -> Value {
        Value::Func(Rc::new(Closure {
            func: CANCEL_FUNC,
            env: Rc::from([]),
            bound: Some(Value::Object(SyncKind::Context, id)),
        }))
    }

    /// `ctx.Value(key)`: the nearest value for the key up the tree.
    pub(crate) fn context_value(&self, id: u32, key: &Value) -> Value {
        let mut cur = Some(id);
        while let Some(c) = cur {
            let ctx = &self.contexts[c as usize];
            if let Some((k, v)) = &ctx.key {
                if k == key {
                    return v.clone();
                }
            }
            cur = ctx.parent;
        }
        Value::Nil
    }

    /// `context.Canceled`: one value per run, so `err == context.Canceled` holds.
    pub(crate) fn canceled_error(&mut self) -> Value {
        if self.ctx_errors.0 == Value::Nil {
            self.ctx_errors.0 = self.new_error("context canceled".into());
        }
        self.ctx_errors.0.clone()
    }

    /// `context.DeadlineExceeded`, likewise one value per run.
    pub(crate) fn deadline_error(&mut self) -> Value {
        if self.ctx_errors.1 == Value::Nil {
            self.ctx_errors.1 = self.new_error("context deadline exceeded".into());
        }
        self.ctx_errors.1.clone()
    }

    /// `time.NewTimer`, `NewTicker`, `AfterFunc`: a timer that fires after `d`.
    pub(crate) fn new_timer(&mut self, d: i64, period: u64, func: Option<Value>) -> Value {
        let v = self.new_object(SyncKind::Timer);
        let Value::Object(_, id) = v else { return v };
        let ch = if func.is_none() {
            let c = self.chans.len() as u32;
            self.chans.push(super::channel::Channel::new(format!("timer#{}.C", id + 1), 1, Zero::Int));
            Some(c)
        } else {
            None
        };
        self.timer_objs[id as usize] = TimerObj { ch, period, func };
        self.timers.add(self.time.saturating_add(d.max(0) as u64), TimerAction::Fire(id));
        v
    }

    /// A timer fired: send the time on `C`, or start `AfterFunc`'s function;
    /// a ticker is armed again.
    pub(crate) fn fire_timer(&mut self, id: u32, when: u64) {
        let t = self.timer_objs[id as usize].clone();
        if let Some(f) = t.func {
            self.spawn_after_func(f);
        } else if let Some(ch) = t.ch {
            if self.chans[ch as usize].can_send() {
                let g = self.last_running_goroutine();
                self.send_now(g, ch, Value::Int(when as i64));
            }
        }
        if t.period > 0 {
            self.timers.add(when + t.period, TimerAction::Fire(id));
        }
    }

    /// `Stop` (and the first half of `Reset`): whether the timer was pending.
    pub(crate) fn stop_timer(&mut self, id: u32) -> bool {
        self.timers.remove(TimerAction::Fire(id))
    }

    /// The goroutine to attribute machine-made events to.
    pub(crate) fn last_running_goroutine(&self) -> GIdx {
        self.goroutines.iter().position(|g| g.state == GState::Running).unwrap_or(0) as GIdx
    }
}
