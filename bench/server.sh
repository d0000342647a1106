#!/usr/bin/env bash
# Shop server benchmarks (issue 19): moving a demo shop onto PostgreSQL and back, each figure
# beside what PostgreSQL's own tools take for the same rows in the same run:
#   push   `stockroom server push` (schema, COPY of every table, read back and checksummed)
#          vs psql: the same schema and \copy of the same rows from CSV, in one transaction
#   backup `stockroom backup -o FILE` of the server shop (one snapshot, every table verified)
#          vs pg_dump -Fc of the same database
# On a private PostgreSQL (initdb in a temporary folder, loopback, default durability).
#
#   bench/server.sh [small|medium|large]     # default: large (generated once, cached)
set -euo pipefail
cd "$(dirname "$0")/.."
scale="${1:-large}"
TARGET="${CARGO_TARGET_DIR:-target}"
cargo build --release -p stockroom-core --bin stockroom >&2
S="$PWD/$TARGET/release/stockroom"
cache="$PWD/$TARGET/bench-cache"
mkdir -p "$cache"
shop="$cache/server-$scale.sqlite3"
if [[ ! -f "$shop" ]]; then
  "$S" --db "$shop" --today 2026-12-07 init --demo --scale "$scale" >&2
fi

bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
work=$(mktemp -d)
as_pg=()
if [[ $(id -u) -eq 0 ]]; then
  chown postgres:postgres "$work"
  as_pg=(runuser -u postgres --)
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"${as_pg[@]}" "$bin/initdb" -D "$work/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_pg[@]}" "$bin/pg_ctl" -D "$work/data" -l "$work/log" \
  -o "-p $port -k $work -c listen_addresses=127.0.0.1" -w start >/dev/null
trap '"${as_pg[@]}" "$bin/pg_ctl" -D "$work/data" -m immediate -w stop >/dev/null; rm -rf "$work"' EXIT
psql() { command psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" "$@"; }
psql -U postgres -d postgres -c "CREATE ROLE shop LOGIN" >/dev/null

secs() { python3 -c 'import sys,time; t=time.monotonic(); import subprocess; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); print(f"{time.monotonic()-t:.2f}")' "$@"; }

# The raw load: every table as CSV (not timed), the schema, then one psql transaction of \copy.
csv="$work/csv"
mkdir -p "$csv"
tables=(settings suppliers products product_barcodes stock_movements customers carriers orders
  order_lines purchase_orders po_lines fills shipments shipment_lines notifications outbox
  mail_templates app_state)
load="$work/load.sql"
{
  # The server schema as a new shop gets it (db::server::SCHEMA): the baseline, then each step.
  for f in $(ls "$PWD"/src-tauri/core/src/db/sql/postgres/v*.sql | sort -V); do echo "\\i $f"; done
  echo "DELETE FROM settings;"
} >"$load"
for t in "${tables[@]}"; do
  cols=$(sqlite3 "$shop" "SELECT group_concat(name, ', ') FROM pragma_table_info('$t')")
  sqlite3 -csv "$shop" "SELECT $cols FROM $t" >"$csv/$t.csv"
  echo "\\copy $t ($cols) FROM '$csv/$t.csv' CSV" >>"$load"
done
chmod -R a+rX "$work"
rows=$(for t in "${tables[@]}"; do sqlite3 "$shop" "SELECT count(*) FROM $t"; done | python3 -c 'import sys; print(sum(int(l) for l in sys.stdin))')

push=() raw=() backup=() dump=()
for i in 1 2 3; do
  psql -U postgres -d postgres -c "CREATE DATABASE push$i OWNER shop" -c "CREATE DATABASE raw$i OWNER shop" >/dev/null
  push+=("$(secs "$S" --db "$shop" server push --to "postgres://shop@127.0.0.1:$port/push$i")")
  raw+=("$(secs "$(command -v psql)" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U shop -d "raw$i" -1 -f "$load")")
  backup+=("$(secs "$S" --db "postgres://shop@127.0.0.1:$port/push$i" backup -o "$work/b$i.sqlite3")")
  dump+=("$(secs "$bin/pg_dump" -h 127.0.0.1 -p "$port" -U shop -Fc -f "$work/d$i.dump" "push$i")")
done

median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
ratio() { python3 -c "print(f'{$1/$2:.2f}')"; }
mp=$(median "${push[@]}") mr=$(median "${raw[@]}") mb=$(median "${backup[@]}") md=$(median "${dump[@]}")
echo "Shop server, $scale demo shop ($rows rows in ${#tables[@]} tables), PostgreSQL $("$bin/postgres" --version | awk '{print $3}'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| what | Stockroom, s (median of 3) | runs | baseline, s | baseline runs | ratio |"
echo "|---|---:|---|---:|---|---:|"
echo "| push the shop onto an empty database, verified | $mp | ${push[*]} | $mr (psql: schema + \\copy) | ${raw[*]} | $(ratio "$mp" "$mr") |"
echo "| back the server shop up into a shop file, verified | $mb | ${backup[*]} | $md (pg_dump -Fc) | ${dump[*]} | $(ratio "$mb" "$md") |"
