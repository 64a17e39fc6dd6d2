#!/usr/bin/env bash
# Builds and tests the fixture package that uses specgen's plugins (Tests/Fixtures/PluginConsumer):
# the build-tool plugin generates a module during `swift build`; the command plugin keeps the
# committed one up to date (it must rewrite a damaged file exactly as committed).
set -euo pipefail
cd "$(dirname "$0")/../Tests/Fixtures/PluginConsumer"
swift package --allow-writing-to-package-directory generate-code --check
model=Generated/PetstoreCommitted/Models/Pet.swift
echo "// damaged" >> "$model"
if swift package --allow-writing-to-package-directory generate-code --check >/dev/null 2>&1; then
  echo "generate-code --check did not notice a damaged file" >&2; exit 1
fi
swift package --allow-writing-to-package-directory generate-code
git diff --exit-code -- Generated
swift test
# The fixture depends on specgen with `traits: []`, as README advises an app that uses neither the
# mock server nor the AsyncHTTPClient transport: SwiftNIO's packages must then stay out of its graph.
graph=$(swift package show-dependencies --format flatlist)
if grep -Eq 'swift-nio|async-http-client' <<<"$graph"; then
  echo "specgen with traits: [] still brings SwiftNIO or AsyncHTTPClient into the graph:" >&2
  echo "$graph" >&2; exit 1
fi
