//! Go syntax highlighting for the editor: the lexer's tokens turned into
//! lines of classed text pieces, which the editor draws behind its textarea.

use crate::lang::{lex, TokenKind};

/// Go's predeclared identifiers: types, constants, `nil` and the built-in
/// functions.
const PREDECLARED: &[&str] = &[
    "any",
    "append",
    "bool",
    "byte",
    "cap",
    "clear",
    "close",
    "comparable",
    "complex",
    "complex128",
    "complex64",
    "copy",
    "delete",
    "error",
    "false",
    "float32",
    "float64",
    "imag",
    "int",
    "int16",
    "int32",
    "int64",
    "int8",
    "iota",
    "len",
    "make",
    "max",
    "min",
    "new",
    "nil",
    "panic",
    "print",
    "println",
    "real",
    "recover",
    "rune",
    "string",
    "true",
    "uint",
    "uint16",
    "uint32",
    "uint64",
    "uint8",
    "uintptr",
];

/// One run of text on a line, with its highlighting class (`None` for the
/// spaces between tokens).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    pub class: Option<&'static str>,
    pub text: String,
}

/// The class of a token, or `None` for plain text.
fn class_of(kind: TokenKind, text: &str) -> Option<&'static str> {
    use TokenKind::*;
    match kind {
        Comment => Some("tok-comment"),
        Int | Float | Imag => Some("tok-number"),
        Char | String => Some("tok-string"),
        Ident if PREDECLARED.contains(&text) => Some("tok-builtin"),
        Ident => Some("tok-ident"),
        Illegal | Eof => None,
        k if k.is_keyword() => Some("tok-keyword"),
        _ => Some("tok-operator"),
    }
}

/// Splits `src` into lines of pieces; joining every line's pieces with `\n`
/// gives back `src` exactly.
pub fn highlight(src: &str) -> Vec<Vec<Piece>> {
    let (tokens, _) = lex(src);
    let mut flat: Vec<(Option<&'static str>, &str)> = Vec::new();
    let mut pos = 0usize;
    for t in tokens {
        let (start, end) = (t.span.start as usize, t.span.end as usize);
        // Automatic semicolons and the end of file have empty spans.
        if start >= end || start < pos || end > src.len() || !src.is_char_boundary(start) || !src.is_char_boundary(end)
        {
            continue;
        }
        if start > pos {
            flat.push((None, &src[pos..start]));
        }
        flat.push((class_of(t.kind, &src[start..end]), &src[start..end]));
        pos = end;
    }
    if pos < src.len() {
        flat.push((None, &src[pos..]));
    }
    let mut lines: Vec<Vec<Piece>> = vec![Vec::new()];
    for (class, text) in flat {
        for (i, part) in text.split('\n').enumerate() {
            if i > 0 {
                lines.push(Vec::new());
            }
            if !part.is_empty() {
                lines.last_mut().expect("one line at least").push(Piece { class, text: part.to_string() });
            }
        }
    }
    lines
}
