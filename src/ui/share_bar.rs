//! The line under the toolbar that shows a share link just made, or why the
//! link the page was opened with could not be restored. A plain function of
//! the session (no state of its own).

use super::state::{Action, Session};
use yew::prelude::*;

pub fn share_bar(s: &Session, dispatch: &Callback<Action>) -> Html {
    let t = s.lang.text();
    let close = html! {
        <button class="icon" onclick={dispatch.reform(|_| Action::DismissShare)} aria-label={t.close} title={t.close}>{ "×" }</button>
    };
    if let Some(why) = &s.share_error {
        html! {
            <div class="share-bar error" role="alert">
                <span data-testid="share-error">{ format!("{} {}. {}", t.share_broken, super::phrases::share_error(s.lang, why), t.share_kept) }</span>
                { close }
            </div>
        }
    } else if let Some(url) = &s.share_url {
        html! {
            <div class="share-bar" role="status">
                <span>{ t.share_made }</span>
                <a data-testid="share-url" class="share-url" href={url.clone()}>{ url.clone() }</a>
                { close }
            </div>
        }
    } else {
        html! {}
    }
}
