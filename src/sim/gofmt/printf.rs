//! Parsing a `Printf` format: flags, argument indexes, widths, precisions
//! and verbs, with Go's error forms (`%!d(MISSING)`, `%!(EXTRA ...)`,
//! `%!(NOVERB)`, `%!(BADWIDTH)`, `%!(BADPREC)`, `%!d(BADINDEX)`).

use super::Printer;
use crate::ir::types::RtKind;
use crate::sim::value::Value;

/// Whether a width or precision is too large to be real (Go's `tooLarge`).
fn too_large(x: i64) -> bool {
    !(-1_000_000..=1_000_000).contains(&x)
}

/// Parses decimal digits at `start`: (number, whether any, index after).
fn parse_num(s: &[u8], start: usize) -> (i64, bool, usize) {
    let mut num: i64 = 0;
    let mut is_num = false;
    let mut i = start;
    while i < s.len() && s[i].is_ascii_digit() {
        if too_large(num) {
            return (0, false, s.len());
        }
        num = num * 10 + i64::from(s[i] - b'0');
        is_num = true;
        i += 1;
    }
    (num, is_num, i)
}

/// Parses `[n]` at the start of `s`: (zero-based index, bytes consumed, ok).
fn parse_arg_number(s: &[u8]) -> (i64, usize, bool) {
    if s.len() < 3 {
        return (0, 1, false);
    }
    for i in 1..s.len() {
        if s[i] == b']' {
            let (width, ok, newi) = parse_num(s, 1);
            // `parse_num` may run past the bracket; only digits up to it count.
            if !ok || newi != i {
                return (0, i + 1, false);
            }
            return (width - 1, i + 1, true);
        }
    }
    (0, 1, false)
}

impl Printer<'_> {
    /// The integer value of an operand used as `*` width or precision.
    fn int_from_arg(&self, args: &[Value], arg_num: usize) -> (i64, bool, usize) {
        if arg_num >= args.len() {
            return (0, false, arg_num);
        }
        let (mut num, mut is_int) = (0, false);
        if let Value::Iface(b) = &args[arg_num] {
            if let (RtKind::Int { signed, .. }, Value::Int(n)) = (&self.types.get(b.0).kind, &b.1) {
                if *signed || *n >= 0 {
                    num = *n;
                    is_int = true;
                }
            }
        }
        if too_large(num) {
            num = 0;
            is_int = false;
        }
        (num, is_int, arg_num + 1)
    }

    /// Go's `argNumber`: an explicit `[n]` index at `i`, if any.
    fn arg_number(
        &mut self,
        arg_num: usize,
        format: &[u8],
        i: usize,
        num_args: usize,
        reordered: &mut bool,
        good_arg_num: &mut bool,
    ) -> (usize, usize, bool) {
        if format.len() <= i || format[i] != b'[' {
            return (arg_num, i, false);
        }
        *reordered = true;
        let (index, wid, ok) = parse_arg_number(&format[i..]);
        if ok && 0 <= index && (index as usize) < num_args {
            return (index as usize, i + wid, true);
        }
        *good_arg_num = false;
        (arg_num, i + wid, ok)
    }

    /// Go's `doPrintf`.
    pub(super) fn do_printf(&mut self, format_str: &str, args: &[Value]) {
        let format = format_str.as_bytes();
        let end = format.len();
        let mut arg_num = 0usize;
        let mut after_index;
        let mut reordered = false;
        let mut i = 0;
        while i < end {
            let mut good_arg_num = true;
            let lasti = i;
            while i < end && format[i] != b'%' {
                i += 1;
            }
            if i > lasti {
                self.out.buf.push_str(&format_str[lasti..i]);
            }
            if i >= end {
                break;
            }
            i += 1;
            self.out.clear_flags();
            while i < end {
                let f = &mut self.out.f;
                match format[i] {
                    b'#' => f.sharp = true,
                    b'0' => f.zero = !f.minus,
                    b'+' => f.plus = true,
                    b'-' => {
                        f.minus = true;
                        f.zero = false;
                    }
                    b' ' => f.space = true,
                    _ => break,
                }
                i += 1;
            }
            // An explicit argument index?
            (arg_num, i, after_index) =
                self.arg_number(arg_num, format, i, args.len(), &mut reordered, &mut good_arg_num);
            // A width?
            if i < end && format[i] == b'*' {
                i += 1;
                let (wid, present, next) = self.int_from_arg(args, arg_num);
                arg_num = next;
                self.out.f.wid_present = present;
                if !present {
                    self.out.buf.push_str("%!(BADWIDTH)");
                }
                if wid < 0 {
                    self.out.f.minus = true;
                    self.out.f.zero = false;
                }
                self.out.f.wid = wid.unsigned_abs() as usize;
                after_index = false;
            } else {
                let (wid, present, next) = parse_num(format, i);
                (self.out.f.wid, self.out.f.wid_present, i) = (wid as usize, present, next);
                if after_index && present {
                    good_arg_num = false;
                }
            }
            // A precision?
            if i + 1 < end && format[i] == b'.' {
                i += 1;
                if after_index {
                    good_arg_num = false;
                }
                (arg_num, i, after_index) =
                    self.arg_number(arg_num, format, i, args.len(), &mut reordered, &mut good_arg_num);
                if i < end && format[i] == b'*' {
                    i += 1;
                    let (prec, mut present, next) = self.int_from_arg(args, arg_num);
                    arg_num = next;
                    let mut prec = prec;
                    if prec < 0 {
                        prec = 0;
                        present = false;
                    }
                    (self.out.f.prec, self.out.f.prec_present) = (prec as usize, present);
                    if !present {
                        self.out.buf.push_str("%!(BADPREC)");
                    }
                    after_index = false;
                } else {
                    // A lone `.` means precision zero.
                    let (prec, _, next) = parse_num(format, i);
                    (self.out.f.prec, self.out.f.prec_present, i) = (prec as usize, true, next);
                }
            }
            if !after_index {
                (arg_num, i, _) = self.arg_number(arg_num, format, i, args.len(), &mut reordered, &mut good_arg_num);
            }
            if i >= end {
                self.out.buf.push_str("%!(NOVERB)");
                break;
            }
            let verb = format_str[i..].chars().next().expect("a character at a char boundary");
            i += verb.len_utf8();
            match verb {
                '%' => self.out.buf.push('%'),
                _ if !good_arg_num => {
                    self.out.buf.push_str("%!");
                    self.out.buf.push(verb);
                    self.out.buf.push_str("(BADINDEX)");
                }
                _ if arg_num >= args.len() => {
                    self.out.buf.push_str("%!");
                    self.out.buf.push(verb);
                    self.out.buf.push_str("(MISSING)");
                }
                _ => {
                    if verb == 'v' {
                        let f = &mut self.out.f;
                        (f.sharp_v, f.sharp) = (f.sharp, false);
                        (f.plus_v, f.plus) = (f.plus, false);
                    }
                    self.print_arg(&args[arg_num], verb);
                    arg_num += 1;
                }
            }
        }
        // Extra operands, unless the format picked operands by index.
        if !reordered && arg_num < args.len() {
            self.out.clear_flags();
            self.out.buf.push_str("%!(EXTRA ");
            for (k, arg) in args[arg_num..].iter().enumerate() {
                if k > 0 {
                    self.out.buf.push_str(", ");
                }
                match arg {
                    Value::Iface(b) => {
                        let name = self.types.name(b.0);
                        self.out.buf.push_str(&name);
                        self.out.buf.push('=');
                        self.print_arg(arg, 'v');
                    }
                    _ => self.out.buf.push_str("<nil>"),
                }
            }
            self.out.buf.push(')');
        }
    }
}
