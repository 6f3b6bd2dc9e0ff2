//! The context tree in the scene: each context a node under its parent,
//! joined by an edge along which cancellation flows down.

use super::i18n::Lang;
use crate::viz::contexts::{ContextView, CTX_H};
use crate::viz::scene::Scene;
use yew::prelude::*;

/// The parent→child edges; an edge into a cancelled child is drawn as
/// cancellation flowing down.
pub fn context_edges(s: &Scene) -> Html {
    html! {
        { for s.contexts.iter().filter_map(|c| {
            let parent = &s.contexts[c.parent?];
            let x = parent.x + 8.0;
            Some(html! {
                <path class={classes!("ctx-edge", c.cancelled.then_some("cancelled"))} data-testid="context-edge"
                    d={format!("M {x} {} V {} H {}", parent.y + CTX_H, c.y + CTX_H / 2.0, c.x)} fill="none" />
            })
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
    html! {
        <g class={classes!("context", c.cancelled.then_some("cancelled"))} data-testid="context"
            data-name={c.name.clone()} data-kind={c.kind.clone()} data-depth={c.depth.to_string()}
            data-cancelled={c.cancelled.to_string()} data-cause={c.cause.clone().unwrap_or_default()}
            data-deadline={c.deadline.clone().unwrap_or_default()} data-var={c.var.clone().unwrap_or_default()}
            transform={format!("translate({},{})", c.x, c.y)}
            aria-label={format!("{} {} {}: {status}", if ru { "контекст" } else { "context" }, c.var.as_deref().unwrap_or(""), c.kind)}>
            <rect class="ctx-box" width={c.w.to_string()} height={CTX_H.to_string()} rx="10" />
            <text class="title" x="10" y="18">{ super::text_fit::fit(&title, room, 14.0, true) }</text>
            <text class="sync-status" x="10" y="35" textLength={super::text_fit::squeeze(&status, room, 12.0)}
                lengthAdjust="spacingAndGlyphs">{ status.clone() }</text>
            <title>{ status }</title>
        </g>
    }
}
