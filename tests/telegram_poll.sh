#!/usr/bin/env bash
# End-to-end tests of Telegram long polling ([telegram] mode = polling):
# faqbot serve against a fake Bot API on 127.0.0.1 that behaves like
# getUpdates (updates stay pending until an offset past them confirms
# them; an empty poll waits up to its timeout). tests/fake_platform.py
# answers each request at once and cannot hold a long poll or keep pending
# updates, so this script writes its own small fake (Python standard
# library) into its temp dir.
#
# Checks: deleteWebhook first; a question in an update gets a sendMessage
# with the answer; the offset moves past handled updates; an update
# delivered twice, or again after a restart, is answered once; bots and
# edits are not answered; 409 makes it call deleteWebhook again; 429 waits
# retry_after; the token never reaches the log; SIGTERM during a long
# poll ends the server with status 0 within 3 s.
#
#   tests/telegram_poll.sh BUILD_DIR
#
# Last line: "telegram-poll: N passed, M failed". KEEP_T=1 keeps the temp
# dir.
set -u

. "$(dirname "$0")/lib.sh"
lib_start telegram-poll tests/telegram_poll.sh "$@"
lib_tmpdir tgpoll
lib_unset_env
CHECK_BYTES=600

# --- The fake Bot API ----------------------------------------------------
cat >"$T/fake_tg.py" <<'EOF'
"""A fake Telegram Bot API for getUpdates long polling.

POST .../deleteWebhook   {"ok": true, "result": true, ...}
POST .../getUpdates      drops pending updates below "offset", answers the
                         rest at once, or waits up to "timeout" seconds for
                         one; a scripted answer (POST /_script) comes first
POST .../sendMessage     {"ok": true, "result": {...}}
POST /_push {"updates": [...]}    make updates pending (again)
POST /_script {"answers": [{"status": S, "body": {...}}, ...]}
GET  /_requests          every request so far: method name, parsed body,
                         arrival time, status (0 while still waiting)
"""
import json, sys, threading, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

lock = threading.Condition()
pending, script, requests = [], [], []


class H(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *a):
        pass

    def answer(self, status, obj):
        data = json.dumps(obj).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        with lock:
            self.answer(200, requests)

    def do_POST(self):
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            body = {"_raw": raw.decode("utf-8", "replace")}
        if self.path == "/_push":
            with lock:
                pending.extend(body["updates"])
                pending.sort(key=lambda u: u["update_id"])
                lock.notify_all()
            return self.answer(200, {"ok": True})
        if self.path == "/_script":
            with lock:
                script.extend(body["answers"])
            return self.answer(200, {"ok": True})
        method = self.path.rsplit("/", 1)[-1]
        entry = {"method": method, "path": self.path, "body": body,
                 "type": self.headers.get("Content-Type", ""),
                 "time": time.time(), "status": 0}
        with lock:
            requests.append(entry)
        if method == "getUpdates":
            status, obj = self.get_updates(body)
        elif method == "deleteWebhook":
            status, obj = 200, {"ok": True, "result": True,
                                "description": "Webhook was deleted"}
        else:
            status, obj = 200, {"ok": True, "result": {"message_id": 1}}
        with lock:
            entry["status"] = status
        self.answer(status, obj)

    def get_updates(self, body):
        end = time.time() + float(body.get("timeout", 0))
        with lock:
            if script:
                a = script.pop(0)
                return a["status"], a["body"]
            off = body.get("offset")
            while True:
                if off is not None:
                    pending[:] = [u for u in pending
                                  if u["update_id"] >= off]
                if pending or time.time() >= end:
                    break
                lock.wait(min(0.1, end - time.time()))
            return 200, {"ok": True,
                         "result": pending[:body.get("limit", 100)]}


srv = ThreadingHTTPServer(("127.0.0.1", 0), H)
srv.daemon_threads = True
print("port %d" % srv.server_address[1], flush=True)
srv.serve_forever(poll_interval=0.1)
EOF

# q.py [--wait S] EXPR: true when the Python EXPR holds over the requests
# (rs; gu, dw and sm: getUpdates, deleteWebhook and sendMessage ones),
# polling up to S seconds.
cat >"$T/q.py" <<'EOF'
import json, os, sys, time, urllib.request
args = sys.argv[1:]
wait = 0.0
if args[0] == "--wait":
    wait, args = float(args[1]), args[2:]
end = time.time() + wait
while True:
    rs = json.load(urllib.request.urlopen(os.environ["FAKE"] + "/_requests"))
    gu = [r for r in rs if r["method"] == "getUpdates"]
    dw = [r for r in rs if r["method"] == "deleteWebhook"]
    sm = [r for r in rs if r["method"] == "sendMessage"]
    try:
        ok = eval("(" + args[0] + ")")
    except (IndexError, KeyError, TypeError):
        ok = False
    if ok or time.time() >= end:
        break
    time.sleep(0.1)
if not ok:
    print("false:", args[0])
    print("getUpdates:", [(r["body"], r["status"]) for r in gu][-6:])
    print("deleteWebhook:", len(dw), "sendMessage:",
          [r["body"] for r in sm])
sys.exit(0 if ok else 1)
EOF
q() {
	FAKE=$FAKE python3 "$T/q.py" "$@"
}

lib_fake python3 "$T/fake_tg.py"
FAKE=http://127.0.0.1:$FPORT
[ -n "$FPORT" ] || { echo "telegram-poll: fake Bot API did not start"; exit 1; }

TOKEN=123:TESTTOKEN
lib_state_env
export FAQBOT_OUTBOX_PER_CHAT_INTERVAL_MS=0
export FAQBOT_TELEGRAM_MODE=polling
export FAQBOT_TELEGRAM_BOT_TOKEN=$TOKEN
export FAQBOT_TELEGRAM_API_BASE=$FAKE/tgpoll
export FAQBOT_TELEGRAM_POLL_TIMEOUT=1

# start_server: start faqbot serve; sets SPID, PORT.
start_server() {
	lib_serve
}

# push JSON_UPDATES: make updates pending at the fake.
push() {
	curl -s -o /dev/null -X POST "$FAKE/_push" --data-binary \
	    "{\"updates\": $1}"
}

# update ID CHAT TEXT [FIELD] [IS_BOT]: one Update as JSON.
update() {
	python3 -c 'import json, sys
i, chat, text, field, bot = sys.argv[1:6]
print(json.dumps({"update_id": int(i), field: {"message_id": int(i) % 1000,
    "date": 1700000000, "from": {"id": int(chat), "is_bot": bot == "1",
    "first_name": "P"}, "chat": {"id": int(chat), "type": "private"},
    "text": text}}))' "$1" "$2" "$3" "${4:-message}" "${5:-0}"
}

# stop_server: SIGTERM; sets STOP_RC and STOP_MS.
stop_server() {
	local t0
	t0=$(date +%s%N)
	kill -TERM "$SPID"
	wait "$SPID"
	STOP_RC=$?
	STOP_MS=$((($(date +%s%N) - t0) / 1000000))
}

start_server
[ -n "$PORT" ] || {
	not_ok "faqbot serve starts in polling mode" "$(tail -5 "$T/serve.err")"
	summary
	exit 1
}
ok "faqbot serve starts in polling mode"

# --- Start-up: deleteWebhook, then long polls ----------------------------
check "deleteWebhook is called first" q --wait 5 \
    'len(dw) == 1 and rs[0]["method"] == "deleteWebhook"'
check "getUpdates long-polls with the configured timeout, messages only" \
    q --wait 5 'len(gu) >= 1 and gu[0]["body"]["timeout"] == 1 and
    gu[0]["body"]["allowed_updates"] == ["message"] and
    "offset" not in gu[0]["body"] and
    gu[0]["type"].startswith("application/json")'
check "the bot token is in the method path" q \
    'gu[0]["path"] == "/tgpoll/bot123:TESTTOKEN/getUpdates"'

# --- A question is answered ----------------------------------------------
push "[$(update 5001 42 "how much does it cost")]"
check "a question gets a sendMessage" q --wait 10 'len(sm) == 1'
check "the reply goes to the chat, quotes the message, has the answer" q \
    'sm[0]["body"]["chat_id"] == 42 and
    sm[0]["body"]["reply_parameters"]["message_id"] == 1 and
    ("$" in sm[0]["body"]["text"] or "cost" in sm[0]["body"]["text"].lower())'
check "the offset moves past the update (5002)" q --wait 5 \
    'any(r["body"].get("offset") == 5002 for r in gu)'

# --- The same update twice ------------------------------------------------
push "[$(update 5001 42 "how much does it cost")]"
check "a redelivered update is fetched again" q --wait 5 \
    'sum(1 for r in gu if r["body"].get("offset") == 5002) >= 2'
sleep 1
check "a redelivered update is answered once" q 'len(sm) == 1'

# --- Not answered: bots, edits; the offset still moves -----------------
push "[$(update 5002 43 "how much does it cost" message 1), $(update 5003 \
    44 "how much does it cost" edited_message)]"
check "updates from bots and edits move the offset (5004)" q --wait 5 \
    'any(r["body"].get("offset") == 5004 for r in gu)'
sleep 0.5
check "updates from bots and edits are not answered" q 'len(sm) == 1'

# --- Two updates in one batch -------------------------------------------
push "[$(update 5004 45 "is ketamine addictive"), $(update 5005 46 \
    "how long does a session take")]"
check "every update of a batch is answered, in order" q --wait 10 \
    'len(sm) == 3 and [m["body"]["chat_id"] for m in sm[1:]] == [45, 46]'
check "the offset moves past the batch (5006)" q --wait 5 \
    'any(r["body"].get("offset") == 5006 for r in gu)'

# --- 409: a webhook is set ----------------------------------------------
curl -s -o /dev/null -X POST "$FAKE/_script" --data-binary '{"answers":
    [{"status": 409, "body": {"ok": false, "error_code": 409, "description":
    "Conflict: can'"'"'t use getUpdates method while webhook is active"}}]}'
check "409 makes it call deleteWebhook again" q --wait 8 'len(dw) == 2'
check "polling goes on after the 409" q --wait 8 \
    'gu[-1]["time"] > dw[-1]["time"]'

# --- 429: flood control -------------------------------------------------
curl -s -o /dev/null -X POST "$FAKE/_script" --data-binary '{"answers":
    [{"status": 429, "body": {"ok": false, "error_code": 429, "description":
    "Too Many Requests: retry after 2", "parameters": {"retry_after": 2}}}]}'
check "429 waits retry_after before the next getUpdates" q --wait 8 \
    'any(a["status"] == 429 and b["time"] - a["time"] >= 1.9
    for a, b in zip(gu, gu[1:]))'

# --- Restart: the offset is forgotten, the redelivery memory is not -------
stop_server
check "SIGTERM: exit status 0" test "$STOP_RC" = 0
n_before=$(FAKE=$FAKE python3 -c 'import json, os, urllib.request
print(len([r for r in json.load(urllib.request.urlopen(os.environ["FAKE"] +
    "/_requests")) if r["method"] == "getUpdates"]))')
push "[$(update 5005 46 "how long does a session take"), $(update 5006 47 \
    "how much does it cost")]"
start_server
check "after a restart, an update answered before is not answered again" \
    q --wait 10 'len(sm) == 4 and sm[3]["body"]["chat_id"] == 47'
check "after a restart, the first getUpdates has no offset" q \
    "\"offset\" not in gu[$n_before][\"body\"]"
check "after a restart, the offset moves past both (5007)" q --wait 5 \
    'any(r["body"].get("offset") == 5007 for r in gu)'

# --- SIGTERM while a long poll is pending --------------------------------
stop_server
n_before=$(FAKE=$FAKE python3 -c 'import json, os, urllib.request
print(len(json.load(urllib.request.urlopen(os.environ["FAKE"] + "/_requests"))))')
FAQBOT_TELEGRAM_POLL_TIMEOUT=30 start_server
check "a 30 s long poll is pending" q --wait 5 \
    "any(r['method'] == 'getUpdates' and r['status'] == 0 and
    r['body']['timeout'] == 30 for r in rs[$n_before:])"
sleep 0.5
stop_server
check "SIGTERM during a long poll: exit status 0" test "$STOP_RC" = 0
check "SIGTERM during a long poll: stopped within 3 s (${STOP_MS} ms)" \
    test "$STOP_MS" -lt 3000

# --- The log -------------------------------------------------------------
check "the bot token never appears in the log" \
    sh -c "! grep -F 'TESTTOKEN' '$T/serve.err'"
check "the log tells about deleteWebhook and the 409" sh -c \
    "grep -q 'deleteWebhook: Webhook was deleted' '$T/serve.err' &&
    grep -q 'getUpdates conflict (HTTP 409' '$T/serve.err'"
check "no sanitizer report in the log" \
    sh -c "! grep -E '(ERROR|WARNING): (Address|Leak|Thread)Sanitizer|runtime error' \
    '$T/serve.err'"

summary
