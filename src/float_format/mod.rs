//! Go 1.19's `strconv.FormatFloat`, bit for bit, for `float64` and
//! `float32`: Ryū for the shortest digits and for up to 18 fixed digits
//! (`ryu`), exact big-integer digits for `%f` and longer precisions
//! (`exact`), and Go's layouts (`ftoa.go`'s `formatDigits`, `fmtE`, `fmtF`,
//! `fmtB`, `fmtX`); and the runtime's own `print` of a float (`runtime`).
//!
//! Everything in the crate formats floats through here, never through
//! core's `{}`/`{:e}`/`{:.N}`, so the page's wasm carries one float
//! formatter, not two (docs/wasm-size.md).

mod exact;
mod pow10;
mod runtime;
mod ryu;

pub use runtime::runtime_print_float;

/// Decimal digits `0.d[0]d[1]... × 10^dp` (ASCII), as Go's `decimalSlice`.
pub(crate) struct Digits {
    d: Vec<u8>,
    dp: i32,
}

impl Digits {
    fn nd(&self) -> i32 {
        self.d.len() as i32
    }
}

/// Go's `strconv.FormatFloat(v, fmt, prec, bits)`: `fmt` is one of `e E f
/// g G b x X` and a negative `prec` asks for the shortest digits that read
/// back as `v` in a float of `bits` (32 or 64) bits.
pub fn format_float(v: f64, fmt: u8, prec: i32, bits: u8) -> String {
    let mut out = String::new();
    append_float(&mut out, v, fmt, prec, bits);
    out
}

/// Rust's `{:.N}` of `v` (`N = prec`), through Go's `%.Nf`; NaN and the
/// infinities read `NaN`, `+Inf` and `-Inf`.
pub fn fixed(v: f64, prec: usize) -> String {
    format_float(v, b'f', prec as i32, 64)
}

/// Rust's `{}` of `v`: the shortest digits, never an exponent (Go's
/// `FormatFloat(v, 'f', -1, 64)`).
pub fn display(v: f64) -> String {
    format_float(v, b'f', -1, 64)
}

/// `format_float`, appended to `out`.
pub fn append_float(out: &mut String, v: f64, fmt: u8, prec: i32, bits: u8) {
    let (mantbits, expbits, bias) = if bits == 32 { (23u32, 8u32, -127) } else { (52, 11, -1023) };
    let raw = if bits == 32 { u64::from((v as f32).to_bits()) } else { v.to_bits() };
    let neg = raw >> (expbits + mantbits) != 0;
    let mut exp = (raw >> mantbits) as i32 & ((1 << expbits) - 1);
    let mut mant = raw & ((1 << mantbits) - 1);
    if exp == (1 << expbits) - 1 {
        out.push_str(if mant != 0 {
            "NaN"
        } else if neg {
            "-Inf"
        } else {
            "+Inf"
        });
        return;
    }
    if exp == 0 {
        exp += 1;
    } else {
        mant |= 1 << mantbits;
    }
    exp += bias;
    match fmt {
        b'b' => return fmt_b(out, neg, mant, exp - mantbits as i32),
        b'x' | b'X' => return fmt_x(out, prec, fmt, neg, mant, exp, mantbits),
        _ => {}
    }
    let mut prec = prec;
    let shortest = prec < 0;
    let digs = if shortest {
        let digs = ryu::shortest(mant, exp - mantbits as i32, mantbits, bias);
        prec = match fmt {
            b'e' | b'E' => (digs.nd() - 1).max(0),
            b'f' => (digs.nd() - digs.dp).max(0),
            b'g' | b'G' => digs.nd(),
            _ => prec,
        };
        digs
    } else {
        let fixed = if fmt == b'f' {
            None
        } else {
            let digits = match fmt {
                b'e' | b'E' => prec + 1,
                b'g' | b'G' => {
                    if prec == 0 {
                        prec = 1;
                    }
                    prec
                }
                _ => 1,
            };
            ryu::fixed(mant, exp - mantbits as i32, digits as usize, bits == 32)
        };
        match fixed {
            Some(digs) => digs,
            None => {
                // Go's bigFtoa: the exact digits, rounded.
                let mut d = exact::digits(mant, exp - mantbits as i32);
                match fmt {
                    b'e' | b'E' => exact::round(&mut d, prec + 1),
                    b'f' => {
                        let nd = d.dp + prec;
                        exact::round(&mut d, nd)
                    }
                    b'g' | b'G' => {
                        if prec == 0 {
                            prec = 1;
                        }
                        exact::round(&mut d, prec)
                    }
                    _ => {}
                }
                d
            }
        }
    };
    format_digits(out, shortest, neg, &digs, prec, fmt);
}

/// Go's `formatDigits`: lays out the digits for `e`, `f` or `g`.
fn format_digits(out: &mut String, shortest: bool, neg: bool, digs: &Digits, prec: i32, fmt: u8) {
    match fmt {
        b'e' | b'E' => fmt_e(out, neg, digs, prec, fmt),
        b'f' => fmt_f(out, neg, digs, prec),
        b'g' | b'G' => {
            let mut prec = prec;
            let mut eprec = prec;
            if eprec > digs.nd() && digs.nd() >= digs.dp {
                eprec = digs.nd();
            }
            // %e is used if the exponent from the conversion is less than
            // -4 or greater than or equal to the precision; the shortest
            // form switches at the precision 6.
            if shortest {
                eprec = 6;
            }
            let exp = digs.dp - 1;
            if exp < -4 || exp >= eprec {
                if prec > digs.nd() {
                    prec = digs.nd();
                }
                fmt_e(out, neg, digs, prec - 1, fmt + b'e' - b'g');
                return;
            }
            if prec > digs.dp {
                prec = digs.nd();
            }
            fmt_f(out, neg, digs, (prec - digs.dp).max(0));
        }
        _ => {
            out.push('%');
            out.push(fmt as char);
        }
    }
}

/// `-d.ddddde±dd`.
fn fmt_e(out: &mut String, neg: bool, digs: &Digits, prec: i32, fmt: u8) {
    if neg {
        out.push('-');
    }
    out.push(digs.d.first().map_or('0', |&c| c as char));
    if prec > 0 {
        out.push('.');
        let m = digs.nd().min(prec + 1);
        for &c in digs.d.iter().take(m.max(1) as usize).skip(1) {
            out.push(c as char);
        }
        for _ in m.max(1)..=prec {
            out.push('0');
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
    if exp >= 100 {
        out.push(char::from(b'0' + (exp / 100) as u8));
    }
    out.push(char::from(b'0' + (exp / 10 % 10) as u8));
    out.push(char::from(b'0' + (exp % 10) as u8));
}

/// `-ddddd.ddddd`.
fn fmt_f(out: &mut String, neg: bool, digs: &Digits, prec: i32) {
    if neg {
        out.push('-');
    }
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
        for i in 0..prec {
            let j = digs.dp + i;
            out.push(if j >= 0 && j < digs.nd() { digs.d[j as usize] as char } else { '0' });
        }
    }
}

/// Appends the decimal digits of `n`.
fn push_uint(out: &mut String, mut n: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &c in &buf[i..] {
        out.push(c as char);
    }
}

/// Go's `%b` for floats: `-ddddp±ddd`, the mantissa times a power of two.
fn fmt_b(out: &mut String, neg: bool, mant: u64, exp: i32) {
    if neg {
        out.push('-');
    }
    push_uint(out, mant);
    out.push('p');
    if exp >= 0 {
        out.push('+');
    } else {
        out.push('-');
    }
    push_uint(out, u64::from(exp.unsigned_abs()));
}

/// Go's `%x` for floats: `-0x1.23abcp+20`.
fn fmt_x(out: &mut String, prec: i32, fmt: u8, neg: bool, mut mant: u64, mut exp: i32, mantbits: u32) {
    if mant == 0 {
        exp = 0;
    }
    // Shift the mantissa so its leading 1 is at bit 60.
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
    push_uint(out, exp as u64);
}

#[cfg(test)]
mod tests;

/// `display(v)` as a `Display` value, for `write!` and `format!` arguments,
/// so no float reaches core's float formatting (docs/wasm-size.md).
pub struct Num(pub f64);

impl std::fmt::Display for Num {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&display(self.0))
    }
}
