//! The analysis panel: the data races the detector found in the run (both
//! accesses, with their goroutines and lines) and the goroutines left
//! behind when main returned. A click on an entry (or Enter on it) seeks to
//! the step where it shows: the race's second access, or the run's end; a
//! race also gets picked, and the page highlights its two lines.
//!
//! At a deadlock it also shows the wait-for graph (who waits where, on what
//! and for whom; goroutines on a cycle marked), and below everything the
//! explorer (`explore_view`), passed in as the panel's children.

use super::i18n::Lang;
use crate::sim::race_analysis::Analysis;
use crate::viz::wait_for::WaitEdge;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AnalysisProps {
    pub analysis: Rc<Analysis>,
    /// The last recorded step, where leaks show.
    pub end: usize,
    pub on_seek: Callback<usize>,
    /// A race was clicked: its index in `analysis.races`.
    pub on_pick: Callback<usize>,
    /// The race picked last.
    pub picked: Option<usize>,
    /// The wait-for graph at the run's end: empty unless it deadlocked.
    pub wait_for: Rc<Vec<WaitEdge>>,
    pub lang: Lang,
    /// The explorer, shown at the panel's foot.
    #[prop_or_default]
    pub children: Html,
}

/// One clickable entry.
fn entry(testid: &'static str, step: usize, lines: String, text: String, picked: bool, go: Callback<()>) -> Html {
    let on_click = go.reform(|_| ());
    let on_key = move |e: KeyboardEvent| {
        if e.key() == "Enter" || e.key() == " " {
            e.prevent_default();
            go.emit(());
        }
    };
    html! {
        <li class={classes!("analysis-item", testid, picked.then_some("picked"))} data-testid={testid}
            data-step={step.to_string()} data-lines={lines} tabindex="0" onclick={on_click} onkeydown={on_key}>{ text }</li>
    }
}

#[function_component(AnalysisPanel)]
pub fn analysis_panel(p: &AnalysisProps) -> Html {
    let t = p.lang.analysis();
    let a = &p.analysis;
    html! {
        <div class="analysis" data-testid="analysis" aria-label={t.title}
            data-races={a.races.len().to_string()} data-leaks={a.leaks.len().to_string()}
            data-waits={p.wait_for.len().to_string()}>
            <h2 class="analysis-title">{ t.title }</h2>
            if a.races.is_empty() && a.leaks.is_empty() && p.wait_for.is_empty() {
                <p class="analysis-empty">{ t.nothing }</p>
            }
            <ul class="analysis-list">
                { for a.races.iter().enumerate().map(|(i, r)| {
                    let lines = format!("{},{}", r.previous.line, r.current.line);
                    let step = r.current.step;
                    let (on_seek, on_pick) = (p.on_seek.clone(), p.on_pick.clone());
                    let go = Callback::from(move |()| {
                        on_pick.emit(i);
                        on_seek.emit(step);
                    });
                    entry("race", step, lines, p.lang.race_text(r), p.picked == Some(i), go)
                }) }
                { for a.leaks.iter().map(|l| {
                    let (on_seek, end) = (p.on_seek.clone(), p.end);
                    entry("leak", end, l.line.to_string(), p.lang.leak_text(l), false, Callback::from(move |()| on_seek.emit(end)))
                }) }
            </ul>
            if !p.wait_for.is_empty() {
                <div class="wait-for" data-testid="wait-for" aria-label={t.wait_for}
                    data-cycle={p.wait_for.iter().filter(|e| e.cycle).count().to_string()}>
                    <h3 class="wait-for-title">{ t.wait_for }</h3>
                    <ul class="analysis-list">
                        { for p.wait_for.iter().map(|e| {
                            let (on_seek, end) = (p.on_seek.clone(), p.end);
                            let waits = e.waits_for.iter().map(u64::to_string).collect::<Vec<_>>().join(",");
                            let go = Callback::from(move |()| on_seek.emit(end));
                            let on_key = { let go = go.clone(); move |ev: KeyboardEvent| {
                                if ev.key() == "Enter" || ev.key() == " " {
                                    ev.prevent_default();
                                    go.emit(());
                                }
                            } };
                            html! {
                                <li class={classes!("analysis-item", "wait-for-edge", e.cycle.then_some("cycle"))}
                                    data-testid="wait-for-edge" data-goid={e.goid.to_string()} data-line={e.line.to_string()}
                                    data-waits-for={waits} data-cycle={e.cycle.to_string()} tabindex="0"
                                    onclick={go.reform(|_| ())} onkeydown={on_key}>
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
            <div class="analysis-explore">{ p.children.clone() }</div>
        </div>
    }
}
