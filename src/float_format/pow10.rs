//! The 128-bit mantissas of powers of ten that Go's Ryū multiplies by:
//! `strconv`'s `detailedPowersOfTen[q + 348]`, the top 128 bits of `10^q`
//! rounded down. Go keeps them in an 11 KB table; here they are computed
//! exactly on big integers when asked for, which costs a few microseconds
//! for the extreme exponents and keeps the table out of the page's wasm.

use crate::big_uint::Big;

/// `5^13`, the largest power of five in a `u32`.
const FIVE13: u32 = 1_220_703_125;

/// `5^n` as a big integer.
fn pow5(n: u32) -> Big {
    let mut p = Big(vec![1]);
    for _ in 0..n / 13 {
        p.mul_add(FIVE13, 0);
    }
    p.mul_add(5u32.pow(n % 13), 0);
    p
}

/// The top 128 bits of `10^q`, rounded down, as Go's `[lo, hi]` pair.
pub(super) fn pow10_128(q: i32) -> [u64; 2] {
    // 10^q = 5^q * 2^q, and the power of two does not change the mantissa.
    let n = q.unsigned_abs();
    if n <= 54 {
        // The common exponents, in 128-bit arithmetic.
        let p = 5u128.pow(n);
        let v = if q >= 0 {
            p << p.leading_zeros()
        } else {
            let mut r = 1u128 << (127 - p.leading_zeros());
            let mut v = 0u128;
            for _ in 0..128 {
                r <<= 1;
                v <<= 1;
                if r >= p {
                    r -= p;
                    v |= 1;
                }
            }
            v
        };
        return [v as u64, (v >> 64) as u64];
    }
    let p = pow5(n);
    let len = p.bit_len();
    if q >= 0 {
        if len <= 128 {
            let v = (u128::from(p.bits(64, 64)) << 64 | u128::from(p.bits(0, 64))) << (128 - len);
            return [v as u64, (v >> 64) as u64];
        }
        return [p.bits(len - 128, 64), p.bits(len - 64, 64)];
    }
    // 10^-n = 2^-n / 5^n: the 128 bits of 2^(len + 127) / 5^n, which lie in
    // [2^127, 2^128) because 2^(len - 1) < 5^n < 2^len, by long division.
    let mut r = Big(vec![1]);
    r.shl(len - 1);
    let mut v: u128 = 0;
    for _ in 0..128 {
        r.shl1();
        v <<= 1;
        if r.ge(&p) {
            r.sub(&p);
            v |= 1;
        }
    }
    [v as u64, (v >> 64) as u64]
}

#[cfg(test)]
mod tests {
    use super::pow10_128;

    /// FNV-1a over Go 1.19's `detailedPowersOfTen` (1e-348 to 1e347), each
    /// entry as its low then high word, little-endian bytes.
    #[test]
    fn matches_go_table() {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for q in -348..=347 {
            for w in pow10_128(q) {
                for b in w.to_le_bytes() {
                    h ^= u64::from(b);
                    h = h.wrapping_mul(0x100_0000_01b3);
                }
            }
        }
        assert_eq!(h, GO_TABLE_HASH);
        assert_eq!(pow10_128(-348), [0x1732_C869_CD60_E453, 0xFA8F_D5A0_081C_0288]);
        assert_eq!(pow10_128(0), [0, 1 << 63]);
    }

    const GO_TABLE_HASH: u64 = 0x0a2a_0068_6472_cc23;
}
