//! `math`: float64 functions with Go's special cases. `Pow` follows Go's
//! own algorithm (repeated squaring on the binary exponent), so integer
//! powers come out bit for bit as Go computes them.

use super::{float_arg, int_arg, one, StdResult};
use crate::ir::stdlib::StdFn;
use crate::sim::value::Value;

pub(super) fn call(f: StdFn, args: &[Value]) -> StdResult {
    let x = float_arg(args, 0);
    let y = float_arg(args, 1);
    let v = match f {
        StdFn::MathSqrt => x.sqrt(),
        StdFn::MathAbs => x.abs(),
        StdFn::MathFloor => x.floor(),
        StdFn::MathCeil => x.ceil(),
        StdFn::MathTrunc => x.trunc(),
        StdFn::MathRound => x.round(),
        StdFn::MathPow => pow(x, y),
        StdFn::MathMax => max(x, y),
        StdFn::MathMin => min(x, y),
        StdFn::MathMod => x % y,
        StdFn::MathInf => {
            if int_arg(args, 0) >= 0 {
                f64::INFINITY
            } else {
                f64::NEG_INFINITY
            }
        }
        StdFn::MathNaN => f64::NAN,
        StdFn::MathIsNaN => return one(Value::Bool(x.is_nan())),
        StdFn::MathIsInf => {
            let sign = int_arg(args, 1);
            let is = (sign >= 0 && x == f64::INFINITY) || (sign <= 0 && x == f64::NEG_INFINITY);
            return one(Value::Bool(is));
        }
        _ => unreachable!("not a math function"),
    };
    one(Value::Float(v))
}

/// `math.Max`: +Inf wins over NaN, and +0 over -0.
pub(crate) fn max(x: f64, y: f64) -> f64 {
    if x == f64::INFINITY || y == f64::INFINITY {
        return f64::INFINITY;
    }
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == 0.0 && x == y {
        return if x.is_sign_negative() { y } else { x };
    }
    if x > y {
        x
    } else {
        y
    }
}

/// `math.Min`: -Inf wins over NaN, and -0 over +0.
pub(crate) fn min(x: f64, y: f64) -> f64 {
    if x == f64::NEG_INFINITY || y == f64::NEG_INFINITY {
        return f64::NEG_INFINITY;
    }
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == 0.0 && x == y {
        return if x.is_sign_negative() { x } else { y };
    }
    if x < y {
        x
    } else {
        y
    }
}

/// Whether `x` is an odd integer (floats from 2^53 up are all even).
fn is_odd_int(x: f64) -> bool {
    x.abs() < (1u64 << 53) as f64 && x.fract() == 0.0 && (x as i64) & 1 == 1
}

/// Go's `math.Pow`.
pub(crate) fn pow(x: f64, y: f64) -> f64 {
    let inf = f64::INFINITY;
    if y == 0.0 || x == 1.0 {
        return 1.0;
    }
    if y == 1.0 {
        return x;
    }
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == 0.0 {
        return match (y < 0.0, is_odd_int(y)) {
            (true, true) => inf.copysign(x),
            (true, false) => inf,
            (false, true) => x,
            (false, false) => 0.0,
        };
    }
    if y.is_infinite() {
        return if x == -1.0 {
            1.0
        } else if (x.abs() < 1.0) == (y > 0.0) {
            0.0
        } else {
            inf
        };
    }
    if x.is_infinite() {
        if x < 0.0 {
            return pow(1.0 / x, -y);
        }
        return if y < 0.0 { 0.0 } else { inf };
    }
    if y == 0.5 {
        return x.sqrt();
    }
    if y == -0.5 {
        return 1.0 / x.sqrt();
    }
    let (mut yi, mut yf) = (y.abs().trunc(), y.abs().fract());
    if yf != 0.0 && x < 0.0 {
        return f64::NAN;
    }
    if yi >= (1u64 << 63) as f64 {
        return if x == -1.0 {
            1.0
        } else if (x.abs() < 1.0) == (y > 0.0) {
            0.0
        } else {
            inf
        };
    }
    let mut a1 = 1.0;
    let mut ae: i64 = 0;
    if yf != 0.0 {
        if yf > 0.5 {
            yf -= 1.0;
            yi += 1.0;
        }
        a1 = (yf * x.ln()).exp();
    }
    let (mut x1, mut xe) = frexp(x);
    let mut i = yi as i64;
    while i != 0 {
        if !(-(1 << 12)..=(1 << 12)).contains(&xe) {
            ae += xe;
            break;
        }
        if i & 1 == 1 {
            a1 *= x1;
            ae += xe;
        }
        x1 *= x1;
        xe <<= 1;
        if x1 < 0.5 {
            x1 += x1;
            xe -= 1;
        }
        i >>= 1;
    }
    if y < 0.0 {
        a1 = 1.0 / a1;
        ae = -ae;
    }
    ldexp(a1, ae)
}

const SMALLEST_NORMAL: f64 = 2.2250738585072014e-308;

/// Scales a subnormal `x` up to a normal number: `(x * 2^52, -52)`.
fn normalize(x: f64) -> (f64, i64) {
    if x.abs() < SMALLEST_NORMAL {
        return (x * (1u64 << 52) as f64, -52);
    }
    (x, 0)
}

/// Go's `math.Frexp`: `f = frac × 2^exp` with `|frac|` in `[0.5, 1)`.
pub(crate) fn frexp(f: f64) -> (f64, i64) {
    if f == 0.0 || f.is_infinite() || f.is_nan() {
        return (f, 0);
    }
    let (f, mut exp) = normalize(f);
    let mut x = f.to_bits();
    exp += ((x >> 52) & 0x7ff) as i64 - 1022;
    x &= !(0x7ffu64 << 52);
    x |= 1022u64 << 52;
    (f64::from_bits(x), exp)
}

/// Go's `math.Ldexp`: `frac × 2^exp`, with subnormal results and overflow.
pub(crate) fn ldexp(frac: f64, exp: i64) -> f64 {
    if frac == 0.0 || frac.is_infinite() || frac.is_nan() {
        return frac;
    }
    let (frac, e) = normalize(frac);
    let mut exp = exp + e;
    let mut x = frac.to_bits();
    exp += ((x >> 52) & 0x7ff) as i64 - 1023;
    if exp < -1075 {
        return 0.0f64.copysign(frac);
    }
    if exp > 1023 {
        return if frac < 0.0 { f64::NEG_INFINITY } else { f64::INFINITY };
    }
    let mut m = 1.0;
    if exp < -1022 {
        exp += 53;
        m = 1.0 / (1u64 << 53) as f64;
    }
    x &= !(0x7ffu64 << 52);
    x |= ((exp + 1023) as u64) << 52;
    m * f64::from_bits(x)
}
