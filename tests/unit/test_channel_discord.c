/*
 * Unit tests of the Discord interactions channel (bot/channel_discord.c):
 * Ed25519 over the derived request of protocols.md (signed with the RFC
 * 8032 test key 1) and over full interactions signed here with the same
 * key, tampering, another key, stale timestamps and missing headers; PING;
 * slash commands in a server, in a direct message and with subcommands;
 * what is only acknowledged; and the one ephemeral answer (2,000
 * characters, the crisis reply of the bundled knowledge whole).
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
#include <openssl/evp.h>

#include "alert.h"
#include "channel.h"
#include "conf.h"
#include "form.h"
#include "kb.h"
#include "match.h"
#include "outbox.h"
#include "sig.h"
#include "testutil.h"
#include "xmalloc.h"

extern const struct channel_ops channel_discord;

/* RFC 8032 section 7.1, test 1 and test 2 keys. */
#define T1_SK	"9d61b19deffd5a60ba844af492ec2cc4" \
	"4449c5697b326919703bac031cae7f60"
#define T1_PK	"d75a980182b10ab7d54bfed3c964073a" \
	"0ee172f3daa62325af021a68f707511a"
#define T2_PK	"3d4017c3e843895a92b70aa74d1b7ebc" \
	"9c982ccf2ec4968cc0cd55f12af4660c"

/* The derived Discord-shaped request of protocols.md section 6. */
#define PING_TS		"1700000000"
#define PING_BODY	"{\"type\":1}"
#define PING_SIG	"1695961a47c91a1ec033b819b7e87e3dbc583dd0cee6d1fd" \
	"0216f58ac87b6228ae531ddbf91fb7bc28d7edf7f08604da16f54624f38a6bc06" \
	"14e4dc13cd4" \
	"7f0f"
#define NOW		1700000000

static const char *const discord_env[] = {
	"FAQBOT_DISCORD_PUBLIC_KEY=" T1_PK,
	NULL,
};

/* /faq question:<text> in a server channel (member.user). */
static const char guild_fixture[] =
    "{\"app_permissions\":\"442368\",\"application_id\":"
    "\"1194780271338651648\",\"channel\":{\"id\":\"1194782215302008852\","
    "\"name\":\"general\",\"type\":0},\"channel_id\":\"1194782215302008852\","
    "\"data\":{\"id\":\"1194785160911470662\",\"name\":\"faq\",\"options\":"
    "[{\"name\":\"question\",\"type\":3,\"value\":\"  Can I drive home "
    "after?\"}],\"type\":1},\"entitlements\":[],\"guild_id\":"
    "\"1194782214827933798\",\"guild_locale\":\"en-US\",\"id\":"
    "\"1194786371521945630\",\"locale\":\"en-US\",\"member\":{\"nick\":null,"
    "\"roles\":[],\"user\":{\"id\":\"272405284358840320\",\"username\":"
    "\"ana\",\"global_name\":\"Ana\",\"discriminator\":\"0\"}},\"token\":"
    "\"aW50ZXJhY3Rpb246MTE5NDc4NjM3MTUyMTk0NTYzMDp0b2tlbg\",\"type\":2,"
    "\"version\":1}";

/* The same command in a direct message (user, no member). */
static const char dm_fixture[] =
    "{\"application_id\":\"1194780271338651648\",\"channel_id\":"
    "\"1194790000000000001\",\"data\":{\"id\":\"1194785160911470662\","
    "\"name\":\"faq\",\"options\":[{\"name\":\"question\",\"type\":3,"
    "\"value\":\"cost\"}],\"type\":1},\"id\":\"1194786371521945631\","
    "\"token\":\"dG9rZW4\",\"type\":2,\"user\":{\"id\":"
    "\"272405284358840320\",\"username\":\"ana\"},\"version\":1}";

/*
 * A subcommand (/faq ask question:<text>) after a boolean option, with a
 * number and a user (a snowflake: a string, but no text) first.
 */
static const char sub_fixture[] =
    "{\"channel_id\":\"1\",\"data\":{\"name\":\"faq\",\"options\":[{\"name\":"
    "\"private\",\"type\":5,\"value\":true},{\"name\":\"ask\",\"type\":1,"
    "\"options\":[{\"name\":\"lang\",\"type\":4,\"value\":2},{\"name\":"
    "\"for\",\"type\":6,\"value\":\"272405284358840320\"},{\"name\":"
    "\"question\",\"type\":3,\"value\":\"side effects\"}]}]},\"id\":\"7\","
    "\"type\":2,\"user\":{\"id\":\"9\"}}";

/* A command with no option at all. */
static const char bare_fixture[] =
    "{\"channel_id\":\"1\",\"data\":{\"name\":\"faq\"},\"id\":\"8\",\"type\":"
    "2,\"member\":{\"user\":{\"id\":\"9\"}}}";

/* A POST of body with these headers (NULL: left out), received at now. */
static struct channel_req
req_make(struct fake *f, const char *body, const char *sig, const char *ts,
    time_t now)
{
	struct channel_req r = fake_post(f, "/discord/interactions", body, now,
	    "X-Signature-Ed25519", sig);

	fake_add_header(f, "X-Signature-Timestamp", ts);
	return r;
}

/* verify a request under config env. */
static int
verify(const char *const *env, const char *body, const char *sig,
    const char *ts, time_t now, char err[BOT_ERR_LEN])
{
	struct fake f;
	struct channel_req r = req_make(&f, body, sig, ts, now);

	return verify_env(&channel_discord, env, &r, err);
}

/* Sign ts || body with the RFC 8032 test 1 key; hex into out. */
static void
sign(const char *ts, const char *body, char out[SIG_HEX_SIZE(64)])
{
	unsigned char sk[32], sig[64];
	size_t siglen = sizeof(sig);
	EVP_PKEY *key;
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	char *msg;

	assert_int_equal(sig_hex_decode(T1_SK, sk, sizeof(sk)), 0);
	key = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, NULL, sk,
	    sizeof(sk));
	assert_non_null(key);
	xasprintf(&msg, "%s%s", ts, body);
	assert_int_equal(EVP_DigestSignInit(md, NULL, NULL, NULL, key), 1);
	assert_int_equal(EVP_DigestSign(md, sig, &siglen,
	    (const unsigned char *)msg, strlen(msg)), 1);
	assert_int_equal(siglen, 64);
	sig_hex(sig, sizeof(sig), out);
	free(msg);
	EVP_MD_CTX_free(md);
	EVP_PKEY_free(key);
}

/* On with the public key, off without. */
static void
test_enabled(void **state)
{
	(void)state;
	assert_enabled_by(&channel_discord, discord_env);
	assert_string_equal(channel_discord.path, "/discord/interactions");
	assert_null(channel_discord.prepare);
}

/* The derived request passes; our signer agrees with it. */
static void
test_verify_vector(void **state)
{
	char err[BOT_ERR_LEN], sig[SIG_HEX_SIZE(64)];

	(void)state;
	assert_int_equal(verify(discord_env, PING_BODY, PING_SIG, PING_TS,
	    NOW, err), 0);
	/* Ed25519 is deterministic: the same key signs the same bytes. */
	sign(PING_TS, PING_BODY, sig);
	assert_string_equal(sig, PING_SIG);
	sign("1700000100", guild_fixture, sig);
	assert_int_equal(verify(discord_env, guild_fixture, sig, "1700000100",
	    NOW + 100, err), 0);
}

/* Tampering, another key, stale times and broken headers fail. */
static void
test_verify_fails(void **state)
{
	const char *t2[] = { "FAQBOT_DISCORD_PUBLIC_KEY=" T2_PK, NULL };
	const char *badkey[] = { "FAQBOT_DISCORD_PUBLIC_KEY=d75a98", NULL };
	char err[BOT_ERR_LEN], sig[SIG_HEX_SIZE(64)];

	(void)state;
	assert_int_equal(verify(discord_env, "{\"type\":2}", PING_SIG, PING_TS,
	    NOW, err), -1);
	assert_string_equal(err,
	    "X-Signature-Ed25519 does not match the request");
	assert_int_equal(verify(discord_env, PING_BODY " ", PING_SIG, PING_TS,
	    NOW, err), -1);
	/* The timestamp is signed too. */
	assert_int_equal(verify(discord_env, PING_BODY, PING_SIG, "1700000001",
	    NOW, err), -1);
	assert_int_equal(verify(t2, PING_BODY, PING_SIG, PING_TS, NOW, err),
	    -1);
	assert_string_equal(err,
	    "X-Signature-Ed25519 does not match the request");
	/* One bit of the signature. */
	snprintf(sig, sizeof(sig), "%s", PING_SIG);
	sig[127] = sig[127] == 'f' ? 'e' : 'f';
	assert_int_equal(verify(discord_env, PING_BODY, sig, PING_TS, NOW,
	    err), -1);
	/* Five minutes either way. */
	assert_int_equal(verify(discord_env, PING_BODY, PING_SIG, PING_TS,
	    NOW + 300, err), 0);
	assert_int_equal(verify(discord_env, PING_BODY, PING_SIG, PING_TS,
	    NOW - 300, err), 0);
	assert_int_equal(verify(discord_env, PING_BODY, PING_SIG, PING_TS,
	    NOW + 301, err), -1);
	assert_string_equal(err, "X-Signature-Timestamp is more than 300 s "
	    "away from now");
	assert_int_equal(verify(discord_env, PING_BODY, PING_SIG, PING_TS,
	    NOW - 3600, err), -1);
	assert_int_equal(verify(discord_env, PING_BODY, NULL, PING_TS, NOW,
	    err), -1);
	assert_string_equal(err, "missing X-Signature-Ed25519 header");
	assert_int_equal(verify(discord_env, PING_BODY, PING_SIG, NULL, NOW,
	    err), -1);
	assert_string_equal(err, "missing X-Signature-Timestamp header");
	assert_int_equal(verify(discord_env, PING_BODY, PING_SIG + 2, PING_TS,
	    NOW, err), -1);
	assert_string_equal(err, "malformed X-Signature-Ed25519 header");
	assert_int_equal(verify(discord_env, PING_BODY, PING_SIG, "17e8",
	    NOW, err), -1);
	assert_string_equal(err, "malformed X-Signature-Timestamp header");
	assert_int_equal(verify(badkey, PING_BODY, PING_SIG, PING_TS, NOW,
	    err), -1);
	assert_string_equal(err, "[discord] public_key is not 64 hex digits");
}

/* parse body; resp is left for the caller (who frees it). */
static int
parse(const char *body, struct channel_msg *m, struct channel_resp *resp,
    char err[BOT_ERR_LEN])
{
	struct fake f;
	struct channel_req r = req_make(&f, body, NULL, NULL, NOW);

	return parse_resp(&channel_discord, discord_env, &r, m, resp, err);
}

/* PING is answered with PONG, as JSON. */
static void
test_ping(void **state)
{
	struct channel_msg m;
	struct channel_resp resp;
	char err[BOT_ERR_LEN];

	(void)state;
	assert_int_equal(parse(PING_BODY, &m, &resp, err), 0);
	assert_int_equal(m.kind, CHANNEL_HANDSHAKE);
	assert_int_equal(resp.status, 200);
	assert_string_equal(resp.content_type, "application/json");
	assert_string_equal(buf_str(&resp.body), "{\"type\":1}");
	channel_msg_finish(&m);
	buf_finish(&resp.body);
}

/* Parse a command expected to be a message; checks the shared fields. */
static void
parse_command(const char *body, struct channel_msg *m)
{
	struct channel_resp resp;
	char err[BOT_ERR_LEN];

	if (parse(body, m, &resp, err) != 0)
		fail_msg("parse: %s", err);
	assert_int_equal(m->kind, CHANNEL_MESSAGE);
	buf_finish(&resp.body);
}

/* Commands in a server, in a DM, with a subcommand, with no question. */
static void
test_commands(void **state)
{
	struct channel_msg m;

	(void)state;
	parse_command(guild_fixture, &m);
	assert_string_equal(m.event_id, "1194786371521945630");
	assert_string_equal(m.conversation,
	    "discord:1194782215302008852:272405284358840320");
	assert_string_equal(m.reply_to, "1194782215302008852");
	assert_string_equal(m.text, "Can I drive home after?");
	channel_msg_finish(&m);
	parse_command(dm_fixture, &m);
	assert_string_equal(m.event_id, "1194786371521945631");
	assert_string_equal(m.conversation,
	    "discord:1194790000000000001:272405284358840320");
	assert_string_equal(m.text, "cost");
	channel_msg_finish(&m);
	parse_command(sub_fixture, &m);
	assert_string_equal(m.text, "side effects");
	assert_string_equal(m.conversation, "discord:1:9");
	channel_msg_finish(&m);
	parse_command(bare_fixture, &m);
	assert_string_equal(m.text, "help");
	channel_msg_finish(&m);
}

/* Bots, autocompletion and components: acknowledged, never answered. */
static void
test_ignored(void **state)
{
	static const struct {
		const char *body, *resp;
	} v[] = {
		{ "{\"channel_id\":\"1\",\"id\":\"8\",\"type\":2,\"user\":{"
		  "\"id\":\"9\",\"bot\":true},\"data\":{\"options\":[{"
		  "\"type\":3,\"value\":\"hi\"}]}}", "" },
		{ "{\"type\":4,\"id\":\"8\",\"data\":{\"options\":[{\"type\":3,"
		  "\"value\":\"cos\",\"focused\":true}]}}",
		  "{\"type\":8,\"data\":{\"choices\":[]}}" },
		{ "{\"type\":3,\"id\":\"8\",\"data\":{\"custom_id\":\"x\"}}",
		  "{\"type\":6}" },
		{ "{\"type\":5,\"id\":\"8\"}", "{\"type\":6}" },
	};
	struct channel_msg m;
	struct channel_resp resp;
	char err[BOT_ERR_LEN];

	(void)state;
	for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		assert_int_equal(parse(v[i].body, &m, &resp, err), 0);
		assert_int_equal(m.kind, CHANNEL_IGNORE);
		assert_null(m.text);
		assert_int_equal(resp.status, 200);
		assert_string_equal(buf_str(&resp.body), v[i].resp);
		channel_msg_finish(&m);
		buf_finish(&resp.body);
	}
}

/* Malformed interactions are parse errors with a reason. */
static void
test_parse_errors(void **state)
{
	static const struct {
		const char *body, *err;
	} v[] = {
		{ "{\"type\":", "body is not JSON" },
		{ "{\"id\":\"1\"}", "missing or bad type" },
		{ "{\"type\":\"2\"}", "missing or bad type" },
		{ "{\"type\":9}", "unknown interaction type 9" },
		{ "{\"type\":2,\"id\":1,\"channel_id\":\"1\",\"user\":{\"id\":"
		  "\"9\"}}", "missing or bad id" },
		{ "{\"type\":2,\"id\":\"1\",\"user\":{\"id\":\"9\"}}",
		  "missing or bad channel_id or user id" },
		{ "{\"type\":2,\"id\":\"1\",\"channel_id\":\"1\"}",
		  "missing or bad channel_id or user id" },
		{ "{\"type\":2,\"id\":\"123456789012345678901\",\"channel_id\":"
		  "\"1\",\"user\":{\"id\":\"9\"}}", "missing or bad id" },
	};
	struct channel_msg m;
	struct channel_resp resp;
	char err[BOT_ERR_LEN];

	(void)state;
	for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		assert_int_equal(parse(v[i].body, &m, &resp, err), -1);
		assert_string_equal(err, v[i].err);
		channel_msg_finish(&m);
		buf_finish(&resp.body);
	}
}

/* Run reply; returns data.content (caller frees), checks the rest. */
static char *
reply(const char *answer, enum match_kind kind)
{
	char *body = reply_json(&channel_discord, discord_env, answer, kind);
	const cJSON *data, *parse_list;
	cJSON *root;
	char *content;

	root = form_json_parse(body, strlen(body));
	assert_non_null(root);
	assert_true(cJSON_GetObjectItemCaseSensitive(root,
	    "type")->valuedouble == 4);
	data = cJSON_GetObjectItemCaseSensitive(root, "data");
	assert_true(cJSON_GetObjectItemCaseSensitive(data,
	    "flags")->valuedouble == 64);
	parse_list = cJSON_GetObjectItemCaseSensitive(
	    cJSON_GetObjectItemCaseSensitive(data, "allowed_mentions"),
	    "parse");
	assert_true(cJSON_IsArray(parse_list));
	assert_int_equal(cJSON_GetArraySize(parse_list), 0);
	content = xstrdup(cJSON_GetStringValue(
	    cJSON_GetObjectItemCaseSensitive(data, "content")));
	cJSON_Delete(root);
	free(body);
	return content;
}

/*
 * Build n lines of two sentences joined by newlines, so that the best
 * break is a sentence end, not a line; caller frees.
 */
static char *
lines(size_t n)
{
	struct buf b;

	buf_init(&b, 0);
	for (size_t i = 0; i < n; i++)
		buf_printf(&b, "%sLine %zu: call 988. Or 911, day and night",
		    i > 0 ? "\n" : "", i);
	return buf_steal(&b);
}

/* One ephemeral message: mentions off; long answers cut at 2,000. */
static void
test_reply(void **state)
{
	char *long_text = lines(100), *content;
	size_t len;

	(void)state;
	content = reply("Ask @everyone <@123>: **yes**.", MATCH_ANSWER);
	assert_string_equal(content, "Ask @everyone <@123>: **yes**.");
	free(content);
	content = reply(long_text, MATCH_ANSWER);
	len = form_utf16_len(content, strlen(content));
	assert_true(len <= 2000 && len > 1900);
	/* Cut after a sentence, mid-line, then the ellipsis. */
	assert_string_equal(content + strlen(content) - 7, "988.\xe2\x80\xa6");
	free(content);
	/* A crisis text too long: whole lines, no ellipsis. */
	content = reply(long_text, MATCH_CRISIS);
	len = strlen(content);
	assert_true(form_utf16_len(content, len) <= 2000);
	assert_true(form_utf16_len(content, len) > 1900);
	assert_null(strstr(content, "\xe2\x80\xa6"));
	assert_true(strncmp(long_text, content, len) == 0);
	assert_int_equal(long_text[len], '\n');
	free(content);
	free(long_text);
}

/* The crisis reply of the bundled knowledge, alert note included, fits. */
static void
test_reply_real_crisis(void **state)
{
	const char *q = "I want to kill myself";
	struct diag *d = diag_new();
	struct kb *kb = kb_load("knowledge", d);
	struct match_result r;
	char *content;

	(void)state;
	if (kb == NULL)
		diag_print(d, stderr);
	assert_non_null(kb);
	assert_int_equal(match_ask(kb, NULL, q, strlen(q), &r, NULL), 0);
	assert_int_equal(r.kind, MATCH_CRISIS);
	alert_tell_patient(kb, &r);
	assert_true(form_utf16_len(r.answer, strlen(r.answer)) < 2000);
	content = reply(r.answer, r.kind);
	assert_string_equal(content, r.answer);
	assert_non_null(strstr(content, "988"));
	free(content);
	match_result_finish(&r);
	kb_unref(kb);
	diag_free(d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_enabled),
		cmocka_unit_test(test_verify_vector),
		cmocka_unit_test(test_verify_fails),
		cmocka_unit_test(test_ping),
		cmocka_unit_test(test_commands),
		cmocka_unit_test(test_ignored),
		cmocka_unit_test(test_parse_errors),
		cmocka_unit_test(test_reply),
		cmocka_unit_test(test_reply_real_crisis),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
