/*
 * The matcher: answers one message from a loaded knowledge base. Order:
 * normalize, crisis check, a picked suggestion, explicit patterns, scored
 * matching with synonyms and typo tolerance, and the fallback when not
 * confident. A pure function of (knowledge, text, context): the knowledge
 * is read-only, the context belongs to the caller, so many threads can
 * answer at once on one knowledge base.
 */
#ifndef FAQBOT_MATCH_H
#define FAQBOT_MATCH_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "kb.h"

#define MATCH_SUGGEST	3

enum match_kind {
	MATCH_ANSWER,
	MATCH_SMALLTALK,
	MATCH_FALLBACK,
	MATCH_CRISIS,
};

/*
 * What one conversation remembers between messages. Plain data (entry ids,
 * not pointers), so it survives a knowledge reload and can be copied.
 */
struct match_ctx {
	char		 last[KB_ID_MAX + 1];	/* entry last answered */
	char		 sugg[MATCH_SUGGEST][KB_ID_MAX + 1];
	size_t		 nsugg;
	unsigned	 turns;
	bool		 disclaimed;	/* the disclaimer was given */
};

struct match_result {
	enum match_kind	 kind;
	const struct kb_entry *entry;	/* NULL for fallback and crisis */
	const struct kb_entry *second;	/* a second question's answer */
	double		 score;
	const struct kb_entry *suggest[MATCH_SUGGEST];
	size_t		 nsuggest;
	char		 tier;		/* crisis tier, 'A' or 'B' */
	bool		 unsure;	/* fallback with "did you mean" */
	bool		 noted;		/* the one-line 988 note was added */
	bool		 risk;		/* danger words, not read as a crisis */
	char		*answer;	/* the reply text; owned by the result */
};

int	 match_ask(const struct kb *, struct match_ctx *, const char *text,
	    size_t len, struct match_result *, struct buf *explain);
void	 match_pick(const struct kb *, struct match_ctx *,
	    const struct kb_entry *, struct match_result *);
void	 match_greeting(const struct kb *, struct match_ctx *,
	    struct match_result *);
void	 match_result_finish(struct match_result *);
const char *match_kind_name(enum match_kind);

#endif
