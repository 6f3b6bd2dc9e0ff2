//! The value a step moved, flying from its sender through the channel to
//! its receiver or into its buffer slot. Pure CSS animation on an overlay
//! (`styles/main.css`, `.flight`): nothing else moves, and with
//! `prefers-reduced-motion` the overlay is not drawn.

use crate::float_format::display;
use crate::viz::scene::{Scene, CARD_H, CHAN_W, SLOT_W};
use crate::viz::Transfer;
use yew::prelude::*;

/// The overlay for step `step`'s value, keyed by the step so the animation
/// restarts on every step; nothing when `ms` is 0.
pub fn flight(s: &Scene, t: Option<&Transfer>, step: usize, ms: u32) -> Html {
    let Some(t) = t.filter(|_| ms > 0) else { return html! {} };
    let Some(c) = s.channels.get(t.ch as usize) else { return html! {} };
    let anchor = |g: Option<u32>| g.and_then(|g| s.anchors.get(g as usize).copied().flatten());
    let slot_w = SLOT_W.min((CHAN_W - 20.0) / c.cap.max(1) as f64);
    let slot = |i: usize| (c.x + 12.0 + i.min(7) as f64 * slot_w + slot_w / 2.0, c.y + 33.0);
    let mid = (c.x + 12.0, c.y + CARD_H / 2.0);
    let (start, end) = match (anchor(t.from), anchor(t.to)) {
        (Some(from), Some(to)) => (from, to),
        // Into the buffer: the slot it now fills.
        (Some(from), None) => (from, slot(c.len.saturating_sub(1))),
        // Out of the buffer: from the head slot to the receiver.
        (None, Some(to)) => (slot(0), to),
        (None, None) => return html! {},
    };
    let style = format!(
        "--x0:{}px;--y0:{}px;--x1:{}px;--y1:{}px;--x2:{}px;--y2:{}px;--fly:{ms}ms",
        display(start.0),
        display(start.1),
        display(mid.0),
        display(mid.1),
        display(end.0),
        display(end.1)
    );
    let value = super::scene_view::truncate(&t.value, 6);
    // The keyed node sits alone in its layer: siblings are never mixed
    // keyed and unkeyed.
    html! {
        <g class="flight-layer">
        <g class="flight" key={step.to_string()} data-testid="flight" data-value={t.value.clone()} style={style}
            aria-hidden="true">
            <rect x="-22" y="-11" width="44" height="22" rx="11" />
            <text x="0" y="4" text-anchor="middle">{ value }</text>
        </g>
        </g>
    }
}
