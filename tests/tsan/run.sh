#!/usr/bin/env bash
# ThreadSanitizer checks of faqbot (make tsan), on a build made with
# -fsanitize=thread:
#   1. BUILD_DIR/test_match: the matcher's unit tests, including the one
#      where four threads answer on one knowledge base;
#   2. BUILD_DIR/server_threads: the in-process HTTP server under client
#      threads while the knowledge is reloaded (tests/tsan/server_threads.c);
#   3. BUILD_DIR/faqbot serve on a temporary copy of knowledge/, under
#      concurrent curl requests, with SIGHUP reloads and a changed file
#      (the watcher thread) in between, then SIGTERM: it must exit 0;
#   4. tests/channels.sh with BUILD_DIR/faqbot: Telegram, WhatsApp, Twilio
#      and the webhook through the server, the outbox's sender thread, and
#      the SIGKILL crash test.
# Any TSan report fails the run (TSan's exit status 66, and the reports
# kept in BUILD_DIR/tsan-logs/ are checked). Suppressions, if one is ever
# needed, go in tests/tsan.supp. The last line is "tsan: N passed, M failed".
#
#   tests/tsan/run.sh BUILD_DIR
set -u

if [ $# -ne 1 ]; then
	echo "usage: tests/tsan/run.sh BUILD_DIR" >&2
	exit 2
fi
BUILD=$(cd "$1" 2>/dev/null && pwd) || {
	echo "tests/tsan/run.sh: no such directory: $1" >&2
	exit 2
}
cd "$(dirname "$0")/../.." || exit 2
ROOT=$(pwd)

LOGS=$BUILD/tsan-logs
rm -rf "$LOGS"
mkdir -p "$LOGS"
T=$(mktemp -d "${TMPDIR:-/tmp}/faqbot-tsan.XXXXXX") || exit 2
SERVER_PID=""
cleanup() {
	[ -n "$SERVER_PID" ] && kill -KILL "$SERVER_PID" 2>/dev/null
	rm -rf "$T"
}
trap cleanup EXIT

TSAN_OPTIONS="halt_on_error=0 exitcode=66 second_deadlock_stack=1 \
history_size=4 log_path=$LOGS/tsan"
# None is needed today: cJSON's global error pointer, the known benign
# race, is out of TSan's sight (libcjson is not instrumented) and the
# server parses under a mutex anyway.
if [ -f "$ROOT/tests/tsan.supp" ]; then
	TSAN_OPTIONS="$TSAN_OPTIONS suppressions=$ROOT/tests/tsan.supp"
fi
export TSAN_OPTIONS
export CMOCKA_MESSAGE_OUTPUT=stdout
for v in $(env | sed -n 's/^\(FAQBOT_[A-Za-z0-9_]*\)=.*/\1/p'); do
	unset "$v"
done

pass=0
failed=0

# result NAME STATUS: ok when STATUS is 0 and TSan wrote no report.
result() {
	local reports
	reports=$(cat "$LOGS"/tsan.* 2>/dev/null | grep -c 'WARNING: ThreadSanitizer')
	if [ "$2" -eq 0 ] && [ "$reports" -eq 0 ]; then
		pass=$((pass + 1))
		echo "ok - $1"
		return
	fi
	failed=$((failed + 1))
	echo "not ok - $1 (status $2, $reports TSan reports)"
	cat "$LOGS"/tsan.* 2>/dev/null | head -n 60 | sed 's/^/#   /'
	mkdir -p "$LOGS/failed"
	mv "$LOGS"/tsan.* "$LOGS/failed/" 2>/dev/null
}

# 1. The matcher's unit tests, threads included.
"$BUILD/test_match" >"$T/match.out" 2>&1 </dev/null
rc=$?
grep -E '^\[  (PASSED|FAILED) \]' "$T/match.out" | sed 's/^/# /'
result "test_match under TSan" "$rc"

# 2. The server in process, clients and reloads.
"$BUILD/server_threads" knowledge >"$T/threads.out" 2>&1 </dev/null
rc=$?
sed 's/^/# /' "$T/threads.out" | tail -n 5
result "server_threads under TSan" "$rc"

# 3. faqbot serve under curl, SIGHUP and a changed file, then SIGTERM.
cp -r knowledge "$T/kb"
FAQBOT_SERVER_RATE_PER_MINUTE=10000 FAQBOT_SERVER_THREADS=4 \
FAQBOT_GAPS_PATH="$T/gaps.jsonl" FAQBOT_LOG_LEVEL=warn \
    "$BUILD/faqbot" serve --listen 127.0.0.1:0 --kb "$T/kb" \
    >"$T/serve.out" 2>"$T/serve.err" </dev/null &
SERVER_PID=$!
port=""
for _ in $(seq 1 300); do
	port=$(sed -n 's/.*serving on port \([0-9]*\).*/\1/p' "$T/serve.out")
	[ -n "$port" ] && break
	sleep 0.1
done
if [ -z "$port" ]; then
	echo "# faqbot serve did not start:"
	sed 's/^/#   /' "$T/serve.err" | head -n 20
	result "faqbot serve under concurrent requests" 1
else
	loop() {	# loop N: 60 rounds of chat, health, metrics, greeting
		local url=http://127.0.0.1:$port
		for i in $(seq 1 60); do
			curl -s -o /dev/null -w '%{http_code}\n' -m 60 \
			    -H 'Content-Type: application/json' \
			    -d "{\"conversation\":\"c$1\",\"text\":\"is it safe $i\"}" \
			    "$url/v1/chat"
			curl -s -o /dev/null -w '%{http_code}\n' -m 60 \
			    -H 'Content-Type: application/json' \
			    -d '{"conversation":"shared","text":"i want to kill myself"}' \
			    "$url/v1/chat"
			curl -s -w '%{http_code}\n' -m 60 -o /dev/null \
			    -o /dev/null -o /dev/null "$url/healthz" \
			    "$url/metrics" "$url/v1/greeting?conversation=shared"
		done >"$T/codes.$1"
	}
	pids=""
	for n in 1 2 3 4; do
		loop "$n" &
		pids="$pids $!"
	done
	sleep 0.3
	kill -HUP "$SERVER_PID"
	sleep 0.3
	echo "# a comment" >>"$T/kb/10-basics.kb"	# the watcher reloads
	sleep 0.3
	kill -HUP "$SERVER_PID"
	for p in $pids; do
		wait "$p"
	done
	reloads=$(curl -s -m 60 "http://127.0.0.1:$port/metrics" |
	    sed -n 's/^faqbot_reloads_total \([0-9]*\)$/\1/p')
	echo "# faqbot serve: ${reloads:-?} reloads during the requests"
	kill -TERM "$SERVER_PID"
	wait "$SERVER_PID"
	rc=$?
	SERVER_PID=""
	total=$(cat "$T"/codes.* | wc -l)
	bad=$(grep -cv '^200$' "$T"/codes.* | awk -F: '{s += $NF} END {print s + 0}')
	echo "# faqbot serve: $total requests, $bad not 200, exit status $rc"
	if [ "$bad" -ne 0 ] && [ "$rc" -eq 0 ]; then
		rc=1
	fi
	result "faqbot serve under concurrent requests and reloads" "$rc"
fi

# 4. The channels' end-to-end tests, outbox thread included.
if [ -x tests/channels.sh ]; then
	tests/channels.sh "$BUILD" >"$T/channels.out" 2>&1 </dev/null
	rc=$?
	grep -E '^(not ok|channels:)' "$T/channels.out" | sed 's/^/# /'
	result "tests/channels.sh under TSan" "$rc"
fi

echo "tsan: $pass passed, $failed failed"
[ "$failed" -eq 0 ]
