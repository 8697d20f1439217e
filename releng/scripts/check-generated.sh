#!/usr/bin/env bash
# Fails (exit 1) when the generated EMF code is not exactly what the genmodel generates.
# 1. Regenerates into the work tree and compares with a snapshot taken just before: any file that
#    changed, appeared or disappeared means the ecore/genmodel and src-gen disagree, or generated
#    code was edited by hand (regeneration restores it; the snapshot shows what was lost).
# 2. Asks git whether the regenerated files differ from the commit (`git status --porcelain`): this
#    is what CI sees in a fresh clone. Skipped locally when generated files already had uncommitted
#    changes before the run (you regenerated and have not committed yet).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
cd "$root"
generated=(bundles/org.placewise.model/src-gen bundles/org.placewise.model.edit/src-gen
  bundles/org.placewise.model/plugin.xml bundles/org.placewise.model/plugin.properties
  bundles/org.placewise.model.edit/plugin.xml bundles/org.placewise.model.edit/plugin.properties)
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  echo "check-generated: $root is not a git work tree; cannot compare generated code." >&2
  exit 1
fi
snapshot=$(mktemp -d)
trap 'rm -rf "$snapshot"' EXIT
for path in "${generated[@]}"; do
  if [ -e "$path" ]; then mkdir -p "$snapshot/$(dirname "$path")"; cp -a "$path" "$snapshot/$path"; fi
done
dirty_before=$(git status --porcelain -- "${generated[@]}")

releng/scripts/generate-model.sh

failed=0
drift=""
for path in "${generated[@]}"; do
  if [ -e "$path" ] || [ -e "$snapshot/$path" ]; then
    drift+=$(diff -rq "$snapshot/$path" "$path" 2>&1 | sed "s|$snapshot/||g" || true)
  fi
done
if [ -n "$drift" ]; then
  printf 'Generated EMF code did not match the genmodel; regenerating changed:\n%s\n' "$drift" >&2
  failed=1
fi
if [ -z "$dirty_before" ] || [ "${CI:-}" = "true" ]; then
  changes=$(git status --porcelain -- "${generated[@]}")
  if [ -n "$changes" ]; then
    printf 'Regenerated EMF code differs from the commit (M = modified, ?? = new, D = deleted):\n%s\n' "$changes" >&2
    failed=1
  fi
else
  echo "check-generated: generated files have uncommitted changes; compared with the work tree only."
fi
if [ "$failed" -ne 0 ]; then
  cat >&2 <<'MSG'
Run releng/scripts/generate-model.sh after changing an .ecore or the .genmodel and commit the result;
never edit src-gen by hand (hand-written code belongs in src/).
MSG
  exit 1
fi
echo "Generated EMF code matches the genmodel."
