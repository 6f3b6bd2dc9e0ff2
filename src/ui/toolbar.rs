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
use super::widgets::{option, target_closest, Button};
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

/// The action of a change of the toolbar's select or input the event came
/// from; `seed` is kept when the seed field does not hold a number.
fn control_action(e: &Event, seed: u64) -> Option<Action> {
    let target = e.target()?;
    let id = wasm_bindgen::JsCast::unchecked_ref::<web_sys::Element>(&target).get_attribute("data-testid")?;
    let select = || wasm_bindgen::JsCast::unchecked_ref::<HtmlSelectElement>(&target).value();
    let input = || wasm_bindgen::JsCast::unchecked_ref::<HtmlInputElement>(&target).value();
    Some(match id.as_str() {
        "gallery" => {
            let value = select();
            match value.strip_prefix("challenge:") {
                Some(slug) => Action::LoadChallenge(slug.to_string()),
                None => Action::LoadExample(value),
            }
        }
        "speed" => Action::SetSpeed(input().parse().unwrap_or(3)),
        "policy" => Action::SetPolicy(Policy::parse(&select()).unwrap_or(Policy::Fifo)),
        "seed" => Action::SetSeed(input().trim().parse().unwrap_or(seed)),
        "lang" => Action::SetLang(Lang::parse(&select()).unwrap_or_default()),
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
            let Some(id) = target_closest(&e, "button[data-testid]").and_then(|b| b.get_attribute("data-testid"))
            else {
                return;
            };
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
    // The selects and inputs share one change handler (and the speed slider
    // its input twin), which reads the control's test id.
    let seed = s.seed;
    let on_change = {
        let d = d.clone();
        Callback::from(move |e: Event| {
            if let Some(a) = control_action(&e, seed) {
                d.emit(a)
            }
        })
    };
    let on_speed = {
        let d = d.clone();
        move |e: InputEvent| {
            if let Some(a) = control_action(&e, seed) {
                d.emit(a)
            }
        }
    };
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
    let keyed = |name: &'static str, key: &str| Some(AttrValue::from(format!("{name} ({key})")));
    let icon = |testid, label: &'static str, content: &'static str| Button {
        class: Some("icon"),
        title: Some(label.into()),
        ..Button::new(testid, label, content.into())
    };
    html! {
        <header class="toolbar" role="toolbar" aria-label={t.controls} onclick={on_click}>
            <div class="group">
                <span class="brand">{ "Chanscope" }</span>
                <select class="gallery" hidden={s.embed} data-testid="gallery" aria-label={t.gallery} onchange={on_change.clone()} title={title}>
                    <option value="" selected={s.example.is_none() && challenge.is_none()} disabled=true>{ t.your_program }</option>
                    { for EXAMPLES.iter().map(|e| {
                        option(e.slug.into(), s.example == Some(e.slug), lang.title(e), Some("gallery-item"), Some(e.slug), None)
                    }) }
                    <optgroup label={t.challenges}>
                        { for crate::challenges::CHALLENGES.iter().map(|c| {
                            let value = format!("challenge:{}", c.slug).into();
                            option(value, s.challenge == Some(c.slug), lang.challenge_title(c), Some("challenge-item"), None, Some(c.slug))
                        }) }
                    </optgroup>
                </select>
            </div>
            <div class="group playback">
                { Button { class: Some("primary"), disabled: !can_run || s.playing, hidden: s.playing,
                    ..Button::new("run", t.run, format!("▶ {}", t.run).into()) }.html() }
                { Button { class: Some("primary"), disabled: !s.playing, hidden: !s.playing,
                    ..Button::new("pause", t.pause, format!("❚❚ {}", t.pause).into()) }.html() }
                { Button { title: keyed(t.step_back, "←"), disabled: !can_run,
                    ..Button::new("step-back", t.step_back, format!("⟨ {}", t.step_back).into()) }.html() }
                { Button { title: keyed(t.step, "→"), disabled: !can_run,
                    ..Button::new("step", t.step, format!("{} ⟩", t.step).into()) }.html() }
                { Button { title: keyed(t.reset, "Home"), disabled: !can_run,
                    ..Button::new("reset", t.reset, format!("⟲ {}", t.reset).into()) }.html() }
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
                    <select data-testid="policy" aria-label={t.policy_label} onchange={on_change.clone()}>
                        { for Policy::ALL.iter().filter(|pol| **pol != Policy::Replay || has_replay).map(|pol| {
                            option(pol.as_str().into(), *pol == s.policy, pol.as_str(), None, None, None)
                        }) }
                    </select>
                </label>
                <label class="field">
                    <span>{ t.seed }</span>
                    <input data-testid="seed" type="number" min="0" value={s.seed.to_string()} onchange={on_change.clone()}
                        aria-label={t.seed} class="seed" />
                </label>
            </div>
            if !s.embed {
                <div class="group settings">
                    { icon("share", t.share_title, "⤴").html() }
                    { Button { disabled: !can_run, ..icon("export", t.export_title, "⤓") }.html() }
                    <select data-testid="lang" aria-label={t.language} onchange={on_change.clone()}>
                        { for Lang::ALL.iter().map(|l| option(l.code().into(), *l == lang, l.name(), None, None, None)) }
                    </select>
                    { icon("theme", theme_label, theme_icon).html() }
                    { Button { pressed: Some(s.large), ..icon("present", t.present, "A+") }.html() }
                    { Button { title: keyed(t.help, "?"), expanded: Some(s.help), ..icon("help", t.help, "?") }.html() }
                </div>
            }
        </header>
    }
}
