/*
 * The IRC connector: faqbot joins an IRC network as an ordinary client (no
 * public address needed), answers when it is addressed in its channels or
 * in a private message, and reconnects by itself with backoff. One thread
 * owns the connection; every answer goes through chanserve_answer_text.
 */
#ifndef FAQBOT_IRC_H
#define FAQBOT_IRC_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

struct conf;
struct chanserve_deps;
struct irc;

bool		 irc_enabled(const struct conf *);
int		 irc_check(const struct conf *, char err[BOT_ERR_LEN]);
struct irc	*irc_start(const struct conf *, const struct chanserve_deps *,
		    char err[BOT_ERR_LEN]);
void		 irc_stop(struct irc *);

#endif
