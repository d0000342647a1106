#!/usr/bin/env bash
# A real print through the operating system (issue 4): start CUPS, add a CUPS-PDF printer,
# print a packing slip with `stockroom print slip ... --printer PDF`, wait for the printed
# file in $HOME/PDF/ and check its text. Exits non-zero on any failure.
# Needs root (cupsd, lpadmin) and apt: cups printer-driver-cups-pdf poppler-utils zbar-tools.
#
# What is checked in the printed file: CUPS-PDF rewrites the job through PostScript and
# Ghostscript; the virtual printer is set to render through pdftocairo so the text layer
# survives. The script checks the printed text with pdftotext, decodes the printed page's
# Code 128 barcode (zbarimg), which must be the shipment number, and compares the printed
# page with the PDF sent.
set -euo pipefail
cd "$(dirname "$0")/.."
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export PATH="$HOME/.cargo/bin:$PATH"

if ! command -v cupsd >/dev/null || [ ! -e /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd ] || ! command -v pdftotext >/dev/null || ! command -v zbarimg >/dev/null; then
  $sudo apt-get -o DPkg::Lock::Timeout=600 install -y cups printer-driver-cups-pdf poppler-utils zbar-tools imagemagick >/dev/null
fi

started_cupsd=""
cleanup() {
  if [ -n "$started_cupsd" ]; then kill "$started_cupsd" 2>/dev/null || true; fi
  rm -rf "${work:-}"
}
trap cleanup EXIT

# lpstat -r exits 0 even when the scheduler is down: read what it says.
if ! lpstat -r 2>/dev/null | grep -q "is running"; then
  $sudo mkdir -p /run/cups
  $sudo cupsd -f &
  started_cupsd=$!
  for _ in $(seq 1 50); do
    lpstat -r 2>/dev/null | grep -q "is running" && break
    sleep 0.1
  done
fi
lpstat -r | grep -q "is running" || { echo "print-test: cupsd did not start" >&2; exit 1; }
$sudo lpadmin -p PDF -E -v cups-pdf:/ -P /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd
# CUPS-PDF receives PostScript. The default PDF-to-PostScript step (Ghostscript) turns our
# subset CID fonts into Type 3 glyphs without a text layer; rendering through pdftocairo keeps
# the text, so the printed file's words can be checked below. (A setting of this virtual
# printer only: a real printer prints the same pages either way.)
$sudo lpadmin -p PDF -o pdftops-renderer-default=pdftocairo

cargo build -q -p stockroom-core --bin stockroom
bin="${CARGO_TARGET_DIR:-target}/debug/stockroom"

# A shop with one shipment: a name with diacritics, a tracking number, a waiting line.
work=$(mktemp -d)
db="$work/shop.sqlite3"
"$bin" --db "$db" init >/dev/null
"$bin" --db "$db" --today 2026-12-01 settings set --store-name "Ironbark Hardware" >/dev/null
"$bin" --db "$db" --today 2026-12-01 carrier add --name "An Post" --transit-days 2 --default >/dev/null
"$bin" --db "$db" --today 2026-12-01 product add --sku TEA-01 --name "Ceramic teapot" --price 34.00 --on-hand 2 >/dev/null
"$bin" --db "$db" --today 2026-12-01 product add --sku KET-03 --name "Copper kettle" --price 89.00 --on-hand 0 --lead-time-days 10 >/dev/null
cust=$("$bin" --db "$db" --json --today 2026-12-01 customer add --name "Zoë Müller" --address "ul. Piotrkowska 12
90-001 Łódź" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
order=$("$bin" --db "$db" --json --today 2026-12-01 order create --customer "$cust" --line TEA-01:2 --line KET-03:1 \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["number"])')
shipment=$("$bin" --db "$db" --json --today 2026-12-02 ship "$order" --tracking RR123456789IE \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["shipment"])')

outdir="$HOME/PDF"
mkdir -p "$outdir"
# CUPS-PDF names the file after the job title (the slip's file name); earlier runs' files go.
rm -f "$outdir"/packing-slip-"$shipment"*
"$bin" --db "$db" --today 2026-12-02 print slip "$shipment" --printer PDF

# CUPS-PDF writes the job (rewritten by Ghostscript) into $HOME/PDF/ when it is done.
printed=""
for _ in $(seq 1 300); do
  printed=$(ls -t "$outdir"/packing-slip-"$shipment"*.pdf 2>/dev/null | head -n 1 || true)
  if [ -n "$printed" ] && pdfinfo "$printed" >/dev/null 2>&1; then
    break
  fi
  printed=""
  sleep 0.1
done
[ -n "$printed" ] || { echo "print-test: no printed file appeared in $outdir" >&2; exit 1; }

# 1. The barcode on the printed page is this shipment's number.
pdftoppm -png -r 200 -f 1 -l 1 "$printed" "$work/printed" 2>/dev/null
code=$(zbarimg -q --raw "$work"/printed-1.png 2>/dev/null | head -n 1 || true)
if [ "$code" != "$shipment" ]; then
  echo "print-test: the printed page's barcode reads '$code', expected '$shipment'" >&2
  exit 1
fi
# 2. One page, like the PDF that was sent.
pages=$(pdfinfo "$printed" 2>/dev/null | awk '/^Pages:/ {print $2}')
[ "$pages" = 1 ] || { echo "print-test: the printed file has $pages pages, expected 1" >&2; exit 1; }
# 3. The printed page looks like the PDF that was sent (root-mean-square pixel difference).
"$bin" --db "$db" --today 2026-12-02 print slip "$shipment" -o "$work/sent.pdf" >/dev/null
pdftoppm -png -r 50 -f 1 -l 1 "$work/sent.pdf" "$work/sent" 2>/dev/null
pdftoppm -png -r 50 -f 1 -l 1 "$printed" "$work/back" 2>/dev/null
if command -v compare >/dev/null; then
  rmse=$(compare -metric RMSE "$work"/sent-1.png "$work"/back-1.png null: 2>&1 | sed -E 's/.*\(([0-9.e-]+)\).*/\1/' || true)
  if ! python3 -c "import sys; sys.exit(0 if float('$rmse') < 0.1 else 1)" 2>/dev/null; then
    echo "print-test: the printed page differs from the PDF sent (RMSE $rmse)" >&2
    exit 1
  fi
fi
# 4. Its text: what is in the parcel, what still waits, the tracking number, the names.
# (Through PostScript, Ghostscript maps a few Latin Extended-A letters such as Ł and ź to
# no text, though it draws them — the page-image check above covers them; the PDF itself
# is checked for "Łódź" in tests/documents_pdf.rs.)
text=$(pdftotext -layout "$printed" - 2>/dev/null || true)
for want in "Packing slip" "In this parcel" "TEA-01" "Still on backorder" "KET-03" "RR123456789IE" "Zoë Müller" "$shipment"; do
  grep -qF "$want" <<<"$text" || { echo "print-test: the printed slip lacks '$want'" >&2; echo "$text" >&2; exit 1; }
done
echo "print-test: the printed text checks out"
echo "print-test: printed $shipment through CUPS to $printed (barcode $code, RMSE ${rmse:-n/a})"
echo "print-test: ok"
