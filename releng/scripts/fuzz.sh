#!/usr/bin/env bash
# The long fuzzing campaign (issue 19): mutated model files, CSV and XLSX imports and command-line arguments, fed
# to the code that reads them, for a while, with a new seed. Anything but a plain refusal is a crash; each crash's
# input is kept in tests/org.placewise.cli.tests/fuzz-corpus/regressions/ (with a .txt note), where the replay in
# every test run (FuzzReplayTest) runs it from then on. Exit code non-zero when a crash was found.
#
#   releng/scripts/fuzz.sh                 # 10 minutes, seed from the clock
#   releng/scripts/fuzz.sh 3600            # an hour
#   releng/scripts/fuzz.sh 600 1234        # replay a campaign: the same seed gives the same mutants
#
# The short, fixed-seed campaign and the corpus replay run in ./test (FuzzReplayTest). See docs/reliability.md.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd -P)
# shellcheck source=java.sh
. "$root/releng/scripts/java.sh"
placewise_find_java || exit 2

seconds=${1:-600}
seed=${2:-$(date +%s)}
case "$seconds$seed" in *[!0-9]*) echo "usage: fuzz.sh [SECONDS] [SEED]" >&2; exit 2 ;; esac

echo "Fuzzing for $seconds s with seed $seed (the run itself starts after the build) ..."
cd "$root"
# The campaign is a test that only runs when PLACEWISE_FUZZ_SECONDS is set; the surefire limit is raised to match.
status=0
PLACEWISE_FUZZ_SECONDS="$seconds" PLACEWISE_FUZZ_SEED="$seed" \
  ./mvnw -o -B -q verify -pl tests/org.placewise.cli.tests -am -Dformatter.skip=true \
  -Dtest=FuzzCampaignTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtycho.surefire.timeout=$((seconds + 900)) || status=$?
echo "Campaign with seed $seed finished; crashes (if any) are in tests/org.placewise.cli.tests/fuzz-corpus/regressions/."
exit $status
