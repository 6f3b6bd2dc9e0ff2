//! Calling a Go function value from library code (the `less` function of
//! `sort.Slice`, the `swap` function of `rand.Shuffle`, an error's `Unwrap`
//! method) on the real machine, so its effects on the heap stay.

use super::super::event::{Event, EventKind};
use super::super::goroutine::{Frame, GIdx, GState};
use super::super::machine::Machine;
use super::super::value::Value;

/// Steps a callback may run before the library gives up on it.
const CALLBACK_STEP_BUDGET: u32 = 200_000;

impl Machine {
    /// Calls the function value `f` with `args` until it returns and gives
    /// its first result (`Nil` when it has none); `None` when it panicked,
    /// blocked or ran too long. The call runs on a helper goroutine (id 0):
    /// its prints stay in the run, attributed to the goroutine that was
    /// running, and the scheduler is left as it was.
    pub fn call_function_value(&mut self, f: &Value, args: Vec<Value>) -> Option<Value> {
        let caller = self.goroutines.iter().position(|g| g.state == GState::Running && g.goid != 0);
        self.call_function_value_from(caller.map(|c| c as GIdx), f, args)
    }

    /// `call_function_value` for a call made by goroutine `caller`.
    pub fn call_function_value_from(&mut self, caller: Option<GIdx>, f: &Value, args: Vec<Value>) -> Option<Value> {
        if !matches!(f, Value::Func(_)) {
            return None;
        }
        let saved_sched = self.sched.clone();
        let saved_result = self.call_result.take();
        let events_before = self.events.len();
        let h = self.helper_goroutine(f, args);
        let alias = self.race.as_deref_mut().map(|r| std::mem::replace(&mut r.alias, caller.map(|c| (h, c))));
        for _ in 0..CALLBACK_STEP_BUDGET {
            if self.outcome.is_some() || self.goroutines[h as usize].state != GState::Running {
                break;
            }
            self.run_step_of(h);
        }
        let finished = self.goroutines[h as usize].state == GState::Done;
        if let (Some(r), Some(alias)) = (self.race.as_deref_mut(), alias) {
            r.alias = alias;
        }
        let result = self.call_result.take();
        // The helper's own events (its finish, mostly) would name a goroutine
        // the run never showed; what it printed or panicked with stays.
        let helper_events = self.events.split_off(events_before);
        for e in helper_events {
            if matches!(e.kind, EventKind::Output { .. } | EventKind::Panic { .. }) {
                self.events.push(Event { g: caller.unwrap_or(e.g), kind: e.kind });
            }
        }
        // Finishing the helper told the scheduler that the running goroutine
        // stopped; the caller is in fact still running.
        self.sched = saved_sched;
        self.call_result = saved_result;
        if finished {
            result
        } else {
            None
        }
    }

    /// A goroutine ready to run `f(args)`: the finished helper of an earlier
    /// call when there is one, so callbacks do not pile up goroutines.
    fn helper_goroutine(&mut self, f: &Value, args: Vec<Value>) -> GIdx {
        let Value::Func(closure) = f else { unreachable!("checked by the caller") };
        // Only `spawn_for_call` makes goroutines with id 0, and the machine
        // remembers the latest one as the goroutine whose result it records.
        let last = self.goroutines.iter().rposition(|g| g.goid == 0);
        let Some(h) = last.filter(|&h| self.goroutines[h].state == GState::Done) else {
            return self.spawn_for_call(f.clone(), args);
        };
        let func = &self.program.funcs[closure.func as usize];
        let slots = func.locals.max(func.params) as usize;
        let gr = &mut self.goroutines[h];
        gr.stack = args;
        if let Some(recv) = &closure.bound {
            gr.stack.insert(0, recv.clone());
        }
        gr.stack.resize(slots, Value::Nil);
        gr.frames = vec![Frame {
            func: closure.func,
            pc: 0,
            base: 0,
            closure: Some(closure.clone()),
            results: 0,
            defers: Vec::new(),
            is_deferred: false,
            once: None,
        }];
        gr.entry = closure.func;
        gr.state = GState::Running;
        gr.wait = None;
        gr.pending_panic = None;
        gr.panicking = None;
        gr.select_chans.clear();
        h as GIdx
    }
}
