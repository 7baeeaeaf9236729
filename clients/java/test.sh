#!/usr/bin/env bash
# Tests the Java client as an Ordine installs it, against a live pecd given by PECD_ADDR
# (plaintext host:port), PECD_ADMIN_KEY and PECD_ALBO_KEY. Maven fetches the dependencies into
# ~/.m2 (cached between runs); `mvn install` puts org.tsrmpstrp:pec-client there, as the README
# says. The consumer projects live in a temporary folder outside the repository, removed at the end.
#
# 1. Git form: a bare clone of this repository stands in for GitHub (which CI cannot reach); it
#    is cloned again (committed HEAD only), `mvn install` runs in its clients/java, and a fresh
#    Maven project that depends on the coordinates compiles and makes one real call.
# 2. Path form: `mvn install` in this folder, then a fresh Maven project that depends on the
#    coordinates compiles this folder's tests (src/test/java) against the installed jar and runs
#    them: the live walkthrough, plus the check that the classes come from the installed jar.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
for v in PECD_ADDR PECD_ADMIN_KEY PECD_ALBO_KEY; do
  if [[ -z "${!v:-}" ]]; then
    echo "test.sh: $v is not set (needs a live pecd)" >&2
    exit 1
  fi
done
command -v java >/dev/null || { echo "test.sh: java (17+) is not installed" >&2; exit 1; }
command -v mvn >/dev/null || { echo "test.sh: mvn is not installed" >&2; exit 1; }
command -v git >/dev/null || { echo "test.sh: git is not installed" >&2; exit 1; }

# The coordinates: the project's own <version> (the first one indented by two spaces).
version=$(sed -n 's|^  <version>\(.*\)</version>$|\1|p' "$here/pom.xml" | head -n1)
[[ -n "$version" ]] || { echo "test.sh: no <version> in pom.xml" >&2; exit 1; }
mvn=(mvn -B -q -Dstyle.color=never)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# A consumer's project: pec-client, JUnit, and grpc-services for the live test's health check.
write_project() { # <folder>
  mkdir -p "$1/src/test/java/example"
  cat >"$1/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example.ordine</groupId>
  <artifactId>ordine-app</artifactId>
  <version>1.0.0</version>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <maven.compiler.release>17</maven.compiler.release>
  </properties>
  <dependencyManagement>
    <dependencies>
      <!-- grpc-services brings protobuf-java-util 3.25.x: keep it on protobuf-java's 4.x. -->
      <dependency>
        <groupId>com.google.protobuf</groupId>
        <artifactId>protobuf-java-util</artifactId>
        <version>$(sed -n 's|.*<protobuf.version>\(.*\)</protobuf.version>.*|\1|p' "$here/pom.xml")</version>
      </dependency>
    </dependencies>
  </dependencyManagement>
  <dependencies>
    <dependency>
      <groupId>org.tsrmpstrp</groupId>
      <artifactId>pec-client</artifactId>
      <version>$version</version>
    </dependency>
    <dependency>
      <groupId>org.junit.jupiter</groupId>
      <artifactId>junit-jupiter</artifactId>
      <version>$(sed -n 's|.*<junit.version>\(.*\)</junit.version>.*|\1|p' "$here/pom.xml")</version>
      <scope>test</scope>
    </dependency>
    <dependency>
      <groupId>io.grpc</groupId>
      <artifactId>grpc-services</artifactId>
      <version>$(sed -n 's|.*<grpc.version>\(.*\)</grpc.version>.*|\1|p' "$here/pom.xml")</version>
      <scope>test</scope>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-resources-plugin</artifactId>
        <version>3.3.1</version>
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.13.0</version>
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-surefire-plugin</artifactId>
        <version>3.5.4</version>
        <configuration>
          <trimStackTrace>false</trimStackTrace>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
EOF
  # The consumer's first call: the classes must come from the installed jar, and a real call
  # (ListOrdini with the admin key) must succeed.
  cat >"$1/src/test/java/example/InstalledClientTest.java" <<EOF
package example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.ManagedChannel;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.tsrmpstrp.pec.client.PecClients;
import org.tsrmpstrp.pec.v1.ListOrdiniRequest;
import org.tsrmpstrp.pec.v1.ListOrdiniResponse;
import org.tsrmpstrp.pec.v1.RegistryServiceGrpc;

class InstalledClientTest {
  @Test
  void classesComeFromTheInstalledJarAndACallWorks() throws InterruptedException {
    String jar = PecClients.class.getProtectionDomain().getCodeSource().getLocation().toString();
    assertTrue(jar.endsWith("/org/tsrmpstrp/pec-client/$version/pec-client-$version.jar"), jar);
    ManagedChannel channel =
        PecClients.plaintextChannel(System.getenv("PECD_ADDR"), System.getenv("PECD_ADMIN_KEY"));
    try {
      ListOrdiniResponse res = RegistryServiceGrpc.newBlockingStub(channel)
          .withDeadlineAfter(10, TimeUnit.SECONDS)
          .listOrdini(ListOrdiniRequest.newBuilder().setPageSize(10).build());
      System.out.println("ListOrdini through the installed pec-client: " + res.getOrdiniCount() + " Ordini");
    } finally {
      channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
  }
}
EOF
}

# Prints Surefire's totals (Maven -q hides them) and fails on a failure, a skip or no test.
check_reports() { # <project folder> <label>
  local reports=("$1"/target/surefire-reports/TEST-*.xml)
  if [[ ! -e "${reports[0]}" ]]; then
    echo "test.sh: no Surefire report in $2 (the build failed before the tests ran)" >&2
    return 1
  fi
  local tests failures errors skipped
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
  echo "java ($2): $((tests - failures - errors - skipped)) passed, $((failures + errors)) failed, $skipped skipped"
  [[ $((failures + errors)) -eq 0 && $tests -gt 0 && $skipped -eq 0 ]]
}

echo "== git form: git clone, mvn install in clients/java, a fresh project" >&2
repo=$(git -C "$here" rev-parse --show-toplevel)
git clone --quiet --bare "$repo" "$tmp/pecd.git"
git clone --quiet "file://$tmp/pecd.git" "$tmp/pecd"
(cd "$tmp/pecd/clients/java" && "${mvn[@]}" install -DskipTests)
write_project "$tmp/app-git"
status=0
(cd "$tmp/app-git" && "${mvn[@]}" test) || status=$?
check_reports "$tmp/app-git" "git form" || exit 1
[[ $status -eq 0 ]] || exit 1

echo "== path form: mvn install in $here, the live tests in a fresh project" >&2
(cd "$here" && "${mvn[@]}" install -DskipTests)
write_project "$tmp/app-path"
cp -r "$here/src/test/java/." "$tmp/app-path/src/test/java/"
status=0
(cd "$tmp/app-path" && "${mvn[@]}" test) || status=$?
check_reports "$tmp/app-path" "path form, live suite" || exit 1
[[ $status -eq 0 ]] || exit 1
echo "test.sh: Java client passed (git form, path form with the live suite)" >&2
