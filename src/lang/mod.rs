//! The Go front end: lexer, parser, checks and lowering to `ir`.
//!
//! Parsing never fails: the parser returns a tree and a list of diagnostics.
//! `compile` returns either a runnable `ir::Program` or the diagnostics, each
//! with the span Go would point at and Go's wording.

pub mod ast;
pub mod check;
pub mod exports;
pub mod go_size;
pub mod goto_check;
pub mod highlight;
pub mod lexer;
pub mod library;
pub mod lower;
pub mod parser;
pub mod stdlib_surface;
pub mod token;
pub mod types;

#[cfg(test)]
mod tests;

use crate::ir::Program;
use crate::source::{LineIndex, Span};

pub use lexer::lex;
pub use token::{Token, TokenKind};

/// A compile error: where, and Go's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub span: Span,
    pub message: String,
}

impl Diagnostic {
    pub fn new(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic { span, message: message.into() }
    }

    /// Go's form: `prog.go:LINE:COL: message`.
    pub fn render(&self, file_name: &str, lines: &LineIndex) -> String {
        let lc = lines.line_col(self.span.start);
        format!("{}:{}:{}: {}", file_name, lc.line, lc.col, self.message)
    }

    /// Sorts diagnostics into source order, keeping the order of those at one
    /// position. The parser and the checker share this one function so the
    /// wasm build holds a single copy of the sort.
    pub(crate) fn sort_by_position(diags: &mut [Diagnostic]) {
        crate::stable_sort::sort_by_key(diags, |d| d.span.start);
    }
}

/// Compiles one Go source file into a program, or returns its diagnostics
/// in source order.
pub fn compile(source: &str) -> Result<Program, Vec<Diagnostic>> {
    compile_named(source, "prog.go")
}

/// Like `compile`, with the file name that messages and tracebacks use.
///
/// As with `go build`, syntax errors stop compilation before type checking.
pub fn compile_named(source: &str, file_name: &str) -> Result<Program, Vec<Diagnostic>> {
    let (file, diags) = parser::parse(source);
    if !diags.is_empty() {
        return Err(diags);
    }
    let (info, mut diags) = check::check(&file, source);
    if !diags.is_empty() {
        // A construct Chanscope cannot check yet leaves its variables looking
        // unused; say what is unsupported rather than blame the program.
        if diags.iter().any(|d| d.message.contains("not supported yet")) {
            diags.retain(|d| {
                !d.message.starts_with("declared and not used") && !d.message.contains("imported and not used")
            });
        }
        return Err(diags);
    }
    Ok(lower::lower(&file, &info, source, file_name))
}
