#!/usr/bin/env bash
# Runs the Go client's tests: the offline helper tests and the end-to-end walkthrough against a
# live pecd given by PECD_ADDR (plaintext host:port), PECD_ADMIN_KEY and PECD_ALBO_KEY.
# Fails if any of them is missing. Modules go to the user's Go caches (GOMODCACHE, GOCACHE).
set -euo pipefail
cd "$(dirname "$0")"

missing=()
for v in PECD_ADDR PECD_ADMIN_KEY PECD_ALBO_KEY; do
  [[ -n "${!v:-}" ]] || missing+=("$v")
done
if ((${#missing[@]})); then
  echo "test.sh: missing environment: ${missing[*]} (needs a running pecd)" >&2
  exit 1
fi
command -v go >/dev/null || { echo "test.sh: go (1.25 or later) is required" >&2; exit 1; }

go mod download
go mod verify
go vet ./...
go test -count=1 -v ./...
