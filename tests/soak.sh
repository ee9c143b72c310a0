#!/usr/bin/env bash
# Soak test of `faqbot serve`: steady POST /v1/chat load (wrk, 8
# connections) for SECONDS while the knowledge is reloaded every 3 s with
# SIGHUP, alternating a broken copy (a file with a syntax error added: it
# must be refused, the old knowledge answering on) and the good one (it
# must be taken), and bad requests are mixed in (malformed JSON, bodies
# over 64 KiB, invalid UTF-8, a NUL byte, a wrong method). Checks: no 5xx
# and no socket error from wrk, every bad request gets its 4xx, /healthz
# says ok at every step, every reload has the expected outcome, resident
# memory stays bounded, and the server exits 0 on SIGTERM.
#
#   tests/soak.sh BUILD_DIR [SECONDS]      (default 120)
#
# Last line: "soak: N passed, M failed". KEEP_T=1 keeps the temp dir.
set -u

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
	echo "usage: tests/soak.sh BUILD_DIR [SECONDS]" >&2
	exit 2
fi
BUILD=$(cd "$1" 2>/dev/null && pwd) || {
	echo "tests/soak.sh: no such directory: $1" >&2
	exit 2
}
SECONDS_TOTAL=${2:-120}
case $SECONDS_TOTAL in
'' | *[!0-9]*) echo "tests/soak.sh: SECONDS must be a number" >&2; exit 2 ;;
esac
[ "$SECONDS_TOTAL" -ge 15 ] || SECONDS_TOTAL=15
BIN=$BUILD/faqbot
cd "$(dirname "$0")/.." || exit 2

T=$(mktemp -d "${TMPDIR:-/tmp}/faqbot-soak.XXXXXX") || exit 2
SPID=""
WPID=""
BPID=""
cleanup() {
	for p in $WPID $BPID $SPID; do
		kill -KILL "$p" 2>/dev/null
	done
	wait 2>/dev/null
	[ -n "${KEEP_T:-}" ] || rm -rf "$T"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for v in $(env | sed -n 's/^\(FAQBOT_[A-Za-z0-9_]*\)=.*/\1/p'); do
	unset "$v"
done

pass=0
failed=0
ok() {
	pass=$((pass + 1))
	echo "ok - $1"
}
not_ok() {
	failed=$((failed + 1))
	echo "not ok - $1"
	[ -n "${2:-}" ] && echo "$2" | head -n 10 | sed 's/^/#   /'
}
finish() {
	echo "soak: $pass passed, $failed failed"
	[ "$failed" -eq 0 ]
	exit
}

for tool in wrk curl python3; do
	command -v "$tool" >/dev/null 2>&1 || {
		not_ok "$tool is installed" "make deps installs it (scripts/deps.sh)"
		finish
	}
done
[ -x "$BIN" ] || { not_ok "faqbot binary exists" "$BIN: run make"; finish; }

# The wrk script: the eval questions in turn over 2,000 conversation ids;
# done() prints "statuses: 2xx=N 4xx=N 5xx=N" over all threads.
python3 - "$T/chat.lua" tests/eval/tune.tsv tests/eval/tune2.tsv <<'EOF'
import json, sys
qs = []
for f in sys.argv[2:]:
    for line in open(f, encoding="utf-8"):
        if line.startswith("#") or "\t" not in line:
            continue
        q = line.rstrip("\n").split("\t", 1)[1]
        if q:
            qs.append(json.dumps(q))
def lua(s):	# a Lua string literal of s's UTF-8 bytes
    return '"' + "".join(chr(b) if 32 <= b < 127 and chr(b) not in '"\\'
                         else "\\%03d" % b for b in s.encode()) + '"'
with open(sys.argv[1], "w") as f:
    f.write("local qs = {\n" + ",\n".join(lua(q) for q in qs) + "\n}\n")
    f.write(r'''
local threads = {}
function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end
-- globals, so that done() can read them with thread:get()
i, s2, s4, s5 = 0, 0, 0, 0
function init(args)
  i = tid * 7919
  wrk.method = "POST"
  wrk.path = "/v1/chat"
  wrk.headers["Content-Type"] = "application/json"
end
function request()
  i = i + 1
  return wrk.format(nil, nil, nil, '{"conversation":"soak-' .. (i % 2000) ..
      '","text":' .. qs[(i % #qs) + 1] .. '}')
end
function response(status, headers, body)
  if status >= 500 then s5 = s5 + 1
  elseif status >= 300 then s4 = s4 + 1
  else s2 = s2 + 1 end
end
function done(summary, latency, requests)
  local a, b, c = 0, 0, 0
  for _, t in ipairs(threads) do
    a = a + t:get("s2"); b = b + t:get("s4"); c = c + t:get("s5")
  end
  io.write(string.format("statuses: 2xx=%d 4xx=%d 5xx=%d\n", a, b, c))
end
''')
EOF

# The bad requests' bodies.
python3 - "$T" <<'EOF'
import sys
d = sys.argv[1]
open(d + "/bad-json", "wb").write(b'{"conversation": "soak-bad", "text": ')
open(d + "/bad-big", "wb").write(
    b'{"conversation":"soak-bad","text":"' + b"a" * 70000 + b'"}')
open(d + "/bad-utf8", "wb").write(
    b'{"conversation":"soak-bad","text":"caf\xc3 \xff\xfe ok?"}')
open(d + "/bad-nul", "wb").write(
    b'{"conversation":"soak-bad","text":"is it safe\\u0000"}')
open(d + "/bad-type", "wb").write(b'{"conversation": 7, "text": ["x"]}')
EOF

# --- the server, on a knowledge copy it can be reloaded from ---------
cp -R knowledge "$T/kb"
# The broken copy: the good files plus one with a syntax error.
printf '[entry soak-broken\ntitle: Broken\n[oops\n' >"$T/broken.kb"
mkdir -p "$T/state"
FAQBOT_KNOWLEDGE_WATCH=false FAQBOT_GAPS_PATH=$T/state/gaps.jsonl \
FAQBOT_SERVER_THREADS=4 FAQBOT_SERVER_RATE_PER_MINUTE=10000 \
FAQBOT_SERVER_MAX_CONVERSATIONS=20000 \
    "$BIN" serve --kb "$T/kb" --listen 127.0.0.1:0 >"$T/out" 2>"$T/err" \
    </dev/null &
SPID=$!
PORT=""
for _ in $(seq 300); do
	PORT=$(sed -n 's/.*serving on port \([0-9][0-9]*\).*/\1/p' "$T/out")
	[ -n "$PORT" ] && break
	kill -0 "$SPID" 2>/dev/null || break
	sleep 0.1
done
if [ -z "$PORT" ]; then
	not_ok "server starts" "$(head -n 5 "$T/err")"
	finish
fi
ok "server starts (port $PORT)"
B=http://127.0.0.1:$PORT

rss_kib() { sed -n 's/^VmRSS:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$SPID/status"; }
# health FIELD: a field of /healthz (python expression on o), or "" when
# /healthz did not answer 200 with status ok.
health() {
	curl -s --max-time 5 "$B/healthz" 2>/dev/null | python3 -c '
import json, sys
o = json.load(sys.stdin)
assert o["status"] == "ok"
print(eval(sys.argv[1]))' "$1" 2>/dev/null
}
version0=$(health 'o["version"]')
reloads=$(health 'o["last_reload"]["reloads"]')
[ -n "$version0" ] && [ -n "$reloads" ] || {
	not_ok "healthz answers" "$(curl -s "$B/healthz")"
	finish
}

# --- the load: wrk, and the bad requests in a loop -------------------
wrk -t1 -c8 -d"${SECONDS_TOTAL}s" --timeout 10s --latency -s "$T/chat.lua" \
    "$B/v1/chat" >"$T/wrk.txt" 2>&1 &
WPID=$!
(
	end=$(($(date +%s) + SECONDS_TOTAL))
	while [ "$(date +%s)" -lt "$end" ]; do
		for f in bad-json:400 bad-big:413 bad-utf8:400 bad-nul:400 \
		    bad-type:400; do
			code=$(curl -s --max-time 10 -o /dev/null -w '%{http_code}' \
			    -X POST -H 'Content-Type: application/json' \
			    --data-binary @"$T/${f%%:*}" "$B/v1/chat")
			echo "${f%%:*} ${f##*:} $code"
		done
		code=$(curl -s --max-time 10 -o /dev/null -w '%{http_code}' \
		    -X DELETE "$B/v1/chat")
		echo "bad-method 405 $code"
		sleep 0.2
	done
) >"$T/bad.txt" 2>&1 &
BPID=$!

# --- reloads every 3 s, alternating broken and good ------------------
start=$(date +%s)
end=$((start + SECONDS_TOTAL - 3))
cycle=0
bad_reloads=""
health_fail=0
rss_warm=""
rss_max=0
rss_log=""
while [ "$(date +%s)" -lt "$end" ]; do
	sleep 3
	cycle=$((cycle + 1))
	if [ $((cycle % 2)) = 1 ]; then
		cp "$T/broken.kb" "$T/kb/96-soak-broken.kb"
		want=broken
	else
		rm -f "$T/kb/96-soak-broken.kb"
		want=good
	fi
	kill -HUP "$SPID"
	# wait (up to 10 s) for this reload before the next one: SIGHUPs
	# sent while a reload runs would merge into one
	got=""
	for _ in $(seq 100); do
		got=$(health '"%d %s %s" % (o["last_reload"]["reloads"], o["last_reload"]["ok"], o["version"])')
		[ -n "$got" ] && [ "${got%% *}" -gt "$reloads" ] && break
		sleep 0.1
	done
	if [ -z "$got" ]; then
		health_fail=$((health_fail + 1))
		bad_reloads="$bad_reloads
cycle $cycle ($want): /healthz did not answer ok"
		continue
	fi
	reloads=${got%% *}
	case "$want:${got#* }" in
	"broken:False $version0" | "good:True $version0") ;;
	*) bad_reloads="$bad_reloads
cycle $cycle ($want): reloads ok version = $got" ;;
	esac
	# the old (or reloaded good) knowledge answers, whatever happened
	a=$(curl -s --max-time 5 -X POST "$B/v1/chat" -H 'Content-Type: application/json' \
	    -d '{"conversation":"soak-check-'$cycle'","text":"how much does it cost"}')
	case $a in
	*'"id":"insurance-cost"'*) ;;
	*) bad_reloads="$bad_reloads
cycle $cycle ($want): cost question answered: $(echo "$a" | head -c 200)" ;;
	esac
	r=$(rss_kib)
	rss_log="$rss_log $r"
	# after 10 s of load the working set is reached (conversations,
	# malloc arenas, connection pools): take it as the reference
	if [ -z "$rss_warm" ] && [ $(($(date +%s) - start)) -ge 10 ]; then
		rss_warm=$r
	elif [ -n "$rss_warm" ] && [ "$r" -gt "$rss_max" ]; then
		rss_max=$r
	fi
done
wait "$WPID"
WPID=""
wait "$BPID"
BPID=""

echo "# $cycle reloads ($(( (cycle + 1) / 2 )) broken, $((cycle / 2)) good) in $SECONDS_TOTAL s"
sed 's/^/# /' "$T/wrk.txt" | grep -E 'requests in|Requests/sec|statuses|Non-2xx|Socket errors|  50%|  99%'
echo "# VmRSS (KiB) after each reload:$rss_log"

if [ "$cycle" -ge 4 ] && [ -z "$bad_reloads" ]; then
	ok "reloads every 3 s: broken copies refused, good ones taken, version kept, answers right ($cycle reloads)"
else
	not_ok "reloads every 3 s: broken copies refused, good ones taken, version kept, answers right ($cycle reloads)" \
	    "$bad_reloads"
fi
if [ "$health_fail" = 0 ]; then
	ok "healthz ok after every reload"
else
	not_ok "healthz ok after every reload" "$health_fail failures"
fi
s5=$(sed -n 's/^statuses: .* 5xx=\([0-9]*\)$/\1/p' "$T/wrk.txt")
s2=$(sed -n 's/^statuses: 2xx=\([0-9]*\) .*/\1/p' "$T/wrk.txt")
s4=$(sed -n 's/^statuses: .* 4xx=\([0-9]*\) .*/\1/p' "$T/wrk.txt")
errs=$(sed -n 's/.*Socket errors: \(.*\)/\1/p' "$T/wrk.txt")
if [ "${s5:-x}" = 0 ] && [ "${s4:-x}" = 0 ] && [ "${s2:-0}" -gt 0 ] &&
    [ -z "$errs" ]; then
	ok "steady load: $s2 chat requests, all 2xx, no socket error or timeout"
else
	not_ok "steady load: all 2xx, no socket error or timeout" \
	    "2xx=${s2:-?} 4xx=${s4:-?} 5xx=${s5:-?} socket errors: ${errs:-none}; $(head -n 3 "$T/wrk.txt")"
fi
nbad=$(wc -l <"$T/bad.txt")
wrong=$(awk '$2 != $3' "$T/bad.txt" | sort | uniq -c)
if [ "$nbad" -gt 0 ] && [ -z "$wrong" ]; then
	ok "bad requests: $nbad malformed JSON, oversized, invalid UTF-8, NUL, mistyped, wrong method: each its 4xx"
else
	not_ok "bad requests: each its 4xx" "$nbad sent; wrong (count name want got): $wrong"
fi
n5=$(grep -c '"status":5[0-9][0-9]' "$T/err")
if [ "$n5" = 0 ]; then
	ok "no 5xx in the server's log"
else
	not_ok "no 5xx in the server's log" "$(grep '"status":5' "$T/err" | head -n 3)"
fi
# Memory: bounded by the warm reference plus the larger of 25% and
# 16 MiB. Each reload parses and indexes a whole new knowledge (about
# 1-2 MiB for the bundled one) while requests still hold the old one, and
# glibc keeps freed arenas' pages, so RSS moves by a few MiB from one
# reload to the next; what must not happen is a climb with every reload
# (a leaked knowledge would add its size each time: over the ~40 reloads
# of a 120 s run that is well past the bound).
if [ -n "$rss_warm" ]; then
	limit=$((rss_warm + rss_warm / 4))
	[ "$limit" -lt $((rss_warm + 16384)) ] && limit=$((rss_warm + 16384))
	if [ "$rss_max" -le "$limit" ]; then
		ok "memory bounded: VmRSS $rss_warm KiB at 10 s, at most $rss_max KiB after (limit $limit)"
	else
		not_ok "memory bounded: VmRSS $rss_warm KiB at 10 s, at most $rss_max KiB after (limit $limit)"
	fi
else
	not_ok "memory bounded" "no sample taken after 10 s"
fi
if [ -n "$(health '"ok"')" ]; then
	ok "healthz ok at the end"
else
	not_ok "healthz ok at the end"
fi

kill -TERM "$SPID"
rc=0
for _ in $(seq 100); do
	kill -0 "$SPID" 2>/dev/null || break
	sleep 0.1
done
if kill -0 "$SPID" 2>/dev/null; then rc=124; else wait "$SPID"; rc=$?; fi
SPID=""
if [ "$rc" = 0 ]; then
	ok "server exits 0 on SIGTERM"
else
	not_ok "server exits 0 on SIGTERM" "exit status $rc"
fi
finish
