//! The event trace: its memory per event, the `--trace` JSON export, and the
//! determinism hashes that native and wasm runs must agree on.
#![cfg(not(target_arch = "wasm32"))]

use chanscope::sim::{Config, Recording};
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
