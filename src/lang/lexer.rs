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
        if kind != TokenKind::Comment {
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
                _ => {
                    let msg = if c == '\u{FEFF}' {
                        "invalid BOM in the middle of the file".to_string()
                    } else {
                        format!("invalid character {}", quote_char_u(c))
                    };
                    self.error(start, msg);
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

    fn digits(&mut self, base: u32, invalid: &mut Option<(usize, char)>) -> (bool, bool) {
        // Returns (saw a digit, '_' used badly).
        let mut saw = false;
        let mut prev_underscore = false;
        let mut bad = false;
        let mut first = true;
        while let Some(&b) = self.bytes.get(self.pos) {
            let c = b as char;
            if c == '_' {
                if prev_underscore {
                    bad = true;
                }
                prev_underscore = true;
            } else if c.is_ascii_hexdigit() && (base == 16 || c.is_ascii_digit()) {
                if c.to_digit(16).unwrap_or(0) >= base && invalid.is_none() {
                    *invalid = Some((self.pos, c));
                }
                saw = true;
                prev_underscore = false;
            } else {
                break;
            }
            first = false;
            self.pos += 1;
        }
        let _ = first;
        (saw, bad || prev_underscore)
    }

    fn number(&mut self, start: usize) {
        let mut kind = TokenKind::Int;
        let mut invalid = None;
        let mut base = 10;
        let mut prefix = ' ';
        let mut bad_sep = false;
        let mut saw_digits = false;
        if self.peek_byte(0) != b'.' {
            if self.peek_byte(0) == b'0' {
                self.pos += 1;
                match self.peek_byte(0).to_ascii_lowercase() {
                    b'x' => {
                        self.pos += 1;
                        base = 16;
                        prefix = 'x';
                    }
                    b'o' => {
                        self.pos += 1;
                        base = 8;
                        prefix = 'o';
                    }
                    b'b' => {
                        self.pos += 1;
                        base = 2;
                        prefix = 'b';
                    }
                    _ => {
                        base = 8;
                        prefix = '0';
                        saw_digits = true;
                    }
                }
            }
            let b = if prefix == '0' { 10 } else { base };
            let (saw, bad) = self.digits(b, &mut invalid);
            saw_digits |= saw;
            bad_sep |= bad;
            if prefix == '0' {
                // A leading 0 is octal unless the literal turns out to be a float.
                invalid = None;
                let text = &self.src[start..self.pos];
                if let Some((i, c)) = text.char_indices().find(|&(_, c)| c == '8' || c == '9') {
                    invalid = Some((start + i, c));
                }
            }
        }
        let b0 = self.peek_byte(0);
        if b0 == b'.' && (base == 10 || base == 16 || prefix == '0') {
            self.pos += 1;
            kind = TokenKind::Float;
            let (saw, bad) = self.digits(if base == 16 { 16 } else { 10 }, &mut None);
            saw_digits |= saw;
            bad_sep |= bad;
        }
        let e = self.peek_byte(0).to_ascii_lowercase();
        if (e == b'e' && base != 16) || (e == b'p' && base == 16) {
            self.pos += 1;
            kind = TokenKind::Float;
            if self.peek_byte(0) == b'+' || self.peek_byte(0) == b'-' {
                self.pos += 1;
            }
            let (saw, _) = self.digits(10, &mut None);
            if !saw {
                self.error(start, "exponent has no digits");
            }
        } else if base == 16 && kind == TokenKind::Float {
            self.error(start, "hexadecimal mantissa requires a 'p' exponent");
        }
        if self.peek_byte(0) == b'i' {
            self.pos += 1;
            kind = TokenKind::Imag;
        }
        if kind == TokenKind::Int {
            if !saw_digits {
                let name = match prefix {
                    'x' => "hexadecimal",
                    'o' => "octal",
                    _ => "binary",
                };
                self.error(start, format!("{} literal has no digits", name));
            } else if let Some((at, c)) = invalid {
                let name = match base {
                    16 => "hexadecimal",
                    8 => "octal",
                    2 => "binary",
                    _ => "decimal",
                };
                self.error(at, format!("invalid digit '{}' in {} literal", c, name));
            }
        }
        if bad_sep && kind == TokenKind::Int {
            self.error(start, "'_' must separate successive digits");
        }
        self.push(kind, start);
    }

    /// Reads one escape after a backslash; `quote` is the enclosing quote.
    fn escape(&mut self, quote: u8) -> bool {
        let at = self.pos;
        let b = self.peek_byte(0);
        let (n, base) = match b {
            b'a' | b'b' | b'f' | b'n' | b'r' | b't' | b'v' | b'\\' => {
                self.pos += 1;
                return true;
            }
            _ if b == quote => {
                self.pos += 1;
                return true;
            }
            b'0'..=b'7' => (3, 8),
            b'x' => {
                self.pos += 1;
                (2, 16)
            }
            b'u' => {
                self.pos += 1;
                (4, 16)
            }
            b'U' => {
                self.pos += 1;
                (8, 16)
            }
            _ => {
                if b == 0 && self.pos >= self.bytes.len() {
                    return false;
                }
                self.error(at, "unknown escape");
                return false;
            }
        };
        let mut value: u32 = 0;
        for _ in 0..n {
            let d = (self.peek_byte(0) as char).to_digit(base);
            match d {
                Some(d) => {
                    value = value.wrapping_mul(base).wrapping_add(d);
                    self.pos += 1;
                }
                None => {
                    if self.peek_byte(0) == b'\n' || self.pos >= self.bytes.len() {
                        return false;
                    }
                    self.error(self.pos, "invalid character in escape sequence");
                    return false;
                }
            }
        }
        if base == 8 && value > 255 {
            self.error(at, "octal escape value > 255");
            return false;
        }
        if n >= 4 && (value > 0x10FFFF || (0xD800..0xE000).contains(&value)) {
            self.error(at, "escape is invalid Unicode code point");
            return false;
        }
        true
    }

    fn string(&mut self, start: usize) {
        loop {
            match self.peek() {
                None => {
                    self.error(start, "string literal not terminated");
                    return;
                }
                Some('"') => {
                    self.pos += 1;
                    return;
                }
                Some('\n') => {
                    self.error(start, "newline in string");
                    return;
                }
                Some('\\') => {
                    self.pos += 1;
                    self.escape(b'"');
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
        self.error(start, "raw string literal not terminated");
    }

    fn rune(&mut self, start: usize) {
        let mut n = 0;
        loop {
            match self.peek() {
                None | Some('\n') => {
                    self.error(start, "rune literal not terminated");
                    return;
                }
                Some('\'') => {
                    self.pos += 1;
                    if n == 0 {
                        self.error(start, "empty rune literal or unescaped ' in rune literal");
                    } else if n > 1 {
                        self.error(start, "more than one character in rune literal");
                    }
                    return;
                }
                Some('\\') => {
                    self.pos += 1;
                    self.escape(b'\'');
                    n += 1;
                }
                Some(c) => {
                    self.pos += c.len_utf8();
                    n += 1;
                }
            }
        }
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
