//! The trace hashes of tests/trace_hashes.txt, computed by the engine built
//! for wasm32 and run by wasm-bindgen's runner in Node.js (no browser
//! needed); `tests/browser.rs` checks the same file in headless Chromium.
//! `cargo test --target wasm32-unknown-unknown --test trace_wasm`.
#![cfg(target_arch = "wasm32")]

use chanscope::sim::{trace_json::trace_hash, Config, Policy, Recording};
use std::rc::Rc;
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
fn trace_hashes_in_wasm_match_the_native_ones() {
    let mut checked = 0;
    for line in include_str!("trace_hashes.txt").lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let f: Vec<&str> = line.split_whitespace().collect();
        let ex = chanscope::gallery::find(f[0]).expect("gallery example");
        let config = Config { seed: f[2].parse().unwrap(), policy: Policy::parse(f[1]).unwrap(), ..Config::default() };
        let program = Rc::new(chanscope::lang::compile(ex.source).expect("compiles"));
        let got = format!("{:016x}", trace_hash(&Recording::run(program, config)));
        assert_eq!(got, f[3], "{line}");
        checked += 1;
    }
    assert!(checked >= 100);
}
