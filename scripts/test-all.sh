#!/usr/bin/env bash
# Runs every test: the core's unit, property and integration tests, the CLI tests, the
# end-to-end tests in the real WebKit window under Xvfb, and the CUPS print test.
# Installs what the tests need first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/prereqs.sh --test
export PATH="$HOME/.cargo/bin:$PATH"

# All cargo tests. The end-to-end tests open real windows, so the run gets a virtual display.
xvfb-run -a -s "-screen 0 1280x800x24" cargo test --workspace --locked

# Print a packing slip through CUPS to a virtual PDF printer and check what came out.
if [[ -f .ci/print-test.sh ]]; then
  bash .ci/print-test.sh
fi
