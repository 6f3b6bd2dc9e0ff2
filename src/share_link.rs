//! The text of a share link: the program, the policy, the seed, the manual or
//! replayed choices (goroutines and select cases, in `sim::choice`'s text
//! form) and the step, packed into the URL fragment after `#s=` so that
//! opening the link shows exactly the same view. The packed text is
//! zlib-compressed (`deflate`, whose checksum catches a changed link) and
//! written in URL-safe base64 (`base64url`). `ui::share` puts it in the page.

use crate::sim::{choice, Choice, GIdx, Policy};
use crate::{base64url, deflate};

/// The first line of every packed link, naming the format's version.
const MAGIC: &str = "chanscope-share-1";
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

/// Splits full choices into the goroutines and the sparse select cases.
pub fn split(full: &[Choice]) -> (Vec<GIdx>, Vec<(usize, u16)>) {
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
    base64url::encode(&deflate::zlib_compress(text.as_bytes()))
}

/// Unpacks the text after `#s=`, or says in plain words what is wrong with it.
pub fn decode(packed: &str) -> Result<Shared, String> {
    let bytes = base64url::decode(packed.trim()).ok_or("it is not valid base64")?;
    let text =
        deflate::zlib_decompress(&bytes, MAX_UNPACKED).map_err(|_| "its compressed data is damaged".to_string())?;
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
