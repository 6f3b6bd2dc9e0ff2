//! The console: the program's stdout and stderr up to the current step; a
//! click on a line seeks to the step that printed it.

use super::app::ConsoleLine;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConsoleProps {
    pub lines: Vec<ConsoleLine>,
    pub on_seek: Callback<usize>,
}

#[function_component(Console)]
pub fn console(p: &ConsoleProps) -> Html {
    html! {
        <div class="console" data-testid="console" role="log" aria-label="Console">
            if p.lines.is_empty() {
                <div class="console-empty">{ "(no output yet)" }</div>
            }
            { for p.lines.iter().map(|l| {
                let step = l.step;
                let on_click = p.on_seek.reform(move |_| step);
                html! {
                    <div class={classes!("console-line", l.stderr.then_some("stderr"))}
                        data-stream={if l.stderr { "stderr" } else { "stdout" }}
                        data-step={step.to_string()} onclick={on_click}>{ &l.text }</div>
                }
            }) }
        </div>
    }
}
