//! Go's `strconv.FormatFloat` for the formats `fmt` uses: `e`, `E`, `f`,
//! `g`, `G`, `b`, `x` and `X`.
//!
//! Rust's float formatting already produces Go's digits: the shortest
//! representation that reads back exactly (`{:e}`), and correctly rounded
//! fixed precision with ties to even (`{:.N}`, `{:.Ne}`). This module turns
//! those digits into Go's layouts.

use crate::float_parse::{parse_f32, parse_f64};

/// Decimal digits `0.d1d2d3... × 10^dp`, without trailing zeros; zero has no
/// digits and `dp == 0`.
struct Digits {
    d: Vec<u8>,
    dp: i32,
}

impl Digits {
    /// Parses Rust's `{:e}` output (`1.2345e-5`) of a non-negative number.
    fn from_exp_form(s: &str) -> Digits {
        let (mant, exp) = s.split_once('e').expect("exponent form");
        let exp: i32 = exp.parse().expect("exponent");
        let mut d: Vec<u8> = mant.bytes().filter(|b| b.is_ascii_digit()).collect();
        while d.last() == Some(&b'0') {
            d.pop();
        }
        if d.is_empty() {
            return Digits { d, dp: 0 };
        }
        Digits { d, dp: exp + 1 }
    }

    fn nd(&self) -> i32 {
        self.d.len() as i32
    }
}

/// Go's `strconv.FormatFloat(v, fmt, prec, bits)`; a negative `prec` asks
/// for the shortest representation.
pub(super) fn format_float(v: f64, fmt: u8, prec: i32, bits: u8) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v.is_infinite() {
        return if v < 0.0 { "-Inf".into() } else { "+Inf".into() };
    }
    let neg = v.is_sign_negative();
    let a = v.abs();
    match fmt {
        b'b' => return format_binary(v, bits),
        b'x' | b'X' => return format_hex(v, prec, fmt, bits),
        _ => {}
    }
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if prec < 0 {
        let digs = shortest_digits(a, bits);
        let prec = match fmt {
            b'e' | b'E' => (digs.nd() - 1).max(0),
            b'f' => (digs.nd() - digs.dp).max(0),
            _ => digs.nd(),
        };
        format_digits(&mut out, true, &digs, prec, fmt);
        return out;
    }
    if fmt == b'f' {
        // Rust's fixed notation is already Go's `fmtF` of correctly rounded digits.
        if bits == 32 {
            out.push_str(&format!("{:.*}", prec as usize, a as f32));
        } else {
            out.push_str(&format!("{:.*}", prec as usize, a));
        }
        return out;
    }
    let mut prec = prec;
    let digits = match fmt {
        b'e' | b'E' => prec + 1,
        _ => {
            if prec == 0 {
                prec = 1;
            }
            prec
        }
    };
    let s = if bits == 32 {
        format!("{:.*e}", (digits - 1) as usize, a as f32)
    } else {
        format!("{:.*e}", (digits - 1) as usize, a)
    };
    format_digits(&mut out, false, &Digits::from_exp_form(&s), prec, fmt);
    out
}

/// The shortest digits that read back as `a` (non-negative). When two
/// candidates of that length are equally close, Rust rounds the exact value
/// half up and Go half to even, so the length is taken from Rust and the
/// digits from a correctly rounded (ties to even) conversion, if it reads back.
fn shortest_digits(a: f64, bits: u8) -> Digits {
    let (shortest, n) = if bits == 32 {
        let s = format!("{:e}", a as f32);
        let n = Digits::from_exp_form(&s).nd().max(1) as usize;
        (s, format!("{:.*e}", n - 1, a as f32))
    } else {
        let s = format!("{a:e}");
        let n = Digits::from_exp_form(&s).nd().max(1) as usize;
        (s, format!("{:.*e}", n - 1, a))
    };
    let reads_back = if bits == 32 { parse_f32(&n) == Some(a as f32) } else { parse_f64(&n) == Some(a) };
    Digits::from_exp_form(if reads_back { &n } else { &shortest })
}

/// Go's `formatDigits`: lays out the digits for `e`, `f` or `g`.
fn format_digits(out: &mut String, shortest: bool, digs: &Digits, prec: i32, fmt: u8) {
    match fmt {
        b'e' | b'E' => fmt_e(out, digs, prec, fmt),
        b'f' => fmt_f(out, digs, prec),
        _ => {
            let mut prec = prec;
            let mut eprec = prec;
            if eprec > digs.nd() && digs.nd() >= digs.dp {
                eprec = digs.nd();
            }
            // The shortest form switches to an exponent at the precision 6.
            if shortest {
                eprec = 6;
            }
            let exp = digs.dp - 1;
            if exp < -4 || exp >= eprec {
                if prec > digs.nd() {
                    prec = digs.nd();
                }
                fmt_e(out, digs, prec - 1, fmt + b'e' - b'g');
                return;
            }
            if prec > digs.dp {
                prec = digs.nd();
            }
            fmt_f(out, digs, (prec - digs.dp).max(0));
        }
    }
}

/// `d.ddddde±dd`.
fn fmt_e(out: &mut String, digs: &Digits, prec: i32, fmt: u8) {
    out.push(if digs.d.is_empty() { '0' } else { digs.d[0] as char });
    if prec > 0 {
        out.push('.');
        let mut i = 1;
        let m = digs.nd().min(prec + 1);
        while i < m {
            out.push(digs.d[i as usize] as char);
            i += 1;
        }
        while i <= prec {
            out.push('0');
            i += 1;
        }
    }
    out.push(fmt as char);
    let mut exp = if digs.d.is_empty() { 0 } else { digs.dp - 1 };
    if exp < 0 {
        out.push('-');
        exp = -exp;
    } else {
        out.push('+');
    }
    if exp < 10 {
        out.push('0');
    }
    out.push_str(&exp.to_string());
}

/// `ddddd.ddddd`.
fn fmt_f(out: &mut String, digs: &Digits, prec: i32) {
    if digs.dp > 0 {
        let m = digs.nd().min(digs.dp);
        for &c in &digs.d[..m as usize] {
            out.push(c as char);
        }
        for _ in m..digs.dp {
            out.push('0');
        }
    } else {
        out.push('0');
    }
    if prec > 0 {
        out.push('.');
        for i in 1..=prec {
            let j = digs.dp + i - 1;
            let c = if j >= 0 && j < digs.nd() { digs.d[j as usize] as char } else { '0' };
            out.push(c);
        }
    }
}

/// The sign, mantissa and binary exponent of a float of `bits` bits, as
/// Go's `FormatFloat` sees them (mantissa with the implicit bit).
fn decompose(v: f64, bits: u8) -> (bool, u64, i32, u32) {
    let (neg, mut exp, mut mant, mantbits, bias) = if bits == 32 {
        let b = (v as f32).to_bits();
        (b >> 31 != 0, ((b >> 23) & 0xff) as i32, u64::from(b & 0x7f_ffff), 23u32, -127)
    } else {
        let b = v.to_bits();
        (b >> 63 != 0, ((b >> 52) & 0x7ff) as i32, b & 0xf_ffff_ffff_ffff, 52u32, -1023)
    };
    if exp == 0 {
        exp += 1;
    } else {
        mant |= 1 << mantbits;
    }
    (neg, mant, exp + bias, mantbits)
}

/// Go's `%b` for floats: `-ddddp±ddd`.
fn format_binary(v: f64, bits: u8) -> String {
    let (neg, mant, exp, mantbits) = decompose(v, bits);
    let exp = exp - mantbits as i32;
    let sign = if neg { "-" } else { "" };
    let esign = if exp >= 0 { "+" } else { "" };
    format!("{sign}{mant}p{esign}{exp}")
}

/// Go's `%x` for floats: `-0x1.23abcp+20`.
fn format_hex(v: f64, prec: i32, fmt: u8, bits: u8) -> String {
    let (neg, mut mant, mut exp, mantbits) = decompose(v, bits);
    // Shift the mantissa so its leading 1 is at bit 60.
    if mant == 0 {
        exp = 0;
    }
    mant <<= 60 - mantbits;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    // Round if a precision was asked for.
    if (0..15).contains(&prec) {
        let shift = (prec * 4) as u32;
        let extra = (mant << shift) & ((1 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            // Wrapped around.
            mant >>= 1;
            exp += 1;
        }
    }
    let hex: &[u8] = if fmt == b'X' { b"0123456789ABCDEF" } else { b"0123456789abcdef" };
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    out.push('0');
    out.push(fmt as char);
    out.push(char::from(b'0' + ((mant >> 60) & 1) as u8));
    mant <<= 4; // Remove the leading 0 or 1.
    if prec < 0 && mant != 0 {
        out.push('.');
        while mant != 0 {
            out.push(hex[((mant >> 60) & 15) as usize] as char);
            mant <<= 4;
        }
    } else if prec > 0 {
        out.push('.');
        for _ in 0..prec {
            out.push(hex[((mant >> 60) & 15) as usize] as char);
            mant <<= 4;
        }
    }
    out.push(if fmt == b'X' { 'P' } else { 'p' });
    if exp < 0 {
        out.push('-');
        exp = -exp;
    } else {
        out.push('+');
    }
    if exp < 10 {
        out.push('0');
    }
    out.push_str(&exp.to_string());
    out
}
