#!/usr/bin/env bash
# Regenerates docs/documents/*.png (the README's "paper the customer holds") from the demo shop
# on a fixed day, through the command-line tool: the backorder notice of SO-1030 (a line partly
# ready, partly waiting), and the packing slip and shipped notice of SH-1040 (a parcel with
# units still to come). Pages at 80 dpi, as a reader sees them on screen.
# Issue 17: SO-1030 is Hannah Schmidt's (Freiburg), so her notice is German by default; the
# English pictures ask for English, and the notice is also drawn in German and Polish.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
cargo build -q -p stockroom-core --bin stockroom
bin="${CARGO_TARGET_DIR:-target}/debug/stockroom"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run() { "$bin" --db "$work/demo.sqlite3" --today 2026-12-01 "$@" >/dev/null; }
run init --demo
run print notice SO-1030 --language en -o "$work/notice.pdf"
run print notice SO-1030 -o "$work/notice-de.pdf"
run print notice SO-1030 --language pl -o "$work/notice-pl.pdf"
run print slip SH-1040 --language en -o "$work/slip.pdf"
run print shipped SH-1040 --language en -o "$work/shipped.pdf"
for doc in notice notice-de notice-pl slip shipped; do
  pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$work/$doc.pdf" "docs/documents/$doc"
done
ls -1 docs/documents/*.png
