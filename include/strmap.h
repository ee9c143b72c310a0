/* A string-keyed hash map from byte strings to integers. */
#ifndef FAQBOT_STRMAP_H
#define FAQBOT_STRMAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct strmap;

struct strmap	*strmap_new(void);
void		 strmap_free(struct strmap *);
bool		 strmap_get(const struct strmap *, const char *, size_t, int *);
bool		 strmap_get_hashed(const struct strmap *, const char *, size_t,
		    uint32_t, int *);
bool		 strmap_put(struct strmap *, const char *, size_t, int);
size_t		 strmap_count(const struct strmap *);
void		 strmap_filter(struct strmap *);

/* The hash of the empty key (FNV-1a); strmap_hash_step adds one byte. */
#define STRMAP_HASH_INIT	2166136261u

/* Inline: callers that hash keys byte by byte run it in tight loops. */
static inline uint32_t
strmap_hash_step(uint32_t h, unsigned char c)
{
	return (h ^ c) * 16777619u;
}

#endif
