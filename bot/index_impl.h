/*
 * The inside of the search index, shared by the builder (index.c), the
 * reading of a question (index_query.c) and the ranking (index_rank.c).
 * Everything else uses index.h.
 */
#ifndef FAQBOT_INDEX_IMPL_H
#define FAQBOT_INDEX_IMPL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "index.h"
#include "text.h"

struct strmap;
struct typo;

struct index_post {
	int	 entry;
	float	 tf;
	double	 sat;		/* index_sat of tf in entry, set at build */
};

struct index_term {
	char	*stem;
	bool	 stop;
	double	 idf;
	struct index_post *post;
	size_t	 npost;
	uint64_t *has;		/* stop words: a bit per entry with tf > 0 */
};

struct index_example {
	int	*terms;		/* distinct term ids, ascending after build */
	double	*w;		/* the weight of each */
	size_t	 n;
	double	 norm;		/* length of its weight vector */
};

/* One example's weight for a term, in an entry's term list. */
struct index_expost {
	uint32_t ex;		/* the example's number in the entry */
	double	 w;
};

/*
 * The terms of all of an entry's examples in ascending order, each with
 * the examples that hold it: a question is compared with every example
 * at once by walking its own terms, not every term of every example.
 */
struct index_doc {
	struct index_example *ex;
	size_t	 nex;
	double	*exnorm;	/* each example's norm, side by side */
	double	 len;
	int	*eterm;		/* distinct example terms, ascending */
	uint32_t *efirst;	/* neterm + 1 starts into epost */
	struct index_expost *epost;
	size_t	 neterm;
};

struct index {
	struct strmap	*stems;		/* stem -> term id */
	struct index_term *terms;
	size_t		 nterms;
	struct strmap	*syn;		/* phrase -> index into syn_to */
	char		**syn_to;
	size_t		 nsyn;
	struct strmap	*surface;	/* known words as typed */
	char		**words;	/* typo dictionary ids -> word */
	int		*word_term;	/* the term of each word's stem, or -1 */
	char		**word_stem;	/* each word's stem when not a term */
	bool		*word_stop;	/* each word is a stop word */
	int		*word_syn;	/* the words of the longest synonym
					   phrase each word starts, or 0 */
	struct strmap	*syn_first;	/* first word of a phrase -> most words */
	size_t		 nwords;
	struct typo	*typo;
	struct index_doc *docs;
	size_t		 ndocs;
	double		 avglen;
	double		 idf_unknown;
	double		 idf_stop;	/* median idf of the stop words */
	size_t		 maxex;		/* most examples of one entry */
};

/*
 * What the knowledge's texts (index.c) and a question (index_query.c)
 * go through alike. index__word and index__weight are inline: a question
 * calls them for every word and term, as when both sides were one file.
 */

/* A stop word weighs this much of a content word. */
#define INDEX_STOP	0.1

/* Step to the next space-separated word of s; false at the end. */
static inline bool
index__word(const char *s, size_t *pos, const char **w, size_t *n)
{
	while (s[*pos] == ' ')
		(*pos)++;
	if (s[*pos] == '\0')
		return false;
	*w = s + *pos;
	*n = text_word_len(*w);
	*pos += *n;
	return true;
}

/* Loop over the words of s: w points at each, n is its length. */
#define FOR_WORDS(s, w, n) \
	for (size_t w##_pos = 0, n = 0; w##_pos != SIZE_MAX; \
	    w##_pos = SIZE_MAX) \
		for (const char *w = NULL; \
		    index__word((s), &w##_pos, &w, &n); )

/* A term's weight: its idf, scaled down for stop words. */
static inline double
index__weight(const struct index *ix, int term)
{
	const struct index_term *t = &ix->terms[term];

	return t->stop ? t->idf * INDEX_STOP : t->idf;
}

/* index.c: the term id of stem, added if add is set; -1 when unknown. */
int	index__term(struct index *, const char *stem, size_t n, bool add);
/* index.c: stem word w into out (NUL-terminated); returns its length. */
size_t	index__stem(const char *w, size_t n, char *out, size_t outsz);
/* index_query.c: s with synonyms replaced by their main phrase, to out. */
void	index__synonyms(const struct index *, const char *s,
	    struct buf *out);

#endif
