//! The analysis panel: the data races the detector found in the run (both
//! accesses, with their goroutines and lines) and the goroutines left
//! behind when main returned. A click on an entry (or Enter on it) seeks to
//! the step where it shows: the race's second access, or the run's end; a
//! race also gets picked, and the page highlights its two lines.
//!
//! At a deadlock it also shows the wait-for graph (who waits where, on what
//! and for whom; goroutines on a cycle marked), and below everything the
//! explorer (`explore_view`), passed in as `explore`.
//!
//! A plain function (no state of its own): the entries carry their step in
//! `data-step`, and one click and one key handler on the panel's lists read it.

use super::i18n::Lang;
use super::widgets::{activates, target_closest};
use crate::sim::race_analysis::Analysis;
use crate::viz::wait_for::WaitEdge;
use web_sys::{Element, Event};
use yew::prelude::*;

/// What the panel shows and whom it tells about clicks.
pub struct AnalysisCtx<'a> {
    pub analysis: &'a Analysis,
    /// The last recorded step, where leaks show.
    pub end: usize,
    /// The wait-for graph at the run's end: empty unless it deadlocked.
    pub wait_for: &'a [WaitEdge],
    /// The race picked last.
    pub picked: Option<usize>,
    pub lang: Lang,
    pub on_seek: &'a Callback<usize>,
    /// A race was clicked: its index in `analysis.races`.
    pub on_pick: &'a Callback<usize>,
}

/// The classes of a race (first row) or a leak entry, unpicked and picked
/// (plain strings, so no class list is built per entry).
const ITEM_CLASSES: [[&str; 2]; 2] =
    [["analysis-item race", "analysis-item race picked"], ["analysis-item leak", "analysis-item leak picked"]];

/// One clickable entry.
fn entry(testid: &'static str, step: usize, lines: String, text: String, picked: bool) -> Html {
    html! {
        <li class={ITEM_CLASSES[(testid == "leak") as usize][picked as usize]} data-testid={testid}
            data-step={step.to_string()} data-lines={lines} tabindex="0">{ text }</li>
    }
}

/// Seeks to the step of the entry the event came from; a race is picked
/// first (races come first in their list, so its index is its position).
fn activate(e: &Event, on_seek: &Callback<usize>, on_pick: &Callback<usize>) {
    let Some(item) = target_closest(e, "[data-step]") else { return };
    let Some(step) = item.get_attribute("data-step").and_then(|s| s.parse().ok()) else { return };
    if item.get_attribute("data-testid").as_deref() == Some("race") {
        let mut index = 0;
        let mut at: Option<Element> = item.previous_element_sibling();
        while let Some(el) = at {
            index += 1;
            at = el.previous_element_sibling();
        }
        on_pick.emit(index);
    }
    on_seek.emit(step);
}

pub fn analysis_panel(p: &AnalysisCtx, explore: Html) -> Html {
    let t = p.lang.analysis();
    let a = p.analysis;
    let on_click = {
        let (on_seek, on_pick) = (p.on_seek.clone(), p.on_pick.clone());
        Callback::from(move |e: MouseEvent| activate(&e, &on_seek, &on_pick))
    };
    let on_key = {
        let (on_seek, on_pick) = (p.on_seek.clone(), p.on_pick.clone());
        Callback::from(move |e: KeyboardEvent| {
            if activates(&e) {
                activate(&e, &on_seek, &on_pick)
            }
        })
    };
    html! {
        <div class="analysis" data-testid="analysis" aria-label={t.title}
            data-races={a.races.len().to_string()} data-leaks={a.leaks.len().to_string()}
            data-waits={p.wait_for.len().to_string()}>
            <h2 class="analysis-title">{ t.title }</h2>
            if a.races.is_empty() && a.leaks.is_empty() && p.wait_for.is_empty() {
                <p class="analysis-empty">{ t.nothing }</p>
            }
            <ul class="analysis-list" onclick={on_click.clone()} onkeydown={on_key.clone()}>
                { for a.races.iter().enumerate().map(|(i, r)| {
                    let lines = format!("{},{}", r.previous.line, r.current.line);
                    entry("race", r.current.step, lines, p.lang.race_text(r), p.picked == Some(i))
                }) }
                { for a.leaks.iter().map(|l| entry("leak", p.end, l.line.to_string(), p.lang.leak_text(l), false)) }
            </ul>
            if !p.wait_for.is_empty() {
                <div class="wait-for" data-testid="wait-for" aria-label={t.wait_for}
                    data-cycle={p.wait_for.iter().filter(|e| e.cycle).count().to_string()}>
                    <h3 class="wait-for-title">{ t.wait_for }</h3>
                    <ul class="analysis-list" onclick={on_click} onkeydown={on_key}>
                        { for p.wait_for.iter().map(|e| {
                            let waits = e.waits_for.iter().map(u64::to_string).collect::<Vec<_>>().join(",");
                            html! {
                                <li class={if e.cycle { "analysis-item wait-for-edge cycle" } else { "analysis-item wait-for-edge" }}
                                    data-testid="wait-for-edge" data-goid={e.goid.to_string()} data-line={e.line.to_string()}
                                    data-waits-for={waits} data-cycle={e.cycle.to_string()} data-step={p.end.to_string()}
                                    tabindex="0">
                                    { p.lang.wait_text(e) }
                                    if e.cycle {
                                        <span class="cycle-mark" data-testid="wait-for-cycle">{ format!(" ⟲ {}", t.cycle) }</span>
                                    }
                                </li>
                            }
                        }) }
                    </ul>
                </div>
            }
            <div class="analysis-explore">{ explore }</div>
        </div>
    }
}
