/*
 * Required literals of a regex: for each of its top-level alternatives,
 * clauses of strings such that every text that alternative matches
 * contains at least one string of each clause. Texts and literals are
 * compared through relit_map (see bot/relit.c).
 */
#ifndef FAQBOT_RELIT_H
#define FAQBOT_RELIT_H

#include <stdbool.h>
#include <stddef.h>

/* One clause: the text must contain one of these strings. */
struct relit_clause {
	char	**s;
	size_t	 n;
};

/*
 * One top-level alternative: the text must hold one string of each
 * clause. It is re[off .. off + len) of the regex source.
 */
struct relit_alt {
	struct relit_clause *c;
	size_t	 n;
	size_t	 off;
	size_t	 len;
};

size_t	 relit_extract(const char *re, struct relit_alt **out);
void	 relit_free(struct relit_alt *, size_t n);
char	 relit_map(unsigned char);
size_t	 relit_map_text(const char *, size_t len, char *out);

#endif
