//! Small pieces the page's views share, so each is compiled once: delegated
//! event handling (one listener on a container reads the `data-*` attributes
//! of the element that was clicked, instead of one closure per element) and
//! a button with an accessible name.

use web_sys::{Element, Event, KeyboardEvent};
use yew::prelude::*;

/// The nearest element at or above the event's target that matches
/// `selector` (a click on a button's inner `<span>` finds the button).
pub fn target_closest(e: &Event, selector: &str) -> Option<Element> {
    let target: Element = wasm_bindgen::JsCast::dyn_into(e.target()?).ok()?;
    target.closest(selector).ok().flatten()
}

/// The value of `attr` on the nearest element at or above the event's
/// target that has it.
pub fn target_attr(e: &Event, attr: &str) -> Option<String> {
    target_closest(e, &format!("[{attr}]"))?.get_attribute(attr)
}

/// The `data-step` of the clicked entry, parsed.
pub fn target_step(e: &Event) -> Option<usize> {
    target_attr(e, "data-step")?.parse().ok()
}

/// Whether a key press activates a focused entry, as a click does: Enter or
/// Space. It also stops the browser's own handling of the key (scrolling).
pub fn activates(e: &KeyboardEvent) -> bool {
    let key = e.key();
    let yes = key == "Enter" || key == " ";
    if yes {
        e.prevent_default();
    }
    yes
}

/// A button with an accessible name and a tooltip, identified by its test
/// id, which the container's delegated click handler reads. An empty
/// `class` gives none.
pub fn button(
    testid: &'static str,
    class: &'static str,
    label: AttrValue,
    title: AttrValue,
    disabled: bool,
    content: AttrValue,
) -> Html {
    html! {
        <button class={(!class.is_empty()).then_some(class)} data-testid={testid} {disabled} aria-label={label} {title}>
            { content }
        </button>
    }
}
