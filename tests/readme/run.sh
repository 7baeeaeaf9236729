#!/usr/bin/env bash
# Runs the README's walkthroughs (its `sh` blocks from "Walkthrough with grpcurl" to the end of
# "Changing the contact details, end to end") as a newcomer pastes them: in a fresh folder
# shaped like a clone, in a shell with none of the test harness's environment, against the
# server the walkthrough itself starts on localhost:50051. Then checks their effects.
#
# One line is stood in for: `cargo build --release -p pecd` (13 minutes on 2 cores) links
# target/release/pecd to the `pecd` on PATH, which CI has just built. Needs pecd, grpcurl and
# python3 on PATH, and port 50051 free.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
for tool in pecd grpcurl python3; do
  command -v "$tool" >/dev/null || { echo "readme: $tool is not on PATH" >&2; exit 1; }
done
if (exec 3<>/dev/tcp/127.0.0.1/50051) 2>/dev/null; then
  echo "readme: port 50051 is in use; the walkthrough starts its server there" >&2
  exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
# What the walkthrough reads from the clone.
mkdir -p tests scripts
ln -s "$root/tests/fixtures" tests/fixtures
ln -s "$root/scripts/outbox-wait" scripts/outbox-wait

python3 - "$root/README.md" > walkthrough.sh <<'PY'
import re, sys
text = open(sys.argv[1]).read()
start = text.index("\n## Walkthrough with grpcurl")
end = text.index("\n## ", text.index("\n### Changing the contact details, end to end"))
blocks = re.findall(r"^```sh\n(.*?)^```", text[start:end], re.S | re.M)
if len(blocks) != 3:
    sys.exit(f"readme: expected the 3 sh blocks of the walkthroughs, found {len(blocks)}")
# Stop the server the walkthrough starts, whatever happens.
print("trap 'kill $(jobs -p) 2>/dev/null || true' EXIT")
print("\n".join(blocks))
# The effects, checked with the walkthrough's own keys and names.
print(r'''
mailbox=$(grpcurl -plaintext -H "authorization: Bearer $ADMIN" -d '{"address": "mario.rossi@tsrm-pstrp.org"}' \
  localhost:50051 pec.v1.MailboxService/GetMailbox)
python3 -c '
import json, sys
m = json.loads(sys.argv[1])["mailbox"]
assert m["state"] == "MAILBOX_STATE_ATTIVO", m["state"]
assert m.get("recoveryEmail") == "mario.nuovo@example.com", m
print("readme: mailbox ATTIVO, the approved recovery email on it", file=sys.stderr)
' "$mailbox"
test "$(head -c 2 "$IMAGES/front.jpg" | od -An -tx1 | tr -d ' ')" = ffd8
''')
PY
echo "readme: $(grep -c . walkthrough.sh) lines" >&2

mkdir -p bin target/release
ln -s "$(command -v pecd)" target/release/pecd
# `cargo build --release -p pecd` stands for the build CI has already done; any other cargo
# command in the walkthrough fails the test.
cat > bin/cargo <<'SH'
#!/bin/sh
[ "$*" = "build --release -p pecd" ] && exit 0
echo "readme: unexpected cargo command: $*" >&2
exit 1
SH
chmod +x bin/cargo

# A clean environment: none of the harness's PEC_* or PECD_* variables.
env -i HOME="$HOME" PATH="$work/bin:$PATH" TMPDIR="$work" LANG=C.UTF-8 \
  bash -euo pipefail -x walkthrough.sh > walkthrough.out 2>&1 || {
  tail -n 40 walkthrough.out >&2
  echo "readme: the walkthrough failed (above: its last lines)" >&2
  exit 1
}
grep -q '"status": "SERVING"' walkthrough.out || { echo "readme: no SERVING answer" >&2; exit 1; }
grep -q 'InvalidArgument' walkthrough.out || { echo "readme: the bad input was not refused" >&2; exit 1; }
grep -q '"state": "CONTACT_CHANGE_STATE_APPROVED"\|CONTACT_CHANGE_STATE_APPROVED' walkthrough.out ||
  { echo "readme: the change was not approved" >&2; exit 1; }
echo "readme: every walkthrough command ran as written and did what the README says" >&2
