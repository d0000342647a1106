#!/usr/bin/env bash
# Scale benchmarks of issue 8: runs the criterion benches in src-tauri/core/benches/scale.rs
# and screens.rs (a screenful of each list and the dashboard, large shop beside medium shop)
# and prints ONE table, each figure beside its baseline from the same run.
#
#   bench/run.sh            # all (first run generates the medium and large shops: ~1-2 min)
#   bench/run.sh --table    # only print the table from the last run's results
#
# The generated shops are cached in target/bench-cache/ (delete it to regenerate).
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET="${CARGO_TARGET_DIR:-target}"
export STOCKROOM_BENCH_CACHE="${STOCKROOM_BENCH_CACHE:-$PWD/$TARGET/bench-cache}"

if [[ "${1:-}" != "--table" ]]; then
    rm -f "$STOCKROOM_BENCH_CACHE/custom.json"
    cargo bench -p stockroom-core --bench scale -- --noplot >&2
    cargo bench -p stockroom-core --bench screens -- --noplot >&2
    if [[ -x bench/documents.sh ]]; then
        bench/documents.sh >&2 || echo "bench/documents.sh failed" >&2
    fi
fi

python3 - "$TARGET/criterion" "$STOCKROOM_BENCH_CACHE/custom.json" "$TARGET" <<'PY'
import json, os, sys, glob
crit, custom_path, target = sys.argv[1], sys.argv[2], sys.argv[3]
custom = json.load(open(custom_path)) if os.path.exists(custom_path) else {}

def c(group, fn):
    p = os.path.join(crit, group, fn, "new", "estimates.json")
    if not os.path.exists(p):
        return None
    return json.load(open(p))["mean"]["point_estimate"] / 1e6  # ms

def u(name):
    v = custom.get(name)
    return v["ms"] if v else None

def ms(v):
    if v is None: return "—"
    return f"{v:.3f} ms" if v < 1 else (f"{v:.1f} ms" if v < 10_000 else f"{v/1000:.1f} s")

rows = [
    ("place a 5-line order (large shop, file, synchronous=FULL)",
     c("place_order", "engine_5_lines_large_shop"), c("place_order", "raw_sqlite_order_and_5_lines"),
     "raw SQLite: order + 5 lines", "≤ 1 ms"),
    ("place a 5-line order, synchronous=NORMAL (the engine's cost without the commit's fsync)",
     c("place_order", "engine_5_lines_large_shop_synchronous_normal"),
     c("place_order", "raw_sqlite_order_and_5_lines_synchronous_normal"),
     "raw SQLite: order + 5 lines, NORMAL", "≤ 1 ms"),
    ("receipt filling 10,000 waiting lines",
     c("receipt_10k", "engine_receipt_filling_10000_lines"), c("receipt_10k", "raw_sqlite_ledger_and_10000_fills"),
     "raw SQLite: ledger row + 10,000 allocations + 10,000 fills", "≤ 100 ms, ≤ 3×"),
    ("promises of a SKU with 10,000 waiting lines (recompute, none move)",
     c("promises_10k", "engine_recompute_10000_unchanged"), c("promises_10k", "raw_sqlite_read_queue_10000"),
     "raw SQLite: read the 10,000 queue rows", "≤ 20 ms"),
    ("PO date change moving 10,000 promises (+ notices)",
     c("promises_10k", "engine_po_date_moves_10000_promises"), c("promises_10k", "raw_sqlite_read_queue_10000"),
     "raw SQLite: read the 10,000 queue rows", "—"),
    ("receipt cost per filled line: large shop vs medium",
     u("receipt_per_filled_line_large"), u("receipt_per_filled_line_medium"),
     "the same on the medium shop", "≤ 1.5×"),
]
# Screens (benches/screens.rs): each screenful on the large shop beside the medium shop (a tenth
# of it). A cost that follows the page, not the history, is about the same on both.
SCREENS = [
    ("backorder_page_first", "Backorders: first page of 50 + total (20,000 waiting)", "≤ 30 ms"),
    ("backorder_page_last", "Backorders: last page", "≤ 30 ms"),
    ("backorder_page_customer_name", "Backorders: filtered by part of a customer name", "≤ 30 ms"),
    ("backorder_page_customer_id", "Backorders: one customer's lines", "≤ 30 ms"),
    ("backorder_page_age_30_days", "Backorders: waiting at least 30 days", "≤ 30 ms"),
    ("backorder_page_one_sku", "Backorders: one SKU's queue", "≤ 30 ms"),
    ("backorder_page_without_date", "Backorders: only without a date", "≤ 30 ms"),
    ("dashboard", "Dashboard: every figure (value, oldest waiting, low stock...)", "≤ 30 ms"),
    ("product_search_page", "Products: search 'brass hin', page + total (FTS5)", "≤ 30 ms"),
    ("orders_page_first", "Orders: first page + total (~450,000 orders)", "≤ 50 ms"),
    ("orders_page_middle", "Orders: a page in the middle", "≤ 50 ms"),
    ("orders_search_surname", "Orders: search a customer's surname", "≤ 50 ms"),
    ("orders_search_number", "Orders: search a number prefix", "≤ 50 ms"),
    ("orders_status_backordered", "Orders: status backordered", "≤ 50 ms"),
    ("orders_status_partially_shipped", "Orders: status partially shipped", "≤ 50 ms"),
    ("orders_status_shipped", "Orders: status shipped", "≤ 50 ms"),
    ("orders_status_cancelled", "Orders: status cancelled", "≤ 50 ms"),
    ("orders_ready_to_ship", "Orders: ready to ship", "≤ 50 ms"),
    ("customers_page_first", "Customers: first page + total (50,000)", "≤ 50 ms"),
    ("customers_search_surname", "Customers: search a surname", "≤ 50 ms"),
    ("shipments_page_first", "Shipments: first page + total (~740,000)", "≤ 50 ms"),
    ("shipments_page_middle", "Shipments: a page in the middle", "≤ 50 ms"),
    ("pos_page_open", "Purchasing: open POs", "≤ 50 ms"),
    ("pos_page_overdue", "Purchasing: overdue POs", "≤ 50 ms"),
    ("pos_search_supplier", "Purchasing: search 'co'", "≤ 50 ms"),
]
for fn, fig, goal in SCREENS:
    rows.append((fig + ", large shop", c("screens_large", fn), c("screens_medium", fn), "medium shop", goal))
imp = [k for k in custom if k.startswith("import_") and k.endswith("_orders_csv")]
for k in imp:
    n = k[len("import_"):-len("_orders_csv")]
    rows.append((f"import {int(n):,} orders from CSV (into the medium shop)", u(k), u(f"import_{n}_orders_raw_sqlite"),
                 "raw SQLite: same orders + lines", "≤ 5 s"))
for name in ("large", "medium"):
    if f"generate_{name}" in custom:
        rows.append((f"generate the {name} shop (bench process)", u(f"generate_{name}"), None, "", "< 60 s"))

print("| figure | Stockroom | baseline | × | baseline is | goal |")
print("|---|---|---|---|---|---|")
for fig, v, b, what, goal in rows:
    ratio = f"{v/b:.2f}" if v is not None and b else "—"
    print(f"| {fig} | {ms(v)} | {ms(b)} | {ratio} | {what} | {goal} |")
debs = glob.glob(os.path.join(target, "release", "bundle", "deb", "*.deb"))
for d in debs:
    print(f"| .deb size ({os.path.basename(d)}) | {os.path.getsize(d)/1e6:.1f} MB | — | — | — | ≤ 15 MB |")
for k, v in custom.items():
    if v.get("note"):
        print(f"\n- {k}: {v['note']}", end="")
print()
PY
