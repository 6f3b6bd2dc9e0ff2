//! The event trace: its memory per event, the `--trace` JSON export, and the
//! determinism hashes that native and wasm runs must agree on.
#![cfg(not(target_arch = "wasm32"))]

use chanscope::sim::trace_json::trace_hash;
use chanscope::sim::{Config, Policy, Recording};
use std::rc::Rc;

fn record(source: &str, config: Config) -> Recording {
    let program = chanscope::lang::compile(source).unwrap_or_else(|d| panic!("compile error: {}", d[0].message));
    Recording::run(Rc::new(program), config)
}

/// A million recorded steps fit in 100 MB with at most 24 bytes per event.
#[test]
fn a_million_steps_record_compactly() {
    let mut config = Config::default();
    config.limits.max_steps = 1_000_000;
    let rec = record(include_str!("trace/million.go"), config);
    assert_eq!(rec.len(), 1_000_000);
    let events = rec.events.len();
    let per_event = rec.event_bytes() as f64 / events as f64;
    let total = rec.memory_bytes();
    println!(
        "1M steps: {events} events, {per_event:.2} bytes/event, {} keyframes, total {:.1} MB",
        rec.keyframe_count(),
        total as f64 / 1e6
    );
    assert!(events >= 600_000, "a dense program has an event most steps, got {events}");
    assert!(per_event <= 24.0, "{per_event:.2} bytes per event");
    assert!(total < 100_000_000, "{total} bytes for 1M steps");
}

/// The trace hash of one gallery example under one policy and seed.
fn gallery_hash(source: &str, policy: Policy, seed: u64) -> u64 {
    let config = Config { seed, policy, ..Config::default() };
    trace_hash(&record(source, config))
}

/// Every gallery example under fifo and random, seeds 0 to 3: the trace
/// hashes must equal the ones committed in tests/trace_hashes.txt (the wasm
/// build checks the same file in tests/browser.rs). After a deliberate change
/// to the engine or the format, rewrite the file with
/// `CHANSCOPE_BLESS=1 cargo test --test trace`.
#[test]
fn trace_hashes_match_the_committed_ones() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/trace_hashes.txt");
    if std::env::var_os("CHANSCOPE_BLESS").is_some() {
        let mut text = String::from("# slug policy seed trace_hash (FNV-1a 64 of the chanscope-trace JSON)\n");
        for ex in chanscope::gallery::EXAMPLES {
            for policy in [Policy::Fifo, Policy::Random] {
                for seed in 0..4 {
                    let h = gallery_hash(ex.source, policy, seed);
                    text.push_str(&format!("{} {} {seed} {h:016x}\n", ex.slug, policy.as_str()));
                }
            }
        }
        std::fs::write(path, text).expect("write tests/trace_hashes.txt");
    }
    let text = std::fs::read_to_string(path).expect("tests/trace_hashes.txt");
    let mut checked = 0;
    let mut wrong = Vec::new();
    for line in text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let f: Vec<&str> = line.split_whitespace().collect();
        let ex = chanscope::gallery::find(f[0]).unwrap_or_else(|| panic!("no gallery example {}", f[0]));
        let policy = Policy::parse(f[1]).expect("policy");
        let seed: u64 = f[2].parse().expect("seed");
        let got = format!("{:016x}", gallery_hash(ex.source, policy, seed));
        if got != f[3] {
            wrong.push(format!("{} {} {seed}: {got} != {}", f[0], f[1], f[3]));
        }
        checked += 1;
    }
    assert!(checked >= 100, "only {checked} hashes");
    assert!(wrong.is_empty(), "trace hashes changed (bless if deliberate):\n{}", wrong.join("\n"));
}

/// The same inputs give the same trace; another seed under `random` can
/// give another one.
#[test]
fn the_trace_is_a_function_of_program_seed_and_policy() {
    let src = chanscope::gallery::find("select").map(|e| e.source).unwrap_or(include_str!("trace/million.go"));
    let a = gallery_hash(src, Policy::Random, 7);
    assert_eq!(a, gallery_hash(src, Policy::Random, 7));
    let distinct: std::collections::BTreeSet<u64> = (0..8).map(|s| gallery_hash(src, Policy::Random, s)).collect();
    assert!(distinct.len() > 1, "eight seeds of select all gave one trace");
}

/// `chanscope run FILE --trace OUT.json` writes the documented format; the
/// events of a known program are there in order.
#[test]
fn the_cli_writes_a_parsable_versioned_trace() {
    let dir = std::env::temp_dir().join(format!("chanscope-trace-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("handoff.json");
    let src = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/trace/handoff.go");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_chanscope"))
        .args(["run", src, "--seed", "3", "--trace"])
        .arg(&out)
        .output()
        .expect("run chanscope");
    assert_eq!(String::from_utf8_lossy(&run.stdout), "42\n");
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let text = std::fs::read_to_string(&out).unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(v["format"], "chanscope-trace");
    assert_eq!(v["version"], 1);
    assert_eq!(v["seed"], 3);
    assert_eq!(v["policy"], "fifo");
    let source = std::fs::read(src).unwrap();
    let hash = format!("{:016x}", chanscope::sim::trace_json::fnv1a64(&source));
    assert_eq!(v["source_fnv1a64"], hash.as_str());
    assert_eq!(v["goroutines"][1]["goid"], 5);
    let steps = v["steps"].as_array().unwrap();
    assert_eq!(v["steps_total"], steps.len());
    for (i, s) in steps.iter().enumerate() {
        assert_eq!(s["step"], i + 1);
        assert!(s["line"].as_u64().unwrap() >= 1 && s["col"].as_u64().unwrap() >= 1);
        assert!(s["time"].is_u64());
    }
    // The kinds in order, with the objects and peers they name.
    let events: Vec<&serde_json::Value> = steps.iter().flat_map(|s| s["events"].as_array().unwrap()).collect();
    let kinds: Vec<&str> = events.iter().map(|e| e["kind"].as_str().unwrap()).collect();
    assert_eq!(
        kinds,
        [
            "make_chan",
            "wg_add",
            "spawn",
            "block",
            "lock",
            "send",
            "wake",
            "unlock",
            "wg_add",
            "finish",
            "lock",
            "output",
            "unlock",
            "wg_wait",
            "finish",
            "end"
        ]
    );
    let send = events.iter().find(|e| e["kind"] == "send").unwrap();
    assert_eq!((send["g"].as_u64(), send["to"].as_u64(), send["value"].as_str()), (Some(1), Some(0), Some("42")));
    let block = events.iter().find(|e| e["kind"] == "block").unwrap();
    assert_eq!(block["reason"], "chan receive");
    let done = events.iter().filter(|e| e["kind"] == "wg_add").nth(1).unwrap();
    assert_eq!((done["done"].as_bool(), done["counter"].as_i64()), (Some(true), Some(0)));
    assert_eq!(v["outcome"]["kind"], "exit");
    assert_eq!(v["outcome"]["exit"], 0);

    // An unwritable path is a clear error before anything runs.
    let bad = dir.join("no-such-dir").join("t.json");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_chanscope"))
        .args(["run", src, "--trace"])
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    assert!(run.stdout.is_empty());
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(err.starts_with("chanscope run: cannot write the trace to "), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}
