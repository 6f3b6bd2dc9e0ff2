#!/usr/bin/env bash
# Regenerates NAME.expected beside each Go program from real Go (Go 1.19
# from apt): the exit status, stdout verbatim, and the first line of stderr.
#   scripts/conformance-expect.sh [PATH.go ...]   (default: tests/conformance/*.go examples/*.go)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/go-run.sh"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
files=("$@")
[ ${#files[@]} -gt 0 ] || files=("$ROOT"/tests/conformance/*.go "$ROOT"/examples/*.go)
for f in "${files[@]}"; do
  f="$(realpath "$f")"
  name="${f%.go}"
  go_build_and_run "$f" "$WORK/$name"
  {
    echo "exit $rc"
    echo "-- stdout --"
    cat "$WORK/$name/stdout"
    echo "-- stderr first line --"
    head -n 1 "$WORK/$name/stderr"
  } > "$name.expected"
  echo "$(basename "$name"): exit $rc"
done
