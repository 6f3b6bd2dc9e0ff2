#!/usr/bin/env bash
# Records NAME.expected beside each race program from real Go 1.19 built
# with -race (GOMAXPROCS=1): the exit status, stdout, and the whole stderr
# with addresses, +0x offsets and the program's path normalised as
# tests/race.rs normalises the engine's output.
#   scripts/race-expect.sh [PATH.go ...]   (default: tests/race/*.go)
# A program outside tests/race (a challenge, whose NAME.expected is the
# conformance record) gets NAME.race.expected instead.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/go-run.sh"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
files=("$@")
[ ${#files[@]} -gt 0 ] || files=("$ROOT"/tests/race/*.go)
for f in "${files[@]}"; do
  f="$(realpath "$f")"
  name="${f%.go}"
  out="$name.expected"
  [ "$(dirname "$f")" = "$ROOT/tests/race" ] || out="$name.race.expected"
  dir="$WORK/$(basename "$name")"
  CGO_ENABLED=1 go_build_and_run "$f" "$dir" -race
  {
    echo "source go1.19"
    echo "exit $rc"
    echo "-- stdout --"
    cat "$dir/stdout"
    echo "-- stderr --"
    sed -E -e 's/ at 0x[0-9a-f]+/ at 0xADDR/' -e 's/ \+0x[0-9a-f]+$/ +0xOFF/' \
      -e 's#[^ ]*/main\.go:#PROG.go:#' "$dir/stderr"
  } > "$out"
  echo "$(basename "$name"): exit $rc"
done
