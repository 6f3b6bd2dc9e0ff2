#!/usr/bin/env bash
# Times `chanscope run` against the same Go programs compiled with Go
# (GOMAXPROCS=1), side by side, and prints the ratio for each workload in
# benches/go/. Needs Go (apt-get install golang-go). Numbers, not a test.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
command -v go >/dev/null || { echo "bench: Go is not installed (apt-get install golang-go)"; exit 1; }
cargo build -q --profile release-native --bin chanscope
BIN="$ROOT/target/release-native/chanscope"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# Best of three wall-clock runs, in seconds.
best() {
  local best=""
  for _ in 1 2 3; do
    local s e t
    s=$(date +%s.%N)
    "$@" > "$WORK/out" 2>&1 || true
    e=$(date +%s.%N)
    t=$(echo "$e - $s" | bc)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
  done
  echo "$best"
}

printf '%-16s %10s %10s %8s  %s\n' workload go_s chanscope_s ratio output
for f in benches/go/*.go; do
  name="$(basename "$f" .go)"
  mkdir -p "$WORK/$name"
  cp "$f" "$WORK/$name/main.go"
  (cd "$WORK/$name" && GO111MODULE=off go build -o prog main.go)
  tg=$(GOMAXPROCS=1 best "$WORK/$name/prog")
  want=$(GOMAXPROCS=1 "$WORK/$name/prog")
  tc=$(best "$BIN" run --max-steps 2000000000 "$f")
  got=$("$BIN" run --max-steps 2000000000 "$f" 2>&1 || true)
  same=$([ "$want" = "$got" ] && echo "same" || echo "DIFFERENT: $got")
  printf '%-16s %10.3f %10.3f %7.1fx  %s\n' "$name" "$tg" "$tc" "$(echo "$tc / $tg" | bc -l)" "$same"
done
