//! Lanes: a loop kernel run over blocks of iterations at once.
//!
//! Most loops carry values from one iteration to the next in two ways only:
//! an induction variable (`i++`, `i -= 2`: one update by a constant) and an
//! accumulator (`sum += e`, `x ^= e`: one update, read nowhere else). Every
//! other slot is either only read (the same in every iteration) or written
//! before it is read (a fresh value each iteration). Such a loop's
//! iterations can be computed side by side: register `r` becomes an array
//! of `LANES` values, lane `l` holding what iteration `l` of the block
//! computes, and each operation runs over all lanes in one tight loop the
//! compiler vectorises, so the dispatch is paid once per block rather than
//! once per iteration.
//!
//! A block starts with each induction variable at its value in each lane's
//! iteration (start + l × step) and every read-only slot copied to all
//! lanes. The condition gives the first lane whose iteration does not run;
//! an operator that would panic gives the first lane whose iteration must
//! be left to the interpreter. Only lanes before both count: accumulators
//! fold their lanes' contributions in iteration order, exactly as the
//! iterations would, and every other slot takes its value from the last
//! counted lane.

use super::loop_kernel::{Code, Flat, Kernel, SlotUse};
use super::machine::{int_binary, IntResult};

/// Iterations in a block.
pub const LANES: usize = 64;

/// How a kernel runs in lanes: its operations without the accumulators'
/// updates, and the accumulators and inductions.
#[derive(Clone, Debug, PartialEq)]
pub struct Lanes {
    /// The kernel's operations, an accumulator's update replaced by a copy
    /// of its contribution into a register of its own.
    pub code: Vec<Flat>,
    /// Registers in all: the kernel's, then one per accumulator.
    pub regs: usize,
    /// `(slot register, step)`: each lane starts at start + lane × step.
    /// An update nothing reads after is left out of `code`.
    pub inductions: Vec<(u8, i64)>,
    /// Registers the same in every lane: constants and read-only slots.
    pub invariant: Vec<u8>,
    /// Slots written before they are read: they end with the last lane's value.
    pub fresh: Vec<u8>,
    /// `(slot register, operator, contribution register)`.
    pub accumulators: Vec<(u8, Code, u8)>,
    /// Per operation of `code`: for a comparison of an induction variable
    /// with a read-only value (`i < n`), the variable's step. Its lanes
    /// then rise or fall steadily unless they wrap around, so the
    /// comparison holds in every lane when it holds in the first and the
    /// last. The variable's register comes with its step.
    pub steady: Vec<Option<(u8, i64)>>,
}

/// The lane plan of a kernel, when each slot it writes is an induction
/// variable, an accumulator, or written before it is read.
pub fn plan(code: &[Flat], slots: &[SlotUse], consts: &[i64], regs: usize) -> Option<Lanes> {
    let nslots = slots.len() as u8;
    let constant = |r: u8| (nslots..nslots + consts.len() as u8).contains(&r).then(|| consts[(r - nslots) as usize]);
    let reads = |r: u8| code.iter().filter(|f| reads_reg(f, r)).count();
    let mut lanes = Lanes {
        code: code.to_vec(),
        regs,
        inductions: Vec::new(),
        invariant: (nslots..nslots + consts.len() as u8).collect(),
        fresh: Vec::new(),
        accumulators: Vec::new(),
        steady: Vec::new(),
    };
    for (s, use_) in slots.iter().enumerate() {
        let s = s as u8;
        match (use_.live_in, use_.written) {
            (true, false) => lanes.invariant.push(s),
            (false, true) => lanes.fresh.push(s),
            _ => {}
        }
        if !use_.live_in || !use_.written {
            continue;
        }
        let writes: Vec<usize> = (0..code.len()).filter(|&i| writes_reg(&code[i], s)).collect();
        let [w] = writes[..] else { return None };
        let f = code[w];
        let other = if f.a == s { f.b } else { f.a };
        match (f.code, constant(f.b)) {
            (Code::Add | Code::Sub, Some(k)) if f.a == s => {
                let step = if f.code == Code::Add { k } else { k.wrapping_neg() };
                lanes.inductions.push((s, step));
                if !code[w + 1..].iter().any(|f| reads_reg(f, s)) {
                    // Each block sets the lanes anew: an update nothing
                    // reads after changes nothing.
                    lanes.code[w] = Flat { code: Code::Nop, ..f };
                }
            }
            (Code::Add | Code::Sub | Code::Mul | Code::And | Code::Or | Code::Xor | Code::AndNot, _)
                if (f.a == s || (f.b == s && commutes(f.code))) && other != s && reads(s) == 1 =>
            {
                if lanes.regs >= super::loop_kernel::MAX_REGS {
                    return None;
                }
                if other >= nslots + consts.len() as u8 {
                    // A temporary is written once: its lanes still hold the
                    // contributions when the block ends.
                    lanes.code[w] = Flat { code: Code::Nop, ..f };
                    lanes.accumulators.push((s, f.code, other));
                } else {
                    let c = lanes.regs as u8;
                    lanes.regs += 1;
                    lanes.code[w] = Flat { code: Code::Copy, d: c, a: other, b: 0, op: f.op };
                    lanes.accumulators.push((s, f.code, c));
                }
            }
            _ => return None,
        }
    }
    lanes.code.retain(|f| f.code != Code::Nop);
    let read_only = |r: u8| constant(r).is_some() || slots.get(r as usize).is_some_and(|s| !s.written);
    let step_of = |r: u8| lanes.inductions.iter().find(|i| i.0 == r).map(|i| i.1);
    lanes.steady = lanes
        .code
        .iter()
        .map(|f| match f.code {
            Code::ExitUnlessLt | Code::ExitUnlessLe | Code::ExitUnlessGt | Code::ExitUnlessGe => {
                match (step_of(f.a), step_of(f.b)) {
                    (Some(step), None) if read_only(f.b) => Some((f.a, step)),
                    (None, Some(step)) if read_only(f.a) => Some((f.b, step)),
                    _ => None,
                }
            }
            _ => None,
        })
        .collect();
    Some(lanes)
}

fn commutes(code: Code) -> bool {
    matches!(code, Code::Add | Code::Mul | Code::And | Code::Or | Code::Xor)
}

/// Whether an operation reads register `r`.
fn reads_reg(f: &Flat, r: u8) -> bool {
    if f.code == Code::Nop {
        return false;
    }
    let binary = !matches!(
        f.code,
        Code::Neg | Code::BitNot | Code::Not | Code::WrapSigned | Code::WrapUnsigned | Code::Copy | Code::ExitUnless
    );
    f.a == r || (binary && f.b == r)
}

/// Whether an operation writes register `r`.
fn writes_reg(f: &Flat, r: u8) -> bool {
    !is_exit(f.code) && f.d == r
}

fn is_exit(code: Code) -> bool {
    matches!(
        code,
        Code::ExitUnless
            | Code::ExitUnlessLt
            | Code::ExitUnlessLe
            | Code::ExitUnlessGt
            | Code::ExitUnlessGe
            | Code::ExitUnlessEq
            | Code::ExitUnlessNe
    )
}

type Block = [i64; LANES];

/// Runs up to `max` iterations in blocks, on the scalar registers `r` (the
/// slots' values on entry and on return), and returns how many ran.
pub fn iterate(kernel: &Kernel, lanes: &Lanes, r: &mut [i64], max: u64) -> u64 {
    let _ = kernel;
    SCRATCH.with(|scratch| {
        let mut file = scratch.borrow_mut();
        if file.len() < lanes.regs {
            file.resize(lanes.regs, [0; LANES]);
        }
        iterate_in(lanes, &mut file[..lanes.regs], r, max)
    })
}

thread_local! {
    /// The lanes' registers, kept from one run to the next: every register
    /// a block reads is set before (see `plan`), so old values never show.
    static SCRATCH: std::cell::RefCell<Vec<Block>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn iterate_in(lanes: &Lanes, file: &mut [Block], r: &mut [i64], max: u64) -> u64 {
    for &i in &lanes.invariant {
        file[i as usize] = [r[i as usize]; LANES];
    }
    let mut done = 0u64;
    while done < max {
        let m = (max - done).min(LANES as u64) as usize;
        // Lane `l` of an induction variable is its start plus `l` steps.
        for &(s, step) in &lanes.inductions {
            let start = r[s as usize];
            let block = &mut file[s as usize];
            let mut v = start;
            for x in block.iter_mut() {
                *x = v;
                v = v.wrapping_add(step);
            }
        }
        // The first lane whose iteration does not run in full.
        let mut stop = m;
        for (f, &steady) in lanes.code.iter().zip(&lanes.steady) {
            stop = stop.min(run_op(file, f, stop, steady));
        }
        let n = stop;
        if n > 0 {
            for &(s, code, c) in &lanes.accumulators {
                r[s as usize] = fold(code, r[s as usize], &file[c as usize][..n]);
            }
            for &(s, step) in &lanes.inductions {
                r[s as usize] = r[s as usize].wrapping_add(step.wrapping_mul(n as i64));
            }
            for &s in &lanes.fresh {
                r[s as usize] = file[s as usize][n - 1];
            }
        }
        done += n as u64;
        if n < m {
            break;
        }
    }
    done
}

/// An accumulator after the contributions `xs`, in iteration order.
fn fold(code: Code, mut acc: i64, xs: &[i64]) -> i64 {
    match code {
        Code::Add => xs.iter().fold(acc, |a, &x| a.wrapping_add(x)),
        Code::Sub => xs.iter().fold(acc, |a, &x| a.wrapping_sub(x)),
        Code::Mul => xs.iter().fold(acc, |a, &x| a.wrapping_mul(x)),
        Code::And => xs.iter().fold(acc, |a, &x| a & x),
        Code::Or => xs.iter().fold(acc, |a, &x| a | x),
        Code::Xor => xs.iter().fold(acc, |a, &x| a ^ x),
        _ => {
            for &x in xs {
                acc &= !x;
            }
            acc
        }
    }
}

/// Runs one operation over every lane; returns the first lane (below
/// `stop`) that must not count: its condition is false or its operator
/// would panic. `stop` when there is none.
#[inline(always)]
fn run_op(file: &mut [Block], f: &Flat, stop: usize, steady: Option<(u8, i64)>) -> usize {
    let (d, a, b) = (f.d as usize, f.a as usize, f.b as usize);
    macro_rules! exit_unless {
        (|$x:ident, $y:ident| $e:expr) => {{
            let (xs, ys) = (&file[a], &file[b]);
            let holds = |l: usize| {
                let ($x, $y) = (xs[l], ys[l]);
                $e
            };
            if let Some((ind, step)) = steady {
                // The induction variable's lanes, first to last, without
                // wrapping around: the comparison holds in between too.
                let lane = &file[ind as usize];
                let (first, last) = (lane[0], lane[LANES - 1]);
                let no_wrap = step.checked_mul(LANES as i64 - 1).and_then(|span| first.checked_add(span)) == Some(last);
                if no_wrap && holds(0) && holds(LANES - 1) {
                    return stop;
                }
            }
            // Usually every lane goes on: checked without a branch per lane.
            let mut all = true;
            for l in 0..LANES {
                let ($x, $y) = (xs[l], ys[l]);
                all &= $e;
            }
            if all {
                stop
            } else {
                (0..stop)
                    .find(|&l| {
                        let ($x, $y) = (xs[l], ys[l]);
                        !($e)
                    })
                    .unwrap_or(stop)
            }
        }};
    }
    match f.code {
        Code::Add => apply(file, d, a, b, |x, y| x.wrapping_add(y)),
        Code::Sub => apply(file, d, a, b, |x, y| x.wrapping_sub(y)),
        Code::Mul => apply(file, d, a, b, |x, y| x.wrapping_mul(y)),
        Code::And => apply(file, d, a, b, |x, y| x & y),
        Code::Or => apply(file, d, a, b, |x, y| x | y),
        Code::Xor => apply(file, d, a, b, |x, y| x ^ y),
        Code::AndNot => apply(file, d, a, b, |x, y| x & !y),
        Code::Lt => apply(file, d, a, b, |x, y| (x < y) as i64),
        Code::Le => apply(file, d, a, b, |x, y| (x <= y) as i64),
        Code::Gt => apply(file, d, a, b, |x, y| (x > y) as i64),
        Code::Ge => apply(file, d, a, b, |x, y| (x >= y) as i64),
        Code::Eq => apply(file, d, a, b, |x, y| (x == y) as i64),
        Code::Ne => apply(file, d, a, b, |x, y| (x != y) as i64),
        Code::Neg => apply(file, d, a, a, |x, _| x.wrapping_neg()),
        Code::BitNot => apply(file, d, a, a, |x, _| !x),
        Code::Not => apply(file, d, a, a, |x, _| (x == 0) as i64),
        Code::WrapSigned => apply(file, d, a, a, |x, _| super::machine::convert_wrap(x, f.b, true)),
        Code::WrapUnsigned => apply(file, d, a, a, |x, _| super::machine::convert_wrap(x, f.b, false)),
        Code::Copy => apply(file, d, a, a, |x, _| x),
        Code::Nop => usize::MAX,
        Code::Checked => {
            let first = std::cell::Cell::new(stop);
            let mut l = 0;
            apply(file, d, a, b, |x, y| {
                let v = match int_binary(f.op, x, y) {
                    Some(IntResult::Int(v)) => v,
                    Some(IntResult::Bool(v)) => v as i64,
                    None => {
                        first.set(first.get().min(l));
                        0
                    }
                };
                l += 1;
                v
            });
            first.get()
        }
        Code::ExitUnless => exit_unless!(|x, _y| x != 0),
        Code::ExitUnlessLt => exit_unless!(|x, y| x < y),
        Code::ExitUnlessLe => exit_unless!(|x, y| x <= y),
        Code::ExitUnlessGt => exit_unless!(|x, y| x > y),
        Code::ExitUnlessGe => exit_unless!(|x, y| x >= y),
        Code::ExitUnlessEq => exit_unless!(|x, y| x == y),
        Code::ExitUnlessNe => exit_unless!(|x, y| x != y),
    }
}

/// `d = g(a, b)` in every lane, lane by lane in order, without copying
/// a register (the destination may be an operand).
#[inline(always)]
fn apply(file: &mut [Block], d: usize, a: usize, b: usize, mut g: impl FnMut(i64, i64) -> i64) -> usize {
    let (lo, rest) = file.split_at_mut(d);
    let (dst, hi) = rest.split_first_mut().expect("a register of the kernel");
    let other = |r: usize| -> Option<&Block> {
        match r.cmp(&d) {
            std::cmp::Ordering::Less => Some(&lo[r]),
            std::cmp::Ordering::Greater => Some(&hi[r - d - 1]),
            std::cmp::Ordering::Equal => None,
        }
    };
    match (other(a), other(b)) {
        (Some(x), Some(y)) => {
            for l in 0..LANES {
                dst[l] = g(x[l], y[l]);
            }
        }
        (None, Some(y)) => {
            for l in 0..LANES {
                dst[l] = g(dst[l], y[l]);
            }
        }
        (Some(x), None) => {
            for l in 0..LANES {
                dst[l] = g(x[l], dst[l]);
            }
        }
        (None, None) => {
            for l in 0..LANES {
                dst[l] = g(dst[l], dst[l]);
            }
        }
    }
    usize::MAX
}
