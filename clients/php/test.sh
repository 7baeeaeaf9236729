#!/usr/bin/env bash
# Runs tests/flow_test.php (plain PHP, no PHPUnit) against a live pecd over gRPC-Web.
# Env: PECD_ADDR (host:port, plaintext), PECD_ADMIN_KEY (role admin), PECD_ALBO_KEY (role albo).
# Installs PHP from Debian when it is missing: php-cli, php-curl and php-google-protobuf (the
# Google\Protobuf runtime 3.21.12, pure PHP under /usr/share/php). Runnable from any cwd.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)

missing=()
for name in PECD_ADDR PECD_ADMIN_KEY PECD_ALBO_KEY; do
  [[ -n "${!name:-}" ]] || missing+=("$name")
done
if ((${#missing[@]})); then
  echo "test.sh: set ${missing[*]} (a running pecd and its admin and albo keys)" >&2
  exit 2
fi

php_ready() {
  command -v php >/dev/null &&
    php -r 'exit(extension_loaded("curl") && (class_exists("Google\\Protobuf\\Internal\\Message")
      || stream_resolve_include_path("Google/Protobuf/Internal/Message.php") !== false) ? 0 : 1);'
}
if ! php_ready; then
  echo "test.sh: installing php-cli php-curl php-google-protobuf (Debian)" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt_install() { apt-get -o DPkg::Lock::Timeout=300 install -y -q php-cli php-curl php-google-protobuf; }
  apt_install || { apt-get -o DPkg::Lock::Timeout=300 update -q && apt_install; }
  php_ready || { echo "test.sh: PHP with curl and Google\\Protobuf is still missing" >&2; exit 1; }
fi

php -v | head -n1
for f in "$here"/autoload.php "$here"/lib/Pec/Client/*.php "$here"/tests/*.php; do
  php -l "$f" >/dev/null
done
php -d error_reporting=-1 -d display_errors=stderr -d zend.assertions=1 "$here/tests/flow_test.php"

# Mutual TLS: a second pecd of its own (TLS with a client CA, empty SQLite), certificates made
# here with openssl. Needs `pecd` on PATH (scripts/test-clients puts it there).
command -v pecd >/dev/null || { echo "test.sh: pecd is not on PATH (needed for the mTLS test)" >&2; exit 1; }
tls="$(mktemp -d)"
tls_server=""
trap '[[ -n "$tls_server" ]] && kill "$tls_server" 2>/dev/null; rm -rf "$tls"' EXIT
(
  cd "$tls"
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=pec php test CA" \
    -keyout ca.key -out ca.pem 2>/dev/null
  for who in server client; do
    openssl req -newkey rsa:2048 -nodes -subj "/CN=$who" -keyout "$who.key" -out "$who.csr" 2>/dev/null
  done
  # v3 certificates (rustls refuses v1): a server name for the server, client use for the client.
  printf 'subjectAltName=DNS:localhost\nextendedKeyUsage=serverAuth\n' >server.ext
  printf 'basicConstraints=CA:FALSE\nextendedKeyUsage=clientAuth\n' >client.ext
  openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 \
    -extfile server.ext -out server.pem 2>/dev/null
  openssl x509 -req -in client.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 \
    -extfile client.ext -out client.pem 2>/dev/null
)
tls_port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
PEC_DATA_DIR="$tls/data" pecd serve --listen "127.0.0.1:$tls_port" --tls-cert "$tls/server.pem" \
  --tls-key "$tls/server.key" --tls-client-ca "$tls/ca.pem" >"$tls/pecd.log" 2>&1 &
tls_server=$!
for _ in $(seq 100); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$tls_port") 2>/dev/null; then break; fi
  kill -0 "$tls_server" 2>/dev/null || { cat "$tls/pecd.log" >&2; echo "test.sh: the TLS pecd did not start" >&2; exit 1; }
  sleep 0.1
done
PECD_TLS_ADDR="localhost:$tls_port" PECD_TLS_CA="$tls/ca.pem" PECD_TLS_CLIENT_CERT="$tls/client.pem" \
  PECD_TLS_CLIENT_KEY="$tls/client.key" \
  php -d error_reporting=-1 -d display_errors=stderr -d zend.assertions=1 "$here/tests/mtls_test.php"
