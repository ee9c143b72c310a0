/*
 * Building staff alerts. Only the minimum necessary goes out: the kind of
 * alert, the channel, the conversation (so staff can reach the person) and
 * the time; the patient's words only when the clinic turned that on for a
 * staff channel approved for health information.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>
#include <curl/curl.h>

#include "alert.h"
#include "buf.h"
#include "conf.h"
#include "jsonout.h"
#include "kb.h"
#include "log.h"
#include "outbox.h"
#include "sig.h"
#include "xmalloc.h"

struct alerts {
	const struct conf	*conf;
	struct outbox		*outbox;
	char			 format[16];
	bool			 include_text;
	bool			 possible_risk;
};

/* Alerts for this config, sent through outbox; off without alerts.url. */
struct alerts *
alert_new(const struct conf *c, struct outbox *ob)
{
	struct alerts *a;

	if (c == NULL || ob == NULL || conf_str(c, "alerts", "url")[0] == '\0')
		return NULL;
	a = xcalloc(1, sizeof(*a));
	a->conf = c;
	a->outbox = ob;
	snprintf(a->format, sizeof(a->format), "%s",
	    conf_str(c, "alerts", "format"));
	a->include_text = conf_bool(c, "alerts", "include_text");
	a->possible_risk = conf_bool(c, "alerts", "possible_risk");
	return a;
}

/* Free; accepts NULL. */
void
alert_free(struct alerts *a)
{
	free(a);
}

bool
alert_enabled(const struct alerts *a)
{
	return a != NULL;
}

/* True for the answer to "I want a person". */
static bool
alert_handoff(const struct match_result *r)
{
	return r->entry != NULL && r->kind != MATCH_FALLBACK &&
	    strcmp(kb_entry_id(r->entry), "human-handoff") == 0;
}

/*
 * True for a crisis reply, the answer to "I want a person", and, when the
 * clinic asked for them, a reply that carries the 988 note because of
 * words near danger. a may be NULL (alerts off).
 */
bool
alert_needed(const struct alerts *a, const struct match_result *r)
{
	if (r->kind == MATCH_CRISIS || alert_handoff(r))
		return true;
	return a != NULL && a->possible_risk && r->risk;
}

/* The alert's words, the same for every format. */
static void
alert_words(const struct alerts *a, const char *channel, const char *conv,
    const struct match_result *r, const char *text, time_t now,
    struct buf *b)
{
	char when[32];
	struct tm tm;

	gmtime_r(&now, &tm);
	strftime(when, sizeof(when), "%Y-%m-%d %H:%M UTC", &tm);
	if (r->kind == MATCH_CRISIS)
		buf_printf(b, "faqbot: CRISIS message (tier %c) on %s, "
		    "conversation %s, at %s. The patient was given emergency "
		    "numbers; please follow up.", r->tier != 0 ? r->tier : 'A',
		    channel, conv, when);
	else if (alert_handoff(r))
		buf_printf(b, "faqbot: a patient asked to talk to a person on "
		    "%s, conversation %s, at %s.", channel, conv, when);
	else
		buf_printf(b, "faqbot: possible risk on %s, conversation %s, "
		    "at %s: words near danger, not read as a crisis. The reply "
		    "carried the 988 note; please review.", channel, conv,
		    when);
	if (a->include_text && text != NULL)
		buf_printf(b, "\nTheir message: %.1000s", text);
}

/* The JSON body the staff channel's webhook expects. */
static char *
alert_body(const struct alerts *a, const char *words, const char *channel,
    const char *conv, const struct match_result *r, time_t now)
{
	cJSON *o = cJSON_CreateObject();

	if (strcmp(a->format, "discord") == 0) {
		cJSON *am = cJSON_CreateObject();

		cJSON_AddStringToObject(o, "content", words);
		cJSON_AddItemToObject(am, "parse", cJSON_CreateArray());
		cJSON_AddItemToObject(o, "allowed_mentions", am);
	} else if (strcmp(a->format, "generic") == 0) {
		cJSON_AddStringToObject(o, "event", r->kind == MATCH_CRISIS ?
		    "crisis" : alert_handoff(r) ? "handoff" : "possible-risk");
		cJSON_AddStringToObject(o, "channel", channel);
		cJSON_AddStringToObject(o, "conversation", conv);
		cJSON_AddNumberToObject(o, "time", (double)now);
		cJSON_AddStringToObject(o, "text", words);
	} else {
		cJSON_AddStringToObject(o, "text", words);
	}
	return jsonout_print(o);
}

/*
 * Queue an alert about this answer (call when alert_needed). True when it
 * is safely in the outbox. Never logs the message text.
 */
bool
alert_send(struct alerts *a, const char *channel, const char *conversation,
    const struct match_result *r, const char *text, time_t now)
{
	struct outbox_job job;
	char err[BOT_ERR_LEN];
	struct buf words;

	if (a == NULL)
		return false;
	memset(&job, 0, sizeof(job));
	buf_init(&words, 0);
	alert_words(a, channel, conversation, r, text, now, &words);
	snprintf(job.channel, sizeof(job.channel), "%s", ALERT_CHANNEL);
	snprintf(job.rate_key, sizeof(job.rate_key), "%s", ALERT_CHANNEL);
	job.content_type = "application/json";
	job.body = alert_body(a, buf_str(&words), channel, conversation, r,
	    now);
	job.body_len = strlen(job.body);
	buf_finish(&words);
	if (outbox_enqueue(a->outbox, &job, err) != 0) {
		log_msg(LOG_WARN, "staff alert not queued: %s", err);
		outbox_job_finish(&job);
		return false;
	}
	return true;
}

/*
 * Tell the patient honestly that staff were told, and when they look. Not
 * for a possible-risk alert: its reply is an ordinary answer.
 */
void
alert_tell_patient(const struct kb *kb, struct match_result *r)
{
	struct buf b;

	if (r->kind != MATCH_CRISIS && !alert_handoff(r))
		return;
	buf_init(&b, 0);
	buf_puts(&b, r->answer != NULL ? r->answer : "");
	buf_puts(&b, "\n\n");
	buf_puts(&b, kb_text(kb, KB_TEXT_ALERTED));
	free(r->answer);
	r->answer = buf_steal(&b);
}

/* The outbox's send-time lookup for alert jobs: the webhook URL. */
int
alert_prepare(const struct conf *c, const char *path, const char *body,
    size_t len, char **url, struct curl_slist **headers)
{
	const char *u = conf_str(c, "alerts", "url");
	const char *key = conf_str(c, "alerts", "secret");
	char value[SIG_SHA256_VALUE_SIZE], line[SIG_SHA256_VALUE_SIZE + 32];

	(void)path;
	if (u[0] == '\0')
		return -1;
	*url = xstrdup(u);
	/* A generic receiver checks alerts like faqbot checks requests. */
	if (key[0] == '\0' || body == NULL ||
	    strcmp(conf_str(c, "alerts", "format"), "generic") != 0)
		return 0;
	if (sig_sha256_value(key, body, len, value) != 0)
		return -1;
	snprintf(line, sizeof(line), "X-Faqbot-Signature: %s", value);
	*headers = curl_slist_append(*headers, line);
	return *headers != NULL ? 0 : -1;
}
