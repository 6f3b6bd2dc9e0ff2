#!/usr/bin/env bash
# Times `chanscope run` against the same Go programs compiled with Go
# (GOMAXPROCS=1), side by side, and prints the ratio for each workload in
# benches/go/. Needs Go (apt-get install golang-go). Numbers, not a test.
#
# Each time is the best of three runs. Both wall-clock and user CPU seconds
# are shown: on a machine shared with other work the CPU time is the fairer
# figure, and the ratio column uses it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
command -v go >/dev/null || { echo "bench: Go is not installed (apt-get install golang-go)"; exit 1; }
cargo build -q --profile release-native --bin chanscope
BIN="$ROOT/target/release-native/chanscope"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# Best of three runs: prints "wall user" in seconds (user CPU time from
# getrusage, to the microsecond).
best() {
  python3 - "$@" <<'PY'
import os, resource, subprocess, sys, time
bw = bu = None
for _ in range(3):
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
    start = time.monotonic()
    subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.monotonic() - start
    user = resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime - before
    bw = wall if bw is None else min(bw, wall)
    bu = user if bu is None else min(bu, user)
print(f"{bw:.4f} {bu:.4f}")
PY
}

printf '%-14s %8s %8s %12s %12s %10s %10s  %s\n' workload go_wall go_user chanscope_wall chanscope_user user_ratio wall_ratio output
for f in benches/go/*.go; do
  name="$(basename "$f" .go)"
  mkdir -p "$WORK/$name"
  cp "$f" "$WORK/$name/main.go"
  (cd "$WORK/$name" && GO111MODULE=off go build -o prog main.go)
  read -r gw gu < <(GOMAXPROCS=1 best "$WORK/$name/prog")
  want=$(GOMAXPROCS=1 "$WORK/$name/prog")
  read -r cw cu < <(best "$BIN" run --max-steps 2000000000 "$f")
  got=$("$BIN" run --max-steps 2000000000 "$f" 2>&1 || true)
  same=$([ "$want" = "$got" ] && echo "same" || echo "DIFFERENT: $got")
  # A Go run too short for its CPU time to register has no user ratio.
  ur=$(echo "if ($gu < 0.005) -1 else $cu / $gu" | bc -l)
  ur=$([ "$(echo "$ur < 0" | bc)" = 1 ] && echo "-" || printf '%.1fx' "$ur")
  printf '%-14s %8.3f %8.3f %12.3f %12.3f %10s %9.1fx  %s\n' "$name" "$gw" "$gu" "$cw" "$cu" "$ur" "$(echo "$cw / $gw" | bc -l)" "$same"
done
