#!/usr/bin/env bash
# Command-line tests of faqbot: drives BUILD_DIR/faqbot as a user or a
# script would, against the bundled knowledge (knowledge/) and the small
# fixtures in tests/fixtures/. Each check prints "ok - NAME" or
# "not ok - NAME"; the last line is "cli: N passed, M failed", and the exit
# status is non-zero when any check failed.
#
#   tests/cli.sh BUILD_DIR
#
# shellcheck disable=SC2016
# (Python snippets and regular expressions are single-quoted on purpose.)
set -u

# Paths below (knowledge/, tests/fixtures/) are from the repository root.
. "$(dirname "$0")/lib.sh"
lib_start cli tests/cli.sh "$@"

FIX=tests/fixtures
KB=knowledge
T=$(mktemp -d "${TMPDIR:-/tmp}/faqbot-cli.XXXXXX") || exit 2
trap 'rm -rf "$T"' EXIT
# FAQBOT_KB from the caller's environment must not change what we test.
unset FAQBOT_KB

# not_ok NAME REASON: print the failure with the command's output.
not_ok() {
	failed=$((failed + 1))
	echo "not ok - $1"
	echo "#   $2"
	if [ -s "$T/out" ]; then
		echo "#   stdout:"
		head -n 20 "$T/out" | sed 's/^/#     /'
	fi
	if [ -s "$T/err" ]; then
		echo "#   stderr:"
		head -n 20 "$T/err" | sed 's/^/#     /'
	fi
}

# run CMD...: run with stdin from /dev/null; sets rc, out and err files.
run() {
	"$@" </dev/null >"$T/out" 2>"$T/err"
	rc=$?
}

# run_in INPUT CMD...: the same with INPUT on stdin.
run_in() {
	local input=$1
	shift
	printf '%s' "$input" | "$@" >"$T/out" 2>"$T/err"
	rc=$?
}

# py CODE: run python3 on the last stdout; non-zero exit is a failure,
# its stderr (the assertion) goes to the err file for the report.
py() {
	if ! command -v python3 >/dev/null 2>&1; then
		echo "python3 is not installed" >"$T/err"
		return 1
	fi
	python3 -c "$1" <"$T/out" 2>"$T/err"
}

# lines FILE: the number of lines in FILE.
lines() {
	wc -l <"$1" | tr -d ' '
}

lib_need_bin

# --- ask with the question as arguments -------------------------------

run "$BIN" ask --kb "$FIX/clinic.kb" what is ketamine
want="Ketamine is an anesthetic medicine. At Fixture Clinic it is given in low doses.

FIXTURE-DISCLAIMER: general information, not medical advice."
if [ $rc -eq 0 ] && [ "$(cat "$T/out")" = "$want" ] && [ ! -s "$T/err" ]
then
	ok "ask: arguments give the answer, variables filled, disclaimer"
else
	not_ok "ask: arguments give the answer, variables filled, disclaimer" \
	    "rc=$rc, want exactly the fixture answer"
fi

run "$BIN" ask --kb "$FIX/clinic.kb" "what is the weather in paris"
if [ $rc -eq 0 ] && grep -q "^Sorry, I do not know that one" "$T/out"; then
	ok "ask: out of scope gets the fallback text"
else
	not_ok "ask: out of scope gets the fallback text" "rc=$rc"
fi

# The bundled knowledge: the answer printed is what-is-ketamine's answer.
run "$BIN" list --kb "$KB" --json
cp "$T/out" "$T/list.json"
run "$BIN" ask --kb "$KB" "What's ketamine?"
cp "$T/out" "$T/ask.txt"
if [ $rc -eq 0 ] && python3 -c '
import json, sys
entries = {}
for line in open(sys.argv[1]):
    o = json.loads(line)
    entries[o["id"]] = o
out = open(sys.argv[2]).read()
assert out.startswith(entries["what-is-ketamine"]["answer"]), out[:200]
' "$T/list.json" "$T/ask.txt" 2>"$T/err"; then
	ok "ask: bundled knowledge answers what-is-ketamine"
else
	not_ok "ask: bundled knowledge answers what-is-ketamine" "rc=$rc"
fi

# Bundled synonyms and stop words: a question in Italian, Spanish or
# German is answered (in English), its unknown words weighed as another
# language's. A thank-you in another language is small talk
# only as the whole message ("merci beaucoup"), so that a question about
# something else ending in "grazie" is not answered "you're welcome". A
# question about another medicine is declined (knowledge/elsewhere.kb).
run_in "quali sono gli effetti collaterali?
cuantas sesiones necesito
welche Nebenwirkungen hat das?
puedo comer antes?
la ketamina, que es exactamente?
bekomme ich in der Stillzeit trotzdem Ketamin?
merci beaucoup!
does lexapro work like my prozac?" \
    "$BIN" ask --kb "$KB" --json
if [ $rc -eq 0 ] && python3 -c '
import json, sys
got = [json.loads(l).get("id") for l in open(sys.argv[1])]
assert got == ["side-effects", "how-many-sessions", "side-effects",
    "preparing", "what-is-ketamine", "breastfeeding", "thanks", None], got
' "$T/out" 2>"$T/err"; then
	ok "ask: other languages find their entries, another medicine is declined"
else
	not_ok "ask: other languages find their entries, another medicine is declined" \
	    "rc=$rc $(cat "$T/err")"
fi

# A suicide attempt in the past is history, not the question: the
# message goes to the entry it asks about (eligibility), and a question
# about ketamine and suicidal thoughts still finds that entry.
run_in "I attempted suicide when I was 25 and have been well for years, would that disqualify me from ketamine
does a past suicide attempt make me ineligible
can ketamine help with suicidal thoughts" \
    "$BIN" ask --kb "$KB" --json
if [ $rc -eq 0 ] && python3 -c '
import json, sys
got = [json.loads(l).get("id") for l in open(sys.argv[1])]
assert got == ["eligibility", "eligibility", "suicidal-ideation-evidence"], got
' "$T/out" 2>"$T/err"; then
	ok "ask: a past suicide attempt is read as history (eligibility)"
else
	not_ok "ask: a past suicide attempt is read as history (eligibility)" \
	    "rc=$rc $(cat "$T/err")"
fi

run "$BIN" ask --kb "$KB" "i want to kill myself"
if [ $rc -eq 0 ] && grep -q 988 "$T/out" && grep -q 911 "$T/out"; then
	ok "ask: crisis reply gives 911 and 988 (bundled knowledge)"
else
	not_ok "ask: crisis reply gives 911 and 988 (bundled knowledge)" \
	    "rc=$rc"
fi

run "$BIN" ask --kb "$FIX/clinic.kb" $'caf\xe9'
if [ $rc -eq 1 ] && grep -q "invalid UTF-8" "$T/err"; then
	ok "ask: invalid UTF-8 exits 1 with a message"
else
	not_ok "ask: invalid UTF-8 exits 1 with a message" "rc=$rc"
fi

# --- ask --json -------------------------------------------------------

# The fields and their types, for every kind of reply.
JSON_SHAPE='
import json, sys
o = json.loads(sys.stdin.read())
assert isinstance(o, dict), o
assert o["kind"] in ("answer", "smalltalk", "fallback", "crisis"), o
assert o["id"] is None or isinstance(o["id"], str), o
assert isinstance(o["score"], (int, float)) and not isinstance(o["score"], bool), o
assert 0 <= o["score"] <= 1, o
assert isinstance(o["answer"], str) and o["answer"], o
assert isinstance(o["suggestions"], list), o
assert all(isinstance(s, str) for s in o["suggestions"]), o
assert isinstance(o["titles"], list), o
assert len(o["titles"]) == len(o["suggestions"]), o
'

run "$BIN" ask --kb "$FIX/clinic.kb" --json "how much does it cost"
if [ $rc -eq 0 ] && [ "$(lines "$T/out")" = 1 ] && py "$JSON_SHAPE
assert o[\"kind\"] == \"answer\", o
assert o[\"id\"] == \"cost\", o
assert o[\"score\"] >= 0.5, o
assert o[\"answer\"].startswith(\"Each session costs \$400.\"), o
assert o[\"suggestions\"] == [\"infusion-session\"], o
assert o[\"titles\"] == [\"What happens during an infusion?\"], o
"; then
	ok "ask --json: answer fields and types"
else
	not_ok "ask --json: answer fields and types" "rc=$rc"
fi

run "$BIN" ask --kb "$FIX/clinic.kb" --json "what is the weather in paris"
if [ $rc -eq 0 ] && py "$JSON_SHAPE
assert o[\"kind\"] == \"fallback\", o
assert o[\"id\"] is None, o
assert o[\"suggestions\"] == [], o
"; then
	ok "ask --json: fallback has a null id and no suggestions"
else
	not_ok "ask --json: fallback has a null id and no suggestions" "rc=$rc"
fi

run "$BIN" ask --kb "$FIX/clinic.kb" --json "nausea cost"
if [ $rc -eq 0 ] && py "$JSON_SHAPE
assert o[\"kind\"] == \"fallback\", o
assert o[\"id\"] is None, o
assert len(o[\"suggestions\"]) >= 2, o
assert \"1. \" + o[\"titles\"][0] in o[\"answer\"], o
"; then
	ok "ask --json: \"did you mean\" lists suggestions"
else
	not_ok "ask --json: \"did you mean\" lists suggestions" "rc=$rc"
fi

run "$BIN" ask --kb "$FIX/clinic.kb" --json "I want to kill myself"
if [ $rc -eq 0 ] && py "$JSON_SHAPE
assert o[\"kind\"] == \"crisis\", o
assert o[\"id\"] is None, o
assert \"988\" in o[\"answer\"] and \"911\" in o[\"answer\"], o
"; then
	ok "ask --json: crisis"
else
	not_ok "ask --json: crisis" "rc=$rc"
fi

# A real word near a crisis word is not "corrected" into one ("sleeping"
# is two edits from "bleeding"), but a form of one still is ("pill").
run "$BIN" ask --kb "$KB" --json "can you prescribe me sleeping pills"
if [ $rc -eq 0 ] && py "$JSON_SHAPE
assert o[\"kind\"] != \"crisis\", o
"; then
	ok "ask: a real word is not read as a misspelled crisis word"
else
	not_ok "ask: a real word is not read as a misspelled crisis word" \
	    "rc=$rc"
fi
run "$BIN" ask --kb "$KB" --json "i take many pill now i feel very bad"
if [ $rc -eq 0 ] && py "$JSON_SHAPE
assert o[\"kind\"] == \"crisis\", o
"; then
	ok "ask: a crisis word's own form is still corrected"
else
	not_ok "ask: a crisis word's own form is still corrected" "rc=$rc"
fi

run "$BIN" ask --kb "$FIX/clinic.kb" --json "hi"
if [ $rc -eq 0 ] && py "$JSON_SHAPE
assert o[\"kind\"] == \"smalltalk\" and o[\"id\"] == \"greeting\", o
"; then
	ok "ask --json: small talk"
else
	not_ok "ask --json: small talk" "rc=$rc"
fi

run "$BIN" ask --kb "$FIX/clinic.kb" --json $'\xff'
if [ $rc -eq 1 ] && py '
import json, sys
o = json.loads(sys.stdin.read())
assert "error" in o, o
'; then
	ok "ask --json: invalid UTF-8 prints a JSON error"
else
	not_ok "ask --json: invalid UTF-8 prints a JSON error" "rc=$rc"
fi

# --- ask on stdin -----------------------------------------------------

run_in $'what is ketamine\nis there parking\nhow much does it cost\n' \
    "$BIN" ask --kb "$FIX/clinic.kb"
if [ $rc -eq 0 ] && [ "$(lines "$T/out")" = 3 ] &&
    sed -n 1p "$T/out" | grep -q "^Ketamine is an anesthetic" &&
    sed -n 2p "$T/out" | grep -q "^Free parking is behind" &&
    sed -n 3p "$T/out" | grep -q '^Each session costs \$400\.'; then
	ok "ask stdin: 3 lines in, 3 answers out, in order"
else
	not_ok "ask stdin: 3 lines in, 3 answers out, in order" "rc=$rc"
fi

# On one line, paragraphs are joined with " / ".
if sed -n 1p "$T/out" | grep -q "low doses\. / FIXTURE-DISCLAIMER"; then
	ok "ask stdin: paragraphs joined with ' / '"
else
	not_ok "ask stdin: paragraphs joined with ' / '" "line 1 differs"
fi

# Without --conversation each line stands alone: every answer has the
# disclaimer.
if [ "$(grep -c FIXTURE-DISCLAIMER "$T/out")" = 3 ]; then
	ok "ask stdin: lines without --conversation are independent"
else
	not_ok "ask stdin: lines without --conversation are independent" \
	    "want 3 disclaimers"
fi

run_in $'what is ketamine\nis there parking\nhow much does it cost\n' \
    "$BIN" ask --kb "$FIX/clinic.kb" --json
if [ $rc -eq 0 ] && py '
import json, sys
rows = [json.loads(l) for l in sys.stdin.read().splitlines()]
assert [r["id"] for r in rows] == ["what-is-ketamine", "parking", "cost"], rows
'; then
	ok "ask stdin --json: 3 JSON lines, in order"
else
	not_ok "ask stdin --json: 3 JSON lines, in order" "rc=$rc"
fi

run_in $'what is ketamine\nwhat are the side effects\nis there parking\n' \
    "$BIN" ask --kb "$KB"
if [ $rc -eq 0 ] && [ "$(lines "$T/out")" = 3 ]; then
	ok "ask stdin: bundled knowledge, 3 lines out"
else
	not_ok "ask stdin: bundled knowledge, 3 lines out" "rc=$rc"
fi

# A line without a final newline is still answered.
run_in $'is there parking' "$BIN" ask --kb "$FIX/clinic.kb" --json
if [ $rc -eq 0 ] && py '
import json, sys
assert json.loads(sys.stdin.read())["id"] == "parking"
'; then
	ok "ask stdin: last line without a newline"
else
	not_ok "ask stdin: last line without a newline" "rc=$rc"
fi

# --- --conversation ---------------------------------------------------

run_in $'nausea cost\n2\n' "$BIN" ask --kb "$FIX/clinic.kb" --json \
    --conversation c1
if [ $rc -eq 0 ] && py '
import json, sys
a, b = [json.loads(l) for l in sys.stdin.read().splitlines()]
assert a["kind"] == "fallback" and len(a["suggestions"]) >= 2, a
assert b["kind"] == "answer", b
assert b["id"] == a["suggestions"][1], (a, b)
'; then
	ok "ask --conversation: \"2\" picks the second suggestion"
else
	not_ok "ask --conversation: \"2\" picks the second suggestion" "rc=$rc"
fi

run_in $'nausea cost\n2\n' "$BIN" ask --kb "$FIX/clinic.kb" --json
if [ $rc -eq 0 ] && py '
import json, sys
a, b = [json.loads(l) for l in sys.stdin.read().splitlines()]
assert b["kind"] == "fallback", b
'; then
	ok "ask without --conversation: \"2\" picks nothing"
else
	not_ok "ask without --conversation: \"2\" picks nothing" "rc=$rc"
fi

run_in $'what is ketamine\nis there parking\n' "$BIN" ask \
    --kb "$FIX/clinic.kb" --conversation c2
if [ $rc -eq 0 ] && [ "$(grep -c FIXTURE-DISCLAIMER "$T/out")" = 1 ] &&
    sed -n 1p "$T/out" | grep -q FIXTURE-DISCLAIMER; then
	ok "ask --conversation: the disclaimer only in the first answer"
else
	not_ok "ask --conversation: the disclaimer only in the first answer" \
	    "rc=$rc"
fi

# --- --explain --------------------------------------------------------

run "$BIN" ask --kb "$FIX/clinic.kb" --explain "Whats ketamin?"
if [ $rc -eq 0 ] && grep -q "^normalized: what is ketamin$" "$T/out" &&
    grep -q "^decision: answer what-is-ketamine" "$T/out" &&
    grep -q "^Ketamine is an anesthetic" "$T/out"; then
	ok "ask --explain: normalized text, decision, then the answer"
else
	not_ok "ask --explain: normalized text, decision, then the answer" \
	    "rc=$rc"
fi

run "$BIN" ask --kb "$FIX/clinic.kb" --json --explain "what is ketamine"
if [ $rc -eq 0 ] && py '
import json, sys
o = json.loads(sys.stdin.read())
assert "normalized:" in o["explain"] and "decision:" in o["explain"], o
'; then
	ok "ask --json --explain: reasons in an \"explain\" field"
else
	not_ok "ask --json --explain: reasons in an \"explain\" field" "rc=$rc"
fi

# --- chat -------------------------------------------------------------

run_in $'what is ketamine\nquit\nis there parking\n' "$BIN" chat \
    --kb "$FIX/clinic.kb"
if [ $rc -eq 0 ] &&
    [ "$(grep -m 1 '^faqbot: ' "$T/out")" = "faqbot: Hello from Fixture Clinic! Ask me about ketamine infusions." ] &&
    grep -q "^faqbot: Ketamine is an anesthetic" "$T/out" &&
    ! grep -q "Free parking" "$T/out"; then
	ok "chat: greeting first, answers, stops at quit"
else
	not_ok "chat: greeting first, answers, stops at quit" "rc=$rc"
fi

# --- check ------------------------------------------------------------

run "$BIN" check --kb "$KB"
if [ $rc -eq 0 ] && grep -q "all answered by their own entry" "$T/out"
then
	ok "check: bundled knowledge passes"
else
	not_ok "check: bundled knowledge passes" "rc=$rc"
fi

run "$BIN" check --kb "$FIX/clinic.kb"
if [ $rc -eq 0 ] && grep -qx "7 entries, 21 examples: all answered by their own entry" "$T/out"; then
	ok "check: fixture passes, with counts"
else
	not_ok "check: fixture passes, with counts" "rc=$rc"
fi

run "$BIN" check --kb "$FIX/broken.kb"
if [ $rc -ne 0 ] &&
    grep -q "^$FIX/broken.kb:4: error: unknown field 'colour'" "$T/err" &&
    grep -q "^$FIX/broken.kb:8: error: entry 'b' has no answer" "$T/err" &&
    grep -q "^$FIX/broken.kb:11: error: related id 'nope' does not exist" \
    "$T/err" &&
    [ "$(grep -c "^$FIX/broken.kb:[0-9]*: error: " "$T/err")" = 3 ] &&
    grep -q "3 problems" "$T/err"; then
	ok "check: broken knowledge fails with file:line: error: lines"
else
	not_ok "check: broken knowledge fails with file:line: error: lines" \
	    "rc=$rc"
fi

run "$BIN" check --kb "$FIX/stolen.kb"
if [ $rc -eq 1 ] &&
    grep -q "^$FIX/stolen.kb:15: error: example 'parking' is answered by 'parking' instead of its own entry 'cost'" "$T/out" &&
    grep -q "1 not answered by their own entry" "$T/out"; then
	ok "check: an example answered by another entry fails, at its line"
else
	not_ok "check: an example answered by another entry fails, at its line" \
	    "rc=$rc"
fi

# --- list -------------------------------------------------------------

run "$BIN" list --kb "$FIX/clinic.kb"
if [ $rc -eq 0 ] && [ "$(lines "$T/out")" = 7 ] &&
    [ "$(awk '{print $1}' "$T/out" | tr '\n' ' ')" = "what-is-ketamine side-effects cost infusion-session suicidal-thoughts parking greeting " ] &&
    grep -Eq '^greeting +smalltalk +Hello$' "$T/out" &&
    grep -Eq '^cost +answer +How much does it cost\?$' "$T/out"; then
	ok "list: one line per entry: id, kind, title"
else
	not_ok "list: one line per entry: id, kind, title" "rc=$rc"
fi

run "$BIN" list --kb "$FIX/clinic.kb" --json
if [ $rc -eq 0 ] && py '
import json, sys
rows = [json.loads(l) for l in sys.stdin.read().splitlines()]
assert len(rows) == 7, rows
for r in rows:
    assert set(r) >= {"id", "kind", "title", "answer", "examples"}, r
    assert isinstance(r["id"], str) and isinstance(r["title"], str), r
    assert r["kind"] in ("answer", "smalltalk"), r
    assert isinstance(r["answer"], str) and r["answer"], r
    assert isinstance(r["examples"], int) and r["examples"] >= 1, r
by = {r["id"]: r for r in rows}
assert by["greeting"]["kind"] == "smalltalk", by["greeting"]
assert by["cost"]["examples"] == 3, by["cost"]
assert by["cost"]["answer"].startswith("Each session costs $400.\n- We take cards."), by["cost"]
assert sum(r["examples"] for r in rows) == 21
'; then
	ok "list --json: one object per entry with id, kind, title, answer, examples"
else
	not_ok "list --json: one object per entry with id, kind, title, answer, examples" "rc=$rc"
fi

run "$BIN" list --kb "$KB" --json
if [ $rc -eq 0 ] && py '
import json, sys
rows = [json.loads(l) for l in sys.stdin.read().splitlines()]
ids = [r["id"] for r in rows]
assert len(rows) >= 20, len(rows)
assert len(set(ids)) == len(ids), "duplicate ids"
assert "what-is-ketamine" in ids and "greeting" in ids, ids
'; then
	ok "list --json: bundled knowledge"
else
	not_ok "list --json: bundled knowledge" "rc=$rc"
fi

# --- help and version -------------------------------------------------

run "$BIN" --help
if [ $rc -eq 0 ] && grep -q "^usage: faqbot COMMAND" "$T/out" &&
    grep -Eq '^ +ask ' "$T/out" && grep -Eq '^ +check ' "$T/out" &&
    grep -Eq '^ +list ' "$T/out" && [ ! -s "$T/err" ]; then
	ok "--help: usage and the commands, on stdout"
else
	not_ok "--help: usage and the commands, on stdout" "rc=$rc"
fi

run "$BIN" ask --help
if [ $rc -eq 0 ] && grep -q "^usage: faqbot ask" "$T/out" &&
    grep -q -- "--json" "$T/out" && grep -q -- "--conversation" "$T/out"
then
	ok "ask --help: the command's options"
else
	not_ok "ask --help: the command's options" "rc=$rc"
fi

run "$BIN" --version
if [ $rc -eq 0 ] && grep -Eqx 'faqbot [0-9]+\.[0-9]+\.[0-9]+' "$T/out"; then
	ok "--version: faqbot X.Y.Z"
else
	not_ok "--version: faqbot X.Y.Z" "rc=$rc"
fi

# --- bad usage: exit 2, one line on stderr, nothing on stdout ---------

# usage NAME CMD...: the usage-error contract for one command line.
usage() {
	local name=$1
	shift
	run "$@"
	if [ $rc -eq 2 ] && [ "$(lines "$T/err")" = 1 ] &&
	    [ ! -s "$T/out" ] && grep -q "^faqbot" "$T/err"; then
		ok "bad usage: $name"
	else
		not_ok "bad usage: $name" "rc=$rc, want 2 and one stderr line"
	fi
}

usage "unknown command" "$BIN" frobnicate
usage "unknown option" "$BIN" ask --kb "$FIX/clinic.kb" --frob "hi"
usage "option of another command" "$BIN" check --kb "$FIX/clinic.kb" --json
usage "missing option argument" "$BIN" ask --kb
usage "no command" "$BIN"
usage "unexpected argument" "$BIN" list --kb "$FIX/clinic.kb" extra

run "$BIN" frobnicate
if grep -q "frobnicate" "$T/err"; then
	ok "bad usage: the message names the unknown command"
else
	not_ok "bad usage: the message names the unknown command" "rc=$rc"
fi

# --- missing knowledge ------------------------------------------------

run "$BIN" ask --kb "$T/no-such-kb" "what is ketamine"
if [ $rc -ne 0 ] && [ $rc -ne 2 ] && [ ! -s "$T/out" ] &&
    grep -q "$T/no-such-kb" "$T/err" &&
    grep -q "cannot read knowledge: No such file or directory" "$T/err"; then
	ok "missing knowledge: non-zero exit, names the path and the reason"
else
	not_ok "missing knowledge: non-zero exit, names the path and the reason" \
	    "rc=$rc"
fi

run "$BIN" check --kb "$T/no-such-kb"
if [ $rc -ne 0 ] && grep -q "$T/no-such-kb" "$T/err"; then
	ok "missing knowledge: check fails too"
else
	not_ok "missing knowledge: check fails too" "rc=$rc"
fi

# --- FAQBOT_KB --------------------------------------------------------

FAQBOT_KB=$FIX/clinic.kb run "$BIN" list
if [ $rc -eq 0 ] && [ "$(lines "$T/out")" = 7 ] &&
    grep -q "^suicidal-thoughts " "$T/out"; then
	ok "FAQBOT_KB: used when --kb is not given"
else
	not_ok "FAQBOT_KB: used when --kb is not given" "rc=$rc"
fi

FAQBOT_KB=$FIX/clinic.kb run "$BIN" ask --json "is it pricey"
if [ $rc -eq 0 ] && py '
import json, sys
assert json.loads(sys.stdin.read())["id"] == "cost"
'; then
	ok "FAQBOT_KB: ask reads it too"
else
	not_ok "FAQBOT_KB: ask reads it too" "rc=$rc"
fi

FAQBOT_KB=$T/no-such-kb run "$BIN" list --kb "$FIX/clinic.kb"
if [ $rc -eq 0 ] && [ "$(lines "$T/out")" = 7 ]; then
	ok "FAQBOT_KB: --kb wins over it"
else
	not_ok "FAQBOT_KB: --kb wins over it" "rc=$rc"
fi

FAQBOT_KB=$T/no-such-kb run "$BIN" list
if [ $rc -ne 0 ] && grep -q "$T/no-such-kb" "$T/err"; then
	ok "FAQBOT_KB: a bad value is reported, not ignored"
else
	not_ok "FAQBOT_KB: a bad value is reported, not ignored" "rc=$rc"
fi

echo "cli: $pass passed, $failed failed"
[ "$failed" -eq 0 ]
