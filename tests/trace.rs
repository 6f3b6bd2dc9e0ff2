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
    let (checked, wrong) = chanscope::gallery::check_trace_hashes(&text);
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
    // The program imports fmt, so its first goroutine is 6, as in Go 1.19.
    assert_eq!(v["goroutines"][1]["goid"], 6);
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

/// One program that uses every synchronisation primitive yields every kind
/// of event but `panic`, with the objects and peers filled in.
#[test]
fn every_primitive_leaves_its_event() {
    use chanscope::sim::trace_json::kind_name;
    use chanscope::sim::{AtomicOp, EventKind, ObjRef, TimerSource};
    let rec = record(include_str!("trace/sync_events.go"), Config::default());
    assert_eq!(rec.outcome().map(|o| o.exit_code()), Some(3));
    let events: Vec<_> = (1..=rec.len()).flat_map(|s| rec.events_of(s)).collect();
    let seen: std::collections::BTreeSet<&str> = events.iter().map(|e| kind_name(&e.kind)).collect();
    for kind in [
        "spawn",
        "make_chan",
        "block",
        "wake",
        "send",
        "recv",
        "close",
        "output",
        "finish",
        "end",
        "lock",
        "unlock",
        "once_do",
        "cond_wait",
        "cond_signal",
        "atomic",
        "timer_fire",
        "context_cancel",
        "select",
        "exit",
        "goexit",
    ] {
        assert!(seen.contains(kind), "no {kind} event in {seen:?}");
    }
    let has = |k: &EventKind| events.iter().any(|e| &e.kind == k);
    assert!(has(&EventKind::Lock { obj: ObjRef::RwMutex(0), read: true }));
    assert!(has(&EventKind::Unlock { obj: ObjRef::RwMutex(0), read: false, to: None }));
    assert!(has(&EventKind::OnceDo { once: 0, runs: true }) && has(&EventKind::OnceDo { once: 0, runs: false }));
    assert!(has(&EventKind::CondSignal { cond: 0, all: false, to: Some(0) }));
    assert!(has(&EventKind::Atomic { obj: ObjRef::Atomic(0), op: AtomicOp::Add }));
    assert!(has(&EventKind::Select { case: None }));
    assert!(has(&EventKind::Exit { code: 3 }));
    for t in [TimerSource::Sleep, TimerSource::Timer(0)] {
        assert!(has(&EventKind::TimerFire { timer: t }), "{t:?}");
    }
    assert!(events.iter().any(|e| matches!(e.kind, EventKind::ContextCancel { deadline: true, .. })));
    assert!(events.iter().any(|e| matches!(e.kind, EventKind::TimerFire { timer: TimerSource::Deadline(_) })));
    assert!(events.iter().any(|e| matches!(e.kind, EventKind::Atomic { obj: ObjRef::Cell(_), .. })));
}

/// The wait group's Add, Done and an immediate Wait, and a select that a
/// peer completes, carry their numbers and the selecting goroutine.
#[test]
fn wait_groups_and_parked_selects_are_traced() {
    use chanscope::sim::EventKind;
    let src = r#"package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	ch := make(chan int)
	go func() {
		defer wg.Done()
		ch <- 7
	}()
	go func() {
		defer wg.Done()
	}()
	select {
	case v := <-ch:
		fmt.Println(v)
	case <-make(chan int):
	}
	wg.Wait()
	wg.Wait()
}
"#;
    let rec = record(src, Config::default());
    let events: Vec<_> = (1..=rec.len()).flat_map(|s| rec.events_of(s)).collect();
    let adds: Vec<(i64, i64, bool)> = events
        .iter()
        .filter_map(|e| match e.kind {
            EventKind::WaitGroupAdd { delta, counter, done, .. } => Some((delta, counter, done)),
            _ => None,
        })
        .collect();
    assert_eq!(adds, [(2, 2, false), (-1, 1, true), (-1, 0, true)]);
    assert!(events.iter().any(|e| matches!(e.kind, EventKind::WaitGroupWait { wg: 0 })));
    let select = events.iter().find(|e| matches!(e.kind, EventKind::Select { .. })).expect("a select event");
    assert_eq!((select.g, &select.kind), (0, &EventKind::Select { case: Some(0) }));
}

/// A big machine is cloned less often, and seeking between its keyframes
/// still rebuilds exactly the machine a fresh run has at that step.
#[test]
fn keyframes_are_spaced_by_machine_size_and_seeking_stays_exact() {
    use chanscope::sim::Machine;
    let src = r#"package main

import "fmt"

var big = make([]int, 200000)

func main() {
	s := 0
	for i := 0; i < 3000; i++ {
		big[i*7%200000] = i
		s += big[i]
	}
	fmt.Println(s)
}
"#;
    let rec = record(src, Config::default());
    assert!(rec.len() > 6000, "{} steps", rec.len());
    // 200,000 values of 16 bytes: one keyframe per ~100,000 steps, not one per 256.
    assert!(rec.keyframe_count() <= 2, "{} keyframes", rec.keyframe_count());
    assert!(rec.memory_bytes() < 20_000_000, "{} bytes", rec.memory_bytes());
    let snapshot = |m: &Machine| {
        let stacks: Vec<String> = m.goroutines.iter().map(|g| format!("{:?} {:?}", g.state, g.stack)).collect();
        (m.steps, m.time, stacks, format!("{:?}", m.globals), format!("{:?}", m.arrays))
    };
    let mut fresh = Machine::new(rec.program().clone(), rec.config());
    let probes = [1, 255, 256, 257, 1000, 4097, rec.len() - 1, rec.len()];
    for step in 1..=rec.len() {
        fresh.step(None);
        fresh.events.clear();
        if probes.contains(&step) {
            assert_eq!(snapshot(&fresh), snapshot(&rec.machine_at(step)), "step {step}");
        }
    }
}

/// The packed log gives back exactly the events the machine emitted, step
/// by step, for every gallery example and the trace test programs.
#[test]
fn the_packed_log_decodes_to_the_emitted_events() {
    use chanscope::sim::Machine;
    let mut sources: Vec<&str> = chanscope::gallery::EXAMPLES.iter().map(|e| e.source).collect();
    sources.push(include_str!("trace/sync_events.go"));
    sources.push(include_str!("trace/handoff.go"));
    let mut compared = 0;
    let runs = sources.iter().enumerate().flat_map(|(i, src)| (0..4).map(move |seed| (i, *src, seed)));
    for (i, src, seed) in runs {
        let config = Config { seed, policy: Policy::Random, ..Config::default() };
        let rec = record(src, config);
        let mut m = Machine::new(rec.program().clone(), config);
        let mut step = 0;
        while m.step(None).is_some() {
            step += 1;
            let emitted: Vec<_> = m.events.drain(..).collect();
            compared += emitted.len();
            if step < rec.len() {
                assert_eq!(rec.events_of(step), emitted, "program {i} seed {seed}, step {step}");
            } else {
                // The last step's events include what ending the run emits.
                assert!(rec.events_of(step).starts_with(&emitted), "program {i} seed {seed}, step {step}");
            }
        }
        assert_eq!(step, rec.len(), "program {i} seed {seed}");
    }
    assert!(compared > 2000, "only {compared} events compared");
}
