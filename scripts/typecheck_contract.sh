#!/usr/bin/env bash
# Generates a contract into a scratch folder and type-checks the result against the built
# runtime: proof that a contract this package does not ship as a module still compiles.
# Usage: scripts/typecheck_contract.sh SPEC_FILE_OR_FOLDER MODULE_NAME
set -euo pipefail
cd "$(dirname "$0")/.."
spec="$1"; module="$2"
swift build --product specgen >/dev/null
swift build --target SpecGenRuntime >/dev/null
bin=$(swift build --show-bin-path)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$bin/specgen" generate --spec "$spec" --module "$module" --single-file "$out/$module.swift"
swiftc -typecheck -module-name "$module" -I "$bin/Modules" "$out/$module.swift"
echo "typecheck: $module from $spec compiles"
