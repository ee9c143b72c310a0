/*
 * A prefilter for many regexes over one text: it reads the literal words
 * each regex needs ("overdos", " myself ") from its source and, with one
 * Aho-Corasick pass over the text, says which regexes cannot match it, so
 * that only the rest are run. It never says "cannot" for a regex that
 * could match: what it does not understand, it lets through.
 */
#ifndef FAQBOT_PREFILTER_H
#define FAQBOT_PREFILTER_H

#include <stdbool.h>
#include <stddef.h>

struct prefilter;
struct prefilter_set;

struct prefilter *prefilter_new(void);
void		 prefilter_free(struct prefilter *);
bool		 prefilter_add(struct prefilter *, const char *re);
void		 prefilter_build(struct prefilter *);
void		 prefilter_build_tables(struct prefilter *);
size_t		 prefilter_count(const struct prefilter *);
void		 prefilter_scan(const struct prefilter *, const char *text,
		    size_t len, bool *may);
void		 prefilter_scan_alts(const struct prefilter *,
		    const char *text, size_t len, bool *may, bool *alt_may);
size_t		 prefilter_alt_total(const struct prefilter *);
size_t		 prefilter_alts(const struct prefilter *, size_t id,
		    size_t *first);
void		 prefilter_alt_span(const struct prefilter *, size_t id,
		    size_t k, size_t *off, size_t *len);
size_t		 prefilter_describe(const struct prefilter *, size_t id,
		    char *out, size_t outsz);
size_t		 prefilter_next(const bool *may, size_t from, size_t n);

struct prefilter_set *prefilter_set_new(const struct prefilter *const *,
		    size_t);
void		 prefilter_set_free(struct prefilter_set *);
void		 prefilter_set_scan(const struct prefilter_set *,
		    const char *text, size_t len, bool *const *may,
		    bool *const *alt_may);

#endif
