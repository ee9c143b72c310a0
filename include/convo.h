/*
 * Conversations the server is holding: what each remembers between
 * messages (struct match_ctx) and how fast it is sending, keyed by the
 * client's opaque conversation id, with a time-to-live and a bound on how
 * many are kept. Thread-safe.
 */
#ifndef FAQBOT_CONVO_H
#define FAQBOT_CONVO_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "match.h"

/* Longest conversation id accepted from a client. */
#define CONVO_ID_MAX	128

struct convo_store;

struct convo_store *convo_new(size_t max, int ttl_seconds, int per_minute);
void		 convo_free(struct convo_store *);
bool		 convo_begin(struct convo_store *, const char *id, time_t now,
		    struct match_ctx *);
void		 convo_end(struct convo_store *, const char *id, time_t now,
		    const struct match_ctx *);
size_t		 convo_count(struct convo_store *);
size_t		 convo_bytes(struct convo_store *);

#endif
