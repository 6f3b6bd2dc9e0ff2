//! The console: the program's stdout and stderr up to the current step; a
//! click on a line seeks to the step that printed it. It stays a component
//! so that it is redrawn only when its lines change, not at every step; the
//! lines carry their step in `data-step`, read by one click and one key
//! handler on the console.

use super::app::ConsoleLine;
use super::i18n::Lang;
use super::state::{Action, Session};
use super::widgets::{activates, target_step};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConsoleProps {
    pub lines: Vec<ConsoleLine>,
    /// The session's dispatcher: unlike a callback made at each render of
    /// the page, it compares equal from one render to the next, so the
    /// console is redrawn only when its lines or language change.
    pub dispatch: UseReducerDispatcher<Session>,
    pub lang: Lang,
}

#[function_component(Console)]
pub fn console(p: &ConsoleProps) -> Html {
    let t = p.lang.text();
    let on_click = {
        let d = p.dispatch.clone();
        move |e: MouseEvent| {
            if let Some(step) = target_step(&e) {
                d.dispatch(Action::Seek(step))
            }
        }
    };
    // Enter or Space on a focused line seeks too.
    let on_key = {
        let d = p.dispatch.clone();
        move |e: KeyboardEvent| {
            if let Some(step) = target_step(&e).filter(|_| activates(&e)) {
                d.dispatch(Action::Seek(step))
            }
        }
    };
    html! {
        <div class="console" data-testid="console" role="log" aria-label={t.console} onclick={on_click} onkeydown={on_key}>
            if p.lines.is_empty() {
                <div class="console-empty">{ t.no_output }</div>
            }
            { for p.lines.iter().map(|l| html! {
                <div class={if l.stderr { "console-line stderr" } else { "console-line" }}
                    data-stream={if l.stderr { "stderr" } else { "stdout" }}
                    data-step={l.step.to_string()} tabindex="0"
                    title={format!("{} ({} {})", t.go_to_step, t.step_word, l.step)}>{ &l.text }</div>
            }) }
        </div>
    }
}
