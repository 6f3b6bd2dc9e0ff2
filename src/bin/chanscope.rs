//! The native command line over the engine: `chanscope run FILE.go`.
//!
//! It prints the program's stdout and stderr as the compiled Go program would
//! and exits with Go's status; compile errors print Go's `FILE:LINE:COL:
//! message` lines and exit 1. `chanscope explore FILE.go` searches
//! schedules for a run that goes wrong.

use chanscope::sim::explore::{Explorer, FailureKind};
use chanscope::sim::{choice, Config, EventKind, Machine, Policy, Recording, Stream};
use std::io::Write;
use std::process::ExitCode;
use std::rc::Rc;

const HELP: &str = "chanscope: run Go programs on a deterministic simulated scheduler

Usage:
  chanscope run FILE.go [flags]    run a program and print its output as Go would
  chanscope explore FILE.go [flags]  search schedules for a run that goes wrong
  chanscope listing FILE.go        print the compiled instructions (for debugging)
  chanscope help [COMMAND]         show help

Run `chanscope help run` or `chanscope help explore` for their flags.
";

const RUN_HELP: &str = "Usage: chanscope run FILE.go [flags]

Runs FILE.go and prints its stdout and stderr exactly as the compiled Go
program would, exiting with Go's status (2 for a panic or a deadlock, 1 for
compile errors, 3 when a Chanscope limit stopped the run).

Flags:
  --seed N          seed of the run's random choices (default 1)
  --policy P        scheduling policy (default fifo):
                      fifo    Go's run queue: runnext, then first come first served
                      random  a uniformly random runnable goroutine at every step
                      pct     probabilistic concurrency testing: seeded priorities
                              with depth-1 priority change points (see --pct-depth)
                      manual  as fifo on the command line (the page lets you pick)
                      replay  follow --replay, then fifo
  --replay CHOICES  the choices of each step, as `chanscope explore` prints them:
                    comma-separated G[.C][*N] (goroutine index, select case,
                    repeat count), e.g. 0*12,1,0.1,1*3; implies --policy replay
  --pct-depth D     pct's bug depth d (default 3): d-1 priority change points,
                    spread over the length of the program's fifo run
  --max-steps N     stop after N steps (default 10000000)
  --max-goroutines N  stop when N goroutines were started (default 1000000)
  --trace OUT.json  also record every step of this very run (--replay and
                    --pct-depth included) and write the event trace to
                    OUT.json (format: docs/trace-format.md, version 1)
  --race            detect data races as `go run -race` does: print each
                    race when found, `Found N data race(s)` at the end, and
                    exit with status 66 if any were found
";

const EXPLORE_HELP: &str = "Usage: chanscope explore FILE.go [flags]

Searches schedules of FILE.go for a run that deadlocks, panics, is stopped by
a limit, or prints a different stdout (or exits differently) than the fifo
run. It tries random runs, pct runs (depths 2 to 4) and, for programs whose
fifo run is short, a depth-first search over schedules with an increasing
number of preemptions, and every ready select case. It prints how many
schedules it tried and the shortest failing run: its outcome, its output and
the --replay choices that reproduce it. The same seed explores the same way.
Exits 0 when no failing run was found, 1 when one was.

Flags:
  --runs N          schedules to try (default 1000)
  --seed N          seed of the search and of the programs' random choices (default 1)
  --max-steps N     stop any run after N steps (default 10000000; runs far
                    longer than the fifo run stop sooner and count as failing)
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        None | Some("-h" | "--help" | "help") => {
            if args.get(1).map(String::as_str) == Some("run") {
                print!("{RUN_HELP}");
            } else if args.get(1).map(String::as_str) == Some("explore") {
                print!("{EXPLORE_HELP}");
            } else {
                print!("{HELP}");
            }
            ExitCode::SUCCESS
        }
        Some("run") => run(&args[1..]),
        Some("explore") => explore(&args[1..]),
        Some("listing") => listing(&args[1..]),
        Some(other) => {
            eprintln!("chanscope: unknown command {other:?}\n\n{HELP}");
            ExitCode::from(2)
        }
    }
}

/// Steps run between two looks at the machine's output.
const BATCH: u64 = 4096;

/// The most steps of the fifo run that measures a program's length for pct.
const PCT_ESTIMATE_CAP: u64 = 10_000_000;

fn run(args: &[String]) -> ExitCode {
    let mut config = Config::default();
    let mut file: Option<&str> = None;
    let mut trace: Option<&str> = None;
    let mut policy_given = false;
    let mut script = None;
    let mut pct_depth = None;
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
            "--trace" => value("--trace").map(|v| trace = Some(v.as_str())),
            "--policy" => value("--policy").and_then(|v| {
                policy_given = true;
                Policy::parse(v)
                    .map(|p| config.policy = p)
                    .ok_or_else(|| format!("unknown policy {v:?} (fifo, random, pct, manual, replay)"))
            }),
            "--replay" => value("--replay")
                .and_then(|v| choice::decode(v).map_err(|e| format!("--replay: {e}")).map(|c| script = Some(c))),
            "--pct-depth" => value("--pct-depth").and_then(|v| parse(v, "--pct-depth").map(|n| pct_depth = Some(n))),
            other => positional(other, &mut file),
        };
        if let Err(message) = result {
            return usage_error("run", &message, RUN_HELP);
        }
    }
    let Some(path) = file else {
        return usage_error("run", "no Go file given", RUN_HELP);
    };
    if script.is_some() && !policy_given {
        config.policy = Policy::Replay;
    }
    if script.is_some() && config.policy != Policy::Replay {
        eprintln!("chanscope run: --replay needs --policy replay");
        return ExitCode::from(2);
    }
    let program = match load("run", path) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let machine = machine_for(program, config, pct_depth, script);
    if let Some(out) = trace {
        return run_traced(machine, out);
    }
    run_machine(machine)
}

/// The machine `run` executes, with or without `--trace`: the policy and
/// seed, PCT's depth, the `--replay` script, and Go's `-race` goroutine
/// numbers.
fn machine_for(
    program: Rc<chanscope::ir::Program>,
    config: Config,
    pct_depth: Option<u64>,
    script: Option<Vec<chanscope::sim::Choice>>,
) -> Machine {
    let mut machine = if config.policy == Policy::Pct {
        // PCT spreads its change points over the length of the fifo run.
        let depth = pct_depth.map_or(chanscope::sim::sched::PCT_DEFAULT_DEPTH, |d| d.clamp(1, 1000) as u32);
        chanscope::sim::explore::pct_machine(program, config, depth, PCT_ESTIMATE_CAP)
    } else {
        Machine::new(program, config)
    };
    if let Some(s) = script {
        machine.sched.set_script(Rc::from(s));
    }
    if config.race {
        machine.number_goroutines_like_go_race();
    }
    machine
}

/// Runs without a trace: the command line needs no history, so it drives
/// the machine directly.
fn run_machine(mut machine: Machine) -> ExitCode {
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

/// `run --trace OUT.json`: records the run, prints its output as `run` does,
/// and writes the trace. The file is created before the run starts, so an
/// unwritable path fails at once (exit status 1) without running anything.
fn run_traced(machine: Machine, out: &str) -> ExitCode {
    let file = match std::fs::File::create(out) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("chanscope run: cannot write the trace to {out}: {e}");
            return ExitCode::from(1);
        }
    };
    let mut rec = Recording::from_machine(machine);
    while rec.advance(None) {}
    let mut stdout = std::io::stdout().lock();
    let mut stderr = std::io::stderr().lock();
    for chunk in rec.output_until(rec.len()) {
        let _ = match chunk.stream {
            Stream::Stdout => stdout.write_all(chunk.text.as_bytes()),
            Stream::Stderr => stderr.write_all(chunk.text.as_bytes()),
        };
    }
    let _ = stdout.flush();
    let mut w = IoText { out: std::io::BufWriter::new(file), error: None };
    let written = chanscope::sim::trace_json::write_trace(&rec, &mut w);
    let flushed = w.out.flush();
    if let Some(e) = w.error.or(flushed.err()).or(written.err().map(|_| std::io::Error::other("format error"))) {
        let _ = writeln!(stderr, "chanscope run: cannot write the trace to {out}: {e}");
        return ExitCode::from(1);
    }
    let code = rec.outcome().map(|o| o.exit_code()).unwrap_or(0);
    ExitCode::from((code & 0xff) as u8)
}

/// Text formatting into a byte stream, keeping the first I/O error.
struct IoText<W: Write> {
    out: W,
    error: Option<std::io::Error>,
}

impl<W: Write> std::fmt::Write for IoText<W> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        if let Err(e) = self.out.write_all(s.as_bytes()) {
            self.error.get_or_insert(e);
            return Err(std::fmt::Error);
        }
        Ok(())
    }
}

/// A command's argument that is not a flag's value: the Go file (once), or
/// an error for a flag it does not know or a second file.
fn positional<'a>(arg: &'a str, file: &mut Option<&'a str>) -> Result<(), String> {
    if arg.starts_with('-') {
        Err(format!("unknown flag {arg}"))
    } else if file.is_none() {
        *file = Some(arg);
        Ok(())
    } else {
        Err(format!("unexpected argument {arg:?}"))
    }
}

/// A bad command line: the message, the command's help, exit status 2.
fn usage_error(cmd: &str, message: &str, help: &str) -> ExitCode {
    eprintln!("chanscope {cmd}: {message}\n\n{help}");
    ExitCode::from(2)
}

/// Reads and compiles a Go file; on failure prints what Go would and gives
/// the exit status.
fn load(cmd: &str, path: &str) -> Result<Rc<chanscope::ir::Program>, ExitCode> {
    let source = match std::fs::read(path) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) => {
            eprintln!("chanscope {cmd}: cannot read {path}: {e}");
            return Err(ExitCode::from(1));
        }
    };
    match chanscope::lang::compile_named(&source, path) {
        Ok(p) => Ok(Rc::new(p)),
        Err(diags) => {
            let lines = chanscope::source::LineIndex::new(&source);
            eprintln!("# command-line-arguments");
            for d in diags.iter().take(10) {
                eprintln!("{}", d.render(path, &lines));
            }
            if diags.len() > 10 {
                eprintln!("{path}: too many errors");
            }
            Err(ExitCode::from(1))
        }
    }
}

/// `chanscope explore FILE.go`: searches schedules and reports the shortest
/// failing run.
fn explore(args: &[String]) -> ExitCode {
    let mut config = Config::default();
    let mut runs: u64 = 1000;
    let mut file: Option<&str> = None;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value =
            |name: &str| -> Result<&String, String> { it.next().ok_or_else(|| format!("flag {name} needs a value")) };
        let result: Result<(), String> = match arg.as_str() {
            "-h" | "--help" => {
                print!("{EXPLORE_HELP}");
                return ExitCode::SUCCESS;
            }
            "--seed" => value("--seed").and_then(|v| parse(v, "--seed").map(|n| config.seed = n)),
            "--runs" => value("--runs").and_then(|v| parse(v, "--runs").map(|n| runs = n.max(1))),
            "--max-steps" => {
                value("--max-steps").and_then(|v| parse(v, "--max-steps").map(|n| config.limits.max_steps = n))
            }
            other => positional(other, &mut file),
        };
        if let Err(message) = result {
            return usage_error("explore", &message, EXPLORE_HELP);
        }
    }
    let Some(path) = file else {
        return usage_error("explore", "no Go file given", EXPLORE_HELP);
    };
    let program = match load("explore", path) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let mut ex = Explorer::new(program, config.seed, runs.min(usize::MAX as u64) as usize, config.limits);
    ex.run_all();
    let mut out = String::new();
    let found = ex.failures.len();
    out.push_str(&format!(
        "tried {} schedules (fifo, random, pct, search); {} failing run{} found\n",
        ex.tried,
        found,
        if found == 1 { "" } else { "s" }
    ));
    if let Some(b) = ex.baseline() {
        out.push_str(&format!("fifo run: {}, {} steps\n", b.outcome.label(), b.steps()));
    }
    for (i, f) in ex.failures.iter().enumerate() {
        let label = if i == 0 { "shortest failing run" } else { "failing run" };
        out.push_str(&format!(
            "\n{label}: {}, {} steps, found by {} (schedule {})\n  {}\n",
            match f.kind {
                FailureKind::Deadlock | FailureKind::Panic | FailureKind::Limit => f.run.outcome.label(),
                _ => format!("{} ({})", f.kind.as_str(), f.run.outcome.label()),
            },
            f.run.steps(),
            f.run.strategy.describe(),
            f.found_at,
            f.reason
        ));
        let limit = match f.kind {
            FailureKind::Limit => format!(" --max-steps {}", f.run.max_steps),
            _ => String::new(),
        };
        out.push_str(&format!(
            "  replay: chanscope run {path} --seed {}{limit} --replay {}\n",
            f.run.seed,
            f.run.choices_text()
        ));
        if i == 0 {
            out.push_str("--- stdout ---\n");
            out.push_str(&f.run.stdout);
            if !f.run.stdout.is_empty() && !f.run.stdout.ends_with('\n') {
                out.push('\n');
            }
            out.push_str("--- stderr ---\n");
            out.push_str(f.run.outcome.stderr());
        }
    }
    print!("{out}");
    if found > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
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
