/*
 * The conversation store: a chained hash table under one mutex. Each
 * conversation keeps its match context and the times of its recent
 * messages (a sliding one-minute window for the rate limit). Expired
 * conversations are dropped as they are met and in a sweep when the table
 * is full; when it is still full, the least recently used one goes, so a
 * flood of new ids cannot grow memory without bound.
 *
 * The ring of message times starts small and doubles, up to per_minute
 * slots, only while it is full of messages from the last minute: its size
 * follows the most a conversation has sent in a minute, not the limit.
 * (Allocating per_minute slots up front cost 80 KB a conversation at the
 * highest limit, whose pages then became resident one by one as the ring
 * went round: RSS crept up for minutes under steady load.)
 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "convo.h"
#include "xmalloc.h"

/* Slots of a new conversation's ring of message times. */
#define CONVO_RING_MIN	4
/* A message this many seconds old no longer counts against the limit. */
#define CONVO_WINDOW	60

struct convo {
	struct convo	*next;
	char		 id[CONVO_ID_MAX + 1];
	struct match_ctx ctx;
	time_t		 seen;
	time_t		*times;		/* ring of recent message times */
	size_t		 cap;		/* slots of times, <= per_minute */
	size_t		 len;		/* times held, oldest at head */
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
	size_t		 bytes;		/* held by the conversations */
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

/* The bytes one conversation holds. */
static size_t
convo_size(const struct convo *c)
{
	return sizeof(*c) + c->cap * sizeof(*c->times);
}

/* Free one conversation of s, unlinked by the caller. */
static void
convo_drop(struct convo_store *s, struct convo *c)
{
	s->bytes -= convo_size(c);
	s->count--;
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
			convo_drop(s, c);
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
			convo_drop(s, c);
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
		convo_drop(s, c);
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
		convo_drop(s, c);
		return NULL;
	}
	return NULL;
}

/*
 * A ring of n message times, zeroed by writing it: calloc can hand out
 * fresh pages that become resident only when the ring goes round to them,
 * and then resident memory would creep up for minutes after the store
 * said what it holds. Caller frees.
 */
static time_t *
convo_ring_new(size_t n)
{
	time_t *t = xreallocarray(NULL, n, sizeof(*t));

	memset(t, 0, n * sizeof(*t));
	return t;
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
	c->cap = (size_t)s->per_minute < CONVO_RING_MIN ?
	    (size_t)s->per_minute : CONVO_RING_MIN;
	c->times = convo_ring_new(c->cap);
	slot = convo_slot(s, id);
	c->next = s->slots[slot];
	s->slots[slot] = c;
	s->count++;
	s->bytes += convo_size(c);
	return c;
}

/* Double c's ring (at most per_minute slots), oldest time first. */
static void
convo_ring_grow(struct convo_store *s, struct convo *c)
{
	size_t cap = c->cap * 2;
	time_t *t;

	if (cap > (size_t)s->per_minute)
		cap = (size_t)s->per_minute;
	t = convo_ring_new(cap);
	for (size_t i = 0; i < c->len; i++)
		t[i] = c->times[(c->head + i) % c->cap];
	free(c->times);
	s->bytes += (cap - c->cap) * sizeof(*t);
	c->times = t;
	c->cap = cap;
	c->head = 0;
}

/*
 * Count a message of c at now against the limit of per_minute messages in
 * any CONVO_WINDOW seconds. False, and nothing recorded, when the oldest
 * of the last per_minute messages is younger than that. A full ring drops
 * its oldest time once it is out of the window (it can never count
 * again), and grows while it is not.
 */
static bool
convo_rate(struct convo_store *s, struct convo *c, time_t now)
{
	if (c->len == c->cap && now - c->times[c->head] >= CONVO_WINDOW) {
		c->head = (c->head + 1) % c->cap;
		c->len--;
	}
	if (c->len == c->cap) {
		if (c->cap >= (size_t)s->per_minute)
			return false;
		convo_ring_grow(s, c);
	}
	c->times[(c->head + c->len) % c->cap] = now;
	c->len++;
	return true;
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
	ok = convo_rate(s, c, now);
	if (ok)
		*ctx = c->ctx;
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

/*
 * The bytes the conversations hold (their records and rings of message
 * times, not the allocator's overhead or the table's slots).
 */
size_t
convo_bytes(struct convo_store *s)
{
	size_t n;

	pthread_mutex_lock(&s->lock);
	n = s->bytes;
	pthread_mutex_unlock(&s->lock);
	return n;
}
