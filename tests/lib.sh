# Shared parts of the end-to-end test scripts (tests/channels.sh,
# tests/telegram_poll.sh, tests/irc.sh, tests/xmpp.sh, tests/server.sh,
# tests/cli.sh, and the load, soak and benchmark scripts tests/load.sh,
# tests/soak.sh, tests/bench/server_bench.sh), sourced first thing:
#
#   . "$(dirname "$0")/lib.sh"
#   lib_start SUITE tests/NAME.sh "$@"	# BUILD_DIR check; BUILD, BIN, cd
#   lib_tmpdir NAME			# T, removed on exit; PIDS killed
#   lib_unset_env			# no FAQBOT_* from the caller
#
# then ok, not_ok, check and, last, summary (or finish) for the line
# "SUITE: N passed, M failed" and the exit status. lib_serve and lib_stop
# start and stop faqbot serve; lib_wrk_script writes the wrk script of the
# load, soak and benchmark runs.
# shellcheck shell=bash

# The top of the tree, whatever the caller's directory.
LIB_TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# lib_start SUITE SCRIPT ARGS...: SUITE names the summary line; SCRIPT
# (tests/NAME.sh) the usage and error messages. ARGS must be one build
# directory: BUILD is its absolute path, BIN its faqbot; exit 2 otherwise.
# Then cd to the top of the tree (paths like knowledge/ are from there).
lib_start() {
	SUITE=$1
	local script=$2
	shift 2
	if [ $# -ne 1 ]; then
		echo "usage: $script BUILD_DIR" >&2
		exit 2
	fi
	BUILD=$(cd "$1" 2>/dev/null && pwd) || {
		echo "$script: no such directory: $1" >&2
		exit 2
	}
	BIN=$BUILD/faqbot
	cd "$LIB_TOP" || exit 2
}

# lib_need_bin: one failed check and exit 1 when BIN is not built.
lib_need_bin() {
	[ -x "$BIN" ] || {
		echo "not ok - faqbot binary exists"
		echo "#   $BIN is missing: build it first (make, or make asan" \
		    "for build/asan)"
		echo "$SUITE: 0 passed, 1 failed"
		exit 1
	}
}

# lib_need_tools TOOL...: one failed check and exit 1 when a tool is not
# installed (scripts/deps.sh lists them all).
lib_need_tools() {
	local tool

	for tool in "$@"; do
		command -v "$tool" >/dev/null 2>&1 && continue
		echo "not ok - $tool is installed"
		echo "#   make deps installs it (scripts/deps.sh)"
		echo "$SUITE: 0 passed, 1 failed"
		exit 1
	done
}

# lib_tmpdir NAME: T, a fresh directory faqbot-NAME.XXXXXX in TMPDIR. On
# exit every process in LOOPS and PIDS is killed and T removed (KEEP_T=1
# keeps it); SIGINT and SIGTERM exit 130.
lib_tmpdir() {
	T=$(mktemp -d "${TMPDIR:-/tmp}/faqbot-$1.XXXXXX") || exit 2
	PIDS=""
	trap lib_cleanup EXIT
	trap 'exit 130' INT TERM
}

lib_cleanup() {
	local p

	for p in ${LOOPS:-} $PIDS; do
		kill -KILL "$p" 2>/dev/null
	done
	wait 2>/dev/null
	[ -n "${KEEP_T:-}" ] || rm -rf "$T"
}

# lib_unset_env: unset every FAQBOT_* variable of the caller's.
lib_unset_env() {
	local v

	for v in $(env | sed -n 's/^\(FAQBOT_[A-Za-z0-9_]*\)=.*/\1/p'); do
		unset "$v"
	done
}

pass=0
failed=0
# How much of a failed check's output not_ok shows.
CHECK_BYTES=400

ok() {
	pass=$((pass + 1))
	echo "ok - $1"
}
not_ok() {	# not_ok NAME [DETAILS]: DETAILS may have several lines
	failed=$((failed + 1))
	echo "not ok - $1"
	[ -n "${2:-}" ] && printf '%s\n' "$2" | sed 's/^/#   /'
}
check() {	# check NAME COMMAND...
	local name=$1
	shift
	if "$@" >"$T/out" 2>&1; then ok "$name"; else
		not_ok "$name" "$(head -c "$CHECK_BYTES" "$T/out")"
	fi
}

# summary: the last line; the status is 0 when no check failed.
summary() {
	echo "$SUITE: $pass passed, $failed failed"
	[ "$failed" -eq 0 ]
}
# finish: summary, and exit with its status.
finish() {
	summary
	exit
}

# wait_for SECONDS COMMAND...: retry COMMAND every 0.1 s until it succeeds.
wait_for() {
	local n=$(($1 * 10))
	shift
	for _ in $(seq "$n"); do
		"$@" >/dev/null 2>&1 && return 0
		sleep 0.1
	done
	return 1
}

# lib_fake CMD...: start a fake platform, CMD, that prints "port N" when it
# listens; its output is $T/fake.out and $T/fake.err. FPORT is N, or ""
# when it did not say within 5 s.
lib_fake() {
	"$@" >"$T/fake.out" 2>"$T/fake.err" &
	PIDS="$PIDS $!"
	wait_for 5 grep -q '^port ' "$T/fake.out"
	FPORT=$(sed -n 's/^port //p' "$T/fake.out")
}

# requests PATH_PREFIX: how many requests tests/fake_platform.py recorded
# in $T/requests.jsonl start with it and were answered 200.
requests() {
	python3 - "$T/requests.jsonl" "$1" <<'EOF'
import json, sys
n = 0
try:
    for line in open(sys.argv[1]):
        r = json.loads(line)
        if r["path"].startswith(sys.argv[2]) and r["status"] == 200:
            n += 1
except FileNotFoundError:
    pass
print(n)
EOF
}

# lib_state_env: faqbot's files under $T/state, no knowledge watching.
lib_state_env() {
	mkdir -p "$T/state"
	export FAQBOT_KNOWLEDGE_WATCH=false
	export FAQBOT_GAPS_PATH=$T/state/gaps.jsonl
	export FAQBOT_OUTBOX_DIR=$T/state/outbox
	export FAQBOT_DEDUP_PATH=$T/state/dedup.log
}

# lib_serve [HOST:PORT [KB]]: start faqbot serve --kb KB (knowledge/ by
# default) on HOST:PORT (127.0.0.1:0, a free port, by default), with the
# caller's FAQBOT_* settings, stdout in $T/serve.out (new), stderr added to
# $T/serve.err; sets SPID, waits up to 10 s for it to serve and sets PORT
# to the port it reports ("" if none).
lib_serve() {
	: >"$T/serve.out"
	"$BIN" serve --kb "${2:-knowledge}" --listen "${1:-127.0.0.1:0}" \
	    >"$T/serve.out" 2>>"$T/serve.err" </dev/null &
	SPID=$!
	PIDS="$PIDS $SPID"
	wait_for 10 grep -q 'serving on port' "$T/serve.out"
	PORT=$(sed -n 's/.*serving on port \([0-9]*\).*/\1/p' "$T/serve.out")
}

# lib_stop PID: SIGTERM, wait up to 10 s; sets rc to its exit status (or
# 124 when it was still running and had to be killed).
lib_stop() {
	local pid=$1

	kill -TERM "$pid" 2>/dev/null
	for _ in $(seq 100); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
	done
	if kill -0 "$pid" 2>/dev/null; then
		kill -KILL "$pid" 2>/dev/null
		wait "$pid" 2>/dev/null
		rc=124
		return
	fi
	wait "$pid"
	rc=$?
}

# lib_rss PID: the process's resident memory (VmRSS) in KiB, or "".
lib_rss() {
	sed -n 's/^VmRSS:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$1/status" \
	    2>/dev/null
}

# lib_wrk_script OUT CONVS PREFIX: write the wrk Lua script of the load,
# soak and benchmark runs to OUT. Each request is a POST /v1/chat of the
# questions of tests/eval/tune.tsv and tune2.tsv in turn, from the
# conversation ids PREFIX0 .. PREFIX<CONVS-1> in turn (each wrk thread
# starts elsewhere in both lists). done() prints, over all threads:
#
#   statuses: 2xx=N non2xx=N 4xx=N 5xx=N
#   rps: N
#   latency: p50=Nus p99=Nus max=Nus
#
# With STOP_AFTER=N, WRK_THREADS (wrk's -t) and DONE_DIR in wrk's
# environment, each thread stops after its share of N responses and leaves
# a file DONE_DIR/done.TID: wrk's main thread sleeps for the whole -d, so
# the caller then sends wrk SIGINT, on which it prints its results (see
# tests/load.sh).
lib_wrk_script() {
	python3 - "$1" "$2" "$3" "$LIB_TOP/tests/eval/tune.tsv" \
	    "$LIB_TOP/tests/eval/tune2.tsv" <<'EOF'
import json, sys
out, convs, prefix = sys.argv[1], int(sys.argv[2]), sys.argv[3]
qs = []
for f in sys.argv[4:]:
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
    f.write("local convs = %d\nlocal prefix = %s\n" % (convs, lua(prefix)))
    f.write(r'''
local threads = {}
local n_threads = tonumber(os.getenv("WRK_THREADS") or "1")
local stop_after = tonumber(os.getenv("STOP_AFTER") or "0")
function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end
-- globals, so that done() can read them with thread:get()
i, seen, s2, s4, s5, sx, limit = 0, 0, 0, 0, 0, 0, 0
function init(args)
  i = tid * 7919
  limit = math.ceil(stop_after / n_threads)
  wrk.method = "POST"
  wrk.path = "/v1/chat"
  wrk.headers["Content-Type"] = "application/json"
end
function request()
  i = i + 1
  return wrk.format(nil, nil, nil, '{"conversation":"' .. prefix ..
      (i % convs) .. '","text":' .. qs[(i % #qs) + 1] .. '}')
end
function response(status, headers, body)
  seen = seen + 1
  if status >= 200 and status < 300 then s2 = s2 + 1
  elseif status >= 500 then s5 = s5 + 1
  elseif status >= 400 then s4 = s4 + 1
  else sx = sx + 1 end
  if limit > 0 and seen == limit then
    local f = io.open(os.getenv("DONE_DIR") .. "/done." .. tid, "w")
    if f then f:close() end
    wrk.thread:stop()
  end
end
function done(summary, latency, requests)
  local a, b, c, d = 0, 0, 0, 0
  for _, t in ipairs(threads) do
    a = a + (t:get("s2") or 0)
    b = b + (t:get("s4") or 0)
    c = c + (t:get("s5") or 0)
    d = d + (t:get("sx") or 0)
  end
  io.write(string.format("statuses: 2xx=%d non2xx=%d 4xx=%d 5xx=%d\n", a,
      b + c + d, b, c))
  io.write(string.format("rps: %.0f\n",
      summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency: p50=%.0fus p99=%.0fus max=%.0fus\n",
      latency:percentile(50), latency:percentile(99), latency.max))
end
''')
EOF
}
