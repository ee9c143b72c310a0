/*
 * The [elsewhere] subjects: phrases in one Aho-Corasick automaton, found
 * in one pass over the question, whole words only (texts and phrases are
 * both mapped by relit_map_text, padded with spaces).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "acauto.h"
#include "elsewhere.h"
#include "relit.h"
#include "xmalloc.h"

struct elsewhere {
	struct acauto	*ac;
	char		**phrase;	/* as given, for --explain */
	bool		*unless;
	size_t		 n;
};

/* An empty list. Caller frees with elsewhere_free. */
struct elsewhere *
elsewhere_new(void)
{
	struct elsewhere *e = xcalloc(1, sizeof(*e));

	e->ac = acauto_new();
	return e;
}

/* Free the list; accepts NULL. */
void
elsewhere_free(struct elsewhere *e)
{
	if (e == NULL)
		return;
	for (size_t i = 0; i < e->n; i++)
		free(e->phrase[i]);
	free(e->phrase);
	free(e->unless);
	acauto_free(e->ac);
	free(e);
}

/*
 * Add a subject phrase (normalized text), or with unless set a phrase
 * that keeps a question in scope however many subjects it names.
 */
void
elsewhere_add(struct elsewhere *e, const char *phrase, bool unless)
{
	size_t len = strlen(phrase);
	char *buf = xmalloc(len + 3);
	size_t n = relit_map_text(phrase, len, buf);

	if (n <= 2) {
		free(buf);
		return;		/* nothing but spaces */
	}
	e->phrase = xreallocarray(e->phrase, e->n + 1, sizeof(*e->phrase));
	e->unless = xreallocarray(e->unless, e->n + 1, sizeof(*e->unless));
	e->phrase[e->n] = xstrdup(phrase);
	e->unless[e->n] = unless;
	(void)acauto_add(e->ac, buf, n, (unsigned)e->n);
	e->n++;
	free(buf);
}

/* Compile the phrases; call once, after the adds. */
void
elsewhere_build(struct elsewhere *e)
{
	acauto_build(e->ac);
}

/*
 * Add what text names to h: the first subject phrase, and whether an
 * "unless" phrase is there. Start with h zeroed; several texts (the
 * question as typed, then with synonyms replaced) may add to one h.
 */
void
elsewhere_find(const struct elsewhere *e, const char *text,
    struct elsewhere_hit *h)
{
	unsigned char small[256], *seen = small;
	unsigned fsmall[256], *found = fsmall;
	size_t nfound, first = SIZE_MAX;

	if (e == NULL || e->n == 0)
		return;
	if (e->n > sizeof(small)) {
		seen = xcalloc(e->n, 1);
		found = xcalloc(e->n, sizeof(*found));
	} else
		memset(small, 0, e->n);
	/* The automaton reads text as relit_map_text maps it. It lists the
	 * phrases found (a few), so that only those are visited, not all. */
	nfound = acauto_scan_fold(e->ac, text, strlen(text), seen, found);
	for (size_t k = 0; k < nfound; k++) {
		if (e->unless[found[k]])
			h->unless = true;
		else if (found[k] < first)
			first = found[k];
	}
	/* The subject named first in the list, not in the text. */
	if (h->topic == NULL && first != SIZE_MAX)
		h->topic = e->phrase[first];
	if (seen != small) {
		free(seen);
		free(found);
	}
}

/*
 * The subject a question is about, when it names one and no "unless"
 * phrase; NULL when it stays in scope. Borrowed from e.
 */
const char *
elsewhere_check(const struct elsewhere *e, const char *text)
{
	struct elsewhere_hit h = { NULL, false };

	elsewhere_find(e, text, &h);
	return h.unless ? NULL : h.topic;
}
