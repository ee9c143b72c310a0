# Shared parts of the end-to-end test scripts (tests/channels.sh,
# tests/telegram_poll.sh, tests/irc.sh, tests/xmpp.sh, tests/server.sh,
# tests/cli.sh), sourced first thing:
#
#   . "$(dirname "$0")/lib.sh"
#   lib_start SUITE tests/NAME.sh "$@"	# BUILD_DIR check; BUILD, BIN, cd
#   lib_tmpdir NAME			# T, removed on exit; PIDS killed
#   lib_unset_env			# no FAQBOT_* from the caller
#
# then ok, not_ok, check and, last, summary (or finish) for the line
# "SUITE: N passed, M failed" and the exit status.
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
		echo "#   $BIN is missing: run make asan first"
		echo "$SUITE: 0 passed, 1 failed"
		exit 1
	}
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
not_ok() {
	failed=$((failed + 1))
	echo "not ok - $1"
	[ -n "${2:-}" ] && echo "#   $2"
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

# lib_serve [HOST:PORT]: start faqbot serve --kb knowledge on HOST:PORT
# (127.0.0.1:0, a free port, by default), stdout in $T/serve.out (new),
# stderr added to $T/serve.err; sets SPID, waits up to 10 s for it to
# serve and sets PORT to the port it reports ("" if none).
lib_serve() {
	: >"$T/serve.out"
	"$BIN" serve --kb knowledge --listen "${1:-127.0.0.1:0}" \
	    >"$T/serve.out" 2>>"$T/serve.err" &
	SPID=$!
	PIDS="$PIDS $SPID"
	wait_for 10 grep -q 'serving on port' "$T/serve.out"
	PORT=$(sed -n 's/.*serving on port \([0-9]*\).*/\1/p' "$T/serve.out")
}
