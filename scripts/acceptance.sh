#!/usr/bin/env bash
# Acceptance against AutoRest's test server through generated clients: generates a module from each
# swagger file in Tests/Acceptance/covered.txt, builds and runs Tests/Acceptance, then checks the
# server's own count: every scenario of a covered file must be hit or listed, with its reason, in
# Tests/Acceptance/known-gaps.tsv. With AUTOREST_TESTSERVER_URL set, that server is used as it is;
# otherwise ../shared/autorest-testserver is set up, started on a free port, and stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
server_dir="${AUTOREST_TESTSERVER_DIR:-$root/../shared/autorest-testserver}"
acceptance="$root/Tests/Acceptance"

swift build --product specgen >/dev/null
specgen="$(swift build --show-bin-path)/specgen"

# 1. One module per covered swagger file (a build product: Generated/ is git-ignored).
rm -rf "$acceptance/Generated"
mapfile -t covered < <(grep -v '^#' "$acceptance/covered.txt" | sed '/^$/d' | cut -f1)
for name in "${covered[@]}"; do
  module=$(echo "$name" | sed -E 's/(^|[-_.])([a-zA-Z0-9])/\U\2/g')
  "$specgen" generate --spec "$server_dir/swagger/$name.json" --module "$module" --output "$acceptance/Generated/$module" >/dev/null
done


# 2. The server: the one given, or our own on a free port.
started=""
if [ -z "${AUTOREST_TESTSERVER_URL:-}" ]; then
  "$server_dir/setup.sh" >/dev/null
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  export ATS_LOG_LEVEL=warn
  "$server_dir/start.sh" "$port" >/dev/null
  started="$port"
  trap '"$server_dir/stop.sh" "$started" >/dev/null' EXIT
  export AUTOREST_TESTSERVER_URL="http://127.0.0.1:$port"
fi
port="${AUTOREST_TESTSERVER_URL##*:}"; port="${port%%/*}"

# 3. The tests, through the generated clients only.
status=0
# The manifest lists Generated/, which SwiftPM's manifest cache cannot see change: no cache.
if (cd "$acceptance" && swift build --build-tests --manifest-cache none > .build.log 2>&1); then
  (cd "$acceptance" && swift test --skip-build --manifest-cache none --skip LargeDownloadTests) || status=1
  # The 3 000 MiB download measures the process's peak memory: alone, after the others.
  (cd "$acceptance" && swift test --skip-build --manifest-cache none --filter LargeDownloadTests) || status=1
else
  grep -E "error:" "$acceptance/.build.log" | sort -u | head -40
  echo "acceptance: the acceptance package does not build (log: Tests/Acceptance/.build.log)"
  status=1
fi

# 4. The server's count of the covered files' scenarios; a miss must be a declared gap.
"$server_dir/report.sh" "$port" --list > "$acceptance/.report.tsv"
"$server_dir/tools/swagger-map.sh" --json 2>/dev/null > "$acceptance/.swagger-map.json"
python3 - "$acceptance" <<'PY' || status=1
import json, sys
folder = sys.argv[1]
rows = {row["file"]: row for row in json.load(open(folder + "/.swagger-map.json"))["rows"]}
covered = [line.rstrip("\n").split("\t") for line in open(folder + "/covered.txt")
           if line.strip() and not line.startswith("#")]
hits = {}
for line in open(folder + "/.report.tsv"):
    parts = line.rstrip("\n").split("\t")
    if len(parts) == 3 and parts[1].isdigit():
        hits[parts[2]] = hits.get(parts[2], 0) + int(parts[1])
gaps = {}
for line in open(folder + "/known-gaps.tsv"):
    if line.strip() and not line.startswith("#"):
        name, _, reason = line.rstrip("\n").partition("\t")
        gaps[name] = reason
undeclared = []
per_part = {}
for name, part in covered:
    scenarios = rows[name + ".json"]["scenarioNames"]
    done = [s for s in scenarios if hits.get(s, 0) > 0]
    per_part.setdefault(part, set()).update(scenarios)
    print(f"acceptance: {name}: {len(done)}/{len(scenarios)}")
    undeclared += [f"{name}: {s}" for s in scenarios if hits.get(s, 0) == 0 and s not in gaps]
# The server counts a scenario once, whichever file's client hits it (multiapi-* and *.quirks
# files share scenarios); so do these figures.
everything = set().union(*per_part.values())
for part, scenarios in sorted(per_part.items()) + [("all parts", everything)]:
    hit = sum(1 for s in scenarios if hits.get(s, 0) > 0)
    missed = sorted(s for s in scenarios if hits.get(s, 0) == 0)
    print(f"acceptance: {part}: {hit}/{len(scenarios)} scenarios hit ({100.0 * hit / max(len(scenarios), 1):.1f} %)"
          + (f", not hit: {', '.join(missed)}" if missed and part != "all parts" else ""))
print(f"acceptance: {len(covered)} files, {len(gaps)} declared gaps")
for miss in undeclared:
    print("acceptance: not hit and not a declared gap: " + miss)
sys.exit(1 if undeclared else 0)
PY
exit $status
