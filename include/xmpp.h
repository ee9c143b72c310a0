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

#include "diag.h"

struct conf;
struct chanserve_deps;
struct xmppc;

/* Longest wait between two connection attempts, in seconds. */
#define XMPPC_BACKOFF_MAX	60
/* Most rooms joined at once. */
#define XMPPC_ROOMS_MAX		32

bool		 xmppc_enabled(const struct conf *);
int		 xmppc_check(const struct conf *, char err[BOT_ERR_LEN]);
struct xmppc	*xmppc_start(const struct conf *,
		    const struct chanserve_deps *, char err[BOT_ERR_LEN]);
void		 xmppc_stop(struct xmppc *);

/* Exposed for tests/unit/test_xmpp.c. */
unsigned	 xmppc_backoff_next(unsigned seconds);

#endif
