#!/usr/bin/env bash
# End-to-end tests of the IRC connector against a real IRC server: ngircd
# (Debian package ngircd) in the foreground on a free 127.0.0.1 port with a
# config of our own, faqbot serve connected to it, staff alerts pointed at
# tests/fake_platform.py, and tests/irc_client.py as the patients. Checks:
# answers in the channel (addressed to the asker) and in private, the
# crisis reply and its staff alert, a long answer whole and in order,
# flood control, NOTICEs and services never answered, reconnecting after
# the server restarts, QUIT at shutdown, and TLS with the certificate
# checked (a test CA trusted through SSL_CERT_FILE, and refused without).
#
#   tests/irc.sh BUILD_DIR
#
# Last line: "irc: N passed, M failed". KEEP_T=1 keeps the temp dir.
set -u

. "$(dirname "$0")/lib.sh"
lib_start irc tests/irc.sh "$@"
lib_tmpdir irc
# ngircd may drop root for "nobody": it must still read its files.
chmod 755 "$T"
lib_unset_env
unset SSL_CERT_FILE SSL_CERT_DIR
CHECK_BYTES=600

NGIRCD=$(command -v ngircd || echo /usr/sbin/ngircd)
if [ ! -x "$NGIRCD" ]; then
	not_ok "ngircd is installed (apt-get install ngircd)"
	finish
fi

# free_port: a TCP port on 127.0.0.1 nobody listens on right now.
free_port() {
	python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# wait_grep FILE PATTERN SECONDS: wait until FILE has a line matching.
wait_grep() {
	wait_for "$3" grep -q -- "$2" "$1"
}

# ngircd_conf NAME PORT [TLS_PORT]: write $T/NAME.conf.
ngircd_conf() {
	mkdir -p "$T/$1.d"
	{
		printf '[Global]\n\tName = irc.test.invalid\n'
		printf '\tInfo = faqbot test server\n\tListen = 127.0.0.1\n'
		printf '\tPorts = %s\n\tMotdPhrase = test server\n' "$2"
		printf '[Limits]\n\tMaxNickLength = 30\n\tMaxConnectionsIP = 0\n'
		# No penalty time: what the clients see is faqbot's own pace.
		printf '\tMaxPenaltyTime = 0\n\tPingTimeout = 120\n'
		printf '\tPongTimeout = 20\n'
		printf '[Options]\n\tDNS = no\n\tIdent = no\n\tPAM = no\n'
		printf '\tIncludeDir = %s\n' "$T/$1.d"
		if [ -n "${3:-}" ]; then
			printf '[SSL]\n\tPorts = %s\n' "$3"
			printf '\tCertFile = %s\n\tKeyFile = %s\n' \
			    "$T/tls/server.pem" "$T/tls/server.key"
		fi
	} >"$T/$1.conf"
}

# start_ngircd NAME: start ngircd with $T/NAME.conf; sets NGPID.
start_ngircd() {
	: >"$T/$1.log"
	"$NGIRCD" -n -f "$T/$1.conf" >>"$T/$1.log" 2>&1 &
	NGPID=$!
	PIDS="$PIDS $NGPID"
	wait_grep "$T/$1.log" 'ready' 10
}

# client NAME ARGS...: run tests/irc_client.py, its JSON in $T/NAME.json.
client() {
	local name=$1
	shift
	python3 tests/irc_client.py --port "$IPORT" "$@" >"$T/$name.json" \
	    2>"$T/$name.err"
}

# ask QUESTION: faqbot ask's JSON for a fresh conversation, in $T/ask.json.
ask() {
	printf '%s\n' "$1" | "$BIN" ask --kb knowledge --json >"$T/ask.json"
}

# The fake platform, for staff alerts.
lib_fake python3 tests/fake_platform.py --port 0 --record \
    "$T/requests.jsonl"
[ -n "$FPORT" ] || { not_ok "fake platform starts"; finish; }

IPORT=$(free_port)
ngircd_conf irc "$IPORT"
check "ngircd starts on 127.0.0.1:$IPORT" start_ngircd irc
[ "$failed" -eq 0 ] || { cat "$T/irc.log"; finish; }

lib_state_env
export FAQBOT_OUTBOX_BACKOFF_INITIAL=1
export FAQBOT_OUTBOX_BACKOFF_MAX=2
export FAQBOT_ALERTS_URL=http://127.0.0.1:$FPORT/alerts
export FAQBOT_ALERTS_FORMAT=slack
export FAQBOT_IRC_SERVER=127.0.0.1
export FAQBOT_IRC_PORT=$IPORT
export FAQBOT_IRC_TLS=false
export FAQBOT_IRC_CHANNELS=#clinic

# start_faqbot NAME [VAR=VALUE...]: faqbot serve with logs in $T/NAME.err.
start_faqbot() {
	local name=$1
	shift
	env "$@" "$BIN" serve --kb knowledge --listen 127.0.0.1:0 \
	    >"$T/$name.out" 2>"$T/$name.err" &
	SPID=$!
	PIDS="$PIDS $SPID"
	wait_grep "$T/$name.out" 'serving on port' 10
}

check "faqbot serve starts" start_faqbot serve
check "faqbot registers and joins #clinic" \
    wait_grep "$T/serve.err" 'irc: joined #clinic' 15
FB=$SPID

# words FILE.json [PREFIX]: the bot's lines, PREFIX cut off, as one line of
# words; same_words: they are the words of faqbot ask's answer, in order.
same_words() {	# same_words CLIENT_JSON PREFIX
	python3 - "$1" "$2" "$T/ask.json" <<'EOF'
import json, sys
out = json.load(open(sys.argv[1]))
prefix = sys.argv[2]
want = json.loads(open(sys.argv[3]).read())["answer"].split()
lines = out["lines"]
assert lines, out
got = []
for l in lines:
    assert l["text"].startswith(prefix), l
    got += l["text"][len(prefix):].split()
assert got == want, (got, want)
EOF
}

# --- In the channel ----------------------------------------------------
ask "how much does it cost"
client alice --nick alice --channel '#clinic' \
    --raw 'PRIVMSG #clinic :how much does it cost' \
    --raw 'PRIVMSG #clinic :Faqbot, how much does it cost'
check "channel: the bot is in #clinic" python3 -c '
import json, sys; o = json.load(open(sys.argv[1])); assert o["bot_in_channel"], o
' "$T/alice.json"
check "channel: answer in #clinic, addressed to the asker, whole" \
    same_words "$T/alice.json" 'alice: '
check "channel: answered once (unaddressed lines are left alone)" \
    python3 -c '
import json, sys; o = json.load(open(sys.argv[1]))
assert all(l["command"] == "PRIVMSG" and l["target"] == "#clinic"
           for l in o["lines"]), o
assert len(o["lines"]) <= 4, o
' "$T/alice.json"

# --- In private ---------------------------------------------------------
ask "is ketamine addictive"
client bob --nick bob --raw 'PRIVMSG faqbot :is ketamine addictive'
check "private: answered by PRIVMSG to the nick, whole" \
    same_words "$T/bob.json" ''
check "private: every line is a PRIVMSG to bob" python3 -c '
import json, sys; o = json.load(open(sys.argv[1]))
assert all(l["command"] == "PRIVMSG" and l["target"] == "bob"
           for l in o["lines"]), o
' "$T/bob.json"

# --- Crisis -------------------------------------------------------------
client carol --nick carol --raw 'PRIVMSG faqbot :i want to kill myself'
check "crisis: the crisis reply, with 988" python3 -c '
import json, sys; o = json.load(open(sys.argv[1]))
text = " ".join(l["text"] for l in o["lines"])
assert "988" in text, o
' "$T/carol.json"
for _ in $(seq 100); do
	[ "$(requests /alerts)" -ge 1 ] && break
	sleep 0.1
done
check "crisis: staff alert posted, naming the conversation, not the text" \
    python3 - "$T/requests.jsonl" <<'EOF'
import json, sys
rs = [json.loads(l) for l in open(sys.argv[1])]
a = [json.loads(r["body"]) for r in rs if r["path"] == "/alerts"]
assert a, rs
assert "irc:127.0.0.1:pm:carol" in a[0]["text"], a
assert "kill myself" not in a[0]["text"], "the alert must not carry the text"
EOF

# --- A long answer ------------------------------------------------------
ask "can i do ketamine at home"
client dave --nick dave --channel '#clinic' \
    --raw 'PRIVMSG #clinic :faqbot: can i do ketamine at home'
check "long answer: arrives whole and in order" \
    same_words "$T/dave.json" 'dave: '
check "long answer: split within the 512-byte limit, paragraphs apart" \
    python3 - "$T/dave.json" "$T/ask.json" <<'EOF'
import json, sys
o = json.load(open(sys.argv[1]))
paras = [p for p in json.load(open(sys.argv[2]))["answer"].split("\n")
         if p.strip()]
lines = o["lines"]
assert len(lines) > len(paras), (len(lines), len(paras))
assert all(l["raw_len"] + 2 <= 512 for l in lines), lines
assert all(len(l["text"].encode()) - len("dave: ") <= 400 for l in lines)
assert all(l["text"].strip() != "dave:" for l in lines), lines
EOF

# --- Flood control ------------------------------------------------------
sleep 4		# the bucket fills up again
client erin --nick erin --channel '#clinic' --collect 30 \
    --raw 'PRIVMSG #clinic :faqbot: what is ketamine' \
    --raw 'PRIVMSG #clinic :faqbot: how long does an infusion take' \
    --raw 'PRIVMSG #clinic :faqbot: is it fda approved' \
    --raw 'PRIVMSG #clinic :faqbot: is ketamine addictive'
check "flood: a burst of 4 lines, then at most 1 line per second" \
    python3 - "$T/erin.json" <<'EOF'
import json, sys
lines = json.load(open(sys.argv[1]))["lines"]
n = len(lines)
assert n >= 8, "only %d lines" % n
for k, l in enumerate(lines, 1):
    assert k <= 4 + l["t"] + 0.5, "line %d at %.2f s" % (k, l["t"])
assert lines[-1]["t"] >= n - 4 - 1, "%d lines in %.2f s" % (n, lines[-1]["t"])
EOF

# --- Never answered -----------------------------------------------------
client frank --nick frank --channel '#clinic' --collect 3 \
    --raw 'NOTICE faqbot :what is ketamine' \
    --raw 'NOTICE #clinic :faqbot: what is ketamine'
check "notice: a NOTICE gets no answer" python3 -c '
import json, sys; o = json.load(open(sys.argv[1]))
assert o["joined"] and not o["lines"], o
' "$T/frank.json"
client serv --nick HelpServ --collect 3 \
    --raw 'PRIVMSG faqbot :what is ketamine'
check "services: a nick like a service gets no answer" python3 -c '
import json, sys; o = json.load(open(sys.argv[1]))
assert o["error"] is None and not o["lines"], o
' "$T/serv.json"
client ctcp --nick gus --collect 6 --raw $'PRIVMSG faqbot :\001VERSION\001' \
    --raw $'PRIVMSG faqbot :\001PING 42\001'
check "ctcp: VERSION answered by NOTICE, other CTCP ignored" python3 -c '
import json, sys; o = json.load(open(sys.argv[1]))
ls = o["lines"]
assert len(ls) == 1 and ls[0]["command"] == "NOTICE", o
assert ls[0]["text"].startswith("\x01VERSION faqbot "), o
' "$T/ctcp.json"
check "logs: no message text in faqbot's log" sh -c \
    "! grep -E 'kill myself|ketamine at home|how much does' '$T/serve.err'"

# --- The server restarts ------------------------------------------------
kill -TERM "$NGPID"
wait "$NGPID" 2>/dev/null
check "restart: faqbot sees the connection go" \
    wait_grep "$T/serve.err" 'connecting again in' 10
sleep 1
check "restart: ngircd starts again on the same port" start_ngircd irc
client gina --nick gina --channel '#clinic' --wait-bot 40 \
    --raw 'PRIVMSG #clinic :faqbot: hello'
check "restart: faqbot reconnects and joins #clinic again" python3 -c '
import json, sys; o = json.load(open(sys.argv[1])); assert o["bot_in_channel"], o
' "$T/gina.json"
check "restart: and answers again" python3 -c '
import json, sys; o = json.load(open(sys.argv[1]))
assert o["lines"] and o["lines"][0]["text"].startswith("gina: "), o
' "$T/gina.json"

# --- Shutdown -----------------------------------------------------------
rm -f "$T/ready"
client hank --nick hank --channel '#clinic' --until-quit --collect 15 \
    --ready-file "$T/ready" &
CPID=$!
for _ in $(seq 100); do [ -e "$T/ready" ] && break; sleep 0.1; done
kill -TERM "$FB"
wait "$FB"
check "shutdown: faqbot serve exits 0 on SIGTERM" test $? = 0
wait "$CPID"
check "shutdown: faqbot says QUIT" python3 -c '
import json, sys; o = json.load(open(sys.argv[1])); assert o["quit"], o
' "$T/hank.json"

# --- TLS ----------------------------------------------------------------
if ! command -v openssl >/dev/null 2>&1; then
	not_ok "tls: openssl is installed"
	finish
fi
mkdir -p "$T/tls"
(
	cd "$T/tls" || exit 1
	openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 \
	    -nodes -keyout ca.key -out ca.pem -days 2 -subj '/CN=faqbot test CA' \
	    -addext basicConstraints=critical,CA:TRUE \
	    -addext keyUsage=critical,keyCertSign,cRLSign &&
	openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
	    -keyout server.key -out server.csr -subj '/CN=127.0.0.1' &&
	printf 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n' \
	    >ext.cnf &&
	openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key \
	    -CAcreateserial -out server.pem -days 2 -extfile ext.cnf &&
	chmod 644 server.key
) >"$T/tls.log" 2>&1
check "tls: test certificates made" test -s "$T/tls/server.pem"
IPORT=$(free_port)
TPORT=$(free_port)
ngircd_conf tls "$IPORT" "$TPORT"
check "tls: ngircd starts with TLS on $TPORT" start_ngircd tls
start_faqbot tls-ok FAQBOT_IRC_PORT="$TPORT" FAQBOT_IRC_TLS=true \
    SSL_CERT_FILE="$T/tls/ca.pem"
TLSPID=$SPID
check "tls: trusted certificate: registered over TLS" \
    wait_grep "$T/tls-ok.err" 'irc: joined #clinic' 15
client tina --nick tina --raw 'PRIVMSG faqbot :hello'
check "tls: and answers" python3 -c '
import json, sys; o = json.load(open(sys.argv[1])); assert o["lines"], o
' "$T/tina.json"
kill -TERM "$TLSPID"
wait "$TLSPID"
start_faqbot tls-bad FAQBOT_IRC_PORT="$TPORT" FAQBOT_IRC_TLS=true
BADPID=$SPID
check "tls: an unknown CA is refused" \
    wait_grep "$T/tls-bad.err" 'certificate of 127.0.0.1 not trusted' 15
check "tls: and faqbot never registers" sh -c \
    "! grep -q 'irc: registered' '$T/tls-bad.err'"
kill -TERM "$BADPID"
wait "$BADPID"
check "tls: faqbot stops while retrying" test $? = 0

finish
