//! The explorer runs every schedule with the race detector on: a racy
//! counter whose output never changes is still reported, as a failing run
//! of kind `race` (the `fifo` baseline's own race counts), and `chanscope
//! explore` prints it with both lines.

use chanscope::sim::explore::{Explorer, FailureKind};
use chanscope::sim::{Limits, Outcome};
use std::process::Command;
use std::rc::Rc;

const RACY_INCREMENT: &str = include_str!("explore/racy-increment.go");
const LOCK_ORDER: &str = include_str!("explore/lock-order.go");

fn explore(src: &str, runs: usize) -> Explorer {
    let program = Rc::new(chanscope::lang::compile(src).expect("compiles"));
    let mut ex = Explorer::new(program, 1, runs, Limits::default());
    ex.run_all();
    ex
}

#[test]
fn a_race_is_a_failing_run_even_when_the_output_never_differs() {
    let ex = explore(RACY_INCREMENT, 60);
    let base = ex.baseline().expect("a baseline");
    assert_eq!(base.stdout, "2\n");
    assert!(base.races > 0, "the fifo run itself races");
    assert!(ex.failures.iter().all(|f| f.kind == FailureKind::Race || f.run.stdout != "2\n"), "{:?}", ex.failures);
    let f = ex.failures.iter().find(|f| f.kind == FailureKind::Race).expect("the race is reported");
    assert!(f.reason.starts_with("data race on a package variable: goroutine "), "{}", f.reason);
    assert!(f.reason.contains("at line 18"), "{}", f.reason);
    assert_eq!(f.run.outcome, Outcome::Exit(66), "a run with races exits as a -race build does");
    // Runs with the same race are one failure.
    assert_eq!(ex.failures.iter().filter(|x| x.kind == FailureKind::Race && x.reason == f.reason).count(), 1);
}

#[test]
fn a_race_free_program_has_no_race_failures() {
    let ex = explore(LOCK_ORDER, 60);
    assert!(ex.failures.iter().all(|f| f.kind != FailureKind::Race), "{:?}", ex.failures);
    assert_eq!(ex.baseline().unwrap().races, 0);
}

#[test]
fn the_cli_prints_the_race_and_fails() {
    let out = Command::new(env!("CARGO_BIN_EXE_chanscope"))
        .args(["explore", "tests/explore/racy-increment.go", "--runs", "30"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("chanscope runs");
    let report = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{report}");
    assert!(report.contains("shortest failing run: race (exit status 66)"), "{report}");
    assert!(report.contains("data race on a package variable"), "{report}");
    assert!(report.contains("at line 18 while goroutine"), "{report}");
}
