#!/usr/bin/env bash
# Runs every `sh` block of docs/operators.md, in order, against a live pecd, after setting up
# what the runbook works on; then checks that the commands did what the page says.
#
# Needs: PECD_ADDR (plaintext gRPC), PEC_DATA_DIR (the server's data folder, SQLite, no SMTP:
# messages land in its outbox), PECD_ADMIN_KEY, PECD_ALBO_KEY; pecd, grpcurl,
# grpc-health-probe and python3 on PATH.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
: "${PECD_ADDR:?}" "${PEC_DATA_DIR:?}" "${PECD_ADMIN_KEY:?}" "${PECD_ALBO_KEY:?}"
for tool in pecd grpcurl grpc-health-probe python3; do
  command -v "$tool" >/dev/null || { echo "runbook: $tool is not on PATH" >&2; exit 1; }
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

call() { # KEY METHOD JSON
  grpcurl -plaintext -H "authorization: Bearer $1" -d "$3" "$PECD_ADDR" "pec.v1.$2"
}
json() { python3 -c "import json, sys; d = json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }
code_for() { # CHANNEL RECIPIENT: the 6-digit code last sent to RECIPIENT (email or sms outbox).
  # Notifications are delivered by the worker after the call returns: outbox-wait waits for it.
  "$root/scripts/outbox-wait" "$1" "$2" '\b(\d{6})\b' --outbox "$PEC_DATA_DIR/outbox"
}

echo "== runbook set-up: Ordine TO, three members with active mailboxes, a contact change each" >&2
ADMIN="$PECD_ADMIN_KEY"; ALBO="$PECD_ALBO_KEY"
FRONT="$(pecd keys create --role self_service --name "runbook front end" | tail -n1)"
call "$ADMIN" RegistryService/CreateOrdine "{\"request_id\": \"$(python3 -c 'import uuid; print(uuid.uuid4())')\",
  \"ordine\": {\"code\": \"TO\", \"name\": \"Ordine TSRM e PSTRP di Torino\", \"pec_address\": \"torino@pec.tsrm.org\",
  \"adheres_to_convention\": true, \"convention_since\": \"2024-01-01\"}}" >/dev/null

i=0
for who in "FRRNNA85C54L219W Anna Ferrari" "CLMLCU79S02L219V Luca Colombo" "RSSGLI88C52L219G Giulia Russo"; do
  read -r cf given family <<<"$who"
  i=$((i + 1))
  call "$ALBO" RegistryService/UpsertMember "{\"member\": {\"codice_fiscale\": \"$cf\",
    \"given_name\": \"$given\", \"family_name\": \"$family\", \"ordine_code\": \"TO\",
    \"albo\": \"ALBO_TECNICO_SANITARIO_RADIOLOGIA_MEDICA\", \"registration_number\": \"77$i\",
    \"personal_email\": \"${given,,}.${family,,}@example.com\", \"register_status\": \"REGISTER_STATUS_ACTIVE\"}}" >/dev/null
  call "$ADMIN" ActivationService/CreateActivationRequest "{\"request_id\": \"$(python3 -c 'import uuid; print(uuid.uuid4())')\",
    \"codice_fiscale\": \"$cf\"}" >/dev/null
  offer=""
  for _ in $(seq 150); do
    offer="$(call "$ALBO" ActivationService/ListAssignments "{\"codice_fiscale\": \"$cf\"}" |
      json 'd["assignments"][0]["activationRequestId"] if d.get("assignments") else ""')"
    [[ -n "$offer" ]] && break
    sleep 0.2
  done
  [[ -n "$offer" ]] || { echo "runbook set-up: no assignment for $cf within 30 s" >&2; exit 1; }
  call "$ALBO" ActivationService/AcceptAssignment "{\"activation_request_id\": \"$offer\", \"codice_fiscale\": \"$cf\"}" >/dev/null
  address="${given,,}.${family,,}@tsrm-pstrp.org"

  start="$(call "$FRONT" ContactChangeService/StartContactChange "{\"mailbox_address\": \"$address\", \"codice_fiscale\": \"$cf\"}")"
  id="$(json 'd["change"]["id"]' <<<"$start")"
  secret="$(json 'd["changeSecret"]' <<<"$start")"
  auth="\"change_id\": \"$id\", \"change_secret\": \"$secret\""
  call "$FRONT" ContactChangeService/SetHolderDetails "{$auth, \"given_name\": \"$given\", \"family_name\": \"$family\",
    \"residence\": {\"country\": \"IT\", \"province\": \"TO\", \"comune\": \"Torino\", \"postal_code\": \"10121\", \"street\": \"Via Po $i\"}}" >/dev/null
  for side in front back; do
    python3 -c "import base64, json, sys
print(json.dumps({'header': {'change_id': '$id', 'change_secret': '$secret', 'side': 'DOCUMENT_SIDE_${side^^}'}}))
print(json.dumps({'chunk': base64.b64encode(open(sys.argv[1], 'rb').read()).decode()}))" \
      "$root/tests/fixtures/id-documents/$side.jpg" |
      grpcurl -plaintext -H "authorization: Bearer $FRONT" -d @ "$PECD_ADDR" pec.v1.ContactChangeService/UploadIdentityDocument >/dev/null
  done
  call "$FRONT" ContactChangeService/SetRecoveryEmail "{$auth, \"recovery_email\": \"${given,,}.nuova@example.com\"}" >/dev/null
  code="$(code_for email "${given,,}.nuova@example.com")"
  call "$FRONT" ContactChangeService/VerifyRecoveryEmail "{$auth, \"code\": \"$code\"}" >/dev/null
  call "$FRONT" ContactChangeService/SetMobileNumber "{$auth, \"mobile_number\": \"347 123 456$i\"}" >/dev/null
  call "$FRONT" ContactChangeService/ConfirmContactChange "{$auth}" >/dev/null
  code="$(code_for sms "347123456$i")"
  call "$FRONT" ContactChangeService/VerifyMobileNumber "{$auth, \"code\": \"$code\"}" >/dev/null
done

echo "== runbook: the sh blocks of docs/operators.md" >&2
python3 - "$root/docs/operators.md" > runbook.sh <<'PY'
import re, sys
blocks = re.findall(r"^```sh\n(.*?)^```", open(sys.argv[1]).read(), re.S | re.M)
if not blocks:
    sys.exit("no sh blocks in the runbook")
print("\n".join(blocks))
PY
echo "runbook: $(grep -c . runbook.sh) lines" >&2
# mktemp in the blocks makes its folders here, removed with the rest.
TMPDIR="$work" bash -euo pipefail -x runbook.sh > runbook.out

echo "== runbook: effects" >&2
fail() { echo "runbook: $*" >&2; exit 1; }
state() { call "$ADMIN" MailboxService/GetMailbox "{\"address\": \"$1\"}" | json 'd["mailbox"]["state"]'; }
[[ "$(state anna.ferrari@tsrm-pstrp.org)" == MAILBOX_STATE_ATTIVO ]] || fail "Anna's mailbox is not ATTIVO after suspend + reactivate"
[[ "$(state luca.colombo@tsrm-pstrp.org)" == MAILBOX_STATE_CESSATO ]] || fail "Luca's mailbox is not CESSATO"
recovery="$(call "$ADMIN" MailboxService/GetMailbox '{"address": "anna.ferrari@tsrm-pstrp.org"}' | json 'd["mailbox"].get("recoveryEmail", "")')"
[[ "$recovery" == anna.nuova@example.com ]] || fail "the approved change did not reach Anna's mailbox (recovery email '$recovery')"
for side in FRONT BACK; do
  image="$(ls -d "$work"/tmp.*/document-"$side".jpg 2>/dev/null | head -n1 || true)"
  [[ -n "$image" && "$(head -c 2 "$image" | od -An -tx1 | tr -d ' ')" == ffd8 ]] || fail "document-$side.jpg is not a JPEG"
done
# Anna's change approved, Giulia's rejected, Luca's ended with his mailbox's closure.
states="$(for s in APPROVED REJECTED UNDER_REVIEW CANCELLED; do
  call "$ADMIN" ReviewService/ListContactChanges "{\"state\": \"CONTACT_CHANGE_STATE_$s\"}" | json 'len(d.get("changes", []))'
done | tr '\n' ' ')"
[[ "$states" == "1 1 0 1 " ]] || fail "approved/rejected/under review/cancelled = $states, want 1 1 0 1"
revoked="$(pecd keys list 2>/dev/null | grep -F "(prova)" | awk '{print $4}')"
[[ "$revoked" == revoked ]] || fail "the key made in section 2 is '$revoked', not revoked"
kept="$(pecd keys list 2>/dev/null | grep -F "runbook front end" | awk '{print $4}')"
[[ "$kept" == active ]] || fail "revoking by id touched another key: the front end's is '$kept'"
grep -q '"status": "SERVING"' runbook.out || fail "no SERVING health answer in the output"
grep -q 'Operatore di turno .*Segnalazione di accesso anomalo' runbook.out || fail "the trail does not say who suspended Anna's mailbox"
echo "runbook: every command ran and did what docs/operators.md says" >&2
