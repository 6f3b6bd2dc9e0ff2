//! The scene as SVG: goroutine cards (or group nodes), channel pipes with
//! their buffers and queues, sync objects, the context tree, wait-for edges
//! (red on a cycle) and the value a step moved, in flight.
//!
//! The picture is drawn in the layout's own units (`viz::scene`) inside a
//! `viewBox`; the style sheet scales it (presentation mode draws it larger),
//! so every label keeps its place in its box whatever the size. Labels are
//! cut to their boxes by `text_fit`'s width estimate, the full text staying
//! in each shape's tooltip and accessible name.

use super::i18n::{Lang, Text};
use super::phrases;
use super::svg_raw::{self, raw, Esc, Len};
use super::text_fit::{fit, fit_or_squeeze, squeeze, text_width, wrap};
use crate::float_format::{display, Num};
use crate::sim::{GIdx, GState};
use crate::viz::groups::{CHIP_H, CHIP_W};
use crate::viz::scene::{ChannelView, GoroutineView, Scene, CARD_H, CARD_W, CHAN_W, SLOT_W};
use crate::viz::Transfer;
use std::fmt::Write;
use web_sys::Element;
use yew::prelude::*;

/// A group's key: its `go` statement and state.
pub type GroupKey = ((u32, u32), GState);

#[derive(Properties, PartialEq)]
pub struct SceneProps {
    pub scene: Scene,
    /// Goroutines the user may pick under the manual policy.
    pub runnable: Vec<GIdx>,
    pub manual: bool,
    pub on_choose: Callback<GIdx>,
    /// Opens or closes a group of goroutines.
    pub on_toggle_group: Callback<GroupKey>,
    pub lang: Lang,
    /// The value the shown step moved, animated for `fly_ms` (none when 0).
    pub transfer: Option<Transfer>,
    pub step: usize,
    pub fly_ms: u32,
}

#[function_component(SceneView)]
pub fn scene_view(p: &SceneProps) -> Html {
    let s = &p.scene;
    let t = p.lang.text();
    // One click handler and one key handler for the whole picture: a
    // choosable card carries `data-pick` (its goroutine's index), a group
    // node `data-group` (its place in `s.groups`; a group's click is its
    // own, see `group_view`).
    let keys: Vec<GroupKey> = s.groups.iter().map(|g| (g.site, g.state)).collect();
    let act = {
        let (choose, toggle) = (p.on_choose.clone(), p.on_toggle_group.clone());
        move |target: Element, keyboard: bool| {
            let Ok(Some(el)) = target.closest("[data-pick],[data-group]") else { return false };
            if let Some(i) = el.get_attribute("data-group").and_then(|i| i.parse::<usize>().ok()).filter(|_| keyboard) {
                keys.get(i).map(|k| toggle.emit(*k)).is_some()
            } else if let Some(g) = el.get_attribute("data-pick").and_then(|g| g.parse().ok()).filter(|_| !keyboard) {
                choose.emit(g);
                true
            } else {
                false
            }
        }
    };
    let onkeydown = {
        let act = act.clone();
        move |e: KeyboardEvent| {
            if (e.key() == "Enter" || e.key() == " ") && act(e.target_unchecked_into(), true) {
                e.prevent_default();
            }
        }
    };
    let onclick = move |e: MouseEvent| {
        act(e.target_unchecked_into(), false);
    };
    html! {
        <svg class={classes!("scene", s.deadlocked.then_some("deadlocked"))} data-testid="scene"
            viewBox={format!("0 0 {} {}", Num(s.width), Num(s.height))} style={format!("--sw:{}", Num(s.width))}
            width={display(s.width)} height={display(s.height)} role="img" aria-label={t.scene_label}
            {onclick} {onkeydown}>
            { super::context_view::context_edges(s) }
            { for s.edges.iter().map(|e| {
                let c = &s.channels[e.channel as usize];
                edge(if e.send { "send" } else { "recv" }, e.cycle, e.from, (c.x, c.y + CARD_H / 2.0), e.color)
            }) }
            { super::sync_view::sync_edges(s) }
            { for s.sites.iter().map(|site| super::group_view::site_frame(site, p.lang)) }
            { for s.groups.iter().enumerate().map(|(i, g)| super::group_view::group_node(g, i, p.lang, &p.on_toggle_group)) }
            { for s.goroutines.iter().map(|g| goroutine_card(g, p)) }
            { for s.channels.iter().map(|c| channel_pipe(c, t)) }
            { for s.syncs.iter().map(|o| super::sync_view::sync_box(o, p.lang)) }
            { for s.contexts.iter().map(|c| super::context_view::context_node(c, p.lang)) }
            { super::flight::flight(s, p.transfer.as_ref(), p.step, p.fly_ms) }
        </svg>
    }
}

/// A wait-for edge from a goroutine's anchor to the middle of the left side
/// of what it waits on; red on a cycle.
pub fn edge(class: &str, cycle: bool, from: (f64, f64), to: (f64, f64), color: &str) -> Html {
    let (cycle_class, stroke) = if cycle { (" cycle", "#d32f2f") } else { ("", color) };
    raw(format!(
        r#"<line class="wait-edge {class}{cycle_class}" data-testid="wait-edge" data-cycle="{cycle}" x1="{}" y1="{}" x2="{}" y2="{}" stroke="{stroke}"/>"#,
        Num(from.0),
        Num(from.1),
        Num(to.0),
        Num(to.1)
    ))
}

fn goroutine_card(g: &GoroutineView, p: &SceneProps) -> Html {
    let choosable = p.manual && p.runnable.contains(&g.index);
    let t = p.lang.text();
    let state = g.state.as_str();
    let where_ = if g.line > 0 { format!(" · {} {}", t.line, g.line) } else { String::new() };
    let reason = phrases::reason(p.lang, &g.reason);
    let (w, h) = if g.compact { (CHIP_W, CHIP_H) } else { (CARD_W, CARD_H) };
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<g class="goroutine {state}{}{}" data-testid="goroutine" data-gid="{}" data-state="{state}" data-reason="{}""#,
        if choosable { " choosable" } else { "" },
        if g.compact { " chip" } else { "" },
        g.goid,
        Esc(&g.reason.english())
    );
    if choosable {
        let _ = write!(s, r#" data-pick="{}" role="button""#, g.index);
    }
    let name = format!("G{} {}", g.goid, g.name);
    let _ = write!(
        s,
        r#" transform="translate({},{})" aria-label="{}: {}">"#,
        Num(g.x),
        Num(g.y),
        Esc(&name),
        Esc(&reason)
    );
    svg_raw::title(&mut s, &format!("{name} · {}{where_}: {reason}", t.state(g.state)));
    let (r, stripe) = if g.compact { (5, 5) } else { (8, 8) };
    let _ = write!(
        s,
        r#"<rect class="card" width="{}" height="{}" rx="{r}"/><rect class="stripe" width="{stripe}" height="{}" rx="{}" fill="{}"/>"#,
        Num(w),
        Num(h),
        Num(h),
        stripe / 2,
        g.color
    );
    if g.compact {
        svg_raw::text(&mut s, "title", 10.0, 19.0, "", &format!("G{}", g.goid));
        if g.line > 0 {
            svg_raw::text(&mut s, "state-label", w - 5.0, 19.0, r#" text-anchor="end""#, &format!(":{}", g.line));
        }
    } else {
        // The state on the right and the name on the left: when the name
        // would not fit, the line is said shorter (":17", as on chips), and
        // only then is the name cut.
        let short = if g.line > 0 { format!(" :{}", g.line) } else { String::new() };
        let room_beside = |label: &str| w - 28.0 - text_width(label, 12.0, false) - 6.0;
        let long_label = format!("{}{where_}", t.state(g.state));
        let state_label = if text_width(&name, 14.0, true) <= room_beside(&long_label) * 1.125 {
            long_label
        } else {
            format!("{}{short}", t.state(g.state))
        };
        let (title, squeezed) = fit_or_squeeze(&name, room_beside(&state_label), 14.0, true);
        let dot = g.state == GState::Running;
        svg_raw::text(&mut s, "title", 18.0, 22.0, Len(&squeezed), &title);
        svg_raw::text(&mut s, "state-label", w - 10.0, 22.0, r#" text-anchor="end""#, &state_label);
        for (i, line) in wrap(&reason, w - if dot { 48.0 } else { 28.0 }, 12.0, 2).iter().enumerate() {
            svg_raw::text(&mut s, "reason", 18.0, 42.0 + 15.0 * i as f64, "", line);
        }
        if dot {
            let _ =
                write!(s, r#"<circle class="running-dot" cx="{}" cy="42" r="5" fill="{}"/>"#, Num(w - 12.0), g.color);
        }
    }
    s.push_str("</g>");
    raw(s)
}

fn channel_pipe(c: &ChannelView, t: &Text) -> Html {
    let slots = c.cap.max(1);
    let slot_w = (SLOT_W).min((CHAN_W - 20.0) / slots as f64);
    let queue = |label: &str, gs: &[u64]| {
        if gs.is_empty() {
            String::new()
        } else {
            format!("{label}: {}", super::phrases::goroutine_list(gs))
        }
    };
    let queues = [queue(t.senders, &c.senders), queue(t.receivers, &c.receivers)]
        .into_iter()
        .filter(|q| !q.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    let closed = if c.closed { format!("  {}", t.closed) } else { String::new() };
    let room = CHAN_W - 24.0;
    let head = format!("{}  {}/{}{closed}", c.name, c.len, c.cap);
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<g class="channel{}" data-testid="channel" data-name="{}" data-len="{}" data-cap="{}" data-closed="{}" transform="translate({},{})" aria-label="{} {} {}/{}{}">"#,
        if c.closed { " closed" } else { "" },
        Esc(&c.name),
        c.len,
        c.cap,
        c.closed,
        Num(c.x),
        Num(c.y),
        t.channel,
        Esc(&c.name),
        c.len,
        c.cap,
        if c.closed { format!(" {}", t.closed) } else { String::new() }
    );
    svg_raw::title(&mut s, &format!("{head}{}{queues}", if queues.is_empty() { "" } else { "\n" }));
    let _ = write!(s, r#"<rect class="pipe" width="{}" height="{}" rx="14"/>"#, Num(CHAN_W), Num(CARD_H));
    svg_raw::text(&mut s, "title", 12.0, 18.0, "", &fit(&head, room, 14.0, true));
    if c.cap == 0 {
        svg_raw::text(&mut s, "unbuffered", 12.0, 38.0, "", &fit(t.unbuffered, room, 12.0, false));
    } else {
        let w = slot_w - 3.0;
        for i in 0..slots.min(8) {
            let value = c.buffer.get(i).map(|v| super::text_fit::truncate(v, 5));
            let _ = write!(
                s,
                r#"<g transform="translate({},24)"><rect class="slot{}" width="{}" height="18" rx="3"/>"#,
                Num(12.0 + i as f64 * slot_w),
                if value.is_some() { " full" } else { "" },
                Num(w)
            );
            if let Some(v) = value {
                let len = squeeze(&v, w - 3.0, 11.0);
                svg_raw::text(
                    &mut s,
                    "slot-value",
                    w / 2.0,
                    13.0,
                    format_args!(r#" text-anchor="middle"{}"#, Len(&len)),
                    &v,
                );
            }
            s.push_str("</g>");
        }
    }
    svg_raw::text(&mut s, "queues", 12.0, 58.0, "", &fit(&queues, room, 12.0, false));
    s.push_str("</g>");
    raw(s)
}
