#!/usr/bin/env bash
# Tests the Go client as an Ordine installs it, against a live pecd given by PECD_ADDR
# (plaintext host:port), PECD_ADMIN_KEY and PECD_ALBO_KEY. Fails if any of them is missing.
#
# 1. go vet of this folder (and of tools/modproxy).
# 2. `go get` form: this folder's files (tracked and new, as git would commit them) are zipped
#    into a file-based GOPROXY as version v0.0.0-test, the way the public proxy serves a tag
#    clients/go/vX.Y.Z; the machine cannot reach GitHub, so the proxy folder stands in for it.
#    A fresh module in a temporary folder runs `go get github.com/tsrm-pstrp/pecd/clients/go`,
#    builds and runs a program that calls Health/Check, then runs every test of the installed
#    module (the offline pecclient tests and the live e2e walkthrough) from the module cache.
# 3. `replace` form: another fresh module points a replace directive at this folder, and its
#    program calls Health/Check.
# 4. The oldest Go of go.mod (1.24.0, fetched as the golang.org/toolchain module into the
#    user's module cache, reused afterwards) vets the installed module and runs its offline tests.
#
# The installs use a module cache of their own in the temporary folder (removed at the end),
# fed from the user's module cache first and the network after.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"

missing=()
for v in PECD_ADDR PECD_ADMIN_KEY PECD_ALBO_KEY; do
  [[ -n "${!v:-}" ]] || missing+=("$v")
done
if ((${#missing[@]})); then
  echo "test.sh: missing environment: ${missing[*]} (needs a running pecd)" >&2
  exit 1
fi
command -v go >/dev/null || { echo "test.sh: go (1.24 or later) is required" >&2; exit 1; }
command -v git >/dev/null || { echo "test.sh: git is required (to list the module's files)" >&2; exit 1; }

module=github.com/tsrm-pstrp/pecd/clients/go
version=v0.0.0-test
min_go=go1.24.0 # the go line of go.mod
# -modcacherw: the temporary module cache must be removable.
export GOTOOLCHAIN=local GOFLAGS="$(go env GOFLAGS) -modcacherw"

user_modcache="$(go env GOMODCACHE)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "== go vet (source)" >&2
go mod verify
go vet ./...
(cd tools/modproxy && go vet ./...)

echo "== module proxy folder with $module@$version" >&2
mkdir -p "$tmp/src"
git ls-files -z --cached --others --exclude-standard -- . | while IFS= read -r -d '' f; do
  if [[ -f "$f" ]]; then mkdir -p "$tmp/src/$(dirname "$f")" && cp -p "$f" "$tmp/src/$f"; fi
done
(cd tools/modproxy && go run . -dir "$tmp/src" -module "$module" -version "$version" -out "$tmp/proxy")

# Everything below installs as a user would, in fresh modules outside the repository.
export GOMODCACHE="$tmp/modcache"
export GOPROXY="file://$tmp/proxy,file://$user_modcache/cache/download,https://proxy.golang.org"
export GONOSUMDB=github.com/tsrm-pstrp/pecd # not in the public checksum database
export GOFLAGS="$GOFLAGS -mod=mod"

# The program an Ordine writes first: one Health/Check through pecclient.
write_app() { # <folder>
  mkdir -p "$1"
  cat >"$1/main.go" <<'EOF'
package main

import (
	"context"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/tsrm-pstrp/pecd/clients/go/pecclient"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
)

func main() {
	c, err := pecclient.Dial(os.Getenv("PECD_ADDR"), os.Getenv("PECD_ALBO_KEY"), pecclient.WithPlaintext())
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	res, err := c.Health.Check(ctx, &healthpb.HealthCheckRequest{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.GetStatus())
}
EOF
  # A module of a user on the oldest Go: go get raises this line if a requirement needs more,
  # and then step 4 fails.
  (cd "$1" && go mod init example.org/ordine-app >/dev/null 2>&1 && go mod edit -go="${min_go#go}")
}
expect_serving() { # <folder>
  local out
  out="$(cd "$1" && go run .)"
  [[ "$out" == SERVING ]] || { echo "test.sh: Health/Check printed '$out', want SERVING" >&2; exit 1; }
  echo "Health/Check: $out" >&2
}

echo "== go get $module@$version (fresh module, proxy folder)" >&2
write_app "$tmp/app-get"
(cd "$tmp/app-get" && go get "$module@$version" && go mod tidy)
grep -q "$module $version" "$tmp/app-get/go.mod"
expect_serving "$tmp/app-get"

echo "== the installed module's tests (offline, then the live walkthrough)" >&2
(cd "$tmp/app-get" && go get -t "$module/...@$version" && go test -count=1 -v "$module/...")

echo "== replace $module => $here (fresh module)" >&2
write_app "$tmp/app-replace"
(cd "$tmp/app-replace" && go mod edit -require="$module@v0.0.0" -replace="$module=$here" && go mod tidy)
expect_serving "$tmp/app-replace"

echo "== the oldest supported Go, $min_go" >&2
# The go command fetches that release as the golang.org/toolchain module (kept in the user's
# module cache) and makes it executable on first use; its GOROOT is then run directly.
toolchain="$(cd "$tmp" && GOMODCACHE="$user_modcache" GOFLAGS= GOTOOLCHAIN="$min_go" go env GOROOT)"
[[ "$("$toolchain/bin/go" env GOVERSION)" == "$min_go" ]]
(cd "$tmp/app-get" && "$toolchain/bin/go" vet "$module/..." && "$toolchain/bin/go" test -count=1 "$module/pecclient")
echo "test.sh: Go client passed (go get, replace, $min_go)" >&2
