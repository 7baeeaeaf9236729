#!/usr/bin/env bash
# The browser test of pec-web: starts its own pecd (the real SMTP sink and an SMS gateway
# double, tests/smtp_sink.py and tests/http_recorder.py), pec-web in front of it, and walks
# every member page and the whole review in headless Chromium (tests/browser.mjs).
# Run by scripts/test-clients (which puts `pecd` on PATH); alone: PATH=<dir of pecd>:$PATH
# clients/web/test.sh. Screenshots go to <target>/web-screenshots/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

# Debian's Chromium, installed when missing (the test drives it through the DevTools protocol).
if [[ ! -x /usr/bin/chromium ]]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y --no-install-recommends chromium >&2 ||
    { apt-get update >&2 && apt-get install -y --no-install-recommends chromium >&2; }
fi
# grpcurl seeds the register as the Albo and the Ordine would (same pin as scripts/test-clients).
command -v grpcurl >/dev/null || export PATH="$(go env GOPATH)/bin:$PATH"
command -v grpcurl >/dev/null || go install github.com/fullstorydev/grpcurl/cmd/grpcurl@v1.9.4
command -v pecd >/dev/null || { echo "web test: no pecd on PATH" >&2; exit 1; }

python="${PEC_TEST_PYTHON:-$root/tests/.venv/bin/python}"
"$python" -c "import aiosmtpd" 2>/dev/null ||
  { echo "web test: $python lacks aiosmtpd (scripts/test installs it into tests/.venv)" >&2; exit 1; }

cargo build --locked -p pec-web >&2
target="$(cargo metadata --format-version 1 --no-deps | python3 -c "import json, sys; print(json.load(sys.stdin)[\"target_directory\"])")"
(cd "$here" && npm ci --no-audit --no-fund >&2)

tmp="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  rm -rf "$tmp"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_port() { # port pid log
  for _ in $(seq 150); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
    kill -0 "$2" 2>/dev/null || { cat "$3" >&2; return 1; }
    sleep 0.1
  done
  cat "$3" >&2; return 1
}

smtp_port="$(free_port)"; sms_port="$(free_port)"; pecd_port="$(free_port)"; web_port="$(free_port)"
captcha_port="$(free_port)"; widget_port="$(free_port)"
export MAIL_DIR="$tmp/mail" SMS_DIR="$tmp/sms" CAPTCHA_DIR="$tmp/captcha"
"$python" tests/smtp_sink.py --port "$smtp_port" --dir "$MAIL_DIR" >"$tmp/smtp.log" 2>&1 &
pids+=($!); wait_port "$smtp_port" $! "$tmp/smtp.log"
"$python" tests/http_recorder.py --port "$sms_port" --dir "$SMS_DIR" >"$tmp/sms.log" 2>&1 &
pids+=($!); wait_port "$sms_port" $! "$tmp/sms.log"
# The captcha: a siteverify double that accepts every token, and a stand-in widget script
# served from another origin (so the CSP's allowance for it is exercised).
"$python" tests/http_recorder.py --port "$captcha_port" --dir "$CAPTCHA_DIR" --reply '{"success": true}' >"$tmp/captcha.log" 2>&1 &
pids+=($!); wait_port "$captcha_port" $! "$tmp/captcha.log"
"$python" -m http.server "$widget_port" --bind 127.0.0.1 --directory "$here/tests/captcha" >"$tmp/widget.log" 2>&1 &
pids+=($!); wait_port "$widget_port" $! "$tmp/widget.log"

export WEB_URL="http://127.0.0.1:$web_port"
export PEC_DATA_DIR="$tmp/data" PEC_LOG_FORMAT=text
pecd migrate 2>/dev/null
key() { pecd keys create "$@" 2>/dev/null | tail -n1; }
export ADMIN_KEY="$(key --role admin --name "web test (admin)")"
export ALBO_KEY="$(key --role albo --name "web test (albo)")"
export OPERATOR_KEY="$(key --role operator --name "web test (operatore)")"
front_key="$(key --role self_service --front-end --name "web test (pec-web)")"
export PECD_ADDR="127.0.0.1:$pecd_port"
pecd serve --listen "$PECD_ADDR" --worker-poll-ms 50 \
  --smtp-url "smtp://127.0.0.1:$smtp_port" --sms-gateway-url "http://127.0.0.1:$sms_port/sms" \
  --password-link-url "$WEB_URL/password" --cancel-link-url "$WEB_URL/modifica-dati/annulla" \
  --captcha-url "http://127.0.0.1:$captcha_port/siteverify" --captcha-secret test-secret \
  >"$tmp/pecd.log" 2>&1 &
pids+=($!); wait_port "$pecd_port" $! "$tmp/pecd.log"
# The Ordine's key needs the Ordine: the test creates it, then asks for this key.
export KEY_HELPER="$tmp/ordine-key.sh"
printf '#!/usr/bin/env bash\nPEC_DATA_DIR=%q pecd keys create --role ordine --ordine "$1" --name "web test (ordine)" 2>/dev/null | tail -n1\n' "$PEC_DATA_DIR" >"$KEY_HELPER"
chmod +x "$KEY_HELPER"

PEC_WEB_SELF_SERVICE_KEY="$front_key" "$target/debug/pec-web" --pecd-url "http://$PECD_ADDR" \
  --listen "127.0.0.1:$web_port" --assets-dir "$here/node_modules" \
  --captcha-script-url "http://127.0.0.1:$widget_port/fake-captcha.js" --captcha-site-key test-site-key \
  >"$tmp/web.log" 2>&1 &
pids+=($!); wait_port "$web_port" $! "$tmp/web.log"

export SCREENSHOT_DIR="$target/web-screenshots" FIXTURES="$root/tests/fixtures/id-documents"
mkdir -p "$SCREENSHOT_DIR"
if ! node "$here/tests/browser.mjs"; then
  echo "web test: FAILED; last lines of pecd and pec-web:" >&2
  tail -n 30 "$tmp/pecd.log" >&2; tail -n 30 "$tmp/web.log" >&2
  exit 1
fi
