#!/usr/bin/env bash
# Tests the Python client as an Ordine installs it, against a live pecd: PECD_ADDR (host:port,
# plaintext), PECD_ADMIN_KEY, PECD_ALBO_KEY. Everything happens in a temporary folder, removed at
# the end, outside the repository:
#
# 1. Path form: a fresh venv gets the pinned test environment of tools/requirements-test.txt
#    (grpcio at the lowest version pyproject.toml allows), then `pip install <this folder>` as
#    the README says; tests/ is copied next to it and pytest runs it against the installed
#    package (conftest.py refuses a package imported from anywhere but the venv). Extra
#    arguments go to pytest.
# 2. Git URL form: a bare clone of this repository stands in for GitHub (which CI cannot reach);
#    another fresh venv runs `pip install "tsrm-pstrp-pec-client @ git+file://<clone>@<HEAD>
#    #subdirectory=clients/python"`, with whatever dependency versions pip picks today, and
#    makes one real call (GetOrdine of the Ordine that step 1 created). It installs the
#    committed HEAD: uncommitted changes are tested by step 1 only.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
reqs="$here/tools/requirements-test.txt"
python="${PYTHON:-python3}"

missing=()
for name in PECD_ADDR PECD_ADMIN_KEY PECD_ALBO_KEY; do
  [[ -n "${!name:-}" ]] || missing+=("$name")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "test.sh: set ${missing[*]} (a running pecd and its keys)" >&2
  exit 2
fi

"$python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else "test.sh needs Python >= 3.10")'
command -v git >/dev/null || { echo "test.sh: git is required" >&2; exit 2; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
pip=(--quiet --disable-pip-version-check --no-input)

echo "== path form: pip install $here (fresh venv)" >&2
"$python" -m venv "$tmp/venv-path"
"$tmp/venv-path/bin/python" -m pip install "${pip[@]}" -r "$reqs"
"$tmp/venv-path/bin/python" -m pip install "${pip[@]}" "$here"
# pip builds a local folder in place: drop setuptools' leftovers (git-ignored anyway).
rm -rf "$here/build" "$here/src/"*.egg-info
"$tmp/venv-path/bin/python" -m pip check
cp -r "$here/tests" "$tmp/tests"
(cd "$tmp" && PYTHONDONTWRITEBYTECODE=1 "$tmp/venv-path/bin/python" -m pytest \
  -p no:cacheprovider -ra -v --tb=short tests "$@")

echo "== git URL form: pip install \"tsrm-pstrp-pec-client @ git+file://...\" (fresh venv)" >&2
repo="$(git -C "$here" rev-parse --show-toplevel)"
commit="$(git -C "$repo" rev-parse HEAD)"
git clone --quiet --bare "$repo" "$tmp/pecd.git"
"$python" -m venv "$tmp/venv-git"
# The pip of Python 3.11's ensurepip (23.2) rejects `name @ git+file:///...` (a URL with no
# host; https URLs, as in the README, are fine): a current pip accepts it.
"$tmp/venv-git/bin/python" -m pip install "${pip[@]}" --upgrade pip
"$tmp/venv-git/bin/python" -m pip install "${pip[@]}" \
  "tsrm-pstrp-pec-client @ git+file://$tmp/pecd.git@$commit#subdirectory=clients/python"
"$tmp/venv-git/bin/python" -m pip check
(cd "$tmp" && VIRTUAL_ENV_DIR="$tmp/venv-git" "$tmp/venv-git/bin/python" - <<'EOF'
import os
from pathlib import Path

import pecd_client
from pecd_client.v1 import registry_service_pb2, registry_service_pb2_grpc

assert Path(os.environ["VIRTUAL_ENV_DIR"]).resolve() in Path(pecd_client.__file__).resolve().parents
with pecd_client.connect(os.environ["PECD_ADDR"], os.environ["PECD_ADMIN_KEY"], tls=False) as channel:
    stub = registry_service_pb2_grpc.RegistryServiceStub(channel)
    ordine = stub.GetOrdine(registry_service_pb2.GetOrdineRequest(code="PY"), timeout=10).ordine
assert ordine.code == "PY", ordine
print(f"GetOrdine through the git-installed package: {ordine.code} ({ordine.name})")
EOF
)
echo "test.sh: Python client passed (path form with the full suite, git URL form)" >&2
