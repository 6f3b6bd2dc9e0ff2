//! Decimal text to the nearest `f64` or `f32` (ties to even), in the grammar of
//! Rust's `str::parse` for floats: an optional sign, then `inf`, `infinity` or
//! `nan` in any case, or digits with an optional point and an optional `e`/`E`
//! exponent (at least one digit before the exponent).
//!
//! The standard library's parser carries a 10 KB table of powers of five; the
//! page's wasm is smaller with this one, which is exact by working on big
//! integers: the value is `digits * 10^exp`, so it is either a big integer or a
//! big integer divided by a power of ten, rounded once to the format's bits.
//! Short inputs whose digits and power of ten are exact doubles take a fast path.

use crate::big_uint::Big;

/// The layout of a binary floating-point format.
struct Format {
    /// Stored mantissa bits (52 for `f64`, 23 for `f32`).
    mant_bits: u32,
    /// The smallest normal exponent (-1022 or -126).
    min_exp: i64,
    /// The largest exponent, which is also the exponent bias (1023 or 127).
    max_exp: i64,
}

const F64: Format = Format { mant_bits: 52, min_exp: -1022, max_exp: 1023 };
const F32: Format = Format { mant_bits: 23, min_exp: -126, max_exp: 127 };

/// Digits kept exactly; the rest only count as "something nonzero below".
/// Deciding a tie needs at most 767 significant digits for `f64`.
const MAX_DIGITS: usize = 800;

/// The nearest `f64` to `s`, or `None` if `s` is not a decimal float.
pub fn parse_f64(s: &str) -> Option<f64> {
    let d = Decimal::parse(s)?;
    if let Some(v) = d.fast_f64() {
        return Some(v);
    }
    Some(f64::from_bits(d.to_bits(&F64)))
}

/// The nearest `f32` to `s`, or `None` if `s` is not a decimal float.
pub fn parse_f32(s: &str) -> Option<f32> {
    Some(f32::from_bits(Decimal::parse(s)?.to_bits(&F32) as u32))
}

/// A parsed decimal: `digits * 10^exp`, or infinity or NaN.
struct Decimal {
    negative: bool,
    special: Option<Special>,
    /// Significant digits (0-9), without leading zeros.
    digits: Vec<u8>,
    exp: i64,
}

#[derive(Clone, Copy)]
enum Special {
    Inf,
    NaN,
}

impl Decimal {
    fn parse(s: &str) -> Option<Decimal> {
        let b = s.as_bytes();
        let (negative, b) = match b.first() {
            Some(b'-') => (true, &b[1..]),
            Some(b'+') => (false, &b[1..]),
            _ => (false, b),
        };
        let special = if b.eq_ignore_ascii_case(b"inf") || b.eq_ignore_ascii_case(b"infinity") {
            Some(Special::Inf)
        } else if b.eq_ignore_ascii_case(b"nan") {
            Some(Special::NaN)
        } else {
            None
        };
        let mut d = Decimal { negative, special, digits: Vec::new(), exp: 0 };
        if special.is_some() {
            return Some(d);
        }
        let mut i = 0;
        let mut any = false;
        let mut dropped_nonzero = false;
        let mut fraction = false;
        while i < b.len() {
            let c = b[i];
            if c == b'.' && !fraction {
                fraction = true;
            } else if c.is_ascii_digit() {
                any = true;
                let digit = c - b'0';
                if d.digits.is_empty() && digit == 0 {
                    d.exp -= fraction as i64;
                } else if d.digits.len() < MAX_DIGITS {
                    d.digits.push(digit);
                    d.exp -= fraction as i64;
                } else {
                    dropped_nonzero |= digit != 0;
                    d.exp += !fraction as i64;
                }
            } else {
                break;
            }
            i += 1;
        }
        if !any {
            return None;
        }
        if i < b.len() {
            if b[i] | 0x20 != b'e' {
                return None;
            }
            let e = &b[i + 1..];
            let (neg_exp, e) = match e.first() {
                Some(b'-') => (true, &e[1..]),
                Some(b'+') => (false, &e[1..]),
                _ => (false, e),
            };
            if e.is_empty() || !e.iter().all(u8::is_ascii_digit) {
                return None;
            }
            // Saturate: anything past a billion is zero or infinity anyway.
            let n = e.iter().fold(0i64, |n, &c| (n * 10 + (c - b'0') as i64).min(1_000_000_000));
            d.exp += if neg_exp { -n } else { n };
        }
        if dropped_nonzero {
            // A nonzero digit below the kept ones: enough to break a tie upwards.
            d.digits.push(1);
            d.exp -= 1;
        }
        Some(d)
    }

    /// Clinger's fast path: at most 15 digits and a power of ten up to 10^22 are
    /// both exact doubles, so one multiplication or division rounds correctly.
    fn fast_f64(&self) -> Option<f64> {
        if self.special.is_some() || self.digits.len() > 15 || self.exp.abs() > 22 {
            return None;
        }
        let m = self.digits.iter().fold(0u64, |m, &d| m * 10 + d as u64) as f64;
        let p = (0..self.exp.abs()).fold(1.0f64, |p, _| p * 10.0);
        let v = if self.exp < 0 { m / p } else { m * p };
        Some(if self.negative { -v } else { v })
    }

    /// The bits of the nearest value in `f`, ties to even.
    fn to_bits(&self, f: &Format) -> u64 {
        let sign = (self.negative as u64) << (f.mant_bits + (2 * f.max_exp + 1).count_ones());
        let inf = ((2 * f.max_exp + 1) as u64) << f.mant_bits;
        let magnitude = match self.special {
            Some(Special::Inf) => inf,
            Some(Special::NaN) => inf | (1 << (f.mant_bits - 1)),
            None => {
                let nd = self.digits.len() as i64;
                if nd == 0 || nd + self.exp < -326 {
                    0
                } else if nd + self.exp > 310 {
                    inf
                } else {
                    self.round(f)
                }
            }
        };
        sign | magnitude
    }

    /// The magnitude's bits, for a value between 10^-326 and 10^310.
    fn round(&self, f: &Format) -> u64 {
        let mut n = Big(vec![]);
        for chunk in self.digits.chunks(9) {
            let v = chunk.iter().fold(0u32, |v, &d| v * 10 + d as u32);
            n.mul_add(10u32.pow(chunk.len() as u32), v);
        }
        if self.exp >= 0 {
            for _ in 0..self.exp {
                n.mul_add(10, 0);
            }
            return round_big(&n, 0, false, f);
        }
        // digits / 10^m: shift the digits up so the quotient has the format's
        // precision plus two bits, and keep whether a remainder was left.
        let mut p = Big(vec![1]);
        for _ in 0..-self.exp {
            p.mul_add(10, 0);
        }
        let precision = f.mant_bits as i64 + 1;
        let shift = (precision + 3 + p.bit_len() as i64 - n.bit_len() as i64).max(0) as u64;
        n.shl(shift);
        let top = n.bit_len().saturating_sub(p.bit_len());
        p.shl(top);
        let mut q = Big(vec![]);
        for _ in 0..=top {
            q.shl(1);
            if n.ge(&p) {
                n.sub(&p);
                q.mul_add(1, 1);
            }
            p.shr1();
        }
        round_big(&q, shift as i64, !n.is_zero(), f)
    }
}

/// The bits of `q * 2^-s` (plus a little more when `sticky`) in `f`, rounded to
/// nearest, ties to even; `q` is nonzero.
fn round_big(q: &Big, s: i64, sticky: bool, f: &Format) -> u64 {
    let len = q.bit_len() as i64;
    let precision = f.mant_bits as i64 + 1;
    let e2 = len - 1 - s;
    let mut ulp = (e2 - (precision - 1)).max(f.min_exp - (precision - 1));
    let drop = ulp + s;
    let mut mant = if drop <= 0 {
        q.bits(0, len as u64) << -drop
    } else {
        let drop = drop as u64;
        let kept = q.bits(drop, (len as u64).saturating_sub(drop));
        let half = q.bit(drop - 1);
        let below = sticky || q.any_below(drop - 1);
        kept + (half && (below || kept & 1 == 1)) as u64
    };
    if mant == 1 << precision {
        mant >>= 1;
        ulp += 1;
    }
    let hidden = 1u64 << f.mant_bits;
    let biased = if mant < hidden { 0 } else { ulp + precision - 1 + f.max_exp };
    if biased >= 2 * f.max_exp + 1 {
        return ((2 * f.max_exp + 1) as u64) << f.mant_bits;
    }
    ((biased as u64) << f.mant_bits) | (mant & (hidden - 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same64(s: &str) {
        let want = s.parse::<f64>().ok();
        let got = parse_f64(s);
        assert_eq!(got.map(f64::to_bits), want.map(f64::to_bits), "{s}");
    }

    fn same32(s: &str) {
        let want = s.parse::<f32>().ok();
        let got = parse_f32(s);
        assert_eq!(got.map(f32::to_bits), want.map(f32::to_bits), "{s}");
    }

    fn same(s: &str) {
        same64(s);
        same32(s);
    }

    #[test]
    fn grammar_and_specials() {
        for s in [
            "",
            "+",
            "-",
            ".",
            "e5",
            "1e",
            "1e+",
            "1.e3",
            ".5",
            "5.",
            "1..2",
            "1e5.5",
            " 1",
            "1 ",
            "0x10",
            "1_0",
            "inf",
            "-Infinity",
            "NaN",
            "+nan",
            "infin",
            "1,5",
            "00012.50e-02",
            "-0",
            "-0.0e99",
            "1E+7",
        ] {
            same(s);
        }
        assert!(parse_f64("nan").unwrap().is_nan());
    }

    #[test]
    fn edges() {
        for s in [
            "9007199254740993",
            "9007199254740992.5",
            "2.2250738585072011e-308",
            "2.2250738585072014e-308",
            "4.9406564584124654e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "1e-400",
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "1e309",
            "123456789012345678901234567890e-10",
            "0.1",
            "0.3",
            "3.4028235e38",
            "3.4028236e38",
            "1.17549435e-38",
            "1.4e-45",
            "7e-46",
            "7.1e-46",
            "16777217",
            "1e23",
            "8.98846567431158e307",
            "1e100000000000",
            "1e-100000000000",
            "0.000000000000000000000000000000000000000000000000000000000000000001",
        ] {
            same(s);
        }
        // A tie decided by a digit past the 800 kept ones.
        let tie = format!("9007199254740993{}", "0".repeat(900));
        same(&tie);
        same(&format!("{tie}1"));
        same(&format!("2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125e-324{}", "0".repeat(10)));
    }

    #[test]
    fn random_strings_match_the_standard_library() {
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move |n: u64| {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (state >> 33) % n
        };
        for _ in 0..20_000 {
            let mut s = String::new();
            for _ in 0..1 + next(25) {
                s.push((b'0' + next(10) as u8) as char);
            }
            if next(2) == 0 {
                s.insert(next(s.len() as u64 + 1) as usize, '.');
            }
            if next(3) > 0 {
                s += &format!("e{}", next(700) as i64 - 350);
            }
            same(&s);
        }
        // Random doubles printed with 15 to 25 significant digits land near
        // (and, with enough digits, exactly on) the points between neighbours.
        for _ in 0..5_000 {
            let a = f64::from_bits(next(0x7fe0_0000_0000_0000) << 1 | next(2));
            for digits in [14, 15, 16, 17, 20, 24] {
                same64(&format!("{:.*e}", digits, a));
            }
            same32(&format!("{:.9e}", a as f32));
        }
        // The midpoint of two neighbouring floats is exact as a double, so its
        // full decimal expansion is a true tie for `f32`.
        for _ in 0..2_000 {
            let a = f32::from_bits(next(0x7f00_0000) as u32);
            let b = f32::from_bits(a.to_bits() + 1);
            let mid = (a as f64 + b as f64) / 2.0;
            same32(&format!("{:.200e}", mid));
        }
    }
}
