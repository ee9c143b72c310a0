/*
 * Open-addressing hash map from strings to ints. The knowledge index,
 * synonyms and typo dictionaries look words up here on every question, so
 * lookups must not allocate; keys are copied at insertion.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "strmap.h"
#include "xmalloc.h"

/* Keys up to this long are also kept in their slot (see strmap_find). */
#define STRMAP_INLINE	12
/*
 * A map's filter (strmap_filter) has at least this many bits a key, and
 * no fewer than STRMAP_FILTER_MIN: about one lookup of a missing key in
 * sixteen gets past it.
 */
#define STRMAP_FILTER_PER_KEY	16
#define STRMAP_FILTER_MIN	512

/*
 * One slot: 32 bytes, half a cache line. A lookup compares a short key
 * with the slot's own copy, in the line it has already read, instead of
 * following key to a string elsewhere in memory (nearly every lookup is a
 * word, and most words are short).
 */
struct strmap_slot {
	char	*key;		/* NULL when the slot is empty */
	uint32_t len;
	uint32_t hash;
	int	 value;
	char	 inl[STRMAP_INLINE];	/* key, when len <= STRMAP_INLINE */
};

struct strmap {
	struct strmap_slot *slots;
	size_t	 cap;		/* a power of two */
	size_t	 count;
	uint64_t *filter;	/* a bit per key's hash, or NULL */
	unsigned fshift;	/* a hash's bit is h >> fshift */
};

/* FNV-1a: short keys, good enough spread, no allocation. */
static uint32_t
strmap_hash(const char *s, size_t n)
{
	uint32_t h = STRMAP_HASH_INIT;

	while (n-- > 0)
		h = strmap_hash_step(h, (unsigned char)*s++);
	return h;
}

/* An empty map; caller frees with strmap_free. */
struct strmap *
strmap_new(void)
{
	struct strmap *m = xcalloc(1, sizeof(*m));

	m->cap = 64;
	m->slots = xcalloc(m->cap, sizeof(*m->slots));
	return m;
}

/* Free the map and its keys; accepts NULL. */
void
strmap_free(struct strmap *m)
{
	if (m == NULL)
		return;
	for (size_t i = 0; i < m->cap; i++)
		free(m->slots[i].key);
	free(m->slots);
	free(m->filter);
	free(m);
}

/* The slot holding key, or the empty slot where it would go. */
static struct strmap_slot *
strmap_find(const struct strmap *m, const char *k, size_t n, uint32_t h)
{
	size_t i = h & (m->cap - 1);

	for (;;) {
		struct strmap_slot *s = &m->slots[i];

		if (s->key == NULL)
			return s;
		if (s->hash == h && s->len == n && memcmp(n <= STRMAP_INLINE ?
		    s->inl : s->key, k, n) == 0)
			return s;
		i = (i + 1) & (m->cap - 1);
	}
}

/* Double the table when it is more than half full. */
static void
strmap_grow(struct strmap *m)
{
	struct strmap_slot *old = m->slots;
	size_t ocap = m->cap;

	m->cap *= 2;
	m->slots = xcalloc(m->cap, sizeof(*m->slots));
	for (size_t i = 0; i < ocap; i++) {
		if (old[i].key == NULL)
			continue;
		*strmap_find(m, old[i].key, old[i].len, old[i].hash) = old[i];
	}
	free(old);
}

/* Set the filter bit of hash h. */
static void
strmap_filter_set(struct strmap *m, uint32_t h)
{
	uint32_t b = h >> m->fshift;

	m->filter[b / 64] |= UINT64_C(1) << (b % 64);
}

/*
 * False when no key of m has hash h; true when one may. The bit comes
 * from the top of the hash, the slot from the bottom.
 */
static bool
strmap_filter_has(const struct strmap *m, uint32_t h)
{
	uint32_t b;

	if (m->filter == NULL)
		return true;
	b = h >> m->fshift;
	return m->filter[b / 64] >> (b % 64) & 1;
}

/*
 * Give m a filter, sized for its keys and set from their hashes (again,
 * when it has outgrown the one it has). A map that most lookups miss
 * (shorthands, stop words, the first words of synonyms) then answers
 * most of them from a few cache lines, without reading a slot; puts keep
 * it up to date.
 */
void
strmap_filter(struct strmap *m)
{
	uint32_t bits = STRMAP_FILTER_MIN;
	unsigned shift = 32 - 9;	/* log2 of STRMAP_FILTER_MIN */

	while ((uint64_t)bits < (uint64_t)m->count * STRMAP_FILTER_PER_KEY &&
	    shift > 6) {
		bits *= 2;
		shift--;
	}
	free(m->filter);
	m->filter = xcalloc(bits / 64, sizeof(*m->filter));
	m->fshift = shift;
	for (size_t i = 0; i < m->cap; i++)
		if (m->slots[i].key != NULL)
			strmap_filter_set(m, m->slots[i].hash);
}

/* Look key up; true and *value set when present. */
bool
strmap_get(const struct strmap *m, const char *k, size_t n, int *value)
{
	return strmap_get_hashed(m, k, n, strmap_hash(k, n), value);
}

/*
 * strmap_get for a caller that already has the key's hash h (built with
 * STRMAP_HASH_INIT and strmap_hash_step over its bytes).
 */
bool
strmap_get_hashed(const struct strmap *m, const char *k, size_t n,
    uint32_t h, int *value)
{
	const struct strmap_slot *s;

	if (!strmap_filter_has(m, h))
		return false;
	s = strmap_find(m, k, n, h);
	if (s->key == NULL)
		return false;
	if (value != NULL)
		*value = s->value;
	return true;
}

/* Insert or replace; true when the key was new. */
bool
strmap_put(struct strmap *m, const char *k, size_t n, int value)
{
	uint32_t h = strmap_hash(k, n);
	struct strmap_slot *s = strmap_find(m, k, n, h);

	if (s->key != NULL) {
		s->value = value;
		return false;
	}
	/* A slot holds a length of 32 bits; no word or id comes near. */
	if (n > UINT32_MAX)
		xoom("strmap key");
	s->key = xstrndup(k, n);
	s->len = (uint32_t)n;
	s->hash = h;
	if (n <= STRMAP_INLINE)
		memcpy(s->inl, k, n);
	s->value = value;
	if (++m->count * 2 > m->cap)
		strmap_grow(m);
	if (m->filter != NULL)
		strmap_filter_set(m, h);
	if (m->filter != NULL && (uint64_t)m->count * STRMAP_FILTER_PER_KEY >
	    (UINT64_C(1) << (32 - m->fshift)) && m->fshift > 6)
		strmap_filter(m);
	return true;
}

/* Number of keys. */
size_t
strmap_count(const struct strmap *m)
{
	return m->count;
}
