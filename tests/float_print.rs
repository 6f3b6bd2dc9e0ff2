//! `print` and `println` of floats write Go's runtime form
//! (`+1.500000e+000`) to standard error, while `fmt.Println` writes the
//! shortest form; both as Go 1.19 printed them for this program.
#![cfg(not(target_arch = "wasm32"))]

use chanscope::sim::{Config, EventKind, Machine, Stream};
use std::rc::Rc;

const PROGRAM: &str = r#"package main

import "fmt"

func main() {
	x := 1.5
	var y float32 = 0.1
	z := 1e300
	w := -2.5e-7
	println(x, y, z, w, 123456789.0/3)
	print(x, " ", w, "\n")
	fmt.Println(x, y, z, w)
	var h float64 = 9.9999995
	println(h)
}
"#;

#[test]
fn print_and_println_of_floats_match_go() {
    let program = chanscope::lang::compile(PROGRAM).expect("the program compiles");
    let mut m = Machine::new(Rc::new(program), Config::default());
    let (mut stdout, mut stderr) = (String::new(), String::new());
    while m.step(None).is_some() {
        for e in m.events.drain(..) {
            if let EventKind::Output { stream, text } = e.kind {
                match stream {
                    Stream::Stdout => stdout.push_str(&text),
                    Stream::Stderr => stderr.push_str(&text),
                }
            }
        }
    }
    assert_eq!(stdout, "1.5 0.1 1e+300 -2.5e-07\n");
    assert_eq!(
        stderr,
        "+1.500000e+000 +1.000000e-001 +1.000000e+300 -2.500000e-007 +4.115226e+007\n\
         +1.500000e+000 -2.500000e-007\n\
         +1.000000e+001\n"
    );
}
