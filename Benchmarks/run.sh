#!/usr/bin/env bash
# Runs the benchmarks (release build). Extra arguments go to `swift package benchmark`,
# e.g. `Benchmarks/run.sh --filter Decode`.
set -euo pipefail
cd "$(dirname "$0")"
python3 ../scripts/make_large_contract.py \
  ../specs/specification/postgresql/resource-manager/Microsoft.DBforPostgreSQL/PostgreSQL/stable/2025-08-01/openapi.yaml \
  10 .build-large/openapi10x.yaml
swift package --disable-sandbox benchmark "$@"
