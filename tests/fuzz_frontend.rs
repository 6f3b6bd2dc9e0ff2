//! Fuzzing the front end: random bytes, token soup, and corpus programs with
//! random edits go through the lexer, parser, checker and lowering
//! (`lang::compile`) and the highlighter; nothing may panic.
//!
//! The default budget keeps a debug `cargo test` short; set
//! CHANSCOPE_FUZZ_CASES=N to run N inputs per generator, e.g.
//! `CHANSCOPE_FUZZ_CASES=400000 cargo test --release --test fuzz_frontend -- --nocapture`.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use std::path::Path;
use std::time::Instant;

fn cases(default: u32) -> u32 {
    std::env::var("CHANSCOPE_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// Runs the whole front end on one input; a panic fails the case with the input.
fn run_one(src: &str) -> Result<(), TestCaseError> {
    // CHANSCOPE_FUZZ_TRACE=FILE keeps the input being run in FILE, to find hangs.
    if let Ok(path) = std::env::var("CHANSCOPE_FUZZ_TRACE") {
        let _ = std::fs::write(path, src);
    }
    let result = std::panic::catch_unwind(|| {
        let _ = chanscope::lang::compile(src);
        let spans = chanscope::lang::highlight::highlight(src);
        for s in &spans {
            assert!(s.start <= s.end && (s.end as usize) <= src.len(), "span out of range");
        }
    });
    match result {
        Ok(()) => Ok(()),
        Err(_) => Err(TestCaseError::fail(format!("front end panicked on {:?}", src))),
    }
}

fn runner(n: u32, seed: u8) -> TestRunner {
    let config = Config { cases: n, failure_persistence: None, max_shrink_iters: 2000, ..Config::default() };
    TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &[seed; 32]))
}

fn corpus() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/go_corpus");
    let mut out = Vec::new();
    for kind in ["valid", "invalid"] {
        if let Ok(rd) = std::fs::read_dir(dir.join(kind)) {
            let mut paths: Vec<_> = rd.filter_map(|e| e.ok()).map(|e| e.path()).collect();
            paths.sort();
            for p in paths {
                if p.extension().map_or(false, |x| x == "go") {
                    out.push(std::fs::read_to_string(&p).unwrap());
                }
            }
        }
    }
    out
}

/// Go tokens and fragments, glued into "token soup".
const PIECES: &[&str] = &[
    "package",
    "main",
    "import",
    "\"fmt\"",
    "func",
    "(",
    ")",
    "{",
    "}",
    "[",
    "]",
    ";",
    "\n",
    ",",
    ".",
    "...",
    ":",
    "=",
    ":=",
    "+=",
    "<-",
    "chan",
    "<-chan",
    "chan<-",
    "go",
    "defer",
    "select",
    "case",
    "default",
    "switch",
    "type",
    "struct",
    "interface",
    "map",
    "for",
    "range",
    "if",
    "else",
    "return",
    "break",
    "continue",
    "goto",
    "fallthrough",
    "var",
    "const",
    "iota",
    "x",
    "y",
    "ch",
    "wg",
    "mu",
    "fmt.Println",
    "make",
    "len",
    "cap",
    "append",
    "close",
    "panic",
    "recover",
    "new",
    "nil",
    "true",
    "false",
    "int",
    "string",
    "bool",
    "error",
    "any",
    "0",
    "1",
    "42",
    "0x",
    "1e",
    "0b102",
    "07_8",
    "1.5",
    "'a'",
    "'\\",
    "\"s",
    "`raw",
    "/*",
    "*/",
    "//",
    "+",
    "-",
    "*",
    "/",
    "%",
    "&",
    "|",
    "^",
    "&^",
    "<<",
    ">>",
    "&&",
    "||",
    "!",
    "==",
    "!=",
    "<",
    ">",
    "<=",
    ">=",
    "++",
    "--",
    "~",
    "@",
    "#",
    "$",
    "\\",
    "\u{feff}",
    "\0",
    "é",
    "世",
    "·",
    "\u{a0}",
    " ",
    "\t",
    "sync.WaitGroup",
    "time.Sleep",
    "L:",
];

fn token_soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|v| {
        let mut s = String::new();
        for (i, p) in v.iter().enumerate() {
            if i % 3 == 0 {
                s.push(' ');
            }
            s.push_str(p);
        }
        s
    })
}

/// A corpus program with a few random edits: delete, duplicate or insert
/// a piece, or truncate.
fn mutated(corpus: Vec<String>) -> impl Strategy<Value = String> {
    let edit = (0u8..4, any::<prop::sample::Index>(), any::<prop::sample::Index>(), prop::sample::select(PIECES));
    (prop::sample::select(corpus), prop::collection::vec(edit, 1..6)).prop_map(|(src, edits)| {
        let mut b: Vec<u8> = src.into_bytes();
        for (op, i, j, piece) in edits {
            if b.is_empty() {
                b.extend_from_slice(piece.as_bytes());
                continue;
            }
            let at = i.index(b.len());
            let len = 1 + j.index(12.min(b.len() - at).max(1));
            let end = (at + len).min(b.len());
            match op {
                0 => {
                    b.drain(at..end);
                }
                1 => {
                    let chunk: Vec<u8> = b[at..end].to_vec();
                    b.splice(at..at, chunk);
                }
                2 => {
                    b.splice(at..at, piece.bytes());
                }
                _ => b.truncate(at),
            }
        }
        // Edits may split a UTF-8 sequence; the front end takes &str.
        String::from_utf8_lossy(&b).into_owned()
    })
}

fn report(name: &str, n: u32, start: Instant) {
    println!("fuzz {}: {} inputs in {:.2?}, 0 panics", name, n, start.elapsed());
}

#[test]
fn fuzz_random_bytes() {
    let n = cases(3000);
    let start = Instant::now();
    let strat = prop::collection::vec(any::<u8>(), 0..300).prop_map(|b| String::from_utf8_lossy(&b).into_owned());
    runner(n, 1).run(&strat, |s| run_one(&s)).unwrap();
    report("random bytes", n, start);
}

#[test]
fn fuzz_random_chars() {
    let n = cases(3000);
    let start = Instant::now();
    runner(n, 2).run(&".{0,200}", |s| run_one(&s)).unwrap();
    report("random chars", n, start);
}

#[test]
fn fuzz_token_soup() {
    let n = cases(3000);
    let start = Instant::now();
    runner(n, 3).run(&token_soup(), |s| run_one(&s)).unwrap();
    report("token soup", n, start);
}

#[test]
fn fuzz_token_soup_in_main() {
    let n = cases(3000);
    let start = Instant::now();
    let strat = token_soup().prop_map(|s| format!("package main\n\nimport \"fmt\"\n\nfunc main() {{\n{}\n}}\n", s));
    runner(n, 4).run(&strat, |s| run_one(&s)).unwrap();
    report("token soup in main", n, start);
}

#[test]
fn fuzz_mutated_corpus() {
    let n = cases(1500);
    let corpus = corpus();
    assert!(!corpus.is_empty());
    let start = Instant::now();
    runner(n, 5).run(&mutated(corpus), |s| run_one(&s)).unwrap();
    report("mutated corpus", n, start);
}

#[test]
fn deep_nesting_does_not_overflow() {
    for piece in ["(", "[", "{", "func(){", "*", "<-", "-", "!", "if x {", "[]", "chan "] {
        let src = format!("package main\nfunc main() {{ x := {} }}", piece.repeat(5000));
        run_one(&src).unwrap();
    }
}

/// Inputs the fuzzer once found hanging or panicking, kept as regressions.
#[test]
fn found_inputs_terminate() {
    for src in [
        // A statement keyword where a select/switch clause should start: the
        // parser's recovery stopped at `go` without consuming anything.
        "package m\nfunc{select go",
        "package main\nfunc main() { switch { go } }",
        "package main\nfunc main() { select { defer } }",
    ] {
        run_one(src).unwrap();
    }
}
