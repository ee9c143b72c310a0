/*
 * WhatsApp Cloud API (Meta): GET /whatsapp answers the subscription
 * handshake, POST /whatsapp takes notifications signed in
 * X-Hub-Signature-256. Replies go through the outbox to the Graph API's
 * /<phone_number_id>/messages; Meta only wants a quick empty 200.
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

/* Graph caps text.body at 4,096 characters; UTF-16 units never undercount. */
#define WHATSAPP_PIECE_MAX	4096
#define WHATSAPP_PIECES		2
#define WHATSAPP_CHALLENGE_MAX	256
#define WHATSAPP_SIG_PREFIX	"sha256="
/* Longest sender id kept: a wa_id is a phone number, so far shorter. */
#define WHATSAPP_FROM_MAX	64

/* On when the app secret, both tokens and the sending number are set. */
static bool
whatsapp_enabled(const struct conf *c)
{
	static const char *const keys[] = {
		"app_secret", "verify_token", "access_token", "phone_number_id",
	};

	for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		if (conf_str(c, "whatsapp", keys[i])[0] == '\0')
			return false;
	return true;
}

/* The GET handshake: mode subscribe and our verify token. 0 or -1. */
static int
whatsapp_verify_get(const struct conf *c, const struct channel_req *req,
    char err[BOT_ERR_LEN])
{
	const char *mode = req->query(req->lookup_arg, "hub.mode");
	const char *token = req->query(req->lookup_arg, "hub.verify_token");

	if (mode == NULL || strcmp(mode, "subscribe") != 0) {
		snprintf(err, BOT_ERR_LEN, "hub.mode is not subscribe");
		return -1;
	}
	if (!sig_streq(token, conf_str(c, "whatsapp", "verify_token"))) {
		snprintf(err, BOT_ERR_LEN, "hub.verify_token does not match");
		return -1;
	}
	return 0;
}

/*
 * Check X-Hub-Signature-256 ("sha256=" and the hex HMAC-SHA256 of the raw
 * body under the app secret) on a POST, or the verify token on the GET
 * handshake. 0, or -1 with err.
 */
static int
whatsapp_verify(const struct conf *c, const struct channel_req *req,
    char err[BOT_ERR_LEN])
{
	const char *secret = conf_str(c, "whatsapp", "app_secret");
	const char *hdr;
	unsigned char want[SIG_SHA256_LEN], mac[SIG_SHA256_LEN];

	if (strcmp(req->method, "GET") == 0)
		return whatsapp_verify_get(c, req, err);
	hdr = req->header(req->lookup_arg, "X-Hub-Signature-256");
	if (hdr == NULL || hdr[0] == '\0') {
		snprintf(err, BOT_ERR_LEN,
		    "missing X-Hub-Signature-256 header");
		return -1;
	}
	if (strncmp(hdr, WHATSAPP_SIG_PREFIX, strlen(WHATSAPP_SIG_PREFIX)) !=
	    0 || sig_hex_decode(hdr + strlen(WHATSAPP_SIG_PREFIX), want,
	    sizeof(want)) == -1) {
		snprintf(err, BOT_ERR_LEN,
		    "malformed X-Hub-Signature-256 header");
		return -1;
	}
	if (sig_hmac_sha256(secret, strlen(secret), req->body, req->body_len,
	    mac) == -1 || !sig_equal(mac, sizeof(mac), want, sizeof(want))) {
		snprintf(err, BOT_ERR_LEN,
		    "X-Hub-Signature-256 does not match the body");
		return -1;
	}
	return 0;
}

/* Answer with 200 and nothing else, as Meta wants. */
static void
whatsapp_resp_ok(struct channel_resp *resp)
{
	resp->status = 200;
	resp->content_type = "text/plain";
	buf_reset(&resp->body);
}

/* Echo hub.challenge (printable ASCII only: it is reflected). 0 or -1. */
static int
whatsapp_handshake(const struct channel_req *req, struct channel_msg *msg,
    struct channel_resp *resp, char err[BOT_ERR_LEN])
{
	const char *ch = req->query(req->lookup_arg, "hub.challenge");
	size_t len = ch == NULL ? 0 : strlen(ch);

	if (len == 0 || len > WHATSAPP_CHALLENGE_MAX) {
		snprintf(err, BOT_ERR_LEN, "missing or overlong hub.challenge");
		return -1;
	}
	for (size_t i = 0; i < len; i++)
		if (ch[i] < 0x21 || ch[i] > 0x7e) {
			snprintf(err, BOT_ERR_LEN, "bad hub.challenge");
			return -1;
		}
	msg->kind = CHANNEL_HANDSHAKE;
	buf_puts(&resp->body, ch);
	return 0;
}

/* The array called name in obj, or NULL (also when it is no array). */
static const cJSON *
whatsapp_array(const cJSON *obj, const char *name)
{
	const cJSON *a = cJSON_GetObjectItemCaseSensitive(obj, name);

	return cJSON_IsArray(a) ? a : NULL;
}

/* The string called name in obj, or NULL. */
static const char *
whatsapp_str(const cJSON *obj, const char *name)
{
	return cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(obj,
	    name));
}

/*
 * True when a change carries messages to our number: an app may serve
 * several numbers on one callback URL, and a message to another number
 * must not be answered from ours.
 */
static bool
whatsapp_ours(const cJSON *change, const char *phone_id)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(change, "value");
	const char *field = whatsapp_str(change, "field");
	const char *id;

	if (field != NULL && strcmp(field, "messages") != 0)
		return false;
	id = whatsapp_str(cJSON_GetObjectItemCaseSensitive(v, "metadata"),
	    "phone_number_id");
	return id != NULL && strcmp(id, phone_id) == 0;
}

/* True for a text message with a sender, an id and a body. */
static bool
whatsapp_is_text(const cJSON *m)
{
	const char *type = whatsapp_str(m, "type");

	return type != NULL && strcmp(type, "text") == 0 &&
	    whatsapp_str(m, "from") != NULL && whatsapp_str(m, "id") != NULL &&
	    whatsapp_str(cJSON_GetObjectItemCaseSensitive(m, "text"),
	    "body") != NULL;
}

/*
 * The first text message of the notification to our number, or NULL
 * (statuses, pictures, reactions...). Only one message is answered per
 * request; Meta sends one message per notification in practice.
 */
static const cJSON *
whatsapp_first_text(const cJSON *root, const char *phone_id)
{
	const cJSON *entry, *change, *m;

	cJSON_ArrayForEach(entry, whatsapp_array(root, "entry")) {
		cJSON_ArrayForEach(change, whatsapp_array(entry, "changes")) {
			if (!whatsapp_ours(change, phone_id))
				continue;
			cJSON_ArrayForEach(m, whatsapp_array(
			    cJSON_GetObjectItemCaseSensitive(change, "value"),
			    "messages"))
				if (whatsapp_is_text(m))
					return m;
		}
	}
	return NULL;
}

/* Copy one printable id of a payload, with prefix; -1 if unfit. */
static int
whatsapp_copy(char dst[CHANNEL_ID_MAX + 1], const char *prefix,
    const char *val)
{
	int n = snprintf(dst, CHANNEL_ID_MAX + 1, "%s%s", prefix, val);

	if (val[0] == '\0' || n < 0 || n > CHANNEL_ID_MAX)
		return -1;
	for (const char *p = val; *p != '\0'; p++)
		if ((unsigned char)*p <= 0x20 || *p == 0x7f)
			return -1;
	return 0;
}

/* Fill msg from a text message. 0, or -1 with err. */
static int
whatsapp_fill(const cJSON *m, struct channel_msg *msg, char err[BOT_ERR_LEN])
{
	const char *from = whatsapp_str(m, "from");
	const char *id = whatsapp_str(m, "id");
	const char *body = whatsapp_str(cJSON_GetObjectItemCaseSensitive(m,
	    "text"), "body");

	if (strlen(from) > WHATSAPP_FROM_MAX ||
	    whatsapp_copy(msg->conversation, "whatsapp:", from) == -1 ||
	    whatsapp_copy(msg->reply_to, "", from) == -1) {
		snprintf(err, BOT_ERR_LEN, "bad messages[].from");
		return -1;
	}
	if (whatsapp_copy(msg->event_id, "", id) == -1 ||
	    whatsapp_copy(msg->reply_ref, "", id) == -1) {
		snprintf(err, BOT_ERR_LEN, "bad messages[].id");
		return -1;
	}
	msg->kind = CHANNEL_MESSAGE;
	msg->text = xstrdup(body);
	return 0;
}

/*
 * Read the handshake (GET) or the first text message of a notification
 * (POST); everything else is ignored with a 200. 0, or -1 with err.
 */
static int
whatsapp_parse(const struct conf *c, const struct channel_req *req,
    struct channel_msg *msg, struct channel_resp *resp,
    char err[BOT_ERR_LEN])
{
	const char *object;
	const cJSON *m;
	cJSON *root;
	int rc = 0;

	whatsapp_resp_ok(resp);
	if (strcmp(req->method, "GET") == 0)
		return whatsapp_handshake(req, msg, resp, err);
	root = form_json_parse(req->body, req->body_len);
	if (root == NULL) {
		snprintf(err, BOT_ERR_LEN, "body is not JSON");
		return -1;
	}
	object = whatsapp_str(root, "object");
	if (object == NULL ||
	    strcmp(object, "whatsapp_business_account") != 0) {
		snprintf(err, BOT_ERR_LEN,
		    "object is not whatsapp_business_account");
		rc = -1;
		goto out;
	}
	m = whatsapp_first_text(root, conf_str(c, "whatsapp",
	    "phone_number_id"));
	if (m == NULL)
		msg->kind = CHANNEL_IGNORE;
	else
		rc = whatsapp_fill(m, msg, err);
out:
	cJSON_Delete(root);
	return rc;
}

/* Print a JSON document into a job body; the job owns it. */
static void
whatsapp_job_body(struct outbox_job *j, cJSON *root)
{
	char *s = cJSON_PrintUnformatted(root);

	if (s == NULL)
		xoom("cJSON_PrintUnformatted");
	j->body = xstrdup(s);
	j->body_len = strlen(j->body);
	cJSON_free(s);
}

/*
 * One send job for text (already cut to size), quoting the patient's
 * message when quote is true.
 */
static void
whatsapp_job(struct outbox_job *j, const struct conf *c,
    const struct channel_msg *msg, const char *text, bool quote)
{
	cJSON *root = cJSON_CreateObject(), *t, *ctx;

	memset(j, 0, sizeof(*j));
	snprintf(j->channel, sizeof(j->channel), "whatsapp");
	snprintf(j->rate_key, sizeof(j->rate_key), "whatsapp:%.*s",
	    WHATSAPP_FROM_MAX, msg->reply_to);
	snprintf(j->path, sizeof(j->path), "/%s/messages",
	    conf_str(c, "whatsapp", "phone_number_id"));
	j->content_type = "application/json";
	cJSON_AddStringToObject(root, "messaging_product", "whatsapp");
	cJSON_AddStringToObject(root, "recipient_type", "individual");
	cJSON_AddStringToObject(root, "to", msg->reply_to);
	cJSON_AddStringToObject(root, "type", "text");
	t = cJSON_AddObjectToObject(root, "text");
	cJSON_AddFalseToObject(t, "preview_url");
	cJSON_AddStringToObject(t, "body", text);
	if (quote && msg->reply_ref[0] != '\0') {
		ctx = cJSON_AddObjectToObject(root, "context");
		cJSON_AddStringToObject(ctx, "message_id", msg->reply_ref);
	}
	whatsapp_job_body(j, root);
	cJSON_Delete(root);
}

/*
 * Queue the answer: one job per piece of at most 4,096 characters, two at
 * most (the crisis reply may use every job rather than be cut); the first
 * quotes the patient's message. The HTTP response stays an empty 200.
 */
static size_t
whatsapp_reply(const struct conf *c, const struct channel_msg *msg,
    const struct match_result *res, struct channel_resp *resp,
    struct outbox_job *jobs)
{
	const char *text = res->answer != NULL ? res->answer : "";
	struct form_part parts[CHANNEL_JOBS_MAX];
	size_t n;
	bool truncated;

	whatsapp_resp_ok(resp);
	n = form_split(text, strlen(text), WHATSAPP_PIECE_MAX, parts,
	    res->kind == MATCH_CRISIS ? CHANNEL_JOBS_MAX : WHATSAPP_PIECES,
	    &truncated);
	for (size_t i = 0; i < n; i++) {
		char *piece;

		xasprintf(&piece, "%.*s%s", (int)parts[i].len,
		    text + parts[i].off,
		    truncated && i + 1 == n ? "\xe2\x80\xa6" : "");
		whatsapp_job(&jobs[i], c, msg, piece, i == 0);
		free(piece);
	}
	return n;
}

/*
 * The Graph URL (api_base + path) and the bearer token, at send time.
 * 0, or -1 when the access token is gone (a reload removed it).
 */
static int
whatsapp_prepare(const struct conf *c, const char *path, const char *body,
    size_t len, char **url, struct curl_slist **headers)
{
	(void)body;
	(void)len;
	return channel_bearer_prepare(c, "whatsapp", "api_base",
	    "access_token", path, url, headers);
}

/* Seconds to wait for each Graph throttling code. */
static const struct {
	int	code;
	double	wait;
} whatsapp_throttles[] = {
	{ 4, 60 },		/* application request limit (rolling hour) */
	{ 80007, 60 },		/* WhatsApp Business Account rate limit */
	{ 130429, 1 },		/* throughput of the number (~80 msg/s) */
	{ 131056, 6 },		/* pair rate: ~1 message per 6 s per user */
};

/*
 * Meta sends no retry time, only an error code (often with HTTP 400, not
 * 429): map the throttling codes to a wait, anything else to -1.
 */
static double
whatsapp_retry_after(long status, const char *body, size_t len)
{
	const cJSON *code;
	cJSON *root;
	double wait = -1;

	(void)status;
	if (body == NULL || len == 0)
		return -1;
	root = form_json_parse_bytes(body, len);
	code = cJSON_GetObjectItemCaseSensitive(
	    cJSON_GetObjectItemCaseSensitive(root, "error"), "code");
	for (size_t i = 0; cJSON_IsNumber(code) &&
	    i < sizeof(whatsapp_throttles) / sizeof(whatsapp_throttles[0]);
	    i++)
		if (code->valueint == whatsapp_throttles[i].code)
			wait = whatsapp_throttles[i].wait;
	cJSON_Delete(root);
	return wait;
}

const struct channel_ops channel_whatsapp = {
	.name = "whatsapp",
	.section = "whatsapp",
	.path = "/whatsapp",
	.methods = "GET POST",
	.enabled = whatsapp_enabled,
	.verify = whatsapp_verify,
	.parse = whatsapp_parse,
	.reply = whatsapp_reply,
	.prepare = whatsapp_prepare,
	.retry_after = whatsapp_retry_after,
};
