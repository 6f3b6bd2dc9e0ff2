//! How the page opens: the user's saved work, then the address's wishes on
//! top of it (`?embed=1` for the compact view, `#s=...` for a share link).

use super::prefs;
use super::share;
use super::state::Session;

/// Whether the address asks for the compact view (`?embed=1`).
pub fn embed_requested() -> bool {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    search.trim_start_matches('?').split('&').any(|kv| kv == "embed=1" || kv == "embed=true" || kv == "embed")
}

/// The page's first state.
pub fn open_page() -> Session {
    let mut saved = Session::restore(&prefs::load());
    saved.embed = embed_requested();
    match share::from_location() {
        None => saved,
        Some(link) => match link.and_then(|shared| saved.open_shared(&shared)) {
            Ok(s) => s,
            Err(why) => {
                saved.share_error = Some(why);
                saved
            }
        },
    }
}
