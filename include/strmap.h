/* A string-keyed hash map from byte strings to integers. */
#ifndef FAQBOT_STRMAP_H
#define FAQBOT_STRMAP_H

#include <stdbool.h>
#include <stddef.h>

struct strmap;

struct strmap	*strmap_new(void);
void		 strmap_free(struct strmap *);
bool		 strmap_get(const struct strmap *, const char *, size_t, int *);
bool		 strmap_put(struct strmap *, const char *, size_t, int);
size_t		 strmap_count(const struct strmap *);

#endif
