//! Objects in the scene: mutexes, read-write mutexes, wait groups, Once,
//! Cond, atomics and timers, each a box with its status and its waiters.

use super::i18n::Lang;
use super::phrases;
use super::svg_raw::{self, raw, Esc};
use super::text_fit::fit;
use crate::float_format::Num;
use crate::viz::scene::{Scene, SyncView, CARD_H, SYNC_W};
use std::fmt::Write;
use yew::prelude::*;

/// The wait-for edges from blocked goroutines to the objects they wait on.
pub fn sync_edges(s: &Scene) -> Html {
    html! {
        { for s.sync_edges.iter().map(|e| {
            let o = &s.syncs[e.object];
            super::scene_view::edge("sync", e.cycle, e.from, (o.x, o.y + CARD_H / 2.0), e.color)
        }) }
    }
}

/// One object's box, with its kind's test id (`mutex`, `waitgroup`, `once`,
/// `cond`, `atomic`, `timer`).
pub fn sync_box(o: &SyncView, lang: Lang) -> Html {
    let kind = o.kind.go_name();
    let status = phrases::object_status(lang, o);
    let waiting = phrases::waiting(lang, &o.waiters);
    let room = SYNC_W - 20.0;
    let head = format!("{} ({kind})", o.name);
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<g class="sync-object {}{}" data-testid="{}" data-name="{}" data-kind="{kind}" data-owner="{}" data-count="{}" data-waiters="{}" data-value="{}" data-fire="{}" data-done="{}" transform="translate({},{})" aria-label="{kind} {}: {}">"#,
        kind.to_ascii_lowercase(),
        if o.done { " done" } else { "" },
        o.kind.testid(),
        Esc(&o.name),
        o.owner.map(|g| g.to_string()).unwrap_or_default(),
        o.count,
        o.waiters.len(),
        Esc(&o.value),
        Esc(o.fire.as_deref().unwrap_or_default()),
        o.done,
        Num(o.x),
        Num(o.y),
        Esc(&o.name),
        Esc(&status)
    );
    let _ = write!(s, r#"<rect class="sync-box" width="{}" height="{}" rx="6"/>"#, Num(SYNC_W), Num(CARD_H));
    svg_raw::title(&mut s, &format!("{head}: {status}{}{waiting}", if waiting.is_empty() { "" } else { "\n" }));
    svg_raw::text(&mut s, "title", 10.0, 20.0, "", &fit(&head, room, 14.0, true));
    svg_raw::text(&mut s, "sync-status", 10.0, 38.0, "", &fit(&status, room, 12.0, false));
    svg_raw::text(&mut s, "queues", 10.0, 56.0, "", &fit(&waiting, room, 12.0, false));
    s.push_str("</g>");
    raw(s)
}
