#!/usr/bin/env bash
# Load test of `faqbot serve`: 100,000 POST /v1/chat requests over 64
# concurrent keep-alive connections with wrk, in two runs: a 20,000-request
# warm-up, then the other 80,000. Every response must be 2xx, with no
# socket error or timeout, and the server's resident memory (VmRSS from
# /proc/PID/status) must not grow from the end of the warm-up to the end.
#
#   tests/load.sh BUILD_DIR        (normally build, the -O2 build of make)
#
# The bodies are the questions of tests/eval/tune.tsv and tune2.tsv, in
# turn, over 4,000 conversation ids; the per-conversation rate limit is
# raised (FAQBOT_SERVER_RATE_PER_MINUTE=10000) so that it is not what is
# measured. LOAD_REQUESTS=N changes the total (the warm-up stays a fifth).
# Last line: "load: N passed, M failed". KEEP_T=1 keeps the temp dir.
set -u

. "$(dirname "$0")/lib.sh"
lib_start load tests/load.sh "$@"
lib_tmpdir load
lib_unset_env
lib_need_tools wrk curl python3
lib_need_bin

TOTAL=${LOAD_REQUESTS:-100000}
WARM=$((TOTAL / 5))
CONNS=64
WRK_THREADS=2		# the machine has 2 cores; wrk needs little
CONVS=4000

lib_wrk_script "$T/chat.lua" "$CONVS" load-

# --- the server ------------------------------------------------------
mkdir -p "$T/state"
export FAQBOT_KNOWLEDGE_WATCH=false FAQBOT_GAPS_PATH=$T/state/gaps.jsonl \
    FAQBOT_SERVER_THREADS=4 FAQBOT_SERVER_MAX_CONNECTIONS=256 \
    FAQBOT_SERVER_RATE_PER_MINUTE=10000 FAQBOT_SERVER_MAX_CONVERSATIONS=20000
lib_serve
if [ -z "$PORT" ]; then
	not_ok "server starts" "$(head -n 5 "$T/serve.err")"
	finish
fi
ok "server starts (port $PORT, 4 threads)"
URL=http://127.0.0.1:$PORT/v1/chat

# wrk_until N THREADS CONNECTIONS MAXSECONDS OUT: run wrk until N
# responses (each thread stops after its share and leaves a file in
# $T/done), then stop it with SIGINT so that it prints its results.
wrk_until() {
	local n=$1 th=$2 c=$3 max=$4 out=$5 wpid
	rm -rf "$T/done"
	mkdir -p "$T/done"
	DONE_DIR=$T/done STOP_AFTER=$n WRK_THREADS=$th wrk -t"$th" -c"$c" \
	    -d"${max}s" --timeout 10s --latency -s "$T/chat.lua" "$URL" \
	    >"$out" 2>&1 &
	wpid=$!
	for _ in $(seq $((max * 10))); do
		[ "$(find "$T/done" -type f | wc -l)" -ge "$th" ] && break
		kill -0 "$wpid" 2>/dev/null || break
		sleep 0.1
	done
	kill -INT "$wpid" 2>/dev/null
	wait "$wpid"
}

# run_wrk NAME N: wrk until N responses (bounded by a 300 s duration);
# checks every response was 2xx and no socket error or timeout.
run_wrk() {
	local name=$1 n=$2 out=$T/wrk-$1.txt two other errs
	wrk_until "$n" "$WRK_THREADS" "$CONNS" 300 "$out"
	sed 's/^/# /' "$out" | grep -E 'requests in|Requests/sec|Latency  |statuses|latency:|Non-2xx|Socket errors'
	two=$(sed -n 's/^statuses: 2xx=\([0-9]*\) .*/\1/p' "$out")
	other=$(sed -n 's/^statuses: .* non2xx=\([0-9]*\) .*/\1/p' "$out")
	errs=$(sed -n 's/.*Socket errors: \(.*\)/\1/p' "$out")
	if [ -n "$two" ] && [ "$two" -ge "$n" ] && [ "$other" = 0 ] &&
	    ! grep -q 'Non-2xx' "$out" && [ -z "$errs" ]; then
		ok "$name: $two responses, all 2xx, no socket error or timeout"
	else
		not_ok "$name: $n responses, all 2xx, no socket error or timeout" \
		    "2xx=${two:-?} other=${other:-?} socket errors: ${errs:-none}"
	fi
}

# The script must load: with a Lua error wrk would send GETs instead.
wrk_until 1 1 1 5 "$T/wrk-check.txt"
if grep -q 'statuses: 2xx=1 non2xx=0' "$T/wrk-check.txt"; then
	ok "the wrk script loads and its request is answered 200"
else
	not_ok "the wrk script loads and its request is answered 200" \
	    "$(head -n 5 "$T/wrk-check.txt")"
	finish
fi

rss_start=$(lib_rss "$SPID")
run_wrk "warm-up ($WARM requests)" "$WARM"
rss_warm=$(lib_rss "$SPID")
run_wrk "main run ($((TOTAL - WARM)) requests)" "$((TOTAL - WARM))"
rss_end=$(lib_rss "$SPID")
echo "# VmRSS: start $rss_start KiB, after warm-up $rss_warm KiB, end $rss_end KiB"

# Memory: after the warm-up every conversation id is in the table, glibc's
# per-thread malloc arenas have grown to their working size and the
# libmicrohttpd connection pools are allocated, so RSS should be flat. The
# tolerance, the larger of +10% and +8 MiB, absorbs allocator
# fragmentation and pages touched late (log buffers, a new arena when a
# thread migrates); a leak of 100 bytes a request would be ~7.6 MiB over
# the 80,000 requests of the main run and show on top of it as the
# curve keeps rising in the next run.
limit=$((rss_warm + rss_warm / 10))
[ "$limit" -lt $((rss_warm + 8192)) ] && limit=$((rss_warm + 8192))
if [ -n "$rss_end" ] && [ "$rss_end" -le "$limit" ]; then
	ok "memory: VmRSS $rss_warm -> $rss_end KiB after warm-up (limit $limit)"
else
	not_ok "memory: VmRSS $rss_warm -> $rss_end KiB after warm-up (limit $limit)"
fi

code=$(curl -s -o "$T/health" -w '%{http_code}' "http://127.0.0.1:$PORT/healthz")
if [ "$code" = 200 ] && grep -q '"status":"ok"' "$T/health"; then
	ok "healthz ok after the load ($(sed -n 's/.*"conversations":\([0-9]*\).*/\1/p' "$T/health") conversations held)"
else
	not_ok "healthz ok after the load" "status $code: $(head -c 300 "$T/health")"
fi
n500=$(grep -c '"status":5[0-9][0-9]' "$T/serve.err")
if [ "$n500" = 0 ]; then
	ok "no 5xx in the server's log"
else
	not_ok "no 5xx in the server's log" "$n500 lines"
fi

lib_stop "$SPID"
if [ "$rc" = 0 ]; then
	ok "server exits 0 on SIGTERM"
else
	not_ok "server exits 0 on SIGTERM" "exit status $rc"
fi
finish
