//! The differential test of float formatting against Go 1.19: the engine
//! formats every value of `floats_hash.txt` in the layouts of
//! `gen_floats.go` and must hash to Go's outputs; `floats_text.txt` holds
//! the `fmt` layouts of some of them in full.

use crate::float_format::format_float;
use crate::ir::types::{RtKind, RtType, TypeTable};
use crate::sim::gofmt::{sprintf, Env};
use crate::sim::value::Value;
use std::rc::Rc;

/// The `fmt` verbs of gen_floats.go's `verbs`, in order.
const VERBS: &[&str] = &[
    "%v", "%g", "%e", "%f", "%.0f", "%.3e", "%.17g", "%8.3f", "%-10.4g", "%+e", "%G", "%E", "%.1f", "%.2f", "%.6g",
    "%.10e", "%x", "%.3x", "%b", "%#g", "%08.2f", "% .4e",
];

/// One value of the fixture: a `float64` or a `float32`.
#[derive(Clone, Copy)]
enum Float {
    F64(f64),
    F32(f32),
}

impl Float {
    fn parse(kind: &str, bits: &str) -> Float {
        match kind {
            "d" => Float::F64(f64::from_bits(u64::from_str_radix(bits, 16).expect("hex bits"))),
            _ => Float::F32(f32::from_bits(u32::from_str_radix(bits, 16).expect("hex bits"))),
        }
    }

    /// `fmt.Sprintf(verb, v)` through the engine's `fmt`.
    fn sprintf(self, verb: &str) -> String {
        let (bits, v) = match self {
            Float::F64(v) => (64, v),
            Float::F32(v) => (32, f64::from(v)),
        };
        let types = TypeTable { types: vec![RtType { name: None, kind: RtKind::Float { bits }, methods: Vec::new() }] };
        let mut no_methods = |_: u32, _: &Value, _: &str| None;
        let mut env = Env { types: &types, arrays: &[], maps: &[], cells: &[], call_method: &mut no_methods };
        sprintf(&mut env, verb, &[Value::Iface(Rc::new((0, Value::Float(v))))])
    }

    /// The outputs in gen_floats.go's order: the verbs, then
    /// `strconv.FormatFloat` with 'e', 'f', 'g' and precisions -1..=20.
    fn outputs(self) -> Vec<String> {
        let mut out: Vec<String> = VERBS.iter().map(|v| self.sprintf(v)).collect();
        let (v, bits) = match self {
            Float::F64(v) => (v, 64),
            Float::F32(v) => (f64::from(v), 32),
        };
        for c in [b'e', b'f', b'g'] {
            for p in -1..=20 {
                out.push(format_float(v, c, p, bits));
            }
        }
        out
    }
}

/// The top 48 bits of FNV-1a over the outputs, each followed by a newline.
fn fnv(outs: &[String]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for s in outs {
        for &b in s.as_bytes().iter().chain(b"\n") {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x100_0000_01b3);
        }
    }
    h >> 16
}

#[test]
fn float_text_matches_go() {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in include_str!("floats_text.txt").lines().filter(|l| !l.starts_with('#')) {
        let (head, rest) = line.split_once('\t').expect("tab");
        let (kind, bits) = head.split_once(' ').expect("kind and bits");
        let v = Float::parse(kind, bits);
        for (verb, want) in VERBS.iter().zip(rest.split('\t')) {
            count += 1;
            let got = v.sprintf(verb);
            if got != want {
                failures.push(format!("{kind} {bits} {verb}: got {got:?}, want {want:?}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {count} differ:\n{}",
        failures.len(),
        failures[..failures.len().min(40)].join("\n")
    );
}

#[test]
fn float_hashes_match_go() {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in include_str!("floats_hash.txt").lines().filter(|l| !l.starts_with('#')) {
        let mut parts = line.split(' ');
        let (kind, bits, hash) = (parts.next().unwrap(), parts.next().unwrap(), parts.next().unwrap());
        let v = Float::parse(kind, bits);
        count += 1;
        let outs = v.outputs();
        if format!("{:012x}", fnv(&outs)) != hash {
            failures.push(format!("{kind} {bits}: {}", outs.join(" | ")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {count} values differ:\n{}",
        failures.len(),
        failures[..failures.len().min(10)].join("\n")
    );
}
