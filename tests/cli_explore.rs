//! The command line's scheduling flags: `chanscope explore` finds the
//! deadlock of a lock-order inversion that `fifo` misses, and the `--replay`
//! line it prints reproduces Go's report.

use std::process::Command;

fn chanscope(args: &[&str]) -> (String, String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_chanscope"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("chanscope runs");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn explore_finds_a_deadlock_and_its_replay_line_reproduces_it() {
    let file = "tests/explore/lock-order.go";
    assert_eq!(chanscope(&["run", file]).2, 0, "fifo finishes");
    let (report, _, code) = chanscope(&["explore", file, "--runs", "100", "--seed", "3"]);
    assert_eq!(code, 1, "{report}");
    assert!(report.starts_with("tried 100 schedules"), "{report}");
    assert!(report.contains("shortest failing run: deadlock"), "{report}");
    assert!(report.contains("fatal error: all goroutines are asleep - deadlock!"), "{report}");
    // The same seed gives the same report.
    assert_eq!(chanscope(&["explore", file, "--runs", "100", "--seed", "3"]).0, report);
    let line = report.lines().find_map(|l| l.trim().strip_prefix("replay: chanscope ")).expect("a replay line");
    let args: Vec<&str> = line.split_whitespace().collect();
    let (_, stderr, code) = chanscope(&args);
    assert_eq!(code, 2);
    assert!(stderr.starts_with("fatal error: all goroutines are asleep - deadlock!"), "{stderr}");
}

#[test]
fn run_accepts_pct_and_rejects_a_bad_replay() {
    let (out, _, code) = chanscope(&["run", "examples/s06-worker-pool.go", "--policy", "pct", "--seed", "5"]);
    assert_eq!(code, 0);
    assert!(out.contains("30"), "{out}");
    let (_, err, code) = chanscope(&["run", "examples/ping-pong.go", "--replay", "0,x"]);
    assert_eq!(code, 2);
    assert!(err.contains("--replay"), "{err}");
}
