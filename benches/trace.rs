//! Trace benchmark: records the 1M-step program of tests/trace/million.go
//! and reports steps per second with the full trace on, and the memory the
//! recording holds (bytes per event, keyframes, total), as counted by
//! `Recording::memory_bytes`.
//!
//! Run: `cargo bench --bench trace --profile release-native` (plain timing,
//! best of three runs; the default bench profile optimises for size).

use chanscope::sim::{Config, Machine, Recording};
use std::rc::Rc;
use std::time::Instant;

fn main() {
    let source = include_str!("../tests/trace/million.go");
    let program = Rc::new(chanscope::lang::compile(source).expect("compiles"));
    let mut config = Config::default();
    config.limits.max_steps = 1_000_000;
    let mut best = f64::MAX;
    let mut last = None;
    for _ in 0..3 {
        let start = Instant::now();
        let rec = Recording::run(program.clone(), config);
        best = best.min(start.elapsed().as_secs_f64());
        last = Some(rec);
    }
    let rec = last.expect("three runs");
    // The same run with the trace off, for the recording's overhead.
    let mut plain = f64::MAX;
    for _ in 0..3 {
        let start = Instant::now();
        let mut m = Machine::new(program.clone(), config);
        while m.run_batch(4096) > 0 {
            m.events.clear();
        }
        plain = plain.min(start.elapsed().as_secs_f64());
    }
    println!("trace/million with the trace off: {:.2} M steps/s", rec.len() as f64 / plain / 1e6);
    let events = rec.events.len();
    println!(
        "trace/million: {} steps in {:.3} s = {:.2} M steps/s recorded; {} events, {:.2} bytes/event, \
         {} keyframes, {:.1} MB in all ({:.1} bytes/step)",
        rec.len(),
        best,
        rec.len() as f64 / best / 1e6,
        events,
        rec.event_bytes() as f64 / events as f64,
        rec.keyframe_count(),
        rec.memory_bytes() as f64 / 1e6,
        rec.memory_bytes() as f64 / rec.len() as f64,
    );
}
