//! Where the run is: the step counter, a slider to seek anywhere in the
//! recorded steps, and the run's outcome once the cursor reaches its end.

use super::i18n::Lang;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PlayheadProps {
    pub cursor: usize,
    pub total: usize,
    /// Whether the whole run is recorded (otherwise the total grows).
    pub finished: bool,
    pub outcome: Option<String>,
    pub lang: Lang,
    pub on_seek: Callback<usize>,
}

#[function_component(Playhead)]
pub fn playhead(p: &PlayheadProps) -> Html {
    let t = p.lang.text();
    let more = if p.finished { "" } else { "+" };
    let counter = format!("{} {} / {}{more}", t.step_word, p.cursor, p.total);
    let on_input =
        p.on_seek.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value().parse().unwrap_or(0));
    html! {
        <div class="status-row">
            <span class="step-counter" data-testid="step-counter" data-step={p.cursor.to_string()}
                data-total={p.total.to_string()}>{ counter }</span>
            <input class="seek" data-testid="seek" type="range" min="0" max={p.total.to_string()}
                value={p.cursor.to_string()} oninput={on_input} aria-label={t.seek}
                aria-valuetext={format!("{} {} / {}", t.step_word, p.cursor, p.total)} disabled={p.total == 0} />
            if let Some(label) = &p.outcome {
                <span class="outcome" data-testid="outcome" data-outcome={label.clone()}>
                    { super::phrases::outcome(p.lang, label) }
                </span>
            }
        </div>
    }
}
