/*
 * Choosing the answer. The order never changes: crisis first, on every
 * message and whatever the knowledge says; then a number picking one of
 * the last suggestions; then patterns and scored matching. The matcher
 * answers only when the best entry is both good enough and clearly ahead
 * of the next one: a near miss becomes "did you mean", never a wrong
 * medical answer.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crisis.h"
#include "elsewhere.h"
#include "index.h"
#include "kb_impl.h"
#include "match.h"
#include "match_impl.h"
#include "prefilter.h"
#include "text.h"
#include "xmalloc.h"

/* The name used in JSON and logs. */
const char *
match_kind_name(enum match_kind k)
{
	switch (k) {
	case MATCH_ANSWER:
		return "answer";
	case MATCH_SMALLTALK:
		return "smalltalk";
	case MATCH_CRISIS:
		return "crisis";
	case MATCH_FALLBACK:
		break;
	}
	return "fallback";
}

/*
 * Order candidates best first. Two entries whose patterns both match
 * often tie at the capped pattern score ("overdosed in 2016, clean 7
 * years, can I get ketamine": safety and substance-use-history): the one
 * whose words cover more of the question leads, not the earlier entry.
 */
static int
match_cand_cmp(const void *a, const void *b)
{
	const struct match_cand *x = a, *y = b;

	if (x->score != y->score)
		return x->score < y->score ? 1 : -1;
	if (x->text != y->text)
		return x->text < y->text ? 1 : -1;
	return x->entry < y->entry ? -1 : x->entry > y->entry;
}

/*
 * Sort candidates best first: an insertion sort, as there are
 * MATCH_CANDS at most (qsort's set-up cost more than the sorting). The
 * order is match_cand_cmp's, a total order (each entry is listed once),
 * so any sort gives the same list.
 */
static void
match_sort_cands(struct match_cand *c, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		struct match_cand x = c[i];
		size_t k = i;

		while (k > 0 && match_cand_cmp(&x, &c[k - 1]) < 0) {
			c[k] = c[k - 1];
			k--;
		}
		c[k] = x;
	}
}

/* The entries whose patterns match one normalized text. */
struct match_pats {
	size_t	 e[MATCH_CANDS];
	size_t	 n;
};

/*
 * What one pass of crisis_set over the normalized message found, for the
 * crisis rules, the crisis topic and the patterns: on the stack when
 * small, else in one allocation.
 */
struct match_scan {
	bool	*may[CRISIS_PF_COUNT];
	bool	*alt_may[CRISIS_PF_COUNT];
	bool	 small[2048];
	bool	*heap;
};

/* Scan norm with every prefilter of kb at once; match_scan_finish after. */
static void
match_scan(const struct kb *kb, const char *norm, struct match_scan *sc)
{
	const struct prefilter *crisis = crisis_rules_pf(kb->crisis);
	size_t nrules = prefilter_count(crisis);
	size_t nalts = prefilter_alt_total(crisis);
	size_t total = nrules + nalts + 1 + kb->npats;
	bool *at = sc->small;

	sc->heap = NULL;
	if (total > sizeof(sc->small))
		at = sc->heap = xcalloc(total, sizeof(*sc->heap));
	sc->may[CRISIS_PF_RULES] = at;
	sc->alt_may[CRISIS_PF_RULES] = at + nrules;
	sc->may[CRISIS_PF_TOPIC] = at + nrules + nalts;
	sc->alt_may[CRISIS_PF_TOPIC] = NULL;
	sc->may[CRISIS_PF_EXTRA] = at + nrules + nalts + 1;
	sc->alt_may[CRISIS_PF_EXTRA] = NULL;
	prefilter_set_scan(crisis_set(kb->crisis), norm, strlen(norm), sc->may,
	    sc->alt_may);
}

/* Release what match_scan allocated. */
static void
match_scan_finish(struct match_scan *sc)
{
	free(sc->heap);
}

/*
 * The entries whose patterns match the text, in entry order. Only the
 * patterns the prefilter lets through run: pre (may be NULL) is what
 * the prefilter of the patterns found in norm, when the caller scanned it.
 */
static void
match_find_patterns(const struct kb *kb, const char *norm, const bool *pre,
    struct match_pats *p)
{
	bool small[256], *may = small;
	pcre2_match_data *md;
	size_t len = strlen(norm);

	p->n = 0;
	if (kb->npats == 0)
		return;
	if (pre != NULL)
		may = (bool *)pre;
	else {
		if (kb->npats > sizeof(small) / sizeof(small[0]))
			may = xcalloc(kb->npats, sizeof(*may));
		prefilter_scan(kb->pats_pf, norm, len, may);
	}
	md = kb__match_data();
	for (size_t k = prefilter_next(may, 0, kb->npats);
	    k < kb->npats && p->n < MATCH_CANDS;
	    k = prefilter_next(may, k + 1, kb->npats)) {
		size_t e = kb->pat_entry[k];

		if (p->n > 0 && p->e[p->n - 1] == e)
			continue;
		/* The normalizer returns valid UTF-8: skip the check. Limits
		 * and errors count as no match: never a crash. */
		if (pcre2_match(kb->pats[k], (PCRE2_SPTR)norm, len, 0,
		    PCRE2_NO_UTF_CHECK, md, kb->mctx) >= 0)
			p->e[p->n++] = e;
	}
	if (pre == NULL && may != small)
		free(may);
}

/* Give pattern matches their bonus, adding entries not yet ranked. */
static void
match_add_patterns(const struct match_pats *p, struct match_rank *r)
{
	for (size_t k = 0; k < p->n; k++) {
		size_t e = p->e[k];
		struct match_cand *c = NULL;

		for (size_t i = 0; i < r->n && c == NULL; i++)
			if (r->c[i].entry == e)
				c = &r->c[i];
		if (c == NULL) {
			c = r->n < MATCH_CANDS ? &r->c[r->n++] :
			    &r->c[MATCH_CANDS - 1];
			*c = (struct match_cand){ .entry = e };
		}
		c->pattern = true;
		c->score = (c->score > MATCH_PATTERN_FLOOR ? c->score :
		    MATCH_PATTERN_FLOOR) + MATCH_PATTERN;
		if (c->score > 1)
			c->score = 1;
	}
}

/* Decide whether the best candidate is clear enough to answer. */
static void
match_decide(struct match_rank *r)
{
	double second = r->n > 1 ? r->c[1].score : 0;

	match_sort_cands(r->c, r->n);
	second = r->n > 1 ? r->c[1].score : 0;
	r->sure = r->n > 0 && r->c[0].score >= MATCH_MIN &&
	    (r->c[0].score - second >= MATCH_MARGIN ||
	    r->c[0].score >= MATCH_SURE);
}

/* Rank entries for one query; copy the index's scores into r. */
static void
match_from_query(const struct kb *kb, const struct index_query *q,
    const struct match_pats *p, struct match_rank *r)
{
	struct index_score s[MATCH_CANDS];

	r->n = index_rank(kb->index, q, s, MATCH_CANDS);
	for (size_t i = 0; i < r->n; i++)
		r->c[i] = (struct match_cand){ s[i].entry, s[i].score,
		    s[i].score, s[i].cover, s[i].example, false };
	match_add_patterns(p, r);
	match_decide(r);
}

/* True when the query holds a word the knowledge has never seen. */
static bool
match_has_unknown(const struct index_query *q)
{
	for (size_t i = 0; i < q->n; i++)
		if (q->t[i].term < 0)
			return true;
	return false;
}

/* Write the ranking for --explain. */
static void
match_explain_rank(const struct kb *kb, const char *label,
    const struct index_query *q, const struct match_rank *r,
    struct buf *ex)
{
	if (ex == NULL)
		return;
	buf_printf(ex, "%s ", label);
	index_explain_query(kb->index, q, ex);
	for (size_t i = 0; i < r->n && i < 5; i++)
		buf_printf(ex, "  %-32s score %.3f (cover %.2f, example %.2f%s)"
		    "\n", kb->entries[r->c[i].entry].id, r->c[i].score,
		    r->c[i].cover, r->c[i].example,
		    r->c[i].pattern ? ", pattern" : "");
}

/*
 * Rank a normalized question, trying the typo-corrected reading too and
 * keeping it only when it scores better. extra (may be NULL) adds the
 * previous topic's words at a lower weight.
 */
static void
match_rank_text(const struct kb *kb, const char *norm, const char *extra,
    const struct match_pats *p, struct match_rank *r, struct buf *ex)
{
	struct index_query q, qc;
	struct match_rank rc;

	index_query(kb->index, norm, false, &q);
	if (extra != NULL)
		index_query_add(kb->index, &q, extra, MATCH_FOLLOW);
	match_from_query(kb, &q, p, r);
	match_explain_rank(kb, "as typed:", &q, r, ex);
	if (!match_has_unknown(&q))
		return;
	index_query(kb->index, norm, true, &qc);
	if (qc.corrections == 0)
		return;
	if (extra != NULL)
		index_query_add(kb->index, &qc, extra, MATCH_FOLLOW);
	match_from_query(kb, &qc, p, &rc);
	match_explain_rank(kb, "typos corrected:", &qc, &rc, ex);
	if (rc.n > 0 && (r->n == 0 || rc.c[0].score > r->c[0].score))
		*r = rc;
}

/* The number of content words in a normalized text. */
static size_t
match_content_words(const char *s)
{
	size_t n = 0;

	while (*s != '\0') {
		size_t w = text_word_len(s);

		if (w > 0 && !text_is_stopword(s, w))
			n++;
		s += w;
		s += *s == ' ';
	}
	return n;
}

/* True when a short message leans on the previous topic. */
static bool
match_is_followup(const char *norm)
{
	static const char *lead[] = { "and ", "what about ", "how about ",
	    "also ", "but " };
	static const char *refer[] = { "it", "that", "this", "those",
	    "these", "them", "they" };
	char padded[TEXT_MAX_QUESTION + 3];

	for (size_t i = 0; i < sizeof(lead) / sizeof(lead[0]); i++)
		if (strncmp(norm, lead[i], strlen(lead[i])) == 0)
			return true;
	snprintf(padded, sizeof(padded), " %s ", norm);
	for (size_t i = 0; i < sizeof(refer) / sizeof(refer[0]); i++) {
		char w[16];

		snprintf(w, sizeof(w), " %s ", refer[i]);
		if (strstr(padded, w) != NULL)
			return true;
	}
	return false;
}

/* The normalized title of the entry the conversation was about. */
static char *
match_previous_topic(const struct kb *kb, const struct match_ctx *ctx)
{
	const struct kb_entry *e;
	struct buf b;

	if (ctx == NULL || ctx->last[0] == '\0')
		return NULL;
	e = kb_find(kb, ctx->last);
	if (e == NULL)
		return NULL;
	buf_init(&b, 0);
	text_normalize(e->title, strlen(e->title), &b);
	return buf_steal(&b);
}

/*
 * Rank one question in its conversation: a short follow-up ("and how
 * long does that last?") is also read with the previous topic, and that
 * reading wins when it is sure and the plain one is not, or when the
 * message points back at the topic. pre (may be NULL): see
 * match_find_patterns.
 */
static void
match_rank_ctx(const struct kb *kb, const struct match_ctx *ctx,
    const char *norm, const bool *pre, struct match_rank *r, struct buf *ex)
{
	struct match_rank rf;
	struct match_pats p;
	char *topic;

	match_find_patterns(kb, norm, pre, &p);
	match_rank_text(kb, norm, NULL, &p, r, ex);
	/* No previous topic: no need to count the words. */
	if (ctx == NULL || ctx->last[0] == '\0' ||
	    match_content_words(norm) > 3)
		return;
	topic = match_previous_topic(kb, ctx);
	if (topic == NULL)
		return;
	if (ex != NULL)
		buf_printf(ex, "follow-up of '%s':\n", ctx->last);
	match_rank_text(kb, norm, topic, &p, &rf, ex);
	free(topic);
	if (rf.sure && (!r->sure || match_is_followup(norm)))
		*r = rf;
}

/* Map "2", "option 2", "the second one" to a suggestion number (1..). */
static int
match_pick_number(const char *norm)
{
	static const char *ord[] = { "first", "second", "third" };
	static const char *skip[] = { "option ", "number ", "the ", "no " };
	const char *s = norm;

	for (size_t i = 0; i < sizeof(skip) / sizeof(skip[0]); i++)
		if (strncmp(s, skip[i], strlen(skip[i])) == 0)
			s += strlen(skip[i]);
	if (isdigit((unsigned char)s[0]) && s[0] != '0' &&
	    (s[1] == '\0' || strcmp(s + 1, "st") == 0 ||
	    strcmp(s + 1, "nd") == 0 || strcmp(s + 1, "rd") == 0))
		return s[0] - '0';
	for (size_t i = 0; i < sizeof(ord) / sizeof(ord[0]); i++) {
		size_t n = strlen(ord[i]);

		if (strncmp(s, ord[i], n) == 0 &&
		    (s[n] == '\0' || strcmp(s + n, " one") == 0))
			return (int)i + 1;
	}
	return 0;
}

/*
 * True for the bytes that end a sentence: what strchr("?!.;\n", ch)
 * finds, the terminating NUL included. A switch, not strchr: this runs
 * for every byte of a message.
 */
static bool
match_sentence_end(char ch)
{
	switch (ch) {
	case '?':
	case '!':
	case '.':
	case ';':
	case '\n':
	case '\0':
		return true;
	default:
		return false;
	}
}

/* The pieces a raw message splits into at sentence ends. */
static size_t
match_segments(const char *text, size_t len, char segs[][TEXT_MAX_QUESTION
    + 1], size_t max)
{
	size_t n = 0, start = 0;

	for (size_t i = 0; i <= len && n < max; i++) {
		if (i < len && !match_sentence_end(text[i]))
			continue;
		if (i > start) {
			struct buf b;

			buf_init(&b, 0);
			text_normalize(text + start, i - start, &b);
			if (match_content_words(buf_str(&b)) > 0)
				snprintf(segs[n++], TEXT_MAX_QUESTION + 1,
				    "%s", buf_str(&b));
			buf_finish(&b);
		}
		start = i + 1;
	}
	return n;
}

/* Split a normalized question at " and " / " also " / " plus ". */
static bool
match_split_and(const char *norm, char *left, char *right, size_t sz)
{
	static const char *joins[] = { " and ", " also ", " plus " };

	for (size_t i = 0; i < sizeof(joins) / sizeof(joins[0]); i++) {
		const char *at = strstr(norm, joins[i]);

		if (at == NULL)
			continue;
		snprintf(left, sz, "%.*s", (int)(at - norm), norm);
		snprintf(right, sz, "%s", at + strlen(joins[i]));
		if (match_content_words(left) > 0 &&
		    match_content_words(right) > 0)
			return true;
	}
	return false;
}

/* True when entry e is small talk. */
bool
match_smalltalk(const struct kb *kb, size_t e)
{
	return kb->entries[e].kind == KB_SMALLTALK;
}

/*
 * Two sure readings of two parts of one message: the first becomes the
 * answer and the second rides along. Small talk next to a real question
 * ("hi! what does it cost") gives way to the question.
 */
static bool
match_pair(const struct kb *kb, struct match_rank *a, struct match_rank *b,
    struct match_rank *out, size_t *second)
{
	if (!a->sure || !b->sure || a->c[0].entry == b->c[0].entry)
		return false;
	if (match_smalltalk(kb, a->c[0].entry) !=
	    match_smalltalk(kb, b->c[0].entry)) {
		*out = match_smalltalk(kb, a->c[0].entry) ? *b : *a;
		*second = SIZE_MAX;
		return true;
	}
	*out = *a;
	*second = b->c[0].entry;
	return true;
}

/* True when a sentence end is followed by more words. */
static bool
match_has_sentences(const char *text, size_t len)
{
	bool end = false;

	for (size_t i = 0; i < len; i++) {
		if (match_sentence_end(text[i]))
			end = true;
		else if (end && isalnum((unsigned char)text[i]))
			return true;
	}
	return false;
}

/* Rank the first two sentences of a message; false if it has one. */
static bool
match_rank_sentences(const struct kb *kb, const struct match_ctx *ctx,
    const char *text, size_t len, struct match_rank *ra,
    struct match_rank *rb)
{
	char sg[2][TEXT_MAX_QUESTION + 1];	/* not zeroed: 8 KiB */
	size_t n;

	if (!match_has_sentences(text, len))
		return false;
	n = match_segments(text, len, sg, 2);
	if (n == 2) {
		match_rank_ctx(kb, ctx, sg[0], NULL, ra, NULL);
		match_rank_ctx(kb, NULL, sg[1], NULL, rb, NULL);
	}
	return n == 2;
}

/*
 * Rank a whole message, answering two questions when it holds two: split
 * at sentence ends first, else at "and". *second gets the second entry or
 * SIZE_MAX. pats: what the patterns' prefilter found in norm.
 */
static void
match_rank_message(const struct kb *kb, const struct match_ctx *ctx,
    const char *text, size_t len, const char *norm, const bool *pats,
    struct match_rank *r, size_t *second, struct buf *ex)
{
	char left[TEXT_MAX_QUESTION + 1], right[TEXT_MAX_QUESTION + 1];
	struct match_rank ra, rb;

	*second = SIZE_MAX;
	match_rank_ctx(kb, ctx, norm, pats, r, ex);
	if (match_rank_sentences(kb, ctx, text, len, &ra, &rb)) {
		if (match_pair(kb, &ra, &rb, r, second))
			return;
		if (!r->sure && (ra.sure || rb.sure))
			*r = ra.sure ? ra : rb;
		return;
	}
	if (!match_split_and(norm, left, right, sizeof(left)))
		return;
	match_rank_ctx(kb, ctx, left, NULL, &ra, NULL);
	match_rank_ctx(kb, NULL, right, NULL, &rb, NULL);
	if (!match_pair(kb, &ra, &rb, &ra, second))
		return;
	if (!r->sure)
		*r = ra;
	else if (r->c[0].entry == *second)
		*second = ra.c[0].entry;	/* the whole message leads */
	else if (r->c[0].entry != ra.c[0].entry)
		*second = SIZE_MAX;	/* the halves read differently */
}

/* A reply of "2" to a "did you mean" list, or to the follow-ups offered. */
static bool
match_try_pick(const struct kb *kb, const struct match_ctx *ctx,
    const char *norm, struct match_result *res)
{
	int k = match_pick_number(norm);
	const struct kb_entry *e;

	if (ctx == NULL || k < 1 || (size_t)k > ctx->nsugg)
		return false;
	e = kb_find(kb, ctx->sugg[k - 1]);
	if (e == NULL)
		return false;
	match_set_entry(res, e);
	res->score = 1;
	return true;
}

/*
 * True when the question is about a subject the knowledge sends
 * elsewhere (another treatment or medicine) and names no ketamine word:
 * it is declined rather than answered with the nearest entry. The
 * question is read as typed and, where that can change the outcome, with
 * its synonyms replaced ("ketamin" is "ketamine", an "unless" word).
 */
static bool
match_elsewhere(const struct kb *kb, const char *norm, struct buf *ex)
{
	struct elsewhere_hit h = { NULL, false };
	struct buf canon;

	if (kb->elsewhere == NULL)
		return false;
	elsewhere_find(kb->elsewhere, norm, &h);
	if (h.unless || (h.topic == NULL && !kb->syn_topics))
		return false;
	buf_init(&canon, 0);
	index_canonical(kb->index, norm, &canon);
	elsewhere_find(kb->elsewhere, buf_str(&canon), &h);
	buf_finish(&canon);
	if (h.unless || h.topic == NULL)
		return false;
	if (ex != NULL)
		buf_printf(ex, "elsewhere: about '%s', not ketamine therapy: "
		    "declined\n", h.topic);
	return true;
}

/* Decide from a ranking: answer, or fall back with suggestions. */
static void
match_conclude(const struct kb *kb, const struct match_rank *r,
    size_t second, struct match_result *res)
{
	res->score = r->n > 0 ? r->c[0].score : 0;
	if (!r->sure) {
		res->kind = MATCH_FALLBACK;
		return;
	}
	match_set_entry(res, &kb->entries[r->c[0].entry]);
	if (second != SIZE_MAX)
		res->second = &kb->entries[second];
}

/*
 * Answer one message. ctx (may be NULL: no conversation) is read and
 * updated; explain (may be NULL) gets the reasons. Returns 0, or -1 when
 * the text is not valid UTF-8 (res is then untouched). On success the
 * caller releases res with match_result_finish.
 */
int
match_ask(const struct kb *kb, struct match_ctx *ctx, const char *text,
    size_t len, struct match_result *res, struct buf *ex)
{
	struct crisis_hit hit;
	struct match_rank r = { .n = 0 };
	struct match_scan sc;
	struct crisis_pre pre;
	struct buf norm;
	size_t second = SIZE_MAX;
	bool topic = false;

	buf_init(&norm, 0);
	if (!text_normalize(text, len, &norm)) {
		buf_finish(&norm);
		return -1;
	}
	memset(res, 0, sizeof(*res));
	if (ex != NULL)
		buf_printf(ex, "normalized: %s\n", buf_str(&norm));
	match_scan(kb, buf_str(&norm), &sc);
	pre.may = sc.may[CRISIS_PF_RULES];
	pre.alt_may = sc.alt_may[CRISIS_PF_RULES];
	if (crisis_check_message_pre(kb->crisis, text, len, buf_str(&norm),
	    &pre, &hit)) {
		res->kind = MATCH_CRISIS;
		res->tier = hit.tier;
		res->score = 1;
		if (ex != NULL)
			buf_printf(ex, "crisis: rule '%s', tier %c%s\n",
			    hit.rule, hit.tier, hit.corrected ?
			    " (after typo correction)" : "");
	} else if (match_elsewhere(kb, buf_str(&norm), ex)) {
		res->kind = MATCH_FALLBACK;
		topic = crisis_topic_pre(kb->crisis, buf_str(&norm),
		    sc.may[CRISIS_PF_TOPIC][0]);
	} else if (!match_try_pick(kb, ctx, buf_str(&norm), res)) {
		len = text_cut_utf8(text, len, TEXT_MAX_QUESTION);
		match_rank_message(kb, ctx, text, len, buf_str(&norm),
		    sc.may[CRISIS_PF_EXTRA], &r, &second, ex);
		match_conclude(kb, &r, second, res);
		topic = crisis_topic_pre(kb->crisis, buf_str(&norm),
		    sc.may[CRISIS_PF_TOPIC][0]);
	}
	res->risk = topic;
	if (res->kind != MATCH_CRISIS)
		match_suggest(kb, r.n > 0 ? &r : NULL, res);
	if (ex != NULL)
		buf_printf(ex, "decision: %s %s (score %.3f)\n",
		    match_kind_name(res->kind),
		    res->entry != NULL ? res->entry->id : "-", res->score);
	match_compose(kb, ctx, res, topic);
	match_remember(ctx, res);
	match_scan_finish(&sc);
	buf_finish(&norm);
	return 0;
}
