//! The top bar: gallery, playback controls, speed, policy and seed, and the
//! page's own settings (language, theme, presentation mode, help), share and
//! export, in groups that wrap as wholes on narrow screens. The compact view
//! for slides keeps only the controls.
//!
//! A plain function of the session, not a component: it has no state of its
//! own. Its buttons share one click handler on the bar, which reads the
//! clicked button's test id.

use super::i18n::Lang;
use super::state::{Action, Session, Theme, MAX_SPEED, SPEEDS};
use super::widgets::{button, target_attr};
use crate::gallery::EXAMPLES;
use crate::sim::Policy;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// What the bar needs besides the session: the theme in effect (chosen or the
/// system's), the reducer's dispatch, and the two buttons that act outside it.
pub struct ToolbarCtx<'a> {
    pub theme: Theme,
    pub dispatch: &'a Callback<Action>,
    pub on_share: &'a Callback<()>,
    pub on_export: &'a Callback<()>,
}

/// The action of the toolbar button with this test id, or `None` for the two
/// that are not the reducer's (share, export) and anything else.
fn button_action(testid: &str, large: bool, next_theme: Theme) -> Option<Action> {
    Some(match testid {
        "run" => Action::Run,
        "pause" => Action::Pause,
        "step-back" => Action::StepBack,
        "step" => Action::Step,
        "reset" => Action::Reset,
        "theme" => Action::SetTheme(next_theme),
        "present" => Action::SetLarge(!large),
        "help" => Action::ToggleHelp,
        _ => return None,
    })
}

pub fn toolbar(s: &Session, cx: &ToolbarCtx) -> Html {
    let d = cx.dispatch;
    let lang = s.lang;
    let t = lang.text();
    let (next_theme, theme_label, theme_icon) = match cx.theme {
        Theme::Light => (Theme::Dark, t.theme_dark, "☾"),
        Theme::Dark => (Theme::Light, t.theme_light, "☀"),
    };
    let on_click = {
        let (d, on_share, on_export) = (d.clone(), cx.on_share.clone(), cx.on_export.clone());
        let large = s.large;
        move |e: MouseEvent| {
            let Some(id) = target_attr(&e, "data-testid") else { return };
            match id.as_str() {
                "share" => on_share.emit(()),
                "export" => on_export.emit(()),
                _ => {
                    if let Some(a) = button_action(&id, large, next_theme) {
                        d.emit(a)
                    }
                }
            }
        }
    };
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
    let seed_value = s.seed;
    let on_seed = d.reform(move |e: Event| {
        Action::SetSeed(e.target_unchecked_into::<HtmlInputElement>().value().trim().parse().unwrap_or(seed_value))
    });
    let on_lang = d.reform(|e: Event| {
        Action::SetLang(Lang::parse(&e.target_unchecked_into::<HtmlSelectElement>().value()).unwrap_or_default())
    });
    let speed_label = match SPEEDS[s.speed] {
        n if n >= MAX_SPEED => t.max.to_string(),
        n => format!("{n}{}", t.per_second),
    };
    let challenge = s.challenge.and_then(crate::challenges::find);
    let title = s
        .example
        .and_then(crate::gallery::find)
        .map(|e| lang.title(e))
        .or(challenge.map(|c| lang.challenge_title(c)))
        .unwrap_or(t.your_program);
    let can_run = s.recording.is_some();
    let has_replay = s.script.is_some();
    let keyed = |name: &'static str, key: &str| AttrValue::from(format!("{name} ({key})"));
    html! {
        <header class="toolbar" role="toolbar" aria-label={t.controls} onclick={on_click}>
            <div class="group">
                <span class="brand">{ "Chanscope" }</span>
                <select class="gallery" hidden={s.embed} data-testid="gallery" aria-label={t.gallery} onchange={on_gallery} title={title}>
                    <option value="" selected={s.example.is_none() && challenge.is_none()} disabled=true>{ t.your_program }</option>
                    { for EXAMPLES.iter().map(|e| html! {
                        <option data-testid="gallery-item" data-example={e.slug} value={e.slug}
                            selected={s.example == Some(e.slug)}>{ lang.title(e) }</option>
                    }) }
                    <optgroup label={t.challenges}>
                        { for crate::challenges::CHALLENGES.iter().map(|c| html! {
                            <option data-testid="challenge-item" data-challenge={c.slug} value={format!("challenge:{}", c.slug)}
                                selected={s.challenge == Some(c.slug)}>{ lang.challenge_title(c) }</option>
                        }) }
                    </optgroup>
                </select>
            </div>
            <div class="group playback">
                <button class="primary" data-testid="run" disabled={!can_run || s.playing}
                    hidden={s.playing} aria-label={t.run}>{ "▶ " }{ t.run }</button>
                <button class="primary" data-testid="pause" disabled={!s.playing}
                    hidden={!s.playing} aria-label={t.pause}>{ "❚❚ " }{ t.pause }</button>
                { button("step-back", "", t.step_back.into(), keyed(t.step_back, "←"), !can_run, format!("⟨ {}", t.step_back).into()) }
                { button("step", "", t.step.into(), keyed(t.step, "→"), !can_run, format!("{} ⟩", t.step).into()) }
                { button("reset", "", t.reset.into(), keyed(t.reset, "Home"), !can_run, format!("⟲ {}", t.reset).into()) }
            </div>
            <label class="group field">
                <span>{ t.speed }</span>
                <input data-testid="speed" type="range" min="0" max={(SPEEDS.len() - 1).to_string()}
                    value={s.speed.to_string()} oninput={on_speed} aria-label={t.speed} aria-valuetext={speed_label.clone()} />
                <span class="speed-label">{ speed_label }</span>
            </label>
            <div class="group">
                <label class="field">
                    <span>{ t.policy }</span>
                    <select data-testid="policy" aria-label={t.policy_label} onchange={on_policy}>
                        { for Policy::ALL.iter().filter(|pol| **pol != Policy::Replay || has_replay).map(|pol| html! {
                            <option value={pol.as_str()} selected={*pol == s.policy}>{ pol.as_str() }</option>
                        }) }
                    </select>
                </label>
                <label class="field">
                    <span>{ t.seed }</span>
                    <input data-testid="seed" type="number" min="0" value={s.seed.to_string()} onchange={on_seed}
                        aria-label={t.seed} class="seed" />
                </label>
            </div>
            if !s.embed {
                <div class="group settings">
                    { button("share", "icon", t.share_title.into(), t.share_title.into(), false, "⤴".into()) }
                    { button("export", "icon", t.export_title.into(), t.export_title.into(), !can_run, "⤓".into()) }
                    <select data-testid="lang" aria-label={t.language} onchange={on_lang}>
                        { for Lang::ALL.iter().map(|l| html! {
                            <option value={l.code()} selected={*l == lang}>{ l.name() }</option>
                        }) }
                    </select>
                    { button("theme", "icon", theme_label.into(), theme_label.into(), false, theme_icon.into()) }
                    <button class="icon" data-testid="present" aria-label={t.present} title={t.present}
                        aria-pressed={s.large.to_string()}>{ "A+" }</button>
                    <button class="icon" data-testid="help" aria-label={t.help} title={keyed(t.help, "?")}
                        aria-expanded={s.help.to_string()}>{ "?" }</button>
                </div>
            }
        </header>
    }
}
