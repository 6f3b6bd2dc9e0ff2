//! The page's wasm formats floats only through `float_format` (Go's own
//! algorithm); core's float formatting (flt2dec, `fmt::float`: about 13 KB
//! of wasm) must not come back. This test reads the source outside tests and
//! the native command-line tool for the ways it would: a float format spec
//! (`{:e}`, `{:.2}`, `{:.*}`) and `f64::clamp` (its assertion prints floats
//! with `{:?}`). `x.to_string()` of an f64 cannot be seen in the text;
//! `python3 scripts/wasm-size.py` shows `core::num::flt2dec` if it returns.

use std::fs;
use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("readable directory") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n == "tests") {
                continue;
            }
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Whether `spec` (the text between `{` and `}`) formats with an exponent or
/// a precision.
fn is_float_spec(spec: &str) -> bool {
    let Some((_, fmt)) = spec.split_once(':') else { return false };
    let is_spec = !fmt.is_empty() && fmt.chars().all(|c| "0123456789.*$<>^+-#eE".contains(c));
    is_spec && (fmt.ends_with(['e', 'E']) || fmt.contains('.'))
}

#[test]
fn no_core_float_formatting_outside_tests() {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    let mut found = Vec::new();
    for path in files {
        let name = path.to_string_lossy().replace('\\', "/");
        if name.ends_with("tests.rs") || name.ends_with("src/bin/chanscope.rs") {
            continue;
        }
        let text = fs::read_to_string(&path).expect("readable source");
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for (i, line) in code.lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            let mut rest = line;
            while let Some(open) = rest.find('{') {
                let after = &rest[open + 1..];
                let Some(close) = after.find('}') else { break };
                let spec = &after[..close];
                if !spec.contains(['{', ' ', '"']) && is_float_spec(spec) {
                    found.push(format!("{name}:{}: {{{spec}}}", i + 1));
                }
                rest = &after[close + 1..];
            }
            if line.contains(".clamp(") && line.contains(".0") {
                found.push(format!("{name}:{}: f64::clamp", i + 1));
            }
        }
    }
    assert!(
        found.is_empty(),
        "format floats with crate::float_format (display, fixed, format_float) instead:\n{}",
        found.join("\n")
    );
}
