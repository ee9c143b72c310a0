#!/usr/bin/env bash
# Crash test of the durable outbox: the fake platform is down, replies are
# queued, the sender is killed with SIGKILL, restarted, the platform comes
# back, and every reply must arrive exactly once (a 2xx answered once per
# job id), in order within each chat, with nothing left in queue/ or
# dead/. A second round kills the sender while its requests hang in
# flight. BUILD_DIR/outbox_driver (make asan) stands in for a channel.
# Each check prints "ok - NAME" or "not ok - NAME"; the last line is
# "outbox: N passed, M failed", and the exit status is non-zero when any
# check failed.
#
#   tests/outbox_crash.sh BUILD_DIR
set -u

if [ $# -ne 1 ]; then
	echo "usage: tests/outbox_crash.sh BUILD_DIR" >&2
	exit 2
fi
BUILD=$(cd "$1" 2>/dev/null && pwd) || {
	echo "tests/outbox_crash.sh: no such directory: $1" >&2
	exit 2
}
DRIVER=$BUILD/outbox_driver
cd "$(dirname "$0")/.." || exit 2

T=$(mktemp -d "${TMPDIR:-/tmp}/faqbot-outbox-crash.XXXXXX") || exit 2
PIDS=""		# every process started, killed on exit

cleanup() {
	exec 2>/dev/null	# no "Killed" notices from the shell
	for p in $PIDS; do
		kill -KILL "$p" 2>/dev/null
	done
	wait 2>/dev/null
	rm -rf "$T"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

export ASAN_OPTIONS=detect_leaks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

pass=0
failed=0

ok() {
	pass=$((pass + 1))
	echo "ok - $1"
}

not_ok() {
	failed=$((failed + 1))
	echo "not ok - $1${2:+ ($2)}"
}

# check NAME CMD...: ok when CMD succeeds.
check() {
	local name=$1
	shift
	if "$@"; then
		ok "$name"
	else
		not_ok "$name"
	fi
}

# wait_for SECONDS CMD...: poll CMD every 0.1 s until it succeeds.
wait_for() {
	local n=$(($1 * 10))
	shift
	while [ "$n" -gt 0 ]; do
		"$@" && return 0
		sleep 0.1
		n=$((n - 1))
	done
	return 1
}

# control JSON: tell the fake platform how to answer.
control() {
	curl -sf -o /dev/null -d "$1" "http://127.0.0.1:$PORT/_control"
}

# files DIR: the number of files in DIR.
files() {
	find "$1" -maxdepth 1 -type f | wc -l
}

# answered PREFIX: how many requests to PREFIX got a 2xx, per the record.
answered() {
	python3 - "$T/record.jsonl" "$1" <<'EOF'
import json, sys
n = 0
for line in open(sys.argv[1]):
    r = json.loads(line)
    n += r["path"].startswith(sys.argv[2]) and 200 <= r["status"] < 300
print(n)
EOF
}

# answered_ge PREFIX N: at least N requests to PREFIX got a 2xx.
answered_ge() {
	[ "$(answered "$1")" -ge "$2" ]
}

# exactly_once PREFIX COUNT: each id 0..COUNT-1 answered 2xx exactly once,
# and within each chat (id mod 3) in increasing order.
exactly_once() {
	python3 - "$T/record.jsonl" "$1" "$2" <<'EOF'
import json, sys
path, prefix, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
ids = []
for line in open(path):
    r = json.loads(line)
    if r["path"].startswith(prefix) and 200 <= r["status"] < 300:
        ids.append(json.loads(r["body"])["id"])
bad = sorted(set(i for i in range(count) if ids.count(i) != 1))
extra = sorted(set(i for i in ids if not 0 <= i < count))
for chat in range(3):
    seq = [i for i in ids if i % 3 == chat]
    if seq != sorted(seq):
        print("chat %d out of order: %s" % (chat, seq))
        sys.exit(1)
if bad or extra:
    print("ids not answered exactly once: %s %s" % (bad, extra))
    sys.exit(1)
EOF
}

# start_driver DIR COUNT OUT: run the driver in the background.
start_driver() {
	"$DRIVER" "$1" "$PORT" "$2" >"$3" 2>"$3.err" &
	DPID=$!
	PIDS="$PIDS $DPID"
}

if [ ! -x "$DRIVER" ]; then
	not_ok "driver built" "$DRIVER missing: run make asan"
	echo "outbox: $pass passed, $failed failed"
	exit 1
fi

# The fake platform, on a random port, recording every request.
python3 tests/fake_platform.py --port 0 --record "$T/record.jsonl" \
    >"$T/fake.out" 2>"$T/fake.err" &
PIDS="$PIDS $!"
wait_for 10 grep -qs '^port ' "$T/fake.out" || {
	not_ok "fake platform starts" "$(cat "$T/fake.err")"
	echo "outbox: $pass passed, $failed failed"
	exit 1
}
PORT=$(sed -n 's/^port //p' "$T/fake.out")

# Round 1: the platform is down while 30 replies are queued; SIGKILL.
OB=$T/outbox1
control '{"mode": "down"}'
start_driver "$OB" 30 "$T/d1.out"
check "30 jobs queued while the platform is down" \
    wait_for 20 grep -q '^enqueued 30$' "$T/d1.out"
check "30 job files in queue/ before the crash" \
    test "$(files "$OB/queue")" -eq 30
sleep 0.5
{ kill -KILL "$DPID" && wait "$DPID"; } 2>/dev/null
check "still 30 job files after SIGKILL" test "$(files "$OB/queue")" -eq 30
check "nothing answered while down" test "$(answered /crash/)" -eq 0

# Restart with no new jobs, then bring the platform back.
start_driver "$OB" 0 "$T/d2.out"
wait_for 20 grep -q '^enqueued 0$' "$T/d2.out"
sleep 0.3
control '{"mode": "ok"}'
wait_for 20 answered_ge /crash/ 30
sleep 0.5
if out=$(exactly_once /crash/ 30); then
	ok "after SIGKILL and restart every reply arrives exactly once"
else
	not_ok "after SIGKILL and restart every reply arrives exactly once" \
	    "$out"
fi
check "queue/ empty after delivery" test "$(files "$OB/queue")" -eq 0
check "dead/ empty" test "$(files "$OB/dead")" -eq 0
check "tmp/ empty" test "$(files "$OB/tmp")" -eq 0
kill -TERM "$DPID"
if wait "$DPID" && grep -q '^closed$' "$T/d2.out"; then
	ok "driver exits 0 on SIGTERM (no leak, no sanitizer report)"
else
	not_ok "driver exits 0 on SIGTERM" "$(tail -5 "$T/d2.out.err")"
fi

# Round 2: requests hang in flight when the sender is killed.
OB=$T/outbox2
: >"$T/record.jsonl"
control '{"mode": "hang", "seconds": 3}'
start_driver "$OB" 12 "$T/d3.out"
wait_for 20 grep -q '^enqueued 12$' "$T/d3.out"
check "requests in flight before the crash" \
    wait_for 10 grep -q '"/crash/send"' "$T/record.jsonl"
{ kill -KILL "$DPID" && wait "$DPID"; } 2>/dev/null
check "12 job files kept after SIGKILL in flight" \
    test "$(files "$OB/queue")" -eq 12
control '{"mode": "ok"}'
start_driver "$OB" 0 "$T/d4.out"
wait_for 20 answered_ge /crash/ 12
sleep 0.5
if out=$(exactly_once /crash/ 12); then
	ok "killed in flight: every reply arrives exactly once"
else
	not_ok "killed in flight: every reply arrives exactly once" "$out"
fi
check "queue/ empty after the second restart" \
    test "$(files "$OB/queue")" -eq 0
kill -TERM "$DPID"
check "driver exits 0 on SIGTERM again" wait "$DPID"

echo "outbox: $pass passed, $failed failed"
[ "$failed" -eq 0 ]
