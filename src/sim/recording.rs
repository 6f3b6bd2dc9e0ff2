//! A recorded run: the step log, the events, and keyframes for going back.
//!
//! Step 0 is the machine before anything ran; step `n` is the state after the
//! `n`-th step. Any step is rebuilt exactly by cloning the nearest earlier
//! keyframe and re-running the recorded steps with the same choices.

use super::event::{Event, StepRecord, Stream};
use super::goroutine::GIdx;
use super::machine::{Config, Machine};
use super::outcome::Outcome;
use crate::ir::Program;
use std::rc::Rc;

/// A keyframe is kept every this many steps.
pub const KEYFRAME_EVERY: usize = 256;

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
    pub events: Vec<Event>,
    keyframes: Vec<Machine>,
    /// The machine after the last recorded step, ready to go on.
    live: Machine,
}

impl Recording {
    pub fn new(program: Rc<Program>, config: Config) -> Recording {
        let live = Machine::new(program, config);
        Recording { steps: Vec::new(), events: Vec::new(), keyframes: vec![live.clone()], live }
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
        let done = self.live.step(choice);
        let first_event = self.events.len() as u32;
        self.events.append(&mut self.live.events);
        match done {
            Some(d) => {
                self.steps.push(StepRecord { first_event, ..d.record });
                if self.steps.len() % KEYFRAME_EVERY == 0 {
                    self.keyframes.push(self.live.clone());
                }
                !self.live.is_finished()
            }
            None => false,
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
        let k = step / KEYFRAME_EVERY;
        let mut m = self.keyframes[k].clone();
        for rec in &self.steps[k * KEYFRAME_EVERY..step] {
            m.step(Some(rec.g));
            m.events.clear();
        }
        m
    }

    /// The events of step `step` (1-based; step 0 has none).
    pub fn events_of(&self, step: usize) -> &[Event] {
        if step == 0 || step > self.steps.len() {
            return &[];
        }
        let start = self.steps[step - 1].first_event as usize;
        let end = self.steps.get(step).map(|s| s.first_event as usize).unwrap_or(self.events.len());
        &self.events[start..end]
    }

    /// Everything written to stdout and stderr up to and including `step`;
    /// at the last step of a finished run, the outcome's report too.
    pub fn output_until(&self, step: usize) -> Vec<OutputChunk> {
        let mut out = Vec::new();
        let step = step.min(self.steps.len());
        for s in 1..=step {
            for e in self.events_of(s) {
                if let super::event::EventKind::Output { stream, text } = &e.kind {
                    out.push(OutputChunk { step: s, stream: *stream, text: text.clone() });
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
