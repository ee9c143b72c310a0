/*
 * The durable outbox: one file per job (outbox_store.c), delivered by one
 * sender thread that owns a libcurl multi handle.
 *
 * Jobs with the same rate_key (one chat) are kept in one FIFO in file-name
 * order and sent one at a time, at least per_chat_interval apart; the head
 * of a FIFO waiting for its retry holds back that chat only.
 */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <curl/curl.h>

#include "buf.h"
#include "log.h"
#include "outbox.h"
#include "outbox_impl.h"
#include "xmalloc.h"

/* Connections to one host at most. */
#define OUTBOX_HOST_CONN_MAX	4
/* Bytes of a response body kept (for the platform's retry_after). */
#define OUTBOX_RESP_MAX		(64 * 1024)
/* Longest sleep of the sender between two looks at the queue. */
#define OUTBOX_WAIT_MAX_MS	1000
/* Longest wait a platform may ask for, in seconds. */
#define OUTBOX_RETRY_MAX_S	86400.0
/* How often the sender thread prunes dead/ by default (ms). */
#define OUTBOX_PRUNE_EVERY_MS	(3600 * 1000L)

/* How one attempt ended. */
enum outbox_outcome {
	OUTBOX_SENT,		/* 2xx: remove the job */
	OUTBOX_RETRY,		/* 429, 5xx, transport error: try later */
	OUTBOX_PERMANENT,	/* any other status: dead-letter now */
};

/* Milliseconds on a clock: CLOCK_REALTIME for persisted times. */
long long
outbox__clock_ms(clockid_t clock)
{
	struct timespec ts;

	clock_gettime(clock, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* The length of path up to its query string, for logs. */
static int
outbox_path_len(const char *path)
{
	return (int)strcspn(path, "?#");
}

/* FNV-1a of a rate key, to pick its bucket. */
static size_t
outbox_chat_bucket(const char *key)
{
	uint32_t h = 2166136261u;

	for (; *key != '\0'; key++) {
		h ^= (unsigned char)*key;
		h *= 16777619u;
	}
	return h & (OUTBOX_CHAT_BUCKETS - 1);
}

/* The chat of key, created when missing. Lock held. */
static struct outbox_chat *
outbox_chat_get(struct outbox *ob, const char *key)
{
	size_t b = outbox_chat_bucket(key);
	struct outbox_chat *c;

	for (c = ob->chats[b]; c != NULL; c = c->hnext) {
		if (strcmp(c->key, key) == 0)
			return c;
	}
	c = xcalloc(1, sizeof(*c));
	c->key = xstrdup(key);
	c->last_mono = INT64_MIN / 2;
	c->hnext = ob->chats[b];
	ob->chats[b] = c;
	return c;
}

/* Free c if it has no job left and nothing in flight. Lock held. */
static void
outbox_chat_reap(struct outbox *ob, struct outbox_chat *c)
{
	struct outbox_chat **pp = &ob->chats[outbox_chat_bucket(c->key)];

	if (c->head != NULL || c->busy)
		return;
	while (*pp != c)
		pp = &(*pp)->hnext;
	*pp = c->hnext;
	free(c->key);
	free(c);
}

/* Append it to its chat's FIFO. Lock held. */
void
outbox__chat_push(struct outbox *ob, struct outbox_item *it)
{
	struct outbox_chat *c = outbox_chat_get(ob, it->rate_key);

	it->chat = c;
	it->next = NULL;
	if (c->tail != NULL)
		c->tail->next = it;
	else
		c->head = it;
	c->tail = it;
}

/* Take it out of its chat's FIFO, wherever it is. Lock held. */
static void
outbox_chat_remove(struct outbox *ob, struct outbox_item *it)
{
	struct outbox_chat *c = it->chat;
	struct outbox_item **pp = &c->head, *prev = NULL;

	while (*pp != it) {
		prev = *pp;
		pp = &(*pp)->next;
	}
	*pp = it->next;
	if (c->tail == it)
		c->tail = prev;
	it->next = NULL;
	outbox_chat_reap(ob, c);
}

/* A queued copy of job's fields; the body pointer is borrowed. */
static struct outbox_item *
outbox_item_new(const struct outbox_job *job)
{
	struct outbox_item *it = xcalloc(1, sizeof(*it));

	it->channel = xstrdup(job->channel);
	it->rate_key = xstrdup(job->rate_key[0] != '\0' ? job->rate_key :
	    job->channel);
	it->path = xstrdup(job->path);
	it->content_type = xstrdup(job->content_type != NULL ?
	    job->content_type : "application/json");
	it->body = job->body;
	it->body_len = job->body_len;
	return it;
}

/* Free a job; accepts NULL. */
void
outbox__item_free(struct outbox_item *it)
{
	if (it == NULL)
		return;
	free(it->channel);
	free(it->rate_key);
	free(it->path);
	free(it->content_type);
	free(it->body);
	free(it);
}

/*
 * Queue a job: its fields are copied and, on success, its body taken (the
 * job's body becomes NULL). Returns 0 once the job's file is in queue/ and
 * fsynced; -1 with err when the job is invalid (a newline in a field, a
 * body over 1 MiB), the outbox is closing, or the file could not be
 * written; the job then still owns its body. Safe from any thread, but
 * never after outbox_close has returned.
 */
int
outbox_enqueue(struct outbox *ob, struct outbox_job *job,
    char err[BOT_ERR_LEN])
{
	struct outbox_item *it;
	int rc;

	if (outbox__job_check(job, err) == -1)
		return -1;
	it = outbox_item_new(job);
	pthread_mutex_lock(&ob->lock);
	if (ob->closing) {
		pthread_mutex_unlock(&ob->lock);
		snprintf(err, BOT_ERR_LEN, "outbox is closing");
		it->body = NULL;
		outbox__item_free(it);
		return -1;
	}
	outbox__name(ob, it->name);
	it->next_ms = outbox__clock_ms(CLOCK_REALTIME);
	outbox__chat_push(ob, it);
	ob->pending++;
	ob->writers++;
	pthread_mutex_unlock(&ob->lock);

	rc = outbox__write(ob, it, ob->queue_fd, NULL, err);

	pthread_mutex_lock(&ob->lock);
	if (rc == -1) {
		outbox_chat_remove(ob, it);
		ob->pending--;
	} else {
		it->ready = true;
		if (!ob->closing)
			curl_multi_wakeup(ob->multi);
	}
	if (--ob->writers == 0)
		pthread_cond_broadcast(&ob->idle);
	pthread_mutex_unlock(&ob->lock);
	if (rc == -1) {
		it->body = NULL;
		outbox__item_free(it);
		return -1;
	}
	job->body = NULL;
	job->body_len = 0;
	return 0;
}

/* Free a job's body, if it still owns one; accepts NULL. */
void
outbox_job_finish(struct outbox_job *job)
{
	if (job == NULL)
		return;
	free(job->body);
	job->body = NULL;
	job->body_len = 0;
}

/* Jobs not yet delivered nor given up on (queued or in flight). */
size_t
outbox_pending(struct outbox *ob)
{
	size_t n;

	pthread_mutex_lock(&ob->lock);
	n = ob->pending;
	pthread_mutex_unlock(&ob->lock);
	return n;
}

/*
 * Jobs in dead/: those there at open (or at the last prune) plus those
 * given up on since.
 */
size_t
outbox_dead(struct outbox *ob)
{
	size_t n;

	pthread_mutex_lock(&ob->lock);
	n = ob->dead;
	pthread_mutex_unlock(&ob->lock);
	return n;
}

/* ----------------------------------------------------------------------
 * The sender thread.
 */

/* A curl write callback: keep the first OUTBOX_RESP_MAX bytes. */
static size_t
outbox_on_data(char *p, size_t size, size_t nmemb, void *arg)
{
	struct outbox_xfer *x = arg;
	size_t n = size * nmemb, room = OUTBOX_RESP_MAX - x->resp.len;

	buf_append(&x->resp, p, n < room ? n : room);
	return n;
}

/* Seconds before the next try after attempts failures, with jitter. */
static double
outbox_backoff(const struct outbox *ob, int attempts)
{
	double d = ob->opts.backoff_initial * ldexp(1.0,
	    attempts > 60 ? 60 : attempts - 1);
	double jitter = 0.5 + (double)arc4random() / 4294967296.0;

	if (d > ob->opts.backoff_max)
		d = ob->opts.backoff_max;
	return d * jitter;
}

/* Pop the in-flight head it from its chat and free it. */
static void
outbox_drop(struct outbox *ob, struct outbox_item *it, bool dead)
{
	pthread_mutex_lock(&ob->lock);
	it->chat->busy = false;
	outbox_chat_remove(ob, it);
	ob->pending--;
	if (dead)
		ob->dead++;
	pthread_mutex_unlock(&ob->lock);
	outbox__item_free(it);
}

/* Delivered: remove the file, then the job. */
static void
outbox_sent(struct outbox *ob, struct outbox_item *it, long status)
{
	if (unlinkat(ob->queue_fd, it->name, 0) == -1 ||
	    fsync(ob->queue_fd) == -1)
		log_warn("outbox: remove %s/queue/%s", ob->dir, it->name);
	log_msg(LOG_DEBUG, "outbox: %s %.*s: delivered (HTTP %ld) after %d "
	    "failed attempts", it->channel, outbox_path_len(it->path),
	    it->path, status, it->attempts);
	outbox_drop(ob, it, false);
}

/* Given up: write the job with why into dead/, remove it from queue/. */
static void
outbox_bury(struct outbox *ob, struct outbox_item *it, const char *why)
{
	char err[BOT_ERR_LEN];

	log_warnx("outbox: %s %.*s: %s (attempt %d of %d); moved to dead/%s",
	    it->channel, outbox_path_len(it->path), it->path, why,
	    it->attempts, ob->opts.max_attempts, it->name);
	if (outbox__write(ob, it, ob->dead_fd, why, err) == -1)
		log_warnx("outbox: %s", err);
	else if (unlinkat(ob->queue_fd, it->name, 0) == -1 ||
	    fsync(ob->queue_fd) == -1)
		log_warn("outbox: remove %s/queue/%s", ob->dir, it->name);
	outbox_drop(ob, it, true);
}

/*
 * A failed attempt that may be retried: count it, bury the job after the
 * last attempt, otherwise schedule the next one wait seconds from now (at
 * least the backoff) and rewrite the job's file.
 */
static void
outbox_retry(struct outbox *ob, struct outbox_item *it, const char *why,
    double wait)
{
	char err[BOT_ERR_LEN];
	double backoff;

	it->attempts++;
	if (it->attempts >= ob->opts.max_attempts) {
		outbox_bury(ob, it, why);
		return;
	}
	backoff = outbox_backoff(ob, it->attempts);
	if (wait < backoff)
		wait = backoff;
	if (wait > OUTBOX_RETRY_MAX_S)
		wait = OUTBOX_RETRY_MAX_S;
	it->next_ms = outbox__clock_ms(CLOCK_REALTIME) + llround(wait * 1000);
	log_msg(LOG_INFO, "outbox: %s %.*s: %s; attempt %d of %d, next in "
	    "%.1f s", it->channel, outbox_path_len(it->path), it->path, why,
	    it->attempts, ob->opts.max_attempts, wait);
	if (outbox__write(ob, it, ob->queue_fd, NULL, err) == -1)
		log_warnx("outbox: %s", err);
	pthread_mutex_lock(&ob->lock);
	it->chat->busy = false;
	pthread_mutex_unlock(&ob->lock);
}

/* Sort an HTTP status into an outcome. */
static enum outbox_outcome
outbox_classify(long status)
{
	if (status >= 200 && status < 300)
		return OUTBOX_SENT;
	if (status == 429 || status == 408 || status >= 500 || status < 100)
		return OUTBOX_RETRY;
	return OUTBOX_PERMANENT;
}

/*
 * The seconds a failed response asks us to wait: the larger of the
 * Retry-After header and the channel's reading of the body, or -1.
 */
static double
outbox_asked_wait(struct outbox *ob, struct outbox_xfer *x, long status)
{
	curl_off_t header = -1;
	double wait = -1, body;

	if (curl_easy_getinfo(x->easy, CURLINFO_RETRY_AFTER, &header) ==
	    CURLE_OK && header > 0)
		wait = (double)header;
	if (ob->auth.retry_after != NULL) {
		body = ob->auth.retry_after(ob->auth.arg, x->item->channel,
		    status, x->resp.data != NULL ? x->resp.data : "",
		    x->resp.len);
		if (body > wait)
			wait = body;
	}
	return wait;
}

/* Detach a finished transfer from x and the multi handle. */
static struct outbox_item *
outbox_xfer_release(struct outbox *ob, struct outbox_xfer *x)
{
	struct outbox_item *it = x->item;

	curl_multi_remove_handle(ob->multi, x->easy);
	curl_slist_free_all(x->headers);
	x->headers = NULL;
	x->item = NULL;
	buf_reset(&x->resp);
	ob->inflight--;
	return it;
}

/* Settle a transfer that ended with rc: delivered, retried or buried. */
static void
outbox_done(struct outbox *ob, struct outbox_xfer *x, CURLcode rc)
{
	long status = 0;
	char why[CURL_ERROR_SIZE + 32];
	double wait = -1;
	enum outbox_outcome outcome = OUTBOX_RETRY;
	struct outbox_item *it;

	if (rc == CURLE_OK) {
		curl_easy_getinfo(x->easy, CURLINFO_RESPONSE_CODE, &status);
		outcome = outbox_classify(status);
		snprintf(why, sizeof(why), "HTTP %ld", status);
		/*
		 * Some platforms throttle with a 4xx (WhatsApp's 130429 comes
		 * as a 400): when the channel reads a wait out of the body,
		 * it is a retry, not a permanent failure.
		 */
		if (outcome != OUTBOX_SENT)
			wait = outbox_asked_wait(ob, x, status);
		if (outcome == OUTBOX_PERMANENT && wait >= 0)
			outcome = OUTBOX_RETRY;
	} else
		snprintf(why, sizeof(why), "%s", x->errbuf[0] != '\0' ?
		    x->errbuf : curl_easy_strerror(rc));
	it = outbox_xfer_release(ob, x);
	if (outcome == OUTBOX_SENT)
		outbox_sent(ob, it, status);
	else if (outcome == OUTBOX_PERMANENT) {
		it->attempts++;
		outbox_bury(ob, it, why);
	}
	else
		outbox_retry(ob, it, why, wait);
}

/* Append a header line to the list; out of memory is fatal. */
static struct curl_slist *
outbox_header_add(struct curl_slist *list, const char *line)
{
	struct curl_slist *l = curl_slist_append(list, line);

	if (l == NULL)
		xoom("curl_slist_append");
	return l;
}

/* Set up x's easy handle for a POST of it to url. */
static void
outbox_easy_setup(struct outbox *ob, struct outbox_xfer *x,
    const struct outbox_item *it, const char *url)
{
	CURL *e = x->easy;
	long connect_ms = ob->opts.timeout_ms < 5000 ? ob->opts.timeout_ms :
	    5000;

	curl_easy_reset(e);
	x->errbuf[0] = '\0';
	curl_easy_setopt(e, CURLOPT_URL, url);
	curl_easy_setopt(e, CURLOPT_PRIVATE, x);
	curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(e, CURLOPT_USERAGENT, "faqbot/" FAQBOT_VERSION);
	curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE,
	    (curl_off_t)it->body_len);
	curl_easy_setopt(e, CURLOPT_COPYPOSTFIELDS,
	    it->body != NULL ? it->body : "");
	curl_easy_setopt(e, CURLOPT_HTTPHEADER, x->headers);
	curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, ob->opts.timeout_ms);
	curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, connect_ms);
	curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, outbox_on_data);
	curl_easy_setopt(e, CURLOPT_WRITEDATA, x);
	curl_easy_setopt(e, CURLOPT_ERRORBUFFER, x->errbuf);
}

/*
 * Start sending it on a free transfer slot. The channel builds the URL and
 * auth headers now; when it cannot, the attempt fails like a transport
 * error.
 */
static void
outbox_start(struct outbox *ob, struct outbox_item *it)
{
	struct outbox_xfer *x = ob->xfers;
	struct curl_slist *headers = NULL;
	char *url = NULL, *ct;

	while (x->item != NULL)
		x++;
	if (ob->auth.prepare(ob->auth.arg, it->channel, it->path, it->body,
	    it->body_len, &url, &headers) == -1 || url == NULL) {
		curl_slist_free_all(headers);
		free(url);
		outbox_retry(ob, it, "the channel cannot build the request",
		    -1);
		return;
	}
	xasprintf(&ct, "Content-Type: %s", it->content_type);
	headers = outbox_header_add(headers, ct);
	headers = outbox_header_add(headers, "Expect:");
	free(ct);
	x->headers = headers;
	x->item = it;
	outbox_easy_setup(ob, x, it, url);
	free(url);
	ob->inflight++;
	if (curl_multi_add_handle(ob->multi, x->easy) != CURLM_OK) {
		outbox_xfer_release(ob, x);
		outbox_retry(ob, it, "curl_multi_add_handle failed", -1);
	}
}

/*
 * Under the lock: mark busy and return (in out, at most room) the chats'
 * heads that are due, and set *wait_ms to the time until the next one not
 * taken is due. Buckets are scanned from a rotating start, for fairness.
 */
static size_t
outbox_pick(struct outbox *ob, struct outbox_item **out, size_t room,
    int *wait_ms)
{
	long long now = outbox__clock_ms(CLOCK_REALTIME);
	long long mono = outbox__clock_ms(CLOCK_MONOTONIC);
	long long gap = llround(ob->opts.per_chat_interval * 1000), due;
	long long wait = OUTBOX_WAIT_MAX_MS;
	size_t n = 0;

	for (size_t i = 0; i < OUTBOX_CHAT_BUCKETS; i++) {
		size_t b = (ob->scan + i) & (OUTBOX_CHAT_BUCKETS - 1);

		for (struct outbox_chat *c = ob->chats[b]; c != NULL;
		    c = c->hnext) {
			if (c->busy || c->head == NULL || !c->head->ready)
				continue;
			due = c->head->next_ms - now;
			if (c->last_mono + gap - mono > due)
				due = c->last_mono + gap - mono;
			if (due <= 0 && n < room) {
				c->busy = true;
				c->last_mono = mono;
				out[n++] = c->head;
			} else if (due > 0 && due < wait)
				wait = due;
		}
	}
	ob->scan = (ob->scan + 1) & (OUTBOX_CHAT_BUCKETS - 1);
	*wait_ms = (int)wait;
	return n;
}

/* Settle every finished transfer; returns how many there were. */
static int
outbox_reap(struct outbox *ob)
{
	struct outbox_xfer *x;
	CURLMsg *msg;
	CURLcode rc;
	int left, n = 0;

	while ((msg = curl_multi_info_read(ob->multi, &left)) != NULL) {
		if (msg->msg != CURLMSG_DONE)
			continue;
		rc = msg->data.result;
		x = NULL;
		curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &x);
		if (x == NULL)
			continue;
		outbox_done(ob, x, rc);
		n++;
	}
	return n;
}

/*
 * At the drain deadline: detach the transfers still in flight. Their jobs
 * stay in queue/ and are sent after the next start.
 */
static void
outbox_abandon(struct outbox *ob)
{
	for (size_t i = 0; i < OUTBOX_INFLIGHT_MAX; i++) {
		struct outbox_xfer *x = &ob->xfers[i];
		struct outbox_item *it = x->item;

		if (it == NULL)
			continue;
		log_msg(LOG_INFO, "outbox: %s %.*s: still in flight at "
		    "shutdown; kept for the next start", it->channel,
		    outbox_path_len(it->path), it->path);
		outbox_xfer_release(ob, x);
	}
}

/* Prune dead/ when prune_interval_ms has passed since the last time. */
static void
outbox_maybe_prune(struct outbox *ob)
{
	long every = ob->opts.prune_interval_ms > 0 ?
	    ob->opts.prune_interval_ms : OUTBOX_PRUNE_EVERY_MS;
	long long mono = outbox__clock_ms(CLOCK_MONOTONIC);

	if (mono - ob->pruned_mono < every)
		return;
	ob->pruned_mono = mono;
	outbox__prune_dead(ob, time(NULL));
}

/*
 * One round of the sender: decide whether to stop, start the due jobs
 * (none once closing), run curl, settle what finished and wait for
 * sockets, a timer, the next due job or a wakeup. False when done.
 */
static bool
outbox_round(struct outbox *ob)
{
	struct outbox_item *start[OUTBOX_INFLIGHT_MAX];
	size_t n = 0;
	int wait_ms = OUTBOX_WAIT_MAX_MS, running;
	long long left;

	outbox_maybe_prune(ob);
	pthread_mutex_lock(&ob->lock);
	if (ob->closing) {
		left = ob->deadline_mono - outbox__clock_ms(CLOCK_MONOTONIC);
		if (ob->inflight == 0 || left <= 0) {
			pthread_mutex_unlock(&ob->lock);
			return false;
		}
		if (left < wait_ms)
			wait_ms = (int)left;
	} else
		n = outbox_pick(ob, start, OUTBOX_INFLIGHT_MAX - ob->inflight,
		    &wait_ms);
	pthread_mutex_unlock(&ob->lock);
	for (size_t i = 0; i < n; i++)
		outbox_start(ob, start[i]);
	curl_multi_perform(ob->multi, &running);
	if (outbox_reap(ob) > 0 || n > 0)
		return true;
	curl_multi_poll(ob->multi, NULL, 0, wait_ms, NULL);
	return true;
}

/* The sender thread's body. */
static void *
outbox_main(void *arg)
{
	struct outbox *ob = arg;

	while (outbox_round(ob))
		continue;
	outbox_abandon(ob);
	return NULL;
}

/* ----------------------------------------------------------------------
 * Opening and closing.
 */

/* Check the options. 0, or -1 with err. */
static int
outbox_opts_check(const struct outbox_opts *o, char err[BOT_ERR_LEN])
{
	if (o->dir == NULL || o->dir[0] == '\0' || o->max_attempts < 1 ||
	    !(o->backoff_initial >= 0) || !(o->backoff_max >= 0) ||
	    !(o->per_chat_interval >= 0) || o->per_chat_interval > 3600 ||
	    o->timeout_ms < 1 || o->dead_retention_days < 0 ||
	    o->prune_interval_ms < 0) {
		snprintf(err, BOT_ERR_LEN, "outbox: invalid options");
		return -1;
	}
	return 0;
}

/* Make the multi handle and the easy handles. 0, or -1 with err. */
static int
outbox_curl_init(struct outbox *ob, char err[BOT_ERR_LEN])
{
	ob->multi = curl_multi_init();
	if (ob->multi == NULL) {
		snprintf(err, BOT_ERR_LEN, "curl_multi_init failed");
		return -1;
	}
	curl_multi_setopt(ob->multi, CURLMOPT_MAX_HOST_CONNECTIONS,
	    (long)OUTBOX_HOST_CONN_MAX);
	curl_multi_setopt(ob->multi, CURLMOPT_MAX_TOTAL_CONNECTIONS,
	    (long)OUTBOX_INFLIGHT_MAX);
	for (size_t i = 0; i < OUTBOX_INFLIGHT_MAX; i++) {
		ob->xfers[i].easy = curl_easy_init();
		if (ob->xfers[i].easy == NULL) {
			snprintf(err, BOT_ERR_LEN, "curl_easy_init failed");
			return -1;
		}
		buf_init(&ob->xfers[i].resp, OUTBOX_RESP_MAX);
	}
	return 0;
}

/*
 * Open the outbox in opts->dir (created 0700, with tmp/, queue/ and dead/;
 * locked against a second process), load the jobs a previous run left and
 * start the sender thread, which starts sending them at once. opts and
 * auth are copied; auth->arg must outlive the outbox, and auth->prepare
 * (required) and auth->retry_after (optional) are called on the sender
 * thread. prepare's *url is freed with free, its headers with
 * curl_slist_free_all; it must not add a Content-Type. The process must
 * have called curl_global_init, and should block its signals first (the
 * thread inherits the mask). Returns the outbox, which the caller closes
 * with outbox_close, or NULL with err.
 */
struct outbox *
outbox_open(const struct outbox_opts *opts, const struct outbox_auth *auth,
    char err[BOT_ERR_LEN])
{
	struct outbox *ob;

	if (outbox_opts_check(opts, err) == -1)
		return NULL;
	if (auth == NULL || auth->prepare == NULL) {
		snprintf(err, BOT_ERR_LEN, "outbox: no prepare callback");
		return NULL;
	}
	ob = xcalloc(1, sizeof(*ob));
	pthread_mutex_init(&ob->lock, NULL);
	pthread_cond_init(&ob->idle, NULL);
	ob->opts = *opts;
	ob->auth = *auth;
	ob->dir = xstrdup(opts->dir);
	ob->opts.dir = ob->dir;
	ob->lock_fd = ob->tmp_fd = ob->queue_fd = ob->dead_fd = -1;
	if (outbox__dirs(ob, err) == -1 || outbox__load(ob, err) == -1 ||
	    outbox_curl_init(ob, err) == -1)
		goto fail;
	if ((errno = pthread_create(&ob->thread, NULL, outbox_main, ob)) != 0) {
		snprintf(err, BOT_ERR_LEN, "outbox: pthread_create: %s",
		    strerror(errno));
		goto fail;
	}
	ob->started = true;
	return ob;
fail:
	outbox_close(ob, 0);
	return NULL;
}

/* Close fd unless it is -1. */
static void
outbox_close_fd(int fd)
{
	if (fd != -1)
		close(fd);
}

/* Free every job and chat left in memory (their files stay). */
static void
outbox_free_chats(struct outbox *ob)
{
	for (size_t b = 0; b < OUTBOX_CHAT_BUCKETS; b++) {
		struct outbox_chat *c = ob->chats[b], *cnext;

		for (; c != NULL; c = cnext) {
			struct outbox_item *it = c->head, *inext;

			for (; it != NULL; it = inext) {
				inext = it->next;
				outbox__item_free(it);
			}
			cnext = c->hnext;
			free(c->key);
			free(c);
		}
	}
}

/*
 * Stop taking jobs, let the transfers in flight finish for up to
 * drain_seconds (no new one starts), then stop the sender and free
 * everything. Jobs not delivered stay in queue/ for the next open.
 * Accepts NULL. No outbox_enqueue may start once this has been called.
 */
void
outbox_close(struct outbox *ob, int drain_seconds)
{
	if (ob == NULL)
		return;
	pthread_mutex_lock(&ob->lock);
	ob->closing = true;
	ob->deadline_mono = outbox__clock_ms(CLOCK_MONOTONIC) +
	    (long long)(drain_seconds > 0 ? drain_seconds : 0) * 1000;
	while (ob->writers > 0)
		pthread_cond_wait(&ob->idle, &ob->lock);
	pthread_mutex_unlock(&ob->lock);
	if (ob->started) {
		curl_multi_wakeup(ob->multi);
		pthread_join(ob->thread, NULL);
	}
	for (size_t i = 0; i < OUTBOX_INFLIGHT_MAX; i++) {
		if (ob->xfers[i].easy != NULL)
			curl_easy_cleanup(ob->xfers[i].easy);
		buf_finish(&ob->xfers[i].resp);
	}
	if (ob->multi != NULL)
		curl_multi_cleanup(ob->multi);
	outbox_free_chats(ob);
	if (ob->started && ob->pending > 0)
		log_msg(LOG_INFO, "outbox: %zu jobs kept in %s/queue for the "
		    "next start", ob->pending, ob->dir);
	outbox_close_fd(ob->tmp_fd);
	outbox_close_fd(ob->queue_fd);
	outbox_close_fd(ob->dead_fd);
	outbox_close_fd(ob->lock_fd);
	pthread_cond_destroy(&ob->idle);
	pthread_mutex_destroy(&ob->lock);
	free(ob->dir);
	free(ob);
}
