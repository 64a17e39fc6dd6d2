#!/usr/bin/env bash
# Clean debug compile time of the generated module alone, and its size.
# Builds everything once, then deletes only that module's products (object files, swiftmodule,
# swiftdeps; SwiftPM's output-file-map stays) and times rebuilding that one target, 3 times,
# with and without SwiftPM's own planning time.
# With a peer (another package's directory and target, e.g. OpenAPI Generator's output), the runs
# alternate between the two, so that both see the same machine: on a shared VM the speed drifts
# by 2x within an hour.
# Usage: [RUNS=3] scripts/measure_compile_time.sh [ModuleName] [PEER_PACKAGE_DIR PEER_TARGET]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
source scripts/lib/forget_module.sh
source scripts/lib/rebuild_module.sh
module="${1:-PostgreSQLFlexibleServers}"
peer_dir="${2:-}"
peer_target="${3:-}"

describe() { # package-dir sources-dir name
  local lines files
  lines=$(find "$2" -name '*.swift' -exec cat {} + | wc -l)
  files=$(find "$2" -name '*.swift' | wc -l)
  echo "$3: $files files, $lines lines of Swift"
}

# The whole `swift build` of the target, and the part of it that is compiling (minus SwiftPM's
# planning: see scripts/lib/rebuild_module.sh).
rebuild() { # package-dir target
  local build noop
  read -r build noop < <(rebuild_seconds "$1" "$2")
  echo "$2: $build s (no-op build after it: $noop s; compiling: $(echo "$build - $noop" | bc) s)"
}

swift build --target "$module" >/dev/null
describe "$root" "Generated/$module" "$module"
if [ -n "$peer_dir" ]; then
  (cd "$peer_dir" && swift build --target "$peer_target" >/dev/null)
  describe "$peer_dir" "$peer_dir/Sources" "$peer_target"
fi
for run in $(seq "${RUNS:-3}"); do
  rebuild "$root" "$module"
  if [ -n "$peer_dir" ]; then rebuild "$peer_dir" "$peer_target"; fi
done
