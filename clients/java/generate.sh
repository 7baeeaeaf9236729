#!/usr/bin/env bash
# Regenerates the Java messages and gRPC stubs of proto/pec/v1 into src/main/java/org/tsrmpstrp/pec/v1.
# protoc and protoc-gen-grpc-java are fetched from Maven Central (through Maven) into .tools/.
set -euo pipefail

PROTOC_VERSION=4.33.5          # keep protobuf.version in pom.xml on the same major.minor
GRPC_JAVA_PLUGIN_VERSION=1.83.1 # newest whose linux-x86_64 executable Maven Central serves here
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1

HERE=$(cd "$(dirname "$0")" && pwd)
PROTO_DIR=$(cd "$HERE/../../proto" && pwd)
OUT="$HERE/src/main/java"
TOOLS="$HERE/.tools"

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) CLASSIFIER=linux-x86_64 ;;
  Linux-aarch64) CLASSIFIER=linux-aarch_64 ;;
  Darwin-x86_64) CLASSIFIER=osx-x86_64 ;;
  Darwin-arm64) CLASSIFIER=osx-aarch_64 ;;
  *) echo "generate.sh: unsupported platform $(uname -s)-$(uname -m)" >&2; exit 1 ;;
esac

PROTOC="$TOOLS/protoc-$PROTOC_VERSION-$CLASSIFIER.exe"
PLUGIN="$TOOLS/protoc-gen-grpc-java-$GRPC_JAVA_PLUGIN_VERSION-$CLASSIFIER.exe"
INCLUDE="$TOOLS/include-$PROTOC_VERSION"

mkdir -p "$TOOLS"
fetch() { # artifact coordinates
  (cd "$TOOLS" && mvn -B -q -Dstyle.color=never "$DEPENDENCY_PLUGIN:copy" -Dartifact="$1" -DoutputDirectory="$TOOLS")
}
[[ -x "$PROTOC" ]] || { fetch "com.google.protobuf:protoc:$PROTOC_VERSION:exe:$CLASSIFIER"; chmod +x "$PROTOC"; }
[[ -x "$PLUGIN" ]] || { fetch "io.grpc:protoc-gen-grpc-java:$GRPC_JAVA_PLUGIN_VERSION:exe:$CLASSIFIER"; chmod +x "$PLUGIN"; }
# The well-known types (google/protobuf/*.proto) ship inside protobuf-java, not with the executable.
if [[ ! -f "$INCLUDE/google/protobuf/timestamp.proto" ]]; then
  (cd "$TOOLS" && mvn -B -q -Dstyle.color=never "$DEPENDENCY_PLUGIN:unpack" \
    -Dartifact="com.google.protobuf:protobuf-java:$PROTOC_VERSION" \
    -Dmdep.unpack.includes='google/protobuf/*.proto' -DoutputDirectory="$INCLUDE")
fi

rm -rf "$OUT/org/tsrmpstrp/pec/v1"
mkdir -p "$OUT"
cd "$PROTO_DIR"
# Sorted, relative file names: the output never depends on this machine's paths or locale.
mapfile -t PROTOS < <(find pec -name '*.proto' | LC_ALL=C sort)
"$PROTOC" -I. -I"$INCLUDE" \
  --plugin=protoc-gen-grpc-java="$PLUGIN" \
  --java_out="$OUT" \
  --grpc-java_out="$OUT" \
  "${PROTOS[@]}"
echo "generated $(find "$OUT/org/tsrmpstrp/pec/v1" -name '*.java' | wc -l) files into clients/java/src/main/java/org/tsrmpstrp/pec/v1"
