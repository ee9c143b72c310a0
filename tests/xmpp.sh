#!/usr/bin/env bash
# End-to-end tests of the XMPP connector against a real Prosody (Debian
# `prosody`), run as the current user on a free 127.0.0.1 port with a
# configuration and data of its own in a temporary directory. Prosody
# offers STARTTLS with a self-signed certificate that faqbot trusts through
# SSL_CERT_FILE, so the bot logs in with tls_required = true; the test
# client (tests/xmpp_client.py) stays on plain TCP, which this Prosody
# allows. The staff webhook is tests/fake_platform.py.
#
# Checks: a question gets its answer (thread kept); a crisis message gets
# the crisis reply and a staff alert; a long answer arrives whole; in a
# room an addressed question is answered and an unaddressed one, or one
# asked before the bot joined, is not; a room the bot creates is usable;
# nothing patients type reaches the log; after Prosody restarts the bot
# reconnects, rejoins and answers; an untrusted certificate is refused;
# tls_required = false logs in on a host without TLS; SIGTERM stops the
# bot promptly with status 0.
#
#   tests/xmpp.sh BUILD_DIR
#
# Last line: "xmpp: N passed, M failed". KEEP_T=1 keeps the temp dir.
set -u

. "$(dirname "$0")/lib.sh"
lib_start xmpp tests/xmpp.sh "$@"
for tool in prosody prosodyctl openssl python3; do
	command -v "$tool" >/dev/null 2>&1 || {
		echo "not ok - $tool is not installed (apt-get install prosody" \
		    "openssl python3)"
		echo "xmpp: 0 passed, 1 failed"
		exit 1
	}
done
lib_tmpdir xmpp
lib_unset_env
unset SSL_CERT_FILE SSL_CERT_DIR
CHECK_BYTES=600

# --- Prosody --------------------------------------------------------------
XPORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
DOMAIN=localhost
MUC=conference.localhost
mkdir -p "$T/prosody/data" "$T/prosody/certs"
# The certificate of "localhost"; the host "plain.localhost" runs without
# mod_tls, so it offers no TLS at all.
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=$DOMAIN" \
    -addext "subjectAltName=DNS:$DOMAIN" \
    -keyout "$T/prosody/certs/$DOMAIN.key" \
    -out "$T/prosody/certs/$DOMAIN.crt" >"$T/openssl.out" 2>&1 || {
	not_ok "make a self-signed certificate" "$(cat "$T/openssl.out")"
	finish
}
CFG=$T/prosody/prosody.cfg.lua
cat >"$CFG" <<EOF
-- faqbot's tests/xmpp.sh: loopback only, data in $T.
pidfile = "$T/prosody/prosody.pid"
data_path = "$T/prosody/data"
certificates = "$T/prosody/certs"
run_as_root = true
daemonize = false
admins = { }
modules_enabled = { "roster"; "saslauth"; "tls"; "disco"; "ping";
    "offline"; "posix"; }
modules_disabled = { "s2s"; }
c2s_ports = { $XPORT }
c2s_interfaces = { "127.0.0.1" }
legacy_ssl_ports = { }
c2s_direct_tls_ports = { }
authentication = "internal_plain"
c2s_require_encryption = false
allow_unencrypted_plain_auth = true
storage = "internal"
log = { { levels = { min = "info" }, to = "file",
    filename = "$T/prosody/prosody.log" } }

VirtualHost "$DOMAIN"
VirtualHost "plain.$DOMAIN"
    modules_disabled = { "s2s"; "tls"; }
Component "$MUC" "muc"
    muc_room_default_persistent = true
EOF

register() {	# register USER HOST PASSWORD
	prosodyctl --config "$CFG" register "$1" "$2" "$3" \
	    >>"$T/prosody/register.out" 2>&1
}
register faqbot "$DOMAIN" bot-secret-1 &&
    register alice "$DOMAIN" alice-pw &&
    register bob "$DOMAIN" bob-pw &&
    register plainbot "plain.$DOMAIN" plain-secret-2 || {
	not_ok "prosodyctl register" "$(tail -5 "$T/prosody/register.out")"
	finish
}

port_open() {
	python3 -c 'import socket, sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), 1)' "$XPORT"
}
start_prosody() {
	prosody --config "$CFG" -F >>"$T/prosody/prosody.out" 2>&1 &
	PPID_=$!
	PIDS="$PIDS $PPID_"
	wait_for 15 port_open
}
stop_prosody() {
	kill -TERM "$PPID_" 2>/dev/null
	for _ in $(seq 100); do
		kill -0 "$PPID_" 2>/dev/null || break
		sleep 0.1
	done
	kill -KILL "$PPID_" 2>/dev/null
	wait "$PPID_" 2>/dev/null
}
start_prosody || {
	not_ok "prosody starts on 127.0.0.1:$XPORT" \
	    "$(tail -5 "$T/prosody/prosody.out" "$T/prosody/prosody.log")"
	finish
}

client() {	# client USER PASSWORD COMMAND ARGS...
	local user=$1 pw=$2
	shift 2
	python3 tests/xmpp_client.py --port "$XPORT" --jid "$user@$DOMAIN" \
	    --password "$pw" "$@"
}

# A question asked in the room "help" before the bot ever joins it; the
# room is persistent, so the question stays in its history.
HELP=help@$MUC
LOBBY=lobby@$MUC
check "room history: a question is posted before the bot joins" \
    client alice alice-pw say --room "$HELP" --nick alice \
    --body "faqbot: what is ketamine?"

# --- The fake staff webhook and faqbot ------------------------------------
lib_fake python3 tests/fake_platform.py --port 0 --record \
    "$T/requests.jsonl"
[ -n "$FPORT" ] || { not_ok "fake platform starts"; finish; }

lib_state_env
export FAQBOT_OUTBOX_BACKOFF_INITIAL=1
export FAQBOT_OUTBOX_BACKOFF_MAX=2
export FAQBOT_ALERTS_URL=http://127.0.0.1:$FPORT/alerts
export FAQBOT_ALERTS_FORMAT=slack

# start_bot NAME [VAR=VALUE...]: start faqbot serve with XMPP settings,
# logging to $T/NAME.err; sets BOTPID.
start_bot() {
	local name=$1
	shift
	env FAQBOT_XMPP_SERVER=127.0.0.1 FAQBOT_XMPP_PORT="$XPORT" "$@" \
	    "$BIN" serve --kb knowledge --listen 127.0.0.1:0 \
	    >"$T/$name.out" 2>"$T/$name.err" &
	BOTPID=$!
	PIDS="$PIDS $BOTPID"
}

start_bot bot FAQBOT_XMPP_JID="faqbot@$DOMAIN" \
    FAQBOT_XMPP_PASSWORD=bot-secret-1 FAQBOT_XMPP_TLS_REQUIRED=true \
    FAQBOT_XMPP_ROOMS="$HELP, $LOBBY" SSL_CERT_FILE="$T/prosody/certs/$DOMAIN.crt"
MAIN=$BOTPID
check "faqbot serve starts" wait_for 10 grep -q 'serving on port' \
    "$T/bot.out"
check "faqbot logs in over TLS (tls_required, certificate verified)" \
    wait_for 15 grep -q 'xmpp: connected as faqbot@localhost/[^ ]* (TLS)' \
    "$T/bot.err"
check "faqbot joins both rooms" wait_for 10 sh -c \
    "grep -q 'joined room $HELP' '$T/bot.err' &&
     grep -q 'joined room $LOBBY' '$T/bot.err'"

# --- One-to-one -----------------------------------------------------------
client alice alice-pw ask --to "faqbot@$DOMAIN" \
    --body "how much does it cost" --thread t-42 >"$T/a1.json" 2>&1
check "chat: a question gets its answer, as chat, thread kept" \
    python3 - "$T/a1.json" <<'EOF'
import json, sys
m = json.load(open(sys.argv[1]))
assert m["type"] == "chat", m
assert "$250" in m["body"], m
assert m["thread"] == "t-42", m
EOF

client alice alice-pw ask --to "faqbot@$DOMAIN" \
    --body "i want to kill myself" >"$T/a2.json" 2>&1
check "crisis: the patient gets the crisis reply, with 988" \
    python3 -c 'import json, sys; m = json.load(open(sys.argv[1])); assert "988" in m["body"], m' "$T/a2.json"
alerts() {
	python3 - "$T/requests.jsonl" <<'EOF'
import json, sys
rs = [json.loads(l) for l in open(sys.argv[1])]
a = [json.loads(r["body"]) for r in rs if r["path"] == "/alerts"
     and r["status"] == 200]
assert a, "no alert yet"
assert "xmpp:alice@localhost" in a[0]["text"], a
assert "kill myself" not in a[0]["text"], "alert must not carry the text"
EOF
}
check "crisis: a staff alert reaches the staff webhook" wait_for 15 alerts

# A fresh conversation (bob's first message), so the reply must be exactly
# what `faqbot ask` says to a first question: more than 1000 characters.
LONGQ="I have a history of substance use or I am in recovery. Can I have ketamine?"
client bob bob-pw ask --to "faqbot@$DOMAIN" --body "$LONGQ" \
    >"$T/a3.json" 2>&1
"$BIN" ask --kb knowledge --json "$LONGQ" >"$T/a3.expected" 2>&1
check "chat: a long answer arrives whole" python3 - "$T/a3.json" \
    "$T/a3.expected" <<'EOF'
import json, sys
got = json.load(open(sys.argv[1]))["body"]
want = json.loads(open(sys.argv[2]).readline())["answer"]
assert len(want) > 1000, len(want)
assert got == want, (len(got), len(want))
EOF

# --- Rooms ----------------------------------------------------------------
client alice alice-pw room --room "$HELP" --nick alice --bot faqbot \
    --send "what are your opening hours" \
    --send "faqbot: how much does it cost" --expect 1 >"$T/r1.json" 2>&1
check "room: addressed answered to the nick; unaddressed and history not" \
    python3 - "$T/r1.json" <<'EOF'
import json, sys
ms = json.load(open(sys.argv[1]))
# Everything the bot ever said in the room, its history included.
assert len(ms) == 1 and not ms[0]["delayed"], ms
assert ms[0]["body"].startswith("alice: "), ms
assert "$250" in ms[0]["body"], ms
EOF
client bob bob-pw room --room "$LOBBY" --nick bob --bot faqbot \
    --send "FaqBot, is ketamine addictive?" --expect 1 >"$T/r2.json" 2>&1
check "room: the room the bot created is open; 'nick,' is addressed" \
    python3 - "$T/r2.json" <<'EOF'
import json, sys
ms = [m for m in json.load(open(sys.argv[1])) if not m["delayed"]]
assert len(ms) == 1 and ms[0]["body"].startswith("bob: "), ms
assert "Schedule III" in ms[0]["body"], ms
EOF

check "log: no message text, no password" sh -c \
    "! grep -E -i 'kill myself|in recovery|opening hours|bot-secret-1' \
    '$T/bot.err'"

# --- Prosody restarts -----------------------------------------------------
stop_prosody
check "restart: faqbot sees the connection drop" wait_for 10 grep -q \
    'xmpp: connection lost' "$T/bot.err"
start_prosody || not_ok "prosody starts again"
client alice alice-pw --timeout 40 ask --to "faqbot@$DOMAIN" \
    --body "can i drive home after an infusion" >"$T/a4.json" 2>&1
check "restart: faqbot reconnects and answers again" python3 -c \
    'import json, sys; m = json.load(open(sys.argv[1])); assert "drive" in m["body"].lower(), m' \
    "$T/a4.json"
client alice alice-pw --timeout 30 room --room "$LOBBY" --nick alice \
    --bot faqbot --send "faqbot: is ketamine addictive" --expect 1 \
    >"$T/r3.json" 2>&1
check "restart: faqbot rejoins its rooms and answers there" python3 -c \
    'import json, sys; ms = [m for m in json.load(open(sys.argv[1])) if not m["delayed"]]; assert len(ms) == 1 and ms[0]["body"].startswith("alice: "), ms' \
    "$T/r3.json"

# --- TLS settings, each with a second, short-lived bot ---------------------
start_bot untrusted FAQBOT_XMPP_JID="faqbot@$DOMAIN" \
    FAQBOT_XMPP_PASSWORD=bot-secret-1 FAQBOT_XMPP_TLS_REQUIRED=true \
    FAQBOT_ALERTS_URL= FAQBOT_OUTBOX_DIR="$T/state/outbox2" \
    FAQBOT_DEDUP_PATH="$T/state/dedup2.log"
check "tls: an untrusted certificate is refused" wait_for 10 grep -q \
    'xmpp: server certificate refused: self-signed certificate' \
    "$T/untrusted.err"
kill -TERM "$BOTPID"
wait "$BOTPID"
rc=$?
check "tls: and the bot never logged in (then stops with status 0)" sh -c \
    "! grep -q 'xmpp: connected' '$T/untrusted.err' && test $rc = 0"

start_bot plain FAQBOT_XMPP_JID="plainbot@plain.$DOMAIN" \
    FAQBOT_XMPP_PASSWORD=plain-secret-2 FAQBOT_XMPP_TLS_REQUIRED=false \
    FAQBOT_ALERTS_URL= FAQBOT_OUTBOX_DIR="$T/state/outbox3" \
    FAQBOT_DEDUP_PATH="$T/state/dedup3.log"
check "tls: tls_required = false logs in on a host without TLS" \
    wait_for 10 grep -q 'xmpp: connected as plainbot@plain.localhost/[^ ]* (without TLS)' \
    "$T/plain.err"
client bob bob-pw ask --to "plainbot@plain.$DOMAIN" \
    --body "how much does it cost" >"$T/a5.json" 2>&1
check "tls: and answers" python3 -c 'import json, sys; m = json.load(open(sys.argv[1])); assert "$250" in m["body"], m' \
    "$T/a5.json"
kill -TERM "$BOTPID"
wait "$BOTPID"
check "tls: that bot stops with status 0" test $? = 0

# --- Stopping -------------------------------------------------------------
kill -TERM "$MAIN"
stopped=no
for _ in $(seq 50); do
	kill -0 "$MAIN" 2>/dev/null || { stopped=yes; break; }
	sleep 0.1
done
check "stop: SIGTERM stops faqbot within 5 s" test "$stopped" = yes
wait "$MAIN"
rc=$?
check "stop: exit status 0, the connector stopped (no leak under ASan)" \
    sh -c "test $rc = 0 && grep -q 'xmpp: stopped' '$T/bot.err'"
[ "$rc" = 0 ] || tail -20 "$T/bot.err" | sed 's/^/#   /'

finish
