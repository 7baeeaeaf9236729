#!/usr/bin/env bash
# Regenerates, with pinned generators (runnable from any cwd):
#   src/        the PHP code of proto/pec/v1 and grpc/health/v1, and the typed service clients,
#               all under the vendor prefix TsrmPstrp\Pec (php_namespace in the protos; for
#               health.proto, options added to a copy: PHP names only, the wire is unchanged);
#   google-rpc/ Google\Rpc (status, code, error details) for the route without Composer only:
#               with Composer these classes come from google/common-protos, so that they are
#               never loaded twice (autoload.php loads them only when nothing else provides them).
# Tools are fetched on first run into the git-ignored .tools/ of this directory:
#   protoc (Maven Central exe), the well-known-type .protos (protobuf-java jar, same release),
#   google/rpc/*.proto (PyPI googleapis-common-protos wheel), grpc/health/v1/health.proto (npm
#   grpc-health-check tarball).
set -euo pipefail

PROTOC_VERSION=3.21.12                 # com.google.protobuf:protoc (= runtime php-google-protobuf 3.21.12)
GOOGLEAPIS_COMMON_PROTOS_VERSION=1.76.0 # PyPI googleapis-common-protos, source of google/rpc/*.proto
GRPC_HEALTH_CHECK_VERSION=2.1.0         # npm grpc-health-check, source of grpc/health/v1/health.proto

here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
proto=../../proto
tools=.tools

case "$(uname -m)" in
  x86_64 | amd64) classifier=linux-x86_64 ;;
  aarch64 | arm64) classifier=linux-aarch_64 ;;
  *) echo "generate.sh: no protoc build for $(uname -m)" >&2; exit 1 ;;
esac

# --- protoc and the well-known types (google/protobuf/*.proto of protobuf-java) -----------------
protoc=$tools/protoc-$PROTOC_VERSION/protoc
if [[ ! -x $protoc ]]; then
  rm -rf "$tools/protoc-$PROTOC_VERSION"
  mkdir -p "$tools/protoc-$PROTOC_VERSION"
  mvn -q -B -Dstyle.color=never dependency:copy \
    "-Dartifact=com.google.protobuf:protoc:$PROTOC_VERSION:exe:$classifier" \
    "-DoutputDirectory=$tools/protoc-$PROTOC_VERSION"
  mvn -q -B -Dstyle.color=never dependency:copy \
    "-Dartifact=com.google.protobuf:protobuf-java:$PROTOC_VERSION" \
    "-DoutputDirectory=$tools/protoc-$PROTOC_VERSION"
  python3 - "$tools/protoc-$PROTOC_VERSION" "$PROTOC_VERSION" <<'EOF'
import re, sys, zipfile
out, version = sys.argv[1], sys.argv[2]
with zipfile.ZipFile("%s/protobuf-java-%s.jar" % (out, version)) as z:
    for name in z.namelist():
        if re.fullmatch(r"google/protobuf/\w+\.proto", name):
            z.extract(name, out + "/include")
EOF
  mv "$tools/protoc-$PROTOC_VERSION/protoc-$PROTOC_VERSION-$classifier.exe" "$protoc"
  chmod +x "$protoc"
fi
if [[ "$("$protoc" --version)" != "libprotoc $PROTOC_VERSION" ]]; then
  echo "generate.sh: $protoc is not libprotoc $PROTOC_VERSION" >&2
  exit 1
fi

# --- google/rpc/{status,code,error_details}.proto -----------------------------------------------
rpc=$tools/googleapis-common-protos-$GOOGLEAPIS_COMMON_PROTOS_VERSION
if [[ ! -f $rpc/google/rpc/error_details.proto ]]; then
  rm -rf "$rpc"
  mkdir -p "$rpc/wheel"
  python3 -m pip download -q --no-deps --only-binary=:all: \
    "googleapis-common-protos==$GOOGLEAPIS_COMMON_PROTOS_VERSION" -d "$rpc/wheel"
  python3 - "$rpc" <<'EOF'
import glob, sys, zipfile
out = sys.argv[1]
(wheel,) = glob.glob(out + "/wheel/*.whl")
with zipfile.ZipFile(wheel) as z:
    for name in ("status", "code", "error_details"):
        z.extract("google/rpc/%s.proto" % name, out)
EOF
fi

# --- grpc/health/v1/health.proto -------------------------------------------------------------------
health=$tools/grpc-health-check-$GRPC_HEALTH_CHECK_VERSION
if [[ ! -f $health/grpc/health/v1/health.proto ]]; then
  rm -rf "$health"
  mkdir -p "$health/pack" "$health/grpc/health/v1"
  npm pack --silent --pack-destination "$health/pack" "grpc-health-check@$GRPC_HEALTH_CHECK_VERSION" >/dev/null
  tar -xzf "$health/pack/grpc-health-check-$GRPC_HEALTH_CHECK_VERSION.tgz" -C "$health/pack" \
    package/proto/health/v1/health.proto
  mv "$health/pack/package/proto/health/v1/health.proto" "$health/grpc/health/v1/health.proto"
fi

# --- messages -------------------------------------------------------------------------------------
# health.proto with the PHP names of this package (as php_namespace does in proto/pec/v1).
prefixed=$tools/health-prefixed
rm -rf "$prefixed"
mkdir -p "$prefixed/grpc/health/v1"
awk '{ print } /^package grpc\.health\.v1;/ {
  print "option php_metadata_namespace = \"TsrmPstrp\\\\Pec\\\\GPBMetadata\\\\Grpc\\\\Health\\\\V1\";"
  print "option php_namespace = \"TsrmPstrp\\\\Pec\\\\Grpc\\\\Health\\\\V1\";"
  found = 1
} END { if (!found) { print "generate.sh: no package line in health.proto" > "/dev/stderr"; exit 1 } }' \
  "$health/grpc/health/v1/health.proto" >"$prefixed/grpc/health/v1/health.proto"

rm -rf src google-rpc "$tools/out"
mkdir -p "$tools/out" google-rpc
pec_protos=$(cd "$proto" && LC_ALL=C ls pec/v1/*.proto)
# shellcheck disable=SC2086 # one word per file
"$protoc" -I "$proto" -I "$prefixed" -I "$tools/protoc-$PROTOC_VERSION/include" --php_out="$tools/out" \
  $pec_protos grpc/health/v1/health.proto
# Everything is under TsrmPstrp\Pec\, which composer.json maps to src/ (PSR-4).
mv "$tools/out/TsrmPstrp/Pec" src
rm -rf "$tools/out"
"$protoc" -I "$rpc" -I "$tools/protoc-$PROTOC_VERSION/include" --php_out=google-rpc \
  google/rpc/status.proto google/rpc/code.proto google/rpc/error_details.proto

# --- typed service clients (TsrmPstrp\Pec\V1\<Service>Client) over TsrmPstrp\Pec\Client\GrpcWebClient
# Read from the rpc lines of the protos (one rpc per line, as `buf format` writes them) and the
# comments above them.
for f in $pec_protos; do
  awk -v src="$f" -v outdir=src/V1 -v sq="'" '
    function flush_doc(indent,   i, s) {
      s = ""
      for (i = 1; i <= ndoc; i++) s = s indent " *" (doc[i] == "" ? "" : " " doc[i]) "\n"
      return s
    }
    /^[ \t]*\/\// {
      line = $0
      sub(/^[ \t]*\/\/ ?/, "", line)
      gsub(/\*\//, "*\\/", line)
      doc[++ndoc] = line
      next
    }
    /^package / {
      if ($2 != "pec.v1;") { print "generate.sh: unexpected package in " src > "/dev/stderr"; exit 1 }
    }
    /^service [A-Za-z0-9_]+ \{/ {
      svc = $2
      out = outdir "/" svc "Client.php"
      printf "<?php\n# Generated by clients/php/generate.sh from %s.  DO NOT EDIT!\n\n", src > out
      printf "namespace TsrmPstrp\\Pec\\V1;\n\nuse TsrmPstrp\\Pec\\Client\\GrpcWebClient;\n\n" > out
      printf "/**\n%s *\n * Calls pec.v1.%s over gRPC-Web (see TsrmPstrp\\Pec\\Client\\GrpcWebClient).\n */\n", flush_doc(""), svc > out
      printf "final class %sClient\n{\n", svc > out
      printf "    private GrpcWebClient $client;\n\n" > out
      printf "    public function __construct(GrpcWebClient $client)\n    {\n        $this->client = $client;\n    }\n" > out
      ndoc = 0
      next
    }
    svc != "" && /^[ \t]*rpc / {
      if (!match($0, /^[ \t]*rpc [A-Za-z0-9_]+\((stream )?[A-Za-z0-9_]+\) returns \((stream )?[A-Za-z0-9_]+\)/)) {
        print "generate.sh: cannot read rpc line in " src ": " $0 > "/dev/stderr"; exit 1
      }
      line = $0
      sub(/^[ \t]*rpc /, "", line)
      name = line; sub(/\(.*/, "", name)
      req = line; sub(/^[^(]*\(/, "", req); sub(/\).*/, "", req)
      res = line; sub(/.* returns \(/, "", res); sub(/\).*/, "", res)
      cstream = sub(/^stream /, "", req)
      sstream = sub(/^stream /, "", res)
      method = tolower(substr(name, 1, 1)) substr(name, 2)
      path = "/pec.v1." svc "/" name
      printf "\n    /**\n%s", flush_doc("    ") > out
      if (ndoc > 0) printf "     *\n" > out
      if (cstream && sstream) {
        printf "     * Bidirectional streaming is not available over gRPC-Web: use a native gRPC client.\n     */\n" > out
        ndoc = 0
        next
      }
      if (cstream) {
        printf "     * Client streaming: the messages are sent in one HTTP/1.1 request body.\n     *\n" > out
        printf "     * @param iterable<%s> $requests\n", req > out
      } else {
        printf "     * @param %s $request\n", req > out
      }
      printf "     * @param array<string, string|string[]> $metadata extra request headers\n" > out
      if (sstream) printf "     * @return %s[] every message of the stream (buffered)\n", res > out
      else printf "     * @return %s\n", res > out
      printf "     * @throws \\TsrmPstrp\\Pec\\Client\\GrpcException\n     */\n" > out
      if (cstream) {
        printf "    public function %s(iterable $requests, array $metadata = []): %s\n    {\n", method, res > out
        printf "        return $this->client->clientStreaming(%s%s%s, $requests, %s::class, $metadata);\n    }\n", sq, path, sq, res > out
      } else if (sstream) {
        printf "    public function %s(%s $request, array $metadata = []): array\n    {\n", method, req > out
        printf "        return $this->client->serverStreaming(%s%s%s, $request, %s::class, $metadata);\n    }\n", sq, path, sq, res > out
        printf "\n    /**\n     * %s, message by message: `$onMessage` gets each %s as it arrives and\n", method, res > out
        printf "     * returns false to stop (the call is cancelled, without an error); for streams that do\n" > out
        printf "     * not end by themselves.\n     *\n" > out
        printf "     * @param %s $request\n     * @param callable(%s): bool $onMessage\n", req, res > out
        printf "     * @param array<string, string|string[]> $metadata extra request headers\n" > out
        printf "     * @param float|null $timeout seconds; null: the client'"'"'s timeout; 0: none\n" > out
        printf "     * @throws \\TsrmPstrp\\Pec\\Client\\GrpcException\n     */\n" > out
        printf "    public function %sEach(%s $request, callable $onMessage, array $metadata = [], ?float $timeout = null): void\n    {\n", method, req > out
        printf "        $this->client->serverStreamingEach(%s%s%s, $request, %s::class, $onMessage, $metadata, $timeout);\n    }\n", sq, path, sq, res > out
      } else {
        printf "    public function %s(%s $request, array $metadata = []): %s\n    {\n", method, req, res > out
        printf "        return $this->client->unary(%s%s%s, $request, %s::class, $metadata);\n    }\n", sq, path, sq, res > out
      }
      ndoc = 0
      next
    }
    svc != "" && /^\}/ { printf "}\n", svc > out; close(out); svc = ""; ndoc = 0; next }
    { ndoc = 0 }
  ' "$proto/$f"
done
