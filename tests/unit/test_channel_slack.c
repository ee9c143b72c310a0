/*
 * Unit tests of the Slack channels (bot/channel_slack.c): the v0 request
 * signature over Slack's official example (a real slash-command body),
 * tampering, a wrong secret, stale timestamps and missing headers; the
 * Events API in Slack's documented shapes (url_verification, app_mention,
 * direct messages, bots, edits, channel chatter); chat.postMessage jobs
 * read back as JSON (mrkdwn escaping, threads, splitting), the slash
 * command's ephemeral answer, and the send-time URL and bearer token.
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

extern const struct channel_ops channel_slack_events, channel_slack_command;

/* Slack's official example ("Verifying requests from Slack"). */
#define DOC_SECRET	"8f742231b10e8888abcd99yyyzzz85a5"
#define DOC_TS		"1531420618"
#define DOC_BODY	"token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&" \
	"team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&" \
	"user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&" \
	"text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2F" \
	"T1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=" \
	"398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c"
#define DOC_SIG		"v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd" \
	"27519666489c69b503"
#define DOC_NOW		1531420618

#define BOT_TOKEN	"xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy"

static const char *const slack_env[] = {
	"FAQBOT_SLACK_SIGNING_SECRET=" DOC_SECRET,
	"FAQBOT_SLACK_BOT_TOKEN=" BOT_TOKEN,
	"FAQBOT_SLACK_API_BASE=http://127.0.0.1:9/api/",
	NULL,
};

/* url_verification, as in Slack's documentation. */
static const char challenge_fixture[] =
    "{\"token\":\"Jhj5dZrVaK7ZwHHjRyZWjbDl\",\"challenge\":"
    "\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\","
    "\"type\":\"url_verification\"}";

/* An app_mention in a channel (Slack's example, with our wrapper). */
static const char mention_fixture[] =
    "{\"token\":\"XXYYZZ\",\"team_id\":\"T123ABC456\",\"api_app_id\":"
    "\"A123ABC456\",\"event\":{\"type\":\"app_mention\",\"user\":"
    "\"U061F7AUR\",\"text\":\"<@U0LAN0Z89> is it &lt;safe&gt; &amp; "
    "legal?\",\"ts\":\"1515449522.000016\",\"channel\":\"C123ABC456\","
    "\"event_ts\":\"1515449522000016\"},\"type\":\"event_callback\","
    "\"event_id\":\"Ev123ABC456\",\"event_time\":1515449522}";

/* The same in a thread. */
static const char thread_fixture[] =
    "{\"team_id\":\"T123ABC456\",\"event\":{\"type\":\"app_mention\","
    "\"user\":\"U061F7AUR\",\"text\":\"what does it cost <@U0LAN0Z89|faqbot>"
    "\",\"ts\":\"1515449600.000200\",\"thread_ts\":\"1515449522.000016\","
    "\"channel\":\"C123ABC456\"},\"type\":\"event_callback\",\"event_id\":"
    "\"Ev123ABC999\"}";

/* A direct message to the bot (message.im). */
static const char im_fixture[] =
    "{\"token\":\"one-long-verification-token\",\"team_id\":\"T123ABC456\","
    "\"api_app_id\":\"A0PNCHHK2\",\"event\":{\"type\":\"message\","
    "\"channel\":\"D024BE91L\",\"user\":\"U2147483697\",\"text\":"
    "\"How long is an infusion?\",\"ts\":\"1355517523.000005\","
    "\"event_ts\":\"1355517523.000005\",\"channel_type\":\"im\"},"
    "\"type\":\"event_callback\",\"authorizations\":[{\"team_id\":"
    "\"T123ABC456\",\"user_id\":\"U2147483697\",\"is_bot\":false}],"
    "\"event_id\":\"Ev0PV52K21\",\"event_time\":1355517523}";

/* A mention with no words. */
static const char bare_mention_fixture[] =
    "{\"team_id\":\"T1\",\"event\":{\"type\":\"app_mention\",\"user\":\"U1\","
    "\"text\":\" <@U0LAN0Z89>  \",\"ts\":\"1.2\",\"channel\":\"C1\"},"
    "\"type\":\"event_callback\",\"event_id\":\"Ev1\"}";

/* Our own answer coming back as a message event (bot_id set). */
static const char bot_fixture[] =
    "{\"team_id\":\"T123ABC456\",\"event\":{\"type\":\"message\","
    "\"channel\":\"D024BE91L\",\"user\":\"U0LAN0Z89\",\"bot_id\":"
    "\"B0LAN0Z88\",\"text\":\"About 40 minutes.\",\"ts\":"
    "\"1355517524.000006\",\"channel_type\":\"im\"},\"type\":"
    "\"event_callback\",\"event_id\":\"Ev0PV52K22\"}";

/* An edit (subtype message_changed). */
static const char edit_fixture[] =
    "{\"team_id\":\"T123ABC456\",\"event\":{\"type\":\"message\","
    "\"subtype\":\"message_changed\",\"channel\":\"D024BE91L\",\"hidden\":"
    "true,\"message\":{\"type\":\"message\",\"user\":\"U2147483697\","
    "\"text\":\"How long is a session?\",\"ts\":\"1355517523.000005\"},"
    "\"ts\":\"1355517530.000007\",\"channel_type\":\"im\"},\"type\":"
    "\"event_callback\",\"event_id\":\"Ev0PV52K23\"}";

/* A /me message: a subtype, but with text at the top. */
static const char me_fixture[] =
    "{\"team_id\":\"T123ABC456\",\"event\":{\"type\":\"message\","
    "\"subtype\":\"me_message\",\"channel\":\"D024BE91L\",\"user\":"
    "\"U2147483697\",\"text\":\"is confused about dosing\",\"ts\":"
    "\"1355517560.000010\",\"channel_type\":\"im\"},\"type\":"
    "\"event_callback\",\"event_id\":\"Ev0PV52K27\"}";

/* A message in a channel, not to us (message.channels). */
static const char chatter_fixture[] =
    "{\"team_id\":\"T123ABC456\",\"event\":{\"type\":\"message\","
    "\"channel\":\"C123ABC456\",\"user\":\"U2147483697\",\"text\":"
    "\"lunch anyone?\",\"ts\":\"1355517540.000008\",\"channel_type\":"
    "\"channel\"},\"type\":\"event_callback\",\"event_id\":\"Ev0PV52K24\"}";

/* A direct message with a file and no text. */
static const char notext_fixture[] =
    "{\"team_id\":\"T123ABC456\",\"event\":{\"type\":\"message\","
    "\"channel\":\"D024BE91L\",\"user\":\"U2147483697\",\"files\":[],"
    "\"ts\":\"1355517550.000009\",\"channel_type\":\"im\"},\"type\":"
    "\"event_callback\",\"event_id\":\"Ev0PV52K25\"}";

/* Another event type, and Slack's rate-limit notice. */
static const char reaction_fixture[] =
    "{\"team_id\":\"T123ABC456\",\"event\":{\"type\":\"reaction_added\","
    "\"user\":\"U2147483697\",\"reaction\":\"thumbsup\",\"item\":{\"type\":"
    "\"message\",\"channel\":\"C1\",\"ts\":\"1.2\"},\"event_ts\":\"1.3\"},"
    "\"type\":\"event_callback\",\"event_id\":\"Ev0PV52K26\"}";
static const char rate_limited_fixture[] =
    "{\"token\":\"Jhj5dZrVaK7ZwHHjRyZWjbDl\",\"type\":\"app_rate_limited\","
    "\"team_id\":\"T123ABC456\",\"minute_rate_limited\":1518467820,"
    "\"api_app_id\":\"A123ABC456\"}";

/* A POST of body with these headers (NULL: left out), received at now. */
static struct channel_req
req_make(struct fake *f, const char *body, const char *ts, const char *sig,
    time_t now)
{
	struct channel_req r = fake_post(f, "/slack/events", body, now,
	    "X-Slack-Request-Timestamp", ts);

	fake_add_header(f, "X-Slack-Signature", sig);
	return r;
}

/* The v0 signature of body at ts under secret, into f->sig. */
static const char *
sign(struct fake *f, const char *secret, const char *ts, const char *body)
{
	unsigned char mac[SIG_SHA256_LEN];
	char hex[SIG_HEX_SIZE(SIG_SHA256_LEN)], *base;

	xasprintf(&base, "v0:%s:%s", ts, body);
	assert_int_equal(sig_hmac_sha256(secret, strlen(secret), base,
	    strlen(base), mac), 0);
	sig_hex(mac, sizeof(mac), hex);
	snprintf(f->sig, sizeof(f->sig), "v0=%s", hex);
	free(base);
	return f->sig;
}

/* Verify body with the given headers at now through ops. */
static int
verify(const struct channel_ops *ops, const struct conf *c, const char *body,
    const char *ts, const char *sig, time_t now, char err[BOT_ERR_LEN])
{
	struct fake f;
	struct channel_req r = req_make(&f, body, ts, sig, now);

	err[0] = '\0';
	return ops->verify(c, &r, err);
}

/* Parse body through ops; resp is left for the caller (who frees it). */
static int
parse(const struct channel_ops *ops, const char *body,
    struct channel_msg *m, struct channel_resp *resp, char err[BOT_ERR_LEN])
{
	struct fake f;
	struct channel_req r = req_make(&f, body, NULL, NULL, DOC_NOW);

	return parse_resp(ops, slack_env, &r, m, resp, err);
}

/* Events need both secrets; the slash command only the signing secret. */
static void
test_enabled(void **state)
{
	const char *nobot[] = { slack_env[0], NULL };
	const char *nosecret[] = { slack_env[1], NULL };
	struct conf *c = conf_make(slack_env), *nb = conf_make(nobot);
	struct conf *ns = conf_make(nosecret);

	(void)state;
	assert_true(channel_slack_events.enabled(c));
	assert_true(channel_slack_command.enabled(c));
	assert_false(channel_slack_events.enabled(nb));
	assert_true(channel_slack_command.enabled(nb));
	assert_false(channel_slack_events.enabled(ns));
	assert_false(channel_slack_command.enabled(ns));
	assert_string_equal(channel_slack_events.path, "/slack/events");
	assert_string_equal(channel_slack_command.path, "/slack/command");
	assert_string_equal(channel_slack_events.section, "slack");
	assert_string_equal(channel_slack_command.section, "slack");
	conf_free(c);
	conf_free(nb);
	conf_free(ns);
}

/* Slack's official example passes, through both channels. */
static void
test_verify_official(void **state)
{
	struct conf *c = conf_make(slack_env);
	char err[BOT_ERR_LEN];

	(void)state;
	assert_int_equal(verify(&channel_slack_command, c, DOC_BODY, DOC_TS,
	    DOC_SIG, DOC_NOW, err), 0);
	assert_int_equal(verify(&channel_slack_events, c, DOC_BODY, DOC_TS,
	    DOC_SIG, DOC_NOW + 120, err), 0);
	/* Uppercase hex is the same signature. */
	assert_int_equal(verify(&channel_slack_command, c, DOC_BODY, DOC_TS,
	    "v0=A2114D57B48EAC39B9AD189DD8316235A7B4A8D21A10BD27519666489C69"
	    "B503", DOC_NOW, err), 0);
	conf_free(c);
}

/* Tampering, another secret, stale times and missing headers fail. */
static void
test_verify_fails(void **state)
{
	const char *other[] = {
	    "FAQBOT_SLACK_SIGNING_SECRET=8f742231b10e8888abcd99yyyzzz85a6",
	    NULL };
	struct conf *c = conf_make(slack_env), *o = conf_make(other);
	const struct channel_ops *ops = &channel_slack_command;
	char err[BOT_ERR_LEN], *tampered = xstrdup(DOC_BODY);

	(void)state;
	/* roadrunner becomes roadrunnes. */
	strstr(tampered, "roadrunner")[9] = 's';
	assert_int_equal(verify(ops, c, tampered, DOC_TS, DOC_SIG, DOC_NOW,
	    err), -1);
	assert_string_equal(err,
	    "X-Slack-Signature does not match the request");
	assert_null(strstr(err, DOC_SECRET));
	/* A byte more or less. */
	assert_int_equal(verify(ops, c, DOC_BODY "&", DOC_TS, DOC_SIG,
	    DOC_NOW, err), -1);
	tampered[strlen(tampered) - 1] = '\0';
	assert_int_equal(verify(ops, c, tampered, DOC_TS, DOC_SIG, DOC_NOW,
	    err), -1);
	assert_int_equal(verify(ops, o, DOC_BODY, DOC_TS, DOC_SIG, DOC_NOW,
	    err), -1);
	/* The timestamp is signed: another one breaks the signature. */
	assert_int_equal(verify(ops, c, DOC_BODY, "1531420619", DOC_SIG,
	    DOC_NOW, err), -1);
	assert_string_equal(err,
	    "X-Slack-Signature does not match the request");
	/* Five minutes either way is the limit. */
	assert_int_equal(verify(ops, c, DOC_BODY, DOC_TS, DOC_SIG,
	    DOC_NOW + 300, err), 0);
	assert_int_equal(verify(ops, c, DOC_BODY, DOC_TS, DOC_SIG,
	    DOC_NOW - 300, err), 0);
	assert_int_equal(verify(ops, c, DOC_BODY, DOC_TS, DOC_SIG,
	    DOC_NOW + 301, err), -1);
	assert_string_equal(err, "X-Slack-Request-Timestamp is more than "
	    "300 s away from now");
	assert_int_equal(verify(ops, c, DOC_BODY, DOC_TS, DOC_SIG,
	    DOC_NOW - 301, err), -1);
	assert_int_equal(verify(ops, c, DOC_BODY, NULL, DOC_SIG, DOC_NOW,
	    err), -1);
	assert_string_equal(err, "missing X-Slack-Request-Timestamp header");
	assert_int_equal(verify(ops, c, DOC_BODY, DOC_TS, NULL, DOC_NOW,
	    err), -1);
	assert_string_equal(err, "missing X-Slack-Signature header");
	assert_int_equal(verify(ops, c, DOC_BODY, "1531420618.0", DOC_SIG,
	    DOC_NOW, err), -1);
	assert_string_equal(err, "malformed X-Slack-Request-Timestamp header");
	assert_int_equal(verify(ops, c, DOC_BODY, "", DOC_SIG, DOC_NOW, err),
	    -1);
	/* No "v0=", v1, or a digest one byte short. */
	assert_int_equal(verify(ops, c, DOC_BODY, DOC_TS, DOC_SIG + 3,
	    DOC_NOW, err), -1);
	assert_string_equal(err, "malformed X-Slack-Signature header");
	assert_int_equal(verify(ops, c, DOC_BODY, DOC_TS, "v1=a2114d57b48eac"
	    "39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", DOC_NOW,
	    err), -1);
	assert_int_equal(verify(ops, c, DOC_BODY, DOC_TS, "v0=a2114d57b48eac"
	    "39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b5", DOC_NOW, err),
	    -1);
	assert_string_equal(err, "malformed X-Slack-Signature header");
	free(tampered);
	conf_free(c);
	conf_free(o);
}

/* The official body is an empty slash command: it asks for help. */
static void
test_command_parse_official(void **state)
{
	struct channel_msg m;
	struct channel_resp resp;
	char err[BOT_ERR_LEN];

	(void)state;
	assert_int_equal(parse(&channel_slack_command, DOC_BODY, &m, &resp,
	    err), 0);
	assert_int_equal(m.kind, CHANNEL_MESSAGE);
	assert_string_equal(m.text, "help");
	assert_string_equal(m.event_id,
	    "398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c");
	assert_string_equal(m.conversation, "slack:T1DC2JH3J:G8PSS9T3V:"
	    "U2CERLKJA");
	assert_string_equal(m.reply_to, "G8PSS9T3V");
	assert_int_equal(resp.status, 200);
	channel_msg_finish(&m);
	buf_finish(&resp.body);
}

/* A question, Slack's ssl_check probe, and a form missing its ids. */
static void
test_command_parse_cases(void **state)
{
	struct channel_msg m;
	struct channel_resp resp;
	char err[BOT_ERR_LEN];

	(void)state;
	assert_int_equal(parse(&channel_slack_command, "team_id=T1&channel_id="
	    "D1&user_id=U1&command=%2Ffaq&text=+Is+it+%3E+%24400+%26amp%3B+"
	    "covered%3F+&trigger_id=1.2.abc", &m, &resp, err), 0);
	assert_int_equal(m.kind, CHANNEL_MESSAGE);
	/* Slack escapes & < > in text, even in a command's. */
	assert_string_equal(m.text, "Is it > $400 & covered?");
	assert_string_equal(m.event_id, "1.2.abc");
	assert_string_equal(m.conversation, "slack:T1:D1:U1");
	channel_msg_finish(&m);
	buf_finish(&resp.body);
	assert_int_equal(parse(&channel_slack_command, "ssl_check=1&token="
	    "xyzz0WbapA4vBCDEFasx0q6G", &m, &resp, err), 0);
	assert_int_equal(m.kind, CHANNEL_IGNORE);
	assert_null(m.text);
	channel_msg_finish(&m);
	buf_finish(&resp.body);
	assert_int_equal(parse(&channel_slack_command, "channel_id=D1&"
	    "user_id=U1&text=hi", &m, &resp, err), -1);
	assert_string_equal(err,
	    "missing or bad team_id, channel_id or user_id");
	channel_msg_finish(&m);
	buf_finish(&resp.body);
	assert_int_equal(parse(&channel_slack_command, "team_id=T1&channel_id="
	    "D+1&user_id=U1&text=hi", &m, &resp, err), -1);
	channel_msg_finish(&m);
	buf_finish(&resp.body);
}

/* url_verification: signed like the rest, answered with the challenge. */
static void
test_events_url_verification(void **state)
{
	struct conf *c = conf_make(slack_env);
	struct channel_msg m;
	struct channel_resp resp;
	struct fake f;
	char err[BOT_ERR_LEN];

	(void)state;
	assert_int_equal(verify(&channel_slack_events, c, challenge_fixture,
	    "1700000000", sign(&f, DOC_SECRET, "1700000000",
	    challenge_fixture), 1700000000, err), 0);
	assert_int_equal(parse(&channel_slack_events, challenge_fixture, &m,
	    &resp, err), 0);
	assert_int_equal(m.kind, CHANNEL_HANDSHAKE);
	assert_int_equal(resp.status, 200);
	assert_string_equal(resp.content_type, "text/plain");
	assert_string_equal(buf_str(&resp.body),
	    "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
	channel_msg_finish(&m);
	buf_finish(&resp.body);
	/* A challenge that is not one token is not echoed. */
	assert_int_equal(parse(&channel_slack_events, "{\"type\":"
	    "\"url_verification\",\"challenge\":\"a b\"}", &m, &resp, err), -1);
	assert_string_equal(err, "bad challenge");
	assert_int_equal(resp.body.len, 0);
	channel_msg_finish(&m);
	buf_finish(&resp.body);
	conf_free(c);
}

/* Parse an event body; checks the empty 200 Slack gets. */
static int
parse_event(const char *body, struct channel_msg *m, char err[BOT_ERR_LEN])
{
	struct channel_resp resp;
	int rc = parse(&channel_slack_events, body, m, &resp, err);

	assert_int_equal(resp.status, 200);
	assert_int_equal(resp.body.len, 0);
	buf_finish(&resp.body);
	return rc;
}

/* Mentions, threads and direct messages come out right. */
static void
test_events_messages(void **state)
{
	struct channel_msg m;
	char err[BOT_ERR_LEN];

	(void)state;
	assert_int_equal(parse_event(mention_fixture, &m, err), 0);
	assert_int_equal(m.kind, CHANNEL_MESSAGE);
	assert_string_equal(m.event_id, "Ev123ABC456");
	assert_string_equal(m.conversation, "slack:T123ABC456:C123ABC456");
	assert_string_equal(m.reply_to, "C123ABC456");
	/* Not in a thread: the answer starts one under the question. */
	assert_string_equal(m.reply_ref, "1515449522.000016");
	assert_string_equal(m.text, "is it <safe> & legal?");
	channel_msg_finish(&m);
	assert_int_equal(parse_event(thread_fixture, &m, err), 0);
	assert_string_equal(m.reply_ref, "1515449522.000016");
	assert_string_equal(m.text, "what does it cost");
	channel_msg_finish(&m);
	assert_int_equal(parse_event(im_fixture, &m, err), 0);
	assert_int_equal(m.kind, CHANNEL_MESSAGE);
	assert_string_equal(m.event_id, "Ev0PV52K21");
	assert_string_equal(m.conversation, "slack:T123ABC456:D024BE91L");
	assert_string_equal(m.text, "How long is an infusion?");
	channel_msg_finish(&m);
	assert_int_equal(parse_event(bare_mention_fixture, &m, err), 0);
	assert_string_equal(m.text, "help");
	channel_msg_finish(&m);
	/* A null bot_id or subtype is no bot and no subtype. */
	assert_int_equal(parse_event("{\"team_id\":\"T1\",\"event\":{"
	    "\"type\":\"message\",\"channel_type\":\"im\",\"bot_id\":null,"
	    "\"subtype\":null,\"text\":\"dose\",\"ts\":\"1.2\",\"channel\":"
	    "\"D1\"},\"type\":\"event_callback\",\"event_id\":\"Ev2\"}", &m,
	    err), 0);
	assert_int_equal(m.kind, CHANNEL_MESSAGE);
	assert_string_equal(m.text, "dose");
	channel_msg_finish(&m);
}

/* Bots (ourselves), edits, chatter, files, other events: ignored. */
static void
test_events_ignored(void **state)
{
	const char *const bodies[] = { bot_fixture, edit_fixture,
	    me_fixture, chatter_fixture, notext_fixture, reaction_fixture };
	struct channel_msg m;
	char err[BOT_ERR_LEN];

	(void)state;
	for (size_t i = 0; i < sizeof(bodies) / sizeof(bodies[0]); i++) {
		if (parse_event(bodies[i], &m, err) != 0)
			fail_msg("fixture %zu: %s", i, err);
		assert_int_equal(m.kind, CHANNEL_IGNORE);
		assert_null(m.text);
		/* Still deduplicated by event_id. */
		assert_true(strncmp(m.event_id, "Ev0PV52K2", 9) == 0);
		channel_msg_finish(&m);
	}
	assert_int_equal(parse_event(rate_limited_fixture, &m, err), 0);
	assert_int_equal(m.kind, CHANNEL_IGNORE);
	channel_msg_finish(&m);
}

/* The start of an event_callback and of an app_mention event. */
#define CB	"{\"type\":\"event_callback\",\"event_id\":\"Ev1\","
#define MENTION	"\"type\":\"app_mention\",\"text\":\"hi\","

/* Malformed events are parse errors with a reason. */
static void
test_events_errors(void **state)
{
	static const struct {
		const char *body, *err;
	} v[] = {
		{ "{\"type\":", "body is not JSON" },
		{ "{\"event_id\":\"Ev1\"}", "missing type" },
		{ "{\"type\":\"event_callback\",\"event\":{}}",
		  "missing or bad event_id" },
		{ "{\"type\":\"event_callback\",\"event_id\":\"Ev1\"}",
		  "missing event" },
		{ "{\"type\":\"url_verification\"}",
		  "missing or overlong challenge" },
		{ CB "\"event\":{" MENTION "\"ts\":\"1.2\","
		  "\"channel\":\"C1\"}}", "missing or bad team_id or "
		  "event.channel" },
		{ CB "\"team_id\":\"T1\",\"event\":{" MENTION
		  "\"ts\":\"1.2\",\"channel\":\"C 1\"}}",
		  "missing or bad team_id or event.channel" },
		{ CB "\"team_id\":\"T1\",\"event\":{" MENTION
		  "\"ts\":\"12\",\"channel\":\"C1\"}}",
		  "missing or bad event.ts" },
		{ CB "\"team_id\":\"T1\",\"event\":{" MENTION
		  "\"ts\":\"1.2\",\"thread_ts\":\"x\",\"channel\":\"C1\"}}",
		  "missing or bad event.ts" },
	};
	struct channel_msg m;
	char err[BOT_ERR_LEN];

	(void)state;
	for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		assert_int_equal(parse_event(v[i].body, &m, err), -1);
		assert_string_equal(err, v[i].err);
		channel_msg_finish(&m);
	}
}

/* Run the events reply for answer; returns the job count. */
static size_t
events_reply(const char *answer, enum match_kind kind, const char *ref,
    struct outbox_job jobs[CHANNEL_JOBS_MAX])
{
	return reply_jobs(&channel_slack_events, slack_env, answer, kind,
	    "C123ABC456", ref, jobs);
}

/* The string field name of a job's JSON body; caller frees. */
static char *
job_field(const struct outbox_job *j, const char *name)
{
	cJSON *root = form_json_parse(j->body, j->body_len);
	const char *v;
	char *copy;

	assert_non_null(root);
	v = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(root, name));
	copy = v != NULL ? xstrdup(v) : NULL;
	cJSON_Delete(root);
	return copy;
}

/* One chat.postMessage in the thread, & < > escaped for mrkdwn. */
static void
test_events_reply_job(void **state)
{
	struct outbox_job jobs[CHANNEL_JOBS_MAX];
	char *text, *thread, *chan;

	(void)state;
	assert_int_equal(events_reply("Costs <$400> & *more* for <@U1>.",
	    MATCH_ANSWER, "1515449522.000016", jobs), 1);
	assert_string_equal(jobs[0].channel, "slack-events");
	assert_string_equal(jobs[0].rate_key, "slack:C123ABC456");
	assert_string_equal(jobs[0].path, "/chat.postMessage");
	assert_string_equal(jobs[0].content_type, "application/json");
	text = job_field(&jobs[0], "text");
	thread = job_field(&jobs[0], "thread_ts");
	chan = job_field(&jobs[0], "channel");
	assert_string_equal(text, "Costs &lt;$400&gt; &amp; *more* for "
	    "&lt;@U1&gt;.");
	assert_string_equal(thread, "1515449522.000016");
	assert_string_equal(chan, "C123ABC456");
	free(text);
	free(thread);
	free(chan);
	outbox_job_finish(&jobs[0]);
	/* No thread to answer in: no thread_ts at all. */
	assert_int_equal(events_reply("ok", MATCH_ANSWER, "", jobs), 1);
	assert_null(job_field(&jobs[0], "thread_ts"));
	outbox_job_finish(&jobs[0]);
	assert_int_equal(events_reply("", MATCH_ANSWER, "1.2", jobs), 0);
}

/* Build a text of n copies of w, a paragraph every para copies. */
static char *
repeat(const char *w, size_t n, size_t para)
{
	struct buf b;

	buf_init(&b, 0);
	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			buf_puts(&b, para != 0 && i % para == 0 ? "\n\n" : " ");
		buf_puts(&b, w);
	}
	return buf_steal(&b);
}

/* Long answers: two pieces that fit once escaped; crisis never cut. */
static void
test_events_reply_split(void **state)
{
	struct outbox_job jobs[CHANNEL_JOBS_MAX];
	/* 1,400 x "a&b." is 7,000 characters, 11,200 once escaped. */
	char *amps = repeat("a&b.", 1400, 0), *text;
	char *crisis = repeat("Call 988 now.", 600, 20);
	size_t n;

	(void)state;
	n = events_reply(amps, MATCH_ANSWER, "1.2", jobs);
	assert_int_equal(n, 2);
	for (size_t i = 0; i < n; i++) {
		text = job_field(&jobs[i], "text");
		assert_true(form_utf16_len(text, strlen(text)) <= 4000);
		/* Escaped whole: no bare & and no entity cut in half. */
		assert_null(strstr(text, "&b"));
		assert_true(strncmp(text, "a&amp;b.", 8) == 0);
		if (i == 1)
			assert_non_null(strstr(text, "\xe2\x80\xa6"));
		free(text);
		outbox_job_finish(&jobs[i]);
	}
	/* About 8,400 characters: more than two pieces, all of it sent. */
	n = events_reply(crisis, MATCH_CRISIS, "1.2", jobs);
	assert_int_equal(n, 3);
	for (size_t i = 0; i < n; i++) {
		text = job_field(&jobs[i], "text");
		assert_null(strstr(text, "\xe2\x80\xa6"));
		assert_true(form_utf16_len(text, strlen(text)) <= 4000);
		free(text);
		outbox_job_finish(&jobs[i]);
	}
	free(amps);
	free(crisis);
}

/* Run the command reply; returns the parsed response (caller frees). */
static cJSON *
command_reply(const char *answer, enum match_kind kind)
{
	char *body = reply_json(&channel_slack_command, slack_env, answer,
	    kind);
	cJSON *root = form_json_parse(body, strlen(body));

	assert_non_null(root);
	free(body);
	return root;
}

/* The command's answer: ephemeral, escaped, one message of 4,000. */
static void
test_command_reply(void **state)
{
	char *long_text = repeat("Sessions are monitored.", 400, 5);
	cJSON *root;
	const char *t;

	(void)state;
	root = command_reply("A <b> & c", MATCH_ANSWER);
	assert_string_equal(cJSON_GetStringValue(
	    cJSON_GetObjectItemCaseSensitive(root, "response_type")),
	    "ephemeral");
	assert_string_equal(cJSON_GetStringValue(
	    cJSON_GetObjectItemCaseSensitive(root, "text")),
	    "A &lt;b&gt; &amp; c");
	cJSON_Delete(root);
	root = command_reply(long_text, MATCH_ANSWER);
	t = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(root,
	    "text"));
	assert_true(form_utf16_len(t, strlen(t)) <= 4000);
	assert_true(form_utf16_len(t, strlen(t)) > 3900);
	/* Cut after a sentence, then the ellipsis. */
	assert_string_equal(t + strlen(t) - 4, ".\xe2\x80\xa6");
	cJSON_Delete(root);
	free(long_text);
	assert_null(channel_slack_command.prepare);
}

/* prepare: api_base + path and the bot token as a bearer token. */
static void
test_prepare(void **state)
{
	struct conf *c = conf_make(slack_env);
	const char *env[] = { slack_env[0], NULL };
	struct conf *notoken = conf_make(env);
	struct curl_slist *h = NULL;
	char *url;

	(void)state;
	assert_int_equal(channel_slack_events.prepare(c, "/chat.postMessage", NULL, 0,
	    &url, &h), 0);
	assert_string_equal(url, "http://127.0.0.1:9/api/chat.postMessage");
	assert_non_null(h);
	assert_string_equal(h->data, "Authorization: Bearer " BOT_TOKEN);
	assert_null(h->next);
	free(url);
	curl_slist_free_all(h);
	assert_int_equal(channel_slack_events.prepare(notoken,
	    "/chat.postMessage", NULL, 0, &url, &h), -1);
	assert_null(url);
	assert_null(h);
	conf_free(c);
	conf_free(notoken);
	/* Without api_base, Slack's own. */
	c = conf_make((const char *[]){ slack_env[0], slack_env[1], NULL });
	assert_int_equal(channel_slack_events.prepare(c, "/chat.postMessage", NULL, 0,
	    &url, &h), 0);
	assert_string_equal(url, "https://slack.com/api/chat.postMessage");
	free(url);
	curl_slist_free_all(h);
	conf_free(c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_enabled),
		cmocka_unit_test(test_verify_official),
		cmocka_unit_test(test_verify_fails),
		cmocka_unit_test(test_command_parse_official),
		cmocka_unit_test(test_command_parse_cases),
		cmocka_unit_test(test_events_url_verification),
		cmocka_unit_test(test_events_messages),
		cmocka_unit_test(test_events_ignored),
		cmocka_unit_test(test_events_errors),
		cmocka_unit_test(test_events_reply_job),
		cmocka_unit_test(test_events_reply_split),
		cmocka_unit_test(test_command_reply),
		cmocka_unit_test(test_prepare),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
