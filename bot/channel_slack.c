/*
 * Slack: the Events API (POST /slack/events, JSON) and a slash command
 * (POST /slack/command, a urlencoded form), both signed with the app's
 * signing secret in X-Slack-Signature (version v0). Events are answered
 * through the outbox with chat.postMessage, since Slack only wants a quick
 * empty 200; a slash command is answered in the HTTP response itself.
 *
 * Which events are answered: app_mention (someone wrote @faqbot in a
 * channel) and message events of direct messages (channel_type "im").
 * Slack never sends app_mention for a direct message, and a message event
 * of a channel is left alone, so an app that also subscribes to
 * message.channels does not answer every message of the channel, nor a
 * mention twice (once as message, once as app_mention).
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>
#include <curl/curl.h>

#include "channel.h"
#include "conf.h"
#include "form.h"
#include "outbox.h"
#include "sig.h"
#include "xmalloc.h"

/*
 * Slack truncates text past 40,000 characters and advises staying under
 * 4,000; pieces are counted in UTF-16 units (never fewer than Slack's
 * characters) after escaping.
 */
#define SLACK_TEXT_MAX		4000
#define SLACK_PIECES		2
/* Slack refuses requests whose timestamp is more than 5 minutes away. */
#define SLACK_SKEW_MAX		300
#define SLACK_SIG_PREFIX	"v0="
#define SLACK_CHALLENGE_MAX	256
/* Longest Slack id kept (team, channel, user: about 11 characters). */
#define SLACK_ID_MAX		64
/*
 * A mention with no words, or an empty slash command, asks for the list
 * of topics: "help" reaches the help-topics entry, where an empty text
 * would get the fallback and be recorded as an unanswered question.
 */
#define SLACK_EMPTY_QUESTION	"help"
#define SLACK_ELLIPSIS		"\xe2\x80\xa6"
/* The Events channel's name: its jobs carry it, to find prepare. */
#define SLACK_EVENTS_NAME	"slack-events"

/* The Events API needs the signing secret and the bot token. */
static bool
slack_events_enabled(const struct conf *c)
{
	return conf_str(c, "slack", "signing_secret")[0] != '\0' &&
	    conf_str(c, "slack", "bot_token")[0] != '\0';
}

/* A slash command is answered in the response: no token needed. */
static bool
slack_command_enabled(const struct conf *c)
{
	return conf_str(c, "slack", "signing_secret")[0] != '\0';
}

/*
 * Read a unix time of at most 12 digits (nothing else) into *t. 0, or -1
 * when s is no such number.
 */
static int
slack_time(const char *s, long long *t)
{
	size_t n = strspn(s, "0123456789");

	if (n == 0 || n > 12 || s[n] != '\0')
		return -1;
	*t = strtoll(s, NULL, 10);
	return 0;
}

/* True when want is the v0 HMAC of "v0:" ts ":" body under secret. */
static bool
slack_sig_ok(const char *secret, const char *ts,
    const struct channel_req *req, const unsigned char want[SIG_SHA256_LEN])
{
	unsigned char mac[SIG_SHA256_LEN];
	struct buf s;
	bool ok;

	buf_init(&s, 0);
	buf_printf(&s, "v0:%s:", ts);
	buf_append(&s, req->body, req->body_len);
	ok = sig_hmac_sha256(secret, strlen(secret), s.data, s.len, mac) ==
	    0 && sig_equal(mac, sizeof(mac), want, SIG_SHA256_LEN);
	buf_finish(&s);
	return ok;
}

/*
 * Check X-Slack-Signature ("v0=" and the hex HMAC-SHA256, keyed with the
 * signing secret as it is, of "v0:" timestamp ":" raw body) and that
 * X-Slack-Request-Timestamp is within five minutes of now, so that a
 * captured request cannot be replayed later. 0, or -1 with err.
 */
static int
slack_verify(const struct conf *c, const struct channel_req *req,
    char err[BOT_ERR_LEN])
{
	const char *secret = conf_str(c, "slack", "signing_secret");
	const char *ts = req->header(req->lookup_arg,
	    "X-Slack-Request-Timestamp");
	const char *sig = req->header(req->lookup_arg, "X-Slack-Signature");
	unsigned char want[SIG_SHA256_LEN];
	long long t;

	if (ts == NULL || sig == NULL) {
		snprintf(err, BOT_ERR_LEN, "missing %s header", ts == NULL ?
		    "X-Slack-Request-Timestamp" : "X-Slack-Signature");
		return -1;
	}
	if (slack_time(ts, &t) == -1) {
		snprintf(err, BOT_ERR_LEN,
		    "malformed X-Slack-Request-Timestamp header");
		return -1;
	}
	if (t > (long long)req->now + SLACK_SKEW_MAX ||
	    t < (long long)req->now - SLACK_SKEW_MAX) {
		snprintf(err, BOT_ERR_LEN, "X-Slack-Request-Timestamp is more "
		    "than %d s away from now", SLACK_SKEW_MAX);
		return -1;
	}
	if (strncmp(sig, SLACK_SIG_PREFIX, strlen(SLACK_SIG_PREFIX)) != 0 ||
	    sig_hex_decode(sig + strlen(SLACK_SIG_PREFIX), want,
	    sizeof(want)) == -1) {
		snprintf(err, BOT_ERR_LEN,
		    "malformed X-Slack-Signature header");
		return -1;
	}
	if (!slack_sig_ok(secret, ts, req, want)) {
		snprintf(err, BOT_ERR_LEN,
		    "X-Slack-Signature does not match the request");
		return -1;
	}
	return 0;
}

/*
 * Copy a printable id (no spaces or controls, at most SLACK_ID_MAX
 * bytes) into dst. 0, or -1 when missing or unfit.
 */
static int
slack_id(char dst[CHANNEL_ID_MAX + 1], const char *val)
{
	size_t len = val == NULL ? 0 : strlen(val);

	dst[0] = '\0';
	if (len == 0 || len > SLACK_ID_MAX)
		return -1;
	for (size_t i = 0; i < len; i++)
		if ((unsigned char)val[i] <= 0x20 || val[i] == 0x7f)
			return -1;
	memcpy(dst, val, len + 1);
	return 0;
}

/* True for a message timestamp: digits, a dot, digits ("1515449522.0016"). */
static bool
slack_ts_ok(const char *ts)
{
	size_t n;

	if (ts == NULL)
		return false;
	n = strspn(ts, "0123456789");
	if (n == 0 || n > 12 || ts[n] != '.')
		return false;
	ts += n + 1;
	n = strspn(ts, "0123456789");
	return n > 0 && n <= 12 && ts[n] == '\0';
}

/* Length of a user mention "<@U123>" or "<@U123|name>" at s, or 0. */
static size_t
slack_mention_len(const char *s)
{
	size_t n;

	if (strncmp(s, "<@", 2) != 0)
		return 0;
	n = 2 + strspn(s + 2, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
	if (n == 2)
		return 0;
	if (s[n] == '|')
		n += 1 + strcspn(s + n + 1, "<>\n");
	return s[n] == '>' ? n + 1 : 0;
}

/* The entity Slack writes for & < > at s, and its length, or 0. */
static size_t
slack_entity(const char *s, char *ch)
{
	static const struct {
		const char	*name;
		char		 ch;
	} ents[] = { { "&amp;", '&' }, { "&lt;", '<' }, { "&gt;", '>' } };

	for (size_t i = 0; i < sizeof(ents) / sizeof(ents[0]); i++)
		if (strncmp(s, ents[i].name, strlen(ents[i].name)) == 0) {
			*ch = ents[i].ch;
			return strlen(ents[i].name);
		}
	return 0;
}

/*
 * The question in a message's text: user mentions (our own @faqbot among
 * them) removed, Slack's three entities decoded, spaces trimmed, and
 * "help" when nothing is left. Caller frees.
 */
static char *
slack_question(const char *text)
{
	struct buf b;
	size_t i = 0, n, start;
	char ch;

	buf_init(&b, 0);
	while (text[i] != '\0') {
		n = slack_mention_len(text + i);
		if (n > 0) {
			i += n;
			continue;
		}
		n = slack_entity(text + i, &ch);
		buf_putc(&b, n > 0 ? ch : text[i]);
		i += n > 0 ? n : 1;
	}
	while (b.len > 0 && strchr(" \t\r\n", b.data[b.len - 1]) != NULL)
		b.data[--b.len] = '\0';
	start = b.data == NULL ? 0 : strspn(b.data, " \t\r\n");
	if (b.len == start) {
		buf_finish(&b);
		return xstrdup(SLACK_EMPTY_QUESTION);
	}
	memmove(b.data, b.data + start, b.len - start + 1);
	return buf_steal(&b);
}

/* The string called name in obj, or NULL. */
static const char *
slack_str(const cJSON *obj, const char *name)
{
	return cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(obj,
	    name));
}

/* True when s is set and equal to want. */
static bool
slack_is(const char *s, const char *want)
{
	return s != NULL && strcmp(s, want) == 0;
}

/* True when obj has a field called name that is not null. */
static bool
slack_has(const cJSON *obj, const char *name)
{
	const cJSON *item = cJSON_GetObjectItemCaseSensitive(obj, name);

	return item != NULL && !cJSON_IsNull(item);
}

/*
 * True when an event is to be left alone: not a mention nor a direct
 * message; written by a bot (ours included: bot_id); an edit, a deletion,
 * a join or any other subtype; or without text (a file alone).
 */
static bool
slack_skip(const cJSON *ev)
{
	const char *type = slack_str(ev, "type");

	if (!slack_is(type, "app_mention") && !(slack_is(type, "message") &&
	    slack_is(slack_str(ev, "channel_type"), "im")))
		return true;
	if (slack_has(ev, "bot_id") || slack_has(ev, "subtype"))
		return true;
	return slack_str(ev, "text") == NULL;
}

/* Fill msg from an event_callback envelope. 0, or -1 with err. */
static int
slack_event(const cJSON *root, struct channel_msg *msg,
    char err[BOT_ERR_LEN])
{
	const cJSON *ev = cJSON_GetObjectItemCaseSensitive(root, "event");
	char team[CHANNEL_ID_MAX + 1];
	const char *ts, *thread;

	if (slack_id(msg->event_id, slack_str(root, "event_id")) == -1) {
		snprintf(err, BOT_ERR_LEN, "missing or bad event_id");
		return -1;
	}
	if (!cJSON_IsObject(ev)) {
		snprintf(err, BOT_ERR_LEN, "missing event");
		return -1;
	}
	if (slack_skip(ev)) {
		msg->kind = CHANNEL_IGNORE;
		return 0;
	}
	ts = slack_str(ev, "ts");
	thread = slack_str(ev, "thread_ts");
	if (slack_id(team, slack_str(root, "team_id")) == -1 ||
	    slack_id(msg->reply_to, slack_str(ev, "channel")) == -1) {
		snprintf(err, BOT_ERR_LEN, "missing or bad team_id or "
		    "event.channel");
		return -1;
	}
	if (!slack_ts_ok(ts) || (thread != NULL && !slack_ts_ok(thread))) {
		snprintf(err, BOT_ERR_LEN, "missing or bad event.ts");
		return -1;
	}
	/* Ids are at most SLACK_ID_MAX bytes: the precision cuts nothing. */
	snprintf(msg->conversation, sizeof(msg->conversation),
	    "slack:%.*s:%.*s", SLACK_ID_MAX, team, SLACK_ID_MAX,
	    msg->reply_to);
	/* Answer in the thread; a message outside one starts a thread. */
	snprintf(msg->reply_ref, sizeof(msg->reply_ref), "%s",
	    thread != NULL ? thread : ts);
	msg->kind = CHANNEL_MESSAGE;
	msg->text = slack_question(slack_str(ev, "text"));
	return 0;
}

/* An empty 200, which is all Slack wants for an event. */
static void
slack_resp_ok(struct channel_resp *resp)
{
	resp->status = 200;
	resp->content_type = "text/plain";
	buf_reset(&resp->body);
}

/* Echo the url_verification challenge as text/plain. 0 or -1. */
static int
slack_challenge(const cJSON *root, struct channel_msg *msg,
    struct channel_resp *resp, char err[BOT_ERR_LEN])
{
	const char *ch = slack_str(root, "challenge");
	size_t len = ch == NULL ? 0 : strlen(ch);

	if (len == 0 || len > SLACK_CHALLENGE_MAX) {
		snprintf(err, BOT_ERR_LEN, "missing or overlong challenge");
		return -1;
	}
	/* It is reflected: printable ASCII only. */
	for (size_t i = 0; i < len; i++)
		if (ch[i] < 0x21 || ch[i] > 0x7e) {
			snprintf(err, BOT_ERR_LEN, "bad challenge");
			return -1;
		}
	msg->kind = CHANNEL_HANDSHAKE;
	buf_puts(&resp->body, ch);
	return 0;
}

/*
 * Read an Events API request: url_verification is answered here,
 * event_callback gives a message or is ignored, and any other type
 * (app_rate_limited...) is ignored with a 200. 0, or -1 with err.
 */
static int
slack_events_parse(const struct conf *c, const struct channel_req *req,
    struct channel_msg *msg, struct channel_resp *resp,
    char err[BOT_ERR_LEN])
{
	const char *type;
	cJSON *root;
	int rc = 0;

	(void)c;
	slack_resp_ok(resp);
	root = form_json_parse(req->body, req->body_len);
	if (root == NULL) {
		snprintf(err, BOT_ERR_LEN, "body is not JSON");
		return -1;
	}
	type = slack_str(root, "type");
	if (type == NULL) {
		snprintf(err, BOT_ERR_LEN, "missing type");
		rc = -1;
	} else if (strcmp(type, "url_verification") == 0)
		rc = slack_challenge(root, msg, resp, err);
	else if (strcmp(type, "event_callback") == 0)
		rc = slack_event(root, msg, err);
	else
		msg->kind = CHANNEL_IGNORE;
	cJSON_Delete(root);
	return rc;
}

/* Append len bytes of text with Slack's & < > escaped. */
static void
slack_escape(struct buf *b, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '&')
			buf_puts(b, "&amp;");
		else if (s[i] == '<')
			buf_puts(b, "&lt;");
		else if (s[i] == '>')
			buf_puts(b, "&gt;");
		else
			buf_putc(b, s[i]);
	}
}

/* The UTF-16 length of len bytes of s once escaped. */
static size_t
slack_escaped_len(const char *s, size_t len)
{
	size_t n = form_utf16_len(s, len);

	for (size_t i = 0; i < len; i++)
		if (s[i] == '&')
			n += 4;
		else if (s[i] == '<' || s[i] == '>')
			n += 3;
	return n;
}

/*
 * Split text into at most nmax pieces that stay within SLACK_TEXT_MAX
 * once escaped (and with the ellipsis of a truncated text). Escaping can
 * only lengthen a piece, so the window shrinks by the worst excess until
 * all fit; at a fifth of the limit even a text made only of '&' fits.
 */
static size_t
slack_split(const char *text, struct form_part *parts, size_t nmax,
    bool *truncated)
{
	size_t max = SLACK_TEXT_MAX, len = strlen(text), n, over;

	for (;;) {
		n = form_split(text, len, max, parts, nmax, truncated);
		over = 0;
		for (size_t i = 0; i < n; i++) {
			size_t e = slack_escaped_len(text + parts[i].off,
			    parts[i].len) + (*truncated && i + 1 == n);

			if (e > SLACK_TEXT_MAX && e - SLACK_TEXT_MAX > over)
				over = e - SLACK_TEXT_MAX;
		}
		if (over == 0 || max == SLACK_TEXT_MAX / 5)
			return n;
		max = max - over > SLACK_TEXT_MAX / 5 ? max - over :
		    SLACK_TEXT_MAX / 5;
	}
}

/* One piece escaped, with the ellipsis when it ends a truncated text. */
static char *
slack_piece(const char *text, const struct form_part *p, bool ellipsis)
{
	struct buf b;

	buf_init(&b, 0);
	slack_escape(&b, text + p->off, p->len);
	if (ellipsis)
		buf_puts(&b, SLACK_ELLIPSIS);
	return buf_steal(&b);
}

/* Print a JSON document into a new string; caller frees with free. */
static char *
slack_print(cJSON *root)
{
	char *s = cJSON_PrintUnformatted(root), *copy;

	if (s == NULL)
		xoom("cJSON_PrintUnformatted");
	copy = xstrdup(s);
	cJSON_free(s);
	return copy;
}

/* One chat.postMessage job for text (escaped, cut to size). */
static void
slack_job(struct outbox_job *j, const struct channel_msg *msg,
    const char *text)
{
	cJSON *root = cJSON_CreateObject();

	memset(j, 0, sizeof(*j));
	snprintf(j->channel, sizeof(j->channel), SLACK_EVENTS_NAME);
	snprintf(j->rate_key, sizeof(j->rate_key), "slack:%.*s", SLACK_ID_MAX,
	    msg->reply_to);
	snprintf(j->path, sizeof(j->path), "/chat.postMessage");
	j->content_type = "application/json";
	cJSON_AddStringToObject(root, "channel", msg->reply_to);
	cJSON_AddStringToObject(root, "text", text);
	if (msg->reply_ref[0] != '\0')
		cJSON_AddStringToObject(root, "thread_ts", msg->reply_ref);
	j->body = slack_print(root);
	j->body_len = strlen(j->body);
	cJSON_Delete(root);
}

/*
 * Queue the answer: one chat.postMessage per piece of at most 4,000
 * characters, two at most (the crisis reply may use every job rather than
 * be cut), all in the patient's thread. The HTTP response stays an empty
 * 200.
 */
static size_t
slack_events_reply(const struct conf *c, const struct channel_msg *msg,
    const struct match_result *res, struct channel_resp *resp,
    struct outbox_job *jobs)
{
	const char *text = res->answer != NULL ? res->answer : "";
	struct form_part parts[CHANNEL_JOBS_MAX];
	size_t n;
	bool truncated;

	(void)c;
	slack_resp_ok(resp);
	if (msg->reply_to[0] == '\0')
		return 0;
	n = slack_split(text, parts, res->kind == MATCH_CRISIS ?
	    CHANNEL_JOBS_MAX : SLACK_PIECES, &truncated);
	for (size_t i = 0; i < n; i++) {
		char *piece = slack_piece(text, &parts[i],
		    truncated && i + 1 == n);

		slack_job(&jobs[i], msg, piece);
		free(piece);
	}
	return n;
}

/*
 * At send time: api_base + path, and the bot token as a bearer token
 * (libcurl adds the JSON content type the outbox asks for). Slack answers
 * most errors with HTTP 200 and {"ok":false,"error":...}; the outbox
 * counts any 2xx as delivered, which is right for those (channel_not_found,
 * not_in_channel, invalid_auth: no retry would help), and a 429 carries a
 * Retry-After header that the outbox reads itself. 0, or -1 when the
 * token is gone (a reload removed it).
 */
static int
slack_prepare(const struct conf *c, const char *path, const char *body,
    size_t len, char **url, struct curl_slist **headers)
{
	(void)body;
	(void)len;
	return channel_bearer_prepare(c, "slack", "api_base", "bot_token",
	    path, url, headers);
}

/* Copy a form value into an id field; -1 when missing or unfit. */
static int
slack_form_id(char dst[CHANNEL_ID_MAX + 1], const struct form *f,
    const char *name)
{
	return slack_id(dst, form_get(f, name));
}

/* Fill msg from a slash command's form. 0, or -1 with err. */
static int
slack_command_fill(const struct form *f, struct channel_msg *msg,
    char err[BOT_ERR_LEN])
{
	char team[CHANNEL_ID_MAX + 1], user[CHANNEL_ID_MAX + 1];
	const char *text = form_get(f, "text");

	if (slack_form_id(team, f, "team_id") == -1 ||
	    slack_form_id(msg->reply_to, f, "channel_id") == -1 ||
	    slack_form_id(user, f, "user_id") == -1) {
		snprintf(err, BOT_ERR_LEN,
		    "missing or bad team_id, channel_id or user_id");
		return -1;
	}
	/* trigger_id is long (about 60 bytes) but still an id. */
	if (slack_id(msg->event_id, form_get(f, "trigger_id")) == -1 &&
	    form_get(f, "trigger_id") != NULL) {
		snprintf(err, BOT_ERR_LEN, "bad trigger_id");
		return -1;
	}
	snprintf(msg->conversation, sizeof(msg->conversation),
	    "slack:%.*s:%.*s:%.*s", SLACK_ID_MAX, team, SLACK_ID_MAX,
	    msg->reply_to, SLACK_ID_MAX, user);
	msg->kind = CHANNEL_MESSAGE;
	msg->text = slack_question(text != NULL ? text : "");
	return 0;
}

/*
 * Read a slash command: text is the question ("help" when empty), the
 * trigger_id deduplicates. Slack's ssl_check probe is ignored with a
 * 200. 0, or -1 with err.
 */
static int
slack_command_parse(const struct conf *c, const struct channel_req *req,
    struct channel_msg *msg, struct channel_resp *resp,
    char err[BOT_ERR_LEN])
{
	struct form f;
	int rc = 0;

	(void)c;
	slack_resp_ok(resp);
	if (form_parse(&f, req->body, req->body_len, err) == -1)
		return -1;
	if (form_get(&f, "ssl_check") != NULL)
		msg->kind = CHANNEL_IGNORE;
	else
		rc = slack_command_fill(&f, msg, err);
	form_finish(&f);
	return rc;
}

/*
 * The slash command's answer, in the HTTP response: an ephemeral message
 * (only the asker sees it) of at most 4,000 characters. There is room for
 * one message only: a longer answer is cut at a sentence or line and ends
 * with an ellipsis; the crisis reply (some 700 characters) always fits.
 * If the server's response cap refuses the JSON, an empty 200 goes out
 * (Slack then shows nothing) rather than broken JSON. Never creates jobs.
 */
static size_t
slack_command_reply(const struct conf *c, const struct channel_msg *msg,
    const struct match_result *res, struct channel_resp *resp,
    struct outbox_job *jobs)
{
	const char *text = res->answer != NULL ? res->answer : "";
	struct form_part part = { 0, 0 };
	cJSON *root = cJSON_CreateObject();
	char *piece, *json;
	bool truncated;

	(void)c;
	(void)msg;
	(void)jobs;
	slack_split(text, &part, 1, &truncated);
	piece = slack_piece(text, &part, truncated);
	cJSON_AddStringToObject(root, "response_type", "ephemeral");
	cJSON_AddStringToObject(root, "text", piece);
	json = slack_print(root);
	resp->status = 200;
	resp->content_type = "application/json";
	buf_reset(&resp->body);
	if (!buf_puts(&resp->body, json))
		buf_reset(&resp->body);
	free(json);
	free(piece);
	cJSON_Delete(root);
	return 0;
}

const struct channel_ops channel_slack_events = {
	.name = SLACK_EVENTS_NAME,
	.section = "slack",
	.path = "/slack/events",
	.methods = "POST",
	.enabled = slack_events_enabled,
	.verify = slack_verify,
	.parse = slack_events_parse,
	.reply = slack_events_reply,
	.prepare = slack_prepare,
	/* Slack's 429 says how long in Retry-After, which the outbox reads. */
	.retry_after = NULL,
};

const struct channel_ops channel_slack_command = {
	.name = "slack-command",
	.section = "slack",
	.path = "/slack/command",
	.methods = "POST",
	.enabled = slack_command_enabled,
	.verify = slack_verify,
	.parse = slack_command_parse,
	.reply = slack_command_reply,
	.prepare = NULL,
	.retry_after = NULL,
};
