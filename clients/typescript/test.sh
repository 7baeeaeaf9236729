#!/usr/bin/env bash
# Installs the package the two ways README.md says, each in a fresh project outside the
# repository, and runs the tests there against a live pecd, importing the installed package:
#   1. the folder (`npm install` with install-links): test/walkthrough.test.ts, the whole suite,
#      compiled with tsc in that project;
#   2. git (`npm install git+…#client-typescript`): test/installed.test.mjs, an ESM import and a
#      CommonJS require(), each with Health/Check and GetOrdine.
# Env: PECD_ADDR (host:port, plaintext gRPC), PECD_ADMIN_KEY (role admin), PECD_ALBO_KEY (albo).
# Needs node (20 or later), npm and git. Runnable from any directory.
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
node --version

# Rebuild dist/ from src/ (what generate.sh commits), so that a change in src/ is what runs.
# shellcheck source=npm-deps.sh
source "$here/npm-deps.sh"
npm_deps "$here"
(cd "$here" && rm -rf dist && node_modules/.bin/tsc -p tsconfig.json)

# The compiler and Node typings of the test project: the versions of this package's lockfile.
lock_version() { node -p "require('$here/package-lock.json').packages['node_modules/$1'].version"; }
ts_dev=("typescript@$(lock_version typescript)" "@types/node@$(lock_version @types/node)")
npm_quiet=(--no-audit --no-fund --loglevel=error)

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
new_project() {
  mkdir -p "$1"
  printf '{ "name": "%s", "private": true, "type": "module" }\n' "$(basename "$1")" >"$1/package.json"
}

echo "== 1. from the folder: npm install $here (install-links=true)" >&2
app="$tmp/app-folder"
new_project "$app"
cd "$app"
echo "install-links=true" >.npmrc
npm install "${npm_quiet[@]}" "$here"
# A copy with its dependencies installed, not a link back into the repository.
[[ ! -L node_modules/@tsrm-pstrp/pec-client && -f node_modules/@bufbuild/protobuf/package.json ]]
npm install "${npm_quiet[@]}" --save-dev "${ts_dev[@]}"
mkdir test
cp "$here/test/walkthrough.test.ts" test/
cat >tsconfig.json <<'EOF'
{
  "compilerOptions": {
    "target": "ES2022",
    "module": "NodeNext",
    "moduleResolution": "NodeNext",
    "types": ["node"],
    "outDir": "dist",
    "strict": true,
    "skipLibCheck": false,
    "verbatimModuleSyntax": true
  },
  "include": ["test/**/*.ts"]
}
EOF
node_modules/.bin/tsc -p tsconfig.json
node --test dist/*.test.js

echo "== 2. from git: npm install git+file://…/pecd.git#client-typescript" >&2
# CI cannot reach GitHub: a bare clone of this repository (its committed HEAD) stands in for
# https://github.com/tsrm-pstrp/pecd.git, and release-branch.sh makes the branch there as the
# maintainers do before pushing it.
git clone --quiet --bare "$(git -C "$here" rev-parse --show-toplevel)" "$tmp/pecd.git"
"$here/release-branch.sh" "$tmp/pecd.git"
app="$tmp/app-git"
new_project "$app"
cd "$app"
npm install "${npm_quiet[@]}" "git+file://$tmp/pecd.git#client-typescript"
cp "$here/test/installed.test.mjs" .
node --test installed.test.mjs
