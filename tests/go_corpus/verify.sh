#!/bin/sh
# Re-runs Go on the corpus: vets and builds every valid program and records
# its stdout and exit status in NAME.out; for every invalid program, writes
# Go's first error as the `// want:` first line. Needs `go` (1.19+) on PATH.
# Usage: tests/go_corpus/verify.sh [valid|invalid] [FILES...]
set -u
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GO111MODULE=off GOFLAGS= GOCACHE="${GOCACHE:-$tmp/cache}"
kind=${1:-valid}
shift 2>/dev/null
files="$*"
[ -z "$files" ] && files=$(ls "$here/$kind"/*.go)
status=0
for f in $files; do
  name=$(basename "$f" .go)
  rm -rf "$tmp/p"; mkdir -p "$tmp/p"; cp "$f" "$tmp/p/prog.go"
  if [ "$kind" = valid ]; then
    if ! (cd "$tmp/p" && go vet . >"$tmp/vet" 2>&1 && go build -o prog . >>"$tmp/vet" 2>&1); then
      echo "FAIL $name"; sed 's/^/    /' "$tmp/vet"; status=1; continue
    fi
    (cd "$tmp/p" && timeout 10 ./prog >"$tmp/stdout" 2>/dev/null); rc=$?
    { echo "exit $rc"; cat "$tmp/stdout"; } > "$here/valid/$name.out"
  else
    (cd "$tmp/p" && go build -o prog . >"$tmp/err" 2>&1) && { echo "FAIL $name: builds"; status=1; continue; }
    first=$(grep -m1 -E '^(\./)?prog.go:' "$tmp/err" | sed -E 's|^(\./)?prog.go:||')
    [ -z "$first" ] && { echo "FAIL $name: no error line"; cat "$tmp/err"; status=1; continue; }
    { echo "// want: $first"; tail -n +2 "$f"; } > "$tmp/new" && cp "$tmp/new" "$f"
  fi
done
exit $status
