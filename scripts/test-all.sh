#!/usr/bin/env bash
# Runs every test: a real print through CUPS, then the core's unit, property and integration
# tests, the CLI tests, and the end-to-end tests in the real WebKit window under Xvfb.
# Installs what the tests need first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/prereqs.sh --test
export PATH="$HOME/.cargo/bin:$PATH"

# Print a packing slip through CUPS to a virtual PDF printer and check what came out
# (starts cupsd when it is not running; needs root for lpadmin).
bash .ci/print-test.sh

# All cargo tests. The end-to-end tests open real windows, so the run gets a virtual display.
# --no-fail-fast: one failing test binary never hides the others (issue 15).
xvfb-run -a -s "-screen 0 1280x800x24" cargo test --workspace --locked --no-fail-fast
