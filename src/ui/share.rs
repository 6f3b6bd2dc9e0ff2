//! Share links: the program, the policy, the seed, the manual or replayed
//! choices (goroutines and select cases, in `sim::choice`'s text form) and the
//! step, packed into the URL fragment `#s=...` so that opening the link shows
//! exactly the same view. The packed text is deflate-compressed (zlib, whose
//! checksum catches a changed link) and written in URL-safe base64.

use super::state::{Session, PAGE_MAX_STEPS};
use crate::gallery;
use crate::sim::{choice, Choice, GIdx, Policy};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use std::rc::Rc;

/// The first line of every packed link, naming the format's version.
const MAGIC: &str = "chanscope-share-1";
/// The fragment's prefix.
pub const PREFIX: &str = "#s=";
/// The largest unpacked link accepted, so a hostile link cannot fill memory.
const MAX_UNPACKED: usize = 1 << 20;

/// Everything a link restores.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shared {
    pub source: String,
    pub policy: Policy,
    pub seed: u64,
    /// The goroutine chosen at each step under the manual (or replay) policy.
    pub choices: Vec<GIdx>,
    /// `(step index, case)` for the steps whose select case was chosen.
    pub cases: Vec<(usize, u16)>,
    /// The step shown.
    pub step: usize,
}

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

/// Splits full choices into the goroutines and the sparse select cases.
fn split(full: &[Choice]) -> (Vec<GIdx>, Vec<(usize, u16)>) {
    let choices = full.iter().map(|c| c.g).collect();
    let cases = full.iter().enumerate().filter_map(|(i, c)| c.case.map(|k| (i, k))).collect();
    (choices, cases)
}

impl Shared {
    /// The full choices: each step's goroutine and select case.
    pub fn full_choices(&self) -> Vec<Choice> {
        let mut full: Vec<Choice> = self.choices.iter().map(|&g| Choice::run(g)).collect();
        for &(i, k) in &self.cases {
            if let Some(c) = full.get_mut(i) {
                c.case = Some(k);
            }
        }
        full
    }
}

/// Packs a view into the text after `#s=`.
pub fn encode(shared: &Shared) -> String {
    let choices = choice::encode(&shared.full_choices());
    let text = format!(
        "{MAGIC}\n{}\n{}\n{}\n{}\n{}",
        shared.policy.as_str(),
        shared.seed,
        shared.step,
        choices,
        shared.source
    );
    URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec_zlib(text.as_bytes(), 9))
}

/// Unpacks the text after `#s=`, or says in plain words what is wrong with it.
pub fn decode(packed: &str) -> Result<Shared, String> {
    let bytes = URL_SAFE_NO_PAD.decode(packed.trim()).map_err(|_| "it is not valid base64".to_string())?;
    let text = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&bytes, MAX_UNPACKED)
        .map_err(|_| "its compressed data is damaged".to_string())?;
    let text = String::from_utf8(text).map_err(|_| "its text is not UTF-8".to_string())?;
    let mut parts = text.splitn(6, '\n');
    let mut next = |what: &str| parts.next().ok_or_else(|| format!("the {what} is missing"));
    if next("header")? != MAGIC {
        return Err("it was made by an unknown version of Chanscope".to_string());
    }
    let policy = Policy::parse(next("policy")?).ok_or("its policy is unknown")?;
    let seed = next("seed")?.parse().map_err(|_| "its seed is not a number")?;
    let step = next("step")?.parse().map_err(|_| "its step is not a number")?;
    let full = choice::decode(next("choices")?).map_err(|e| format!("a choice is wrong: {e}"))?;
    let (choices, cases) = split(&full);
    let source = next("program")?.to_string();
    Ok(Shared { source, policy, seed, choices, cases, step })
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
