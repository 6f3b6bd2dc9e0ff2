//! The challenge being played: its goal and how to reach it, and, once the
//! run has ended, whether it reached the goal.

use super::i18n::Lang;
use crate::challenges::Challenge;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChallengeProps {
    pub challenge: &'static Challenge,
    /// `None` while the run goes on; then whether it reached the goal.
    pub reached: Option<bool>,
    pub lang: Lang,
}

#[function_component(ChallengePanel)]
pub fn challenge_panel(p: &ChallengeProps) -> Html {
    let t = p.lang.text();
    let c = p.challenge;
    let status = match p.reached {
        Some(true) => {
            html! { <strong class="challenge-reached" data-testid="challenge-reached">{ "✓ " }{ t.challenge_reached }</strong> }
        }
        Some(false) => html! { <span class="challenge-missed">{ t.challenge_missed }</span> },
        None => html! { <span class="challenge-how">{ t.challenge_how }</span> },
    };
    html! {
        <div class={classes!("challenge", (p.reached == Some(true)).then_some("reached"))} data-testid="challenge"
            data-challenge={c.slug} data-reached={(p.reached == Some(true)).to_string()}
            data-finished={p.reached.is_some().to_string()} aria-live="polite">
            <p class="challenge-goal"><strong>{ p.lang.challenge_title(c) }{ ": " }</strong>{ p.lang.challenge_goal(c) }</p>
            <p class="challenge-status">{ status }</p>
        </div>
    }
}
