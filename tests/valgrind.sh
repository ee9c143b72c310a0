#!/usr/bin/env bash
# Valgrind checks of faqbot (make valgrind), on an -O0 build without
# sanitizers:
#   1. every BUILD_DIR/test_* cmocka binary, under Valgrind;
#   2. tests/cli.sh against BUILD_DIR/run/, whose faqbot is a wrapper that
#      runs BUILD_DIR/faqbot under Valgrind, one log per run.
# Any Valgrind error, or a definite or indirect leak, fails. Exit status 1
# is also faqbot's own answer to broken knowledge, which some command-line
# tests expect, so every log's ERROR SUMMARY is checked as well. Logs are
# kept in BUILD_DIR/valgrind-logs/. tests/valgrind.supp holds the
# suppressions. The last line is "valgrind: N passed, M failed".
#
#   VALGRIND="valgrind --error-exitcode=1 ..." tests/valgrind.sh BUILD_DIR
set -u

if [ $# -ne 1 ]; then
	echo "usage: tests/valgrind.sh BUILD_DIR" >&2
	exit 2
fi
BUILD=$(cd "$1" 2>/dev/null && pwd) || {
	echo "tests/valgrind.sh: no such directory: $1" >&2
	exit 2
}
cd "$(dirname "$0")/.." || exit 2
ROOT=$(pwd)
VALGRIND=${VALGRIND:-valgrind --error-exitcode=1 --leak-check=full \
--errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect \
--suppressions=$ROOT/tests/valgrind.supp}

LOGS=$BUILD/valgrind-logs
rm -rf "$LOGS" "$BUILD/run"
mkdir -p "$LOGS" "$BUILD/run"
export CMOCKA_MESSAGE_OUTPUT=stdout
unset FAQBOT_KB

pass=0
failed=0

# bad_logs PATTERN: the logs matching PATTERN that report an error. A
# process that ran exec (a test starting a helper) leaves a log without an
# ERROR SUMMARY; such a log is bad only if it reports anything after its
# header.
bad_logs() {
	local f
	for f in $LOGS/$1; do
		[ -f "$f" ] || continue
		if grep -q 'ERROR SUMMARY:' "$f"; then
			grep -q 'ERROR SUMMARY: 0 errors' "$f" || echo "$f"
		elif grep -E '^==[0-9]+== [^ ]' "$f" | grep -qvE \
		    '== (Memcheck,|Copyright|Using Valgrind|Command:|Parent PID:)'; then
			echo "$f"
		fi
	done
}

# 1. Unit tests.
for bin in "$BUILD"/test_*; do
	name=$(basename "$bin")
	case $name in
	*.*)	continue ;;
	esac
	[ -x "$bin" ] || continue
	# shellcheck disable=SC2086
	$VALGRIND --log-file="$LOGS/$name.%p.log" "$bin" \
	    >"$LOGS/$name.out" 2>&1 </dev/null
	rc=$?
	bad=$(bad_logs "$name.*.log")
	if [ "$rc" -eq 0 ] && [ -z "$bad" ]; then
		pass=$((pass + 1))
		echo "ok - $name under valgrind"
	else
		failed=$((failed + 1))
		echo "not ok - $name under valgrind (status $rc)"
		grep -E '^\[  FAILED  \]' "$LOGS/$name.out" | sed 's/^/#   /'
		for f in $bad; do
			sed 's/^/#   /' "$f" | head -n 60
		done
	fi
done

# 2. The command-line tests, every faqbot run under Valgrind.
cat >"$BUILD/run/faqbot" <<WRAP
#!/bin/sh
exec $VALGRIND --log-file="$LOGS/faqbot.%p.log" "$BUILD/faqbot" "\$@"
WRAP
chmod +x "$BUILD/run/faqbot"
tests/cli.sh "$BUILD/run" >"$LOGS/cli.out" 2>&1
rc=$?
grep -E '^(not ok|cli:)' "$LOGS/cli.out" | sed 's/^/# /'
bad=$(bad_logs 'faqbot.*.log')
runs=$(find "$LOGS" -name 'faqbot.*.log' | wc -l)
if [ "$rc" -eq 0 ] && [ -z "$bad" ]; then
	pass=$((pass + 1))
	echo "ok - tests/cli.sh with faqbot under valgrind ($runs runs)"
else
	failed=$((failed + 1))
	echo "not ok - tests/cli.sh with faqbot under valgrind (status $rc," \
	    "$(echo "$bad" | grep -c .) of $runs runs with errors)"
	for f in $bad; do
		echo "#   $f:"
		sed 's/^/#   /' "$f" | grep -v '^#   ==[0-9]*== *$' | head -n 40
	done
fi

echo "valgrind: $pass passed, $failed failed"
[ "$failed" -eq 0 ]
