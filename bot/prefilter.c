/*
 * The regex prefilter: with the required literals of each regex (see
 * bot/relit.c) in one Aho-Corasick automaton, one pass over a text shows
 * which regexes cannot match it, so that only the others are run.
 *
 * A text with a non-ASCII byte skips the filter: Unicode case folding
 * could then match what the ASCII mapping of relit_map cannot see.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "acauto.h"
#include "prefilter.h"
#include "relit.h"
#include "xmalloc.h"

#define PF_LIT_MAX	12	/* bytes of a literal the automaton looks for */

struct prefilter {
	struct relit_clause *clauses;	/* all regexes' clauses */
	size_t		 nclauses;
	size_t		*first;		/* per regex: its first clause */
	size_t		*count;		/* per regex: its clause count */
	size_t		 nre;
	struct acauto	*ac;
};

/* An empty prefilter. Caller frees with prefilter_free. */
struct prefilter *
prefilter_new(void)
{
	struct prefilter *pf = xcalloc(1, sizeof(*pf));

	pf->ac = acauto_new();
	return pf;
}

/* Free the prefilter; accepts NULL. */
void
prefilter_free(struct prefilter *pf)
{
	if (pf == NULL)
		return;
	relit_free(pf->clauses, pf->nclauses);
	free(pf->first);
	free(pf->count);
	acauto_free(pf->ac);
	free(pf);
}

/*
 * Add the next regex (ids count from 0 in the order added), as compiled
 * with PCRE2_CASELESS or without. Returns true when the filter can ever
 * skip it, false when it always lets it through.
 */
bool
prefilter_add(struct prefilter *pf, const char *re)
{
	struct relit_clause *c;
	size_t n = relit_extract(re, &c), id = pf->nre++;

	pf->first = xreallocarray(pf->first, pf->nre, sizeof(*pf->first));
	pf->count = xreallocarray(pf->count, pf->nre, sizeof(*pf->count));
	pf->first[id] = pf->nclauses;
	pf->count[id] = n;
	pf->clauses = xreallocarray(pf->clauses, pf->nclauses + n + 1,
	    sizeof(*pf->clauses));
	if (n > 0)
		memcpy(pf->clauses + pf->nclauses, c, n * sizeof(*c));
	pf->nclauses += n;
	free(c);
	return n > 0;
}

/* Compile the literals into the automaton; call once, after the adds. */
void
prefilter_build(struct prefilter *pf)
{
	for (size_t i = 0; i < pf->nclauses; i++)
		for (size_t k = 0; k < pf->clauses[i].n; k++) {
			size_t len = strlen(pf->clauses[i].s[k]);

			/* A literal's start is required as much as all of it,
			 * and short literals keep the automaton in cache. */
			(void)acauto_add(pf->ac, pf->clauses[i].s[k],
			    len < PF_LIT_MAX ? len : PF_LIT_MAX, (unsigned)i);
		}
	acauto_build(pf->ac);
}

/* The number of regexes added. */
size_t
prefilter_count(const struct prefilter *pf)
{
	return pf->nre;
}

/*
 * Set may[id] for every regex: false when it cannot match text (len
 * bytes), true when it might. may has prefilter_count() slots.
 */
void
prefilter_scan(const struct prefilter *pf, const char *text, size_t len,
    bool *may)
{
	unsigned char small[512], *seen = small;
	char mapped[1024], *m = mapped;
	size_t n;

	for (size_t i = 0; i < len; i++)
		if ((unsigned char)text[i] >= 0x80) {
			for (size_t id = 0; id < pf->nre; id++)
				may[id] = true;
			return;
		}
	if (pf->nclauses > sizeof(small))
		seen = xcalloc(pf->nclauses, 1);
	else
		memset(small, 0, pf->nclauses);
	if (len + 3 > sizeof(mapped))
		m = xmalloc(len + 3);
	n = relit_map_text(text, len, m);
	acauto_scan(pf->ac, m, n, seen);
	for (size_t id = 0; id < pf->nre; id++) {
		may[id] = true;
		for (size_t k = 0; k < pf->count[id] && may[id]; k++)
			may[id] = seen[pf->first[id] + k];
	}
	if (seen != small)
		free(seen);
	if (m != mapped)
		free(m);
}

/*
 * Write regex id's clauses as "(a|b) (c)" into out, with the literals'
 * spaces shown as '_'; "" when the regex is never skipped. Returns the
 * length it wanted, like snprintf.
 */
size_t
prefilter_describe(const struct prefilter *pf, size_t id, char *out,
    size_t outsz)
{
	size_t n = 0;

	if (outsz > 0)
		out[0] = '\0';
	for (size_t k = 0; id < pf->nre && k < pf->count[id]; k++) {
		const struct relit_clause *c = &pf->clauses[pf->first[id] + k];

		for (size_t i = 0; i < c->n; i++) {
			n += (size_t)snprintf(n < outsz ? out + n : NULL,
			    n < outsz ? outsz - n : 0, "%s%s",
			    i == 0 ? (k > 0 ? " (" : "(") : "|", c->s[i]);
			for (size_t j = n - strlen(c->s[i]); j < n && j < outsz;
			    j++)
				if (out[j] == ' ')
					out[j] = '_';
			if (i + 1 == c->n)
				n += (size_t)snprintf(n < outsz ? out + n :
				    NULL, n < outsz ? outsz - n : 0, ")");
		}
	}
	return n;
}
