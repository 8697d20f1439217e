#!/usr/bin/env bash
# Regenerates the EMF model and edit code (bundles/org.placewise.model{,.edit}/src-gen and their
# plugin.properties; plugin.xml is merged) from bundles/org.placewise.model/model/placewise.genmodel.
# Uses the Maven wrapper at the repository root when there is one, else `mvn`, with a JDK 21+.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
# shellcheck source=java.sh
. "$root/releng/scripts/java.sh"
placewise_find_java
if [ -x "$root/mvnw" ]; then mvn=("$root/mvnw"); else mvn=(mvn); fi
"${mvn[@]}" -q -B -f "$root/releng/org.placewise.codegen/pom.xml" compile exec:java \
  -Dplacewise.root="$root" -Dexec.cleanupDaemonThreads=false
