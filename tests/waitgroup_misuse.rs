//! `sync.WaitGroup` misuse as Go 1.19 reports it. `Add called concurrently
//! with Wait` needs a second processor (an `Add` landing while the `Done`
//! that reached zero is still releasing the waiter), so only the parallel
//! policies show it (src/sim/waitgroup.rs); `fifo`, like Go on one
//! processor, finishes. The other two misuses are deterministic and are in
//! tests/conformance (`p_negwg.go`, `p_wgreuse2.go`).
#![cfg(not(target_arch = "wasm32"))]

use chanscope::sim::{choice, Config, Machine, Policy};
use std::rc::Rc;

const SOURCE: &str = include_str!("conformance/wg_add_during_wait.go");

fn run(policy: Policy, replay: Option<&str>) -> (i32, String) {
    let program = chanscope::lang::compile_named(SOURCE, "prog.go").expect("compiles");
    let mut m = Machine::new(Rc::new(program), Config { policy, ..Config::default() });
    if let Some(r) = replay {
        m.sched.set_script(Rc::from(choice::decode(r).expect("choices")));
    }
    while m.step(None).is_some() {}
    let o = m.outcome.expect("the run ends");
    (o.exit_code(), o.stderr().to_string())
}

#[test]
fn fifo_finishes_as_go_on_one_processor() {
    assert_eq!(run(Policy::Fifo, None), (0, String::new()));
}

#[test]
fn an_add_during_the_release_panics_as_go_does() {
    // Main waits (11 steps); goroutine 2 is done, goroutine 1's Done reaches
    // zero and is releasing main when goroutine 2 adds again. Its `Add`
    // finds waiters and a counter of just its delta: Go 1.19's check on
    // line 86 of sync/waitgroup.go.
    let (exit, err) = run(Policy::Replay, Some("0*11,2,1,2"));
    assert_eq!(exit, 2);
    assert_eq!(
        err,
        "panic: sync: WaitGroup misuse: Add called concurrently with Wait\n\ngoroutine 7 [running]:\n\
         sync.(*WaitGroup).Add(...)\n\t/usr/lib/go-1.19/src/sync/waitgroup.go:86\n\
         main.main.func1()\n\tprog.go:20\ncreated by main.main\n\tprog.go:18\n"
    );
    // Once goroutine 1 has run again (adding itself back), its release is
    // over: goroutine 2's Add is no misuse, but main, released by the
    // Done, finds the counter above zero when it returns from Wait.
    let (exit, err) = run(Policy::Replay, Some("0*11,2,1,1,2"));
    assert_eq!(exit, 2);
    assert!(
        err.starts_with("panic: sync: WaitGroup is reused before previous Wait has returned\n\ngoroutine 1 [running]:"),
        "{err}"
    );
}
