//! Tests of the scheduling policies working on whole programs: `pct`'s
//! determinism, `replay`'s exactness, `select` case choices, and the explorer.

use super::explore::{Explorer, FailureKind};
use super::*;
use crate::lang;
use std::rc::Rc;

const WORKER_POOL: &str = include_str!("../../examples/s06-worker-pool.go");
const LOCK_ORDER: &str = include_str!("../../tests/explore/lock-order.go");
const RACY_COUNTER: &str = include_str!("../../tests/explore/racy-counter.go");
const TWO_READY: &str = r#"package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	a <- 1
	b <- 2
	select {
	case v := <-a:
		fmt.Println("a", v)
	case v := <-b:
		fmt.Println("b", v)
	}
}
"#;

fn compile(src: &str) -> Rc<crate::ir::Program> {
    Rc::new(lang::compile(src).unwrap_or_else(|d| panic!("compile errors: {d:?}")))
}

/// Everything observable about a recorded run: choices, events, outcome.
fn trace(rec: &Recording) -> (Vec<Choice>, Vec<Event>, Option<Outcome>) {
    (rec.choices(), rec.events.iter().collect(), rec.outcome().cloned())
}

#[test]
fn pct_runs_are_deterministic_and_depend_on_the_seed() {
    let program = compile(WORKER_POOL);
    let run = |seed| Recording::run(program.clone(), Config { policy: Policy::Pct, seed, ..Config::default() });
    assert_eq!(trace(&run(4)), trace(&run(4)));
    assert!((0..10).any(|s| run(s).choices() != run(4).choices()));
    // The worker pool's result does not depend on the schedule.
    for seed in 0..5 {
        assert_eq!(run(seed).outcome(), Some(&Outcome::Exit(0)));
    }
}

#[test]
fn replaying_the_choices_of_a_random_run_gives_the_identical_trace() {
    for src in [WORKER_POOL, RACY_COUNTER, TWO_READY] {
        let program = compile(src);
        for seed in 0..6 {
            let config = Config { policy: Policy::Random, seed, ..Config::default() };
            let original = Recording::run(program.clone(), config);
            let text = choice::encode(&original.choices());
            let choices = choice::decode(&text).unwrap();
            let mut replayed = Recording::replay(program.clone(), Config { seed, ..config }, &choices);
            while replayed.advance_with(None) {}
            assert_eq!(trace(&replayed), trace(&original), "seed {seed}");
            // Stepping back inside the replay is exact too.
            let mid = replayed.len() / 2;
            assert_eq!(crate::viz::scene(&replayed.machine_at(mid)), crate::viz::scene(&original.machine_at(mid)));
        }
    }
}

#[test]
fn a_chosen_select_case_is_taken_recorded_and_replayed() {
    let program = compile(TWO_READY);
    let mut outputs = Vec::new();
    for case in [0u16, 1] {
        let mut rec = Recording::new(program.clone(), Config { policy: Policy::Manual, ..Config::default() });
        // Run main up to its select, then ask which cases are ready.
        let mut seen = Vec::new();
        while !rec.is_finished() {
            let cases = rec.select_cases_for(0);
            if !cases.is_empty() {
                seen = cases;
                rec.advance_with(Some(Choice { g: 0, case: Some(case) }));
            } else {
                rec.advance_with(None);
            }
        }
        assert_eq!(seen, vec![0, 1]);
        assert!(rec.choices().iter().any(|c| c.case == Some(case)));
        let out = rec.stream_text(Stream::Stdout);
        let mut again = Recording::replay(program.clone(), Config { seed: 1, ..Config::default() }, &rec.choices());
        while again.advance_with(None) {}
        assert_eq!(again.stream_text(Stream::Stdout), out);
        outputs.push(out);
    }
    assert_eq!(outputs, vec!["a 1\n".to_string(), "b 2\n".to_string()]);
}

#[test]
fn the_explorer_finds_a_deadlock_that_fifo_misses() {
    let program = compile(LOCK_ORDER);
    let fifo = Recording::run(program.clone(), Config::default());
    assert_eq!(fifo.outcome(), Some(&Outcome::Exit(0)));
    let mut ex = Explorer::new(program.clone(), 1, 200, Limits::default());
    ex.run_all();
    let f = ex.failures.iter().find(|f| f.kind == FailureKind::Deadlock).expect("a deadlock is found");
    assert!(matches!(f.run.outcome, Outcome::Deadlock { .. }));
    // Replaying the reported choices reproduces it.
    let choices = choice::decode(&f.run.choices_text()).unwrap();
    let mut rec = Recording::replay(program, Config { seed: f.run.seed, ..Config::default() }, &choices);
    while rec.advance_with(None) {}
    assert_eq!(rec.outcome(), Some(&f.run.outcome));
    // The same seed explores the same way.
    let mut again = Explorer::new(compile(LOCK_ORDER), 1, 200, Limits::default());
    again.run_all();
    assert_eq!(again.failures, ex.failures);
}

#[test]
fn the_explorer_finds_a_lost_update_in_a_racy_counter() {
    let program = compile(RACY_COUNTER);
    let mut ex = Explorer::new(program, 7, 300, Limits::default());
    ex.run_all();
    let base = ex.baseline().unwrap().stdout.clone();
    let f = ex.failures.iter().find(|f| f.kind == FailureKind::WrongOutput).expect("a different count is found");
    assert_ne!(f.run.stdout, base);
    assert_eq!(ex.tried, 300);
}

#[test]
fn a_plugged_in_check_marks_runs_as_failing() {
    // A stand-in for the race detector: every run whose machine started a
    // second goroutine fails the check.
    fn two_goroutines(m: &Machine) -> Option<String> {
        (m.goroutines.len() > 1).then(|| "a second goroutine ran".to_string())
    }
    let mut ex = Explorer::new(compile(WORKER_POOL), 1, 20, Limits::default());
    ex.add_check("two goroutines", two_goroutines);
    ex.run_all();
    let f = ex.shortest().expect("the check fails");
    assert_eq!(f.kind, FailureKind::Check("two goroutines"));
    assert_eq!(f.reason, "a second goroutine ran");
    // Every run fails it; the failure kept is the shortest run of its kind.
    assert!((1..=20).contains(&f.found_at));
    assert!(ex.failures.iter().all(|f| f.kind == FailureKind::Check("two goroutines")));
}
