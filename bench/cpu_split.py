#!/usr/bin/env python3
"""CPU shares while each criterion benchmark measured (issue 19's server benches).

    bench/cpu_split.py target/release/deps/server_engine-HASH --bench "place a 5-line|tills"

Runs the command, timestamps its output lines and samples /proc every 0.3 s; then prints, for
each benchmark (from its 'Collecting' line to its 'time:' line), how busy the whole machine was
(share of all cores), and how much of a core the bench process and the PostgreSQL processes
used."""
import os, subprocess, sys, threading, time

HZ = os.sysconf('SC_CLK_TCK')
samples, done = [], threading.Event()

def sample():
    with open('/proc/stat') as f:
        v = [int(x) for x in f.readline().split()[1:]]
    total, idle = sum(v), v[3] + v[4]
    client = server = 0
    for pid in filter(str.isdigit, os.listdir('/proc')):
        try:
            st = open(f'/proc/{pid}/stat').read()
        except OSError:
            continue
        name = st[st.index('(') + 1:st.rindex(')')]
        fields = st[st.rindex(')') + 2:].split()
        ticks = int(fields[11]) + int(fields[12])
        if name.startswith('postgres'):
            server += ticks
        elif name.startswith('server_'):
            client += ticks
    return time.time(), total, idle, client, server

def sampler():
    while not done.is_set():
        samples.append(sample())
        time.sleep(0.3)

threading.Thread(target=sampler, daemon=True).start()
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
lines, buf = [], ''
for ch in iter(lambda: proc.stdout.read(1), ''):
    if ch in '\r\n':
        if buf.strip():
            lines.append((time.time(), buf))
            print(buf, flush=True)
        buf = ''
    else:
        buf += ch
proc.wait()
done.set()
cores = os.cpu_count()
started = None
for ts, line in lines:
    if line.startswith('Benchmarking ') and ': Collecting' in line:
        started = (ts, line[len('Benchmarking '):].split(': Collecting')[0])
    elif 'time:' in line and started:
        s = [x for x in samples if started[0] <= x[0] <= ts]
        if len(s) > 1:
            a, b = s[0], s[-1]
            busy = 100 * ((b[1] - a[1]) - (b[2] - a[2])) / (b[1] - a[1])
            secs = b[0] - a[0]
            print(f"{started[1]}: machine {busy:.0f}% of {cores} cores; bench "
                  f"{100 * (b[3] - a[3]) / HZ / secs:.0f}% of a core, PostgreSQL "
                  f"{100 * (b[4] - a[4]) / HZ / secs:.0f}% of a core")
        started = None
sys.exit(proc.returncode)
