/*
 * The generic signed webhook, for the clinic's own systems: POST
 * /v1/webhook with {"conversation", "text", "id"?, "callback_url"?},
 * signed in X-Faqbot-Signature: sha256=<hex HMAC-SHA256 of the raw body
 * under [webhook] secret>. The answer comes back in the response as the
 * JSON of `faqbot ask --json`. With a callback_url, the same answer is
 * also POSTed there through the outbox, which retries until the receiver
 * takes it (useful when the caller cannot wait for the response), with
 * "conversation" and "request_id" (the request's id) added.
 *
 * The callback is not signed: the outbox asks a channel only for a URL
 * and headers when it sends, and never shows it the body, so no HMAC of
 * the body can be made there. A receiver that needs proof should put an
 * unguessable token of its own in the callback URL. X-Faqbot-Timestamp,
 * if sent, is not part of the signature and is not checked.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cjson/cJSON.h>
#include <curl/curl.h>

#include "channel.h"
#include "conf.h"
#include "form.h"
#include "jsonout.h"
#include "outbox.h"
#include "sig.h"
#include "xmalloc.h"

#define WEBHOOK_SIG_PREFIX	"sha256="
#define WEBHOOK_CONV_PREFIX	"webhook:"
/* The longest conversation name a caller may use. */
#define WEBHOOK_CONV_MAX \
	(CHANNEL_ID_MAX - (sizeof(WEBHOOK_CONV_PREFIX) - 1))

/* On when the shared secret is set. */
static bool
webhook_enabled(const struct conf *c)
{
	return conf_str(c, "webhook", "secret")[0] != '\0';
}

/*
 * Check X-Faqbot-Signature: "sha256=" and the hex HMAC-SHA256 of the raw
 * body under [webhook] secret, compared in constant time. 0, or -1 with
 * err.
 */
static int
webhook_verify(const struct conf *c, const struct channel_req *req,
    char err[BOT_ERR_LEN])
{
	const char *secret = conf_str(c, "webhook", "secret");
	const char *hdr = req->header(req->lookup_arg, "X-Faqbot-Signature");
	unsigned char want[SIG_SHA256_LEN], mac[SIG_SHA256_LEN];

	if (hdr == NULL || hdr[0] == '\0') {
		snprintf(err, BOT_ERR_LEN, "missing X-Faqbot-Signature header");
		return -1;
	}
	if (strncmp(hdr, WEBHOOK_SIG_PREFIX, strlen(WEBHOOK_SIG_PREFIX)) != 0 ||
	    sig_hex_decode(hdr + strlen(WEBHOOK_SIG_PREFIX), want,
	    sizeof(want)) == -1) {
		snprintf(err, BOT_ERR_LEN,
		    "malformed X-Faqbot-Signature header");
		return -1;
	}
	if (sig_hmac_sha256(secret, strlen(secret), req->body, req->body_len,
	    mac) == -1 || !sig_equal(mac, sizeof(mac), want, sizeof(want))) {
		snprintf(err, BOT_ERR_LEN,
		    "X-Faqbot-Signature does not match the body");
		return -1;
	}
	return 0;
}

/* True when s has no control character (nor DEL). */
static bool
webhook_printable(const char *s)
{
	for (; *s != '\0'; s++)
		if ((unsigned char)*s < 0x20 || *s == 0x7f)
			return false;
	return true;
}

/* True for the host of a plain-http URL: this machine only. */
static bool
webhook_loopback(const char *auth, size_t len)
{
	static const char *const hosts[] = {
		"127.0.0.1", "localhost", "[::1]",
	};
	const char *colon = NULL;
	size_t hlen;

	/*
	 * The port follows the last colon outside brackets ("[::1]:80").
	 * A user part ("localhost@example.org" is example.org) never passes:
	 * all that is left of the port is compared with each host.
	 */
	for (size_t i = len; i > 0; i--)
		if (auth[i - 1] == ':' || auth[i - 1] == ']') {
			colon = auth[i - 1] == ':' ? auth + i - 1 : NULL;
			break;
		}
	hlen = colon != NULL ? (size_t)(colon - auth) : len;
	if (colon != NULL && (len - hlen < 2 || strspn(colon + 1,
	    "0123456789") != len - hlen - 1))
		return false;
	for (size_t i = 0; i < sizeof(hosts) / sizeof(hosts[0]); i++)
		if (strlen(hosts[i]) == hlen &&
		    strncasecmp(auth, hosts[i], hlen) == 0)
			return true;
	return false;
}

/*
 * True for a callback URL we may POST to: https:// anywhere, or http://
 * to this machine only (tests, a local relay). Visible ASCII only, so it
 * can go to libcurl and into the outbox's job file as it is.
 */
static bool
webhook_callback_ok(const char *url)
{
	bool https = strncasecmp(url, "https://", 8) == 0;
	const char *auth;
	size_t len;

	for (const char *p = url; *p != '\0'; p++)
		if ((unsigned char)*p < 0x21 || (unsigned char)*p > 0x7e)
			return false;
	if (!https && strncasecmp(url, "http://", 7) != 0)
		return false;
	auth = url + (https ? 8 : 7);
	len = strcspn(auth, "/?#");
	if (len == 0)
		return false;
	return https || webhook_loopback(auth, len);
}

/* The optional string called name: -1 when present but no string. */
static int
webhook_opt(const cJSON *root, const char *name, const char **out)
{
	const cJSON *item = cJSON_GetObjectItemCaseSensitive(root, name);

	*out = cJSON_GetStringValue(item);
	return item == NULL || cJSON_IsNull(item) || *out != NULL ? 0 : -1;
}

/* Check and copy the optional id and callback_url. 0, or -1 with err. */
static int
webhook_extras(const cJSON *root, struct channel_msg *msg,
    char err[BOT_ERR_LEN])
{
	const char *id, *cb;

	if (webhook_opt(root, "id", &id) == -1 || (id != NULL &&
	    (id[0] == '\0' || strlen(id) > CHANNEL_ID_MAX ||
	    !webhook_printable(id)))) {
		snprintf(err, BOT_ERR_LEN, "id must be a string of 1 to %d "
		    "printable bytes", CHANNEL_ID_MAX);
		return -1;
	}
	if (webhook_opt(root, "callback_url", &cb) == -1 || (cb != NULL &&
	    strlen(cb) > CHANNEL_ID_MAX)) {
		snprintf(err, BOT_ERR_LEN, "callback_url must be a string of "
		    "at most %d bytes", CHANNEL_ID_MAX);
		return -1;
	}
	if (cb != NULL && !webhook_callback_ok(cb)) {
		snprintf(err, BOT_ERR_LEN, "callback_url must be https://, or "
		    "http:// to 127.0.0.1 or localhost");
		return -1;
	}
	snprintf(msg->event_id, sizeof(msg->event_id), "%s",
	    id != NULL ? id : "");
	snprintf(msg->reply_ref, sizeof(msg->reply_ref), "%s",
	    id != NULL ? id : "");
	/* The outbox job's path will be the whole URL (see prepare). */
	snprintf(msg->reply_to, sizeof(msg->reply_to), "%s",
	    cb != NULL ? cb : "");
	return 0;
}

/* Fill msg from the request's object. 0, or -1 with err. */
static int
webhook_fill(const cJSON *root, struct channel_msg *msg,
    char err[BOT_ERR_LEN])
{
	const char *conv = cJSON_GetStringValue(
	    cJSON_GetObjectItemCaseSensitive(root, "conversation"));
	const char *text = cJSON_GetStringValue(
	    cJSON_GetObjectItemCaseSensitive(root, "text"));

	if (conv == NULL || conv[0] == '\0' ||
	    strlen(conv) > WEBHOOK_CONV_MAX || !webhook_printable(conv)) {
		snprintf(err, BOT_ERR_LEN, "conversation must be a string of "
		    "1 to %zu printable bytes", WEBHOOK_CONV_MAX);
		return -1;
	}
	/* An empty question is a caller's mistake, not a patient's. */
	if (text == NULL || text[strspn(text, " \t\r\n")] == '\0') {
		snprintf(err, BOT_ERR_LEN, "missing or empty text");
		return -1;
	}
	if (webhook_extras(root, msg, err) == -1)
		return -1;
	snprintf(msg->conversation, sizeof(msg->conversation), "%s%s",
	    WEBHOOK_CONV_PREFIX, conv);
	msg->kind = CHANNEL_MESSAGE;
	msg->text = xstrdup(text);
	return 0;
}

/*
 * Read the request: conversation and text are required, id (for
 * deduplication) and callback_url optional. 0, or -1 with err (a 400,
 * also for a callback_url we would not send to).
 */
static int
webhook_parse(const struct conf *c, const struct channel_req *req,
    struct channel_msg *msg, struct channel_resp *resp,
    char err[BOT_ERR_LEN])
{
	cJSON *root;
	int rc;

	(void)c;
	resp->status = 200;
	resp->content_type = "application/json";
	buf_reset(&resp->body);
	root = form_json_parse(req->body, req->body_len);
	if (!cJSON_IsObject(root)) {
		cJSON_Delete(root);
		snprintf(err, BOT_ERR_LEN, "body is not a JSON object");
		return -1;
	}
	rc = webhook_fill(root, msg, err);
	cJSON_Delete(root);
	return rc;
}

/*
 * The callback job: the answer's JSON plus the caller's conversation and
 * id (as "request_id": "id" is the answering entry's), POSTed to the
 * callback URL, which goes whole into the job's path.
 */
static void
webhook_job(struct outbox_job *j, const struct channel_msg *msg,
    const struct match_result *res)
{
	const char *conv = msg->conversation + strlen(WEBHOOK_CONV_PREFIX);
	cJSON *o = jsonout_result(res);

	memset(j, 0, sizeof(*j));
	snprintf(j->channel, sizeof(j->channel), "webhook");
	/* A 256-byte conversation loses its last byte here: at worst two
	 * such conversations share one send rate. */
	snprintf(j->rate_key, sizeof(j->rate_key), "%.*s",
	    (int)sizeof(j->rate_key) - 1, msg->conversation);
	snprintf(j->path, sizeof(j->path), "%s", msg->reply_to);
	j->content_type = "application/json";
	cJSON_AddStringToObject(o, "conversation", conv);
	if (msg->reply_ref[0] != '\0')
		cJSON_AddStringToObject(o, "request_id", msg->reply_ref);
	j->body = jsonout_print(o);
	j->body_len = strlen(j->body);
}

/*
 * Answer in the response with the JSON of `faqbot ask --json`, whole
 * (the caller splits as its platform needs); with a callback_url, also
 * queue one job that POSTs it there. If the server's response cap refuses
 * the JSON, the response is {"error":...} with a 500. Returns the number
 * of jobs.
 */
static size_t
webhook_reply(const struct conf *c, const struct channel_msg *msg,
    const struct match_result *res, struct channel_resp *resp,
    struct outbox_job *jobs)
{
	char *json = jsonout_print(jsonout_result(res));

	(void)c;
	resp->status = 200;
	resp->content_type = "application/json";
	buf_reset(&resp->body);
	if (!buf_puts(&resp->body, json)) {
		resp->status = 500;
		buf_reset(&resp->body);
		buf_puts(&resp->body, "{\"error\":\"answer too long\"}");
	}
	free(json);
	if (msg->reply_to[0] == '\0')
		return 0;
	webhook_job(&jobs[0], msg, res);
	return 1;
}

/* Sign a callback like a request: X-Faqbot-Signature over the body. */
static int
webhook_sign(const struct conf *c, const char *body, size_t len,
    struct curl_slist **headers)
{
	char value[SIG_SHA256_VALUE_SIZE], line[SIG_SHA256_VALUE_SIZE + 32];
	struct curl_slist *l;

	if (sig_sha256_value(conf_str(c, "webhook", "secret"), body, len,
	    value) != 0)
		return -1;
	snprintf(line, sizeof(line), "X-Faqbot-Signature: %s", value);
	l = curl_slist_append(*headers, line);
	if (l == NULL)
		return -1;
	*headers = l;
	return 0;
}

/*
 * At send time: a callback job's path is the whole callback URL (the
 * outbox joins no base URL here), checked again as parse checked it, and
 * no extra header. The callback is unsigned (see the top of the file).
 * 0, or -1 for anything else.
 */
static int
webhook_prepare(const struct conf *c, const char *path, const char *body,
    size_t len, char **url, struct curl_slist **headers)
{
	*url = NULL;
	*headers = NULL;
	if (!webhook_callback_ok(path))
		return -1;
	*url = xstrdup(path);
	if (body != NULL && webhook_sign(c, body, len, headers) != 0) {
		free(*url);
		*url = NULL;
		return -1;
	}
	return 0;
}

const struct channel_ops channel_webhook = {
	.name = "webhook",
	.section = "webhook",
	.path = "/v1/webhook",
	.methods = "POST",
	.enabled = webhook_enabled,
	.verify = webhook_verify,
	.parse = webhook_parse,
	.reply = webhook_reply,
	.prepare = webhook_prepare,
	/* A 429's Retry-After header is read by the outbox itself. */
	.retry_after = NULL,
};
