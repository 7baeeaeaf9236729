#!/usr/bin/env bash
# Regenerates pec/v1 (the Go code of proto/pec/v1) with pinned generators. Runnable from any cwd.
# Tools are installed into git-ignored folders of this directory (.bin, .tools) on first run.
set -euo pipefail

PROTOC_GEN_GO_VERSION=v1.36.12      # google.golang.org/protobuf/cmd/protoc-gen-go
PROTOC_GEN_GO_GRPC_VERSION=v1.6.2   # google.golang.org/grpc/cmd/protoc-gen-go-grpc
BUF_VERSION=1.75.0                  # npm @bufbuild/buf

here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
proto=../../proto

# Generators: reinstalled only when the recorded version differs.
mkdir -p .bin
install_go_tool() { # <name> <package> <version>
  if [[ ! -x .bin/$1 || "$(cat ".bin/$1.version" 2>/dev/null)" != "$3" ]]; then
    GOBIN="$here/.bin" go install "$2@$3"
    echo "$3" > ".bin/$1.version"
  fi
}
install_go_tool protoc-gen-go google.golang.org/protobuf/cmd/protoc-gen-go "$PROTOC_GEN_GO_VERSION"
install_go_tool protoc-gen-go-grpc google.golang.org/grpc/cmd/protoc-gen-go-grpc "$PROTOC_GEN_GO_GRPC_VERSION"

buf=.tools/node_modules/.bin/buf
if [[ ! -x $buf || "$($buf --version)" != "$BUF_VERSION" ]]; then
  npm install --prefix .tools --no-save --no-audit --no-fund --loglevel=error "@bufbuild/buf@$BUF_VERSION"
fi

# The protos' go_package option still names the old vanity path (pec.tsrm-pstrp.org/...,
# which serves no go-import tag); changing it would be a breaking proto change for buf and
# would alter the descriptors embedded in every other client. So the import path is set here
# instead, with protoc-gen-go's documented M<file>=<import path>;<package> option for each
# proto file (it takes precedence over go_package), and module= strips the module path from
# the output file names. The plugins are the pinned binaries in .bin/, not whatever is on PATH.
module=github.com/tsrm-pstrp/pecd/clients/go
opts="\"module=$module\""
for file in $(cd "$proto" && find pec/v1 -name '*.proto' | LC_ALL=C sort); do
  opts+=", \"M$file=$module/pec/v1;pecv1\""
done
template="{\"version\": \"v2\", \"plugins\": [
  {\"local\": \".bin/protoc-gen-go\", \"out\": \".\", \"opt\": [$opts]},
  {\"local\": \".bin/protoc-gen-go-grpc\", \"out\": \".\", \"opt\": [$opts]}]}"

# Start from an empty pec/v1 so a removed proto leaves no stale file behind.
rm -rf pec/v1
"$buf" generate "$proto" --template "$template"
