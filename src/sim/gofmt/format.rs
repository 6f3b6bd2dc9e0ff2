//! The raw formatter under `Printf`: flags, width, precision and padding,
//! and the layouts of integers, strings, runes and floats (Go's `fmt/format.go`).

use super::quote::{can_backquote, quote_bytes, quote_rune, rune_char};
use crate::float_format::format_float;

pub(super) const LDIGITS: &[u8; 17] = b"0123456789abcdefx";
pub(super) const UDIGITS: &[u8; 17] = b"0123456789ABCDEFX";

/// The flags of one verb; `%+v` and `%#v` set `plus_v`/`sharp_v` instead of
/// `plus`/`sharp`.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Flags {
    pub wid_present: bool,
    pub prec_present: bool,
    pub minus: bool,
    pub plus: bool,
    pub sharp: bool,
    pub space: bool,
    pub zero: bool,
    pub plus_v: bool,
    pub sharp_v: bool,
    pub wid: usize,
    pub prec: usize,
}

/// An output buffer with the current verb's flags.
#[derive(Default)]
pub(super) struct Fmt {
    pub buf: String,
    pub f: Flags,
}

impl Fmt {
    pub fn clear_flags(&mut self) {
        self.f = Flags::default();
    }

    /// Writes `n` bytes of padding: zeros with the `0` flag, else spaces.
    pub fn write_padding(&mut self, n: usize) {
        let c = if self.f.zero { '0' } else { ' ' };
        self.buf.extend(std::iter::repeat_n(c, n));
    }

    /// Writes `s` padded to the width, on the left unless the `-` flag is set.
    pub fn pad(&mut self, s: &str) {
        if !self.f.wid_present || self.f.wid == 0 {
            self.buf.push_str(s);
            return;
        }
        let width = self.f.wid.saturating_sub(s.chars().count());
        if self.f.minus {
            self.buf.push_str(s);
            self.write_padding(width);
        } else {
            self.write_padding(width);
            self.buf.push_str(s);
        }
    }

    pub fn fmt_boolean(&mut self, v: bool) {
        self.pad(if v { "true" } else { "false" });
    }

    /// `U+0078`, or `U+0078 'x'` with the `#` flag.
    pub fn fmt_unicode(&mut self, u: u64) {
        let mut prec = 4;
        if self.f.prec_present && self.f.prec > 4 {
            prec = self.f.prec;
        }
        let mut s = format!("U+{u:0prec$X}");
        if self.f.sharp && u <= 0x10ffff {
            if let Some(c) = char::from_u32(u as u32).filter(|c| super::quote::is_print(*c)) {
                s.push_str(&format!(" '{c}'"));
            }
        }
        let old_zero = self.f.zero;
        self.f.zero = false;
        self.pad(&s);
        self.f.zero = old_zero;
    }

    /// Formats an integer held as a `u64` bit pattern in `base`.
    pub fn fmt_integer(&mut self, u: u64, base: u64, is_signed: bool, verb: char, digits: &[u8; 17]) {
        let negative = is_signed && (u as i64) < 0;
        let mut u = if negative { u.wrapping_neg() } else { u };
        // Two ways to ask for leading zeros: `%.3d` or `%03d`; with both the
        // zero flag is ignored.
        let mut prec = 0;
        if self.f.prec_present {
            prec = self.f.prec;
            if prec == 0 && u == 0 {
                let old_zero = self.f.zero;
                self.f.zero = false;
                self.write_padding(self.f.wid);
                self.f.zero = old_zero;
                return;
            }
        } else if self.f.zero && self.f.wid_present {
            prec = self.f.wid;
            if negative || self.f.plus || self.f.space {
                prec = prec.saturating_sub(1);
            }
        }
        // The digits, last first.
        let mut rev: Vec<u8> = Vec::with_capacity(24);
        loop {
            rev.push(digits[(u % base) as usize]);
            u /= base;
            if u == 0 {
                break;
            }
        }
        while rev.len() < prec {
            rev.push(b'0');
        }
        if self.f.sharp {
            match base {
                2 => rev.extend_from_slice(b"b0"),
                8 if rev.last() != Some(&b'0') => rev.push(b'0'),
                16 => {
                    rev.push(digits[16]);
                    rev.push(b'0');
                }
                _ => {}
            }
        }
        if verb == 'O' {
            rev.extend_from_slice(b"o0");
        }
        if negative {
            rev.push(b'-');
        } else if self.f.plus {
            rev.push(b'+');
        } else if self.f.space {
            rev.push(b' ');
        }
        rev.reverse();
        let s = String::from_utf8(rev).expect("ASCII digits");
        // Zero padding was done above as precision.
        let old_zero = self.f.zero;
        self.f.zero = false;
        self.pad(&s);
        self.f.zero = old_zero;
    }

    /// A `u64` in hexadecimal, with or without a leading `0x`.
    pub fn fmt_0x64(&mut self, v: u64, leading_0x: bool) {
        let sharp = self.f.sharp;
        self.f.sharp = leading_0x;
        self.fmt_integer(v, 16, false, 'v', LDIGITS);
        self.f.sharp = sharp;
    }

    /// Cuts `s` to the precision, counted in runes.
    fn truncate<'s>(&self, s: &'s str) -> &'s str {
        if self.f.prec_present {
            if let Some((i, _)) = s.char_indices().nth(self.f.prec) {
                return &s[..i];
            }
        }
        s
    }

    pub fn fmt_s(&mut self, s: &str) {
        let s = self.truncate(s);
        self.pad(s);
    }

    /// Formats bytes as `%s` does; bytes that are not UTF-8 print as U+FFFD.
    pub fn fmt_bs(&mut self, b: &[u8]) {
        self.fmt_s(&String::from_utf8_lossy(b));
    }

    /// The hexadecimal encoding of bytes (`%x` on strings and byte slices).
    pub fn fmt_sbx(&mut self, b: &[u8], digits: &[u8; 17]) {
        let mut length = b.len();
        if self.f.prec_present && self.f.prec < length {
            length = self.f.prec;
        }
        let mut width = 2 * length;
        if width > 0 {
            if self.f.space {
                if self.f.sharp {
                    width *= 2;
                }
                width += length - 1;
            } else if self.f.sharp {
                width += 2;
            }
        } else {
            if self.f.wid_present {
                self.write_padding(self.f.wid);
            }
            return;
        }
        if self.f.wid_present && self.f.wid > width && !self.f.minus {
            self.write_padding(self.f.wid - width);
        }
        if self.f.sharp {
            self.buf.push('0');
            self.buf.push(digits[16] as char);
        }
        for (i, &c) in b[..length].iter().enumerate() {
            if self.f.space && i > 0 {
                self.buf.push(' ');
                if self.f.sharp {
                    self.buf.push('0');
                    self.buf.push(digits[16] as char);
                }
            }
            self.buf.push(digits[(c >> 4) as usize] as char);
            self.buf.push(digits[(c & 0xf) as usize] as char);
        }
        if self.f.wid_present && self.f.wid > width && self.f.minus {
            self.write_padding(self.f.wid - width);
        }
    }

    /// A double-quoted Go string, or a raw one with `#` when possible.
    pub fn fmt_q(&mut self, s: &str) {
        let s = self.truncate(s);
        if self.f.sharp && can_backquote(s) {
            self.pad(&format!("`{s}`"));
            return;
        }
        self.pad(&quote_bytes(s.as_bytes(), self.f.plus));
    }

    /// `%q` of bytes that may not be UTF-8.
    pub fn fmt_q_bytes(&mut self, b: &[u8]) {
        match std::str::from_utf8(b) {
            Ok(s) => self.fmt_q(s),
            Err(_) => {
                let q = quote_bytes(b, self.f.plus);
                self.pad(&q);
            }
        }
    }

    /// An integer as the character it encodes (`%c`).
    pub fn fmt_c(&mut self, c: u64) {
        let mut b = [0; 4];
        let s = rune_char(c).encode_utf8(&mut b);
        self.pad(s);
    }

    /// An integer as a single-quoted character literal (`%q`).
    pub fn fmt_qc(&mut self, c: u64) {
        let q = quote_rune(c, self.f.plus);
        self.pad(&q);
    }

    /// A float in `verb`'s layout with a default precision (`-1` for shortest).
    pub fn fmt_float(&mut self, v: f64, size: u8, verb: char, prec: i32) {
        let prec = if self.f.prec_present { self.f.prec as i32 } else { prec };
        let s = format_float(v, verb as u8, prec, size);
        // The number with an explicit sign first: `+` if it had none.
        let mut num: Vec<u8> = Vec::with_capacity(s.len() + 8);
        if !s.starts_with(['-', '+']) {
            num.push(b'+');
        }
        num.extend_from_slice(s.as_bytes());
        if self.f.space && num[0] == b'+' && !self.f.plus {
            num[0] = b' ';
        }
        // Infinities and NaN are not padded with zeros.
        if num[1] == b'I' || num[1] == b'N' {
            let old_zero = self.f.zero;
            self.f.zero = false;
            let start = if num[1] == b'N' && !self.f.space && !self.f.plus { 1 } else { 0 };
            self.pad(std::str::from_utf8(&num[start..]).expect("ASCII"));
            self.f.zero = old_zero;
            return;
        }
        // `#` keeps the decimal point and trailing zeros.
        if self.f.sharp && verb != 'b' {
            num = self.sharp_float(num, verb, prec);
        }
        let num = String::from_utf8(num).expect("ASCII");
        if self.f.plus || !num.starts_with('+') {
            // Zero padding goes between the sign and the digits.
            if self.f.zero && self.f.wid_present && self.f.wid > num.len() {
                self.buf.push_str(&num[..1]);
                self.write_padding(self.f.wid - num.len());
                self.buf.push_str(&num[1..]);
                return;
            }
            self.pad(&num);
            return;
        }
        self.pad(&num[1..]);
    }

    /// The `#` flag on floats: a decimal point always, and for `%g` the
    /// trailing zeros up to the precision.
    fn sharp_float(&self, mut num: Vec<u8>, verb: char, prec: i32) -> Vec<u8> {
        let mut digits: i32 = match verb {
            'v' | 'g' | 'G' | 'x' => {
                if prec == -1 {
                    6
                } else {
                    prec
                }
            }
            _ => 0,
        };
        let mut tail: Vec<u8> = Vec::new();
        let mut has_point = false;
        let mut saw_nonzero = false;
        let mut i = 1;
        while i < num.len() {
            match num[i] {
                b'.' => has_point = true,
                b'p' | b'P' => {
                    tail.extend_from_slice(&num[i..]);
                    num.truncate(i);
                    break;
                }
                b'e' | b'E' if verb != 'x' && verb != 'X' => {
                    tail.extend_from_slice(&num[i..]);
                    num.truncate(i);
                    break;
                }
                c => {
                    if c != b'0' {
                        saw_nonzero = true;
                    }
                    if saw_nonzero {
                        digits -= 1;
                    }
                }
            }
            i += 1;
        }
        if !has_point {
            if num.len() == 2 && num[1] == b'0' {
                digits -= 1;
            }
            num.push(b'.');
        }
        while digits > 0 {
            num.push(b'0');
            digits -= 1;
        }
        num.extend_from_slice(&tail);
        num
    }
}
