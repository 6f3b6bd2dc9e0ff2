//! The browser's storage: the program and settings are saved as they change
//! and restored when the page opens, so a reload loses nothing.

use super::i18n::Lang;
use super::look::Theme;
use super::state::Session;
use crate::sim::Policy;
use web_sys::Storage;
use yew::prelude::*;

const SOURCE: &str = "chanscope.source";
const EXAMPLE: &str = "chanscope.example";
const POLICY: &str = "chanscope.policy";
const SEED: &str = "chanscope.seed";
const SPEED: &str = "chanscope.speed";
const LANG: &str = "chanscope.lang";
const THEME: &str = "chanscope.theme";
const LARGE: &str = "chanscope.large";
const CHALLENGE: &str = "chanscope.challenge";

/// What the page keeps in the browser's storage between visits.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Saved {
    pub source: Option<String>,
    pub example: Option<String>,
    pub policy: Option<Policy>,
    pub seed: Option<u64>,
    pub speed: Option<usize>,
    pub lang: Option<Lang>,
    pub theme: Option<Theme>,
    pub large: bool,
    /// The challenge being played, by slug.
    pub challenge: Option<String>,
}

/// Every key the page writes, so tests can start from a clean slate.
pub const KEYS: [&str; 9] = [SOURCE, EXAMPLE, POLICY, SEED, SPEED, LANG, THEME, LARGE, CHALLENGE];

fn storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok()?
}

/// Writes one value; storage may be missing or full, and then nothing is kept.
fn set(key: &str, value: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(key, value);
    }
}

fn remove(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

/// What an earlier visit saved.
pub fn load() -> Saved {
    Saved {
        source: get(SOURCE),
        example: get(EXAMPLE).filter(|e| !e.is_empty()),
        policy: get(POLICY).and_then(|p| Policy::parse(&p)),
        seed: get(SEED).and_then(|s| s.parse().ok()),
        speed: get(SPEED).and_then(|s| s.parse().ok()),
        lang: get(LANG).and_then(|l| Lang::parse(&l)),
        theme: get(THEME).and_then(|t| Theme::parse(&t)),
        large: get(LARGE).as_deref() == Some("1"),
        challenge: get(CHALLENGE).filter(|c| !c.is_empty()),
    }
}

/// Forgets everything saved (used by tests).
pub fn clear() {
    for key in KEYS {
        remove(key);
    }
}

/// Saves the session's program and settings whenever they change.
#[hook]
pub fn use_persist(s: &Session) {
    // A gallery example is saved by name only, so it follows later changes
    // to the gallery; an edited program is saved in full.
    // A session opened from a share link or embedded in a slide saves
    // nothing, so the user's own work stays as it was.
    let persists = s.persists();
    use_effect_with((s.source.clone(), s.example, persists), |(source, example, persists)| match example {
        _ if !persists => {}
        Some(slug) => {
            remove(SOURCE);
            set(EXAMPLE, slug);
        }
        None => {
            set(SOURCE, source);
            set(EXAMPLE, "");
        }
    });
    use_effect_with((s.challenge, persists), |(challenge, persists)| {
        if *persists {
            set(CHALLENGE, challenge.unwrap_or(""));
        }
    });
    use_effect_with((s.policy, s.seed, s.speed, persists), |(policy, seed, speed, persists)| {
        if !persists {
            return;
        }
        set(POLICY, policy.as_str());
        set(SEED, &seed.to_string());
        set(SPEED, &speed.to_string());
    });
    use_effect_with((s.lang, s.theme, s.large), |(lang, theme, large)| {
        set(LANG, lang.code());
        if let Some(t) = theme {
            set(THEME, t.as_str());
        }
        set(LARGE, if *large { "1" } else { "0" });
    });
}
