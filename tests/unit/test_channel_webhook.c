/*
 * Unit tests of the generic signed webhook (bot/channel_webhook.c):
 * X-Faqbot-Signature over GitHub's official sha256 vector (the same
 * construction) and over requests signed here, with tampering, another
 * secret and broken headers; the request's fields and their limits; which
 * callback URLs are refused; the answer as `faqbot ask --json` writes it;
 * the callback job and its send-time URL.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cmocka.h>
#include <cjson/cJSON.h>
#include <curl/curl.h>

#include "channel.h"
#include "conf.h"
#include "form.h"
#include "jsonout.h"
#include "outbox.h"
#include "sig.h"
#include "testutil.h"
#include "xmalloc.h"

extern const struct channel_ops channel_webhook;

#define SECRET	"whsec-2f9c4a1e7b"

static const char *const wh_env[] = {
	"FAQBOT_WEBHOOK_SECRET=" SECRET,
	NULL,
};

/* GitHub's "Validating webhook deliveries" example. */
static const char *const gh_env[] = {
	"FAQBOT_WEBHOOK_SECRET=It's a Secret to Everybody",
	NULL,
};
#define GH_BODY	"Hello, World!"
#define GH_SIG	"sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4" \
	"379c8b043e17"

static const char full_fixture[] =
    "{\"conversation\":\"portal-7731\",\"text\":\"How long does an "
    "infusion take?\",\"id\":\"msg-0001\",\"callback_url\":"
    "\"https://portal.clinic.example/faqbot/answers?k=Zx81\"}";

/* A POST of body with X-Faqbot-Signature sig (NULL: none). */
static struct channel_req
req_make(struct fake *f, const char *body, const char *sig)
{
	return fake_post(f, "/v1/webhook", body, 1700000000,
	    "X-Faqbot-Signature", sig);
}

/* "sha256=" and the hex HMAC of body under key, into f->sig. */
static const char *
sign(struct fake *f, const char *key, const char *body)
{
	unsigned char mac[SIG_SHA256_LEN];
	char hex[SIG_HEX_SIZE(SIG_SHA256_LEN)];

	assert_int_equal(sig_hmac_sha256(key, strlen(key), body, strlen(body),
	    mac), 0);
	sig_hex(mac, sizeof(mac), hex);
	snprintf(f->sig, sizeof(f->sig), "sha256=%s", hex);
	return f->sig;
}

/* verify body with sig under config env. */
static int
verify(const char *const *env, const char *body, const char *sig,
    char err[BOT_ERR_LEN])
{
	struct fake f;
	struct channel_req r = req_make(&f, body, sig);

	return verify_env(&channel_webhook, env, &r, err);
}

/* On with the secret, off without. */
static void
test_enabled(void **state)
{
	(void)state;
	assert_enabled_by(&channel_webhook, wh_env);
	assert_string_equal(channel_webhook.path, "/v1/webhook");
	assert_string_equal(channel_webhook.section, "webhook");
}

/* GitHub's vector and a request signed here pass; the rest fails. */
static void
test_verify(void **state)
{
	const char *other[] = { "FAQBOT_WEBHOOK_SECRET=" SECRET "x", NULL };
	char err[BOT_ERR_LEN];
	struct fake f;

	(void)state;
	assert_int_equal(verify(gh_env, GH_BODY, GH_SIG, err), 0);
	assert_int_equal(verify(gh_env, "Hello, World?", GH_SIG, err), -1);
	assert_string_equal(err, "X-Faqbot-Signature does not match the body");
	assert_int_equal(verify(wh_env, full_fixture, sign(&f, SECRET,
	    full_fixture), err), 0);
	assert_int_equal(verify(other, full_fixture, f.sig, err), -1);
	assert_null(strstr(err, SECRET));
	assert_int_equal(verify(wh_env, full_fixture, NULL, err), -1);
	assert_string_equal(err, "missing X-Faqbot-Signature header");
	/* The bare hex, another prefix, a digest one byte short. */
	assert_int_equal(verify(wh_env, full_fixture, f.sig + 7, err), -1);
	assert_string_equal(err, "malformed X-Faqbot-Signature header");
	assert_int_equal(verify(gh_env, GH_BODY, "sha1=757107ea0eb2509fc21122"
	    "1cce984b8a37570b6d7586c22c46f4379c8b043e17", err), -1);
	assert_int_equal(verify(gh_env, GH_BODY, "sha512=757107ea0eb2509fc211"
	    "221cce984b8a37570b6d7586c22c46f4379c8b043e17", err), -1);
	assert_string_equal(err, "malformed X-Faqbot-Signature header");
	assert_int_equal(verify(gh_env, GH_BODY, "sha256=757107ea0eb2509fc211"
	    "221cce984b8a37570b6d7586c22c46f4379c8b043e", err), -1);
	assert_string_equal(err, "malformed X-Faqbot-Signature header");
}

/* parse body; resp is checked to be the empty JSON 200. */
static int
parse(const char *body, struct channel_msg *m, char err[BOT_ERR_LEN])
{
	struct fake f;
	struct channel_req r = req_make(&f, body, NULL);

	return parse_env(&channel_webhook, wh_env, &r, m, err);
}

/* Every field read; the optional ones may be left out or null. */
static void
test_parse(void **state)
{
	struct channel_msg m;
	char err[BOT_ERR_LEN];

	(void)state;
	assert_int_equal(parse(full_fixture, &m, err), 0);
	assert_int_equal(m.kind, CHANNEL_MESSAGE);
	assert_string_equal(m.conversation, "webhook:portal-7731");
	assert_string_equal(m.text, "How long does an infusion take?");
	assert_string_equal(m.event_id, "msg-0001");
	assert_string_equal(m.reply_ref, "msg-0001");
	assert_string_equal(m.reply_to,
	    "https://portal.clinic.example/faqbot/answers?k=Zx81");
	channel_msg_finish(&m);
	assert_int_equal(parse("{\"conversation\":\"a\",\"text\":\"cost\","
	    "\"id\":null,\"callback_url\":null}", &m, err), 0);
	assert_string_equal(m.event_id, "");
	assert_string_equal(m.reply_to, "");
	channel_msg_finish(&m);
}

/* Parse a request whose callback_url is url; returns parse's result. */
static int
parse_callback(const char *url, char err[BOT_ERR_LEN])
{
	cJSON *o = cJSON_CreateObject();
	struct channel_msg m;
	char *body;
	int rc;

	cJSON_AddStringToObject(o, "conversation", "c");
	cJSON_AddStringToObject(o, "text", "hi");
	cJSON_AddStringToObject(o, "callback_url", url);
	body = cJSON_PrintUnformatted(o);
	rc = parse(body, &m, err);
	if (rc == 0)
		assert_string_equal(m.reply_to, url);
	channel_msg_finish(&m);
	cJSON_free(body);
	cJSON_Delete(o);
	return rc;
}

/* https anywhere; plain http to this machine only. */
static void
test_callback_urls(void **state)
{
	static const struct {
		const char *url;
		int rc;
	} v[] = {
		{ "https://portal.example/cb", 0 },
		{ "HTTPS://portal.example", 0 },
		{ "https://user:pw@portal.example:8443/cb?x=1#f", 0 },
		{ "http://127.0.0.1:8080/cb", 0 },
		{ "http://localhost/cb", 0 },
		{ "http://LOCALHOST:9", 0 },
		{ "http://[::1]:9/x", 0 },
		{ "http://[::1]", 0 },
		{ "http://portal.example/cb", -1 },
		{ "http://127.0.0.1.portal.example/", -1 },
		{ "http://localhost.portal.example", -1 },
		{ "http://localhost@portal.example/", -1 },
		{ "http://localhost:80@portal.example/", -1 },
		{ "http://127.0.0.1@portal.example:80/", -1 },
		{ "http://127.0.0.2/", -1 },
		{ "http://localhost:/", -1 },
		{ "http://localhost:8a/", -1 },
		{ "http://[::1]x/", -1 },
		{ "http:///cb", -1 },
		{ "https://", -1 },
		{ "https:///x", -1 },
		{ "ftp://portal.example/", -1 },
		{ "file:///etc/passwd", -1 },
		{ "//portal.example/cb", -1 },
		{ "https://portal.example/a b", -1 },
		{ "https://portal.example/\xc3\xa9", -1 },
	};
	char err[BOT_ERR_LEN], url[300];

	(void)state;
	for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++)
		if (parse_callback(v[i].url, err) != v[i].rc)
			fail_msg("%s: %s", v[i].url, err);
	assert_int_equal(parse_callback("ftp://x/", err), -1);
	assert_string_equal(err, "callback_url must be https://, or http:// "
	    "to 127.0.0.1 or localhost");
	/* 256 bytes fit the message's reply_to; 257 do not. */
	memset(url, 'a', sizeof(url));
	memcpy(url, "https://x/", 10);
	url[256] = '\0';
	assert_int_equal(parse_callback(url, err), 0);
	url[256] = 'a';
	url[257] = '\0';
	assert_int_equal(parse_callback(url, err), -1);
	assert_string_equal(err,
	    "callback_url must be a string of at most 256 bytes");
}

#define CONV_ERR \
	"conversation must be a string of 1 to 248 printable bytes"

/* Missing, empty, mistyped or oversized fields are errors. */
static void
test_parse_errors(void **state)
{
	static const struct {
		const char *body, *err;
	} v[] = {
		{ "{\"conversation\":", "body is not a JSON object" },
		{ "[\"c\",\"hi\"]", "body is not a JSON object" },
		{ "{\"text\":\"hi\"}", CONV_ERR },
		{ "{\"conversation\":7,\"text\":\"hi\"}", CONV_ERR },
		{ "{\"conversation\":\"a\\nb\",\"text\":\"hi\"}", CONV_ERR },
		{ "{\"conversation\":\"c\"}", "missing or empty text" },
		{ "{\"conversation\":\"c\",\"text\":\" \\n\"}",
		  "missing or empty text" },
		{ "{\"conversation\":\"c\",\"text\":\"hi\",\"id\":5}",
		  "id must be a string of 1 to 256 printable bytes" },
		{ "{\"conversation\":\"c\",\"text\":\"hi\",\"id\":\"\"}",
		  "id must be a string of 1 to 256 printable bytes" },
		{ "{\"conversation\":\"c\",\"text\":\"hi\",\"callback_url\":"
		  "true}",
		  "callback_url must be a string of at most 256 bytes" },
	};
	struct channel_msg m;
	char err[BOT_ERR_LEN], conv[260];
	char *body;

	(void)state;
	for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		assert_int_equal(parse(v[i].body, &m, err), -1);
		assert_string_equal(err, v[i].err);
		channel_msg_finish(&m);
	}
	/* 248 bytes of conversation are the most. */
	memset(conv, 'c', 248);
	conv[248] = '\0';
	xasprintf(&body, "{\"conversation\":\"%s\",\"text\":\"hi\"}", conv);
	assert_int_equal(parse(body, &m, err), 0);
	assert_int_equal(strlen(m.conversation), 256);
	channel_msg_finish(&m);
	free(body);
	xasprintf(&body, "{\"conversation\":\"%sc\",\"text\":\"hi\"}", conv);
	assert_int_equal(parse(body, &m, err), -1);
	channel_msg_finish(&m);
	free(body);
}

/* Run reply for msg; the response body is returned (caller frees). */
static char *
reply(const struct channel_msg *m, const struct match_result *res,
    struct outbox_job jobs[CHANNEL_JOBS_MAX], size_t *njobs)
{
	struct conf *c = conf_make(wh_env);
	struct channel_resp resp = { 0 };
	char *body;

	buf_init(&resp.body, 0);
	memset(jobs, 0, CHANNEL_JOBS_MAX * sizeof(*jobs));
	*njobs = channel_webhook.reply(c, m, res, &resp, jobs);
	assert_int_equal(resp.status, 200);
	assert_string_equal(resp.content_type, "application/json");
	body = buf_steal(&resp.body);
	conf_free(c);
	return body;
}

/* The answer is `faqbot ask --json`'s; a callback gets it too. */
static void
test_reply(void **state)
{
	struct channel_msg m = { .kind = CHANNEL_MESSAGE };
	struct match_result res = { .kind = MATCH_FALLBACK };
	struct outbox_job jobs[CHANNEL_JOBS_MAX];
	char *body, *want;
	cJSON *root;
	size_t n;

	(void)state;
	res.answer = (char *)"Sorry, I don't know. Call (555) 010-0142.";
	snprintf(m.conversation, sizeof(m.conversation), "webhook:portal-7731");
	want = jsonout_print(jsonout_result(&res));
	body = reply(&m, &res, jobs, &n);
	assert_string_equal(body, want);
	assert_int_equal(n, 0);
	free(body);
	snprintf(m.reply_to, sizeof(m.reply_to), "http://127.0.0.1:9/cb?k=1");
	snprintf(m.reply_ref, sizeof(m.reply_ref), "msg-0001");
	body = reply(&m, &res, jobs, &n);
	assert_string_equal(body, want);
	assert_int_equal(n, 1);
	assert_string_equal(jobs[0].channel, "webhook");
	assert_string_equal(jobs[0].path, "http://127.0.0.1:9/cb?k=1");
	assert_string_equal(jobs[0].rate_key, "webhook:portal-7731");
	assert_string_equal(jobs[0].content_type, "application/json");
	root = form_json_parse(jobs[0].body, jobs[0].body_len);
	assert_non_null(root);
	assert_string_equal(cJSON_GetStringValue(
	    cJSON_GetObjectItemCaseSensitive(root, "answer")), res.answer);
	assert_string_equal(cJSON_GetStringValue(
	    cJSON_GetObjectItemCaseSensitive(root, "kind")), "fallback");
	assert_string_equal(cJSON_GetStringValue(
	    cJSON_GetObjectItemCaseSensitive(root, "conversation")),
	    "portal-7731");
	assert_string_equal(cJSON_GetStringValue(
	    cJSON_GetObjectItemCaseSensitive(root, "request_id")), "msg-0001");
	/* "id" stays the answering entry's: none for a fallback. */
	assert_true(cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(root, "id")));
	cJSON_Delete(root);
	outbox_job_finish(&jobs[0]);
	free(body);
	free(want);
}

/* prepare: a job's path is its whole URL, checked again; no headers. */
static void
test_prepare(void **state)
{
	struct conf *c = conf_make(wh_env);
	struct curl_slist *h = (struct curl_slist *)1;
	char *url;

	(void)state;
	assert_int_equal(channel_webhook.prepare(c,
	    "https://portal.example/cb?k=1", NULL, 0, &url, &h), 0);
	assert_string_equal(url, "https://portal.example/cb?k=1");
	assert_null(h);
	free(url);
	assert_int_equal(channel_webhook.prepare(c, "http://localhost:8080/x", NULL, 0,
	    &url, &h), 0);
	free(url);
	assert_int_equal(channel_webhook.prepare(c, "http://portal.example/cb", NULL, 0,
	    &url, &h), -1);
	assert_null(url);
	assert_int_equal(channel_webhook.prepare(c, "/cb", NULL, 0, &url, &h), -1);
	assert_int_equal(channel_webhook.prepare(c, "", NULL, 0, &url, &h), -1);
	assert_null(channel_webhook.retry_after);
	conf_free(c);
}

/*
 * A callback carries X-Faqbot-Signature over its body, made like the
 * signature faqbot checks on requests (GitHub's documented vector: the
 * same HMAC-SHA256-hex construction).
 */
static void
test_prepare_signs_callback(void **state)
{
	static const char *const env[] = {
		"FAQBOT_WEBHOOK_SECRET=It's a Secret to Everybody", NULL,
	};
	struct conf *c = conf_make(env);
	struct curl_slist *h = NULL;
	char *url;

	(void)state;
	assert_int_equal(channel_webhook.prepare(c, "https://portal.example/cb",
	    "Hello, World!", 13, &url, &h), 0);
	assert_non_null(h);
	assert_string_equal(h->data, "X-Faqbot-Signature: sha256="
	    "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17");
	assert_null(h->next);
	curl_slist_free_all(h);
	free(url);
	conf_free(c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_enabled),
		cmocka_unit_test(test_verify),
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_callback_urls),
		cmocka_unit_test(test_parse_errors),
		cmocka_unit_test(test_reply),
		cmocka_unit_test(test_prepare),
		cmocka_unit_test(test_prepare_signs_callback),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
