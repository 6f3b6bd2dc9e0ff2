//! Go's traceback text: the `goroutine N [reason]:` blocks that panics and
//! deadlocks print, with one function line and one `\tfile:line` line per frame.

use super::goroutine::{GIdx, GState};
use super::machine::Machine;
use std::fmt::Write;

/// One goroutine's block, ending in a newline: its frames innermost first,
/// then `created by` for goroutines other than main.
pub fn goroutine_block(m: &Machine, g: GIdx, status: &str) -> String {
    let program = &m.program;
    let gr = &m.goroutines[g as usize];
    let mut out = format!("goroutine {} [{}]:\n", gr.goid, status);
    for frame in gr.frames.iter().rev() {
        let f = &program.funcs[frame.func as usize];
        let args = if f.params > 0 { "..." } else { "" };
        let line = program.line_of(frame.func, frame.pc.saturating_sub(1) as usize);
        let _ = writeln!(out, "{}({})\n\t{}:{}", f.name, args, program.file_name, line);
    }
    if let Some((_, func, pc)) = gr.created_by {
        let name = &program.funcs[func as usize].name;
        let line = program.line_of(func, pc as usize);
        let _ = writeln!(out, "created by {}\n\t{}:{}", name, program.file_name, line);
    }
    out
}

/// Go's report of a fatal error (`runtime.fatal`, which `sync` and the map
/// checks use): the message, a blank line, the failing goroutine's block as
/// `running`, then every other goroutine still alive in creation order, as
/// a fatal error always shows all of them.
pub fn fatal_report(m: &Machine, g: GIdx, message: &str) -> String {
    let mut out = format!("fatal error: {message}\n\n");
    out.push_str(&goroutine_block(m, g, "running"));
    for (i, gr) in m.goroutines.iter().enumerate() {
        if i as GIdx == g || matches!(gr.state, GState::Done | GState::Panicked) {
            continue;
        }
        let status = gr.wait.map(|w| w.go_name()).unwrap_or("runnable");
        out.push('\n');
        out.push_str(&goroutine_block(m, i as GIdx, status));
    }
    out
}

/// Go's report when every goroutine is blocked: the fatal error line, a blank
/// line, and the block of every goroutine still alive, main first.
pub fn deadlock_report(m: &Machine) -> String {
    let mut out = String::from("fatal error: all goroutines are asleep - deadlock!\n");
    for (i, gr) in m.goroutines.iter().enumerate() {
        if gr.state == GState::Done {
            continue;
        }
        let status = gr.wait.map(|w| w.go_name()).unwrap_or("runnable");
        out.push('\n');
        out.push_str(&goroutine_block(m, i as GIdx, status));
    }
    out
}
