#!/usr/bin/env python3
"""Makes a synthetic contract N times the size of a real one, for the scaling benchmark.

Usage: python3 scripts/make_large_contract.py SPEC.yaml N OUT.yaml

Every path, operation and definition is copied N times under new names (`Server` → `Server2`,
`Servers_Get` → `Servers2_Get`, `/flexibleServers/` → `/flexibleServers2/`), with local `$ref`s
renamed to match, so the copy has N times the operations and definitions and the same shape.
Cross-file `$ref`s are made absolute-relative to OUT's folder so they keep resolving.
"""
import copy
import os
import sys

import yaml


def rename(node, suffix, names):
    if isinstance(node, dict):
        result = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith("#/definitions/"):
                name = value[len("#/definitions/"):]
                result[key] = "#/definitions/" + (name + suffix if name in names else name)
            elif key == "operationId" and isinstance(value, str):
                group, _, member = value.partition("_")
                result[key] = group + suffix + ("_" + member if member else "")
            elif key == "x-ms-examples":
                continue
            else:
                result[key] = rename(value, suffix, names)
        return result
    if isinstance(node, list):
        return [rename(item, suffix, names) for item in node]
    return node


def rebase_refs(node, source_dir, out_dir):
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("$ref", "final-state-schema") and isinstance(value, str) and not value.startswith("#"):
                path, sep, pointer = value.partition("#")
                absolute = os.path.normpath(os.path.join(source_dir, path))
                node[key] = os.path.relpath(absolute, out_dir) + sep + pointer
            else:
                rebase_refs(value, source_dir, out_dir)
    elif isinstance(node, list):
        for item in node:
            rebase_refs(item, source_dir, out_dir)


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    source, factor, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(source, encoding="utf-8") as handle:
        spec = yaml.safe_load(handle)
    rebase_refs(spec, os.path.dirname(os.path.abspath(source)), os.path.dirname(os.path.abspath(out)))
    names = set(spec.get("definitions", {}))
    paths, definitions = dict(spec["paths"]), dict(spec.get("definitions", {}))
    for copy_index in range(2, factor + 1):
        suffix = str(copy_index)
        for path, item in spec["paths"].items():
            paths[path.replace("/flexibleServers", "/flexibleServers" + suffix, 1) + ("" if "/flexibleServers" in path else "/copy" + suffix)] = rename(copy.deepcopy(item), suffix, names)
        for name, schema in spec.get("definitions", {}).items():
            definitions[name + suffix] = rename(copy.deepcopy(schema), suffix, names)
    spec["paths"], spec["definitions"] = paths, definitions
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "w", encoding="utf-8") as handle:
        yaml.safe_dump(spec, handle, sort_keys=False, width=100000)
    print(f"{out}: {len(paths)} paths, {len(definitions)} definitions")


if __name__ == "__main__":
    main()
