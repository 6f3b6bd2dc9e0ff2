//! Source positions: byte spans and the mapping from bytes to lines and columns.
//!
//! Every layer speaks in byte spans; only the edges (diagnostics, tracebacks,
//! the editor) turn them into Go's 1-based `line:col`, where the column counts
//! bytes as `go build` does, or UTF-16 units for the browser editor.

use serde::Serialize;

/// A half-open byte range `start..end` in the program text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start: start as u32, end: end as u32 }
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }
}

/// A 1-based line and column, as Go prints them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct LineCol {
    pub line: u32,
    pub col: u32,
}

/// The byte offsets where each line starts, for quick position look-ups.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LineIndex {
    line_starts: Vec<u32>,
    len: u32,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut line_starts = vec![0u32];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        LineIndex { line_starts, len: text.len() as u32 }
    }

    /// The number of lines (a trailing newline opens one more, empty line).
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// The 1-based line of a byte offset.
    pub fn line(&self, offset: u32) -> u32 {
        let offset = offset.min(self.len);
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// Go's `line:col` of a byte offset, the column counted in bytes from 1.
    pub fn line_col(&self, offset: u32) -> LineCol {
        let line = self.line(offset);
        let start = self.line_starts[line as usize - 1];
        LineCol { line, col: offset.min(self.len) - start + 1 }
    }

    /// The byte offset where a 1-based line starts.
    pub fn line_start(&self, line: u32) -> u32 {
        let i = (line.max(1) as usize - 1).min(self.line_starts.len() - 1);
        self.line_starts[i]
    }

    /// The 1-based column of a byte offset in UTF-16 units, for the browser editor.
    pub fn utf16_col(&self, text: &str, offset: u32) -> u32 {
        let line = self.line(offset);
        let start = self.line_starts[line as usize - 1] as usize;
        let end = (offset as usize).min(text.len());
        let end = (start..=end).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(start);
        text[start..end].encode_utf16().count() as u32 + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_are_one_based() {
        let text = "package main\n\nfunc main() {}\n";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(0), LineCol { line: 1, col: 1 });
        assert_eq!(idx.line_col(13), LineCol { line: 2, col: 1 });
        assert_eq!(idx.line_col(19), LineCol { line: 3, col: 6 });
        assert_eq!(idx.line_count(), 4);
    }

    #[test]
    fn utf16_columns_count_code_units() {
        let text = "s := \"привет\" + x";
        let idx = LineIndex::new(text);
        let x = text.find('x').unwrap() as u32;
        assert_eq!(idx.line_col(x).col, 23);
        assert_eq!(idx.utf16_col(text, x), 17);
    }
}
