#!/usr/bin/env bash
# Starts pec-web against a running pecd: installs Bootstrap Italia (npm ci) when missing, then
# runs the debug build. Needs PEC_WEB_SELF_SERVICE_KEY; other settings as flags or PEC_WEB_*.
# Usage: PEC_WEB_SELF_SERVICE_KEY=… clients/web/run.sh [--pecd-url http://127.0.0.1:50051] [--listen 127.0.0.1:8080]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
[[ -d "$here/node_modules/bootstrap-italia" ]] || (cd "$here" && npm ci --no-audit --no-fund --omit=dev)
cd "$here/../.."
exec cargo run --locked -p pec-web -- --assets-dir "$here/node_modules" "$@"
