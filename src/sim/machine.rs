//! The machine: all mutable state of a run, and how one step executes.
//!
//! Every piece of state lives in dense vectors indexed by typed ids that are
//! never reused, so `Machine: Clone` is an exact snapshot. Nothing here reads
//! a real clock or an unseeded random source.

use super::channel::{Channel, Receiver, RecvResult, SendResult, Sender};
use super::choice::Choice;
use super::decode::{decode_with_kernels, Kind, Op, FUSED, LOOP, START, SYNC};
use super::event::{AtomicOp, Event, EventKind, ObjRef, StepRecord, Stream, TimerSource};
use super::goroutine::{
    Deferred, Frame, GIdx, GState, Goroutine, LockRetry, Panicking, WaitReason, FIRST_USER_GOID, MAIN_GOID,
};
use super::loop_kernel::Kernels;
use super::map::GoMap;
use super::map_write::MapUse;
use super::mutex::{Mutex, MutexId, RwMutex};
use super::objects::CANCEL_FUNC;
use super::outcome::Outcome;
use super::printing::PrintKind;
use super::race::{MapOp, SyncKey};
use super::rng::Rng;
use super::sched::{Policy, Scheduler};
use super::timer::{TimerAction, Timers};
use super::traceback;
use super::value::{sprintln, ChanId, Closure, Value};
use super::waitgroup::WaitGroup;
use crate::ir::{BinOp, Builtin, Capture, FuncId, Instr, PlaceStep, Program, SelectCase, SyncKind, UnOp, VarRef, Zero};
use std::rc::Rc;

/// Bounds that keep any program, however wrong, from hanging or exhausting memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    pub max_steps: u64,
    pub max_goroutines: usize,
    /// Frames per goroutine (Go's "stack overflow").
    pub max_frames: usize,
    /// Heap cells and channels together.
    pub max_objects: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits { max_steps: 10_000_000, max_goroutines: 1_000_000, max_frames: 10_000, max_objects: 10_000_000 }
    }
}

/// How a run is set up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Config {
    pub seed: u64,
    pub policy: Policy,
    pub limits: Limits,
    /// Whether the race detector runs (`go run -race`); off costs nothing.
    pub race: bool,
}

impl Default for Config {
    fn default() -> Config {
        Config { seed: 1, policy: Policy::Fifo, limits: Limits::default(), race: false }
    }
}

/// The processor count the machine reports (`runtime.NumCPU`).
pub const SIMULATED_CPUS: i64 = 8;

/// Timer firings in a row that wake nobody before the run is called stuck.
const MAX_IDLE_TIMER_FIRES: u32 = 100_000;

/// Instructions one step may run before the machine calls it a runaway.
/// Lowering puts a statement start in every loop, so only a compiler bug hits it.
const MAX_INSTRUCTIONS_PER_STEP: u32 = 1_000_000;

#[derive(Clone, Debug)]
pub struct Machine {
    pub program: Rc<Program>,
    pub config: Config,
    pub goroutines: Vec<Goroutine>,
    pub chans: Vec<Channel>,
    pub cells: Vec<Value>,
    /// Cells that stand for places inside other values (`&s.f`).
    pub interior: super::pointer::Interior,
    /// Slices of arrays that are not variables (see `place_array`).
    pub place_arrays: super::place_array::PlaceArrays,
    /// Package-level variables.
    pub globals: Vec<Value>,
    /// Backing arrays of slices.
    pub arrays: Vec<Vec<Value>>,
    pub maps: Vec<GoMap>,
    pub onces: Vec<super::objects::Once>,
    pub conds: Vec<super::objects::Cond>,
    pub contexts: Vec<super::objects::Context>,
    /// The values of `atomic.Int64` and friends.
    pub atomics: Vec<Value>,
    /// The variable names of Once, Cond and atomic objects, for the scene
    /// (channels and locks keep theirs in their own structs).
    pub object_names: ObjectNames,
    pub timer_objs: Vec<super::objects::TimerObj>,
    /// Whether main called `runtime.Goexit`.
    pub main_goexited: bool,
    /// `context.Canceled` and `context.DeadlineExceeded`, once made.
    pub ctx_errors: (Value, Value),
    pub mutexes: Vec<Mutex>,
    pub rwmutexes: Vec<RwMutex>,
    pub waitgroups: Vec<WaitGroup>,
    /// Sleeping goroutines by wake time.
    pub timers: Timers,
    /// What `runtime.GOMAXPROCS` reports; the machine always runs one goroutine at a time.
    pub gomaxprocs: i64,
    pub sched: Scheduler,
    pub rng: Rng,
    /// Steps executed so far.
    pub steps: u64,
    /// Virtual time in nanoseconds since the start.
    pub time: u64,
    pub outcome: Option<Outcome>,
    next_goid: u64,
    /// The goroutine that ran the last step.
    last_running: Option<GIdx>,
    /// A goroutine started by `run_function`, and the result it returned.
    call_goroutine: Option<GIdx>,
    pub call_result: Option<Value>,
    /// Events of the step being executed; drained by the caller.
    pub events: Vec<Event>,
    /// The `select` case the current step must take when it is ready (a
    /// manual or replayed choice); otherwise the program's generator decides.
    forced_case: Option<u16>,
    /// The ready cases of the last step's `select`, when there were several,
    /// and the one taken: the step's case choice.
    pub select_ready: Vec<u16>,
    pub chosen_case: Option<u16>,
    /// A spare vector for the arguments of library calls (always empty here).
    arg_buf: Vec<Value>,
    /// The fused operations of each function (see `decode`), by function and pc.
    ops: Rc<Vec<Vec<Op>>>,
    /// The loop kernels of each function (see `loop_kernel`), by function.
    kernels: Rc<Vec<Kernels>>,
    /// Whether the simple loop may run `Lock` of a free mutex and `Unlock`
    /// that wakes nobody itself (always, but in tests that compare).
    fast_mutex: bool,
    /// The race detector, when `config.race` is on.
    pub race: Option<Box<super::race::RaceDetector>>,
    /// Maps being written and wait groups being released under a parallel policy (`map_write.rs`, `waitgroup.rs`).
    pub(crate) windows: super::map_write::Windows,
}

/// The variable names of Once, Cond, context and atomic objects, by arena
/// and id (vectors indexed by the object's id: ids are small and dense).
#[derive(Clone, Debug, Default)]
pub struct ObjectNames {
    /// Onces, Conds, contexts, and everything in the atomics arena.
    by_arena: [Vec<Option<Rc<str>>>; 4],
}

impl ObjectNames {
    /// Which arena an object of this kind lives in (every kind but Once,
    /// Cond and Context shares the atomics arena's ids).
    fn arena(kind: SyncKind) -> usize {
        match kind {
            SyncKind::Once => 0,
            SyncKind::Cond => 1,
            SyncKind::Context => 2,
            _ => 3,
        }
    }

    /// Names the object `(kind, id)`, replacing any name it had.
    pub fn insert(&mut self, (kind, id): (SyncKind, u32), name: Rc<str>) {
        let names = &mut self.by_arena[Self::arena(kind)];
        let i = id as usize;
        if names.len() <= i {
            names.resize(i + 1, None);
        }
        names[i] = Some(name);
    }

    /// The name of the object `(kind, id)`, if it has one.
    pub fn get(&self, kind: SyncKind, id: u32) -> Option<&str> {
        self.by_arena[Self::arena(kind)].get(id as usize)?.as_deref()
    }
}

/// What one step did, for the caller to record.
pub struct StepDone {
    pub record: StepRecord,
}

impl Machine {
    pub fn new(program: Rc<Program>, config: Config) -> Machine {
        let main = program.main;
        let globals = program.globals as usize;
        let first_goid = program.first_goid;
        let mut m = Machine {
            program,
            config,
            goroutines: Vec::new(),
            chans: Vec::new(),
            cells: Vec::new(),
            interior: Default::default(),
            place_arrays: Default::default(),
            globals: vec![Value::Nil; globals],
            arrays: Vec::new(),
            maps: Vec::new(),
            onces: Vec::new(),
            conds: Vec::new(),
            contexts: Vec::new(),
            atomics: Vec::new(),
            object_names: Default::default(),
            timer_objs: Vec::new(),
            main_goexited: false,
            ctx_errors: (Value::Nil, Value::Nil),
            mutexes: Vec::new(),
            rwmutexes: Vec::new(),
            waitgroups: Vec::new(),
            timers: Timers::default(),
            gomaxprocs: SIMULATED_CPUS,
            sched: Scheduler::new(config.policy, config.seed),
            rng: Rng::new(config.seed),
            steps: 0,
            time: 0,
            outcome: None,
            next_goid: first_goid,
            last_running: None,
            call_goroutine: None,
            call_result: None,
            events: Vec::new(),
            forced_case: None,
            select_ready: Vec::new(),
            chosen_case: None,
            arg_buf: Vec::new(),
            ops: Rc::new(Vec::new()),
            kernels: Rc::new(Vec::new()),
            fast_mutex: true,
            race: config.race.then(Box::default),
            windows: Default::default(),
        };
        let (ops, kernels) = decode_with_kernels(&m.program);
        m.ops = Rc::new(ops);
        m.kernels = Rc::new(kernels);
        let g = m.new_goroutine(MAIN_GOID, Value::Func(Closure::plain(main, None)), Vec::new(), None);
        m.sched.ready(g);
        m
    }

    /// Runs every instruction by the general path: no loop kernels and no
    /// short way for `Lock` and `Unlock` (for tests that compare the two).
    pub fn drop_fast_paths(&mut self) {
        self.drop_loop_kernels();
        self.fast_mutex = false;
    }

    /// Runs every loop in the interpreter alone, without its kernel (for
    /// tests that compare the two).
    pub fn drop_loop_kernels(&mut self) {
        self.kernels = Rc::new(Vec::new());
        self.ops = Rc::new(
            self.ops.iter().map(|ops| ops.iter().map(|&op| Op { flags: op.flags & !LOOP, ..op }).collect()).collect(),
        );
    }

    /// Numbers goroutines as the race reports of a program built with
    /// `-race` do (every race program of `tests/race` imports `fmt`): their
    /// first `go` statement's goroutine is 7. Only before the first step;
    /// the page keeps plain `go run`'s numbers.
    pub fn number_goroutines_like_go_race(&mut self) {
        if self.steps == 0 && self.next_goid == self.program.first_goid {
            self.next_goid = FIRST_USER_GOID + 2;
        }
    }

    pub fn is_finished(&self) -> bool {
        self.outcome.is_some()
    }

    /// The goroutines that could run the next step, in `fifo` order.
    pub fn runnable(&self) -> Vec<GIdx> {
        self.sched.runnable()
    }

    /// Runs one step. `choice` picks the goroutine under the `manual` policy.
    /// Returns `None` when the run has already ended.
    pub fn step(&mut self, choice: Option<GIdx>) -> Option<StepDone> {
        self.step_on(choice.map(Choice::run), 0)
    }

    /// Runs one step with a full choice: the goroutine (under `manual` and
    /// `replay`) and the case its `select` takes if several are ready.
    pub fn step_choice(&mut self, choice: Option<Choice>) -> Option<StepDone> {
        self.step_on(choice, 0)
    }

    /// Runs up to `max` steps (at least one) exactly as that many calls of
    /// `step(None)` would, events included, without returning between steps
    /// that the same goroutine runs back to back. Returns the number of steps
    /// run: 0 when the run had already ended.
    pub fn run_batch(&mut self, max: u64) -> u64 {
        let before = self.steps;
        let mut left = max.max(1);
        while left > 0 && self.step_on(None, left - 1).is_some() {
            left = max.max(1) - (self.steps - before);
            if self.outcome.is_some() {
                break;
            }
        }
        self.steps - before
    }

    /// `step`, going on into up to `more_steps` further steps of the same
    /// goroutine while the scheduler would pick it again.
    fn step_on(&mut self, choice: Option<Choice>, more_steps: u64) -> Option<StepDone> {
        if self.outcome.is_some() {
            return None;
        }
        let choice = choice.or_else(|| self.sched.scripted(self.steps));
        self.forced_case = choice.and_then(|c| c.case);
        self.chosen_case = None;
        self.select_ready.clear();
        if self.steps >= self.config.limits.max_steps {
            let n = self.config.limits.max_steps;
            self.end_with_limit(format!(
                "chanscope: stopped after {n} steps (the step limit); raise it with --max-steps"
            ));
            return None;
        }
        // Time moves only when nobody can run: fire timers until someone can.
        let mut fired = 0;
        while !self.sched.has_runnable() && !self.timers.is_empty() && fired < MAX_IDLE_TIMER_FIRES {
            self.advance_clock();
            fired += 1;
        }
        if !self.sched.has_runnable() && !self.timers.is_empty() {
            self.end_with_limit(
                "chanscope: every goroutine is blocked and only timers keep firing; real Go would wait here forever"
                    .to_string(),
            );
            return None;
        }
        let Some(g) = self.pick_next(choice.map(|c| c.g)) else {
            self.deadlock();
            return None;
        };
        let (func, pc) = {
            let f = self.goroutines[g as usize].frame();
            (f.func, f.pc)
        };
        let record = StepRecord { g, func, pc, time: self.time, first_event: 0 };
        if let Some(prev) = self.last_running.replace(g) {
            if prev != g && self.goroutines[prev as usize].state == GState::Running {
                self.goroutines[prev as usize].state = GState::Runnable;
            }
        }
        self.goroutines[g as usize].state = GState::Running;
        self.steps += 1;
        self.window_step(g, true);
        self.run_step(g, more_steps);
        self.window_step(g, false);
        if self.outcome.is_none() && !self.sched.has_runnable() && self.timers.is_empty() {
            // Nobody can run the next step and no timer will wake anyone:
            // Go reports the deadlock right away.
            self.deadlock();
        }
        Some(StepDone { record })
    }

    /// Nobody can run: the clock jumps to the earliest timer and wakes
    /// every goroutine due then, as Go's playground clock does.
    fn advance_clock(&mut self) {
        let Some(t) = self.timers.next_time() else { return };
        if let Some(r) = self.race.as_deref_mut() {
            r.quiet = true;
        }
        self.time = self.time.max(t);
        for (when, action) in self.timers.due(self.time) {
            match action {
                TimerAction::Wake(g) => {
                    self.emit(g, EventKind::TimerFire { timer: TimerSource::Sleep });
                    let gr = &mut self.goroutines[g as usize];
                    gr.state = GState::Runnable;
                    gr.wait = None;
                    self.sched.ready(g);
                }
                TimerAction::Fire(id) => {
                    self.emit(self.last_running.unwrap_or(0), EventKind::TimerFire { timer: TimerSource::Timer(id) });
                    self.fire_timer(id, when)
                }
                TimerAction::CancelContext(id) => {
                    let g = self.last_running.unwrap_or(0);
                    self.emit(g, EventKind::TimerFire { timer: TimerSource::Deadline(id) });
                    let err = self.deadline_error();
                    self.cancel_context(g, id, err);
                }
                TimerAction::SendTime { ch, period } => {
                    let now = Value::Int(when as i64);
                    let g = self.last_running.unwrap_or(0);
                    self.emit(g, EventKind::TimerFire { timer: TimerSource::Chan(ch) });
                    // Like Go's timer channels: a full buffer drops the tick.
                    if self.chans[ch as usize].can_send() {
                        self.send_ready(g, ch, now);
                    }
                    if period > 0 {
                        self.timers.add(when + period, TimerAction::SendTime { ch, period });
                    }
                }
            }
        }
        if let Some(r) = self.race.as_deref_mut() {
            r.quiet = false;
        }
    }

    fn new_goroutine(
        &mut self,
        goid: u64,
        f: Value,
        args: Vec<Value>,
        created_by: Option<(GIdx, FuncId, u32)>,
    ) -> GIdx {
        let Value::Func(closure) = f else { unreachable!("go and main always start a function value") };
        let func = &self.program.funcs[closure.func as usize];
        let mut stack = args;
        if let Some(recv) = &closure.bound {
            stack.insert(0, recv.clone());
        }
        stack.resize(func.locals.max(func.params) as usize, Value::Nil);
        let frame = Frame {
            func: closure.func,
            pc: 0,
            base: 0,
            closure: Some(closure.clone()),
            results: 0,
            defers: Vec::new(),
            is_deferred: false,
            once: None,
        };
        let g = Goroutine {
            goid,
            entry: closure.func,
            frames: vec![frame],
            stack,
            state: GState::Runnable,
            wait: None,
            created_by,
            pending_panic: None,
            panicking: None,
            select_chans: Vec::new(),
            wg_resume: None,
            lock_retry: None,
        };
        self.goroutines.push(g);
        (self.goroutines.len() - 1) as GIdx
    }

    pub(crate) fn emit(&mut self, g: GIdx, kind: EventKind) {
        self.events.push(Event { g, kind });
    }

    /// Executes instructions of `g` until the step ends: the next statement
    /// begins, a second synchronising operation is about to start (a step
    /// holds at most one), the operation blocks, or the goroutine finishes
    /// or panics.
    ///
    /// `more_steps` lets the step run on into up to that many further steps
    /// of the same goroutine when the scheduler would pick it again anyway
    /// (see `run_batch`); each counts as a step exactly as `step` counts it.
    fn run_step(&mut self, g: GIdx, mut more_steps: u64) {
        let program = self.program.clone();
        let mut executed = 0u32;
        let mut synced = false;
        if let Some(retry) = self.goroutines[g as usize].lock_retry.take() {
            if !self.finish_lock(g, retry) {
                return;
            }
        }
        loop {
            if let Some(message) = self.goroutines[g as usize].pending_panic.take() {
                self.panic(g, Value::Str(Rc::from(message.as_str())), message);
                return;
            }
            if let Some(wg) = self.goroutines[g as usize].wg_resume.take() {
                if self.waitgroups[wg as usize].counter != 0 {
                    self.runtime_panic(g, "sync: WaitGroup is reused before previous Wait has returned".to_string());
                    return;
                }
            }
            let mut run = Run { executed, synced, more_steps };
            let exit = self.run_simple(g, &program, &mut run);
            Run { executed, synced, more_steps } = run;
            let pc = match exit {
                Exit::General(pc) => pc,
                Exit::StepEnd(_) => return,
                Exit::Runaway(_) => {
                    self.end_with_limit("chanscope: one step ran too many instructions (an engine bug)".to_string());
                    return;
                }
            };
            let gr = &mut self.goroutines[g as usize];
            let frame = gr.frames.last_mut().expect("running goroutine has a frame");
            let func = &program.funcs[frame.func as usize];
            let instr = &func.code[pc];
            let base = frame.base as usize;
            match instr {
                Instr::PushZero(Zero::Typed(ty)) => {
                    let v = self.zero_value(*ty);
                    self.push_value(g, v);
                }
                Instr::ToIfaceN(types) => {
                    let n = types.len();
                    let at = gr.stack.len() - n;
                    for (i, ty) in types.iter().enumerate() {
                        if let Some(ty) = ty {
                            let v = std::mem::take(&mut gr.stack[at + i]);
                            gr.stack[at + i] = Value::Iface(Rc::new((*ty, v)));
                        }
                    }
                }
                Instr::ToIface(ty) => {
                    let v = pop(&mut gr.stack);
                    gr.stack.push(Value::Iface(Rc::new((*ty, v))));
                }
                Instr::TypeIs(target) => {
                    let x = pop(&mut gr.stack);
                    let is = self.type_is(&x, *target);
                    self.push_value(g, Value::Bool(is));
                }
                Instr::TypeAssert { src, target, with_ok } => {
                    let x = pop(&mut gr.stack);
                    let (v, ok, message) = self.type_assert(&x, *src, *target);
                    if !ok && !*with_ok {
                        return self.runtime_panic(g, message);
                    }
                    let stack = &mut self.goroutines[g as usize].stack;
                    stack.push(v);
                    if *with_ok {
                        stack.push(Value::Bool(ok));
                    }
                }
                Instr::CallMethod { name, args, results } => {
                    let at = gr.stack.len() - *args as usize;
                    let Value::Iface(boxed) = gr.stack[at].clone() else {
                        return self.nil_deref_step(g);
                    };
                    let receiver = gr.stack[at].clone();
                    if let Some(msg) = self.builtin_error_message(&receiver).filter(|_| &**name == "Error") {
                        let stack = &mut self.goroutines[g as usize].stack;
                        stack.truncate(at);
                        stack.push(Value::Str(Rc::from(msg.as_str())));
                        continue;
                    }
                    let (dynamic, inner) = (boxed.0, boxed.1.clone());
                    let Some(m) = self.program.types.method(dynamic, name).cloned() else {
                        return self.nil_deref_step(g);
                    };
                    // A value-receiver method called through a pointer gets a copy of the pointee.
                    let recv = match (&inner, m.pointer_receiver) {
                        (Value::Ptr(c), false) => self.pointee(*c).clone(),
                        _ => inner,
                    };
                    let closure = Closure::plain(m.func, None);
                    let stack = &mut self.goroutines[g as usize].stack;
                    stack[at] = recv;
                    stack.insert(at, Value::Func(closure.clone()));
                    self.push_frame(g, closure, at, *results, false);
                }
                Instr::Field(i) => {
                    let s = pop(&mut gr.stack);
                    if self.race.is_some() {
                        self.race_deref(g, &s, Some(*i));
                    }
                    match self.field(&s, *i) {
                        Ok(v) => self.push_value(g, v),
                        Err(e) => return self.runtime_panic(g, e),
                    }
                }
                Instr::SetPath(path) => {
                    let v = pop(&mut gr.stack);
                    let mut s = pop(&mut gr.stack);
                    let path = path.clone();
                    if let Err(e) = self.set_path(&mut s, &path, v) {
                        return self.runtime_panic(g, e);
                    }
                    self.push_value(g, s);
                }
                Instr::StorePtrPath(path) => {
                    let v = pop(&mut gr.stack);
                    let p = pop(&mut gr.stack);
                    let path = path.clone();
                    let Value::Ptr(c) = p else { return self.nil_deref_step(g) };
                    if let Err(e) = self.set_in_cell(c, &path, v) {
                        return self.runtime_panic(g, e);
                    }
                    if self.race.is_some() {
                        self.race_store_ptr(g, c, &path);
                    }
                }
                Instr::StoreIndexPath(path) => {
                    let v = pop(&mut gr.stack);
                    let i = pop(&mut gr.stack);
                    let x = pop(&mut gr.stack);
                    let path = path.clone();
                    if self.race.is_some() {
                        self.race_elem(g, &x, &i, true);
                    }
                    let result = self.index(&x, &i).and_then(|mut elem| {
                        self.set_path(&mut elem, &path, v)?;
                        self.store_index(&x, &i, elem, false)
                    });
                    if let Err(e) = result {
                        return self.runtime_panic(g, e);
                    }
                }
                Instr::BoxValue => {
                    let v = pop(&mut gr.stack);
                    self.cells.push(v);
                    let p = Value::Ptr(self.cells.len() as u32 - 1);
                    self.push_value(g, p);
                }
                Instr::Deref => match gr.stack.pop() {
                    Some(Value::Ptr(c)) => {
                        if self.race.is_some() {
                            self.race_deref(g, &Value::Ptr(c), None);
                        }
                        let v = self.pointee(c).clone();
                        self.push_value(g, v);
                    }
                    // A pointer to an array in a backing array (see `array_box`).
                    Some(r @ Value::Slice(_)) => {
                        let v = self.array_value(&r, 1).unwrap_or_default();
                        self.push_value(g, v);
                    }
                    _ => return self.nil_deref_step(g),
                },
                Instr::StructLit { ty, fields } => {
                    let split = gr.stack.len() - fields.len();
                    let given = gr.stack.split_off(split);
                    let fields = fields.clone();
                    let mut s = self.zero_value(*ty);
                    if let Value::Struct(fs) = &mut s {
                        let fs = Rc::make_mut(fs);
                        for (i, v) in fields.iter().zip(given) {
                            if let Some(slot) = fs.get_mut(*i as usize) {
                                *slot = v;
                            }
                        }
                    }
                    self.push_value(g, s);
                }
                Instr::ArrayLit { ty, indexes } => {
                    let given = gr.stack.split_off(gr.stack.len() - indexes.len());
                    let v = self.array_lit(*ty, indexes, given);
                    self.push_value(g, v);
                }
                Instr::SetIndex => {
                    let v = pop(&mut gr.stack);
                    let i = pop(&mut gr.stack);
                    let a = pop(&mut gr.stack);
                    match self.set_index(a, &i, v) {
                        Ok(a) => self.push_value(g, a),
                        Err(e) => return self.runtime_panic(g, e),
                    }
                }
                Instr::CallBuiltinSpread { builtin, args } => {
                    // The last operand is a slice whose elements are the trailing arguments.
                    let split = gr.stack.len() - *args as usize;
                    let mut argv: Vec<Value> = gr.stack.drain(split..).collect();
                    let spread = argv.pop().unwrap_or_default();
                    argv.extend(self.slice_elems(&spread).iter().cloned());
                    let builtin = *builtin;
                    if !self.builtin(g, builtin, &mut argv) || !self.still_running(g) {
                        return;
                    }
                    if builtin.is_sync() {
                        synced = true;
                    }
                }
                Instr::StorePlace { var, steps } => {
                    let v = pop(&mut gr.stack);
                    let n = steps.iter().filter(|s| matches!(s, PlaceStep::Index)).count();
                    let indexes = gr.stack.split_off(gr.stack.len().saturating_sub(n));
                    let (var, steps) = (*var, steps.clone());
                    let r = if var == VarRef::Pointer {
                        let p = self.goroutines[g as usize].stack.pop().unwrap_or_default();
                        self.store_place_through(g, p, &steps, &indexes, v)
                    } else {
                        self.store_place_in_var(g, var, &steps, &indexes, v)
                    };
                    if let Err(e) = r {
                        return self.runtime_panic(g, e);
                    }
                }
                Instr::PushZero(Zero::Sync(kind)) => {
                    let v = self.new_sync(*kind, None);
                    self.push_value(g, v);
                }
                Instr::MakeSlice { zero, has_cap } => {
                    let cap = if *has_cap { gr.stack.pop() } else { None };
                    let len = int_of(gr.stack.pop());
                    let cap = cap.map(|c| int_of(Some(c))).unwrap_or(len);
                    match self.make_slice(*zero, len, cap) {
                        Ok(v) => self.push_value(g, v),
                        Err(e) => return self.runtime_panic(g, e),
                    }
                }
                Instr::SliceLit(n) => {
                    let split = gr.stack.len() - *n as usize;
                    let items = gr.stack.split_off(split);
                    let len = items.len();
                    let v = self.new_slice(items, len);
                    self.push_value(g, v);
                }
                Instr::MakeMap { has_hint } => {
                    if *has_hint {
                        gr.stack.pop();
                    }
                    let v = self.new_map(Vec::new()).unwrap_or_default();
                    self.push_value(g, v);
                }
                Instr::MapLit(n) => {
                    let split = gr.stack.len() - 2 * *n as usize;
                    let flat = gr.stack.split_off(split);
                    let mut pairs = Vec::with_capacity(*n as usize);
                    let mut it = flat.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        pairs.push((k, v));
                    }
                    match self.new_map(pairs) {
                        Ok(v) => self.push_value(g, v),
                        Err(e) => return self.runtime_panic(g, e),
                    }
                }
                Instr::Index => {
                    let i = pop(&mut gr.stack);
                    let x = pop(&mut gr.stack);
                    if self.race.is_some() {
                        self.race_elem(g, &x, &i, false);
                    }
                    match self.index(&x, &i) {
                        Ok(v) => self.push_value(g, v),
                        Err(e) => return self.runtime_panic(g, e),
                    }
                }
                Instr::MapIndex { zero, with_ok } => {
                    let k = pop(&mut gr.stack);
                    let m = pop(&mut gr.stack);
                    if self.race.is_some() {
                        let op = if *with_ok { MapOp::Access2 } else { MapOp::Access1 };
                        self.race_map(g, &m, &k, op);
                    }
                    if !self.windows.is_empty() && !self.map_use(g, &m, MapUse::Read, pc) {
                        return;
                    }
                    match self.map_index(&m, &k) {
                        Ok(found) => {
                            let ok = found.is_some();
                            let zero = *zero;
                            let v = match found {
                                Some(v) => v,
                                None => self.zero(zero),
                            };
                            let stack = &mut self.goroutines[g as usize].stack;
                            stack.push(v);
                            if *with_ok {
                                stack.push(Value::Bool(ok));
                            }
                        }
                        Err(e) => return self.runtime_panic(g, e),
                    }
                }
                Instr::StoreIndex { map } => {
                    let v = pop(&mut gr.stack);
                    let i = pop(&mut gr.stack);
                    let x = pop(&mut gr.stack);
                    if *map && !self.windows.is_empty() && !self.map_use(g, &x, MapUse::Write, pc) {
                        return;
                    }
                    if let Err(e) = self.store_index(&x, &i, v, *map) {
                        return self.runtime_panic(g, e);
                    }
                    if self.race.is_some() {
                        if *map {
                            self.race_map(g, &x, &i, MapOp::Assign);
                        } else {
                            self.race_elem(g, &x, &i, true);
                        }
                    }
                    if *map && self.map_written(g, &x) {
                        more_steps = 0;
                    }
                }
                Instr::SliceExpr { lo, hi } => {
                    let hi = if *hi { Some(int_of(gr.stack.pop())) } else { None };
                    let lo = if *lo { Some(int_of(gr.stack.pop())) } else { None };
                    let x = pop(&mut gr.stack);
                    match self.slice_expr(&x, lo, hi) {
                        Ok(v) => self.push_value(g, v),
                        Err(e) => return self.runtime_panic(g, e),
                    }
                }
                Instr::Append { args, spread, elem_size } => {
                    let split = gr.stack.len() - *args as usize;
                    let mut items = gr.stack.split_off(split);
                    let s = pop(&mut gr.stack);
                    let mut src = None;
                    if *spread {
                        let t = items.pop().unwrap_or_default();
                        items = match &t {
                            Value::Str(text) => text.bytes().map(|b| Value::Int(b as i64)).collect(),
                            _ => self.slice_elems(&t).to_vec(),
                        };
                        src = Some(t);
                    }
                    if self.race.is_some() {
                        self.race_append(g, &s, items.len(), src.as_ref());
                    }
                    let v = self.append(&s, items, *elem_size);
                    self.push_value(g, v);
                }
                Instr::Delete => {
                    let k = pop(&mut gr.stack);
                    let m = pop(&mut gr.stack);
                    if self.race.is_some() {
                        self.race_map(g, &m, &k, MapOp::Delete);
                    }
                    if !self.windows.is_empty() && !self.map_use(g, &m, MapUse::Write, pc) {
                        return;
                    }
                    if let Err(e) = self.delete(&m, &k) {
                        return self.runtime_panic(g, e);
                    }
                    if self.map_written(g, &m) {
                        more_steps = 0;
                    }
                }
                Instr::Copy => {
                    let src = pop(&mut gr.stack);
                    let dst = pop(&mut gr.stack);
                    if self.race.is_some() {
                        self.race_copy(g, &dst, &src);
                    }
                    let n = self.copy(&dst, &src);
                    self.push_value(g, Value::Int(n));
                }
                Instr::MapKeys => {
                    let m = pop(&mut gr.stack);
                    if self.race.is_some() {
                        self.race_map(g, &m, &Value::Nil, MapOp::Range);
                    }
                    if !self.windows.is_empty() && !self.map_use(g, &m, MapUse::Iterate, pc) {
                        return;
                    }
                    let keys = self.map_keys(&m);
                    self.push_value(g, keys);
                }
                Instr::RuneAt => {
                    let i = int_of(gr.stack.pop());
                    let s = pop(&mut gr.stack);
                    let (r, w) = match &s {
                        Value::Str(text) => super::collections::rune_at(text, i as usize),
                        _ => (0xFFFD, 1),
                    };
                    gr.stack.extend([Value::Int(r), Value::Int(w)]);
                }
                Instr::NewSync { kind, name } => {
                    let v = self.new_sync(*kind, name.as_deref());
                    self.push_value(g, v);
                }
                Instr::NameValue { name, depth } => {
                    let stack = &self.goroutines[g as usize].stack;
                    if let Some(v) = stack.len().checked_sub(1 + *depth as usize).map(|i| stack[i].clone()) {
                        self.name_object(&v, name);
                    }
                }
                Instr::NameUnnamed { name } => {
                    if let Some(v) = self.goroutines[g as usize].stack.last().cloned() {
                        self.name_unnamed(&v, name);
                    }
                }
                Instr::Defer { args } => {
                    let split = gr.stack.len() - *args as usize;
                    let args = gr.stack.split_off(split);
                    let func = pop(&mut gr.stack);
                    gr.frames.last_mut().expect("frame").defers.push(Deferred::Call { func, args });
                }
                Instr::DeferBuiltin { builtin, args } => {
                    let split = gr.stack.len() - *args as usize;
                    let args = gr.stack.split_off(split);
                    gr.frames.last_mut().expect("frame").defers.push(Deferred::Builtin { builtin: *builtin, args });
                }
                Instr::BoxNew(slot) => {
                    let v = std::mem::take(&mut gr.stack[base + *slot as usize]);
                    let id = self.cells.len() as u32;
                    self.cells.push(v);
                    self.goroutines[g as usize].stack[base + *slot as usize] = Value::Cell(id);
                    if self.cells.len() + self.chans.len() > self.config.limits.max_objects {
                        self.object_limit();
                        return;
                    }
                }
                Instr::Binary(op) => {
                    let b = pop(&mut gr.stack);
                    let a = pop(&mut gr.stack);
                    match binary(*op, a, b) {
                        Ok(v) => self.push_value(g, v),
                        Err(message) => {
                            self.runtime_panic(g, message);
                            return;
                        }
                    }
                }
                Instr::MakeChan { zero, name } => {
                    let cap = match gr.stack.pop() {
                        Some(Value::Int(n)) => n,
                        _ => 0,
                    };
                    if cap < 0 || cap > 1 << 40 {
                        return self.runtime_panic(g, "makechan: size out of range".to_string());
                    }
                    let id = self.chans.len() as u32;
                    let name = name.as_deref().map(str::to_string).unwrap_or_else(|| format!("chan#{}", id + 1));
                    self.chans.push(Channel::new(name, cap as usize, *zero));
                    self.push_value(g, Value::Chan(id));
                    self.emit(g, EventKind::MakeChan { ch: id });
                    if self.cells.len() + self.chans.len() > self.config.limits.max_objects {
                        self.object_limit();
                        return;
                    }
                }
                Instr::Send => {
                    let v = gr.stack.pop().unwrap_or_default();
                    let ch = gr.stack.pop().unwrap_or_default();
                    self.send(g, ch, v);
                    if !self.still_running(g) {
                        return;
                    }
                    synced = true;
                }
                Instr::Recv { with_ok } => {
                    let ch = gr.stack.pop().unwrap_or_default();
                    self.recv(g, ch, *with_ok);
                    if !self.still_running(g) {
                        return;
                    }
                    synced = true;
                }
                Instr::Select { cases, has_default } => {
                    let cases = cases.clone();
                    self.select(g, &cases, *has_default);
                    if !self.still_running(g) {
                        return;
                    }
                    synced = true;
                }
                Instr::Close => {
                    let ch = pop(&mut gr.stack);
                    self.close(g, ch);
                    if !self.still_running(g) {
                        return;
                    }
                    synced = true;
                }
                Instr::MakeClosure { func: f, captures } => {
                    let env: Rc<[u32]> = captures
                        .iter()
                        .map(|c| match c {
                            Capture::Local(slot) => cell_id(&gr.stack[base + *slot as usize]) as u32,
                            Capture::Outer(i) => frame.closure.as_ref().map(|c| c.env[*i as usize]).unwrap_or(0),
                        })
                        .collect();
                    gr.stack.push(Value::Func(Rc::new(Closure { func: *f, env, bound: None })));
                }
                Instr::Rotate(n) => {
                    let v = pop(&mut gr.stack);
                    let at = gr.stack.len() - *n as usize;
                    gr.stack.insert(at, v);
                }
                Instr::BindIfaceMethod(name) => {
                    let x = pop(&mut gr.stack);
                    let Value::Iface(boxed) = &x else {
                        return self.nil_deref_step(g);
                    };
                    let Some(m) = self.program.types.method(boxed.0, name).cloned() else {
                        return self.nil_deref_step(g);
                    };
                    let recv = match (&boxed.1, m.pointer_receiver) {
                        (Value::Ptr(c), false) => self.pointee(*c).clone(),
                        (v, _) => v.clone(),
                    };
                    let c = Closure::plain(m.func, Some(recv));
                    self.push_value(g, Value::Func(c));
                }
                Instr::BindMethod(f) => {
                    let recv = pop(&mut gr.stack);
                    gr.stack.push(Value::Func(Closure::plain(*f, Some(recv))));
                }
                Instr::FuncRef(f) => gr.stack.push(Value::Func(Closure::plain(*f, None))),
                Instr::Call { args, results } => {
                    let at = gr.stack.len() - *args as usize - 1;
                    let Value::Func(closure) = gr.stack[at].clone() else {
                        return self.nil_deref_step(g);
                    };
                    if closure.func == CANCEL_FUNC {
                        gr.stack.truncate(at);
                        self.call_cancel(g, &closure);
                        continue;
                    }
                    if gr.frames.len() >= self.config.limits.max_frames {
                        return self.stack_overflow(g);
                    }
                    self.push_frame(g, closure, at, *results, false);
                }
                Instr::Go { args } => {
                    let n = *args as usize;
                    let split = gr.stack.len() - n;
                    let argv = gr.stack.split_off(split);
                    let f = pop(&mut gr.stack);
                    if !matches!(f, Value::Func(_)) {
                        self.fatal(g, "go of nil func value".to_string());
                        return;
                    }
                    if let Value::Func(c) = &f {
                        if c.func == CANCEL_FUNC {
                            // `go cancel()`: the cancellation happens at once.
                            let c = c.clone();
                            self.call_cancel(g, &c);
                            synced = true;
                            continue;
                        }
                    }
                    if self.goroutines.len() >= self.config.limits.max_goroutines {
                        return self.goroutine_limit();
                    }
                    let (func, pc) = (self.goroutines[g as usize].frame().func, pc as u32);
                    let goid = self.next_goid;
                    self.next_goid += 1;
                    let child = self.new_goroutine(goid, f, argv, Some((g, func, pc)));
                    if self.race.is_some() {
                        self.race_spawn(g, child, n);
                    }
                    self.sched.ready(child);
                    self.emit(g, EventKind::Spawn { child });
                    synced = true;
                }
                Instr::Return { results } => {
                    let n = *results as usize;
                    let top = gr.frames.last_mut().expect("frame to return from");
                    if let Some(d) = top.defers.pop() {
                        // Run the deferred call first, then return again: with
                        // named results, from the code that reloads them, since
                        // deferred calls may change them.
                        if func.named_results {
                            top.pc = func.recover_pc;
                            let keep = top.base as usize + func.locals.max(func.params) as usize;
                            gr.stack.truncate(keep);
                        } else {
                            top.pc -= 1;
                        }
                        if !self.run_deferred(g, d) {
                            return;
                        }
                        continue;
                    }
                    let frame = gr.frames.pop().expect("frame to return from");
                    if let Some(once) = frame.once {
                        self.once_finished(g, once);
                    }
                    let gr = &mut self.goroutines[g as usize];
                    if gr.frames.is_empty() {
                        self.goroutine_done(g);
                        return;
                    }
                    let split = gr.stack.len() - n;
                    let rets = gr.stack.split_off(split);
                    gr.stack.truncate(frame.base as usize - 1);
                    if frame.is_deferred {
                        if self.after_deferred(g) {
                            return;
                        }
                    } else {
                        self.goroutines[g as usize].stack.extend(rets);
                    }
                }
                Instr::CallBuiltin { builtin, args } => {
                    let split = gr.stack.len() - *args as usize;
                    // The arguments go in a reused vector: most library calls
                    // only look at them, and allocating one per call shows.
                    let mut argv = std::mem::take(&mut self.arg_buf);
                    argv.extend(gr.stack.drain(split..));
                    let ok = self.builtin(g, *builtin, &mut argv);
                    argv.clear();
                    self.arg_buf = argv;
                    if !ok || !self.still_running(g) {
                        return;
                    }
                    if !self.windows.is_empty() && self.windows.holds(g) {
                        // Inside an operation another goroutine may meet
                        // (map_write.rs): the step must end here.
                        more_steps = 0;
                    }
                    if builtin.is_sync() {
                        synced = true;
                    }
                }
                // With race detection on, the fast loop hands over its loads and stores.
                Instr::LoadGlobal(_)
                | Instr::StoreGlobal(_)
                | Instr::LoadBoxed(_)
                | Instr::StoreBoxed(_)
                | Instr::LoadCapture(_)
                | Instr::StoreCapture(_) => self.race_simple(g, instr),
                Instr::PushInt(_)
                | Instr::PushFloat(_)
                | Instr::PushStr(_)
                | Instr::PushBool(_)
                | Instr::PushNil
                | Instr::PushZero(_)
                | Instr::Convert(_)
                | Instr::Load(_)
                | Instr::Store(_)
                | Instr::AddrOf(_)
                | Instr::AddrOfCapture(_)
                | Instr::Unary(_)
                | Instr::Jump(_)
                | Instr::JumpIfFalse(_)
                | Instr::Pop => unreachable!("the simple loop runs only the instructions matched above"),
            }
        }
    }

    /// Runs the simple instructions (loads, stores, arithmetic, jumps) of
    /// `g` with the frame's code and operand stack at hand, until an
    /// instruction needs the general `match` of `run_step` or the step ends.
    #[inline(never)]
    fn run_simple(&mut self, g: GIdx, program: &Program, run: &mut Run) -> Exit {
        let Run { mut executed, mut synced, mut more_steps } = *run;
        let race_off = self.race.is_none();
        let fast_mutex = race_off && self.fast_mutex;
        let Machine { goroutines, cells, globals, sched, steps, config, ops, kernels, mutexes, events, time, .. } =
            &mut *self;
        let gr = &mut goroutines[g as usize];
        let frame = gr.frames.last_mut().expect("running goroutine has a frame");
        let stack = &mut gr.stack;
        let func = &program.funcs[frame.func as usize];
        let code = &func.code[..];
        let ops = &ops[frame.func as usize][..];
        let kernels = kernels.get(frame.func as usize).map_or(&[][..], |k| &k[..]);
        let base = frame.base as usize;
        let mut pc = frame.pc as usize;
        // The operand stack's top is `sp`; the slots above it (up to
        // `stack.len()`) are dead and get overwritten in place, which
        // spares moving whole values in and out of the vector. The
        // vector is cut back to `sp` when the loop ends.
        let mut sp = stack.len();
        // How many further steps this loop may go on into: `step` would
        // run this goroutine again at once while the batch, the step limit
        // and the time slice allow and no panic is pending. None of those
        // change while simple instructions run, so they are read once.
        let budget = if gr.pending_panic.is_some() {
            0
        } else {
            more_steps.min(config.limits.max_steps.saturating_sub(*steps)).min(sched.slice_left(g) as u64)
        };
        let mut left = budget;
        let exit = loop {
            let instr = &code[pc];
            let flags = ops[pc].flags;
            if flags != 0 && executed > 0 && (flags & START != 0 || (synced && flags & SYNC != 0)) {
                // The step ends here. Go on with the next one only
                // when `step` would run this goroutine again at once.
                if left == 0 {
                    break Exit::StepEnd(pc);
                }
                left -= 1;
                executed = 0;
                synced = false;
            }
            if executed >= MAX_INSTRUCTIONS_PER_STEP {
                break Exit::Runaway(pc);
            }
            if flags & LOOP != 0 && executed == 0 && left > 0 {
                // The start of a step at the head of a loop with a kernel:
                // it runs the whole iterations the allowance holds, and the
                // loop goes on from its head as usual.
                if let Ok(i) = kernels.binary_search_by_key(&(pc as u32), |k| k.head) {
                    let k = &kernels[i];
                    left -= k.run(stack, base, left) * k.steps as u64;
                }
            }
            if flags & FUSED != 0 && race_off {
                // Fused operations on captured variables: the same loads,
                // stores and lock events as their instructions one by one.
                let op = ops[pc];
                let env = frame.closure.as_ref().map_or(&[][..], |c| &c.env[..]);
                let cell = |slot: u16| env.get(slot as usize).map(|&id| id as usize);
                let done = match op.kind {
                    Kind::CaptureConst => match (cell(op.a), cell(op.dst)) {
                        (Some(from), Some(to)) => match cells[from] {
                            Value::Int(x) => int_binary(op.op, x, op.k).map(|r| cells[to] = r.value()).is_some(),
                            _ => false,
                        },
                        _ => false,
                    },
                    Kind::LockCapture if fast_mutex && !synced => match cell(op.a).map(|id| &cells[id]) {
                        Some(&Value::Mutex(id)) => lock_if_free(mutexes, events, g, id),
                        _ => false,
                    },
                    Kind::UnlockCapture if fast_mutex && !synced => match cell(op.a).map(|id| &cells[id]) {
                        Some(&Value::Mutex(id)) => unlock_if_quiet(mutexes, events, g, id, *time),
                        _ => false,
                    },
                    _ => false,
                };
                if done {
                    synced |= matches!(op.kind, Kind::LockCapture | Kind::UnlockCapture);
                    executed += op.len();
                    pc += op.len() as usize;
                    continue;
                }
            }
            if flags & FUSED != 0 {
                let mut chain = Chain { pc, sp, executed, left };
                if let Some(step_end) = run_fused_chain(ops, stack, base, &mut chain) {
                    if chain.left != left {
                        // The chain crossed into a further step.
                        synced = false;
                    }
                    Chain { pc, sp, executed, left } = chain;
                    if step_end {
                        break Exit::StepEnd(pc);
                    }
                    continue;
                }
            }
            executed += 1;
            match instr {
                Instr::PushInt(i) => put_int(stack, &mut sp, *i),
                Instr::PushFloat(f) => put(stack, &mut sp, Value::Float(*f)),
                Instr::PushStr(s) => put(stack, &mut sp, Value::Str(s.clone())),
                Instr::PushBool(b) => put_bool(stack, &mut sp, *b),
                Instr::PushNil => put(stack, &mut sp, Value::Nil),
                Instr::PushZero(z @ (Zero::Int | Zero::Float | Zero::Bool | Zero::Str | Zero::Nil)) => {
                    put(stack, &mut sp, Value::zero(*z))
                }
                Instr::Convert(conv) => {
                    let v = take(stack, &mut sp);
                    put(stack, &mut sp, convert(*conv, v));
                }
                Instr::Load(slot) => put_copy(stack, &mut sp, base + *slot as usize),
                Instr::Store(slot) => {
                    let to = base + *slot as usize;
                    match stack[..sp].last() {
                        Some(&Value::Int(x)) => {
                            sp -= 1;
                            set_int(&mut stack[to], x);
                        }
                        _ => {
                            let v = take(stack, &mut sp);
                            stack[to] = v;
                        }
                    }
                }
                Instr::LoadGlobal(i) if race_off => put_clone(stack, &mut sp, &globals[*i as usize]),
                Instr::StoreGlobal(i) if race_off => globals[*i as usize] = take(stack, &mut sp),
                Instr::LoadBoxed(slot) if race_off => {
                    let id = cell_id(&stack[base + *slot as usize]);
                    put_clone(stack, &mut sp, &cells[id]);
                }
                Instr::StoreBoxed(slot) if race_off => {
                    let id = cell_id(&stack[base + *slot as usize]);
                    cells[id] = take(stack, &mut sp);
                }
                Instr::LoadCapture(i) if race_off => {
                    let id = frame.closure.as_ref().map(|c| c.env[*i as usize]).expect("capture in a closure");
                    put_clone(stack, &mut sp, &cells[id as usize]);
                }
                Instr::StoreCapture(i) if race_off => {
                    let id = frame.closure.as_ref().map(|c| c.env[*i as usize]).expect("capture in a closure");
                    cells[id as usize] = take(stack, &mut sp);
                }
                Instr::AddrOf(slot) => {
                    let id = cell_id(&stack[base + *slot as usize]);
                    put(stack, &mut sp, Value::Ptr(id as u32));
                }
                Instr::AddrOfCapture(i) => {
                    let id = frame.closure.as_ref().map(|c| c.env[*i as usize]).unwrap_or(0);
                    put(stack, &mut sp, Value::Ptr(id));
                }
                Instr::Binary(op) => {
                    // Integers take the short way; anything else (and
                    // any operation that panics) takes the general one.
                    let r = match &stack[sp.saturating_sub(2)..sp] {
                        [Value::Int(x), Value::Int(y)] => int_binary(*op, *x, *y),
                        _ => None,
                    };
                    let Some(r) = r else { break Exit::General(pc) };
                    sp -= 1;
                    match r {
                        IntResult::Int(x) => set_int(&mut stack[sp - 1], x),
                        IntResult::Bool(b) => stack[sp - 1] = Value::Bool(b),
                    }
                }
                Instr::Unary(op) => {
                    let a = take(stack, &mut sp);
                    put(
                        stack,
                        &mut sp,
                        match (op, a) {
                            (UnOp::Neg, Value::Int(i)) => Value::Int(i.wrapping_neg()),
                            (UnOp::Neg, Value::Float(f)) => Value::Float(-f),
                            (UnOp::BitNot, Value::Int(i)) => Value::Int(!i),
                            (UnOp::Not, Value::Bool(b)) => Value::Bool(!b),
                            (_, other) => other,
                        },
                    );
                }
                Instr::Jump(target) => {
                    pc = *target as usize;
                    continue;
                }
                Instr::JumpIfFalse(target) => {
                    let jump = matches!(stack[..sp].last(), Some(Value::Bool(false)));
                    sp = sp.saturating_sub(1);
                    if jump {
                        pc = *target as usize;
                        continue;
                    }
                }
                Instr::Pop => sp = sp.saturating_sub(1),
                // `Lock` of a free mutex and `Unlock` that wakes nobody, as
                // `builtin` does them; anything else takes the general way.
                Instr::CallBuiltin { builtin: Builtin::MutexLock, args: 1 } if fast_mutex => {
                    let Some(&Value::Mutex(id)) = stack[..sp].last() else { break Exit::General(pc) };
                    if !lock_if_free(mutexes, events, g, id) {
                        break Exit::General(pc);
                    }
                    sp -= 1;
                    synced = true;
                }
                Instr::CallBuiltin { builtin: Builtin::MutexUnlock, args: 1 } if fast_mutex => {
                    let Some(&Value::Mutex(id)) = stack[..sp].last() else { break Exit::General(pc) };
                    if !unlock_if_quiet(mutexes, events, g, id, *time) {
                        break Exit::General(pc);
                    }
                    sp -= 1;
                    synced = true;
                }
                _ => break Exit::General(pc),
            }
            pc += 1;
        };
        if sp < stack.len() {
            // Only then: a call to drop nothing still costs a call.
            stack.truncate(sp);
        }
        let went_on = budget - left;
        more_steps -= went_on;
        *steps += went_on;
        sched.use_slice(went_on as u32);
        frame.pc = match exit {
            Exit::General(pc) => pc as u32 + 1,
            Exit::StepEnd(pc) | Exit::Runaway(pc) => pc as u32,
        };
        *run = Run { executed, synced, more_steps };
        exit
    }

    /// Sends a value from the machine itself (a timer) if the channel is ready.
    pub(crate) fn send_now(&mut self, g: GIdx, ch: ChanId, v: Value) {
        self.send_ready(g, ch, v);
    }

    /// Starts `AfterFunc`'s function in a goroutine of its own.
    pub(crate) fn spawn_after_func(&mut self, f: Value) {
        if self.goroutines.len() >= self.config.limits.max_goroutines {
            return;
        }
        let goid = self.next_goid;
        self.next_goid += 1;
        let child = self.new_goroutine(goid, f, Vec::new(), None);
        if let Some(r) = self.race.as_deref_mut() {
            // A timer starts it, but after the `AfterFunc` call that set it.
            r.acquire(child, SyncKey::AfterFunc);
        }
        self.sched.ready(child);
    }

    /// `runtime.Goexit`: deferred calls run, then the goroutine ends; no
    /// `recover` stops it. When main does it, the program goes on until the
    /// other goroutines are done.
    fn goexit(&mut self, g: GIdx) {
        let trace = traceback::goroutine_block(self, g, "running");
        let gr = &mut self.goroutines[g as usize];
        gr.panicking = Some(Box::new(Panicking {
            value: Value::Nil,
            lines: Vec::new(),
            trace,
            recovered: false,
            goexit: true,
            running_at: 0,
            outer: None,
        }));
        self.unwind(g);
    }

    /// Pushes a call's results onto `g`'s operand stack.
    /// Pushes one value on `g`'s stack (one call instead of a bounds check
    /// and a push at each of the library's many call sites).
    #[inline(never)]
    fn push_value(&mut self, g: GIdx, v: Value) {
        self.goroutines[g as usize].stack.push(v);
    }

    /// Pushes what a `fmt` print returns: the bytes written and a nil error.
    #[inline(never)]
    fn push_written(&mut self, g: GIdx, n: i64) {
        self.goroutines[g as usize].stack.extend([Value::Int(n), Value::Nil]);
    }

    pub(crate) fn push_results(&mut self, g: GIdx, results: Vec<Value>) {
        self.goroutines[g as usize].stack.extend(results);
    }

    /// Whether `g` can go on within the current step (it did not block,
    /// finish or panic, and the run goes on).
    fn still_running(&self, g: GIdx) -> bool {
        self.outcome.is_none() && self.goroutines[g as usize].state == GState::Running
    }

    /// Runs a library function; returns false when it ended the step abnormally.
    fn builtin(&mut self, g: GIdx, builtin: Builtin, args: &mut Vec<Value>) -> bool {
        if self.race.is_some() {
            if builtin.is_sync() {
                self.race_builtin(g, builtin, args);
            }
            self.race_fmt(g, builtin, args);
        }
        if !self.windows.is_empty() && !self.fmt_map_use(g, builtin, args) {
            return false;
        }
        match builtin {
            Builtin::FmtPrintln | Builtin::FmtPrint | Builtin::FmtPrintf => {
                let kind = match builtin {
                    Builtin::FmtPrintln => PrintKind::Println,
                    Builtin::FmtPrint => PrintKind::Print,
                    _ => PrintKind::Printf,
                };
                let text = self.format(kind, &args);
                let n = text.len() as i64;
                self.emit(g, EventKind::Output { stream: Stream::Stdout, text });
                self.push_written(g, n);
            }
            Builtin::FmtFprint | Builtin::FmtFprintln | Builtin::FmtFprintf => {
                // The first argument is the file: 1 is stdout, 2 is stderr.
                let fd = match args.first() {
                    Some(Value::Iface(b)) => match b.1 {
                        Value::Int(n) => n,
                        _ => 1,
                    },
                    Some(Value::Int(n)) => *n,
                    _ => 1,
                };
                let kind = match builtin {
                    Builtin::FmtFprintln => PrintKind::Println,
                    Builtin::FmtFprint => PrintKind::Print,
                    _ => PrintKind::Printf,
                };
                let text = self.format(kind, args.get(1..).unwrap_or(&[]));
                if let Some(Value::Iface(b)) = args.first() {
                    if let Value::Object(SyncKind::Builder, id) = b.1 {
                        // Writing to a strings.Builder appends to its text.
                        let n = text.len() as i64;
                        let old = self.atomics[id as usize].to_go_string();
                        self.atomics[id as usize] = Value::Str(Rc::from(format!("{old}{text}").as_str()));
                        self.push_written(g, n);
                        return true;
                    }
                }
                let stream = if fd == 2 { Stream::Stderr } else { Stream::Stdout };
                let n = text.len() as i64;
                self.emit(g, EventKind::Output { stream, text });
                self.push_written(g, n);
            }
            Builtin::OsStdout | Builtin::OsStderr => {
                let fd = if builtin == Builtin::OsStdout { 1 } else { 2 };
                self.push_value(g, Value::Int(fd));
            }
            Builtin::Print => {
                let text: String = args.iter().map(Value::to_go_string).collect();
                self.emit(g, EventKind::Output { stream: Stream::Stderr, text });
            }
            Builtin::DurationSeconds
            | Builtin::DurationMilliseconds
            | Builtin::DurationString
            | Builtin::TimeAdd
            | Builtin::TimeSub
            | Builtin::TimeBefore
            | Builtin::TimeAfterT => {
                let (a, b) = (int_arg(&args, 0), int_arg(&args, 1));
                let v = match builtin {
                    Builtin::DurationSeconds => Value::Float(a as f64 / 1e9),
                    Builtin::DurationMilliseconds => Value::Int(a / 1_000_000),
                    Builtin::DurationString => Value::Str(Rc::from(super::duration::format_duration(a).as_str())),
                    Builtin::TimeAdd => Value::Int(a.wrapping_add(b)),
                    Builtin::TimeSub => Value::Int(a.wrapping_sub(b)),
                    Builtin::TimeBefore => Value::Bool(a < b),
                    _ => Value::Bool(a > b),
                };
                self.push_value(g, v);
            }
            Builtin::FmtSprint | Builtin::FmtSprintln | Builtin::FmtSprintf => {
                let kind = match builtin {
                    Builtin::FmtSprint => PrintKind::Print,
                    Builtin::FmtSprintln => PrintKind::Println,
                    _ => PrintKind::Printf,
                };
                let text = self.format(kind, &args);
                self.push_value(g, Value::Str(Rc::from(text.as_str())));
            }
            Builtin::FmtErrorf => {
                let text = self.format(PrintKind::Errorf, &args);
                let wrapped = Machine::wrapped_operand(&args);
                let e = self.new_error_wrapping(text, wrapped);
                self.push_value(g, e);
            }
            Builtin::ErrorsNew => {
                let text = match args.first() {
                    Some(Value::Str(s)) => s.to_string(),
                    _ => String::new(),
                };
                let e = self.new_error(text);
                self.push_value(g, e);
            }
            Builtin::Println => self.emit(g, EventKind::Output { stream: Stream::Stderr, text: sprintln(&args) }),
            Builtin::Len | Builtin::Cap => {
                let v = args.first().cloned().unwrap_or_default();
                let n = if builtin == Builtin::Len { self.length(&v) } else { self.capacity(&v) };
                self.push_value(g, Value::Int(n));
            }
            Builtin::Panic => {
                let v = std::mem::take(args).into_iter().next().unwrap_or_default();
                let message = self.panic_text(&v);
                self.panic(g, v, message);
                return false;
            }
            Builtin::Recover => {
                let v = self.recover(g);
                self.push_value(g, v);
            }
            Builtin::TimeSleep => {
                let d = int_arg(&args, 0);
                if d > 0 {
                    self.timers.add(self.time.saturating_add(d as u64), TimerAction::Wake(g));
                    self.block(g, WaitReason::Sleep);
                    self.goroutines[g as usize].state = GState::Sleeping;
                }
            }
            Builtin::TimeAfter | Builtin::TimeTick => {
                let d = int_arg(&args, 0).max(0) as u64;
                let id = self.chans.len() as u32;
                let name = if builtin == Builtin::TimeAfter { "time.After" } else { "time.Tick" };
                // Named by its call (`time.After(1s)`) until a variable takes it.
                let label = format!("{name}({})", super::duration::format_duration(d as i64));
                self.chans.push(Channel::new(label, 1, Zero::Int));
                let period = if builtin == Builtin::TimeTick { d.max(1) } else { 0 };
                self.timers.add(self.time.saturating_add(d), TimerAction::SendTime { ch: id, period });
                self.push_value(g, Value::Chan(id));
            }
            Builtin::TimeNow => {
                self.push_value(g, Value::Int(self.time as i64));
            }
            Builtin::TimeSince => {
                let t = int_arg(&args, 0);
                self.push_value(g, Value::Int(self.time as i64 - t));
            }
            Builtin::Gosched => {
                // The goroutine goes to the back of the run queue.
                self.sched.yield_current(g);
                self.goroutines[g as usize].state = GState::Runnable;
            }
            Builtin::GoMaxProcs => {
                let previous = self.gomaxprocs;
                let n = int_arg(&args, 0);
                if n > 0 {
                    self.gomaxprocs = n;
                }
                self.push_value(g, Value::Int(previous));
            }
            Builtin::NumCpu => self.push_value(g, Value::Int(SIMULATED_CPUS)),
            Builtin::NumGoroutine => {
                let n = self.goroutines.iter().filter(|g| g.is_live()).count();
                self.push_value(g, Value::Int(n as i64));
            }
            Builtin::MutexLock => {
                let Some(id) = obj_id(&args) else {
                    return self.nil_deref(g);
                };
                if self.mutexes[id].lock(g, self.time) {
                    self.emit(g, EventKind::Lock { obj: ObjRef::Mutex(id as u32), read: false });
                } else {
                    self.block(g, WaitReason::MutexLock(id as u32));
                }
            }
            Builtin::MutexTryLock => {
                let Some(id) = obj_id(&args) else {
                    return self.nil_deref(g);
                };
                let ok = self.mutexes[id].try_lock(g);
                if ok {
                    self.emit(g, EventKind::Lock { obj: ObjRef::Mutex(id as u32), read: false });
                }
                self.push_value(g, Value::Bool(ok));
            }
            Builtin::MutexUnlock => {
                let Some(id) = obj_id(&args) else {
                    return self.nil_deref(g);
                };
                if !self.mutex_unlock(g, id as u32) {
                    return false;
                }
            }
            Builtin::RwLock | Builtin::RwRLock => {
                let Some(id) = obj_id(&args) else {
                    return self.nil_deref(g);
                };
                let write = builtin == Builtin::RwLock;
                let got = if write { self.rwmutexes[id].lock(g, self.time) } else { self.rwmutexes[id].rlock(g) };
                if got {
                    self.emit(g, EventKind::Lock { obj: ObjRef::RwMutex(id as u32), read: !write });
                } else {
                    let reason = if write { WaitReason::RwLock(id as u32) } else { WaitReason::RwRLock(id as u32) };
                    self.block(g, reason);
                }
            }
            Builtin::RwTryLock | Builtin::RwTryRLock => {
                let Some(id) = obj_id(&args) else {
                    return self.nil_deref(g);
                };
                let m = &mut self.rwmutexes[id];
                let ok = if builtin == Builtin::RwTryLock { m.try_lock(g) } else { m.try_rlock(g) };
                if ok {
                    let read = builtin == Builtin::RwTryRLock;
                    self.emit(g, EventKind::Lock { obj: ObjRef::RwMutex(id as u32), read });
                }
                self.push_value(g, Value::Bool(ok));
            }
            Builtin::RwUnlock | Builtin::RwRUnlock => {
                let Some(id) = obj_id(&args) else {
                    return self.nil_deref(g);
                };
                let result = if builtin == Builtin::RwUnlock {
                    self.rwmutexes[id].unlock(self.time)
                } else {
                    self.rwmutexes[id].runlock(g)
                };
                match result {
                    Err(()) => {
                        let what = if builtin == Builtin::RwUnlock { "Unlock" } else { "RUnlock" };
                        self.fatal(g, format!("sync: {what} of unlocked RWMutex"));
                        return false;
                    }
                    Ok(released) => {
                        let obj = ObjRef::RwMutex(id as u32);
                        let read = builtin == Builtin::RwRUnlock;
                        let to = released.admitted.first().copied().or(released.woke_writer);
                        self.emit(g, EventKind::Unlock { obj, read, to });
                        for next in released.admitted {
                            self.wake(g, next);
                        }
                        if let Some(w) = released.woke_writer {
                            self.goroutines[w as usize].lock_retry = Some(LockRetry::RwWriter(id as u32));
                            self.wake(g, w);
                        }
                    }
                }
            }
            Builtin::WgAdd | Builtin::WgDone => {
                let Some(id) = obj_id(&args) else {
                    return self.nil_deref(g);
                };
                let delta = if builtin == Builtin::WgDone { -1 } else { int_arg(&args, 1) };
                if !self.windows.is_empty() && self.wait_group_add_collides(g, id as u32, delta) {
                    self.runtime_panic(g, super::waitgroup::ADD_DURING_WAIT.to_string());
                    return false;
                }
                match self.waitgroups[id].add(delta) {
                    Err(()) => {
                        self.runtime_panic(g, "sync: negative WaitGroup counter".to_string());
                        return false;
                    }
                    Ok(released) => {
                        let counter = self.waitgroups[id].counter;
                        let done = builtin == Builtin::WgDone;
                        self.emit(g, EventKind::WaitGroupAdd { wg: id as u32, delta, counter, done });
                        if !released.is_empty() {
                            self.wait_group_released(g, id as u32);
                        }
                        for w in released {
                            self.goroutines[w as usize].wg_resume = Some(id as u32);
                            self.wake(g, w);
                        }
                    }
                }
            }
            Builtin::Std(f) => return self.call_std(g, f, std::mem::take(args)),
            Builtin::NewTimer | Builtin::NewTicker | Builtin::AfterFunc => {
                let d = int_arg(&args, 0);
                let v = match builtin {
                    Builtin::NewTimer => self.new_timer(d, 0, None),
                    Builtin::NewTicker => {
                        if d <= 0 {
                            self.runtime_panic(g, "non-positive interval for NewTicker".into());
                            return false;
                        }
                        self.new_timer(d, d as u64, None)
                    }
                    _ => self.new_timer(d, 0, args.get(1).cloned()),
                };
                self.push_value(g, v);
            }
            Builtin::TimerC | Builtin::TimerStop | Builtin::TimerReset | Builtin::TickerStop | Builtin::TickerReset => {
                let Some(Value::Object(SyncKind::Timer, id)) = args.first().cloned() else {
                    return self.nil_deref(g);
                };
                match builtin {
                    Builtin::TimerC => {
                        let ch = self.timer_objs[id as usize].ch.map(Value::Chan).unwrap_or_default();
                        self.push_value(g, ch);
                    }
                    Builtin::TimerStop | Builtin::TickerStop => {
                        let was = self.stop_timer(id);
                        if builtin == Builtin::TimerStop {
                            self.push_value(g, Value::Bool(was));
                        }
                    }
                    _ => {
                        let d = int_arg(&args, 1).max(0);
                        let was = self.stop_timer(id);
                        if builtin == Builtin::TickerReset {
                            self.timer_objs[id as usize].period = d as u64;
                        }
                        self.timers.add(self.time.saturating_add(d as u64), TimerAction::Fire(id));
                        if builtin == Builtin::TimerReset {
                            self.push_value(g, Value::Bool(was));
                        }
                    }
                }
            }
            Builtin::Goexit => {
                self.emit(g, EventKind::Goexit);
                self.goexit(g);
                return false;
            }
            Builtin::OnceDo => {
                let (Some(Value::Object(_, once)), Some(f)) = (args.first().cloned(), args.get(1).cloned()) else {
                    return self.nil_deref(g);
                };
                return self.once_do(g, once, f);
            }
            Builtin::NewCond => {
                let mutex = match args.first() {
                    Some(Value::Mutex(m)) => *m,
                    _ => {
                        return self.nil_deref(g);
                    }
                };
                let c = self.new_object(SyncKind::Cond);
                if let Value::Object(_, id) = c {
                    self.conds[id as usize].mutex = mutex;
                }
                self.push_value(g, c);
            }
            Builtin::CondWait | Builtin::CondSignal | Builtin::CondBroadcast => {
                let Some(Value::Object(SyncKind::Cond, id)) = args.first().cloned() else {
                    return self.nil_deref(g);
                };
                match builtin {
                    Builtin::CondWait => return self.cond_wait(g, id),
                    _ => self.cond_signal(g, id, builtin == Builtin::CondBroadcast),
                }
            }
            Builtin::CtxBackground | Builtin::CtxTodo => {
                let id = self.new_context(None, false);
                self.contexts[id as usize].name =
                    if builtin == Builtin::CtxTodo { "context.TODO" } else { "context.Background" }.to_string();
                self.push_value(g, Value::Object(SyncKind::Context, id));
            }
            Builtin::CtxWithCancel | Builtin::CtxWithTimeout | Builtin::CtxWithDeadline | Builtin::CtxWithValue => {
                let Some(Value::Object(SyncKind::Context, parent)) = args.first().cloned() else {
                    self.runtime_panic(g, "cannot create context from nil parent".to_string());
                    return false;
                };
                let cancelable = builtin != Builtin::CtxWithValue;
                let id = self.new_context(Some(parent), cancelable);
                let suffix = match builtin {
                    Builtin::CtxWithCancel => ".WithCancel",
                    Builtin::CtxWithValue => ".WithValue",
                    _ => ".WithDeadline",
                };
                self.contexts[id as usize].name = format!("{}{}", self.contexts[parent as usize].name, suffix);
                match builtin {
                    Builtin::CtxWithTimeout => {
                        let at = self.time.saturating_add(int_arg(&args, 1).max(0) as u64);
                        self.set_deadline(id, at);
                    }
                    Builtin::CtxWithDeadline => {
                        let at = int_arg(&args, 1).max(0) as u64;
                        self.set_deadline(id, at);
                    }
                    Builtin::CtxWithValue => {
                        let key = args.get(1).cloned().unwrap_or_default();
                        let value = args.get(2).cloned().unwrap_or_default();
                        self.contexts[id as usize].key = Some((key, value));
                    }
                    _ => {}
                }
                let ctx = Value::Object(SyncKind::Context, id);
                let stack_push = if cancelable { vec![ctx, self.cancel_func(id)] } else { vec![ctx] };
                self.goroutines[g as usize].stack.extend(stack_push);
            }
            Builtin::CtxDone | Builtin::CtxErr | Builtin::CtxValue => {
                let Some(Value::Object(SyncKind::Context, id)) = args.first().cloned() else {
                    return self.nil_deref(g);
                };
                let v = match builtin {
                    Builtin::CtxDone => self.contexts[id as usize].done.map(Value::Chan).unwrap_or_default(),
                    Builtin::CtxErr => self.contexts[id as usize].err.clone(),
                    _ => self.context_value(id, &args.get(1).cloned().unwrap_or_default()),
                };
                self.push_value(g, v);
            }
            Builtin::CtxCanceled => {
                let e = self.canceled_error();
                self.push_value(g, e);
            }
            Builtin::CtxDeadlineExceeded => {
                let e = self.deadline_error();
                self.push_value(g, e);
            }
            Builtin::AtomicLoad
            | Builtin::AtomicStore
            | Builtin::AtomicAdd
            | Builtin::AtomicSwap
            | Builtin::AtomicCas => {
                let Some(Value::Object(kind, id)) = args.first().cloned() else {
                    return self.nil_deref(g);
                };
                if kind == SyncKind::AtomicValue {
                    if let Some(msg) = super::atomic_value::check(builtin, &self.atomics[id as usize], &args[1..]) {
                        self.runtime_panic(g, msg.to_string());
                        return false;
                    }
                }
                self.emit(g, EventKind::Atomic { obj: ObjRef::Atomic(id), op: atomic_kind(builtin) });
                let slot = &mut self.atomics[id as usize];
                let mut result = atomic_op(builtin, slot, &args[1..]);
                if builtin == Builtin::AtomicAdd {
                    // `atomic.Int32` and `atomic.Uint32` wrap at 32 bits.
                    super::atomic_value::wrap(kind, slot);
                    result.iter_mut().for_each(|v| super::atomic_value::wrap(kind, v));
                }
                self.goroutines[g as usize].stack.extend(result);
            }
            Builtin::AtomicAddPtr
            | Builtin::AtomicLoadPtr
            | Builtin::AtomicStorePtr
            | Builtin::AtomicSwapPtr
            | Builtin::AtomicCasPtr => {
                let Some(Value::Ptr(c)) = args.first().cloned() else {
                    return self.nil_deref(g);
                };
                let op = match builtin {
                    Builtin::AtomicAddPtr => Builtin::AtomicAdd,
                    Builtin::AtomicLoadPtr => Builtin::AtomicLoad,
                    Builtin::AtomicStorePtr => Builtin::AtomicStore,
                    Builtin::AtomicSwapPtr => Builtin::AtomicSwap,
                    _ => Builtin::AtomicCas,
                };
                self.emit(g, EventKind::Atomic { obj: ObjRef::Cell(c), op: atomic_kind(op) });
                let mut value = self.pointee(c).clone();
                let result = atomic_op(op, &mut value, &args[1..]);
                if let Err(e) = self.set_in_cell(c, &[], value) {
                    self.runtime_panic(g, e);
                    return false;
                }
                self.goroutines[g as usize].stack.extend(result);
            }
            Builtin::OsExit => {
                // The operating system keeps the low 8 bits of the status.
                let code = (int_arg(&args, 0) & 0xff) as i32;
                self.emit(g, EventKind::Exit { code });
                self.finish(Outcome::Exit(code));
                return false;
            }
            Builtin::ChanClose => {
                let ch = std::mem::take(args).into_iter().next().unwrap_or_default();
                self.close(g, ch);
            }
            Builtin::WgWait => {
                let Some(id) = obj_id(&args) else {
                    return self.nil_deref(g);
                };
                if self.waitgroups[id].wait(g) {
                    self.emit(g, EventKind::WaitGroupWait { wg: id as u32 });
                } else {
                    self.block(g, WaitReason::WaitGroupWait(id as u32));
                }
            }
        }
        true
    }

    fn send(&mut self, g: GIdx, ch: Value, v: Value) {
        let Value::Chan(c) = ch else {
            self.block(g, WaitReason::ChanSendNil);
            return;
        };
        if !self.send_ready(g, c, v.clone()) {
            self.chans[c as usize].sendq.push_back(Sender { g, value: v, sel: None });
            self.block(g, WaitReason::ChanSend(c));
        }
    }

    /// Sends if the channel is ready (or closed, which panics); returns false
    /// when the sender would have to wait.
    fn send_ready(&mut self, g: GIdx, c: ChanId, v: Value) -> bool {
        match self.chans[c as usize].send(v.clone()) {
            SendResult::Handoff(r, value) => {
                self.with_race(|race| race.sync_pair(g, r.g));
                self.deliver(r, value.clone(), true);
                self.emit(g, EventKind::Send { ch: c, value, to: Some(r.g) });
                self.wake(g, r.g);
            }
            SendResult::Buffered => {
                let cap = self.chans[c as usize].cap;
                self.with_race(|race| race.buffered_send(g, c, cap));
                self.emit(g, EventKind::Send { ch: c, value: v, to: None })
            }
            SendResult::Wait => return false,
            SendResult::Closed => self.runtime_panic(g, "send on closed channel".to_string()),
        }
        true
    }

    fn recv(&mut self, g: GIdx, ch: Value, with_ok: bool) {
        let Value::Chan(c) = ch else {
            self.block(g, WaitReason::ChanRecvNil);
            return;
        };
        if !self.recv_ready(Receiver { g, with_ok, sel: None }, c) {
            self.chans[c as usize].recvq.push_back(Receiver { g, with_ok, sel: None });
            self.block(g, WaitReason::ChanRecv(c));
        }
    }

    /// Receives if the channel is ready; returns false when the receiver
    /// would have to wait.
    fn recv_ready(&mut self, r: Receiver, c: ChanId) -> bool {
        match self.chans[c as usize].recv() {
            RecvResult::Value { value, ok, released, from_sender } => {
                if self.race.is_some() {
                    self.race_recv(r.g, c, ok, released.as_ref().map(|s| s.g), from_sender);
                }
                self.deliver(r, value.clone(), ok);
                let from = if from_sender { released.as_ref().map(|s| s.g) } else { None };
                self.emit(r.g, EventKind::Recv { ch: c, value, ok, from });
                if let Some(s) = released {
                    self.release_sender(&s);
                    self.wake(r.g, s.g);
                }
                true
            }
            RecvResult::Wait => false,
        }
    }

    /// `select`: picks uniformly at random among the ready cases, else takes
    /// `default`, else parks the goroutine on every channel until one is ready.
    /// Leaves `[value ok index]` on the stack (index = number of cases for default).
    fn select(&mut self, g: GIdx, cases: &[SelectCase], has_default: bool) {
        // Operands were pushed in case order: a channel, plus the value for a send.
        let mut ops: Vec<(Option<ChanId>, Value)> = Vec::with_capacity(cases.len());
        for case in cases.iter().rev() {
            let stack = &mut self.goroutines[g as usize].stack;
            let v = if case.send { stack.pop().unwrap_or_default() } else { Value::Nil };
            let ch = match stack.pop() {
                Some(Value::Chan(c)) => Some(c),
                _ => None,
            };
            ops.push((ch, v));
        }
        ops.reverse();
        let ready: Vec<usize> = (0..cases.len())
            .filter(|&i| match ops[i].0 {
                Some(c) if cases[i].send => self.chans[c as usize].can_send(),
                Some(c) => self.chans[c as usize].can_recv(),
                None => false,
            })
            .collect();
        if !ready.is_empty() {
            let mut k = ready[self.rng.below(ready.len() as u64) as usize];
            if ready.len() > 1 {
                // The generator is drawn even when the choice is forced, so
                // the rest of the run sees the same random stream.
                if let Some(f) = self.forced_case.take().filter(|f| ready.contains(&(*f as usize))) {
                    k = f as usize;
                }
                self.select_ready = ready.iter().map(|&i| i as u16).collect();
                self.chosen_case = Some(k as u16);
            }
            let c = ops[k].0.expect("a ready case has a channel");
            self.emit(g, EventKind::Select { case: Some(k as u32) });
            if cases[k].send {
                let v = std::mem::take(&mut ops[k].1);
                self.send_ready(g, c, v);
                if self.still_running(g) {
                    self.push_select_result(g, Value::Nil, false, k);
                }
            } else {
                self.recv_ready(Receiver { g, with_ok: true, sel: Some(k as u16) }, c);
            }
            return;
        }
        if has_default {
            self.emit(g, EventKind::Select { case: None });
            self.push_select_result(g, Value::Nil, false, cases.len());
            return;
        }
        if cases.is_empty() {
            self.block(g, WaitReason::SelectNoCases);
            return;
        }
        let mut waiting_on = Vec::new();
        for (k, (ch, v)) in ops.into_iter().enumerate() {
            let Some(c) = ch else { continue };
            let chan = &mut self.chans[c as usize];
            if cases[k].send {
                chan.sendq.push_back(Sender { g, value: v, sel: Some(k as u16) });
            } else {
                chan.recvq.push_back(Receiver { g, with_ok: true, sel: Some(k as u16) });
            }
            waiting_on.push(c);
        }
        self.goroutines[g as usize].select_chans = waiting_on;
        self.block(g, WaitReason::Select);
    }

    fn push_select_result(&mut self, g: GIdx, value: Value, ok: bool, k: usize) {
        let stack = &mut self.goroutines[g as usize].stack;
        stack.extend([value, Value::Bool(ok), Value::Int(k as i64)]);
    }

    /// A goroutine parked in a `select` was chosen by one case: it leaves
    /// the queues of every other channel it waited on.
    fn leave_select(&mut self, g: GIdx) {
        for c in std::mem::take(&mut self.goroutines[g as usize].select_chans) {
            self.chans[c as usize].forget(g);
        }
    }

    /// A parked sender's value was taken: a sender in a `select` learns its case.
    fn release_sender(&mut self, s: &Sender) {
        if let Some(k) = s.sel {
            self.emit(s.g, EventKind::Select { case: Some(k as u32) });
            self.leave_select(s.g);
            self.push_select_result(s.g, Value::Nil, false, k as usize);
        }
    }

    fn close(&mut self, g: GIdx, ch: Value) {
        let Value::Chan(c) = ch else {
            self.runtime_panic(g, "close of nil channel".to_string());
            return;
        };
        if self.chans[c as usize].closed {
            self.runtime_panic(g, "close of closed channel".to_string());
            return;
        }
        self.close_channel(g, c);
    }

    /// Closes an open channel: its receivers get zero values, its senders panic.
    pub(crate) fn close_channel(&mut self, g: GIdx, c: ChanId) {
        let chan = &mut self.chans[c as usize];
        chan.closed = true;
        let receivers: Vec<Receiver> = chan.recvq.drain(..).collect();
        let senders: Vec<Sender> = chan.sendq.drain(..).collect();
        let zero = Value::zero(chan.elem_zero);
        self.emit(g, EventKind::Close { ch: c });
        self.with_race(|race| race.release(g, SyncKey::ChanClose(c)));
        for r in receivers {
            self.with_race(|race| race.acquire(r.g, SyncKey::ChanClose(c)));
            self.deliver(r, zero.clone(), false);
            self.wake(g, r.g);
        }
        for s in senders {
            if s.sel.is_some() {
                self.leave_select(s.g);
            }
            self.goroutines[s.g as usize].pending_panic = Some("send on closed channel".to_string());
            self.wake(g, s.g);
        }
    }

    /// Calls a context's cancel function.
    fn call_cancel(&mut self, g: GIdx, closure: &Closure) {
        if let Some(Value::Object(SyncKind::Context, id)) = &closure.bound {
            let err = self.canceled_error();
            self.cancel_context(g, *id, err);
        }
    }

    /// Pushes a receive's result onto the receiver's operand stack.
    fn deliver(&mut self, r: Receiver, value: Value, ok: bool) {
        if let Some(k) = r.sel {
            self.emit(r.g, EventKind::Select { case: Some(k as u32) });
            self.leave_select(r.g);
            self.push_select_result(r.g, value, ok, k as usize);
            return;
        }
        let stack = &mut self.goroutines[r.g as usize].stack;
        stack.push(value);
        if r.with_ok {
            stack.push(Value::Bool(ok));
        }
    }

    /// `Unlock` of a mutex by `g`: frees it and wakes the waiter Go would
    /// wake, which retries when it runs. False after a fatal error.
    pub(crate) fn mutex_unlock(&mut self, g: GIdx, mutex: MutexId) -> bool {
        match self.mutexes[mutex as usize].unlock(self.time) {
            Err(()) => {
                self.fatal(g, "sync: unlock of unlocked mutex".to_string());
                false
            }
            Ok(released) => {
                let to = released.woken();
                self.emit(g, EventKind::Unlock { obj: ObjRef::Mutex(mutex), read: false, to });
                if let Some(w) = to {
                    self.goroutines[w as usize].lock_retry = Some(LockRetry::Mutex(mutex));
                    self.wake(g, w);
                }
                true
            }
        }
    }

    /// A goroutine woken in the middle of a lock call runs again and takes
    /// the lock (emitting `Lock`), or sleeps on it again; true when it got it.
    fn finish_lock(&mut self, g: GIdx, retry: LockRetry) -> bool {
        let now = self.time;
        let (got, obj, reason) = match retry {
            LockRetry::Mutex(id) | LockRetry::CondRelock(id) => {
                let m = &mut self.mutexes[id as usize];
                let got = if retry == LockRetry::Mutex(id) { m.retry(g, now) } else { m.lock(g, now) };
                (got, ObjRef::Mutex(id), WaitReason::MutexLock(id))
            }
            LockRetry::RwWriter(id) => {
                (self.rwmutexes[id as usize].retry(g, now), ObjRef::RwMutex(id), WaitReason::RwLock(id))
            }
        };
        if got {
            // Whoever held the lock since the wake-up (a goroutine that
            // barged in) released it before this acquire.
            self.with_race(|r| match retry {
                LockRetry::Mutex(id) | LockRetry::CondRelock(id) => r.acquire(g, super::race::SyncKey::Mutex(id)),
                LockRetry::RwWriter(id) => {
                    r.acquire(g, super::race::SyncKey::RwWriter(id));
                    r.acquire(g, super::race::SyncKey::RwReaders(id));
                }
            });
            self.emit(g, EventKind::Lock { obj, read: false });
        } else {
            self.block(g, reason);
        }
        got
    }

    pub(crate) fn block(&mut self, g: GIdx, reason: WaitReason) {
        let gr = &mut self.goroutines[g as usize];
        gr.state = GState::Blocked;
        gr.wait = Some(reason);
        self.sched.stop_current();
        self.emit(g, EventKind::Block { reason });
    }

    /// `by` made `g` runnable again.
    pub(crate) fn wake(&mut self, by: GIdx, g: GIdx) {
        if self.race.is_some() {
            self.race_wake(by, g);
        }
        let gr = &mut self.goroutines[g as usize];
        gr.state = GState::Runnable;
        gr.wait = None;
        self.sched.ready(g);
        self.emit(by, EventKind::Wake { g });
    }

    /// A goroutine that runs one function call for `run_function`.
    pub(crate) fn spawn_for_call(&mut self, f: Value, args: Vec<Value>) -> GIdx {
        let g = self.new_goroutine(0, f, args, None);
        self.goroutines[g as usize].state = GState::Running;
        self.call_goroutine = Some(g);
        g
    }

    /// Runs one step of `g` (for `run_function`).
    pub(crate) fn run_step_of(&mut self, g: GIdx) {
        self.run_step(g, 0);
    }

    fn goroutine_done(&mut self, g: GIdx) {
        if self.call_goroutine == Some(g) {
            self.call_result = Some(self.goroutines[g as usize].stack.last().cloned().unwrap_or_default());
        }
        let gr = &mut self.goroutines[g as usize];
        gr.state = GState::Done;
        gr.stack.clear();
        let goid = gr.goid;
        self.sched.stop_current();
        self.emit(g, EventKind::Finish);
        if goid == MAIN_GOID {
            self.finish(Outcome::Exit(0));
        }
    }

    /// A panic raised by the runtime (a "runtime error" or a library check);
    /// `recover` returns its message.
    #[cold]
    #[inline(never)]
    pub(crate) fn runtime_panic(&mut self, g: GIdx, message: String) {
        // Go's run-time panics are `runtime.Error` values; channel misuse is a plainError.
        let name = if message.starts_with("runtime error: index") || message.starts_with("runtime error: slice") {
            "runtime.boundsError"
        } else if message.starts_with("runtime error:") {
            "runtime.Error"
        } else if message.starts_with("interface conversion") {
            "*runtime.TypeAssertionError"
        } else {
            "runtime.plainError"
        };
        let ty = self.builtin_type(name);
        let value = Value::Iface(Rc::new((ty, Value::Str(Rc::from(message.as_str())))));
        self.panic(g, value, message);
    }

    /// Go's nil pointer dereference panic on `g`; false, for the callers
    /// that return whether the step goes on.
    #[cold]
    #[inline(never)]
    fn nil_deref(&mut self, g: GIdx) -> bool {
        self.runtime_panic(g, NIL_DEREF.to_string());
        false
    }

    /// Go's nil pointer dereference panic on `g`, for the general path.
    #[cold]
    #[inline(never)]
    fn nil_deref_step(&mut self, g: GIdx) {
        self.runtime_panic(g, NIL_DEREF.to_string());
    }

    /// Go's fatal stack overflow: a call past the frame limit.
    #[cold]
    #[inline(never)]
    fn stack_overflow(&mut self, g: GIdx) {
        let stderr = format!(
            "runtime: goroutine stack exceeds the limit of {} frames\nfatal error: stack overflow\n\n{}",
            self.config.limits.max_frames,
            traceback::goroutine_block(self, g, "running")
        );
        self.finish(Outcome::Panic { goid: self.goroutines[g as usize].goid, stderr });
    }

    /// Ends the run at the goroutine limit.
    #[cold]
    #[inline(never)]
    fn goroutine_limit(&mut self) {
        let n = self.config.limits.max_goroutines;
        self.end_with_limit(format!(
            "chanscope: stopped at {n} goroutines (the goroutine limit); raise it with --max-goroutines"
        ));
    }

    /// Starts (or continues) a panic on `g`: deferred calls run, newest
    /// first, and may recover it; if none does, the program ends as Go's does.
    fn panic(&mut self, g: GIdx, value: Value, message: String) {
        let trace = traceback::panic_block(self, g, &message);
        self.emit(g, EventKind::Panic { message: message.clone() });
        let gr = &mut self.goroutines[g as usize];
        let old = gr.panicking.take();
        let mut lines = match &old {
            Some(p) => {
                let mut lines = p.lines.clone();
                if p.recovered {
                    if let Some(last) = lines.last_mut() {
                        last.push_str(" [recovered]");
                    }
                }
                lines
            }
            None => Vec::new(),
        };
        lines.push(format!("panic: {message}"));
        // A panic in a deferred call of another: that one resumes if this one is recovered inside the call.
        let outer = old.filter(|p| !p.goexit);
        gr.panicking =
            Some(Box::new(Panicking { value, lines, trace, recovered: false, goexit: false, running_at: 0, outer }));
        self.unwind(g);
    }

    /// Runs the next deferred call of a panicking goroutine, or ends the
    /// program when no frame has one left.
    fn unwind(&mut self, g: GIdx) {
        loop {
            let gr = &mut self.goroutines[g as usize];
            let Some(top) = gr.frames.last_mut() else { break };
            if let Some(d) = top.defers.pop() {
                let at = gr.frames.len();
                if let Some(p) = gr.panicking.as_mut() {
                    p.running_at = at;
                }
                self.run_deferred(g, d);
                return;
            }
            let frame = gr.frames.pop().expect("frame");
            gr.stack.truncate(frame.base.saturating_sub(1) as usize);
            if let Some(once) = frame.once {
                self.once_finished(g, once);
            }
        }
        let gr = &mut self.goroutines[g as usize];
        if gr.panicking.as_ref().is_some_and(|p| p.goexit) {
            gr.panicking = None;
            let is_main = gr.goid == MAIN_GOID;
            gr.state = GState::Done;
            gr.stack.clear();
            self.sched.stop_current();
            self.emit(g, EventKind::Finish);
            if is_main {
                self.main_goexited = true;
            }
            if !self.sched.has_runnable() && self.timers.is_empty() {
                self.deadlock();
            }
            return;
        }
        gr.state = GState::Panicked;
        let p = gr.panicking.take().expect("a panic in flight");
        let goid = gr.goid;
        self.sched.stop_current();
        let mut text = String::new();
        for (i, line) in p.lines.iter().enumerate() {
            if i > 0 {
                text.push('\t');
            }
            text.push_str(line);
            text.push('\n');
        }
        if p.lines.last().is_some_and(|l| l.ends_with(NIL_DEREF)) {
            // Go reports the memory fault behind a nil dereference.
            text.push_str("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
        }
        let stderr = format!("{text}\n{}", p.trace);
        self.finish(Outcome::Panic { goid, stderr });
    }

    /// Starts a deferred call on `g`. Returns false when the step must end
    /// (the call blocked or ended the run).
    fn run_deferred(&mut self, g: GIdx, d: Deferred) -> bool {
        match d {
            Deferred::Call { func: Value::Func(closure), .. } if closure.func == CANCEL_FUNC => {
                self.call_cancel(g, &closure);
                true
            }
            Deferred::Call { func: Value::Func(closure), args } => {
                let gr = &mut self.goroutines[g as usize];
                let at = gr.stack.len();
                gr.stack.push(Value::Func(closure.clone()));
                gr.stack.extend(args);
                self.push_frame(g, closure, at, 0, true);
                true
            }
            Deferred::Call { .. } => {
                self.runtime_panic(g, NIL_DEREF.to_string());
                false
            }
            Deferred::Builtin { builtin, args } => {
                let ok = self.builtin(g, builtin, &mut { args }) && self.still_running(g);
                if ok && self.goroutines[g as usize].panicking.is_some() {
                    self.unwind(g);
                    return false;
                }
                ok
            }
        }
    }

    /// A deferred call returned. If the goroutine is panicking, either the
    /// panic was recovered (the deferring function returns normally) or
    /// unwinding goes on. Returns true when the step must end.
    fn after_deferred(&mut self, g: GIdx) -> bool {
        let gr = &mut self.goroutines[g as usize];
        let Some(p) = &gr.panicking else { return false };
        if !p.recovered {
            self.unwind(g);
            return true;
        }
        // An earlier panic whose deferred call is still running (at or below the
        // deferring frame) is in flight again; one whose call has ended is gone.
        let deferring = gr.frames.len().saturating_sub(1);
        gr.panicking = gr.panicking.take().and_then(|p| p.outer).filter(|o| o.running_at <= deferring);
        // The function that deferred the call returns its zero (or named) results.
        let frame = gr.frames.last_mut().expect("the deferring frame");
        let f = &self.program.funcs[frame.func as usize];
        frame.pc = f.recover_pc;
        let keep = frame.base as usize + f.locals.max(f.params) as usize;
        gr.stack.truncate(keep);
        false
    }

    /// `recover()`: inside a deferred call of a panicking goroutine, stops
    /// the panic and returns its value; anywhere else, nil.
    fn recover(&mut self, g: GIdx) -> Value {
        let gr = &mut self.goroutines[g as usize];
        let direct = gr.frames.last().is_some_and(|f| f.is_deferred);
        match &mut gr.panicking {
            Some(p) if direct && !p.recovered && !p.goexit => {
                p.recovered = true;
                p.value.clone()
            }
            _ => Value::Nil,
        }
    }

    /// A fatal error: no deferred calls run and `recover` cannot stop it.
    #[cold]
    #[inline(never)]
    pub(crate) fn fatal(&mut self, g: GIdx, message: String) {
        let stderr = traceback::fatal_report(self, g, &message);
        self.emit(g, EventKind::Panic { message: message.clone() });
        let gr = &mut self.goroutines[g as usize];
        gr.state = GState::Panicked;
        let goid = gr.goid;
        self.sched.stop_current();
        self.finish(Outcome::Panic { goid, stderr });
    }

    pub(crate) fn push_frame(&mut self, g: GIdx, closure: Rc<Closure>, at: usize, results: u8, is_deferred: bool) {
        let callee = &self.program.funcs[closure.func as usize];
        let gr = &mut self.goroutines[g as usize];
        if let Some(recv) = &closure.bound {
            gr.stack.insert(at + 1, recv.clone());
        }
        gr.stack.resize(at + 1 + callee.locals.max(callee.params) as usize, Value::Nil);
        gr.frames.push(Frame {
            func: closure.func,
            pc: 0,
            base: at as u32 + 1,
            closure: Some(closure),
            results,
            defers: Vec::new(),
            is_deferred,
            once: None,
        });
    }

    /// A fresh synchronisation object, for the zero value of a `sync` type.
    /// The zero value for `z`, allocating objects for `sync` types and structs.
    pub fn zero(&mut self, z: Zero) -> Value {
        match z {
            Zero::Sync(k) => self.new_sync_object(k),
            Zero::Typed(t) => self.zero_value(t),
            other => Value::zero(other),
        }
    }

    /// A fresh, unnamed `sync` object (a field of a new struct value).
    pub fn new_sync_object(&mut self, kind: SyncKind) -> Value {
        self.new_sync(kind, None)
    }

    fn new_sync(&mut self, kind: SyncKind, name: Option<&str>) -> Value {
        let name = name.unwrap_or_default().to_string();
        match kind {
            SyncKind::Mutex => {
                self.mutexes.push(Mutex { name, ..Mutex::default() });
                Value::Mutex(self.mutexes.len() as u32 - 1)
            }
            SyncKind::RWMutex => {
                self.rwmutexes.push(RwMutex { name, ..RwMutex::default() });
                Value::RwMutex(self.rwmutexes.len() as u32 - 1)
            }
            SyncKind::WaitGroup => {
                self.waitgroups.push(WaitGroup { name, ..WaitGroup::default() });
                Value::WaitGroup(self.waitgroups.len() as u32 - 1)
            }
            other => {
                let v = self.new_object(other);
                if !name.is_empty() {
                    self.name_object(&v, &name);
                }
                v
            }
        }
    }

    fn deadlock(&mut self) {
        if self.main_goexited && self.goroutines.iter().all(|g| !g.is_live()) {
            let stderr = "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n".to_string();
            self.finish(Outcome::Deadlock { stderr });
            return;
        }
        let stderr = traceback::deadlock_report(self);
        self.finish(Outcome::Deadlock { stderr });
    }

    #[cold]
    #[inline(never)]
    fn object_limit(&mut self) {
        let n = self.config.limits.max_objects;
        self.end_with_limit(format!(
            "chanscope: stopped at {n} allocated values (the memory limit); raise it with --max-objects"
        ));
    }

    #[cold]
    #[inline(never)]
    fn end_with_limit(&mut self, message: String) {
        self.finish(Outcome::Limit { stderr: format!("{message}\n") });
    }

    /// Ends the run. The outcome keeps the text Go prints to stderr for it;
    /// the recording shows that text after the last step.
    pub(crate) fn finish(&mut self, outcome: Outcome) {
        let g = self.last_running.unwrap_or(0);
        let outcome = if self.race.is_some() { self.race_outcome(g, outcome) } else { outcome };
        self.emit(g, EventKind::End);
        self.outcome = Some(outcome);
    }
}

// The simple loop's operand stack: `stack[..sp]` is live, the slots above
// it are dead and reused in place.

/// Pushes a value.
/// Pops the top of an operand stack (nil when empty, which lowering never
/// lets happen); one call for the general path's many pops.
#[inline(never)]
fn pop(stack: &mut Vec<Value>) -> Value {
    stack.pop().unwrap_or_default()
}

#[inline(always)]
fn put(stack: &mut Vec<Value>, sp: &mut usize, v: Value) {
    if *sp < stack.len() {
        stack[*sp] = v;
    } else {
        stack.push(v);
    }
    *sp += 1;
}

/// Pushes an integer, writing only the number when the slot held one.
#[inline(always)]
fn put_int(stack: &mut Vec<Value>, sp: &mut usize, x: i64) {
    if *sp < stack.len() {
        set_int(&mut stack[*sp], x);
    } else {
        stack.push(Value::Int(x));
    }
    *sp += 1;
}

/// Pushes a bool, writing only the flag when the slot held one.
#[inline(always)]
fn put_bool(stack: &mut Vec<Value>, sp: &mut usize, b: bool) {
    if *sp < stack.len() {
        match &mut stack[*sp] {
            Value::Bool(slot) => *slot = b,
            slot => *slot = Value::Bool(b),
        }
    } else {
        stack.push(Value::Bool(b));
    }
    *sp += 1;
}

/// Pushes a copy of the stack slot `from`.
#[inline(always)]
fn put_copy(stack: &mut Vec<Value>, sp: &mut usize, from: usize) {
    match &stack[from] {
        &Value::Int(x) => put_int(stack, sp, x),
        other => {
            let v = other.clone();
            put(stack, sp, v);
        }
    }
}

/// Pushes a copy of `v`.
#[inline(always)]
fn put_clone(stack: &mut Vec<Value>, sp: &mut usize, v: &Value) {
    match v {
        &Value::Int(x) => put_int(stack, sp, x),
        other => put(stack, sp, other.clone()),
    }
}

/// Pops a value (`Nil` from an empty stack, as `pop().unwrap_or_default()`).
#[inline(always)]
fn take(stack: &mut [Value], sp: &mut usize) -> Value {
    if *sp == 0 {
        return Value::Nil;
    }
    *sp -= 1;
    std::mem::take(&mut stack[*sp])
}

/// Stores an integer, writing only the number when the slot held one.
#[inline(always)]
fn set_int(slot: &mut Value, x: i64) {
    match slot {
        Value::Int(old) => *old = x,
        slot => *slot = Value::Int(x),
    }
}

/// The integer in stack slot `i`, if it holds one.
#[inline(always)]
fn int_at(stack: &[Value], i: usize) -> Option<i64> {
    match stack[i] {
        Value::Int(x) => Some(x),
        _ => None,
    }
}

/// Stores an operator's result into a stack slot.
#[inline(always)]
fn set_result(slot: &mut Value, r: IntResult) {
    match r {
        IntResult::Int(x) => set_int(slot, x),
        IntResult::Bool(b) => *slot = Value::Bool(b),
    }
}

/// Pushes an operator's result.
#[inline(always)]
fn put_result(stack: &mut Vec<Value>, sp: &mut usize, r: IntResult) {
    match r {
        IntResult::Int(x) => put_int(stack, sp, x),
        IntResult::Bool(b) => put_bool(stack, sp, b),
    }
}

/// Runs a fused operation (see `decode`) at `pc` and returns the next pc,
/// or `None`, having changed nothing, when an operand is not an integer or
/// the operator would panic: the instruction at `pc` then runs alone.
#[inline(always)]
fn run_fused(op: Op, stack: &mut Vec<Value>, sp: &mut usize, base: usize, pc: usize) -> Option<usize> {
    let local = |stack: &[Value], slot: u16| int_at(stack, base + slot as usize);
    match op.kind {
        Kind::Plain => None,
        Kind::BranchLocalConst => {
            let IntResult::Bool(b) = int_binary(op.op, local(stack, op.a)?, op.k)? else { return None };
            Some(if b { pc + 4 } else { op.target as usize })
        }
        Kind::BranchLocals => {
            let IntResult::Bool(b) = int_binary(op.op, local(stack, op.a)?, local(stack, op.b)?)? else { return None };
            Some(if b { pc + 4 } else { op.target as usize })
        }
        Kind::StoreLocalConst | Kind::StoreLocalConstJump => {
            let r = int_binary(op.op, local(stack, op.a)?, op.k)?;
            set_result(&mut stack[base + op.dst as usize], r);
            Some(if op.kind == Kind::StoreLocalConstJump { op.target as usize } else { pc + 4 })
        }
        Kind::StoreLocals => {
            let r = int_binary(op.op, local(stack, op.a)?, local(stack, op.b)?)?;
            set_result(&mut stack[base + op.dst as usize], r);
            Some(pc + 4)
        }
        Kind::AccumLocalConst => {
            let IntResult::Int(y) = int_binary(op.inner, local(stack, op.b)?, op.k)? else { return None };
            let r = int_binary(op.op, local(stack, op.a)?, y)?;
            set_result(&mut stack[base + op.a as usize], r);
            Some(pc + 6)
        }
        Kind::LocalConst => {
            let r = int_binary(op.op, local(stack, op.a)?, op.k)?;
            put_result(stack, sp, r);
            Some(pc + 3)
        }
        Kind::Locals => {
            let r = int_binary(op.op, local(stack, op.a)?, local(stack, op.b)?)?;
            put_result(stack, sp, r);
            Some(pc + 3)
        }
        // Run by `run_simple`, which has the cells at hand.
        Kind::CaptureConst | Kind::LockCapture | Kind::UnlockCapture => None,
        Kind::BinaryStore => {
            if *sp < 2 {
                return None;
            }
            let (Value::Int(x), Value::Int(y)) = (&stack[*sp - 2], &stack[*sp - 1]) else { return None };
            let r = int_binary(op.op, *x, *y)?;
            *sp -= 2;
            set_result(&mut stack[base + op.dst as usize], r);
            Some(pc + 2)
        }
    }
}

/// `Lock` of mutex `id` by `g`, as `builtin` does it, when the mutex is
/// free and not in starvation mode; false, having changed nothing, when
/// the lock needs the general path (it would block).
#[inline(always)]
fn lock_if_free(mutexes: &mut [Mutex], events: &mut Vec<Event>, g: GIdx, id: MutexId) -> bool {
    let m = &mut mutexes[id as usize];
    if m.owner.is_some() || m.starving {
        return false;
    }
    m.owner = Some(g);
    events.push(Event { g, kind: EventKind::Lock { obj: ObjRef::Mutex(id), read: false } });
    true
}

/// `Unlock` of mutex `id` by `g`, as `builtin` does it, when it wakes
/// nobody; false, having changed nothing, when it needs the general path
/// (it wakes a waiter, hands the lock off, or is a fatal unlock).
#[inline(always)]
fn unlock_if_quiet(mutexes: &mut [Mutex], events: &mut Vec<Event>, g: GIdx, id: MutexId, now: u64) -> bool {
    let m = &mut mutexes[id as usize];
    if !m.unlock_wakes_nobody() {
        return false;
    }
    let released = m.unlock(now);
    debug_assert_eq!(released, Ok(super::mutex::Released::Nobody));
    events.push(Event { g, kind: EventKind::Unlock { obj: ObjRef::Mutex(id), read: false, to: None } });
    true
}

/// Where a chain of fused operations is: the pc, the operand stack's top,
/// the instructions run in the current step and the further steps allowed.
#[derive(Clone, Copy)]
struct Chain {
    pc: usize,
    sp: usize,
    executed: u32,
    left: u64,
}

/// Runs fused operations back to back from `chain.pc`, crossing into
/// further steps while `chain.left` allows, until an operation does not
/// apply (a plain instruction, or operands that are not integers). Returns
/// `None` when not even the first operation applied, else whether the step
/// ended at `chain.pc` with no further step allowed. Kept apart from
/// `run_simple` so its few variables stay in registers.
#[inline(never)]
fn run_fused_chain(ops: &[Op], stack: &mut Vec<Value>, base: usize, chain: &mut Chain) -> Option<bool> {
    let Chain { mut pc, mut sp, mut executed, mut left } = *chain;
    let op = ops[pc];
    let mut next = run_fused(op, stack, &mut sp, base, pc)?;
    let mut len = op.len();
    let step_end = loop {
        executed += len;
        pc = next;
        if ops[pc].flags & START != 0 {
            if left == 0 {
                break true;
            }
            left -= 1;
            executed = 0;
            if ops[pc].flags & LOOP != 0 {
                // A loop kernel may take over here (see `run_simple`).
                break false;
            }
        }
        if executed >= MAX_INSTRUCTIONS_PER_STEP {
            break false;
        }
        let op = ops[pc];
        match run_fused(op, stack, &mut sp, base, pc) {
            Some(n) => {
                next = n;
                len = op.len();
            }
            None => break false,
        }
    };
    *chain = Chain { pc, sp, executed, left };
    Some(step_end)
}

/// The state of a step in progress, shared by `run_step` and `run_simple`.
#[derive(Clone, Copy)]
struct Run {
    /// Instructions run in the current step.
    executed: u32,
    /// Whether the current step did its synchronising operation.
    synced: bool,
    /// Further steps the goroutine may run on into.
    more_steps: u64,
}

/// Why the loop over simple instructions stopped.
#[derive(Clone, Copy)]
enum Exit {
    /// The instruction at this pc needs the general `match`.
    General(usize),
    /// The step ended before the instruction at this pc.
    StepEnd(usize),
    /// The step ran too many instructions.
    Runaway(usize),
}

const NIL_DEREF: &str = "runtime error: invalid memory address or nil pointer dereference";

/// One atomic operation on a stored value; returns what it pushes.
/// The trace's name of an atomic builtin.
fn atomic_kind(op: Builtin) -> AtomicOp {
    match op {
        Builtin::AtomicLoad => AtomicOp::Load,
        Builtin::AtomicStore => AtomicOp::Store,
        Builtin::AtomicAdd => AtomicOp::Add,
        Builtin::AtomicSwap => AtomicOp::Swap,
        _ => AtomicOp::CompareAndSwap,
    }
}

fn atomic_op(op: Builtin, slot: &mut Value, args: &[Value]) -> Vec<Value> {
    let arg = |i: usize| args.get(i).cloned().unwrap_or_default();
    match op {
        Builtin::AtomicLoad => vec![slot.clone()],
        Builtin::AtomicStore => {
            *slot = arg(0);
            Vec::new()
        }
        Builtin::AtomicAdd => {
            let (Value::Int(a), Value::Int(d)) = (slot.clone(), arg(0)) else { return vec![slot.clone()] };
            *slot = Value::Int(a.wrapping_add(d));
            vec![slot.clone()]
        }
        Builtin::AtomicSwap => vec![std::mem::replace(slot, arg(0))],
        _ => {
            let swapped = *slot == arg(0);
            if swapped {
                *slot = arg(1);
            }
            vec![Value::Bool(swapped)]
        }
    }
}

/// The object id of a `sync` receiver (the first argument of its methods).
fn obj_id(args: &[Value]) -> Option<usize> {
    match args.first() {
        Some(Value::Mutex(id) | Value::RwMutex(id) | Value::WaitGroup(id)) => Some(*id as usize),
        _ => None,
    }
}

fn int_of(v: Option<Value>) -> i64 {
    match v {
        Some(Value::Int(n)) => n,
        _ => 0,
    }
}

fn int_arg(args: &[Value], i: usize) -> i64 {
    match args.get(i) {
        Some(Value::Int(n)) => *n,
        _ => 0,
    }
}

/// Where a variable's value lives, for an in-place store.
enum VarHome {
    Stack(usize),
    Global(usize),
    Cell(usize),
}

impl Machine {
    /// `Instr::StorePlace`: takes the variable's value out of its home,
    /// writes the element in place, and puts the value back. No Go code
    /// runs in between, so nothing can observe the variable while it is out.
    fn store_place_in_var(
        &mut self,
        g: GIdx,
        var: VarRef,
        steps: &[PlaceStep],
        indexes: &[Value],
        v: Value,
    ) -> Result<(), String> {
        let gr = &self.goroutines[g as usize];
        let frame = gr.frames.last().expect("running goroutine has a frame");
        let base = frame.base as usize;
        let home = match var {
            VarRef::Local(slot) => VarHome::Stack(base + slot as usize),
            VarRef::Boxed(slot) => VarHome::Cell(cell_id(&gr.stack[base + slot as usize])),
            VarRef::Capture(i) => VarHome::Cell(frame.closure.as_ref().map_or(0, |c| c.env[i as usize]) as usize),
            VarRef::Global(i) => VarHome::Global(i as usize),
            VarRef::GlobalBoxed(i) => match self.globals[i as usize] {
                Value::Ptr(c) => VarHome::Cell(c as usize),
                _ => return Err(NIL_DEREF.to_string()),
            },
            VarRef::Pointer => return Err(NIL_DEREF.to_string()),
        };
        let place = match home {
            VarHome::Stack(at) => &mut self.goroutines[g as usize].stack[at],
            VarHome::Global(i) => &mut self.globals[i],
            VarHome::Cell(c) => &mut self.cells[c],
        };
        let mut root = std::mem::take(place);
        let r = self.store_place(&mut root, steps, indexes, v);
        let place = match home {
            VarHome::Stack(at) => &mut self.goroutines[g as usize].stack[at],
            VarHome::Global(i) => &mut self.globals[i],
            VarHome::Cell(c) => &mut self.cells[c],
        };
        *place = root;
        if self.race.is_some() {
            match home {
                VarHome::Stack(_) => {}
                VarHome::Global(i) => self.race_store_var(g, Some(i as u32), None),
                VarHome::Cell(c) => self.race_store_var(g, None, Some(c as u32)),
            }
        }
        r
    }
}

impl Machine {
    /// `Instr::StorePlace` through pointer `p`: an ordinary cell is written
    /// in place; an interior pointer's value is rebuilt and stored back.
    fn store_place_through(
        &mut self,
        g: GIdx,
        p: Value,
        steps: &[PlaceStep],
        indexes: &[Value],
        v: Value,
    ) -> Result<(), String> {
        let Value::Ptr(c) = p else { return Err(NIL_DEREF.to_string()) };
        let r = if self.is_interior(c) {
            let mut inner = self.pointee(c).clone();
            self.store_place(&mut inner, steps, indexes, v)?;
            self.set_in_cell(c, &[], inner)
        } else {
            let mut root = std::mem::take(&mut self.cells[c as usize]);
            let r = self.store_place(&mut root, steps, indexes, v);
            self.cells[c as usize] = root;
            r
        };
        if self.race.is_some() {
            let first: Vec<u16> = match steps.first() {
                Some(PlaceStep::Field(f)) => vec![*f],
                _ => Vec::new(),
            };
            self.race_store_ptr(g, c, &first);
        }
        r
    }
}

fn cell_id(v: &Value) -> usize {
    match v {
        Value::Cell(id) => *id as usize,
        _ => unreachable!("a boxed slot holds a cell"),
    }
}

/// Applies a conversion that changes a value's representation.
fn convert(conv: crate::ir::Conv, v: Value) -> Value {
    use crate::ir::Conv;
    let wrap = convert_wrap;
    match (conv, v) {
        (Conv::ToFloat, Value::Int(i)) => Value::Float(i as f64),
        (Conv::ToFloat32, Value::Float(f)) => Value::Float(f as f32 as f64),
        (Conv::ToInt { bits, signed }, Value::Float(f)) => Value::Int(wrap(f as i64, bits, signed)),
        (Conv::Wrap { bits, signed }, Value::Int(i)) => Value::Int(wrap(i, bits, signed)),
        (Conv::RuneToString, Value::Int(i)) => {
            let c = u32::try_from(i).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}');
            Value::Str(Rc::from(c.to_string().as_str()))
        }
        (_, v) => v,
    }
}

/// An integer wrapped to an integer type of `bits` bits, as Go converts.
#[inline(always)]
pub(super) fn convert_wrap(i: i64, bits: u8, signed: bool) -> i64 {
    if bits >= 64 {
        return i;
    }
    let shift = 64 - bits as u32;
    if signed {
        (i << shift) >> shift
    } else {
        ((i as u64) << shift >> shift) as i64
    }
}

/// The result of an operator on two integers.
#[derive(Clone, Copy)]
pub(super) enum IntResult {
    Int(i64),
    Bool(bool),
}

impl IntResult {
    #[inline]
    fn value(self) -> Value {
        match self {
            IntResult::Int(x) => Value::Int(x),
            IntResult::Bool(b) => Value::Bool(b),
        }
    }
}

/// A binary operator on two integers, or `None` when it panics (division
/// by zero, a negative shift): `binary` then reports it.
#[inline]
pub(super) fn int_binary(op: BinOp, x: i64, y: i64) -> Option<IntResult> {
    use IntResult::*;
    Some(match op {
        BinOp::Add => Int(x.wrapping_add(y)),
        BinOp::Sub => Int(x.wrapping_sub(y)),
        BinOp::Mul => Int(x.wrapping_mul(y)),
        BinOp::Div | BinOp::Rem if y == 0 => return None,
        BinOp::Div => Int(x.wrapping_div(y)),
        BinOp::Rem => Int(x.wrapping_rem(y)),
        BinOp::And => Int(x & y),
        BinOp::Or => Int(x | y),
        BinOp::Xor => Int(x ^ y),
        BinOp::AndNot => Int(x & !y),
        BinOp::Shl | BinOp::Shr if y < 0 => return None,
        BinOp::Shl => Int(if y >= 64 { 0 } else { x.wrapping_shl(y as u32) }),
        BinOp::Shr => Int(if y >= 64 {
            if x < 0 {
                -1
            } else {
                0
            }
        } else {
            x >> y
        }),
        BinOp::Lt => Bool(x < y),
        BinOp::Le => Bool(x <= y),
        BinOp::Gt => Bool(x > y),
        BinOp::Ge => Bool(x >= y),
        BinOp::Eq => Bool(x == y),
        BinOp::Ne => Bool(x != y),
    })
}

/// Applies a binary operator with Go's semantics for ints, floats, strings and bools.
fn binary(op: BinOp, a: Value, b: Value) -> Result<Value, String> {
    use Value::*;
    if let (Int(x), Int(y)) = (&a, &b) {
        if let Some(v) = int_binary(op, *x, *y) {
            return Ok(v.value());
        }
    }
    // An untyped constant next to a float was made a float by the checker;
    // an integer here (from `x++` on a float) is promoted the same way.
    let (a, b) = match (a, b) {
        (Float(x), Int(y)) => (Float(x), Float(y as f64)),
        (Int(x), Float(y)) => (Float(x as f64), Float(y)),
        other => other,
    };
    Ok(match (op, a, b) {
        (BinOp::Add, Float(x), Float(y)) => Float(x + y),
        (BinOp::Sub, Float(x), Float(y)) => Float(x - y),
        (BinOp::Mul, Float(x), Float(y)) => Float(x * y),
        (BinOp::Div, Float(x), Float(y)) => Float(x / y),
        (BinOp::Lt, Float(x), Float(y)) => Bool(x < y),
        (BinOp::Le, Float(x), Float(y)) => Bool(x <= y),
        (BinOp::Gt, Float(x), Float(y)) => Bool(x > y),
        (BinOp::Ge, Float(x), Float(y)) => Bool(x >= y),
        (BinOp::Add, Int(x), Int(y)) => Int(x.wrapping_add(y)),
        (BinOp::Sub, Int(x), Int(y)) => Int(x.wrapping_sub(y)),
        (BinOp::Mul, Int(x), Int(y)) => Int(x.wrapping_mul(y)),
        (BinOp::Div | BinOp::Rem, Int(_), Int(0)) => return Err("runtime error: integer divide by zero".into()),
        (BinOp::Div, Int(x), Int(y)) => Int(x.wrapping_div(y)),
        (BinOp::Rem, Int(x), Int(y)) => Int(x.wrapping_rem(y)),
        (BinOp::And, Int(x), Int(y)) => Int(x & y),
        (BinOp::Or, Int(x), Int(y)) => Int(x | y),
        (BinOp::Xor, Int(x), Int(y)) => Int(x ^ y),
        (BinOp::AndNot, Int(x), Int(y)) => Int(x & !y),
        (BinOp::Shl | BinOp::Shr, Int(_), Int(y)) if y < 0 => return Err("runtime error: negative shift amount".into()),
        (BinOp::Shl, Int(x), Int(y)) => Int(if y >= 64 { 0 } else { x.wrapping_shl(y as u32) }),
        (BinOp::Shr, Int(x), Int(y)) => Int(if y >= 64 {
            if x < 0 {
                -1
            } else {
                0
            }
        } else {
            x >> y
        }),
        (BinOp::Lt, Int(x), Int(y)) => Bool(x < y),
        (BinOp::Le, Int(x), Int(y)) => Bool(x <= y),
        (BinOp::Gt, Int(x), Int(y)) => Bool(x > y),
        (BinOp::Ge, Int(x), Int(y)) => Bool(x >= y),
        (BinOp::Add, Str(x), Str(y)) => Str(Rc::from(format!("{x}{y}"))),
        (BinOp::Lt, Str(x), Str(y)) => Bool(x < y),
        (BinOp::Le, Str(x), Str(y)) => Bool(x <= y),
        (BinOp::Gt, Str(x), Str(y)) => Bool(x > y),
        (BinOp::Ge, Str(x), Str(y)) => Bool(x >= y),
        (BinOp::Eq, x, y) => Bool(x == y),
        (BinOp::Ne, x, y) => Bool(x != y),
        (_, x, y) => return Err(internal_operator_error(&x, &y)),
    })
}

/// The message of an operator applied to operands the checker should have
/// rejected (an engine bug, reported as data rather than a crash).
#[cold]
#[inline(never)]
fn internal_operator_error(x: &Value, y: &Value) -> String {
    format!("chanscope internal error: an operator on {} and {}", x.to_go_string(), y.to_go_string())
}

/// Runs a machine to its end, one step at a time (`batch` is `None`) or in
/// batches of that many steps, and returns every event it emitted. Tests use
/// it to compare runs.
#[cfg(test)]
pub(crate) fn run_collecting(m: &mut Machine, batch: Option<u64>) -> Vec<Event> {
    let mut events = Vec::new();
    loop {
        let going = match batch {
            None => m.step(None).is_some(),
            Some(n) => m.run_batch(n) > 0,
        };
        events.append(&mut m.events);
        if !going || m.is_finished() {
            break;
        }
    }
    events
}

#[cfg(test)]
mod batch_tests {
    use super::*;

    /// Everything a run shows: its events in order, its step count, its
    /// clock and its outcome.
    fn observe(program: &Rc<Program>, config: Config, batch: Option<u64>) -> (Vec<Event>, u64, u64, Option<String>) {
        let mut m = Machine::new(program.clone(), config);
        let events = run_collecting(&mut m, batch);
        (events, m.steps, m.time, m.outcome.as_ref().map(|o| o.stderr().to_string()))
    }

    /// `run_batch` is `step` called that many times: same events, same
    /// steps, same outcome, under every policy and with the step limit
    /// falling inside a batch.
    #[test]
    fn batches_run_exactly_the_steps_of_single_stepping() {
        let programs = compiled_programs(&["tests/conformance", "examples", "benches/go"]);
        assert!(programs.len() > 50, "only {} programs checked", programs.len());
        for (path, program) in &programs {
            for policy in Policy::ALL {
                for max_steps in [20_000u64, 1_237] {
                    let config =
                        Config { seed: 7, policy, limits: Limits { max_steps, ..Limits::default() }, race: false };
                    let want = observe(program, config, None);
                    for n in [1, 3, 4096] {
                        let got = observe(program, config, Some(n));
                        assert!(got == want, "{} under {policy:?}, batches of {n}, limit {max_steps}", path.display());
                    }
                }
            }
        }
    }

    /// A run stepped one step at a time, with or without fused operations:
    /// every step's record and events, the clock and the outcome.
    fn observe_steps(
        program: &Rc<Program>,
        config: Config,
        fused: bool,
    ) -> (Vec<(u32, u32, u64)>, Vec<Event>, Option<String>) {
        let mut m = Machine::new(program.clone(), config);
        if !fused {
            m.ops = Rc::new(program.funcs.iter().map(|f| super::super::decode::unfused(f)).collect());
            m.kernels = Rc::new(Vec::new());
        }
        let (mut records, mut events) = (Vec::new(), Vec::new());
        while let Some(done) = m.step(None) {
            records.push((done.record.g as u32, done.record.pc, done.record.time));
            events.append(&mut m.events);
        }
        (records, events, m.outcome.as_ref().map(|o| o.stderr().to_string()))
    }

    /// Fused operations change nothing a run shows: the same steps at the
    /// same pcs, the same events and the same outcome as running every
    /// instruction alone.
    #[test]
    fn fused_operations_run_exactly_the_steps_of_plain_instructions() {
        let programs = compiled_programs(&["tests/conformance", "examples", "tests/go_corpus/valid"]);
        assert!(programs.len() > 50, "only {} programs checked", programs.len());
        for (path, program) in &programs {
            for policy in Policy::ALL {
                let config =
                    Config { seed: 11, policy, limits: Limits { max_steps: 20_000, ..Limits::default() }, race: false };
                let want = observe_steps(program, config, false);
                let got = observe_steps(program, config, true);
                assert!(got == want, "{} under {policy:?}", path.display());
            }
        }
    }

    /// The fast paths (loop kernels, `Lock` and `Unlock` in the simple
    /// loop) change nothing a run shows: batches with them give the events,
    /// steps, clock and outcome of single steps without them.
    #[test]
    fn fast_paths_run_exactly_the_steps_of_the_general_path() {
        let programs = compiled_programs(&["tests/conformance", "examples", "benches/go", "tests/go_corpus/valid"]);
        assert!(programs.len() > 50, "only {} programs checked", programs.len());
        for (path, program) in &programs {
            for policy in Policy::ALL {
                for max_steps in [30_000u64, 2_111] {
                    let config =
                        Config { seed: 5, policy, limits: Limits { max_steps, ..Limits::default() }, race: false };
                    let want = observe_general(program, config, None);
                    let got = observe(program, config, Some(4096));
                    assert!(got == want, "{} under {policy:?}, limit {max_steps}", path.display());
                }
            }
        }
    }

    /// `observe` with every fast path off.
    fn observe_general(
        program: &Rc<Program>,
        config: Config,
        batch: Option<u64>,
    ) -> (Vec<Event>, u64, u64, Option<String>) {
        let mut m = Machine::new(program.clone(), config);
        m.drop_fast_paths();
        let events = run_collecting(&mut m, batch);
        (events, m.steps, m.time, m.outcome.as_ref().map(|o| o.stderr().to_string()))
    }

    /// Every Go program in `folders` (relative to the crate) that compiles,
    /// in file-name order within each folder.
    fn compiled_programs(folders: &[&str]) -> Vec<(PathBuf, Rc<Program>)> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut out = Vec::new();
        for folder in folders {
            let mut files: Vec<_> = std::fs::read_dir(root.join(folder))
                .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
                .unwrap_or_default();
            files.sort();
            for path in files.into_iter().filter(|p| p.extension().is_some_and(|e| e == "go")) {
                let source = std::fs::read_to_string(&path).expect("readable");
                if let Ok(program) = crate::lang::compile(&source) {
                    out.push((path, Rc::new(program)));
                }
            }
        }
        out
    }

    use std::path::{Path, PathBuf};
}
