/*
 * Unit tests of the WhatsApp Cloud API channel (bot/channel_whatsapp.c):
 * X-Hub-Signature-256 over notifications in Meta's real shapes, the GET
 * subscription handshake, what is ignored (statuses, pictures, another
 * number), the send jobs (JSON read back field by field, splitting), and
 * the send-time URL, headers and throttling codes.
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
#include "outbox.h"
#include "sig.h"
#include "testutil.h"
#include "xmalloc.h"

extern const struct channel_ops channel_whatsapp;

#define APP_SECRET	"test-app-secret"
#define PHONE_ID	"106540352242922"

static const char *const wa_env[] = {
	"FAQBOT_WHATSAPP_APP_SECRET=" APP_SECRET,
	"FAQBOT_WHATSAPP_VERIFY_TOKEN=meatyhamhock",
	"FAQBOT_WHATSAPP_ACCESS_TOKEN=EAAtesttoken",
	"FAQBOT_WHATSAPP_PHONE_NUMBER_ID=" PHONE_ID,
	"FAQBOT_WHATSAPP_API_BASE=http://127.0.0.1:9/v19.0/",
	NULL,
};

/* A text message notification, as Meta sends it (made-up numbers). */
static const char text_fixture[] =
    "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":"
    "\"102290129340398\",\"changes\":[{\"value\":{\"messaging_product\":"
    "\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550783881\","
    "\"phone_number_id\":\"" PHONE_ID "\"},\"contacts\":[{\"profile\":"
    "{\"name\":\"Sheena Nelson\"},\"wa_id\":\"16505551234\"}],\"messages\":"
    "[{\"from\":\"16505551234\",\"id\":\"wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQz"
    "QTRBNjU5OUFFRTAzODEwMTQ0RgA=\",\"timestamp\":\"1749416383\",\"type\":"
    "\"text\",\"text\":{\"body\":\"Does insurance cover ketamine?\"}}]},"
    "\"field\":\"messages\"}]}]}";

/* A delivery receipt for one of our messages. */
static const char status_fixture[] =
    "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":"
    "\"102290129340398\",\"changes\":[{\"value\":{\"messaging_product\":"
    "\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550783881\","
    "\"phone_number_id\":\"" PHONE_ID "\"},\"statuses\":[{\"id\":\"wamid."
    "HBgLMTY0NjcwNDM1OTUVAgARGBI1QjJGRjI1RDY0RkE4Nzg4QzcA\",\"status\":"
    "\"delivered\",\"timestamp\":\"1750263773\",\"recipient_id\":"
    "\"16505551234\",\"pricing\":{\"billable\":true,\"pricing_model\":"
    "\"PMP\",\"category\":\"service\"}}]},\"field\":\"messages\"}]}]}";

/* A picture with a caption: not text, so not answered. */
static const char image_fixture[] =
    "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\","
    "\"changes\":[{\"value\":{\"messaging_product\":\"whatsapp\","
    "\"metadata\":{\"display_phone_number\":\"15550783881\","
    "\"phone_number_id\":\"" PHONE_ID "\"},\"contacts\":[{\"profile\":"
    "{\"name\":\"Sheena Nelson\"},\"wa_id\":\"16505551234\"}],\"messages\":"
    "[{\"from\":\"16505551234\",\"id\":\"wamid.img1\",\"timestamp\":"
    "\"1749416383\",\"type\":\"image\",\"image\":{\"caption\":\"my rash\","
    "\"mime_type\":\"image/jpeg\",\"sha256\":\"abc\",\"id\":\"2754859\"}}]},"
    "\"field\":\"messages\"}]}]}";

/* A text to another number served by the same app. */
static const char other_number_fixture[] =
    "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\","
    "\"changes\":[{\"value\":{\"messaging_product\":\"whatsapp\","
    "\"metadata\":{\"display_phone_number\":\"15550000000\","
    "\"phone_number_id\":\"999999999999999\"},\"messages\":[{\"from\":"
    "\"16505551234\",\"id\":\"wamid.x\",\"timestamp\":\"1749416383\","
    "\"type\":\"text\",\"text\":{\"body\":\"hello\"}}]},\"field\":"
    "\"messages\"}]}]}";

/* A request of method with body (may be "") and f's lookups. */
static struct channel_req
req_make(struct fake *f, const char *method, const char *body)
{
	return fake_req(f, method, "/whatsapp", body, 1749416390);
}

/* "sha256=" and the hex HMAC of body under key. */
static void
sign(const char *key, const char *body, char out[80])
{
	unsigned char mac[SIG_SHA256_LEN];

	assert_int_equal(sig_hmac_sha256(key, strlen(key), body, strlen(body),
	    mac), 0);
	memcpy(out, "sha256=", 7);
	sig_hex(mac, sizeof(mac), out + 7);
}

/* verify a POST of body with header hdr (NULL: none). */
static int
verify_post(const struct conf *c, const char *body, const char *hdr,
    char err[BOT_ERR_LEN])
{
	struct fake f = { .hdr = { { "X-Hub-Signature-256", hdr } } };
	struct channel_req r = req_make(&f, "POST", body);

	if (hdr == NULL)
		f.hdr[0][0] = NULL;
	err[0] = '\0';
	return channel_whatsapp.verify(c, &r, err);
}

/* Parse a POST body; returns parse's result. */
static int
parse_post(const struct conf *c, const char *body, struct channel_msg *m,
    char err[BOT_ERR_LEN])
{
	struct fake f = { 0 };
	struct channel_req r = req_make(&f, "POST", body);

	/* Meta always gets an empty 200. */
	return parse_quiet(&channel_whatsapp, c, &r, m, err);
}

/* On only with all four settings. */
static void
test_enabled(void **state)
{
	struct conf *c = conf_make(wa_env);
	const char *partial[] = { wa_env[0], wa_env[1], wa_env[2], NULL };
	struct conf *p = conf_make(partial);

	(void)state;
	assert_true(channel_whatsapp.enabled(c));
	assert_false(channel_whatsapp.enabled(p));
	conf_free(c);
	conf_free(p);
}

/* The derived vector of protocols.md, through the channel. */
static void
test_verify_vector(void **state)
{
	struct conf *c = conf_make(wa_env);
	const char *body =
	    "{\"object\":\"whatsapp_business_account\",\"entry\":[]}";
	char err[BOT_ERR_LEN];
	struct channel_msg m;

	(void)state;
	assert_int_equal(verify_post(c, body, "sha256=c84a394cc475525991e78ff"
	    "16e430b02e47f953877d2af0ade26956ce6f384dc", err), 0);
	assert_int_equal(verify_post(c, body, "sha256=c84a394cc475525991e78ff"
	    "16e430b02e47f953877d2af0ade26956ce6f384dd", err), -1);
	assert_int_equal(parse_post(c, body, &m, err), 0);
	assert_int_equal(m.kind, CHANNEL_IGNORE);
	channel_msg_finish(&m);
	conf_free(c);
}

/* A signed text message passes and its fields come out right. */
static void
test_text_message(void **state)
{
	struct conf *c = conf_make(wa_env);
	char sig[80], err[BOT_ERR_LEN];
	struct channel_msg m;

	(void)state;
	sign(APP_SECRET, text_fixture, sig);
	assert_int_equal(verify_post(c, text_fixture, sig, err), 0);
	assert_int_equal(parse_post(c, text_fixture, &m, err), 0);
	assert_int_equal(m.kind, CHANNEL_MESSAGE);
	assert_string_equal(m.conversation, "whatsapp:16505551234");
	assert_string_equal(m.event_id, "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQz"
	    "QTRBNjU5OUFFRTAzODEwMTQ0RgA=");
	assert_string_equal(m.reply_to, "16505551234");
	assert_string_equal(m.reply_ref, m.event_id);
	assert_string_equal(m.text, "Does insurance cover ketamine?");
	channel_msg_finish(&m);
	conf_free(c);
}

/* Tampering, a wrong secret, a missing or malformed header all fail. */
static void
test_verify_fails(void **state)
{
	struct conf *c = conf_make(wa_env);
	char sig[80], bad[80], err[BOT_ERR_LEN];
	char *tampered = xstrdup(text_fixture);

	(void)state;
	sign(APP_SECRET, text_fixture, sig);
	*strstr(tampered, "insurance") = 'I';
	assert_int_equal(verify_post(c, tampered, sig, err), -1);
	assert_string_equal(err, "X-Hub-Signature-256 does not match the body");
	assert_null(strstr(err, APP_SECRET));
	sign("test-app-secreT", text_fixture, bad);
	assert_int_equal(verify_post(c, text_fixture, bad, err), -1);
	assert_int_equal(verify_post(c, text_fixture, NULL, err), -1);
	assert_string_equal(err, "missing X-Hub-Signature-256 header");
	/* The hex without its "sha256=", or cut short, or as sha1. */
	assert_int_equal(verify_post(c, text_fixture, sig + 7, err), -1);
	assert_string_equal(err, "malformed X-Hub-Signature-256 header");
	sig[70] = '\0';
	assert_int_equal(verify_post(c, text_fixture, sig, err), -1);
	sign(APP_SECRET, text_fixture, sig);
	memcpy(sig, "sha1=", 5);
	assert_int_equal(verify_post(c, text_fixture, sig, err), -1);
	free(tampered);
	conf_free(c);
}

/* Receipts, pictures and texts to another number are ignored. */
static void
test_ignored(void **state)
{
	struct conf *c = conf_make(wa_env);
	const char *const bodies[] = { status_fixture, image_fixture,
	    other_number_fixture };
	char err[BOT_ERR_LEN];
	struct channel_msg m;

	(void)state;
	for (size_t i = 0; i < 3; i++) {
		assert_int_equal(parse_post(c, bodies[i], &m, err), 0);
		assert_int_equal(m.kind, CHANNEL_IGNORE);
		assert_null(m.text);
		channel_msg_finish(&m);
	}
	conf_free(c);
}

/* Not JSON, or not a WhatsApp notification, is a parse error. */
static void
test_parse_errors(void **state)
{
	struct conf *c = conf_make(wa_env);
	char err[BOT_ERR_LEN];
	struct channel_msg m;

	(void)state;
	assert_int_equal(parse_post(c, "{\"object\":", &m, err), -1);
	assert_string_equal(err, "body is not JSON");
	assert_int_equal(parse_post(c, "{\"object\":\"page\",\"entry\":[]}",
	    &m, err), -1);
	assert_string_equal(err, "object is not whatsapp_business_account");
	assert_int_equal(parse_post(c, "[1,2]", &m, err), -1);
	channel_msg_finish(&m);
	conf_free(c);
}

/* The GET handshake: the challenge back for the right token only. */
static void
test_handshake(void **state)
{
	struct conf *c = conf_make(wa_env);
	struct fake f = { .query = {
		{ "hub.mode", "subscribe" },
		{ "hub.challenge", "1158201444" },
		{ "hub.verify_token", "meatyhamhock" },
	} };
	struct channel_req r = req_make(&f, "GET", "");
	struct channel_resp resp = { 0 };
	struct channel_msg m = { 0 };
	char err[BOT_ERR_LEN];

	(void)state;
	buf_init(&resp.body, 0);
	assert_int_equal(channel_whatsapp.verify(c, &r, err), 0);
	assert_int_equal(channel_whatsapp.parse(c, &r, &m, &resp, err), 0);
	assert_int_equal(m.kind, CHANNEL_HANDSHAKE);
	assert_int_equal(resp.status, 200);
	assert_string_equal(resp.content_type, "text/plain");
	assert_string_equal(buf_str(&resp.body), "1158201444");
	f.query[2][1] = "meatyhamhocK";
	assert_int_equal(channel_whatsapp.verify(c, &r, err), -1);
	assert_string_equal(err, "hub.verify_token does not match");
	f.query[2][1] = NULL;
	assert_int_equal(channel_whatsapp.verify(c, &r, err), -1);
	f.query[2][1] = "meatyhamhock";
	f.query[0][1] = "unsubscribe";
	assert_int_equal(channel_whatsapp.verify(c, &r, err), -1);
	assert_string_equal(err, "hub.mode is not subscribe");
	f.query[0][1] = "subscribe";
	f.query[1][1] = "<script>";
	buf_reset(&resp.body);
	assert_int_equal(channel_whatsapp.parse(c, &r, &m, &resp, err), 0);
	f.query[1][1] = "a b";
	assert_int_equal(channel_whatsapp.parse(c, &r, &m, &resp, err), -1);
	f.query[1][1] = NULL;
	assert_int_equal(channel_whatsapp.parse(c, &r, &m, &resp, err), -1);
	buf_finish(&resp.body);
	conf_free(c);
}

/* Run reply for answer of kind; returns the job count. */
static size_t
reply(const char *answer, enum match_kind kind,
    struct outbox_job jobs[CHANNEL_JOBS_MAX])
{
	return reply_jobs(&channel_whatsapp, wa_env, answer, kind,
	    "16505551234", "wamid.ABC=", jobs);
}

/* The string at a dotted path of a job's JSON body, or NULL. */
static const char *
jstr(cJSON *root, const char *a, const char *b)
{
	cJSON *x = cJSON_GetObjectItemCaseSensitive(root, a);

	if (b != NULL)
		x = cJSON_GetObjectItemCaseSensitive(x, b);
	return cJSON_GetStringValue(x);
}

/* One job, whose JSON reads back as Meta's send-message request. */
static void
test_reply_job(void **state)
{
	struct outbox_job jobs[CHANNEL_JOBS_MAX];
	const char *answer = "Often not, but \"ask\" <us> & see.\nCall us.";
	cJSON *root;

	(void)state;
	assert_int_equal(reply(answer, MATCH_ANSWER, jobs), 1);
	assert_string_equal(jobs[0].channel, "whatsapp");
	assert_string_equal(jobs[0].rate_key, "whatsapp:16505551234");
	assert_string_equal(jobs[0].path, "/" PHONE_ID "/messages");
	assert_string_equal(jobs[0].content_type, "application/json");
	assert_int_equal(jobs[0].body_len, strlen(jobs[0].body));
	root = form_json_parse(jobs[0].body, jobs[0].body_len);
	assert_non_null(root);
	assert_string_equal(jstr(root, "messaging_product", NULL), "whatsapp");
	assert_string_equal(jstr(root, "recipient_type", NULL), "individual");
	assert_string_equal(jstr(root, "to", NULL), "16505551234");
	assert_string_equal(jstr(root, "type", NULL), "text");
	assert_string_equal(jstr(root, "text", "body"), answer);
	assert_true(cJSON_IsFalse(cJSON_GetObjectItemCaseSensitive(
	    cJSON_GetObjectItemCaseSensitive(root, "text"), "preview_url")));
	assert_string_equal(jstr(root, "context", "message_id"), "wamid.ABC=");
	cJSON_Delete(root);
	outbox_job_finish(&jobs[0]);
	assert_int_equal(reply("", MATCH_ANSWER, jobs), 0);
}

/* Build n copies of word w separated by spaces, then a full stop. */
static char *
words(const char *w, size_t n)
{
	struct buf b;

	buf_init(&b, 0);
	for (size_t i = 0; i < n; i++) {
		buf_puts(&b, i > 0 ? " " : "");
		buf_puts(&b, w);
	}
	buf_puts(&b, ".");
	return buf_steal(&b);
}

/* The text.body of job j; caller frees. */
static char *
job_text(const struct outbox_job *j)
{
	cJSON *root = form_json_parse(j->body, j->body_len);
	char *s;

	assert_non_null(root);
	s = xstrdup(jstr(root, "text", "body"));
	cJSON_Delete(root);
	return s;
}

/* Long answers: two jobs, only the first quoting; cut with an ellipsis. */
static void
test_reply_split(void **state)
{
	struct outbox_job jobs[CHANNEL_JOBS_MAX];
	char *text = words("treatment", 600);	/* about 6,000 chars */
	char *t0, *t1;
	cJSON *root;

	(void)state;
	assert_int_equal(reply(text, MATCH_ANSWER, jobs), 2);
	t0 = job_text(&jobs[0]);
	t1 = job_text(&jobs[1]);
	assert_true(form_utf16_len(t0, strlen(t0)) <= 4096);
	assert_int_equal(strlen(t0) + 1 + strlen(t1), strlen(text));
	assert_memory_equal(t0, text, strlen(t0));
	assert_string_equal(t1, text + strlen(t0) + 1);
	root = form_json_parse(jobs[1].body, jobs[1].body_len);
	assert_null(cJSON_GetObjectItemCaseSensitive(root, "context"));
	cJSON_Delete(root);
	free(t0);
	free(t1);
	for (size_t i = 0; i < 2; i++)
		outbox_job_finish(&jobs[i]);
	free(text);
	/* 12,000 chars: two jobs, the second cut with an ellipsis. */
	text = words("treatment", 1200);
	assert_int_equal(reply(text, MATCH_ANSWER, jobs), 2);
	t1 = job_text(&jobs[1]);
	assert_true(form_utf16_len(t1, strlen(t1)) <= 4096);
	assert_non_null(strstr(t1, "treatment\xe2\x80\xa6"));
	free(t1);
	for (size_t i = 0; i < 2; i++)
		outbox_job_finish(&jobs[i]);
	/* The crisis reply takes the jobs it needs instead. */
	assert_int_equal(reply(text, MATCH_CRISIS, jobs), 3);
	t1 = job_text(&jobs[2]);
	assert_null(strstr(t1, "\xe2\x80\xa6"));
	assert_string_equal(t1 + strlen(t1) - 10, "treatment.");
	free(t1);
	for (size_t i = 0; i < 3; i++)
		outbox_job_finish(&jobs[i]);
	free(text);
}

/* prepare: api_base (trailing slash dropped) + path, bearer token. */
static void
test_prepare(void **state)
{
	struct conf *c = conf_make(wa_env);
	const char *env[] = { wa_env[0], wa_env[1], wa_env[3], NULL };
	struct conf *notoken = conf_make(env);
	struct curl_slist *h;
	char *url;

	(void)state;
	assert_int_equal(channel_whatsapp.prepare(c, "/" PHONE_ID "/messages", NULL, 0,
	    &url, &h), 0);
	assert_string_equal(url,
	    "http://127.0.0.1:9/v19.0/" PHONE_ID "/messages");
	assert_non_null(h);
	assert_string_equal(h->data, "Authorization: Bearer EAAtesttoken");
	assert_null(h->next);
	free(url);
	curl_slist_free_all(h);
	assert_int_equal(channel_whatsapp.prepare(notoken, "/x", NULL, 0, &url, &h),
	    -1);
	assert_null(url);
	assert_null(h);
	conf_free(c);
	conf_free(notoken);
}

/* Graph throttling codes map to waits; other errors to -1. */
static void
test_retry_after(void **state)
{
	const char *pair = "{\"error\":{\"message\":\"(#131056) (Business "
	    "Account, Consumer Account) pair rate limit hit\",\"type\":"
	    "\"OAuthException\",\"code\":131056,\"fbtrace_id\":\"A4O5a8\"}}";
	const char *tput = "{\"error\":{\"message\":\"(#130429) Rate limit "
	    "hit\",\"type\":\"OAuthException\",\"code\":130429}}";
	const char *window = "{\"error\":{\"message\":\"(#131047) Re-"
	    "engagement message\",\"code\":131047}}";

	(void)state;
	assert_true(channel_whatsapp.retry_after(400, pair, strlen(pair)) ==
	    6);
	assert_true(channel_whatsapp.retry_after(400, tput, strlen(tput)) ==
	    1);
	assert_true(channel_whatsapp.retry_after(400, window,
	    strlen(window)) == -1);
	assert_true(channel_whatsapp.retry_after(429, "busy", 4) == -1);
	assert_true(channel_whatsapp.retry_after(429, "", 0) == -1);
	/* A body cut short of its NUL is read only up to len. */
	assert_true(channel_whatsapp.retry_after(400, pair,
	    strlen(pair) - 1) == -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_enabled),
		cmocka_unit_test(test_verify_vector),
		cmocka_unit_test(test_text_message),
		cmocka_unit_test(test_verify_fails),
		cmocka_unit_test(test_ignored),
		cmocka_unit_test(test_parse_errors),
		cmocka_unit_test(test_handshake),
		cmocka_unit_test(test_reply_job),
		cmocka_unit_test(test_reply_split),
		cmocka_unit_test(test_prepare),
		cmocka_unit_test(test_retry_after),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
