//! The non-concurrency library against real Go: every program in
//! tests/stdlib/ runs on the machine and must print what Go 1.19 printed.
//! NAME.expected holds `exit N` on its first line, then the stdout of
//! `go run NAME.go` verbatim.
#![cfg(not(target_arch = "wasm32"))]

use chanscope::sim::{Config, EventKind, Machine, Policy, Stream};
use std::fs;
use std::path::Path;
use std::rc::Rc;

/// Runs a program; returns its exit status and stdout, or the compile errors.
fn run(source: &str, config: Config) -> Result<(i32, String), String> {
    let program = chanscope::lang::compile(source).map_err(|d| {
        let messages: Vec<String> = d.iter().map(|d| d.message.clone()).collect();
        format!("compile errors: {}", messages.join("; "))
    })?;
    let mut m = Machine::new(Rc::new(program), config);
    let mut out = String::new();
    while m.step(None).is_some() {
        for e in m.events.drain(..) {
            if let EventKind::Output { stream: Stream::Stdout, text } = e.kind {
                out.push_str(&text);
            }
        }
    }
    let outcome = m.outcome.as_ref().expect("the run ends");
    Ok((outcome.exit_code() & 0xff, out))
}

#[test]
fn library_programs_print_what_go_printed() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/stdlib");
    let mut names: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".go"))
        .collect();
    names.sort();
    let mut failures = Vec::new();
    for name in &names {
        let source = fs::read_to_string(dir.join(name)).unwrap();
        let expected = fs::read_to_string(dir.join(name.replace(".go", ".expected"))).unwrap();
        let (head, want_out) = expected.split_once('\n').unwrap_or((&expected, ""));
        let want_exit: i32 = head.trim_start_matches("exit ").trim().parse().expect("exit status");
        // Outputs must not depend on the scheduler or the seed either.
        let configs = [
            Config::default(),
            Config { seed: 1, policy: Policy::Random, ..Config::default() },
            Config { seed: 2, policy: Policy::Random, ..Config::default() },
        ];
        for config in configs {
            match run(&source, config) {
                Ok((exit, out)) if exit == want_exit && out == want_out => {}
                Ok((exit, out)) => failures.push(format!(
                    "{name} (seed {}): want exit {want_exit} stdout\n{want_out}\ngot exit {exit} stdout\n{out}",
                    config.seed
                )),
                Err(e) => failures.push(format!("{name}: {e}")),
            }
        }
    }
    println!("{} library programs", names.len());
    assert!(names.len() >= 8, "only {} programs in tests/stdlib", names.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
