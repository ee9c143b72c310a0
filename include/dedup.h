/*
 * Redelivery protection: remembers the platform event ids already answered
 * (Slack event_id, Telegram update_id, WhatsApp message id, Twilio
 * MessageSid...) for at least 24 hours, persisted across restarts in an
 * append-only file that is compacted on open. Thread-safe.
 */
#ifndef FAQBOT_DEDUP_H
#define FAQBOT_DEDUP_H

#include <stdbool.h>
#include <time.h>

#include "diag.h"

struct dedup;

struct dedup	*dedup_open(const char *path, int keep_seconds,
		    char err[BOT_ERR_LEN]);
void		 dedup_close(struct dedup *);
/*
 * True when (channel, id) is new: it is then claimed, in memory and on
 * disk (fsynced), so that a concurrent or later redelivery sees it.
 */
bool		 dedup_first(struct dedup *, const char *channel,
		    const char *id, time_t now);
/* Release a claim when the message could not be handled after all, so
 * that the platform's redelivery is answered. */
void		 dedup_forget(struct dedup *, const char *channel,
		    const char *id);

#endif
