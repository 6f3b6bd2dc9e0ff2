//! The context tree in the scene: each context a node under its parent,
//! joined by an edge along which cancellation flows down.

use super::i18n::Lang;
use super::svg_raw::{self, raw, Esc, Len};
use super::text_fit::{fit, squeeze};
use crate::float_format::Num;
use crate::viz::contexts::{ContextView, CTX_H};
use crate::viz::scene::Scene;
use std::fmt::Write;
use yew::prelude::*;

/// The parent→child edges; an edge into a cancelled child is drawn as
/// cancellation flowing down.
pub fn context_edges(s: &Scene) -> Html {
    html! {
        { for s.contexts.iter().filter_map(|c| {
            let parent = &s.contexts[c.parent?];
            Some(raw(format!(
                r#"<path class="ctx-edge{}" data-testid="context-edge" d="M {} {} V {} H {}" fill="none"/>"#,
                if c.cancelled { " cancelled" } else { "" },
                Num(parent.x + 8.0),
                Num(parent.y + CTX_H),
                Num(c.y + CTX_H / 2.0),
                Num(c.x)
            )))
        }) }
    }
}

/// One context node.
pub fn context_node(c: &ContextView, lang: Lang) -> Html {
    let ru = lang == Lang::Ru;
    let status = match (&c.cause, &c.deadline, ru) {
        (Some(cause), _, false) => format!("cancelled: {cause}"),
        (Some(cause), _, true) => format!("отменён: {cause}"),
        (None, Some(d), false) => format!("deadline {d}"),
        (None, Some(d), true) => format!("срок {d}"),
        (None, None, false) => "active".to_string(),
        (None, None, true) => "активен".to_string(),
    };
    // A long cause ("context deadline exceeded") is squeezed into the box
    // instead of running past its edge.
    let room = c.w - 16.0;
    let title = format!("{} · {}", c.var.as_deref().unwrap_or("ctx"), c.kind);
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<g class="context{}" data-testid="context" data-name="{}" data-kind="{}" data-depth="{}" data-cancelled="{}" data-cause="{}" data-deadline="{}" data-var="{}" transform="translate({},{})" aria-label="{} {} {}: {}">"#,
        if c.cancelled { " cancelled" } else { "" },
        Esc(&c.name),
        Esc(&c.kind),
        c.depth,
        c.cancelled,
        Esc(c.cause.as_deref().unwrap_or_default()),
        Esc(c.deadline.as_deref().unwrap_or_default()),
        Esc(c.var.as_deref().unwrap_or_default()),
        Num(c.x),
        Num(c.y),
        if ru { "контекст" } else { "context" },
        Esc(c.var.as_deref().unwrap_or("")),
        Esc(&c.kind),
        Esc(&status)
    );
    let _ = write!(s, r#"<rect class="ctx-box" width="{}" height="{}" rx="10"/>"#, Num(c.w), Num(CTX_H));
    svg_raw::text(&mut s, "title", 10.0, 18.0, "", &fit(&title, room, 14.0, true));
    let squeezed = squeeze(&status, room, 12.0);
    svg_raw::text(&mut s, "sync-status", 10.0, 35.0, Len(&squeezed), &status);
    svg_raw::title(&mut s, &status);
    s.push_str("</g>");
    raw(s)
}
