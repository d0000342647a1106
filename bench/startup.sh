#!/usr/bin/env bash
# Issue 8: app start to first screen with data, and idle memory, each beside an empty Tauri
# window (bench/empty-window/) measured the same way in the same run. Prints one table.
#
#   bench/startup.sh                # release build, then 15 starts of each, then memory
#   bench/startup.sh --runs 30      # more starts
#   bench/startup.sh --no-build     # reuse the release binaries already built
#   bench/startup.sh --quick        # while working on the start: only the small shop beside the
#                                   # empty window configured alike, no memory, stages shown
#   bench/startup.sh --quick --versus OLD/stockroom-app
#                                   # and another build of the app on the same small shop,
#                                   # interleaved with the rest: before/after a change, in one run
#
# Start: the time from spawning the process to the first screen with data painted. Stockroom's
# UI calls `first_screen_painted` one frame after its first screen (Products, read from SQLite)
# is on screen; the empty window's page does the same after painting "Loaded.". With
# STOCKROOM_STARTUP_PROBE=exit both print `startup-probe: painted <unix ns>` and exit; the
# script subtracts the spawn time. Runs are interleaved (A B C A B C ...) after one unmeasured
# warm-up start each, so drift on the machine hits every side alike.
#
# Memory: each is started with STOCKROOM_STARTUP_PROBE=stay, left idle 10 s on its first
# screen, then measured over the app process and every process under it (WebKitWebProcess,
# WebKitNetworkProcess, ...): the pages they hold, each counted once however many of them map
# it (the figure compared; needs root to read physical frames), and PSS and RSS
# (/proc/PID/smaps_rollup) summed. PSS divides shared pages among every process on the machine
# that maps them, so it shrinks while other WebKit windows run; RSS counts a library once per
# process.
#
# The environment is passed through to both sides: `WEBKIT_DISABLE_DMABUF_RENDERER=1
# bench/startup.sh` measures both without WebKit's accelerated compositing, which under Xvfb
# runs on Mesa's software GL (libLLVM, swrast) and is most of WebKitWebProcess's memory.
#
# Shops: the small demo shop (created on the first start) and the medium shop of the scale
# benches (target/bench-cache/, or generated with `stockroom init --demo --scale medium`),
# each copied to a scratch folder so the app's daily backup and upgrades never touch the
# cache. Everything runs under its own XDG folders, so no real database or WebKit cache is used.
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET="${CARGO_TARGET_DIR:-target}"

runs=15
build=1
stages=0
quick=0
versus=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --no-build) build=0; shift ;;
        --stages) stages=1; shift ;;
        --quick) quick=1; stages=1; shift ;;
        --versus) versus="$(realpath "$2")"; shift 2 ;;
        *) echo "usage: bench/startup.sh [--runs N] [--no-build] [--stages] [--quick] [--versus APP_BINARY]" >&2; exit 2 ;;
    esac
done
if (( runs < 10 )); then
    echo "bench/startup.sh: at least 10 runs (a median of fewer says little)" >&2
    exit 2
fi

# A virtual display, as the end-to-end tests use: re-run this script under xvfb-run.
# -noreset: by default Xvfb resets when its last client leaves, and a start that connects
# during the reset fails with "Failed to initialize GTK".
if [[ -z "${DISPLAY:-}" ]]; then
    exec xvfb-run -a -s "-noreset -screen 0 1280x800x24" "$0" --runs "$runs" \
        $([[ $build == 0 ]] && echo --no-build) $([[ $stages == 1 ]] && echo --stages) $([[ $quick == 1 ]] && echo --quick) \
        $([[ -n $versus ]] && echo --versus "$versus")
fi

if [[ $build == 1 ]]; then
    # tauri/custom-protocol is what `cargo tauri build` enables for the .deb: the binaries
    # measured are built like the shipped one. The example needs the startup-baseline feature.
    cargo build --release --locked --bin stockroom-app --example empty-window \
        --features startup-baseline,tauri/custom-protocol >&2
    cargo build --release --locked -p stockroom-core --bin stockroom >&2
fi
app="$TARGET/release/stockroom-app"
empty="$TARGET/release/examples/empty-window"
cli="$TARGET/release/stockroom"
for bin in "$app" "$empty" "$cli" ${versus:+"$versus"}; do
    [[ -x "$bin" ]] || { echo "bench/startup.sh: $bin is missing (run without --no-build)" >&2; exit 1; }
done

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/small" "$scratch/medium"
medium_cache=$(ls -t "$TARGET"/bench-cache/medium-*.sqlite3 2>/dev/null | head -n 1 || true)
if [[ $quick == 1 ]]; then
    medium_from="(not measured: --quick)"
elif [[ -n "$medium_cache" ]]; then
    cp "$medium_cache" "$scratch/medium/stockroom.sqlite3"
    medium_from="$medium_cache"
else
    echo "bench/startup.sh: generating the medium shop (no bench cache)..." >&2
    "$cli" --db "$scratch/medium/stockroom.sqlite3" --today 2026-11-26 init --demo --scale medium >&2
    medium_from="stockroom init --demo --scale medium"
fi

python3 - "$runs" "$scratch" "$app" "$empty" "$medium_from" "$stages" "$quick" "$versus" <<'PY'
import os, signal, statistics, subprocess, sys, time

runs, scratch, app, empty, medium_from = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
show_stages = sys.argv[6] == "1"
quick = sys.argv[7] == "1"
versus = sys.argv[8]

def env_for(name, db=None, **extra):
    """Own XDG folders per side: no real database, WebKit cache or settings are used."""
    home = os.path.join(scratch, "xdg-" + name)
    env = dict(os.environ)
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache"), ("XDG_CONFIG_HOME", "config")):
        env[var] = os.path.join(home, sub)
        os.makedirs(env[var], exist_ok=True)
    env.pop("STOCKROOM_DB", None)
    if db:
        env["STOCKROOM_DB"] = db
    env.update(extra)
    return env

small_db = os.path.join(scratch, "small", "stockroom.sqlite3")
medium_db = os.path.join(scratch, "medium", "stockroom.sqlite3")
# (name, binary, environment, the baseline it is compared with: the empty window whose WebKit
# is configured the same way). Stockroom turns GPU compositing off (src-tauri/src/webview.rs);
# the empty window does the same when asked, and the app keeps WebKit's defaults when asked.
EMPTY, EMPTY_LEAN = "empty Tauri window", "empty Tauri window, Stockroom's WebKit settings"
sides = [
    (EMPTY, empty, env_for("empty"), None),
    (EMPTY_LEAN, empty, env_for("empty-lean", EMPTY_WINDOW_SETTINGS="stockroom"), None),
    ("Stockroom, small demo shop", app, env_for("small", small_db), EMPTY_LEAN),
    ("Stockroom, medium shop", app, env_for("medium", medium_db), EMPTY_LEAN),
    ("Stockroom, small demo shop, WebKit's defaults", app,
     env_for("small-defaults", small_db, STOCKROOM_WEBKIT_DEFAULTS="1"), EMPTY),
]
if quick:
    sides = [s for s in sides if s[0] in (EMPTY_LEAN, "Stockroom, small demo shop")]
if versus:
    # Its own copy of the small shop, opened by that build (an older build may not open a newer
    # schema: then it says so and the run stops).
    versus_db = os.path.join(scratch, "versus", "stockroom.sqlite3")
    os.makedirs(os.path.dirname(versus_db), exist_ok=True)
    sides.append((f"{versus}, small demo shop", versus, env_for("versus", versus_db), EMPTY_LEAN))

def spawn(binary, env, mode):
    log = open(os.path.join(scratch, "stderr.log"), "w")
    env = dict(env, STOCKROOM_STARTUP_PROBE=mode)
    return subprocess.Popen([binary], env=env, stdout=subprocess.PIPE, stderr=log, text=True)

def wait_for_paint(proc):
    """Reads the app's stdout until the paint line; returns its unix time in ns and the
    stages printed before it ({stage: unix ns})."""
    stages = {}
    for line in proc.stdout:
        if not line.startswith("startup-probe: "):
            continue
        stage, ns = line[len("startup-probe: "):].rsplit(" ", 1)
        if stage == "painted":
            return int(ns), stages
        stages.setdefault(stage, int(ns))
    proc.wait(timeout=30)
    log = open(os.path.join(scratch, "stderr.log")).read()[-2000:]
    raise SystemExit(f"{proc.args[0]}: no first paint reported (exit status {proc.returncode}); stderr:\n{log}")

def start_ms(binary, env):
    """Spawn to first screen painted, in ms, and each stage's time from spawn."""
    t0 = time.time_ns()
    proc = spawn(binary, env, "exit")
    painted, stages = wait_for_paint(proc)
    proc.wait(timeout=30)
    return (painted - t0) / 1e6, {k: (v - t0) / 1e6 for k, v in stages.items()}

def descendants(root):
    children = {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            stat = open(f"/proc/{pid}/stat").read()
        except OSError:
            continue
        # The command name may hold spaces and parentheses: the fields start after the last ')'.
        ppid = int(stat[stat.rindex(")") + 2:].split()[1])
        children.setdefault(ppid, []).append(int(pid))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, []))
    return out

def unique_kb(pids):
    """The memory the process tree holds, each physical page counted once (kB): anonymous
    mappings (private to their process: WebKit's processes are exec'd, nothing is inherited)
    by their RSS, and the pages of files and shared memory by the union of their physical
    frames (/proc/PID/pagemap, readable by root). Unlike PSS it does not depend on what else
    runs on the machine: PSS divides a library's pages among every process mapping them, so
    the same app measures smaller while other WebKit windows (e.g. end-to-end tests) run.
    None when the frames are hidden (not root)."""
    from array import array
    anon, frames, page = 0, set(), os.sysconf("SC_PAGE_SIZE")
    for p in pids:
        try:
            smaps = open(f"/proc/{p}/smaps").read().splitlines()
            pagemap = open(f"/proc/{p}/pagemap", "rb")
        except OSError:
            continue
        with pagemap:
            span = None
            for line in smaps:
                head = line.split()
                if "-" in head[0] and not head[0].endswith(":"):
                    start, end = (int(x, 16) for x in head[0].split("-"))
                    path = head[5] if len(head) > 5 else ""
                    span = (start, end, path)
                elif head[0] == "Rss:" and span and int(head[1]) > 0:
                    start, end, path = span
                    if path == "" or path.startswith("["):
                        anon += int(head[1])
                        continue
                    pagemap.seek(start // page * 8)
                    entries = array("Q")
                    entries.frombytes(pagemap.read((end - start) // page * 8))
                    for e in entries:
                        if e >> 63:  # present in memory
                            frames.add(e & ((1 << 55) - 1))
    if frames and not any(frames - {0}):
        return None
    return anon + len(frames) * page // 1024

def memory(pid):
    """PSS and RSS in kB summed over pid and its descendants, with each process's share, and
    the tree's memory with each page counted once (see unique_kb)."""
    total_pss = total_rss = 0
    parts = []
    pids = descendants(pid)
    for p in pids:
        try:
            fields = dict(l.split(":", 1) for l in open(f"/proc/{p}/smaps_rollup").read().splitlines()[1:])
            name = open(f"/proc/{p}/comm").read().strip()
        except OSError:
            continue
        pss, rss = int(fields["Pss"].split()[0]), int(fields["Rss"].split()[0])
        total_pss += pss
        total_rss += rss
        parts.append((name, pss, rss))
    return total_pss, total_rss, parts, unique_kb(pids)

def idle_memory(binary, env, idle_s=10):
    proc = spawn(binary, env, "stay")
    try:
        wait_for_paint(proc)
        time.sleep(idle_s)
        return memory(proc.pid)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        time.sleep(0.5)  # let the WebKit children notice their parent is gone

# One unmeasured start each: creates the demo shop and the WebKit caches, makes the day's
# automatic backup, and warms the page cache, as on any start after the first.
for name, binary, env, _ in sides:
    start_ms(binary, env)
    time.sleep(2)  # the first start's background backup may still be writing
times = {name: [] for name, _, _, _ in sides}
stages = {name: {} for name, _, _, _ in sides}
for i in range(runs):
    for name, binary, env, _ in sides:
        ms, st = start_ms(binary, env)
        times[name].append(ms)
        for k, v in st.items():
            stages[name].setdefault(k, []).append(v)
mem = {}
for name, binary, env, _ in ([] if quick else sides):
    samples = [idle_memory(binary, env) for _ in range(3)]
    samples.sort(key=lambda s: s[3] if s[3] is not None else s[0])
    mem[name] = samples[1]  # the median by memory counted once (by PSS without root)

def fmt_ms(v): return f"{v:.0f} ms"
med = {name: statistics.median(times[name]) for name in times}
cpu = open("/proc/cpuinfo").read().split("model name")[1].split(":")[1].split("\n")[0].strip()
print(f"\nStart-up and idle memory: {runs} interleaved starts each (release, Xvfb 1280x800), {os.cpu_count()} cores, {cpu}")
print(f"medium shop: {medium_from}\n")
print("| figure | median | min – max (IQR) | vs the empty window configured alike | vs the empty window, WebKit's defaults | goal |")
print("|---|---|---|---|---|---|")
for name, _, _, base in sides:
    t = sorted(times[name])
    q1, q3 = statistics.quantiles(t, n=4)[0], statistics.quantiles(t, n=4)[2]
    alike = f"{med[name] / med[base]:.2f}×" if base else "baseline"
    dflt = f"{med[name] / med[EMPTY]:.2f}×" if base and EMPTY in med else ""
    goal = "≤ 1.3×" if base else ""
    print(f"| start to first screen painted: {name} | {fmt_ms(med[name])} | {fmt_ms(t[0])} – {fmt_ms(t[-1])} ({fmt_ms(q1)} – {fmt_ms(q3)}) | {alike} | {dflt} | {goal} |")
def fmt_mb(kb): return "n/a" if kb is None else f"{kb / 1024:.0f} MB"
for name, _, _, base in (sides if mem else []):
    pss, rss, _, uniq = mem[name]
    alike = f"{uniq / mem[base][3]:.2f}×" if base and uniq and mem[base][3] else ("baseline" if not base else "")
    dflt = f"{uniq / mem[EMPTY][3]:.2f}×" if base and uniq and mem[EMPTY][3] else ""
    goal = "≤ 150 MB" if base else ""
    print(f"| idle memory after 10 s, each page once (PSS; RSS), median of 3: {name} | {fmt_mb(uniq)} | ({fmt_mb(pss)}; {fmt_mb(rss)}) | {alike} | {dflt} | {goal} |")
print("\nIdle memory by process (PSS / RSS, MB):" if mem else "")
for name, _, _, _ in (sides if mem else []):
    parts = ", ".join(f"{n} {p / 1024:.0f}/{r / 1024:.0f}" for n, p, r in sorted(mem[name][2], key=lambda x: -x[1]))
    print(f"- {name}: {parts}")
if show_stages:
    # Where the start goes: each stage's median time from spawn (a stage a side lacks is blank).
    # Rust stages: main, setup (the window exists), shop-ready (database open), page-load-*,
    # command:<name> (its first call arrives). page:<name>: the page's marks (api.js): the
    # navigation, files fetched, app.js run, each command's first answer, the screen drawn.
    names = [name for name, _, _, _ in sides]
    order = {}
    for name in names:
        for k, v in stages[name].items():
            order[k] = min(order.get(k, float("inf")), statistics.median(v))
    print("\nStages, median ms from spawn:\n")
    print("| stage | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for k in sorted(order, key=order.get):
        cells = [fmt_ms(statistics.median(stages[n][k])) if k in stages[n] else "" for n in names]
        print(f"| {k} | " + " | ".join(cells) + " |")
    print("| painted | " + " | ".join(fmt_ms(med[n]) for n in names) + " |")
PY
