//! The value a step moved, flying from its sender through the channel to
//! its receiver or into its buffer slot. Pure CSS animation on an overlay
//! (`styles/main.css`, `.flight`): nothing else moves, and with
//! `prefers-reduced-motion` the overlay is not drawn.
//!
//! The pill starts with its left end on the sender's card edge (the card's
//! anchor), passes the channel's mouth, and ends either with its left end on
//! the receiver's card edge or exactly over the buffer slot it fills (a pill
//! to or from a slot has the slot's size). It is the last shape drawn, so it
//! stays above every other.

use super::svg_raw::{raw, Esc, Len};
use super::text_fit::{squeeze, text_width, truncate};
use crate::float_format::Num;
use crate::viz::scene::{Scene, CHAN_W, SLOT_W};
use crate::viz::Transfer;
use yew::prelude::*;

/// The pill's height: a buffer slot's.
const PILL_H: f64 = 18.0;
/// The gap between a card's edge and the pill.
const GAP: f64 = 3.0;

/// The overlay for step `step`'s value; nothing when `ms` is 0.
pub fn flight(s: &Scene, t: Option<&Transfer>, step: usize, ms: u32) -> Html {
    let Some(t) = t.filter(|_| ms > 0) else { return html! {} };
    let Some(c) = s.channels.get(t.ch as usize) else { return html! {} };
    let anchor = |g: Option<u32>| g.and_then(|g| s.anchors.get(g as usize).copied().flatten());
    let value = truncate(&t.value, 6);
    let slot_w = SLOT_W.min((CHAN_W - 20.0) / c.cap.max(1) as f64);
    let (from, to) = (anchor(t.from), anchor(t.to));
    // Through a buffer the pill is a slot; otherwise it is as wide as its
    // text (a value taken from a parked sender of an unbuffered channel
    // starts at the channel's mouth).
    let w = if c.cap > 0 && (from.is_none() || to.is_none()) {
        slot_w - 3.0
    } else {
        (text_width(&value, 11.0, true) + 12.0).max(PILL_H).min(52.0)
    };
    // A slot's middle (the channel draws its slots from x = 12, y = 24);
    // the first one is the channel's mouth.
    let slot = |i: usize| (c.x + 12.0 + i.min(7) as f64 * slot_w + w / 2.0, c.y + 24.0 + PILL_H / 2.0);
    let off_card = |(x, y): (f64, f64)| (x + GAP + w / 2.0, y);
    let (start, end) = match (from, to) {
        (Some(from), Some(to)) => (off_card(from), off_card(to)),
        // Into the buffer: the slot it now fills.
        (Some(from), None) => (off_card(from), slot(c.len.saturating_sub(1))),
        // Out of the buffer (or from a parked sender): from the head slot
        // to the receiver.
        (None, Some(to)) => (slot(0), off_card(to)),
        (None, None) => return html! {},
    };
    // The channel's mouth: the pill's left end at the pipe's inner edge.
    let mid = slot(0);
    let style = format!(
        "--x0:{}px;--y0:{}px;--x1:{}px;--y1:{}px;--x2:{}px;--y2:{}px;--fly:{ms}ms",
        Num(start.0),
        Num(start.1),
        Num(mid.0),
        Num(mid.1),
        Num(end.0),
        Num(end.1)
    );
    // Written as SVG text that names its step, so every step's value is a
    // new node and its animation starts again; alone in its layer, which the
    // SVG export drops.
    raw(format!(
        r#"<g class="flight-layer"><g class="flight" data-testid="flight" data-step="{step}" data-value="{}" style="{style}" aria-hidden="true"><rect x="{}" y="{}" width="{}" height="{}" rx="{}"/><text x="0" y="4" text-anchor="middle"{}>{}</text></g></g>"#,
        Esc(&t.value),
        Num(-w / 2.0),
        Num(-PILL_H / 2.0),
        Num(w),
        Num(PILL_H),
        Num((PILL_H / 2.0).min(w / 2.0)),
        Len(&squeeze(&value, w - 4.0, 11.0)),
        Esc(&value)
    ))
}
