//! The page's look: theme, text size and language applied to `<html>`, so
//! the style sheet's variables and the browser's own widgets follow them.

use super::i18n::Lang;
use yew::prelude::*;

/// The page's color theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn parse(s: &str) -> Option<Theme> {
        [Theme::Light, Theme::Dark].into_iter().find(|t| t.as_str() == s)
    }
}

/// The theme the system prefers (`prefers-color-scheme`).
pub fn system_theme() -> Theme {
    let dark = web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|m| m.matches());
    if dark {
        Theme::Dark
    } else {
        Theme::Light
    }
}

/// Sets `data-theme`, `data-size` and `lang` on the document's root element.
#[hook]
pub fn use_look(theme: Theme, large: bool, lang: Lang) {
    use_effect_with((theme, large, lang), |(theme, large, lang)| {
        if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = root.set_attribute("data-theme", theme.as_str());
            let _ = root.set_attribute("data-size", if *large { "large" } else { "normal" });
            let _ = root.set_attribute("lang", lang.code());
        }
    });
}
