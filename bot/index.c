/*
 * Building the index at load: the terms (stems) of every entry's title,
 * examples and keywords with their postings, idf and saturation, each
 * example's weighted terms, the synonym tables and the typo dictionary of
 * the knowledge's words. A question goes through the same steps
 * (normalize, synonyms, stem) in index_query.c, so the two meet as term
 * ids, each weighted by how rare it is (BM25's idf and saturation);
 * index_rank.c scores entries with them.
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

/* The term id of stem, adding it when add is set; -1 when unknown. */
int
index__term(struct index *ix, const char *stem, size_t n, bool add)
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

/* Stem a word into out (NUL-terminated). */
size_t
index__stem(const char *w, size_t n, char *out, size_t outsz)
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
	index__synonyms(ix, buf_str(&norm), &syn);
	FOR_WORDS(buf_str(&syn), w, n) {
		size_t sn = index__stem(w, n, stem, sizeof(stem));
		int id = index__term(ix, stem, sn, true);

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
				ex->w[j] = index__weight(ix, ex->terms[j]);
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
		size_t sn = index__stem(ix->words[i], len, stem, sizeof(stem));

		typo_add(ix->typo, ix->words[i], (int)i, 1);
		ix->word_term[i] = index__term(ix, stem, sn, false);
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
