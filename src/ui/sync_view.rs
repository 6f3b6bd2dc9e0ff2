//! Objects in the scene: mutexes, read-write mutexes, wait groups, Once,
//! Cond, atomics and timers, each a box with its status and its waiters.

use super::i18n::Lang;
use super::phrases;
use super::text_fit::fit;
use crate::viz::scene::{Scene, SyncView, CARD_H, SYNC_W};
use yew::prelude::*;

/// The wait-for edges from blocked goroutines to the objects they wait on.
pub fn sync_edges(s: &Scene) -> Html {
    html! {
        { for s.sync_edges.iter().map(|e| {
            let o = &s.syncs[e.object];
            super::scene_view::edge(classes!("sync"), e.cycle, e.from, (o.x, o.y + CARD_H / 2.0), e.color)
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
    let owner_attr = o.owner.map(|g| g.to_string()).unwrap_or_default();
    html! {
        <g class={classes!("sync-object", kind.to_ascii_lowercase(), o.done.then_some("done"))} data-testid={o.kind.testid()}
            data-name={o.name.clone()} data-kind={kind} data-owner={owner_attr} data-count={o.count.to_string()}
            data-waiters={o.waiters.len().to_string()} data-value={o.value.clone()}
            data-fire={o.fire.clone().unwrap_or_default()} data-done={o.done.to_string()}
            transform={format!("translate({},{})", o.x, o.y)} aria-label={format!("{kind} {}: {status}", o.name)}>
            <rect class="sync-box" width={SYNC_W.to_string()} height={CARD_H.to_string()} rx="6" />
            <title>{ format!("{} ({kind}): {status}{}{waiting}", o.name, if waiting.is_empty() { "" } else { "\n" }) }</title>
            <text class="title" x="10" y="20">{ fit(&format!("{} ({kind})", o.name), room, 14.0, true) }</text>
            <text class="sync-status" x="10" y="38">{ fit(&status, room, 12.0, false) }</text>
            <text class="queues" x="10" y="56">{ fit(&waiting, room, 12.0, false) }</text>
        </g>
    }
}
