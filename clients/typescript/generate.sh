#!/usr/bin/env bash
# Regenerates src/gen/ (committed) with buf + protoc-gen-es (versions pinned in package-lock.json),
# then compiles src/ into dist/ with tsc (committed too, so that installing the package from its
# folder or from git needs no build step and no tool):
#   pec/v1/*            from ../../proto (the repo's buf module)
#   google/rpc/error_details.proto  from npm google-proto-files (BadRequest, ErrorInfo, ...)
#   health/v1/health.proto          from npm grpc-health-check (grpc.health.v1.Health)
# Runnable from any directory; the output is the same on every run.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=npm-deps.sh
source "$here/npm-deps.sh"
npm_deps "$here"

cd "$here"
# buf.gen.yaml names the plugin `protoc-gen-es`: take the pinned one from node_modules/.bin.
PATH="$here/node_modules/.bin:$PATH" buf generate --template buf.gen.yaml
# The JavaScript and typings the package ships (package.json "exports"): same tsc, same output.
rm -rf dist
node_modules/.bin/tsc -p tsconfig.json
