/*
 * Telegram long polling: one thread that owns a libcurl multi handle and
 * one easy handle (one connection, kept alive). It calls deleteWebhook
 * once (getUpdates is refused with 409 while a webhook is set), then
 * getUpdates in a loop with offset = last update_id + 1, which also
 * confirms the updates before it to Telegram.
 *
 * Each Update is read by the webhook channel's own code, claimed in the
 * redelivery memory, answered by chanserve_answer_text and its sendMessage
 * jobs written to the durable outbox; only then does the offset move past
 * it. A crash before that fetches the update again and the redelivery
 * memory keeps it from being answered twice. When the outbox refuses a
 * reply, the claim is released and the same offset is asked for again
 * after a pause.
 *
 * The thread sleeps in curl_multi_poll, both during a long poll and
 * between attempts, so tgpoll_stop wakes it at once with
 * curl_multi_wakeup. The bot token is part of every method URL: no URL is
 * ever logged, and any library or platform text that is logged has the
 * token blanked out first.
 */
#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cjson/cJSON.h>
#include <curl/curl.h>

#include "buf.h"
#include "channel.h"
#include "channel_telegram.h"
#include "chanserve.h"
#include "conf.h"
#include "dedup.h"
#include "form.h"
#include "log.h"
#include "match.h"
#include "outbox.h"
#include "telegram_poll.h"
#include "xmalloc.h"

/* The channel name replies, dedup and logs use: the webhook's own. */
#define TGPOLL_CHANNEL		"telegram"
/* Updates asked for at once, and the cap on one response body. */
#define TGPOLL_LIMIT		20
#define TGPOLL_BODY_MAX		(4 * 1024 * 1024)
/* Seconds a call may take beyond its long poll; deleteWebhook's limit. */
#define TGPOLL_SLACK_S		10L
#define TGPOLL_CONNECT_S	10L
/* Longest pause between network retries; longest flood wait honoured. */
#define TGPOLL_BACKOFF_MAX	60.0
#define TGPOLL_FLOOD_MAX	3600.0
/* Longest single sleep in curl_multi_poll; wakeups end it earlier. */
#define TGPOLL_TICK_MS		1000
/* Characters kept of a platform's description in a log line. */
#define TGPOLL_DESC_MAX		200
/* update_id is an integer of at most 52 bits; a double holds 2^53. */
#define TGPOLL_ID_MAX		9007199254740992.0

struct tgpoll {
	const struct conf	*conf;
	struct chanserve_deps	 deps;		/* pointers borrowed */
	const char		*token;		/* borrowed from conf */
	long			 timeout;	/* long-poll seconds */
	pthread_t		 thread;
	CURLM			*multi;
	CURL			*easy;
	struct buf		 resp;		/* last response body */
	long			 status;	/* its HTTP status */
	char			 errbuf[CURL_ERROR_SIZE];
	int			 stopping;	/* __atomic; set by tgpoll_stop */
	long long		 offset;	/* next getUpdates offset; 0: none */
	unsigned		 failures;	/* failed rounds in a row */
	int			 limit;		/* updates asked for at once */
};

/* True when the config asks for polling: mode = polling and a bot token. */
bool
tgpoll_configured(const struct conf *c)
{
	return strcmp(conf_str(c, "telegram", "mode"), "polling") == 0 &&
	    conf_str(c, "telegram", "bot_token")[0] != '\0';
}

/* The getUpdates offset once update id is handled. */
long long
tgpoll_offset(long long offset, long long id)
{
	return id >= offset ? id + 1 : offset;
}

/* Seconds to wait after the n-th failure in a row: 1, 2, 4 ... 60. */
double
tgpoll_backoff(unsigned n)
{
	double d = 1;

	if (n == 0)
		return 0;
	for (unsigned i = 1; i < n && d < TGPOLL_BACKOFF_MAX; i++)
		d *= 2;
	return d < TGPOLL_BACKOFF_MAX ? d : TGPOLL_BACKOFF_MAX;
}

/* Seconds to wait after a getUpdates that failed with HTTP status. */
double
tgpoll_retry_delay(long status, const char *body, size_t len,
    unsigned failures)
{
	double ra;

	if (status == 401 || status == 404)
		return TGPOLL_TOKEN_WAIT;
	if (status == 429) {
		ra = channel_telegram.retry_after(status, body, len);
		if (ra >= 0)
			return ra < 1 ? 1 : ra > TGPOLL_FLOOD_MAX ?
			    TGPOLL_FLOOD_MAX : ra;
	}
	return tgpoll_backoff(failures);
}

/* Copy msg into out with the token blanked; always NUL-terminates. */
void
tgpoll_redact(const char *msg, const char *token, char *out, size_t outlen)
{
	size_t tlen = token != NULL ? strlen(token) : 0, used = 0;
	const char *p = msg, *hit;

	if (outlen == 0)
		return;
	out[0] = '\0';
	while (used < outlen - 1 && *p != '\0') {
		hit = tlen > 0 ? strstr(p, token) : NULL;
		if (hit == NULL) {
			snprintf(out + used, outlen - used, "%s", p);
			return;
		}
		used += (size_t)snprintf(out + used, outlen - used,
		    "%.*s<token>", (int)(hit - p), p);
		p = hit + tlen;
	}
	/* snprintf may have reported more than fitted. */
	out[outlen - 1] = '\0';
}

/* Read an update_id: an integer from 0 to 2^53. 0, or -1. */
static int
tgpoll_id(const cJSON *item, long long *id)
{
	double d;

	if (!cJSON_IsNumber(item))
		return -1;
	d = item->valuedouble;
	if (d < 0 || d > TGPOLL_ID_MAX || d != (double)(long long)d)
		return -1;
	*id = (long long)d;
	return 0;
}

/*
 * Read one element of the result array into up. 0, or -1 when it has no
 * usable update_id (then up holds nothing to free).
 */
static int
tgpoll_parse_one(const cJSON *u, struct tgpoll_update *up)
{
	memset(up, 0, sizeof(*up));
	if (tgpoll_id(cJSON_GetObjectItemCaseSensitive(u, "update_id"),
	    &up->id) == -1)
		return -1;
	if (channel_telegram_update(u, &up->msg, up->why) == -1) {
		channel_msg_finish(&up->msg);
		up->msg.kind = CHANNEL_IGNORE;
	}
	return 0;
}

/* Parse a getUpdates response into its Updates. 0, or -1 with err. */
int
tgpoll_parse(const char *body, size_t len, struct tgpoll_update **ups,
    size_t *n, char err[BOT_ERR_LEN])
{
	cJSON *root;
	const cJSON *res, *u;
	const char *desc;
	int size;

	*ups = NULL;
	*n = 0;
	root = form_json_parse(body, len);
	if (root == NULL) {
		snprintf(err, BOT_ERR_LEN, "response is not JSON");
		return -1;
	}
	res = cJSON_GetObjectItemCaseSensitive(root, "result");
	if (!cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(root, "ok")) ||
	    !cJSON_IsArray(res)) {
		desc = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(
		    root, "description"));
		snprintf(err, BOT_ERR_LEN, "response is not ok with a result "
		    "array (%.*s)", TGPOLL_DESC_MAX, desc != NULL ? desc :
		    "no description");
		cJSON_Delete(root);
		return -1;
	}
	size = cJSON_GetArraySize(res);
	if (size > 0)
		*ups = xcalloc((size_t)size, sizeof(**ups));
	cJSON_ArrayForEach(u, res) {
		if (tgpoll_parse_one(u, &(*ups)[*n]) == 0)
			(*n)++;
	}
	cJSON_Delete(root);
	return 0;
}

/* Free what tgpoll_parse returned; accepts NULL. */
void
tgpoll_updates_free(struct tgpoll_update *ups, size_t n)
{
	if (ups == NULL)
		return;
	for (size_t i = 0; i < n; i++)
		channel_msg_finish(&ups[i].msg);
	free(ups);
}

/* True once tgpoll_stop was called. */
static bool
tgpoll_stopping(struct tgpoll *p)
{
	return __atomic_load_n(&p->stopping, __ATOMIC_ACQUIRE) != 0;
}

/* Monotonic seconds. */
static double
tgpoll_mono(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/*
 * Sleep for seconds, waking for tgpoll_stop: with no transfer added,
 * curl_multi_poll waits for its timeout or curl_multi_wakeup. False when
 * stopping.
 */
static bool
tgpoll_sleep(struct tgpoll *p, double seconds)
{
	double end = tgpoll_mono() + seconds, left;

	while (!tgpoll_stopping(p)) {
		left = end - tgpoll_mono();
		if (left <= 0)
			return true;
		curl_multi_poll(p->multi, NULL, 0, left * 1000 < TGPOLL_TICK_MS ?
		    (int)(left * 1000) + 1 : TGPOLL_TICK_MS, NULL);
	}
	return false;
}

/* libcurl's write callback: keep the body up to TGPOLL_BODY_MAX. */
static size_t
tgpoll_on_data(char *ptr, size_t size, size_t nmemb, void *arg)
{
	struct buf *b = arg;

	return buf_append(b, ptr, size * nmemb) ? size * nmemb : 0;
}

/* Set the easy handle up for one JSON POST; url and hdrs are borrowed. */
static void
tgpoll_setopt(struct tgpoll *p, const char *url, struct curl_slist *hdrs,
    const char *body, long timeout_s)
{
	CURL *e = p->easy;

	curl_easy_reset(e);
	p->errbuf[0] = '\0';
	curl_easy_setopt(e, CURLOPT_URL, url);
	curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
	curl_easy_setopt(e, CURLOPT_USERAGENT, "faqbot/" FAQBOT_VERSION);
	curl_easy_setopt(e, CURLOPT_HTTPHEADER, hdrs);
	curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE, (long)strlen(body));
	curl_easy_setopt(e, CURLOPT_COPYPOSTFIELDS, body);
	curl_easy_setopt(e, CURLOPT_TIMEOUT, timeout_s);
	curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT, TGPOLL_CONNECT_S);
	curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, tgpoll_on_data);
	curl_easy_setopt(e, CURLOPT_WRITEDATA, &p->resp);
	curl_easy_setopt(e, CURLOPT_ERRORBUFFER, p->errbuf);
}

/*
 * Run the transfer set up on the easy handle until it ends or tgpoll_stop
 * is called. Its result, CURLE_ABORTED_BY_CALLBACK when stopped.
 */
static CURLcode
tgpoll_perform(struct tgpoll *p)
{
	CURLcode res = CURLE_ABORTED_BY_CALLBACK;
	CURLMsg *msg;
	int running = 1, left;

	if (curl_multi_add_handle(p->multi, p->easy) != CURLM_OK)
		return CURLE_FAILED_INIT;
	while (running > 0 && !tgpoll_stopping(p)) {
		if (curl_multi_perform(p->multi, &running) != CURLM_OK) {
			res = CURLE_FAILED_INIT;
			break;
		}
		if (running > 0)
			curl_multi_poll(p->multi, NULL, 0, TGPOLL_TICK_MS,
			    NULL);
	}
	while ((msg = curl_multi_info_read(p->multi, &left)) != NULL)
		if (msg->msg == CURLMSG_DONE && msg->easy_handle == p->easy)
			res = msg->data.result;
	curl_multi_remove_handle(p->multi, p->easy);
	return res;
}

/*
 * POST the JSON body to a Bot API method ("/getUpdates"). 0 when an HTTP
 * answer came (p->status, p->resp), -1 with err (token blanked) on a
 * network error, an oversized answer, or when stopping.
 */
static int
tgpoll_call(struct tgpoll *p, const char *method, const char *body,
    long timeout_s, char err[BOT_ERR_LEN])
{
	struct curl_slist *hdrs = NULL, *h;
	char *url = NULL;
	CURLcode res;

	p->status = 0;
	buf_reset(&p->resp);
	if (channel_telegram.prepare(p->conf, method, NULL, 0, &url,
	    &hdrs) != 0) {
		snprintf(err, BOT_ERR_LEN, "no [telegram] api_base or "
		    "bot_token");
		return -1;
	}
	h = curl_slist_append(hdrs, "Content-Type: application/json");
	if (h == NULL)
		xoom("curl_slist_append");
	hdrs = h;
	tgpoll_setopt(p, url, hdrs, body, timeout_s);
	res = tgpoll_perform(p);
	curl_slist_free_all(hdrs);
	free(url);
	if (res == CURLE_OK) {
		curl_easy_getinfo(p->easy, CURLINFO_RESPONSE_CODE, &p->status);
		return 0;
	}
	if (p->resp.toobig)
		snprintf(err, BOT_ERR_LEN, "response larger than %d bytes",
		    TGPOLL_BODY_MAX);
	else
		tgpoll_redact(p->errbuf[0] != '\0' ? p->errbuf :
		    curl_easy_strerror(res), p->token, err, BOT_ERR_LEN);
	return -1;
}

/* The description of the last response, token blanked, or a stand-in. */
static void
tgpoll_description(struct tgpoll *p, char *out, size_t outlen)
{
	cJSON *root = form_json_parse(buf_str(&p->resp), p->resp.len);
	const char *d = cJSON_GetStringValue(
	    cJSON_GetObjectItemCaseSensitive(root, "description"));
	char cut[TGPOLL_DESC_MAX + 1];

	snprintf(cut, sizeof(cut), "%s", d != NULL ? d : "no description");
	tgpoll_redact(cut, p->token, out, outlen);
	cJSON_Delete(root);
}

/* deleteWebhook, so that getUpdates is allowed; the outcome is logged. */
static void
tgpoll_delete_webhook(struct tgpoll *p)
{
	char err[BOT_ERR_LEN], desc[BOT_ERR_LEN];

	if (tgpoll_call(p, "/deleteWebhook", "{}", TGPOLL_SLACK_S, err) != 0) {
		if (!tgpoll_stopping(p))
			log_msg(LOG_WARN, "telegram: deleteWebhook failed: %s",
			    err);
		return;
	}
	tgpoll_description(p, desc, sizeof(desc));
	if (p->status == 200)
		log_msg(LOG_INFO, "telegram: deleteWebhook: %s", desc);
	else
		log_msg(LOG_WARN, "telegram: deleteWebhook answered HTTP %ld: "
		    "%s", p->status, desc);
}

/* Log one handled update as the server logs a request. */
static void
tgpoll_log(struct tgpoll *p, const struct channel_msg *m, const char *kind,
    const struct match_result *r, double start)
{
	struct log_request lr = {
		.route = "telegram-poll",
		.status = 200,
		.latency_ms = (tgpoll_mono() - start) * 1000,
		.kind = kind,
		.entry = r != NULL && r->entry != NULL &&
		    r->kind != MATCH_FALLBACK ? kb_entry_id(r->entry) : NULL,
		.conversation = m->conversation,
		.text = m->text,
		.log_text = conf_bool(p->conf, "log", "log_text"),
	};

	log_request(&lr);
}

/*
 * Put the reply jobs into the outbox, in order: after a failed one the
 * rest are dropped, so that a reply is never sent out of order. 0 when at
 * least part of the reply is queued (or there is nothing to send), -1
 * when nothing could be queued (then the dedup claim is released).
 */
static int
tgpoll_reply(struct tgpoll *p, const struct tgpoll_update *u,
    const struct match_result *r)
{
	struct outbox_job jobs[CHANNEL_JOBS_MAX];
	char err[BOT_ERR_LEN];
	size_t n, done = 0;

	memset(jobs, 0, sizeof(jobs));
	n = channel_telegram_jobs(&u->msg, r, jobs);
	for (size_t i = 0; i < n; i++) {
		if (done == i && outbox_enqueue(p->deps.outbox, &jobs[i],
		    err) == 0) {
			done++;
			continue;
		}
		if (done == i)
			log_msg(LOG_WARN, "telegram: reply to update %lld not "
			    "queued: %s", u->id, err);
		outbox_job_finish(&jobs[i]);
	}
	if (n > 0 && done == 0) {
		dedup_forget(p->deps.dedup, TGPOLL_CHANNEL, u->msg.event_id);
		return -1;
	}
	if (done < n)
		log_msg(LOG_WARN, "telegram: reply to update %lld partly "
		    "queued (%zu of %zu messages)", u->id, done, n);
	return 0;
}

/*
 * Handle one update: ignore it, recognize a redelivery, or answer it and
 * queue the reply. 0 when the offset may move past it, -1 when it must be
 * fetched again (its reply could not be queued).
 */
static int
tgpoll_answer(struct tgpoll *p, const struct tgpoll_update *u)
{
	const struct channel_msg *m = &u->msg;
	double start = tgpoll_mono();
	time_t now = time(NULL);
	struct match_result r;
	int rc;

	if (u->why[0] != '\0')
		log_msg(LOG_WARN, "telegram: update %lld ignored: %s", u->id,
		    u->why);
	if (m->kind != CHANNEL_MESSAGE || m->text == NULL)
		return 0;
	if (!dedup_first(p->deps.dedup, TGPOLL_CHANNEL, m->event_id, now)) {
		tgpoll_log(p, m, "duplicate", NULL, start);
		return 0;
	}
	if (!chanserve_answer_text(&p->deps, TGPOLL_CHANNEL, m->conversation,
	    m->text, now, &r)) {
		tgpoll_log(p, m, "rate-limited", NULL, start);
		return 0;
	}
	rc = tgpoll_reply(p, u, &r);
	tgpoll_log(p, m, rc == 0 ? match_kind_name(r.kind) : "not-queued",
	    &r, start);
	match_result_finish(&r);
	return rc;
}

/*
 * Handle a 200 answer to getUpdates: every update in order, the offset
 * moved past each one handled. Seconds to wait before the next round.
 */
static double
tgpoll_batch(struct tgpoll *p)
{
	struct tgpoll_update *ups;
	char err[BOT_ERR_LEN];
	size_t n, i;

	if (tgpoll_parse(buf_str(&p->resp), p->resp.len, &ups, &n, err) != 0) {
		p->failures++;
		log_msg(LOG_WARN, "telegram: bad getUpdates answer: %s; "
		    "retrying in %.0f s", err, tgpoll_backoff(p->failures));
		return tgpoll_backoff(p->failures);
	}
	p->limit = TGPOLL_LIMIT;
	for (i = 0; i < n && !tgpoll_stopping(p); i++) {
		if (tgpoll_answer(p, &ups[i]) != 0)
			break;
		p->offset = tgpoll_offset(p->offset, ups[i].id);
	}
	tgpoll_updates_free(ups, n);
	if (i < n && !tgpoll_stopping(p)) {
		p->failures++;
		log_msg(LOG_WARN, "telegram: outbox unavailable; fetching the "
		    "update again in %.0f s", tgpoll_backoff(p->failures));
		return tgpoll_backoff(p->failures);
	}
	p->failures = 0;
	return 0;
}

/*
 * Handle an HTTP error answer to getUpdates: say what it means, and ask
 * for deleteWebhook again on 409. Seconds to wait before the next round.
 */
static double
tgpoll_refused(struct tgpoll *p, bool *hook)
{
	char desc[BOT_ERR_LEN];
	double wait;

	p->failures++;
	wait = tgpoll_retry_delay(p->status, buf_str(&p->resp), p->resp.len,
	    p->failures);
	tgpoll_description(p, desc, sizeof(desc));
	if (p->status == 401 || p->status == 404)
		log_msg(LOG_WARN, "telegram: getUpdates refused the bot token "
		    "(HTTP %ld: %s): check [telegram] bot_token and api_base; "
		    "retrying in %.0f s", p->status, desc, wait);
	else if (p->status == 409) {
		log_msg(LOG_WARN, "telegram: getUpdates conflict (HTTP 409: "
		    "%s): a webhook is set or another instance is polling; "
		    "deleting the webhook again in %.0f s", desc, wait);
		*hook = true;
	} else if (p->status == 429)
		log_msg(LOG_WARN, "telegram: getUpdates flood control (HTTP "
		    "429: %s); waiting %.0f s", desc, wait);
	else
		log_msg(LOG_WARN, "telegram: getUpdates answered HTTP %ld: %s; "
		    "retrying in %.0f s", p->status, desc, wait);
	return wait;
}

/* One getUpdates and its handling. Seconds to wait before the next. */
static double
tgpoll_round(struct tgpoll *p, bool *hook)
{
	char body[192], off[32] = "", err[BOT_ERR_LEN];

	if (p->offset > 0)
		snprintf(off, sizeof(off), "\"offset\":%lld,", p->offset);
	snprintf(body, sizeof(body), "{%s\"timeout\":%ld,\"limit\":%d,"
	    "\"allowed_updates\":[\"message\"]}", off, p->timeout, p->limit);
	if (tgpoll_call(p, "/getUpdates", body, p->timeout + TGPOLL_SLACK_S,
	    err) == 0)
		return p->status == 200 ? tgpoll_batch(p) :
		    tgpoll_refused(p, hook);
	if (tgpoll_stopping(p))
		return 0;
	/* A batch too large for the cap comes one update at a time. */
	if (p->resp.toobig)
		p->limit = 1;
	p->failures++;
	log_msg(LOG_WARN, "telegram: getUpdates failed: %s; retrying in "
	    "%.0f s", err, tgpoll_backoff(p->failures));
	return tgpoll_backoff(p->failures);
}

/* The poller thread. */
static void *
tgpoll_main(void *arg)
{
	struct tgpoll *p = arg;
	bool hook = true;
	double wait;

	log_msg(LOG_INFO, "telegram: polling for updates (long poll %ld s)",
	    p->timeout);
	while (!tgpoll_stopping(p)) {
		if (hook) {
			hook = false;
			tgpoll_delete_webhook(p);
		}
		wait = tgpoll_round(p, &hook);
		if (wait > 0 && !tgpoll_sleep(p, wait))
			break;
	}
	return NULL;
}

/* Free a poller whose thread is not running; accepts NULL. */
static void
tgpoll_free(struct tgpoll *p)
{
	if (p == NULL)
		return;
	if (p->easy != NULL)
		curl_easy_cleanup(p->easy);
	if (p->multi != NULL)
		curl_multi_cleanup(p->multi);
	buf_finish(&p->resp);
	free(p);
}

/* Start polling when the config asks for it; see telegram_poll.h. */
struct tgpoll *
tgpoll_start(const struct conf *c, const struct chanserve_deps *deps,
    char err[BOT_ERR_LEN])
{
	struct tgpoll *p;

	err[0] = '\0';
	if (!tgpoll_configured(c))
		return NULL;
	if (deps->outbox == NULL || deps->dedup == NULL) {
		snprintf(err, BOT_ERR_LEN, "telegram polling: no outbox or "
		    "redelivery memory to answer with");
		return NULL;
	}
	if (conf_str(c, "telegram", "api_base")[0] == '\0') {
		snprintf(err, BOT_ERR_LEN, "telegram polling: [telegram] "
		    "api_base is empty");
		return NULL;
	}
	p = xcalloc(1, sizeof(*p));
	p->conf = c;
	p->deps = *deps;
	p->token = conf_str(c, "telegram", "bot_token");
	p->timeout = conf_int(c, "telegram", "poll_timeout");
	p->limit = TGPOLL_LIMIT;
	buf_init(&p->resp, TGPOLL_BODY_MAX);
	p->multi = curl_multi_init();
	p->easy = curl_easy_init();
	if (p->multi == NULL || p->easy == NULL) {
		snprintf(err, BOT_ERR_LEN, "telegram polling: libcurl "
		    "initialization failed");
		goto fail;
	}
	if ((errno = pthread_create(&p->thread, NULL, tgpoll_main, p)) != 0) {
		snprintf(err, BOT_ERR_LEN, "telegram polling: pthread_create: "
		    "%s", strerror(errno));
		goto fail;
	}
	return p;
fail:
	tgpoll_free(p);
	return NULL;
}

/* Wake the thread, join it and free the poller; accepts NULL. */
void
tgpoll_stop(struct tgpoll *p)
{
	if (p == NULL)
		return;
	__atomic_store_n(&p->stopping, 1, __ATOMIC_RELEASE);
	curl_multi_wakeup(p->multi);
	pthread_join(p->thread, NULL);
	tgpoll_free(p);
	log_msg(LOG_INFO, "telegram: polling stopped");
}
