#!/usr/bin/env bash
# Generates the fixture contracts (Tests/Fixtures/Contracts) with their example tests through the
# command plugin, checks the committed output is current, then compiles and tests them.
set -euo pipefail
cd "$(dirname "$0")/../Tests/Fixtures/Contracts"
swift package --allow-writing-to-package-directory generate-code --check
swift test
