#!/usr/bin/env bash
# The speed targets of issue 18, measured in one run against OpenAPI Generator (swift6) on the
# same contract (PostgreSQL 2025-08-01), and a table saying whether each holds:
#   - generation as a process: specgen (static release binary) >= 50x faster than OpenAPI Generator;
#   - clean debug build of the whole generated module <= 0.6x the build of the peer's output;
#   - clean debug build of a 5-operation slice (`--include`) <= 25 % of the whole module's.
# Both modules are built the way an app builds them: in a package of their own that depends on
# this one as README says (`traits: []`, so no SwiftNIO in its graph). The module in this
# repository's own package (whose graph holds SwiftNIO, AsyncHTTPClient and the test targets) is
# measured beside them.
# Runtime instructions per call, the fourth target, are counted by Benchmarks/count_instructions.sh
# (callgrind) and compared with the figures of 2026-12-07 when COUNT_INSTRUCTIONS=1.
#
# Sets up everything it needs under .build-peers/ (git-ignored, kept between runs as a cache):
# OpenAPI Generator 7.26.0 from PyPI in a virtualenv (it runs with the system java), the peer's
# SwiftPM package generated from the contract, and two app packages that depend on this one for
# SpecGenRuntime: one holding the whole module, one the slice. The runs alternate between specgen
# and the peer so that both see the same machine (a shared VM drifts by 2x within the hour); the
# table gives medians.
# Timings only mean something on a quiet machine: the script prints the load and any compiler
# running before it starts.
#
# Usage: [GEN_RUNS=7] [BUILD_RUNS=3] [COUNT_INSTRUCTIONS=1] scripts/measure_targets.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
source scripts/lib/forget_module.sh
source scripts/lib/rebuild_module.sh

module=PostgreSQLFlexibleServers
spec=specs/specification/postgresql/resource-manager/Microsoft.DBforPostgreSQL/PostgreSQL/stable/2025-08-01/openapi.yaml
slice_operations=(Servers_Get Servers_ListByResourceGroup Databases_Get Databases_Create BackupsLongTermRetention_Start)
peer_version=7.26.0
peers="$root/.build-peers"
venv="$peers/openapi-generator-$peer_version"
peer_package="$peers/oag-swift6"
peer_target=OpenAPIClient
slice_package="$peers/slice"
app_package="$peers/app"
# Target names must be unique across the package graph, and the app packages depend on this one.
slice_module=PostgreSQLSlice
app_module=PostgreSQLApp
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
step() { echo "== $*" >&2; }

for tool in java python3 bc; do
  command -v "$tool" >/dev/null || { echo "error: $tool is needed (OpenAPI Generator runs on java 11 or later)" >&2; exit 1; }
done
load_before=$(uptime | sed 's/.*load average: //')
step "machine: $(nproc) cores, load average $load_before"
if busy=$(pgrep -af 'swift-frontend|swift-build|javac' | grep -v -e "$root" -e '<defunct>' | cut -c1-120); then
  echo "warning: other compilers are running; the timings below are not from a quiet machine:" >&2
  echo "$busy" | head -5 >&2
fi

step "specgen: release build, statically linked (README's install command)"
swift build -c release --static-swift-stdlib --product specgen --build-path "$root/.build-release" >/dev/null
specgen="$root/.build-release/release/specgen"
if ! "$specgen" generate --check >/dev/null 2>&1; then
  echo "warning: Generated/ is not what this specgen generates; run \`swift run specgen generate\`" >&2
fi

step "OpenAPI Generator $peer_version: virtualenv in ${venv#"$root"/}"
if [ ! -x "$venv/bin/openapi-generator-cli" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet "openapi-generator-cli==$peer_version"
fi
jar=$("$venv/bin/python" -c 'import os, openapi_generator_cli as m; print(os.path.join(os.path.dirname(m.__file__), "openapi-generator.jar"))')
# What the `openapi-generator-cli` wrapper runs, without the Python interpreter in front of it.
peer_generate() { java -jar "$jar" generate -g swift6 -i "$spec" -o "$1"; }
ours_generate() { "$specgen" generate --spec "$spec" --module "$module" --output "$1"; }

step "peer package: OpenAPI Generator's swift6 output in ${peer_package#"$root"/}"
# Generated again only when the contract or the peer's version changed: the set-up deletes and
# creates as few files as it can, since that slows the generation runs below (see there).
peer_stamp="$peer_version $(sha256sum "$spec" | cut -d' ' -f1)"
if [ "$(cat "$peer_package/.specgen-measure-stamp" 2>/dev/null)" != "$peer_stamp" ]; then
  rm -rf "$peer_package"
  peer_generate "$peer_package" >/dev/null  # its own Package.swift (library OpenAPIClient, no dependencies)
  echo "$peer_stamp" >"$peer_package/.specgen-measure-stamp"
fi

app_package_at() { # FOLDER MODULE DESCRIPTION [--include OPERATION]...: an app package holding one generated module
  local folder=$1 name=$2 description=$3
  shift 3
  # specgen rewrites only the files that change and removes the ones no longer generated.
  mkdir -p "$folder/Sources/$name"
  "$specgen" generate --spec "$spec" --module "$name" --output "$folder/Sources/$name" "$@" >/dev/null
  cat >"$folder/Package.swift" <<SWIFT
// swift-tools-version: 6.1
// Written by scripts/measure_targets.sh: $description, in a package of its own as an app holds it.
import PackageDescription

let package = Package(
    name: "$(basename "$folder")",
    platforms: [.macOS(.v13)],
    dependencies: [
        // As README advises an app that uses neither the mock server nor the AsyncHTTPClient transport.
        .package(name: "specgen", path: "$root", traits: []),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .target(
            name: "$name",
            dependencies: [
                .product(name: "SpecGenRuntime", package: "specgen"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
    ]
)
SWIFT
}

step "app packages: the whole module in ${app_package#"$root"/}, ${slice_operations[*]} in ${slice_package#"$root"/}"
app_package_at "$app_package" "$app_module" "the whole generated module"
includes=()
for operation in "${slice_operations[@]}"; do includes+=(--include "$operation"); done
app_package_at "$slice_package" "$slice_module" "the generated module cut to five operations" "${includes[@]}"

times_of() { # command...: "wall-seconds cpu-seconds" (user + system, children included)
  local TIMEFORMAT='%R %U %S'
  { time "$@" >/dev/null; } 2>&1 | awk '{ printf "%s %.3f\n", $1, $2 + $3 }'
}

count_swift() { # folder: "files lines"
  echo "$(find "$1" -name '*.swift' | wc -l) $(find "$1" -name '*.swift' -exec cat {} + | wc -l)"
}
read -r ours_files ours_lines < <(count_swift "$app_package/Sources")
read -r peer_files peer_lines < <(count_swift "$peer_package/Sources")
read -r slice_files slice_lines < <(count_swift "$slice_package/Sources")

step "generation as a process, alternating, ${GEN_RUNS:-7} runs each"
# Each run writes a folder of its own; they are removed after the last run. Deleting a run's few
# hundred files just before the next run creates as many makes ext4 skip the recently freed inodes
# on every creation: both tools then slow down run after run (ours 73 ms to 503 ms in seven runs),
# which measures the loop, not the generators.
# The same holds for the set-up above: it has just deleted the peer's and the slice's old folders
# (and the compiler its temporary files). ext4 without a journal (this machine's root) passes over
# every inode freed within the last dirty_expire_centisecs (30 s) when it allocates one (`perf`:
# `recently_deleted` was a third of a generation's samples right after the set-up, none 40 s later;
# ours 90-130 ms then, 60-70 ms after). So the runs start once that window has passed.
window=$(( $(cat /proc/sys/vm/dirty_expire_centisecs 2>/dev/null || echo 3000) / 100 + 5 ))
# The set-up's release build leaves hundreds of megabytes to write back; flushed now, that writing
# does not share the machine with the timed runs (both tools ran up to twice slower right after it).
step "flushing the set-up's writes, then waiting ${window} s for the inodes it freed to age (ext4 recently_deleted)"
sync
sleep "$window"
for run in $(seq "${GEN_RUNS:-7}"); do
  echo "ours $(times_of ours_generate "$results/out-ours-$run")" >>"$results/generate"
  echo "peer $(times_of peer_generate "$results/out-peer-$run")" >>"$results/generate"
  tail -2 "$results/generate" | tr '\n' ' ' | sed 's/^/   /' >&2; echo >&2
done
rm -rf "$results"/out-*

step "clean debug builds, alternating, ${BUILD_RUNS:-3} runs each (first a full build of each package)"
swift build --target "$module" >/dev/null
(cd "$peer_package" && swift build --target "$peer_target" >/dev/null)
(cd "$app_package" && swift build --target "$app_module" >/dev/null)
(cd "$slice_package" && swift build --target "$slice_module" >/dev/null)
for run in $(seq "${BUILD_RUNS:-3}"); do
  echo "ours $(rebuild_times "$app_package" "$app_module")" >>"$results/build"
  echo "peer $(rebuild_times "$peer_package" "$peer_target")" >>"$results/build"
  echo "slice $(rebuild_times "$slice_package" "$slice_module")" >>"$results/build"
  echo "repo $(rebuild_times "$root" "$module")" >>"$results/build"
  tail -4 "$results/build" | sed 's/^/   /' >&2
done

if [ "${COUNT_INSTRUCTIONS:-0}" = 1 ]; then
  step "runtime instructions per call (callgrind)"
  Benchmarks/count_instructions.sh >"$results/instructions"
fi

python3 - "$results" "$ours_files $ours_lines" "$peer_files $peer_lines" "$slice_files $slice_lines" \
  "$(date -u +%Y-%m-%d)" "$(nproc) cores, load average $load_before before the run and $(uptime | sed 's/.*load average: //') after" <<'PY'
import os, statistics, sys
folder, ours_size, peer_size, slice_size, day, machine = sys.argv[1:]

def samples(name):
    rows = {}
    for line in open(os.path.join(folder, name)):
        who, *values = line.split()
        rows.setdefault(who, []).append([float(v) for v in values])
    return rows

def median(rows, column=0):
    return statistics.median(row[column] for row in rows)

def spread(rows, column=0):
    values = sorted(row[column] for row in rows)
    return f"{values[0]:.2f}–{values[-1]:.2f}"

generate, build = samples("generate"), samples("build")
compiling = {who: [[wall - noop] for wall, cpu, noop in rows] for who, rows in build.items()}
table = []
ours_gen, peer_gen = median(generate["ours"]), median(generate["peer"])
table.append(("generate PostgreSQL 2025-08-01 as a process",
              f"{ours_gen * 1000:.1f} ms", f"{peer_gen:.2f} s", f"{peer_gen / ours_gen:.1f}× faster",
              "≥ 50× faster", peer_gen / ours_gen >= 50))
ours_gen_cpu, peer_gen_cpu = median(generate["ours"], 1), median(generate["peer"], 1)
table.append(("— CPU time of it (user + system; the JVM uses several threads)",
              f"{ours_gen_cpu * 1000:.1f} ms", f"{peer_gen_cpu:.2f} s", f"{peer_gen_cpu / ours_gen_cpu:.1f}×", "", None))
ours_build, peer_build = median(build["ours"]), median(build["peer"])
table.append((f"clean debug build, whole module in an app package (`swift build --target`)",
              f"{ours_build:.2f} s", f"{peer_build:.2f} s", f"{ours_build / peer_build:.2f}×", "≤ 0.6×",
              ours_build / peer_build <= 0.6))
ours_comp, peer_comp = median(compiling["ours"]), median(compiling["peer"])
table.append(("— the compiling alone (minus a no-op build: SwiftPM's planning)",
              f"{ours_comp:.2f} s", f"{peer_comp:.2f} s", f"{ours_comp / peer_comp:.2f}×", "", None))
ours_cpu, peer_cpu = median(build["ours"], 1), median(build["peer"], 1)
table.append(("— CPU time of the build (user + system; steadier under load)",
              f"{ours_cpu:.2f} s", f"{peer_cpu:.2f} s", f"{ours_cpu / peer_cpu:.2f}×", "", None))
repo_build, repo_comp, repo_cpu = median(build["repo"]), median(compiling["repo"]), median(build["repo"], 1)
table.append(("— in this repository's package (its graph: SwiftNIO, AsyncHTTPClient, test targets)",
              f"{repo_build:.2f} s", f"{peer_build:.2f} s", f"{repo_build / peer_build:.2f}×", "", None))
table.append(("— — the compiling alone; CPU time",
              f"{repo_comp:.2f} s; {repo_cpu:.2f} s", f"{peer_comp:.2f} s; {peer_cpu:.2f} s",
              f"{repo_comp / peer_comp:.2f}×; {repo_cpu / peer_cpu:.2f}×", "", None))
slice_build = median(build["slice"])
table.append(("clean debug build, 5-operation slice (`--include`)",
              f"{slice_build:.2f} s", f"whole module {ours_build:.2f} s", f"{100 * slice_build / ours_build:.0f} %",
              "≤ 25 %", slice_build / ours_build <= 0.25))
slice_comp = median(compiling["slice"])
table.append(("— the compiling alone",
              f"{slice_comp:.2f} s", f"whole module {ours_comp:.2f} s", f"{100 * slice_comp / ours_comp:.0f} %", "", None))
slice_cpu = median(build["slice"], 1)
table.append(("— CPU time of the build",
              f"{slice_cpu:.2f} s", f"whole module {ours_cpu:.2f} s", f"{100 * slice_cpu / ours_cpu:.0f} %", "", None))

print(f"\nspecgen against OpenAPI Generator 7.26.0 (swift6), {day}, {machine}")
print(f"sizes: ours {ours_size.split()[0]} files / {ours_size.split()[1]} lines; peer {peer_size.split()[0]} / {peer_size.split()[1]}; "
      f"slice {slice_size.split()[0]} / {slice_size.split()[1]}\n")
print("| figure | specgen | peer | ratio | target | holds |")
print("| --- | --- | --- | --- | --- | --- |")
for figure, ours, peer, ratio, target, holds in table:
    print(f"| {figure} | {ours} | {peer} | {ratio} | {target} | {'' if holds is None else ('yes' if holds else 'NO')} |")
print("\nraw seconds (min–max): generate ours", spread(generate["ours"]), "peer", spread(generate["peer"]),
      "| build ours", spread(build["ours"]), "peer", spread(build["peer"]), "slice", spread(build["slice"]),
      "repo", spread(build["repo"]))
for who in ("ours", "peer", "slice", "repo"):
    print(f"  {who} builds (wall cpu no-op):", "; ".join(" ".join(f"{v:.2f}" for v in row) for row in build[who]))

path = os.path.join(folder, "instructions")
if os.path.exists(path):
    # Instructions per call at 01fea0a (2026-12-07), before issue 18's changes to the generated code.
    baseline = {"validate": 6170, "body": 9012, "build": 29044, "http-request": 7860, "decode": 23420, "encode": 16193}
    print("\n| runtime path | instructions per call | before | change | ≤ +10 % |")
    print("| --- | --- | --- | --- | --- |")
    for line in open(path):
        name, rest = line.split(":", 1)
        count = int(rest.split()[0])
        before = baseline.get(name)
        if before:
            print(f"| {name} | {count} | {before} | {100 * (count - before) / before:+.1f} % | {'yes' if count <= 1.1 * before else 'NO'} |")
        else:
            print(f"| {name} | {count} | | | |")
PY
