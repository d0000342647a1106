#!/usr/bin/env python3
# Runs a bench binary (e.g. target/release/deps/server_engine-* --bench "place a 5-line")
# and prints, per benchmark, the CPU share of the bench process (client) and of PostgreSQL.
# Samples CPU ticks of the bench process and postgres backends every 0.3 s while a command runs;
# prints, per benchmark phase, the share of CPU used by the client (bench) vs the server (postgres).
import os, subprocess, sys, threading, time
samples=[]; stop=False
def ticks():
    client=server=0
    for pid in os.listdir('/proc'):
        if not pid.isdigit(): continue
        try:
            st=open(f'/proc/{pid}/stat').read()
        except OSError: continue
        name=st[st.index('(')+1:st.rindex(')')]
        f=st[st.rindex(')')+2:].split()
        t=int(f[11])+int(f[12])
        if name.startswith('postgres'): server+=t
        elif name.startswith('server_engine'): client+=t
    return client,server
def sampler():
    while not stop:
        c,s=ticks(); samples.append((time.time(),c,s)); time.sleep(0.3)
th=threading.Thread(target=sampler); th.start()
p=subprocess.Popen(sys.argv[1:],stdout=subprocess.PIPE,stderr=subprocess.STDOUT,text=True,bufsize=1)
lines=[]; buf=''
for ch in iter(lambda:p.stdout.read(1),''):
    if ch in '\r\n':
        if buf.strip(): lines.append((time.time(),buf)); print(buf,flush=True)
        buf=''
    else: buf+=ch
p.wait(); stop=True; th.join()
start=None
for ts,l in lines:
    if l.startswith('Benchmarking ') and 'Collecting' in l: start=(ts,l.split(': Collecting')[0][13:])
    if 'time:' in l and start:
        s=[x for x in samples if start[0]<=x[0]<=ts]
        if len(s)>1:
            dc=s[-1][1]-s[0][1]; ds=s[-1][2]-s[0][2]; dt=s[-1][0]-s[0][0]
            hz=os.sysconf('SC_CLK_TCK')
            print(f"{start[1]}: client {dc/hz/dt*100:.0f}% of a core, server {ds/hz/dt*100:.0f}% of a core")
        start=None
