//! An unsigned big integer with just the operations exact float parsing
//! (`float_parse`) and formatting (`float_format`) need.

/// An unsigned big integer, 32-bit limbs, least significant first.
pub(crate) struct Big(pub(crate) Vec<u32>);

impl Big {
    /// `self = self * m + a`.
    pub(crate) fn mul_add(&mut self, m: u32, a: u32) {
        let mut carry = a as u64;
        for limb in &mut self.0 {
            let v = *limb as u64 * m as u64 + carry;
            *limb = v as u32;
            carry = v >> 32;
        }
        if carry != 0 {
            self.0.push(carry as u32);
        }
    }

    pub(crate) fn bit_len(&self) -> u64 {
        match self.0.iter().rposition(|&l| l != 0) {
            Some(i) => i as u64 * 32 + (32 - self.0[i].leading_zeros() as u64),
            None => 0,
        }
    }

    pub(crate) fn is_zero(&self) -> bool {
        self.0.iter().all(|&l| l == 0)
    }

    pub(crate) fn bit(&self, i: u64) -> bool {
        self.0.get((i / 32) as usize).is_some_and(|l| l >> (i % 32) & 1 == 1)
    }

    /// Bits `from..from + count` as a number (`count` at most 64).
    pub(crate) fn bits(&self, from: u64, count: u64) -> u64 {
        (0..count).rev().fold(0, |v, i| v << 1 | self.bit(from + i) as u64)
    }

    /// Whether any bit below position `i` is set.
    pub(crate) fn any_below(&self, i: u64) -> bool {
        (0..i).any(|k| self.bit(k))
    }

    pub(crate) fn shl(&mut self, n: u64) {
        let (limbs, bits) = ((n / 32) as usize, (n % 32) as u32);
        if bits != 0 {
            let mut carry = 0;
            for limb in &mut self.0 {
                let v = *limb;
                *limb = v << bits | carry;
                carry = v >> (32 - bits);
            }
            if carry != 0 {
                self.0.push(carry);
            }
        }
        self.0.splice(0..0, std::iter::repeat_n(0, limbs));
    }

    pub(crate) fn shr1(&mut self) {
        let mut carry = 0;
        for limb in self.0.iter_mut().rev() {
            let v = *limb;
            *limb = v >> 1 | carry;
            carry = v << 31;
        }
    }

    /// `self >= other`.
    pub(crate) fn ge(&self, other: &Big) -> bool {
        let n = self.0.len().max(other.0.len());
        for i in (0..n).rev() {
            let (a, b) = (self.0.get(i).copied().unwrap_or(0), other.0.get(i).copied().unwrap_or(0));
            if a != b {
                return a > b;
            }
        }
        true
    }

    /// `self -= other`, where `self >= other`.
    pub(crate) fn sub(&mut self, other: &Big) {
        let mut borrow = 0i64;
        for (i, limb) in self.0.iter_mut().enumerate() {
            let v = *limb as i64 - other.0.get(i).copied().unwrap_or(0) as i64 - borrow;
            borrow = (v < 0) as i64;
            *limb = v.rem_euclid(1 << 32) as u32;
        }
    }
}

impl Big {
    /// `self = self / d`, returning the remainder; `d` is nonzero.
    pub(crate) fn div_rem_small(&mut self, d: u32) -> u32 {
        let mut rem = 0u64;
        for limb in self.0.iter_mut().rev() {
            let v = rem << 32 | u64::from(*limb);
            *limb = (v / u64::from(d)) as u32;
            rem = v % u64::from(d);
        }
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
        rem as u32
    }

    /// `self = self * 2`.
    pub(crate) fn shl1(&mut self) {
        let mut carry = 0;
        for limb in &mut self.0 {
            let v = *limb;
            *limb = v << 1 | carry;
            carry = v >> 31;
        }
        if carry != 0 {
            self.0.push(carry);
        }
    }
}
