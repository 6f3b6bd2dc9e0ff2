//! The explorer: searches schedules for a run that goes wrong.
//!
//! A run goes wrong when it deadlocks, panics, is stopped by a limit, ends
//! with a different stdout or exit status than the `fifo` run (the baseline,
//! which is run first and may itself go wrong), or has a data race. Every
//! run has the race detector on (as the page's runs do, so a replay ends the
//! same way), and a race counts even when the output is the expected one:
//! the baseline's own races are reported too. Further checks can be plugged
//! in with `Explorer::add_check` (`FailureKind::Check`).
//!
//! The schedules tried, in turn: `random` runs with seeds drawn from the
//! explorer's seed, `pct` runs (depths 2, 3 and 4, change points spread over
//! the baseline's length) and, for programs whose baseline is short, a
//! depth-first search over replay prefixes with an increasing preemption
//! bound (iterative context bounding, as in CHESS): bound 0 explores only
//! the choices at steps where the running goroutine blocked or ended, bound
//! 1 also allows one preemption, and so on. Other `select` cases are tried
//! at every step where several were ready, for free. There is no partial-
//! order reduction yet, so the search is only exhaustive for tiny programs.
//!
//! Everything is a pure function of the program and the explorer's seed, and
//! the work is done in slices (`work`) so the page can yield between them.

use super::choice::{self, Choice};
use super::event::{EventKind, Stream};
use super::goroutine::GIdx;
use super::machine::{Config, Limits, Machine};
use super::outcome::Outcome;
use super::race_analysis::RaceView;
use super::rng::Rng;
use super::sched::Policy;
use crate::ir::Program;
use std::collections::BTreeSet;
use std::rc::Rc;

/// Baselines at most this many steps long are also searched depth-first.
pub const DFS_MAX_BASELINE_STEPS: usize = 1_000;
/// The most schedules the search keeps waiting (each holds a prefix), so
/// memory stays bounded; alternatives beyond it are dropped.
pub const MAX_PENDING: usize = 4_000;
/// Runs are stopped after 20 times the baseline's steps, but never before
/// this many (nor after the explorer's own limit).
pub const RUN_STEP_FLOOR: u64 = 200_000;
/// The distinct failing runs kept (the shortest of each kind and output).
pub const MAX_FAILURES: usize = 10;

/// Why a run counts as failing.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum FailureKind {
    Deadlock,
    Panic,
    Limit,
    /// It ended normally but printed a different stdout or exit status than `fifo`.
    WrongOutput,
    /// The race detector found a data race; the reason names both accesses.
    Race,
    /// A plugged-in check failed (for example a data race); the check's name.
    Check(&'static str),
}

impl FailureKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            FailureKind::Deadlock => "deadlock",
            FailureKind::Panic => "panic",
            FailureKind::Limit => "limit",
            FailureKind::WrongOutput => "wrong output",
            FailureKind::Race => "race",
            FailureKind::Check(name) => name,
        }
    }
}

/// A plugged-in check: looks at the machine after a run and names what went
/// wrong, if anything.
pub type Check = fn(&Machine) -> Option<String>;

/// How a schedule was chosen, so a person can tell runs apart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Strategy {
    Fifo,
    Random {
        seed: u64,
    },
    Pct {
        seed: u64,
        depth: u32,
    },
    /// A replayed prefix from the depth-first search, with its preemptions.
    Search {
        preemptions: u32,
    },
}

impl Strategy {
    pub fn describe(&self) -> String {
        match self {
            Strategy::Fifo => "fifo".to_string(),
            Strategy::Random { seed } => format!("random, seed {seed}"),
            Strategy::Pct { seed, depth } => format!("pct depth {depth}, seed {seed}"),
            Strategy::Search { preemptions } => format!("search, {preemptions} preemptions"),
        }
    }
}

/// One finished run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunResult {
    pub strategy: Strategy,
    /// Every step's choice: replaying them with `seed` gives the same run.
    pub choices: Vec<Choice>,
    /// The program seed (select, maps, math/rand) the run used.
    pub seed: u64,
    /// The step limit the run had (a replay needs the same to stop where it did).
    pub max_steps: u64,
    pub stdout: String,
    pub outcome: Outcome,
    /// The data races the detector found in the run.
    pub races: usize,
}

impl RunResult {
    pub fn steps(&self) -> usize {
        self.choices.len()
    }

    /// The choices in the short text form (`--replay`).
    pub fn choices_text(&self) -> String {
        choice::encode(&self.choices)
    }
}

/// A failing run and why it fails.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    pub kind: FailureKind,
    /// A sentence saying what went wrong.
    pub reason: String,
    pub run: RunResult,
    /// Which schedule (from 1) found it.
    pub found_at: usize,
    /// For a race failure: the race, for the page to put in words.
    pub race: Option<RaceView>,
}

/// A schedule waiting to be tried by the search: a replay prefix.
#[derive(Clone, Debug)]
struct Pending {
    prefix: Vec<Choice>,
    preemptions: u32,
}

/// Per step of a run: the runnable goroutines before it and the ready
/// select cases it found (when several).
type StepInfo = Vec<(Vec<GIdx>, Vec<u16>)>;

/// The run in progress.
struct Current {
    machine: Machine,
    strategy: Strategy,
    choices: Vec<Choice>,
    stdout: String,
    /// For the search: the prefix length, and per step after it the
    /// runnable goroutines before the step and the ready select cases.
    search: Option<(usize, u32, StepInfo)>,
}

pub struct Explorer {
    program: Rc<Program>,
    seed: u64,
    limits: Limits,
    /// The most runs to try.
    pub max_runs: usize,
    /// Runs finished so far.
    pub tried: usize,
    rng: Rng,
    baseline: Option<RunResult>,
    current: Option<Current>,
    /// The search's queue, one list per preemption count.
    queue: Vec<Vec<Pending>>,
    bound: u32,
    /// Schedules waiting in `queue`.
    pending: usize,
    /// Failures found, at most one per (kind, stdout, stderr), shortest kept.
    pub failures: Vec<Failure>,
    checks: Vec<(&'static str, Check)>,
    seen: BTreeSet<Vec<Choice>>,
}

impl Explorer {
    pub fn new(program: Rc<Program>, seed: u64, max_runs: usize, limits: Limits) -> Explorer {
        Explorer {
            program,
            seed,
            limits,
            max_runs: max_runs.max(1),
            tried: 0,
            rng: Rng::new(seed ^ 0xE7F1_0BE5_0000_0000),
            baseline: None,
            current: None,
            queue: Vec::new(),
            bound: 0,
            pending: 0,
            failures: Vec::new(),
            checks: Vec::new(),
            seen: BTreeSet::new(),
        }
    }

    /// Adds a check run after every run (for example the race detector).
    pub fn add_check(&mut self, name: &'static str, check: Check) {
        self.checks.push((name, check));
    }

    /// The `fifo` run, once it has finished.
    pub fn baseline(&self) -> Option<&RunResult> {
        self.baseline.as_ref()
    }

    pub fn is_done(&self) -> bool {
        self.tried >= self.max_runs
    }

    /// The shortest failing run found so far.
    pub fn shortest(&self) -> Option<&Failure> {
        self.failures.iter().min_by_key(|f| (f.run.steps(), f.kind.clone()))
    }

    /// Runs up to `budget` steps of exploration (across as many runs as
    /// that takes); returns whether there is more to do.
    pub fn work(&mut self, budget: u64) -> bool {
        let mut left = budget.max(1);
        while left > 0 && !self.is_done() {
            if self.current.is_none() {
                self.current = Some(self.start_next());
            }
            let cur = self.current.as_mut().expect("a run is in progress");
            while left > 0 && !cur.machine.is_finished() {
                left -= 1;
                let before = cur.search.as_ref().map(|_| cur.machine.runnable());
                let Some(done) = cur.machine.step_choice(None) else { break };
                for e in cur.machine.events.drain(..) {
                    if let EventKind::Output { stream: Stream::Stdout, text } = e.kind {
                        cur.stdout.push_str(&text);
                    }
                }
                cur.choices.push(Choice { g: done.record.g, case: cur.machine.chosen_case });
                if let (Some((_, _, info)), Some(before)) = (&mut cur.search, before) {
                    info.push((before, cur.machine.select_ready.clone()));
                }
            }
            if cur.machine.is_finished() {
                let cur = self.current.take().expect("a run is in progress");
                self.finish(cur);
            }
        }
        !self.is_done()
    }

    /// Runs the whole exploration.
    pub fn run_all(&mut self) {
        while self.work(100_000) {}
    }

    fn limits_for_runs(&self) -> Limits {
        let mut l = self.limits;
        if let Some(b) = &self.baseline {
            // A run far longer than the baseline is taken to be stuck. The
            // floor is the page's own step limit, so a failing run found in
            // the page replays there to exactly the same end.
            l.max_steps = l.max_steps.min((b.steps() as u64).saturating_mul(20).max(RUN_STEP_FLOOR));
        }
        l
    }

    fn start_next(&mut self) -> Current {
        let limits = self.limits_for_runs();
        let program = self.program.clone();
        let machine_for = |policy, seed| Machine::new(program.clone(), Config { seed, policy, limits, race: true });
        let Some(base_steps) = self.baseline.as_ref().map(RunResult::steps) else {
            return Current {
                machine: machine_for(Policy::Fifo, self.seed),
                strategy: Strategy::Fifo,
                choices: Vec::new(),
                stdout: String::new(),
                search: None,
            };
        };
        let searching = base_steps <= DFS_MAX_BASELINE_STEPS;
        // Every third run comes from the search while it has prefixes left.
        if searching && self.tried % 3 == 0 {
            if let Some(p) = self.next_pending() {
                let mut m = machine_for(Policy::Replay, self.seed);
                m.sched.set_script(Rc::from(&p.prefix[..]));
                return Current {
                    machine: m,
                    strategy: Strategy::Search { preemptions: p.preemptions },
                    choices: Vec::new(),
                    stdout: String::new(),
                    search: Some((p.prefix.len(), p.preemptions, Vec::new())),
                };
            }
        }
        let seed = self.rng.next_u64() % 1_000_000;
        let (machine, strategy) = if self.tried % 2 == 0 {
            let depth = 2 + (self.tried / 2 % 3) as u32;
            let mut m = machine_for(Policy::Pct, self.seed);
            // The program seed stays the explorer's; PCT draws from its own stream.
            m.sched.reseed(seed);
            m.sched.set_pct(depth, base_steps as u64);
            (m, Strategy::Pct { seed, depth })
        } else {
            let mut m = machine_for(Policy::Random, self.seed);
            m.sched.reseed(seed);
            (m, Strategy::Random { seed })
        };
        Current { machine, strategy, choices: Vec::new(), stdout: String::new(), search: None }
    }

    /// The next prefix of the search, lowest preemption count first.
    fn next_pending(&mut self) -> Option<Pending> {
        while (self.bound as usize) < self.queue.len() {
            if let Some(p) = self.queue[self.bound as usize].pop() {
                self.pending -= 1;
                return Some(p);
            }
            self.bound += 1;
        }
        None
    }

    fn finish(&mut self, cur: Current) {
        self.tried += 1;
        let outcome = cur.machine.outcome.clone().unwrap_or(Outcome::Exit(0));
        let run = RunResult {
            strategy: cur.strategy,
            choices: cur.choices,
            seed: self.seed,
            max_steps: cur.machine.config.limits.max_steps,
            stdout: cur.stdout,
            outcome: outcome.clone(),
            races: cur.machine.race.as_ref().map_or(0, |r| r.races.len()),
        };
        if let Some((start, preemptions, info)) = &cur.search {
            self.expand(&run.choices, *start, *preemptions, info);
        }
        let mut failure = match &outcome {
            Outcome::Deadlock { .. } => Some((FailureKind::Deadlock, "all goroutines are asleep".to_string())),
            // A fatal error (`concurrent map writes`, ...) is named by its line.
            Outcome::Panic { stderr, .. } => Some((
                FailureKind::Panic,
                match stderr.lines().next() {
                    Some(line) if line.starts_with("fatal error: ") => line.to_string(),
                    _ => "the program panicked".to_string(),
                },
            )),
            Outcome::Limit { stderr } => Some((FailureKind::Limit, stderr.trim().to_string())),
            Outcome::Exit(code) => match &self.baseline {
                Some(b) if b.stdout != run.stdout => {
                    Some((FailureKind::WrongOutput, "it printed something else than the fifo run".to_string()))
                }
                // A run with races exits with status 66 whatever it would
                // have, so statuses are only compared between race-free runs.
                Some(b) if b.races == 0 && run.races == 0 && b.outcome != Outcome::Exit(*code) => {
                    Some((FailureKind::WrongOutput, format!("it exited with status {code}, unlike the fifo run")))
                }
                _ => None,
            },
        };
        let mut race = None;
        if failure.is_none() {
            let races = super::race_analysis::analyse(&cur.machine).races;
            if let Some(first) = races.first() {
                failure = Some((FailureKind::Race, race_reason(first, races.len())));
                race = Some(first.clone());
            }
        }
        if failure.is_none() {
            for (name, check) in &self.checks {
                if let Some(reason) = check(&cur.machine) {
                    failure = Some((FailureKind::Check(name), reason));
                    break;
                }
            }
        }
        if self.baseline.is_none() {
            // The search starts from the baseline's choices.
            if run.steps() <= DFS_MAX_BASELINE_STEPS {
                let replayed = self.replay_info(&run.choices);
                self.expand(&run.choices, 0, 0, &replayed);
            }
            self.baseline = Some(run.clone());
        }
        if let Some((kind, reason)) = failure {
            let found_at = self.tried;
            self.record(Failure { kind, reason, run, found_at, race });
        }
    }

    /// The runnable sets and ready cases along a run, by replaying it.
    fn replay_info(&self, choices: &[Choice]) -> StepInfo {
        let mut m = Machine::new(
            self.program.clone(),
            Config { seed: self.seed, policy: Policy::Replay, limits: self.limits, race: true },
        );
        m.sched.set_script(Rc::from(choices));
        let mut info = Vec::with_capacity(choices.len());
        for _ in choices {
            let before = m.runnable();
            if m.step_choice(None).is_none() {
                break;
            }
            m.events.clear();
            info.push((before, m.select_ready.clone()));
        }
        info
    }

    /// Queues the alternatives of a run after its first `start` steps: every
    /// other runnable goroutine and every other ready select case.
    fn expand(&mut self, choices: &[Choice], start: usize, preemptions: u32, info: &[(Vec<GIdx>, Vec<u16>)]) {
        let mut used = preemptions;
        for (i, (runnable, cases)) in info.iter().enumerate() {
            let step = start + i;
            let Some(&taken) = choices.get(step) else { break };
            let prev = step.checked_sub(1).and_then(|p| choices.get(p)).map(|c| c.g);
            let preempts = |g: GIdx| prev.is_some_and(|p| p != g && runnable.contains(&p));
            let mut alternatives: Vec<(Choice, u32)> = Vec::new();
            for &g in runnable {
                if g != taken.g {
                    alternatives.push((Choice::run(g), used + preempts(g) as u32));
                }
            }
            for &k in cases {
                if Some(k) != taken.case {
                    alternatives.push((Choice { g: taken.g, case: Some(k) }, used));
                }
            }
            for (alt, cost) in alternatives {
                if self.pending >= MAX_PENDING {
                    return;
                }
                let mut prefix = choices[..step].to_vec();
                prefix.push(alt);
                if self.seen.insert(prefix.clone()) {
                    while self.queue.len() <= cost as usize {
                        self.queue.push(Vec::new());
                    }
                    self.queue[cost as usize].push(Pending { prefix, preemptions: cost });
                    self.pending += 1;
                }
            }
            used += preempts(taken.g) as u32;
        }
    }

    fn record(&mut self, f: Failure) {
        // Runs with the same race are one failure, whatever they printed.
        let same = |a: &Failure| {
            a.kind == f.kind
                && if f.kind == FailureKind::Race {
                    a.reason == f.reason
                } else {
                    a.run.stdout == f.run.stdout && a.run.outcome == f.run.outcome
                }
        };
        if let Some(old) = self.failures.iter_mut().find(|a| same(a)) {
            if f.run.steps() < old.run.steps() {
                *old = f;
            }
        } else if self.failures.len() < MAX_FAILURES {
            self.failures.push(f);
        }
        // Keep the list ordered by length, stably; it is short and at most one
        // entry is out of place, so an insertion sort (no sort code) is enough.
        for i in 1..self.failures.len() {
            let mut j = i;
            while j > 0 && self.failures[j - 1].run.steps() > self.failures[j].run.steps() {
                self.failures.swap(j - 1, j);
                j -= 1;
            }
        }
    }
}

/// A run's first data race as a sentence naming both accesses' goroutines
/// and lines (and how many races the run had).
fn race_reason(r: &RaceView, count: usize) -> String {
    let verb = |write: bool| if write { "writes" } else { "reads" };
    let mut text = format!(
        "data race on {}: goroutine {} {} it at line {} while goroutine {} {} it at line {}",
        r.what,
        r.current.goid,
        verb(r.current.write),
        r.current.line,
        r.previous.goid,
        verb(r.previous.write),
        r.previous.line
    );
    if count > 1 {
        text.push_str(&format!(" ({count} races in the run)"));
    }
    text
}

/// A machine under `pct` whose change points are spread over the length of
/// the program's `fifo` run (measured up to `cap` steps), as PCT wants: its
/// `k` is the run's expected length.
pub fn pct_machine(program: Rc<Program>, config: Config, depth: u32, cap: u64) -> Machine {
    let mut fifo = Machine::new(program.clone(), Config { policy: Policy::Fifo, ..config });
    let cap = cap.min(config.limits.max_steps);
    while fifo.steps < cap && fifo.run_batch(cap - fifo.steps) > 0 && !fifo.is_finished() {
        fifo.events.clear();
    }
    let mut m = Machine::new(program, Config { policy: Policy::Pct, ..config });
    m.sched.set_pct(depth, fifo.steps.max(1));
    m
}
