/*
 * Unit tests of the Telegram channel (bot/channel_telegram.c): the
 * X-Telegram-Bot-Api-Secret-Token check, Updates in the Bot API's real
 * shapes (private chats, supergroups, bots, edits, stickers), the
 * sendMessage jobs read back as JSON, the method URL with the token, and
 * flood control's retry_after.
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
#include "testutil.h"
#include "xmalloc.h"

extern const struct channel_ops channel_telegram;

#define BOT_TOKEN	"123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"
#define SECRET		"s3cr3t_Token-for-webhook"

static const char *const tg_env[] = {
	"FAQBOT_TELEGRAM_BOT_TOKEN=" BOT_TOKEN,
	"FAQBOT_TELEGRAM_SECRET_TOKEN=" SECRET,
	"FAQBOT_TELEGRAM_API_BASE=http://127.0.0.1:9/",
	NULL,
};

/* A private chat message, as the Bot API delivers it. */
static const char private_fixture[] =
    "{\"update_id\":10000,\"message\":{\"message_id\":1365,\"from\":{\"id\":"
    "1111111,\"is_bot\":false,\"first_name\":\"Test\",\"last_name\":"
    "\"Lastname\",\"username\":\"Testusername\",\"language_code\":\"en\"},"
    "\"chat\":{\"id\":1111111,\"first_name\":\"Test\",\"last_name\":"
    "\"Lastname\",\"username\":\"Testusername\",\"type\":\"private\"},"
    "\"date\":1441645532,\"text\":\"How long does a session take?\"}}";

/* A supergroup message: negative chat id of 13 digits. */
static const char group_fixture[] =
    "{\"update_id\":871602133,\"message\":{\"message_id\":52,\"from\":{\"id\":"
    "5522334455,\"is_bot\":false,\"first_name\":\"Ana\"},\"chat\":{\"id\":"
    "-1001234567890,\"title\":\"Clinic patients\",\"type\":\"supergroup\"},"
    "\"date\":1700000000,\"text\":\"Is ketamine addictive?\"}}";

/* The same chat, but from another bot. */
static const char bot_fixture[] =
    "{\"update_id\":10001,\"message\":{\"message_id\":1366,\"from\":{\"id\":"
    "777,\"is_bot\":true,\"first_name\":\"OtherBot\",\"username\":"
    "\"other_bot\"},\"chat\":{\"id\":1111111,\"type\":\"private\"},"
    "\"date\":1441645533,\"text\":\"How long does a session take?\"}}";

/* An edit of an earlier message. */
static const char edit_fixture[] =
    "{\"update_id\":10002,\"edited_message\":{\"message_id\":1365,\"from\":"
    "{\"id\":1111111,\"is_bot\":false,\"first_name\":\"Test\"},\"chat\":"
    "{\"id\":1111111,\"type\":\"private\"},\"date\":1441645532,"
    "\"edit_date\":1441646600,\"text\":\"How long is a session?\"}}";

/* A sticker: a message with no text. */
static const char sticker_fixture[] =
    "{\"update_id\":10003,\"message\":{\"message_id\":1367,\"from\":{\"id\":"
    "1111111,\"is_bot\":false,\"first_name\":\"Test\"},\"chat\":{\"id\":"
    "1111111,\"type\":\"private\"},\"date\":1441645540,\"sticker\":{"
    "\"file_id\":\"CAACAgIAAxkBAAIB\",\"file_unique_id\":\"AgADBAADr\","
    "\"type\":\"regular\",\"width\":512,\"height\":512,\"is_animated\":"
    "false,\"is_video\":false,\"emoji\":\"\xf0\x9f\x91\x8d\"}}}";

/* A post in a channel the bot administers. */
static const char channel_post_fixture[] =
    "{\"update_id\":10004,\"channel_post\":{\"message_id\":9,\"chat\":{"
    "\"id\":-1009876543210,\"title\":\"News\",\"type\":\"channel\"},"
    "\"date\":1441645550,\"text\":\"Opening hours changed\"}}";

/* A POST of body carrying secret token tok (NULL: no header). */
static struct channel_req
req_make(struct fake *f, const char *body, const char *tok)
{
	return fake_post(f, "/telegram", body, 1441645535,
	    "X-Telegram-Bot-Api-Secret-Token", tok);
}

/* verify body with secret token tok. */
static int
verify(const struct conf *c, const char *body, const char *tok,
    char err[BOT_ERR_LEN])
{
	struct fake f;
	struct channel_req r = req_make(&f, body, tok);

	err[0] = '\0';
	return channel_telegram.verify(c, &r, err);
}

/* parse body; Telegram always gets an empty 200. */
static int
parse(const struct conf *c, const char *body, struct channel_msg *m,
    char err[BOT_ERR_LEN])
{
	struct fake f;
	struct channel_req r = req_make(&f, body, SECRET);

	return parse_quiet(&channel_telegram, c, &r, m, err);
}

/* On in webhook mode with both secrets; off when polling. */
static void
test_enabled(void **state)
{
	struct conf *c = conf_make(tg_env);
	const char *polling[] = { tg_env[0], tg_env[1],
	    "FAQBOT_TELEGRAM_MODE=polling", NULL };
	const char *nosecret[] = { tg_env[0], NULL };
	struct conf *p = conf_make(polling), *n = conf_make(nosecret);

	(void)state;
	assert_true(channel_telegram.enabled(c));
	assert_false(channel_telegram.enabled(p));
	assert_false(channel_telegram.enabled(n));
	conf_free(c);
	conf_free(p);
	conf_free(n);
}

/* The secret token: exact match only, never echoed in the error. */
static void
test_verify(void **state)
{
	struct conf *c = conf_make(tg_env);
	char err[BOT_ERR_LEN];

	(void)state;
	assert_int_equal(verify(c, private_fixture, SECRET, err), 0);
	assert_int_equal(verify(c, private_fixture, SECRET "x", err), -1);
	assert_string_equal(err,
	    "X-Telegram-Bot-Api-Secret-Token does not match");
	assert_null(strstr(err, SECRET));
	assert_int_equal(verify(c, private_fixture, "s3cr3t_Token-for-webhooK",
	    err), -1);
	assert_int_equal(verify(c, private_fixture, "s3cr3t", err), -1);
	assert_int_equal(verify(c, private_fixture, "", err), -1);
	assert_int_equal(verify(c, private_fixture, NULL, err), -1);
	assert_string_equal(err,
	    "missing X-Telegram-Bot-Api-Secret-Token header");
	conf_free(c);
}

/* A private message and a supergroup message come out right. */
static void
test_parse_messages(void **state)
{
	struct conf *c = conf_make(tg_env);
	char err[BOT_ERR_LEN];
	struct channel_msg m;

	(void)state;
	assert_int_equal(parse(c, private_fixture, &m, err), 0);
	assert_int_equal(m.kind, CHANNEL_MESSAGE);
	assert_string_equal(m.event_id, "10000");
	assert_string_equal(m.conversation, "telegram:1111111");
	assert_string_equal(m.reply_to, "1111111");
	assert_string_equal(m.reply_ref, "1365");
	assert_string_equal(m.text, "How long does a session take?");
	channel_msg_finish(&m);
	assert_int_equal(parse(c, group_fixture, &m, err), 0);
	assert_int_equal(m.kind, CHANNEL_MESSAGE);
	assert_string_equal(m.event_id, "871602133");
	assert_string_equal(m.conversation, "telegram:-1001234567890");
	assert_string_equal(m.reply_to, "-1001234567890");
	channel_msg_finish(&m);
	conf_free(c);
}

/* Bots, edits, stickers and channel posts are ignored, not errors. */
static void
test_parse_ignored(void **state)
{
	struct conf *c = conf_make(tg_env);
	const char *const bodies[] = { bot_fixture, edit_fixture,
	    sticker_fixture, channel_post_fixture };
	char err[BOT_ERR_LEN];
	struct channel_msg m;

	(void)state;
	for (size_t i = 0; i < 4; i++) {
		assert_int_equal(parse(c, bodies[i], &m, err), 0);
		assert_int_equal(m.kind, CHANNEL_IGNORE);
		assert_null(m.text);
		/* Still deduplicated by update_id. */
		assert_string_not_equal(m.event_id, "");
		channel_msg_finish(&m);
	}
	conf_free(c);
}

/* Malformed Updates are parse errors with a reason. */
static void
test_parse_errors(void **state)
{
	static const struct {
		const char *body, *err;
	} v[] = {
		{ "{\"update_id\":", "body is not JSON" },
		{ "{\"message\":{}}", "missing or bad update_id" },
		{ "{\"update_id\":\"10\"}", "missing or bad update_id" },
		{ "{\"update_id\":1.5}", "missing or bad update_id" },
		{ "[]", "missing or bad update_id" },
		{ "{\"update_id\":1,\"message\":{\"message_id\":2,\"text\":"
		  "\"hi\"}}", "missing or bad message.chat.id" },
		{ "{\"update_id\":1,\"message\":{\"chat\":{\"id\":3},\"text\":"
		  "\"hi\"}}", "missing or bad message.message_id" },
	};
	struct conf *c = conf_make(tg_env);
	char err[BOT_ERR_LEN];
	struct channel_msg m;

	(void)state;
	for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		assert_int_equal(parse(c, v[i].body, &m, err), -1);
		assert_string_equal(err, v[i].err);
		channel_msg_finish(&m);
	}
	conf_free(c);
}

/* Run reply for answer to chat (reply_ref ref); returns the job count. */
static size_t
reply(const char *answer, enum match_kind kind, const char *chat,
    const char *ref, struct outbox_job jobs[CHANNEL_JOBS_MAX])
{
	return reply_jobs(&channel_telegram, tg_env, answer, kind, chat, ref,
	    jobs);
}

/* One sendMessage job: plain text, a reply to the patient's message. */
static void
test_reply_job(void **state)
{
	struct outbox_job jobs[CHANNEL_JOBS_MAX];
	const char *answer = "About 40 minutes <b>plus</b> rest & *recovery*_.";
	cJSON *root, *rp;

	(void)state;
	assert_int_equal(reply(answer, MATCH_ANSWER, "-1001234567890", "1365",
	    jobs), 1);
	assert_string_equal(jobs[0].channel, "telegram");
	assert_string_equal(jobs[0].rate_key, "telegram:-1001234567890");
	assert_string_equal(jobs[0].path, "/sendMessage");
	assert_string_equal(jobs[0].content_type, "application/json");
	root = form_json_parse(jobs[0].body, jobs[0].body_len);
	assert_non_null(root);
	assert_true(cJSON_GetObjectItemCaseSensitive(root,
	    "chat_id")->valuedouble == -1001234567890.0);
	assert_string_equal(cJSON_GetStringValue(
	    cJSON_GetObjectItemCaseSensitive(root, "text")), answer);
	/* Plain text: no parse_mode, so the markup is sent as it is. */
	assert_null(cJSON_GetObjectItemCaseSensitive(root, "parse_mode"));
	rp = cJSON_GetObjectItemCaseSensitive(root, "reply_parameters");
	assert_true(cJSON_GetObjectItemCaseSensitive(rp,
	    "message_id")->valuedouble == 1365);
	assert_true(cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(rp,
	    "allow_sending_without_reply")));
	cJSON_Delete(root);
	outbox_job_finish(&jobs[0]);
	/* A 16-digit id is written as digits, never as 1e+15. */
	assert_int_equal(reply("ok", MATCH_ANSWER, "1000000000000000", "7",
	    jobs), 1);
	assert_non_null(strstr(jobs[0].body, "\"chat_id\":1000000000000000,"));
	outbox_job_finish(&jobs[0]);
	/* No chat id that parse would have written: no job at all. */
	assert_int_equal(reply("ok", MATCH_ANSWER, "12a", "7", jobs), 0);
	assert_int_equal(reply("", MATCH_ANSWER, "12", "7", jobs), 0);
}

/* Long answers are split; the second part is no reply to anything. */
static void
test_reply_split(void **state)
{
	struct outbox_job jobs[CHANNEL_JOBS_MAX];
	struct buf b;
	cJSON *r0, *r1;
	const char *t0, *t1;

	(void)state;
	buf_init(&b, 0);
	for (int i = 0; i < 120; i++)
		buf_puts(&b, i % 10 == 9 ?
		    "Each infusion is monitored by staff.\n\n" :
		    "Each infusion is monitored by staff. ");
	/* About 4,500 characters with an emoji or two. */
	buf_puts(&b, "\xf0\x9f\x99\x82 Ask us anything.");
	assert_int_equal(reply(b.data, MATCH_ANSWER, "1111111", "1365", jobs),
	    2);
	r0 = form_json_parse(jobs[0].body, jobs[0].body_len);
	r1 = form_json_parse(jobs[1].body, jobs[1].body_len);
	t0 = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(r0, "text"));
	t1 = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(r1, "text"));
	assert_true(form_utf16_len(t0, strlen(t0)) <= 4096);
	/* Cut at a paragraph: the first part ends a sentence. */
	assert_int_equal(t0[strlen(t0) - 1], '.');
	assert_true(strncmp(t1, "Each infusion", 13) == 0);
	assert_int_equal(strlen(t0) + 2 + strlen(t1), b.len);
	assert_non_null(cJSON_GetObjectItemCaseSensitive(r0,
	    "reply_parameters"));
	assert_null(cJSON_GetObjectItemCaseSensitive(r1, "reply_parameters"));
	cJSON_Delete(r0);
	cJSON_Delete(r1);
	outbox_job_finish(&jobs[0]);
	outbox_job_finish(&jobs[1]);
	buf_finish(&b);
}

/* prepare: the token goes into the URL; no extra headers. */
static void
test_prepare(void **state)
{
	struct conf *c = conf_make(tg_env);
	const char *env[] = { tg_env[1], NULL };
	struct conf *notoken = conf_make(env);
	struct curl_slist *h = (struct curl_slist *)1;
	char *url;

	(void)state;
	assert_int_equal(channel_telegram.prepare(c, "/sendMessage", NULL, 0, &url, &h),
	    0);
	assert_string_equal(url,
	    "http://127.0.0.1:9/bot" BOT_TOKEN "/sendMessage");
	assert_null(h);
	free(url);
	assert_int_equal(channel_telegram.prepare(notoken, "/sendMessage", NULL, 0,
	    &url, &h), -1);
	assert_null(url);
	conf_free(c);
	conf_free(notoken);
}

/* Flood control's parameters.retry_after; anything else is -1. */
static void
test_retry_after(void **state)
{
	const char *flood = "{\"ok\":false,\"error_code\":429,\"description\":"
	    "\"Too Many Requests: retry after 7\",\"parameters\":"
	    "{\"retry_after\":7}}";
	const char *bad = "{\"ok\":false,\"error_code\":400,\"description\":"
	    "\"Bad Request: chat not found\"}";

	(void)state;
	assert_true(channel_telegram.retry_after(429, flood, strlen(flood)) ==
	    7);
	assert_true(channel_telegram.retry_after(400, bad, strlen(bad)) == -1);
	assert_true(channel_telegram.retry_after(502, "<html>", 6) == -1);
	assert_true(channel_telegram.retry_after(429, NULL, 0) == -1);
	assert_true(channel_telegram.retry_after(429, flood,
	    strlen(flood) - 2) == -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_enabled),
		cmocka_unit_test(test_verify),
		cmocka_unit_test(test_parse_messages),
		cmocka_unit_test(test_parse_ignored),
		cmocka_unit_test(test_parse_errors),
		cmocka_unit_test(test_reply_job),
		cmocka_unit_test(test_reply_split),
		cmocka_unit_test(test_prepare),
		cmocka_unit_test(test_retry_after),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
