//! The top bar: gallery, playback controls, speed, policy and seed.

use super::state::{Action, SPEEDS};
use crate::gallery::EXAMPLES;
use crate::sim::Policy;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub playing: bool,
    pub speed: usize,
    pub policy: Policy,
    pub seed: u64,
    pub example: Option<String>,
    pub can_run: bool,
    pub dispatch: Callback<Action>,
}

#[function_component(Toolbar)]
pub fn toolbar(p: &ToolbarProps) -> Html {
    let d = &p.dispatch;
    let on_gallery = d.reform(|e: Event| Action::LoadExample(e.target_unchecked_into::<HtmlSelectElement>().value()));
    let on_speed = d.reform(|e: InputEvent| {
        Action::SetSpeed(e.target_unchecked_into::<HtmlInputElement>().value().parse().unwrap_or(3))
    });
    let on_policy = d.reform(|e: Event| {
        Action::SetPolicy(
            Policy::parse(&e.target_unchecked_into::<HtmlSelectElement>().value()).unwrap_or(Policy::Fifo),
        )
    });
    let seed_value = p.seed;
    let on_seed = d.reform(move |e: Event| {
        Action::SetSeed(e.target_unchecked_into::<HtmlInputElement>().value().trim().parse().unwrap_or(seed_value))
    });
    let speed_label = match SPEEDS[p.speed] {
        1000 => "max".to_string(),
        n => format!("{n}/s"),
    };
    html! {
        <header class="toolbar" role="toolbar" aria-label="Controls">
            <span class="brand">{ "Chanscope" }</span>
            <label class="field">
                <span class="sr-only">{ "Example" }</span>
                <select data-testid="gallery" aria-label="Gallery of examples" onchange={on_gallery}>
                    <option value="" selected={p.example.is_none()} disabled=true>{ "Your program" }</option>
                    { for EXAMPLES.iter().map(|e| html! {
                        <option data-testid="gallery-item" data-example={e.slug} value={e.slug}
                            selected={p.example.as_deref() == Some(e.slug)}>{ e.title }</option>
                    }) }
                </select>
            </label>
            <button data-testid="run" onclick={d.reform(|_| Action::Run)} disabled={!p.can_run || p.playing}
                aria-label="Run">{ "▶ Run" }</button>
            <button data-testid="pause" onclick={d.reform(|_| Action::Pause)} disabled={!p.playing}
                aria-label="Pause">{ "Pause" }</button>
            <button data-testid="step-back" onclick={d.reform(|_| Action::StepBack)} disabled={!p.can_run}
                aria-label="Step back">{ "⟨ Back" }</button>
            <button data-testid="step" onclick={d.reform(|_| Action::Step)} disabled={!p.can_run}
                aria-label="Step">{ "Step ⟩" }</button>
            <button data-testid="reset" onclick={d.reform(|_| Action::Reset)} disabled={!p.can_run}
                aria-label="Reset">{ "⟲ Reset" }</button>
            <label class="field">
                <span>{ "Speed" }</span>
                <input data-testid="speed" type="range" min="0" max={(SPEEDS.len() - 1).to_string()}
                    value={p.speed.to_string()} oninput={on_speed} aria-label="Speed" />
                <span class="speed-label">{ speed_label }</span>
            </label>
            <label class="field">
                <span>{ "Policy" }</span>
                <select data-testid="policy" aria-label="Scheduling policy" onchange={on_policy}>
                    { for Policy::ALL.iter().map(|pol| html! {
                        <option value={pol.as_str()} selected={*pol == p.policy}>{ pol.as_str() }</option>
                    }) }
                </select>
            </label>
            <label class="field">
                <span>{ "Seed" }</span>
                <input data-testid="seed" type="number" min="0" value={p.seed.to_string()} onchange={on_seed}
                    aria-label="Seed" class="seed" />
            </label>
        </header>
    }
}
