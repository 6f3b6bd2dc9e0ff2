//! Keyboard shortcuts for the whole page: Space play/pause, → step, ← step
//! back, Home reset, `?` help, Escape closes the help. They are ignored
//! while the user types in the editor or a field.

use super::state::{Action, Session};
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, KeyboardEvent};
use yew::prelude::*;

/// Whether keys pressed in `target` belong to it: text fields, selects and
/// editable elements.
fn typing_in(target: Option<&Element>) -> bool {
    let Some(el) = target else { return false };
    let tag = el.tag_name().to_ascii_lowercase();
    matches!(tag.as_str(), "input" | "textarea" | "select")
        || el.dyn_ref::<HtmlElement>().is_some_and(|h| h.is_content_editable())
}

/// The action for a key press, if it is a shortcut here.
fn action_for(e: &KeyboardEvent) -> Option<Action> {
    if e.ctrl_key() || e.meta_key() || e.alt_key() || e.default_prevented() {
        return None;
    }
    let key = e.key();
    if key == "Escape" {
        return Some(Action::CloseHelp);
    }
    let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
    if typing_in(target.as_ref()) {
        return None;
    }
    let on_button = target.as_ref().is_some_and(|t| t.tag_name().eq_ignore_ascii_case("button"));
    Some(match key.as_str() {
        // Space on a focused button presses that button instead.
        " " | "Spacebar" if !on_button => Action::TogglePlay,
        "ArrowRight" => Action::Step,
        "ArrowLeft" => Action::StepBack,
        "Home" => Action::Reset,
        "?" => Action::ToggleHelp,
        _ => return None,
    })
}

/// Listens for the shortcuts on the window while the page is mounted.
#[hook]
pub fn use_shortcuts(d: UseReducerDispatcher<Session>) {
    use_effect_with((), move |_| {
        let listener = Closure::<dyn Fn(KeyboardEvent)>::new(move |e: KeyboardEvent| {
            if let Some(action) = action_for(&e) {
                if action != Action::CloseHelp {
                    e.prevent_default();
                }
                d.dispatch(action);
            }
        });
        let window = web_sys::window();
        if let Some(w) = &window {
            let _ = w.add_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref());
        }
        move || {
            if let Some(w) = &window {
                let _ = w.remove_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref());
            }
        }
    });
}
