//! A readable text listing of a compiled program, for snapshot tests and debugging.

use super::{Instr, Program};
use std::fmt::Write;

/// Renders every function as `name (params/locals/captures)` followed by one
/// line per instruction: pc, source line, a `*` where a statement starts, and
/// the instruction.
pub fn listing(program: &Program) -> String {
    let mut out = String::new();
    for (id, f) in program.funcs.iter().enumerate() {
        let _ =
            writeln!(out, "func {} {} (params {}, locals {}, captures {})", id, f.name, f.params, f.locals, f.captures);
        for (pc, instr) in f.code.iter().enumerate() {
            let line = program.line_of(id as u32, pc);
            let mark = if f.stmt_start.get(pc).copied().unwrap_or(false) { '*' } else { ' ' };
            let _ = writeln!(out, "  {pc:>4} L{line:<3}{mark} {}", show(instr));
        }
    }
    out
}

fn show(instr: &Instr) -> String {
    match instr {
        Instr::PushStr(s) => format!("PushStr {s:?}"),
        Instr::MakeChan { zero, name: Some(name) } => format!("MakeChan {zero:?} {name:?}"),
        Instr::MakeChan { zero, name: None } => format!("MakeChan {zero:?}"),
        Instr::MakeClosure { func, captures } => format!("MakeClosure f{func} {captures:?}"),
        other => format!("{other:?}"),
    }
}
