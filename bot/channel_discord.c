/*
 * Discord interactions endpoint: POST /discord/interactions carries a
 * slash command (/faq question:<text>) or Discord's PING, signed with
 * Ed25519 over X-Signature-Timestamp followed by the raw body, under the
 * application's public key. The answer goes back in the HTTP response as
 * an ephemeral message (only the asker sees it) within three seconds; a
 * failed check gets the 401 Discord probes for.
 *
 * Loops: only people run slash commands, and an interaction's user says
 * when it is a bot anyway.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "channel.h"
#include "conf.h"
#include "form.h"
#include "sig.h"
#include "xmalloc.h"

/* A message's content holds at most 2,000 characters. */
#define DISCORD_TEXT_MAX	2000
/* Discord sets no replay window; five minutes, as Slack's. */
#define DISCORD_SKEW_MAX	300
/* Snowflakes are 64-bit integers: at most 20 digits. */
#define DISCORD_ID_DIGITS	20
/* How deep options nest: a group, a subcommand, then its options. */
#define DISCORD_OPTION_DEPTH	3
/* What a command without a question asks: the list of topics. */
#define DISCORD_EMPTY_QUESTION	"help"

/* Interaction types (Discord's InteractionType). */
enum {
	DISCORD_PING = 1,
	DISCORD_COMMAND = 2,
	DISCORD_COMPONENT = 3,
	DISCORD_AUTOCOMPLETE = 4,
	DISCORD_MODAL = 5,
};

/* Application command option types that hold other options, and text. */
enum {
	DISCORD_OPT_SUBCOMMAND = 1,
	DISCORD_OPT_GROUP = 2,
	DISCORD_OPT_STRING = 3,
};

/* The ephemeral flag of a message (1 << 6). */
#define DISCORD_EPHEMERAL	64

/* On when the application's public key is set. */
static bool
discord_enabled(const struct conf *c)
{
	return conf_str(c, "discord", "public_key")[0] != '\0';
}

/* Read a unix time of 1-12 digits into *t. 0, or -1. */
static int
discord_time(const char *s, long long *t)
{
	size_t n = strspn(s, "0123456789");

	if (n == 0 || n > 12 || s[n] != '\0')
		return -1;
	*t = strtoll(s, NULL, 10);
	return 0;
}

/* True when sig signs ts followed by the body under pk. */
static bool
discord_sig_ok(const unsigned char pk[SIG_ED25519_PK_LEN],
    const unsigned char sig[SIG_ED25519_SIG_LEN], const char *ts,
    const struct channel_req *req)
{
	struct buf m;
	bool ok;

	buf_init(&m, 0);
	buf_puts(&m, ts);
	buf_append(&m, req->body, req->body_len);
	ok = sig_ed25519_verify(pk, sig, m.data, m.len);
	buf_finish(&m);
	return ok;
}

/*
 * Check X-Signature-Ed25519 (hex) over X-Signature-Timestamp and the raw
 * body, and that the timestamp is within five minutes of now. 0, or -1
 * with err.
 */
static int
discord_verify(const struct conf *c, const struct channel_req *req,
    char err[BOT_ERR_LEN])
{
	const char *hex = req->header(req->lookup_arg, "X-Signature-Ed25519");
	const char *ts = req->header(req->lookup_arg, "X-Signature-Timestamp");
	unsigned char pk[SIG_ED25519_PK_LEN], sig[SIG_ED25519_SIG_LEN];
	long long t;

	if (hex == NULL || ts == NULL) {
		snprintf(err, BOT_ERR_LEN, "missing %s header", hex == NULL ?
		    "X-Signature-Ed25519" : "X-Signature-Timestamp");
		return -1;
	}
	if (sig_hex_decode(conf_str(c, "discord", "public_key"), pk,
	    sizeof(pk)) == -1) {
		snprintf(err, BOT_ERR_LEN,
		    "[discord] public_key is not 64 hex digits");
		return -1;
	}
	if (sig_hex_decode(hex, sig, sizeof(sig)) == -1) {
		snprintf(err, BOT_ERR_LEN,
		    "malformed X-Signature-Ed25519 header");
		return -1;
	}
	if (discord_time(ts, &t) == -1) {
		snprintf(err, BOT_ERR_LEN,
		    "malformed X-Signature-Timestamp header");
		return -1;
	}
	if (t > (long long)req->now + DISCORD_SKEW_MAX ||
	    t < (long long)req->now - DISCORD_SKEW_MAX) {
		snprintf(err, BOT_ERR_LEN, "X-Signature-Timestamp is more "
		    "than %d s away from now", DISCORD_SKEW_MAX);
		return -1;
	}
	if (!discord_sig_ok(pk, sig, ts, req)) {
		snprintf(err, BOT_ERR_LEN,
		    "X-Signature-Ed25519 does not match the request");
		return -1;
	}
	return 0;
}

/* The string called name in obj, or NULL. */
static const char *
discord_str(const cJSON *obj, const char *name)
{
	return cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(obj,
	    name));
}

/* True for a snowflake: 1-20 digits, sent as a string. */
static bool
discord_id_ok(const char *s)
{
	size_t n = s == NULL ? 0 : strspn(s, "0123456789");

	return n > 0 && n <= DISCORD_ID_DIGITS && s[n] == '\0';
}

/*
 * The value of the first string option among options, looking into
 * subcommands and groups, or NULL (a command without a question).
 */
static const char *
discord_option(const cJSON *options, int depth)
{
	const cJSON *o, *type;
	const char *v;

	if (depth == 0 || !cJSON_IsArray(options))
		return NULL;
	cJSON_ArrayForEach(o, options) {
		type = cJSON_GetObjectItemCaseSensitive(o, "type");
		if (!cJSON_IsNumber(type))
			continue;
		if (type->valueint == DISCORD_OPT_STRING &&
		    discord_str(o, "value") != NULL)
			return discord_str(o, "value");
		if (type->valueint != DISCORD_OPT_SUBCOMMAND &&
		    type->valueint != DISCORD_OPT_GROUP)
			continue;
		v = discord_option(cJSON_GetObjectItemCaseSensitive(o,
		    "options"), depth - 1);
		if (v != NULL)
			return v;
	}
	return NULL;
}

/* The question: the option's text trimmed, or "help". Caller frees. */
static char *
discord_question(const char *v)
{
	size_t len;

	if (v == NULL)
		return xstrdup(DISCORD_EMPTY_QUESTION);
	v += strspn(v, " \t\r\n");
	len = strlen(v);
	while (len > 0 && strchr(" \t\r\n", v[len - 1]) != NULL)
		len--;
	return len == 0 ? xstrdup(DISCORD_EMPTY_QUESTION) : xstrndup(v, len);
}

/*
 * Fill msg from an application command. The user is member.user in a
 * server and user in a direct message. 0, or -1 with err.
 */
static int
discord_command(const cJSON *root, struct channel_msg *msg,
    char err[BOT_ERR_LEN])
{
	const cJSON *user = cJSON_GetObjectItemCaseSensitive(
	    cJSON_GetObjectItemCaseSensitive(root, "member"), "user");
	const char *id = discord_str(root, "id");
	const char *chan = discord_str(root, "channel_id");

	if (user == NULL)
		user = cJSON_GetObjectItemCaseSensitive(root, "user");
	if (!discord_id_ok(id)) {
		snprintf(err, BOT_ERR_LEN, "missing or bad id");
		return -1;
	}
	if (!discord_id_ok(chan) || !discord_id_ok(discord_str(user, "id"))) {
		snprintf(err, BOT_ERR_LEN,
		    "missing or bad channel_id or user id");
		return -1;
	}
	snprintf(msg->event_id, sizeof(msg->event_id), "%s", id);
	if (cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(user, "bot"))) {
		msg->kind = CHANNEL_IGNORE;
		return 0;
	}
	/* Both are at most DISCORD_ID_DIGITS digits: nothing is cut. */
	snprintf(msg->conversation, sizeof(msg->conversation),
	    "discord:%.*s:%.*s", DISCORD_ID_DIGITS, chan, DISCORD_ID_DIGITS,
	    discord_str(user, "id"));
	snprintf(msg->reply_to, sizeof(msg->reply_to), "%s", chan);
	snprintf(msg->reply_ref, sizeof(msg->reply_ref), "%s", id);
	msg->kind = CHANNEL_MESSAGE;
	msg->text = discord_question(discord_option(
	    cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(
	    root, "data"), "options"), DISCORD_OPTION_DEPTH));
	return 0;
}

/* Set a JSON response body (a static string). */
static void
discord_resp(struct channel_resp *resp, const char *json)
{
	resp->status = 200;
	resp->content_type = "application/json";
	buf_reset(&resp->body);
	buf_puts(&resp->body, json);
}

/*
 * Read an interaction: PING is answered with PONG here; a command gives a
 * message. Autocompletion, buttons and forms are never offered by this
 * bot, so they are only acknowledged (no choices; no change). 0, or -1
 * with err.
 */
static int
discord_parse(const struct conf *c, const struct channel_req *req,
    struct channel_msg *msg, struct channel_resp *resp,
    char err[BOT_ERR_LEN])
{
	const cJSON *type;
	cJSON *root;
	int rc = 0;

	(void)c;
	discord_resp(resp, "");
	root = form_json_parse(req->body, req->body_len);
	if (root == NULL) {
		snprintf(err, BOT_ERR_LEN, "body is not JSON");
		return -1;
	}
	type = cJSON_GetObjectItemCaseSensitive(root, "type");
	if (!cJSON_IsNumber(type)) {
		snprintf(err, BOT_ERR_LEN, "missing or bad type");
		rc = -1;
	} else if (type->valueint == DISCORD_PING) {
		msg->kind = CHANNEL_HANDSHAKE;
		discord_resp(resp, "{\"type\":1}");
	} else if (type->valueint == DISCORD_COMMAND) {
		rc = discord_command(root, msg, err);
	} else if (type->valueint == DISCORD_AUTOCOMPLETE) {
		msg->kind = CHANNEL_IGNORE;
		discord_resp(resp, "{\"type\":8,\"data\":{\"choices\":[]}}");
	} else if (type->valueint == DISCORD_COMPONENT ||
	    type->valueint == DISCORD_MODAL) {
		msg->kind = CHANNEL_IGNORE;
		discord_resp(resp, "{\"type\":6}");
	} else {
		snprintf(err, BOT_ERR_LEN, "unknown interaction type %d",
		    type->valueint);
		rc = -1;
	}
	cJSON_Delete(root);
	return rc;
}

/*
 * The content of the one message an interaction may answer with, at most
 * 2,000 characters. A longer answer is cut at a sentence or line and ends
 * with an ellipsis. The crisis reply (some 700 characters) fits; were it
 * ever longer, its first 2,000 characters go, cut after a whole line and
 * without an ellipsis, so that no number is cut in half. Caller frees.
 */
static char *
discord_content(const char *text, bool crisis)
{
	struct form_part part = { 0, 0 };
	const char *nl;
	bool truncated;
	char *out;

	form_split(text, strlen(text), DISCORD_TEXT_MAX, &part, 1,
	    &truncated);
	if (truncated && crisis) {
		nl = memrchr(text + part.off, '\n', part.len);
		if (nl != NULL && nl > text + part.off)
			part.len = (size_t)(nl - (text + part.off));
		truncated = false;
	}
	xasprintf(&out, "%.*s%s", (int)part.len, text + part.off,
	    truncated ? "\xe2\x80\xa6" : "");
	return out;
}

/*
 * Answer in the HTTP response: CHANNEL_MESSAGE_WITH_SOURCE (4), ephemeral,
 * with mentions turned off so that no text of an answer can ping anyone.
 * If the server's response cap refuses the JSON, an empty 200 goes out.
 * Never creates jobs.
 */
static size_t
discord_reply(const struct conf *c, const struct channel_msg *msg,
    const struct match_result *res, struct channel_resp *resp,
    struct outbox_job *jobs)
{
	cJSON *root = cJSON_CreateObject(), *data, *am;
	char *content, *s;

	(void)c;
	(void)msg;
	(void)jobs;
	content = discord_content(res->answer != NULL ? res->answer : "",
	    res->kind == MATCH_CRISIS);
	cJSON_AddNumberToObject(root, "type", 4);
	data = cJSON_AddObjectToObject(root, "data");
	cJSON_AddStringToObject(data, "content", content);
	cJSON_AddNumberToObject(data, "flags", DISCORD_EPHEMERAL);
	am = cJSON_AddObjectToObject(data, "allowed_mentions");
	cJSON_AddArrayToObject(am, "parse");
	s = cJSON_PrintUnformatted(root);
	if (s == NULL)
		xoom("cJSON_PrintUnformatted");
	discord_resp(resp, s);
	if (resp->body.toobig)
		buf_reset(&resp->body);
	cJSON_free(s);
	free(content);
	cJSON_Delete(root);
	return 0;
}

const struct channel_ops channel_discord = {
	.name = "discord",
	.section = "discord",
	.path = "/discord/interactions",
	.methods = "POST",
	.enabled = discord_enabled,
	.verify = discord_verify,
	.parse = discord_parse,
	.reply = discord_reply,
	.prepare = NULL,
	.retry_after = NULL,
};
