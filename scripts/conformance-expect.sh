#!/usr/bin/env bash
# Regenerates NAME.expected beside each Go program from real Go (Go 1.19
# from apt): the exit status, stdout verbatim, and the first line of stderr.
#   scripts/conformance-expect.sh [PATH.go ...]   (default: tests/conformance/*.go examples/*.go)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command -v go >/dev/null || { echo "go is not installed (apt-get install golang-go)" >&2; exit 1; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
files=("$@")
[ ${#files[@]} -gt 0 ] || files=("$ROOT"/tests/conformance/*.go "$ROOT"/examples/*.go)
for f in "${files[@]}"; do
  f="$(realpath "$f")"
  name="${f%.go}"
  mkdir -p "$WORK/$name"
  cp "$f" "$WORK/$name/main.go"
  (cd "$WORK/$name" && GO111MODULE=off GOFLAGS= go build -o prog main.go) 2>"$WORK/$name/build.err" || {
    echo "$f: does not build with Go:" >&2; cat "$WORK/$name/build.err" >&2; exit 1; }
  set +e
  (cd "$WORK/$name" && GOMAXPROCS=1 timeout 20 ./prog >stdout 2>stderr)
  rc=$?
  set -e
  {
    echo "exit $rc"
    echo "-- stdout --"
    cat "$WORK/$name/stdout"
    echo "-- stderr first line --"
    head -n 1 "$WORK/$name/stderr"
  } > "$name.expected"
  echo "$(basename "$name"): exit $rc"
done
