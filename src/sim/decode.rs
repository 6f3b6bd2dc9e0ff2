//! Superinstructions: a pass at program load that finds common runs of
//! simple instructions (load a local, push a constant, an integer operator,
//! a store, a branch) and gives the machine one fused operation for each.
//!
//! The fused operation lives beside the code, at the pc of the run's first
//! instruction; the code itself is unchanged. Every other pc keeps its own
//! entry, so a jump into the middle of a run simply executes from there. A
//! run never crosses the start of a statement (only its first instruction
//! may begin one), so step boundaries, and with them the recording, are
//! exactly those of executing the instructions one at a time. A fused
//! operation whose operands turn out not to be integers, or whose operator
//! would panic, is not taken: the machine runs the first instruction alone.

use crate::ir::{BinOp, Function, Instr, Program};

/// What the machine runs at one pc: the instruction itself or a fused run.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    /// The instruction at this pc, on its own.
    Plain,
    /// `Load(a) PushInt(k) Binary(op) JumpIfFalse(target)`: a loop condition.
    BranchLocalConst { a: u16, op: BinOp, k: i64, target: u32 },
    /// `Load(a) Load(b) Binary(op) JumpIfFalse(target)`.
    BranchLocals { a: u16, b: u16, op: BinOp, target: u32 },
    /// `Load(a) PushInt(k) Binary(op) Store(dst)`, then `Jump(target)` when
    /// `jump` is set: `i++`, `i += 2`, `x = y * 3`.
    StoreLocalConst { a: u16, op: BinOp, k: i64, dst: u16, jump: Option<u32> },
    /// `Load(a) Load(b) Binary(op) Store(dst)`: `x += y`.
    StoreLocals { a: u16, b: u16, op: BinOp, dst: u16 },
    /// `Load(a) Load(b) PushInt(k) Binary(inner) Binary(outer) Store(a)`:
    /// `a = a outer (b inner k)`, as in `sum += i & 7`.
    AccumLocalConst { a: u16, b: u16, inner: BinOp, k: i64, outer: BinOp },
    /// `Load(a) PushInt(k) Binary(op)`: pushes `a op k`.
    LocalConst { a: u16, op: BinOp, k: i64 },
    /// `Load(a) Load(b) Binary(op)`: pushes `a op b`.
    Locals { a: u16, b: u16, op: BinOp },
    /// `Binary(op) Store(dst)`.
    BinaryStore { op: BinOp, dst: u16 },
}

impl Op {
    /// How many instructions the operation stands for.
    pub fn len(self) -> u32 {
        match self {
            Op::Plain => 1,
            Op::BinaryStore { .. } => 2,
            Op::LocalConst { .. } | Op::Locals { .. } => 3,
            Op::BranchLocalConst { .. } | Op::BranchLocals { .. } | Op::StoreLocals { .. } => 4,
            Op::StoreLocalConst { jump, .. } => 4 + jump.is_some() as u32,
            Op::AccumLocalConst { .. } => 6,
        }
    }
}

/// The operations of every function of a program, by function id and pc.
pub fn decode_program(program: &Program) -> Vec<Vec<Op>> {
    program.funcs.iter().map(decode).collect()
}

/// The operations of one function: one entry per instruction.
pub fn decode(func: &Function) -> Vec<Op> {
    (0..func.code.len()).map(|pc| fuse_at(func, pc)).collect()
}

/// The longest fused run that starts at `pc`, or `Plain`.
fn fuse_at(func: &Function, pc: usize) -> Op {
    // The instructions from `pc` on, as far as the statement goes.
    let end = (pc + 1..func.code.len()).find(|&i| func.stmt_start[i]).unwrap_or(func.code.len());
    let run = &func.code[pc..end];
    use Instr::*;
    match run {
        [Load(a), Load(b), PushInt(k), Binary(inner), Binary(outer), Store(d), ..] if a == d => {
            Op::AccumLocalConst { a: *a, b: *b, inner: *inner, k: *k, outer: *outer }
        }
        [Load(a), PushInt(k), Binary(op), Store(dst), Jump(t), ..] => {
            Op::StoreLocalConst { a: *a, op: *op, k: *k, dst: *dst, jump: Some(*t) }
        }
        [Load(a), PushInt(k), Binary(op), Store(dst), ..] => {
            Op::StoreLocalConst { a: *a, op: *op, k: *k, dst: *dst, jump: None }
        }
        [Load(a), PushInt(k), Binary(op), JumpIfFalse(t), ..] => {
            Op::BranchLocalConst { a: *a, op: *op, k: *k, target: *t }
        }
        [Load(a), Load(b), Binary(op), JumpIfFalse(t), ..] => Op::BranchLocals { a: *a, b: *b, op: *op, target: *t },
        [Load(a), Load(b), Binary(op), Store(dst), ..] => Op::StoreLocals { a: *a, b: *b, op: *op, dst: *dst },
        [Load(a), PushInt(k), Binary(op), ..] => Op::LocalConst { a: *a, op: *op, k: *k },
        [Load(a), Load(b), Binary(op), ..] => Op::Locals { a: *a, b: *b, op: *op },
        [Binary(op), Store(dst), ..] => Op::BinaryStore { op: *op, dst: *dst },
        _ => Op::Plain,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ops(src: &str) -> Vec<Op> {
        let program = crate::lang::compile(src).expect("compiles");
        decode(&program.funcs[program.main as usize])
    }

    #[test]
    fn a_counting_loop_fuses_its_condition_body_and_increment() {
        let ops = ops("package main\n\nfunc main() {\n\tsum := 0\n\tfor i := 0; i < 10; i++ {\n\t\tsum += i & 7\n\t}\n\tprintln(sum)\n}\n");
        assert!(ops.iter().any(|op| matches!(op, Op::BranchLocalConst { op: BinOp::Lt, k: 10, .. })));
        assert!(ops.iter().any(|op| matches!(op, Op::AccumLocalConst { inner: BinOp::And, outer: BinOp::Add, .. })));
        assert!(ops.iter().any(|op| matches!(op, Op::StoreLocalConst { op: BinOp::Add, k: 1, jump: Some(_), .. })));
    }

    #[test]
    fn a_run_never_crosses_a_statement_start() {
        let program = crate::lang::compile(
            "package main\n\nfunc main() {\n\ta := 1\n\tb := a + 2\n\tc := b\n\tprintln(a, b, c)\n}\n",
        )
        .expect("compiles");
        for func in &program.funcs {
            for (pc, op) in decode(func).into_iter().enumerate() {
                let len = op.len() as usize;
                assert!(pc + len <= func.code.len());
                assert!((pc + 1..pc + len).all(|i| !func.stmt_start[i]), "{op:?} at {pc} crosses a statement");
            }
        }
    }
}
