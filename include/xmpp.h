/*
 * The XMPP connector: faqbot logs in to an XMPP server as an ordinary
 * client (libstrophe), answers one-to-one chats, and answers in
 * multi-user chat rooms (XEP-0045) when addressed by its nick. One thread
 * runs libstrophe's event loop and reconnects with backoff when the
 * connection drops. Names start with xmppc_ because libstrophe owns the
 * xmpp_ prefix.
 */
#ifndef FAQBOT_XMPP_H
#define FAQBOT_XMPP_H

#include <stdbool.h>
#include <stddef.h>

#include "convo.h"
#include "diag.h"

struct conf;
struct chanserve_deps;
struct xmppc;
struct _xmpp_stanza_t;		/* libstrophe's xmpp_stanza_t */

/* Longest wait between two connection attempts, in seconds. */
#define XMPPC_BACKOFF_MAX	60
/* Most rooms joined at once. */
#define XMPPC_ROOMS_MAX		32

bool		 xmppc_enabled(const struct conf *);
int		 xmppc_check(const struct conf *, char err[BOT_ERR_LEN]);
struct xmppc	*xmppc_start(const struct conf *,
		    const struct chanserve_deps *, char err[BOT_ERR_LEN]);
void		 xmppc_stop(struct xmppc *);

/*
 * The parts without a connection, exposed for tests/unit/test_xmpp.c:
 * what to do with one inbound message stanza.
 */
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
void		 xmppc_conversation(char out[CONVO_ID_MAX + 1],
		    const char *where, const char *nick);
unsigned	 xmppc_backoff_next(unsigned seconds);

#endif
