//! How the machine quotes strings: the scene's short form of a string is
//! Go's `%q` (`strconv.Quote`), and a panic with a value of a named string
//! type prints the string unescaped, as Go 1.19's runtime does.
#![cfg(not(target_arch = "wasm32"))]

use chanscope::sim::value::Value;
use chanscope::sim::{Config, Machine, Outcome};
use std::rc::Rc;

#[test]
fn a_string_displays_as_gos_quote() {
    let s = Value::Str(Rc::from("a\"b\n\u{1}é\u{301}\\"));
    // strconv.Quote("a\"b\n\x01é\u0301\\") in Go 1.19.
    assert_eq!(s.to_display(), "\"a\\\"b\\n\\x01é\u{301}\\\\\"");
    assert_eq!(Value::Str(Rc::from("\u{7f}\u{ad}")).to_display(), "\"\\x7f\\u00ad\"");
}

#[test]
fn a_named_string_panic_prints_the_string_unescaped() {
    let src = "package main\n\ntype T string\n\nfunc main() {\n\tpanic(T(\"a\\\"b\\n\\té\\x01\"))\n}\n";
    let program = chanscope::lang::compile(src).expect("compiles");
    let mut m = Machine::new(Rc::new(program), Config::default());
    while m.step(None).is_some() {}
    let Some(Outcome::Panic { stderr, .. }) = &m.outcome else { panic!("expected a panic, got {:?}", m.outcome) };
    // What `go run` printed for this program.
    assert!(stderr.starts_with("panic: main.T(\"a\"b\n\té\u{1}\")\n\ngoroutine 1 [running]:\n"), "{stderr}");
}
