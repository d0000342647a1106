#!/usr/bin/env bash
# Installs the prerequisites, then builds and opens Stockroom. On first start the app creates
# its database and loads the demo shop.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/prereqs.sh
exec cargo run --release --bin stockroom-app
