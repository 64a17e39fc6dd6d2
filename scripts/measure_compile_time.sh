#!/usr/bin/env bash
# Clean debug compile time of the generated module alone, and its size.
# Builds everything once, then deletes only that module's products (object files, swiftmodule,
# swiftdeps; SwiftPM's output-file-map stays) and times rebuilding that one target, 3 times.
# Usage: scripts/measure_compile_time.sh [ModuleName]
set -euo pipefail
cd "$(dirname "$0")/.."
module="${1:-PostgreSQLFlexibleServers}"
swift build --target "$module" >/dev/null
bin=$(swift build --show-bin-path)
lines=$(find "Generated/$module" -name '*.swift' -exec cat {} + | wc -l)
files=$(find "Generated/$module" -name '*.swift' | wc -l)
echo "$module: $files files, $lines lines of generated Swift"
for run in 1 2 3; do
  find "$bin/$module.build" -type f \( -name '*.o' -o -name '*.swiftdeps' -o -name '*.d' -o -name '*.swiftdoc' \) -delete
  rm -rf "$bin/Modules/$module.swiftmodule" "$bin/$module.swiftmodule"
  start=$(date +%s.%N)
  swift build --target "$module" >/dev/null
  end=$(date +%s.%N)
  echo "run $run: $(echo "$end - $start" | bc) s"
done
