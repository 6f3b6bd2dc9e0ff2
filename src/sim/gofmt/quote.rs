//! Go's `strconv` quoting: `Quote`, `QuoteToASCII`, `QuoteRune`,
//! `QuoteRuneToASCII` and `CanBackquote`, as `%q` uses them.

use super::printable::PRINTABLE;

const LOWER_HEX: &[u8; 16] = b"0123456789abcdef";

/// Whether Go's `strconv.IsPrint` holds for `c`: letters, marks, numbers,
/// punctuation, symbols and the ASCII space, per Go 1.19's Unicode tables.
pub(super) fn is_print(c: char) -> bool {
    let u = c as u32;
    let i = PRINTABLE.partition_point(|&(_, hi)| hi < u);
    i < PRINTABLE.len() && PRINTABLE[i].0 <= u
}

/// Appends `r` as it appears inside a Go quoted literal delimited by `quote`.
fn append_escaped_rune(out: &mut String, r: char, quote: char, ascii_only: bool) {
    if r == quote || r == '\\' {
        out.push('\\');
        out.push(r);
        return;
    }
    let printable = if ascii_only { r.is_ascii() && is_print(r) } else { is_print(r) };
    if printable {
        out.push(r);
        return;
    }
    match r {
        '\x07' => out.push_str("\\a"),
        '\x08' => out.push_str("\\b"),
        '\x0c' => out.push_str("\\f"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        '\x0b' => out.push_str("\\v"),
        _ => {
            let u = r as u32;
            if u < 0x20 || u == 0x7f {
                push_hex(out, "\\x", u, 2);
            } else if u < 0x10000 {
                push_hex(out, "\\u", u, 4);
            } else {
                push_hex(out, "\\U", u, 8);
            }
        }
    }
}

/// Appends `prefix` and the low `digits` hex digits of `u`.
fn push_hex(out: &mut String, prefix: &str, u: u32, digits: u32) {
    out.push_str(prefix);
    for i in (0..digits).rev() {
        out.push(LOWER_HEX[((u >> (4 * i)) & 0xf) as usize] as char);
    }
}

/// Go's `strconv.Quote` (or `QuoteToASCII` when `ascii_only`) of a byte
/// string: invalid UTF-8 bytes become `\xNN`.
pub(super) fn quote_bytes(bytes: &[u8], ascii_only: bool) -> String {
    let mut out = String::with_capacity(bytes.len() + 2);
    out.push('"');
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            append_escaped_rune(&mut out, c, '"', ascii_only);
        }
        for &b in chunk.invalid() {
            push_hex(&mut out, "\\x", u32::from(b), 2);
        }
    }
    out.push('"');
    out
}

/// Go's `strconv.QuoteRune` (or `QuoteRuneToASCII`); invalid runes print
/// as U+FFFD.
pub(super) fn quote_rune(r: u64, ascii_only: bool) -> String {
    let c = u32::try_from(r).ok().and_then(char::from_u32).unwrap_or('\u{fffd}');
    let mut out = String::from("'");
    append_escaped_rune(&mut out, c, '\'', ascii_only);
    out.push('\'');
    out
}

/// Go's `strconv.CanBackquote`: no control characters other than tab, no
/// backquote, no byte-order mark.
pub(super) fn can_backquote(s: &str) -> bool {
    s.chars().all(|c| c != '\u{feff}' && c != '`' && c != '\x7f' && (c >= ' ' || c == '\t'))
}

/// The rune `u` as a `char`, with Go's substitution of U+FFFD for values
/// that are not valid code points.
pub(super) fn rune_char(u: u64) -> char {
    u32::try_from(u).ok().and_then(char::from_u32).unwrap_or('\u{fffd}')
}
