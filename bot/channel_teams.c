/*
 * Microsoft Teams outgoing webhook: POST /teams carries a Bot Framework
 * message Activity when someone @mentions the webhook in a channel of the
 * team it was made for. It is signed in "Authorization: HMAC <base64>"
 * with the security token Teams showed once at creation. The answer must
 * come back in the HTTP response within five seconds; an outgoing webhook
 * cannot post later (that needs a full Bot Framework bot).
 *
 * Loops: only people's @mentions trigger the webhook, and its own answers
 * mention nothing, so it never hears itself.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cjson/cJSON.h>

#include "channel.h"
#include "conf.h"
#include "form.h"
#include "sig.h"
#include "xmalloc.h"

/*
 * Teams takes messages of up to 28 KB. 8,000 UTF-16 units are at most
 * 24,000 bytes of UTF-8, which leaves room for the JSON around them.
 */
#define TEAMS_TEXT_MAX		8000
#define TEAMS_AUTH_PREFIX	"HMAC "
/* The security token decodes to 32 bytes; allow longer keys. */
#define TEAMS_KEY_MAX		256
/* What a mention alone asks: the list of topics (see Slack). */
#define TEAMS_EMPTY_QUESTION	"help"

/* On when the security token is set. */
static bool
teams_enabled(const struct conf *c)
{
	return conf_str(c, "teams", "security_token")[0] != '\0';
}

/*
 * Check "Authorization: HMAC <base64>": the base64 HMAC-SHA256 of the raw
 * body, keyed with the base64-decoded security token. 0, or -1 with err.
 */
static int
teams_verify(const struct conf *c, const struct channel_req *req,
    char err[BOT_ERR_LEN])
{
	const char *hdr = req->header(req->lookup_arg, "Authorization");
	unsigned char key[TEAMS_KEY_MAX], want[SIG_SHA256_LEN];
	unsigned char mac[SIG_SHA256_LEN];
	size_t klen, wlen;
	int rc = 0;

	if (hdr == NULL || hdr[0] == '\0') {
		snprintf(err, BOT_ERR_LEN, "missing Authorization header");
		return -1;
	}
	if (strncmp(hdr, TEAMS_AUTH_PREFIX, strlen(TEAMS_AUTH_PREFIX)) != 0 ||
	    sig_base64_decode(hdr + strlen(TEAMS_AUTH_PREFIX), want,
	    sizeof(want), &wlen) == -1 || wlen != sizeof(want)) {
		snprintf(err, BOT_ERR_LEN, "malformed Authorization header");
		return -1;
	}
	if (sig_base64_decode(conf_str(c, "teams", "security_token"), key,
	    sizeof(key), &klen) == -1 || klen == 0) {
		snprintf(err, BOT_ERR_LEN,
		    "[teams] security_token is not base64");
		return -1;
	}
	if (sig_hmac_sha256(key, klen, req->body, req->body_len, mac) == -1 ||
	    !sig_equal(mac, sizeof(mac), want, sizeof(want))) {
		snprintf(err, BOT_ERR_LEN,
		    "Authorization HMAC does not match the body");
		rc = -1;
	}
	explicit_bzero(key, sizeof(key));
	return rc;
}

/* The string called name in obj, or NULL. */
static const char *
teams_str(const cJSON *obj, const char *name)
{
	return cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(obj,
	    name));
}

/* The entities Teams puts in text, and what they stand for. */
static const struct {
	const char	*name;
	const char	*text;
} teams_entities[] = {
	{ "&nbsp;", " " },
	{ "&amp;", "&" },
	{ "&lt;", "<" },
	{ "&gt;", ">" },
	{ "&quot;", "\"" },
	{ "&#39;", "'" },
	{ "&apos;", "'" },
};

/* Append the character of the entity at s; its length, or 0 if none. */
static size_t
teams_entity(struct buf *b, const char *s)
{
	for (size_t i = 0; i < sizeof(teams_entities) /
	    sizeof(teams_entities[0]); i++) {
		size_t n = strlen(teams_entities[i].name);

		if (strncmp(s, teams_entities[i].name, n) == 0) {
			buf_puts(b, teams_entities[i].text);
			return n;
		}
	}
	return 0;
}

/*
 * The length of the markup at s (which starts with '<'): a whole
 * <at>...</at> mention, or one tag. An unclosed '<' is text: 0.
 */
static size_t
teams_markup(const char *s)
{
	const char *end;

	if (strncasecmp(s, "<at>", 4) == 0 || strncasecmp(s, "<at ", 4) == 0) {
		end = strcasestr(s, "</at>");
		if (end != NULL)
			return (size_t)(end - s) + strlen("</at>");
	}
	end = strchr(s, '>');
	return end == NULL ? 0 : (size_t)(end - s) + 1;
}

/*
 * The question in an Activity's text: mentions (<at>FAQBot</at>) and
 * other tags removed, a tag standing for a space (a paragraph, a line
 * break), the common entities decoded, spaces trimmed; "help" when
 * nothing is left. Caller frees.
 */
static char *
teams_question(const char *text)
{
	struct buf b;
	size_t i = 0, n, start;

	buf_init(&b, 0);
	while (text[i] != '\0') {
		n = text[i] == '<' ? teams_markup(text + i) : 0;
		if (n > 0) {
			buf_putc(&b, ' ');
			i += n;
			continue;
		}
		n = text[i] == '&' ? teams_entity(&b, text + i) : 0;
		if (n == 0)
			buf_putc(&b, text[i]);
		i += n > 0 ? n : 1;
	}
	while (b.len > 0 && strchr(" \t\r\n", b.data[b.len - 1]) != NULL)
		b.data[--b.len] = '\0';
	start = b.data == NULL ? 0 : strspn(b.data, " \t\r\n");
	if (b.len == start) {
		buf_finish(&b);
		return xstrdup(TEAMS_EMPTY_QUESTION);
	}
	memmove(b.data, b.data + start, b.len - start + 1);
	return buf_steal(&b);
}

/* Copy a printable id with prefix into dst; -1 when missing or unfit. */
static int
teams_id(char dst[CHANNEL_ID_MAX + 1], const char *prefix, const char *val)
{
	int n;

	dst[0] = '\0';
	if (val == NULL || val[0] == '\0')
		return -1;
	for (const char *p = val; *p != '\0'; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			return -1;
	n = snprintf(dst, CHANNEL_ID_MAX + 1, "%s%s", prefix, val);
	if (n < 0 || n > CHANNEL_ID_MAX) {
		dst[0] = '\0';
		return -1;
	}
	return 0;
}

/* Fill msg from a message Activity. 0, or -1 with err. */
static int
teams_fill(const cJSON *act, struct channel_msg *msg, char err[BOT_ERR_LEN])
{
	const char *id = teams_str(act, "id");
	const char *conv = teams_str(cJSON_GetObjectItemCaseSensitive(act,
	    "conversation"), "id");
	const char *text = teams_str(act, "text");

	if (id != NULL && teams_id(msg->event_id, "", id) == -1) {
		snprintf(err, BOT_ERR_LEN, "bad id");
		return -1;
	}
	if (teams_id(msg->conversation, "teams:", conv) == -1 ||
	    teams_id(msg->reply_to, "", conv) == -1) {
		snprintf(err, BOT_ERR_LEN, "missing or bad conversation.id");
		return -1;
	}
	if (id != NULL)
		teams_id(msg->reply_ref, "", id);
	msg->kind = CHANNEL_MESSAGE;
	msg->text = teams_question(text != NULL ? text : "");
	return 0;
}

/* An empty 200: Teams then shows nothing. */
static void
teams_resp_empty(struct channel_resp *resp)
{
	resp->status = 200;
	resp->content_type = "application/json";
	buf_reset(&resp->body);
}

/*
 * Read the Activity: a "message" is answered (its id deduplicates), any
 * other type is ignored. 0, or -1 with err.
 */
static int
teams_parse(const struct conf *c, const struct channel_req *req,
    struct channel_msg *msg, struct channel_resp *resp,
    char err[BOT_ERR_LEN])
{
	const char *type;
	cJSON *root;
	int rc = 0;

	(void)c;
	teams_resp_empty(resp);
	root = form_json_parse(req->body, req->body_len);
	if (root == NULL) {
		snprintf(err, BOT_ERR_LEN, "body is not JSON");
		return -1;
	}
	type = teams_str(root, "type");
	if (type == NULL) {
		snprintf(err, BOT_ERR_LEN, "missing type");
		rc = -1;
	} else if (strcmp(type, "message") != 0)
		msg->kind = CHANNEL_IGNORE;
	else
		rc = teams_fill(root, msg, err);
	cJSON_Delete(root);
	return rc;
}

/*
 * Answer in the HTTP response with a message Activity {"type":"message",
 * "text"}, shown in the reply chain of the mention. The text goes as it
 * is: Teams reads it as Markdown, as the answers are written. A longer
 * answer is cut at a sentence or line with an ellipsis; the crisis reply
 * is far shorter. An empty answer, or JSON the server's response cap
 * refuses, gives an empty 200 (no message). Never creates jobs.
 */
static size_t
teams_reply(const struct conf *c, const struct channel_msg *msg,
    const struct match_result *res, struct channel_resp *resp,
    struct outbox_job *jobs)
{
	const char *text = res->answer != NULL ? res->answer : "";
	struct form_part part = { 0, 0 };
	cJSON *root = cJSON_CreateObject();
	char *piece, *s;
	bool truncated;

	(void)c;
	(void)msg;
	(void)jobs;
	teams_resp_empty(resp);
	form_split(text, strlen(text), TEAMS_TEXT_MAX, &part, 1, &truncated);
	if (part.len == 0)
		goto out;
	xasprintf(&piece, "%.*s%s", (int)part.len, text + part.off,
	    truncated ? "\xe2\x80\xa6" : "");
	cJSON_AddStringToObject(root, "type", "message");
	cJSON_AddStringToObject(root, "text", piece);
	s = cJSON_PrintUnformatted(root);
	if (s == NULL)
		xoom("cJSON_PrintUnformatted");
	if (!buf_puts(&resp->body, s))
		buf_reset(&resp->body);
	cJSON_free(s);
	free(piece);
out:
	cJSON_Delete(root);
	return 0;
}

const struct channel_ops channel_teams = {
	.name = "teams",
	.section = "teams",
	.path = "/teams",
	.methods = "POST",
	.enabled = teams_enabled,
	.verify = teams_verify,
	.parse = teams_parse,
	.reply = teams_reply,
	.prepare = NULL,
	.retry_after = NULL,
};
