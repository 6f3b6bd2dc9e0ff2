# Sourced by the *-expect.sh scripts: builds one Go program with real Go and
# runs it as the recorded outputs expect (GOMAXPROCS=1, 20 s at most).
#   go_build_and_run FILE.go DIR [go build flags...]
# copies FILE.go to DIR/main.go, builds DIR/prog (exiting the script with
# Go's build errors if it does not build), runs it with DIR/stdout and
# DIR/stderr, and sets `rc` to its exit status.
command -v go >/dev/null || { echo "go is not installed (apt-get install golang-go)" >&2; exit 1; }

go_build_and_run() {
  local f="$1" dir="$2"
  shift 2
  mkdir -p "$dir"
  cp "$f" "$dir/main.go"
  (cd "$dir" && GO111MODULE=off GOFLAGS= go build "$@" -o prog main.go) 2>"$dir/build.err" || {
    echo "$f: does not build with go build $*:" >&2; cat "$dir/build.err" >&2; exit 1; }
  set +e
  (cd "$dir" && GOMAXPROCS=1 timeout 20 ./prog >stdout 2>stderr)
  rc=$?
  set -e
}
