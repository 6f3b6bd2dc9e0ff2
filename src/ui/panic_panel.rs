//! A Rust panic in the page shows a panel with its message instead of a blank
//! or frozen page.

use wasm_bindgen::JsCast;

/// Installs a panic hook that logs to the browser console and adds an error
/// panel (`data-testid="error-panel"`) to the page.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show(&info.to_string());
    }));
}

/// Puts the panel on the page; safe to call more than once.
pub fn show(message: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(body) = document.body() else { return };
    let panel = match document.get_element_by_id("panic-panel") {
        Some(p) => p,
        None => {
            let Ok(p) = document.create_element("div") else { return };
            p.set_id("panic-panel");
            let _ = p.set_attribute("data-testid", "error-panel");
            let _ = p.set_attribute("role", "alert");
            let _ = body.append_child(&p);
            p
        }
    };
    // The panel speaks the language the page was in, as saved in storage.
    let lang = super::prefs::load().lang.unwrap_or_default();
    let text = format!("{}\n\n{message}", lang.text().internal_error);
    if let Ok(el) = panel.dyn_into::<web_sys::HtmlElement>() {
        el.set_inner_text(&text);
    }
}
