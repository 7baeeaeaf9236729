#!/usr/bin/env bash
# Regenerates src/pecd_client/v1 (messages *_pb2.py, typed stubs *_pb2.pyi, gRPC stubs *_pb2_grpc.py)
# from ../../proto with the pinned grpcio-tools of tools/requirements-gen.txt. The toolchain is
# installed into .venv-gen (git-ignored) and reused while that file is unchanged.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
proto_dir="$here/../../proto"
out_dir="$here/src"
venv="$here/.venv-gen"
reqs="$here/tools/requirements-gen.txt"
python="${PYTHON:-python3}"

"$python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else "generate.sh needs Python >= 3.10")'

stamp="$(cat "$reqs" | sha256sum | cut -d' ' -f1) $("$python" -c 'import sys; print(sys.version.split()[0])')"
if [[ ! -x "$venv/bin/python" || "$(cat "$venv/.stamp" 2>/dev/null || true)" != "$stamp" ]]; then
  rm -rf "$venv"
  "$python" -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps -r "$reqs"
  echo "$stamp" > "$venv/.stamp"
fi

# The generated modules go into the import package pecd_client (pecd_client.v1), beside the
# hand-written helpers, not into a bare top-level `pec` that could collide with another
# package. protoc names a module after its .proto path (pec/v1/x.proto -> pec.v1.x_pb2) and
# grpcio-tools has no option to change that, and protoletariat (the tool that rewrites such
# imports) requires protobuf < 6; so protoc writes into a scratch folder and the two kinds of
# lines that name the module are rewritten below, then checked: nothing else may mention it.
package_dir="$out_dir/pecd_client/v1"
mkdir -p "$package_dir"
find "$package_dir" -maxdepth 1 -type f \( -name '*_pb2.py' -o -name '*_pb2.pyi' -o -name '*_pb2_grpc.py' \) -delete
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

# Run from the proto root with relative paths: nothing of this machine ends up in the output.
cd "$proto_dir"
mapfile -t protos < <(find pec/v1 -name '*.proto' | LC_ALL=C sort)
"$venv/bin/python" -m grpc_tools.protoc \
  -I . \
  --python_out="$scratch" \
  --pyi_out="$scratch" \
  --grpc_python_out="$scratch" \
  "${protos[@]}"

for file in "$scratch"/pec/v1/*; do
  # `from pec.v1 import x_pb2 as ...` (the other generated modules), and the module name that
  # _builder gives the generated classes (their __module__).
  sed -E \
    -e 's/^from pec\.v1 import ([A-Za-z0-9_]+_pb2) as /from pecd_client.v1 import \1 as /' \
    -e "s/^(_builder\.BuildTopDescriptorsAndMessages\(DESCRIPTOR, )'pec\.v1\.([A-Za-z0-9_]+_pb2)'/\1'pecd_client.v1.\2'/" \
    "$file" > "$package_dir/$(basename "$file")"
done
# A line that still imports or names the module `pec...` is a form the rewrite does not know.
if grep -nE "^(from|import) pec[. ]|'pec\.v1\.[A-Za-z0-9_]+_pb2'" "$package_dir"/*_pb2*; then
  echo "generate.sh: the lines above still name the module pec.v1: extend the rewrite" >&2
  exit 1
fi

printf '"""Generated from proto/pec/v1 by clients/python/generate.sh. Do not edit."""\n' > "$package_dir/__init__.py"

echo "generated $(find "$package_dir" -type f | wc -l) files under clients/python/src/pecd_client/v1"
