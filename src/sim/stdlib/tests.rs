//! Unit tests of the library's edge cases, called straight on a machine;
//! expected texts and bits come from Go 1.19.

use super::{StdResult, Stop};
use crate::ir::stdlib::StdFn;
use crate::sim::machine::{Config, Machine};
use crate::sim::value::Value;
use std::rc::Rc;

fn machine() -> Machine {
    let program = crate::lang::compile("package main\n\nfunc main() {}\n").expect("compiles");
    Machine::new(Rc::new(program), Config::default())
}

fn call(m: &mut Machine, f: StdFn, args: Vec<Value>) -> StdResult {
    m.std_results(0, f, &args)
}

fn float(m: &mut Machine, f: StdFn, args: &[f64]) -> f64 {
    match call(m, f, args.iter().map(|x| Value::Float(*x)).collect()) {
        Ok(v) => match v[0] {
            Value::Float(x) => x,
            ref other => panic!("not a float: {other:?}"),
        },
        Err(e) => panic!("{e:?}"),
    }
}

fn text(v: &Value, m: &Machine) -> String {
    match v {
        Value::Str(s) => s.to_string(),
        Value::Nil => "<nil>".to_string(),
        Value::Float(f) => m.format_float(*f, b'g', -1, 64),
        other => m.builtin_error_message(other).unwrap_or_else(|| other.to_go_string()),
    }
}

#[test]
fn pow_matches_go_bit_for_bit() {
    let mut m = machine();
    let cases = [
        (2.0, 10.0, 0x4090000000000000u64),
        (1.1, 7.0, 0x3fff2df1fb5a7ed7),
        (3.7, -3.0, 0x3f94374a6b89f57a),
        (10.0, 0.5, 0x40094c583ada5b53),
        (-2.0, 3.0, 0xc020000000000000),
        (0.0, -1.0, 0x7ff0000000000000),
        (1e10, 31.0, 0x7ff0000000000000),
        (0.999, 12345.0, 0x3ed22391fb9458b0),
    ];
    for (x, y, bits) in cases {
        assert_eq!(float(&mut m, StdFn::MathPow, &[x, y]).to_bits(), bits, "Pow({x}, {y})");
    }
}

#[test]
fn max_min_mod_round_follow_go_special_cases() {
    let mut m = machine();
    assert_eq!(float(&mut m, StdFn::MathMax, &[f64::NAN, f64::INFINITY]), f64::INFINITY);
    assert!(float(&mut m, StdFn::MathMax, &[f64::NAN, 1.0]).is_nan());
    assert!(float(&mut m, StdFn::MathMin, &[0.0, -0.0]).is_sign_negative());
    assert!(float(&mut m, StdFn::MathMax, &[-0.0, 0.0]).is_sign_positive());
    assert_eq!(float(&mut m, StdFn::MathMod, &[-7.0, 3.0]), -1.0);
    assert_eq!(float(&mut m, StdFn::MathRound, &[-2.5]), -3.0);
    assert_eq!(float(&mut m, StdFn::MathSqrt, &[2.0]), std::f64::consts::SQRT_2);
    let inf = call(&mut m, StdFn::MathInf, vec![Value::Int(-1)]).unwrap();
    assert_eq!(inf, vec![Value::Float(f64::NEG_INFINITY)]);
}

#[test]
// 3.14159 is a sample value, not an approximation of π.
#[allow(clippy::approx_constant)]
fn format_float_matches_go() {
    let m = machine();
    let rows = [
        (3.14159, "3.14159 3.14159e+00 3.14159 3.14 3.142e+00 3.142 3.14159"),
        (1e21, "1000000000000000000000 1e+21 1e+21 1000000000000000000000.00 1.000e+21 1e+21 1000000000000000000000"),
        (1e-7, "0.0000001 1e-07 1e-07 0.00 1.000e-07 1e-07 0.0000001"),
        (100.0, "100 1e+02 100 100.00 1.000e+02 100 100"),
        (0.0, "0 0e+00 0 0.00 0.000e+00 0 0"),
        (-0.5, "-0.5 -5e-01 -0.5 -0.50 -5.000e-01 -0.5 -0.5"),
        (123456789.0, "123456789 1.23456789e+08 1.23456789e+08 123456789.00 1.235e+08 1.235e+08 123456790"),
        (1.0 / 3.0, "0.3333333333333333 3.333333333333333e-01 0.3333333333333333 0.33 3.333e-01 0.3333 0.33333334"),
    ];
    for (v, want) in rows {
        let got = [
            m.format_float(v, b'f', -1, 64),
            m.format_float(v, b'e', -1, 64),
            m.format_float(v, b'g', -1, 64),
            m.format_float(v, b'f', 2, 64),
            m.format_float(v, b'e', 3, 64),
            m.format_float(v, b'g', 4, 64),
            m.format_float(v, b'f', -1, 32),
        ]
        .join(" ");
        assert_eq!(got, want, "FormatFloat({v})");
    }
    assert_eq!(m.format_float(f64::NEG_INFINITY, b'f', 2, 64), "-Inf");
    assert_eq!(m.format_float(1.0, b'z', -1, 64), "%z");
}

#[test]
fn parse_float_values_and_errors_match_go() {
    let mut m = machine();
    let rows = [
        ("3.25", "3.25 <nil>"),
        ("1e400", "+Inf strconv.ParseFloat: parsing \"1e400\": value out of range"),
        ("-Inf", "-Inf <nil>"),
        ("nan", "NaN <nil>"),
        ("+nan", "0 strconv.ParseFloat: parsing \"+nan\": invalid syntax"),
        ("abc", "0 strconv.ParseFloat: parsing \"abc\": invalid syntax"),
        ("", "0 strconv.ParseFloat: parsing \"\": invalid syntax"),
        (".5", "0.5 <nil>"),
        ("1_0", "10 <nil>"),
    ];
    for (s, want) in rows {
        let r = call(&mut m, StdFn::StrconvParseFloat, vec![Value::Str(Rc::from(s)), Value::Int(64)]).unwrap();
        assert_eq!(format!("{} {}", text(&r[0], &m), text(&r[1], &m)), want, "ParseFloat({s:?})");
    }
}

#[test]
fn library_panics_carry_go_messages() {
    let mut m = machine();
    let panics = |r: StdResult| match r {
        Err(Stop::Panic(msg)) => msg,
        other => panic!("expected a panic, got {other:?}"),
    };
    let r = call(&mut m, StdFn::RandIntn, vec![Value::Int(0)]);
    assert_eq!(panics(r), "invalid argument to Intn");
    let r = call(&mut m, StdFn::StrconvFormatInt, vec![Value::Int(1), Value::Int(37)]);
    assert_eq!(panics(r), "strconv: illegal AppendInt/FormatInt base");
    let r = call(&mut m, StdFn::StringsRepeat, vec![Value::Str(Rc::from("ab")), Value::Int(i64::MAX)]);
    assert_eq!(panics(r), "strings: Repeat count causes overflow");
}

#[test]
fn rand_draws_come_from_the_seeded_generator() {
    let draw = |seed: u64| {
        let program = crate::lang::compile("package main\n\nfunc main() {}\n").expect("compiles");
        let mut m = Machine::new(Rc::new(program), Config { seed, ..Config::default() });
        let a = call(&mut m, StdFn::RandInt63, vec![]).unwrap();
        let f = float(&mut m, StdFn::RandFloat64, &[]);
        assert!((0.0..1.0).contains(&f));
        (a, f.to_bits())
    };
    assert_eq!(draw(7), draw(7));
    assert_ne!(draw(7), draw(8));
}

#[test]
fn errors_join_skips_nils_and_joins_messages() {
    let mut m = machine();
    assert_eq!(call(&mut m, StdFn::ErrorsJoin, vec![Value::Nil, Value::Nil]).unwrap(), vec![Value::Nil]);
    let (a, b) = (m.new_error("a".to_string()), m.new_error("b".to_string()));
    let joined = call(&mut m, StdFn::ErrorsJoin, vec![a, Value::Nil, b]).unwrap();
    assert_eq!(m.builtin_error_message(&joined[0]).as_deref(), Some("a\nb"));
}
