//! The rest of `math`'s float64 surface: exponentials, logarithms,
//! trigonometry, and bit-level helpers. Where Go's result has a documented
//! special case or a distinctive algorithm (`Hypot`, `Dim`, `Remainder`,
//! `Modf`), this follows Go; elsewhere it uses the platform's correctly
//! rounded or near-correctly rounded functions.

use super::{float_arg, int_arg, one, StdResult};
use crate::ir::stdlib::StdFn;
use crate::sim::value::Value;

pub(super) fn call(f: StdFn, args: &[Value]) -> StdResult {
    use StdFn::*;
    let x = float_arg(args, 0);
    let y = float_arg(args, 1);
    let v = match f {
        MathHypot => hypot(x, y),
        MathCbrt => cbrt(x),
        MathExp => x.exp(),
        MathExp2 => exp2(x),
        MathExpm1 => x.exp_m1(),
        MathLog => x.ln(),
        MathLog2 => log2(x),
        MathLog10 => x.log10(),
        MathLog1p => x.ln_1p(),
        MathSin => super::trig::sin(x),
        MathCos => super::trig::cos(x),
        MathTan => super::trig::tan(x),
        MathAsin => x.asin(),
        MathAcos => x.acos(),
        MathAtan => x.atan(),
        MathAtan2 => x.atan2(y),
        MathSinh => x.sinh(),
        MathCosh => x.cosh(),
        MathTanh => x.tanh(),
        MathAsinh => x.asinh(),
        MathAcosh => x.acosh(),
        MathAtanh => x.atanh(),
        MathRoundToEven => round_to_even(x),
        MathCopysign => x.copysign(y),
        MathDim => dim(x, y),
        MathRemainder => remainder(x, y),
        MathSignbit => return one(Value::Bool(x.is_sign_negative())),
        MathFloat64bits => return one(Value::Int(x.to_bits() as i64)),
        MathFloat64frombits => f64::from_bits(int_arg(args, 0) as u64),
        MathModf => {
            let (int, frac) = modf(x);
            return Ok(vec![Value::Float(int), Value::Float(frac)]);
        }
        MathFrexp => {
            let (frac, exp) = super::math::frexp(x);
            return Ok(vec![Value::Float(frac), Value::Int(exp)]);
        }
        MathLdexp => super::math::ldexp(x, int_arg(args, 1)),
        MathPow10 => pow10(int_arg(args, 0)),
        _ => unreachable!("not a math function"),
    };
    one(Value::Float(v))
}

/// Go's `math.Hypot`: scales by the larger magnitude to avoid overflow.
fn hypot(p: f64, q: f64) -> f64 {
    if p.is_infinite() || q.is_infinite() {
        return f64::INFINITY;
    }
    if p.is_nan() || q.is_nan() {
        return f64::NAN;
    }
    let (mut p, mut q) = (p.abs(), q.abs());
    if p < q {
        std::mem::swap(&mut p, &mut q);
    }
    if p == 0.0 {
        return 0.0;
    }
    let q = q / p;
    p * (1.0 + q * q).sqrt()
}

/// Go's `math.Log2`: exact for powers of two.
fn log2(x: f64) -> f64 {
    let (frac, exp) = super::math::frexp(x);
    if frac == 0.5 {
        return (exp - 1) as f64;
    }
    frac.ln() * std::f64::consts::LOG2_E + exp as f64
}

/// Rounds half to even.
fn round_to_even(x: f64) -> f64 {
    if x.is_nan() || x.is_infinite() {
        return x;
    }
    let r = x.round();
    if (x - x.trunc()).abs() == 0.5 && r % 2.0 != 0.0 {
        return r - x.signum();
    }
    r
}

/// Go's `math.Dim`: `max(x-y, 0)` with NaN and infinity cases.
fn dim(x: f64, y: f64) -> f64 {
    let v = x - y;
    if v.is_nan() {
        return f64::NAN;
    }
    if v <= 0.0 {
        return 0.0;
    }
    v
}

/// IEEE 754 remainder: `x - n*y` with `n` the integer nearest `x/y`, ties to even.
fn remainder(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() || x.is_infinite() || y == 0.0 {
        return f64::NAN;
    }
    if y.is_infinite() {
        return x;
    }
    let r = x % y;
    let ay = y.abs();
    let mut out = r;
    if (2.0 * r.abs()) > ay || ((2.0 * r.abs()) == ay && ((x / y).trunc() % 2.0 != 0.0)) {
        out = r - ay.copysign(r);
    }
    if out == 0.0 {
        return 0.0f64.copysign(x);
    }
    out
}

/// Go's `math.Modf`: integer and fractional parts with the sign of `x`.
fn modf(x: f64) -> (f64, f64) {
    if x.is_infinite() {
        return (x, f64::NAN);
    }
    let int = x.trunc();
    let frac = if x.is_nan() { x } else { (x - int).copysign(x) };
    (int, frac)
}

/// Go's `math.Pow10`: 0 below -323, +Inf above 308.
fn pow10(n: i64) -> f64 {
    if n < -323 {
        return 0.0;
    }
    if n > 308 {
        return f64::INFINITY;
    }
    crate::float_parse::parse_f64(&format!("1e{}", n)).unwrap_or(0.0)
}

/// Go's `math.Exp2` (pure Go on amd64): reduce to `2^n * e^r` and evaluate
/// `e^r` with `expmulti`'s polynomial. Porting it gives Go's exact bits and
/// spares the page the platform's `exp2` and its 4 KB table.
fn exp2(x: f64) -> f64 {
    const LN2_HI: f64 = 6.931_471_803_691_238_164_90e-01;
    const LN2_LO: f64 = 1.908_214_929_270_587_700_02e-10;
    const OVERFLOW: f64 = 1.023_999_999_999_999_9e+03;
    const UNDERFLOW: f64 = -1.0740e+03;
    if x.is_nan() || x == f64::INFINITY {
        return x;
    }
    if x == f64::NEG_INFINITY || x < UNDERFLOW {
        return 0.0;
    }
    if x > OVERFLOW {
        return f64::INFINITY;
    }
    // x = n + t with |t| <= 1/2, so 2^x = 2^n * e^(t ln 2).
    let n = if x > 0.0 {
        (x + 0.5) as i64
    } else if x < 0.0 {
        (x - 0.5) as i64
    } else {
        0
    };
    let t = x - n as f64;
    let hi = t * LN2_HI;
    let lo = -t * LN2_LO;
    const P1: f64 = 1.666_666_666_666_666_574_15e-01;
    const P2: f64 = -2.777_777_777_701_559_338_42e-03;
    const P3: f64 = 6.613_756_321_437_934_361_17e-05;
    const P4: f64 = -1.653_390_220_546_525_153_90e-06;
    const P5: f64 = 4.138_136_797_057_238_460_39e-08;
    let r = hi - lo;
    let t = r * r;
    let c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    let y = 1.0 - ((lo - (r * c) / (2.0 - c)) - hi);
    super::math::ldexp(y, n)
}

/// Go's `math.Cbrt` (pure Go on amd64): a bit-level first guess, a rational
/// refinement and one Newton step. Porting it gives Go's bits and spares the
/// page libm's `cbrt` and the software `fma` it needs.
fn cbrt(x: f64) -> f64 {
    const B1: u64 = 715_094_163;
    const B2: u64 = 696_219_795;
    const C: f64 = 5.428_571_428_571_428_159_06e-01;
    const D: f64 = -7.053_061_224_489_796_110_50e-01;
    const E: f64 = 1.414_285_714_285_714_368_19e+00;
    const F: f64 = 1.607_142_857_142_857_206_30e+00;
    const G: f64 = 3.571_428_571_428_571_507_87e-01;
    const SMALLEST_NORMAL: f64 = 2.225_073_858_507_201_383_09e-308;
    if x == 0.0 || x.is_nan() || x.is_infinite() {
        return x;
    }
    let sign = x < 0.0;
    let x = x.abs();
    let mut t = f64::from_bits(x.to_bits() / 3 + (B1 << 32));
    if x < SMALLEST_NORMAL {
        t = (1u64 << 54) as f64;
        t *= x;
        t = f64::from_bits(t.to_bits() / 3 + (B2 << 32));
    }
    let r = t * t / x;
    let s = C + r * t;
    t *= G + F / (s + E + D / s);
    t = f64::from_bits((t.to_bits() & (0xF_FFFF_FFFC << 28)) + (1 << 30));
    let s = t * t;
    let r = x / s;
    let w = t + t;
    let r = (r - t) / (w + r);
    t += t * r;
    if sign {
        -t
    } else {
        t
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn exp2_has_gos_bits() {
        // Printed by Go 1.19: math.Float64bits(math.Exp2(x)).
        for (x, bits) in [
            (0.1, 0x3ff125fbee250664u64),
            (-0.7, 0x3fe3b2c47bff8329),
            (3.3, 0x4023b2c47bff8328),
            (1023.5, 0x7fe6a09e667f3bcc),
            (-1070.7, 0xa),
            (-1074.2, 0x0),
            (52.25, 0x433306fe0a31b715),
            (700.123, 0x6bb16c882264f728),
        ] {
            assert_eq!(super::exp2(x).to_bits(), bits, "Exp2({x})");
        }
    }

    #[test]
    fn cbrt_has_gos_bits() {
        // Printed by Go 1.19: math.Float64bits(math.Cbrt(x)).
        for (x, bits) in [
            (2.0, 0x3ff428a2f98d728bu64),
            (-3.7, 0xbff8bf33eb6b7487),
            (1e-310, 0x2a7a9d1b0b5d7427),
            (1e300, 0x54b249ad2594c37d),
        ] {
            assert_eq!(super::cbrt(x).to_bits(), bits, "Cbrt({x})");
        }
    }
}
