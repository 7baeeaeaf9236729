#!/usr/bin/env bash
# Runs tests/ (pytest) against a live pecd: PECD_ADDR (host:port, plaintext), PECD_ADMIN_KEY,
# PECD_ALBO_KEY. Installs the pinned test environment of tools/requirements-test.txt into .venv
# (git-ignored; reused while that file and the Python version are unchanged), then installs this
# package into it (not editable, as a consumer gets it) and runs pytest. Extra args go to pytest.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
venv="$here/.venv"
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

pip=(--quiet --disable-pip-version-check --no-input)
stamp="$(sha256sum < "$reqs" | cut -d' ' -f1) $("$python" -c 'import sys; print(sys.version.split()[0])')"
if [[ ! -x "$venv/bin/python" || "$(cat "$venv/.stamp" 2>/dev/null || true)" != "$stamp" ]]; then
  rm -rf "$venv"
  "$python" -m venv "$venv"
  "$venv/bin/python" -m pip install "${pip[@]}" --no-deps -r "$reqs"
  "$venv/bin/python" -m pip check
  echo "$stamp" > "$venv/.stamp"
fi

# The package itself, rebuilt every run (a few seconds), with the pinned setuptools.
"$venv/bin/python" -m pip install "${pip[@]}" --no-deps --no-build-isolation --force-reinstall "$here"
rm -rf "$here/build" "$here/src/pec_client.egg-info"

cd "$here"
PYTHONDONTWRITEBYTECODE=1 exec "$venv/bin/python" -m pytest -p no:cacheprovider -ra -v --tb=short tests "$@"
