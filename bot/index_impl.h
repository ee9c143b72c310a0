/*
 * The inside of the search index, shared by the builder (index.c) and
 * the ranking (index_rank.c). Everything else uses index.h.
 */
#ifndef FAQBOT_INDEX_IMPL_H
#define FAQBOT_INDEX_IMPL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "index.h"

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

#endif
