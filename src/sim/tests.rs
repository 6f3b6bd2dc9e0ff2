//! Engine tests: Go programs run on the machine, checked against the output,
//! stderr and exit status real Go gives.

use super::*;
use crate::lang;
use std::rc::Rc;

/// Runs a program to its end; returns (stdout, stderr, exit status).
fn run_with(source: &str, config: Config) -> (String, String, i32) {
    let program = lang::compile(source).unwrap_or_else(|d| panic!("compile errors: {d:?}"));
    let rec = Recording::run(Rc::new(program), config);
    let code = rec.outcome().expect("the run ends").exit_code();
    (rec.stream_text(Stream::Stdout), rec.stream_text(Stream::Stderr), code)
}

fn run(source: &str) -> (String, String, i32) {
    run_with(source, Config::default())
}

const PING_PONG: &str = include_str!("../../examples/ping-pong.go");
const WORKER_POOL: &str = include_str!("../../examples/s06-worker-pool.go");

#[test]
fn ping_pong_prints_three_replies() {
    assert_eq!(run(PING_PONG), ("ping-pong\nping-pong\nping-pong\n".into(), String::new(), 0));
}

#[test]
fn worker_pool_sums_every_result_under_every_policy_and_seed() {
    for policy in [Policy::Fifo, Policy::Random] {
        for seed in 0..20 {
            let config = Config { seed, policy, ..Config::default() };
            assert_eq!(
                run_with(WORKER_POOL, config),
                ("sum of results: 30\n".into(), String::new(), 0),
                "{policy:?} {seed}"
            );
        }
    }
}

#[test]
fn receive_on_a_lone_unbuffered_channel_deadlocks_like_go() {
    let src = "package main\n\nfunc main() {\n\tch := make(chan int)\n\t<-ch\n}\n";
    let expected =
        "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\nmain.main()\n\tprog.go:5\n";
    assert_eq!(run(src), (String::new(), expected.to_string(), 2));
}

#[test]
fn send_without_receiver_deadlocks_like_go() {
    let src = "package main\n\nfunc main() {\n\tch := make(chan int)\n\tch <- 1\n}\n";
    let (_, err, code) = run(src);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan send]:\n"),
        "{err}"
    );
}

#[test]
fn nil_channels_block_forever_with_go_wait_reasons() {
    let recv = "package main\n\nfunc main() {\n\tvar ch chan int\n\t<-ch\n}\n";
    assert!(run(recv).1.contains("goroutine 1 [chan receive (nil chan)]:\nmain.main()\n\tprog.go:5\n"));
    let send = "package main\n\nfunc main() {\n\tvar ch chan int\n\tch <- 1\n}\n";
    assert!(run(send).1.contains("goroutine 1 [chan send (nil chan)]:\nmain.main()\n\tprog.go:5\n"));
}

#[test]
fn deadlock_lists_every_blocked_goroutine_with_created_by() {
    let src = r#"package main

func main() {
	ch := make(chan int)
	go func() {
		ch <- 1
		ch <- 2
	}()
	<-ch
	<-make(chan int)
}
"#;
    let expected = "fatal error: all goroutines are asleep - deadlock!

goroutine 1 [chan receive]:
main.main()
	prog.go:10

goroutine 5 [chan send]:
main.main.func1()
	prog.go:7
created by main.main
	prog.go:5
";
    assert_eq!(run(src), (String::new(), expected.to_string(), 2));
}

#[test]
fn range_over_a_channel_that_is_never_closed_deadlocks() {
    let src = "package main\n\nfunc main() {\n\tch := make(chan int, 1)\n\tch <- 1\n\tfor v := range ch {\n\t\t_ = v\n\t}\n}\n";
    let (_, err, code) = run(src);
    assert_eq!(code, 2);
    assert!(err.contains("goroutine 1 [chan receive]:\nmain.main()\n\tprog.go:6\n"), "{err}");
}

#[test]
fn channel_panics_print_go_first_line_and_exit_2() {
    let cases = [
        (
            "ch := make(chan int)\n\tclose(ch)\n\tclose(ch)",
            "panic: close of closed channel\n\ngoroutine 1 [running]:\nmain.main()\n\tprog.go:6\n",
        ),
        (
            "var ch chan int\n\tclose(ch)",
            "panic: close of nil channel\n\ngoroutine 1 [running]:\nmain.main()\n\tprog.go:5\n",
        ),
        (
            "ch := make(chan int, 1)\n\tclose(ch)\n\tch <- 1",
            "panic: send on closed channel\n\ngoroutine 1 [running]:\nmain.main()\n\tprog.go:6\n",
        ),
    ];
    for (body, expected) in cases {
        let src = format!("package main\n\nfunc main() {{\n\t{body}\n}}\n");
        assert_eq!(run(&src), (String::new(), expected.to_string(), 2), "{body}");
    }
}

#[test]
fn receive_from_a_closed_channel_gives_zero_and_not_ok() {
    let src = r#"package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 7
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok, len(ch), cap(ch))
}
"#;
    assert_eq!(run(src).0, "7 true\n0 false 0 2\n");
}

#[test]
fn a_new_goroutine_runs_once_main_blocks() {
    let src = r#"package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		fmt.Println("sending")
		ch <- 1
	}()
	fmt.Println("main waits")
	done <- true
}
"#;
    // Go runs main until it blocks; the new goroutine then blocks too: deadlock.
    // It is goroutine 6: importing fmt (and so os) starts the finalizer goroutine, 5.
    let (out, err, code) = run(src);
    assert_eq!(out, "main waits\nsending\n");
    assert_eq!(code, 2);
    assert!(err.contains("goroutine 6 [chan send]:"), "{err}");
}

#[test]
fn main_returning_ends_the_program_and_drops_other_goroutines() {
    let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int)\n\tgo func() { ch <- 1 }()\n\tgo func() { ch <- 2 }()\n\tfmt.Println(<-ch)\n}\n";
    // Go 1.19 with one processor runs the most recently started goroutine first.
    assert_eq!(run(src), ("2\n".into(), String::new(), 0));
}

#[test]
fn panic_with_a_value_prints_it_and_exits_2() {
    let src = "package main\n\nfunc main() {\n\tpanic(\"boom\")\n}\n";
    assert_eq!(
        run(src),
        (String::new(), "panic: boom\n\ngoroutine 1 [running]:\nmain.main()\n\tprog.go:4\n".into(), 2)
    );
    let div = "package main\n\nfunc main() {\n\ta, b := 1, 0\n\tprintln(a / b)\n}\n";
    assert!(run(div).1.starts_with("panic: runtime error: integer divide by zero\n"));
}

#[test]
fn a_panic_in_a_goroutine_names_it_and_its_creator() {
    let src = "package main\n\nfunc worker(id int) {\n\tpanic(\"in worker\")\n}\n\nfunc main() {\n\tgo worker(7)\n\t<-make(chan int)\n}\n";
    let expected = "panic: in worker\n\ngoroutine 5 [running]:\nmain.worker(...)\n\tprog.go:4\ncreated by main.main\n\tprog.go:8\n";
    assert_eq!(run(src), (String::new(), expected.into(), 2));
}

#[test]
fn closures_share_captured_variables_and_loop_variables_are_per_iteration() {
    let src = r#"package main

import "fmt"

func main() {
	done := make(chan bool)
	count := 0
	for i := 0; i < 3; i++ {
		go func() {
			count = count + i
			done <- true
		}()
	}
	for i := 0; i < 3; i++ {
		<-done
	}
	fmt.Println(count)
}
"#;
    assert_eq!(run(src).0, "3\n");
}

#[test]
fn an_infinite_loop_stops_at_the_step_limit_with_a_message() {
    let src = "package main\n\nfunc main() {\n\tfor {\n\t}\n}\n";
    let limits = Limits { max_steps: 1000, ..Limits::default() };
    let (_, err, code) = run_with(src, Config { limits, ..Config::default() });
    assert_eq!(code, outcome::LIMIT_EXIT_CODE);
    assert!(err.contains("the step limit") && err.contains("--max-steps"), "{err}");
}

#[test]
fn stepping_back_rebuilds_exactly_the_same_machine() {
    let program = Rc::new(lang::compile(WORKER_POOL).unwrap());
    let rec = Recording::run(program, Config { policy: Policy::Random, seed: 9, ..Config::default() });
    assert!(rec.len() > 50);
    for step in [0, 1, 7, rec.len() / 2, rec.len() - 1, rec.len()] {
        let a = crate::viz::scene(&rec.machine_at(step));
        let b = crate::viz::scene(&rec.machine_at(step));
        assert_eq!(a, b);
    }
    // Every step's machine agrees with a fresh run stopped at that step.
    let mut fresh = Machine::new(rec.program().clone(), rec.config());
    for step in 1..=rec.len() {
        fresh.step(None);
        fresh.events.clear();
        assert_eq!(crate::viz::scene(&fresh), crate::viz::scene(&rec.machine_at(step)), "step {step}");
    }
}

#[test]
fn same_seed_same_trace_and_different_seeds_can_differ() {
    let program = Rc::new(lang::compile(WORKER_POOL).unwrap());
    let trace = |seed| {
        let rec = Recording::run(program.clone(), Config { policy: Policy::Random, seed, ..Config::default() });
        rec.steps.iter().map(|s| s.g).collect::<Vec<_>>()
    };
    assert_eq!(trace(3), trace(3));
    assert!((0..10).any(|s| trace(s) != trace(3)));
}

#[test]
fn a_step_holds_one_statement_with_at_most_one_synchronising_operation() {
    let program = Rc::new(lang::compile(PING_PONG).unwrap());
    let rec = Recording::run(program, Config::default());
    for step in 1..=rec.len() {
        let syncs = rec
            .events_of(step)
            .iter()
            .filter(|e| matches!(e.kind, EventKind::Send { .. } | EventKind::Recv { .. } | EventKind::Spawn { .. }))
            .count();
        assert!(syncs <= 1, "step {step} has {syncs} synchronising operations");
    }
    // `fmt.Println(<-pong)` receives and prints in one step.
    let both = (1..=rec.len()).any(|s| {
        let ev = rec.events_of(s);
        ev.iter().any(|e| matches!(e.kind, EventKind::Recv { .. }))
            && ev.iter().any(|e| matches!(e.kind, EventKind::Output { .. }))
    });
    assert!(both);
    // Main ends while the ping goroutine, woken by the last receive, waits to run.
    let m = rec.machine_at(rec.len());
    assert_eq!(m.goroutines.iter().map(|g| g.state).collect::<Vec<_>>(), vec![GState::Done, GState::Runnable]);
}

#[test]
fn the_scene_shows_mutex_owners_and_wait_group_counters() {
    let src = include_str!("../../examples/s08-mutex.go");
    let program = Rc::new(lang::compile(src).unwrap());
    let rec = Recording::run(program, Config::default());
    let mut saw_owner = false;
    let mut saw_count = false;
    for step in 0..=rec.len() {
        let scene = crate::viz::scene(&rec.machine_at(step));
        for o in &scene.syncs {
            saw_owner |= o.name == "mu" && o.owner.is_some();
            saw_count |= o.name == "wg" && o.count > 0;
        }
    }
    assert!(saw_owner && saw_count);
}

/// Go's normal-mode mutex, step by step: an unlock wakes the waiter without
/// handing the lock over, so the unlocker re-locks first; the woken waiter
/// that loses blocks again, and the next unlock wakes it again.
#[test]
fn a_mutex_unlock_wakes_the_waiter_which_retries_when_it_runs() {
    let src = r#"package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	done := make(chan bool)
	mu.Lock()
	go func() {
		mu.Lock()
		fmt.Println("B")
		mu.Unlock()
		done <- true
	}()
	runtime.Gosched()
	mu.Unlock()
	mu.Lock()
	runtime.Gosched()
	fmt.Println("A")
	mu.Unlock()
	<-done
}
"#;
    let rec = Recording::run(Rc::new(lang::compile(src).unwrap()), Config::default());
    assert_eq!(rec.stream_text(Stream::Stdout), "A\nB\n");
    let mut seen = Vec::new();
    let mut woke_at = None;
    for step in 0..rec.len() {
        for e in rec.events_of(step) {
            let item = match e.kind {
                EventKind::Lock { .. } => format!("{} lock", e.g),
                EventKind::Unlock { to, .. } => format!("{} unlock to {to:?}", e.g),
                EventKind::Block { reason: WaitReason::MutexLock(_) } => format!("{} blocks", e.g),
                _ => continue,
            };
            if item == "0 unlock to Some(1)" && woke_at.is_none() {
                woke_at = Some(step);
            }
            seen.push(item);
        }
    }
    assert_eq!(
        seen,
        [
            "0 lock",
            "1 blocks",
            "0 unlock to Some(1)",
            "0 lock",
            "1 blocks",
            "0 unlock to Some(1)",
            "1 lock",
            "1 unlock to None"
        ]
    );
    // Right after the first unlock the woken waiter neither owns the lock
    // nor waits in its queue: it is runnable and will retry.
    let m = rec.machine_at(woke_at.unwrap() + 1);
    let scene = crate::viz::scene(&m);
    let mu = scene.syncs.iter().find(|o| o.name == "mu").expect("mu in the scene");
    assert!(mu.waiters.is_empty());
    assert_ne!(mu.owner, Some(m.goroutines[1].goid));
    assert_eq!(m.goroutines[1].state, GState::Runnable);
}
