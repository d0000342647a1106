#!/usr/bin/env bash
# A real print through the operating system (issue 4): start CUPS, add a CUPS-PDF printer,
# print a packing slip with `stockroom print slip ... --printer PDF`, wait for the printed
# file in $HOME/PDF/ and check its text. Exits non-zero on any failure.
# Needs root (cupsd, lpadmin) and apt: cups printer-driver-cups-pdf poppler-utils.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

if ! command -v cupsd >/dev/null || [ ! -e /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd ] || ! command -v pdftotext >/dev/null; then
  apt-get -o DPkg::Lock::Timeout=600 install -y cups printer-driver-cups-pdf poppler-utils >/dev/null
fi

started_cupsd=""
cleanup() {
  if [ -n "$started_cupsd" ]; then kill "$started_cupsd" 2>/dev/null || true; fi
  rm -rf "${work:-}"
}
trap cleanup EXIT

# lpstat -r exits 0 even when the scheduler is down: read what it says.
if ! lpstat -r 2>/dev/null | grep -q "is running"; then
  mkdir -p /run/cups
  cupsd -f &
  started_cupsd=$!
  for _ in $(seq 1 50); do
    lpstat -r 2>/dev/null | grep -q "is running" && break
    sleep 0.1
  done
fi
lpstat -r | grep -q "is running" || { echo "print-test: cupsd did not start" >&2; exit 1; }
lpadmin -p PDF -E -v cups-pdf:/ -P /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd

cargo build -q -p stockroom-core --bin stockroom
bin=target/debug/stockroom

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
before=$(ls "$outdir" 2>/dev/null | wc -l)
"$bin" --db "$db" --today 2026-12-02 print slip "$shipment" --printer PDF

# CUPS-PDF writes the job (rewritten by Ghostscript) into $HOME/PDF/.
printed=""
for _ in $(seq 1 300); do
  printed=$(ls -t "$outdir"/*.pdf 2>/dev/null | head -n 1 || true)
  if [ -n "$printed" ] && [ "$(ls "$outdir" | wc -l)" -gt "$before" ] && pdftotext "$printed" - >/dev/null 2>&1; then
    break
  fi
  printed=""
  sleep 0.1
done
[ -n "$printed" ] || { echo "print-test: no printed file appeared in $outdir" >&2; exit 1; }

text=$(pdftotext -layout "$printed" -)
fail=0
for want in "Packing slip" "In this parcel" "TEA-01" "Still on backorder" "KET-03" "RR123456789IE" "Zoë Müller" "Łódź" "$shipment"; do
  if ! grep -qF "$want" <<<"$text"; then
    echo "print-test: the printed slip lacks '$want'" >&2
    fail=1
  fi
done
[ "$fail" = 0 ] || { echo "$text" >&2; exit 1; }
echo "print-test: printed $shipment through CUPS to $printed; its text checks out"
echo "1 passed, 0 failed"
