/*
 * Reading a question into weighted terms: words the knowledge lacks
 * corrected to its nearest word, synonym phrases replaced by their main
 * phrase (index.c puts the knowledge's texts through the same pass),
 * stems looked up as terms, and each term weighed by how rare it is, less
 * for stop words and for unknown words of a question in another language.
 * Also a question's canonical text and its terms for --explain.
 */
#include <stdint.h>
#include <string.h>

#include "index.h"
#include "index_impl.h"
#include "strmap.h"
#include "text.h"
#include "typo.h"

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
 * The words of a normalized text s, at most INDEX_SYN_LIMIT of them
 * (ws->all says whether that was every word); their phrase starts and
 * ids are for the caller to fill in.
 */
static void
index_words_split(const char *s, struct index_words *ws)
{
	ws->nw = 0;
	ws->all = true;
	FOR_WORDS(s, p, n) {
		if (ws->nw == INDEX_SYN_LIMIT) {
			ws->all = false;
			continue;
		}
		ws->w[ws->nw] = p;
		ws->wl[ws->nw] = n;
		ws->nw++;
	}
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

	index_words_split(s, &ws);
	for (size_t i = 0; i < ws.nw; i++) {
		ws.most[i] = 0;
		if (ix->nsyn > 0)
			(void)strmap_get(ix->syn_first, ws.w[i], ws.wl[i],
			    &ws.most[i]);
	}
	return index_synonyms_words(ix, &ws, out, lazy);
}

/* index_synonyms_lazy that always writes out. */
void
index__synonyms(const struct index *ix, const char *s, struct buf *out)
{
	(void)index_synonyms_lazy(ix, s, out, false);
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

	while ((size_t)(end - s) > pos && index__word(s, &pos, &w, &n)) {
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
		size_t sn = index__stem(w, n, stem, sizeof(stem));

		id = index__term((struct index *)ix, stem, sn, false);
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
		t->weight = index__weight(ix, id) * scale;
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
	index_words_split(norm, &ws);
	for (size_t i = 0; i < ws.nw; i++) {
		ws.id[i] = index_vocab_find(ix, ws.w[i], ws.wl[i]);
		ws.most[i] = ws.id[i] >= 0 ? ix->word_syn[ws.id[i]] : 0;
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

/* The normalized text with its synonyms replaced by their main phrase. */
void
index_canonical(const struct index *ix, const char *norm, struct buf *out)
{
	index__synonyms(ix, norm, out);
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
