/*
 * Symmetric-delete spelling correction. Every known word is stored under
 * itself and each string made by deleting up to its edit budget of
 * letters; a misspelled word is looked up the same way, and the candidates
 * that share a deletion are checked with the real edit distance.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "strmap.h"
#include "text.h"
#include "typo.h"
#include "xmalloc.h"

struct typo_word {
	char	*w;
	size_t	 n;
	int	 id;
	int	 weight;
};

/*
 * A dictionary of at most this many words is first scanned word by word
 * with typo_may_be_near, which rules out most lookups (the crisis words'
 * dictionary: about fifty words, looked up for every word of a question
 * that the knowledge does not know) before any deletion is hashed.
 */
#define TYPO_SCAN_MAX	64

struct typo_bucket {
	int	*words;		/* indexes into typo->words */
	size_t	 n;
	size_t	 cap;
};

/*
 * The filter in front of the deletion map has at least this many bits
 * per key, and at most TYPO_BLOOM_MAX bits: it grows with the map, so
 * that a small dictionary (the crisis words) has a filter of a few KiB
 * that stays in cache, not one of 128 KiB.
 */
#define TYPO_BLOOM_PER_KEY	32
#define TYPO_BLOOM_MIN		(1u << 12)
#define TYPO_BLOOM_MAX		(1u << 20)

struct typo {
	struct strmap	*map;	/* deletion -> bucket index */
	uint64_t	*bloom;	/* 2 bits per deletion in map */
	uint32_t	 bloom_bits;	/* a power of two */
	uint32_t	*keys;	/* the hash of every key in map, to grow it */
	size_t		 nkeys;
	size_t		 capkeys;
	struct typo_bucket *buckets;
	size_t		 nbuckets;
	size_t		 capbuckets;
	struct typo_word *words;
	size_t		 nwords;
	size_t		 capwords;
	/* Up to TYPO_SCAN_MAX words: their typo_bytes, shortest first,
	 * those of length n from scan_first[n] to scan_first[n + 1]. */
	uint64_t	 scan[TYPO_SCAN_MAX];
	uint8_t		 scan_first[TEXT_MAX_WORD + 2];
};

/* Grow *v (of *cap items of size sz) to hold n items, doubling. */
static void *
typo_grow(void *v, size_t *cap, size_t n, size_t sz)
{
	if (n <= *cap)
		return v;
	*cap = *cap > 0 ? *cap * 2 : 4;
	if (*cap < n)
		*cap = n;
	return xreallocarray(v, *cap, sz);
}

/* How many edits a word of len letters may be away: 0, 1 or 2. */
int
typo_max_edits(size_t len)
{
	if (len < 4)
		return 0;
	return len <= 7 ? 1 : 2;
}

/* An empty dictionary; caller frees with typo_free. */
struct typo *
typo_new(void)
{
	struct typo *t = xcalloc(1, sizeof(*t));

	t->map = strmap_new();
	t->bloom_bits = TYPO_BLOOM_MIN;
	t->bloom = xcalloc(t->bloom_bits / 64, sizeof(*t->bloom));
	return t;
}

/* Free the dictionary; accepts NULL. */
void
typo_free(struct typo *t)
{
	if (t == NULL)
		return;
	for (size_t i = 0; i < t->nbuckets; i++)
		free(t->buckets[i].words);
	free(t->buckets);
	for (size_t i = 0; i < t->nwords; i++)
		free(t->words[i].w);
	free(t->words);
	strmap_free(t->map);
	free(t->bloom);
	free(t->keys);
	free(t);
}

/* File word number wi under key k. */
/*
 * The two filter bits of deletion k. Most deletions of a misspelled word
 * are in no dictionary word; the filter says so from one small table,
 * without a probe of the much larger map.
 */
static void
typo_bloom_bits(const struct typo *t, uint32_t h, uint32_t *b1,
    uint32_t *b2)
{
	*b1 = h & (t->bloom_bits - 1);
	*b2 = (h * 0x9e3779b1u) >> 12 & (t->bloom_bits - 1);
}

/* Set the filter bits of a key of hash h. */
static void
typo_bloom_set(struct typo *t, uint32_t h)
{
	uint32_t b1, b2;

	typo_bloom_bits(t, h, &b1, &b2);
	t->bloom[b1 / 64] |= UINT64_C(1) << (b1 % 64);
	t->bloom[b2 / 64] |= UINT64_C(1) << (b2 % 64);
}

/*
 * Double the filter while it has fewer than TYPO_BLOOM_PER_KEY bits a
 * key, setting the bits of every key again: whatever its size, every key
 * of the map has its bits set.
 */
static void
typo_bloom_grow(struct typo *t)
{
	if ((uint64_t)t->nkeys * TYPO_BLOOM_PER_KEY <= t->bloom_bits ||
	    t->bloom_bits >= TYPO_BLOOM_MAX)
		return;
	while ((uint64_t)t->nkeys * TYPO_BLOOM_PER_KEY > t->bloom_bits &&
	    t->bloom_bits < TYPO_BLOOM_MAX)
		t->bloom_bits *= 2;
	free(t->bloom);
	t->bloom = xcalloc(t->bloom_bits / 64, sizeof(*t->bloom));
	for (size_t i = 0; i < t->nkeys; i++)
		typo_bloom_set(t, t->keys[i]);
}

/* The hash of key k, the same as the deletion map's. */
static uint32_t
typo_hash(const char *k, size_t n)
{
	uint32_t h = STRMAP_HASH_INIT;

	for (size_t i = 0; i < n; i++)
		h = strmap_hash_step(h, (unsigned char)k[i]);
	return h;
}

/* True when the deletion of hash h may be in the map; false if not. */
static bool
typo_bloom_has(const struct typo *t, uint32_t h)
{
	uint32_t b1, b2;

	typo_bloom_bits(t, h, &b1, &b2);
	return (t->bloom[b1 / 64] >> (b1 % 64) & 1) &&
	    (t->bloom[b2 / 64] >> (b2 % 64) & 1);
}

static void
typo_key_add(struct typo *t, const char *k, size_t n, int wi)
{
	uint32_t h = typo_hash(k, n);
	struct typo_bucket *b;
	int bi;

	typo_bloom_set(t, h);
	if (!strmap_get(t->map, k, n, &bi)) {
		t->keys = typo_grow(t->keys, &t->capkeys, t->nkeys + 1,
		    sizeof(*t->keys));
		t->keys[t->nkeys++] = h;
		typo_bloom_grow(t);
		bi = (int)t->nbuckets++;
		t->buckets = typo_grow(t->buckets, &t->capbuckets,
		    t->nbuckets, sizeof(*t->buckets));
		memset(&t->buckets[bi], 0, sizeof(t->buckets[bi]));
		strmap_put(t->map, k, n, bi);
	}
	b = &t->buckets[bi];
	if (b->n > 0 && b->words[b->n - 1] == wi)
		return;
	b->words = typo_grow(b->words, &b->cap, b->n + 1, sizeof(*b->words));
	b->words[b->n++] = wi;
}

/* Call fn for w and every deletion of up to depth letters from it. */
static void
typo_deletes(const char *w, size_t n, int depth,
    void (*fn)(const char *, size_t, void *), void *arg)
{
	char tmp[TEXT_MAX_WORD + 1];

	fn(w, n, arg);
	if (depth == 0 || n <= 1 || n > TEXT_MAX_WORD)
		return;
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && w[i] == w[i - 1])
			continue;	/* same deletion as the one before */
		memcpy(tmp, w, i);
		memcpy(tmp + i, w + i + 1, n - i - 1);
		typo_deletes(tmp, n - 1, depth - 1, fn, arg);
	}
}

struct typo_add_arg {
	struct typo	*t;
	int		 wi;
};

static void
typo_add_cb(const char *k, size_t n, void *arg)
{
	struct typo_add_arg *a = arg;

	typo_key_add(a->t, k, n, a->wi);
}

/*
 * The set of byte classes in w: a bit for each letter a-z and digit, and
 * 28 bits shared by the other bytes.
 */
static uint64_t
typo_bytes(const char *w, size_t n)
{
	uint64_t set = 0;

	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)w[i];
		unsigned bit;

		if (c >= 'a' && c <= 'z')
			bit = c - 'a';
		else if (c >= '0' && c <= '9')
			bit = 26 + (c - '0');
		else
			bit = 36 + c % 28;
		set |= UINT64_C(1) << bit;
	}
	return set;
}

/* True when set has at most max bits. */
static bool
typo_at_most(uint64_t set, int max)
{
	/* Clear max bits: any left means too many. */
	for (int k = 0; k < max && set != 0; k++)
		set &= set - 1;
	return set == 0;
}

/*
 * True when a word of byte classes bytes may be within max edits of a
 * word of byte classes other, whose length is within max of its own. An
 * edit (insertion, deletion, substitution, transposition) brings into
 * either word one byte at most that it lacked, so each of two words
 * within max edits has at most max classes of bytes the other lacks.
 */
static bool
typo_may_be_near(uint64_t bytes, uint64_t other, int max)
{
	return typo_at_most(bytes & ~other, max) &&
	    typo_at_most(other & ~bytes, max);
}

/*
 * False when no word of a small dictionary (TYPO_SCAN_MAX words at most)
 * can be within max edits of w: the lookup would find none. Only the
 * words whose length is within max of n are compared (an edit changes
 * the length by one at most).
 */
static bool
typo_any_near(const struct typo *t, const char *w, size_t n, int max)
{
	size_t lo = n > (size_t)max ? n - (size_t)max : 0;
	size_t hi = n + (size_t)max;
	uint64_t bytes;

	if (t->nwords > TYPO_SCAN_MAX)
		return true;
	if (hi > TEXT_MAX_WORD)
		hi = TEXT_MAX_WORD;
	bytes = typo_bytes(w, n);
	for (size_t i = t->scan_first[lo]; i < t->scan_first[hi + 1]; i++)
		if (typo_may_be_near(bytes, t->scan[i], max))
			return true;
	return false;
}

/* Sort the words of a small dictionary by length into scan. */
static void
typo_scan_index(struct typo *t)
{
	size_t at = 0;

	if (t->nwords > TYPO_SCAN_MAX)
		return;
	for (size_t len = 0; len <= TEXT_MAX_WORD; len++) {
		t->scan_first[len] = (uint8_t)at;
		for (size_t i = 0; i < t->nwords; i++)
			if (t->words[i].n == len)
				t->scan[at++] = typo_bytes(t->words[i].w, len);
	}
	t->scan_first[TEXT_MAX_WORD + 1] = (uint8_t)at;
}

/* Add a known word with the caller's id; heavier words win ties. */
void
typo_add(struct typo *t, const char *word, int id, int weight)
{
	size_t n = strlen(word);
	struct typo_add_arg a = { t, (int)t->nwords };

	if (n < 3 || n > TEXT_MAX_WORD || text_is_number(word, n))
		return;
	t->words = typo_grow(t->words, &t->capwords, t->nwords + 1,
	    sizeof(*t->words));
	t->words[t->nwords] = (struct typo_word){ xstrdup(word), n, id,
	    weight };
	t->nwords++;
	typo_scan_index(t);
	typo_deletes(word, n, typo_max_edits(n + 2), typo_add_cb, &a);
}

struct typo_find_arg {
	const struct typo *t;
	const char	*w;
	size_t		 n;
	int		 max;
	int		 best;		/* word index or -1 */
	int		 best_dist;
};

/*
 * Check every word that shares deletion k (hash h) with the query. Most
 * deletions of a misspelled word are in no dictionary word: the filter
 * says so from the hash alone, and only the others are spelled out.
 */
static void
typo_find_key(struct typo_find_arg *a, const char *k, size_t n, uint32_t h)
{
	const struct typo_bucket *b;
	int bi;

	if (!typo_bloom_has(a->t, h) ||
	    !strmap_get_hashed(a->t->map, k, n, h, &bi))
		return;
	b = &a->t->buckets[bi];
	for (size_t i = 0; i < b->n; i++) {
		const struct typo_word *tw = &a->t->words[b->words[i]];
		int d;

		if (a->best == b->words[i])
			continue;
		d = text_distance(a->w, a->n, tw->w, tw->n, a->max);
		if (d > a->max)
			continue;
		if (a->best < 0 || d < a->best_dist ||
		    (d == a->best_dist &&
		    tw->weight > a->t->words[a->best].weight)) {
			a->best = b->words[i];
			a->best_dist = d;
		}
	}
}

/*
 * The second deletions of one first deletion w (n bytes, prefix hashes
 * ph[0..n]): every j, skipping a letter equal to the one before (the same
 * string), in the order typo_deletes makes them. The key is written out
 * only when the filter lets its hash through.
 */
static void
typo_find_second(struct typo_find_arg *a, const char *w, size_t n,
    const uint32_t *ph)
{
	char tmp[TEXT_MAX_WORD + 1];

	for (size_t j = 0; j < n; j++) {
		uint32_t h = ph[j];

		if (j > 0 && w[j] == w[j - 1])
			continue;
		for (size_t k = j + 1; k < n; k++)
			h = strmap_hash_step(h, (unsigned char)w[k]);
		if (!typo_bloom_has(a->t, h))
			continue;
		memcpy(tmp, w, j);
		memcpy(tmp + j, w + j + 1, n - j - 1);
		typo_find_key(a, tmp, n - 1, h);
	}
}

/*
 * Visit w, then each deletion of one letter and (with depth 2) of two,
 * in typo_deletes' order: ties between equally near words go to the
 * first one found, so the order is part of the answer. Hashes are built
 * from shared prefixes instead of from scratch for each deletion.
 */
static void
typo_find_all(struct typo_find_arg *a, const char *w, size_t n, int depth)
{
	uint32_t ph[TEXT_MAX_WORD + 1], th[TEXT_MAX_WORD + 1];
	char tmp[TEXT_MAX_WORD + 1];

	ph[0] = STRMAP_HASH_INIT;
	for (size_t k = 0; k < n; k++)
		ph[k + 1] = strmap_hash_step(ph[k], (unsigned char)w[k]);
	typo_find_key(a, w, n, ph[n]);
	if (depth == 0 || n <= 1 || n > TEXT_MAX_WORD)
		return;
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && w[i] == w[i - 1])
			continue;	/* same deletion as the one before */
		memcpy(tmp, w, i);
		memcpy(tmp + i, w + i + 1, n - i - 1);
		memcpy(th, ph, (i + 1) * sizeof(*th));
		for (size_t k = i; k < n - 1; k++)
			th[k + 1] = strmap_hash_step(th[k],
			    (unsigned char)tmp[k]);
		typo_find_key(a, tmp, n - 1, th[n - 1]);
		if (depth >= 2 && n - 1 > 1)
			typo_find_second(a, tmp, n - 1, th);
	}
}

/*
 * The id of the known word nearest to w within its edit budget, or -1.
 * An exact match is distance 0. *dist (optional) gets the distance.
 */
int
typo_lookup(const struct typo *t, const char *w, size_t n, int *dist)
{
	struct typo_find_arg a = { t, w, n, typo_max_edits(n), -1, 0 };

	if (a.max == 0 || text_is_number(w, n) || n > TEXT_MAX_WORD)
		return -1;
	if (!typo_any_near(t, w, n, a.max))
		return -1;
	typo_find_all(&a, w, n, a.max);
	if (a.best < 0)
		return -1;
	if (dist != NULL)
		*dist = a.best_dist;
	return t->words[a.best].id;
}
