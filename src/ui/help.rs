//! The keyboard help: a dialog listing the shortcuts, opened with `?` or the
//! help button and closed with Escape, the close button or a click outside.
//! A plain function; `use_help_focus` (called by the page) moves the focus
//! to its close button when it opens and back when it closes.

use super::i18n::Lang;
use super::state::Action;
use yew::prelude::*;

/// While the help is open, its close button has the focus, so Enter or Space
/// closes the dialog; on closing, the focus goes back to where it was.
#[hook]
pub fn use_help_focus(open: bool) {
    use_effect_with(open, |open| {
        let document = web_sys::window().and_then(|w| w.document());
        let html_element = |e: web_sys::Element| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok();
        let before = document.as_ref().filter(|_| *open).and_then(|d| d.active_element()).and_then(html_element);
        if *open {
            let close = document.as_ref().and_then(|d| d.query_selector("[data-testid=help-close]").ok().flatten());
            if let Some(b) = close.and_then(html_element) {
                let _ = b.focus();
            }
        }
        move || {
            if let Some(e) = before {
                let _ = e.focus();
            }
        }
    });
}

pub fn help(lang: Lang, dispatch: &Callback<Action>) -> Html {
    let t = lang.text();
    let close = dispatch.reform(|_: MouseEvent| Action::CloseHelp);
    html! {
        <div class="help-backdrop" onclick={close.clone()}>
            <div class="help" data-testid="help-overlay" role="dialog" aria-modal="true" aria-labelledby="help-title"
                onclick={|e: MouseEvent| e.stop_propagation()}>
                <h2 id="help-title">{ t.help_title }</h2>
                <dl class="keys">
                    { for t.help_keys.iter().map(|(key, what)| html! {
                        <>
                            <dt><kbd>{ *key }</kbd></dt>
                            <dd>{ *what }</dd>
                        </>
                    }) }
                </dl>
                <p class="help-note">{ t.help_editor }</p>
                <button data-testid="help-close" onclick={close}>{ t.close }</button>
            </div>
        </div>
    }
}
