/*
 * The regex prefilter: with the required literals of each regex (see
 * bot/relit.c) in one Aho-Corasick automaton, one pass over a text shows
 * which regexes cannot match it, so that only the others are run. A
 * regex may match when one of its top-level alternatives has a string of
 * each of its clauses in the text.
 *
 * A text with a non-ASCII byte skips the filter: Unicode case folding
 * could then match what the ASCII mapping of relit_map cannot see.
 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "acauto.h"
#include "prefilter.h"
#include "relit.h"
#include "xmalloc.h"

#define PF_LIT_MAX	12	/* bytes of a literal the automaton looks for */

/*
 * One regex: its alternatives, whose clauses are numbered from first on
 * for the automaton, in order. No alternative: the regex is never skipped.
 */
struct pf_re {
	struct relit_alt *alt;
	size_t		 nalt;
	size_t		 first;
	size_t		 first_alt;	/* its first alternative's number */
};

/*
 * The alternatives of all regexes, numbered in order, are what a scan
 * counts: an alternative whose count of clauses found reaches its need
 * lets its regex through.
 */
struct prefilter {
	struct pf_re	*re;
	size_t		 nre;
	size_t		 nclauses;	/* of all regexes */
	size_t		 nalts;
	uint32_t	*clause_alt;	/* per clause: its alternative */
	unsigned char	*alt_need;	/* per alternative: its clauses */
	uint32_t	*alt_re;	/* per alternative: its regex */
	bool		*always;	/* per regex: never skipped (it has
					   no alternative); a scan starts so */
	struct acauto	*ac;
	bool		 scans;		/* ac holds the literals */
};

/*
 * A thread's counters for scans, grown to the largest prefilter it has
 * scanned with and all zero between scans: a scan clears only the
 * counters of the clauses it found, not every clause of a long list.
 */
struct pf_scratch {
	unsigned char	*seen;		/* per clause */
	unsigned char	*count;		/* per alternative */
	unsigned	*found;		/* per clause */
	size_t		 nclauses;
	size_t		 nalts;
};

static pthread_key_t pf_scratch_key;
static pthread_once_t pf_scratch_once = PTHREAD_ONCE_INIT;

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
	for (size_t i = 0; i < pf->nre; i++)
		relit_free(pf->re[i].alt, pf->re[i].nalt);
	free(pf->re);
	free(pf->clause_alt);
	free(pf->alt_need);
	free(pf->alt_re);
	free(pf->always);
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
	struct pf_re *r;

	pf->re = xreallocarray(pf->re, pf->nre + 1, sizeof(*pf->re));
	r = &pf->re[pf->nre++];
	r->nalt = relit_extract(re, &r->alt);
	r->first = pf->nclauses;
	r->first_alt = pf->nalts;
	for (size_t a = 0; a < r->nalt; a++)
		pf->nclauses += r->alt[a].n;
	pf->nalts += r->nalt;
	return r->nalt > 0;
}

static void	 pf_build(struct prefilter *, bool);

/* Add the literals of one clause, numbered id, to automaton ac. */
static void
pf_add_clause(struct acauto *ac, const struct relit_clause *c, size_t id)
{
	for (size_t i = 0; i < c->n; i++) {
		size_t len = strlen(c->s[i]);

		/* A literal's start is required as much as all of it, and
		 * short literals keep the automaton in cache. */
		(void)acauto_add(ac, c->s[i], len < PF_LIT_MAX ? len :
		    PF_LIT_MAX, (unsigned)id);
	}
}

/*
 * Compile the literals into the automaton; call once, after the adds. A
 * literal with a byte outside the automaton's alphabet (a non-ASCII
 * letter of the regex) cannot be added and so is never found: rightly,
 * as a mapped text is ASCII (texts with other bytes skip the filter).
 */
void
prefilter_build(struct prefilter *pf)
{
	pf_build(pf, true);
}

/*
 * prefilter_build without the automaton, for a prefilter that is only
 * ever scanned as a member of a set (prefilter_set_new): its own scans
 * then let every regex through, which is always safe.
 */
void
prefilter_build_tables(struct prefilter *pf)
{
	pf_build(pf, false);
}

/* Build the tables, and the automaton when asked. */
static void
pf_build(struct prefilter *pf, bool automaton)
{
	size_t clause = 0, alt = 0;

	pf->clause_alt = xcalloc(pf->nclauses + 1, sizeof(*pf->clause_alt));
	pf->alt_need = xcalloc(pf->nalts + 1, sizeof(*pf->alt_need));
	pf->alt_re = xcalloc(pf->nalts + 1, sizeof(*pf->alt_re));
	pf->always = xcalloc(pf->nre + 1, sizeof(*pf->always));
	for (size_t id = 0; id < pf->nre; id++)
		pf->always[id] = pf->re[id].nalt == 0;
	for (size_t id = 0; id < pf->nre; id++)
		for (size_t a = 0; a < pf->re[id].nalt; a++, alt++) {
			pf->alt_need[alt] = (unsigned char)pf->re[id].alt[a].n;
			pf->alt_re[alt] = (uint32_t)id;
			for (size_t k = 0; k < pf->re[id].alt[a].n; k++) {
				pf->clause_alt[clause] = (uint32_t)alt;
				if (automaton)
					pf_add_clause(pf->ac,
					    &pf->re[id].alt[a].c[k], clause);
				clause++;
			}
		}
	acauto_build(pf->ac);
	pf->scans = automaton;
}

/* The number of regexes added. */
size_t
prefilter_count(const struct prefilter *pf)
{
	return pf->nre;
}

/* Free a thread's scratch, when the thread ends. */
static void
pf_scratch_destroy(void *p)
{
	struct pf_scratch *sc = p;

	if (sc == NULL)
		return;
	free(sc->seen);
	free(sc->count);
	free(sc->found);
	free(sc);
}

/* Create the key once per process. */
static void
pf_scratch_init(void)
{
	pthread_key_create(&pf_scratch_key, pf_scratch_destroy);
}

/*
 * This thread's zeroed counters, grown to fit nclauses clauses and nalts
 * alternatives (borrowed; they live
 * with the thread). The scan that uses them must zero what it set.
 */
static struct pf_scratch *
pf_scratch(size_t nclauses, size_t nalts)
{
	struct pf_scratch *sc;

	pthread_once(&pf_scratch_once, pf_scratch_init);
	sc = pthread_getspecific(pf_scratch_key);
	if (sc == NULL) {
		sc = xcalloc(1, sizeof(*sc));
		pthread_setspecific(pf_scratch_key, sc);
	}
	if (sc->nclauses < nclauses) {
		free(sc->seen);
		free(sc->found);
		sc->seen = xcalloc(nclauses, sizeof(*sc->seen));
		sc->found = xcalloc(nclauses, sizeof(*sc->found));
		sc->nclauses = nclauses;
	}
	if (sc->nalts < nalts) {
		free(sc->count);
		sc->count = xcalloc(nalts, sizeof(*sc->count));
		sc->nalts = nalts;
	}
	return sc;
}

/* True when text (len bytes) is all ASCII: else the filter lets all through. */
static bool
pf_ascii(const char *text, size_t len)
{
	size_t i = 0;

	/* Eight bytes at a time: every scan reads its whole text here. */
	for (; i + 8 <= len; i += 8) {
		uint64_t w;

		memcpy(&w, text + i, sizeof(w));
		if (w & UINT64_C(0x8080808080808080))
			return false;
	}
	for (; i < len; i++)
		if ((unsigned char)text[i] >= 0x80)
			return false;
	return true;
}

/*
 * Set may and alt_may (may be NULL) as a scan starts: every regex and
 * alternative let through when the text is not ASCII, else only the
 * regexes the filter never skips.
 */
static void
pf_start(const struct prefilter *pf, bool ascii, bool *may, bool *alt_may)
{
	if (ascii)
		memcpy(may, pf->always, pf->nre * sizeof(*may));
	else
		memset(may, true, pf->nre * sizeof(*may));
	if (alt_may != NULL)
		memset(alt_may, !ascii, pf->nalts * sizeof(*alt_may));
}

/*
 * Set may[id] for every regex: false when it cannot match text (len
 * bytes), true when it might. may has prefilter_count() slots.
 */
void
prefilter_scan(const struct prefilter *pf, const char *text, size_t len,
    bool *may)
{
	prefilter_scan_alts(pf, text, len, may, NULL);
}

/*
 * prefilter_scan that also sets, when alt_may is not NULL, alt_may[a]
 * for every alternative a (see prefilter_alts): false when it cannot
 * match text. alt_may has prefilter_alt_total() slots.
 */
void
prefilter_scan_alts(const struct prefilter *pf, const char *text,
    size_t len, bool *may, bool *alt_may)
{
	struct pf_scratch *sc;
	size_t nfound;

	/* Without its automaton the filter lets everything through. */
	bool ascii = pf->scans && pf_ascii(text, len);

	pf_start(pf, ascii, may, alt_may);
	if (!ascii || pf->nclauses == 0)
		return;
	sc = pf_scratch(pf->nclauses, pf->nalts);
	/* The automaton reads the text as relit_map_text maps it. Only the
	 * clauses found are visited: an alternative whose count reaches its
	 * need has all of its clauses in the text. */
	nfound = acauto_scan_fold(pf->ac, text, len, sc->seen, sc->found);
	for (size_t i = 0; i < nfound; i++) {
		uint32_t a = pf->clause_alt[sc->found[i]];

		if (++sc->count[a] != pf->alt_need[a])
			continue;
		may[pf->alt_re[a]] = true;
		if (alt_may != NULL)
			alt_may[a] = true;
	}
	/* Leave the counters zero for the next scan. */
	for (size_t i = 0; i < nfound; i++) {
		sc->seen[sc->found[i]] = 0;
		sc->count[pf->clause_alt[sc->found[i]]] = 0;
	}
}

/* The number of alternatives of all regexes. */
size_t
prefilter_alt_total(const struct prefilter *pf)
{
	return pf->nalts;
}

/*
 * The number of top-level alternatives the filter tells apart in regex
 * id (0 when it never skips the regex); *first gets the number of the
 * first, the others follow it.
 */
size_t
prefilter_alts(const struct prefilter *pf, size_t id, size_t *first)
{
	*first = pf->re[id].first_alt;
	return pf->re[id].nalt;
}

/* Where alternative k of regex id is in its source: *len bytes at *off. */
void
prefilter_alt_span(const struct prefilter *pf, size_t id, size_t k,
    size_t *off, size_t *len)
{
	*off = pf->re[id].alt[k].off;
	*len = pf->re[id].alt[k].len;
}

/* Append s to out (outsz bytes) at *n, spaces as '_' when asked. */
static void
pf_put(char *out, size_t outsz, size_t *n, const char *s, bool spaces)
{
	for (; *s != '\0'; s++, (*n)++)
		if (*n + 1 < outsz) {
			out[*n] = spaces && *s == ' ' ? '_' : *s;
			out[*n + 1] = '\0';
		}
}

/*
 * Write regex id's alternatives as "(a|b) (c) or (d)" into out, with the
 * literals' spaces shown as '_'; "" when the regex is never skipped.
 * Returns the length it wanted, like snprintf.
 */
size_t
prefilter_describe(const struct prefilter *pf, size_t id, char *out,
    size_t outsz)
{
	size_t n = 0;

	if (outsz > 0)
		out[0] = '\0';
	for (size_t a = 0; id < pf->nre && a < pf->re[id].nalt; a++) {
		const struct relit_alt *alt = &pf->re[id].alt[a];

		if (a > 0)
			pf_put(out, outsz, &n, " or ", false);
		for (size_t k = 0; k < alt->n; k++) {
			pf_put(out, outsz, &n, k > 0 ? " (" : "(", false);
			for (size_t i = 0; i < alt->c[k].n; i++) {
				if (i > 0)
					pf_put(out, outsz, &n, "|", false);
				pf_put(out, outsz, &n, alt->c[k].s[i], true);
			}
			pf_put(out, outsz, &n, ")", false);
		}
	}
	return n;
}

/*
 * What a set's scan needs of a complete alternative, in one place (one
 * cache line, not one per member array): its member, its regex there and
 * its number there.
 */
struct pf_set_alt {
	uint32_t	 re;
	uint32_t	 a;
	uint32_t	 member;
};

/*
 * A clause of the set: its alternative and that alternative's count of
 * clauses, side by side. A scan finds about fifty clauses a question,
 * few of which complete their alternative: each costs one record (and a
 * counter), and the alternative's own record is read only once complete.
 */
struct pf_set_clause {
	uint32_t	 ga;
	uint32_t	 need;
};

/*
 * Several prefilters in one automaton, so that one pass over a text
 * answers for all of them (the crisis rules, the crisis topic and the
 * knowledge's patterns all read the normalized question). Each member's
 * literals are added as its own prefilter_build adds them, under clause
 * numbers shifted past the members before it; an Aho-Corasick scan finds
 * every occurrence of every literal whatever else the automaton holds,
 * so each member gets exactly the answer of its own scan.
 */
struct prefilter_set {
	const struct prefilter **pf;	/* borrowed, built */
	size_t		 n;
	size_t		*alt_off;	/* per member: its first alternative */
	struct pf_set_clause *clause;	/* per clause */
	struct pf_set_alt *alt;		/* per alternative */
	size_t		 nclauses;
	size_t		 nalts;
	struct acauto	*ac;
};

/* Add member m's clauses to the set's automaton, from clause number *at. */
static void
pf_set_add(struct prefilter_set *ps, size_t m, size_t *at)
{
	const struct prefilter *pf = ps->pf[m];

	for (size_t c = 0; c < pf->nclauses; c++)
		ps->clause[*at + c] = (struct pf_set_clause){
		    (uint32_t)(ps->alt_off[m] + pf->clause_alt[c]),
		    pf->alt_need[pf->clause_alt[c]] };
	for (size_t a = 0; a < pf->nalts; a++)
		ps->alt[ps->alt_off[m] + a] = (struct pf_set_alt){
		    pf->alt_re[a], (uint32_t)a, (uint32_t)m };
	for (size_t id = 0; id < pf->nre; id++)
		for (size_t a = 0; a < pf->re[id].nalt; a++)
			for (size_t k = 0; k < pf->re[id].alt[a].n; k++)
				pf_add_clause(ps->ac, &pf->re[id].alt[a].c[k],
				    (*at)++);
}

/*
 * One automaton for the n built prefilters pf (borrowed: they must
 * outlive the set). Caller frees with prefilter_set_free.
 */
struct prefilter_set *
prefilter_set_new(const struct prefilter *const *pf, size_t n)
{
	struct prefilter_set *ps = xcalloc(1, sizeof(*ps));
	size_t at = 0;

	ps->pf = xcalloc(n + 1, sizeof(*ps->pf));
	ps->alt_off = xcalloc(n + 1, sizeof(*ps->alt_off));
	ps->n = n;
	for (size_t m = 0; m < n; m++) {
		ps->pf[m] = pf[m];
		ps->alt_off[m] = ps->nalts;
		ps->nclauses += pf[m]->nclauses;
		ps->nalts += pf[m]->nalts;
	}
	ps->clause = xcalloc(ps->nclauses + 1, sizeof(*ps->clause));
	ps->alt = xcalloc(ps->nalts + 1, sizeof(*ps->alt));
	ps->ac = acauto_new();
	for (size_t m = 0; m < n; m++)
		pf_set_add(ps, m, &at);
	acauto_build(ps->ac);
	return ps;
}

/* Free the set (not its members); accepts NULL. */
void
prefilter_set_free(struct prefilter_set *ps)
{
	if (ps == NULL)
		return;
	free(ps->pf);
	free(ps->alt_off);
	free(ps->clause);
	free(ps->alt);
	acauto_free(ps->ac);
	free(ps);
}

/*
 * prefilter_scan_alts for every member m at once: may[m] and alt_may[m]
 * (alt_may[m] may be NULL) get what a scan of text by member m alone
 * would give them.
 */
void
prefilter_set_scan(const struct prefilter_set *ps, const char *text,
    size_t len, bool *const *may, bool *const *alt_may)
{
	bool ascii = pf_ascii(text, len);
	struct pf_scratch *sc;
	size_t nfound;

	for (size_t m = 0; m < ps->n; m++)
		pf_start(ps->pf[m], ascii, may[m], alt_may[m]);
	if (!ascii || ps->nclauses == 0)
		return;
	sc = pf_scratch(ps->nclauses, ps->nalts);
	nfound = acauto_scan_fold(ps->ac, text, len, sc->seen, sc->found);
	for (size_t i = 0; i < nfound; i++) {
		const struct pf_set_clause *c = &ps->clause[sc->found[i]];
		const struct pf_set_alt *alt;

		if (++sc->count[c->ga] != c->need)
			continue;
		alt = &ps->alt[c->ga];
		may[alt->member][alt->re] = true;
		if (alt_may[alt->member] != NULL)
			alt_may[alt->member][alt->a] = true;
	}
	for (size_t i = 0; i < nfound; i++) {
		sc->seen[sc->found[i]] = 0;
		sc->count[ps->clause[sc->found[i]].ga] = 0;
	}
}

_Static_assert(sizeof(bool) == 1, "prefilter_next reads 8 bools a word");

/*
 * The first i from `from` on (below n) with may[i] set, or n: the next
 * regex a scan's answer lets through. Eight entries at a time, as a scan
 * lets a few of hundreds through, and the callers walk every answer.
 */
size_t
prefilter_next(const bool *may, size_t from, size_t n)
{
	size_t i = from;

	for (; i + 8 <= n; i += 8) {
		uint64_t w;

		memcpy(&w, may + i, sizeof(w));
		if (w != 0)
			break;
	}
	while (i < n && !may[i])
		i++;
	return i;
}
