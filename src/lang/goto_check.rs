//! The rules for `goto`, as Go's syntax package checks them (branches.go):
//! the label must exist in the function, the jump must not enter a block,
//! and a forward jump must not skip a variable declaration of the label's
//! block.

use super::ast::*;
use crate::source::{LineIndex, Span};

/// A block: where Go says it starts.
struct BlockInfo {
    start: u32,
    /// Statement indexes that declare variables, with the first name and
    /// the offset Go reports (the `:=`, or the name of a `var`).
    decls: Vec<(usize, String, u32)>,
}

/// A labelled statement: its block and index there.
struct LabelAt {
    name: String,
    block: usize,
    index: usize,
}

/// A `goto`: the label, and the statement index in every enclosing block.
struct GotoAt {
    label: Ident,
    path: Vec<(usize, usize)>,
}

#[derive(Default)]
struct Walker {
    blocks: Vec<BlockInfo>,
    labels: Vec<LabelAt>,
    gotos: Vec<GotoAt>,
    path: Vec<(usize, usize)>,
}

/// The `goto` errors of one function body, as (span, message).
pub fn check(body: &Block, src: &str) -> Vec<(Span, String)> {
    let mut w = Walker::default();
    w.block(&body.stmts, body.span.start);
    let lines = LineIndex::new(src);
    let mut out = Vec::new();
    for g in &w.gotos {
        let Some(l) = w.labels.iter().find(|l| l.name == g.label.name) else {
            out.push((g.label.span, format!("label {} not defined", g.label.name)));
            continue;
        };
        let Some(&(_, from)) = g.path.iter().find(|(b, _)| *b == l.block) else {
            let lc = lines.line_col(w.blocks[l.block].start);
            let msg = format!("goto {} jumps into block starting at ./prog.go:{}:{}", l.name, lc.line, lc.col);
            out.push((g.label.span, msg));
            continue;
        };
        let skipped = w.blocks[l.block].decls.iter().filter(|(i, ..)| *i > from && *i < l.index).last();
        if let Some((_, name, at)) = skipped {
            let lc = lines.line_col(*at);
            let msg = format!("goto {} jumps over declaration of {} at ./prog.go:{}:{}", l.name, name, lc.line, lc.col);
            out.push((g.label.span, msg));
        }
    }
    out
}

impl Walker {
    fn block(&mut self, stmts: &[Stmt], start: u32) {
        let id = self.blocks.len();
        self.blocks.push(BlockInfo { start, decls: Vec::new() });
        for (i, s) in stmts.iter().enumerate() {
            self.path.push((id, i));
            self.stmt(s, id, i);
            self.path.pop();
        }
    }

    fn stmt(&mut self, s: &Stmt, block: usize, index: usize) {
        match &s.kind {
            StmtKind::Labeled(label, inner) => {
                self.labels.push(LabelAt { name: label.name.clone(), block, index });
                self.stmt(inner, block, index);
            }
            StmtKind::Branch(BranchKind::Goto, Some(label)) => {
                self.gotos.push(GotoAt { label: label.clone(), path: self.path.clone() });
            }
            StmtKind::Assign { op: AssignOp::Define, op_span, lhs, .. } => {
                let name = match lhs.first().map(|x| &x.kind) {
                    Some(ExprKind::Ident(n)) => n.clone(),
                    _ => "_".to_string(),
                };
                self.blocks[block].decls.push((index, name, op_span.start));
            }
            StmtKind::Decl(Decl::Var(specs)) => {
                if let Some(n) = specs.first().and_then(|s| s.names.first()) {
                    self.blocks[block].decls.push((index, n.name.clone(), n.span.start));
                }
            }
            StmtKind::Block(b) => self.block(&b.stmts, b.span.start),
            StmtKind::If { then, els, .. } => {
                self.block(&then.stmts, then.span.start);
                if let Some(e) = els {
                    match &e.kind {
                        StmtKind::Block(b) => self.block(&b.stmts, b.span.start),
                        _ => self.stmt(e, block, index),
                    }
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => self.block(&body.stmts, body.span.start),
            StmtKind::Switch { clauses, .. } | StmtKind::Select(clauses) => {
                for c in clauses {
                    self.block(&c.body, c.span.start);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lang::compile;

    fn first_error(body: &str) -> String {
        let src = format!("package main\n\nfunc main() {{\n{}}}\n", body);
        match compile(&src) {
            Ok(_) => "ok".to_string(),
            Err(d) => d[0].message.clone(),
        }
    }

    #[test]
    fn goto_rules() {
        assert_eq!(
            first_error("\tgoto L\n\tx := 1\n\t_ = x\nL:\n\tprintln()\n"),
            "goto L jumps over declaration of x at ./prog.go:5:4"
        );
        assert_eq!(first_error("\tgoto M\n"), "label M not defined");
        assert_eq!(
            first_error("\tgoto L\n\t{\n\tL:\n\t\tprintln()\n\t}\n"),
            "goto L jumps into block starting at ./prog.go:5:2"
        );
        assert_eq!(first_error("\ti := 0\nL:\n\ti++\n\tif i < 3 {\n\t\tgoto L\n\t}\n"), "ok");
        assert_eq!(first_error("\tif true {\n\t\tgoto End\n\t}\n\tprintln()\nEnd:\n\tprintln()\n"), "ok");
    }
}
