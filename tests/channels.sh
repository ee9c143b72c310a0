#!/usr/bin/env bash
# End-to-end tests of the chat channels through the real server: faqbot
# serve with Telegram, WhatsApp and Twilio configured, their platform APIs
# and the staff channel pointed at tests/fake_platform.py on 127.0.0.1.
# Checks signed requests in, replies out through the outbox, redeliveries
# answered once, bad signatures refused, staff alerts, and the crash test:
# the platform is down, messages arrive, the server is killed with SIGKILL,
# restarted, the platform comes back, and every reply arrives exactly once.
#
#   tests/channels.sh BUILD_DIR
#
# Last line: "channels: N passed, M failed". KEEP_T=1 keeps the temp dir.
set -u

. "$(dirname "$0")/lib.sh"
lib_start channels tests/channels.sh "$@"
lib_tmpdir channels
lib_unset_env

# The fake platform, for every API and the staff webhook.
lib_fake python3 tests/fake_platform.py --port 0 --record \
    "$T/requests.jsonl"
FAKE=http://127.0.0.1:$FPORT
[ -n "$FPORT" ] || { echo "channels: fake platform did not start"; exit 1; }

lib_state_env
export FAQBOT_OUTBOX_BACKOFF_INITIAL=1
export FAQBOT_OUTBOX_BACKOFF_MAX=2
export FAQBOT_OUTBOX_PER_CHAT_INTERVAL_MS=0
export FAQBOT_TELEGRAM_BOT_TOKEN=123:TESTTOKEN
export FAQBOT_TELEGRAM_SECRET_TOKEN=tg-secret
export FAQBOT_TELEGRAM_API_BASE=$FAKE/tg
export FAQBOT_WHATSAPP_APP_SECRET=wa-secret
export FAQBOT_WHATSAPP_VERIFY_TOKEN=wa-verify
export FAQBOT_WHATSAPP_ACCESS_TOKEN=wa-access
export FAQBOT_WHATSAPP_PHONE_NUMBER_ID=1555000
export FAQBOT_WHATSAPP_API_BASE=$FAKE/graph
export FAQBOT_TWILIO_AUTH_TOKEN=tw-token
export FAQBOT_SLACK_SIGNING_SECRET=slack-secret
export FAQBOT_SLACK_BOT_TOKEN=xoxb-test
export FAQBOT_SLACK_API_BASE=$FAKE/slack
export FAQBOT_MATTERMOST_TOKEN=mm-token
export FAQBOT_TEAMS_SECURITY_TOKEN=+ZaRRMC8+mpnfGaGsBOmkIFt98bttL5YQRq3p2tXgcE=
export FAQBOT_WEBHOOK_SECRET=hook-secret
export FAQBOT_ALERTS_URL=$FAKE/alerts
export FAQBOT_ALERTS_FORMAT=slack
export FAQBOT_ALERTS_POSSIBLE_RISK=true

# start_server: start faqbot serve, set PORT and BASE.
start_server() {
	lib_serve
	BASE=http://127.0.0.1:$PORT
	export FAQBOT_SERVER_PUBLIC_URL=$BASE
}

# The Twilio signature needs public_url, known only once a port is picked:
# start once to learn a free port, then for real on that port.
start_server
kill -TERM "$SPID"; wait "$SPID" 2>/dev/null
FIXED=$PORT
start_server_fixed() {
	FAQBOT_SERVER_PUBLIC_URL=http://127.0.0.1:$FIXED \
	    lib_serve "127.0.0.1:$FIXED"
	BASE=http://127.0.0.1:$FIXED
}
start_server_fixed
[ -n "$BASE" ] || { echo "channels: server did not start"; exit 1; }

# wait_requests PREFIX N: wait up to 15 s for N delivered requests.
wait_requests() {
	for _ in $(seq 150); do
		[ "$(requests "$1")" -ge "$2" ] && return 0
		sleep 0.1
	done
	return 1
}

# telegram UPDATE_ID CHAT TEXT [SECRET]: POST a Telegram update.
telegram() {
	local body
	body=$(python3 -c 'import json,sys; print(json.dumps({"update_id":
	    int(sys.argv[1]), "message": {"message_id": 7, "date": 1700000000,
	    "from": {"id": int(sys.argv[2]), "is_bot": False, "first_name": "P"},
	    "chat": {"id": int(sys.argv[2]), "type": "private"},
	    "text": sys.argv[3]}}))' "$1" "$2" "$3")
	curl -s -o "$T/body" -w '%{http_code}' -X POST "$BASE/telegram" \
	    -H 'Content-Type: application/json' \
	    -H "X-Telegram-Bot-Api-Secret-Token: ${4:-tg-secret}" \
	    --data-binary "$body"
}

# --- Telegram ---------------------------------------------------------
code=$(telegram 1001 42 "how much does it cost")
check "telegram: signed update accepted (200)" test "$code" = 200
check "telegram: reply sent through sendMessage" \
    wait_requests "/tg/bot123:TESTTOKEN/sendMessage" 1
check "telegram: reply goes to the chat, with the answer" python3 - \
    "$T/requests.jsonl" <<'EOF'
import json, sys
rs = [json.loads(l) for l in open(sys.argv[1])]
m = [r for r in rs if r["path"].endswith("/sendMessage")]
b = json.loads(m[-1]["body"])
assert b["chat_id"] == 42, b
assert "$" in b["text"] or "cost" in b["text"].lower(), b["text"]
EOF
code=$(telegram 1001 42 "how much does it cost")
sleep 1.5
check "telegram: a redelivery is answered once" test \
    "$(requests /tg/bot123:TESTTOKEN/sendMessage)" = 1
code=$(telegram 1002 42 "hello" wrong-secret)
check "telegram: wrong secret token -> 401" test "$code" = 401
sleep 0.5
check "telegram: nothing sent for a refused request" test \
    "$(requests /tg/bot123:TESTTOKEN/sendMessage)" = 1

# --- Crisis and staff alert -------------------------------------------
code=$(telegram 1003 43 "i want to kill myself")
check "crisis: accepted" test "$code" = 200
check "crisis: alert posted to the staff webhook" wait_requests /alerts 1
check "crisis: the patient gets the crisis reply, with 988" python3 - \
    "$T/requests.jsonl" <<'EOF'
import json, sys
rs = [json.loads(l) for l in open(sys.argv[1])]
m = [json.loads(r["body"]) for r in rs if r["path"].endswith("/sendMessage")]
b = [x for x in m if x["chat_id"] == 43]
assert b and "988" in b[0]["text"], b
a = [json.loads(r["body"]) for r in rs if r["path"] == "/alerts"]
assert "telegram:43" in a[0]["text"], a
assert "kill myself" not in a[0]["text"], "alert must not carry the text"
EOF
code=$(telegram 1004 44 "my grandma is in heaven now, can ketamine help grief")
check "possible risk: accepted" test "$code" = 200
check "possible risk: alert posted (alerts.possible_risk)" \
    wait_requests /alerts 2
check "possible risk: the reply carries the 988 note, not the alerted text" \
    python3 - "$T/requests.jsonl" <<'EOF'
import json, sys
rs = [json.loads(l) for l in open(sys.argv[1])]
m = [json.loads(r["body"]) for r in rs if r["path"].endswith("/sendMessage")]
b = [x for x in m if x["chat_id"] == 44]
assert b and "988" in b[0]["text"], b
assert "let our staff know" not in b[0]["text"], b[0]["text"]
a = [json.loads(r["body"]) for r in rs if r["path"] == "/alerts"]
assert "possible risk" in a[1]["text"] and "telegram:44" in a[1]["text"], a
assert "heaven" not in a[1]["text"], "alert must not carry the text"
EOF
check "possible risk: counted in /metrics (faqbot_risk_notes_total)" \
    sh -c "curl -s '$BASE/metrics' | grep -qx 'faqbot_risk_notes_total 1'"

# --- WhatsApp ---------------------------------------------------------
code=$(curl -s -o "$T/body" -w '%{http_code}' "$BASE/whatsapp?hub.mode=subscribe&hub.verify_token=wa-verify&hub.challenge=12345")
check "whatsapp: verify handshake answers the challenge" test \
    "$code:$(cat "$T/body")" = "200:12345"
code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/whatsapp?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1")
check "whatsapp: wrong verify token refused" test "$code" != 200
WA=$(python3 -c 'import json; print(json.dumps({"object":
    "whatsapp_business_account", "entry": [{"id": "1", "changes": [{"field":
    "messages", "value": {"messaging_product": "whatsapp", "metadata":
    {"display_phone_number": "15550100", "phone_number_id": "1555000"},
    "contacts": [{"profile": {"name": "P"}, "wa_id": "15550100199"}],
    "messages": [{"from": "15550100199", "id": "wamid.A1", "timestamp":
    "1700000000", "type": "text", "text": {"body": "can i drive home after"}}]
    }}]}]}))')
SIG=$(printf '%s' "$WA" | python3 -c 'import hmac,hashlib,sys; print("sha256=" + hmac.new(b"wa-secret", sys.stdin.buffer.read(), hashlib.sha256).hexdigest())')
code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$BASE/whatsapp" \
    -H 'Content-Type: application/json' -H "X-Hub-Signature-256: $SIG" \
    --data-binary "$WA")
check "whatsapp: signed notification accepted" test "$code" = 200
check "whatsapp: reply sent to the Graph API" \
    wait_requests /graph/1555000/messages 1
code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$BASE/whatsapp" \
    -H 'Content-Type: application/json' -H "X-Hub-Signature-256: $SIG" \
    --data-binary "${WA/drive/fly}")
check "whatsapp: tampered body -> 401" test "$code" = 401

# --- Twilio SMS -------------------------------------------------------
FORM='AccountSid=AC1&Body=is+ketamine+addictive&From=%2B15550100199&MessageSid=SM1&To=%2B15550100100'
TSIG=$(python3 - "$BASE/twilio/sms" <<'EOF'
import base64, hashlib, hmac, sys
params = {"AccountSid": "AC1", "Body": "is ketamine addictive",
          "From": "+15550100199", "MessageSid": "SM1", "To": "+15550100100"}
s = sys.argv[1] + "".join(k + params[k] for k in sorted(params))
print(base64.b64encode(hmac.new(b"tw-token", s.encode(), hashlib.sha1).digest()).decode())
EOF
)
code=$(curl -s -o "$T/body" -w '%{http_code}' -X POST "$BASE/twilio/sms" \
    -H "X-Twilio-Signature: $TSIG" --data "$FORM")
check "twilio: signed SMS answered with TwiML" sh -c \
    "test '$code' = 200 && grep -q '<Message>' '$T/body'"
code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$BASE/twilio/sms" \
    -H "X-Twilio-Signature: AAAA$TSIG" --data "$FORM")
check "twilio: bad signature -> 401" test "$code" = 401

# --- Slack ------------------------------------------------------------
# slack_post PATH BODY [TS]: POST with a v0 signature made now (or at TS).
slack_post() {
	local ts=${3:-$(date +%s)} sig
	sig=$(printf 'v0:%s:%s' "$ts" "$2" | python3 -c 'import hmac,hashlib,sys; print("v0=" + hmac.new(b"slack-secret", sys.stdin.buffer.read(), hashlib.sha256).hexdigest())')
	curl -s -o "$T/body" -w '%{http_code}' -X POST "$BASE$1" \
	    -H "X-Slack-Request-Timestamp: $ts" -H "X-Slack-Signature: $sig" \
	    --data-binary "$2"
}
code=$(slack_post /slack/events '{"token":"x","challenge":"chal-42","type":"url_verification"}')
check "slack: url_verification echoes the challenge" sh -c \
    "test '$code' = 200 && grep -q chal-42 '$T/body'"
EV='{"type":"event_callback","team_id":"T1","event_id":"Ev1","event":{"type":"app_mention","channel":"C1","user":"U2","text":"<@UBOT> is ketamine addictive","ts":"1700000000.000100"}}'
code=$(slack_post /slack/events "$EV")
check "slack: signed mention accepted" test "$code" = 200
check "slack: answered through chat.postMessage" \
    wait_requests /slack/chat.postMessage 1
code=$(slack_post /slack/events "$EV" $(( $(date +%s) - 600 )))
check "slack: a stale timestamp -> 401" test "$code" = 401
code=$(slack_post /slack/command 'team_id=T1&channel_id=C1&user_id=U2&command=%2Ffaq&text=can+i+drive+home&trigger_id=tr1')
check "slack: slash command answered in the response" sh -c \
    "test '$code' = 200 && grep -q ephemeral '$T/body'"

# --- Mattermost, Teams, generic webhook -------------------------------
code=$(curl -s -o "$T/body" -w '%{http_code}' -X POST "$BASE/mattermost" \
    --data 'token=mm-token&post_id=P1&channel_id=CH&user_id=U9&user_name=pat&text=faq+how+much+does+it+cost&trigger_word=faq')
check "mattermost: token accepted, answer in the response" sh -c \
    "test '$code' = 200 && grep -q '\"text\"' '$T/body'"
code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$BASE/mattermost" \
    --data 'token=wrong&post_id=P2&text=hi')
check "mattermost: wrong token -> 401" test "$code" = 401
TB='{"type":"message","id":"A1","text":"<at>FAQBot</at> what are your hours","from":{"id":"u1","name":"P"},"conversation":{"id":"c1"}}'
TA=$(printf '%s' "$TB" | python3 -c 'import base64,hmac,hashlib,sys; k=base64.b64decode("+ZaRRMC8+mpnfGaGsBOmkIFt98bttL5YQRq3p2tXgcE="); print("HMAC " + base64.b64encode(hmac.new(k, sys.stdin.buffer.read(), hashlib.sha256).digest()).decode())')
code=$(curl -s -o "$T/body" -w '%{http_code}' -X POST "$BASE/teams" \
    -H "Authorization: $TA" -H 'Content-Type: application/json' \
    --data-binary "$TB")
check "teams: HMAC accepted, answer in the response" sh -c \
    "test '$code' = 200 && grep -q '\"type\"' '$T/body'"
code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$BASE/teams" \
    -H "Authorization: $TA" --data-binary "${TB/hours/price}")
check "teams: tampered body -> 401" test "$code" = 401
WB='{"conversation":"ext-1","text":"what is dissociation","id":"w1"}'
WS=$(printf '%s' "$WB" | python3 -c 'import hmac,hashlib,sys; print("sha256=" + hmac.new(b"hook-secret", sys.stdin.buffer.read(), hashlib.sha256).hexdigest())')
code=$(curl -s -o "$T/body" -w '%{http_code}' -X POST "$BASE/v1/webhook" \
    -H "X-Faqbot-Signature: $WS" -H 'Content-Type: application/json' \
    --data-binary "$WB")
check "webhook: signed request answered like ask --json" sh -c \
    "test '$code' = 200 && grep -q '\"id\":\"dissociation\"' '$T/body'"
code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$BASE/v1/webhook" \
    -H "X-Faqbot-Signature: sha256=00" --data-binary "$WB")
check "webhook: bad signature -> 401" test "$code" = 401

# --- Crash test -------------------------------------------------------
curl -s -X POST "$FAKE/_control" -d '{"mode": "down"}' >/dev/null
before=$(requests /tg/bot123:TESTTOKEN/sendMessage)
for i in 1 2 3 4 5; do
	code=$(telegram $((2000 + i)) $((500 + i)) "how long does an infusion take")
	[ "$code" = 200 ] || not_ok "crash: message $i accepted" "got $code"
done
sleep 0.5
kill -KILL "$SPID"
wait "$SPID" 2>/dev/null
check "crash: replies were queued on disk before the 2xx" test \
    "$(find "$T/state/outbox/queue" -type f | wc -l)" -ge 5
start_server_fixed
code=$(telegram 2003 503 "how long does an infusion take")
check "crash: a redelivery after the restart is recognized" \
    test "$code" = 200
curl -s -X POST "$FAKE/_control" -d '{"mode": "ok"}' >/dev/null
check "crash: every reply arrives after the platform is back" \
    wait_requests /tg/bot123:TESTTOKEN/sendMessage $((before + 5))
sleep 2
check "crash: each reply exactly once" python3 - "$T/requests.jsonl" <<'EOF'
import collections, json, sys
rs = [json.loads(l) for l in open(sys.argv[1])]
ok = [json.loads(r["body"])["chat_id"] for r in rs
      if r["path"].endswith("/sendMessage") and r["status"] == 200]
c = collections.Counter(x for x in ok if 501 <= x <= 505)
assert sorted(c) == [501, 502, 503, 504, 505], c
assert all(v == 1 for v in c.values()), c
EOF
kill -TERM "$SPID"
wait "$SPID"
check "server exits 0 on SIGTERM with the outbox open" test $? = 0

summary
