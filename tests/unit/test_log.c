/*
 * Unit tests of log.c: every line is one valid JSON object, levels filter
 * before anything is written, message text appears only when log_text is
 * on (escaped and cut), conversation ids appear only as salted hashes, and
 * lines from many threads never interleave.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <cjson/cJSON.h>

#include "log.h"

struct capture {
	FILE	*fp;
	char	*data;
	size_t	 len;
};

/* Send the log to a memory stream with a known salt. */
static int
setup(void **state)
{
	struct capture *c = calloc(1, sizeof(*c));

	c->fp = open_memstream(&c->data, &c->len);
	if (c->fp == NULL)
		return -1;
	log_init(LOG_INFO, c->fp, "salt-one", 8);
	*state = c;
	return 0;
}

/* Put the log back on stderr and free the capture. */
static int
teardown(void **state)
{
	struct capture *c = *state;

	log_init(LOG_INFO, NULL, NULL, 0);
	fclose(c->fp);
	free(c->data);
	free(c);
	return 0;
}

/* Everything written so far (borrowed until the next log call). */
static const char *
captured(struct capture *c)
{
	fflush(c->fp);
	return c->data != NULL ? c->data : "";
}

/* Count the lines written so far. */
static size_t
line_count(struct capture *c)
{
	size_t n = 0;

	for (const char *p = captured(c); *p != '\0'; p++)
		n += *p == '\n';
	return n;
}

/* Parse the only line written so far; the caller frees with cJSON_Delete. */
static cJSON *
only_line(struct capture *c)
{
	const char *s = captured(c);
	const char *nl = strchr(s, '\n');
	cJSON *o;

	assert_non_null(nl);
	assert_int_equal(nl[1], '\0');
	o = cJSON_ParseWithLength(s, (size_t)(nl - s));
	assert_non_null(o);
	assert_true(cJSON_IsObject(o));
	return o;
}

/* Parse the last line written; the caller frees with cJSON_Delete. */
static cJSON *
last_line(struct capture *c)
{
	const char *s = captured(c), *end = s + strlen(s), *start;
	cJSON *o;

	assert_true(end > s && end[-1] == '\n');
	for (start = end - 1; start > s && start[-1] != '\n'; start--)
		;
	o = cJSON_ParseWithLength(start, (size_t)(end - 1 - start));
	assert_non_null(o);
	return o;
}

/* A string field of an object, or NULL. */
static const char *
field(const cJSON *o, const char *name)
{
	return cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(o, name));
}

/* A message is one JSON line with time, level and msg. */
static void
test_msg_line(void **state)
{
	struct capture *c = *state;
	const char *t;
	cJSON *o;

	log_msg(LOG_INFO, "loaded %d entries from %s", 42, "kb \"main\"");
	o = only_line(c);
	assert_string_equal(field(o, "level"), "info");
	assert_string_equal(field(o, "msg"),
	    "loaded 42 entries from kb \"main\"");
	t = field(o, "time");
	assert_non_null(t);
	/* 2026-11-28T03:40:00.123Z */
	assert_int_equal(strlen(t), 24);
	assert_int_equal(t[4], '-');
	assert_int_equal(t[10], 'T');
	assert_int_equal(t[19], '.');
	assert_int_equal(t[23], 'Z');
	assert_int_equal(cJSON_GetArraySize(o), 3);
	cJSON_Delete(o);
}

/* Lines below the level are not written at all. */
static void
test_level_filter(void **state)
{
	struct capture *c = *state;
	cJSON *o;

	log_msg(LOG_DEBUG, "hidden %d", 1);
	assert_int_equal(line_count(c), 0);
	log_set_level(LOG_WARN);
	log_msg(LOG_INFO, "hidden %d", 2);
	log_request(&(struct log_request){ .route = "/", .status = 200 });
	assert_int_equal(line_count(c), 0);
	log_warnx("shown %d", 3);
	o = only_line(c);
	assert_string_equal(field(o, "level"), "warn");
	assert_string_equal(field(o, "msg"), "shown 3");
	cJSON_Delete(o);
	log_set_level(LOG_DEBUG);
	log_msg(LOG_DEBUG, "now shown");
	assert_int_equal(line_count(c), 2);
	assert_non_null(strstr(captured(c), "\"level\":\"debug\""));
}

/* log_warn adds the errno text and leaves errno as it was. */
static void
test_warn_errno(void **state)
{
	struct capture *c = *state;
	cJSON *o;

	errno = ENOENT;
	log_warn("open %s", "/etc/faqbot.conf");
	assert_int_equal(errno, ENOENT);
	o = only_line(c);
	assert_string_equal(field(o, "msg"),
	    "open /etc/faqbot.conf: No such file or directory");
	cJSON_Delete(o);
	errno = ENOENT;
	log_warnx("no errno here");
	assert_null(strstr(captured(c), "no errno here:"));
}

/* Level names parse in any case; unknown names are refused. */
static void
test_parse_level(void **state)
{
	enum log_level l = LOG_INFO;

	(void)state;
	assert_true(log_parse_level("debug", &l));
	assert_int_equal(l, LOG_DEBUG);
	assert_true(log_parse_level("WARN", &l));
	assert_int_equal(l, LOG_WARN);
	assert_true(log_parse_level("warning", &l));
	assert_int_equal(l, LOG_WARN);
	assert_true(log_parse_level("Info", &l));
	assert_int_equal(l, LOG_INFO);
	assert_false(log_parse_level("verbose", &l));
	assert_false(log_parse_level("", &l));
	assert_int_equal(l, LOG_INFO);
	assert_string_equal(log_level_name(LOG_WARN), "warn");
}

/* A request line has its fields, a hashed conversation and no text. */
static void
test_request_no_text(void **state)
{
	struct capture *c = *state;
	struct log_request r = {
		.route = "/v1/chat", .status = 200, .latency_ms = 12.34567,
		.kind = "answer", .entry = "cost-session",
		.conversation = "conv-1",
		.text = "I am on sertraline, call me at 555-010-0142",
		.log_text = false,
	};
	cJSON *o;

	log_request(&r);
	o = only_line(c);
	assert_string_equal(field(o, "level"), "info");
	assert_string_equal(field(o, "event"), "request");
	assert_string_equal(field(o, "route"), "/v1/chat");
	assert_int_equal(cJSON_GetObjectItem(o, "status")->valueint, 200);
	assert_float_equal(cJSON_GetObjectItem(o, "latency_ms")->valuedouble,
	    12.346, 1e-9);
	assert_string_equal(field(o, "kind"), "answer");
	assert_string_equal(field(o, "id"), "cost-session");
	assert_string_equal(field(o, "conv"), "67adc3c7bb28c25e");
	assert_null(cJSON_GetObjectItem(o, "text"));
	assert_null(strstr(captured(c), "sertraline"));
	assert_null(strstr(captured(c), "0142"));
	assert_null(strstr(captured(c), "conv-1"));
	cJSON_Delete(o);
}

/* Missing optional fields are left out rather than written empty. */
static void
test_request_minimal(void **state)
{
	struct capture *c = *state;
	cJSON *o;

	log_request(&(struct log_request){ .route = "other", .status = 404,
	    .text = "secret", .log_text = false });
	o = only_line(c);
	assert_string_equal(field(o, "route"), "other");
	assert_null(cJSON_GetObjectItem(o, "kind"));
	assert_null(cJSON_GetObjectItem(o, "id"));
	assert_null(cJSON_GetObjectItem(o, "conv"));
	assert_null(cJSON_GetObjectItem(o, "text"));
	cJSON_Delete(o);
}

/* With log_text the text is written escaped, and cut to 200 characters. */
static void
test_request_text(void **state)
{
	struct capture *c = *state;
	char longtext[601];
	const char *t;
	cJSON *o;

	log_request(&(struct log_request){ .route = "/v1/chat", .status = 200,
	    .text = "line one\n\"quoted\" \\ tab\t\xc3\xa9t\xc3\xa9",
	    .log_text = true });
	o = only_line(c);
	assert_string_equal(field(o, "text"),
	    "line one\n\"quoted\" \\ tab\t\xc3\xa9t\xc3\xa9");
	cJSON_Delete(o);
	/* The raw newline never reaches the stream: one line only. */
	assert_int_equal(line_count(c), 1);

	/* 300 two-byte characters: cut after 200 of them, plus "…". */
	for (int i = 0; i < 300; i++)
		memcpy(longtext + 2 * i, "\xc3\xa9", 2);
	longtext[600] = '\0';
	log_request(&(struct log_request){ .route = "/v1/chat", .status = 200,
	    .text = longtext, .log_text = true });
	assert_int_equal(line_count(c), 2);
	o = last_line(c);
	t = field(o, "text");
	assert_int_equal(strlen(t), 200 * 2 + 3);
	assert_memory_equal(t, longtext, 400);
	assert_string_equal(t + 400, "\xe2\x80\xa6");
	cJSON_Delete(o);
}

/* Invalid UTF-8 is replaced, so every line stays valid JSON text. */
static void
test_invalid_utf8(void **state)
{
	struct capture *c = *state;
	cJSON *o;

	log_msg(LOG_INFO, "bad %s end", "\xff\xc3");
	o = only_line(c);
	assert_string_equal(field(o, "msg"),
	    "bad \xef\xbf\xbd\xef\xbf\xbd end");
	cJSON_Delete(o);
}

/* The hash is stable for one salt, differs across salts and ids. */
static void
test_hash(void **state)
{
	char a[LOG_HASH_LEN], b[LOG_HASH_LEN], d[LOG_HASH_LEN];

	(void)state;
	log_conv_hash("conv-1", a);
	log_conv_hash("conv-1", b);
	assert_string_equal(a, b);
	assert_string_equal(a, "67adc3c7bb28c25e");	/* python hmac */
	log_conv_hash("conv-2", d);
	assert_string_not_equal(a, d);
	log_init(LOG_INFO, NULL, "salt-two", 8);
	log_conv_hash("conv-1", b);
	assert_string_equal(b, "fb4c11ed24766e97");
	assert_string_not_equal(a, b);
	log_conv_hash(NULL, d);
	assert_string_equal(d, "");
}

/* Without a salt a random one is used: stable, but not the bare hash. */
static void
test_hash_random_salt(void **state)
{
	char a[LOG_HASH_LEN], b[LOG_HASH_LEN];

	(void)state;
	log_init(LOG_INFO, NULL, NULL, 0);
	log_conv_hash("conv-1", a);
	log_conv_hash("conv-1", b);
	assert_string_equal(a, b);
	assert_int_equal(strlen(a), 16);
	assert_string_not_equal(a, "67adc3c7bb28c25e");
}

#define THREADS	8
#define LINES	500

/* Log many lines, each carrying a long message. */
static void *
log_thread(void *arg)
{
	int id = (int)(intptr_t)arg;

	for (int i = 0; i < LINES; i++)
		log_msg(LOG_INFO, "thread %d line %d %0200d", id, i, 0);
	return NULL;
}

/* Lines written by many threads at once never interleave. */
static void
test_threads(void **state)
{
	struct capture *c = *state;
	pthread_t t[THREADS];
	const char *p, *nl;
	size_t n = 0;

	for (int i = 0; i < THREADS; i++)
		pthread_create(&t[i], NULL, log_thread, (void *)(intptr_t)i);
	for (int i = 0; i < THREADS; i++)
		pthread_join(t[i], NULL);
	for (p = captured(c); *p != '\0'; p = nl + 1) {
		cJSON *o;

		nl = strchr(p, '\n');
		assert_non_null(nl);
		o = cJSON_ParseWithLength(p, (size_t)(nl - p));
		assert_non_null(o);
		assert_non_null(strstr(field(o, "msg"), " line "));
		cJSON_Delete(o);
		n++;
	}
	assert_int_equal(n, THREADS * LINES);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_msg_line, setup, teardown),
		cmocka_unit_test_setup_teardown(test_level_filter, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_warn_errno, setup,
		    teardown),
		cmocka_unit_test(test_parse_level),
		cmocka_unit_test_setup_teardown(test_request_no_text, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_request_minimal, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_request_text, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_invalid_utf8, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_hash, setup, teardown),
		cmocka_unit_test_setup_teardown(test_hash_random_salt, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_threads, setup, teardown),
	};

	return cmocka_run_group_tests_name("log", tests, NULL, NULL);
}
