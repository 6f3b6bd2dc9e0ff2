//! Runtime conformance: every program in tests/conformance/ runs on the
//! machine and must give real Go's exit status, stdout, and the first line of
//! stderr, as recorded in NAME.expected by scripts/conformance-expect.sh
//! (Go 1.19, GOMAXPROCS=1). Programs the engine cannot run yet are listed in
//! PENDING.txt: the test fails if one of them starts passing, so the list
//! only shrinks.
#![cfg(not(target_arch = "wasm32"))]

use chanscope::sim::{Config, Machine, Policy};
use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::rc::Rc;

struct Expected {
    exit: i32,
    stdout: String,
    stderr_first: String,
}

fn parse_expected(text: &str) -> Expected {
    let (head, rest) = text.split_once("\n-- stdout --\n").expect("stdout marker");
    let (stdout, err) = rest.split_once("-- stderr first line --\n").expect("stderr marker");
    Expected {
        exit: head.trim_start_matches("exit ").trim().parse().expect("exit status"),
        stdout: stdout.to_string(),
        stderr_first: err.lines().next().unwrap_or("").to_string(),
    }
}

/// Runs a program; returns (exit, stdout, stderr) or the compile errors.
fn run(source: &str, config: Config) -> Result<(i32, String, String), String> {
    let program = chanscope::lang::compile(source).map_err(|d| format!("compile error: {}", d[0].message))?;
    let mut m = Machine::new(Rc::new(program), config);
    let (exit, out, err) = m.run_to_end();
    Ok((exit & 0xff, out, err))
}

fn check(source: &str, want: &Expected, config: Config) -> Result<(), String> {
    let (exit, out, err) = run(source, config)?;
    let first = err.lines().next().unwrap_or("").to_string();
    if exit != want.exit || out != want.stdout || first != want.stderr_first {
        return Err(format!(
            "want exit {} stdout {:?} stderr {:?}\n got exit {} stdout {:?} stderr {:?}",
            want.exit, want.stdout, want.stderr_first, exit, out, first
        ));
    }
    Ok(())
}

#[test]
fn programs_behave_as_real_go() {
    check_dir("tests/conformance", 50, true);
}

#[test]
fn gallery_examples_behave_as_real_go() {
    check_dir("examples", 10, true);
}

/// The challenges' default run (the page loads them under `manual`, whose
/// automatic choices are `fifo`'s) prints what Go 1.19 on one processor
/// prints. Their output depends on the schedule by design, so only `fifo`
/// is held to it.
#[test]
fn challenges_behave_as_real_go() {
    check_dir("challenges", 4, false);
}

/// Programs that Go on one processor runs to the `.expected` end but Go on
/// several may stop: goroutines write one map with nothing ordering them
/// (`fatal error: concurrent map writes`), or add to a wait group while its
/// waiter is being released (`WaitGroup misuse`, or `reused` when the waiter
/// got out first). The `random` policy stands for several processors
/// (src/sim/map_write.rs, src/sim/waitgroup.rs), so under `random` each
/// must end either as `.expected` says or with one of the listed panics,
/// with nothing printed; `fifo` must match Go exactly.
const PARALLEL_FAILURES: &[(&str, &[&str])] = &[
    ("map_writes_parallel.go", &["fatal error: concurrent map writes"]),
    ("s08-map-race.go", &["fatal error: concurrent map writes"]),
    (
        "wg_add_during_wait.go",
        &[
            "panic: sync: WaitGroup misuse: Add called concurrently with Wait",
            "panic: sync: WaitGroup is reused before previous Wait has returned",
        ],
    ),
];

/// The outcome of a run that a check only several processors trip stopped.
fn parallel_failure(first_line: &str) -> Expected {
    Expected { exit: 2, stdout: String::new(), stderr_first: first_line.to_string() }
}

/// Runs every `.go` file of a folder against its `.expected` file, under
/// `fifo` and, when `random_too` holds, under five seeds of `random`.
fn check_dir(folder: &str, at_least: usize, random_too: bool) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let pending: BTreeSet<String> = fs::read_to_string(dir.join("PENDING.txt"))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|l| !l.starts_with('#'))
        .map(str::to_string)
        .collect();
    let mut names: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".go"))
        .collect();
    names.sort();
    let (mut passed, mut still_pending, mut failures) = (0, 0, Vec::new());
    for name in &names {
        let source = fs::read_to_string(dir.join(name)).unwrap();
        let expected = fs::read_to_string(dir.join(name.replace(".go", ".expected")))
            .unwrap_or_else(|_| panic!("{name}: no .expected file; run scripts/conformance-expect.sh"));
        let want = parse_expected(&expected);
        // The fifo policy must match Go; outputs of these programs do not
        // depend on scheduling, so every seed of `random` must match too.
        let mut result = check(&source, &want, Config::default());
        let seeds = if !random_too || source.contains("// chanscope: fifo-only") { 0..0 } else { 0..5 };
        for seed in seeds {
            if result.is_ok() {
                let config = Config { seed, policy: Policy::Random, ..Config::default() };
                result = check(&source, &want, config).map_err(|e| format!("random seed {seed}: {e}"));
                let alternatives = PARALLEL_FAILURES.iter().find(|(n, _)| *n == name.as_str());
                if let (Err(e), Some((_, lines))) = (&result, alternatives) {
                    if lines.iter().any(|l| check(&source, &parallel_failure(l), config).is_ok()) {
                        result = Ok(());
                    } else {
                        result = Err(format!("{e} (nor one of the panics several processors allow)"));
                    }
                }
            }
        }
        match (result, pending.contains(name)) {
            (Ok(()), false) => passed += 1,
            (Ok(()), true) => failures.push(format!("{name}: passes now; remove it from PENDING.txt")),
            (Err(_), true) => still_pending += 1,
            (Err(e), false) => failures.push(format!("{name}: {e}")),
        }
    }
    println!("{folder}: {passed} passed, {still_pending} pending, {} failing", failures.len());
    assert!(names.len() >= at_least, "{folder} has only {} programs", names.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The front-end corpus's valid programs that compile must also run as Go
/// ran them (exit status and stdout, from NAME.out). Programs that compile
/// but do not run right yet are listed in tests/go_corpus/RUN_PENDING.txt,
/// with the same ratchet as PENDING.txt.
#[test]
fn corpus_programs_run_as_real_go() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/go_corpus/valid");
    let pending: BTreeSet<String> = fs::read_to_string(dir.join("../RUN_PENDING.txt"))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|l| !l.starts_with('#'))
        .map(str::to_string)
        .collect();
    let mut names: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".go"))
        .collect();
    names.sort();
    let (mut ran, mut failures) = (0, Vec::new());
    for name in &names {
        let source = fs::read_to_string(dir.join(name)).unwrap();
        if chanscope::lang::compile(&source).is_err() {
            continue;
        }
        let out = fs::read_to_string(dir.join(name.replace(".go", ".out"))).unwrap();
        let (head, stdout) = out.split_once('\n').unwrap_or((&out, ""));
        let want_exit: i32 = head.trim_start_matches("exit ").trim().parse().unwrap_or(-1);
        let result = run(&source, Config::default()).map(|(exit, got, _)| (exit, got));
        let ok = matches!(&result, Ok((exit, got)) if *exit == want_exit && got == stdout);
        match (ok, pending.contains(name)) {
            (true, false) => ran += 1,
            (true, true) => failures.push(format!("{name}: runs right now; remove it from RUN_PENDING.txt")),
            (false, true) => {}
            (false, false) => failures.push(format!("{name}: want exit {want_exit} {stdout:?}, got {result:?}")),
        }
    }
    println!("corpus programs run as Go: {ran}, pending {}", pending.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
