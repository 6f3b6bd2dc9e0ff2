//! Tests of Go's `fmt` formatting: generated cases checked against Go 1.19
//! (cases.rs), and hand-written ones for what Go prints differently each
//! run (addresses) or what the generator cannot express.

mod cases;
mod extra;
mod fixture;
mod floats;

use super::{errorf_message, sprint, sprintf, sprintln};
use fixture::Fixture;

#[test]
fn generated_cases_match_go() {
    let fx = Fixture::new();
    let mut failures = Vec::new();
    for &(kind, format, names, want) in cases::CASES {
        let args: Vec<_> = names.split_whitespace().map(|n| fx.value(n)).collect();
        let got = fx.with_env(|env| match kind {
            'f' => sprintf(env, format, &args),
            'p' => sprint(env, &args),
            'e' => errorf_message(env, format, &args),
            _ => sprintln(env, &args),
        });
        if normalize_addresses(&got) != normalize_addresses(want) {
            failures.push(format!("{kind} {format:?} [{names}]\n   got {got:?}\n  want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases differ:\n{}", failures.len(), cases::CASES.len(), failures.join("\n"));
}

/// Replaces heap addresses (`0xc` and nine hex digits), which differ
/// between Go runs and from the machine's fake ones, with `0xPTR`.
fn normalize_addresses(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find("0xc") {
        let tail = &rest[i + 3..];
        let n = tail.bytes().take_while(u8::is_ascii_hexdigit).count();
        out.push_str(&rest[..i]);
        if n == 9 {
            out.push_str("0xPTR");
        } else {
            out.push_str(&rest[i..i + 3 + n]);
        }
        rest = &tail[n..];
    }
    out.push_str(rest);
    out
}
