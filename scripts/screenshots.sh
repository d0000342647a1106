#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png: starts the app under Xvfb on a fresh database (the demo
# shop), visits every screen through WebDriver and saves what the window shows.
# Needs what the end-to-end tests need (see scripts/prereqs.sh): xvfb, webkit2gtk-driver,
# tauri-driver.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
mkdir -p docs/screenshots
xvfb-run -a -s "-screen 0 1920x1080x24" \
  cargo test --test e2e_screenshots -- --ignored --nocapture --test-threads=1
ls -1 docs/screenshots/*.png
