#!/usr/bin/env bash
# Installs what Chanscope needs, checking each tool first and skipping what is
# already there at the right version, so a second run takes seconds.
#
#   scripts/setup.sh serve   tools to build and serve the page
#   scripts/setup.sh test    those, plus the browsers and packages the tests use
#
# Nothing is downloaded from GitHub: Rust tools come from crates.io, wasm-opt
# and Playwright from npm, Chromium, chromedriver, Node and Go from apt.
set -euo pipefail

MODE="${1:-test}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
TRUNK_VERSION="0.21.14"
BINARYEN_VERSION="132.0.0"
PLAYWRIGHT_VERSION="1.65.1"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
die() { printf '\033[1;31m[setup] %s\033[0m\n' "$*" >&2; exit 1; }

export PATH="$TOOLS/node_modules/.bin:$HOME/.cargo/bin:$PATH"

command -v cargo >/dev/null || die "cargo is missing: install Rust with rustup (https://rustup.rs) first."

APT_UPDATED=0
apt_install() {
  if [ "$(id -u)" != 0 ]; then
    die "missing: $*. Install it with: sudo apt-get install -y $*"
  fi
  if [ "$APT_UPDATED" = 0 ]; then
    say "apt-get update"
    apt-get update -qq >/dev/null
    APT_UPDATED=1
  fi
  say "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_wasm_target() {
  if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then return; fi
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
}

# The wasm-bindgen crate version the lock file pins; the CLI must match it exactly.
locked_wasm_bindgen() {
  [ -f "$ROOT/Cargo.lock" ] || (cd "$ROOT" && cargo generate-lockfile -q)
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

ensure_wasm_bindgen() {
  local want; want="$(locked_wasm_bindgen)"
  [ -n "$want" ] || die "cannot find wasm-bindgen's version in Cargo.lock"
  if command -v wasm-bindgen >/dev/null && [ "$(wasm-bindgen --version | awk '{print $2}')" = "$want" ] \
     && command -v wasm-bindgen-test-runner >/dev/null; then return; fi
  say "installing wasm-bindgen-cli $want from crates.io (takes several minutes once)"
  cargo install wasm-bindgen-cli --version "$want" --force
}

ensure_trunk() {
  if command -v trunk >/dev/null && [ "$(trunk --version | awk '{print $2}')" = "$TRUNK_VERSION" ]; then return; fi
  say "installing trunk $TRUNK_VERSION from crates.io (takes about 15 minutes once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
}

ensure_node() {
  if command -v node >/dev/null && command -v npm >/dev/null; then return; fi
  apt_install nodejs npm
}

# wasm-opt from npm's binaryen: Debian's and crates.io's builds cannot read
# current wasm-bindgen output.
ensure_wasm_opt() {
  ensure_node
  if [ -x "$TOOLS/node_modules/.bin/wasm-opt" ] \
     && "$TOOLS/node_modules/.bin/wasm-opt" --version 2>/dev/null | grep -q "version ${BINARYEN_VERSION%%.*}"; then return; fi
  say "installing wasm-opt (npm binaryen@$BINARYEN_VERSION)"
  mkdir -p "$TOOLS"
  [ -f "$TOOLS/package.json" ] || echo '{"name":"chanscope-tools","private":true}' > "$TOOLS/package.json"
  (cd "$TOOLS" && npm install --no-audit --no-fund --silent "binaryen@$BINARYEN_VERSION")
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ] && command -v chromedriver >/dev/null; then return; fi
  apt_install chromium chromium-driver
  [ -x /usr/bin/chromium ] || die "Chromium is still missing after apt-get install chromium"
}

ensure_go() {
  if command -v go >/dev/null; then return; fi
  if [ "$(id -u)" != 0 ]; then
    say "Go is not installed: differential tests against real Go will be skipped (sudo apt-get install golang-go)"
    return
  fi
  apt_install golang-go
}

ensure_e2e_packages() {
  ensure_node
  if [ -f "$ROOT/e2e/node_modules/playwright-core/package.json" ] \
     && grep -q "\"version\": \"$PLAYWRIGHT_VERSION\"" "$ROOT/e2e/node_modules/playwright-core/package.json"; then return; fi
  say "installing the end-to-end test packages (npm playwright-core)"
  (cd "$ROOT/e2e" && npm install --no-audit --no-fund --silent)
}

ensure_crates() {
  # Trunk builds offline, so every crate must already be in cargo's cache.
  (cd "$ROOT" && cargo fetch -q)
}

ensure_wasm_target
ensure_crates
ensure_wasm_bindgen
ensure_trunk
ensure_wasm_opt
if [ "$MODE" = test ]; then
  ensure_chromium
  ensure_e2e_packages
  ensure_go
fi
say "tools ready ($MODE)"
