/*
 * Reading one inbound XMPP message stanza, with no connection: whether
 * to answer it (direct chat, or addressed by nick in one of our rooms),
 * where the reply goes, and its conversation id. Kept apart from the
 * connector's event loop (xmpp.c) so that tests can drive it with
 * stanzas they build.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <strophe.h>

#include "convo.h"
#include "xmalloc.h"
#include "xmpp_msg.h"

/* Longest <thread> id copied into a reply. */
#define XMPPC_THREAD_MAX	256

#define XMPPC_NS_DELAY		"urn:xmpp:delay"
#define XMPPC_NS_DELAY_OLD	"jabber:x:delay"


/*
 * Where the question starts when body addresses nick ("faqbot: how...",
 * "faqbot, how...", "@faqbot: how..."; the nick compared without ASCII
 * case), or NULL when body is not addressed to nick. The question may be
 * empty.
 */
const char *
xmppc_addressed(const char *body, const char *nick)
{
	size_t n = strlen(nick);
	const char *p = body + strspn(body, " \t\r\n");

	if (*p == '@')
		p++;
	if (n == 0 || strncasecmp(p, nick, n) != 0)
		return NULL;
	p += n;
	p += strspn(p, " \t");
	if (*p != ':' && *p != ',')
		return NULL;
	p++;
	return p + strspn(p, " \t\r\n");
}

/*
 * The conversation id of a bare JID ("xmpp:alice@example.org") or of a
 * nick in a room ("xmpp:room@conference.example.org:alice"). An id that
 * would not fit becomes "xmpp:#" and the SHA-1 of the long one, so that
 * it stays unique and stable.
 */
void
xmppc_conversation(char out[CONVO_ID_MAX + 1], const char *where,
    const char *nick)
{
	static const char hex[] = "0123456789abcdef";
	unsigned char md[XMPP_SHA1_DIGEST_SIZE];
	char *id;
	int n;

	if (nick != NULL)
		n = xasprintf(&id, "xmpp:%s:%s", where, nick);
	else
		n = xasprintf(&id, "xmpp:%s", where);
	if (n <= CONVO_ID_MAX) {
		memcpy(out, id, (size_t)n + 1);
		free(id);
		return;
	}
	xmpp_sha1_digest((const unsigned char *)id, (size_t)n, md);
	free(id);
	memcpy(out, "xmpp:#", 6);
	for (size_t i = 0; i < sizeof(md); i++) {
		out[6 + 2 * i] = hex[md[i] >> 4];
		out[7 + 2 * i] = hex[md[i] & 15];
	}
	out[6 + 2 * sizeof(md)] = '\0';
}

/* True when the n bytes at a are the JID b, without ASCII case. */
static bool
xmppc_jid_eq(const char *a, size_t n, const char *b)
{
	return strlen(b) == n && strncasecmp(a, b, n) == 0;
}

/* The room whose bare JID is the n bytes at bare, or NULL. */
const char *
xmppc_room_find(const struct xmppc_self *self, const char *bare, size_t n)
{
	for (size_t i = 0; i < self->nrooms; i++)
		if (xmppc_jid_eq(bare, n, self->rooms[i]))
			return self->rooms[i];
	return NULL;
}

/* True when the stanza carries a delivery delay (XEP-0203 or -0091). */
static bool
xmppc_delayed(xmpp_stanza_t *st)
{
	return xmpp_stanza_get_child_by_name_and_ns(st, "delay",
	    XMPPC_NS_DELAY) != NULL ||
	    xmpp_stanza_get_child_by_name_and_ns(st, "x",
	    XMPPC_NS_DELAY_OLD) != NULL;
}

/* The text of child name of st, copied with xstrdup, or NULL. */
static char *
xmppc_child_text(xmpp_stanza_t *st, const char *name)
{
	xmpp_stanza_t *c = xmpp_stanza_get_child_by_name(st, name);
	char *s, *copy;

	if (c == NULL)
		return NULL;
	s = xmpp_stanza_get_text(c);
	if (s == NULL)
		return NULL;
	copy = xstrdup(s);
	xmpp_free(xmpp_stanza_get_context(st), s);
	return copy;
}

/*
 * The groupchat case of xmppc_msg_read; room is the bare room JID.
 * NULL when the message is ours to answer, else why not.
 */
static const char *
xmppc_msg_room(const struct xmppc_self *self, xmpp_stanza_t *st,
    const char *room, struct xmppc_msg *m)
{
	if (m->nick == NULL)
		return "from the room itself";
	if (strcmp(m->nick, self->nick) == 0)
		return "our own message";
	if (xmppc_delayed(st))
		return "room history";
	m->question = xmppc_addressed(m->body, self->nick);
	if (m->question == NULL)
		return "not addressed to us";
	m->kind = XMPPC_ROOM;
	m->reply_to = room;
	xmppc_conversation(m->conversation, room, m->nick);
	return NULL;
}

/* The chat and normal case of xmppc_msg_read; NULL, or why not. */
static const char *
xmppc_msg_direct(const struct xmppc_self *self, const char *from,
    size_t barelen, const char *room, struct xmppc_msg *m)
{
	char *bare;

	if (xmppc_jid_eq(from, barelen, self->bare))
		return "from our own account";
	if (room != NULL && m->nick == NULL)
		return "from the room itself";
	m->kind = XMPPC_DIRECT;
	m->reply_to = from;
	m->question = m->body + strspn(m->body, " \t\r\n");
	if (room != NULL) {
		/* A private message from a room occupant, by nick. */
		xmppc_conversation(m->conversation, room, m->nick);
		return NULL;
	}
	bare = xstrndup(from, barelen);
	xmppc_conversation(m->conversation, bare, NULL);
	free(bare);
	return NULL;
}

/* The checks of xmppc_msg_read; NULL when m is to be answered. */
static const char *
xmppc_msg_parse(const struct xmppc_self *self, xmpp_stanza_t *st,
    struct xmppc_msg *m)
{
	const char *type = xmpp_stanza_get_type(st);
	const char *from = xmpp_stanza_get_from(st);
	const char *room;
	size_t barelen;

	if (type == NULL)
		type = "normal";
	if (strcmp(type, "error") == 0)
		return "an error";
	if (strcmp(type, "chat") != 0 && strcmp(type, "normal") != 0 &&
	    strcmp(type, "groupchat") != 0)
		return "not a chat message";
	if (from == NULL || from[0] == '\0')
		return "no sender";
	m->body = xmppc_child_text(st, "body");
	if (m->body == NULL)
		return "no body";
	barelen = strcspn(from, "/");
	if (from[barelen] == '/' && from[barelen + 1] != '\0')
		m->nick = from + barelen + 1;
	room = xmppc_room_find(self, from, barelen);
	if (strcmp(type, "groupchat") != 0)
		return xmppc_msg_direct(self, from, barelen, room, m);
	if (room == NULL)
		return "not from one of our rooms";
	return xmppc_msg_room(self, st, room, m);
}

/*
 * Read one message stanza: whether to answer it, where the reply goes
 * and which conversation it belongs to. Pointers in m are borrowed from
 * st and self, except body and thread; release m with xmppc_msg_finish.
 */
void
xmppc_msg_read(const struct xmppc_self *self, xmpp_stanza_t *st,
    struct xmppc_msg *m)
{
	memset(m, 0, sizeof(*m));
	m->why = xmppc_msg_parse(self, st, m);
	if (m->why == NULL && m->question[0] == '\0')
		m->why = "empty";
	if (m->why != NULL) {
		m->kind = XMPPC_SKIP;
		return;
	}
	if (m->kind == XMPPC_DIRECT)
		m->thread = xmppc_child_text(st, "thread");
	if (m->thread != NULL && strlen(m->thread) > XMPPC_THREAD_MAX) {
		free(m->thread);
		m->thread = NULL;
	}
}

/* Free what xmppc_msg_read allocated; m can be read again after. */
void
xmppc_msg_finish(struct xmppc_msg *m)
{
	free(m->body);
	free(m->thread);
	m->body = m->thread = NULL;
}
