#!/usr/bin/env bash
# Opt-in compatibility run over real contracts: generates and type-checks every Swagger 2.0 file
# under DIR (excluding examples). Usage: scripts/compat.sh DIR
set -uo pipefail
cd "$(dirname "$0")/.."
dir="$1"
passed=0; failed=0
while IFS= read -r -d '' spec; do
  head -c 4096 "$spec" | grep -q swagger || continue
  if scripts/typecheck_contract.sh "$spec" Compat >/dev/null 2>&1; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "failed: $spec"; fi
done < <(find "$dir" \( -name '*.json' -o -name '*.yaml' \) -not -path '*/examples/*' -print0 | sort -z)
echo "compat: $passed contracts compile, $failed fail"
