#!/usr/bin/env bash
# Where the generated module's LLVM IR goes, by kind of function (value witnesses such as
# assignWithCopy, synthesized ==, getters, init, validate...), and its largest functions.
# LLVM is most of a debug build, so this shows what a change to the generated code costs it.
# Compiles the module's sources in one process (-wmo, -Onone, no debug info) to textual IR.
# Usage: scripts/ir_breakdown.sh [ModuleName] [how many kinds to list]
set -euo pipefail
cd "$(dirname "$0")/.."
module="${1:-PostgreSQLFlexibleServers}"
top="${2:-25}"
swift build --target "$module" >/dev/null
modules="$(swift build --show-bin-path)/Modules"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
find "Generated/$module" -name '*.swift' | sort >"$work/sources"
swiftc -emit-ir -Onone -parse-as-library -wmo -module-name "$module" -I "$modules" \
  $(cat "$work/sources") -o "$work/module.ll"
python3 - "$work/module.ll" "$top" <<'PY'
import collections, re, subprocess, sys
path, top = sys.argv[1], int(sys.argv[2])
sizes, name = {}, None
for line in open(path):
    if line.startswith('define '):
        name = re.search(r'@("?[^(" ]+"?)\(', line).group(1).strip('"')
        sizes[name] = 0
    elif name and line.startswith('}'):
        name = None
    elif name and line.startswith('  ') and not line.lstrip().startswith(';'):
        sizes[name] += 1
names = list(sizes)
demangled = subprocess.run(['swift', 'demangle', '--simplified'], input='\n'.join(names),
                           capture_output=True, text=True).stdout.split('\n')
kinds, counts = collections.Counter(), collections.Counter()
kind_pattern = re.compile(r'(assignWithCopy|assignWithTake|initializeWithCopy|initializeWithTake|destroy|'
                          r'initializeBufferWithCopyOfBuffer|getEnumTagSinglePayload|storeEnumTagSinglePayload|'
                          r'outlined [a-z ]+? of|lazy protocol witness table accessor|protocol witness for [A-Za-z.]+)')
for mangled, readable in zip(names, demangled):
    match = kind_pattern.match(readable)
    if match:
        kind = match.group(1)
    elif '__derived_struct_equals' in readable or '__derived_enum_equals' in readable:
        kind = 'synthesized =='
    else:  # the member's own name: getter, init, validate, makeRequest, hash(into:)...
        kind = re.sub(r'^.*\.(\w+)(\(.*)?$', r'\1', readable.split(' in ')[0])[:40]
    kinds[kind] += sizes[mangled]
    counts[kind] += 1
total = sum(sizes.values())
print(f"{total} IR instructions in {len(sizes)} functions")
for kind, size in kinds.most_common(top):
    print(f"{size:9d} {100 * size / total:5.1f}% {counts[kind]:6d} functions  {kind}")
print("largest functions:")
for mangled, readable in sorted(zip(names, demangled), key=lambda pair: -sizes[pair[0]])[:10]:
    print(f"{sizes[mangled]:9d}  {readable[:120]}")
PY
