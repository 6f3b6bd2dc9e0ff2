//! The line under the toolbar that shows a share link just made, or why the
//! link the page was opened with could not be restored.

use super::i18n::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShareBarProps {
    pub url: Option<String>,
    pub error: Option<String>,
    pub lang: Lang,
    pub on_dismiss: Callback<()>,
}

#[function_component(ShareBar)]
pub fn share_bar(p: &ShareBarProps) -> Html {
    let t = p.lang.text();
    let close = html! {
        <button class="icon" onclick={p.on_dismiss.reform(|_| ())} aria-label={t.close} title={t.close}>{ "×" }</button>
    };
    if let Some(why) = &p.error {
        html! {
            <div class="share-bar error" role="alert">
                <span data-testid="share-error">{ format!("{} {}. {}", t.share_broken, super::phrases::share_error(p.lang, why), t.share_kept) }</span>
                { close }
            </div>
        }
    } else if let Some(url) = &p.url {
        html! {
            <div class="share-bar" role="status">
                <span>{ t.share_made }</span>
                <a data-testid="share-url" class="share-url" href={url.clone()}>{ url }</a>
                { close }
            </div>
        }
    } else {
        html! {}
    }
}
