#!/usr/bin/env bash
# Regenerates src/pec/v1 (messages *_pb2.py, typed stubs *_pb2.pyi, gRPC stubs *_pb2_grpc.py)
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

# Remove what a previous run generated (a deleted .proto must not leave stale modules behind).
mkdir -p "$out_dir/pec/v1"
find "$out_dir/pec/v1" -maxdepth 1 -type f \( -name '*_pb2.py' -o -name '*_pb2.pyi' -o -name '*_pb2_grpc.py' \) -delete

# Run from the proto root with relative paths: nothing of this machine ends up in the output.
cd "$proto_dir"
mapfile -t protos < <(find pec/v1 -name '*.proto' | LC_ALL=C sort)
"$venv/bin/python" -m grpc_tools.protoc \
  -I . \
  --python_out="$out_dir" \
  --pyi_out="$out_dir" \
  --grpc_python_out="$out_dir" \
  "${protos[@]}"

# Regular packages (not namespace packages), and PEP 561 markers for the .pyi stubs.
: > "$out_dir/pec/__init__.py"
printf '"""Generated from proto/pec/v1 by clients/python/generate.sh. Do not edit."""\n' > "$out_dir/pec/v1/__init__.py"
: > "$out_dir/pec/py.typed"

echo "generated $(find "$out_dir/pec" -type f | wc -l) files under clients/python/src/pec"
