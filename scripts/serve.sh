#!/usr/bin/env bash
# Installs what is missing, then builds and serves Chanscope on 127.0.0.1.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh" serve
export PATH="$ROOT/.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
PORT="${PORT:-8080}"
cd "$ROOT"
echo "Chanscope will be at http://127.0.0.1:$PORT/ once the build finishes."
exec trunk serve --release --address 127.0.0.1 --port "$PORT"
