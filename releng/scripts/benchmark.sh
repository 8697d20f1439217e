#!/usr/bin/env bash
# Runs the Placewise JMH benchmarks (tests/org.placewise.benchmarks) and prints every figure as a
# ratio to the baseline measured in the same run. Not part of the normal build or test run.
#
#   releng/scripts/benchmark.sh                      # everything (about 10 minutes on 2 cores)
#   releng/scripts/benchmark.sh CheckBenchmark       # one class (any JMH arguments work)
#   releng/scripts/benchmark.sh -p scale=place       # one scale only
#   PLACEWISE_BENCH_HEAP=0 releng/scripts/benchmark.sh ...   # skip the retained-heap measurement
#
# Results: tests/org.placewise.benchmarks/target/jmh-result.json (JMH), heap-result.json
# (retained heap) and benchmark-table.md (the tables printed at the end). See docs/performance.md.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd -P)
# shellcheck source=java.sh
. "$root/releng/scripts/java.sh"
placewise_find_java || exit 2
java="$JAVA_HOME/bin/java"
bench="$root/tests/org.placewise.benchmarks"
jar="$bench/target/benchmarks.jar"

echo "Building the benchmarks with $JAVA_HOME ..."
(cd "$root" && ./mvnw -q -f tests/org.placewise.benchmarks/pom.xml package)

cd "$bench"
# Fresh models every run, so they always match the current generator.
rm -rf target/benchmark-models target/jmh-result.json target/heap-result.json
echo "Generating the benchmark models (seed 1) ..."
"$java" -Xmx4g -cp "$jar" org.placewise.benchmarks.PrepareModels place region england

"$java" -jar "$jar" -rf json -rff target/jmh-result.json "$@"

if [ "${PLACEWISE_BENCH_HEAP:-1}" != "0" ]; then
  echo "Measuring retained heap (serial collector, fresh JVM) ..."
  "$java" -XX:+UseSerialGC -Xms1g -Xmx6g -cp "$jar" org.placewise.benchmarks.report.RetainedHeap \
    target/heap-result.json england
fi

echo
"$java" -cp "$jar" org.placewise.benchmarks.report.RatioTable target/jmh-result.json target/heap-result.json \
  | tee target/benchmark-table.md
