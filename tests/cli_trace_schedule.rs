//! `chanscope run --trace OUT.json` records exactly the run `run` executes:
//! the `--replay` script and PCT's `--pct-depth` included, not only the
//! policy and the seed.
#![cfg(not(target_arch = "wasm32"))]

use chanscope::sim::{Config, Machine, Policy};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::rc::Rc;

const S8: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/s08-map-race.go");

/// Runs the command line; gives (exit status, stdout, stderr).
fn chanscope(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_chanscope")).args(args).output().expect("run chanscope");
    let text = |b: &[u8]| String::from_utf8_lossy(b).to_string();
    (out.status.code().unwrap_or(-1), text(&out.stdout), text(&out.stderr))
}

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("chanscope-trace-schedule-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

/// The trace's JSON and the goroutine of each of its steps.
fn read_trace(path: &Path) -> (serde_json::Value, Vec<u64>) {
    let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).expect("JSON");
    let gs = v["steps"].as_array().unwrap().iter().map(|s| s["g"].as_u64().unwrap()).collect();
    (v, gs)
}

#[test]
fn the_trace_follows_the_replay_script() {
    // A schedule the explorer found: goroutine 6 meets 5's map write.
    let replay = "0*6,1*4,0*3,2*4";
    let plain = chanscope(&["run", S8, "--seed", "1", "--replay", replay]);
    let out = temp("replay.json");
    let traced = chanscope(&["run", S8, "--seed", "1", "--replay", replay, "--trace", out.to_str().unwrap()]);
    assert_eq!(traced, plain);
    assert_eq!(plain.0, 2);
    assert!(plain.2.starts_with("fatal error: concurrent map writes\n"), "{}", plain.2);
    let (v, gs) = read_trace(&out);
    assert_eq!(v["policy"], "replay");
    assert_eq!(v["outcome"]["kind"], "panic");
    let want: Vec<u64> = [(0, 6), (1, 4), (0, 3), (2, 4)].iter().flat_map(|&(g, n)| [g; 1].repeat(n)).collect();
    assert_eq!(gs, want);
}

#[test]
fn the_trace_follows_the_pct_depth() {
    let source = std::fs::read_to_string(S8).unwrap();
    let program = Rc::new(chanscope::lang::compile_named(&source, S8).expect("compiles"));
    for depth in ["1", "4"] {
        let out = temp(&format!("pct{depth}.json"));
        let plain = chanscope(&["run", S8, "--policy", "pct", "--seed", "7", "--pct-depth", depth]);
        let traced = chanscope(&[
            "run",
            S8,
            "--policy",
            "pct",
            "--seed",
            "7",
            "--pct-depth",
            depth,
            "--trace",
            out.to_str().unwrap(),
        ]);
        assert_eq!(traced, plain, "depth {depth}");
        let (v, gs) = read_trace(&out);
        assert_eq!(v["policy"], "pct");
        // The library's PCT machine with the same depth takes the same steps.
        let config = Config { seed: 7, policy: Policy::Pct, ..Config::default() };
        let mut m: Machine =
            chanscope::sim::explore::pct_machine(program.clone(), config, depth.parse().unwrap(), 10_000_000);
        let mut want = Vec::new();
        while let Some(done) = m.step(None) {
            want.push(done.record.g as u64);
        }
        assert_eq!(gs, want, "depth {depth}");
    }
}
