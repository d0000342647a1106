#!/usr/bin/env python3
"""Runs a command (a criterion bench), timestamps its output lines and samples /proc/stat,
then prints, per benchmark, the machine's CPU use (of all cores) while it was measured
(between its 'Collecting' line and its 'time:' line)."""
import subprocess, sys, threading, time
samples = []
stop = False
def cpu():
    with open('/proc/stat') as f:
        v = [int(x) for x in f.readline().split()[1:]]
    idle = v[3] + v[4]
    return sum(v), idle
def sampler():
    while not stop:
        t, i = cpu(); samples.append((time.time(), t, i)); time.sleep(0.2)
th = threading.Thread(target=sampler); th.start()
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1)
lines = []
buf = ''
for chunk in iter(lambda: p.stdout.read(1), ''):
    if chunk in '\r\n':
        if buf.strip(): lines.append((time.time(), buf)); print(buf, flush=True)
        buf = ''
    else: buf += chunk
p.wait(); stop = True; th.join()
ncpu = sum(1 for l in open('/proc/stat') if l.startswith('cpu') and l[3].isdigit())
def util(a, b):
    s = [x for x in samples if a <= x[0] <= b]
    if len(s) < 2: return None
    dt = s[-1][1] - s[0][1]; di = s[-1][2] - s[0][2]
    return 100.0 * (dt - di) / dt
start = {}
for ts, l in lines:
    if l.startswith('Benchmarking ') and 'Collecting' in l:
        name = l[len('Benchmarking '):].split(': Collecting')[0]
        start[name] = ts
    if 'time:' in l and start:
        name = max(start, key=start.get)
        u = util(start[name], ts)
        print(f"CPU while measuring {name}: {u:.0f}% of {ncpu} cores" if u is not None else f"{name}: no samples")
        del start[name]
sys.exit(p.returncode)
