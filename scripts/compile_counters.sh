#!/usr/bin/env bash
# The compiler's own counters for a clean debug build of the generated module: LLVM IR
# instructions and functions, SIL functions, type-checker constraint scopes. Unlike seconds they
# are the same on every run, so they show what a change to the generated code costs the compiler.
# Uses its own build folder (.build-counters) because the flags differ from a normal build.
# Usage: scripts/compile_counters.sh [ModuleName]
set -euo pipefail
cd "$(dirname "$0")/.."
module="${1:-PostgreSQLFlexibleServers}"
stats=$(mktemp -d)
trap 'rm -rf "$stats"' EXIT
scratch=.build-counters
source scripts/lib/forget_module.sh
forget_module "$scratch/debug" "$module"
swift build --scratch-path "$scratch" --target "$module" \
  -Xswiftc -Xfrontend -Xswiftc -stats-output-dir -Xswiftc -Xfrontend -Xswiftc "$stats" >"$stats/build.log" 2>&1 \
  || { cat "$stats/build.log" >&2; exit 1; }
python3 - "$stats" "$module" <<'PY'
import glob, json, sys
folder, module = sys.argv[1], sys.argv[2]
keys = ["IRModule.NumIRInsts", "IRModule.NumIRFunctions", "SILModule.NumSILGenFunctions", "Sema.NumConstraintScopes"]
totals = dict.fromkeys(keys, 0)
for path in glob.glob(f"{folder}/*-{module}-*.json"):
    with open(path) as file:
        counters = json.load(file)
    for key in keys:
        totals[key] += counters.get(key, 0)
for key in keys:
    print(f"{key}: {totals[key]}")
PY
