//! The scheduler: who runs the next step, under one of several policies.
//!
//! `fifo` imitates Go's run queue on one processor: a goroutine runs until it
//! blocks, finishes, or uses up its time slice; a goroutine that the running
//! one just made ready (by spawning it or waking it) takes the `runnext`
//! slot and runs next, pushing any earlier occupant to the back of the queue.
//! `random` picks uniformly among the runnable from the seeded generator.
//! `manual` takes the user's pick and otherwise behaves as `fifo`.

use super::goroutine::GIdx;
use super::rng::Rng;
use serde::Serialize;
use std::collections::VecDeque;

/// How many steps a goroutine may run before `fifo` preempts it.
pub const TIME_SLICE: u32 = 1000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Policy {
    Fifo,
    Random,
    Manual,
}

impl Policy {
    pub const ALL: [Policy; 3] = [Policy::Fifo, Policy::Random, Policy::Manual];

    pub fn as_str(self) -> &'static str {
        match self {
            Policy::Fifo => "fifo",
            Policy::Random => "random",
            Policy::Manual => "manual",
        }
    }

    pub fn parse(s: &str) -> Option<Policy> {
        Policy::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

#[derive(Clone, Debug)]
pub struct Scheduler {
    pub policy: Policy,
    /// The goroutine that ran the last step, while it can go on running.
    current: Option<GIdx>,
    runnext: Option<GIdx>,
    runq: VecDeque<GIdx>,
    slice_used: u32,
}

impl Scheduler {
    pub fn new(policy: Policy) -> Scheduler {
        Scheduler { policy, current: None, runnext: None, runq: VecDeque::new(), slice_used: 0 }
    }

    /// A goroutine became runnable because the running one spawned or woke it.
    pub fn ready(&mut self, g: GIdx) {
        if let Some(old) = self.runnext.replace(g) {
            self.runq.push_back(old);
        }
    }

    /// The running goroutine blocked or finished: it leaves the processor.
    pub fn stop_current(&mut self) {
        self.current = None;
        self.slice_used = 0;
    }

    /// The running goroutine gives up the processor (`runtime.Gosched`) and
    /// goes to the back of the queue.
    pub fn yield_current(&mut self, g: GIdx) {
        if self.current == Some(g) {
            self.current = None;
            self.slice_used = 0;
        }
        self.runq.push_back(g);
    }

    /// Every runnable goroutine, in the order `fifo` would run them.
    pub fn runnable(&self) -> Vec<GIdx> {
        let mut all = Vec::with_capacity(self.runq.len() + 2);
        all.extend(self.current);
        all.extend(self.runnext);
        all.extend(self.runq.iter().copied());
        all
    }

    pub fn has_runnable(&self) -> bool {
        self.current.is_some() || self.runnext.is_some() || !self.runq.is_empty()
    }

    /// Chooses who runs the next step. `choice` is the user's pick under
    /// `manual`; it must be runnable. Returns `None` when nobody can run.
    pub fn pick(&mut self, rng: &mut Rng, choice: Option<GIdx>) -> Option<GIdx> {
        let chosen = match (self.policy, choice) {
            (Policy::Manual, Some(g)) if self.runnable().contains(&g) => Some(g),
            (Policy::Random, _) => {
                let all = self.runnable();
                if all.is_empty() {
                    None
                } else {
                    Some(all[rng.below(all.len() as u64) as usize])
                }
            }
            _ => return self.pick_fifo(),
        }?;
        if self.current != Some(chosen) {
            self.take(chosen);
            if let Some(prev) = self.current.replace(chosen) {
                self.runq.push_back(prev);
            }
            self.slice_used = 0;
        }
        self.slice_used += 1;
        Some(chosen)
    }

    fn pick_fifo(&mut self) -> Option<GIdx> {
        if let Some(c) = self.current {
            if self.slice_used < TIME_SLICE {
                self.slice_used += 1;
                return Some(c);
            }
            self.runq.push_back(c);
            self.current = None;
        }
        let next = self.runnext.take().or_else(|| self.runq.pop_front())?;
        self.current = Some(next);
        self.slice_used = 1;
        Some(next)
    }

    /// Whether the next pick would let `g` run one more step of its time
    /// slice with nobody else considered (`fifo`, or `manual` without a
    /// choice); if so, counts that step as `pick` would.
    #[inline]
    pub fn continue_slice(&mut self, g: GIdx) -> bool {
        if self.policy != Policy::Random && self.current == Some(g) && self.slice_used < TIME_SLICE {
            self.slice_used += 1;
            true
        } else {
            false
        }
    }

    /// How many steps in a row `continue_slice(g)` would allow from now.
    #[inline]
    pub fn slice_left(&self, g: GIdx) -> u32 {
        if self.policy != Policy::Random && self.current == Some(g) {
            TIME_SLICE.saturating_sub(self.slice_used)
        } else {
            0
        }
    }

    /// Counts `n` steps that `slice_left` allowed, as `n` calls of
    /// `continue_slice` would.
    #[inline]
    pub fn use_slice(&mut self, n: u32) {
        self.slice_used += n;
    }

    /// Removes a goroutine from the waiting places (runnext or the queue).
    fn take(&mut self, g: GIdx) {
        if self.runnext == Some(g) {
            self.runnext = None;
        } else if let Some(i) = self.runq.iter().position(|&x| x == g) {
            self.runq.remove(i);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fifo_runs_the_just_readied_goroutine_next() {
        let mut s = Scheduler::new(Policy::Fifo);
        let mut rng = Rng::new(1);
        s.ready(0);
        assert_eq!(s.pick(&mut rng, None), Some(0));
        s.ready(1);
        s.ready(2); // 2 takes runnext, 1 goes to the queue
        assert_eq!(s.pick(&mut rng, None), Some(0));
        s.stop_current();
        assert_eq!(s.pick(&mut rng, None), Some(2));
        s.stop_current();
        assert_eq!(s.pick(&mut rng, None), Some(1));
        s.stop_current();
        assert_eq!(s.pick(&mut rng, None), None);
    }

    #[test]
    fn manual_pick_switches_and_queues_the_previous() {
        let mut s = Scheduler::new(Policy::Manual);
        let mut rng = Rng::new(1);
        s.ready(0);
        s.pick(&mut rng, None);
        s.ready(1);
        assert_eq!(s.pick(&mut rng, Some(1)), Some(1));
        assert_eq!(s.runnable(), vec![1, 0]);
    }
}
