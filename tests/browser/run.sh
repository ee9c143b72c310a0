#!/usr/bin/env bash
# The browser test of the web chat against the real server, as make test
# runs it: starts BUILD_DIR/faqbot serve on 127.0.0.1 port 0 with a copy of
# the bundled knowledge, runs tests/browser/chat.test.mjs against it in
# Debian's headless Chromium (playwright-core), then stops the server with
# SIGTERM (it must exit 0: under ASan that also means no leak).
#
# node_modules is installed with `npm ci` when playwright-core is missing.
# A missing node, npm, Chromium or playwright-core is a failure, never a
# skip. The browser test's own "ok"/"not ok" lines and counts are kept;
# the last line is "browser: N passed, M failed" over them and the checks
# made here, and the exit status is non-zero when anything failed.
#
#   tests/browser/run.sh BUILD_DIR
set -u

if [ $# -ne 1 ]; then
	echo "usage: tests/browser/run.sh BUILD_DIR" >&2
	exit 2
fi
BUILD=$(cd "$1" 2>/dev/null && pwd) || {
	echo "tests/browser/run.sh: no such directory: $1" >&2
	exit 2
}
BIN=$BUILD/faqbot
cd "$(dirname "$0")/../.." || exit 2
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
export CHROMIUM

T=$(mktemp -d "${TMPDIR:-/tmp}/faqbot-browser.XXXXXX") || exit 2
SPID=""
cleanup() {
	[ -n "$SPID" ] && kill -KILL "$SPID" 2>/dev/null
	wait 2>/dev/null
	rm -rf "$T"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
for v in $(env | sed -n 's/^\(FAQBOT_[A-Za-z0-9_]*\)=.*/\1/p'); do
	unset "$v"
done

pass=0
failed=0

# fail_out NAME REASON: one failed check, and the summary; exits.
fail_out() {
	echo "not ok - $1"
	echo "#   $2"
	echo "browser: $pass passed, $((failed + 1)) failed"
	exit 1
}

# --- what the test needs ---------------------------------------------

command -v node >/dev/null 2>&1 ||
    fail_out "node is installed" "install nodejs (scripts/deps.sh install)"
[ -x "$CHROMIUM" ] ||
    fail_out "Chromium is installed" "no $CHROMIUM: install chromium (scripts/deps.sh install)"
if [ ! -f node_modules/playwright-core/package.json ]; then
	command -v npm >/dev/null 2>&1 ||
	    fail_out "npm is installed" "install npm (scripts/deps.sh install)"
	echo "# installing node_modules: npm ci --no-audit --no-fund"
	npm ci --no-audit --no-fund >"$T/npm.log" 2>&1 </dev/null || {
		tail -n 20 "$T/npm.log" | sed 's/^/#   /'
		fail_out "npm ci installs playwright-core" "npm ci failed"
	}
	[ -f node_modules/playwright-core/package.json ] ||
	    fail_out "npm ci installs playwright-core" "still missing"
fi
[ -x "$BIN" ] || fail_out "faqbot binary exists" "$BIN is missing: run make asan first"

# --- the server ------------------------------------------------------

# A copy of knowledge/ (other work may edit it while this runs), and two
# entries that differ by one word, so that "quokka" makes the bot unsure
# whatever the real knowledge and the matcher's tuning do.
cp -R knowledge "$T/kb"
cat >"$T/kb/99-test-twins.kb" <<'EOF'
[entry test-twin-red]
title: Is the red quokka room open?
example: is the red quokka room open
answer: The red quokka room is a test fixture.

[entry test-twin-blue]
title: Is the blue quokka room open?
example: is the blue quokka room open
answer: The blue quokka room is a test fixture.
EOF
env FAQBOT_GAPS_PATH="$T/gaps.jsonl" FAQBOT_KNOWLEDGE_WATCH=false \
    "$BIN" serve --listen 127.0.0.1:0 --kb "$T/kb" \
    >"$T/out" 2>"$T/err" </dev/null &
SPID=$!
port=""
for _ in $(seq 600); do
	port=$(sed -n 's/.*serving on port \([0-9][0-9]*\).*/\1/p' "$T/out" |
	    head -n 1)
	[ -n "$port" ] && break
	kill -0 "$SPID" 2>/dev/null || break
	sleep 0.1
done
if [ -z "$port" ]; then
	head -n 20 "$T/err" | sed 's/^/#   /'
	fail_out "faqbot serve starts for the browser test" "no port"
fi

# --- the browser test ------------------------------------------------

FAQBOT_URL=http://127.0.0.1:$port timeout 300 node tests/browser/chat.test.mjs \
    </dev/null >"$T/node.log" 2>&1
rc=$?
cat "$T/node.log"
summary=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$T/node.log" | tail -n 1)
if [ -n "$summary" ]; then
	p=${summary%% passed*}
	f=${summary##*passed, }
	f=${f%% failed}
	pass=$((pass + p))
	failed=$((failed + f))
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		echo "not ok - chat.test.mjs exits 0 (status $rc)"
		failed=$((failed + 1))
	fi
else
	echo "not ok - chat.test.mjs ends with its counts (status $rc)"
	failed=$((failed + 1))
fi

# --- the server after it ---------------------------------------------

kill -TERM "$SPID"
for _ in $(seq 100); do
	kill -0 "$SPID" 2>/dev/null || break
	sleep 0.1
done
if kill -0 "$SPID" 2>/dev/null; then
	echo "not ok - the server exits within 10 s of SIGTERM"
	failed=$((failed + 1))
else
	wait "$SPID"
	rc=$?
	SPID=""
	if [ "$rc" -eq 0 ]; then
		echo "ok - the server exits 0 after the browser test"
		pass=$((pass + 1))
	else
		echo "not ok - the server exits 0 after the browser test (status $rc)"
		tail -n 30 "$T/err" | sed 's/^/#   /'
		failed=$((failed + 1))
	fi
fi

echo "browser: $pass passed, $failed failed"
[ "$failed" -eq 0 ]
