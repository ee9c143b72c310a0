/*
 * The channel request path. The order matters: nothing of a request is
 * parsed before its signature is checked; a redelivery is recognized
 * before anything is answered; an asynchronous reply is safely in the
 * outbox before the platform gets its 2xx, and if it cannot be queued the
 * platform gets a 503 so that it delivers again.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curl/curl.h>

#include "alert.h"
#include "chanserve.h"
#include "conf.h"
#include "convo.h"
#include "dedup.h"
#include "gaps.h"
#include "kbhold.h"
#include "log.h"
#include "match.h"
#include "metrics.h"
#include "outbox.h"
#include "text.h"
#include "xmalloc.h"

/* The enabled channel at path, or NULL. */
const struct channel_ops *
chanserve_route(const struct conf *c, const char *path)
{
	const struct channel_ops *ops = channel_find(path);

	if (ops == NULL || ops->enabled == NULL || !ops->enabled(c))
		return NULL;
	return ops;
}

/* Fill a plain JSON error response. */
static void
chanserve_error(struct channel_resp *resp, int status, const char *msg)
{
	resp->status = status;
	resp->content_type = "application/json";
	buf_reset(&resp->body);
	buf_printf(&resp->body, "{\"error\":\"%s\"}", msg);
}

/*
 * Queue the reply jobs; returns how many were queued. Jobs after a failed
 * one are dropped too (and freed), so a reply is never sent out of order.
 */
static size_t
chanserve_enqueue(const struct chanserve_deps *d, struct outbox_job *jobs,
    size_t n)
{
	char err[BOT_ERR_LEN];
	size_t done = 0;

	for (size_t i = 0; i < n; i++) {
		if (done == i && d->outbox != NULL &&
		    outbox_enqueue(d->outbox, &jobs[i], err) == 0) {
			done++;
			continue;
		}
		if (done == i)
			log_msg(LOG_WARN, "reply not queued (%s): %s",
			    jobs[i].channel, d->outbox != NULL ? err :
			    "no outbox");
		outbox_job_finish(&jobs[i]);
	}
	return done;
}

/*
 * Answer one message of any channel, HTTP or connected (IRC, XMPP,
 * Telegram polling): the conversation's context and rate limit, the
 * answer, metrics, the gaps file and a staff alert when needed. False
 * when the conversation is over its rate limit (nothing was answered);
 * otherwise the caller releases r with match_result_finish.
 */
bool
chanserve_answer_text(const struct chanserve_deps *d, const char *channel,
    const char *conversation, const char *text, time_t now,
    struct match_result *r)
{
	struct kb *kb = kbhold_get(d->kb);
	struct match_ctx ctx;
	size_t len = text_cut_utf8(text, strlen(text), TEXT_MAX_QUESTION);

	if (!convo_begin(d->convos, conversation, now, &ctx)) {
		kb_unref(kb);
		return false;
	}
	/* Invalid UTF-8 from a platform gets the fallback, not silence. */
	if (match_ask(kb, &ctx, text, len, r, NULL) != 0)
		match_ask(kb, &ctx, "", 0, r, NULL);
	convo_end(d->convos, conversation, now, &ctx);
	if (alert_needed(d->alerts, r) && alert_send(d->alerts, channel,
	    conversation, r, text, now))
		alert_tell_patient(kb, r);
	kb_unref(kb);
	metrics_answer(d->metrics, match_kind_name(r->kind));
	if (r->risk)
		metrics_risk_note(d->metrics);
	if (r->kind == MATCH_FALLBACK && d->gaps != NULL &&
	    text[strspn(text, " \t\r\n")] != '\0')
		gaps_record(d->gaps, text, now);
	return true;
}

/* Answer, reply, and account for one verified, parsed message. */
static void
chanserve_message(const struct chanserve_deps *d,
    const struct channel_ops *ops, const struct channel_req *req,
    struct channel_msg *m, struct channel_resp *resp,
    struct chanserve_info *info)
{
	struct outbox_job jobs[CHANNEL_JOBS_MAX];
	struct match_result r;
	size_t n, queued;

	snprintf(info->conversation, sizeof(info->conversation), "%s",
	    m->conversation);
	if (!chanserve_answer_text(d, ops->name, m->conversation, m->text,
	    req->now, &r)) {
		/* Over the rate limit: accept, answer nothing. */
		info->why = "rate limited";
		resp->status = 200;
		return;
	}
	info->kind = match_kind_name(r.kind);
	if (r.entry != NULL && r.kind != MATCH_FALLBACK)
		snprintf(info->entry, sizeof(info->entry), "%s",
		    kb_entry_id(r.entry));
	memset(jobs, 0, sizeof(jobs));
	resp->status = 200;
	n = ops->reply(d->conf, m, &r, resp, jobs);
	queued = chanserve_enqueue(d, jobs, n);
	if (n > 0 && queued == 0) {
		/* Nothing will be sent: let the platform deliver again. */
		if (m->event_id[0] != '\0')
			dedup_forget(d->dedup, ops->name, m->event_id);
		chanserve_error(resp, 503, "reply could not be queued; "
		    "please retry");
		info->why = "outbox unavailable";
	} else if (queued < n) {
		/* Part of it will be sent: a redelivery would repeat that. */
		info->why = "reply partly queued";
	}
	match_result_finish(&r);
}

/*
 * Handle one request of an enabled channel. resp must be initialized by
 * the caller (status 0, empty body); it is filled in every case.
 */
void
chanserve_handle(const struct chanserve_deps *d,
    const struct channel_ops *ops, const struct channel_req *req,
    struct channel_resp *resp, struct chanserve_info *info)
{
	struct channel_msg m;
	char err[BOT_ERR_LEN];

	memset(&m, 0, sizeof(m));
	memset(info, 0, sizeof(*info));
	if (ops->verify(d->conf, req, err) != 0) {
		log_msg(LOG_WARN, "%s: request refused: %s", ops->name, err);
		chanserve_error(resp, 401, "signature check failed");
		info->why = "bad signature";
		return;
	}
	if (ops->parse(d->conf, req, &m, resp, err) != 0) {
		log_msg(LOG_WARN, "%s: bad request: %s", ops->name, err);
		chanserve_error(resp, 400, "malformed request");
		info->why = "malformed";
	} else if (m.kind == CHANNEL_HANDSHAKE) {
		info->kind = "handshake";
	} else if (m.kind == CHANNEL_IGNORE || m.text == NULL) {
		resp->status = resp->status != 0 ? resp->status : 200;
		info->kind = "ignored";
	} else if (m.event_id[0] != '\0' && !dedup_first(d->dedup, ops->name,
	    m.event_id, req->now)) {
		resp->status = 200;
		info->kind = "duplicate";
	} else {
		chanserve_message(d, ops, req, &m, resp, info);
	}
	channel_msg_finish(&m);
}

/* The outbox's send-time lookup of a job's URL and headers. */
static int
chanserve_prepare(void *arg, const char *channel, const char *path,
    const char *body, size_t len, char **url, struct curl_slist **headers)
{
	const struct conf *c = arg;
	const struct channel_ops *ops;

	if (strcmp(channel, ALERT_CHANNEL) == 0)
		return alert_prepare(c, path, body, len, url, headers);
	ops = channel_by_name(channel);
	if (ops == NULL || ops->prepare == NULL)
		return -1;
	return ops->prepare(c, path, body, len, url, headers);
}

/* The outbox's reading of a platform's "wait this long" answer. */
static double
chanserve_retry_after(void *arg, const char *channel, long status,
    const char *body, size_t len)
{
	const struct channel_ops *ops = channel_by_name(channel);

	(void)arg;
	if (ops == NULL || ops->retry_after == NULL)
		return -1;
	return ops->retry_after(status, body, len);
}

/* The outbox_auth that resolves channel jobs with this config. */
void
chanserve_outbox_auth(const struct conf *c, struct outbox_auth *auth)
{
	auth->prepare = chanserve_prepare;
	auth->retry_after = chanserve_retry_after;
	auth->arg = (void *)c;
}
