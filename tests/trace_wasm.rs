//! The trace hashes of tests/trace_hashes.txt, computed by the engine built
//! for wasm32 and run by wasm-bindgen's runner in Node.js (no browser
//! needed); `tests/browser.rs` checks the same file in headless Chromium.
//! `cargo test --target wasm32-unknown-unknown --test trace_wasm`.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

#[wasm_bindgen_test]
fn trace_hashes_in_wasm_match_the_native_ones() {
    let (checked, wrong) = chanscope::gallery::check_trace_hashes(include_str!("trace_hashes.txt"));
    assert!(checked >= 100, "only {checked} hashes");
    assert!(wrong.is_empty(), "trace hashes differ from the native ones:\n{}", wrong.join("\n"));
}
