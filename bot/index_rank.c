/*
 * Ranking with the index: which entries a question's terms point to,
 * how much of the question each explains ("cover"), and for the best few
 * the cosine similarity to their closest example ("example").
 */
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "index.h"
#include "index_impl.h"
#include "xmalloc.h"

#if INDEX_QUERY_MAX > 255
#error "index_scratch.qpos holds a place in the question in one byte"
#endif

/* Candidates whose examples are compared one by one. */
#define INDEX_SHORTLIST	6
/* Entry terms per question term up to which a walk beats searches. */
#define INDEX_WALK	16

/* A question's known terms in ascending order, for merging. */
struct index_qvec {
	int	 term[INDEX_QUERY_MAX];
	double	 w[INDEX_QUERY_MAX];
	size_t	 n;
	double	 norm;		/* over all its terms, unknown ones too */
};

/*
 * Per-thread scratch of index_rank, sized for the largest index used on
 * the thread: cover holds zeros between calls (only the entries a call
 * touched are set, and it clears them again), so a question costs no
 * allocation and no pass over every entry; qpos and dot likewise.
 */
struct index_scratch {
	double	*cover;
	size_t	*touched;
	size_t	 ndocs;
	double	*dot;
	uint32_t *seen;
	size_t	 nex;
	uint8_t	*qpos;		/* term -> 1 + its place in the question
				   (bytes: four times fewer cache lines) */
	size_t	 nterms;
};

static pthread_key_t index_scratch_key;
static pthread_once_t index_scratch_once = PTHREAD_ONCE_INIT;

/*
 * The first of a's n ascending ints that is at least key, or n. Without
 * a branch on the data: the searches of a ranking go every which way,
 * and each mispredicted branch costs more than the comparison.
 */
static size_t
index_lower_int(const int *a, size_t n, int key)
{
	const int *base = a;

	if (n == 0)
		return 0;
	while (n > 1) {
		size_t half = n / 2;

		base = base[half] < key ? base + half : base;
		n -= half;
	}
	return (size_t)(base - a) + (*base < key);
}

/* The question's known terms sorted by id, with its norm. */
static void
index_qvec(const struct index_query *q, struct index_qvec *v)
{
	double sq = 0;

	v->n = 0;
	for (size_t i = 0; i < q->n; i++) {
		size_t k;

		sq += q->t[i].weight * q->t[i].weight;
		if (q->t[i].term < 0)
			continue;
		for (k = v->n; k > 0 && v->term[k - 1] > q->t[i].term; k--) {
			v->term[k] = v->term[k - 1];
			v->w[k] = v->w[k - 1];
		}
		v->term[k] = q->t[i].term;
		v->w[k] = q->t[i].weight;
		v->n++;
	}
	v->norm = sqrt(sq);
}

/* Add weight w of entry term j into dot; examples new to dot go to seen. */
static void
index_add_term(const struct index_doc *d, size_t j, double w, double *dot,
    uint32_t *seen, size_t *ns)
{
	for (uint32_t p = d->efirst[j]; p < d->efirst[j + 1]; p++) {
		uint32_t k = d->epost[p].ex;

		if (dot[k] == 0)
			seen[(*ns)++] = k;
		dot[k] += w * d->epost[p].w;
	}
}

/*
 * Add the question's terms into the dot products of d's examples, in
 * ascending term order; returns how many examples went to seen. A short
 * term list is walked, looking each term up in qpos (independent loads);
 * a long one is searched for each question term (a chain of dependent
 * loads each, but few). Both visit the shared terms in the same order.
 */
static size_t
index_example_dots(const struct index_doc *d, const struct index_qvec *v,
    const uint8_t *qpos, double *dot, uint32_t *seen)
{
	size_t ns = 0, j = 0;

	if (d->neterm <= INDEX_WALK * v->n) {
		for (j = 0; j < d->neterm; j++)
			if (qpos[d->eterm[j]] != 0)
				index_add_term(d, j, v->w[qpos[d->eterm[j]] - 1],
				    dot, seen, &ns);
		return ns;
	}
	for (size_t i = 0; i < v->n && j < d->neterm; i++) {
		j += index_lower_int(d->eterm + j, d->neterm - j, v->term[i]);
		if (j == d->neterm || d->eterm[j] != v->term[i])
			continue;
		index_add_term(d, j, v->w[i], dot, seen, &ns);
		j++;
	}
	return ns;
}

/*
 * Best cosine similarity between the question and one of e's examples.
 * The question's terms and the entry's example terms are both ascending,
 * so one merge finds the shared ones; each example's dot product adds up
 * its shared terms in ascending order, as a walk over the example would.
 * Examples sharing no term score 0 and cannot be the best. dot (zeros,
 * and left so) and seen have room for the entry's examples; qpos maps
 * the question's terms.
 */
static double
index_example_sim(const struct index *ix, const struct index_qvec *v,
    size_t e, const struct index_scratch *sc)
{
	const struct index_doc *d = &ix->docs[e];
	double best = 0, *dot = sc->dot;
	size_t ns;

	if (v->norm <= 0)
		return 0;
	ns = index_example_dots(d, v, sc->qpos, dot, sc->seen);
	/* The maximum does not depend on the order the examples come in. */
	for (size_t s = 0; s < ns; s++) {
		uint32_t k = sc->seen[s];

		if (d->exnorm[k] > 0 &&
		    dot[k] / (v->norm * d->exnorm[k]) > best)
			best = dot[k] / (v->norm * d->exnorm[k]);
		dot[k] = 0;
	}
	return best;
}

/* Order scores best first. */
static int
index_score_cmp(const void *a, const void *b)
{
	const struct index_score *x = a, *y = b;

	if (x->score != y->score)
		return x->score < y->score ? 1 : -1;
	return x->entry < y->entry ? -1 : x->entry > y->entry;
}

/* Accumulate cover for every entry that shares a term with q. */
static size_t
index_gather(const struct index *ix, const struct index_query *q,
    double *cover, size_t *touched)
{
	size_t nt = 0;

	for (size_t i = 0; i < q->n; i++) {
		const struct index_term *t;

		if (q->t[i].term < 0)
			continue;
		t = &ix->terms[q->t[i].term];
		if (t->stop && q->content > 0)
			continue;
		for (size_t p = 0; p < t->npost; p++) {
			size_t e = (size_t)t->post[p].entry;

			if (cover[e] == 0)
				touched[nt++] = e;
			cover[e] += q->t[i].weight * t->post[p].sat;
		}
	}
	return nt;
}

/* The tf of entry e in a term's postings (sorted by entry), or 0. */
static float
index_tf(const struct index_term *t, size_t e)
{
	const struct index_post *base = t->post;
	size_t n = t->npost;

	if (n == 0)
		return 0;
	/* Branch-free, as in index_lower_int. */
	while (n > 1) {
		size_t half = n / 2;

		base = (size_t)base[half].entry < e ? base + half : base;
		n -= half;
	}
	base += (size_t)base->entry < e;
	return base < t->post + t->npost && (size_t)base->entry == e ?
	    base->tf : 0;
}

/* True when entry e has term t with a tf above 0. */
static bool
index_has(const struct index_term *t, size_t e)
{
	if (t->has != NULL)
		return t->has[e / 64] >> (e % 64) & 1;
	return index_tf(t, e) > 0;
}

/*
 * The places in q of its known stop words, into at; none when q has no
 * content word (its stop words were counted as content then).
 */
static size_t
index_stop_terms(const struct index *ix, const struct index_query *q,
    size_t *at)
{
	size_t n = 0;

	for (size_t i = 0; i < q->n && q->content > 0; i++)
		if (q->t[i].term >= 0 && ix->terms[q->t[i].term].stop)
			at[n++] = i;
	return n;
}

/*
 * Add the weight of the stop words (at, nat from index_stop_terms) an
 * entry also has: they count a little.
 */
static double
index_stop_cover(const struct index *ix, const struct index_query *q,
    const size_t *at, size_t nat, size_t e)
{
	double c = 0;

	for (size_t k = 0; k < nat; k++)
		if (index_has(&ix->terms[q->t[at[k]].term], e))
			c += q->t[at[k]].weight;
	return c;
}

/* Insert a candidate into a best-first list of at most k (by cover). */
static void
index_keep(struct index_score *top, size_t *n, size_t k,
    const struct index_score *c)
{
	size_t i = *n < k ? (*n)++ : k;

	if (i == k && index_score_cmp(c, &top[k - 1]) >= 0)
		return;
	if (i == k)
		i = k - 1;
	while (i > 0 && index_score_cmp(c, &top[i - 1]) < 0) {
		top[i] = top[i - 1];
		i--;
	}
	top[i] = *c;
}

/* Thread exit: free that thread's scratch. */
static void
index_scratch_destroy(void *p)
{
	struct index_scratch *sc = p;

	if (sc == NULL)
		return;
	free(sc->cover);
	free(sc->touched);
	free(sc->dot);
	free(sc->seen);
	free(sc->qpos);
	free(sc);
}

/* Create the key once per process. */
static void
index_scratch_init(void)
{
	pthread_key_create(&index_scratch_key, index_scratch_destroy);
}

/* This thread's scratch, grown to fit ix (borrowed; lives with the thread). */
static struct index_scratch *
index_scratch(const struct index *ix)
{
	struct index_scratch *sc;

	pthread_once(&index_scratch_once, index_scratch_init);
	sc = pthread_getspecific(index_scratch_key);
	if (sc == NULL) {
		sc = xcalloc(1, sizeof(*sc));
		pthread_setspecific(index_scratch_key, sc);
	}
	if (sc->ndocs < ix->ndocs) {
		free(sc->cover);
		free(sc->touched);
		sc->cover = xcalloc(ix->ndocs, sizeof(*sc->cover));
		sc->touched = xcalloc(ix->ndocs, sizeof(*sc->touched));
		sc->ndocs = ix->ndocs;
	}
	if (sc->nex < ix->maxex) {
		free(sc->dot);
		free(sc->seen);
		sc->dot = xcalloc(ix->maxex, sizeof(*sc->dot));
		sc->seen = xcalloc(ix->maxex, sizeof(*sc->seen));
		sc->nex = ix->maxex;
	}
	if (sc->nterms < ix->nterms) {
		free(sc->qpos);
		sc->qpos = xcalloc(ix->nterms, sizeof(*sc->qpos));
		sc->nterms = ix->nterms;
	}
	return sc;
}

/* Sort a short list of scores best first (insertion sort: at most six). */
static void
index_sort_top(struct index_score *top, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		struct index_score c = top[i];
		size_t k = i;

		while (k > 0 && index_score_cmp(&c, &top[k - 1]) < 0) {
			top[k] = top[k - 1];
			k--;
		}
		top[k] = c;
	}
}

/*
 * The INDEX_SHORTLIST entries of the nt touched with the best cover, into
 * top (best first); clears cover. Once top is full, an entry whose cover
 * is clearly below the last one kept is passed over without dividing:
 * with a margin of 1e-9, far above the rounding of a division, its
 * quotient would be smaller, so index_keep would turn it away too.
 */
static size_t
index_shortlist(const struct index_query *q, struct index_scratch *sc,
    size_t nt, struct index_score *top)
{
	double floor = 0;
	size_t n = 0;

	for (size_t i = 0; i < nt; i++) {
		size_t e = sc->touched[i];
		double raw = sc->cover[e];
		struct index_score c;

		sc->cover[e] = 0;
		if (n == INDEX_SHORTLIST && raw < floor)
			continue;
		c = (struct index_score){ .entry = e, .cover = raw / q->total };
		c.score = c.cover;
		index_keep(top, &n, INDEX_SHORTLIST, &c);
		if (n == INDEX_SHORTLIST)
			floor = top[n - 1].cover * q->total * (1 - 1e-9);
	}
	return n;
}

/*
 * Score the entries that share terms with q; the best max go to out,
 * best first. Only the INDEX_SHORTLIST entries with the best cover are
 * compared example by example, so the cost grows with the question's
 * terms and their postings, not with the size of the knowledge.
 */
size_t
index_rank(const struct index *ix, const struct index_query *q,
    struct index_score *out, size_t max)
{
	struct index_score top[INDEX_SHORTLIST];
	struct index_scratch *sc;
	struct index_qvec v;
	size_t nt, n = 0, stop[INDEX_QUERY_MAX], nstop;

	if (q->total <= 0 || ix->ndocs == 0)
		return 0;
	sc = index_scratch(ix);
	nt = index_gather(ix, q, sc->cover, sc->touched);
	n = index_shortlist(q, sc, nt, top);
	index_qvec(q, &v);
	nstop = index_stop_terms(ix, q, stop);
	for (size_t i = 0; i < v.n; i++)
		sc->qpos[v.term[i]] = (uint8_t)(i + 1);
	for (size_t i = 0; i < n; i++) {
		top[i].cover += index_stop_cover(ix, q, stop, nstop,
		    top[i].entry) / q->total;
		top[i].example = index_example_sim(ix, &v, top[i].entry, sc);
		top[i].score = 0.5 * top[i].cover + 0.5 * top[i].example;
	}
	for (size_t i = 0; i < v.n; i++)
		sc->qpos[v.term[i]] = 0;
	index_sort_top(top, n);
	if (n > max)
		n = max;
	memcpy(out, top, n * sizeof(*top));
	return n;
}
