/*
 * The conversation store: a chained hash table under one mutex. Each
 * conversation keeps its match context and the times of its recent
 * messages (a sliding one-minute window for the rate limit). Expired
 * conversations are dropped as they are met and in a sweep when the table
 * is full; when it is still full, the least recently used one goes, so a
 * flood of new ids cannot grow memory without bound.
 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "convo.h"
#include "xmalloc.h"

struct convo {
	struct convo	*next;
	char		 id[CONVO_ID_MAX + 1];
	struct match_ctx ctx;
	time_t		 seen;
	time_t		*times;		/* ring of recent message times */
	size_t		 head;
};

struct convo_store {
	pthread_mutex_t	 lock;
	struct convo	**slots;
	size_t		 nslots;
	size_t		 count;
	size_t		 max;
	int		 ttl;
	int		 per_minute;
};

/* A store for at most max conversations. Caller frees with convo_free. */
struct convo_store *
convo_new(size_t max, int ttl_seconds, int per_minute)
{
	struct convo_store *s = xcalloc(1, sizeof(*s));

	pthread_mutex_init(&s->lock, NULL);
	s->max = max > 0 ? max : 1;
	s->nslots = 1;
	while (s->nslots < s->max && s->nslots < (1u << 20))
		s->nslots <<= 1;
	s->slots = xcalloc(s->nslots, sizeof(*s->slots));
	s->ttl = ttl_seconds;
	s->per_minute = per_minute > 0 ? per_minute : 1;
	return s;
}

/* Free one conversation. */
static void
convo_drop(struct convo *c)
{
	free(c->times);
	free(c);
}

/* Free the store and every conversation; accepts NULL. */
void
convo_free(struct convo_store *s)
{
	if (s == NULL)
		return;
	for (size_t i = 0; i < s->nslots; i++) {
		struct convo *c = s->slots[i], *next;

		for (; c != NULL; c = next) {
			next = c->next;
			convo_drop(c);
		}
	}
	free(s->slots);
	pthread_mutex_destroy(&s->lock);
	free(s);
}

/* FNV-1a of the id, for the slot. */
static size_t
convo_slot(const struct convo_store *s, const char *id)
{
	uint32_t h = 2166136261u;

	for (; *id != '\0'; id++) {
		h ^= (unsigned char)*id;
		h *= 16777619u;
	}
	return h & (s->nslots - 1);
}

/* Unlink and free every expired conversation; returns how many. */
static size_t
convo_sweep(struct convo_store *s, time_t now)
{
	size_t n = 0;

	for (size_t i = 0; i < s->nslots; i++) {
		struct convo **pp = &s->slots[i];

		while (*pp != NULL) {
			struct convo *c = *pp;

			if (now - c->seen < s->ttl) {
				pp = &c->next;
				continue;
			}
			*pp = c->next;
			convo_drop(c);
			s->count--;
			n++;
		}
	}
	return n;
}

/* Drop the conversation seen longest ago. */
static void
convo_evict_oldest(struct convo_store *s)
{
	struct convo **best = NULL;

	for (size_t i = 0; i < s->nslots; i++)
		for (struct convo **pp = &s->slots[i]; *pp != NULL;
		    pp = &(*pp)->next)
			if (best == NULL || (*pp)->seen < (*best)->seen)
				best = pp;
	if (best != NULL) {
		struct convo *c = *best;

		*best = c->next;
		convo_drop(c);
		s->count--;
	}
}

/*
 * The key a conversation is stored under: the id itself, or for an id
 * longer than CONVO_ID_MAX its first part and a hash of the whole, so
 * that a long id still finds its own conversation again.
 */
static void
convo_key(const char *id, char key[CONVO_ID_MAX + 1])
{
	size_t n = strlen(id);
	uint64_t h = 14695981039346656037ull;

	if (n <= CONVO_ID_MAX) {
		memcpy(key, id, n + 1);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)id[i];
		h *= 1099511628211ull;
	}
	snprintf(key, CONVO_ID_MAX + 1, "%.*s#%016llx", CONVO_ID_MAX - 17,
	    id, (unsigned long long)h);
}

/* Find id (dropping it if expired), or NULL. */
static struct convo *
convo_find(struct convo_store *s, const char *id, time_t now)
{
	struct convo **pp = &s->slots[convo_slot(s, id)];

	for (; *pp != NULL; pp = &(*pp)->next) {
		struct convo *c = *pp;

		if (strcmp(c->id, id) != 0)
			continue;
		if (now - c->seen < s->ttl)
			return c;
		*pp = c->next;
		convo_drop(c);
		s->count--;
		return NULL;
	}
	return NULL;
}

/* A new, empty conversation, making room first when full. */
static struct convo *
convo_add(struct convo_store *s, const char *id, time_t now)
{
	struct convo *c;
	size_t slot;

	if (s->count >= s->max && convo_sweep(s, now) == 0)
		convo_evict_oldest(s);
	c = xcalloc(1, sizeof(*c));
	snprintf(c->id, sizeof(c->id), "%s", id);
	c->times = xcalloc((size_t)s->per_minute, sizeof(*c->times));
	slot = convo_slot(s, id);
	c->next = s->slots[slot];
	s->slots[slot] = c;
	s->count++;
	return c;
}

/*
 * Start a message of conversation id: copy its context into ctx (empty
 * for a new one) and count it against the rate limit. False when the
 * conversation has sent its per-minute allowance (ctx is then untouched).
 */
bool
convo_begin(struct convo_store *s, const char *full, time_t now,
    struct match_ctx *ctx)
{
	char id[CONVO_ID_MAX + 1];
	struct convo *c;
	bool ok = true;

	convo_key(full, id);
	pthread_mutex_lock(&s->lock);
	c = convo_find(s, id, now);
	if (c == NULL)
		c = convo_add(s, id, now);
	c->seen = now;
	if (c->times[c->head] != 0 && now - c->times[c->head] < 60) {
		ok = false;	/* the oldest of the last N is under a minute */
	} else {
		c->times[c->head] = now;
		c->head = (c->head + 1) % (size_t)s->per_minute;
		*ctx = c->ctx;
	}
	pthread_mutex_unlock(&s->lock);
	return ok;
}

/* Store the context after a message of conversation id was answered. */
void
convo_end(struct convo_store *s, const char *full, time_t now,
    const struct match_ctx *ctx)
{
	char id[CONVO_ID_MAX + 1];
	struct convo *c;

	convo_key(full, id);
	pthread_mutex_lock(&s->lock);
	c = convo_find(s, id, now);
	if (c != NULL) {
		c->ctx = *ctx;
		c->seen = now;
	}
	pthread_mutex_unlock(&s->lock);
}

/* How many conversations are held now. */
size_t
convo_count(struct convo_store *s)
{
	size_t n;

	pthread_mutex_lock(&s->lock);
	n = s->count;
	pthread_mutex_unlock(&s->lock);
	return n;
}
