//! Share links in the page: the link of the current view, the link the page
//! was opened with, the clipboard, and opening a link's view. What a link
//! holds and how it is packed is `crate::share_link`.

use super::state::{Session, PAGE_MAX_STEPS};
use crate::gallery;
use crate::share_link::split;
pub use crate::share_link::{decode, encode, Shared};
use crate::sim::{Choice, Policy};
use std::rc::Rc;

/// The fragment's prefix.
pub const PREFIX: &str = "#s=";

/// What the session shows now, as a link would restore it.
pub fn snapshot(s: &Session) -> Shared {
    let full: Vec<Choice> = match (&s.recording, s.policy, &s.script) {
        (Some(rec), Policy::Manual, _) => rec.borrow().choices(),
        (_, Policy::Replay, Some(script)) => script.to_vec(),
        _ => Vec::new(),
    };
    let (choices, cases) = split(&full);
    Shared { source: s.source.clone(), policy: s.policy, seed: s.seed, choices, cases, step: s.cursor }
}

/// The link to `shared` on the page at `base` (its address without a fragment).
pub fn link(base: &str, shared: &Shared) -> String {
    let base = base.split('#').next().unwrap_or(base);
    format!("{base}{PREFIX}{}", encode(shared))
}

/// The page's address without its fragment.
pub fn page_address() -> String {
    let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// The link the page was opened with, if its fragment holds one.
pub fn from_location() -> Option<Result<Shared, String>> {
    let hash = web_sys::window()?.location().hash().ok()?;
    hash.strip_prefix(PREFIX).map(decode)
}

/// Drops a share fragment from the address bar (once the user changes the
/// view, a reload should show their work, not the link's).
pub fn forget_fragment() {
    let Some(w) = web_sys::window() else { return };
    if w.location().hash().ok().is_some_and(|h| h.starts_with(PREFIX)) {
        let url = page_address();
        if let Ok(history) = w.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
}

/// Puts the link on the clipboard when the browser allows it; a refusal is
/// fine, the link is shown on the page anyway.
pub fn copy_to_clipboard(text: &str) {
    if let Some(w) = web_sys::window() {
        let promise = w.navigator().clipboard().write_text(text);
        ignore_rejection(promise);
    }
}

/// Attaches a no-op rejection handler, so a refused clipboard write is not
/// reported as an unhandled rejection.
fn ignore_rejection(promise: js_sys::Promise) {
    let ignore = wasm_bindgen::closure::Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(|_| {});
    let _ = promise.catch(&ignore);
    ignore.forget();
}

impl Session {
    /// The view a link describes, on top of `self` (the user's own settings
    /// such as language and theme stay). The manual choices are replayed one
    /// by one and each must name a goroutine that could run then.
    pub fn open_shared(&self, shared: &Shared) -> Result<Session, String> {
        let mut s = self.clone();
        s.example = gallery::EXAMPLES.iter().find(|e| e.source == shared.source).map(|e| e.slug);
        s.source = shared.source.clone();
        s.policy = shared.policy;
        s.seed = shared.seed;
        if shared.policy == Policy::Replay {
            s.script = Some(Rc::from(shared.full_choices()));
        }
        s.linked = true;
        s.share_url = None;
        s.share_error = None;
        s.recompile();
        let Some(rec) = s.recording.clone() else {
            return if shared.step == 0 && shared.choices.is_empty() {
                Ok(s)
            } else {
                Err("its program does not compile, so it has no steps".to_string())
            };
        };
        let mut rec = rec.borrow_mut();
        if shared.policy == Policy::Manual {
            for (i, c) in shared.full_choices().into_iter().enumerate() {
                if !rec.runnable_now().contains(&c.g) {
                    return Err(format!("its choice at step {} names a goroutine that cannot run", i + 1));
                }
                rec.advance_with(Some(c));
            }
        } else if !shared.choices.is_empty() && shared.policy != Policy::Replay {
            return Err("it has manual choices but not the manual policy".to_string());
        }
        while rec.len() < shared.step && !rec.is_finished() && (rec.len() as u64) < PAGE_MAX_STEPS {
            if shared.policy == Policy::Manual {
                break;
            }
            rec.advance(None);
        }
        if shared.step > rec.len() {
            return Err(format!("its step {} is past the end of the run ({} steps)", shared.step, rec.len()));
        }
        drop(rec);
        s.cursor = shared.step;
        Ok(s)
    }
}
