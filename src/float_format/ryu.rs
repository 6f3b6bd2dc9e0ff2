//! Go 1.19's Ryū (`strconv/ftoaryu.go`): the shortest decimal digits that
//! read back as a float, and up to 18 correctly rounded digits, both on
//! 64- and 128-bit products with the powers of ten of `pow10`. Every
//! rounding decision is Go's, so the digits are Go's bit for bit.

use super::pow10::pow10_128;
use super::Digits;

/// Digits being built: ASCII digits `d[..nd]`, the point after `dp` of them.
struct Buf {
    d: [u8; 32],
    nd: usize,
    dp: i32,
}

impl Buf {
    fn new() -> Buf {
        Buf { d: [b'0'; 32], nd: 0, dp: 0 }
    }

    fn into_digits(self) -> Digits {
        Digits { d: self.d[..self.nd].to_vec(), dp: self.dp }
    }
}

/// `floor(x * log10(2))` for the exponents floats have.
fn mul_by_log2_log10(x: i32) -> i32 {
    (x * 78913) >> 18
}

/// `floor(x * log2(10))` for the exponents floats have.
fn mul_by_log10_log2(x: i32) -> i32 {
    (x * 108853) >> 15
}

/// Whether `5^k` divides `m` (zero is divisible by everything).
fn divisible_by_power5(mut m: u64, k: i32) -> bool {
    if m == 0 {
        return true;
    }
    for _ in 0..k {
        if m % 5 != 0 {
            return false;
        }
        m /= 5;
    }
    true
}

/// `m * 10^q` for a mantissa of at most 32 bits, as a 32-bit mantissa, its
/// binary exponent relative to `e2`, and whether it was exact; `pow` is
/// `pow10_128(q)`.
fn mult64_pow10(m: u32, e2: i32, q: i32, pow: [u64; 2]) -> (u32, i32, bool) {
    if q == 0 {
        return (m << 6, e2 - 6, true);
    }
    let mut pow = pow[1];
    if q < 0 {
        // Inverse powers of ten are rounded up.
        pow = pow.wrapping_add(1);
    }
    let p = u128::from(m) * u128::from(pow);
    let (hi, lo) = ((p >> 64) as u64, p as u64);
    let e2 = e2 + mul_by_log10_log2(q) - 63 + 57;
    ((hi << 7 | lo >> 57) as u32, e2, lo << 7 == 0)
}

/// `m * 10^q` for a mantissa of at most 64 bits, with a 128-bit power.
fn mult128_pow10(m: u64, e2: i32, q: i32, mut pow: [u64; 2]) -> (u64, i32, bool) {
    if q == 0 {
        return (m << 8, e2 - 8, true);
    }
    if q < 0 {
        pow[0] = pow[0].wrapping_add(1);
    }
    let e2 = e2 + mul_by_log10_log2(q) - 127 + 119;
    let l = u128::from(m) * u128::from(pow[0]);
    let h = u128::from(m) * u128::from(pow[1]);
    let (l1, l0) = ((l >> 64) as u64, l as u64);
    let (mut h1, h0) = ((h >> 64) as u64, h as u64);
    let (mid, carry) = l1.overflowing_add(h0);
    h1 = h1.wrapping_add(carry as u64);
    (h1 << 9 | mid >> 55, e2, mid << 9 == 0 && l0 == 0)
}

/// Go's `formatDecimal`: `prec` digits of `m` (which has at least that
/// many), rounded as `round_up` and `trunc` say about what lies below.
fn format_decimal(d: &mut Buf, mut m: u64, mut trunc: bool, mut round_up: bool, prec: usize) {
    let max = 10u64.pow(prec as u32);
    let mut trimmed = 0;
    while m >= max {
        let (a, b) = (m / 10, m % 10);
        m = a;
        trimmed += 1;
        round_up = match b {
            6..=9 => true,
            0..=4 => false,
            _ => trunc || m & 1 == 1,
        };
        if b != 0 {
            trunc = true;
        }
    }
    if round_up {
        m += 1;
    }
    if m >= max {
        m /= 10;
        trimmed += 1;
    }
    d.nd = prec;
    let mut v = m;
    for i in (0..prec).rev() {
        d.d[i] = b'0' + (v % 10) as u8;
        v /= 10;
    }
    while d.nd > 0 && d.d[d.nd - 1] == b'0' {
        d.nd -= 1;
        trimmed += 1;
    }
    d.dp = d.nd as i32 + trimmed;
}

/// Go's `ryuFtoaFixed32`: `prec` (at most 9) correctly rounded digits of
/// `mant * 2^exp`, a `float32`'s mantissa.
fn fixed32(d: &mut Buf, mut mant: u32, exp: i32, prec: usize) {
    if mant == 0 {
        return;
    }
    let mut e2 = exp;
    let b = 32 - mant.leading_zeros() as i32;
    if b < 25 {
        mant <<= 25 - b;
        e2 += b - 25;
    }
    let q = -mul_by_log2_log10(e2 + 24) + prec as i32 - 1;
    let mut exact = (0..=27).contains(&q);
    let (di, dexp2, mut d0) = mult64_pow10(mant, e2, q, pow10_128(q));
    if (-10..0).contains(&q) && divisible_by_power5(u64::from(mant), -q) {
        exact = true;
        d0 = true;
    }
    let extra = (-dexp2) as u32;
    let mask = (1u32 << extra) - 1;
    let (di, dfrac) = (di >> extra, di & mask);
    let half = 1u32 << (extra - 1);
    let round_up =
        if exact { dfrac > half || (dfrac == half && (!d0 || di & 1 == 1)) } else { dfrac >> (extra - 1) == 1 };
    if dfrac != 0 {
        d0 = false;
    }
    format_decimal(d, u64::from(di), !d0, round_up, prec);
    d.dp -= q;
}

/// Go's `ryuFtoaFixed64`: `prec` (at most 18) correctly rounded digits of
/// `mant * 2^exp`.
fn fixed64(d: &mut Buf, mut mant: u64, exp: i32, prec: usize) {
    if mant == 0 {
        return;
    }
    let mut e2 = exp;
    let b = 64 - mant.leading_zeros() as i32;
    if b < 55 {
        mant <<= 55 - b;
        e2 += b - 55;
    }
    let q = -mul_by_log2_log10(e2 + 54) + prec as i32 - 1;
    let mut exact = (0..=55).contains(&q);
    let (di, dexp2, mut d0) = mult128_pow10(mant, e2, q, pow10_128(q));
    if (-22..0).contains(&q) && divisible_by_power5(mant, -q) {
        exact = true;
        d0 = true;
    }
    let extra = (-dexp2) as u32;
    let mask = (1u64 << extra) - 1;
    let (di, dfrac) = (di >> extra, di & mask);
    let half = 1u64 << (extra - 1);
    let round_up =
        if exact { dfrac > half || (dfrac == half && (!d0 || di & 1 == 1)) } else { dfrac >> (extra - 1) == 1 };
    if dfrac != 0 {
        d0 = false;
    }
    format_decimal(d, di, !d0, round_up, prec);
    d.dp -= q;
}

/// `digits` correctly rounded digits of `mant * 2^exp` through Go's Ryū
/// when it applies (at most 9 digits of a `float32`, or 18), else `None`.
pub(super) fn fixed(mant: u64, exp: i32, digits: usize, bits32: bool) -> Option<Digits> {
    let mut d = Buf::new();
    if bits32 && digits <= 9 {
        fixed32(&mut d, mant as u32, exp, digits);
    } else if digits <= 18 {
        fixed64(&mut d, mant, exp, digits);
    } else {
        return None;
    }
    Some(d.into_digits())
}

/// Go's `ryuFtoaShortest`: the shortest digits that read back as
/// `mant * 2^exp` in a format with `mantbits` stored bits, the closest to
/// it when several are that short.
pub(super) fn shortest(mant: u64, exp: i32, mantbits: u32, bias: i32) -> Digits {
    let mut d = Buf::new();
    if mant == 0 {
        return d.into_digits();
    }
    // An integer below 2^mantbits: its own digits.
    if exp <= 0 && mant.trailing_zeros() as i32 >= -exp {
        let m = mant >> -exp;
        digits(&mut d, m, m, m, true, false);
        return d.into_digits();
    }
    // Go's computeBounds: the halfway points to the neighbouring floats.
    let (ml, mc, mu, e2) = if mant != 1 << mantbits || exp == bias + 1 - mantbits as i32 {
        (2 * mant - 1, 2 * mant, 2 * mant + 1, exp - 1)
    } else {
        (4 * mant - 1, 4 * mant, 4 * mant + 2, exp - 2)
    };
    if e2 == 0 {
        digits(&mut d, ml, mc, mu, true, false);
        return d.into_digits();
    }
    let q = mul_by_log2_log10(-e2) + 1;
    let pow = if q == 0 { [0, 0] } else { pow10_128(q) };
    let (mut dl, mut dc, mut du, e2_out, mut dl0, mut dc0, mut du0);
    if mantbits == 23 {
        let (l, _, l0) = mult64_pow10(ml as u32, e2, q, pow);
        let (c, _, c0) = mult64_pow10(mc as u32, e2, q, pow);
        let (u, e, u0) = mult64_pow10(mu as u32, e2, q, pow);
        (dl, dc, du, dl0, dc0, du0) = (u64::from(l), u64::from(c), u64::from(u), l0, c0, u0);
        e2_out = e;
    } else {
        let (l, _, l0) = mult128_pow10(ml, e2, q, pow);
        let (c, _, c0) = mult128_pow10(mc, e2, q, pow);
        let (u, e, u0) = mult128_pow10(mu, e2, q, pow);
        (dl, dc, du, dl0, dc0, du0) = (l, c, u, l0, c0, u0);
        e2_out = e;
    }
    let e2 = e2_out;
    if q > 55 {
        // Large powers of ten are never exact.
        (dl0, dc0, du0) = (false, false, false);
    }
    if (-24..0).contains(&q) {
        // Division by a power of ten may be exact.
        dl0 |= divisible_by_power5(ml, -q);
        dc0 |= divisible_by_power5(mc, -q);
        du0 |= divisible_by_power5(mu, -q);
    }
    let extra = (-e2) as u32;
    let mask = (1u64 << extra) - 1;
    let (fracl, fracc, fracu);
    (dl, fracl) = (dl >> extra, dl & mask);
    (dc, fracc) = (dc >> extra, dc & mask);
    (du, fracu) = (du >> extra, du & mask);
    // Is the upper bound itself allowed?
    let mut uok = !du0 || fracu > 0;
    if du0 && fracu == 0 {
        uok = mant & 1 == 0;
    }
    if !uok {
        du -= 1;
    }
    // Should the central value round up?
    let half = 1u64 << (extra - 1);
    let cup = if dc0 { fracc > half || (fracc == half && dc & 1 == 1) } else { fracc >> (extra - 1) == 1 };
    // Is the lower bound itself allowed?
    let lok = dl0 && fracl == 0 && mant & 1 == 0;
    if !lok {
        dl += 1;
    }
    let c0 = dc0 && fracc == 0;
    digits(&mut d, dl, dc, du, c0, cup);
    d.dp -= q;
    d.into_digits()
}

/// Go's `ryuDigits`: the shortest digits in `[lower, upper]`, the closest to
/// `central` (`c0`: the central value is exact; `cup`: round it up).
fn digits(d: &mut Buf, lower: u64, central: u64, upper: u64, mut c0: bool, mut cup: bool) {
    let (lhi, llo) = ((lower / 1_000_000_000) as u32, (lower % 1_000_000_000) as u32);
    let (chi, clo) = ((central / 1_000_000_000) as u32, (central % 1_000_000_000) as u32);
    let (uhi, ulo) = ((upper / 1_000_000_000) as u32, (upper % 1_000_000_000) as u32);
    if uhi == 0 {
        digits32(d, llo, clo, ulo, c0, cup, 8);
    } else if lhi < uhi {
        // The bounds differ above the last nine digits: those are dropped.
        let lhi = if llo != 0 { lhi + 1 } else { lhi };
        c0 = c0 && clo == 0;
        cup = clo > 500_000_000 || (clo == 500_000_000 && cup);
        digits32(d, lhi, chi, uhi, c0, cup, 8);
        d.dp += 9;
    } else {
        // The high nine digits are common: write them, then the rest.
        let mut n = 0;
        let mut tmp = [0u8; 9];
        let mut v = chi;
        while v > 0 {
            tmp[n] = b'0' + (v % 10) as u8;
            v /= 10;
            n += 1;
        }
        for i in 0..n {
            d.d[i] = tmp[n - 1 - i];
        }
        d.nd = n;
        digits32(d, llo, clo, ulo, c0, cup, n as isize + 8);
    }
    // Trim zeros at both ends.
    while d.nd > 0 && d.d[d.nd - 1] == b'0' {
        d.nd -= 1;
    }
    let lead = d.d[..d.nd].iter().take_while(|&&c| c == b'0').count();
    if lead > 0 {
        d.d.copy_within(lead..d.nd, 0);
        d.nd -= lead;
        d.dp -= lead as i32;
    }
}

/// Go's `ryuDigits32`: as `digits` for 32-bit bounds, writing the digits
/// after `d.nd` up to index `endindex`.
fn digits32(
    d: &mut Buf,
    mut lower: u32,
    mut central: u32,
    mut upper: u32,
    mut c0: bool,
    mut cup: bool,
    endindex: isize,
) {
    if upper == 0 {
        d.dp = endindex as i32 + 1;
        return;
    }
    let mut trimmed = 0;
    let mut c_next_digit = 0;
    while upper > 0 {
        // Remove a digit while the bounds allow it.
        let l = lower.div_ceil(10);
        let (mut c, mut cdigit) = (central / 10, central % 10);
        let u = upper / 10;
        if l > u {
            break;
        }
        if l == c + 1 && c < u {
            c += 1;
            cdigit = 0;
            cup = false;
        }
        trimmed += 1;
        c0 = c0 && c_next_digit == 0;
        c_next_digit = cdigit;
        (lower, central, upper) = (l, c, u);
    }
    if trimmed > 0 {
        cup = c_next_digit > 5 || (c_next_digit == 5 && (!c0 || central & 1 == 1));
    }
    if central < upper && cup {
        central += 1;
    }
    let endindex = endindex - trimmed;
    let mut v = central;
    let mut n = endindex;
    while n >= d.nd as isize {
        d.d[n as usize] = b'0' + (v % 10) as u8;
        v /= 10;
        n -= 1;
    }
    d.nd = (endindex + 1).max(0) as usize;
    d.dp = (endindex + 1 + trimmed) as i32;
}
