#!/usr/bin/env bash
# Generates a module from every swagger file of the AutoRest test server
# (../shared/autorest-testserver/swagger, or AUTOREST_TESTSERVER_DIR) and type-checks each against
# the built runtime. Prints one line per failing file and a summary; exits 1 when any fails.
# Usage: scripts/check_testserver_contracts.sh [NAME...]   (names without .json; default: all)
set -uo pipefail
cd "$(dirname "$0")/.."
dir="${AUTOREST_TESTSERVER_DIR:-../shared/autorest-testserver}/swagger"
[ -d "$dir" ] || { echo "no test server swagger folder at $dir" >&2; exit 1; }
# SpecGenXML too: modules whose contract sends or answers XML import it.
swift build --product specgen >/dev/null && swift build --target SpecGenRuntime >/dev/null && swift build --target SpecGenXML >/dev/null || exit 1
bin=$(swift build --show-bin-path)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for file in "$dir"/*.json; do names+=("$(basename "$file" .json)"); done
fi
generated=0; compiled=0; failed=()
for name in "${names[@]}"; do
  module=$(echo "$name" | sed -E 's/(^|[-_.])([a-z0-9])/\U\2/g')
  if ! "$bin/specgen" generate --spec "$dir/$name.json" --module "$module" --single-file "$out/$module.swift" >"$out/$name.log" 2>&1; then
    failed+=("$name (generate)"); echo "generate failed: $name: $(grep -m1 error "$out/$name.log")"; continue
  fi
  generated=$((generated + 1))
  if swiftc -typecheck -swift-version 6 -module-name "$module" -I "$bin/Modules" "$out/$module.swift" >"$out/$name.swiftc" 2>&1; then
    compiled=$((compiled + 1))
  else
    failed+=("$name (compile)"); echo "compile failed: $name: $(grep -m1 'error:' "$out/$name.swiftc")"
  fi
done
echo "testserver contracts: ${#names[@]} files, $generated generate, $compiled compile"
[ ${#failed[@]} -eq 0 ]
