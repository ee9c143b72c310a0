#!/usr/bin/env bash
# Runs every test of faqbot against one build (make test uses build/asan):
#   1. each BUILD_DIR/test_* cmocka binary (its passed and failed tests are
#      counted from cmocka's summary lines),
#   2. tests/cli.sh, the command-line tests,
#   3. tests/server.sh, the end-to-end tests of faqbot serve (curl),
#   4. tests/browser/run.sh, the web chat in headless Chromium against the
#      real server (needs node, npm and chromium; installs node_modules
#      with npm ci when missing; anything missing is a failure),
#   5. tests/channels.sh, the chat channels through the real server and a
#      fake platform, with the SIGKILL crash test, and
#      tests/outbox_crash.sh, the outbox alone under SIGKILL,
#   6. faqbot check on the bundled knowledge (one test),
#   7. the accuracy gate: eval on both tuning sets (one test).
# The last line is "N passed, M failed" over everything; the exit status is
# non-zero when anything failed.
#
#   tests/run.sh BUILD_DIR
set -u

if [ $# -ne 1 ]; then
	echo "usage: tests/run.sh BUILD_DIR" >&2
	exit 2
fi
BUILD=$(cd "$1" 2>/dev/null && pwd) || {
	echo "tests/run.sh: no such directory: $1" >&2
	exit 2
}
cd "$(dirname "$0")/.." || exit 2

# A leak fails the run, and so does any undefined behaviour.
export ASAN_OPTIONS=detect_leaks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# cmocka's plain summary lines are what we count.
export CMOCKA_MESSAGE_OUTPUT=stdout
unset FAQBOT_KB

LOG=$(mktemp "${TMPDIR:-/tmp}/faqbot-run.XXXXXX") || exit 2
trap 'rm -f "$LOG"' EXIT

passed=0
failed=0

# run_logged CMD...: run, show the output as it was, keep it in $LOG.
run_logged() {
	"$@" >"$LOG" 2>&1 </dev/null
	rc=$?
	cat "$LOG"
}

# count PATTERN: the number N in the last "PATTERN N" of $LOG, or 0.
count() {
	grep -oE "$1 [0-9]+" "$LOG" | tail -n 1 | grep -oE '[0-9]+$' ||
	    echo 0
}

# 1. Unit tests.
units=0
for bin in "$BUILD"/test_*; do
	name=$(basename "$bin")
	case $name in
	*.*)	continue ;;		# test_NAME.d and the like
	esac
	if [ ! -f "$bin" ] || [ ! -x "$bin" ]; then
		continue
	fi
	units=$((units + 1))
	run_logged "$bin"
	p=$(count '\[  PASSED  \]')
	f=$(count '\[  FAILED  \]')
	# A crash, a leak report or a failed group setup can leave cmocka's
	# counts clean while the binary fails: that is one more failure.
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		echo "# $name exited with status $rc"
		f=1
	fi
	if [ "$p" -eq 0 ] && [ "$f" -eq 0 ]; then
		echo "# $name ran no test"
		f=1
	fi
	echo "# $name: $p passed, $f failed"
	passed=$((passed + p))
	failed=$((failed + f))
done
if [ "$units" -eq 0 ]; then
	echo "# no unit test binaries in $BUILD: run make asan first"
	failed=$((failed + 1))
fi

# suite NAME SCRIPT: run SCRIPT BUILD, whose last line is
# "NAME: N passed, M failed", and add its counts. No summary, or a failing
# exit with none failed, is one more failure.
suite() {
	local name=$1 script=$2 summary p f

	run_logged "$script" "$BUILD"
	summary=$(grep -E "^$name: [0-9]+ passed, [0-9]+ failed\$" "$LOG" |
	    tail -n 1)
	if [ -n "$summary" ]; then
		p=$(echo "$summary" | sed -E "s/^$name: ([0-9]+) passed.*/\1/")
		f=$(echo "$summary" | sed -E 's/.* ([0-9]+) failed$/\1/')
		if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
			f=1
		fi
	else
		echo "# $script gave no summary (status $rc)"
		p=0
		f=1
	fi
	passed=$((passed + p))
	failed=$((failed + f))
}

# 2. Command-line tests.
suite cli tests/cli.sh

# 3. The server, end to end.
suite server tests/server.sh

# 4. The web chat in a browser, against the real server.
suite browser tests/browser/run.sh

# 5. Chat channels end to end, and the outbox's crash test.
suite channels tests/channels.sh
suite outbox tests/outbox_crash.sh
suite telegram-poll tests/telegram_poll.sh
suite xmpp tests/xmpp.sh
suite irc tests/irc.sh

# 6. The bundled knowledge loads and every example finds its own entry.
run_logged "$BUILD/faqbot" check --kb knowledge
if [ "$rc" -eq 0 ]; then
	echo "ok - faqbot check --kb knowledge"
	passed=$((passed + 1))
else
	echo "not ok - faqbot check --kb knowledge (status $rc)"
	failed=$((failed + 1))
fi

# 7. The accuracy gate, on the tuning sets only (tests/eval/tune*.tsv, so a
# new one joins by its name). The holdout sets are deliberately not a gate:
# they are kept aside while the rules, thresholds and knowledge are tuned,
# so that they still measure questions nobody tuned against; `make eval`
# reports them separately.
tune_sets=$(ls tests/eval/tune*.tsv | sort -V | tr '\n' ' ')
# shellcheck disable=SC2086
run_logged "$BUILD/eval" knowledge $tune_sets
if [ "$rc" -eq 0 ]; then
	echo "ok - eval knowledge on the tuning sets: $tune_sets"
	passed=$((passed + 1))
else
	echo "not ok - eval knowledge on the tuning sets: $tune_sets(status $rc)"
	failed=$((failed + 1))
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
