//! The scene as SVG: goroutine cards (or group nodes), channel pipes with
//! their buffers and queues, sync objects, the context tree, wait-for edges
//! (red on a cycle) and the value a step moved, in flight.

use super::i18n::{Lang, Text};
use super::phrases;
use crate::float_format::display;
use crate::sim::{GIdx, GState};
use crate::viz::groups::{CHIP_H, CHIP_W};
use crate::viz::scene::{ChannelView, GoroutineView, Scene, CARD_H, CARD_W, CHAN_W, SLOT_W};
use crate::viz::Transfer;
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
    html! {
        <svg class={classes!("scene", s.deadlocked.then_some("deadlocked"))} data-testid="scene"
            viewBox={format!("0 0 {} {}", display(s.width), display(s.height))}
            width={display(s.width)} height={display(s.height)} role="img" aria-label={t.scene_label}>
            { super::context_view::context_edges(s) }
            { for s.edges.iter().map(|e| {
                let c = &s.channels[e.channel as usize];
                html! {
                    <line class={classes!("wait-edge", if e.send { "send" } else { "recv" }, e.cycle.then_some("cycle"))}
                        data-testid="wait-edge" data-cycle={e.cycle.to_string()}
                        x1={display(e.from.0)} y1={display(e.from.1)}
                        x2={display(c.x)} y2={display(c.y + CARD_H / 2.0)}
                        stroke={if e.cycle { "#d32f2f" } else { e.color }} />
                }
            }) }
            { super::sync_view::sync_edges(s) }
            { for s.sites.iter().map(|site| super::group_view::site_frame(site, p.lang)) }
            { for s.groups.iter().map(|g| super::group_view::group_node(g, p.lang, &p.on_toggle_group)) }
            { for s.goroutines.iter().map(|g| goroutine_card(g, p)) }
            { for s.channels.iter().map(|c| channel_pipe(c, t)) }
            { for s.syncs.iter().map(|o| super::sync_view::sync_box(o, p.lang)) }
            { for s.contexts.iter().map(|c| super::context_view::context_node(c, p.lang)) }
            { super::flight::flight(s, p.transfer.as_ref(), p.step, p.fly_ms) }
        </svg>
    }
}

fn goroutine_card(g: &GoroutineView, p: &SceneProps) -> Html {
    let choosable = p.manual && p.runnable.contains(&g.index);
    let index = g.index;
    let onclick = choosable.then(|| p.on_choose.reform(move |_: MouseEvent| index));
    let t = p.lang.text();
    let state = g.state.as_str();
    let class = classes!("goroutine", state, choosable.then_some("choosable"));
    let where_ = if g.line > 0 { format!(" · {} {}", t.line, g.line) } else { String::new() };
    let reason = phrases::reason(p.lang, &g.reason);
    if g.compact {
        return html! {
            <g class={classes!(class, "chip")} data-testid="goroutine" data-gid={g.goid.to_string()} data-state={state}
                data-reason={g.reason.english()} transform={format!("translate({},{})", display(g.x), display(g.y))} {onclick}
                role={choosable.then_some("button")} aria-label={format!("G{} {}: {}", g.goid, g.name, reason)}>
                <title>{ format!("G{} {} · {}{where_}: {}", g.goid, g.name, t.state(g.state), reason) }</title>
                <rect class="card" width={display(CHIP_W)} height={display(CHIP_H)} rx="5" />
                <rect class="stripe" width="5" height={display(CHIP_H)} rx="2" fill={g.color} />
                <text class="title" x="10" y="19">{ format!("G{}", g.goid) }</text>
                if g.line > 0 {
                    <text class="state-label" x={display(CHIP_W - 5.0)} y="19" text-anchor="end">{ format!(":{}", g.line) }</text>
                }
            </g>
        };
    }
    html! {
        <g class={class} data-testid="goroutine" data-gid={g.goid.to_string()} data-state={state}
            data-reason={g.reason.english()} transform={format!("translate({},{})", display(g.x), display(g.y))} {onclick}
            role={choosable.then_some("button")} aria-label={format!("G{} {}: {}", g.goid, g.name, reason)}>
            <rect class="card" width={display(CARD_W)} height={display(CARD_H)} rx="8" />
            <rect class="stripe" width="8" height={display(CARD_H)} rx="3" fill={g.color} />
            <text class="title" x="18" y="22">{ format!("G{} {}", g.goid, g.name) }</text>
            <text class="state-label" x={display(CARD_W - 10.0)} y="22" text-anchor="end">{ format!("{}{where_}", t.state(g.state)) }</text>
            { for wrap(&reason, 42).into_iter().take(2).enumerate().map(|(i, line)| html! {
                <text class="reason" x="18" y={(42 + 15 * i).to_string()}>{ line }</text>
            }) }
            if g.state == GState::Running {
                <circle class="running-dot" cx={display(CARD_W - 12.0)} cy="42" r="5" fill={g.color} />
            }
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
    html! {
        <g class={classes!("channel", c.closed.then_some("closed"))} data-testid="channel" data-name={c.name.clone()}
            data-len={c.len.to_string()} data-cap={c.cap.to_string()} data-closed={c.closed.to_string()}
            transform={format!("translate({},{})", display(c.x), display(c.y))}
            aria-label={format!("{} {} {}/{}{}", t.channel, c.name, c.len, c.cap, if c.closed { format!(" {}", t.closed) } else { String::new() })}>
            <rect class="pipe" width={display(CHAN_W)} height={display(CARD_H)} rx="14" />
            <text class="title" x="12" y="18">{ format!("{}  {}/{}{}", c.name, c.len, c.cap, if c.closed { format!("  {}", t.closed) } else { String::new() }) }</text>
            if c.cap == 0 {
                <text class="unbuffered" x="12" y="38">{ t.unbuffered }</text>
            } else {
                { for (0..slots.min(8)).map(|i| {
                    let value = c.buffer.get(i).cloned();
                    html! {
                        <g transform={format!("translate({},24)", display(12.0 + i as f64 * slot_w))}>
                            <rect class={classes!("slot", value.is_some().then_some("full"))} width={display(slot_w - 3.0)} height="18" rx="3" />
                            <text class="slot-value" x={display((slot_w - 3.0) / 2.0)} y="13" text-anchor="middle">{ value.map(|v| truncate(&v, 4)).unwrap_or_default() }</text>
                        </g>
                    }
                }) }
            }
            <text class="queues" x="12" y="58">{ queues }</text>
        </g>
    }
}

/// Splits a sentence into lines of at most `width` characters at spaces.
fn wrap(s: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in s.split(' ') {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

pub fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max - 1).collect();
        t.push('…');
        t
    }
}
