//! Go's multi-precision path (`strconv/decimal.go`, `bigFtoa`): the exact
//! decimal digits of a float, rounded to a number of digits with ties to
//! even. Go uses it for `%f` with a precision and for more digits than Ryū
//! gives; a float's exact expansion has at most 767 significant digits, so
//! Go's 800-digit buffer never truncates and exact big integers agree.

use super::Digits;
use crate::big_uint::Big;

/// The exact digits of `mant * 2^exp`, without trailing zeros.
pub(super) fn digits(mant: u64, exp: i32) -> Digits {
    if mant == 0 {
        return Digits { d: Vec::new(), dp: 0 };
    }
    let mut n = Big(vec![mant as u32, (mant >> 32) as u32]);
    let shift = if exp >= 0 {
        n.shl(exp as u64);
        0
    } else {
        // mant / 2^k = mant * 5^k / 10^k.
        let k = exp.unsigned_abs();
        for _ in 0..k / 13 {
            n.mul_add(1_220_703_125, 0);
        }
        n.mul_add(5u32.pow(k % 13), 0);
        k as i32
    };
    // Nine decimal digits at a time, least significant first.
    let mut chunks = Vec::new();
    while !n.is_zero() {
        chunks.push(n.div_rem_small(1_000_000_000));
    }
    let mut d = Vec::with_capacity(chunks.len() * 9);
    for (i, &c) in chunks.iter().rev().enumerate() {
        let mut buf = [b'0'; 9];
        let mut v = c;
        for slot in buf.iter_mut().rev() {
            *slot = b'0' + (v % 10) as u8;
            v /= 10;
        }
        let skip = if i == 0 { buf.iter().take_while(|&&b| b == b'0').count() } else { 0 };
        d.extend_from_slice(&buf[skip..]);
    }
    let dp = d.len() as i32 - shift;
    while d.last() == Some(&b'0') {
        d.pop();
    }
    Digits { d, dp }
}

/// Go's `decimal.Round(nd)`: keeps `nd` digits, rounding half to even; a
/// negative `nd` or one past the digits leaves them as they are.
pub(super) fn round(a: &mut Digits, nd: i32) {
    if nd < 0 || nd >= a.d.len() as i32 {
        return;
    }
    let nd = nd as usize;
    let up = if a.d[nd] == b'5' && nd + 1 == a.d.len() {
        // Exactly halfway: round to even.
        nd > 0 && (a.d[nd - 1] - b'0') % 2 != 0
    } else {
        a.d[nd] >= b'5'
    };
    if !up {
        a.d.truncate(nd);
        while a.d.last() == Some(&b'0') {
            a.d.pop();
        }
        if a.d.is_empty() {
            a.dp = 0;
        }
        return;
    }
    for i in (0..nd).rev() {
        if a.d[i] < b'9' {
            a.d[i] += 1;
            a.d.truncate(i + 1);
            return;
        }
    }
    // All nines: 999.5 becomes 1000.
    a.d.clear();
    a.d.push(b'1');
    a.dp += 1;
}
