/*
 * Building the index and turning a question into terms. A question and
 * each entry's title, examples and keywords go through the same steps
 * (normalize, synonyms, stem), so they meet as term ids, each weighted
 * by how rare it is (BM25's idf and saturation); index_rank.c scores
 * entries with them.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "index.h"
#include "index_impl.h"
#include "kb_impl.h"
#include "strmap.h"
#include "text.h"
#include "typo.h"
#include "xmalloc.h"

/* BM25 constants: term-frequency saturation and length normalization. */
#define INDEX_K1	1.2
#define INDEX_B		0.5
/* A stop word weighs this much of a content word. */
#define INDEX_STOP	0.1
/* An unknown word weighs this much of the rarest known word. */
#ifndef INDEX_UNKNOWN
#define INDEX_UNKNOWN	1.0
#endif
/* In another language (this many unknown function words), an unknown
 * word weighs this much. */
#define INDEX_FOREIGN_MIN	2
#define INDEX_FOREIGN		0.5
/* Longest synonym phrase, in words. */
#define INDEX_SYN_WORDS	6

/* Step to the next space-separated word of s; false at the end. */
static bool
index_word(const char *s, size_t *pos, const char **w, size_t *n)
{
	while (s[*pos] == ' ')
		(*pos)++;
	if (s[*pos] == '\0')
		return false;
	*w = s + *pos;
	*n = text_word_len(*w);
	*pos += *n;
	return true;
}

/* Loop over the words of s: w points at each, n is its length. */
#define FOR_WORDS(s, w, n) \
	for (size_t w##_pos = 0, n = 0; w##_pos != SIZE_MAX; \
	    w##_pos = SIZE_MAX) \
		for (const char *w = NULL; index_word((s), &w##_pos, &w, &n); )

/* The term id of stem, adding it when add is set; -1 when unknown. */
static int
index_term(struct index *ix, const char *stem, size_t n, bool add)
{
	int id;

	if (strmap_get(ix->stems, stem, n, &id))
		return id;
	if (!add)
		return -1;
	id = (int)ix->nterms++;
	ix->terms = xreallocarray(ix->terms, ix->nterms, sizeof(*ix->terms));
	memset(&ix->terms[id], 0, sizeof(ix->terms[id]));
	ix->terms[id].stem = xstrndup(stem, n);
	strmap_put(ix->stems, stem, n, id);
	return id;
}

/* Write words w[0..n) (lengths wl) into out, one space apart. */
static void
index_join(const char *const *w, const size_t *wl, size_t n, struct buf *out)
{
	for (size_t i = 0; i < n; i++) {
		if (out->len > 0)
			buf_putc(out, ' ');
		buf_append(out, w[i], wl[i]);
	}
}

/* Words of a text the synonym pass reads; it drops the ones past. */
#define INDEX_SYN_LIMIT	(TEXT_MAX_QUESTION / 2)

/* The words of a text, as the synonym pass reads them. */
struct index_words {
	const char	*w[INDEX_SYN_LIMIT];
	size_t		 wl[INDEX_SYN_LIMIT];
	int		 most[INDEX_SYN_LIMIT];	/* words of the longest phrase
						   it may start, or 0 */
	int		 id[INDEX_SYN_LIMIT];	/* index_query_add's: the
						   index's word, or -1 */
	size_t		 nw;
	bool		 all;		/* no word was past the limit */
};

/*
 * Replace the synonym phrases of words ws with their main phrase, longest
 * first; the result goes to out. With lazy set, out is written only when
 * that changes the words (a phrase replaced, or words past the limit
 * dropped): false then means that the words of ws are the answer, and out
 * was left alone.
 */
static bool
index_synonyms_words(const struct index *ix, const struct index_words *ws,
    struct buf *out, bool lazy)
{
	const char *const *w = ws->w;
	const size_t *wl = ws->wl, nw = ws->nw;

	/* While lazy, nothing is written yet. */
	lazy = lazy && ws->all;
	if (!lazy)
		buf_reset(out);
	for (size_t i = 0; i < nw; ) {
		size_t len = 0;
		int to = -1, most = ws->most[i];

		if (most > INDEX_SYN_WORDS)
			most = INDEX_SYN_WORDS;
		for (size_t k = (size_t)most; k >= 1 && to < 0; k--) {
			if (i + k > nw)
				continue;
			len = (size_t)(w[i + k - 1] + wl[i + k - 1] - w[i]);
			if (ix->nsyn > 0 && strmap_get(ix->syn, w[i], len, &to))
				len = k;
		}
		if (lazy && to < 0) {
			i++;
			continue;
		}
		if (lazy) {
			/* The first replacement: write what came before. */
			buf_reset(out);
			index_join(w, wl, i, out);
			lazy = false;
		}
		if (to >= 0 && ix->syn_to[to][0] == '\0') {
			i += len;	/* an ignored phrase */
			continue;
		}
		if (out->len > 0)
			buf_putc(out, ' ');
		if (to >= 0) {
			buf_puts(out, ix->syn_to[to]);
			i += len;
		} else {
			buf_append(out, w[i], wl[i]);
			i++;
		}
	}
	if (lazy)
		return false;
	if (out->data == NULL)
		buf_append(out, "", 0);
	return true;
}

/*
 * index_synonyms_words over the words of a normalized text s, each
 * looked up among the first words of phrases.
 */
static bool
index_synonyms_lazy(const struct index *ix, const char *s, struct buf *out,
    bool lazy)
{
	struct index_words ws;

	ws.nw = 0;
	ws.all = true;
	FOR_WORDS(s, p, n) {
		if (ws.nw == INDEX_SYN_LIMIT) {
			ws.all = false;
			continue;
		}
		ws.w[ws.nw] = p;
		ws.wl[ws.nw] = n;
		ws.most[ws.nw] = 0;
		if (ix->nsyn > 0)
			(void)strmap_get(ix->syn_first, p, n,
			    &ws.most[ws.nw]);
		ws.nw++;
	}
	return index_synonyms_words(ix, &ws, out, lazy);
}

/* index_synonyms_lazy that always writes out. */
static void
index_synonyms(const struct index *ix, const char *s, struct buf *out)
{
	(void)index_synonyms_lazy(ix, s, out, false);
}

/* Stem a word into out (NUL-terminated). */
static size_t
index_stem(const char *w, size_t n, char *out, size_t outsz)
{
	if (n >= TEXT_MAX_WORD)
		n = TEXT_MAX_WORD - 1;
	return text_stem(w, n, out, outsz);
}

/* Record a surface word for typo correction. */
static void
index_surface(struct index *ix, const char *w, size_t n)
{
	if (strmap_get(ix->surface, w, n, NULL))
		return;
	strmap_put(ix->surface, w, n, (int)ix->nwords);
	ix->words = xreallocarray(ix->words, ix->nwords + 1,
	    sizeof(*ix->words));
	ix->words[ix->nwords] = xstrndup(w, n);
	ix->nwords++;
}

/* Add one tf unit of term to entry e's postings. */
static void
index_post(struct index *ix, int term, int e, float tf)
{
	struct index_term *t = &ix->terms[term];

	if (t->npost > 0 && t->post[t->npost - 1].entry == e) {
		t->post[t->npost - 1].tf += tf;
		return;
	}
	t->post = xreallocarray(t->post, t->npost + 1, sizeof(*t->post));
	t->post[t->npost++] = (struct index_post){ e, tf, 0 };
}

/*
 * Index one text of entry e: every term gets tf weight; when ex is not
 * NULL, its distinct terms are recorded as an example.
 */
static void
index_text(struct index *ix, int e, const char *text, float tf,
    struct index_example *ex)
{
	struct buf norm, syn;
	char stem[TEXT_MAX_WORD + 1];

	buf_init(&norm, 0);
	buf_init(&syn, 0);
	text_normalize(text, strlen(text), &norm);
	FOR_WORDS(buf_str(&norm), w, n)
		index_surface(ix, w, n);
	index_synonyms(ix, buf_str(&norm), &syn);
	FOR_WORDS(buf_str(&syn), w, n) {
		size_t sn = index_stem(w, n, stem, sizeof(stem));
		int id = index_term(ix, stem, sn, true);

		ix->terms[id].stop = text_is_stopword(w, n);
		index_post(ix, id, e, tf);
		ix->docs[e].len += tf;
		if (ex == NULL)
			continue;
		bool seen = false;
		for (size_t i = 0; i < ex->n; i++)
			seen = seen || ex->terms[i] == id;
		if (!seen) {
			ex->terms = xreallocarray(ex->terms, ex->n + 1,
			    sizeof(*ex->terms));
			ex->terms[ex->n++] = id;
		}
	}
	buf_finish(&norm);
	buf_finish(&syn);
}

/*
 * Note the first word of a synonym phrase with the phrase's length in
 * words, so that a question's words that start no phrase cost one lookup.
 */
static void
index_syn_first(struct index *ix, const char *phrase)
{
	size_t first = strcspn(phrase, " "), words = 1;
	int have;

	for (const char *p = phrase; *p != '\0'; p++)
		words += *p == ' ';
	if (strmap_get(ix->syn_first, phrase, first, &have) &&
	    (size_t)have >= words)
		return;
	strmap_put(ix->syn_first, phrase, first, (int)words);
}

/* Load the synonym groups of the knowledge. */
static void
index_add_synonyms(struct index *ix, const struct kb *kb)
{
	ix->syn_to = xcalloc(kb->nsyns, sizeof(*ix->syn_to));
	for (size_t i = 0; i < kb->nsyns; i++) {
		const char *from = kb->syns[i].from;

		ix->syn_to[i] = xstrdup(kb->syns[i].to);
		strmap_put(ix->syn, from, strlen(from), (int)i);
		index_syn_first(ix, from);
		FOR_WORDS(from, w, n)
			index_surface(ix, w, n);
		FOR_WORDS(kb->syns[i].to, w, n)
			index_surface(ix, w, n);
	}
	ix->nsyn = kb->nsyns;
	/* Nearly every word of a question starts no synonym phrase. */
	strmap_filter(ix->syn);
	strmap_filter(ix->syn_first);
}

/* A term's weight: its idf, scaled down for stop words. */
static double
index_weight(const struct index *ix, int term)
{
	const struct index_term *t = &ix->terms[term];

	return t->stop ? t->idf * INDEX_STOP : t->idf;
}

/* Order ints ascending. */
static int
index_int_cmp(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return x < y ? -1 : x > y;
}

/* BM25 saturation of a term frequency, in 0..1, softened. */
static double
index_sat(const struct index *ix, size_t e, double tf)
{
	double norm = 1 - INDEX_B + INDEX_B * ix->docs[e].len / ix->avglen;
	double sat = tf * (INDEX_K1 + 1) / (tf + INDEX_K1 * norm);

	return 0.5 + 0.5 * sat / (INDEX_K1 + 1);
}

/* One (term, example, weight) of an entry, while its term list is built. */
struct index_exterm {
	int	 term;
	uint32_t ex;
	double	 w;
};

/* Order by term, then example. */
static int
index_exterm_cmp(const void *a, const void *b)
{
	const struct index_exterm *x = a, *y = b;

	if (x->term != y->term)
		return x->term < y->term ? -1 : 1;
	return x->ex < y->ex ? -1 : x->ex > y->ex;
}

/* Build entry d's term list (struct index_doc) from its examples. */
static void
index_doc_terms(struct index_doc *d)
{
	struct index_exterm *all;
	size_t n = 0;

	for (size_t k = 0; k < d->nex; k++)
		n += d->ex[k].n;
	all = xcalloc(n + 1, sizeof(*all));
	n = 0;
	for (size_t k = 0; k < d->nex; k++)
		for (size_t j = 0; j < d->ex[k].n; j++)
			all[n++] = (struct index_exterm){ d->ex[k].terms[j],
			    (uint32_t)k, d->ex[k].w[j] };
	qsort(all, n, sizeof(*all), index_exterm_cmp);
	d->eterm = xcalloc(n + 1, sizeof(*d->eterm));
	d->efirst = xcalloc(n + 1, sizeof(*d->efirst));
	d->epost = xcalloc(n + 1, sizeof(*d->epost));
	for (size_t i = 0; i < n; i++) {
		if (i == 0 || all[i].term != all[i - 1].term) {
			d->efirst[d->neterm] = (uint32_t)i;
			d->eterm[d->neterm++] = all[i].term;
		}
		d->epost[i] = (struct index_expost){ all[i].ex, all[i].w };
	}
	d->efirst[d->neterm] = (uint32_t)n;
	free(all);
}

/* Saturations of every posting and the entries' term lists. */
static void
index_finish_docs(struct index *ix)
{
	for (size_t i = 0; i < ix->nterms; i++) {
		struct index_term *t = &ix->terms[i];

		for (size_t p = 0; p < t->npost; p++)
			t->post[p].sat = index_sat(ix,
			    (size_t)t->post[p].entry, t->post[p].tf);
		/* A stop word is looked up in the shortlisted entries on
		 * every ranking: a bit each, not a search of its postings. */
		if (!t->stop)
			continue;
		t->has = xcalloc(ix->ndocs / 64 + 1, sizeof(*t->has));
		for (size_t p = 0; p < t->npost; p++)
			if (t->post[p].tf > 0)
				t->has[t->post[p].entry / 64] |= UINT64_C(1) <<
				    (t->post[p].entry % 64);
	}
	for (size_t e = 0; e < ix->ndocs; e++) {
		index_doc_terms(&ix->docs[e]);
		if (ix->docs[e].nex > ix->maxex)
			ix->maxex = ix->docs[e].nex;
	}
}

/* Order doubles ascending. */
static int
index_double_cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/*
 * The median idf of the knowledge's stop words: what a function word the
 * knowledge never uses ("welche", "exactamente") weighs before INDEX_STOP.
 * As an unknown word it would weigh like the rarest word, and the few
 * words of a question in another language that the knowledge does know
 * would cover too little of it to answer.
 */
static double
index_stop_idf(const struct index *ix)
{
	double *v = xcalloc(ix->nterms + 1, sizeof(*v)), mid;
	size_t m = 0;

	for (size_t i = 0; i < ix->nterms; i++)
		if (ix->terms[i].stop)
			v[m++] = ix->terms[i].idf;
	qsort(v, m, sizeof(*v), index_double_cmp);
	mid = m > 0 ? v[m / 2] : ix->idf_unknown;
	free(v);
	return mid;
}

/* After all texts: idf per term, example norms, typo dictionary. */
static void
index_finish(struct index *ix)
{
	double n = (double)ix->ndocs, total = 0;

	for (size_t i = 0; i < ix->nterms; i++) {
		double df = (double)ix->terms[i].npost;

		ix->terms[i].idf = log(1 + (n - df + 0.5) / (df + 0.5));
	}
	ix->idf_unknown = log(1 + (n + 0.5) / 0.5);
	ix->idf_stop = index_stop_idf(ix);
	for (size_t e = 0; e < ix->ndocs; e++) {
		total += ix->docs[e].len;
		for (size_t k = 0; k < ix->docs[e].nex; k++) {
			struct index_example *ex = &ix->docs[e].ex[k];
			double sq = 0;

			qsort(ex->terms, ex->n, sizeof(*ex->terms), index_int_cmp);
			ex->w = xcalloc(ex->n + 1, sizeof(*ex->w));
			for (size_t j = 0; j < ex->n; j++) {
				ex->w[j] = index_weight(ix, ex->terms[j]);
				sq += ex->w[j] * ex->w[j];
			}
			ex->norm = sqrt(sq);
		}
		ix->docs[e].exnorm = xcalloc(ix->docs[e].nex + 1,
		    sizeof(*ix->docs[e].exnorm));
		for (size_t k = 0; k < ix->docs[e].nex; k++)
			ix->docs[e].exnorm[k] = ix->docs[e].ex[k].norm;
	}
	ix->avglen = ix->ndocs > 0 ? total / n : 1;
	index_finish_docs(ix);
	ix->typo = typo_new();
	ix->word_term = xcalloc(ix->nwords + 1, sizeof(*ix->word_term));
	ix->word_stem = xcalloc(ix->nwords + 1, sizeof(*ix->word_stem));
	ix->word_stop = xcalloc(ix->nwords + 1, sizeof(*ix->word_stop));
	ix->word_syn = xcalloc(ix->nwords + 1, sizeof(*ix->word_syn));
	for (size_t i = 0; i < ix->nwords; i++) {
		char stem[TEXT_MAX_WORD + 1];
		size_t len = strlen(ix->words[i]);
		size_t sn = index_stem(ix->words[i], len, stem, sizeof(stem));

		typo_add(ix->typo, ix->words[i], (int)i, 1);
		ix->word_term[i] = index_term(ix, stem, sn, false);
		if (ix->word_term[i] < 0)
			ix->word_stem[i] = xstrndup(stem, sn);
		ix->word_stop[i] = text_is_stopword(ix->words[i], len);
		/* Every word of a synonym phrase is one of the index's
		 * (index_add_synonyms), so this holds every first word. */
		if (ix->nsyn > 0)
			(void)strmap_get(ix->syn_first, ix->words[i], len,
			    &ix->word_syn[i]);
	}
}

/* Build the index of a checked knowledge base. Caller frees. */
struct index *
index_build(const struct kb *kb)
{
	struct index *ix = xcalloc(1, sizeof(*ix));

	ix->stems = strmap_new();
	ix->syn = strmap_new();
	ix->syn_first = strmap_new();
	ix->surface = strmap_new();
	index_add_synonyms(ix, kb);
	ix->ndocs = kb->nentries;
	ix->docs = xcalloc(ix->ndocs, sizeof(*ix->docs));
	for (size_t e = 0; e < kb->nentries; e++) {
		const struct kb_entry *en = &kb->entries[e];
		struct index_doc *d = &ix->docs[e];

		d->nex = en->nexamples + 1;
		d->ex = xcalloc(d->nex, sizeof(*d->ex));
		index_text(ix, (int)e, en->title, 1, &d->ex[0]);
		for (size_t k = 0; k < en->nexamples; k++)
			index_text(ix, (int)e, en->examples[k], 1,
			    &d->ex[k + 1]);
		for (size_t k = 0; k < en->nkeywords; k++)
			index_text(ix, (int)e, en->keywords[k], 2, NULL);
	}
	index_finish(ix);
	return ix;
}

/* Free the index; accepts NULL. */
void
index_free(struct index *ix)
{
	if (ix == NULL)
		return;
	for (size_t i = 0; i < ix->nterms; i++) {
		free(ix->terms[i].stem);
		free(ix->terms[i].post);
		free(ix->terms[i].has);
	}
	free(ix->terms);
	for (size_t i = 0; i < ix->nsyn; i++)
		free(ix->syn_to[i]);
	free(ix->syn_to);
	for (size_t i = 0; i < ix->nwords; i++) {
		free(ix->words[i]);
		free(ix->word_stem != NULL ? ix->word_stem[i] : NULL);
	}
	free(ix->words);
	free(ix->word_term);
	free(ix->word_stem);
	free(ix->word_stop);
	free(ix->word_syn);
	for (size_t e = 0; e < ix->ndocs; e++) {
		for (size_t k = 0; k < ix->docs[e].nex; k++) {
			free(ix->docs[e].ex[k].terms);
			free(ix->docs[e].ex[k].w);
		}
		free(ix->docs[e].ex);
		free(ix->docs[e].exnorm);
		free(ix->docs[e].eterm);
		free(ix->docs[e].efirst);
		free(ix->docs[e].epost);
	}
	free(ix->docs);
	strmap_free(ix->stems);
	strmap_free(ix->syn);
	strmap_free(ix->syn_first);
	strmap_free(ix->surface);
	typo_free(ix->typo);
	free(ix);
}

/*
 * Append the words of s up to end to out, one space apart, as
 * index_correct writes them.
 */
static void
index_correct_copy(struct buf *out, const char *s, const char *end)
{
	size_t pos = 0, n;
	const char *w;

	while ((size_t)(end - s) > pos && index_word(s, &pos, &w, &n)) {
		if (w >= end)
			break;
		if (out->len > 0)
			buf_putc(out, ' ');
		buf_append(out, w, n);
	}
}

/*
 * Correct words the knowledge does not know to the nearest known word
 * (stop words, numbers and short words are left alone); out gets the
 * result, *fixed the number of corrections.
 */
static void
index_correct(const struct index *ix, const char *s, struct buf *out,
    size_t *fixed)
{
	const char *from = s;	/* the words before it are written */
	size_t made = 0;

	buf_reset(out);
	FOR_WORDS(s, w, n) {
		int id = -1;

		if (!strmap_get(ix->surface, w, n, NULL) &&
		    !text_is_stopword(w, n))
			id = typo_lookup(ix->typo, w, n, NULL);
		if (id < 0)
			continue;
		/* Many readings have no correction: the words before the
		 * first one are copied only once there is one. */
		index_correct_copy(out, from, w);
		if (out->len > 0)
			buf_putc(out, ' ');
		buf_puts(out, ix->words[id]);
		made++;
		from = w + n;
	}
	if (made > 0)
		index_correct_copy(out, from, from + strlen(from));
	*fixed += made;
	if (out->data == NULL)
		buf_append(out, "", 0);
}

/* Copy string src into dst (sz bytes), cut if it must be. */
static void
index_copy(char *dst, size_t sz, const char *src)
{
	size_t n = strlen(src);

	if (n >= sz)
		n = sz - 1;
	memcpy(dst, src, n);
	dst[n] = '\0';
}

/*
 * Add one stemmed word to the query, once; word is its number among the
 * index's words (index_vocab_find), or -1 when the index lacks it.
 */
static void
index_query_word(const struct index *ix, struct index_query *q,
    const char *w, size_t n, int word, double scale, bool corrected)
{
	char stem[TEXT_MAX_WORD + 1];
	int id = -1;
	bool known = word >= 0;
	bool stop = known ? ix->word_stop[word] : text_is_stopword(w, n);
	struct index_qterm *t;

	/* A word of the knowledge has its term at hand, or its stem. A
	 * known term's stem is not copied: --explain reads it from the
	 * term, and an unknown stem is never a term's. */
	stem[0] = '\0';
	if (known && ix->word_term[word] >= 0) {
		id = ix->word_term[word];
	} else if (known) {
		index_copy(stem, sizeof(stem), ix->word_stem[word]);
	} else {
		size_t sn = index_stem(w, n, stem, sizeof(stem));

		id = index_term((struct index *)ix, stem, sn, false);
		if (id >= 0)
			stem[0] = '\0';
	}

	for (size_t i = 0; i < q->n; i++) {
		if (id >= 0 ? q->t[i].term == id : q->t[i].term < 0 &&
		    strcmp(q->t[i].word, stem) == 0)
			return;
	}
	if (q->n >= INDEX_QUERY_MAX)
		return;
	t = &q->t[q->n++];
	t->term = id;
	t->stop = stop;
	t->corrected = corrected;
	index_copy(t->word, sizeof(t->word), stem);
	if (id >= 0)
		t->weight = index_weight(ix, id) * scale;
	else
		t->weight = (stop ? INDEX_STOP * ix->idf_stop :
		    INDEX_UNKNOWN * ix->idf_unknown) * scale;
	if (!stop)
		q->content++;
	else if (id < 0)
		q->foreign++;
}

/*
 * A question holding two function words the knowledge never uses is in
 * another language: its other unknown words are likely that language's
 * words for things the knowledge has ("bekommen", "vereinbaren"), not
 * subjects it lacks, and weigh half, so that the words it does know can
 * answer it. Only the terms from index from on: those an earlier call
 * added are weighed already.
 */
static void
index_foreign(struct index_query *q, size_t from)
{
	if (q->foreign < INDEX_FOREIGN_MIN)
		return;
	for (size_t i = from; i < q->n; i++)
		if (q->t[i].term < 0 && !q->t[i].stop)
			q->t[i].weight *= INDEX_FOREIGN;
}

/*
 * Add the terms of a normalized text to q, each weighted by scale (a
 * follow-up adds its previous topic at a lower scale).
 */
void
index_query_add(const struct index *ix, struct index_query *q,
    const char *norm, double scale)
{
	struct index_words ws;
	struct buf syn;
	size_t from = q->n;

	/* Each word is looked up once, among the index's words: that says
	 * which phrases it may start (every first word of a phrase is one
	 * of them) and serves its term below. */
	ws.nw = 0;
	ws.all = true;
	FOR_WORDS(norm, p, n) {
		if (ws.nw == INDEX_SYN_LIMIT) {
			ws.all = false;
			continue;
		}
		ws.w[ws.nw] = p;
		ws.wl[ws.nw] = n;
		ws.id[ws.nw] = index_vocab_find(ix, p, n);
		ws.most[ws.nw] = ws.id[ws.nw] >= 0 ?
		    ix->word_syn[ws.id[ws.nw]] : 0;
		ws.nw++;
	}
	buf_init(&syn, 0);
	/* Most questions hold no synonym: their words as they are. */
	if (!index_synonyms_words(ix, &ws, &syn, true)) {
		for (size_t i = 0; i < ws.nw; i++)
			index_query_word(ix, q, ws.w[i], ws.wl[i], ws.id[i],
			    scale, false);
	} else {
		FOR_WORDS(buf_str(&syn), w, n)
			index_query_word(ix, q, w, n,
			    index_vocab_find(ix, w, n), scale, false);
	}
	buf_finish(&syn);
	index_foreign(q, from);
	q->total = 0;
	for (size_t i = 0; i < q->n; i++)
		q->total += q->t[i].weight;
}

/*
 * Turn a normalized question into weighted terms; with correct set,
 * unknown words are first replaced by their nearest known word, and
 * when none is (q->corrections is 0) q gets no terms: that reading is
 * the one as typed, which the caller has already.
 */
void
index_query(const struct index *ix, const char *norm, bool correct,
    struct index_query *q)
{
	struct buf fixed;

	/* Only the header: the terms are written before they are read, and
	 * the whole array is several KiB. */
	q->n = 0;
	q->total = 0;
	q->content = 0;
	q->foreign = 0;
	q->corrections = 0;
	if (!correct) {
		index_query_add(ix, q, norm, 1);
		return;
	}
	buf_init(&fixed, 0);
	index_correct(ix, norm, &fixed, &q->corrections);
	if (q->corrections > 0)
		index_query_add(ix, q, buf_str(&fixed), 1);
	buf_finish(&fixed);
}

/* The number of distinct words of the knowledge, as written. */
size_t
index_vocab_count(const struct index *ix)
{
	return ix->nwords;
}

/* The number of word w (n bytes) of the knowledge, or -1 if it has none. */
int
index_vocab_find(const struct index *ix, const char *w, size_t n)
{
	int word;

	return strmap_get(ix->surface, w, n, &word) ? word : -1;
}

/* Word i of the knowledge (borrowed; valid until index_free). */
const char *
index_vocab_word(const struct index *ix, size_t i)
{
	return i < ix->nwords ? ix->words[i] : NULL;
}

/* The normalized text with its synonyms replaced by their main phrase. */
void
index_canonical(const struct index *ix, const char *norm, struct buf *out)
{
	index_synonyms(ix, norm, out);
}

/* Describe the question's terms (of ix) for --explain. */
void
index_explain_query(const struct index *ix, const struct index_query *q,
    struct buf *out)
{
	buf_puts(out, "terms:");
	for (size_t i = 0; i < q->n; i++)
		buf_printf(out, " %s%s%s(%.2f)", q->t[i].term >= 0 ?
		    ix->terms[q->t[i].term].stem : q->t[i].word,
		    q->t[i].term < 0 ? "?" : "",
		    q->t[i].corrected ? "~" : "", q->t[i].weight);
	buf_puts(out, "\n");
}
