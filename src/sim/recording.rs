//! A recorded run: the step log, the events, and keyframes for going back.
//!
//! Step 0 is the machine before anything ran; step `n` is the state after the
//! `n`-th step. Any step is rebuilt exactly by cloning the nearest earlier
//! keyframe and re-running the recorded steps with the same choices.
//!
//! Events are kept packed (`EventLog`, 20 bytes each); keyframes are spaced
//! by the machine's size, so a big machine is cloned less often and the
//! keyframes never cost more than about `KEYFRAME_BYTES_PER_STEP` per step.

use super::choice::Choice;
use super::event::{Event, StepRecord, Stream};
use super::event_log::EventLog;
use super::goroutine::GIdx;
use super::machine::{Config, Machine};
use super::outcome::Outcome;
use crate::ir::Program;
use std::rc::Rc;

/// A keyframe is kept at most every this many steps.
pub const KEYFRAME_EVERY: usize = 256;

/// Keyframes are spaced so that their bytes, spread over the steps between
/// them, stay under this many bytes per step.
pub const KEYFRAME_BYTES_PER_STEP: usize = 32;

/// One line (or fragment) the program wrote, and the step that wrote it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutputChunk {
    pub step: usize,
    pub stream: Stream,
    pub text: String,
}

#[derive(Clone, Debug)]
pub struct Recording {
    pub steps: Vec<StepRecord>,
    pub events: EventLog,
    /// (step, the machine after that step), in step order; the first is step 0.
    keyframes: Vec<(usize, Machine)>,
    /// Steps to wait after the last keyframe before taking the next one.
    keyframe_gap: usize,
    /// The estimated bytes of every keyframe taken.
    keyframe_bytes: usize,
    /// The machine after the last recorded step, ready to go on.
    live: Machine,
    /// `(step index, case)` for every step whose `select` chose among
    /// several ready cases, in step order (the sparse half of the choices).
    cases: Vec<(u32, u16)>,
}

impl Recording {
    pub fn new(program: Rc<Program>, config: Config) -> Recording {
        Recording::from_machine(Machine::new(program, config))
    }

    /// Records from a machine that has not run yet, set up by the caller
    /// (a `replay` script, PCT's parameters).
    pub fn from_machine(live: Machine) -> Recording {
        let mut r = Recording {
            steps: Vec::new(),
            events: EventLog::default(),
            keyframes: Vec::new(),
            keyframe_gap: KEYFRAME_EVERY,
            keyframe_bytes: 0,
            live,
            cases: Vec::new(),
        };
        r.take_keyframe();
        r
    }

    /// Records a `replay` run that follows `choices` (then `fifo`); the
    /// policy of `config` is ignored.
    pub fn replay(program: Rc<Program>, config: Config, choices: &[Choice]) -> Recording {
        let mut m = Machine::new(program, Config { policy: super::Policy::Replay, ..config });
        m.sched.set_script(Rc::from(choices));
        Recording::from_machine(m)
    }

    /// Records a whole run up to its end or the step limit.
    pub fn run(program: Rc<Program>, config: Config) -> Recording {
        let mut r = Recording::new(program, config);
        while r.advance(None) {}
        r
    }

    pub fn program(&self) -> &Rc<Program> {
        &self.live.program
    }

    pub fn config(&self) -> Config {
        self.live.config
    }

    /// The number of recorded steps.
    pub fn len(&self) -> usize {
        self.steps.len()
    }

    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    pub fn outcome(&self) -> Option<&Outcome> {
        self.live.outcome.as_ref()
    }

    pub fn is_finished(&self) -> bool {
        self.live.is_finished()
    }

    /// The goroutines that may run the next step after the last recorded one.
    pub fn runnable_now(&self) -> Vec<GIdx> {
        if self.live.is_finished() {
            Vec::new()
        } else {
            self.live.runnable()
        }
    }

    /// Runs and records one more step (`choice` under the manual policy).
    /// Returns false when the run has ended.
    pub fn advance(&mut self, choice: Option<GIdx>) -> bool {
        self.advance_with(choice.map(Choice::run))
    }

    /// Runs and records one more step. `choice` names the goroutine (under
    /// `manual` and `replay`) and the `select` case if several are ready;
    /// `None` leaves both to the policy. Every policy goes through here, and
    /// the step's actual choice is recorded (see `choices`).
    /// Returns false when the run has ended.
    pub fn advance_with(&mut self, choice: Option<Choice>) -> bool {
        let done = self.live.step_choice(choice);
        if let Some(k) = self.live.chosen_case {
            self.cases.push((self.steps.len() as u32, k));
        }
        let first_event = self.events.len() as u32;
        for e in self.live.events.drain(..) {
            self.events.push(&e);
        }
        match done {
            Some(d) => {
                self.steps.push(StepRecord { first_event, ..d.record });
                let last = self.keyframes.last().map(|k| k.0).unwrap_or(0);
                if self.steps.len() - last >= self.keyframe_gap {
                    self.take_keyframe();
                }
                if self.live.is_finished() {
                    self.shrink_to_fit();
                }
                !self.live.is_finished()
            }
            None => {
                self.shrink_to_fit();
                false
            }
        }
    }

    /// Records up to `n` more steps; returns false once the run has ended.
    pub fn advance_by(&mut self, n: usize) -> bool {
        for _ in 0..n {
            if !self.advance(None) {
                return false;
            }
        }
        !self.live.is_finished()
    }

    /// The machine exactly as it was after `step` steps (clamped to the end).
    pub fn machine_at(&self, step: usize) -> Machine {
        let step = step.min(self.steps.len());
        if step == self.steps.len() {
            return self.live.clone();
        }
        let k = self.keyframes.partition_point(|kf| kf.0 <= step).saturating_sub(1);
        let (first, keyframe) = &self.keyframes[k];
        let first = *first;
        let mut m = keyframe.clone();
        let mut case = self.cases.partition_point(|&(i, _)| (i as usize) < first);
        for (i, rec) in self.steps[first..step].iter().enumerate() {
            let mut choice = Choice::run(rec.g);
            if let Some(&(at, c)) = self.cases.get(case).filter(|(at, _)| *at as usize == first + i) {
                debug_assert_eq!(at as usize, first + i);
                choice.case = Some(c);
                case += 1;
            }
            m.step_choice(Some(choice));
            m.events.clear();
        }
        m
    }

    /// Every step's choice so far: the goroutine that ran it and the
    /// `select` case it took when several were ready. Replaying these under
    /// `replay` with the same seed gives the same run.
    pub fn choices(&self) -> Vec<Choice> {
        let mut out: Vec<Choice> = self.steps.iter().map(|s| Choice::run(s.g)).collect();
        for &(i, k) in &self.cases {
            out[i as usize].case = Some(k);
        }
        out
    }

    /// The ready cases of the `select` that goroutine `g` would run if it
    /// ran the next step, when there are several (empty otherwise): what a
    /// user may choose between under `manual`.
    pub fn select_cases_for(&self, g: GIdx) -> Vec<u16> {
        if self.live.is_finished() || !self.live.runnable().contains(&g) {
            return Vec::new();
        }
        let mut m = self.live.clone();
        m.step_choice(Some(Choice::run(g)));
        std::mem::take(&mut m.select_ready)
    }

    /// Drops spare capacity once the run has ended.
    fn shrink_to_fit(&mut self) {
        self.steps.shrink_to_fit();
        self.events.shrink_to_fit();
        self.keyframes.shrink_to_fit();
    }

    /// Clones the live machine as a keyframe and spaces the next one by
    /// its size.
    fn take_keyframe(&mut self) {
        let bytes = super::footprint::machine_bytes(&self.live);
        self.keyframe_bytes += bytes;
        self.keyframe_gap = KEYFRAME_EVERY.max(bytes / KEYFRAME_BYTES_PER_STEP);
        self.keyframes.push((self.steps.len(), self.live.clone()));
    }

    /// The range of step `step`'s events in the log (1-based; step 0 has none).
    fn event_range(&self, step: usize) -> std::ops::Range<usize> {
        if step == 0 || step > self.steps.len() {
            return 0..0;
        }
        let start = self.steps[step - 1].first_event as usize;
        let end = self.steps.get(step).map(|s| s.first_event as usize).unwrap_or(self.events.len());
        start..end
    }

    /// The events of step `step` (1-based; step 0 has none), decoded.
    pub fn events_of(&self, step: usize) -> Vec<Event> {
        let r = self.event_range(step);
        self.events.range(r.start, r.end)
    }

    /// The number of keyframes kept.
    pub fn keyframe_count(&self) -> usize {
        self.keyframes.len()
    }

    /// The bytes the recording holds: the step records, the packed events
    /// (with their side tables) and the keyframes (estimated by
    /// `footprint::machine_bytes`). The live machine is not counted: a run
    /// has one whether it is recorded or not.
    pub fn memory_bytes(&self) -> usize {
        self.steps.capacity() * std::mem::size_of::<StepRecord>()
            + self.events.memory_bytes()
            + self.keyframes.capacity() * std::mem::size_of::<(usize, Machine)>()
            + self.keyframe_bytes
    }

    /// The bytes of the packed events alone (see `memory_bytes`).
    pub fn event_bytes(&self) -> usize {
        self.events.memory_bytes()
    }

    /// Everything written to stdout and stderr up to and including `step`;
    /// at the last step of a finished run, the outcome's report too.
    pub fn output_until(&self, step: usize) -> Vec<OutputChunk> {
        let mut out = Vec::new();
        let step = step.min(self.steps.len());
        for s in 1..=step {
            for i in self.event_range(s) {
                if let Some((stream, text)) = self.events.output(i) {
                    out.push(OutputChunk { step: s, stream, text: text.to_string() });
                }
            }
        }
        if let Some(o) = self.outcome().filter(|_| step == self.steps.len()) {
            if !o.stderr().is_empty() {
                out.push(OutputChunk { step, stream: Stream::Stderr, text: o.stderr().to_string() });
            }
        }
        out
    }

    /// The whole text of one stream, as a terminal would show it.
    pub fn stream_text(&self, stream: Stream) -> String {
        self.output_until(self.steps.len()).into_iter().filter(|c| c.stream == stream).map(|c| c.text).collect()
    }
}
