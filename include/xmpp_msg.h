/*
 * The XMPP message reader: what to do with one inbound message stanza,
 * with no connection (bot/xmpp_msg.c). Used by the connector (xmpp.c)
 * and by tests/unit/test_xmpp.c. Names start with xmppc_ because
 * libstrophe owns the xmpp_ prefix.
 */
#ifndef FAQBOT_XMPP_MSG_H
#define FAQBOT_XMPP_MSG_H

#include <stdbool.h>
#include <stddef.h>

#include "convo.h"

struct _xmpp_stanza_t;		/* libstrophe's xmpp_stanza_t */

enum xmppc_kind {
	XMPPC_SKIP,		/* not ours to answer; why says why */
	XMPPC_DIRECT,		/* one-to-one: answer with a chat message */
	XMPPC_ROOM,		/* addressed in a room: answer in the room */
};

/* Who we are, as the message reader needs it; all borrowed. */
struct xmppc_self {
	const char	*bare;		/* our bare JID */
	const char	*nick;		/* our nick in rooms */
	char *const	*rooms;		/* bare room JIDs we join */
	size_t		 nrooms;
};

struct xmppc_msg {
	enum xmppc_kind	 kind;
	const char	*why;		/* static reason when skipped */
	const char	*reply_to;	/* sender's full JID, or the room */
	const char	*nick;		/* sender's nick in a room, or NULL */
	const char	*question;	/* the text to answer, inside body */
	char		*body;		/* owned */
	char		*thread;	/* owned; <thread> to keep, or NULL */
	char		 conversation[CONVO_ID_MAX + 1];
};

void		 xmppc_msg_read(const struct xmppc_self *,
		    struct _xmpp_stanza_t *, struct xmppc_msg *);
void		 xmppc_msg_finish(struct xmppc_msg *);
const char	*xmppc_addressed(const char *body, const char *nick);
const char	*xmppc_room_find(const struct xmppc_self *, const char *bare,
		    size_t n);
void		 xmppc_conversation(char out[CONVO_ID_MAX + 1],
		    const char *where, const char *nick);

#endif
