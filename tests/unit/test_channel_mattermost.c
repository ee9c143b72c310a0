/*
 * Unit tests of the Mattermost outgoing-webhook channel
 * (bot/channel_mattermost.c): the token check (constant time, never
 * echoed), payloads in both encodings as mattermost-server writes them
 * (model.OutgoingWebhookPayload: a form with keys sorted, or JSON per the
 * Content-Type), the trigger word removed, parse errors, and the reply
 * posted in the thread.
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
#include "testutil.h"
#include "xmalloc.h"

extern const struct channel_ops channel_mattermost;

#define TOKEN	"xbrkoh3ftbyqjcjemquaiw1nhc"

static const char *const mm_env[] = {
	"FAQBOT_MATTERMOST_TOKEN=" TOKEN,
	NULL,
};

/* A form payload as url.Values.Encode writes it (keys sorted). */
static const char form_fixture[] =
    "channel_id=hawos4dqtby53pd64o4a4cmeoo&channel_name=town-square&"
    "file_ids=&post_id=fj7yg8hbcfgy8pqgh8eoyxzqna&team_domain=clinic&"
    "team_id=ei8p4fdbsjrp8bpwk5qkipqd6c&text=%23faq+Is+ketamine+"
    "addictive%3F&timestamp=1700000000&token=" TOKEN "&trigger_word=%23faq&"
    "user_id=rrkj5doq5pbxzkxzxzsw9s1o5h&user_name=ana";

/* The same post as a JSON payload (timestamp in milliseconds). */
static const char json_fixture[] =
    "{\"token\":\"" TOKEN "\",\"team_id\":\"ei8p4fdbsjrp8bpwk5qkipqd6c\","
    "\"team_domain\":\"clinic\",\"channel_id\":\"hawos4dqtby53pd64o4a4cmeoo"
    "\",\"channel_name\":\"town-square\",\"timestamp\":1700000000123,"
    "\"user_id\":\"rrkj5doq5pbxzkxzxzsw9s1o5h\",\"user_name\":\"ana\","
    "\"post_id\":\"fj7yg8hbcfgy8pqgh8eoyxzqna\",\"text\":\"#faq  Is "
    "ketamine addictive?\\n\",\"trigger_word\":\"#faq\",\"file_ids\":\"\"}";

/* A POST of body with Content-Type ct (NULL: none). */
static struct channel_req
req_make(struct fake *f, const char *body, const char *ct)
{
	return fake_post(f, "/mattermost", body, 1700000000, "Content-Type",
	    ct);
}

#define FORM_CT	"application/x-www-form-urlencoded"
#define JSON_CT	"application/json"

/* verify body sent as ct under config env. */
static int
verify(const char *const *env, const char *body, const char *ct,
    char err[BOT_ERR_LEN])
{
	struct fake f;
	struct channel_req r = req_make(&f, body, ct);

	return verify_env(&channel_mattermost, env, &r, err);
}

/* parse body sent as ct; the response starts as an empty 200. */
static int
parse(const char *body, const char *ct, struct channel_msg *m,
    char err[BOT_ERR_LEN])
{
	struct fake f;
	struct channel_req r = req_make(&f, body, ct);

	return parse_env(&channel_mattermost, mm_env, &r, m, err);
}

/* On with the token, off without. */
static void
test_enabled(void **state)
{
	(void)state;
	assert_enabled_by(&channel_mattermost, mm_env);
	assert_string_equal(channel_mattermost.path, "/mattermost");
	assert_null(channel_mattermost.prepare);
}

/* The token, in either encoding; never echoed in the error. */
static void
test_verify(void **state)
{
	const char *other[] = { "FAQBOT_MATTERMOST_TOKEN=" TOKEN "x", NULL };
	const char *near[] = {
	    "FAQBOT_MATTERMOST_TOKEN=xbrkoh3ftbyqjcjemquaiw1nhd", NULL };
	char err[BOT_ERR_LEN];

	(void)state;
	assert_int_equal(verify(mm_env, form_fixture, FORM_CT, err), 0);
	/* No Content-Type: Mattermost's default, the form. */
	assert_int_equal(verify(mm_env, form_fixture, NULL, err), 0);
	assert_int_equal(verify(mm_env, json_fixture, JSON_CT, err), 0);
	assert_int_equal(verify(mm_env, json_fixture,
	    "Application/JSON; charset=utf-8", err), 0);
	assert_int_equal(verify(other, form_fixture, FORM_CT, err), -1);
	assert_string_equal(err, "token does not match");
	assert_null(strstr(err, TOKEN));
	assert_int_equal(verify(near, json_fixture, JSON_CT, err), -1);
	assert_int_equal(verify(mm_env, "text=hi&token=", FORM_CT, err), -1);
	assert_string_equal(err, "missing token");
	assert_int_equal(verify(mm_env, "{\"token\":42}", JSON_CT, err), -1);
	assert_string_equal(err, "missing token");
	/* JSON read as a form (a wrong Content-Type) has no token. */
	assert_int_equal(verify(mm_env, json_fixture, FORM_CT, err), -1);
	assert_int_equal(verify(mm_env, "{\"token\":", JSON_CT, err), -1);
	assert_string_equal(err, "body is not a JSON object");
	assert_int_equal(verify(mm_env, "[\"" TOKEN "\"]", JSON_CT, err), -1);
}

/* Both encodings give the same message, trigger word removed. */
static void
test_parse(void **state)
{
	const char *const bodies[] = { form_fixture, json_fixture };
	const char *const types[] = { FORM_CT, JSON_CT };
	struct channel_msg m;
	char err[BOT_ERR_LEN];

	(void)state;
	for (size_t i = 0; i < 2; i++) {
		assert_int_equal(parse(bodies[i], types[i], &m, err), 0);
		assert_int_equal(m.kind, CHANNEL_MESSAGE);
		assert_string_equal(m.event_id, "fj7yg8hbcfgy8pqgh8eoyxzqna");
		assert_string_equal(m.conversation, "mattermost:"
		    "hawos4dqtby53pd64o4a4cmeoo:rrkj5doq5pbxzkxzxzsw9s1o5h");
		assert_string_equal(m.reply_to, "hawos4dqtby53pd64o4a4cmeoo");
		assert_string_equal(m.reply_ref, "fj7yg8hbcfgy8pqgh8eoyxzqna");
		assert_string_equal(m.text, "Is ketamine addictive?");
		channel_msg_finish(&m);
	}
}

/* Parse a form post of text with trigger word tw; returns the text. */
static char *
question(const char *text, const char *tw)
{
	struct channel_msg m;
	char err[BOT_ERR_LEN], *body, *q;
	cJSON *o = cJSON_CreateObject();

	cJSON_AddStringToObject(o, "token", TOKEN);
	cJSON_AddStringToObject(o, "channel_id", "c1");
	cJSON_AddStringToObject(o, "user_id", "u1");
	cJSON_AddStringToObject(o, "post_id", "p1");
	cJSON_AddStringToObject(o, "text", text);
	cJSON_AddStringToObject(o, "trigger_word", tw);
	body = cJSON_PrintUnformatted(o);
	assert_int_equal(parse(body, JSON_CT, &m, err), 0);
	q = m.text;
	m.text = NULL;
	cJSON_free(body);
	cJSON_Delete(o);
	return q;
}

/* The trigger word goes: exact, "starts with", alone, or none at all. */
static void
test_trigger_word(void **state)
{
	static const struct {
		const char *text, *tw, *want;
	} v[] = {
		{ "faq what does it cost", "faq", "what does it cost" },
		{ "FAQ: what does it cost", "faq", "what does it cost" },
		{ "faqbot  what does it cost ", "faq", "what does it cost" },
		{ "  #faq", "#faq", "help" },
		/* A hook on a channel, with no trigger word. */
		{ "what does it cost", "", "what does it cost" },
		{ "what does faq cost", "faq", "what does faq cost" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		char *q = question(v[i].text, v[i].tw);

		if (strcmp(q, v[i].want) != 0)
			fail_msg("%zu: got \"%s\"", i, q);
		free(q);
	}
}

/* Missing or bad fields are parse errors with a reason. */
static void
test_parse_errors(void **state)
{
	static const struct {
		const char *body, *ct, *err;
	} v[] = {
		{ "channel_id=c1&user_id=u1&text=hi", FORM_CT,
		  "missing or bad post_id" },
		{ "post_id=p1&user_id=u1&text=hi", FORM_CT,
		  "missing or bad channel_id or user_id" },
		{ "post_id=p1&channel_id=c+1&user_id=u1&text=hi", FORM_CT,
		  "missing or bad channel_id or user_id" },
		{ "post_id=p1&channel_id=c1&user_id=u1", FORM_CT,
		  "missing text" },
		{ "{\"post_id\":\"p1\",\"channel_id\":\"c1\",\"user_id\":"
		  "\"u1\",\"text\":null}", JSON_CT, "missing text" },
		{ "not json", JSON_CT, "body is not a JSON object" },
	};
	struct channel_msg m;
	char err[BOT_ERR_LEN];

	(void)state;
	for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		assert_int_equal(parse(v[i].body, v[i].ct, &m, err), -1);
		assert_string_equal(err, v[i].err);
		channel_msg_finish(&m);
	}
}

/* Run reply on answer; returns the response body (caller frees). */
static char *
reply(const char *answer)
{
	return reply_json(&channel_mattermost, mm_env, answer, MATCH_ANSWER);
}

/* The reply is a comment in the thread; long text is cut at 16,000. */
static void
test_reply(void **state)
{
	struct buf b;
	char *body;
	cJSON *root;
	const char *t;

	(void)state;
	body = reply("Yes: *rarely* & <under supervision>.");
	root = form_json_parse(body, strlen(body));
	assert_non_null(root);
	assert_string_equal(cJSON_GetStringValue(
	    cJSON_GetObjectItemCaseSensitive(root, "text")),
	    "Yes: *rarely* & <under supervision>.");
	assert_string_equal(cJSON_GetStringValue(
	    cJSON_GetObjectItemCaseSensitive(root, "response_type")),
	    "comment");
	cJSON_Delete(root);
	free(body);
	buf_init(&b, 0);
	for (int i = 0; i < 1000; i++)
		buf_puts(&b, "Infusions take forty minutes. ");
	body = reply(b.data);
	root = form_json_parse(body, strlen(body));
	t = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(root,
	    "text"));
	assert_true(form_utf16_len(t, strlen(t)) <= 16000);
	assert_true(form_utf16_len(t, strlen(t)) > 15900);
	assert_string_equal(t + strlen(t) - 4, ".\xe2\x80\xa6");
	cJSON_Delete(root);
	free(body);
	buf_finish(&b);
	/* Nothing to say: an empty body, so Mattermost posts nothing. */
	body = reply("");
	assert_string_equal(body, "");
	free(body);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_enabled),
		cmocka_unit_test(test_verify),
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_trigger_word),
		cmocka_unit_test(test_parse_errors),
		cmocka_unit_test(test_reply),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
