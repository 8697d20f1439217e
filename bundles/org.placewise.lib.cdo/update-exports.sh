#!/usr/bin/env bash
# Rewrites the Export-Package header of META-INF/MANIFEST.MF from the jars in lib/ (run after
# pom.xml changes the CDO jars): every package with classes, except the javax.* ones the jars
# carry for their optional servlet and JMS transports. CDO's internal packages (a segment named
# "internal") are exported x-internal:=true, so bundles that use them get a discouraged-access
# warning and the exception is visible; OSGi still resolves them, as the store and server need.
# ModelBundleBoundaryTest (tests/org.placewise.model.tests) fails when the header is out of date.
set -euo pipefail
cd "$(dirname "$0")"
packages=$(for jar in lib/*.jar; do unzip -Z1 "$jar"; done | grep '\.class$' | sed 's|/[^/]*$||' | tr / . \
  | grep -v '^javax\.' | LC_ALL=C sort -u)
header=$(echo "$packages" | awk '{
  line = $0 ";version=\"4.7.0\""
  if ($0 ~ /\.internal(\.|$)/) line = line ";x-internal:=true"
  lines[NR] = line
} END {
  for (i = 1; i <= NR; i++) printf "%s%s%s\n", (i == 1 ? "Export-Package: " : " "), lines[i], (i < NR ? "," : "")
}')
manifest=META-INF/MANIFEST.MF
{ sed '/^Export-Package:/,$d' "$manifest"; echo "$header"; } > "$manifest.new"
mv "$manifest.new" "$manifest"
