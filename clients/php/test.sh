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
exec php -d error_reporting=-1 -d display_errors=stderr -d zend.assertions=1 "$here/tests/flow_test.php"
