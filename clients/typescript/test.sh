#!/usr/bin/env bash
# Builds the package with tsc and runs test/walkthrough.test.ts (node --test) against a live pecd:
#   PECD_ADDR       host:port of a running pecd, plaintext gRPC
#   PECD_ADMIN_KEY  bearer key with role admin
#   PECD_ALBO_KEY   bearer key with role albo
# Installs node_modules/ with `npm ci` first unless it is current with package-lock.json.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
missing=0
for v in PECD_ADDR PECD_ADMIN_KEY PECD_ALBO_KEY; do
  if [[ -z "${!v:-}" ]]; then
    echo "test.sh: $v is not set" >&2
    missing=1
  fi
done
if [[ "$missing" != 0 ]]; then
  echo "test.sh: set PECD_ADDR, PECD_ADMIN_KEY and PECD_ALBO_KEY (see README.md)" >&2
  exit 2
fi

# shellcheck source=npm-deps.sh
source "$here/npm-deps.sh"
npm_deps "$here"

cd "$here"
rm -rf dist
node_modules/.bin/tsc -p tsconfig.json
node --test dist/test/*.test.js
