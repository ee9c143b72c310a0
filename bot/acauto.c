/*
 * An Aho-Corasick automaton: literal strings over a 38-symbol alphabet
 * (a-z, 0-9, '_', space) compiled into a transition table, so that a scan
 * costs about one lookup per byte of text, whatever the number of strings.
 * The first AC_DENSE states (the shallow ones, where scans spend their
 * steps) get a full row; deeper ones a small record of how they differ
 * from their failure state, numbered depth first so that a literal's
 * records lie side by side. Each string carries an id; a scan marks the
 * ids it finds.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "acauto.h"
#include "xmalloc.h"

#define AC_SYMS		38
#define AC_SPACE	37	/* the symbol of ' ' */
#define AC_NONE		UINT32_MAX
#define AC_SMALL_MAX	0xffffu		/* states the compact table holds */
/*
 * In the compact table, states past this many (breadth-first, so the
 * deeper ones) get a sparse record instead of a row: see ac_compact.
 * 2,048 rows (152 KiB for 38 symbols) rather than 1,024: with the deep
 * states numbered depth first, callgrind counts 3% fewer L1 misses a
 * question and as many misses of a 1 MiB L2; 4,096 adds L2 misses.
 */
#define AC_DENSE	2048u

/*
 * A state past the dense rows: its transitions are those of its failure
 * state fail, except for n symbols (its exceptions), the first of which
 * is here and the others at xsym[more..], xto[more..]. 8 bytes, where a
 * row is 76: a deep state is mostly a letter of one literal.
 */
struct ac_sparse {
	uint16_t	 fail;
	uint16_t	 to;		/* target on sym */
	uint8_t		 sym;
	uint8_t		 n;
	uint16_t	 more;
};

/* One (state, id) output, before they are grouped by state. */
struct ac_out {
	uint32_t	 state;
	unsigned	 id;
};

struct acauto {
	uint32_t	*go;		/* nstates * AC_SYMS transitions; NULL
					   once go16 holds them */
	uint32_t	 nstates;
	uint32_t	 cap;
	struct ac_out	*outs;		/* sorted by state after build */
	size_t		 nouts;
	uint32_t	*out_first;	/* per state: first index in outs */
	uint32_t	*out_next;	/* per state: nearest suffix with outputs */
	uint32_t	*all_first;	/* per state: its run in all_ids, up to
					   the next state's (nstates + 1) */
	unsigned	*all_ids;	/* per state, every id it finds, its
					   own then its suffixes', in order */
	uint16_t	*go16;		/* compact copy of go's first ndense
					   rows, or NULL */
	uint32_t	 ndense;
	struct ac_sparse *sparse;	/* states ndense.. of the compact
					   table */
	uint8_t		*xsym;		/* their other exceptions */
	uint16_t	*xto;
	uint64_t	*marks;		/* with go16: bit s set when state s
					   finds a string */
	bool		 built;
	signed char	 sym[256];	/* ac_sym of every byte, for scans */
	signed char	 fold[256];	/* folded: see acauto_scan_fold */
};

/*
 * The compact table's arrays, copied out of struct acauto into a scan's
 * locals: a scan writes seen[] through a char pointer, which may alias
 * anything, so fields read through ac would be loaded again per byte.
 */
struct ac_view {
	const uint16_t	*go16;
	const struct ac_sparse *sparse;
	const uint8_t	*xsym;
	const uint16_t	*xto;
	const uint64_t	*marks;
	unsigned	 ndense;
};

/* The symbol of byte c, or -1 when c is outside the alphabet. */
static int
ac_sym(unsigned char c)
{
	if (c >= 'a' && c <= 'z')
		return c - 'a';
	if (c >= '0' && c <= '9')
		return 26 + (c - '0');
	if (c == '_')
		return 36;
	if (c == ' ')
		return 37;
	return -1;
}

/* Append a state with no transitions; returns its number. */
static uint32_t
ac_state(struct acauto *ac)
{
	if (ac->nstates == ac->cap) {
		ac->cap = ac->cap ? ac->cap * 2 : 64;
		ac->go = xreallocarray(ac->go, ac->cap, AC_SYMS * sizeof(*ac->go));
	}
	for (int k = 0; k < AC_SYMS; k++)
		ac->go[(size_t)ac->nstates * AC_SYMS + k] = AC_NONE;
	return ac->nstates++;
}

/* An empty automaton. Caller frees with acauto_free. */
struct acauto *
acauto_new(void)
{
	struct acauto *ac = xcalloc(1, sizeof(*ac));

	for (int c = 0; c < 256; c++) {
		int k = ac_sym((unsigned char)(c >= 'A' && c <= 'Z' ?
		    c - 'A' + 'a' : c));

		ac->sym[c] = (signed char)ac_sym((unsigned char)c);
		ac->fold[c] = (signed char)(k < 0 ? AC_SPACE : k);
	}
	ac_state(ac);
	return ac;
}

/* Free the automaton; accepts NULL. */
void
acauto_free(struct acauto *ac)
{
	if (ac == NULL)
		return;
	free(ac->go);
	free(ac->outs);
	free(ac->out_first);
	free(ac->out_next);
	free(ac->all_first);
	free(ac->all_ids);
	free(ac->go16);
	free(ac->sparse);
	free(ac->xsym);
	free(ac->xto);
	free(ac->marks);
	free(ac);
}

/*
 * Add string s with id. False (nothing added) when s is empty, holds a
 * byte outside the alphabet, or the automaton is already built.
 */
bool
acauto_add(struct acauto *ac, const char *s, size_t len, unsigned id)
{
	uint32_t st = 0;

	if (ac->built || len == 0)
		return false;
	for (size_t i = 0; i < len; i++)
		if (ac_sym((unsigned char)s[i]) < 0)
			return false;
	for (size_t i = 0; i < len; i++) {
		size_t k = (size_t)st * AC_SYMS + ac_sym((unsigned char)s[i]);

		if (ac->go[k] == AC_NONE) {
			uint32_t nst = ac_state(ac);

			ac->go[k] = nst;	/* ac->go may have moved */
		}
		st = ac->go[k];
	}
	ac->outs = xreallocarray(ac->outs, ac->nouts + 1, sizeof(*ac->outs));
	ac->outs[ac->nouts++] = (struct ac_out){ st, id };
	return true;
}

/* Order outputs by state, so each state's ids are one run. */
static int
ac_out_cmp(const void *a, const void *b)
{
	const struct ac_out *x = a, *y = b;

	if (x->state != y->state)
		return x->state < y->state ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

/* Group the outputs by state: out_first[s] is AC_NONE when s has none. */
static void
ac_group_outputs(struct acauto *ac)
{
	if (ac->nouts > 0)
		qsort(ac->outs, ac->nouts, sizeof(*ac->outs), ac_out_cmp);
	ac->out_first = xreallocarray(NULL, ac->nstates, sizeof(uint32_t));
	ac->out_next = xreallocarray(NULL, ac->nstates, sizeof(uint32_t));
	for (uint32_t s = 0; s < ac->nstates; s++)
		ac->out_first[s] = ac->out_next[s] = AC_NONE;
	for (size_t i = ac->nouts; i-- > 0; )
		ac->out_first[ac->outs[i].state] = (uint32_t)i;
}

/* True when reaching state s finds a string. */
static bool
ac_has_output(const struct acauto *ac, uint32_t s)
{
	return ac->out_first[s] != AC_NONE || ac->out_next[s] != AC_NONE;
}

/*
 * The compact table's step from state s on symbol k. A sparse state
 * answers for its exceptions and passes every other symbol to its
 * failure state, which is shallower (a lower number), so the walk ends
 * at a dense row. Inline: it runs for every byte of a scan.
 */
static inline unsigned
ac_next16(const struct ac_view *v, unsigned s, unsigned k)
{
	while (s >= v->ndense) {
		const struct ac_sparse *r = &v->sparse[s - v->ndense];

		if (r->n > 0 && r->sym == k)
			return r->to;
		for (unsigned i = 1; i < r->n; i++)
			if (v->xsym[r->more + i - 1] == k)
				return v->xto[r->more + i - 1];
		s = r->fail;
	}
	return v->go16[s * AC_SYMS + k];
}

/* The view of ac's compact table (go16 is NULL without one). */
static struct ac_view
ac_view(const struct acauto *ac)
{
	struct ac_view v = { ac->go16, ac->sparse, ac->xsym, ac->xto,
	    ac->marks, ac->ndense };

	return v;
}

/* go[s * AC_SYMS + k] as the compact table holds it. */
static uint16_t
ac_target16(const struct acauto *ac, uint32_t s, int k)
{
	return (uint16_t)ac->go[(size_t)s * AC_SYMS + (size_t)k];
}

/* True when state s of the compact table finds a string. */
static inline bool
ac_marked(const struct ac_view *v, unsigned s)
{
	return v->marks[s / 64] >> (s % 64) & 1;
}

/*
 * The exceptions of every state from ndense on, against its failure
 * state fail[s]: the symbols on which the two go to different targets.
 * False (nothing kept) when they do not fit the records' 16-bit fields.
 */
static bool
ac_sparsify(struct acauto *ac, const uint32_t *fail)
{
	size_t nsparse = ac->nstates - ac->ndense, nx = 0;

	ac->sparse = xcalloc(nsparse + 1, sizeof(*ac->sparse));
	ac->xsym = xreallocarray(NULL, 1, sizeof(*ac->xsym));
	ac->xto = xreallocarray(NULL, 1, sizeof(*ac->xto));
	for (uint32_t s = ac->ndense; s < ac->nstates; s++) {
		struct ac_sparse *r = &ac->sparse[s - ac->ndense];

		/* A failure state is shallower, so the walk of ac_next16
		 * ends at the root at the latest, which has a row. */
		if (nx > UINT16_MAX)
			return false;
		r->fail = (uint16_t)fail[s];
		r->more = (uint16_t)nx;
		for (int k = 0; k < AC_SYMS; k++) {
			uint16_t t = ac_target16(ac, s, k);

			if (t == ac_target16(ac, fail[s], k))
				continue;
			if (r->n == 0) {
				r->sym = (uint8_t)k;
				r->to = t;
			} else {
				ac->xsym = xreallocarray(ac->xsym, nx + 1,
				    sizeof(*ac->xsym));
				ac->xto = xreallocarray(ac->xto, nx + 1,
				    sizeof(*ac->xto));
				ac->xsym[nx] = (uint8_t)k;
				ac->xto[nx++] = t;
			}
			r->n++;
		}
	}
	return true;
}

/* Undo ac_sparsify: every state gets a dense row. */
static void
ac_unsparsify(struct acauto *ac)
{
	free(ac->sparse);
	free(ac->xsym);
	free(ac->xto);
	ac->sparse = NULL;
	ac->xsym = NULL;
	ac->xto = NULL;
	ac->ndense = ac->nstates;
}

/*
 * With few enough states, copy the table into 16-bit entries that also
 * say whether the target finds a string: half the memory, so a scan stays
 * in cache, and no lookup of the output lists on most bytes. Only the
 * first AC_DENSE states (the shallow ones, where a scan spends most of
 * its steps) keep a row of 76 bytes; a deeper state keeps the few
 * symbols on which it differs from its failure state, so the crisis
 * table is a few hundred KiB instead of 1.6 MiB. Every step of every
 * state is checked against the full table before that is freed: the
 * scans see the same targets.
 */
static void
ac_compact(struct acauto *ac, const uint32_t *fail)
{
	struct ac_view v;

	if (ac->nstates > AC_SMALL_MAX)
		return;
	ac->ndense = ac->nstates < AC_DENSE ? ac->nstates : AC_DENSE;
	if (!ac_sparsify(ac, fail))
		ac_unsparsify(ac);
	ac->marks = xcalloc(ac->nstates / 64 + 1, sizeof(*ac->marks));
	for (uint32_t s = 0; s < ac->nstates; s++)
		if (ac_has_output(ac, s))
			ac->marks[s / 64] |= UINT64_C(1) << (s % 64);
	ac->go16 = xreallocarray(NULL, (size_t)ac->ndense * AC_SYMS,
	    sizeof(*ac->go16));
	for (uint32_t s = 0; s < ac->ndense; s++)
		for (int k = 0; k < AC_SYMS; k++)
			ac->go16[(size_t)s * AC_SYMS + (size_t)k] =
			    ac_target16(ac, s, k);
	v = ac_view(ac);
	for (uint32_t s = ac->ndense; s < ac->nstates; s++)
		for (int k = 0; k < AC_SYMS; k++)
			if (ac_next16(&v, s, (unsigned)k) !=
			    ac_target16(ac, s, k)) {
				/* A broken invariant, not bad input. */
				fprintf(stderr, "acauto: sparse state %u "
				    "differs on symbol %d\n", s, k);
				abort();
			}
	/* Scans read go16 alone from now on, and nothing is added after a
	 * build: the crisis table's 32-bit copy was 3 MiB of nothing. */
	free(ac->go);
	ac->go = NULL;
}

/*
 * Number the states in the order of order[] (root first: breadth first,
 * then the deep states depth first, see ac_order_deep), failure links
 * fail[] included. A scan spends nearly all its steps in the few shallow
 * states, and they then share a handful of cache lines at the start of
 * the table instead of being spread over all of it: the crisis table
 * alone is hundreds of KiB.
 */
static void
ac_renumber(struct acauto *ac, const uint32_t *order, uint32_t *fail)
{
	uint32_t *ofail = xreallocarray(NULL, ac->nstates, sizeof(*ofail));
	uint32_t *map = xreallocarray(NULL, ac->nstates, sizeof(*map));
	uint32_t *go = xreallocarray(NULL, ac->nstates,
	    AC_SYMS * sizeof(*go));
	uint32_t *first = xreallocarray(NULL, ac->nstates, sizeof(*first));
	uint32_t *next = xreallocarray(NULL, ac->nstates, sizeof(*next));

	for (uint32_t i = 0; i < ac->nstates; i++)
		map[order[i]] = i;
	memcpy(ofail, fail, ac->nstates * sizeof(*ofail));
	for (uint32_t i = 0; i < ac->nstates; i++) {
		uint32_t o = order[i];

		fail[i] = map[ofail[o]];
		for (int k = 0; k < AC_SYMS; k++)
			go[(size_t)i * AC_SYMS + k] =
			    map[ac->go[(size_t)o * AC_SYMS + k]];
		first[i] = ac->out_first[o];
		next[i] = ac->out_next[o] == AC_NONE ? AC_NONE :
		    map[ac->out_next[o]];
	}
	for (size_t i = 0; i < ac->nouts; i++)
		ac->outs[i].state = map[ac->outs[i].state];
	free(ac->go);
	free(ac->out_first);
	free(ac->out_next);
	ac->go = go;
	ac->out_first = first;
	ac->out_next = next;
	free(map);
	free(ofail);
}

/*
 * Reorder the states past the first AC_DENSE of order[] (breadth first,
 * the trie's parent[] of each) depth first, each literal's letters one
 * after the other: a scan that follows a literal past the rows then reads
 * consecutive 8-byte records (and mark bits), a few cache lines, where
 * breadth first put each letter in another part of the table. The dense
 * states keep their place.
 */
static void
ac_order_deep(const struct acauto *ac, const uint32_t *parent,
    uint32_t *order)
{
	uint32_t ndense = ac->nstates < AC_DENSE ? ac->nstates : AC_DENSE;
	uint32_t *stack = xreallocarray(NULL, ac->nstates, sizeof(*stack));
	bool *dense = xcalloc(ac->nstates, sizeof(*dense));
	uint32_t n = ndense, top = 0;

	for (uint32_t i = 0; i < ndense; i++)
		dense[order[i]] = true;
	stack[top++] = 0;
	while (top > 0) {
		uint32_t s = stack[--top];

		if (!dense[s])
			order[n++] = s;
		/* Children last symbol first, so the first is visited first. */
		for (int k = AC_SYMS - 1; k >= 0; k--) {
			uint32_t t = ac->go[(size_t)s * AC_SYMS + (size_t)k];

			if (t != 0 && parent[t] == s)
				stack[top++] = t;
		}
	}
	if (n != ac->nstates) {
		/* A broken invariant, not bad input. */
		fprintf(stderr, "acauto: depth-first order lists %u of %u "
		    "states\n", n, ac->nstates);
		abort();
	}
	free(dense);
	free(stack);
}

/*
 * Call fn(id, arg) for every id state s finds: its own outputs, then
 * those of its suffix states, nearest first (what a scan marks).
 */
static void
ac_each_output(const struct acauto *ac, uint32_t s,
    void (*fn)(unsigned, void *), void *arg)
{
	if (ac->out_first[s] == AC_NONE)
		s = ac->out_next[s];
	while (s != AC_NONE) {
		for (uint32_t i = ac->out_first[s];
		    i < ac->nouts && ac->outs[i].state == s; i++)
			fn(ac->outs[i].id, arg);
		s = ac->out_next[s];
	}
}

/* ac_each_output's callback for counting. */
static void
ac_count_cb(unsigned id, void *arg)
{
	(void)id;
	(*(size_t *)arg)++;
}

/* ac_each_output's callback for listing into all_ids. */
static void
ac_list_cb(unsigned id, void *arg)
{
	struct acauto *ac = arg;

	ac->all_ids[ac->all_first[ac->nstates]++] = id;
}

/*
 * Spell out, for every state, all the ids it finds in one run of
 * all_ids: a scan that reaches a state with outputs then reads one short
 * array, instead of walking the suffix links through three arrays.
 */
static void
ac_flatten(struct acauto *ac)
{
	size_t total = 0;

	for (uint32_t s = 0; s < ac->nstates; s++)
		ac_each_output(ac, s, ac_count_cb, &total);
	ac->all_ids = xreallocarray(NULL, total + 1, sizeof(*ac->all_ids));
	ac->all_first = xreallocarray(NULL, (size_t)ac->nstates + 1,
	    sizeof(*ac->all_first));
	/* all_first[nstates] counts the ids listed so far. */
	ac->all_first[ac->nstates] = 0;
	for (uint32_t s = 0; s < ac->nstates; s++) {
		ac->all_first[s] = ac->all_first[ac->nstates];
		ac_each_output(ac, s, ac_list_cb, ac);
	}
}

/*
 * Turn the trie into a full automaton, breadth first: a missing
 * transition follows the failure link's, and out_next links each state
 * to the longest proper suffix state that has outputs.
 */
void
acauto_build(struct acauto *ac)
{
	uint32_t *fail, *queue, *parent, head = 0, tail = 0;

	if (ac->built)
		return;
	ac_group_outputs(ac);
	fail = xcalloc(ac->nstates, sizeof(*fail));
	queue = xreallocarray(NULL, ac->nstates, sizeof(*queue));
	parent = xreallocarray(NULL, ac->nstates, sizeof(*parent));
	parent[0] = AC_NONE;
	queue[tail++] = 0;	/* the root, first in the new numbering */
	head = 1;
	for (int k = 0; k < AC_SYMS; k++) {
		uint32_t *t = &ac->go[k];

		if (*t == AC_NONE)
			*t = 0;
		else {
			parent[*t] = 0;
			queue[tail++] = *t;
		}
	}
	while (head < tail) {
		uint32_t s = queue[head++], f = fail[s];

		ac->out_next[s] = ac->out_first[f] != AC_NONE ? f :
		    ac->out_next[f];
		for (int k = 0; k < AC_SYMS; k++) {
			uint32_t *t = &ac->go[(size_t)s * AC_SYMS + k];
			uint32_t via = ac->go[(size_t)f * AC_SYMS + k];

			if (*t == AC_NONE) {
				*t = via;
				continue;
			}
			fail[*t] = via;
			parent[*t] = s;
			queue[tail++] = *t;
		}
	}
	ac_order_deep(ac, parent, queue);
	ac_renumber(ac, queue, fail);
	free(queue);
	free(parent);
	ac_flatten(ac);
	ac_compact(ac, fail);
	free(fail);
	ac->built = true;
}

/*
 * Where a scan puts what it finds: seen[id] is set, and an id seen for
 * the first time is also appended to found, when there is one.
 */
struct ac_hits {
	unsigned char	*seen;
	unsigned	*found;
	size_t		 nfound;
};

/* Mark the ids of state s and of its suffix states. */
static void
ac_mark(const struct acauto *ac, uint32_t s, struct ac_hits *h)
{
	for (uint32_t i = ac->all_first[s]; i < ac->all_first[s + 1]; i++) {
		unsigned id = ac->all_ids[i];

		if (h->found != NULL && !h->seen[id])
			h->found[h->nfound++] = id;
		h->seen[id] = 1;
	}
}

/* acauto_scan over the compact table. */
static void
ac_scan16(const struct acauto *ac, const char *text, size_t len,
    struct ac_hits *h)
{
	const struct ac_view v = ac_view(ac);
	unsigned s = 0;

	for (size_t i = 0; i < len; i++) {
		int k = ac->sym[(unsigned char)text[i]];

		if (k < 0) {
			s = 0;
			continue;
		}
		s = ac_next16(&v, s, (unsigned)k);
		if (ac_marked(&v, s))
			ac_mark(ac, s, h);
	}
}

/* Scan text for every added string, into h. */
static void
ac_scan(const struct acauto *ac, const char *text, size_t len,
    struct ac_hits *h)
{
	uint32_t s = 0;

	if (ac->go16 != NULL) {
		ac_scan16(ac, text, len, h);
		return;
	}
	for (size_t i = 0; i < len; i++) {
		int k = ac->sym[(unsigned char)text[i]];

		if (k < 0) {
			s = 0;
			continue;
		}
		s = ac->go[(size_t)s * AC_SYMS + k];
		if (ac_has_output(ac, s))
			ac_mark(ac, s, h);
	}
}

/*
 * Set seen[id] for every added string found in text. Bytes outside the
 * alphabet restart the match, as no string can span them. The automaton
 * must be built.
 */
void
acauto_scan(const struct acauto *ac, const char *text, size_t len,
    unsigned char *seen)
{
	struct ac_hits h = { seen, NULL, 0 };

	ac_scan(ac, text, len, &h);
}

/*
 * acauto_scan that also lists, in found (room for every id), each id it
 * sets that seen did not hold yet; returns how many. A caller then
 * visits what the text holds, not every id.
 */
size_t
acauto_scan_list(const struct acauto *ac, const char *text, size_t len,
    unsigned char *seen, unsigned *found)
{
	struct ac_hits h = { seen, found, 0 };

	ac_scan(ac, text, len, &h);
	return h.nfound;
}

/*
 * Step from state s on symbol k, marking what that finds; the new state.
 * Inline: it runs for every byte of a folded scan.
 */
static inline uint32_t
ac_feed(const struct acauto *ac, const struct ac_view *v, uint32_t s, int k,
    struct ac_hits *h)
{
	if (v->go16 != NULL) {
		s = ac_next16(v, s, (unsigned)k);
		if (ac_marked(v, s))
			ac_mark(ac, s, h);
		return s;
	}
	s = ac->go[(size_t)s * AC_SYMS + (size_t)k];
	if (ac_has_output(ac, s))
		ac_mark(ac, s, h);
	return s;
}

/*
 * acauto_scan_list over text folded into the alphabet, without writing
 * the folded copy: A-Z read as a-z, every other byte outside the alphabet
 * as a space, a run of spaces as one, with a space before and after (what
 * relit_map_text writes). found may be NULL.
 */
size_t
acauto_scan_fold(const struct acauto *ac, const char *text, size_t len,
    unsigned char *seen, unsigned *found)
{
	const struct ac_view v = ac_view(ac);
	struct ac_hits h = { seen, found, 0 };
	uint32_t s = ac_feed(ac, &v, 0, AC_SPACE, &h);
	bool space = true;

	for (size_t i = 0; i < len; i++) {
		int k = ac->fold[(unsigned char)text[i]];

		if (k == AC_SPACE && space)
			continue;
		space = k == AC_SPACE;
		s = ac_feed(ac, &v, s, k, &h);
	}
	if (!space)
		(void)ac_feed(ac, &v, s, AC_SPACE, &h);
	return h.nfound;
}

/* The number of states, for the benchmark and tests. */
size_t
acauto_states(const struct acauto *ac)
{
	return ac->nstates;
}
