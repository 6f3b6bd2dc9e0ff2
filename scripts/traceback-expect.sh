#!/usr/bin/env bash
# Records NAME.expected beside each traceback program from real Go 1.19
# (GOMAXPROCS=1): the exit status, stdout, and the whole stderr, with what
# the engine does not reproduce normalised as it prints it: a frame's
# argument words become `(...)`, `+0x` offsets go, and the program's path
# becomes prog.go. Library paths (/usr/lib/go-1.19/src/...) stay.
#   scripts/traceback-expect.sh [PATH.go ...]   (default: tests/traceback/*.go)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/go-run.sh"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
files=("$@")
[ ${#files[@]} -gt 0 ] || files=("$ROOT"/tests/traceback/*.go)
for f in "${files[@]}"; do
  f="$(realpath "$f")"
  name="${f%.go}"
  dir="$WORK/$(basename "$name")"
  go_build_and_run "$f" "$dir"
  {
    echo "exit $rc"
    echo "-- stdout --"
    cat "$dir/stdout"
    echo "-- stderr --"
    sed -E -e 's/ \+0x[0-9a-f]+$//' -e 's/^([^ \t].*)\([^()]+\)$/\1(...)/' \
      -e 's#[^ \t]*/main\.go:#prog.go:#' "$dir/stderr"
  } > "$name.expected"
  echo "$(basename "$name"): exit $rc"
done
