//! Syntax highlighting for the editor: classified byte spans built from the
//! lexer's tokens.
//!
//! Every byte that is not white space (space, tab, carriage return,
//! newline) lies in exactly one span; spans are sorted and never overlap.
//! Automatic semicolons (empty spans) are skipped. Characters the lexer
//! skips or rejects (a stray `@`, a byte order mark, NUL) are `Punct`.
//! It never panics, whatever the input.

use super::lexer::lex;
use super::token::TokenKind;
use serde::Serialize;

/// What a span of source text is, for coloring.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum HighlightClass {
    Keyword,
    Ident,
    /// A predeclared identifier: `make`, `len`, `true`, `nil`, `int`, `string`, ...
    Builtin,
    Number,
    String,
    Rune,
    Comment,
    Operator,
    Punct,
}

/// A classified byte range `start..end` of the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct HighlightSpan {
    pub start: u32,
    pub end: u32,
    pub class: HighlightClass,
}

/// Go's predeclared identifiers (types, constants, zero value, functions).
pub const PREDECLARED: &[&str] = &[
    "any",
    "bool",
    "byte",
    "comparable",
    "complex64",
    "complex128",
    "error",
    "float32",
    "float64",
    "int",
    "int8",
    "int16",
    "int32",
    "int64",
    "rune",
    "string",
    "uint",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "uintptr",
    "true",
    "false",
    "iota",
    "nil",
    "append",
    "cap",
    "clear",
    "close",
    "complex",
    "copy",
    "delete",
    "imag",
    "len",
    "make",
    "max",
    "min",
    "new",
    "panic",
    "print",
    "println",
    "real",
    "recover",
];

fn class_of(kind: TokenKind, text: &str) -> HighlightClass {
    use TokenKind as T;
    match kind {
        T::Ident if PREDECLARED.contains(&text) => HighlightClass::Builtin,
        T::Ident => HighlightClass::Ident,
        T::Int | T::Float | T::Imag => HighlightClass::Number,
        T::String => HighlightClass::String,
        T::Char => HighlightClass::Rune,
        T::Comment => HighlightClass::Comment,
        T::LParen
        | T::RParen
        | T::LBrack
        | T::RBrack
        | T::LBrace
        | T::RBrace
        | T::Comma
        | T::Semicolon
        | T::Period
        | T::Colon
        | T::Ellipsis
        | T::Illegal
        | T::Eof => HighlightClass::Punct,
        k if k.is_keyword() => HighlightClass::Keyword,
        _ => HighlightClass::Operator,
    }
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

/// Classifies `src` for highlighting; see the module comment.
pub fn highlight(src: &str) -> Vec<HighlightSpan> {
    let (tokens, _) = lex(src);
    let mut spans = Vec::with_capacity(tokens.len());
    let mut covered = 0usize;
    for t in &tokens {
        let (start, end) = (t.span.start as usize, t.span.end as usize);
        if start >= end || start < covered || end > src.len() {
            continue;
        }
        fill_gap(src, covered, start, &mut spans);
        let text = src.get(start..end).unwrap_or("");
        spans.push(HighlightSpan { start: start as u32, end: end as u32, class: class_of(t.kind, text) });
        covered = end;
    }
    fill_gap(src, covered, src.len(), &mut spans);
    spans
}

/// Adds `Punct` spans for the runs of non-white-space characters in
/// `from..to` that no token covers.
fn fill_gap(src: &str, from: usize, to: usize, spans: &mut Vec<HighlightSpan>) {
    let bytes = src.as_bytes();
    let mut i = from;
    while i < to {
        if is_space(bytes[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < to && !is_space(bytes[i]) {
            i += 1;
        }
        // Token boundaries and ASCII white space are character boundaries,
        // so the run never splits a character.
        spans.push(HighlightSpan { start: start as u32, end: i as u32, class: HighlightClass::Punct });
    }
}

#[cfg(test)]
mod tests {
    use super::HighlightClass as C;
    use super::*;

    fn classes(src: &str) -> Vec<(&str, C)> {
        highlight(src).iter().map(|s| (&src[s.start as usize..s.end as usize], s.class)).collect()
    }

    /// Every non-white-space byte is in exactly one span; spans are sorted.
    fn assert_covers(src: &str) {
        let spans = highlight(src);
        let mut owner = vec![0u32; src.len()];
        let mut last_end = 0;
        for s in &spans {
            assert!(s.start < s.end, "empty span {:?} in {:?}", s, src);
            assert!(s.start >= last_end, "overlap at {:?} in {:?}", s, src);
            assert!(src.is_char_boundary(s.start as usize) && src.is_char_boundary(s.end as usize));
            last_end = s.end;
            for i in s.start..s.end {
                owner[i as usize] += 1;
            }
        }
        for (i, b) in src.bytes().enumerate() {
            if !is_space(b) {
                assert_eq!(owner[i], 1, "byte {} ({:?}) of {:?} not covered once", i, b as char, src);
            }
        }
    }

    #[test]
    fn classifies_each_kind() {
        let src = "package main\n\nfunc main() {\n\tch := make(chan int, 3) // buffered\n\tvar s string = \"hi\"\n\tr := 'x'\n\tx := 0x1F + 2.5e3 + 1i\n\tif ok := len(s) > 0 && true; ok { ch <- x }\n\tp := nil\n\tfmt.Println(s, r, p...)\n}\n";
        let got = classes(src);
        let find = |text: &str| got.iter().find(|(t, _)| *t == text).map(|(_, c)| *c);
        assert_eq!(find("package"), Some(C::Keyword));
        assert_eq!(find("func"), Some(C::Keyword));
        assert_eq!(find("chan"), Some(C::Keyword));
        assert_eq!(find("main"), Some(C::Ident));
        assert_eq!(find("fmt"), Some(C::Ident));
        assert_eq!(find("make"), Some(C::Builtin));
        assert_eq!(find("int"), Some(C::Builtin));
        assert_eq!(find("string"), Some(C::Builtin));
        assert_eq!(find("len"), Some(C::Builtin));
        assert_eq!(find("true"), Some(C::Builtin));
        assert_eq!(find("nil"), Some(C::Builtin));
        assert_eq!(find("3"), Some(C::Number));
        assert_eq!(find("0x1F"), Some(C::Number));
        assert_eq!(find("2.5e3"), Some(C::Number));
        assert_eq!(find("1i"), Some(C::Number));
        assert_eq!(find("\"hi\""), Some(C::String));
        assert_eq!(find("'x'"), Some(C::Rune));
        assert_eq!(find("// buffered"), Some(C::Comment));
        assert_eq!(find(":="), Some(C::Operator));
        assert_eq!(find("<-"), Some(C::Operator));
        assert_eq!(find("&&"), Some(C::Operator));
        assert_eq!(find(">"), Some(C::Operator));
        assert_eq!(find("("), Some(C::Punct));
        assert_eq!(find("{"), Some(C::Punct));
        assert_eq!(find(","), Some(C::Punct));
        assert_eq!(find("."), Some(C::Punct));
        assert_eq!(find("..."), Some(C::Punct));
        assert_eq!(find(";"), Some(C::Punct));
        assert_covers(src);
    }

    #[test]
    fn automatic_semicolons_are_skipped() {
        let src = "x\ny\n";
        assert_eq!(classes(src), vec![("x", C::Ident), ("y", C::Ident)]);
    }

    #[test]
    fn block_comments_raw_strings_and_unterminated_literals() {
        let src = "a /* one\ntwo */ b `raw\nline` \"open\n'c";
        let got = classes(src);
        assert!(got.contains(&("/* one\ntwo */", C::Comment)));
        assert!(got.contains(&("`raw\nline`", C::String)));
        assert!(got.contains(&("\"open", C::String)));
        assert!(got.contains(&("'c", C::Rune)));
        assert_covers(src);
        assert_covers("/* never closed");
        assert_covers("`never closed");
    }

    #[test]
    fn invalid_characters_are_covered() {
        for src in ["x @ y", "\u{feff}package main", "a\u{feff}b", "a\0b", "x := 1 · 2", "é := \u{a0}3", "#$?", "\\"]
        {
            assert_covers(src);
        }
        assert_eq!(classes("x @ y")[1], ("@", C::Punct));
    }

    #[test]
    fn covers_the_gallery_and_odd_inputs() {
        for src in [
            "",
            " \n\t\r",
            "package main\nimport \"fmt\"\nfunc main() { fmt.Println(\"hi\") }\n",
            "0x 0b102 07_8 1e 1.5p3 0o8 '' 'ab' '\\q' \"\\xZZ\"",
            "世界 := \"世界\" // 世界",
        ] {
            assert_covers(src);
        }
    }

    #[test]
    fn never_panics_on_random_input() {
        // A small deterministic generator (SplitMix64) over bytes that stress the lexer.
        let alphabet: Vec<char> = "ab0x19_.eEpPi'\"`\\/*\n\t @é世\u{feff}\0+-<>=!&|^%:;,(){}[]".chars().collect();
        let mut state: u64 = 0x5eed;
        let mut next = || {
            state = state.wrapping_add(0x9E3779B97F4A7C15);
            let mut z = state;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58476D1CE4E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D049BB133111EB);
            z ^ (z >> 31)
        };
        for _ in 0..3000 {
            let len = (next() % 40) as usize;
            let src: String = (0..len).map(|_| alphabet[(next() % alphabet.len() as u64) as usize]).collect();
            assert_covers(&src);
        }
    }
}
