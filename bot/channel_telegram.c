/*
 * Telegram Bot API in webhook mode: POST /telegram carries one Update,
 * authenticated by X-Telegram-Bot-Api-Secret-Token (the secret_token given
 * to setWebhook). Replies go through the outbox to sendMessage; Telegram
 * only wants a quick empty 200.
 *
 * Long polling (mode = polling, for servers without a public URL) lives in
 * bot/telegram_poll.c: each Update of a getUpdates result goes through
 * channel_telegram_update and its answer through channel_telegram_jobs
 * below, exactly as a webhook Update does.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "channel.h"
#include "channel_telegram.h"
#include "conf.h"
#include "form.h"
#include "outbox.h"
#include "sig.h"
#include "xmalloc.h"

/* sendMessage takes 1-4,096 characters, counted in UTF-16 units. */
#define TELEGRAM_PIECE_MAX	4096
#define TELEGRAM_PIECES		2
/* Chat and message ids are integers of at most 52 bits: 16 digits. */
#define TELEGRAM_ID_DIGITS	20

/* On in webhook mode with both the bot token and the secret token set. */
static bool
telegram_enabled(const struct conf *c)
{
	return conf_str(c, "telegram", "bot_token")[0] != '\0' &&
	    conf_str(c, "telegram", "secret_token")[0] != '\0' &&
	    strcmp(conf_str(c, "telegram", "mode"), "webhook") == 0;
}

/*
 * Compare X-Telegram-Bot-Api-Secret-Token with [telegram] secret_token in
 * constant time. Telegram signs nothing: the shared token is the only
 * proof. 0, or -1 with err.
 */
static int
telegram_verify(const struct conf *c, const struct channel_req *req,
    char err[BOT_ERR_LEN])
{
	const char *hdr = req->header(req->lookup_arg,
	    "X-Telegram-Bot-Api-Secret-Token");

	if (hdr == NULL || hdr[0] == '\0') {
		snprintf(err, BOT_ERR_LEN,
		    "missing X-Telegram-Bot-Api-Secret-Token header");
		return -1;
	}
	if (!sig_streq(hdr, conf_str(c, "telegram", "secret_token"))) {
		snprintf(err, BOT_ERR_LEN,
		    "X-Telegram-Bot-Api-Secret-Token does not match");
		return -1;
	}
	return 0;
}

/*
 * Write the integer item as decimal into out (TELEGRAM_ID_DIGITS + 1
 * bytes). Ids go through text, never through a double printed by cJSON,
 * which could come out as 1e+15. 0, or -1 when item is no integer.
 */
static int
telegram_int(const cJSON *item, char out[TELEGRAM_ID_DIGITS + 1])
{
	double d;

	if (!cJSON_IsNumber(item))
		return -1;
	d = item->valuedouble;
	/* Beyond 2^53 a double no longer holds every integer. */
	if (d != (double)(long long)d || d > 9007199254740992.0 ||
	    d < -9007199254740992.0)
		return -1;
	snprintf(out, TELEGRAM_ID_DIGITS + 1, "%lld", (long long)d);
	return 0;
}

/* True when a message is to be left alone: a bot's, or not text. */
static bool
telegram_skip(const cJSON *m)
{
	const cJSON *from = cJSON_GetObjectItemCaseSensitive(m, "from");

	if (cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(from, "is_bot")))
		return true;
	return cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(m,
	    "text")) == NULL;
}

/* Fill msg from a text message. 0, or -1 with err. */
static int
telegram_fill(const cJSON *m, struct channel_msg *msg,
    char err[BOT_ERR_LEN])
{
	char chat[TELEGRAM_ID_DIGITS + 1], mid[TELEGRAM_ID_DIGITS + 1];
	const cJSON *c = cJSON_GetObjectItemCaseSensitive(m, "chat");

	if (telegram_int(cJSON_GetObjectItemCaseSensitive(c, "id"), chat) ==
	    -1) {
		snprintf(err, BOT_ERR_LEN, "missing or bad message.chat.id");
		return -1;
	}
	if (telegram_int(cJSON_GetObjectItemCaseSensitive(m, "message_id"),
	    mid) == -1) {
		snprintf(err, BOT_ERR_LEN, "missing or bad message.message_id");
		return -1;
	}
	snprintf(msg->conversation, sizeof(msg->conversation), "telegram:%s",
	    chat);
	snprintf(msg->reply_to, sizeof(msg->reply_to), "%s", chat);
	snprintf(msg->reply_ref, sizeof(msg->reply_ref), "%s", mid);
	msg->kind = CHANNEL_MESSAGE;
	msg->text = xstrdup(cJSON_GetStringValue(
	    cJSON_GetObjectItemCaseSensitive(m, "text")));
	return 0;
}

/*
 * Read one Update: a new text message from a person is answered; edits
 * (edited_message), channel posts, callbacks, bots and non-text messages
 * are ignored. 0, or -1 with err.
 */
int
channel_telegram_update(const cJSON *u, struct channel_msg *msg,
    char err[BOT_ERR_LEN])
{
	char id[TELEGRAM_ID_DIGITS + 1];
	const cJSON *m;

	if (!cJSON_IsObject(u) ||
	    telegram_int(cJSON_GetObjectItemCaseSensitive(u, "update_id"),
	    id) == -1) {
		snprintf(err, BOT_ERR_LEN, "missing or bad update_id");
		return -1;
	}
	snprintf(msg->event_id, sizeof(msg->event_id), "%s", id);
	m = cJSON_GetObjectItemCaseSensitive(u, "message");
	if (!cJSON_IsObject(m) || telegram_skip(m)) {
		msg->kind = CHANNEL_IGNORE;
		return 0;
	}
	return telegram_fill(m, msg, err);
}

/* Answer Telegram with 200 and nothing else. */
static void
telegram_resp_ok(struct channel_resp *resp)
{
	resp->status = 200;
	resp->content_type = "text/plain";
	buf_reset(&resp->body);
}

/* Parse the webhook body: one Update. 0, or -1 with err. */
static int
telegram_parse(const struct conf *c, const struct channel_req *req,
    struct channel_msg *msg, struct channel_resp *resp,
    char err[BOT_ERR_LEN])
{
	cJSON *root;
	int rc;

	(void)c;
	telegram_resp_ok(resp);
	root = form_json_parse(req->body, req->body_len);
	if (root == NULL) {
		snprintf(err, BOT_ERR_LEN, "body is not JSON");
		return -1;
	}
	rc = channel_telegram_update(root, msg, err);
	cJSON_Delete(root);
	return rc;
}

/*
 * One sendMessage job for text (already cut to size), as a reply to the
 * patient's message when quote is true. The text is sent plain, with no
 * parse_mode, so nothing in it needs escaping and no character of an
 * answer can break the request. allow_sending_without_reply keeps the
 * answer going if the patient deleted the question meanwhile.
 */
static void
telegram_job(struct outbox_job *j, const struct channel_msg *msg,
    const char *text, bool quote)
{
	cJSON *root = cJSON_CreateObject(), *rp;
	char *s;

	memset(j, 0, sizeof(*j));
	snprintf(j->channel, sizeof(j->channel), "telegram");
	snprintf(j->rate_key, sizeof(j->rate_key), "telegram:%.*s",
	    TELEGRAM_ID_DIGITS, msg->reply_to);
	snprintf(j->path, sizeof(j->path), "/sendMessage");
	j->content_type = "application/json";
	/* Both ids were checked to be decimal integers in parse. */
	cJSON_AddRawToObject(root, "chat_id", msg->reply_to);
	cJSON_AddStringToObject(root, "text", text);
	if (quote && msg->reply_ref[0] != '\0') {
		rp = cJSON_AddObjectToObject(root, "reply_parameters");
		cJSON_AddRawToObject(rp, "message_id", msg->reply_ref);
		cJSON_AddTrueToObject(rp, "allow_sending_without_reply");
	}
	s = cJSON_PrintUnformatted(root);
	if (s == NULL)
		xoom("cJSON_PrintUnformatted");
	j->body = xstrdup(s);
	j->body_len = strlen(j->body);
	cJSON_free(s);
	cJSON_Delete(root);
}

/* True when s is a decimal integer id, as parse writes them. */
static bool
telegram_id_ok(const char *s)
{
	size_t n = strspn(s + (s[0] == '-'), "0123456789");

	return n > 0 && n <= TELEGRAM_ID_DIGITS && s[(s[0] == '-') + n] == '\0';
}

/*
 * The answer as sendMessage jobs: one per piece of at most 4,096
 * characters, two at most (the crisis reply may use every job rather than
 * be cut); the first replies to the patient's message.
 */
size_t
channel_telegram_jobs(const struct channel_msg *msg,
    const struct match_result *res, struct outbox_job *jobs)
{
	const char *text = res->answer != NULL ? res->answer : "";
	struct form_part parts[CHANNEL_JOBS_MAX];
	size_t n;
	bool truncated;

	if (!telegram_id_ok(msg->reply_to))
		return 0;
	n = form_split(text, strlen(text), TELEGRAM_PIECE_MAX, parts,
	    res->kind == MATCH_CRISIS ? CHANNEL_JOBS_MAX : TELEGRAM_PIECES,
	    &truncated);
	for (size_t i = 0; i < n; i++) {
		char *piece;

		xasprintf(&piece, "%.*s%s", (int)parts[i].len,
		    text + parts[i].off,
		    truncated && i + 1 == n ? "\xe2\x80\xa6" : "");
		telegram_job(&jobs[i], msg, piece,
		    i == 0 && telegram_id_ok(msg->reply_ref));
		free(piece);
	}
	return n;
}

/* Webhook mode: an empty 200 to Telegram, the answer through the outbox. */
static size_t
telegram_reply(const struct conf *c, const struct channel_msg *msg,
    const struct match_result *res, struct channel_resp *resp,
    struct outbox_job *jobs)
{
	(void)c;
	telegram_resp_ok(resp);
	return channel_telegram_jobs(msg, res, jobs);
}

/*
 * The method URL: api_base + "/bot" + token + path. The token is part of
 * the URL, so the URL must never be logged. No extra headers. 0, or -1
 * when the token is gone (a reload removed it).
 */
static int
telegram_prepare(const struct conf *c, const char *path, const char *body,
    size_t len, char **url, struct curl_slist **headers)
{
	const char *base = conf_str(c, "telegram", "api_base");
	const char *token = conf_str(c, "telegram", "bot_token");
	size_t blen = strlen(base);

	(void)body;
	(void)len;
	*url = NULL;
	*headers = NULL;
	while (blen > 0 && base[blen - 1] == '/')
		blen--;
	if (blen == 0 || token[0] == '\0')
		return -1;
	xasprintf(url, "%.*s/bot%s%s", (int)blen, base, token, path);
	return 0;
}

/*
 * Flood control: {"ok":false,"error_code":429,"parameters":{"retry_after":
 * N}} asks for N seconds. Any other body gives -1.
 */
static double
telegram_retry_after(long status, const char *body, size_t len)
{
	const cJSON *ra;
	cJSON *root;
	double wait = -1;

	(void)status;
	if (body == NULL || len == 0)
		return -1;
	root = form_json_parse_bytes(body, len);
	ra = cJSON_GetObjectItemCaseSensitive(
	    cJSON_GetObjectItemCaseSensitive(root, "parameters"),
	    "retry_after");
	if (cJSON_IsNumber(ra) && ra->valuedouble >= 0)
		wait = ra->valuedouble;
	cJSON_Delete(root);
	return wait;
}

const struct channel_ops channel_telegram = {
	.name = "telegram",
	.section = "telegram",
	.path = "/telegram",
	.methods = "POST",
	.enabled = telegram_enabled,
	.verify = telegram_verify,
	.parse = telegram_parse,
	.reply = telegram_reply,
	.prepare = telegram_prepare,
	.retry_after = telegram_retry_after,
};
