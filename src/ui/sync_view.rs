//! Mutexes, read-write mutexes and wait groups in the scene: each a box
//! showing its owner (or readers, or counter) and the goroutines waiting.

use crate::viz::scene::{Scene, SyncObj, SyncView, CARD_H, CARD_W, SYNC_W};
use yew::prelude::*;

/// The wait-for edges from blocked goroutines to the objects they wait on.
pub fn sync_edges(s: &Scene) -> Html {
    html! {
        { for s.sync_edges.iter().map(|e| {
            let g = &s.goroutines[e.goroutine as usize];
            let o = &s.syncs[e.object];
            html! {
                <line class="wait-edge sync" x1={(g.x + CARD_W).to_string()} y1={(g.y + CARD_H / 2.0).to_string()}
                    x2={o.x.to_string()} y2={(o.y + CARD_H / 2.0).to_string()} stroke={g.color} />
            }
        }) }
    }
}

/// One object's box, with the `mutex` or `waitgroup` test id.
pub fn sync_box(o: &SyncView) -> Html {
    let gs = |list: &[u64]| list.iter().map(|g| format!("G{g}")).collect::<Vec<_>>().join(", ");
    let (kind, status, owner_attr) = match o.kind {
        SyncObj::Mutex => {
            let status = match o.owner {
                Some(g) => format!("locked by G{g}"),
                None => "unlocked".to_string(),
            };
            ("Mutex", status, o.owner.map(|g| g.to_string()).unwrap_or_default())
        }
        SyncObj::RwMutex => {
            let status = match (o.owner, o.readers.len()) {
                (Some(g), _) => format!("write-locked by G{g}"),
                (None, 0) => "unlocked".to_string(),
                (None, n) => format!("{n} reader(s): {}", gs(&o.readers)),
            };
            ("RWMutex", status, o.owner.map(|g| g.to_string()).unwrap_or_default())
        }
        SyncObj::WaitGroup => ("WaitGroup", format!("counter {}", o.count), String::new()),
    };
    let waiting = if o.waiters.is_empty() { String::new() } else { format!("waiting: {}", gs(&o.waiters)) };
    html! {
        <g class={classes!("sync-object", kind.to_lowercase())} data-testid={o.kind.testid()} data-name={o.name.clone()}
            data-kind={kind} data-owner={owner_attr} data-count={o.count.to_string()}
            data-waiters={o.waiters.len().to_string()} transform={format!("translate({},{})", o.x, o.y)}
            aria-label={format!("{kind} {}: {status}", o.name)}>
            <rect class="sync-box" width={SYNC_W.to_string()} height={CARD_H.to_string()} rx="6" />
            <text class="title" x="10" y="20">{ format!("{} ({kind})", o.name) }</text>
            <text class="sync-status" x="10" y="38">{ status }</text>
            <text class="queues" x="10" y="56">{ waiting }</text>
        </g>
    }
}
