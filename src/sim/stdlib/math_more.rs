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
        MathCbrt => x.cbrt(),
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
}
