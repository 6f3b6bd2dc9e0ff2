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

/// What `use_persist` watches: the saved parts of the session.
#[derive(PartialEq)]
struct Persisted {
    source: String,
    example: Option<&'static str>,
    challenge: Option<&'static str>,
    policy: Policy,
    seed: u64,
    speed: usize,
    lang: Lang,
    theme: Option<Theme>,
    large: bool,
    /// False for a session opened from a share link or embedded in a slide:
    /// it saves nothing but the page's look, so the user's own work stays as
    /// it was.
    persists: bool,
}

/// Writes what `p` says to storage.
fn save(p: &Persisted) {
    // The page's look is kept even from a link or a slide.
    set(LANG, p.lang.code());
    if let Some(t) = p.theme {
        set(THEME, t.as_str());
    }
    set(LARGE, if p.large { "1" } else { "0" });
    if !p.persists {
        return;
    }
    // A gallery example is saved by name only, so it follows later changes
    // to the gallery; an edited program is saved in full.
    match p.example {
        Some(slug) => {
            remove(SOURCE);
            set(EXAMPLE, slug);
        }
        None => {
            set(SOURCE, &p.source);
            set(EXAMPLE, "");
        }
    }
    set(CHALLENGE, p.challenge.unwrap_or(""));
    set(POLICY, p.policy.as_str());
    set(SEED, &p.seed.to_string());
    set(SPEED, &p.speed.to_string());
}

/// Saves the session's program and settings whenever they change (one
/// effect for all of them: each `use_effect_with` is its own code in the wasm).
#[hook]
pub fn use_persist(s: &Session) {
    let p = Persisted {
        source: s.source.clone(),
        example: s.example,
        challenge: s.challenge,
        policy: s.policy,
        seed: s.seed,
        speed: s.speed,
        lang: s.lang,
        theme: s.theme,
        large: s.large,
        persists: s.persists(),
    };
    use_effect_with(p, save);
}
