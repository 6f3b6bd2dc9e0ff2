//! Engine benchmark: steps per second of the machine on two workloads (an
//! unbuffered ping-pong and a plain loop), driven three ways: `step` one at
//! a time (as the conformance tests do), `run_batch` (as `chanscope run`
//! does), and a full `Recording` (as the page does).
//!
//! Run: `cargo bench --bench engine`. Criterion reports elements/s, where an
//! element is one step.

use chanscope::sim::{Config, Limits, Machine, Recording};
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use std::rc::Rc;

const PINGPONG: &str = r#"package main

import "fmt"

func main() {
	const n = 20000
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
	}()
	sum := 0
	for i := 0; i < n; i++ {
		ping <- i
		sum += <-pong - i
	}
	close(ping)
	fmt.Println(sum)
}
"#;

const LOOP: &str = r#"package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 200000; i++ {
		sum += i & 7
	}
	fmt.Println(sum)
}
"#;

fn config() -> Config {
    Config { limits: Limits { max_steps: u64::MAX, ..Limits::default() }, ..Config::default() }
}

fn steps_of(program: &Rc<chanscope::ir::Program>) -> u64 {
    let mut m = Machine::new(program.clone(), config());
    while m.run_batch(1 << 20) > 0 {}
    m.steps
}

fn engine(c: &mut Criterion) {
    for (name, src) in [("pingpong", PINGPONG), ("loop", LOOP)] {
        let program = Rc::new(chanscope::lang::compile(src).expect("compiles"));
        let steps = steps_of(&program);
        let mut group = c.benchmark_group(name);
        group.throughput(Throughput::Elements(steps));
        group.sample_size(10);
        group.bench_function("step", |b| {
            b.iter(|| {
                let mut m = Machine::new(program.clone(), config());
                while m.step(None).is_some() {
                    m.events.clear();
                }
                black_box(m.steps)
            })
        });
        group.bench_function("run_batch", |b| {
            b.iter(|| {
                let mut m = Machine::new(program.clone(), config());
                while m.run_batch(4096) > 0 {
                    m.events.clear();
                }
                black_box(m.steps)
            })
        });
        group.bench_function("recording", |b| b.iter(|| black_box(Recording::run(program.clone(), config()).len())));
        group.finish();
    }
}

criterion_group!(benches, engine);
criterion_main!(benches);
