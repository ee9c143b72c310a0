/*
 * Unit tests of Telegram long polling (bot/telegram_poll.c): when it is
 * on, getUpdates responses read into Updates (private and group chats,
 * bots, edits, stickers, malformed entries), the offset, the backoff and
 * the waits after errors, the token blanked out of logged text, the
 * polling and webhook modes building the same sendMessage jobs, and the
 * thread stopping at once, during a backoff and during a long poll.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cmocka.h>
#include <cjson/cJSON.h>
#include <curl/curl.h>

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

#define BOT_TOKEN	"123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"

/* A getUpdates answer as the Bot API gives it, with every kind of entry. */
static const char batch_fixture[] =
    "{\"ok\":true,\"result\":["
    /* 0: a private message. */
    "{\"update_id\":10000,\"message\":{\"message_id\":1365,\"from\":{\"id\":"
    "1111111,\"is_bot\":false,\"first_name\":\"Test\",\"language_code\":"
    "\"en\"},\"chat\":{\"id\":1111111,\"first_name\":\"Test\",\"type\":"
    "\"private\"},\"date\":1441645532,\"text\":\"How long does a session "
    "take?\"}},"
    /* 1: a supergroup message. */
    "{\"update_id\":10001,\"message\":{\"message_id\":52,\"from\":{\"id\":"
    "5522334455,\"is_bot\":false,\"first_name\":\"Ana\"},\"chat\":{\"id\":"
    "-1001234567890,\"title\":\"Clinic patients\",\"type\":\"supergroup\"},"
    "\"date\":1700000000,\"text\":\"Is ketamine addictive?\"}},"
    /* 2: another bot. */
    "{\"update_id\":10002,\"message\":{\"message_id\":1366,\"from\":{\"id\":"
    "777,\"is_bot\":true,\"first_name\":\"OtherBot\"},\"chat\":{\"id\":"
    "1111111,\"type\":\"private\"},\"date\":1441645533,\"text\":\"hi\"}},"
    /* 3: an edit. */
    "{\"update_id\":10003,\"edited_message\":{\"message_id\":1365,\"from\":"
    "{\"id\":1111111,\"is_bot\":false,\"first_name\":\"Test\"},\"chat\":"
    "{\"id\":1111111,\"type\":\"private\"},\"date\":1441645532,"
    "\"edit_date\":1441646600,\"text\":\"How long is a session?\"}},"
    /* 4: a sticker. */
    "{\"update_id\":10004,\"message\":{\"message_id\":1367,\"from\":{\"id\":"
    "1111111,\"is_bot\":false,\"first_name\":\"Test\"},\"chat\":{\"id\":"
    "1111111,\"type\":\"private\"},\"date\":1441645540,\"sticker\":{"
    "\"file_id\":\"CAACAgIAAxkBAAIB\",\"width\":512,\"height\":512}}},"
    /* 5: no update_id at all: left out. */
    "{\"message\":{\"message_id\":1,\"chat\":{\"id\":1},\"text\":\"x\"}},"
    /* 6: an update_id that is no integer: left out. */
    "{\"update_id\":10005.5,\"message\":{\"message_id\":2,\"chat\":{\"id\":"
    "1},\"text\":\"x\"}},"
    /* 7: a message whose chat id is a string: kept, ignored, why set. */
    "{\"update_id\":10006,\"message\":{\"message_id\":3,\"from\":{\"id\":1,"
    "\"is_bot\":false},\"chat\":{\"id\":\"1\"},\"text\":\"hello\"}},"
    /* 8: not even an object. */
    "42"
    "]}";

/* A config from FAQBOT_* assignments. */
static struct conf *
conf_make(const char *const *env)
{
	struct conf *c = conf_new();
	struct diag *d = diag_new();

	assert_int_equal(conf_apply_env(c, (char **)env, d), 0);
	diag_free(d);
	return c;
}

/* On with mode = polling and a bot token only. */
static void
test_configured(void **state)
{
	const char *poll[] = { "FAQBOT_TELEGRAM_MODE=polling",
	    "FAQBOT_TELEGRAM_BOT_TOKEN=" BOT_TOKEN, NULL };
	const char *hook[] = { "FAQBOT_TELEGRAM_BOT_TOKEN=" BOT_TOKEN,
	    "FAQBOT_TELEGRAM_SECRET_TOKEN=s", NULL };
	const char *notoken[] = { "FAQBOT_TELEGRAM_MODE=polling", NULL };
	struct conf *p = conf_make(poll), *h = conf_make(hook),
	    *n = conf_make(notoken);

	(void)state;
	assert_true(tgpoll_configured(p));
	assert_false(tgpoll_configured(h));
	assert_false(tgpoll_configured(n));
	conf_free(p);
	conf_free(h);
	conf_free(n);
}

/* Not configured: NULL, no error. Configured without an outbox: error. */
static void
test_start_refused(void **state)
{
	const char *poll[] = { "FAQBOT_TELEGRAM_MODE=polling",
	    "FAQBOT_TELEGRAM_BOT_TOKEN=" BOT_TOKEN, NULL };
	const char *hook[] = { "FAQBOT_TELEGRAM_BOT_TOKEN=" BOT_TOKEN, NULL };
	struct conf *p = conf_make(poll), *h = conf_make(hook);
	struct chanserve_deps d = { .conf = NULL };
	char err[BOT_ERR_LEN] = "junk";

	(void)state;
	d.conf = h;
	assert_null(tgpoll_start(h, &d, err));
	assert_string_equal(err, "");
	d.conf = p;
	assert_null(tgpoll_start(p, &d, err));
	assert_non_null(strstr(err, "no outbox"));
	tgpoll_stop(NULL);
	conf_free(p);
	conf_free(h);
}

/* Every entry of a batch: messages, ignored kinds, left-out entries. */
static void
test_parse_batch(void **state)
{
	struct tgpoll_update *u;
	char err[BOT_ERR_LEN];
	size_t n;

	(void)state;
	assert_int_equal(tgpoll_parse(batch_fixture, strlen(batch_fixture),
	    &u, &n, err), 0);
	assert_int_equal(n, 6);
	assert_true(u[0].id == 10000);
	assert_int_equal(u[0].msg.kind, CHANNEL_MESSAGE);
	assert_string_equal(u[0].msg.text, "How long does a session take?");
	assert_string_equal(u[0].msg.conversation, "telegram:1111111");
	assert_string_equal(u[0].msg.event_id, "10000");
	assert_string_equal(u[0].msg.reply_to, "1111111");
	assert_string_equal(u[0].msg.reply_ref, "1365");
	assert_string_equal(u[0].why, "");
	assert_true(u[1].id == 10001);
	assert_int_equal(u[1].msg.kind, CHANNEL_MESSAGE);
	assert_string_equal(u[1].msg.reply_to, "-1001234567890");
	assert_string_equal(u[1].msg.text, "Is ketamine addictive?");
	for (size_t i = 2; i <= 4; i++) {
		assert_true(u[i].id == (long long)(10000 + i));
		assert_int_equal(u[i].msg.kind, CHANNEL_IGNORE);
		assert_null(u[i].msg.text);
		assert_string_equal(u[i].why, "");
	}
	assert_true(u[5].id == 10006);
	assert_int_equal(u[5].msg.kind, CHANNEL_IGNORE);
	assert_null(u[5].msg.text);
	assert_string_equal(u[5].why, "missing or bad message.chat.id");
	tgpoll_updates_free(u, n);
	tgpoll_updates_free(NULL, 0);
}

/* An empty poll, as a long poll that timed out answers. */
static void
test_parse_empty(void **state)
{
	static const char empty[] = "{\"ok\":true,\"result\":[]}";
	struct tgpoll_update *u = (void *)1;
	char err[BOT_ERR_LEN];
	size_t n = 99;

	(void)state;
	assert_int_equal(tgpoll_parse(empty, strlen(empty), &u, &n, err), 0);
	assert_int_equal(n, 0);
	assert_null(u);
	tgpoll_updates_free(u, n);
}

/* Answers that are no getUpdates result. */
static void
test_parse_errors(void **state)
{
	static const char *const bad[] = {
		"",
		"not json",
		"{\"ok\":true,\"result\":[",
		"{\"ok\":true}",
		"{\"ok\":true,\"result\":{}}",
		"{\"result\":[]}",
		"{\"ok\":\"true\",\"result\":[]}",
		"[]",
	};
	static const char refused[] = "{\"ok\":false,\"error_code\":401,"
	    "\"description\":\"Unauthorized\"}";
	struct tgpoll_update *u;
	char err[BOT_ERR_LEN];
	size_t n;

	(void)state;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		u = (void *)1;
		n = 99;
		assert_int_equal(tgpoll_parse(bad[i], strlen(bad[i]), &u, &n,
		    err), -1);
		assert_null(u);
		assert_int_equal(n, 0);
		assert_true(err[0] != '\0');
	}
	assert_int_equal(tgpoll_parse(refused, strlen(refused), &u, &n, err),
	    -1);
	assert_non_null(strstr(err, "Unauthorized"));
}

/* The offset: last update_id + 1, never backwards. */
static void
test_offset(void **state)
{
	long long off = 0;
	static const long long ids[] = { 10000, 10001, 10005 };

	(void)state;
	for (size_t i = 0; i < 3; i++)
		off = tgpoll_offset(off, ids[i]);
	assert_true(off == 10006);
	/* A redelivered older update does not move it back. */
	assert_true(tgpoll_offset(off, 10001) == 10006);
	assert_true(tgpoll_offset(off, 10006) == 10007);
	assert_true(tgpoll_offset(0, 0) == 1);
	assert_true(tgpoll_offset(0, 9007199254740991LL) ==
	    9007199254740992LL);
}

/* Network failures: 1, 2, 4 ... 60 s, and no more. */
static void
test_backoff(void **state)
{
	static const double want[] = { 0, 1, 2, 4, 8, 16, 32, 60, 60, 60 };

	(void)state;
	for (unsigned i = 0; i < sizeof(want) / sizeof(want[0]); i++)
		assert_true(tgpoll_backoff(i) == want[i]);
	assert_true(tgpoll_backoff(1000) == 60);
	assert_true(tgpoll_backoff(~0u) == 60);
}

/* The wait after each kind of refusal. */
static void
test_retry_delay(void **state)
{
	static const char flood[] = "{\"ok\":false,\"error_code\":429,"
	    "\"description\":\"Too Many Requests: retry after 7\","
	    "\"parameters\":{\"retry_after\":7}}";
	static const char flood0[] = "{\"ok\":false,\"error_code\":429,"
	    "\"parameters\":{\"retry_after\":0}}";
	static const char flood_huge[] = "{\"ok\":false,\"error_code\":429,"
	    "\"parameters\":{\"retry_after\":86400}}";
	static const char flood_bare[] = "{\"ok\":false,\"error_code\":429}";

	(void)state;
	assert_true(tgpoll_retry_delay(401, "{}", 2, 1) == TGPOLL_TOKEN_WAIT);
	assert_true(tgpoll_retry_delay(404, "", 0, 3) == TGPOLL_TOKEN_WAIT);
	assert_true(tgpoll_retry_delay(429, flood, strlen(flood), 1) == 7);
	assert_true(tgpoll_retry_delay(429, flood0, strlen(flood0), 1) == 1);
	assert_true(tgpoll_retry_delay(429, flood_huge, strlen(flood_huge),
	    1) == 3600);
	assert_true(tgpoll_retry_delay(429, flood_bare, strlen(flood_bare),
	    3) == 4);
	assert_true(tgpoll_retry_delay(409, "{}", 2, 1) == 1);
	assert_true(tgpoll_retry_delay(500, "oops", 4, 2) == 2);
	assert_true(tgpoll_retry_delay(502, NULL, 0, 9) == 60);
	assert_true(tgpoll_retry_delay(0, NULL, 0, 4) == 8);
}

/* The token is blanked wherever it is, and only it. */
static void
test_redact(void **state)
{
	char out[BOT_ERR_LEN], small[12];

	(void)state;
	tgpoll_redact("Failed to connect to 127.0.0.1 port 9", BOT_TOKEN, out,
	    sizeof(out));
	assert_string_equal(out, "Failed to connect to 127.0.0.1 port 9");
	tgpoll_redact("GET /bot" BOT_TOKEN "/getUpdates failed: " BOT_TOKEN,
	    BOT_TOKEN, out, sizeof(out));
	assert_string_equal(out, "GET /bot<token>/getUpdates failed: <token>");
	tgpoll_redact(BOT_TOKEN, BOT_TOKEN, out, sizeof(out));
	assert_string_equal(out, "<token>");
	tgpoll_redact("abc", "", out, sizeof(out));
	assert_string_equal(out, "abc");
	tgpoll_redact("abc", NULL, out, sizeof(out));
	assert_string_equal(out, "abc");
	/* Cut short, the rest of the token never shows. */
	tgpoll_redact("0123456789" BOT_TOKEN, BOT_TOKEN, small,
	    sizeof(small));
	assert_string_equal(small, "0123456789<");
	tgpoll_redact("x" BOT_TOKEN, BOT_TOKEN, small, sizeof(small));
	assert_string_equal(small, "x<token>");
	assert_null(strstr(small, "ABC"));
}

/* Polling builds exactly the jobs the webhook builds for one Update. */
static void
test_jobs_match_webhook(void **state)
{
	const char *env[] = { "FAQBOT_TELEGRAM_BOT_TOKEN=" BOT_TOKEN, NULL };
	struct conf *c = conf_make(env);
	struct outbox_job a[CHANNEL_JOBS_MAX], b[CHANNEL_JOBS_MAX];
	struct match_result r = { .kind = MATCH_ANSWER };
	struct channel_resp resp = { 0 };
	struct tgpoll_update *u;
	char err[BOT_ERR_LEN];
	size_t n, na, nb;

	(void)state;
	assert_int_equal(tgpoll_parse(batch_fixture, strlen(batch_fixture),
	    &u, &n, err), 0);
	r.answer = xstrdup("A session takes about 40 minutes.");
	memset(a, 0, sizeof(a));
	memset(b, 0, sizeof(b));
	buf_init(&resp.body, 0);
	na = channel_telegram.reply(c, &u[1].msg, &r, &resp, a);
	nb = channel_telegram_jobs(&u[1].msg, &r, b);
	assert_int_equal(na, 1);
	assert_int_equal(nb, 1);
	assert_string_equal(a[0].channel, b[0].channel);
	assert_string_equal(a[0].rate_key, "telegram:-1001234567890");
	assert_string_equal(a[0].rate_key, b[0].rate_key);
	assert_string_equal(a[0].path, "/sendMessage");
	assert_string_equal(a[0].path, b[0].path);
	assert_string_equal(a[0].body, b[0].body);
	assert_non_null(strstr(b[0].body, "\"chat_id\":-1001234567890"));
	assert_non_null(strstr(b[0].body, "\"message_id\":52"));
	outbox_job_finish(&a[0]);
	outbox_job_finish(&b[0]);
	buf_finish(&resp.body);
	free(r.answer);
	tgpoll_updates_free(u, n);
	conf_free(c);
}

/* A poller with a real outbox and dedup in a temp dir, polling base. */
struct rig {
	char		 dir[64];
	char		 env_base[128];
	struct conf	*conf;
	struct dedup	*dedup;
	struct outbox	*outbox;
	FILE		*log;
};

/* Set up the rig for api base; the log goes to a temp file. */
static void
rig_open(struct rig *g, const char *base)
{
	const char *env[] = { "FAQBOT_TELEGRAM_MODE=polling",
	    "FAQBOT_TELEGRAM_BOT_TOKEN=" BOT_TOKEN,
	    "FAQBOT_TELEGRAM_POLL_TIMEOUT=50", g->env_base, NULL };
	struct outbox_opts o = { .max_attempts = 3, .backoff_initial = 1,
	    .backoff_max = 2, .timeout_ms = 1000 };
	struct outbox_auth auth;
	char err[BOT_ERR_LEN], path[128];

	memset(g, 0, sizeof(*g));
	snprintf(g->dir, sizeof(g->dir), "/tmp/faqbot-tgpoll-unit.XXXXXX");
	assert_non_null(mkdtemp(g->dir));
	snprintf(g->env_base, sizeof(g->env_base),
	    "FAQBOT_TELEGRAM_API_BASE=%s", base);
	g->conf = conf_make(env);
	snprintf(path, sizeof(path), "%s/dedup.log", g->dir);
	g->dedup = dedup_open(path, 86400, err);
	assert_non_null(g->dedup);
	snprintf(path, sizeof(path), "%s/outbox", g->dir);
	o.dir = path;
	chanserve_outbox_auth(g->conf, &auth);
	g->outbox = outbox_open(&o, &auth, err);
	assert_non_null(g->outbox);
	g->log = tmpfile();
	assert_non_null(g->log);
	log_init(LOG_INFO, g->log, "salt", 4);
}

/* Tear the rig down; returns the log's text (caller frees). */
static char *
rig_close(struct rig *g)
{
	char cmd[128], *text;
	long len;

	outbox_close(g->outbox, 0);
	dedup_close(g->dedup);
	conf_free(g->conf);
	log_init(LOG_WARN, NULL, "salt", 4);
	fflush(g->log);
	len = ftell(g->log);
	text = xcalloc(1, (size_t)len + 1);
	rewind(g->log);
	assert_int_equal(fread(text, 1, (size_t)len, g->log), (size_t)len);
	fclose(g->log);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", g->dir);
	assert_int_equal(system(cmd), 0);
	return text;
}

/* Monotonic milliseconds. */
static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* Start a poller on the rig; stop it after wait_ms; how long stop took. */
static double
rig_run(struct rig *g, useconds_t wait_us)
{
	struct chanserve_deps d = { .conf = g->conf, .dedup = g->dedup,
	    .outbox = g->outbox };
	struct tgpoll *p;
	char err[BOT_ERR_LEN];
	double t0;

	p = tgpoll_start(g->conf, &d, err);
	assert_non_null(p);
	usleep(wait_us);
	t0 = now_ms();
	tgpoll_stop(p);
	return now_ms() - t0;
}

/* Nothing listens: it backs off, logs without the token, stops at once. */
static void
test_stop_during_backoff(void **state)
{
	struct rig g;
	char *log;
	double ms;

	(void)state;
	/* Port 9 (discard) on loopback: nothing listens there. */
	rig_open(&g, "http://127.0.0.1:9/");
	ms = rig_run(&g, 1500 * 1000);
	log = rig_close(&g);
	assert_true(ms < 500);
	assert_non_null(strstr(log, "telegram: deleteWebhook failed"));
	assert_non_null(strstr(log, "telegram: getUpdates failed"));
	assert_non_null(strstr(log, "telegram: polling stopped"));
	assert_null(strstr(log, BOT_TOKEN));
	assert_null(strstr(log, "ABC-DEF"));
	free(log);
}

/*
 * A server that takes the connection (the kernel's backlog) and never
 * answers: the poller waits inside a request that has seconds to go
 * (deleteWebhook's own limit is 10 s) and must stop at once. The long
 * poll itself is stopped the same way; tests/telegram_poll.sh stops one.
 */
static void
test_stop_during_long_poll(void **state)
{
	struct sockaddr_in sa = { .sin_family = AF_INET };
	socklen_t salen = sizeof(sa);
	struct rig g;
	char base[64], *log;
	double ms;
	int fd;

	(void)state;
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	fd = socket(AF_INET, SOCK_STREAM, 0);
	assert_true(fd >= 0);
	assert_int_equal(bind(fd, (struct sockaddr *)&sa, sizeof(sa)), 0);
	assert_int_equal(listen(fd, 8), 0);
	assert_int_equal(getsockname(fd, (struct sockaddr *)&sa, &salen), 0);
	snprintf(base, sizeof(base), "http://127.0.0.1:%u",
	    (unsigned)ntohs(sa.sin_port));
	rig_open(&g, base);
	ms = rig_run(&g, 800 * 1000);
	log = rig_close(&g);
	close(fd);
	assert_true(ms < 500);
	/* deleteWebhook was still waiting: no failure was logged. */
	assert_null(strstr(log, "failed"));
	assert_null(strstr(log, BOT_TOKEN));
	free(log);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_configured),
		cmocka_unit_test(test_start_refused),
		cmocka_unit_test(test_parse_batch),
		cmocka_unit_test(test_parse_empty),
		cmocka_unit_test(test_parse_errors),
		cmocka_unit_test(test_offset),
		cmocka_unit_test(test_backoff),
		cmocka_unit_test(test_retry_delay),
		cmocka_unit_test(test_redact),
		cmocka_unit_test(test_jobs_match_webhook),
		cmocka_unit_test(test_stop_during_backoff),
		cmocka_unit_test(test_stop_during_long_poll),
	};
	int rc;

	curl_global_init(CURL_GLOBAL_ALL);
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	curl_global_cleanup();
	return rc;
}
