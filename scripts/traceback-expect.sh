#!/usr/bin/env bash
# Records NAME.expected beside each traceback program from real Go 1.19
# (GOMAXPROCS=1): the exit status, stdout, and the whole stderr, with what
# the engine does not reproduce normalised as it prints it: a frame's
# argument words become `(...)`, `+0x` offsets go, and the program's path
# becomes prog.go. Library paths (/usr/lib/go-1.19/src/...) stay.
#   scripts/traceback-expect.sh [PATH.go ...]   (default: tests/traceback/*.go)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command -v go >/dev/null || { echo "go is not installed (apt-get install golang-go)" >&2; exit 1; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
files=("$@")
[ ${#files[@]} -gt 0 ] || files=("$ROOT"/tests/traceback/*.go)
for f in "${files[@]}"; do
  f="$(realpath "$f")"
  name="${f%.go}"
  dir="$WORK/$(basename "$name")"
  mkdir -p "$dir"
  cp "$f" "$dir/main.go"
  (cd "$dir" && GO111MODULE=off GOFLAGS= go build -o prog main.go) 2>"$dir/build.err" || {
    echo "$f: does not build with Go:" >&2; cat "$dir/build.err" >&2; exit 1; }
  set +e
  (cd "$dir" && GOMAXPROCS=1 timeout 20 ./prog >stdout 2>stderr)
  rc=$?
  set -e
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
