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

use super::loop_kernel::{compile_function, Kernels};
use crate::ir::{BinOp, Builtin, Function, Instr, Program};

/// Which run of instructions an `Op` stands for; the operands it uses are
/// named in each case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Kind {
    /// The instruction at this pc, on its own.
    Plain,
    /// `Load(a) PushInt(k) Binary(op) JumpIfFalse(target)`: a loop condition.
    BranchLocalConst,
    /// `Load(a) Load(b) Binary(op) JumpIfFalse(target)`.
    BranchLocals,
    /// `Load(a) PushInt(k) Binary(op) Store(dst)`: `i++`, `i += 2`, `x = y * 3`.
    StoreLocalConst,
    /// `StoreLocalConst` followed by `Jump(target)`: a loop's `i++`.
    StoreLocalConstJump,
    /// `Load(a) Load(b) Binary(op) Store(dst)`: `x += y`.
    StoreLocals,
    /// `Load(a) Load(b) PushInt(k) Binary(inner) Binary(op) Store(a)`:
    /// `a = a op (b inner k)`, as in `sum += i & 7`.
    AccumLocalConst,
    /// `Load(a) PushInt(k) Binary(op)`: pushes `a op k`.
    LocalConst,
    /// `Load(a) Load(b) Binary(op)`: pushes `a op b`.
    Locals,
    /// `Binary(op) Store(dst)`.
    BinaryStore,
    /// `LoadCapture(a) PushInt(k) Binary(op) StoreCapture(dst)`: `n++` on a
    /// captured variable. Run by `run_simple` (it needs the cells), never
    /// with the race detector on.
    CaptureConst,
    /// `LoadCapture(a) CallBuiltin(MutexLock, 1)`: `mu.Lock()` on a
    /// captured mutex, when the mutex is free (else the load runs alone).
    LockCapture,
    /// `LoadCapture(a) CallBuiltin(MutexUnlock, 1)`, when it wakes nobody.
    UnlockCapture,
}

/// What the machine runs at one pc: the instruction itself or a fused run.
/// A plain struct rather than an enum with fields, so that each case reads
/// just the operands it needs, each at a fixed place.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Op {
    pub kind: Kind,
    /// `START`, `SYNC`, `FUSED` and `LOOP`: what the machine must look at before
    /// running this pc. Zero for most instructions.
    pub flags: u8,
    pub op: BinOp,
    pub inner: BinOp,
    pub a: u16,
    pub b: u16,
    pub dst: u16,
    pub target: u32,
    pub k: i64,
}

/// The instruction begins a statement, and so a step.
pub const START: u8 = 1;
/// The instruction is a synchronising operation (see `Instr::is_sync`).
pub const SYNC: u8 = 2;
/// The operation is a fused run (its kind is not `Plain`).
pub const FUSED: u8 = 4;
/// The instruction is the head of a loop with a kernel (see `loop_kernel`).
pub const LOOP: u8 = 8;

impl Op {
    /// The instruction at this pc, on its own.
    pub const PLAIN: Op =
        Op { kind: Kind::Plain, flags: 0, op: BinOp::Add, inner: BinOp::Add, a: 0, b: 0, dst: 0, target: 0, k: 0 };

    fn new(kind: Kind) -> Op {
        Op { kind, ..Op::PLAIN }
    }

    /// How many instructions the operation stands for.
    #[inline(always)]
    pub fn len(self) -> u32 {
        match self.kind {
            Kind::Plain => 1,
            Kind::BinaryStore | Kind::LockCapture | Kind::UnlockCapture => 2,
            Kind::LocalConst | Kind::Locals => 3,
            Kind::BranchLocalConst
            | Kind::BranchLocals
            | Kind::StoreLocals
            | Kind::StoreLocalConst
            | Kind::CaptureConst => 4,
            Kind::StoreLocalConstJump => 5,
            Kind::AccumLocalConst => 6,
        }
    }
}

/// The operations of every function of a program, by function id and pc.
pub fn decode_program(program: &Program) -> Vec<Vec<Op>> {
    program.funcs.iter().map(decode).collect()
}

/// The operations and loop kernels of every function, by function id: the
/// head of each kernel's loop carries the `LOOP` flag.
pub fn decode_with_kernels(program: &Program) -> (Vec<Vec<Op>>, Vec<Kernels>) {
    let mut ops = decode_program(program);
    let kernels: Vec<Kernels> = program.funcs.iter().map(compile_function).collect();
    for (ops, kernels) in ops.iter_mut().zip(&kernels) {
        for k in kernels {
            ops[k.head as usize].flags |= LOOP;
        }
    }
    (ops, kernels)
}

/// The operations of one function: one entry per instruction.
pub fn decode(func: &Function) -> Vec<Op> {
    (0..func.code.len()).map(|pc| with_flags(func, pc, fuse_at(func, pc))).collect()
}

/// The operations of one function with nothing fused: every instruction
/// runs alone (for tests that compare the two).
pub fn unfused(func: &Function) -> Vec<Op> {
    (0..func.code.len()).map(|pc| with_flags(func, pc, Op::PLAIN)).collect()
}

/// Sets the flags of the operation at `pc`.
fn with_flags(func: &Function, pc: usize, mut op: Op) -> Op {
    op.flags = if func.stmt_start[pc] { START } else { 0 }
        | if func.code[pc].is_sync() { SYNC } else { 0 }
        | if op.kind != Kind::Plain { FUSED } else { 0 };
    op
}

/// The longest fused run that starts at `pc`, or `Op::PLAIN`.
fn fuse_at(func: &Function, pc: usize) -> Op {
    // The instructions from `pc` on, as far as the statement goes.
    let end = (pc + 1..func.code.len()).find(|&i| func.stmt_start[i]).unwrap_or(func.code.len());
    let run = &func.code[pc..end];
    use Instr::*;
    match *run {
        [Load(a), Load(b), PushInt(k), Binary(inner), Binary(op), Store(d), ..] if a == d => {
            Op { a, b, k, inner, op, ..Op::new(Kind::AccumLocalConst) }
        }
        [Load(a), PushInt(k), Binary(op), Store(dst), Jump(target), ..] => {
            Op { a, k, op, dst, target, ..Op::new(Kind::StoreLocalConstJump) }
        }
        [Load(a), PushInt(k), Binary(op), Store(dst), ..] => Op { a, k, op, dst, ..Op::new(Kind::StoreLocalConst) },
        [Load(a), PushInt(k), Binary(op), JumpIfFalse(target), ..] => {
            Op { a, k, op, target, ..Op::new(Kind::BranchLocalConst) }
        }
        [Load(a), Load(b), Binary(op), JumpIfFalse(target), ..] => {
            Op { a, b, op, target, ..Op::new(Kind::BranchLocals) }
        }
        [Load(a), Load(b), Binary(op), Store(dst), ..] => Op { a, b, op, dst, ..Op::new(Kind::StoreLocals) },
        [Load(a), PushInt(k), Binary(op), ..] => Op { a, k, op, ..Op::new(Kind::LocalConst) },
        [Load(a), Load(b), Binary(op), ..] => Op { a, b, op, ..Op::new(Kind::Locals) },
        [Binary(op), Store(dst), ..] => Op { op, dst, ..Op::new(Kind::BinaryStore) },
        [LoadCapture(a), PushInt(k), Binary(op), StoreCapture(dst), ..] => {
            Op { a, k, op, dst, ..Op::new(Kind::CaptureConst) }
        }
        [LoadCapture(a), CallBuiltin { builtin: Builtin::MutexLock, args: 1 }, ..] => {
            Op { a, ..Op::new(Kind::LockCapture) }
        }
        [LoadCapture(a), CallBuiltin { builtin: Builtin::MutexUnlock, args: 1 }, ..] => {
            Op { a, ..Op::new(Kind::UnlockCapture) }
        }
        _ => Op::PLAIN,
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
        assert!(ops.iter().any(|o| o.kind == Kind::BranchLocalConst && o.op == BinOp::Lt && o.k == 10));
        assert!(ops.iter().any(|o| o.kind == Kind::AccumLocalConst && o.inner == BinOp::And && o.op == BinOp::Add));
        assert!(ops.iter().any(|o| o.kind == Kind::StoreLocalConstJump && o.op == BinOp::Add && o.k == 1));
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
