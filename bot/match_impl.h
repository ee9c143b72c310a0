/*
 * What bot/match.c (deciding) and bot/match_reply.c (writing the reply)
 * share: the thresholds, a ranking, and the reply functions. Private to
 * the two.
 */
#ifndef FAQBOT_MATCH_IMPL_H
#define FAQBOT_MATCH_IMPL_H

#include <stdbool.h>
#include <stddef.h>

#include "kb.h"
#include "match.h"

/* Thresholds, tuned on tests/eval/tune.tsv (see README, "Accuracy"). */
#ifndef MATCH_MIN
#define MATCH_MIN	0.50	/* best score needed to answer */
#endif
#ifndef MATCH_MARGIN
#define MATCH_MARGIN	0.06	/* lead needed over the runner-up */
#endif
#ifndef MATCH_SURE
#define MATCH_SURE	0.80	/* above this the lead does not matter */
#endif
#ifndef MATCH_NEAR
#define MATCH_NEAR	0.25	/* entries offered as "did you mean" */
#endif
#ifndef MATCH_PATTERN_FLOOR
#define MATCH_PATTERN_FLOOR 0.55	/* a pattern match scores at least this */
#endif
#ifndef MATCH_PATTERN
#define MATCH_PATTERN	0.35	/* what a matching pattern adds */
#endif
#define MATCH_FOLLOW	0.5	/* weight of the previous topic's words */
#define MATCH_CANDS	8
/* Room made for a reply at once: most (an answer, the disclaimer) fit
 * in 1 KiB with the NUL. */
#define MATCH_REPLY_RESERVE	1023

struct match_cand {
	size_t	 entry;
	double	 score;
	double	 text;		/* the score before any pattern bonus */
	double	 cover;
	double	 example;
	bool	 pattern;
};

/* One reading of a question, ranked. */
struct match_rank {
	struct match_cand c[MATCH_CANDS];
	size_t	 n;
	bool	 sure;		/* confident enough to answer c[0] */
};

/* True when entry e is small talk. */
bool	 match_smalltalk(const struct kb *, size_t e);
/* Fill the result's suggestions: related entries, or the near misses. */
void	 match_suggest(const struct kb *, const struct match_rank *,
	    struct match_result *);
/* Remember what was answered and offered, for the next message. */
void	 match_remember(struct match_ctx *, const struct match_result *);
/* Write the reply text for a decided result. */
void	 match_compose(const struct kb *, struct match_ctx *,
	    struct match_result *, bool topic);
/* Set the result to answer entry e. */
void	 match_set_entry(struct match_result *, const struct kb_entry *);

#endif
