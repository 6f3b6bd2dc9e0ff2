//! Loop kernels: a fast path of `run_batch` for loops whose every iteration
//! is integer and bool arithmetic on local slots.
//!
//! At program load, `compile` looks at each innermost loop (a backward
//! `Jump` to a statement start) and accepts it when the loop begins with its
//! condition and the rest is straight-line code made only of loads and
//! stores of local slots, integer and bool constants, integer operators,
//! unary operators and integer wrapping conversions. Such a loop becomes a
//! small program over registers (`MicroOp`): one register per local slot it
//! touches, one per constant and one per intermediate value.
//!
//! The machine runs a kernel only at the start of a step at the loop's
//! head, and only for whole iterations that the batch, the step limit and
//! the time slice already allow: every iteration crosses exactly `steps`
//! statement starts, the same steps the interpreter counts. It stops before
//! an iteration whose condition is false, before one whose operator would
//! panic (a division by zero, a negative shift) and when the allowance runs
//! out, always back at the loop's head at the start of a step; the
//! interpreter then runs on from there exactly as it would have. Operators
//! are evaluated by the interpreter's own `int_binary`, so every value is
//! the one the instructions compute. The kernel refuses (and the
//! interpreter runs the loop) when a slot it reads does not hold the kind of
//! value it expects.

use super::loop_kernel_lanes::{self as lanes, Lanes};
use super::machine::{int_binary, IntResult};
use super::value::Value;
use crate::ir::{BinOp, Conv, Function, Instr, UnOp, Zero};

/// Registers a kernel may use: slots, constants and intermediate values.
pub(super) const MAX_REGS: usize = 48;
/// The size of the register file: a power of two above `MAX_REGS`, so that
/// a register number masked with `REG_MASK` needs no bounds check.
const REG_FILE: usize = 64;
const REG_MASK: usize = REG_FILE - 1;
/// Fewer iterations than this run one at a time rather than in lanes.
const MIN_LANE_ITERATIONS: u64 = 8;

/// What a register holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
    Int,
    /// A bool, held as 0 or 1.
    Bool,
}

/// One operation of a kernel, on registers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum MicroOp {
    /// `d = a op b` with the interpreter's integer operator.
    Bin { op: BinOp, d: u8, a: u8, b: u8 },
    /// `d = -a` (wrapping).
    Neg { d: u8, a: u8 },
    /// `d = ^a`.
    BitNot { d: u8, a: u8 },
    /// `d = !a` on a bool.
    Not { d: u8, a: u8 },
    /// `d = a` converted to an integer of `bits` bits, wrapping.
    Wrap { d: u8, a: u8, bits: u8, signed: bool },
    /// `d = a`.
    Copy { d: u8, a: u8 },
    /// Ends the kernel before this iteration when the bool in `a` is false.
    ExitUnless { a: u8 },
}

/// What a `Flat` operation does: one case per operator, so running one
/// takes a single dispatch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Code {
    Add,
    Sub,
    Mul,
    And,
    Or,
    Xor,
    AndNot,
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
    /// An operator that may panic (division, remainder, shifts): run by
    /// `int_binary` itself; `b`'s register and the operator are in `aux`.
    Checked,
    Neg,
    BitNot,
    Not,
    /// A wrapping conversion to `b` bits, signed.
    WrapSigned,
    /// A wrapping conversion to `b` bits, unsigned.
    WrapUnsigned,
    Copy,
    /// Nothing (an accumulator's update, in lanes).
    Nop,
    ExitUnless,
    /// A comparison of `a` and `b` fused with `ExitUnless` of its result.
    ExitUnlessLt,
    ExitUnlessLe,
    ExitUnlessGt,
    ExitUnlessGe,
    ExitUnlessEq,
    ExitUnlessNe,
}

/// One operation as a kernel runs it: `d = a code b`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Flat {
    pub code: Code,
    pub d: u8,
    pub a: u8,
    pub b: u8,
    /// The operator of a `Checked` operation.
    pub op: BinOp,
}

/// A local slot a kernel uses, and its register (the slot's index in
/// `Kernel::slots`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SlotUse {
    pub slot: u16,
    pub ty: Ty,
    /// Read before any store in an iteration: its value comes in from the
    /// stack and must hold `ty`.
    pub live_in: bool,
    /// Stored by the loop: written back when the kernel ran an iteration.
    pub written: bool,
}

/// A compiled loop.
#[derive(Clone, Debug, PartialEq)]
pub struct Kernel {
    /// The pc of the loop's condition, a statement start.
    pub head: u32,
    /// Statement starts crossed by one iteration: the steps it counts.
    pub steps: u32,
    pub slots: Vec<SlotUse>,
    /// Constants, in the registers after the slots'.
    pub consts: Vec<i64>,
    /// Registers in all: slots, constants, then intermediate values.
    pub regs: usize,
    pub ops: Vec<MicroOp>,
    /// `ops` as the kernel runs them (see `Flat`).
    pub code: Vec<Flat>,
    /// Whether an operator may panic: each iteration then starts from a
    /// saved copy of the slots' registers, so an iteration that would panic
    /// is undone and left to the interpreter.
    pub may_panic: bool,
    /// How the loop runs in blocks of iterations, when it can (see
    /// `loop_kernel_lanes`).
    pub lanes: Option<Lanes>,
}

/// The kernels of one function, by head pc (ascending).
pub type Kernels = Vec<Kernel>;

/// Every loop of `func` that has a kernel.
pub fn compile_function(func: &Function) -> Kernels {
    let mut out: Kernels = Vec::new();
    for (pc, instr) in func.code.iter().enumerate() {
        if let Instr::Jump(target) = *instr {
            if (target as usize) < pc && func.stmt_start[target as usize] {
                if let Some(k) = compile(func, target as usize, pc) {
                    out.push(k);
                }
            }
        }
    }
    out.sort_by_key(|k| k.head);
    out.dedup_by_key(|k| k.head);
    out
}

/// The kernel of the loop from `head` (its condition) to the backward jump
/// at `jump`, when the loop qualifies.
pub fn compile(func: &Function, head: usize, jump: usize) -> Option<Kernel> {
    let mut b = Builder::default();
    let mut in_condition = true;
    let mut steps = 0u32;
    for pc in head..jump {
        if func.stmt_start[pc] {
            // Statements leave nothing on the operand stack.
            if !b.stack.is_empty() {
                return None;
            }
            if in_condition && pc != head {
                return None;
            }
            steps += 1;
        }
        match func.code[pc] {
            Instr::Load(slot) => {
                let r = b.slot(slot, true)?;
                b.stack.push(Entry { reg: r, ty: b.slots[r as usize].1, slot: Some(r) });
            }
            Instr::PushInt(k) => b.push_const(k, Ty::Int)?,
            Instr::PushBool(v) => b.push_const(v as i64, Ty::Bool)?,
            Instr::PushZero(Zero::Int) => b.push_const(0, Ty::Int)?,
            Instr::PushZero(Zero::Bool) => b.push_const(0, Ty::Bool)?,
            Instr::Binary(op) => {
                let y = b.stack.pop()?;
                let x = b.stack.pop()?;
                let result = match op {
                    BinOp::Eq | BinOp::Ne => {
                        // Both ints or both bools.
                        let ty = b.ty_of(x).or(b.ty_of(y)).unwrap_or(Ty::Int);
                        b.require(x, ty)?;
                        b.require(y, ty)?;
                        Ty::Bool
                    }
                    BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
                        b.require(x, Ty::Int)?;
                        b.require(y, Ty::Int)?;
                        Ty::Bool
                    }
                    _ => {
                        b.require(x, Ty::Int)?;
                        b.require(y, Ty::Int)?;
                        let constant = b.constant(y.reg);
                        let safe = match op {
                            BinOp::Div | BinOp::Rem => constant.is_some_and(|k| k != 0),
                            BinOp::Shl | BinOp::Shr => constant.is_some_and(|k| k >= 0),
                            _ => true,
                        };
                        b.may_panic |= !safe;
                        Ty::Int
                    }
                };
                let d = b.temp()?;
                b.ops.push(MicroOp::Bin { op, d, a: x.reg, b: y.reg });
                b.stack.push(Entry { reg: d, ty: Some(result), slot: None });
            }
            Instr::Unary(op) => {
                let x = b.stack.pop()?;
                let ty = if op == UnOp::Not { Ty::Bool } else { Ty::Int };
                b.require(x, ty)?;
                let d = b.temp()?;
                b.ops.push(match op {
                    UnOp::Neg => MicroOp::Neg { d, a: x.reg },
                    UnOp::BitNot => MicroOp::BitNot { d, a: x.reg },
                    UnOp::Not => MicroOp::Not { d, a: x.reg },
                });
                b.stack.push(Entry { reg: d, ty: Some(ty), slot: None });
            }
            Instr::Convert(Conv::Wrap { bits, signed }) => {
                let x = b.stack.pop()?;
                b.require(x, Ty::Int)?;
                let d = b.temp()?;
                b.ops.push(MicroOp::Wrap { d, a: x.reg, bits, signed });
                b.stack.push(Entry { reg: d, ty: Some(Ty::Int), slot: None });
            }
            Instr::Store(slot) => {
                if in_condition {
                    return None;
                }
                let v = b.stack.pop()?;
                let ty = b.ty_of(v).unwrap_or(Ty::Int);
                b.require(v, ty)?;
                let r = b.slot(slot, false)?;
                match b.slots[r as usize].1 {
                    Some(t) if t != ty => return None,
                    _ => b.slots[r as usize].1 = Some(ty),
                }
                // Values loaded from the slot earlier and still on the
                // stack keep the old value.
                for i in 0..b.stack.len() {
                    if b.stack[i].reg == r {
                        let t = b.temp()?;
                        b.ops.push(MicroOp::Copy { d: t, a: r });
                        b.stack[i] = Entry { reg: t, slot: None, ..b.stack[i] };
                    }
                }
                b.store(r, v.reg);
            }
            Instr::Pop => {
                b.stack.pop()?;
            }
            Instr::JumpIfFalse(exit) if in_condition => {
                if (head..=jump).contains(&(exit as usize)) {
                    return None;
                }
                let c = b.stack.pop()?;
                b.require(c, Ty::Bool)?;
                b.ops.push(MicroOp::ExitUnless { a: c.reg });
                in_condition = false;
            }
            _ => return None,
        }
    }
    if in_condition || !b.stack.is_empty() {
        return None;
    }
    // The backward jump may begin a statement of its own.
    steps += func.stmt_start[jump] as u32;
    b.finish(head as u32, steps)
}

/// A value on the compile-time operand stack.
#[derive(Clone, Copy)]
struct Entry {
    reg: u8,
    /// Its type, when known yet.
    ty: Option<Ty>,
    /// The slot register it was loaded from, whose type a use decides.
    slot: Option<u8>,
}

#[derive(Default)]
struct Builder {
    /// Per slot register: the slot, its type when known, live in, written.
    slots: Vec<(u16, Option<Ty>, bool, bool)>,
    consts: Vec<(i64, Ty)>,
    temps: usize,
    /// Ops with registers numbered: slots, then `CONST + i`, then `TEMP + i`
    /// (renumbered by `finish`).
    ops: Vec<MicroOp>,
    stack: Vec<Entry>,
    may_panic: bool,
}

/// Provisional register numbers of constants and temporaries.
const CONST: u8 = 64;
const TEMP: u8 = 128;

impl Builder {
    /// The register of a slot; a first access that is a load makes it live in.
    fn slot(&mut self, slot: u16, load: bool) -> Option<u8> {
        if let Some(i) = self.slots.iter().position(|s| s.0 == slot) {
            return Some(i as u8);
        }
        if self.slots.len() >= CONST as usize {
            return None;
        }
        self.slots.push((slot, None, load, false));
        Some((self.slots.len() - 1) as u8)
    }

    fn push_const(&mut self, k: i64, ty: Ty) -> Option<()> {
        let i = match self.consts.iter().position(|&c| c == (k, ty)) {
            Some(i) => i,
            None => {
                self.consts.push((k, ty));
                self.consts.len() - 1
            }
        };
        if i >= (TEMP - CONST) as usize {
            return None;
        }
        self.stack.push(Entry { reg: CONST + i as u8, ty: Some(ty), slot: None });
        Some(())
    }

    /// The value of a constant register.
    fn constant(&self, reg: u8) -> Option<i64> {
        (CONST..TEMP).contains(&reg).then(|| self.consts[(reg - CONST) as usize].0)
    }

    fn temp(&mut self) -> Option<u8> {
        if self.temps >= (u8::MAX - TEMP) as usize {
            return None;
        }
        self.temps += 1;
        Some(TEMP + (self.temps - 1) as u8)
    }

    /// A value's type, when known yet.
    fn ty_of(&self, e: Entry) -> Option<Ty> {
        e.ty.or_else(|| e.slot.and_then(|s| self.slots[s as usize].1))
    }

    /// Checks that a value has type `ty`, deciding its slot's type if that
    /// is not known yet.
    fn require(&mut self, e: Entry, ty: Ty) -> Option<()> {
        match e.ty {
            Some(t) if t != ty => None,
            Some(_) => Some(()),
            None => {
                let s = &mut self.slots[e.slot? as usize];
                match s.1 {
                    Some(t) if t != ty => None,
                    _ => {
                        s.1 = Some(ty);
                        Some(())
                    }
                }
            }
        }
    }

    /// `slot register = value`: the last op computed the value into a
    /// temporary nobody else reads, so it writes the slot directly.
    fn store(&mut self, r: u8, v: u8) {
        self.slots[r as usize].3 = true;
        if v >= TEMP {
            if let Some(last) = self.ops.last_mut() {
                if let Some(d) = dest(last) {
                    if *d == v {
                        *d = r;
                        return;
                    }
                }
            }
        }
        self.ops.push(MicroOp::Copy { d: r, a: v });
    }

    /// The kernel with registers numbered densely.
    fn finish(self, head: u32, steps: u32) -> Option<Kernel> {
        let slots = self.slots.len();
        let regs = slots + self.consts.len() + self.temps;
        if regs > MAX_REGS || steps == 0 {
            return None;
        }
        let map = |r: u8| -> u8 {
            if r >= TEMP {
                (slots + self.consts.len()) as u8 + (r - TEMP)
            } else if r >= CONST {
                slots as u8 + (r - CONST)
            } else {
                r
            }
        };
        let ops = self
            .ops
            .iter()
            .map(|op| match *op {
                MicroOp::Bin { op, d, a, b } => MicroOp::Bin { op, d: map(d), a: map(a), b: map(b) },
                MicroOp::Neg { d, a } => MicroOp::Neg { d: map(d), a: map(a) },
                MicroOp::BitNot { d, a } => MicroOp::BitNot { d: map(d), a: map(a) },
                MicroOp::Not { d, a } => MicroOp::Not { d: map(d), a: map(a) },
                MicroOp::Wrap { d, a, bits, signed } => MicroOp::Wrap { d: map(d), a: map(a), bits, signed },
                MicroOp::Copy { d, a } => MicroOp::Copy { d: map(d), a: map(a) },
                MicroOp::ExitUnless { a } => MicroOp::ExitUnless { a: map(a) },
            })
            .collect::<Vec<_>>();
        let code = flatten(&ops);
        let slots: Vec<SlotUse> = self
            .slots
            .iter()
            .map(|&(slot, ty, live_in, written)| SlotUse { slot, ty: ty.unwrap_or(Ty::Int), live_in, written })
            .collect();
        let consts: Vec<i64> = self.consts.iter().map(|c| c.0).collect();
        let lanes = lanes::plan(&code, &slots, &consts, regs);
        Some(Kernel { head, steps, slots, consts, regs, ops, code, may_panic: self.may_panic, lanes })
    }
}

/// The operations as the kernel runs them: one `Flat` each, a comparison
/// followed by an exit on its result fused into one.
fn flatten(ops: &[MicroOp]) -> Vec<Flat> {
    let flat = |code: Code, d: u8, a: u8, b: u8| Flat { code, d, a, b, op: BinOp::Add };
    let mut out = Vec::with_capacity(ops.len());
    let mut i = 0;
    while i < ops.len() {
        let f = match ops[i] {
            MicroOp::Bin { op, d, a, b } => {
                let exit = match op {
                    BinOp::Lt => Some(Code::ExitUnlessLt),
                    BinOp::Le => Some(Code::ExitUnlessLe),
                    BinOp::Gt => Some(Code::ExitUnlessGt),
                    BinOp::Ge => Some(Code::ExitUnlessGe),
                    BinOp::Eq => Some(Code::ExitUnlessEq),
                    BinOp::Ne => Some(Code::ExitUnlessNe),
                    _ => None,
                };
                match (exit, ops.get(i + 1)) {
                    // The comparison's result is a temporary only the exit reads.
                    (Some(code), Some(&MicroOp::ExitUnless { a: c })) if c == d => {
                        i += 1;
                        flat(code, 0, a, b)
                    }
                    _ => {
                        let code = match op {
                            BinOp::Add => Code::Add,
                            BinOp::Sub => Code::Sub,
                            BinOp::Mul => Code::Mul,
                            BinOp::And => Code::And,
                            BinOp::Or => Code::Or,
                            BinOp::Xor => Code::Xor,
                            BinOp::AndNot => Code::AndNot,
                            BinOp::Lt => Code::Lt,
                            BinOp::Le => Code::Le,
                            BinOp::Gt => Code::Gt,
                            BinOp::Ge => Code::Ge,
                            BinOp::Eq => Code::Eq,
                            BinOp::Ne => Code::Ne,
                            BinOp::Div | BinOp::Rem | BinOp::Shl | BinOp::Shr => Code::Checked,
                        };
                        Flat { code, d, a, b, op }
                    }
                }
            }
            MicroOp::Neg { d, a } => flat(Code::Neg, d, a, 0),
            MicroOp::BitNot { d, a } => flat(Code::BitNot, d, a, 0),
            MicroOp::Not { d, a } => flat(Code::Not, d, a, 0),
            MicroOp::Wrap { d, a, bits, signed } => {
                flat(if signed { Code::WrapSigned } else { Code::WrapUnsigned }, d, a, bits)
            }
            MicroOp::Copy { d, a } => flat(Code::Copy, d, a, 0),
            MicroOp::ExitUnless { a } => flat(Code::ExitUnless, 0, a, 0),
        };
        out.push(f);
        i += 1;
    }
    out
}

/// The register an op writes.
fn dest(op: &mut MicroOp) -> Option<&mut u8> {
    match op {
        MicroOp::Bin { d, .. }
        | MicroOp::Neg { d, .. }
        | MicroOp::BitNot { d, .. }
        | MicroOp::Not { d, .. }
        | MicroOp::Wrap { d, .. }
        | MicroOp::Copy { d, .. } => Some(d),
        MicroOp::ExitUnless { .. } => None,
    }
}

/// An integer wrapped to `bits` bits, as the interpreter's conversion does.
#[inline(always)]
fn wrap(i: i64, bits: u8, signed: bool) -> i64 {
    super::machine::convert_wrap(i, bits, signed)
}

impl Kernel {
    /// Runs whole iterations on the local slots at `stack[base..]`, at most
    /// `left / steps` of them, and returns how many ran (their steps are the
    /// caller's to count). Returns 0, having changed nothing, when a slot
    /// the loop reads holds another kind of value than the kernel expects.
    pub fn run(&self, stack: &mut [Value], base: usize, left: u64) -> u64 {
        let max = left / self.steps as u64;
        if max == 0 {
            return 0;
        }
        let mut r = [0i64; REG_FILE];
        for (i, s) in self.slots.iter().enumerate() {
            if s.live_in {
                r[i] = match (&stack[base + s.slot as usize], s.ty) {
                    (&Value::Int(x), Ty::Int) => x,
                    (&Value::Bool(b), Ty::Bool) => b as i64,
                    _ => return 0,
                };
            }
        }
        let nslots = self.slots.len();
        r[nslots..nslots + self.consts.len()].copy_from_slice(&self.consts);
        let n = match &self.lanes {
            Some(l) if max >= MIN_LANE_ITERATIONS => lanes::iterate(self, l, &mut r, max),
            _ if self.may_panic => self.iterate_undoably(&mut r, max),
            _ => self.iterate(&mut r, max),
        };
        if n > 0 {
            for (i, s) in self.slots.iter().enumerate() {
                if s.written {
                    let slot = &mut stack[base + s.slot as usize];
                    match (slot, s.ty) {
                        (Value::Int(x), Ty::Int) => *x = r[i],
                        (slot, Ty::Int) => *slot = Value::Int(r[i]),
                        (slot, Ty::Bool) => *slot = Value::Bool(r[i] != 0),
                    }
                }
            }
        }
        n
    }

    /// Iterations where no operator can panic.
    #[inline(never)]
    fn iterate(&self, r: &mut [i64; REG_FILE], max: u64) -> u64 {
        let code = &self.code[..];
        let mut n = 0;
        while n < max {
            if !once(code, r) {
                break;
            }
            n += 1;
        }
        n
    }

    /// Iterations where an operator may panic: one that would is undone.
    #[inline(never)]
    fn iterate_undoably(&self, r: &mut [i64; REG_FILE], max: u64) -> u64 {
        let code = &self.code[..];
        let nslots = self.slots.len();
        let mut saved = [0i64; REG_FILE];
        let mut n = 0;
        while n < max {
            saved[..nslots].copy_from_slice(&r[..nslots]);
            if !once(code, r) {
                r[..nslots].copy_from_slice(&saved[..nslots]);
                break;
            }
            n += 1;
        }
        n
    }
}

/// One iteration; false when the condition is false or an operator would
/// panic (the slots may then hold part of the iteration).
#[inline(always)]
fn once(code: &[Flat], r: &mut [i64; REG_FILE]) -> bool {
    for f in code {
        let x = r[f.a as usize & REG_MASK];
        let y = r[f.b as usize & REG_MASK];
        let v = match f.code {
            Code::Add => x.wrapping_add(y),
            Code::Sub => x.wrapping_sub(y),
            Code::Mul => x.wrapping_mul(y),
            Code::And => x & y,
            Code::Or => x | y,
            Code::Xor => x ^ y,
            Code::AndNot => x & !y,
            Code::Lt => (x < y) as i64,
            Code::Le => (x <= y) as i64,
            Code::Gt => (x > y) as i64,
            Code::Ge => (x >= y) as i64,
            Code::Eq => (x == y) as i64,
            Code::Ne => (x != y) as i64,
            Code::Checked => match int_binary(f.op, x, y) {
                Some(IntResult::Int(v)) => v,
                Some(IntResult::Bool(b)) => b as i64,
                None => return false,
            },
            Code::Neg => x.wrapping_neg(),
            Code::BitNot => !x,
            Code::Not => (x == 0) as i64,
            Code::WrapSigned => wrap(x, f.b, true),
            Code::WrapUnsigned => wrap(x, f.b, false),
            Code::Copy => x,
            Code::Nop => continue,
            Code::ExitUnless
            | Code::ExitUnlessLt
            | Code::ExitUnlessLe
            | Code::ExitUnlessGt
            | Code::ExitUnlessGe
            | Code::ExitUnlessEq
            | Code::ExitUnlessNe => {
                let go_on = match f.code {
                    Code::ExitUnless => x != 0,
                    Code::ExitUnlessLt => x < y,
                    Code::ExitUnlessLe => x <= y,
                    Code::ExitUnlessGt => x > y,
                    Code::ExitUnlessGe => x >= y,
                    Code::ExitUnlessEq => x == y,
                    _ => x != y,
                };
                if !go_on {
                    return false;
                }
                continue;
            }
        };
        r[f.d as usize & REG_MASK] = v;
    }
    true
}
