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
use super::text_fit::{fit, fit_or_squeeze, squeeze, wrap};
use crate::sim::{GIdx, GState};
use crate::viz::groups::{CHIP_H, CHIP_W};
use crate::viz::scene::{ChannelView, GoroutineView, Scene, CARD_H, CARD_W, CHAN_W, SLOT_W};
use crate::viz::Transfer;
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
            viewBox={format!("0 0 {} {}", s.width, s.height)} style={format!("--sw:{}", s.width)}
            width={s.width.to_string()} height={s.height.to_string()} role="img" aria-label={t.scene_label}
            {onclick} {onkeydown}>
            { super::context_view::context_edges(s) }
            { for s.edges.iter().map(|e| {
                let c = &s.channels[e.channel as usize];
                edge(classes!(if e.send { "send" } else { "recv" }), e.cycle, e.from, (c.x, c.y + CARD_H / 2.0), e.color)
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
pub fn edge(class: Classes, cycle: bool, from: (f64, f64), to: (f64, f64), color: &'static str) -> Html {
    html! {
        <line class={classes!("wait-edge", class, cycle.then_some("cycle"))} data-testid="wait-edge"
            data-cycle={cycle.to_string()} x1={from.0.to_string()} y1={from.1.to_string()}
            x2={to.0.to_string()} y2={to.1.to_string()} stroke={if cycle { "#d32f2f" } else { color }} />
    }
}

fn goroutine_card(g: &GoroutineView, p: &SceneProps) -> Html {
    let choosable = p.manual && p.runnable.contains(&g.index);
    let t = p.lang.text();
    let state = g.state.as_str();
    let where_ = if g.line > 0 { format!(" · {} {}", t.line, g.line) } else { String::new() };
    let reason = phrases::reason(p.lang, &g.reason);
    let (w, h) = if g.compact { (CHIP_W, CHIP_H) } else { (CARD_W, CARD_H) };
    let body = if g.compact {
        html! {
            <>
                <title>{ format!("G{} {} · {}{where_}: {}", g.goid, g.name, t.state(g.state), reason) }</title>
                <rect class="card" width={w.to_string()} height={h.to_string()} rx="5" />
                <rect class="stripe" width="5" height={h.to_string()} rx="2" fill={g.color} />
                <text class="title" x="10" y="19">{ format!("G{}", g.goid) }</text>
                if g.line > 0 {
                    <text class="state-label" x={(w - 5.0).to_string()} y="19" text-anchor="end">{ format!(":{}", g.line) }</text>
                }
            </>
        }
    } else {
        // The state on the right and the name on the left: when the name
        // would not fit, the line is said shorter (":17", as on chips), and
        // only then is the name cut.
        let name = format!("G{} {}", g.goid, g.name);
        let short = if g.line > 0 { format!(" :{}", g.line) } else { String::new() };
        let room_beside = |label: &str| w - 28.0 - super::text_fit::text_width(label, 12.0, false) - 6.0;
        let long_label = format!("{}{where_}", t.state(g.state));
        let state_label = if super::text_fit::text_width(&name, 14.0, true) <= room_beside(&long_label) * 1.125 {
            long_label
        } else {
            format!("{}{short}", t.state(g.state))
        };
        let (title, squeezed) = fit_or_squeeze(&name, room_beside(&state_label), 14.0, true);
        let dot = g.state == GState::Running;
        html! {
            <>
                <title>{ format!("{name} · {}{where_}: {reason}", t.state(g.state)) }</title>
                <rect class="card" width={w.to_string()} height={h.to_string()} rx="8" />
                <rect class="stripe" width="8" height={h.to_string()} rx="3" fill={g.color} />
                <text class="title" x="18" y="22" textLength={squeezed} lengthAdjust="spacingAndGlyphs">{ title }</text>
                <text class="state-label" x={(w - 10.0).to_string()} y="22" text-anchor="end">{ state_label }</text>
                { for wrap(&reason, w - if dot { 48.0 } else { 28.0 }, 12.0, 2).into_iter().enumerate().map(|(i, line)| html! {
                    <text class="reason" x="18" y={(42 + 15 * i).to_string()}>{ line }</text>
                }) }
                if dot {
                    <circle class="running-dot" cx={(w - 12.0).to_string()} cy="42" r="5" fill={g.color} />
                }
            </>
        }
    };
    html! {
        <g class={classes!("goroutine", state, choosable.then_some("choosable"), g.compact.then_some("chip"))}
            data-testid="goroutine" data-gid={g.goid.to_string()} data-state={state} data-reason={g.reason.english()}
            data-pick={choosable.then(|| g.index.to_string())} transform={format!("translate({},{})", g.x, g.y)}
            role={choosable.then_some("button")} aria-label={format!("G{} {}: {}", g.goid, g.name, reason)}>
            { body }
        </g>
    }
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
    html! {
        <g class={classes!("channel", c.closed.then_some("closed"))} data-testid="channel" data-name={c.name.clone()}
            data-len={c.len.to_string()} data-cap={c.cap.to_string()} data-closed={c.closed.to_string()}
            transform={format!("translate({},{})", c.x, c.y)}
            aria-label={format!("{} {} {}/{}{closed}", t.channel, c.name, c.len, c.cap)}>
            <title>{ format!("{} {}/{}{closed}{}{queues}", c.name, c.len, c.cap, if queues.is_empty() { "" } else { "\n" }) }</title>
            <rect class="pipe" width={CHAN_W.to_string()} height={CARD_H.to_string()} rx="14" />
            <text class="title" x="12" y="18">{ fit(&format!("{}  {}/{}{closed}", c.name, c.len, c.cap), room, 14.0, true) }</text>
            if c.cap == 0 {
                <text class="unbuffered" x="12" y="38">{ fit(t.unbuffered, room, 12.0, false) }</text>
            } else {
                { for (0..slots.min(8)).map(|i| {
                    let value = c.buffer.get(i).map(|v| super::text_fit::truncate(v, 5));
                    let w = slot_w - 3.0;
                    html! {
                        <g transform={format!("translate({},{})", 12.0 + i as f64 * slot_w, 24)}>
                            <rect class={classes!("slot", value.is_some().then_some("full"))} width={w.to_string()} height="18" rx="3" />
                            if let Some(v) = value {
                                <text class="slot-value" x={(w / 2.0).to_string()} y="13" text-anchor="middle"
                                    textLength={squeeze(&v, w - 3.0, 11.0)} lengthAdjust="spacingAndGlyphs">{ v }</text>
                            }
                        </g>
                    }
                }) }
            }
            <text class="queues" x="12" y="58">{ fit(&queues, room, 12.0, false) }</text>
        </g>
    }
}
