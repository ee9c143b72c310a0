#!/usr/bin/env bash
# End-to-end tests of `faqbot serve`: starts BUILD_DIR/faqbot serve on
# 127.0.0.1 port 0 against a temporary copy of knowledge/ (so the reload
# tests can edit it), reads the port from its stdout and drives it with curl
# as a browser, a monitoring system and an operator would: the web files,
# the chat API, health and metrics, bad input, rate limits, what reaches the
# log and the gaps file, reloads (SIGHUP, file changes, broken files, under
# load), --check-config and graceful shutdown. Each check prints
# "ok - NAME" or "not ok - NAME"; the last line is
# "server: N passed, M failed", and the exit status is non-zero when any
# check failed. Every server it starts is killed on exit.
#
#   tests/server.sh BUILD_DIR
#
# KEEP_T=1 keeps the temporary directory (the servers' logs, knowledge
# copies and gaps files) for a look after a failure.
#
# shellcheck disable=SC2016
# (Python snippets are single-quoted on purpose.)
set -u

. "$(dirname "$0")/lib.sh"
lib_start server tests/server.sh "$@"
# Every server started is in PIDS, background request loops in LOOPS:
# both killed on exit.
lib_tmpdir server
LOOPS=""

# The caller's FAQBOT_* settings must not change what we test.
lib_unset_env

# not_ok NAME REASON: print the failure with the last response.
not_ok() {
	failed=$((failed + 1))
	echo "not ok - $1"
	echo "#   $2"
	if [ -s "$T/hdr" ]; then
		echo "#   last response headers:"
		head -n 12 "$T/hdr" | tr -d '\r' | sed 's/^/#     /'
	fi
	if [ -s "$T/body" ]; then
		echo "#   last response body:"
		head -c 600 "$T/body" | head -n 10 | sed 's/^/#     /'
		echo
	fi
	if [ -s "$T/pyerr" ]; then
		echo "#   check:"
		tail -n 5 "$T/pyerr" | sed 's/^/#     /'
	fi
}

lib_need_bin
if ! command -v curl >/dev/null 2>&1 ||
    ! command -v python3 >/dev/null 2>&1; then
	echo "not ok - curl and python3 are installed"
	echo "server: 0 passed, 1 failed"
	exit 1
fi

# --- starting and stopping servers -----------------------------------

# twins DIR: add two entries that differ by one word to the knowledge in
# DIR, so that "quokka" makes the bot unsure whatever the real knowledge
# and the matcher's tuning do.
twins() {
	cat >"$1/99-test-twins.kb" <<'EOF'
[entry test-twin-red]
title: Is the red quokka room open?
example: is the red quokka room open
answer: The red quokka room is a test fixture.

[entry test-twin-blue]
title: Is the blue quokka room open?
example: is the blue quokka room open
answer: The blue quokka room is a test fixture.
EOF
}

# start NAME [VAR=VALUE...]: start a server on a copy of knowledge/ (and
# the twins) in $T/NAME/kb, with the gaps file $T/NAME/gaps.jsonl and the
# variables given; sets SPID and SPORT, or returns 1 when it did not start
# within 60 s. Its stdout and stderr are $T/NAME/out and $T/NAME/err.
start() {
	local name=$1 d=$T/$1 i
	shift
	mkdir -p "$d"
	cp -R knowledge "$d/kb"
	twins "$d/kb"
	env FAQBOT_GAPS_PATH="$d/gaps.jsonl" "$@" "$BIN" serve \
	    --listen 127.0.0.1:0 --kb "$d/kb" >"$d/out" 2>"$d/err" </dev/null &
	SPID=$!
	PIDS="$PIDS $SPID"
	SPORT=""
	for i in $(seq 600); do
		SPORT=$(sed -n 's/.*serving on port \([0-9][0-9]*\).*/\1/p' \
		    "$d/out" | head -n 1)
		[ -n "$SPORT" ] && return 0
		kill -0 "$SPID" 2>/dev/null || break
		sleep 0.1
	done
	echo "# server $name did not start; its stderr:"
	head -n 20 "$d/err" | sed 's/^/#   /'
	return 1
}

# --- requests --------------------------------------------------------

# req PORT METHOD PATH [CURL ARGS...]: one request; the status is in
# $code, the headers in $T/hdr and the body in $T/body.
req() {
	local port=$1 method=$2 path=$3
	shift 3
	: >"$T/hdr"
	: >"$T/body"
	if [ "$method" = HEAD ]; then
		set -- --head "$@"
	else
		set -- -X "$method" "$@"
	fi
	code=$(curl -sS --max-time 20 -o "$T/body" -D "$T/hdr" \
	    -w '%{http_code}' "$@" "http://127.0.0.1:$port$path" 2>"$T/curlerr")
	[ -n "$code" ] || code=000
}

# jbody CONVERSATION TEXT [PICK]: a chat request body.
jbody() {
	python3 -c '
import json, sys
o = {"conversation": sys.argv[1], "text": sys.argv[2]}
if len(sys.argv) > 3:
    o["pick"] = sys.argv[3]
print(json.dumps(o))' "$@"
}

# chat PORT CONVERSATION TEXT [PICK]: POST /v1/chat.
chat() {
	local port=$1
	shift
	jbody "$@" >"$T/req"
	req "$port" POST /v1/chat -H 'Content-Type: application/json' \
	    --data-binary @"$T/req"
}

# post_raw PORT FILE: POST FILE's bytes as they are to /v1/chat.
post_raw() {
	req "$1" POST /v1/chat -H 'Content-Type: application/json' \
	    --data-binary @"$2"
}

# py CODE: run python3 with the last body on stdin as `o` (parsed JSON)
# and `raw`; a failed assertion is a failed check.
py() {
	python3 -c "
import json, sys
raw = sys.stdin.buffer.read()
try:
    o = json.loads(raw)
except ValueError:
    o = None
$1" <"$T/body" 2>"$T/pyerr"
}

# header NAME: the value of a response header (last response), or "".
header() {
	tr -d '\r' <"$T/hdr" | sed -n "s/^$1: *//Ip" | tail -n 1
}

# field NAME: a top-level field of the last JSON body, as text.
field() {
	python3 -c '
import json, sys
v = json.load(sys.stdin).get(sys.argv[1])
print(json.dumps(v) if isinstance(v, (list, dict)) else v)' "$1" \
	    <"$T/body" 2>/dev/null
}

# The fields and their types of every chat reply.
SHAPE='
assert isinstance(o, dict), o
assert o["kind"] in ("answer", "smalltalk", "fallback", "crisis"), o
assert o["id"] is None or isinstance(o["id"], str), o
assert isinstance(o["answer"], str) and o["answer"], o
assert isinstance(o["suggestions"], list), o
assert all(isinstance(s, str) for s in o["suggestions"]), o
assert isinstance(o["titles"], list), o
assert len(o["titles"]) == len(o["suggestions"]), o
'

# A JSON error object.
ERROR='
assert isinstance(o, dict) and isinstance(o.get("error"), str), raw
assert o["error"], raw
'

# status_is WANT: the last status was WANT.
status_is() {
	[ "$code" = "$1" ]
}

# =====================================================================
# The main server: knowledge watching off, so that only SIGHUP reloads
# and the reload counts below are exact.
# =====================================================================

if ! start main FAQBOT_KNOWLEDGE_WATCH=false; then
	echo "not ok - faqbot serve starts and prints its port"
	echo "server: $pass passed, $((failed + 1)) failed"
	exit 1
fi
ok "faqbot serve starts and prints its port"
M=$SPORT
MPID=$SPID
MD=$T/main

# --- the web files ---------------------------------------------------

req "$M" GET /
if status_is 200 && header Content-Type | grep -q '^text/html' &&
    grep -q 'not medical advice' "$T/body" &&
    grep -q '<script src="widget.js"' "$T/body"; then
	ok "GET /: 200, text/html, the disclaimer, loads widget.js"
else
	not_ok "GET /: 200, text/html, the disclaimer, loads widget.js" \
	    "status $code"
fi
cp "$T/body" "$T/index.html"

csp=$(header Content-Security-Policy)
if echo "$csp" | grep -q "default-src 'none'" &&
    echo "$csp" | grep -q "script-src 'self'" &&
    echo "$csp" | grep -q "frame-ancestors 'none'" &&
    [ "$(header X-Content-Type-Options)" = nosniff ]; then
	ok "GET /: Content-Security-Policy and nosniff headers"
else
	not_ok "GET /: Content-Security-Policy and nosniff headers" \
	    "CSP '$csp'"
fi

req "$M" GET /index.html
if status_is 200 && cmp -s "$T/body" "$T/index.html"; then
	ok "GET /index.html is the page at /"
else
	not_ok "GET /index.html is the page at /" "status $code"
fi

req "$M" HEAD /
hlen=$(header Content-Length)
# curl would not show a body sent after the headers: read the raw reply.
python3 - "$M" >"$T/body" 2>"$T/pyerr" <<'EOF'
import socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=10)
s.sendall(b"HEAD / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
data = b""
while True:
    chunk = s.recv(65536)
    if not chunk:
        break
    data += chunk
head, sep, rest = data.partition(b"\r\n\r\n")
assert sep and rest == b"", data
EOF
prc=$?
if status_is 200 && header Content-Type | grep -q '^text/html' &&
    [ $prc -eq 0 ] && [ "$hlen" = "$(wc -c <"$T/index.html" | tr -d ' ')" ]
then
	ok "HEAD /: 200, the page's type and length, no body"
else
	not_ok "HEAD /: 200, the page's type and length, no body" \
	    "status $code, length '$hlen'"
fi

req "$M" GET /widget.js
if status_is 200 && header Content-Type | grep -q '^text/javascript' &&
    cmp -s "$T/body" web/widget.js; then
	ok "GET /widget.js: 200, text/javascript, the file"
else
	not_ok "GET /widget.js: 200, text/javascript, the file" "status $code"
fi

req "$M" GET /chat.css
if status_is 200 && header Content-Type | grep -q '^text/css' &&
    cmp -s "$T/body" web/chat.css; then
	ok "GET /chat.css: 200, text/css, the file"
else
	not_ok "GET /chat.css: 200, text/css, the file" "status $code"
fi

# --- the chat API ----------------------------------------------------

chat "$M" c-answer "how long does an infusion take"
cp "$T/body" "$T/answer.json"
if status_is 200 && header Content-Type | grep -q '^application/json' &&
    py "$SHAPE
assert o['kind'] == 'answer' and o['id'], o
assert o['suggestions'], o
"; then
	ok "POST /v1/chat: an answer with kind, id, answer, suggestions, titles"
else
	not_ok "POST /v1/chat: an answer with kind, id, answer, suggestions, titles" \
	    "status $code"
fi

if [ "$(header Access-Control-Allow-Origin)" = "*" ] &&
    [ "$(header Cache-Control)" = no-store ]; then
	ok "POST /v1/chat: CORS header and no caching"
else
	not_ok "POST /v1/chat: CORS header and no caching" "headers"
fi

chat "$M" c-crisis "i want to kill myself"
if status_is 200 && py "$SHAPE
assert o['kind'] == 'crisis' and o['id'] is None, o
assert '988' in o['answer'] and '911' in o['answer'], o
"; then
	ok "POST /v1/chat: a crisis message gets the crisis reply with 988"
else
	not_ok "POST /v1/chat: a crisis message gets the crisis reply with 988" \
	    "status $code"
fi

# A suggestion button sends its title as the text and its id as "pick".
pick_id=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["suggestions"][0])' \
    <"$T/answer.json" 2>/dev/null)
pick_title=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["titles"][0])' \
    <"$T/answer.json" 2>/dev/null)
chat "$M" c-answer "$pick_title" "$pick_id"
if status_is 200 && [ -n "$pick_id" ] && py "$SHAPE
assert o['kind'] in ('answer', 'smalltalk'), o
assert o['id'] == '$pick_id', o
"; then
	ok "POST /v1/chat: \"pick\" with its title answers that entry"
else
	not_ok "POST /v1/chat: \"pick\" with its title answers that entry" \
	    "pick '$pick_id' ('$pick_title')"
fi

chat "$M" c-pick2 "zzzz" "no-such-entry"
if status_is 200 && py "$SHAPE"; then
	ok "POST /v1/chat: an unknown \"pick\" is answered from the text"
else
	not_ok "POST /v1/chat: an unknown \"pick\" is answered from the text" \
	    "status $code"
fi

# "2" after a "did you mean" picks the second suggestion. The question
# that makes the bot unsure depends on the knowledge and the matcher, so
# the first of these that does is used: the twins' word, then questions
# the bundled knowledge alone was unsure of.
unsure=""
n=0
for q in "quokka" "who is not allowed to have ketamine" \
    "are there any medical conditions that make ketamine unsafe" \
    "does it hurt your bladder" "special k vs clinic ketamine" \
    "does ketamine cause breathing problems?" "nausea cost"; do
	n=$((n + 1))
	chat "$M" "c-probe-$n" "$q"
	if py 'assert o["kind"] == "fallback" and len(o["suggestions"]) >= 2'
	then
		unsure=$q
		break
	fi
done
if [ -z "$unsure" ]; then
	not_ok "POST /v1/chat: \"2\" picks the second suggestion" \
	    "no question of the list made the bot unsure"
else
	chat "$M" c-follow "$unsure"
	cp "$T/body" "$T/unsure.json"
	second=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["suggestions"][1])' \
	    <"$T/unsure.json")
	if py "$SHAPE
assert o['kind'] == 'fallback' and o['id'] is None, o
assert o['answer'].startswith(\"I'm not sure\"), o
for i, t in enumerate(o['titles']):
    assert '%d. %s' % (i + 1, t) in o['answer'], o
"; then
		ok "POST /v1/chat: \"did you mean\" lists the suggestions by number"
	else
		not_ok "POST /v1/chat: \"did you mean\" lists the suggestions by number" \
		    "question '$unsure'"
	fi
	chat "$M" c-follow "2"
	if status_is 200 && py "$SHAPE
assert o['kind'] in ('answer', 'smalltalk'), o
assert o['id'] == '$second', o
"; then
		ok "POST /v1/chat: \"2\" picks the second suggestion"
	else
		not_ok "POST /v1/chat: \"2\" picks the second suggestion" \
		    "after '$unsure', want $second"
	fi
	chat "$M" c-other "2"
	if status_is 200 && py "$SHAPE
assert o['id'] != '$second' or o['kind'] == 'fallback', o
"; then
		ok "POST /v1/chat: \"2\" in another conversation picks nothing"
	else
		not_ok "POST /v1/chat: \"2\" in another conversation picks nothing" \
		    "status $code"
	fi
fi

# The disclaimer: in the first answer of a conversation only.
disc=""
for q in "what is ketamine" "is there parking" "how much does it cost"; do
	chat "$M" c-disclaimer "$q"
	if py 'assert o["kind"] == "answer", o'; then
		if grep -q 'not medical advice' "$T/body"; then
			disc="${disc}1"
		else
			disc="${disc}0"
		fi
	else
		disc="${disc}x"
	fi
done
chat "$M" c-disclaimer-2 "is there parking"
if [ "$disc" = 100 ] && grep -q 'not medical advice' "$T/body"; then
	ok "POST /v1/chat: the disclaimer once per conversation"
else
	not_ok "POST /v1/chat: the disclaimer once per conversation" \
	    "disclaimers in 3 answers: '$disc' (want 100), then a new one"
fi

req "$M" OPTIONS /v1/chat -H 'Origin: http://localhost:9' \
    -H 'Access-Control-Request-Method: POST' \
    -H 'Access-Control-Request-Headers: content-type'
if status_is 204 && header Access-Control-Allow-Methods | grep -q POST &&
    header Access-Control-Allow-Headers | grep -qi content-type &&
    [ "$(header Access-Control-Allow-Origin)" = "*" ]; then
	ok "OPTIONS /v1/chat: 204 with Allow-Methods and Allow-Headers"
else
	not_ok "OPTIONS /v1/chat: 204 with Allow-Methods and Allow-Headers" \
	    "status $code"
fi

req "$M" GET "/v1/greeting?conversation=x"
if status_is 200 && [ "$(header Access-Control-Allow-Origin)" = "*" ] &&
    py "$SHAPE
assert o['kind'] == 'smalltalk' and o['id'] == 'greeting', o
"; then
	ok "GET /v1/greeting: small talk with the greeting"
else
	not_ok "GET /v1/greeting: small talk with the greeting" "status $code"
fi

# --- health and metrics ----------------------------------------------

entries=$("$BIN" list --kb "$MD/kb" 2>/dev/null | wc -l | tr -d ' ')
req "$M" GET /healthz
if status_is 200 && py "
assert o['status'] == 'ok', o
assert o['entries'] == $entries, o
assert isinstance(o['version'], str) and o['version'], o
assert o['last_reload']['ok'] is True, o
"; then
	ok "GET /healthz: status ok, entries, version"
else
	not_ok "GET /healthz: status ok, entries, version" \
	    "want $entries entries"
fi
version0=$(field version)
reloads0=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["last_reload"]["reloads"])' \
    <"$T/body" 2>/dev/null)

req "$M" GET /metrics
if status_is 200 && header Content-Type | grep -q '^text/plain' && py "
t = raw.decode()
for name in ('faqbot_requests_total', 'faqbot_answers_total',
             'faqbot_request_duration_seconds_bucket',
             'faqbot_knowledge_entries', 'faqbot_reloads_total'):
    assert '\n' + name in t, name
assert '\nfaqbot_knowledge_entries $entries\n' in t, t
assert 'faqbot_requests_total{route=\"/v1/chat\",status=\"200\"}' in t, t
assert 'faqbot_answers_total{kind=\"crisis\"} 1\n' in t, t
for line in t.splitlines():
    assert line.startswith('#') or len(line.split(' ')) == 2, line
"; then
	ok "GET /metrics: Prometheus text with the faqbot_* series"
else
	not_ok "GET /metrics: Prometheus text with the faqbot_* series" \
	    "status $code"
fi

# --- bad input -------------------------------------------------------

python3 -c 'import json; print(json.dumps({"conversation": "c-big", "text": "x" * 70000}))' \
    >"$T/big.json"
post_raw "$M" "$T/big.json"
if status_is 413 && py "$ERROR"; then
	ok "bad input: a body over 64 KiB gets 413"
else
	not_ok "bad input: a body over 64 KiB gets 413" "status $code"
fi

req "$M" POST /v1/chat -H 'Transfer-Encoding: chunked' \
    -H 'Content-Type: application/json' --data-binary @"$T/big.json"
if status_is 413 && py "$ERROR"; then
	ok "bad input: a chunked body over 64 KiB (no length) gets 413"
else
	not_ok "bad input: a chunked body over 64 KiB (no length) gets 413" \
	    "status $code"
fi

chat "$M" c-long "$(python3 -c 'print("what is ketamine " * 260)')"
if status_is 400 && py "$ERROR
assert 'too long' in o['error'], o
"; then
	ok "bad input: a text over 4 KiB gets 400"
else
	not_ok "bad input: a text over 4 KiB gets 400" "status $code"
fi

printf '{"conversation": "c-bad", "text": "hi' >"$T/raw"
post_raw "$M" "$T/raw"
if status_is 400 && header Content-Type | grep -q '^application/json' &&
    py "$ERROR"; then
	ok "bad input: malformed JSON gets 400 with a JSON error"
else
	not_ok "bad input: malformed JSON gets 400 with a JSON error" \
	    "status $code"
fi

# bad NAME BODY: BODY (printf format) is refused with 400 and a JSON error.
bad() {
	# shellcheck disable=SC2059 # the body is a format: \xff, \0
	printf "$2" >"$T/raw"
	post_raw "$M" "$T/raw"
	if status_is 400 && py "$ERROR"; then
		ok "bad input: $1 gets 400"
	else
		not_ok "bad input: $1 gets 400" "status $code"
	fi
}

bad "no conversation" '{"text": "what is ketamine"}'
bad "an empty conversation" '{"conversation": "", "text": "hi"}'
bad "a conversation id over 128 bytes" \
    "{\"conversation\": \"$(printf 'c%.0s' $(seq 129))\", \"text\": \"hi\"}"
bad "no text" '{"conversation": "c-bad"}'
bad "a number as text" '{"conversation": "c-bad", "text": 42}'
bad "a number as pick" '{"conversation": "c-bad", "text": "hi", "pick": 2}'
bad "a JSON array" '[{"conversation": "c-bad", "text": "hi"}]'
bad "an empty body" ''
bad 'invalid UTF-8 in the text (a raw \xff byte)' \
    '{"conversation": "c-bad", "text": "caf\xff"}'
bad "invalid UTF-8 in the conversation id" \
    '{"conversation": "c-\xc3", "text": "hi"}'
bad 'a \u0000 escape in the text' \
    '{"conversation": "c-bad", "text": "what is\\u0000 ketamine"}'
bad 'a \u0000 escape in the conversation id' \
    '{"conversation": "c-bad\\u0000x", "text": "what is ketamine"}'
bad "a NUL byte in the body" \
    '{"conversation": "c-bad", "text": "what is\0 ketamine"}'

# An escaped backslash before "u0000" is text, not a NUL.
printf '{"conversation": "c-bs", "text": "what is ketamine \\\\u0000"}' \
    >"$T/raw"
post_raw "$M" "$T/raw"
if status_is 200 && py "$SHAPE"; then
	ok "bad input: an escaped backslash then u0000 is fine text (200)"
else
	not_ok "bad input: an escaped backslash then u0000 is fine text (200)" \
	    "status $code"
fi

req "$M" GET /v1/chat
if status_is 405 && header Allow | grep -q POST && py "$ERROR"; then
	ok "bad input: GET /v1/chat gets 405 with Allow"
else
	not_ok "bad input: GET /v1/chat gets 405 with Allow" "status $code"
fi

req "$M" POST /healthz -d '{}'
if status_is 405 && header Allow | grep -q GET && py "$ERROR"; then
	ok "bad input: POST /healthz gets 405 with Allow"
else
	not_ok "bad input: POST /healthz gets 405 with Allow" "status $code"
fi

req "$M" DELETE /
if status_is 405; then
	ok "bad input: DELETE / gets 405"
else
	not_ok "bad input: DELETE / gets 405" "status $code"
fi

req "$M" GET /no/such/page
if status_is 404 && py "$ERROR"; then
	ok "bad input: an unknown path gets 404 with a JSON error"
else
	not_ok "bad input: an unknown path gets 404 with a JSON error" \
	    "status $code"
fi

req "$M" GET /../etc/passwd --path-as-is
if status_is 404; then
	ok "bad input: /../etc/passwd gets 404"
else
	not_ok "bad input: /../etc/passwd gets 404" "status $code"
fi

# The default limit: 20 messages a minute in one conversation.
codes=""
for i in $(seq 21); do
	chat "$M" c-flood "is there parking"
	codes="$codes $code"
done
if [ "$codes" = "$(printf ' 200%.0s' $(seq 20)) 429" ] && py "$ERROR
assert 'quickly' in o['error'], o
"; then
	ok "rate limit: the 21st message in a minute gets 429 (default 20)"
else
	not_ok "rate limit: the 21st message in a minute gets 429 (default 20)" \
	    "statuses:$codes"
fi

# --- reload on SIGHUP ------------------------------------------------

# healthz_wait PORT PYCOND [SECONDS]: poll /healthz (10 times a second,
# for up to SECONDS, 10 by default) until PYCOND holds for its JSON `o`;
# false when it never did.
healthz_wait() {
	local i
	for i in $(seq $((${3:-10} * 10))); do
		req "$1" GET /healthz
		if status_is 200 && py "assert $2"; then
			return 0
		fi
		sleep 0.1
	done
	return 1
}

# A new entry with an example no other entry could answer.
cat >"$MD/kb/95-zebra.kb" <<'EOF'
[entry zebra-test]
title: Do you keep a zebra at the clinic?
example: do you keep a zebra named quixotic
answer: Yes, our zebra Quixotic lives in the garden.
EOF
kill -HUP "$MPID"
if healthz_wait "$M" "o['last_reload']['reloads'] == $reloads0 + 1 and o['last_reload']['ok'] and o['entries'] == $entries + 1 and o['version'] != '$version0'"
then
	ok "SIGHUP: /healthz shows one more reload, a new version and entry"
else
	not_ok "SIGHUP: /healthz shows one more reload, a new version and entry" \
	    "reloads were $reloads0"
fi
version1=$(field version)

chat "$M" c-zebra "do you keep a zebra named quixotic"
if status_is 200 && py "
assert o['kind'] == 'answer' and o['id'] == 'zebra-test', o
assert 'Quixotic lives in the garden' in o['answer'], o
"; then
	ok "SIGHUP: the new entry answers"
else
	not_ok "SIGHUP: the new entry answers" "status $code"
fi

# A syntax error on line 2 of a new file.
printf '[entry broken-one]\ntitle Is this broken?\n' >"$MD/kb/96-broken.kb"
kill -HUP "$MPID"
if healthz_wait "$M" "o['last_reload']['reloads'] == $reloads0 + 2" &&
    py "
assert o['status'] == 'ok', o
assert o['last_reload']['ok'] is False, o
assert '96-broken.kb:2' in o['last_reload']['error'], o
assert o['version'] == '$version1', o
assert o['entries'] == $entries + 1, o
"; then
	ok "SIGHUP, broken file: last_reload.ok false with file:line, same version"
else
	not_ok "SIGHUP, broken file: last_reload.ok false with file:line, same version" \
	    "status $code"
fi

chat "$M" c-zebra2 "do you keep a zebra named quixotic"
if status_is 200 && py "assert o['id'] == 'zebra-test', o"; then
	ok "SIGHUP, broken file: the old knowledge keeps answering"
else
	not_ok "SIGHUP, broken file: the old knowledge keeps answering" \
	    "status $code"
fi

req "$M" GET /metrics
if status_is 200 && py "
t = raw.decode()
assert '\nfaqbot_reload_failures_total 1\n' in t, t
assert '\nfaqbot_reloads_total 2\n' in t, t
assert '\nfaqbot_last_reload_ok 0\n' in t, t
"; then
	ok "SIGHUP, broken file: faqbot_reload_failures_total 1 in /metrics"
else
	not_ok "SIGHUP, broken file: faqbot_reload_failures_total 1 in /metrics" \
	    "status $code"
fi

if grep -q 'reload failed' "$MD/err" && grep -q '96-broken.kb:2' "$MD/err"
then
	ok "SIGHUP, broken file: the log says why, with file:line"
else
	not_ok "SIGHUP, broken file: the log says why, with file:line" \
	    "nothing in stderr"
fi

printf '[entry broken-one]\ntitle: Is this broken?\nexample: is the glockenspiel broken\nanswer: Not any more.\n' \
    >"$MD/kb/96-broken.kb"
kill -HUP "$MPID"
if healthz_wait "$M" "o['last_reload']['reloads'] == $reloads0 + 3" &&
    py "
assert o['last_reload']['ok'] is True, o
assert 'error' not in o['last_reload'], o
assert o['entries'] == $entries + 2, o
"; then
	ok "SIGHUP, file fixed: ok again, the entry is in service"
else
	not_ok "SIGHUP, file fixed: ok again, the entry is in service" \
	    "status $code"
fi

req "$M" GET /metrics
if py "assert '\nfaqbot_last_reload_ok 1\n' in raw.decode()"; then
	ok "SIGHUP, file fixed: faqbot_last_reload_ok 1"
else
	not_ok "SIGHUP, file fixed: faqbot_last_reload_ok 1" "status $code"
fi

# Reload under load: 8 loops of requests (each message in a conversation
# of its own, so that the rate limit stays out of it) for about 3 s, with
# 5 SIGHUPs meanwhile. Signals sent while a reload runs would merge into
# one, so each SIGHUP waits for the reload before it.
rm -f "$MD/kb/96-broken.kb"
: >"$T/load.stop"
rm -f "$T/load.stop"
t0=$(date +%s%N)
end=$(($(date +%s) + 20))	# a bound in case the stop file never comes
LOOPS=""
for l in $(seq 8); do
	(
		for i in $(seq 1000); do
			[ -e "$T/load.stop" ] && break
			[ "$(date +%s)" -ge "$end" ] && break
			jbody "load-$l-$i" "how long does an infusion take" |
			    curl -sS --max-time 10 -H 'Content-Type: application/json' \
			    --data-binary @- -w '\t%{http_code}\n' \
			    "http://127.0.0.1:$M/v1/chat" 2>&1
		done >"$T/load.$l"
	) &
	LOOPS="$LOOPS $!"
done
hups=0
sleep 0.4
for i in $(seq 5); do
	kill -HUP "$MPID"
	if healthz_wait "$M" "o['last_reload']['reloads'] == $reloads0 + $((3 + i))"
	then
		hups=$((hups + 1))
	fi
	sleep 0.4
done
# At least 3 s of load in all.
while [ $(($(date +%s%N) - t0)) -lt 3000000000 ]; do
	sleep 0.1
done
touch "$T/load.stop"
for p in $LOOPS; do
	wait "$p"
done
LOOPS=""
if [ $hups -eq 5 ] && py "assert o['last_reload']['ok'], o"; then
	ok "reload under load: 5 SIGHUPs, 5 reloads, all ok"
else
	not_ok "reload under load: 5 SIGHUPs, 5 reloads, all ok" \
	    "$hups reloads seen"
fi
cat "$T/load".[0-9] >"$T/body"
if py '
lines = raw.decode().splitlines()
assert len(lines) >= 16, "only %d responses" % len(lines)
for l in lines:
    body, status = l.rsplit("\t", 1)
    assert status == "200", l
    r = json.loads(body)
    assert r["kind"] == "answer" and r["answer"], l
print("#   %d responses" % len(lines), file=sys.stderr)
'; then
	ok "reload under load: every response is 200 and valid JSON"
	cat "$T/pyerr"
else
	not_ok "reload under load: every response is 200 and valid JSON" \
	    "see the check"
fi

# --- the gaps file ---------------------------------------------------

gap="do you sell gift cards my number is 555-010-0199"
chat "$M" c-gap1 "$gap"
k1=$(field kind)
chat "$M" c-gap2 "do you sell gift cards my number is 555-010-0123"
k2=$(field kind)
if [ "$k1 $k2" = "fallback fallback" ] && python3 -c '
import json, sys
qs = [json.loads(l)["q"] for l in open(sys.argv[1])]
gift = [q for q in qs if "gift cards" in q]
assert len(gift) == 2, qs
for q in gift:
    assert "[phone]" in q and "555" not in q and "010" not in q, q
' "$MD/gaps.jsonl" 2>"$T/pyerr"; then
	ok "gaps: a fallback question is kept, its phone number as [phone]"
else
	not_ok "gaps: a fallback question is kept, its phone number as [phone]" \
	    "kinds '$k1 $k2'; file: $(cat "$MD/gaps.jsonl" 2>/dev/null)"
fi

chat "$M" c-gap3 ""
k1=$(field kind)
chat "$M" c-gap4 $' \t\n '
k2=$(field kind)
if [ "$k1 $k2" = "fallback fallback" ] && python3 -c '
import json, sys
qs = [json.loads(l)["q"] for l in open(sys.argv[1])]
assert all(q.strip() for q in qs), qs
' "$MD/gaps.jsonl" 2>"$T/pyerr"; then
	ok "gaps: an empty or blank message is answered but not kept"
else
	not_ok "gaps: an empty or blank message is answered but not kept" \
	    "kinds '$k1 $k2'"
fi

if [ "$(stat -c %a "$MD/gaps.jsonl" 2>/dev/null)" = 600 ]; then
	ok "gaps: the file is mode 600"
else
	not_ok "gaps: the file is mode 600" \
	    "mode $(stat -c %a "$MD/gaps.jsonl" 2>/dev/null)"
fi

"$BIN" gaps --file "$MD/gaps.jsonl" --json >"$T/body" 2>"$T/pyerr"
if python3 -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
gift = [r for r in rows if "gift cards" in r["example"]]
assert len(gift) == 1 and gift[0]["count"] == 2, rows
assert "[phone]" in gift[0]["example"], rows
' "$T/body" 2>"$T/pyerr"; then
	ok "gaps: faqbot gaps --file groups the two questions (count 2)"
else
	not_ok "gaps: faqbot gaps --file groups the two questions (count 2)" \
	    "see the check"
fi

# =====================================================================
# A second server: five messages a minute, message text in the log,
# knowledge watching on (the default).
# =====================================================================

if start text FAQBOT_SERVER_RATE_PER_MINUTE=5 FAQBOT_LOG_LOG_TEXT=true; then
	X=$SPORT
	XPID=$SPID
	XD=$T/text
	ok "a second server starts (rate 5/min, log_text on)"
else
	not_ok "a second server starts (rate 5/min, log_text on)" "see above"
	X=""
fi

if [ -n "$X" ]; then
	codes=""
	for i in $(seq 6); do
		chat "$X" c-rate "is there parking"
		codes="$codes $code"
	done
	if [ "$codes" = " 200 200 200 200 200 429" ] &&
	    header Content-Type | grep -q '^application/json' &&
	    [ "$(header Access-Control-Allow-Origin)" = "*" ] && py "$ERROR
assert o['error'].startswith(\"You're sending messages quickly\"), o
"; then
		ok "rate limit: the 6th message at 5/min gets a polite 429"
	else
		not_ok "rate limit: the 6th message at 5/min gets a polite 429" \
		    "statuses:$codes"
	fi

	chat "$X" c-rate-other "is there parking"
	if status_is 200 && py "$SHAPE"; then
		ok "rate limit: another conversation still gets 200"
	else
		not_ok "rate limit: another conversation still gets 200" \
		    "status $code"
	fi

	req "$X" GET "/v1/greeting?conversation=c-rate"
	if status_is 429; then
		ok "rate limit: the greeting counts against the conversation too"
	else
		not_ok "rate limit: the greeting counts against the conversation too" \
		    "status $code"
	fi

	chat "$X" c-marker "is the wombatmarker covered by insurance"
	if status_is 200 && grep -q wombatmarker "$XD/err"; then
		ok "log_text=true: the message text is in the log"
	else
		not_ok "log_text=true: the message text is in the log" \
		    "status $code"
	fi

	# Knowledge watching: a changed file is reloaded without SIGHUP.
	req "$X" GET /healthz
	xv=$(field version)
	cat >>"$XD/kb/60-logistics.kb" <<'EOF'

[entry okapi-test]
title: Is there an okapi in the waiting room?
example: is there an okapi in the waiting room
answer: No, only very comfy chairs.
EOF
	if healthz_wait "$X" "o['version'] != '$xv' and o['last_reload']['ok']" 5
	then
		ok "watch: an edited file is reloaded without SIGHUP"
	else
		not_ok "watch: an edited file is reloaded without SIGHUP" \
		    "version still $xv"
	fi
	chat "$X" c-okapi "is there an okapi in the waiting room"
	if status_is 200 && py "assert o['id'] == 'okapi-test', o"; then
		ok "watch: the new entry answers"
	else
		not_ok "watch: the new entry answers" "status $code"
	fi

	# A rename into place (what editors do) is seen as well.
	req "$X" GET /healthz
	xv=$(field version)
	sed 's/only very comfy chairs/only very comfy chairs and tea/' \
	    "$XD/kb/60-logistics.kb" >"$XD/kb/.60-logistics.kb.tmp"
	mv "$XD/kb/.60-logistics.kb.tmp" "$XD/kb/60-logistics.kb"
	if healthz_wait "$X" "o['version'] != '$xv' and o['last_reload']['ok']" 5
	then
		ok "watch: a file renamed into place is reloaded"
	else
		not_ok "watch: a file renamed into place is reloaded" \
		    "version still $xv"
	fi

	lib_stop "$XPID"
	if [ "$rc" -eq 0 ]; then
		ok "the second server: SIGTERM exits 0 (no leak)"
	else
		not_ok "the second server: SIGTERM exits 0 (no leak)" "status $rc"
		tail -n 30 "$XD/err" | sed 's/^/#   /'
	fi
fi

# --- one client's connections: [server] per_ip_connections ------------

# With a limit of 2, a third connection from the same address is closed
# without an answer while the first two are served; once one of them is
# closed, a new one is served again.
if start perip FAQBOT_KNOWLEDGE_WATCH=false \
    FAQBOT_SERVER_PER_IP_CONNECTIONS=2; then
	python3 - "$SPORT" >"$T/body" 2>"$T/pyerr" <<'EOF'
import socket, sys, time
port = int(sys.argv[1])

def conn():
    return socket.create_connection(("127.0.0.1", port), timeout=5)

def status(s):
    """The status line of a GET /healthz on s, or None when closed."""
    try:
        s.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        data = b""
        while b"\r\n" not in data:
            chunk = s.recv(65536)
            if not chunk:
                return None
            data += chunk
    except (ConnectionResetError, BrokenPipeError):
        return None
    return data.split(b"\r\n", 1)[0].decode()

a, b = conn(), conn()
assert status(a) == "HTTP/1.1 200 OK", "first connection"
assert status(b) == "HTTP/1.1 200 OK", "second connection"
c = conn()
got = status(c)
assert got is None, "a third connection was answered: %r" % got
a.close()
end = time.time() + 5
while True:
    d = conn()
    got = status(d)
    if got is not None or time.time() > end:
        break
    d.close()
    time.sleep(0.1)
assert got == "HTTP/1.1 200 OK", "after one closed: %r" % got
assert status(b) == "HTTP/1.1 200 OK", "the second, again"
EOF
	if [ $? -eq 0 ]; then
		ok "per_ip_connections = 2: a third connection from one address is closed, the two open ones are served"
	else
		not_ok "per_ip_connections = 2: a third connection from one address is closed, the two open ones are served" \
		    "$(tail -n 3 "$T/pyerr")"
	fi
	lib_stop "$SPID"
	if [ "$rc" -eq 0 ]; then
		ok "the per-IP limited server: SIGTERM exits 0 (no leak)"
	else
		not_ok "the per-IP limited server: SIGTERM exits 0 (no leak)" \
		    "status $rc"
	fi
else
	not_ok "a server with per_ip_connections = 2 starts"
fi

# --- --check-config and start-up failures -----------------------------

cp etc/faqbot.conf.example "$T/good.conf"
printf '[server]\nthreads = 2\n[gaps]\npath = %s\n' "$T/g.jsonl" \
    >>"$T/good.conf"
# The example comments every option: its [server] comes first and the
# appended sections are repeats, which the reader accepts.
"$BIN" serve --config "$T/good.conf" --kb knowledge --check-config \
    >"$T/body" 2>"$T/pyerr"
rc=$?
if [ $rc -eq 0 ] && [ "$(cat "$T/body")" = "configuration OK" ]; then
	ok "--check-config: prints 'configuration OK' and exits 0"
else
	not_ok "--check-config: prints 'configuration OK' and exits 0" \
	    "status $rc"
fi

printf '[server]\nthreads = 2\n\n[log]\nlevle = debug\n' >"$T/bad.conf"
"$BIN" serve --config "$T/bad.conf" --kb knowledge --check-config \
    >"$T/body" 2>"$T/pyerr"
rc=$?
if [ $rc -eq 1 ] && grep -q "$T/bad.conf:5:" "$T/pyerr" &&
    grep -q "levle" "$T/pyerr" && ! grep -q "configuration OK" "$T/body"
then
	ok "--check-config: an unknown key exits 1 with file:line"
else
	not_ok "--check-config: an unknown key exits 1 with file:line" \
	    "status $rc"
fi

FAQBOT_SERVER_THREADS=0 "$BIN" serve --kb knowledge --check-config \
    >"$T/body" 2>"$T/pyerr"
rc=$?
if [ $rc -eq 1 ] && grep -q FAQBOT_SERVER_THREADS "$T/pyerr"; then
	ok "--check-config: a bad environment value exits 1 naming it"
else
	not_ok "--check-config: a bad environment value exits 1 naming it" \
	    "status $rc"
fi

"$BIN" serve --kb tests/fixtures/broken.kb --check-config \
    >"$T/body" 2>"$T/pyerr"
rc=$?
if [ $rc -eq 1 ] && grep -q "broken.kb:[0-9]" "$T/pyerr"; then
	ok "--check-config: broken knowledge exits 1 with file:line"
else
	not_ok "--check-config: broken knowledge exits 1 with file:line" \
	    "status $rc"
fi

timeout 20 env FAQBOT_GAPS_ENABLED=false "$BIN" serve \
    --listen "127.0.0.1:$M" --kb knowledge >"$T/body" 2>"$T/pyerr"
rc=$?
if [ $rc -eq 1 ] && grep -q "cannot listen on 127.0.0.1:$M" "$T/pyerr"
then
	ok "start-up: a port in use exits 1 with a message"
else
	not_ok "start-up: a port in use exits 1 with a message" "status $rc"
fi

# --- privacy: the main server's log ----------------------------------

# The marker goes through every path: answered, fallback, refused.
chat "$M" c-priv "is the wombatmarker covered by insurance"
chat "$M" c-priv "wombatmarker wombatmarker"
chat "$M" c-priv "$(python3 -c 'print("wombatmarker " * 400)')"
printf '{"conversation": "c-priv", "text": "wombatmarker' >"$T/raw"
post_raw "$M" "$T/raw"
printf '{"conversation": "c-priv", "text": "wombatmarker \xff"}' >"$T/raw"
post_raw "$M" "$T/raw"
jbody wombatmarker-conversation "hi" >"$T/raw"
post_raw "$M" "$T/raw"
if ! grep -q wombatmarker "$MD/err" && grep -q '"event":"request"' "$MD/err"
then
	ok "privacy: the log never holds message text or conversation ids"
else
	not_ok "privacy: the log never holds message text or conversation ids" \
	    "$(grep -c wombatmarker "$MD/err") lines with the marker"
fi

if python3 -c '
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    o = json.loads(line)
    assert "time" in o and "level" in o, line
' "$MD/err" 2>"$T/pyerr"; then
	ok "privacy: every log line is a JSON object with time and level"
else
	not_ok "privacy: every log line is a JSON object with time and level" \
	    "see the check"
fi

# --- graceful shutdown -----------------------------------------------

# A request whose body is still arriving when SIGTERM comes: the server
# stops accepting but finishes it. A first request on the same connection
# makes sure the server has accepted it before the signal.
: >"$T/hdr"
python3 - "$M" "$MPID" >"$T/body" 2>"$T/pyerr" <<'EOF'
import json, os, signal, socket, sys, time
port, pid = int(sys.argv[1]), int(sys.argv[2])
s = socket.create_connection(("127.0.0.1", port), timeout=15)
f = s.makefile("rb")

def response():
    status = f.readline()
    length = 0
    while True:
        line = f.readline().strip()
        if not line:
            break
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    return status, f.read(length)

s.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
status, _ = response()
assert status.startswith(b"HTTP/1.1 200"), status
body = json.dumps({"conversation": "c-inflight",
                   "text": "how long does an infusion take"}).encode()
s.sendall(b"POST /v1/chat HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          b"Content-Type: application/json\r\nConnection: close\r\n"
          b"Content-Length: %d\r\n\r\n" % len(body) + body[:10])
time.sleep(0.3)
os.kill(pid, signal.SIGTERM)
time.sleep(0.5)
s.sendall(body[10:])
status, payload = response()
assert status.startswith(b"HTTP/1.1 200"), status
o = json.loads(payload)
assert o["kind"] == "answer", o
print(payload.decode())
EOF
prc=$?
t0=$(date +%s)
lib_stop "$MPID"
t1=$(date +%s)
if [ $prc -eq 0 ]; then
	ok "shutdown: a request in flight at SIGTERM still gets its answer"
else
	not_ok "shutdown: a request in flight at SIGTERM still gets its answer" \
	    "see the check"
fi
if [ "$rc" -eq 0 ] && [ $((t1 - t0)) -le 10 ] &&
    grep -q '"msg":"stopped"' "$MD/err"; then
	ok "shutdown: SIGTERM exits 0 within 10 s (no leak)"
else
	not_ok "shutdown: SIGTERM exits 0 within 10 s (no leak)" \
	    "status $rc after $((t1 - t0)) s"
	tail -n 30 "$MD/err" | sed 's/^/#   /'
fi

req "$M" GET /healthz
if [ "$code" = 000 ]; then
	ok "shutdown: the port is closed afterwards"
else
	not_ok "shutdown: the port is closed afterwards" "status $code"
fi

echo "server: $pass passed, $failed failed"
[ "$failed" -eq 0 ]
