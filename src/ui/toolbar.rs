//! The top bar: gallery, playback controls, speed, policy and seed, and the
//! page's own settings (language, theme, presentation mode, help), share and
//! export, in groups that wrap as wholes on narrow screens. The compact view
//! for slides keeps only the controls.

use super::i18n::Lang;
use super::state::{Action, Theme, MAX_SPEED, SPEEDS};
use crate::gallery::EXAMPLES;
use crate::sim::Policy;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub playing: bool,
    pub speed: usize,
    pub policy: Policy,
    /// Whether a run loaded from choices can be replayed (offers `replay`).
    #[prop_or_default]
    pub has_replay: bool,
    pub seed: u64,
    pub example: Option<String>,
    /// The challenge being played, if any.
    #[prop_or_default]
    pub challenge: Option<&'static str>,
    pub can_run: bool,
    pub lang: Lang,
    /// The theme in effect (chosen or the system's).
    pub theme: Theme,
    pub large: bool,
    pub help: bool,
    /// The compact view for slides: only the controls.
    pub embed: bool,
    pub on_share: Callback<()>,
    pub on_export: Callback<()>,
    pub dispatch: Callback<Action>,
}

#[function_component(Toolbar)]
pub fn toolbar(p: &ToolbarProps) -> Html {
    let d = &p.dispatch;
    let t = p.lang.text();
    let on_gallery = d.reform(|e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        match value.strip_prefix("challenge:") {
            Some(slug) => Action::LoadChallenge(slug.to_string()),
            None => Action::LoadExample(value),
        }
    });
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
    let on_lang = d.reform(|e: Event| {
        Action::SetLang(Lang::parse(&e.target_unchecked_into::<HtmlSelectElement>().value()).unwrap_or_default())
    });
    let speed_label = match SPEEDS[p.speed] {
        n if n >= MAX_SPEED => t.max.to_string(),
        n => format!("{n}{}", t.per_second),
    };
    let (next_theme, theme_label, theme_icon) = match p.theme {
        Theme::Light => (Theme::Dark, t.theme_dark, "☾"),
        Theme::Dark => (Theme::Light, t.theme_light, "☀"),
    };
    let large = p.large;
    let challenge = p.challenge.and_then(crate::challenges::find);
    let title = p
        .example
        .as_deref()
        .and_then(crate::gallery::find)
        .map(|e| p.lang.title(e))
        .or(challenge.map(|c| p.lang.challenge_title(c)))
        .unwrap_or(t.your_program);
    html! {
        <header class="toolbar" role="toolbar" aria-label={t.controls}>
            <div class="group">
                <span class="brand">{ "Chanscope" }</span>
                <select class="gallery" hidden={p.embed} data-testid="gallery" aria-label={t.gallery} onchange={on_gallery} title={title}>
                    <option value="" selected={p.example.is_none() && challenge.is_none()} disabled=true>{ t.your_program }</option>
                    { for EXAMPLES.iter().map(|e| html! {
                        <option data-testid="gallery-item" data-example={e.slug} value={e.slug}
                            selected={p.example.as_deref() == Some(e.slug)}>{ p.lang.title(e) }</option>
                    }) }
                    <optgroup label={t.challenges}>
                        { for crate::challenges::CHALLENGES.iter().map(|c| html! {
                            <option data-testid="challenge-item" data-challenge={c.slug} value={format!("challenge:{}", c.slug)}
                                selected={p.challenge == Some(c.slug)}>{ p.lang.challenge_title(c) }</option>
                        }) }
                    </optgroup>
                </select>
            </div>
            <div class="group playback">
                <button class="primary" data-testid="run" onclick={d.reform(|_| Action::Run)} disabled={!p.can_run || p.playing}
                    hidden={p.playing} aria-label={t.run}>{ "▶ " }{ t.run }</button>
                <button class="primary" data-testid="pause" onclick={d.reform(|_| Action::Pause)} disabled={!p.playing}
                    hidden={!p.playing} aria-label={t.pause}>{ "❚❚ " }{ t.pause }</button>
                <button data-testid="step-back" onclick={d.reform(|_| Action::StepBack)} disabled={!p.can_run}
                    aria-label={t.step_back} title={format!("{} (←)", t.step_back)}>{ "⟨ " }{ t.step_back }</button>
                <button data-testid="step" onclick={d.reform(|_| Action::Step)} disabled={!p.can_run}
                    aria-label={t.step} title={format!("{} (→)", t.step)}>{ t.step }{ " ⟩" }</button>
                <button data-testid="reset" onclick={d.reform(|_| Action::Reset)} disabled={!p.can_run}
                    aria-label={t.reset} title={format!("{} (Home)", t.reset)}>{ "⟲ " }{ t.reset }</button>
            </div>
            <label class="group field">
                <span>{ t.speed }</span>
                <input data-testid="speed" type="range" min="0" max={(SPEEDS.len() - 1).to_string()}
                    value={p.speed.to_string()} oninput={on_speed} aria-label={t.speed} aria-valuetext={speed_label.clone()} />
                <span class="speed-label">{ speed_label }</span>
            </label>
            <div class="group">
                <label class="field">
                    <span>{ t.policy }</span>
                    <select data-testid="policy" aria-label={t.policy_label} onchange={on_policy}>
                        { for Policy::ALL.iter().filter(|pol| **pol != Policy::Replay || p.has_replay).map(|pol| html! {
                            <option value={pol.as_str()} selected={*pol == p.policy}>{ pol.as_str() }</option>
                        }) }
                    </select>
                </label>
                <label class="field">
                    <span>{ t.seed }</span>
                    <input data-testid="seed" type="number" min="0" value={p.seed.to_string()} onchange={on_seed}
                        aria-label={t.seed} class="seed" />
                </label>
            </div>
            if !p.embed {
                <div class="group settings">
                    <button class="icon" data-testid="share" onclick={p.on_share.reform(|_| ())}
                        aria-label={t.share_title} title={t.share_title}>{ "⤴" }</button>
                    <button class="icon" data-testid="export" onclick={p.on_export.reform(|_| ())} disabled={!p.can_run}
                        aria-label={t.export_title} title={t.export_title}>{ "⤓" }</button>
                    <select data-testid="lang" aria-label={t.language} onchange={on_lang}>
                        { for Lang::ALL.iter().map(|l| html! {
                            <option value={l.code()} selected={*l == p.lang}>{ l.name() }</option>
                        }) }
                    </select>
                    <button class="icon" data-testid="theme" onclick={d.reform(move |_| Action::SetTheme(next_theme))}
                        aria-label={theme_label} title={theme_label}>{ theme_icon }</button>
                    <button class="icon" data-testid="present" onclick={d.reform(move |_| Action::SetLarge(!large))}
                        aria-label={t.present} title={t.present} aria-pressed={large.to_string()}>{ "A+" }</button>
                    <button class="icon" data-testid="help" onclick={d.reform(|_| Action::ToggleHelp)}
                        aria-label={t.help} title={format!("{} (?)", t.help)} aria-expanded={p.help.to_string()}>{ "?" }</button>
                </div>
            }
        </header>
    }
}
