#!/usr/bin/env bash
# Server benchmark (`make bench` runs it after the matcher bench): faqbot
# serve on loopback with the bundled knowledge, 4 threads, measured with
# wrk (POST /v1/chat, the eval questions in turn over 4,000 conversations,
# the per-conversation rate limit raised so that it is not what is
# measured). Prints one table:
#
#   requests/s, p50 and p99 latency      wrk, BENCH_SECONDS (10) s, 32 connections
#   peak RSS of serve                    VmHWM of /proc/PID/status after the run
#   start-up time                        process start to the first /healthz 200
#   reload time                          SIGHUP to /healthz's reload count going
#                                        up (median of 5)
#
# Figures, not pass/fail: machines here are shared and noisy. It fails
# only when something broke (no start, a non-2xx, a socket error).
#
#   tests/bench/server_bench.sh [BUILD_DIR]      (default build)
#
# Last line: "server_bench: N passed, M failed".
set -u

. "$(dirname "$0")/../lib.sh"
lib_start server_bench tests/bench/server_bench.sh "${1:-build}"
lib_tmpdir bench
lib_unset_env
lib_need_tools wrk curl python3
lib_need_bin
SECS=${BENCH_SECONDS:-10}
CONNS=${BENCH_CONNECTIONS:-32}

lib_wrk_script "$T/chat.lua" 4000 bench-

# Start-up and reload times, measured by one Python process that starts
# the server itself (so that no shell or curl start-up is counted) and
# polls /healthz every millisecond. Prints "pid N", "port N",
# "startup_ms X", then, for each "reload" line read on stdin, "reload_ms X".
cat >"$T/timer.py" <<'EOF'
import json, os, re, signal, subprocess, sys, time, urllib.request
binary, kb, errlog = sys.argv[1:4]
env = dict(os.environ, FAQBOT_KNOWLEDGE_WATCH="false",
           FAQBOT_SERVER_THREADS="4", FAQBOT_SERVER_RATE_PER_MINUTE="10000",
           FAQBOT_SERVER_MAX_CONVERSATIONS="20000",
           FAQBOT_GAPS_PATH=os.path.join(os.path.dirname(errlog), "gaps.jsonl"))
t0 = time.monotonic()
p = subprocess.Popen([binary, "serve", "--kb", kb, "--listen", "127.0.0.1:0"],
                     stdout=subprocess.PIPE, stderr=open(errlog, "w"),
                     stdin=subprocess.DEVNULL, env=env, text=True)
print("pid %d" % p.pid, flush=True)
port = None
for line in p.stdout:
    m = re.search(r"serving on port (\d+)", line)
    if m:
        port = int(m.group(1))
        break
if port is None:
    sys.exit(1)
url = "http://127.0.0.1:%d/healthz" % port
def health():
    try:
        with urllib.request.urlopen(url, timeout=2) as r:
            return json.load(r) if r.status == 200 else None
    except OSError:
        return None
while health() is None:
    if time.monotonic() - t0 > 60:
        sys.exit(1)
    time.sleep(0.001)
print("port %d" % port, flush=True)
print("startup_ms %.1f" % ((time.monotonic() - t0) * 1000), flush=True)
for cmd in sys.stdin:
    before = health()["last_reload"]["reloads"]
    t = time.monotonic()
    p.send_signal(signal.SIGHUP)
    while True:
        o = health()
        if o and o["last_reload"]["reloads"] > before:
            break
        if time.monotonic() - t > 30:
            break
        time.sleep(0.001)
    if o and o["last_reload"]["reloads"] > before:
        print("reload_ms %.1f" % ((time.monotonic() - t) * 1000), flush=True)
    else:
        print("reload_ms timeout", flush=True)
p.stdout.close()
EOF

mkfifo "$T/cmd"
python3 "$T/timer.py" "$BIN" knowledge "$T/err" <"$T/cmd" >"$T/timer.out" &
TPID=$!
PIDS="$PIDS $TPID"
exec 3>"$T/cmd"		# keeps the timer's stdin open
for _ in $(seq 600); do
	grep -q '^startup_ms' "$T/timer.out" 2>/dev/null && break
	kill -0 "$TPID" 2>/dev/null || break
	sleep 0.1
done
SPID=$(sed -n 's/^pid //p' "$T/timer.out")
PIDS="$PIDS $SPID"
PORT=$(sed -n 's/^port //p' "$T/timer.out")
STARTUP=$(sed -n 's/^startup_ms //p' "$T/timer.out")
if [ -z "$STARTUP" ]; then
	not_ok "server starts" "$(head -n 5 "$T/err")"
	exec 3>&-
	finish
fi
ok "server starts (${STARTUP} ms to the first /healthz 200)"

# Reload time, with the server idle (median of 5).
for k in 1 2 3 4 5; do
	echo reload >&3
	for _ in $(seq 300); do
		[ "$(grep -c '^reload_ms' "$T/timer.out")" -ge "$k" ] && break
		sleep 0.1
	done
done
RELOAD=$(sed -n 's/^reload_ms //p' "$T/timer.out" | sort -n | sed -n 3p)
case $RELOAD in
'' | timeout) not_ok "reloads are seen in /healthz" "$(cat "$T/timer.out")" ;;
*) ok "reloads are seen in /healthz (median ${RELOAD} ms)" ;;
esac

# Throughput and latency.
wrk -t2 -c"$CONNS" -d"${SECS}s" --timeout 10s --latency -s "$T/chat.lua" \
    "http://127.0.0.1:$PORT/v1/chat" >"$T/wrk.txt" 2>&1
RPS=$(sed -n 's/^rps: //p' "$T/wrk.txt")
# latency: p50=Nus p99=Nus, in ms
P50=$(sed -n 's/^latency: p50=\([0-9]*\)us.*/\1/p' "$T/wrk.txt" |
    awk '{ printf "%.2f", $1 / 1000 }')
P99=$(sed -n 's/^latency: .* p99=\([0-9]*\)us.*/\1/p' "$T/wrk.txt" |
    awk '{ printf "%.2f", $1 / 1000 }')
HWM=$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$SPID/status")
if grep -q 'statuses: 2xx=[1-9][0-9]* non2xx=0' "$T/wrk.txt" &&
    ! grep -q 'Socket errors' "$T/wrk.txt"; then
	ok "wrk: every response 2xx, no socket error"
else
	not_ok "wrk: every response 2xx, no socket error" "$(cat "$T/wrk.txt")"
fi

exec 3>&-
kill -TERM "$SPID" 2>/dev/null
wait "$TPID" 2>/dev/null
for _ in $(seq 100); do
	kill -0 "$SPID" 2>/dev/null || break
	sleep 0.1
done
SPID=""

echo
echo "faqbot serve, bundled knowledge, 4 threads, loopback; wrk -t2 -c$CONNS -d${SECS}s POST /v1/chat"
printf '%-38s %s\n' "measure" "value"
printf '%-38s %s\n' "requests/s" "${RPS:-?}"
printf '%-38s %s\n' "latency p50 (ms)" "${P50:-?}"
printf '%-38s %s\n' "latency p99 (ms)" "${P99:-?}"
printf '%-38s %s\n' "peak RSS of serve (MiB)" \
    "$(awk -v k="${HWM:-0}" 'BEGIN { printf "%.1f", k / 1024 }')"
printf '%-38s %s\n' "start-up to first /healthz 200 (ms)" "$STARTUP"
printf '%-38s %s\n' "reload, SIGHUP to /healthz (ms)" "${RELOAD:-?} (median of 5)"
echo
finish
