#!/usr/bin/env bash
# Fault tests of `faqbot serve`: what the server does when the world
# around it breaks.
#
#  (a) The knowledge directory becomes unreadable (chmod 000), then
#      SIGHUP: a log line names the path and the error, /healthz shows the
#      failed reload, and the old knowledge keeps answering. Root ignores
#      file permissions, so when run as root (as in CI) the server runs as
#      the unprivileged user nobody (setpriv --reuid=nobody --regid=nogroup
#      --clear-groups, or runuser when setpriv is missing), on a copy of
#      the binary and the knowledge in a directory owned by nobody.
#  (b) The outbox's disk is full: the outbox directory is a 64 KiB tmpfs
#      (mount needs root; CI runs as root) filled up with a file. A
#      Telegram update then gets 503 (so that Telegram delivers it again),
#      a log line says why, the web chat keeps answering; once space is
#      freed the redelivery is accepted and its reply sent. Without root
#      (or when mount fails) the full disk is simulated by removing the
#      empty queue directory under the running server (creating a file in
#      a removed directory fails, even for root).
#  (c) The platform times out (tests/fake_platform.py "hang"): updates are
#      still accepted at once, /healthz stays ok, the replies are retried
#      (1 s attempt limit) and every one arrives once the platform answers
#      again.
#
#   tests/faults.sh BUILD_DIR
#
# Last line: "faults: N passed, M failed". KEEP_T=1 keeps the temp dir.
set -u
# shellcheck source=tests/lib.sh
. "$(dirname "$0")/lib.sh"

lib_start faults tests/faults.sh "$@"
lib_tmpdir faults
lib_unset_env
CHECK_BYTES=600
MOUNTED=""
# The tmpfs of (b) is unmounted, and what (a) made unreadable made
# readable again, before lib_cleanup kills the servers and removes T.
faults_cleanup() {
	local p

	for p in $PIDS; do
		kill -KILL "$p" 2>/dev/null
	done
	wait 2>/dev/null
	[ -n "$MOUNTED" ] && umount "$MOUNTED" 2>/dev/null
	chmod -R u+rwX "$T" 2>/dev/null
	lib_cleanup
}
trap faults_cleanup EXIT

lib_need_tools curl python3
lib_need_bin

# start_server DIR PREFIX...: start faqbot serve (PREFIX is a command
# such as setpriv ... and the binary), stdout/stderr in DIR/out, DIR/err;
# sets SPID and PORT (empty when it did not start).
start_server() {
	local d=$1 i
	shift
	"$@" >"$d/out" 2>"$d/err" </dev/null &
	SPID=$!
	PIDS="$PIDS $SPID"
	PORT=""
	for i in $(seq 300); do
		PORT=$(sed -n 's/.*serving on port \([0-9][0-9]*\).*/\1/p' "$d/out")
		[ -n "$PORT" ] && return 0
		kill -0 "$SPID" 2>/dev/null || break
		sleep 0.1
	done
	return 1
}
# health PORT PYEXPR: evaluate PYEXPR on /healthz's JSON (o); "" when
# /healthz did not answer 200 with status ok.
health() {
	curl -s --max-time 5 "http://127.0.0.1:$1/healthz" 2>/dev/null |
	    python3 -c '
import json, sys
o = json.load(sys.stdin)
assert o["status"] == "ok"
print(eval(sys.argv[1]))' "$2" 2>/dev/null
}
# chat PORT TEXT: POST /v1/chat; prints "STATUS ID".
chat() {
	curl -s --max-time 10 -o "$T/chat.body" -w '%{http_code}' -X POST \
	    "http://127.0.0.1:$1/v1/chat" -H 'Content-Type: application/json' \
	    --data-binary "{\"conversation\":\"faults-$RANDOM\",\"text\":\"$2\"}"
	printf ' %s\n' "$(sed -n 's/.*"id":"\([^"]*\)".*/\1/p' "$T/chat.body")"
}
# stop_server PID: lib_stop (tests/lib.sh): SIGTERM, wait up to 10 s;
# sets rc.
stop_server() {
	lib_stop "$1"
}

# --- (a) unreadable knowledge directory ------------------------------
A=$T/a
mkdir -p "$A"
cp "$BIN" "$A/faqbot"
cp -R knowledge "$A/kb"
RUNAS=""
if [ "$(id -u)" = 0 ]; then
	chmod 0711 "$T"
	chown -R nobody:nogroup "$A"
	chmod 0700 "$A"
	if command -v setpriv >/dev/null 2>&1; then
		RUNAS="setpriv --reuid=nobody --regid=nogroup --clear-groups --"
	else
		RUNAS="runuser -u nobody --"
	fi
fi
# shellcheck disable=SC2086
if start_server "$A" env FAQBOT_KNOWLEDGE_WATCH=false \
    FAQBOT_GAPS_PATH="$A/gaps.jsonl" $RUNAS "$A/faqbot" serve --kb "$A/kb" \
    --listen 127.0.0.1:0; then
	ok "(a) server starts${RUNAS:+ as nobody}"
	APID=$SPID
	AP=$PORT
	v0=$(health "$AP" 'o["version"]')
	r0=$(health "$AP" 'o["last_reload"]["reloads"]')
	chmod 000 "$A/kb"
	if [ -n "$RUNAS" ] && $RUNAS ls "$A/kb" >/dev/null 2>&1; then
		not_ok "(a) the knowledge directory is unreadable to the server's user"
	fi
	kill -HUP "$APID"
	for _ in $(seq 100); do
		r=$(health "$AP" 'o["last_reload"]["reloads"]')
		[ -n "$r" ] && [ "$r" -gt "$r0" ] && break
		sleep 0.1
	done
	check "(a) SIGHUP: /healthz ok, last_reload failed, same version ($v0)" \
	    test "$(health "$AP" '"%s %s" % (o["last_reload"]["ok"], o["version"])')" = "False $v0"
	line=$(grep -i 'reload failed' "$A/err" | tail -n 1)
	case $line in
	*"$A/kb"*) ok "(a) the log says why, with the path: $line" ;;
	*) not_ok "(a) the log says why, with the path" \
	    "last reload line: ${line:-none}; stderr: $(tail -n 3 "$A/err")" ;;
	esac
	case $line in
	*[Pp]ermission*) ok "(a) the log line names the error (permission denied)" ;;
	*) not_ok "(a) the log line names the error (permission denied)" "$line" ;;
	esac
	check "(a) the old knowledge keeps answering" \
	    test "$(chat "$AP" "how much does it cost")" = "200 insurance-cost"
	chmod 0755 "$A/kb"
	kill -HUP "$APID"
	for _ in $(seq 100); do
		[ "$(health "$AP" 'o["last_reload"]["ok"]')" = True ] && break
		sleep 0.1
	done
	check "(a) readable again, SIGHUP: reload ok" \
	    test "$(health "$AP" 'o["last_reload"]["ok"]')" = True
	stop_server "$APID"
	check "(a) server exits 0 on SIGTERM" test "$rc" = 0
else
	not_ok "(a) server starts${RUNAS:+ as nobody}" "$(head -n 5 "$A/err")"
fi

# --- the fake platform and a server with Telegram --------------------
python3 tests/fake_platform.py --port 0 --record "$T/requests.jsonl" \
    >"$T/fake.out" 2>"$T/fake.err" &
PIDS="$PIDS $!"
for _ in $(seq 50); do
	grep -q '^port ' "$T/fake.out" 2>/dev/null && break
	sleep 0.1
done
FPORT=$(sed -n 's/^port //p' "$T/fake.out")
[ -n "$FPORT" ] || { not_ok "fake platform starts"; finish; }
FAKE=http://127.0.0.1:$FPORT
control() { curl -s -X POST "$FAKE/_control" -d "$1" >/dev/null; }

# (b) The outbox on a 64 KiB tmpfs, when we may mount one.
OB=$T/outbox
mkdir -p "$OB" "$T/state"
FULL=simulated
if [ "$(id -u)" = 0 ] && mount -t tmpfs -o size=64k,mode=0700 tmpfs "$OB" \
    2>/dev/null; then
	MOUNTED=$OB
	FULL=tmpfs
fi
S=$T/s
mkdir -p "$S"
if ! start_server "$S" env FAQBOT_KNOWLEDGE_WATCH=false \
    FAQBOT_GAPS_PATH="$T/state/gaps.jsonl" FAQBOT_OUTBOX_DIR="$OB" \
    FAQBOT_OUTBOX_BACKOFF_INITIAL=1 FAQBOT_OUTBOX_BACKOFF_MAX=2 \
    FAQBOT_OUTBOX_PER_CHAT_INTERVAL_MS=0 FAQBOT_OUTBOX_TIMEOUT_MS=1000 \
    FAQBOT_OUTBOX_MAX_ATTEMPTS=100 FAQBOT_DEDUP_PATH="$T/state/dedup.log" \
    FAQBOT_TELEGRAM_BOT_TOKEN=123:TESTTOKEN \
    FAQBOT_TELEGRAM_SECRET_TOKEN=tg-secret \
    FAQBOT_TELEGRAM_API_BASE="$FAKE/tg" \
    "$BIN" serve --kb knowledge --listen 127.0.0.1:0; then
	not_ok "server with Telegram starts" "$(head -n 5 "$S/err")"
	finish
fi
SP=$PORT
BASE=http://127.0.0.1:$SP

# telegram UPDATE_ID CHAT TEXT: POST a Telegram update; prints the status.
telegram() {
	local body
	body=$(python3 -c 'import json,sys; print(json.dumps({"update_id":
	    int(sys.argv[1]), "message": {"message_id": 7, "date": 1700000000,
	    "from": {"id": int(sys.argv[2]), "is_bot": False, "first_name": "P"},
	    "chat": {"id": int(sys.argv[2]), "type": "private"},
	    "text": sys.argv[3]}}))' "$1" "$2" "$3")
	curl -s --max-time 10 -o "$T/tg.body" -w '%{http_code}' -X POST \
	    "$BASE/telegram" -H 'Content-Type: application/json' \
	    -H "X-Telegram-Bot-Api-Secret-Token: tg-secret" --data-binary "$body"
}
# delivered CHAT: replies to CHAT the platform accepted (status 200).
delivered() {
	python3 - "$T/requests.jsonl" "$1" <<'EOF'
import json, sys
n = 0
try:
    for line in open(sys.argv[1]):
        r = json.loads(line)
        if r["path"].endswith("/sendMessage") and r["status"] == 200 and \
                json.loads(r["body"]).get("chat_id") == int(sys.argv[2]):
            n += 1
except FileNotFoundError:
    pass
print(n)
EOF
}
wait_delivered() {	# wait_delivered CHAT SECONDS
	for _ in $(seq $(($2 * 10))); do
		[ "$(delivered "$1")" -ge 1 ] && return 0
		sleep 0.1
	done
	return 1
}

check "(b) before: a Telegram update is accepted and answered" \
    test "$(telegram 100 7001 "how much does it cost")" = 200
check "(b) before: the reply reaches the platform" wait_delivered 7001 10

# Fill the disk.
if [ "$FULL" = tmpfs ]; then
	dd if=/dev/zero of="$OB/filler" bs=4k count=64 2>/dev/null
	# the last blocks, byte by byte runs too long: a few small files
	for i in 1 2 3 4 5 6 7 8; do
		head -c 512 /dev/zero >"$OB/filler.$i" 2>/dev/null || break
	done
	echo "# (b) outbox on a 64 KiB tmpfs, filled: $(df -k "$OB" | awk 'NR==2 {print $4}') KiB free"
else
	echo "# (b) no tmpfs (not root, or mount failed): removing the empty queue directory"
	for _ in $(seq 50); do
		rmdir "$OB/queue" 2>/dev/null && break
		sleep 0.1
	done
fi
code=$(telegram 101 7002 "can i drive home after my infusion")
check "(b) disk full: a Telegram update gets 503 (the platform redelivers)" \
    test "$code" = 503
line=$(grep 'reply not queued' "$S/err" | tail -n 1)
if [ -n "$line" ]; then
	ok "(b) disk full: the log says why: $line"
else
	not_ok "(b) disk full: the log says why" "$(tail -n 3 "$S/err")"
fi
case $line in
*"No space"* | *"No such file"*) ok "(b) disk full: the log line names the error" ;;
*) not_ok "(b) disk full: the log line names the error" "$line" ;;
esac
check "(b) disk full: the web chat keeps answering" \
    test "$(chat "$SP" "how much does it cost")" = "200 insurance-cost"
check "(b) disk full: /healthz ok" test -n "$(health "$SP" '"ok"')"
# Free the space; Telegram's redelivery of the same update is accepted.
if [ "$FULL" = tmpfs ]; then
	rm -f "$OB"/filler*
	check "(b) space freed: the redelivery is accepted" \
	    test "$(telegram 101 7002 "can i drive home after my infusion")" = 200
	check "(b) space freed: its reply reaches the platform" \
	    wait_delivered 7002 10
fi

# --- (c) the platform hangs -------------------------------------------
if [ "$FULL" = tmpfs ]; then
	control '{"mode": "hang", "seconds": 5}'
	t0=$(date +%s.%N)
	codes=""
	for i in 1 2 3 4 5; do
		codes="$codes$(telegram $((200 + i)) $((7100 + i)) "is ketamine addictive")"
	done
	t1=$(date +%s.%N)
	check "(c) platform hangs: 5 updates accepted (200 each)" \
	    test "$codes" = 200200200200200
	check "(c) platform hangs: accepted without waiting for it (< 5 s for 5)" \
	    python3 -c "import sys; sys.exit(0 if $t1 - $t0 < 5 else 1)"
	sleep 3
	hung=$(python3 -c 'import json,sys
print(sum(1 for l in open(sys.argv[1]) if json.loads(l)["status"] == 0))' \
	    "$T/requests.jsonl")
	check "(c) platform hangs: the sender tried and timed out ($hung attempts hung)" \
	    test "$hung" -ge 1
	check "(c) platform hangs: /healthz ok" test -n "$(health "$SP" '"ok"')"
	check "(c) platform hangs: another update still accepted" \
	    test "$(telegram 210 7110 "what is dissociation")" = 200
	check "(c) platform hangs: the web chat keeps answering" \
	    test "$(chat "$SP" "how much does it cost")" = "200 insurance-cost"
	control '{"mode": "ok"}'
	lost=""
	for c in 7101 7102 7103 7104 7105 7110; do
		wait_delivered "$c" 30 || lost="$lost $c"
	done
	check "(c) platform back: every accepted reply arrives${lost:+ (missing:$lost)}" \
	    test -z "$lost"
else
	echo "# (c) skipped with the simulated full disk (the queue directory is gone)"
fi

stop_server "$SPID"
check "server exits 0 on SIGTERM" test "$rc" = 0
finish
