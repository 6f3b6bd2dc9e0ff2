//! The challenge being played: its goal and how to reach it, and, once the
//! run has ended, whether it reached the goal. A plain function (no state of
//! its own).

use super::i18n::Lang;
use crate::challenges::Challenge;
use yew::prelude::*;

/// The panel of challenge `c`; `reached` is `None` while the run goes on,
/// then whether it reached the goal.
pub fn challenge_panel(c: &'static Challenge, reached: Option<bool>, lang: Lang) -> Html {
    let t = lang.text();
    let status = match reached {
        Some(true) => {
            html! { <strong class="challenge-reached" data-testid="challenge-reached">{ "✓ " }{ t.challenge_reached }</strong> }
        }
        Some(false) => html! { <span class="challenge-missed">{ t.challenge_missed }</span> },
        None => html! { <span class="challenge-how">{ t.challenge_how }</span> },
    };
    html! {
        <div class={if reached == Some(true) { "challenge reached" } else { "challenge" }} data-testid="challenge"
            data-challenge={c.slug} data-reached={(reached == Some(true)).to_string()}
            data-finished={reached.is_some().to_string()} aria-live="polite">
            <p class="challenge-goal"><strong>{ lang.challenge_title(c) }{ ": " }</strong>{ lang.challenge_goal(c) }</p>
            <p class="challenge-status">{ status }</p>
        </div>
    }
}
