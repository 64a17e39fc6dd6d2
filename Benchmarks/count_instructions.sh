#!/usr/bin/env bash
# Instructions per call of each runtime hot path, counted by callgrind (repeatable, unlike
# wall-clock time on a shared VM): the run with N calls minus the run with none, divided by N.
# Usage: Benchmarks/count_instructions.sh [N]   (needs valgrind)
set -euo pipefail
cd "$(dirname "$0")"
calls="${1:-20000}"
swift build -c release --product Instructions >/dev/null
binary="$(swift build -c release --show-bin-path)/Instructions"
count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$binary" "$1" "$2" 2>&1 \
    | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
base=$(count build 0)
for path in validate body build http-request decode encode; do
  total=$(count "$path" "$calls")
  echo "$path: $(( (total - base) / calls )) instructions per call"
done
