//! Known outputs of Go 1.19, and random values checked against properties
//! any correct formatter has (the differential fixture against Go is
//! `sim/gofmt/tests/floats.rs`).

use super::{display, fixed, format_float};
use crate::float_parse::{parse_f32, parse_f64};
use crate::sim::rng::Rng;

#[test]
fn known_go_outputs() {
    let cases: &[(f64, u8, i32, u8, &str)] = &[
        (0.0, b'g', -1, 64, "0"),
        (-0.0, b'e', 2, 64, "-0.00e+00"),
        (1.0, b'e', -1, 64, "1e+00"),
        (0.1, b'g', -1, 64, "0.1"),
        (f64::from(0.1f32), b'g', -1, 32, "0.1"),
        (f64::from(0.1f32), b'g', -1, 64, "0.10000000149011612"),
        (25.0, b'e', 0, 64, "2e+01"),
        (35.0, b'e', 0, 64, "4e+01"),
        (2.5, b'f', 0, 64, "2"),
        (1.005, b'f', 2, 64, "1.00"),
        (1e21, b'g', -1, 64, "1e+21"),
        (123456789.0, b'g', -1, 64, "1.23456789e+08"),
        (5e-324, b'g', -1, 64, "5e-324"),
        (f64::MAX, b'g', -1, 64, "1.7976931348623157e+308"),
        (f64::MAX, b'e', 20, 64, "1.79769313486231570815e+308"),
        (1.0, b'x', -1, 64, "0x1p+00"),
        (1.0, b'b', -1, 64, "4503599627370496p-52"),
        (f64::NAN, b'f', 2, 64, "NaN"),
        (f64::NEG_INFINITY, b'g', -1, 64, "-Inf"),
        (1.0, b'z', -1, 64, "%z"),
    ];
    for &(v, fmt, prec, bits, want) in cases {
        assert_eq!(format_float(v, fmt, prec, bits), want, "{v:e} {} {prec} {bits}", fmt as char);
    }
    assert_eq!(display(1e21), "1000000000000000000000");
    assert_eq!(display(-0.25), "-0.25");
    assert_eq!(fixed(2.345, 1), "2.3");
}

/// Rust's own formatting is correctly rounded with ties to even, as Go's is,
/// so the two agree on fixed precisions; the shortest digits read back and
/// are as short as Rust's.
#[test]
fn random_values_agree_with_correct_rounding() {
    let mut rng = Rng::new(7);
    for i in 0..20_000 {
        let bits = rng.next_u64();
        let v = if i % 2 == 0 { f64::from_bits(bits) } else { f64::from_bits(bits >> 12 | 0x3f00_0000_0000_0000) };
        if !v.is_finite() {
            continue;
        }
        let a = v.abs();
        let short = format_float(a, b'e', -1, 64);
        assert_eq!(parse_f64(&short), Some(a), "{short}");
        let rust = format!("{a:e}");
        let digits = |s: &str| s.split('e').next().unwrap().replace('.', "").len();
        assert_eq!(digits(&short), digits(&rust), "{a:e}");
        for p in [0usize, 1, 3, 6, 10, 16, 17, 19, 25] {
            let go = format_float(a, b'e', p as i32, 64);
            let rust = format!("{a:.p$e}");
            let (gm, ge) = go.split_once('e').unwrap();
            let (rm, re) = rust.split_once('e').unwrap();
            assert_eq!((gm, ge.parse::<i32>().unwrap()), (rm, re.parse::<i32>().unwrap()), "{a:e} %.{p}e");
        }
        if a < 1e30 {
            for p in [0usize, 2, 5, 20] {
                assert_eq!(format_float(a, b'f', p as i32, 64), format!("{a:.p$}"), "{a:e} %.{p}f");
            }
        }
        let s = f32::from_bits(bits as u32);
        if s.is_finite() {
            let short = format_float(f64::from(s.abs()), b'e', -1, 32);
            assert_eq!(parse_f32(&short), Some(s.abs()), "{short}");
            for p in [0usize, 4, 8, 12] {
                let go = format_float(f64::from(s.abs()), b'e', p as i32, 32);
                let (gm, _) = go.split_once('e').unwrap();
                let rust = format!("{:.p$e}", s.abs());
                assert_eq!(gm, rust.split_once('e').unwrap().0, "{s:e} %.{p}e (32)");
            }
        }
    }
}

/// `print`/`println` of floats, against Go 1.19 (testdata/gen_print.go).
#[test]
fn runtime_print_matches_go() {
    for line in include_str!("testdata/print.txt").lines() {
        let (bits, want) = line.split_once(' ').expect("bits and text");
        let v = f64::from_bits(u64::from_str_radix(bits, 16).expect("hex"));
        assert_eq!(super::runtime_print_float(v), want, "{bits}");
    }
}
