#!/usr/bin/env bash
# Documents benchmark (issue 4), both sides in the same run on this machine:
#  1. one packing slip, whole process (`stockroom print slip ... -o`), 40 runs, beside the
#     start of any process and of the binary measured in the same run (target <= 10 ms);
#     then the same slip with the demo shop's logo (a 600x200 RGBA PNG) in the letterhead;
#  2. 1,000 packing slips in one PDF: Stockroom (examples/slips_bench.rs) vs ReportLab
#     (bench/reportlab_slips.py, same content, same Noto Sans, compressed): CPU time and size.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
python3 -c "import reportlab" 2>/dev/null || pip install -q reportlab

cargo build -q --release -p stockroom-core --bin stockroom --example slips_bench
bin="${CARGO_TARGET_DIR:-target}/release/stockroom"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1. One slip, whole process (open the database, read, lay out, write the PDF).
db="$work/shop.sqlite3"
"$bin" --db "$db" init >/dev/null
"$bin" --db "$db" --today 2026-12-01 carrier add --name "An Post" --transit-days 2 --default >/dev/null
"$bin" --db "$db" --today 2026-12-01 product add --sku TEA-01 --name "Ceramic teapot" --price 34.00 --on-hand 2 >/dev/null
"$bin" --db "$db" --today 2026-12-01 product add --sku KET-03 --name "Copper kettle" --price 89.00 --lead-time-days 10 >/dev/null
cust=$("$bin" --db "$db" --json customer add --name "Zoë Müller" --address "90-001 Łódź" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
order=$("$bin" --db "$db" --json --today 2026-12-01 order create --customer "$cust" --line TEA-01:2 --line KET-03:1 | python3 -c 'import json,sys; print(json.load(sys.stdin)["number"])')
shipment=$("$bin" --db "$db" --json --today 2026-12-02 ship "$order" --tracking RR123456789IE | python3 -c 'import json,sys; print(json.load(sys.stdin)["shipment"])')
"$bin" --db "$db" print slip "$shipment" -o "$work/warm.pdf" >/dev/null
# Timed from Python (fork + exec + wait per run, no shell in between), with what any process
# costs on this machine measured in the same run: `true`, `stockroom --help` (the binary's
# start), `settings show` (start + opening the database) and the slip.
python3 - "$bin" "$db" "$shipment" "$work" "$PWD/src-tauri/core/assets/demo/harbour-and-vine-logo.png" <<'PY'
import statistics, subprocess, sys, time
bin, db, shipment, work, logo = sys.argv[1:6]
runs = 40
def measure(cmd):
    subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)  # warm the page cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.mean(times), statistics.median(times), min(times)
for name, cmd in [
    ("true (any process)", ["true"]),
    ("stockroom --help", [bin, "--help"]),
    ("settings show (start + open db)", [bin, "--db", db, "settings", "show"]),
    ("one slip, whole process", [bin, "--db", db, "print", "slip", shipment, "-o", f"{work}/one.pdf"]),
    ("one slip with the logo, whole process", None),
]:
    if cmd is None:
        # The demo shop has a logo: every print reads the PNG and embeds it (see pdf/logo.rs).
        subprocess.run([bin, "--db", db, "settings", "set", "--logo", logo],
                       stdout=subprocess.DEVNULL, check=True)
        cmd = [bin, "--db", db, "print", "slip", shipment, "-o", f"{work}/logo.pdf"]
    mean, median, low = measure(cmd)
    print(f"{name}: mean {mean:.2f} ms, median {median:.2f} ms, min {low:.2f} ms ({runs} runs)")
subprocess.run([bin, "--db", db, "settings", "set", "--logo", ""], stdout=subprocess.DEVNULL, check=True)
PY
echo "one slip: $(stat -c %s "$work/warm.pdf") bytes; with the logo: $(stat -c %s "$work/logo.pdf") bytes"

# 2. 1,000 slips in one PDF, both in the same run, interleaved (ours, ReportLab's, ours...)
# so that other load on the machine falls on both alike; CPU time (user + system) of each
# process. ROUNDS=3 by default; every round's ratio is printed, then the median.
rounds=${ROUNDS:-3}
python3 - "${CARGO_TARGET_DIR:-target}/release/examples/slips_bench" bench/reportlab_slips.py "$work" "$rounds" <<'PY'
import re, statistics, subprocess, sys
ours, theirs, work, rounds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
def run(cmd):
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    print("  " + out.strip())
    return float(re.search(r"cpu ([0-9.]+)", out).group(1)), int(re.search(r"(\d+) bytes", out).group(1))
ratios, sizes = [], []
for r in range(rounds):
    sc, sb = run([ours, f"{work}/stockroom.pdf", "1000"])
    rc, rb = run(["python3", theirs, f"{work}/reportlab.pdf", "1000"])
    ratios.append(sc / rc)
    sizes.append(sb / rb)
    print(f"round {r + 1}: CPU {sc:.3f} s vs ReportLab {rc:.3f} s = {sc / rc:.3f}x (target <= 0.15x); "
          f"size {sb / 1e6:.2f} MB vs {rb / 1e6:.2f} MB = {sb / rb:.2f}x")
print(f"1,000 slips: median {statistics.median(ratios):.3f}x ReportLab's CPU time "
      f"(rounds: {', '.join(f'{x:.3f}' for x in ratios)}); size {max(sizes):.2f}x at most")
PY
