/*
 * Unit tests of the Microsoft Teams outgoing-webhook channel
 * (bot/channel_teams.c): "Authorization: HMAC" over the derived vector of
 * protocols.md (key = the OfficeDev sample's token) and a full Activity,
 * with tampering, another token and broken headers; the question taken
 * out of the Activity's HTML (mention, tags, entities); and the message
 * Activity sent back.
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

#include "channel.h"
#include "conf.h"
#include "form.h"
#include "outbox.h"
#include "sig.h"
#include "testutil.h"
#include "xmalloc.h"

extern const struct channel_ops channel_teams;

/* The derived vector of protocols.md section 7. */
#define TOKEN		"+ZaRRMC8+mpnfGaGsBOmkIFt98bttL5YQRq3p2tXgcE="
#define VEC_BODY	"{\"type\":\"message\",\"text\":\"<at>FAQBot</at> " \
	"opening hours\"}"
#define VEC_AUTH	"HMAC ESA6mOaRdoxRTd1dhK9RFodMu6pQtkrmPRmTRK1zNKg="

static const char *const teams_env[] = {
	"FAQBOT_TEAMS_SECURITY_TOKEN=" TOKEN,
	NULL,
};

/* A message Activity as an outgoing webhook receives it (made-up ids). */
static const char activity_fixture[] =
    "{\"type\":\"message\",\"id\":\"1700000000123\",\"timestamp\":"
    "\"2023-11-14T22:13:20.123Z\",\"localTimestamp\":"
    "\"2023-11-14T14:13:20.123-08:00\",\"serviceUrl\":"
    "\"https://smba.trafficmanager.net/amer/\",\"channelId\":\"msteams\","
    "\"from\":{\"id\":\"29:1abcDEF\",\"name\":\"Ana Lima\",\"aadObjectId\":"
    "\"6b3f0a6e-0000-4000-8000-000000000001\"},\"conversation\":{"
    "\"isGroup\":true,\"id\":\"19:a1b2c3@thread.tacv2;messageid="
    "1700000000123\",\"name\":null,\"conversationType\":\"channel\"},"
    "\"recipient\":null,\"textFormat\":\"plain\",\"attachmentLayout\":null,"
    "\"membersAdded\":[],\"membersRemoved\":[],\"topicName\":null,"
    "\"historyDisclosed\":null,\"locale\":\"en-US\",\"text\":\"<at>FAQBot"
    "</at>&nbsp;Is it safe &amp; legal?\\n\",\"speak\":null,"
    "\"inputHint\":null,\"summary\":null,\"suggestedActions\":null,"
    "\"attachments\":[{\"contentType\":\"text/html\",\"content\":\"<div>"
    "<span itemscope=\\\"\\\" itemtype=\\\"http://schema.skype.com/Mention"
    "\\\" itemid=\\\"0\\\">FAQBot</span>&nbsp;Is it safe &amp; legal?"
    "</div>\"}],\"entities\":[{\"type\":\"clientInfo\",\"locale\":"
    "\"en-US\"}],\"channelData\":{\"teamsChannelId\":"
    "\"19:a1b2c3@thread.tacv2\",\"teamsTeamId\":\"19:d4e5@thread.tacv2\","
    "\"channel\":{\"id\":\"19:a1b2c3@thread.tacv2\"},\"team\":{\"id\":"
    "\"19:d4e5@thread.tacv2\"},\"tenant\":{\"id\":"
    "\"72f988bf-0000-4000-8000-000000000000\"}},\"action\":null,"
    "\"replyToId\":null,\"value\":null,\"name\":null,\"relatesTo\":null,"
    "\"code\":null}";

/* A POST of body with Authorization auth (NULL: none). */
static struct channel_req
req_make(struct fake *f, const char *body, const char *auth)
{
	return fake_post(f, "/teams", body, 1700000000, "Authorization", auth);
}

/* verify body with auth under config env. */
static int
verify(const char *const *env, const char *body, const char *auth,
    char err[BOT_ERR_LEN])
{
	struct fake f;
	struct channel_req r = req_make(&f, body, auth);

	return verify_env(&channel_teams, env, &r, err);
}

/* "HMAC " and the base64 HMAC of body under the decoded token. */
static char *
sign(const char *token, const char *body)
{
	unsigned char key[64], mac[SIG_SHA256_LEN];
	char b64[SIG_B64_SIZE(SIG_SHA256_LEN)], *auth;
	size_t klen;

	assert_int_equal(sig_base64_decode(token, key, sizeof(key), &klen), 0);
	assert_int_equal(sig_hmac_sha256(key, klen, body, strlen(body), mac),
	    0);
	sig_base64(mac, sizeof(mac), b64);
	xasprintf(&auth, "HMAC %s", b64);
	return auth;
}

/* On with the token, off without. */
static void
test_enabled(void **state)
{
	(void)state;
	assert_enabled_by(&channel_teams, teams_env);
	assert_string_equal(channel_teams.path, "/teams");
}

/* The derived vector and a full Activity pass. */
static void
test_verify_vector(void **state)
{
	char err[BOT_ERR_LEN], *auth;

	(void)state;
	assert_int_equal(verify(teams_env, VEC_BODY, VEC_AUTH, err), 0);
	auth = sign(TOKEN, activity_fixture);
	assert_int_equal(verify(teams_env, activity_fixture, auth, err), 0);
	free(auth);
}

/* Tampering, another token, broken or missing headers fail. */
static void
test_verify_fails(void **state)
{
	/* One bit changed (the last bits of "cE=" are padding: not there). */
	const char *other[] = { "FAQBOT_TEAMS_SECURITY_TOKEN="
	    "/ZaRRMC8+mpnfGaGsBOmkIFt98bttL5YQRq3p2tXgcE=", NULL };
	const char *notb64[] = { "FAQBOT_TEAMS_SECURITY_TOKEN=not base64!",
	    NULL };
	char err[BOT_ERR_LEN];

	(void)state;
	assert_int_equal(verify(teams_env, "{\"type\":\"message\",\"text\":"
	    "\"<at>FAQBot</at> opening hourz\"}", VEC_AUTH, err), -1);
	assert_string_equal(err, "Authorization HMAC does not match the body");
	assert_null(strstr(err, TOKEN));
	assert_int_equal(verify(teams_env, VEC_BODY " ", VEC_AUTH, err), -1);
	assert_int_equal(verify(other, VEC_BODY, VEC_AUTH, err), -1);
	assert_string_equal(err, "Authorization HMAC does not match the body");
	assert_int_equal(verify(notb64, VEC_BODY, VEC_AUTH, err), -1);
	assert_string_equal(err, "[teams] security_token is not base64");
	assert_int_equal(verify(teams_env, VEC_BODY, NULL, err), -1);
	assert_string_equal(err, "missing Authorization header");
	/* Another scheme, no scheme, a cut digest, not base64. */
	assert_int_equal(verify(teams_env, VEC_BODY, "Bearer ESA6mOaRdoxRTd1d"
	    "hK9RFodMu6pQtkrmPRmTRK1zNKg=", err), -1);
	assert_string_equal(err, "malformed Authorization header");
	assert_int_equal(verify(teams_env, VEC_BODY, "HMAX ESA6mOaRdoxRTd1dhK9"
	    "RFodMu6pQtkrmPRmTRK1zNKg=", err), -1);
	assert_string_equal(err, "malformed Authorization header");
	assert_int_equal(verify(teams_env, VEC_BODY, VEC_AUTH + 5, err), -1);
	assert_int_equal(verify(teams_env, VEC_BODY, "HMAC ESA6mOaRdoxRTd1dhK9"
	    "RFodMu6pQtkrmPRmTRK1z", err), -1);
	assert_string_equal(err, "malformed Authorization header");
	assert_int_equal(verify(teams_env, VEC_BODY, "HMAC ESA6mOaRdoxRTd1dhK9"
	    "RFodMu6pQtkrmPRmTRK1zNK*=", err), -1);
}

/* parse body; the response starts as an empty 200. */
static int
parse(const char *body, struct channel_msg *m, char err[BOT_ERR_LEN])
{
	struct fake f;
	struct channel_req r = req_make(&f, body, NULL);

	return parse_env(&channel_teams, teams_env, &r, m, err);
}

/* A full Activity: ids, conversation, the question without markup. */
static void
test_parse_activity(void **state)
{
	struct channel_msg m;
	char err[BOT_ERR_LEN];

	(void)state;
	assert_int_equal(parse(activity_fixture, &m, err), 0);
	assert_int_equal(m.kind, CHANNEL_MESSAGE);
	assert_string_equal(m.event_id, "1700000000123");
	assert_string_equal(m.conversation,
	    "teams:19:a1b2c3@thread.tacv2;messageid=1700000000123");
	assert_string_equal(m.reply_ref, "1700000000123");
	assert_string_equal(m.text, "Is it safe & legal?");
	channel_msg_finish(&m);
}

/* Build an Activity with text t; caller frees. */
static char *
activity(const char *t)
{
	cJSON *o = cJSON_CreateObject(), *conv;
	char *s, *copy;

	cJSON_AddStringToObject(o, "type", "message");
	cJSON_AddStringToObject(o, "id", "1");
	conv = cJSON_AddObjectToObject(o, "conversation");
	cJSON_AddStringToObject(conv, "id", "19:x@thread.tacv2");
	if (t != NULL)
		cJSON_AddStringToObject(o, "text", t);
	s = cJSON_PrintUnformatted(o);
	copy = xstrdup(s);
	cJSON_free(s);
	cJSON_Delete(o);
	return copy;
}

/* Mentions, tags and entities go; what is left is the question. */
static void
test_question(void **state)
{
	static const struct {
		const char *text, *want;
	} v[] = {
		{ "<at>FAQBot</at> opening hours", "opening hours" },
		{ "<at>FAQ Bot</at>", "help" },
		{ "<p><at id=\"0\">FAQBot</at>&nbsp;cost?</p>", "cost?" },
		{ "dose<br/>after &lt;food&gt; &quot;ok&quot;&#39;",
		  "dose after <food> \"ok\"'" },
		/* An unknown entity and a lone < are text. */
		{ "a &copy; b < c", "a &copy; b < c" },
		{ "", "help" },
	};
	struct channel_msg m;
	char err[BOT_ERR_LEN];

	(void)state;
	for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		char *body = activity(v[i].text);

		assert_int_equal(parse(body, &m, err), 0);
		if (strcmp(m.text, v[i].want) != 0)
			fail_msg("%zu: got \"%s\"", i, m.text);
		channel_msg_finish(&m);
		free(body);
	}
}

/* Other Activity types are ignored; malformed ones are errors. */
static void
test_parse_other(void **state)
{
	static const struct {
		const char *body, *err;
	} v[] = {
		{ "{\"type\":", "body is not JSON" },
		{ "{\"text\":\"hi\"}", "missing type" },
		{ "{\"type\":\"message\",\"id\":\"1\",\"text\":\"hi\"}",
		  "missing or bad conversation.id" },
		{ "{\"type\":\"message\",\"id\":\"1\",\"conversation\":{\"id\":"
		  "\"a\\nb\"},\"text\":\"hi\"}",
		  "missing or bad conversation.id" },
		{ "{\"type\":\"message\",\"id\":\"1\\u0001\",\"conversation\":"
		  "{\"id\":\"a\"},\"text\":\"hi\"}", "bad id" },
	};
	struct channel_msg m;
	char err[BOT_ERR_LEN];

	(void)state;
	assert_int_equal(parse("{\"type\":\"conversationUpdate\",\"id\":\"2\"}",
	    &m, err), 0);
	assert_int_equal(m.kind, CHANNEL_IGNORE);
	assert_null(m.text);
	channel_msg_finish(&m);
	for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		assert_int_equal(parse(v[i].body, &m, err), -1);
		assert_string_equal(err, v[i].err);
		channel_msg_finish(&m);
	}
}

/* Run reply on answer; returns the response body (caller frees). */
static char *
reply(const char *answer)
{
	return reply_json(&channel_teams, teams_env, answer, MATCH_ANSWER);
}

/* The reply: a message Activity; long answers cut below 28 KB. */
static void
test_reply(void **state)
{
	struct buf b;
	char *body;
	cJSON *root;
	const char *t;

	(void)state;
	body = reply("Mon-Fri, 8 am to 5 pm.");
	root = form_json_parse(body, strlen(body));
	assert_non_null(root);
	assert_string_equal(cJSON_GetStringValue(
	    cJSON_GetObjectItemCaseSensitive(root, "type")), "message");
	assert_string_equal(cJSON_GetStringValue(
	    cJSON_GetObjectItemCaseSensitive(root, "text")),
	    "Mon-Fri, 8 am to 5 pm.");
	cJSON_Delete(root);
	free(body);
	/* 6,000 x "€ ok. " (a three-byte character): 42,000 bytes. */
	buf_init(&b, 0);
	for (int i = 0; i < 6000; i++)
		buf_puts(&b, "\xe2\x82\xac ok. ");
	body = reply(b.data);
	assert_true(strlen(body) <= 28 * 1024);
	root = form_json_parse(body, strlen(body));
	t = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(root,
	    "text"));
	assert_true(form_utf16_len(t, strlen(t)) <= 8000);
	assert_string_equal(t + strlen(t) - 4, ".\xe2\x80\xa6");
	cJSON_Delete(root);
	free(body);
	buf_finish(&b);
	body = reply("");
	assert_string_equal(body, "");
	free(body);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_enabled),
		cmocka_unit_test(test_verify_vector),
		cmocka_unit_test(test_verify_fails),
		cmocka_unit_test(test_parse_activity),
		cmocka_unit_test(test_question),
		cmocka_unit_test(test_parse_other),
		cmocka_unit_test(test_reply),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
