//! The old share links of `tests/share_vectors/` opened by the codec built
//! for wasm32 (32-bit `usize`, as in the page), run by wasm-bindgen's runner
//! in Node.js: `cargo test --target wasm32-unknown-unknown --test share_links_wasm`.
//! `tests/share_links.rs` has the native checks and the property tests.
#![cfg(target_arch = "wasm32")]

use chanscope::share_link::{decode, encode};
use wasm_bindgen_test::*;

/// (name, link, text) of a few vectors, the large program included.
const VECTORS: [(&str, &str, &str); 4] = [
    (
        "s03-select-manual",
        include_str!("share_vectors/s03-select-manual.link"),
        include_str!("share_vectors/s03-select-manual.txt"),
    ),
    ("non-ascii", include_str!("share_vectors/non-ascii.link"), include_str!("share_vectors/non-ascii.txt")),
    ("long-manual", include_str!("share_vectors/long-manual.link"), include_str!("share_vectors/long-manual.txt")),
    (
        "large-program",
        include_str!("share_vectors/large-program.link"),
        include_str!("share_vectors/large-program.txt"),
    ),
];

#[wasm_bindgen_test]
fn old_links_open_in_wasm_and_new_links_round_trip() {
    for (name, link, text) in VECTORS {
        let shared = decode(link).unwrap_or_else(|e| panic!("{name}: {e}"));
        let parts: Vec<&str> = text.splitn(6, '\n').collect();
        assert_eq!(shared.seed.to_string(), parts[2], "{name}");
        assert_eq!(chanscope::sim::choice::encode(&shared.full_choices()), parts[4], "{name}");
        assert!(shared.source == parts[5], "{name}: other program");
        let ours = encode(&shared);
        assert!(ours.len() <= link.trim().len() + link.len() / 20 + 8, "{name}: {} against {}", ours.len(), link.len());
        assert_eq!(decode(&ours).as_ref(), Ok(&shared), "{name}");
    }
}
