//! Invariants of the code's shape that the compiler does not check.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

/// The engine: everything except the browser layer and the entry points.
const ENGINE: &[&str] = &["src/lang", "src/ir", "src/sim", "src/viz", "src/source.rs", "src/gallery.rs"];

fn rust_files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        for entry in fs::read_dir(path).unwrap() {
            rust_files(&entry.unwrap().path(), out);
        }
    } else if path.extension().is_some_and(|e| e == "rs") {
        out.push(path.to_path_buf());
    }
}

fn engine_files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for p in ENGINE {
        rust_files(&root.join(p), &mut files);
    }
    assert!(files.len() >= 10, "found only {files:?}");
    files
}

/// Lines of code, without comments, so the doc text may name what it avoids.
fn code_lines(path: &Path) -> Vec<(usize, String)> {
    fs::read_to_string(path)
        .unwrap()
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim_start().starts_with("//"))
        .map(|(i, l)| (i + 1, l.to_string()))
        .collect()
}

#[test]
fn the_engine_never_imports_the_browser() {
    for file in engine_files() {
        for (n, line) in code_lines(&file) {
            for banned in ["yew", "web_sys", "gloo", "wasm_bindgen", "js_sys"] {
                assert!(!line.contains(banned), "{}:{n} uses {banned}: {line}", file.display());
            }
        }
    }
}

#[test]
fn the_machine_never_reads_a_clock_or_unseeded_randomness() {
    for file in engine_files() {
        for (n, line) in code_lines(&file) {
            for banned in ["Instant", "SystemTime", "thread_rng", "RandomState", "HashMap", "HashSet", "getrandom"] {
                assert!(!line.contains(banned), "{}:{n} uses {banned}: {line}", file.display());
            }
        }
    }
}
