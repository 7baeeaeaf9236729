#!/usr/bin/env bash
# Runs the Java client's test against a live pecd given by PECD_ADDR, PECD_ADMIN_KEY and
# PECD_ALBO_KEY. Maven fetches the dependencies into ~/.m2 (cached between runs).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
for v in PECD_ADDR PECD_ADMIN_KEY PECD_ALBO_KEY; do
  if [[ -z "${!v:-}" ]]; then
    echo "test.sh: $v is not set (needs a live pecd)" >&2
    exit 1
  fi
done
command -v java >/dev/null || { echo "test.sh: java (17+) is not installed" >&2; exit 1; }
command -v mvn >/dev/null || { echo "test.sh: mvn is not installed" >&2; exit 1; }

cd "$HERE"
rm -rf target/surefire-reports
status=0
mvn -B -q -Dstyle.color=never test || status=$?

# Maven -q hides Surefire's summary: print one from its reports.
reports=(target/surefire-reports/TEST-*.xml)
if [[ ! -e "${reports[0]}" ]]; then
  echo "test.sh: no Surefire report (build failed before the tests ran)" >&2
  exit 1
fi
read -r tests failures errors skipped < <(
  sed -n 's/.*<testsuite [^>]*>.*/&/p' "${reports[@]}" | head -n "${#reports[@]}" |
  awk '{
    for (i = 1; i <= NF; i++) {
      if ($i ~ /^tests=/) { gsub(/[^0-9]/, "", $i); t += $i }
      if ($i ~ /^failures=/) { gsub(/[^0-9]/, "", $i); f += $i }
      if ($i ~ /^errors=/) { gsub(/[^0-9]/, "", $i); e += $i }
      if ($i ~ /^skipped=/) { gsub(/[^0-9]/, "", $i); s += $i }
    }
  } END { print t + 0, f + 0, e + 0, s + 0 }')
echo "java: $((tests - failures - errors - skipped)) passed, $((failures + errors)) failed, $skipped skipped"
if [[ $status -ne 0 || $((failures + errors)) -ne 0 || $tests -eq 0 || $skipped -ne 0 ]]; then
  exit 1
fi
