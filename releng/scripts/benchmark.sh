#!/usr/bin/env bash
# Runs the Placewise JMH benchmarks (tests/org.placewise.benchmarks) and prints every figure as a
# ratio to the baseline measured in the same run. Not part of the normal build or test run.
#
#   releng/scripts/benchmark.sh                      # everything (about 10 minutes on 2 cores)
#   releng/scripts/benchmark.sh CheckBenchmark       # one class (any JMH arguments work)
#   releng/scripts/benchmark.sh -p scale=place       # one scale only
#   PLACEWISE_BENCH_HEAP=0 releng/scripts/benchmark.sh ...   # skip the retained-heap measurement
#   releng/scripts/benchmark.sh repository           # repository commit/read, H2 vs in-memory (region, ~5 min)
#   releng/scripts/benchmark.sh repository --scale region,england --rounds 3 --warmup 1
#   releng/scripts/benchmark.sh workbench            # the workbench on England under Xvfb (~10 minutes)
#   releng/scripts/benchmark.sh many-measures        # 50k..1M measures on one outcome, open and check (~10 min)
#   releng/scripts/benchmark.sh many-measures 100000 1000000 --rounds 3 --plain-up-to 100000
#   PLACEWISE_BENCH_HEAP_OPTS="-Xms14g -Xmx14g -Xmn10g" releng/scripts/benchmark.sh many-measures  # no GC in a load
#
# Results: tests/org.placewise.benchmarks/target/jmh-result.json (JMH), heap-result.json
# (retained heap) and benchmark-table.md (the tables printed at the end). See docs/performance.md.
# The repository benchmark writes target/repository-table.md; see docs/performance-repository.md.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd -P)
# shellcheck source=java.sh
. "$root/releng/scripts/java.sh"
placewise_find_java || exit 2
java="$JAVA_HOME/bin/java"
bench="$root/tests/org.placewise.benchmarks"
jar="$bench/target/benchmarks.jar"

if [ "${1:-}" = "workbench" ]; then
  # Not JMH: the real workbench in the UI test harness (tests/org.placewise.ui.tests, WorkbenchBenchmark) opens a
  # national model, so it needs a display (Xvfb when there is none). Figures are printed as ratios to the engine's
  # headless load and full check of the same file, measured in the same JVM.
  # the harness generates England (as `placewise generate --scale england --seed 1`) when the file is not there
  model="${PLACEWISE_BENCHMARK_MODEL:-$root/tests/org.placewise.ui.tests/target/benchmark-models/england.placewise}"
  run=(./mvnw -o -B -q verify -Dformatter.skip=true -Dtest=WorkbenchBenchmark -Dsurefire.failIfNoSpecifiedTests=false
    -pl features/org.placewise.core.feature,features/org.placewise.ui.feature,tests/org.placewise.ui.tests -am)
  if [ -z "${DISPLAY:-}" ]; then run=(xvfb-run -a -s "-screen 0 1600x1000x24" "${run[@]}"); fi
  (cd "$root" && PLACEWISE_BENCHMARK_MODEL="$model" "${run[@]}")
  echo
  cat "$root/tests/org.placewise.ui.tests/target/workbench-benchmark.md"
  exit 0
fi

echo "Building the benchmarks with $JAVA_HOME ..."
(cd "$root" && ./mvnw -q -f tests/org.placewise.benchmarks/pom.xml package)

cd "$bench"
if [ "${1:-}" = "repository" ]; then
  shift
  # Not JMH: each run is seconds, so a main with repeated single-shot rounds (RepositoryBenchmark).
  # Fresh models, generated on demand for the scales asked for only.
  rm -rf target/benchmark-models
  exec "$java" -Xmx8g -cp "$jar" org.placewise.benchmarks.repository.RepositoryBenchmark "$@"
fi
if [ "${1:-}" = "many-measures" ]; then
  shift
  # Not JMH: single shots of seconds (ManyMeasuresBenchmark); writes target/many-measures-table.md.
  rm -rf target/benchmark-models
  # PLACEWISE_BENCH_HEAP_OPTS replaces the heap settings, e.g. "-Xms14g -Xmx14g -Xmn10g": a young generation larger
  # than what one open allocates, so that no collection runs during a load (docs/performance.md).
  # shellcheck disable=SC2086
  exec "$java" ${PLACEWISE_BENCH_HEAP_OPTS:--Xms2g -Xmx12g} -cp "$jar" org.placewise.benchmarks.model.ManyMeasuresBenchmark "$@"
fi
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
