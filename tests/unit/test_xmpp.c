/*
 * Unit tests of xmpp.c, the parts that need no server: the reconnection
 * backoff, addressing by nick in rooms, conversation ids, reading message
 * stanzas (what is answered, what is skipped and why, where the reply
 * goes) and checking the [xmpp] settings. Stanzas are parsed by libstrophe
 * itself from the XML a server would send.
 */
#include <setjmp.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <strophe.h>

#include "conf.h"
#include "diag.h"
#include "xmpp.h"
#include "xmpp_msg.h"

#define ROOM	"help@conference.example.org"

static char *const rooms[] = {
	(char *)ROOM, (char *)"lobby@conference.example.org",
};

static const struct xmppc_self self = {
	.bare = "faqbot@example.org",
	.nick = "faqbot",
	.rooms = rooms,
	.nrooms = 2,
};

/* One libstrophe context for the stanzas of all tests. */
static int
setup(void **state)
{
	xmpp_initialize();
	*state = xmpp_ctx_new(NULL, NULL);
	return *state == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	xmpp_ctx_free(*state);
	xmpp_shutdown();
	return 0;
}

/* True when p is one of the room names of self (not in the stanza). */
static bool
is_room(const char *p)
{
	return p == rooms[0] || p == rooms[1];
}

/*
 * Read the stanza xml into m and free the stanza; what m borrows from it
 * is copied first. The caller releases m with finish.
 */
static void
read_xml(void **state, const char *xml, struct xmppc_msg *m)
{
	xmpp_stanza_t *st = xmpp_stanza_new_from_string(*state, xml);

	assert_non_null(st);
	xmppc_msg_read(&self, st, m);
	if (m->reply_to != NULL && !is_room(m->reply_to))
		m->reply_to = strdup(m->reply_to);
	if (m->nick != NULL)
		m->nick = strdup(m->nick);
	xmpp_stanza_release(st);
}

/* Free the copies read_xml made, then m. */
static void
finish(struct xmppc_msg *m)
{
	if (m->reply_to != NULL && !is_room(m->reply_to))
		free((char *)m->reply_to);
	free((char *)m->nick);
	xmppc_msg_finish(m);
}

/* Assert that xml is skipped, for a reason containing why. */
static void
assert_skipped(void **state, const char *xml, const char *why)
{
	struct xmppc_msg m;

	read_xml(state, xml, &m);
	assert_int_equal(m.kind, XMPPC_SKIP);
	assert_non_null(m.why);
	if (strstr(m.why, why) == NULL)
		fail_msg("skipped for '%s', expected '%s'", m.why, why);
	finish(&m);
}

static void
test_backoff(void **state)
{
	static const unsigned want[] = { 1, 2, 4, 8, 16, 32, 60, 60, 60 };
	unsigned s = 0;

	(void)state;
	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		s = xmppc_backoff_next(s);
		assert_int_equal(s, want[i]);
	}
	assert_int_equal(xmppc_backoff_next(59), XMPPC_BACKOFF_MAX);
	assert_int_equal(xmppc_backoff_next(3), 6);
}

static void
test_addressed(void **state)
{
	(void)state;
	assert_string_equal(xmppc_addressed("faqbot: is it safe?", "faqbot"),
	    "is it safe?");
	assert_string_equal(xmppc_addressed("faqbot, is it safe?", "faqbot"),
	    "is it safe?");
	assert_string_equal(xmppc_addressed("  FaqBot :  hours", "faqbot"),
	    "hours");
	assert_string_equal(xmppc_addressed("@faqbot: cost", "faqbot"),
	    "cost");
	assert_string_equal(xmppc_addressed("faqbot:", "faqbot"), "");
	assert_string_equal(xmppc_addressed("faqbot:\n  cost", "faqbot"),
	    "cost");
	assert_null(xmppc_addressed("faqbot is it safe?", "faqbot"));
	assert_null(xmppc_addressed("faqbots: hi", "faqbot"));
	assert_null(xmppc_addressed("hey faqbot: hi", "faqbot"));
	assert_null(xmppc_addressed("is it safe?", "faqbot"));
	assert_null(xmppc_addressed("faq: hi", "faqbot"));
	assert_null(xmppc_addressed("", "faqbot"));
	assert_null(xmppc_addressed("anything: x", ""));
}

static void
test_conversation(void **state)
{
	char a[CONVO_ID_MAX + 1], b[CONVO_ID_MAX + 1];
	char jid[300], jid2[300];

	(void)state;
	xmppc_conversation(a, "alice@example.org", NULL);
	assert_string_equal(a, "xmpp:alice@example.org");
	xmppc_conversation(a, ROOM, "alice");
	assert_string_equal(a, "xmpp:" ROOM ":alice");
	/* Too long for the conversation store: hashed, stable, distinct. */
	memset(jid, 'a', 250);
	strcpy(jid + 250, "@example.org");
	strcpy(jid2, jid);
	jid2[0] = 'b';
	xmppc_conversation(a, jid, NULL);
	assert_int_equal(strncmp(a, "xmpp:#", 6), 0);
	assert_int_equal(strlen(a), 6 + 40);
	xmppc_conversation(b, jid, NULL);
	assert_string_equal(a, b);
	xmppc_conversation(b, jid2, NULL);
	assert_string_not_equal(a, b);
	xmppc_conversation(b, ROOM, jid);
	assert_int_equal(strncmp(b, "xmpp:#", 6), 0);
	assert_string_not_equal(a, b);
}

static void
test_direct(void **state)
{
	struct xmppc_msg m;

	read_xml(state, "<message from='alice@example.org/phone' "
	    "to='faqbot@example.org' type='chat' id='1'><body>  how much "
	    "does it cost</body><thread>th-1</thread></message>", &m);
	assert_int_equal(m.kind, XMPPC_DIRECT);
	assert_string_equal(m.reply_to, "alice@example.org/phone");
	assert_string_equal(m.question, "how much does it cost");
	assert_string_equal(m.conversation, "xmpp:alice@example.org");
	assert_string_equal(m.thread, "th-1");
	finish(&m);

	/* No type is "normal": answered the same way, no thread. */
	read_xml(state, "<message from='bob@example.org/x'><body>hours?"
	    "</body></message>", &m);
	assert_int_equal(m.kind, XMPPC_DIRECT);
	assert_string_equal(m.conversation, "xmpp:bob@example.org");
	assert_null(m.thread);
	finish(&m);

	/* Offline storage delivers late, with <delay/>: still answered. */
	read_xml(state, "<message from='bob@example.org/x' type='chat'>"
	    "<body>hours?</body><delay xmlns='urn:xmpp:delay' "
	    "stamp='2024-01-01T00:00:00Z'/></message>", &m);
	assert_int_equal(m.kind, XMPPC_DIRECT);
	finish(&m);
}

static void
test_private_in_room(void **state)
{
	struct xmppc_msg m;

	/* A private message from a room occupant: by nick, reply to them. */
	read_xml(state, "<message from='" ROOM "/alice' type='chat'><body>"
	    "is it safe?</body><x xmlns='http://jabber.org/protocol/muc#user'/>"
	    "</message>", &m);
	assert_int_equal(m.kind, XMPPC_DIRECT);
	assert_string_equal(m.reply_to, ROOM "/alice");
	assert_string_equal(m.conversation, "xmpp:" ROOM ":alice");
	finish(&m);
	assert_skipped(state, "<message from='" ROOM "'><body>You are "
	    "invited</body></message>", "room itself");
}

static void
test_room(void **state)
{
	struct xmppc_msg m;

	read_xml(state, "<message from='" ROOM "/alice' type='groupchat' "
	    "id='g1'><body>faqbot: what are your hours?</body></message>", &m);
	assert_int_equal(m.kind, XMPPC_ROOM);
	assert_string_equal(m.reply_to, ROOM);
	assert_string_equal(m.nick, "alice");
	assert_string_equal(m.question, "what are your hours?");
	assert_string_equal(m.conversation, "xmpp:" ROOM ":alice");
	assert_null(m.thread);
	finish(&m);

	/* The room JID is matched without case. */
	read_xml(state, "<message from='Help@Conference.Example.org/bo b' "
	    "type='groupchat'><body>faqbot, cost?</body></message>", &m);
	assert_int_equal(m.kind, XMPPC_ROOM);
	assert_string_equal(m.nick, "bo b");
	finish(&m);
}

static void
test_skipped(void **state)
{
	assert_skipped(state, "<message from='" ROOM "/alice' "
	    "type='groupchat'><body>what are your hours?</body></message>",
	    "not addressed");
	assert_skipped(state, "<message from='" ROOM "/faqbot' "
	    "type='groupchat'><body>faqbot: echo</body></message>", "our own");
	assert_skipped(state, "<message from='" ROOM "/alice' "
	    "type='groupchat'><body>faqbot: old</body><delay "
	    "xmlns='urn:xmpp:delay' stamp='2024-01-01T00:00:00Z'/></message>",
	    "history");
	assert_skipped(state, "<message from='" ROOM "/alice' "
	    "type='groupchat'><body>faqbot: old</body><x "
	    "xmlns='jabber:x:delay' stamp='20240101T00:00:00'/></message>",
	    "history");
	assert_skipped(state, "<message from='" ROOM "' type='groupchat'>"
	    "<body>faqbot: topic</body></message>", "room itself");
	assert_skipped(state, "<message from='other@conference.example.org/a' "
	    "type='groupchat'><body>faqbot: hi</body></message>",
	    "not from one of our rooms");
	assert_skipped(state, "<message from='alice@example.org/x' "
	    "type='chat'><active xmlns='http://jabber.org/protocol/chatstates'"
	    "/></message>", "no body");
	assert_skipped(state, "<message from='alice@example.org/x' "
	    "type='error'><body>hi</body><error type='cancel'/></message>",
	    "error");
	assert_skipped(state, "<message from='news@example.org' "
	    "type='headline'><body>hi</body></message>", "not a chat");
	assert_skipped(state, "<message from='faqbot@example.org/other' "
	    "type='chat'><body>hi</body></message>", "our own account");
	assert_skipped(state, "<message type='chat'><body>hi</body>"
	    "</message>", "no sender");
	assert_skipped(state, "<message from='alice@example.org/x' "
	    "type='chat'><body>  \n </body></message>", "empty");
	assert_skipped(state, "<message from='" ROOM "/alice' "
	    "type='groupchat'><body>faqbot:  </body></message>", "empty");
}

/* A conf from the environment-style settings in env. */
static struct conf *
conf_from(const char *const *env)
{
	struct conf *c = conf_new();
	struct diag *d = diag_new();

	assert_int_equal(conf_apply_env(c, (char **)env, d), 0);
	diag_free(d);
	return c;
}

/* Assert that xmppc_check refuses env with an error containing want. */
static void
assert_conf_error(const char *const *env, const char *want)
{
	struct conf *c = conf_from(env);
	char err[BOT_ERR_LEN] = "";

	assert_int_equal(xmppc_check(c, err), -1);
	if (strstr(err, want) == NULL)
		fail_msg("error '%s', expected '%s'", err, want);
	conf_free(c);
}

static void
test_check(void **state)
{
	static const char *const good[] = {
		"FAQBOT_XMPP_JID=faqbot@example.org/bot",
		"FAQBOT_XMPP_PASSWORD=pw",
		"FAQBOT_XMPP_ROOMS= help@conference.example.org ,"
		    "lobby@conference.example.org,",
		NULL,
	};
	static const char *const off[] = { NULL };
	static const char *const nojid[] = {
		"FAQBOT_XMPP_JID=example.org", "FAQBOT_XMPP_PASSWORD=pw", NULL,
	};
	static const char *const nopw[] = {
		"FAQBOT_XMPP_JID=faqbot@example.org", NULL,
	};
	static const char *const badroom[] = {
		"FAQBOT_XMPP_JID=faqbot@example.org", "FAQBOT_XMPP_PASSWORD=pw",
		"FAQBOT_XMPP_ROOMS=help@conference.example.org,#clinic", NULL,
	};
	static const char *const roomnick[] = {
		"FAQBOT_XMPP_JID=faqbot@example.org", "FAQBOT_XMPP_PASSWORD=pw",
		"FAQBOT_XMPP_ROOMS=help@conference.example.org/me", NULL,
	};
	struct conf *c = conf_from(good);
	char err[BOT_ERR_LEN] = "";

	(void)state;
	assert_true(xmppc_enabled(c));
	assert_int_equal(xmppc_check(c, err), 0);
	conf_free(c);
	c = conf_from(off);
	assert_false(xmppc_enabled(c));
	conf_free(c);
	assert_conf_error(off, "jid is empty");
	assert_conf_error(nojid, "not a Jabber id");
	assert_conf_error(nopw, "password is not set");
	assert_conf_error(badroom, "'#clinic'");
	assert_conf_error(roomnick, "not a room address");
}

/*
 * xmppc_start: off without a jid (NULL, err empty), refuses what
 * xmppc_check refuses (NULL, err says why); stop accepts NULL.
 */
static void
test_start_refused(void **state)
{
	static const char *const off[] = { NULL };
	static const char *const nopw[] = {
		"FAQBOT_XMPP_JID=faqbot@example.org", NULL,
	};
	struct conf *c = conf_from(off);
	char err[BOT_ERR_LEN] = "x";

	(void)state;
	assert_null(xmppc_start(c, NULL, err));
	assert_string_equal(err, "");
	conf_free(c);
	c = conf_from(nopw);
	assert_null(xmppc_start(c, NULL, err));
	assert_non_null(strstr(err, "password"));
	xmppc_stop(NULL);
	conf_free(c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_backoff),
		cmocka_unit_test(test_addressed),
		cmocka_unit_test(test_conversation),
		cmocka_unit_test(test_direct),
		cmocka_unit_test(test_private_in_room),
		cmocka_unit_test(test_room),
		cmocka_unit_test(test_skipped),
		cmocka_unit_test(test_check),
		cmocka_unit_test(test_start_refused),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
