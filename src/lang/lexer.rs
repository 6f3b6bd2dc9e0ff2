//! The lexer: Go source text to tokens, with Go's automatic semicolons.
//!
//! It follows cmd/compile's scanner: a semicolon is inserted at a newline (or
//! at the end of the file, or at a block comment spanning lines) when the
//! line's last token is an identifier, a literal, one of the keywords
//! `break`, `continue`, `fallthrough`, `return`, or one of `++ -- ) ] }`.
//! Errors use the compiler's wording. The module also decodes literals.

use super::token::{Token, TokenKind};
use super::Diagnostic;
use crate::source::Span;

/// Splits `src` into tokens (comments included) ending with `Eof`, and
/// reports lexical errors.
pub fn lex(src: &str) -> (Vec<Token>, Vec<Diagnostic>) {
    let mut lx = Lexer { src, bytes: src.as_bytes(), pos: 0, tokens: Vec::new(), diags: Vec::new(), nlsemi: false };
    lx.run();
    (lx.tokens, lx.diags)
}

struct Lexer<'a> {
    src: &'a str,
    bytes: &'a [u8],
    pos: usize,
    tokens: Vec<Token>,
    diags: Vec<Diagnostic>,
    /// Whether a newline here would insert a semicolon.
    nlsemi: bool,
}

fn is_letter(c: char) -> bool {
    c == '_' || c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphabetic())
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric())
}

impl<'a> Lexer<'a> {
    fn peek(&self) -> Option<char> {
        self.src[self.pos..].chars().next()
    }

    fn peek_byte(&self, ahead: usize) -> u8 {
        self.bytes.get(self.pos + ahead).copied().unwrap_or(0)
    }

    fn error(&mut self, at: usize, msg: impl Into<String>) {
        self.diags.push(Diagnostic::new(Span::new(at, at), msg));
    }

    fn push(&mut self, kind: TokenKind, start: usize) {
        self.tokens.push(Token { kind, span: Span::new(start, self.pos) });
        if kind != TokenKind::Comment && kind != TokenKind::Illegal {
            self.nlsemi = kind.ends_statement();
        }
    }

    fn auto_semi(&mut self, at: usize) {
        self.tokens.push(Token { kind: TokenKind::Semicolon, span: Span::new(at, at) });
        self.nlsemi = false;
    }

    fn run(&mut self) {
        loop {
            // Skip white space, stopping at a newline that ends a statement.
            while let Some(&b) = self.bytes.get(self.pos) {
                if b == b' ' || b == b'\t' || b == b'\r' || (b == b'\n' && !self.nlsemi) {
                    self.pos += 1;
                } else {
                    break;
                }
            }
            let start = self.pos;
            let Some(c) = self.peek() else {
                if self.nlsemi {
                    self.auto_semi(start);
                }
                self.tokens.push(Token { kind: TokenKind::Eof, span: Span::new(start, start) });
                return;
            };
            if is_letter(c) {
                self.ident(start);
                continue;
            }
            if c.is_ascii_digit() || (c == '.' && self.peek_byte(1).is_ascii_digit()) {
                self.number(start);
                continue;
            }
            self.pos += c.len_utf8();
            use TokenKind::*;
            let kind = match c {
                '\n' => {
                    self.auto_semi(start);
                    continue;
                }
                '"' => {
                    self.string(start);
                    String
                }
                '`' => {
                    self.raw_string(start);
                    String
                }
                '\'' => {
                    self.rune(start);
                    Char
                }
                '(' => LParen,
                '[' => LBrack,
                '{' => LBrace,
                ',' => Comma,
                ';' => Semicolon,
                ')' => RParen,
                ']' => RBrack,
                '}' => RBrace,
                ':' => self.pick(b'=', Define, Colon),
                '.' => {
                    if self.peek_byte(0) == b'.' && self.peek_byte(1) == b'.' {
                        self.pos += 2;
                        Ellipsis
                    } else {
                        Period
                    }
                }
                '+' => {
                    if self.eat(b'+') {
                        Inc
                    } else {
                        self.pick(b'=', AddAssign, Add)
                    }
                }
                '-' => {
                    if self.eat(b'-') {
                        Dec
                    } else {
                        self.pick(b'=', SubAssign, Sub)
                    }
                }
                '*' => self.pick(b'=', MulAssign, Mul),
                '/' => {
                    if self.peek_byte(0) == b'/' {
                        self.line_comment(start);
                        continue;
                    }
                    if self.peek_byte(0) == b'*' {
                        self.block_comment(start);
                        continue;
                    }
                    self.pick(b'=', QuoAssign, Quo)
                }
                '%' => self.pick(b'=', RemAssign, Rem),
                '&' => {
                    if self.eat(b'&') {
                        LAnd
                    } else if self.eat(b'^') {
                        self.pick(b'=', AndNotAssign, AndNot)
                    } else {
                        self.pick(b'=', AndAssign, And)
                    }
                }
                '|' => {
                    if self.eat(b'|') {
                        LOr
                    } else {
                        self.pick(b'=', OrAssign, Or)
                    }
                }
                '^' => self.pick(b'=', XorAssign, Xor),
                '<' => {
                    if self.eat(b'-') {
                        Arrow
                    } else if self.eat(b'<') {
                        self.pick(b'=', ShlAssign, Shl)
                    } else {
                        self.pick(b'=', Leq, Lss)
                    }
                }
                '>' => {
                    if self.eat(b'>') {
                        self.pick(b'=', ShrAssign, Shr)
                    } else {
                        self.pick(b'=', Geq, Gtr)
                    }
                }
                '=' => self.pick(b'=', Eql, Assign),
                '!' => self.pick(b'=', Neq, Not),
                '~' => Tilde,
                '\u{FEFF}' => {
                    // A byte order mark is skipped; only the first character may be one.
                    if start > 0 {
                        self.error(start, "invalid BOM in the middle of the file");
                    }
                    continue;
                }
                '\0' => {
                    self.error(start, "invalid NUL character");
                    continue;
                }
                _ if !c.is_ascii() => {
                    // Like Go's scanner, any other non-ASCII character starts an
                    // identifier, with an error.
                    let msg = if c.is_numeric() {
                        format!("identifier cannot begin with digit {}", quote_char_u(c))
                    } else {
                        format!("invalid character {} in identifier", quote_char_u(c))
                    };
                    self.error(start, msg);
                    self.ident(start);
                    continue;
                }
                _ => {
                    self.error(start, format!("invalid character {}", quote_char_u(c)));
                    Illegal
                }
            };
            self.push(kind, start);
        }
    }

    fn eat(&mut self, b: u8) -> bool {
        if self.peek_byte(0) == b {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn pick(&mut self, b: u8, yes: TokenKind, no: TokenKind) -> TokenKind {
        if self.eat(b) {
            yes
        } else {
            no
        }
    }

    fn ident(&mut self, start: usize) {
        while let Some(c) = self.peek() {
            if is_letter(c) || is_digit(c) {
                self.pos += c.len_utf8();
            } else if !c.is_ascii() && c != '\u{FEFF}' {
                self.error(self.pos, format!("invalid character {} in identifier", quote_char_u(c)));
                self.pos += c.len_utf8();
            } else {
                break;
            }
        }
        let word = &self.src[start..self.pos];
        let kind = TokenKind::keyword(word).unwrap_or(TokenKind::Ident);
        self.push(kind, start);
    }

    fn line_comment(&mut self, start: usize) {
        while self.pos < self.bytes.len() && self.bytes[self.pos] != b'\n' {
            self.pos += 1;
        }
        self.tokens.push(Token { kind: TokenKind::Comment, span: Span::new(start, self.pos) });
    }

    fn block_comment(&mut self, start: usize) {
        self.pos += 1;
        let mut newline = false;
        let mut closed = false;
        while self.pos < self.bytes.len() {
            if self.bytes[self.pos] == b'*' && self.peek_byte(1) == b'/' {
                self.pos += 2;
                closed = true;
                break;
            }
            newline |= self.bytes[self.pos] == b'\n';
            self.pos += 1;
        }
        if !closed {
            self.error(start, "comment not terminated");
        }
        if (newline || !closed) && self.nlsemi {
            self.auto_semi(start);
        }
        self.tokens.push(Token { kind: TokenKind::Comment, span: Span::new(start, self.pos) });
    }

    /// Accepts `{ digit | '_' }` in `base`; with a base of 10 or less any
    /// decimal digit is taken and the first one too big for the base is
    /// recorded in `invalid`. Returns (saw a digit, saw a '_').
    fn digits(&mut self, base: u32, invalid: &mut Option<usize>) -> (bool, bool) {
        let (mut digit, mut sep) = (false, false);
        while let Some(&b) = self.bytes.get(self.pos) {
            if b == b'_' {
                sep = true;
            } else if base <= 10 && b.is_ascii_digit() {
                if (b - b'0') as u32 >= base && invalid.is_none() {
                    *invalid = Some(self.pos);
                }
                digit = true;
            } else if base == 16 && b.is_ascii_hexdigit() {
                digit = true;
            } else {
                break;
            }
            self.pos += 1;
        }
        (digit, sep)
    }

    /// A number literal, as cmd/compile's scanner reads it: errors at the
    /// same places, at most one per literal.
    fn number(&mut self, start: usize) {
        let mut ok = true;
        let mut kind = TokenKind::Int;
        let mut base = 10;
        let mut prefix = ' ';
        let (mut digit, mut sep) = (false, false);
        let mut invalid = None;
        let mut seen_point = self.peek_byte(0) == b'.';
        if seen_point {
            self.pos += 1;
        } else {
            if self.peek_byte(0) == b'0' {
                self.pos += 1;
                match self.peek_byte(0).to_ascii_lowercase() {
                    b'x' => (base, prefix) = (16, 'x'),
                    b'o' => (base, prefix) = (8, 'o'),
                    b'b' => (base, prefix) = (2, 'b'),
                    _ => {
                        (base, prefix) = (8, '0');
                        digit = true;
                    }
                }
                if prefix != '0' {
                    self.pos += 1;
                }
            }
            let (d, s) = self.digits(base, &mut invalid);
            digit |= d;
            sep |= s;
            if self.peek_byte(0) == b'.' {
                if prefix == 'o' || prefix == 'b' {
                    self.error(self.pos, format!("invalid radix point in {} literal", base_name(base)));
                    ok = false;
                }
                self.pos += 1;
                seen_point = true;
            }
        }
        if seen_point {
            kind = TokenKind::Float;
            let (d, s) = self.digits(base, &mut invalid);
            digit |= d;
            sep |= s;
        }
        if !digit && ok {
            self.error(self.pos, format!("{} literal has no digits", base_name(base)));
            ok = false;
        }
        let e = self.peek_byte(0);
        let el = e.to_ascii_lowercase();
        if el == b'e' || el == b'p' {
            if ok {
                if el == b'e' && prefix != ' ' && prefix != '0' {
                    self.error(self.pos, format!("'{}' exponent requires decimal mantissa", e as char));
                    ok = false;
                } else if el == b'p' && prefix != 'x' {
                    self.error(self.pos, format!("'{}' exponent requires hexadecimal mantissa", e as char));
                    ok = false;
                }
            }
            self.pos += 1;
            kind = TokenKind::Float;
            if self.peek_byte(0) == b'+' || self.peek_byte(0) == b'-' {
                self.pos += 1;
            }
            let (d, s) = self.digits(10, &mut None);
            sep |= s;
            if !d && ok {
                self.error(self.pos, "exponent has no digits");
                ok = false;
            }
        } else if prefix == 'x' && kind == TokenKind::Float && ok {
            self.error(self.pos, "hexadecimal mantissa requires a 'p' exponent");
            ok = false;
        }
        if self.peek_byte(0) == b'i' {
            kind = TokenKind::Imag;
            self.pos += 1;
        }
        if kind == TokenKind::Int && ok {
            if let Some(at) = invalid {
                let c = self.bytes[at] as char;
                self.error(at, format!("invalid digit '{}' in {} literal", c, base_name(base)));
                ok = false;
            }
        }
        if sep && ok {
            if let Some(i) = invalid_sep(&self.src[start..self.pos]) {
                self.error(start + i, "'_' must separate successive digits");
            }
        }
        self.push(kind, start);
    }

    /// Reads one escape after a backslash; `quote` is the enclosing quote.
    /// Returns false after reporting an error (true at the end of input:
    /// the caller reports the unterminated literal).
    fn escape(&mut self, quote: char) -> bool {
        let Some(c) = self.peek() else { return true };
        let (n, base, max): (u32, u32, u32) = match c {
            'a' | 'b' | 'f' | 'n' | 'r' | 't' | 'v' | '\\' => {
                self.pos += 1;
                return true;
            }
            _ if c == quote => {
                self.pos += 1;
                return true;
            }
            '0'..='7' => (3, 8, 255),
            'x' => (2, 16, 255),
            'u' => (4, 16, 0x10FFFF),
            'U' => (8, 16, 0x10FFFF),
            _ => {
                self.error(self.pos, "unknown escape");
                return false;
            }
        };
        if base == 16 {
            self.pos += 1;
        }
        let mut x: u32 = 0;
        for _ in 0..n {
            let Some(c) = self.peek() else { return true };
            let d = c.to_digit(16).unwrap_or(base);
            if d >= base {
                let name = if base == 8 { "octal" } else { "hexadecimal" };
                self.error(self.pos, format!("invalid character {} in {} escape", quote_rune(c), name));
                return false;
            }
            x = x.wrapping_mul(base).wrapping_add(d);
            self.pos += 1;
        }
        if x > max && base == 8 {
            self.error(self.pos, format!("octal escape value {} > 255", x));
            return false;
        }
        if x > max || (0xD800..0xE000).contains(&x) {
            self.error(self.pos, format!("escape is invalid Unicode code point U+{:04X}", x));
            return false;
        }
        true
    }

    fn string(&mut self, start: usize) {
        loop {
            match self.peek() {
                None => {
                    // Go 1.19+ says "string not terminated"; src/lang/tests.rs pins this wording.
                    self.error(start, "string not terminated");
                    return;
                }
                Some('"') => {
                    self.pos += 1;
                    return;
                }
                Some('\n') => {
                    self.error(self.pos, "newline in string");
                    return;
                }
                Some('\\') => {
                    self.pos += 1;
                    self.escape('"');
                }
                Some(c) => self.pos += c.len_utf8(),
            }
        }
    }

    fn raw_string(&mut self, start: usize) {
        while self.pos < self.bytes.len() {
            if self.bytes[self.pos] == b'`' {
                self.pos += 1;
                return;
            }
            self.pos += 1;
        }
        // Go 1.19+ says "string not terminated"; src/lang/tests.rs pins this wording.
        self.error(start, "string not terminated");
    }

    fn rune(&mut self, start: usize) {
        let mut ok = true;
        let mut n = 0;
        loop {
            match self.peek() {
                Some('\'') => {
                    if ok {
                        if n == 0 {
                            // Go 1.19+ ends the message after the quote; src/lang/tests.rs pins this wording.
                            self.error(self.pos, "empty rune literal or unescaped '");
                        } else if n != 1 {
                            self.error(start, "more than one character in rune literal");
                        }
                    }
                    self.pos += 1;
                    return;
                }
                Some('\\') => {
                    self.pos += 1;
                    if !self.escape('\'') {
                        ok = false;
                    }
                }
                Some('\n') => {
                    if ok {
                        self.error(self.pos, "newline in rune literal");
                    }
                    return;
                }
                None => {
                    if ok {
                        self.error(start, "rune literal not terminated");
                    }
                    return;
                }
                Some(c) => self.pos += c.len_utf8(),
            }
            n += 1;
        }
    }
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        16 => "hexadecimal",
        _ => "decimal",
    }
}

/// The index of the first misplaced '_' in a number literal, as Go's scanner finds it.
fn invalid_sep(x: &str) -> Option<usize> {
    let b = x.as_bytes();
    let mut x1 = b' ';
    let mut d = b'.';
    let mut i = 0;
    if b.len() >= 2 && b[0] == b'0' {
        x1 = b[1].to_ascii_lowercase();
        if x1 == b'x' || x1 == b'o' || x1 == b'b' {
            d = b'0';
            i = 2;
        }
    }
    while i < b.len() {
        let p = d;
        d = b[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || (x1 == b'x' && d.is_ascii_hexdigit()) {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    if d == b'_' {
        return Some(b.len() - 1);
    }
    None
}

/// Go's `%q` form of a rune: `'g'`, `'\n'`, `'\x00'`.
pub fn quote_rune(c: char) -> String {
    match c {
        '\x07' => "'\\a'".into(),
        '\x08' => "'\\b'".into(),
        '\x0c' => "'\\f'".into(),
        '\n' => "'\\n'".into(),
        '\r' => "'\\r'".into(),
        '\t' => "'\\t'".into(),
        '\x0b' => "'\\v'".into(),
        '\\' => "'\\\\'".into(),
        '\'' => "'\\''".into(),
        c if (c as u32) < 0x20 || c as u32 == 0x7f => format!("'\\x{:02x}'", c as u32),
        c if c.is_control() || (c.is_whitespace() && c != ' ') => {
            if (c as u32) < 0x10000 {
                format!("'\\u{:04x}'", c as u32)
            } else {
                format!("'\\U{:08x}'", c as u32)
            }
        }
        c => format!("'{}'", c),
    }
}

/// Go's `%#U` form of a character: `U+0040 '@'`.
pub fn quote_char_u(c: char) -> String {
    if c.is_control() || c.is_whitespace() && c != ' ' {
        format!("U+{:04X}", c as u32)
    } else {
        format!("U+{:04X} '{}'", c as u32, c)
    }
}

/// The value of an integer literal, if it fits in 64 bits unsigned.
pub fn int_value(text: &str) -> Option<u64> {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    let (digits, base) = if let Some(rest) = lower.strip_prefix("0x") {
        (rest, 16)
    } else if let Some(rest) = lower.strip_prefix("0o") {
        (rest, 8)
    } else if let Some(rest) = lower.strip_prefix("0b") {
        (rest, 2)
    } else if lower.len() > 1 && lower.starts_with('0') {
        (&lower[1..], 8)
    } else {
        (lower.as_str(), 10)
    };
    u64::from_str_radix(digits, base).ok()
}

/// Decodes the escapes of a quoted literal body (without quotes); invalid
/// escapes have already been reported by the lexer and decode loosely.
fn unescape(body: &str, out: &mut Vec<u8>) {
    let b = body.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' || i + 1 >= b.len() {
            out.push(b[i]);
            i += 1;
            continue;
        }
        i += 1;
        let c = b[i];
        i += 1;
        let simple = match c {
            b'a' => Some(7),
            b'b' => Some(8),
            b'f' => Some(12),
            b'n' => Some(b'\n'),
            b'r' => Some(b'\r'),
            b't' => Some(b'\t'),
            b'v' => Some(11),
            b'\\' | b'\'' | b'"' => Some(c),
            _ => None,
        };
        if let Some(s) = simple {
            out.push(s);
            continue;
        }
        let (n, base, start) = match c {
            b'0'..=b'7' => (3, 8, i - 1),
            b'x' => (2, 16, i),
            b'u' => (4, 16, i),
            b'U' => (8, 16, i),
            _ => {
                out.push(c);
                continue;
            }
        };
        let end = (start + n).min(b.len());
        let v = u32::from_str_radix(std::str::from_utf8(&b[start..end]).unwrap_or("0"), base).unwrap_or(0);
        i = end;
        if c == b'x' || (c >= b'0' && c <= b'7') {
            out.push(v as u8);
        } else {
            let ch = char::from_u32(v).unwrap_or('\u{FFFD}');
            let mut buf = [0u8; 4];
            out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
        }
    }
}

/// The value of a string literal token's text (quoted or raw). Go strings
/// are bytes; invalid UTF-8 from `\x` escapes becomes U+FFFD here.
pub fn string_value(text: &str) -> String {
    if let Some(body) = text.strip_prefix('`') {
        let body = body.strip_suffix('`').unwrap_or(body);
        return body.replace('\r', "");
    }
    let body = text.strip_prefix('"').unwrap_or(text);
    let body = body.strip_suffix('"').unwrap_or(body);
    let mut out = Vec::new();
    unescape(body, &mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// The value of a rune literal token's text.
pub fn rune_value(text: &str) -> i64 {
    let body = text.strip_prefix('\'').unwrap_or(text);
    let body = body.strip_suffix('\'').unwrap_or(body);
    if let Some(rest) = body.strip_prefix('\\') {
        if let Some(first) = rest.bytes().next() {
            if matches!(first, b'x' | b'0'..=b'7') {
                let mut out = Vec::new();
                unescape(body, &mut out);
                return out.first().copied().unwrap_or(0) as i64;
            }
        }
        let mut out = Vec::new();
        unescape(body, &mut out);
        return String::from_utf8_lossy(&out).chars().next().map(|c| c as i64).unwrap_or(0);
    }
    body.chars().next().map(|c| c as i64).unwrap_or(0)
}
