/*
 * Unit tests of metrics.c: the exposition text holds exactly the lines a
 * Prometheus scrape expects, unknown routes and statuses fold into
 * "other", histogram buckets are cumulative, and concurrent updates are
 * never lost.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "buf.h"
#include "metrics.h"

/* Render m into a fresh buffer; the caller frees with buf_finish. */
static void
render(const struct metrics *m, struct buf *b)
{
	buf_init(b, 0);
	metrics_render(m, b);
	assert_false(b->toobig);
}

/* True when text holds line as a whole line. */
static bool
has_line(const char *text, const char *line)
{
	size_t n = strlen(line);

	for (const char *p = text; (p = strstr(p, line)) != NULL; p++)
		if ((p == text || p[-1] == '\n') && p[n] == '\n')
			return true;
	return false;
}

/* Fail with the whole text when a line is missing, to ease debugging. */
static void
assert_line(const struct buf *b, const char *line)
{
	if (!has_line(buf_str(b), line))
		fail_msg("missing line '%s' in:\n%s", line, buf_str(b));
}

/* A fresh set renders every family with zeros and no request series. */
static void
test_empty(void **state)
{
	struct metrics *m = metrics_new();
	struct buf b;

	(void)state;
	render(m, &b);
	assert_line(&b, "# HELP faqbot_requests_total HTTP requests "
	    "answered, by route and status.");
	assert_line(&b, "# TYPE faqbot_requests_total counter");
	assert_null(strstr(buf_str(&b), "faqbot_requests_total{"));
	assert_line(&b, "# TYPE faqbot_request_duration_seconds histogram");
	assert_line(&b,
	    "faqbot_request_duration_seconds_bucket{le=\"+Inf\"} 0");
	assert_line(&b, "faqbot_request_duration_seconds_sum 0");
	assert_line(&b, "faqbot_request_duration_seconds_count 0");
	assert_line(&b, "faqbot_answers_total{kind=\"answer\"} 0");
	assert_line(&b, "faqbot_answers_total{kind=\"crisis\"} 0");
	assert_line(&b, "faqbot_fallbacks_total 0");
	assert_line(&b, "faqbot_crisis_total 0");
	assert_line(&b, "faqbot_risk_notes_total 0");
	assert_line(&b, "# TYPE faqbot_knowledge_entries gauge");
	assert_line(&b, "faqbot_knowledge_entries 0");
	assert_null(strstr(buf_str(&b), "faqbot_knowledge_info{"));
	assert_line(&b, "faqbot_reloads_total 0");
	assert_line(&b, "faqbot_reload_failures_total 0");
	assert_line(&b, "faqbot_last_reload_ok 1");
	buf_finish(&b);
	metrics_free(m);
	metrics_free(NULL);
}

/* Requests count by route and status; anything unknown is "other". */
static void
test_requests(void **state)
{
	struct metrics *m = metrics_new();
	struct buf b;

	(void)state;
	metrics_request(m, "/v1/chat", 200, 0.01);
	metrics_request(m, "/v1/chat", 200, 0.01);
	metrics_request(m, "/v1/chat", 429, 0.01);
	metrics_request(m, "/healthz", 200, 0.01);
	metrics_request(m, "/index.html", 200, 0.01);
	metrics_request(m, "/etc/passwd?x=\"1\"", 404, 0.01);
	metrics_request(m, NULL, 404, 0.01);
	metrics_request(m, "/metrics", 418, 0.01);
	render(m, &b);
	assert_line(&b, "faqbot_requests_total{route=\"/v1/chat\","
	    "status=\"200\"} 2");
	assert_line(&b, "faqbot_requests_total{route=\"/v1/chat\","
	    "status=\"429\"} 1");
	assert_line(&b, "faqbot_requests_total{route=\"/healthz\","
	    "status=\"200\"} 1");
	assert_line(&b, "faqbot_requests_total{route=\"other\","
	    "status=\"200\"} 1");
	assert_line(&b, "faqbot_requests_total{route=\"other\","
	    "status=\"404\"} 2");
	assert_line(&b, "faqbot_requests_total{route=\"/metrics\","
	    "status=\"other\"} 1");
	assert_null(strstr(buf_str(&b), "passwd"));
	assert_null(strstr(buf_str(&b), "index.html"));
	assert_null(strstr(buf_str(&b), "status=\"204\""));
	buf_finish(&b);
	metrics_free(m);
}

/* Buckets hold every request at or under their bound, cumulatively. */
static void
test_histogram(void **state)
{
	static const char *want[] = {
		"faqbot_request_duration_seconds_bucket{le=\"0.0005\"} 2",
		"faqbot_request_duration_seconds_bucket{le=\"0.001\"} 3",
		"faqbot_request_duration_seconds_bucket{le=\"0.0025\"} 3",
		"faqbot_request_duration_seconds_bucket{le=\"0.005\"} 4",
		"faqbot_request_duration_seconds_bucket{le=\"0.01\"} 4",
		"faqbot_request_duration_seconds_bucket{le=\"0.025\"} 5",
		"faqbot_request_duration_seconds_bucket{le=\"0.05\"} 5",
		"faqbot_request_duration_seconds_bucket{le=\"0.1\"} 5",
		"faqbot_request_duration_seconds_bucket{le=\"0.25\"} 5",
		"faqbot_request_duration_seconds_bucket{le=\"0.5\"} 5",
		"faqbot_request_duration_seconds_bucket{le=\"1\"} 6",
		"faqbot_request_duration_seconds_bucket{le=\"+Inf\"} 7",
		"faqbot_request_duration_seconds_sum 3.0243",
		"faqbot_request_duration_seconds_count 7",
	};
	struct metrics *m = metrics_new();
	struct buf b;
	const char *p;

	(void)state;
	metrics_request(m, "/", 200, 0.0003);
	metrics_request(m, "/", 200, -1);		/* counts as 0 */
	metrics_request(m, "/", 200, 0.001);		/* on the bound */
	metrics_request(m, "/", 200, 0.003);
	metrics_request(m, "/", 200, 0.02);
	metrics_request(m, "/", 200, 1.0);
	metrics_request(m, "/", 200, 2.0);
	render(m, &b);
	/* The lines are there, in this order, one after another. */
	p = strstr(buf_str(&b), want[0]);
	assert_non_null(p);
	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		assert_memory_equal(p, want[i], strlen(want[i]));
		p += strlen(want[i]);
		assert_int_equal(*p, '\n');
		p++;
	}
	buf_finish(&b);
	metrics_free(m);
}

/* Buckets never decrease, and +Inf equals the count. */
static void
test_histogram_cumulative(void **state)
{
	struct metrics *m = metrics_new();
	const char *key = "faqbot_request_duration_seconds_bucket{le=\"";
	unsigned long prev = 0, v = 0, count;
	struct buf b;
	const char *p;
	int buckets = 0;

	(void)state;
	for (int i = 0; i < 1000; i++)
		metrics_request(m, "/v1/chat", 200, (double)(i % 97) * 0.0123);
	render(m, &b);
	for (p = strstr(buf_str(&b), key); p != NULL;
	    p = strstr(p + 1, key)) {
		p = strchr(p, '}');
		v = strtoul(p + 2, NULL, 10);
		assert_true(v >= prev);
		prev = v;
		buckets++;
	}
	assert_int_equal(buckets, 12);
	p = strstr(buf_str(&b), "faqbot_request_duration_seconds_count ");
	count = strtoul(p + strlen("faqbot_request_duration_seconds_count "),
	    NULL, 10);
	assert_int_equal(count, 1000);
	assert_int_equal(v, count);
	buf_finish(&b);
	metrics_free(m);
}

/* Answer kinds, with fallbacks and crises also counted on their own. */
static void
test_answers(void **state)
{
	struct metrics *m = metrics_new();
	struct buf b;

	(void)state;
	metrics_answer(m, "answer");
	metrics_answer(m, "answer");
	metrics_answer(m, "smalltalk");
	metrics_answer(m, "fallback");
	metrics_answer(m, "crisis");
	metrics_answer(m, "fallback");
	metrics_answer(m, "fallback");
	metrics_answer(m, "bogus");
	metrics_answer(m, NULL);
	metrics_risk_note(m);
	metrics_risk_note(NULL);
	render(m, &b);
	assert_line(&b, "faqbot_answers_total{kind=\"answer\"} 2");
	assert_line(&b, "faqbot_answers_total{kind=\"smalltalk\"} 1");
	assert_line(&b, "faqbot_answers_total{kind=\"fallback\"} 3");
	assert_line(&b, "faqbot_answers_total{kind=\"crisis\"} 1");
	assert_line(&b, "# TYPE faqbot_fallbacks_total counter");
	assert_line(&b, "faqbot_fallbacks_total 3");
	assert_line(&b, "# TYPE faqbot_crisis_total counter");
	assert_line(&b, "faqbot_crisis_total 1");
	assert_line(&b, "# TYPE faqbot_risk_notes_total counter");
	assert_line(&b, "faqbot_risk_notes_total 1");
	assert_null(strstr(buf_str(&b), "bogus"));
	buf_finish(&b);
	metrics_free(m);
}

/* Reloads: attempts, failures and whether the last one worked. */
static void
test_reloads(void **state)
{
	struct metrics *m = metrics_new();
	struct buf b;

	(void)state;
	metrics_reload(m, false);
	render(m, &b);
	assert_line(&b, "faqbot_reloads_total 1");
	assert_line(&b, "faqbot_reload_failures_total 1");
	assert_line(&b, "faqbot_last_reload_ok 0");
	buf_finish(&b);
	metrics_reload(m, true);
	render(m, &b);
	assert_line(&b, "faqbot_reloads_total 2");
	assert_line(&b, "faqbot_reload_failures_total 1");
	assert_line(&b, "faqbot_last_reload_ok 1");
	buf_finish(&b);
	metrics_free(m);
}

/* The knowledge gauges; the version label is escaped. */
static void
test_kb(void **state)
{
	struct metrics *m = metrics_new();
	struct buf b;

	(void)state;
	metrics_set_kb(m, 42, "2026-11-01");
	metrics_set_kb(m, 57, "v2 \"beta\"\\x\nnext");
	render(m, &b);
	assert_line(&b, "faqbot_knowledge_entries 57");
	assert_line(&b, "# TYPE faqbot_knowledge_info gauge");
	assert_line(&b, "faqbot_knowledge_info{version=\"v2 \\\"beta\\\"\\\\x"
	    "\\nnext\"} 1");
	assert_null(strstr(buf_str(&b), "2026-11-01"));
	buf_finish(&b);
	metrics_set_kb(m, 0, NULL);
	render(m, &b);
	assert_null(strstr(buf_str(&b), "faqbot_knowledge_info{"));
	buf_finish(&b);
	metrics_free(m);
}

/* Every sample line belongs to a family announced by # TYPE before it. */
static void
test_families(void **state)
{
	struct metrics *m = metrics_new();
	char *text, *line, *save = NULL, family[128] = "";
	struct buf b;

	(void)state;
	metrics_request(m, "/v1/chat", 200, 0.01);
	metrics_set_kb(m, 3, "x");
	render(m, &b);
	text = buf_steal(&b);
	for (line = strtok_r(text, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save)) {
		if (strncmp(line, "# TYPE ", 7) == 0) {
			snprintf(family, sizeof(family), "%.*s",
			    (int)strcspn(line + 7, " "), line + 7);
			continue;
		}
		if (line[0] == '#')
			continue;
		assert_true(family[0] != '\0');
		assert_memory_equal(line, family, strlen(family));
	}
	free(text);
	metrics_free(m);
}

#define THREADS	4
#define ROUNDS	20000

/* Count requests and answers as fast as possible. */
static void *
count_thread(void *arg)
{
	struct metrics *m = arg;

	for (int i = 0; i < ROUNDS; i++) {
		metrics_request(m, "/v1/chat", 200, 0.002);
		metrics_answer(m, "answer");
	}
	return NULL;
}

/* Updates from several threads at once are all counted. */
static void
test_threads(void **state)
{
	struct metrics *m = metrics_new();
	pthread_t t[THREADS];
	char want[128];
	struct buf b;

	(void)state;
	for (int i = 0; i < THREADS; i++)
		pthread_create(&t[i], NULL, count_thread, m);
	for (int i = 0; i < THREADS; i++)
		pthread_join(t[i], NULL);
	render(m, &b);
	snprintf(want, sizeof(want), "faqbot_requests_total{route=\"/v1/chat\","
	    "status=\"200\"} %d", THREADS * ROUNDS);
	assert_line(&b, want);
	snprintf(want, sizeof(want), "faqbot_answers_total{kind=\"answer\"} "
	    "%d", THREADS * ROUNDS);
	assert_line(&b, want);
	snprintf(want, sizeof(want), "faqbot_request_duration_seconds_sum %d",
	    THREADS * ROUNDS * 2 / 1000);
	assert_line(&b, want);
	buf_finish(&b);
	metrics_free(m);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_requests),
		cmocka_unit_test(test_histogram),
		cmocka_unit_test(test_histogram_cumulative),
		cmocka_unit_test(test_answers),
		cmocka_unit_test(test_reloads),
		cmocka_unit_test(test_kb),
		cmocka_unit_test(test_families),
		cmocka_unit_test(test_threads),
	};

	return cmocka_run_group_tests_name("metrics", tests, NULL, NULL);
}
