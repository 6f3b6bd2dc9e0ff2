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

/// A button with an accessible name, identified by its test id, which the
/// container's delegated click handler reads. `None` leaves an attribute out.
pub struct Button {
    pub testid: &'static str,
    pub class: Option<&'static str>,
    pub label: &'static str,
    pub title: Option<AttrValue>,
    pub disabled: bool,
    pub hidden: bool,
    /// `aria-pressed` and `aria-expanded`, for the buttons that toggle.
    pub pressed: Option<bool>,
    pub expanded: Option<bool>,
    pub content: AttrValue,
}

impl Button {
    /// A plain button: no class or title, enabled, shown.
    pub fn new(testid: &'static str, label: &'static str, content: AttrValue) -> Button {
        Button {
            testid,
            class: None,
            label,
            title: None,
            disabled: false,
            hidden: false,
            pressed: None,
            expanded: None,
            content,
        }
    }

    pub fn html(self) -> Html {
        let flag = |b: Option<bool>| b.map(|b| if b { "true" } else { "false" });
        html! {
            <button class={self.class} data-testid={self.testid} disabled={self.disabled} hidden={self.hidden}
                aria-label={self.label} title={self.title} aria-pressed={flag(self.pressed)}
                aria-expanded={flag(self.expanded)}>{ self.content }</button>
        }
    }
}

/// An `<option>` of a select; the gallery's carry their example's or
/// challenge's slug.
pub fn option(
    value: AttrValue,
    selected: bool,
    label: &'static str,
    testid: Option<&'static str>,
    example: Option<&'static str>,
    challenge: Option<&'static str>,
) -> Html {
    html! {
        <option data-testid={testid} data-example={example} data-challenge={challenge} {value} {selected}>{ label }</option>
    }
}
