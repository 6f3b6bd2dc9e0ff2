//! The console: the program's stdout and stderr up to the current step; a
//! click on a line seeks to the step that printed it.

use super::app::ConsoleLine;
use super::i18n::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConsoleProps {
    pub lines: Vec<ConsoleLine>,
    pub on_seek: Callback<usize>,
    pub lang: Lang,
}

#[function_component(Console)]
pub fn console(p: &ConsoleProps) -> Html {
    let t = p.lang.text();
    html! {
        <div class="console" data-testid="console" role="log" aria-label={t.console}>
            if p.lines.is_empty() {
                <div class="console-empty">{ t.no_output }</div>
            }
            { for p.lines.iter().map(|l| {
                let step = l.step;
                let on_click = p.on_seek.reform(move |_| step);
                // Enter or Space on a focused line seeks too.
                let on_seek = p.on_seek.clone();
                let on_key = move |e: KeyboardEvent| {
                    if e.key() == "Enter" || e.key() == " " {
                        e.prevent_default();
                        on_seek.emit(step);
                    }
                };
                html! {
                    <div class={classes!("console-line", l.stderr.then_some("stderr"))}
                        data-stream={if l.stderr { "stderr" } else { "stdout" }}
                        data-step={step.to_string()} onclick={on_click} onkeydown={on_key}
                        tabindex="0" title={format!("{} ({} {step})", t.go_to_step, t.step_word)}>{ &l.text }</div>
                }
            }) }
        </div>
    }
}
