#!/usr/bin/env bash
# Installs what the tests need, then runs every test: native cargo tests,
# wasm-bindgen tests in headless Chromium, and end-to-end tests of the release
# build with Playwright. Exits non-zero on any failure; ends with a summary of
# the runners' own result lines and the page's figures.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh" test
export PATH="$ROOT/.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export RUST_BACKTRACE=0
cd "$ROOT"
LOGS="$(mktemp -d)"

section() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }

section "native tests (cargo test)"
cargo test 2>&1 | tee "$LOGS/native.log"

section "browser tests (wasm-bindgen-test in headless Chromium; trace_wasm and share_links_wasm in Node)"
cargo test --target wasm32-unknown-unknown --test browser --test trace_wasm --test share_links_wasm 2>&1 | tee "$LOGS/browser.log"

section "end-to-end tests (release build, Playwright, Chromium)"
trunk build --release 2>&1 | tail -n 3
node e2e/run.mjs dist 2>&1 | tee "$LOGS/e2e.log"

section "summary"
grep -E '^test result:' "$LOGS/native.log" | sed 's/^/native /'
grep -E '^test result:' "$LOGS/browser.log" | sed 's/^/browser /'
grep -E '^e2e figure:' "$LOGS/e2e.log" || true
grep -E '^e2e: ' "$LOGS/e2e.log"
# One closing line over all three runners.
{
  awk '/^test result:/ {p+=$4; f+=$6} END {print p, f}' "$LOGS/native.log" "$LOGS/browser.log"
  sed -nE 's/^e2e: ([0-9]+) passed, ([0-9]+) failed$/\1 \2/p' "$LOGS/e2e.log"
} | awk '{p+=$1; f+=$2} END {print "total: " p " passed, " f " failed"}'
