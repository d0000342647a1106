#!/usr/bin/env bash
# Behaviour check for refactors (issue 18): plays one fixed history through the command-line
# tool on a fresh demo shop — place orders (some backordered, one with a priority), create,
# receive, re-date and cancel purchase orders, ship, adjust stock, edit a product and a
# customer, cancel and swap, import products/customers/orders from CSV, print documents (which
# marks notices printed) — on fixed days, then prints `sqlite3 DB .dump` on stdout.
#
# Run it before and after a change and compare: the dumps must be byte-identical.
#   scripts/dump-after-script.sh > before.sql   # on the old commit
#   scripts/dump-after-script.sh > after.sql    # on the new one
#   cmp before.sql after.sql
# Uses $STOCKROOM_BIN when set (a binary built elsewhere), else builds the CLI.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
if [[ -n "${STOCKROOM_BIN:-}" ]]; then
  bin="$STOCKROOM_BIN"
else
  cargo build -q -p stockroom-core --bin stockroom >&2
  bin="${CARGO_TARGET_DIR:-target}/debug/stockroom"
fi
# A fixed folder: the demo stores its logo's path in the settings, so the path is in the dump.
work=/tmp/stockroom-dump-after-script
rm -rf "$work" && mkdir -p "$work"
trap 'rm -rf "$work"' EXIT
db="$work/shop.sqlite3"
day=2026-12-01
# Every command must succeed; the output is thrown away (the dump is what is compared).
run() { "$bin" --db "$db" --today "$day" "$@" >/dev/null; }
json() { "$bin" --db "$db" --today "$day" --json "$@"; }

run init --demo
# Orders: in stock, out of stock (notify, allow, refuse-free mix), priority, another carrier.
o1=$(json order create --customer 1 --line KIT-PLT-S:2 --line STA-NB-A6:3 --line KIT-JUG:1 | jq -r .number)
o2=$(json order create --customer 2 --line STA-NB-A6:2 --line STA-PEN-FTN:4 --priority 5 | jq -r .number)
o3=$(json order create --customer 3 --line STA-PEN-FTN:2 --line GRD-KNL:1 --incentive discount:10 | jq -r .number)
o4=$(json order create --customer 6 --line GRD-KNL:2 --line TEA-ASM:3 | jq -r .number)
run order create --customer 4 --line TXT-CUS-VEL:1 --line COF-GRD:1 --dry-run
# Purchase orders: create, receive part, move the date, cancel another.
p1=$(json po create --supplier "Papeterie Moderne" --expected 2026-12-10 --line STA-NB-A6:4 --line KIT-JUG:2 | jq -r .number)
p2=$(json po create --supplier "Papeterie Moderne" --expected 2026-12-08 --line STA-PEN-FTN:10 | jq -r .number)
p3=$(json po create --supplier "GreenThumb Garden Supply" --expected 2026-12-05 --line GRD-KNL:3 | jq -r .number)
run po receive "$p1" --line STA-NB-A6:3
run po expect "$p2" 2026-12-15
run po cancel "$p3"
run ship "$o1" --partial
run stock adjust TEA-ASM -5 --reason damaged
run stock adjust KIT-BWL-L 4 --reason found
run product edit GRD-KNL --lead-time-days 9
run product edit KIT-BRD-OAK --backorders allow
run customer edit 2 --ships complete --phone "+30 21 0555 9999"
run order priority "$o3" 7
run order cancel "$o4" --sku GRD-KNL --qty 1
run order swap "$o2" --sku STA-PEN-FTN --to TEA-ASM --qty 1
nid=$(json notifications --pending | jq -r '[.[] | .id] | first')
run notifications told "$nid" --by phone --note "called"

# A later day: the daily recompute runs first; then imports.
day=2026-12-04
cat >"$work/products.csv" <<'CSV'
sku,name,price,on_hand,lead_time_days,backorders
STA-NB-A6,Pocket notebook A6,8.90,6,25,notify
STA-PEN-FTN,"Fountain pen, brushed steel",39.00,1,21,notify
NEW-ONE,A new thing,5.00,2,,notify
NEW-TWO,Another new thing,7.50,0,14,allow
CSV
run import products "$work/products.csv"
cat >"$work/customers.csv" <<'CSV'
name,email,phone,address,ships
Zoë Müller,zoe.mueller@example.pl,+48 42 555 0199,"ul. Piotrkowska 104/6
90-004 Łódź
Poland",complete
New Customer,new.customer@example.com,,"1 Main Street
Town",partial
CSV
run import customers "$work/customers.csv"
cat >"$work/orders.csv" <<'CSV'
order,placed_at,customer_email,priority,sku,ordered,unit_price
WEB-1,2026-12-03 09:00:00,new.customer@example.com,0,NEW-ONE,3,
WEB-1,2026-12-03 09:00:00,new.customer@example.com,0,STA-PEN-FTN,2,
WEB-2,2026-11-20 09:00:00,zoe.mueller@example.pl,1,STA-NB-A6,2,8.00
CSV
run import orders "$work/orders.csv"
run po receive "$p2" --line STA-PEN-FTN:6
run po receive "$p1" --line STA-NB-A6:1 --line KIT-JUG:2
sh=$(json ship "$o2" --partial | jq -r .shipment)
run print notice "$o3" -o "$work/notice.pdf"
run print slip "$sh" -o "$work/slip.pdf"
run print notices --pending -o "$work/notices.pdf"

day=2026-12-09
run stock adjust KIT-MUG-BLU 1 --reason counted
sqlite3 "$db" .dump
