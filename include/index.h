/*
 * The search index of a knowledge base, built once at load: the
 * vocabulary (stems, with how rare each is), synonyms, the typo
 * dictionary, and an inverted index from stems to entries and examples.
 * It turns a normalized question into weighted terms and scores entries;
 * read-only after index_build, so many threads can use it at once.
 */
#ifndef FAQBOT_INDEX_H
#define FAQBOT_INDEX_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "text.h"

struct kb;
struct index;

/* Most terms kept from one question. */
#define INDEX_QUERY_MAX	64

struct index_qterm {
	int	 term;		/* term id, or -1 when unknown */
	double	 weight;
	bool	 stop;		/* a function word */
	bool	 corrected;	/* came from a typo correction */
	char	 word[TEXT_MAX_WORD + 1];	/* an unknown term's stem, for
					   --explain (a known term's is
					   the index's); else empty */
};

struct index_query {
	struct index_qterm t[INDEX_QUERY_MAX];
	size_t	 n;
	double	 total;		/* sum of weights */
	size_t	 content;	/* terms that are not stop words */
	size_t	 foreign;	/* function words the knowledge never uses */
	size_t	 corrections;
};

struct index_score {
	size_t	 entry;
	double	 cover;		/* share of the question the entry explains */
	double	 example;	/* similarity to its closest example */
	double	 score;
};

struct index	*index_build(const struct kb *);
void		 index_free(struct index *);
void		 index_query(const struct index *, const char *norm,
		    bool correct, struct index_query *);
void		 index_query_add(const struct index *, struct index_query *,
		    const char *norm, double scale);
size_t		 index_rank(const struct index *, const struct index_query *,
		    struct index_score *, size_t max);
void		 index_explain_query(const struct index *,
		    const struct index_query *, struct buf *);
size_t		 index_vocab_count(const struct index *);
const char	*index_vocab_word(const struct index *, size_t);
int		 index_vocab_find(const struct index *, const char *, size_t);
void		 index_canonical(const struct index *, const char *norm,
		    struct buf *out);

#endif
