/*
 * Mattermost outgoing webhook: POST /mattermost carries a message posted
 * in a public channel (matched on the hook's channel or trigger words),
 * as a urlencoded form or as JSON, whichever the hook was set up with.
 * The shared token in the payload is the only proof; the answer goes back
 * in the HTTP response, which Mattermost posts as a reply in the thread.
 *
 * Loops: the payload says nothing of bots, but Mattermost creates the
 * posts of a webhook's response without triggering outgoing webhooks
 * (CreateWebhookPost passes no TriggerWebhooks flag, mattermost-server
 * app/webhook.go), so our own answers never come back to us.
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
 * A post holds 16,383 characters (servers since 5.0); Mattermost counts
 * code points, and UTF-16 units are never fewer.
 */
#define MATTERMOST_TEXT_MAX	16000
/* Mattermost ids are 26 characters; anything far longer is refused. */
#define MATTERMOST_ID_MAX	64
/* What a trigger word alone asks: the list of topics (see Slack). */
#define MATTERMOST_EMPTY_QUESTION	"help"

/* The fields of the payload that are read, JSON or form alike. */
enum mattermost_field {
	MM_TOKEN,
	MM_CHANNEL_ID,
	MM_USER_ID,
	MM_POST_ID,
	MM_TEXT,
	MM_TRIGGER_WORD,
	MM_NFIELDS
};

/* Their names, in the order of enum mattermost_field. */
static const char *const mattermost_names[MM_NFIELDS] = {
	"token", "channel_id", "user_id", "post_id", "text", "trigger_word",
};

/* A payload: each field a copy, or NULL when missing. */
struct mattermost_payload {
	char	*v[MM_NFIELDS];
};

/* On when the outgoing webhook's token is set. */
static bool
mattermost_enabled(const struct conf *c)
{
	return conf_str(c, "mattermost", "token")[0] != '\0';
}

/* A copy of a string or NULL; caller frees. */
static char *
mattermost_dup(const char *s)
{
	return s != NULL ? xstrdup(s) : NULL;
}

/* True when the request's Content-Type is application/json. */
static bool
mattermost_is_json(const struct channel_req *req)
{
	const char *ct = req->header(req->lookup_arg, "Content-Type");
	size_t n = strlen("application/json");

	return ct != NULL && strncasecmp(ct, "application/json", n) == 0 &&
	    (ct[n] == '\0' || ct[n] == ';' || ct[n] == ' ');
}

/* Free what a payload holds. */
static void
mattermost_payload_finish(struct mattermost_payload *p)
{
	for (size_t i = 0; i < MM_NFIELDS; i++)
		free(p->v[i]);
	memset(p, 0, sizeof(*p));
}

/* Read the payload from a JSON body. 0, or -1 with err. */
static int
mattermost_read_json(const struct channel_req *req,
    struct mattermost_payload *p, char err[BOT_ERR_LEN])
{
	cJSON *root = form_json_parse(req->body, req->body_len);

	if (!cJSON_IsObject(root)) {
		cJSON_Delete(root);
		snprintf(err, BOT_ERR_LEN, "body is not a JSON object");
		return -1;
	}
	/* A field of another type (a number, null) counts as missing. */
	for (size_t i = 0; i < MM_NFIELDS; i++)
		p->v[i] = mattermost_dup(cJSON_GetStringValue(
		    cJSON_GetObjectItemCaseSensitive(root,
		    mattermost_names[i])));
	cJSON_Delete(root);
	return 0;
}

/* Read the payload from a urlencoded body. 0, or -1 with err. */
static int
mattermost_read_form(const struct channel_req *req,
    struct mattermost_payload *p, char err[BOT_ERR_LEN])
{
	struct form f;

	if (form_parse(&f, req->body, req->body_len, err) == -1)
		return -1;
	for (size_t i = 0; i < MM_NFIELDS; i++)
		p->v[i] = mattermost_dup(form_get(&f, mattermost_names[i]));
	form_finish(&f);
	return 0;
}

/*
 * Read the payload as its Content-Type says (JSON, or the default form).
 * On -1 p holds nothing; otherwise free it with mattermost_payload_finish.
 */
static int
mattermost_read(const struct channel_req *req, struct mattermost_payload *p,
    char err[BOT_ERR_LEN])
{
	int rc;

	memset(p, 0, sizeof(*p));
	if (mattermost_is_json(req))
		rc = mattermost_read_json(req, p, err);
	else
		rc = mattermost_read_form(req, p, err);
	if (rc == -1)
		mattermost_payload_finish(p);
	return rc;
}

/*
 * Compare the payload's token with [mattermost] token in constant time.
 * The token travels in the body, so the body is read first; nothing else
 * of it is used before the token matched. 0, or -1 with err.
 */
static int
mattermost_verify(const struct conf *c, const struct channel_req *req,
    char err[BOT_ERR_LEN])
{
	struct mattermost_payload p;
	const char *tok;
	int rc = 0;

	if (mattermost_read(req, &p, err) == -1)
		return -1;
	tok = p.v[MM_TOKEN];
	if (tok == NULL || tok[0] == '\0') {
		snprintf(err, BOT_ERR_LEN, "missing token");
		rc = -1;
	} else if (!sig_streq(tok, conf_str(c, "mattermost", "token"))) {
		snprintf(err, BOT_ERR_LEN, "token does not match");
		rc = -1;
	}
	mattermost_payload_finish(&p);
	return rc;
}

/* True for a Mattermost id: printable, no spaces, not too long. */
static bool
mattermost_id_ok(const char *s)
{
	size_t len = s == NULL ? 0 : strlen(s);

	if (len == 0 || len > MATTERMOST_ID_MAX)
		return false;
	for (size_t i = 0; i < len; i++)
		if ((unsigned char)s[i] <= 0x20 || s[i] == 0x7f)
			return false;
	return true;
}

/*
 * The question: the text without its first word when that word is (or,
 * for hooks that trigger on "starts with", begins with) the trigger word,
 * spaces trimmed; "help" when nothing is left. Caller frees.
 */
static char *
mattermost_question(const char *text, const char *trigger)
{
	const char *s = text + strspn(text, " \t\r\n");
	size_t tlen = trigger != NULL ? strlen(trigger) : 0, len;

	if (tlen > 0 && strncasecmp(s, trigger, tlen) == 0) {
		s += strcspn(s, " \t\r\n");
		s += strspn(s, " \t\r\n");
	}
	len = strlen(s);
	while (len > 0 && strchr(" \t\r\n", s[len - 1]) != NULL)
		len--;
	if (len == 0)
		return xstrdup(MATTERMOST_EMPTY_QUESTION);
	return xstrndup(s, len);
}

/* Fill msg from a payload. 0, or -1 with err. */
static int
mattermost_fill(const struct mattermost_payload *p, struct channel_msg *msg,
    char err[BOT_ERR_LEN])
{
	const char *post = p->v[MM_POST_ID], *chan = p->v[MM_CHANNEL_ID];
	const char *user = p->v[MM_USER_ID];

	if (!mattermost_id_ok(post)) {
		snprintf(err, BOT_ERR_LEN, "missing or bad post_id");
		return -1;
	}
	if (!mattermost_id_ok(chan) || !mattermost_id_ok(user)) {
		snprintf(err, BOT_ERR_LEN, "missing or bad channel_id or "
		    "user_id");
		return -1;
	}
	if (p->v[MM_TEXT] == NULL) {
		snprintf(err, BOT_ERR_LEN, "missing text");
		return -1;
	}
	/* Ids are at most MATTERMOST_ID_MAX bytes: nothing is cut. */
	snprintf(msg->event_id, sizeof(msg->event_id), "%s", post);
	/* One conversation per person in a channel, as the thread is. */
	snprintf(msg->conversation, sizeof(msg->conversation),
	    "mattermost:%.*s:%.*s", MATTERMOST_ID_MAX, chan,
	    MATTERMOST_ID_MAX, user);
	snprintf(msg->reply_to, sizeof(msg->reply_to), "%s", chan);
	snprintf(msg->reply_ref, sizeof(msg->reply_ref), "%s", post);
	msg->kind = CHANNEL_MESSAGE;
	msg->text = mattermost_question(p->v[MM_TEXT], p->v[MM_TRIGGER_WORD]);
	return 0;
}

/* An empty 200: Mattermost then posts nothing. */
static void
mattermost_resp_empty(struct channel_resp *resp)
{
	resp->status = 200;
	resp->content_type = "application/json";
	buf_reset(&resp->body);
}

/* Read the post: post_id, channel, user and text. 0, or -1 with err. */
static int
mattermost_parse(const struct conf *c, const struct channel_req *req,
    struct channel_msg *msg, struct channel_resp *resp,
    char err[BOT_ERR_LEN])
{
	struct mattermost_payload p;
	int rc;

	(void)c;
	mattermost_resp_empty(resp);
	if (mattermost_read(req, &p, err) == -1)
		return -1;
	rc = mattermost_fill(&p, msg, err);
	mattermost_payload_finish(&p);
	return rc;
}

/*
 * The answer, cut to one post when longer (at a sentence or line, with
 * an ellipsis); the crisis reply is far shorter than a post. Caller
 * frees.
 */
static char *
mattermost_text(const char *text)
{
	struct form_part part = { 0, 0 };
	bool truncated;
	char *out;

	form_split(text, strlen(text), MATTERMOST_TEXT_MAX, &part, 1,
	    &truncated);
	xasprintf(&out, "%.*s%s", (int)part.len, text + part.off,
	    truncated ? "\xe2\x80\xa6" : "");
	return out;
}

/*
 * Answer in the HTTP response: {"text", "response_type":"comment"}, which
 * Mattermost posts as a reply in the thread of the patient's post. The
 * text is Markdown as it is (answers are written as plain text). If the
 * server's response cap refuses it, an empty 200 goes out: no post.
 * Never creates jobs.
 */
static size_t
mattermost_reply(const struct conf *c, const struct channel_msg *msg,
    const struct match_result *res, struct channel_resp *resp,
    struct outbox_job *jobs)
{
	cJSON *root = cJSON_CreateObject();
	char *text, *s;

	(void)c;
	(void)msg;
	(void)jobs;
	mattermost_resp_empty(resp);
	text = mattermost_text(res->answer != NULL ? res->answer : "");
	if (text[0] != '\0') {
		cJSON_AddStringToObject(root, "text", text);
		cJSON_AddStringToObject(root, "response_type", "comment");
		s = cJSON_PrintUnformatted(root);
		if (s == NULL)
			xoom("cJSON_PrintUnformatted");
		if (!buf_puts(&resp->body, s))
			buf_reset(&resp->body);
		cJSON_free(s);
	}
	free(text);
	cJSON_Delete(root);
	return 0;
}

const struct channel_ops channel_mattermost = {
	.name = "mattermost",
	.section = "mattermost",
	.path = "/mattermost",
	.methods = "POST",
	.enabled = mattermost_enabled,
	.verify = mattermost_verify,
	.parse = mattermost_parse,
	.reply = mattermost_reply,
	.prepare = NULL,
	.retry_after = NULL,
};
