//! Contexts as a tree: each node indented under its parent, with its
//! deadline, whether it is cancelled, and why (its `Err()`).

use super::scene::{ROW_GAP, SYNC_W, SYNC_X};
use crate::sim::value::Value;
use crate::sim::Machine;

/// Horizontal step of one level of the tree.
pub const INDENT: f64 = 16.0;
/// Height of one context node.
pub const CTX_H: f64 = 44.0;

#[derive(Clone, Debug, PartialEq)]
pub struct ContextView {
    pub index: u32,
    /// How `fmt` prints it: `context.Background.WithCancel`.
    pub name: String,
    /// The last part of the name: `WithCancel`, `WithTimeout`, `Background`.
    pub kind: String,
    /// The variable the program assigned it to, if any.
    pub var: Option<String>,
    /// Position of the parent in `Scene::contexts`.
    pub parent: Option<usize>,
    pub depth: usize,
    /// `Err()` is not nil.
    pub cancelled: bool,
    /// `Err()`'s text: `context canceled` or `context deadline exceeded`.
    pub cause: Option<String>,
    /// The deadline on the virtual clock, since the start.
    pub deadline: Option<String>,
    pub x: f64,
    pub y: f64,
    pub w: f64,
}

/// Lays out the context tree from `top` down, in depth-first order so each
/// child sits under its parent; creation order keeps the layout stable.
pub fn contexts(m: &Machine, top: f64) -> Vec<ContextView> {
    let mut out: Vec<ContextView> = Vec::new();
    let roots: Vec<u32> = (0..m.contexts.len() as u32).filter(|&i| m.contexts[i as usize].parent.is_none()).collect();
    let mut stack: Vec<(u32, Option<usize>, usize)> = roots.into_iter().rev().map(|r| (r, None, 0)).collect();
    while let Some((id, parent, depth)) = stack.pop() {
        let c = &m.contexts[id as usize];
        let cancelled = !matches!(c.err, Value::Nil);
        let indent = (depth as f64 * INDENT).min(SYNC_W / 2.0);
        // `context.Background.WithCancel.WithDeadline(2009-11-10 ...)`: the
        // last word before any arguments.
        let kind = c.name.split('(').next().unwrap_or("").rsplit('.').next().unwrap_or("").to_string();
        out.push(ContextView {
            index: id,
            name: c.name.clone(),
            kind: if kind.is_empty() { "context".to_string() } else { kind },
            var: m.object_name(crate::ir::SyncKind::Context, id).map(str::to_string),
            parent,
            depth,
            cancelled,
            cause: cancelled.then(|| cause(m, &c.err)),
            deadline: c.deadline.map(|d| crate::sim::duration::format_duration(d as i64)),
            x: SYNC_X + indent,
            y: top + out.len() as f64 * (CTX_H + ROW_GAP / 2.0),
            w: SYNC_W - indent,
        });
        let me = out.len() - 1;
        for &child in c.children.iter().rev() {
            if (child as usize) < m.contexts.len() {
                stack.push((child, Some(me), depth + 1));
            }
        }
        // A guard against a malformed tree: never more nodes than contexts.
        if out.len() > m.contexts.len() {
            break;
        }
    }
    out
}

/// `Err()`'s text: the machine holds Go's two context errors.
fn cause(m: &Machine, err: &Value) -> String {
    if err.to_display() == m.ctx_errors.1.to_display() {
        "context deadline exceeded".to_string()
    } else {
        "context canceled".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::{Config, Recording};
    use std::rc::Rc;

    #[test]
    fn cancelling_a_parent_cancels_its_child_in_the_tree() {
        let src = r#"package main

import (
	"context"
	"fmt"
)

func main() {
	parent, cancel := context.WithCancel(context.Background())
	child, stop := context.WithCancel(parent)
	defer stop()
	cancel()
	<-child.Done()
	fmt.Println(child.Err())
}
"#;
        let program = Rc::new(crate::lang::compile(src).unwrap());
        let rec = Recording::run(program, Config::default());
        let end = contexts(&rec.machine_at(rec.len()), 0.0);
        let child = end.iter().max_by_key(|c| c.depth).unwrap();
        assert!(child.cancelled, "{end:?}");
        assert_eq!(child.cause.as_deref(), Some("context canceled"));
        let parent = &end[child.parent.unwrap()];
        assert!(parent.cancelled);
        assert!(child.x > parent.x, "the child is indented under its parent");
        assert_eq!(child.kind, "WithCancel");
        assert!(end.iter().any(|c| c.kind == "Background" && c.depth == 0), "{end:?}");
        // Named by their variables; the background, made inline, has none.
        assert_eq!(child.var.as_deref(), Some("child"));
        assert_eq!(parent.var.as_deref(), Some("parent"));
        assert_eq!(end.iter().find(|c| c.depth == 0).unwrap().var, None);
    }
}
