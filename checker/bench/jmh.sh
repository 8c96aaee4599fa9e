#!/bin/sh
# Runs the JMH micro-benchmarks (checker/src/test/java/**/*Benchmark.java) from the repository
# root, which the benchmarks read specs/ from:
#   checker/bench/jmh.sh                          # all of them (a few minutes)
#   checker/bench/jmh.sh FingerprintSet -p size=1000000   # a regex, then any JMH option
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
mvn -q -DskipTests test-compile dependency:build-classpath -pl checker \
  -Dmdep.outputFile=target/jmh.classpath -Dmdep.includeScope=test
exec java -cp "checker/target/test-classes:checker/target/classes:$(cat checker/target/jmh.classpath)" \
  org.openjdk.jmh.Main "$@"
