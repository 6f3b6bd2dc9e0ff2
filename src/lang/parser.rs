//! The parser: tokens to a syntax tree, by recursive descent in the shape of
//! cmd/compile's syntax parser, whose error wording it reproduces.
//!
//! It never fails: on an error it records a diagnostic, skips to a likely
//! statement or declaration boundary and goes on, so one run reports several
//! errors (at most one syntax error per line, as the compiler does). Nesting
//! depth is bounded so hostile input cannot overflow the stack.

use super::ast::*;
use super::lexer::lex;
use super::token::{Token, TokenKind as T};
use super::Diagnostic;
use crate::source::{LineIndex, Span};

/// The deepest nesting of expressions, types and statements accepted.
pub const MAX_DEPTH: u32 = 200;

/// Parses a source file; lexical and syntax errors are returned in order.
pub fn parse(src: &str) -> (File, Vec<Diagnostic>) {
    let (tokens, lex_diags) = lex(src);
    let tokens: Vec<Token> = tokens.into_iter().filter(|t| t.kind != T::Comment).collect();
    let mut p = Parser {
        src,
        tokens,
        idx: 0,
        diags: Vec::new(),
        lines: LineIndex::new(src),
        last_error_line: 0,
        next_id: 0,
        xnest: 0,
        fnest: 0,
        depth: 0,
        too_deep: false,
    };
    // Lexical errors come first on their lines, as the scanner runs ahead of the parser.
    for d in lex_diags {
        p.last_error_line = p.lines.line(d.span.start);
        p.diags.push(d);
    }
    let mut file = p.file();
    file.node_count = p.next_id;
    let mut diags = p.diags;
    Diagnostic::sort_by_position(&mut diags);
    (file, diags)
}

struct Parser<'a> {
    src: &'a str,
    tokens: Vec<Token>,
    idx: usize,
    diags: Vec<Diagnostic>,
    lines: LineIndex,
    last_error_line: u32,
    next_id: u32,
    /// Expression nesting: negative in `if`/`for`/`switch` headers, where `{` opens the block.
    xnest: i32,
    /// Function nesting, for error recovery.
    fnest: i32,
    depth: u32,
    too_deep: bool,
}

/// Tokens where recovery inside a function body may stop, as in the compiler.
const STOPSET: &[T] = &[
    T::Break,
    T::Const,
    T::Continue,
    T::Defer,
    T::Fallthrough,
    T::For,
    T::Go,
    T::Goto,
    T::If,
    T::Return,
    T::Select,
    T::Switch,
    T::Type,
    T::Var,
];

impl<'a> Parser<'a> {
    // ----- Token access -----

    fn tok(&self) -> T {
        self.tokens.get(self.idx).map(|t| t.kind).unwrap_or(T::Eof)
    }

    fn span(&self) -> Span {
        self.tokens.get(self.idx).or(self.tokens.last()).map(|t| t.span).unwrap_or_default()
    }

    fn pos(&self) -> u32 {
        self.span().start
    }

    fn text(&self) -> &'a str {
        let s = self.span();
        self.src.get(s.start as usize..s.end as usize).unwrap_or("")
    }

    fn prev_end(&self) -> u32 {
        if self.idx == 0 {
            0
        } else {
            self.tokens[self.idx - 1].span.end
        }
    }

    fn next(&mut self) {
        if self.idx + 1 < self.tokens.len() {
            self.idx += 1;
        }
    }

    fn got(&mut self, k: T) -> bool {
        if self.tok() == k {
            self.next();
            true
        } else {
            false
        }
    }

    fn want(&mut self, k: T) {
        if !self.got(k) {
            self.syntax_error(&format!("expected {}", tokstring(k)));
            self.advance(&[]);
        }
    }

    fn id(&mut self) -> NodeId {
        self.next_id += 1;
        self.next_id - 1
    }

    fn expr_node(&mut self, span: Span, kind: ExprKind) -> Expr {
        Expr { id: self.id(), span, kind }
    }

    fn bad_expr(&mut self) -> Expr {
        let s = self.span();
        self.expr_node(Span::new(s.start as usize, s.start as usize), ExprKind::Bad)
    }

    fn from(&self, start: u32) -> Span {
        Span { start, end: self.prev_end().max(start) }
    }

    // ----- Errors -----

    fn error_at(&mut self, pos: u32, msg: String) {
        let line = self.lines.line(pos);
        if line == self.last_error_line && msg.starts_with("syntax error") {
            return;
        }
        self.last_error_line = line;
        self.diags.push(Diagnostic::new(Span { start: pos, end: pos }, msg));
    }

    /// The current token as the compiler names it in "unexpected X".
    fn tok_desc(&self) -> String {
        let k = self.tok();
        match k {
            T::Ident => format!("name {}", self.text()),
            T::Semicolon => {
                let s = self.span();
                if s.start != s.end {
                    "semicolon".into()
                } else if s.start as usize >= self.src.len() {
                    "EOF".into()
                } else {
                    "newline".into()
                }
            }
            _ if k.is_literal() => format!("literal {}", self.text()),
            _ if k.is_keyword() => format!("keyword {}", k.text()),
            _ => k.text().into(),
        }
    }

    fn syntax_error(&mut self, msg: &str) {
        let pos = self.pos();
        self.syntax_error_at(pos, msg);
    }

    fn syntax_error_at(&mut self, pos: u32, msg: &str) {
        if self.too_deep {
            return;
        }
        let suffix = if msg.starts_with("in ") || msg.starts_with("at ") || msg.starts_with("after ") {
            format!(" {}", msg)
        } else if msg.starts_with("expected ") {
            format!(", {}", msg)
        } else {
            self.error_at(pos, format!("syntax error: {}", msg));
            return;
        };
        let desc = self.tok_desc();
        self.error_at(pos, format!("syntax error: unexpected {}{}", desc, suffix));
    }

    /// Skips tokens until one in `follow` (or, inside functions, a statement
    /// keyword); with an empty list, skips one token.
    fn advance(&mut self, follow: &[T]) {
        if follow.is_empty() {
            self.next();
            return;
        }
        loop {
            let t = self.tok();
            if t == T::Eof || follow.contains(&t) || (self.fnest > 0 && STOPSET.contains(&t)) {
                return;
            }
            let before = self.idx;
            self.next();
            if self.idx == before {
                return;
            }
        }
    }

    /// Enters one nesting level; false when the input is too deeply nested,
    /// in which case parsing stops at the end of the file.
    fn enter(&mut self) -> bool {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            if !self.too_deep {
                let pos = self.pos();
                self.diags.push(Diagnostic::new(Span { start: pos, end: pos }, "too deeply nested"));
                self.too_deep = true;
            }
            self.idx = self.tokens.len().saturating_sub(1);
            return false;
        }
        true
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    // ----- Declarations -----

    fn file(&mut self) -> File {
        let mut file = File::default();
        if self.tok() != T::Package {
            let found = match self.tok() {
                T::Ident => self.text().to_string(),
                T::Semicolon => "newline".to_string(),
                k => format!("'{}'", if k == T::Eof { "EOF" } else { k.text() }),
            };
            let pos = self.pos();
            self.error_at(pos, format!("expected 'package', found {}", found));
            return file;
        }
        self.next();
        file.package = Some(self.name());
        self.want(T::Semicolon);
        let mut prev = T::Import;
        while self.tok() != T::Eof {
            if self.tok() == T::Import && prev != T::Import {
                self.syntax_error("imports must appear before other declarations");
            }
            prev = self.tok();
            match self.tok() {
                T::Import => {
                    self.next();
                    self.group(|p| {
                        if let Some(spec) = p.import_spec() {
                            file.imports.push(spec);
                        }
                    });
                }
                T::Const => {
                    self.next();
                    let mut specs = Vec::new();
                    self.group(|p| specs.push(p.value_spec(true)));
                    file.decls.push(Decl::Const(specs));
                }
                T::Var => {
                    self.next();
                    let mut specs = Vec::new();
                    self.group(|p| specs.push(p.value_spec(false)));
                    file.decls.push(Decl::Var(specs));
                }
                T::Type => {
                    self.next();
                    let mut specs = Vec::new();
                    self.group(|p| specs.push(p.type_spec()));
                    file.decls.push(Decl::Type(specs));
                }
                T::Func => {
                    let start = self.pos();
                    self.next();
                    let f = self.func_decl(start);
                    file.decls.push(Decl::Func(f));
                }
                _ => {
                    let after_empty_func =
                        self.tok() == T::LBrace && matches!(file.decls.last(), Some(Decl::Func(f)) if f.body.is_none());
                    if after_empty_func {
                        self.syntax_error("unexpected semicolon or newline before {");
                    } else {
                        self.syntax_error("non-declaration statement outside function body");
                    }
                    self.advance(&[T::Import, T::Const, T::Type, T::Var, T::Func]);
                    continue;
                }
            }
            if self.tok() != T::Eof && !self.got(T::Semicolon) {
                self.syntax_error("after top level declaration");
                self.advance(&[T::Import, T::Const, T::Type, T::Var, T::Func]);
            }
        }
        file
    }

    /// A single spec or a parenthesized, semicolon-separated group of them.
    fn group(&mut self, mut f: impl FnMut(&mut Self)) {
        if self.got(T::LParen) {
            while self.tok() != T::Eof && self.tok() != T::RParen {
                f(self);
                if !self.got(T::Semicolon) && self.tok() != T::RParen {
                    self.syntax_error("in grouped declaration; possibly missing semicolon or newline or )");
                    self.advance(&[T::RParen, T::RBrack, T::RBrace]);
                    if self.tok() != T::RParen {
                        return;
                    }
                }
            }
            self.want(T::RParen);
        } else {
            f(self);
        }
    }

    fn import_spec(&mut self) -> Option<ImportSpec> {
        let name = match self.tok() {
            T::Ident => Some(self.name()),
            T::Period => {
                let s = self.span();
                self.next();
                let id = self.id();
                Some(Ident { id, name: ".".into(), span: s })
            }
            _ => None,
        };
        if self.tok() != T::String {
            if self.tok().is_literal() {
                let pos = self.pos();
                self.syntax_error_at(pos, "import path must be a string");
                self.next();
            } else {
                self.syntax_error("missing import path");
                self.advance(&[T::Semicolon, T::RParen]);
            }
            return None;
        }
        let path = super::lexer::string_value(self.text());
        let path_span = self.span();
        self.next();
        Some(ImportSpec { name, path, path_span })
    }

    fn value_spec(&mut self, is_const: bool) -> ValueSpec {
        let start = self.pos();
        let names = self.name_list();
        let mut ty = None;
        let mut values = Vec::new();
        if self.got(T::Assign) {
            values = self.expr_list();
        } else if is_const && (self.tok() == T::Semicolon || self.tok() == T::RParen) {
            // An implicit repetition of the previous constant's expression.
        } else {
            ty = Some(self.type_());
            if self.got(T::Assign) {
                values = self.expr_list();
            }
        }
        ValueSpec { names, ty, values, span: self.from(start) }
    }

    fn type_spec(&mut self) -> TypeSpec {
        let start = self.pos();
        let name = self.name();
        let mut type_params = None;
        // `type A[T any] ...` declares type parameters; `type A [N]T` is an array.
        if self.tok() == T::LBrack {
            let k1 = self.tokens.get(self.idx + 1).map(|t| t.kind);
            let k2 = self.tokens.get(self.idx + 2).map(|t| t.kind);
            if k1 == Some(T::Ident) && k2 != Some(T::RBrack) {
                self.next();
                type_params = Some(self.param_list(T::RBrack));
            }
        }
        let alias = self.got(T::Assign);
        let ty = self.type_();
        TypeSpec { name, type_params, alias, ty, span: self.from(start) }
    }

    fn func_decl(&mut self, start: u32) -> FuncDecl {
        let mut recv = None;
        if self.got(T::LParen) {
            recv = Some(self.param_list(T::RParen));
        }
        let name;
        let mut type_params = None;
        let sig;
        if self.tok() == T::Ident {
            name = self.name();
            let (tp, s) = self.func_type();
            type_params = tp;
            sig = s;
        } else {
            let s = self.span();
            let id = self.id();
            name = Ident { id, name: "_".into(), span: s };
            sig = Signature::default();
            self.syntax_error(if recv.is_some() { "expected name" } else { "expected name or (" });
            self.advance(&[T::LBrace, T::Semicolon]);
        }
        let body = if self.tok() == T::LBrace { Some(self.func_body()) } else { None };
        FuncDecl { recv, name, type_params, sig, body, span: self.from(start) }
    }

    fn func_body(&mut self) -> Block {
        self.fnest += 1;
        let outer = self.xnest;
        self.xnest = 0;
        let b = self.block("");
        self.xnest = outer;
        self.fnest -= 1;
        b
    }

    /// `[type params] (params) results`, after `func` and the name.
    fn func_type(&mut self) -> (Option<Vec<Field>>, Signature) {
        let start = self.pos();
        let mut tparams = None;
        if self.got(T::LBrack) {
            tparams = Some(self.param_list(T::RBrack));
        }
        self.want(T::LParen);
        let params = self.param_list(T::RParen);
        let results = self.func_result();
        (tparams, Signature { params, results, span: self.from(start) })
    }

    fn func_result(&mut self) -> Vec<Field> {
        if self.got(T::LParen) {
            return self.param_list(T::RParen);
        }
        let start = self.pos();
        match self.type_or_none() {
            Some(ty) => vec![Field { names: Vec::new(), ty, span: self.from(start) }],
            None => Vec::new(),
        }
    }

    /// A parameter list after its opening token, through `close`.
    fn param_list(&mut self, close: T) -> Vec<Field> {
        // Each entry is a name, a type, or a name and a type.
        let mut entries: Vec<(Option<Ident>, Option<Expr>, Span)> = Vec::new();
        let context = if close == T::RBrack { "type parameter list" } else { "parameter list" };
        self.list(context, T::Comma, close, |p| {
            let start = p.pos();
            if p.tok() == T::Ident {
                let name = p.name();
                match p.tok() {
                    T::Comma | T::RParen | T::RBrack => {
                        entries.push((Some(name), None, p.from(start)));
                    }
                    T::Period => {
                        // A qualified type name.
                        let x = p.ident_expr(name);
                        let ty = p.qualified_rest(x);
                        entries.push((None, Some(ty), p.from(start)));
                    }
                    T::LBrack if close == T::RParen => {
                        // `name []T` or a generic type `G[T]`; take it as a named slice/array.
                        let ty = p.type_();
                        entries.push((Some(name), Some(ty), p.from(start)));
                    }
                    _ => {
                        let ty = p.param_type();
                        entries.push((Some(name), Some(ty), p.from(start)));
                    }
                }
            } else {
                let ty = p.param_type();
                entries.push((None, Some(ty), p.from(start)));
            }
            false
        });
        let named = entries.iter().any(|(n, t, _)| n.is_some() && t.is_some());
        let mut fields = Vec::new();
        if !named {
            for (name, ty, span) in entries {
                let ty = match (name, ty) {
                    (_, Some(t)) => t,
                    (Some(n), None) => self.ident_expr(n),
                    (None, None) => self.bad_expr(),
                };
                fields.push(Field { names: Vec::new(), ty, span });
            }
            return fields;
        }
        let mut pending: Vec<Ident> = Vec::new();
        let mut pending_start: Option<Span> = None;
        let mut mixed = None;
        for (name, ty, span) in entries {
            match (name, ty) {
                (Some(n), None) => {
                    pending_start.get_or_insert(span);
                    pending.push(n);
                }
                (Some(n), Some(t)) => {
                    pending.push(n);
                    let s = pending_start.take().unwrap_or(span).to(span);
                    fields.push(Field { names: std::mem::take(&mut pending), ty: t, span: s });
                }
                (None, Some(t)) => {
                    mixed.get_or_insert(t.span.start);
                    fields.push(Field { names: Vec::new(), ty: t, span });
                }
                (None, None) => {}
            }
        }
        if !pending.is_empty() {
            let at = pending[pending.len() - 1].span.end;
            mixed.get_or_insert(at);
            let ty = self.expr_node(Span { start: at, end: at }, ExprKind::Bad);
            fields.push(Field { names: pending, ty, span: Span { start: at, end: at } });
        }
        if let Some(at) = mixed {
            self.syntax_error_at(at, "mixed named and unnamed parameters");
        }
        fields
    }

    fn param_type(&mut self) -> Expr {
        let start = self.pos();
        if self.got(T::Ellipsis) {
            let t = self.type_();
            return self.expr_node(self.from(start), ExprKind::Ellipsis(Some(Box::new(t))));
        }
        self.got(T::Tilde);
        let t = self.type_();
        // Type parameter constraints may be unions: `int | string`.
        if self.tok() == T::Or {
            while self.got(T::Or) {
                self.got(T::Tilde);
                self.type_();
            }
        }
        t
    }

    /// `list = [ f { sep f } [sep] ] close`, with the compiler's error.
    fn list(&mut self, context: &str, sep: T, close: T, mut f: impl FnMut(&mut Self) -> bool) -> u32 {
        let mut done = false;
        while self.tok() != T::Eof && self.tok() != close && !done {
            done = f(self);
            if !self.got(sep) && self.tok() != close {
                self.syntax_error(&format!(
                    "in {}; possibly missing {} or {}",
                    context,
                    tokstring(sep),
                    tokstring(close)
                ));
                self.advance(&[T::RParen, T::RBrack, T::RBrace]);
                if self.tok() != close {
                    return self.pos();
                }
            }
        }
        let pos = self.pos();
        self.want(close);
        pos
    }

    fn name(&mut self) -> Ident {
        let span = self.span();
        if self.tok() == T::Ident {
            let name = self.text().to_string();
            self.next();
            let id = self.id();
            return Ident { id, name, span };
        }
        self.syntax_error("expected name");
        self.advance(&[]);
        let id = self.id();
        Ident { id, name: "_".into(), span: Span { start: span.start, end: span.start } }
    }

    fn name_list(&mut self) -> Vec<Ident> {
        let mut names = vec![self.name()];
        while self.got(T::Comma) {
            names.push(self.name());
        }
        names
    }

    fn ident_expr(&mut self, n: Ident) -> Expr {
        Expr { id: n.id, span: n.span, kind: ExprKind::Ident(n.name) }
    }

    // ----- Types -----

    fn type_(&mut self) -> Expr {
        match self.type_or_none() {
            Some(t) => t,
            None => {
                let x = self.bad_expr();
                self.syntax_error("expected type");
                self.advance(&[T::Comma, T::Colon, T::Semicolon, T::RParen, T::RBrack, T::RBrace]);
                x
            }
        }
    }

    fn type_or_none(&mut self) -> Option<Expr> {
        if !self.enter() {
            return Some(self.bad_expr());
        }
        let t = self.type_inner();
        self.leave();
        t
    }

    fn type_inner(&mut self) -> Option<Expr> {
        let start = self.pos();
        let kind = match self.tok() {
            T::Mul => {
                self.next();
                ExprKind::Star(Box::new(self.type_()))
            }
            T::Arrow => {
                self.next();
                self.want(T::Chan);
                ExprKind::ChanType(ChanDir::Recv, Box::new(self.chan_elem()))
            }
            T::Func => {
                self.next();
                let (_, sig) = self.func_type();
                ExprKind::FuncType(sig)
            }
            T::LBrack => {
                self.next();
                if self.got(T::RBrack) {
                    ExprKind::ArrayType(None, Box::new(self.type_()))
                } else {
                    let len = if self.tok() == T::Ellipsis {
                        let s = self.span();
                        self.next();
                        self.expr_node(s, ExprKind::Ellipsis(None))
                    } else {
                        self.xnest += 1;
                        let e = self.expr();
                        self.xnest -= 1;
                        e
                    };
                    self.want(T::RBrack);
                    ExprKind::ArrayType(Some(Box::new(len)), Box::new(self.type_()))
                }
            }
            T::Chan => {
                self.next();
                let dir = if self.got(T::Arrow) { ChanDir::Send } else { ChanDir::Both };
                ExprKind::ChanType(dir, Box::new(self.chan_elem()))
            }
            T::Map => {
                self.next();
                self.want(T::LBrack);
                let k = self.type_();
                self.want(T::RBrack);
                let v = self.type_();
                ExprKind::MapType(Box::new(k), Box::new(v))
            }
            T::Struct => return Some(self.struct_type()),
            T::Interface => return Some(self.interface_type()),
            T::Ident => {
                let n = self.name();
                let x = self.ident_expr(n);
                return Some(self.qualified_rest(x));
            }
            T::LParen => {
                self.next();
                let t = self.type_();
                self.want(T::RParen);
                ExprKind::Paren(Box::new(t))
            }
            _ => return None,
        };
        Some(self.expr_node(self.from(start), kind))
    }

    /// After a type name: `.Sel` and type arguments `[T]`.
    fn qualified_rest(&mut self, mut x: Expr) -> Expr {
        let start = x.span.start;
        if self.got(T::Period) {
            let sel = self.name();
            x = self.expr_node(self.from(start), ExprKind::Selector(Box::new(x), sel));
        }
        if self.tok() == T::LBrack {
            self.next();
            let mut args = Vec::new();
            self.list("type argument list", T::Comma, T::RBrack, |p| {
                args.push(p.type_());
                false
            });
            x = self.expr_node(self.from(start), ExprKind::Index(Box::new(x), args));
        }
        x
    }

    fn chan_elem(&mut self) -> Expr {
        match self.type_or_none() {
            Some(t) => t,
            None => {
                let x = self.bad_expr();
                self.syntax_error("missing channel element type");
                x
            }
        }
    }

    fn struct_type(&mut self) -> Expr {
        let start = self.pos();
        self.next();
        self.want(T::LBrace);
        let mut fields = Vec::new();
        self.list("struct type", T::Semicolon, T::RBrace, |p| {
            let fstart = p.pos();
            let field = if p.tok() == T::Ident {
                let n = p.name();
                if matches!(p.tok(), T::Semicolon | T::RBrace | T::String | T::Period) {
                    // An embedded field.
                    let x = p.ident_expr(n);
                    let ty = p.qualified_rest(x);
                    Field { names: Vec::new(), ty, span: p.from(fstart) }
                } else {
                    let mut names = vec![n];
                    while p.got(T::Comma) {
                        names.push(p.name());
                    }
                    let ty = p.type_();
                    Field { names, ty, span: p.from(fstart) }
                }
            } else {
                let ty = p.type_();
                Field { names: Vec::new(), ty, span: p.from(fstart) }
            };
            if p.tok() == T::String {
                p.next();
            }
            fields.push(field);
            false
        });
        self.expr_node(self.from(start), ExprKind::StructType(fields))
    }

    fn interface_type(&mut self) -> Expr {
        let start = self.pos();
        self.next();
        self.want(T::LBrace);
        let mut elems = Vec::new();
        self.list("interface type", T::Semicolon, T::RBrace, |p| {
            let fstart = p.pos();
            if p.tok() == T::Ident && p.tokens.get(p.idx + 1).map(|t| t.kind) == Some(T::LParen) {
                let n = p.name();
                let (_, sig) = p.func_type();
                let ty = p.expr_node(sig.span, ExprKind::FuncType(sig));
                elems.push(Field { names: vec![n], ty, span: p.from(fstart) });
            } else {
                p.got(T::Tilde);
                let ty = p.type_();
                while p.got(T::Or) {
                    p.got(T::Tilde);
                    p.type_();
                }
                elems.push(Field { names: Vec::new(), ty, span: p.from(fstart) });
            }
            false
        });
        self.expr_node(self.from(start), ExprKind::InterfaceType(elems))
    }

    // ----- Expressions -----

    fn expr(&mut self) -> Expr {
        self.binary_expr(None, 0)
    }

    fn expr_list(&mut self) -> Vec<Expr> {
        let mut list = vec![self.expr()];
        while self.got(T::Comma) {
            list.push(self.expr());
        }
        list
    }

    fn binary_op(&self) -> Option<(BinaryOp, u8)> {
        use BinaryOp::*;
        Some(match self.tok() {
            T::LOr => (LOr, 1),
            T::LAnd => (LAnd, 2),
            T::Eql => (Eql, 3),
            T::Neq => (Neq, 3),
            T::Lss => (Lss, 3),
            T::Leq => (Leq, 3),
            T::Gtr => (Gtr, 3),
            T::Geq => (Geq, 3),
            T::Add => (Add, 4),
            T::Sub => (Sub, 4),
            T::Or => (Or, 4),
            T::Xor => (Xor, 4),
            T::Mul => (Mul, 5),
            T::Quo => (Quo, 5),
            T::Rem => (Rem, 5),
            T::Shl => (Shl, 5),
            T::Shr => (Shr, 5),
            T::And => (And, 5),
            T::AndNot => (AndNot, 5),
            _ => return None,
        })
    }

    fn binary_expr(&mut self, x: Option<Expr>, prec: u8) -> Expr {
        let mut x = match x {
            Some(x) => x,
            None => self.unary_expr(),
        };
        let mut chain = 0u32;
        while let Some((op, oprec)) = self.binary_op() {
            if oprec <= prec {
                break;
            }
            // A long left-leaning chain nests as deeply as parentheses would.
            chain += 1;
            if chain % 8 == 0 {
                if !self.enter() {
                    self.depth -= chain / 8;
                    return x;
                }
            }
            self.next();
            let y = self.binary_expr(None, oprec);
            let span = x.span.to(y.span);
            x = self.expr_node(span, ExprKind::Binary(op, Box::new(x), Box::new(y)));
        }
        self.depth -= chain / 8;
        x
    }

    fn unary_expr(&mut self) -> Expr {
        if !self.enter() {
            return self.bad_expr();
        }
        let x = self.unary_inner();
        self.leave();
        x
    }

    fn unary_inner(&mut self) -> Expr {
        let start = self.pos();
        let op = match self.tok() {
            T::Mul => {
                self.next();
                let x = self.unary_expr();
                return self.expr_node(self.from(start), ExprKind::Star(Box::new(x)));
            }
            T::Add => Some(UnaryOp::Plus),
            T::Sub => Some(UnaryOp::Neg),
            T::Not => Some(UnaryOp::Not),
            T::Xor => Some(UnaryOp::Xor),
            T::Tilde => Some(UnaryOp::Tilde),
            T::And => Some(UnaryOp::Addr),
            T::Arrow => {
                self.next();
                let x = self.unary_expr();
                // `<-chan T` is a type; otherwise a receive.
                if let ExprKind::ChanType(dir, _) = &x.kind {
                    let dir = *dir;
                    let mut x = x;
                    if let ExprKind::ChanType(d, _) = &mut x.kind {
                        if dir == ChanDir::Send {
                            self.syntax_error_at(start, "unexpected <-, expected chan");
                        }
                        *d = ChanDir::Recv;
                    }
                    x.span = self.from(start);
                    return x;
                }
                return self.expr_node(self.from(start), ExprKind::Unary(UnaryOp::Recv, Box::new(x)));
            }
            _ => None,
        };
        if let Some(op) = op {
            self.next();
            let mut x = self.unary_expr();
            if op == UnaryOp::Addr {
                while let ExprKind::Paren(_) = x.kind {
                    if let ExprKind::Paren(inner) = x.kind {
                        x = *inner;
                    }
                }
            }
            return self.expr_node(self.from(start), ExprKind::Unary(op, Box::new(x)));
        }
        let x = self.operand();
        self.primary(x)
    }

    fn operand(&mut self) -> Expr {
        let start = self.pos();
        match self.tok() {
            T::Ident => {
                let n = self.name();
                self.ident_expr(n)
            }
            T::Int | T::Float | T::Imag | T::Char | T::String => {
                let kind = match self.tok() {
                    T::Int => LitKind::Int,
                    T::Float => LitKind::Float,
                    T::Imag => LitKind::Imag,
                    T::Char => LitKind::Char,
                    _ => LitKind::String,
                };
                let text = self.text().to_string();
                let span = self.span();
                self.next();
                self.expr_node(span, ExprKind::BasicLit(kind, text))
            }
            T::LParen => {
                self.next();
                self.xnest += 1;
                let x = self.expr();
                self.xnest -= 1;
                self.want(T::RParen);
                self.expr_node(self.from(start), ExprKind::Paren(Box::new(x)))
            }
            T::Func => {
                self.next();
                let (_, sig) = self.func_type();
                if self.tok() == T::LBrace {
                    self.xnest += 1;
                    let body = self.func_body();
                    self.xnest -= 1;
                    return self.expr_node(self.from(start), ExprKind::FuncLit(sig, body));
                }
                self.expr_node(self.from(start), ExprKind::FuncType(sig))
            }
            T::LBrack | T::Chan | T::Map | T::Struct | T::Interface => self.type_(),
            _ => {
                let x = self.bad_expr();
                self.syntax_error("expected expression");
                self.advance(&[T::RParen, T::RBrack, T::RBrace]);
                x
            }
        }
    }

    fn primary(&mut self, mut x: Expr) -> Expr {
        let start = x.span.start;
        let mut chain = 0u32;
        loop {
            chain += 1;
            if chain % 8 == 0 && !self.enter() {
                self.depth -= chain / 8 - 1;
                return x;
            }
            match self.tok() {
                T::Period => {
                    self.next();
                    match self.tok() {
                        T::Ident => {
                            let sel = self.name();
                            x = self.expr_node(self.from(start), ExprKind::Selector(Box::new(x), sel));
                        }
                        T::LParen => {
                            self.next();
                            let ty = if self.got(T::Type) { None } else { Some(Box::new(self.type_())) };
                            self.want(T::RParen);
                            x = self.expr_node(self.from(start), ExprKind::TypeAssert(Box::new(x), ty));
                        }
                        _ => {
                            self.syntax_error("expected name or (");
                            self.advance(&[T::Semicolon, T::RParen]);
                        }
                    }
                }
                T::LBrack => {
                    self.next();
                    self.xnest += 1;
                    let mut index = None;
                    if self.tok() != T::Colon {
                        if self.tok() == T::RBrack {
                            self.syntax_error("expected operand");
                            index = Some(self.bad_expr());
                        } else {
                            let mut list = vec![self.expr()];
                            let mut comma = false;
                            while self.got(T::Comma) {
                                comma = true;
                                if self.tok() == T::RBrack {
                                    break;
                                }
                                list.push(self.expr());
                            }
                            if comma || self.tok() == T::RBrack {
                                self.xnest -= 1;
                                self.want(T::RBrack);
                                x = self.expr_node(self.from(start), ExprKind::Index(Box::new(x), list));
                                continue;
                            }
                            index = list.pop();
                        }
                    }
                    if !self.got(T::Colon) {
                        self.syntax_error("expected comma, : or ]");
                        self.advance(&[T::Comma, T::Colon, T::RBrack]);
                        self.got(T::Colon);
                    }
                    let mut parts: [Option<Box<Expr>>; 3] = [index.map(Box::new), None, None];
                    if self.tok() != T::Colon && self.tok() != T::RBrack {
                        parts[1] = Some(Box::new(self.expr()));
                    }
                    if self.got(T::Colon) {
                        parts[2] = Some(Box::new(self.expr()));
                    }
                    self.xnest -= 1;
                    self.want(T::RBrack);
                    x = self.expr_node(self.from(start), ExprKind::Slice(Box::new(x), parts));
                }
                T::LParen => {
                    self.next();
                    self.xnest += 1;
                    let mut args = Vec::new();
                    let mut ellipsis = false;
                    self.list("argument list", T::Comma, T::RParen, |p| {
                        args.push(p.expr());
                        ellipsis = p.got(T::Ellipsis);
                        ellipsis
                    });
                    self.xnest -= 1;
                    x = self.expr_node(self.from(start), ExprKind::Call { func: Box::new(x), args, ellipsis });
                }
                T::LBrace => {
                    let mut t = &x;
                    while let ExprKind::Paren(inner) = &t.kind {
                        t = inner;
                    }
                    let ok = match &t.kind {
                        ExprKind::Ident(_) | ExprKind::Selector(..) | ExprKind::Index(..) => self.xnest >= 0,
                        ExprKind::ArrayType(..) | ExprKind::StructType(_) | ExprKind::MapType(..) => true,
                        _ => false,
                    };
                    if !ok {
                        break;
                    }
                    if !std::ptr::eq(t, &x) {
                        self.syntax_error("cannot parenthesize type in composite literal");
                    }
                    let elts = self.composite_body();
                    x = self.expr_node(self.from(start), ExprKind::CompositeLit(Some(Box::new(x)), elts));
                }
                _ => break,
            }
        }
        self.depth -= chain / 8;
        x
    }

    /// `{ elem, key: elem, ... }` of a composite literal.
    fn composite_body(&mut self) -> Vec<Expr> {
        self.next();
        self.xnest += 1;
        let mut elts = Vec::new();
        self.list("composite literal", T::Comma, T::RBrace, |p| {
            let e = p.bare_complit_elem();
            if p.got(T::Colon) {
                let v = p.bare_complit_elem();
                let span = e.span.to(v.span);
                let kv = p.expr_node(span, ExprKind::KeyValue(Box::new(e), Box::new(v)));
                elts.push(kv);
            } else {
                elts.push(e);
            }
            false
        });
        self.xnest -= 1;
        elts
    }

    fn bare_complit_elem(&mut self) -> Expr {
        if self.tok() == T::LBrace {
            if !self.enter() {
                return self.bad_expr();
            }
            let start = self.pos();
            let elts = self.composite_body();
            self.leave();
            return self.expr_node(self.from(start), ExprKind::CompositeLit(None, elts));
        }
        self.expr()
    }

    // ----- Statements -----

    fn block(&mut self, context: &str) -> Block {
        let start = self.pos();
        if !self.got(T::LBrace) {
            self.syntax_error(&format!("expected {{ after {}", context));
            self.advance(&[T::Ident, T::RBrace]);
            let rbrace = self.span();
            if self.got(T::RBrace) {
                return Block { stmts: Vec::new(), span: self.from(start), rbrace };
            }
        }
        if !self.enter() {
            return Block { stmts: Vec::new(), span: self.from(start), rbrace: self.span() };
        }
        let stmts = self.stmt_list();
        self.leave();
        let rbrace = self.span();
        self.want(T::RBrace);
        Block { stmts, span: self.from(start), rbrace }
    }

    fn stmt_list(&mut self) -> Vec<Stmt> {
        let mut list = Vec::new();
        while !matches!(self.tok(), T::Eof | T::RBrace | T::Case | T::Default) {
            let Some(s) = self.stmt_or_none() else { break };
            let empty = matches!(s.kind, StmtKind::Empty);
            if !empty {
                list.push(s);
            }
            if !self.got(T::Semicolon) && self.tok() != T::RBrace {
                self.syntax_error("at end of statement");
                self.advance(&[T::Semicolon, T::RBrace, T::Case, T::Default]);
                self.got(T::Semicolon);
            }
        }
        list
    }

    fn stmt_or_none(&mut self) -> Option<Stmt> {
        if !self.enter() {
            return None;
        }
        let s = self.stmt_inner();
        self.leave();
        s
    }

    fn stmt_inner(&mut self) -> Option<Stmt> {
        let start = self.pos();
        if self.tok() == T::Ident {
            let lhs = self.expr_list();
            if lhs.len() == 1 && matches!(lhs[0].kind, ExprKind::Ident(_)) && self.tok() == T::Colon {
                return Some(self.labeled_stmt(lhs.into_iter().next()?));
            }
            return Some(self.simple_stmt(Some(lhs), None));
        }
        let kind = match self.tok() {
            T::Var => {
                self.next();
                let mut specs = Vec::new();
                self.group(|p| specs.push(p.value_spec(false)));
                StmtKind::Decl(Decl::Var(specs))
            }
            T::Const => {
                self.next();
                let mut specs = Vec::new();
                self.group(|p| specs.push(p.value_spec(true)));
                StmtKind::Decl(Decl::Const(specs))
            }
            T::Type => {
                self.next();
                let mut specs = Vec::new();
                self.group(|p| specs.push(p.type_spec()));
                StmtKind::Decl(Decl::Type(specs))
            }
            T::LBrace => StmtKind::Block(self.block("")),
            T::Add | T::Sub | T::Mul | T::And | T::Xor | T::Not => return Some(self.simple_stmt(None, None)),
            T::Int
            | T::Float
            | T::Imag
            | T::Char
            | T::String
            | T::Func
            | T::LParen
            | T::LBrack
            | T::Struct
            | T::Map
            | T::Chan
            | T::Interface
            | T::Arrow => return Some(self.simple_stmt(None, None)),
            T::For => return Some(self.for_stmt()),
            T::Switch => return Some(self.switch_stmt()),
            T::Select => return Some(self.select_stmt()),
            T::If => return Some(self.if_stmt()),
            T::Fallthrough => {
                self.next();
                StmtKind::Branch(BranchKind::Fallthrough, None)
            }
            T::Break | T::Continue | T::Goto => {
                let k = match self.tok() {
                    T::Break => BranchKind::Break,
                    T::Continue => BranchKind::Continue,
                    _ => BranchKind::Goto,
                };
                self.next();
                let label = if self.tok() == T::Ident { Some(self.name()) } else { None };
                StmtKind::Branch(k, label)
            }
            T::Go | T::Defer => {
                let is_go = self.tok() == T::Go;
                self.next();
                let x = self.unary_expr();
                let mut call = &x;
                let word = if is_go { "go" } else { "defer" };
                if let ExprKind::Paren(_) = x.kind {
                    self.error_at(x.span.start, format!("expression in {} must not be parenthesized", word));
                    while let ExprKind::Paren(inner) = &call.kind {
                        call = inner;
                    }
                }
                if !matches!(call.kind, ExprKind::Call { .. } | ExprKind::Bad) {
                    self.error_at(x.span.start, format!("expression in {} must be function call", word));
                }
                if is_go {
                    StmtKind::Go(x)
                } else {
                    StmtKind::Defer(x)
                }
            }
            T::Return => {
                self.next();
                let results =
                    if self.tok() != T::Semicolon && self.tok() != T::RBrace { self.expr_list() } else { Vec::new() };
                StmtKind::Return(results)
            }
            T::Semicolon => StmtKind::Empty,
            _ => return None,
        };
        Some(Stmt { span: self.from(start), kind })
    }

    fn labeled_stmt(&mut self, label: Expr) -> Stmt {
        let start = label.span.start;
        self.next();
        let ident = match label.kind {
            ExprKind::Ident(name) => Ident { id: label.id, name, span: label.span },
            _ => unreachable!("labels are identifiers"),
        };
        let s = if self.tok() == T::RBrace {
            Stmt { span: self.span(), kind: StmtKind::Empty }
        } else {
            match self.stmt_or_none() {
                Some(s) => s,
                None => {
                    self.syntax_error("missing statement after label");
                    Stmt { span: self.span(), kind: StmtKind::Bad }
                }
            }
        };
        Stmt { span: self.from(start), kind: StmtKind::Labeled(ident, Box::new(s)) }
    }

    /// A simple statement; `keyword` is `for`/`if`/`switch` in headers.
    fn simple_stmt(&mut self, lhs: Option<Vec<Expr>>, keyword: Option<T>) -> Stmt {
        let start = lhs.as_ref().and_then(|l| l.first()).map(|e| e.span.start).unwrap_or(self.pos());
        if keyword == Some(T::For) && self.tok() == T::Range {
            return self.range_clause(start, None, false);
        }
        let mut lhs = match lhs {
            Some(l) => l,
            None => self.expr_list(),
        };
        if lhs.len() == 1 && self.tok() != T::Assign && self.tok() != T::Define {
            let x = lhs.pop().unwrap_or_else(|| self.bad_expr());
            let op_span = self.span();
            let assign_op = match self.tok() {
                T::AddAssign => Some(BinaryOp::Add),
                T::SubAssign => Some(BinaryOp::Sub),
                T::MulAssign => Some(BinaryOp::Mul),
                T::QuoAssign => Some(BinaryOp::Quo),
                T::RemAssign => Some(BinaryOp::Rem),
                T::AndAssign => Some(BinaryOp::And),
                T::OrAssign => Some(BinaryOp::Or),
                T::XorAssign => Some(BinaryOp::Xor),
                T::ShlAssign => Some(BinaryOp::Shl),
                T::ShrAssign => Some(BinaryOp::Shr),
                T::AndNotAssign => Some(BinaryOp::AndNot),
                _ => None,
            };
            if let Some(op) = assign_op {
                self.next();
                let rhs = self.expr();
                return Stmt {
                    span: self.from(start),
                    kind: StmtKind::Assign { lhs: vec![x], op: AssignOp::Op(op), op_span, rhs: vec![rhs] },
                };
            }
            match self.tok() {
                T::Inc | T::Dec => {
                    let inc = self.tok() == T::Inc;
                    self.next();
                    return Stmt { span: self.from(start), kind: StmtKind::IncDec { x, inc, op_span } };
                }
                T::Arrow => {
                    self.next();
                    let value = self.expr();
                    return Stmt { span: self.from(start), kind: StmtKind::Send { chan: x, value } };
                }
                _ => return Stmt { span: self.from(start), kind: StmtKind::Expr(x) },
            }
        }
        match self.tok() {
            T::Assign | T::Define => {
                let define = self.tok() == T::Define;
                let op_span = self.span();
                self.next();
                if keyword == Some(T::For) && self.tok() == T::Range {
                    return self.range_clause(start, Some(lhs), define);
                }
                let rhs = self.expr_list();
                let op = if define { AssignOp::Define } else { AssignOp::Assign };
                Stmt { span: self.from(start), kind: StmtKind::Assign { lhs, op, op_span, rhs } }
            }
            _ => {
                self.syntax_error("expected := or = or comma");
                self.advance(&[T::Semicolon, T::RBrace]);
                let x = lhs.into_iter().next().unwrap_or_else(|| self.bad_expr());
                Stmt { span: self.from(start), kind: StmtKind::Expr(x) }
            }
        }
    }

    /// `range x` after the optional `k, v :=`; the body is filled in by `for_stmt`.
    fn range_clause(&mut self, start: u32, lhs: Option<Vec<Expr>>, define: bool) -> Stmt {
        self.next();
        let expr = self.expr();
        let mut it = lhs.unwrap_or_default().into_iter();
        let key = it.next();
        let value = it.next();
        if let Some(extra) = it.next() {
            self.error_at(extra.span.start, "range clause permits at most two iteration variables".into());
        }
        Stmt { span: self.from(start), kind: StmtKind::Range { key, value, define, expr, body: Block::default() } }
    }

    /// The header of `if`, `for` and `switch`: init, condition and post.
    fn header(&mut self, keyword: T) -> (Option<Stmt>, Option<Stmt>, Option<Stmt>) {
        self.next();
        if self.tok() == T::LBrace {
            if keyword == T::If {
                self.syntax_error("missing condition in if statement");
                let b = self.bad_expr();
                return (None, Some(Stmt { span: b.span, kind: StmtKind::Expr(b) }), None);
            }
            return (None, None, None);
        }
        let outer = self.xnest;
        self.xnest = -1;
        let mut init = None;
        if self.tok() != T::Semicolon {
            if self.got(T::Var) {
                self.syntax_error(&format!("var declaration not allowed in {} initializer", keyword.text()));
            }
            let s = self.simple_stmt(None, Some(keyword));
            if matches!(s.kind, StmtKind::Range { .. }) {
                self.xnest = outer;
                return (Some(s), None, None);
            }
            init = Some(s);
        }
        let mut cond = None;
        let mut post = None;
        let mut semi: Option<(u32, bool)> = None;
        if self.tok() != T::LBrace {
            if self.tok() == T::Semicolon {
                let s = self.span();
                semi = Some((s.start, s.start != s.end));
                self.next();
            } else {
                self.want(T::LBrace);
                if self.tok() != T::LBrace {
                    self.advance(&[T::LBrace, T::RBrace]);
                }
            }
            if keyword == T::For {
                if self.tok() != T::Semicolon {
                    if self.tok() == T::LBrace {
                        self.syntax_error("expected for loop condition");
                        self.xnest = outer;
                        return (init, None, None);
                    }
                    cond = Some(self.simple_stmt(None, None));
                }
                self.want(T::Semicolon);
                if self.tok() != T::LBrace {
                    let s = self.simple_stmt(None, None);
                    if let StmtKind::Assign { op: AssignOp::Define, op_span, .. } = s.kind {
                        // Go places an assignment at its operator.
                        self.syntax_error_at(op_span.start, "cannot declare in post statement of for loop");
                    }
                    post = Some(s);
                }
            } else if self.tok() != T::LBrace {
                cond = Some(self.simple_stmt(None, Some(keyword)));
            }
        } else {
            cond = init.take();
        }
        if cond.is_none() && keyword == T::If {
            if let Some((pos, explicit)) = semi {
                if explicit {
                    self.syntax_error_at(pos, "missing condition in if statement");
                } else {
                    self.error_at(pos, "syntax error: unexpected newline, expected { after if clause".into());
                }
            }
        }
        self.xnest = outer;
        (init, cond, post)
    }

    /// Turns a header's condition statement into an expression.
    fn cond_expr(&mut self, s: Option<Stmt>, keyword: T) -> Option<Expr> {
        let s = s?;
        match s.kind {
            StmtKind::Expr(x) => Some(x),
            StmtKind::Bad => None,
            StmtKind::Assign { lhs, op: AssignOp::Assign, op_span, rhs } => {
                // Go emphasizes a binary operand with parentheses so the `=` stands out.
                let l = self.emphasize(&lhs);
                let r = self.emphasize(&rhs);
                self.syntax_error_at(op_span.start, &format!("cannot use assignment {} = {} as value", l, r));
                None
            }
            _ => {
                let _ = keyword;
                let text = self.src.get(s.span.start as usize..s.span.end as usize).unwrap_or("").to_string();
                // Go's simple statements sit at their operator.
                let pos = match &s.kind {
                    StmtKind::Assign { op_span, .. } | StmtKind::IncDec { op_span, .. } => op_span.start,
                    _ => s.span.start,
                };
                self.syntax_error_at(pos, &format!("cannot use {} as value", text));
                None
            }
        }
    }

    /// The source text of an expression list, parenthesized when it is a
    /// single binary expression (Go's `emphasize`).
    fn emphasize(&self, list: &[Expr]) -> String {
        let (Some(first), Some(last)) = (list.first(), list.last()) else { return String::new() };
        let text = self.src.get(first.span.start as usize..last.span.end as usize).unwrap_or("");
        if list.len() == 1 && matches!(first.kind, ExprKind::Binary(..)) {
            format!("({})", text)
        } else {
            text.to_string()
        }
    }

    fn if_stmt(&mut self) -> Stmt {
        let start = self.pos();
        let (init, cond, _) = self.header(T::If);
        let cond = self.cond_expr(cond, T::If);
        let then = self.block("if clause");
        let mut els = None;
        if self.got(T::Else) {
            match self.tok() {
                T::If => {
                    if self.enter() {
                        els = Some(Box::new(self.if_stmt()));
                        self.leave();
                    }
                }
                T::LBrace => {
                    let b = self.block("");
                    els = Some(Box::new(Stmt { span: b.span, kind: StmtKind::Block(b) }));
                }
                _ => {
                    self.syntax_error("else must be followed by if or statement block");
                    self.advance(&[T::Ident, T::RBrace]);
                }
            }
        }
        Stmt { span: self.from(start), kind: StmtKind::If { init: init.map(Box::new), cond, then, els } }
    }

    fn for_stmt(&mut self) -> Stmt {
        let start = self.pos();
        let (init, cond, post) = self.header(T::For);
        if let Some(Stmt { kind: StmtKind::Range { key, value, define, expr, .. }, .. }) = init {
            let body = self.block("for clause");
            return Stmt { span: self.from(start), kind: StmtKind::Range { key, value, define, expr, body } };
        }
        let cond = self.cond_expr(cond, T::For);
        let body = self.block("for clause");
        Stmt {
            span: self.from(start),
            kind: StmtKind::For { init: init.map(Box::new), cond, post: post.map(Box::new), body },
        }
    }

    fn switch_stmt(&mut self) -> Stmt {
        let start = self.pos();
        let (init, tag, _) = self.header(T::Switch);
        let mut clauses = Vec::new();
        if !self.got(T::LBrace) {
            self.syntax_error("missing { after switch clause");
            self.advance(&[T::Case, T::Default, T::RBrace]);
        }
        while self.tok() != T::Eof && self.tok() != T::RBrace {
            let cstart = self.pos();
            let exprs = match self.tok() {
                T::Case => {
                    self.next();
                    Some(self.expr_list())
                }
                T::Default => {
                    self.next();
                    None
                }
                _ => {
                    // As in Go, the clause goes on to `want(:)`, which skips a
                    // token when recovery stopped at a statement keyword.
                    self.syntax_error("expected case or default or }");
                    self.advance(&[T::Colon, T::Case, T::Default, T::RBrace]);
                    None
                }
            };
            self.want(T::Colon);
            let body = self.stmt_list();
            clauses.push(CaseClause { exprs, comm: None, body, span: self.from(cstart) });
        }
        self.want(T::RBrace);
        Stmt {
            span: self.from(start),
            kind: StmtKind::Switch { init: init.map(Box::new), tag: tag.map(Box::new), clauses },
        }
    }

    fn select_stmt(&mut self) -> Stmt {
        let start = self.pos();
        self.next();
        let mut clauses = Vec::new();
        if !self.got(T::LBrace) {
            self.syntax_error("missing { after select clause");
            self.advance(&[T::Case, T::Default, T::RBrace]);
        }
        while self.tok() != T::Eof && self.tok() != T::RBrace {
            let cstart = self.pos();
            let mut comm = None;
            match self.tok() {
                T::Case => {
                    self.next();
                    comm = Some(Box::new(self.simple_stmt(None, None)));
                }
                T::Default => self.next(),
                _ => {
                    // As in Go, the clause goes on to `want(:)`, which skips a
                    // token when recovery stopped at a statement keyword.
                    self.syntax_error("expected case or default or }");
                    self.advance(&[T::Colon, T::Case, T::Default, T::RBrace]);
                }
            }
            self.want(T::Colon);
            let body = self.stmt_list();
            clauses.push(CaseClause { exprs: None, comm, body, span: self.from(cstart) });
        }
        self.want(T::RBrace);
        Stmt { span: self.from(start), kind: StmtKind::Select(clauses) }
    }
}

/// The compiler's name for a token in "expected X".
fn tokstring(k: T) -> &'static str {
    match k {
        T::Comma => "comma",
        T::Semicolon => "semicolon or newline",
        _ => k.text(),
    }
}
