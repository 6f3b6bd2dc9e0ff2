//! The scheduler: who runs the next step, under one of several policies.
//!
//! `fifo` imitates Go's run queue on one processor: a goroutine runs until it
//! blocks, finishes, or uses up its time slice; a goroutine that the running
//! one just made ready (by spawning it or waking it) takes the `runnext`
//! slot and runs next, pushing any earlier occupant to the back of the queue.
//! `random` picks uniformly among the runnable from the scheduler's own
//! seeded generator (the program's generator, which drives `select`, map
//! iteration and math/rand, is separate, so a replay of a random run needs
//! only the seed and the goroutine choices).
//! `pct` is Probabilistic Concurrency Testing (Burckhardt, Kothari, Musuvathi
//! and Nagarakatte, ASPLOS 2010): every goroutine gets a random priority when
//! it first becomes runnable, the runnable goroutine with the highest
//! priority runs, and at `depth - 1` random steps (the change points, spread
//! over the expected length of the run) the goroutine running then drops
//! below every initial priority. A bug that needs `d` ordering constraints is
//! found by one run with probability at least `1 / (n * k^(d-1))` for `n`
//! goroutines and `k` steps. The defaults are depth 3 and 1,000 expected
//! steps; the page, the command line and the explorer set the expected steps
//! from the length of the program's `fifo` run (`explore::pct_machine`). A goroutine
//! that yields (`runtime.Gosched`) or runs a whole time slice also drops to
//! the bottom, standing in for Go's preemption, so spin loops still end.
//! `manual` takes the user's pick and otherwise behaves as `fifo`.
//! `replay` takes each step's choice from a script (see `choice.rs`) and
//! behaves as `fifo` once the script runs out.

use super::choice::Choice;
use super::goroutine::GIdx;
use super::rng::Rng;
use serde::Serialize;
use std::collections::VecDeque;
use std::rc::Rc;

/// How many steps a goroutine may run before `fifo` preempts it.
pub const TIME_SLICE: u32 = 1000;

/// PCT's default bug depth `d` (the number of ordering constraints a bug needs).
pub const PCT_DEFAULT_DEPTH: u32 = 3;
/// PCT's default estimate of a run's length in steps, for placing change points.
pub const PCT_DEFAULT_STEPS: u64 = 1000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Policy {
    Fifo,
    Random,
    Pct,
    Manual,
    Replay,
}

impl Policy {
    pub const ALL: [Policy; 5] = [Policy::Fifo, Policy::Random, Policy::Pct, Policy::Manual, Policy::Replay];

    pub fn as_str(self) -> &'static str {
        match self {
            Policy::Fifo => "fifo",
            Policy::Random => "random",
            Policy::Pct => "pct",
            Policy::Manual => "manual",
            Policy::Replay => "replay",
        }
    }

    pub fn parse(s: &str) -> Option<Policy> {
        Policy::ALL.into_iter().find(|p| p.as_str() == s)
    }

    /// Whether the policy takes a choice for every step from outside
    /// (the user under `manual`, the script under `replay`).
    pub fn is_chosen(self) -> bool {
        matches!(self, Policy::Manual | Policy::Replay)
    }
}

/// PCT's state: priorities and change points.
#[derive(Clone, Debug)]
struct Pct {
    depth: u32,
    /// Priority of each goroutine by index; higher runs first.
    priority: Vec<i64>,
    /// `(step, priority)`: at that step (1-based) the goroutine running drops
    /// to that priority, which is below every initial one.
    change_points: Vec<(u64, i64)>,
    /// The lowest priority given so far (yields and slices go below it).
    lowest: i64,
}

impl Pct {
    fn new(depth: u32, expected_steps: u64, rng: &mut Rng) -> Pct {
        let depth = depth.max(1);
        let k = expected_steps.max(1);
        let change_points = (1..depth as i64).map(|i| (1 + rng.below(k), i - depth as i64)).collect();
        Pct { depth, priority: Vec::new(), change_points, lowest: -(depth as i64) }
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
    /// The scheduler's own generator (`random` and `pct`).
    rng: Rng,
    /// Steps picked so far.
    picks: u64,
    pct: Option<Pct>,
    /// The choices `replay` follows, one per step.
    script: Rc<[Choice]>,
}

impl Scheduler {
    pub fn new(policy: Policy, seed: u64) -> Scheduler {
        // A different stream from the program's generator with the same seed.
        let mut rng = Rng::new(seed ^ 0x5C4E_D01E_0000_0001);
        let pct = (policy == Policy::Pct).then(|| Pct::new(PCT_DEFAULT_DEPTH, PCT_DEFAULT_STEPS, &mut rng));
        Scheduler {
            policy,
            current: None,
            runnext: None,
            runq: VecDeque::new(),
            slice_used: 0,
            rng,
            picks: 0,
            pct,
            script: Rc::from([]),
        }
    }

    /// Sets PCT's depth and expected run length (before the first step).
    pub fn set_pct(&mut self, depth: u32, expected_steps: u64) {
        if self.policy == Policy::Pct {
            let known = self.pct.as_ref().map_or(0, |p| p.priority.len());
            let mut p = Pct::new(depth, expected_steps, &mut self.rng);
            p.priority = (0..known).map(|_| 1 + self.rng.below(1 << 40) as i64).collect();
            self.pct = Some(p);
        }
    }

    /// Draws the scheduler's own choices (`random`, `pct`) from `seed`
    /// instead of the run's seed, before the first step; the program's
    /// generator is untouched. The explorer tries many schedules this way.
    pub fn reseed(&mut self, seed: u64) {
        self.rng = Rng::new(seed ^ 0x5C4E_D01E_0000_0001);
        let depth = self.pct.as_ref().map(|p| p.depth);
        if let Some(d) = depth {
            self.set_pct(d, PCT_DEFAULT_STEPS);
        }
    }

    /// PCT's depth, when the policy is `pct`.
    pub fn pct_depth(&self) -> Option<u32> {
        self.pct.as_ref().map(|p| p.depth)
    }

    /// Sets the script `replay` follows.
    pub fn set_script(&mut self, script: Rc<[Choice]>) {
        self.script = script;
    }

    /// The scripted choice for the step after `steps` steps, under `replay`.
    #[inline]
    pub fn scripted(&self, steps: u64) -> Option<Choice> {
        if self.policy == Policy::Replay {
            self.script.get(steps as usize).copied()
        } else {
            None
        }
    }

    /// A goroutine became runnable because the running one spawned or woke it.
    pub fn ready(&mut self, g: GIdx) {
        if let Some(p) = &mut self.pct {
            while p.priority.len() <= g as usize {
                p.priority.push(1 + self.rng.below(1 << 40) as i64);
            }
        }
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
    /// goes to the back of the queue (under `pct`, to the lowest priority).
    pub fn yield_current(&mut self, g: GIdx) {
        if self.current == Some(g) {
            self.current = None;
            self.slice_used = 0;
        }
        self.demote(g);
        self.runq.push_back(g);
    }

    /// Under `pct`, drops `g` below every priority given so far.
    fn demote(&mut self, g: GIdx) {
        if let Some(p) = &mut self.pct {
            p.lowest -= 1;
            if let Some(slot) = p.priority.get_mut(g as usize) {
                *slot = p.lowest;
            }
        }
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
    /// `manual` or the script's under `replay`; when it names a goroutine
    /// that cannot run, `fifo` decides. Returns `None` when nobody can run.
    pub fn pick(&mut self, choice: Option<GIdx>) -> Option<GIdx> {
        self.picks += 1;
        let chosen = match (self.policy, choice) {
            (Policy::Manual | Policy::Replay, Some(g)) if self.runnable().contains(&g) => Some(g),
            (Policy::Random, _) => {
                let all = self.runnable();
                if all.is_empty() {
                    None
                } else {
                    Some(all[self.rng.below(all.len() as u64) as usize])
                }
            }
            (Policy::Pct, _) => self.pick_pct(),
            _ => return self.pick_fifo(),
        }?;
        Some(self.run_chosen(chosen))
    }

    /// Runs `g` next whatever the policy would pick (a choice the machine
    /// makes for the policy, counted as a pick like any other); `None` when
    /// `g` cannot run.
    pub fn pick_forced(&mut self, g: GIdx) -> Option<GIdx> {
        self.picks += 1;
        if !self.runnable().contains(&g) {
            return None;
        }
        Some(self.run_chosen(g))
    }

    /// Makes `chosen` the running goroutine: the previous one goes to the
    /// back of the run queue, and the time slice and PCT's change points
    /// count the step.
    fn run_chosen(&mut self, chosen: GIdx) -> GIdx {
        if self.current != Some(chosen) {
            self.take(chosen);
            if let Some(prev) = self.current.replace(chosen) {
                self.runq.push_back(prev);
            }
            self.slice_used = 0;
        }
        self.slice_used += 1;
        if self.policy == Policy::Pct {
            let step = self.picks;
            if let Some(p) = &mut self.pct {
                if let Some(&(_, prio)) = p.change_points.iter().find(|(at, _)| *at == step) {
                    p.priority[chosen as usize] = prio;
                }
            }
            if self.slice_used >= TIME_SLICE {
                self.demote(chosen);
                self.slice_used = 0;
            }
        }
        chosen
    }

    /// The runnable goroutine with the highest priority (the lowest index on a tie).
    fn pick_pct(&self) -> Option<GIdx> {
        let p = self.pct.as_ref()?;
        let prio = |g: GIdx| p.priority.get(g as usize).copied().unwrap_or(0);
        self.runnable().into_iter().max_by(|&a, &b| prio(a).cmp(&prio(b)).then(b.cmp(&a)))
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
        if matches!(self.policy, Policy::Fifo | Policy::Manual)
            && self.current == Some(g)
            && self.slice_used < TIME_SLICE
        {
            self.slice_used += 1;
            self.picks += 1;
            true
        } else {
            false
        }
    }

    /// How many steps in a row `continue_slice(g)` would allow from now.
    #[inline]
    pub fn slice_left(&self, g: GIdx) -> u32 {
        if matches!(self.policy, Policy::Fifo | Policy::Manual) && self.current == Some(g) {
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
        self.picks += n as u64;
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
        let mut s = Scheduler::new(Policy::Fifo, 1);
        s.ready(0);
        assert_eq!(s.pick(None), Some(0));
        s.ready(1);
        s.ready(2); // 2 takes runnext, 1 goes to the queue
        assert_eq!(s.pick(None), Some(0));
        s.stop_current();
        assert_eq!(s.pick(None), Some(2));
        s.stop_current();
        assert_eq!(s.pick(None), Some(1));
        s.stop_current();
        assert_eq!(s.pick(None), None);
    }

    #[test]
    fn manual_pick_switches_and_queues_the_previous() {
        let mut s = Scheduler::new(Policy::Manual, 1);
        s.ready(0);
        s.pick(None);
        s.ready(1);
        assert_eq!(s.pick(Some(1)), Some(1));
        assert_eq!(s.runnable(), vec![1, 0]);
    }

    /// The picks of a PCT scheduler over three always-runnable goroutines.
    fn pct_trace(seed: u64) -> Vec<GIdx> {
        let mut s = Scheduler::new(Policy::Pct, seed);
        s.set_pct(3, 50);
        for g in 0..3 {
            s.ready(g);
        }
        (0..50).map(|_| s.pick(None).unwrap()).collect()
    }

    #[test]
    fn pct_is_deterministic_and_switches_only_at_change_points() {
        assert_eq!(pct_trace(7), pct_trace(7));
        assert!((0..20).any(|seed| pct_trace(seed) != pct_trace(7)));
        for seed in 0..20 {
            let t = pct_trace(seed);
            let switches = t.windows(2).filter(|w| w[0] != w[1]).count();
            // Depth 3 means at most two priority changes, so at most two switches.
            assert!(switches <= 2, "seed {seed}: {t:?}");
        }
    }

    #[test]
    fn pct_sends_a_yielding_goroutine_to_the_bottom() {
        let mut s = Scheduler::new(Policy::Pct, 3);
        s.set_pct(1, 10);
        s.ready(0);
        s.ready(1);
        let first = s.pick(None).unwrap();
        s.yield_current(first);
        assert_ne!(s.pick(None), Some(first));
    }

    #[test]
    fn replay_follows_its_script_then_fifo() {
        let mut s = Scheduler::new(Policy::Replay, 1);
        s.set_script(Rc::from(vec![Choice::run(1), Choice::run(0)]));
        assert_eq!(s.scripted(0), Some(Choice::run(1)));
        assert_eq!(s.scripted(2), None);
        s.ready(0);
        s.ready(1);
        assert_eq!(s.pick(Some(1)), Some(1));
        assert_eq!(s.pick(Some(0)), Some(0));
        assert_eq!(s.pick(None), Some(0));
    }
}
