//! The native command line over the engine: `chanscope run FILE.go`.
//!
//! It prints the program's stdout and stderr as the compiled Go program would
//! and exits with Go's status; compile errors print Go's `FILE:LINE:COL:
//! message` lines and exit 1.

use chanscope::sim::{Config, EventKind, Machine, Policy, Stream};
use std::io::Write;
use std::process::ExitCode;
use std::rc::Rc;

const HELP: &str = "chanscope: run Go programs on a deterministic simulated scheduler

Usage:
  chanscope run FILE.go [flags]    run a program and print its output as Go would
  chanscope listing FILE.go        print the compiled instructions (for debugging)
  chanscope help [COMMAND]         show help

Run `chanscope help run` for the flags of run.
";

const RUN_HELP: &str = "Usage: chanscope run FILE.go [flags]

Runs FILE.go and prints its stdout and stderr exactly as the compiled Go
program would, exiting with Go's status (2 for a panic or a deadlock, 1 for
compile errors, 3 when a Chanscope limit stopped the run).

Flags:
  --seed N          seed of the run's random choices (default 1)
  --policy P        scheduling policy: fifo, random or manual (default fifo)
  --max-steps N     stop after N steps (default 10000000)
  --max-goroutines N  stop when N goroutines were started (default 1000000)
  --race            detect data races as `go run -race` does: print each
                    race when found, `Found N data race(s)` at the end, and
                    exit with status 66 if any were found
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        None | Some("-h" | "--help" | "help") => {
            if args.get(1).map(String::as_str) == Some("run") {
                print!("{RUN_HELP}");
            } else {
                print!("{HELP}");
            }
            ExitCode::SUCCESS
        }
        Some("run") => run(&args[1..]),
        Some("listing") => listing(&args[1..]),
        Some(other) => {
            eprintln!("chanscope: unknown command {other:?}\n\n{HELP}");
            ExitCode::from(2)
        }
    }
}

/// Steps run between two looks at the machine's output.
const BATCH: u64 = 4096;

fn run(args: &[String]) -> ExitCode {
    let mut config = Config::default();
    let mut file: Option<&str> = None;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value =
            |name: &str| -> Result<&String, String> { it.next().ok_or_else(|| format!("flag {name} needs a value")) };
        let result: Result<(), String> = match arg.as_str() {
            "-h" | "--help" => {
                print!("{RUN_HELP}");
                return ExitCode::SUCCESS;
            }
            "--race" => {
                config.race = true;
                Ok(())
            }
            "--seed" => value("--seed").and_then(|v| parse(v, "--seed").map(|n| config.seed = n)),
            "--max-steps" => {
                value("--max-steps").and_then(|v| parse(v, "--max-steps").map(|n| config.limits.max_steps = n))
            }
            "--max-goroutines" => value("--max-goroutines")
                .and_then(|v| parse(v, "--max-goroutines").map(|n| config.limits.max_goroutines = n as usize)),
            "--policy" => value("--policy").and_then(|v| {
                Policy::parse(v)
                    .map(|p| config.policy = p)
                    .ok_or_else(|| format!("unknown policy {v:?} (fifo, random, manual)"))
            }),
            flag if flag.starts_with('-') => Err(format!("unknown flag {flag}")),
            path if file.is_none() => {
                file = Some(path);
                Ok(())
            }
            extra => Err(format!("unexpected argument {extra:?}")),
        };
        if let Err(message) = result {
            eprintln!("chanscope run: {message}\n\n{RUN_HELP}");
            return ExitCode::from(2);
        }
    }
    let Some(path) = file else {
        eprintln!("chanscope run: no Go file given\n\n{RUN_HELP}");
        return ExitCode::from(2);
    };
    let source = match std::fs::read(path) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) => {
            eprintln!("chanscope run: cannot read {path}: {e}");
            return ExitCode::from(1);
        }
    };
    let program = match chanscope::lang::compile_named(&source, path) {
        Ok(p) => Rc::new(p),
        Err(diags) => {
            let lines = chanscope::source::LineIndex::new(&source);
            eprintln!("# command-line-arguments");
            for d in diags.iter().take(10) {
                eprintln!("{}", d.render(path, &lines));
            }
            if diags.len() > 10 {
                eprintln!("{path}: too many errors");
            }
            return ExitCode::from(1);
        }
    };
    // The command line needs no history, so it drives the machine directly.
    let mut machine = Machine::new(program, config);
    if config.race {
        machine.number_goroutines_like_go_race();
    }
    let mut stdout = std::io::stdout().lock();
    let mut stderr = std::io::stderr().lock();
    loop {
        let going = machine.run_batch(BATCH) > 0;
        for e in machine.events.drain(..) {
            if let EventKind::Output { stream, text } = e.kind {
                let _ = match stream {
                    Stream::Stdout => stdout.write_all(text.as_bytes()),
                    Stream::Stderr => stderr.write_all(text.as_bytes()),
                };
            }
        }
        if !going || machine.is_finished() {
            break;
        }
    }
    let _ = stdout.flush();
    if let Some(o) = &machine.outcome {
        let _ = stderr.write_all(o.stderr().as_bytes());
    }
    let code = machine.outcome.as_ref().map(|o| o.exit_code()).unwrap_or(0);
    ExitCode::from((code & 0xff) as u8)
}

/// Prints the instruction listing of a program, or its compile errors.
fn listing(args: &[String]) -> ExitCode {
    let Some(path) = args.first() else {
        eprintln!("chanscope listing: no Go file given");
        return ExitCode::from(2);
    };
    let source = match std::fs::read(path) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) => {
            eprintln!("chanscope listing: cannot read {path}: {e}");
            return ExitCode::from(1);
        }
    };
    match chanscope::lang::compile_named(&source, path) {
        Ok(p) => {
            print!("{}", chanscope::ir::listing(&p));
            ExitCode::SUCCESS
        }
        Err(diags) => {
            let lines = chanscope::source::LineIndex::new(&source);
            for d in &diags {
                eprintln!("{}", d.render(path, &lines));
            }
            ExitCode::from(1)
        }
    }
}

fn parse(v: &str, name: &str) -> Result<u64, String> {
    v.parse::<u64>().map_err(|_| format!("flag {name} needs a whole number, got {v:?}"))
}
