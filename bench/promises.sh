#!/usr/bin/env bash
# Promise benchmark of issue 20: runs `stockroom simulate` (release) for seeds 1-10 and prints
# the median and range over the seeds of kept-on-first-promise, mean and p90 days early (the
# padding) and the other figures, for Stockroom and for the naive baseline of the same runs,
# with each run's wall time.
#
#   bench/promises.sh                    # mixed profile, 365 days, seeds 1-10
#   bench/promises.sh --profile unreliable --days 365 --seeds 5
#   bench/promises.sh --no-build         # use the release binary already built
#   bench/promises.sh --promises-kept 90 # the shop's "promises kept" target (default 95)
#
# Run it when nothing else builds (`uptime`): the wall times are only meaningful on a quiet
# machine. The raw JSON of each run is kept in $TARGET/promises-bench/.
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET="${CARGO_TARGET_DIR:-target}"
PROFILE=mixed DAYS=365 SEEDS=10 BUILD=1 KEPT=
while [[ $# -gt 0 ]]; do
    case "$1" in
        --profile) PROFILE="$2"; shift 2 ;;
        --days) DAYS="$2"; shift 2 ;;
        --seeds) SEEDS="$2"; shift 2 ;;
        --no-build) BUILD=0; shift ;;
        --promises-kept) KEPT="$2"; shift 2 ;;
        *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
done
if [[ $BUILD == 1 ]]; then
    cargo build -p stockroom-core --release --bin stockroom >&2
fi
BIN="$TARGET/release/stockroom"
OUT="$TARGET/promises-bench"
mkdir -p "$OUT"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for seed in $(seq 1 "$SEEDS"); do
    start=$(date +%s.%N)
    "$BIN" --json simulate --days "$DAYS" --seed "$seed" --profile "$PROFILE" ${KEPT:+--promises-kept "$KEPT"} > "$OUT/$PROFILE-$seed.json"
    end=$(date +%s.%N)
    python3 -c "import json,sys; p='$OUT/$PROFILE-$seed.json'; d=json.load(open(p)); d['wall_s']=round($end-$start,2); json.dump(d, open(p,'w'))"
    echo "seed $seed: $(python3 -c "import json; d=json.load(open('$OUT/$PROFILE-$seed.json')); print(d['lines'], 'lines,', d['kept_first_pct'], '% kept,', d['wall_s'], 's')")" >&2
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
python3 - "$OUT" "$PROFILE" "$SEEDS" <<'PY'
import json, statistics, sys
out, profile, seeds = sys.argv[1], sys.argv[2], int(sys.argv[3])
runs = [json.load(open(f"{out}/{profile}-{s}.json")) for s in range(1, seeds + 1)]
keys = ["lines", "kept_first_pct", "kept_final_pct", "mean_days_late", "mean_days_early",
        "p90_days_early", "moves_per_line"]
def row(name, vals):
    return f"| {name} | {statistics.median(vals):g} | {min(vals):g} – {max(vals):g} |"
print(f"Profile {profile}, {runs[0]['days']} days, promises kept target {runs[0].get('promises_kept_pct', 95)}%, seeds 1–{seeds} (median, range)\n")
print("| Figure | Stockroom median | Stockroom range | Baseline median | Baseline range |")
print("|---|---:|---:|---:|---:|")
for k in keys:
    a = [r[k] for r in runs]
    b = [r["baseline"][k] for r in runs]
    print(f"| {k} | {statistics.median(a):g} | {min(a):g} – {max(a):g} | "
          f"{statistics.median(b):g} | {min(b):g} – {max(b):g} |")
n = [r["notices_per_order"] for r in runs]
w = [r["wall_s"] for r in runs]
print(f"| notices_per_order | {statistics.median(n):g} | {min(n):g} – {max(n):g} | | |")
print(f"| wall time (s) | {statistics.median(w):g} | {min(w):g} – {max(w):g} | | |")
sup = sorted({s for r in runs for s in r["by_supplier"]})
print("\nPer supplier (Stockroom, median over the seeds)\n")
print("| Supplier | lines | kept_first_pct | mean_days_early | p90_days_early | mean_days_late |")
print("|---|---:|---:|---:|---:|---:|")
for s in sup:
    f = [r["by_supplier"][s] for r in runs if s in r["by_supplier"]]
    med = lambda k: statistics.median([x[k] for x in f])
    print(f"| {s} | {med('lines'):g} | {med('kept_first_pct'):g} | {med('mean_days_early'):g} | "
          f"{med('p90_days_early'):g} | {med('mean_days_late'):g} |")
PY
