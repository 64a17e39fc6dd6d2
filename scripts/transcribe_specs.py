#!/usr/bin/env python3
"""Transcribe the upstream Azure REST API JSON contracts into YAML under specs/.

Usage: python3 scripts/transcribe_specs.py SOURCE_ROOT [DEST_ROOT]

SOURCE_ROOT is a checkout (or partial copy) of Azure/azure-rest-api-specs; DEST_ROOT defaults to
specs/. Every contract file (any .json outside an `examples` folder) becomes a .yaml file at the
same relative path, with key order kept and cross-file `$ref`s renamed from .json to .yaml so they
keep resolving. Example files stay JSON, byte for byte, as upstream ships them.
"""
import json
import os
import shutil
import sys

import yaml


class KeepOrderDumper(yaml.SafeDumper):
    pass


def _represent_dict(dumper, data):
    return dumper.represent_mapping("tag:yaml.org,2002:map", data.items())


KeepOrderDumper.add_representer(dict, _represent_dict)


def rename_refs(node):
    """Points `$ref`s (and `final-state-schema`) at transcribed contract files (.yaml); refs into examples stay .json."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("$ref", "final-state-schema") and isinstance(value, str):
                path, sep, pointer = value.partition("#")
                if path.endswith(".json") and "/examples/" not in "/" + path:
                    node[key] = path[: -len(".json")] + ".yaml" + sep + pointer
            else:
                rename_refs(value)
    elif isinstance(node, list):
        for item in node:
            rename_refs(item)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    source = os.path.abspath(sys.argv[1])
    dest = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else "specs")
    count = 0
    for folder, _, files in sorted(os.walk(source)):
        for name in sorted(files):
            if not name.endswith(".json") or name.startswith("_"):
                continue
            src = os.path.join(folder, name)
            rel = os.path.relpath(src, source)
            if "examples" in rel.split(os.sep):
                target = os.path.join(dest, rel)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                shutil.copyfile(src, target)
                continue
            with open(src, encoding="utf-8") as handle:
                document = json.load(handle)
            rename_refs(document)
            target = os.path.join(dest, rel[: -len(".json")] + ".yaml")
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "w", encoding="utf-8") as handle:
                handle.write("# Transcribed from Azure/azure-rest-api-specs " + rel.replace(os.sep, "/") + " (MIT licence).\n")
                yaml.dump(document, handle, Dumper=KeepOrderDumper, sort_keys=False,
                          allow_unicode=True, width=100000, default_flow_style=False)
            count += 1
    print(f"transcribed {count} contract files into {dest}")


if __name__ == "__main__":
    main()
