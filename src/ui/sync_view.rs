//! Objects in the scene: mutexes, read-write mutexes, wait groups, Once,
//! Cond, atomics and timers, each a box with its status and its waiters.

use super::i18n::Lang;
use super::phrases;
use crate::float_format::display;
use crate::viz::scene::{Scene, SyncView, CARD_H, SYNC_W};
use yew::prelude::*;

/// The wait-for edges from blocked goroutines to the objects they wait on.
pub fn sync_edges(s: &Scene) -> Html {
    html! {
        { for s.sync_edges.iter().map(|e| {
            let o = &s.syncs[e.object];
            html! {
                <line class={classes!("wait-edge", "sync", e.cycle.then_some("cycle"))} data-testid="wait-edge"
                    data-cycle={e.cycle.to_string()} x1={display(e.from.0)} y1={display(e.from.1)}
                    x2={display(o.x)} y2={display(o.y + CARD_H / 2.0)}
                    stroke={if e.cycle { "#d32f2f" } else { e.color }} />
            }
        }) }
    }
}

/// One object's box, with its kind's test id (`mutex`, `waitgroup`, `once`,
/// `cond`, `atomic`, `timer`).
pub fn sync_box(o: &SyncView, lang: Lang) -> Html {
    let kind = o.kind.go_name();
    let status = phrases::object_status(lang, o);
    let waiting = phrases::waiting(lang, &o.waiters);
    let owner_attr = o.owner.map(|g| g.to_string()).unwrap_or_default();
    html! {
        <g class={classes!("sync-object", kind.to_ascii_lowercase(), o.done.then_some("done"))} data-testid={o.kind.testid()}
            data-name={o.name.clone()} data-kind={kind} data-owner={owner_attr} data-count={o.count.to_string()}
            data-waiters={o.waiters.len().to_string()} data-value={o.value.clone()}
            data-fire={o.fire.clone().unwrap_or_default()} data-done={o.done.to_string()}
            transform={format!("translate({},{})", display(o.x), display(o.y))} aria-label={format!("{kind} {}: {status}", o.name)}>
            <rect class="sync-box" width={display(SYNC_W)} height={display(CARD_H)} rx="6" />
            <text class="title" x="10" y="20">{ format!("{} ({kind})", o.name) }</text>
            <text class="sync-status" x="10" y="38">{ status }</text>
            <text class="queues" x="10" y="56">{ waiting }</text>
        </g>
    }
}
