//! Loop kernels change nothing a run shows: random small loops run with
//! and without kernels, in batches and one step at a time, give the same
//! events, steps, clock, outcome and final stack.

use super::loop_kernel::{compile_function, Kernel};
use super::rng::Rng;
use super::{Config, Event, Limits, Machine, Policy};
use crate::ir::Program;
use std::rc::Rc;

/// Everything a run shows, and the main goroutine's stack at the end.
type Observed = (Vec<Event>, u64, u64, Option<String>, Vec<super::value::Value>);

fn observe(program: &Rc<Program>, config: Config, batch: Option<u64>, kernels: bool) -> Observed {
    let mut m = Machine::new(program.clone(), config);
    if !kernels {
        m.drop_loop_kernels();
    }
    let events = super::machine::run_collecting(&mut m, batch);
    let stack = m.goroutines.first().map(|g| g.stack.clone()).unwrap_or_default();
    (events, m.steps, m.time, m.outcome.as_ref().map(|o| o.stderr().to_string()), stack)
}

/// A random small Go program: a few int and bool variables and one loop
/// whose body is integer arithmetic on them (with divisions and shifts by
/// variables that may panic, and narrowing conversions).
fn random_program(rng: &mut Rng) -> String {
    let pick = |rng: &mut Rng, n: usize| rng.below(n as u64) as usize;
    let ints = ["a", "b", "c", "i"];
    let small = |rng: &mut Rng| (rng.below(19) as i64) - 9;
    let mut src = String::from("package main\n\nimport \"fmt\"\n\nfunc main() {\n");
    src += &format!("\ta, b, c := {}, {}, {}\n", small(rng) * 1000, small(rng), small(rng) * 7 + 1);
    src += &format!("\tf := {}\n", pick(rng, 2) == 1);
    src += "\ti := 0\n";
    let limit = 1 + pick(rng, 400);
    let cond = match pick(rng, 4) {
        0 => format!("i < {limit}"),
        1 => format!("i != {limit}"),
        2 => format!("{limit} > i"),
        _ => format!("i <= {limit}"),
    };
    src += &format!("\tfor ; {cond}; i++ {{\n");
    fn expr(rng: &mut Rng, depth: u32) -> String {
        let ints = ["a", "b", "c", "i"];
        let leaf = |rng: &mut Rng| ints[rng.below(4) as usize].to_string();
        if depth == 0 || rng.below(3) == 0 {
            return leaf(rng);
        }
        let ops = ["+", "-", "*", "&", "|", "^", "&^", "/", "%", "<<", ">>"];
        let op = ops[rng.below(ops.len() as u64) as usize];
        let x = expr(rng, depth - 1);
        let y = match (op, rng.below(3)) {
            ("<<" | ">>", 0) => format!("{}", rng.below(70)),
            ("<<" | ">>", _) => format!("({} & 63)", leaf(rng)),
            ("/" | "%", 0) => format!("{}", 1 + rng.below(9)),
            (_, 0) => format!("{}", rng.below(100) as i64 - 20),
            _ => expr(rng, depth - 1),
        };
        match rng.below(8) {
            0 => format!("-({x} {op} {y})"),
            1 => format!("^({x} {op} {y})"),
            2 => format!("int(int8({x} {op} {y}))"),
            3 => format!("int(uint16({x} {op} {y}))"),
            _ => format!("({x} {op} {y})"),
        }
    }
    for _ in 0..1 + pick(rng, 4) {
        let target = ints[pick(rng, 3)];
        src += &match pick(rng, 6) {
            0 => format!("\t\tf = {} < {}\n", expr(rng, 1), expr(rng, 1)),
            1 => "\t\tf = !f\n".to_string(),
            2 => format!("\t\tf = f == ({} >= {})\n", expr(rng, 1), expr(rng, 1)),
            3 => format!("\t\t{target} += {}\n", expr(rng, 2)),
            4 => format!("\t\t{target}, {} = {}, {target}\n", ints[pick(rng, 3)], expr(rng, 2)),
            _ => format!("\t\t{target} = {}\n", expr(rng, 3)),
        };
    }
    src += "\t}\n\tfmt.Println(a, b, c, f, i)\n}\n";
    src
}

/// A random loop of the shape lanes run: an induction variable with a
/// random step, read-only values, temporaries written before they are
/// read, and accumulators read nowhere else.
fn random_lane_program(rng: &mut Rng) -> String {
    let pick = |rng: &mut Rng, n: u64| rng.below(n) as i64;
    let mut src = String::from("package main\n\nimport \"fmt\"\n\nfunc main() {\n");
    src += &format!("\tk, m := {}, {}\n", pick(rng, 2000) - 1000, pick(rng, 9) - 4);
    src += &format!("\ts0, s1, s2 := {}, {}, {}\n", pick(rng, 100), pick(rng, 3), -pick(rng, 50));
    src += "\tt := 0\n";
    let step = 1 + pick(rng, 5);
    let (start, cond) = match pick(rng, 3) {
        0 => (pick(rng, 10), format!("i < {}", pick(rng, 600))),
        1 => (pick(rng, 300), format!("i >= {}", -pick(rng, 300))),
        _ => (-pick(rng, 100), format!("i <= k")),
    };
    let (update, start) =
        if cond.contains(">=") { (format!("i -= {step}"), start) } else { (format!("i += {step}"), start) };
    src += &format!("\ti := {start}\n\tfor ; {cond}; {update} {{\n");
    fn expr(rng: &mut Rng, depth: u32, with_t: bool) -> String {
        if depth == 0 || rng.below(3) == 0 {
            let n = if with_t { 7 } else { 6 };
            return ["i", "k", "m", "3", "7", "-2", "t"][rng.below(n) as usize].to_string();
        }
        let ops = ["+", "-", "*", "&", "|", "^", "&^", "/", "%", "<<", ">>"];
        let op = ops[rng.below(ops.len() as u64) as usize];
        let x = expr(rng, depth - 1, with_t);
        let y = match op {
            "<<" | ">>" => format!("(i & {})", rng.below(70)),
            _ => expr(rng, depth - 1, with_t),
        };
        match rng.below(6) {
            0 => format!("int(int16({x} {op} {y}))"),
            1 => format!("-({x} {op} {y})"),
            _ => format!("({x} {op} {y})"),
        }
    }
    if rng.below(2) == 0 {
        src += &format!("\t\tt = {}\n", expr(rng, 2, false));
    }
    for acc in ["s0", "s1", "s2"] {
        let op = ["+=", "-=", "*=", "^=", "|=", "&=", "&^="][rng.below(7) as usize];
        if rng.below(4) != 0 {
            src += &format!("\t\t{acc} {op} {}\n", expr(rng, 2, true));
        }
    }
    src += "\t}\n\tfmt.Println(s0, s1, s2, t, i, k, m)\n}\n";
    src
}

/// The kernels of a program's main function.
fn main_kernels(program: &Program) -> Vec<Kernel> {
    compile_function(&program.funcs[program.main as usize])
}

#[test]
fn random_loops_run_the_same_with_and_without_kernels() {
    let mut rng = Rng::new(2026);
    let (mut checked, mut with_kernel, mut in_lanes) = (0, 0, 0);
    for case in 0..600 {
        let src = if case % 2 == 0 { random_program(&mut rng) } else { random_lane_program(&mut rng) };
        let Ok(program) = crate::lang::compile(&src) else { continue };
        let program = Rc::new(program);
        checked += 1;
        let kernels = main_kernels(&program);
        with_kernel += !kernels.is_empty() as u32;
        in_lanes += kernels.iter().any(|k| k.lanes.is_some()) as u32;
        for (policy, max_steps) in
            [(Policy::Fifo, 50_000), (Policy::Fifo, 1 + rng.below(3000)), (Policy::Random, 5_000)]
        {
            let config = Config { seed: case, policy, limits: Limits { max_steps, ..Limits::default() }, race: false };
            let want = observe(&program, config, None, false);
            for batch in [4096, 1 + rng.below(50)] {
                let plain = observe(&program, config, Some(batch), false);
                let fast = observe(&program, config, Some(batch), true);
                assert!(plain == want, "batches without kernels differ ({policy:?}, {max_steps}, {batch}):\n{src}");
                assert!(fast == want, "kernels change the run ({policy:?}, limit {max_steps}, batch {batch}):\n{src}");
            }
        }
    }
    assert!(checked > 400, "only {checked} programs compiled");
    assert!(in_lanes * 3 > checked, "only {in_lanes} of {checked} loops ran in lanes");
    assert!(with_kernel * 10 > checked * 9, "only {with_kernel} of {checked} loops got a kernel");
}

#[test]
fn the_benchmark_loop_gets_a_kernel_of_three_steps() {
    let src = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/benches/go/f_loop.go")).unwrap();
    let program = crate::lang::compile(&src).expect("compiles");
    let kernels = main_kernels(&program);
    assert_eq!(kernels.len(), 1);
    assert_eq!(kernels[0].steps, 3);
    assert!(!kernels[0].may_panic);
}

#[test]
fn loops_with_calls_branches_or_heap_values_get_no_kernel() {
    for body in ["s += len(xs)", "if i > 2 { s++ }", "p := &s; *p += i", "xs = append(xs, i)", "s += int(float64(i))"] {
        let src = format!(
            "package main\n\nfunc main() {{\n\tvar s int\n\txs := []int{{1}}\n\tfor i := 0; i < 9; i++ {{\n\t\t{body}\n\t}}\n\tprintln(s, len(xs))\n}}\n"
        );
        let program = crate::lang::compile(&src).expect("compiles");
        assert!(main_kernels(&program).is_empty(), "{body}");
    }
}

/// `x++` on a float compiles to an integer increment on a slot that holds
/// a float at run time: the kernel refuses and the interpreter runs it.
#[test]
fn a_kernel_refuses_slots_of_another_kind() {
    let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 0.5\n\tfor i := 0; i < 1000; i++ {\n\t\tx++\n\t}\n\tfmt.Println(x)\n}\n";
    let program = Rc::new(crate::lang::compile(src).expect("compiles"));
    let config = Config { seed: 1, policy: Policy::Fifo, limits: Limits::default(), race: false };
    let want = observe(&program, config, None, false);
    assert_eq!(observe(&program, config, Some(4096), true), want);
    assert!(want.0.iter().any(|e| format!("{e:?}").contains("1000.5")), "{:?}", want.0);
}

/// Loops at the edges: induction variables that wrap around, a step of
/// zero (the step limit ends the run), conditions met exactly, divisions by
/// zero in the middle of a block, and a read-only bound on the left.
#[test]
fn edge_loops_run_the_same_with_and_without_kernels() {
    let loops = [
        "s := 0\n\tfor i := 9223372036854775000; i > 0; i += 7 {\n\t\ts += i & 3\n\t}\n\tfmt.Println(s)",
        "s := 0\n\tfor i := -9223372036854775000; i < 0; i -= 5 {\n\t\ts ^= i\n\t}\n\tfmt.Println(s)",
        "s := 0\n\tfor i := 0; i < 10; i += 0 {\n\t\ts++\n\t}\n\tfmt.Println(s)",
        "s := 0\n\tfor i := 3; i != 300; i += 3 {\n\t\ts += i * i\n\t}\n\tfmt.Println(s)",
        "s, n := 0, 500\n\tfor i := 0; n > i; i++ {\n\t\ts += 1000 / (i - 77)\n\t}\n\tfmt.Println(s)",
        "s, n := 0, 500\n\tfor i := 0; i <= n; i++ {\n\t\ts -= (i % 5) << (i & 7)\n\t}\n\tfmt.Println(s)",
        "s := 1\n\tfor i := 0; i < 200; i++ {\n\t\ts *= 3\n\t}\n\tfmt.Println(s)",
        "s, t := 0, 0\n\tfor i := 0; i < 1000; i++ {\n\t\tt = i * 3\n\t\ts += t\n\t\tt -= 1\n\t}\n\tfmt.Println(s, t)",
    ];
    for body in loops {
        let src = format!("package main\n\nimport \"fmt\"\n\nfunc main() {{\n\t{body}\n}}\n");
        let program = Rc::new(crate::lang::compile(&src).unwrap_or_else(|e| panic!("{e:?}\n{src}")));
        assert!(main_kernels(&program).iter().all(|k| k.lanes.is_some()), "{src}");
        for max_steps in [100_000, 1_001, 4_000] {
            let config = Config {
                seed: 3,
                policy: Policy::Fifo,
                limits: Limits { max_steps, ..Limits::default() },
                race: false,
            };
            let want = observe(&program, config, None, false);
            for batch in [4096, 7] {
                assert!(
                    observe(&program, config, Some(batch), true) == want,
                    "limit {max_steps}, batch {batch}:\n{src}"
                );
            }
        }
    }
}
