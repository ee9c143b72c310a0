/*
 * Server metrics in the Prometheus text exposition format (version 0.0.4).
 * Counters are plain 64-bit integers updated with relaxed __atomic adds:
 * request threads never take a lock, and a scrape reads each number on
 * its own (a scrape racing a request may see the request counted in one
 * series and not yet in another, which Prometheus tolerates). Request
 * series are a fixed table of known routes by known statuses, so nothing
 * a client sends can create new series. Only the knowledge version, a
 * string changed on reload, sits behind a mutex.
 */
#include <inttypes.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "metrics.h"
#include "text.h"
#include "xmalloc.h"

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* The routes with their own series; anything else counts as "other". */
static const char *metrics_routes[] = {
	"/", "/widget.js", "/chat.css", "/v1/chat", "/v1/greeting",
	"/healthz", "/metrics", "other",
};
#define METRICS_NROUTES		NELEM(metrics_routes)

/* The statuses with their own series; the last slot is "other". */
static const int metrics_statuses[] = {
	200, 204, 400, 401, 404, 405, 413, 429, 500, 503,
};
#define METRICS_NSTATUS		(NELEM(metrics_statuses) + 1)

/* Answer kinds, as named by match_kind_name. */
static const char *metrics_kinds[] = {
	"answer", "smalltalk", "fallback", "crisis",
};
#define METRICS_NKINDS		NELEM(metrics_kinds)
#define METRICS_FALLBACK	2
#define METRICS_CRISIS		3

/* Histogram upper bounds in nanoseconds, and as written in le="...". */
static const uint64_t metrics_bounds_ns[] = {
	500000, 1000000, 2500000, 5000000, 10000000, 25000000, 50000000,
	100000000, 250000000, 500000000, 1000000000,
};
static const char *metrics_bounds[] = {
	"0.0005", "0.001", "0.0025", "0.005", "0.01", "0.025", "0.05", "0.1",
	"0.25", "0.5", "1",
};
#define METRICS_NBUCKETS	(NELEM(metrics_bounds_ns) + 1)

/* Longest knowledge version shown, in bytes. */
#define METRICS_VERSION_MAX	128

struct metrics {
	uint64_t	 requests[METRICS_NROUTES][METRICS_NSTATUS];
	uint64_t	 answers[METRICS_NKINDS];
	uint64_t	 risk_notes;
	uint64_t	 buckets[METRICS_NBUCKETS];	/* not cumulative */
	uint64_t	 sum_ns;
	uint64_t	 reloads;
	uint64_t	 reload_failures;
	uint64_t	 last_reload_ok;
	uint64_t	 kb_entries;
	pthread_mutex_t	 lock;				/* guards version */
	char		*version;
};

/* Add n to a counter from any thread. */
static void
metrics_inc(uint64_t *p, uint64_t n)
{
	__atomic_fetch_add(p, n, __ATOMIC_RELAXED);
}

/* Read a counter written by other threads. */
static uint64_t
metrics_get(const uint64_t *p)
{
	return __atomic_load_n(p, __ATOMIC_RELAXED);
}

/*
 * A new set of metrics, all zero except faqbot_last_reload_ok, which starts
 * at 1 because the server only starts after a good load. Caller frees with
 * metrics_free; never fails.
 */
struct metrics *
metrics_new(void)
{
	struct metrics *m = xcalloc(1, sizeof(*m));

	pthread_mutex_init(&m->lock, NULL);
	m->last_reload_ok = 1;
	return m;
}

/* Free the metrics; NULL is fine. No thread may be updating them. */
void
metrics_free(struct metrics *m)
{
	if (m == NULL)
		return;
	pthread_mutex_destroy(&m->lock);
	free(m->version);
	free(m);
}

/* The index of a route in the table; unknown routes are "other". */
static size_t
metrics_route_index(const char *route)
{
	for (size_t i = 0; route != NULL && i < METRICS_NROUTES - 1; i++)
		if (strcmp(route, metrics_routes[i]) == 0)
			return i;
	return METRICS_NROUTES - 1;
}

/* The index of a status in the table; unknown statuses are "other". */
static size_t
metrics_status_index(int status)
{
	for (size_t i = 0; i < NELEM(metrics_statuses); i++)
		if (status == metrics_statuses[i])
			return i;
	return METRICS_NSTATUS - 1;
}

/*
 * Count a finished request and its duration. Negative or NaN durations
 * count as 0; a NULL m does nothing.
 */
void
metrics_request(struct metrics *m, const char *route, int status,
    double seconds)
{
	uint64_t ns = 0;
	size_t b = 0;

	if (m == NULL)
		return;
	if (seconds > 1e9)
		seconds = 1e9;
	if (seconds > 0)
		ns = (uint64_t)llround(seconds * 1e9);
	while (b < NELEM(metrics_bounds_ns) && ns > metrics_bounds_ns[b])
		b++;
	metrics_inc(&m->requests[metrics_route_index(route)]
	    [metrics_status_index(status)], 1);
	metrics_inc(&m->buckets[b], 1);
	metrics_inc(&m->sum_ns, ns);
}

/* Count a chat reply of a kind; unknown kinds and a NULL m are ignored. */
void
metrics_answer(struct metrics *m, const char *kind)
{
	if (m == NULL || kind == NULL)
		return;
	for (size_t i = 0; i < METRICS_NKINDS; i++)
		if (strcmp(kind, metrics_kinds[i]) == 0)
			metrics_inc(&m->answers[i], 1);
}

/*
 * Count a reply that carried the 988 note because of words near danger
 * that no crisis rule fired on: how often the second net is used.
 */
void
metrics_risk_note(struct metrics *m)
{
	if (m != NULL)
		metrics_inc(&m->risk_notes, 1);
}

/* Count a reload attempt, and a failure when !ok. */
void
metrics_reload(struct metrics *m, bool ok)
{
	if (m == NULL)
		return;
	metrics_inc(&m->reloads, 1);
	if (!ok)
		metrics_inc(&m->reload_failures, 1);
	__atomic_store_n(&m->last_reload_ok, ok ? 1 : 0, __ATOMIC_RELAXED);
}

/* Describe the knowledge in service; version is copied (NULL for none). */
void
metrics_set_kb(struct metrics *m, size_t entries, const char *version)
{
	char *v = NULL;

	if (m == NULL)
		return;
	if (version != NULL)
		v = xstrndup(version, text_cut_utf8(version, strlen(version),
		    METRICS_VERSION_MAX));
	__atomic_store_n(&m->kb_entries, (uint64_t)entries, __ATOMIC_RELAXED);
	pthread_mutex_lock(&m->lock);
	free(m->version);
	m->version = v;
	pthread_mutex_unlock(&m->lock);
}

/* Write the # HELP and # TYPE lines of a family. */
static void
metrics_family(struct buf *b, const char *name, const char *type,
    const char *help)
{
	buf_printf(b, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

/* Append a label value escaped as the exposition format wants. */
static void
metrics_label(struct buf *b, const char *s)
{
	for (; *s != '\0'; s++) {
		if (*s == '\\' || *s == '"')
			buf_putc(b, '\\');
		if (*s == '\n')
			buf_puts(b, "\\n");
		else
			buf_putc(b, *s);
	}
}

/* faqbot_requests_total, one series per route and status seen. */
static void
metrics_render_requests(const struct metrics *m, struct buf *b)
{
	metrics_family(b, "faqbot_requests_total", "counter",
	    "HTTP requests answered, by route and status.");
	for (size_t r = 0; r < METRICS_NROUTES; r++) {
		for (size_t s = 0; s < METRICS_NSTATUS; s++) {
			uint64_t n = metrics_get(&m->requests[r][s]);

			if (n == 0)
				continue;
			buf_printf(b, "faqbot_requests_total{route=\"%s\","
			    "status=\"", metrics_routes[r]);
			if (s < NELEM(metrics_statuses))
				buf_printf(b, "%d", metrics_statuses[s]);
			else
				buf_puts(b, "other");
			buf_printf(b, "\"} %" PRIu64 "\n", n);
		}
	}
}

/* Write nanoseconds as seconds, exactly, without trailing zeros. */
static void
metrics_seconds(struct buf *b, uint64_t ns)
{
	char frac[16];
	int n;

	n = snprintf(frac, sizeof(frac), "%09" PRIu64, ns % 1000000000);
	while (n > 0 && frac[n - 1] == '0')
		frac[--n] = '\0';
	buf_printf(b, "%" PRIu64 "%s%s", ns / 1000000000, n > 0 ? "." : "",
	    frac);
}

/* faqbot_request_duration_seconds: cumulative buckets, sum and count. */
static void
metrics_render_duration(const struct metrics *m, struct buf *b)
{
	uint64_t total = 0;

	metrics_family(b, "faqbot_request_duration_seconds", "histogram",
	    "Time taken to answer an HTTP request.");
	for (size_t i = 0; i < METRICS_NBUCKETS; i++) {
		total += metrics_get(&m->buckets[i]);
		buf_printf(b, "faqbot_request_duration_seconds_bucket"
		    "{le=\"%s\"} %" PRIu64 "\n", i < NELEM(metrics_bounds) ?
		    metrics_bounds[i] : "+Inf", total);
	}
	buf_puts(b, "faqbot_request_duration_seconds_sum ");
	metrics_seconds(b, metrics_get(&m->sum_ns));
	buf_printf(b, "\nfaqbot_request_duration_seconds_count %" PRIu64 "\n",
	    total);
}

/* faqbot_answers_total by kind, and the fallback and crisis totals. */
static void
metrics_render_answers(const struct metrics *m, struct buf *b)
{
	metrics_family(b, "faqbot_answers_total", "counter",
	    "Chat replies, by kind.");
	for (size_t i = 0; i < METRICS_NKINDS; i++)
		buf_printf(b, "faqbot_answers_total{kind=\"%s\"} %" PRIu64 "\n",
		    metrics_kinds[i], metrics_get(&m->answers[i]));
	metrics_family(b, "faqbot_fallbacks_total", "counter",
	    "Questions the bot could not answer.");
	buf_printf(b, "faqbot_fallbacks_total %" PRIu64 "\n",
	    metrics_get(&m->answers[METRICS_FALLBACK]));
	metrics_family(b, "faqbot_crisis_total", "counter",
	    "Messages answered with crisis resources.");
	buf_printf(b, "faqbot_crisis_total %" PRIu64 "\n",
	    metrics_get(&m->answers[METRICS_CRISIS]));
	metrics_family(b, "faqbot_risk_notes_total", "counter",
	    "Replies given the 988 note for words near danger, not a crisis.");
	buf_printf(b, "faqbot_risk_notes_total %" PRIu64 "\n",
	    metrics_get(&m->risk_notes));
}

/* The knowledge gauges, and the reload counters. */
static void
metrics_render_kb(const struct metrics *m, struct buf *b)
{
	metrics_family(b, "faqbot_knowledge_entries", "gauge",
	    "Entries in the knowledge in service.");
	buf_printf(b, "faqbot_knowledge_entries %" PRIu64 "\n",
	    metrics_get(&m->kb_entries));
	metrics_family(b, "faqbot_knowledge_info", "gauge",
	    "Version of the knowledge in service.");
	/* The lock only guards the version string; render is read-only. */
	pthread_mutex_lock((pthread_mutex_t *)&m->lock);
	if (m->version != NULL) {
		buf_puts(b, "faqbot_knowledge_info{version=\"");
		metrics_label(b, m->version);
		buf_puts(b, "\"} 1\n");
	}
	pthread_mutex_unlock((pthread_mutex_t *)&m->lock);
	metrics_family(b, "faqbot_reloads_total", "counter",
	    "Knowledge and configuration reloads attempted.");
	buf_printf(b, "faqbot_reloads_total %" PRIu64 "\n",
	    metrics_get(&m->reloads));
	metrics_family(b, "faqbot_reload_failures_total", "counter",
	    "Reloads that failed and kept the previous knowledge.");
	buf_printf(b, "faqbot_reload_failures_total %" PRIu64 "\n",
	    metrics_get(&m->reload_failures));
	metrics_family(b, "faqbot_last_reload_ok", "gauge",
	    "1 when the last reload (or the startup load) succeeded.");
	buf_printf(b, "faqbot_last_reload_ok %" PRIu64 "\n",
	    metrics_get(&m->last_reload_ok));
}

/*
 * Append every metric to b in the text format. b should have no cap (or a
 * generous one): a refused append leaves b->toobig set.
 */
void
metrics_render(const struct metrics *m, struct buf *b)
{
	metrics_render_requests(m, b);
	metrics_render_duration(m, b);
	metrics_render_answers(m, b);
	metrics_render_kb(m, b);
}
