//! The keyboard help: a dialog listing the shortcuts, opened with `?` or the
//! help button and closed with Escape, the close button or a click outside.

use super::i18n::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HelpProps {
    pub lang: Lang,
    pub on_close: Callback<()>,
}

#[function_component(Help)]
pub fn help(p: &HelpProps) -> Html {
    let t = p.lang.text();
    let close_ref = use_node_ref();
    // The close button takes the focus, so Enter or Space closes the dialog;
    // on closing, the focus goes back to where it was.
    {
        let close_ref = close_ref.clone();
        use_effect_with((), move |_| {
            let before = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element())
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
            if let Some(b) = close_ref.cast::<web_sys::HtmlElement>() {
                let _ = b.focus();
            }
            move || {
                if let Some(e) = before {
                    let _ = e.focus();
                }
            }
        });
    }
    let on_backdrop = p.on_close.reform(|_: MouseEvent| ());
    html! {
        <div class="help-backdrop" onclick={on_backdrop}>
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
                <button ref={close_ref} data-testid="help-close" onclick={p.on_close.reform(|_| ())}>{ t.close }</button>
            </div>
        </div>
    }
}
