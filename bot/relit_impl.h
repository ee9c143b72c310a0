/*
 * The inside of the required-literal extraction, shared by the parser
 * (relit.c) and the algebra of string sets it builds on (relit_set.c).
 */
#ifndef FAQBOT_RELIT_IMPL_H
#define FAQBOT_RELIT_IMPL_H

#include <stdbool.h>
#include <stddef.h>

#include "relit.h"

#define RL_SET_MAX	48	/* strings in one set */
#define RL_STR_MAX	40	/* bytes in one string */
#define RL_CLAUSE_MAX	6	/* clauses kept per part of a regex */
#define RL_BOUND	'\001'	/* \b inside a string, until mapped */

/* A set of raw strings (RL_BOUND for \b); known false means "anything". */
struct rl_set {
	bool	 known;
	char	**s;
	size_t	 n;
};

/*
 * What is known of every match of a part of a regex: exactly one of
 * exact's strings, starting with one of pre's, ending with one of suf's,
 * and holding one string of each clause (clauses are already mapped).
 */
struct rl_info {
	struct rl_set	 exact, pre, suf;
	struct relit_clause clause[RL_CLAUSE_MAX];
	size_t		 nclause;
};

void	relit__add(char ***, size_t *, const char *, size_t);
void	relit__list_free(char **, size_t);
void	relit__set_clear(struct rl_set *);
struct rl_set relit__set_copy(const struct rl_set *);
void	relit__info_free(struct rl_info *);
void	relit__info_string(struct rl_info *, const char *, size_t);
void	relit__info_any(struct rl_info *);
void	relit__flush(struct rl_info *);
void	relit__drop_letters(struct rl_info *);
void	relit__take_clauses(struct rl_info *, struct rl_info *);
void	relit__concat(struct rl_info *, struct rl_info *);
void	relit__either(struct rl_info *, struct rl_info *);

#endif
