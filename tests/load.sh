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

if [ $# -ne 1 ]; then
	echo "usage: tests/load.sh BUILD_DIR" >&2
	exit 2
fi
BUILD=$(cd "$1" 2>/dev/null && pwd) || {
	echo "tests/load.sh: no such directory: $1" >&2
	exit 2
}
BIN=$BUILD/faqbot
cd "$(dirname "$0")/.." || exit 2

TOTAL=${LOAD_REQUESTS:-100000}
WARM=$((TOTAL / 5))
CONNS=64
WRK_THREADS=2		# the machine has 2 cores; wrk needs little
CONVS=4000

T=$(mktemp -d "${TMPDIR:-/tmp}/faqbot-load.XXXXXX") || exit 2
SPID=""
cleanup() {
	[ -n "$SPID" ] && kill -KILL "$SPID" 2>/dev/null
	wait 2>/dev/null
	[ -n "${KEEP_T:-}" ] || rm -rf "$T"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for v in $(env | sed -n 's/^\(FAQBOT_[A-Za-z0-9_]*\)=.*/\1/p'); do
	unset "$v"
done

pass=0
failed=0
ok() {
	pass=$((pass + 1))
	echo "ok - $1"
}
not_ok() {
	failed=$((failed + 1))
	echo "not ok - $1"
	[ -n "${2:-}" ] && echo "$2" | sed 's/^/#   /'
}
finish() {
	echo "load: $pass passed, $failed failed"
	[ "$failed" -eq 0 ]
	exit
}

for tool in wrk curl python3; do
	command -v "$tool" >/dev/null 2>&1 || {
		not_ok "$tool is installed" "make deps installs it (scripts/deps.sh)"
		finish
	}
done
[ -x "$BIN" ] || { not_ok "faqbot binary exists" "$BIN: run make"; finish; }

# The wrk script: a POST /v1/chat per request, the eval questions in turn
# (each thread starts elsewhere in the list) and conversation ids in turn
# over CONVS ids. Each thread stops after its share of STOP_AFTER
# responses (wrk is stopped by its -d300s bound otherwise); done() prints "statuses: 2xx=N other=M" over all threads.
python3 - "$T/chat.lua" "$CONVS" tests/eval/tune.tsv tests/eval/tune2.tsv <<'EOF'
import json, sys
out, convs = sys.argv[1], int(sys.argv[2])
qs = []
for f in sys.argv[3:]:
    for line in open(f, encoding="utf-8"):
        if line.startswith("#") or "\t" not in line:
            continue
        q = line.rstrip("\n").split("\t", 1)[1]
        if q:
            qs.append(json.dumps(q))
def lua(s):	# a Lua string literal of s's UTF-8 bytes
    return '"' + "".join(chr(b) if 32 <= b < 127 and chr(b) not in '"\\'
                         else "\\%03d" % b for b in s.encode()) + '"'
with open(out, "w") as f:
    f.write("local qs = {\n" + ",\n".join(lua(q) for q in qs) + "\n}\n")
    f.write("local convs = %d\n" % convs)
    f.write(r'''
local threads = {}
local n_threads = tonumber(os.getenv("WRK_THREADS") or "2")
local stop_after = tonumber(os.getenv("STOP_AFTER") or "0")
function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end
-- globals, so that done() can read them with thread:get()
i, seen, ok2, other, limit = 0, 0, 0, 0, 0
function init(args)
  i = tid * 7919
  limit = math.ceil(stop_after / n_threads)
  wrk.method = "POST"
  wrk.path = "/v1/chat"
  wrk.headers["Content-Type"] = "application/json"
end
function request()
  i = i + 1
  local body = '{"conversation":"load-' .. (i % convs) .. '","text":' ..
      qs[(i % #qs) + 1] .. '}'
  return wrk.format(nil, nil, nil, body)
end
function response(status, headers, body)
  seen = seen + 1
  if status >= 200 and status < 300 then ok2 = ok2 + 1 else other = other + 1 end
  if limit > 0 and seen == limit then
    -- wrk's main thread sleeps for the whole -d: tell the shell, which
    -- sends SIGINT (wrk then prints its results at once)
    local f = io.open(os.getenv("DONE_DIR") .. "/done." .. tid, "w")
    if f then f:close() end
    wrk.thread:stop()
  end
end
function done(summary, latency, requests)
  local a, b = 0, 0
  for _, t in ipairs(threads) do
    a = a + (t:get("ok2") or 0)
    b = b + (t:get("other") or 0)
  end
  io.write(string.format("statuses: 2xx=%d other=%d\n", a, b))
  io.write(string.format("latency: p50=%.0fus p99=%.0fus max=%.0fus\n",
      latency:percentile(50), latency:percentile(99), latency.max))
end
''')
EOF

# --- the server ------------------------------------------------------
mkdir -p "$T/state"
FAQBOT_KNOWLEDGE_WATCH=false FAQBOT_GAPS_PATH=$T/state/gaps.jsonl \
FAQBOT_SERVER_THREADS=4 FAQBOT_SERVER_MAX_CONNECTIONS=256 \
FAQBOT_SERVER_RATE_PER_MINUTE=10000 FAQBOT_SERVER_MAX_CONVERSATIONS=20000 \
    "$BIN" serve --kb knowledge --listen 127.0.0.1:0 >"$T/out" 2>"$T/err" \
    </dev/null &
SPID=$!
PORT=""
for _ in $(seq 300); do
	PORT=$(sed -n 's/.*serving on port \([0-9][0-9]*\).*/\1/p' "$T/out")
	[ -n "$PORT" ] && break
	kill -0 "$SPID" 2>/dev/null || break
	sleep 0.1
done
if [ -z "$PORT" ]; then
	not_ok "server starts" "$(head -n 5 "$T/err")"
	finish
fi
ok "server starts (port $PORT, 4 threads)"
URL=http://127.0.0.1:$PORT/v1/chat

rss_kib() { sed -n 's/^VmRSS:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$SPID/status"; }

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
	other=$(sed -n 's/^statuses: .* other=\([0-9]*\)/\1/p' "$out")
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
if grep -q 'statuses: 2xx=1 other=0' "$T/wrk-check.txt"; then
	ok "the wrk script loads and its request is answered 200"
else
	not_ok "the wrk script loads and its request is answered 200" \
	    "$(head -n 5 "$T/wrk-check.txt")"
	finish
fi

rss_start=$(rss_kib)
run_wrk "warm-up ($WARM requests)" "$WARM"
rss_warm=$(rss_kib)
run_wrk "main run ($((TOTAL - WARM)) requests)" "$((TOTAL - WARM))"
rss_end=$(rss_kib)
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
n500=$(grep -c '"status":5[0-9][0-9]' "$T/err")
if [ "$n500" = 0 ]; then
	ok "no 5xx in the server's log"
else
	not_ok "no 5xx in the server's log" "$n500 lines"
fi

kill -TERM "$SPID"
rc=0
for _ in $(seq 100); do
	kill -0 "$SPID" 2>/dev/null || break
	sleep 0.1
done
if kill -0 "$SPID" 2>/dev/null; then rc=124; else wait "$SPID"; rc=$?; fi
SPID=""
if [ "$rc" = 0 ]; then
	ok "server exits 0 on SIGTERM"
else
	not_ok "server exits 0 on SIGTERM" "exit status $rc"
fi
finish
