/*
 * The crisis detector: compiles the built-in rules (bot/crisis_rules.c)
 * and the knowledge's extra phrases, and checks every normalized question
 * against them, first as typed and then with misspelled crisis words
 * corrected. A prefilter (bot/prefilter.c) skips, in one pass over the
 * text, the rules whose required words are missing from it.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "crisis.h"
#include "crisis_rules.h"
#include "index.h"
#include "kb_impl.h"
#include "prefilter.h"
#include "redist.h"
#include "strmap.h"
#include "text.h"
#include "typo.h"
#include "xmalloc.h"

struct crisis {
	struct prefilter *pf;		/* one id per rule, in order */
	unsigned	*flags;		/* CRISIS_PAST, CRISIS_SOFT per rule */
	pcre2_code	*past;		/* crisis_past_re */
	pcre2_code	*soft;		/* crisis_soft_re */
	struct prefilter *marks_pf;	/* past (id 0) and soft (id 1) */
	pcre2_code	**rules;	/* built-in, then the knowledge's */
	bool		*split;		/* per rule: run by its alternatives */
	pcre2_code	**alts;		/* per prefilter alternative: it alone */
	const char	**names;
	char		*tiers;
	size_t		 nrules;
	pcre2_code	*topic;
	struct prefilter *topic_pf;	/* topic's literals, id 0 */
	pcre2_match_context *mctx;
	struct typo	*lex;
	struct strmap	*real;		/* crisis_real_words */
	/* The knowledge's words (borrowed; the knowledge holds both) and,
	 * for each, its correction or -1: see crisis_vocabulary. */
	const struct index *vocab;
	int		*known;
	/* pf, topic_pf and the knowledge's patterns in one automaton (see
	 * crisis_join), or NULL: pf has no automaton of its own, so every
	 * rule then runs. */
	struct prefilter_set *set;
	size_t		 nextra;	/* regexes of the joined patterns */
};

/* Compile a rule (len bytes, or PCRE2_ZERO_TERMINATED); NULL with a
 * diagnostic when d is not NULL. */
static pcre2_code *
crisis_compile_n(const char *re, size_t len, const char *file, int line,
    struct diag *d)
{
	pcre2_code *code;
	int err;
	PCRE2_SIZE off;

	code = pcre2_compile((PCRE2_SPTR)re, len, PCRE2_UTF | PCRE2_UCP |
	    PCRE2_CASELESS, &err, &off, NULL);
	if (code == NULL && d == NULL)
		return NULL;
	if (code == NULL) {
		PCRE2_UCHAR msg[256];

		pcre2_get_error_message(err, msg, sizeof(msg));
		diag_add(d, file != NULL ? file : "built-in crisis rule", line,
		    "crisis pattern error at offset %zu: %s", (size_t)off,
		    (char *)msg);
		return NULL;
	}
	(void)pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
	return code;
}

/* Compile a rule; NULL with a diagnostic. */
static pcre2_code *
crisis_compile(const char *re, const char *file, int line, struct diag *d)
{
	return crisis_compile_n(re, PCRE2_ZERO_TERMINATED, file, line, d);
}

/*
 * Compile each top-level alternative of rule i (source re) on its own.
 * A rule matches a text when one of its alternatives does, and the
 * prefilter tells which alternatives cannot: crisis_rule then runs the
 * few that can, not the whole of a long rule. A rule of one alternative,
 * or with one that fails to compile alone, is run whole.
 */
static void
crisis_split(struct crisis *c, size_t i, const char *re)
{
	size_t first, n = prefilter_alts(c->pf, i, &first);
	bool ok = n > 1;

	c->alts = xreallocarray(c->alts, prefilter_alt_total(c->pf) + 1,
	    sizeof(*c->alts));
	for (size_t k = 0; k < n; k++) {
		size_t off, len;

		prefilter_alt_span(c->pf, i, k, &off, &len);
		c->alts[first + k] = ok ? crisis_compile_n(re + off, len, NULL,
		    0, NULL) : NULL;
		ok = ok && c->alts[first + k] != NULL;
	}
	c->split[i] = ok;
}

/*
 * Add one rule to the list. A built-in rule written as one long group is
 * distributed first (bot/redist.c), so that only its phrases whose words
 * are in the text run; a knowledge phrase is kept as written, so that an
 * error's offset points into what staff wrote.
 */
static void
crisis_add(struct crisis *c, const char *name, char tier, const char *re,
    unsigned flags, const char *file, int line, struct diag *d)
{
	size_t i = c->nrules++;
	char *dist = file == NULL ? redist(re) : NULL;

	if (dist != NULL)
		re = dist;
	c->rules = xreallocarray(c->rules, c->nrules, sizeof(*c->rules));
	c->names = xreallocarray(c->names, c->nrules, sizeof(*c->names));
	c->tiers = xreallocarray(c->tiers, c->nrules, sizeof(*c->tiers));
	c->rules[i] = crisis_compile(re, file, line, d);
	(void)prefilter_add(c->pf, re);
	c->split = xreallocarray(c->split, c->nrules, sizeof(*c->split));
	crisis_split(c, i, re);
	free(dist);
	c->names[i] = name;
	c->tiers[i] = tier;
	c->flags = xreallocarray(c->flags, c->nrules, sizeof(*c->flags));
	c->flags[i] = flags;
}

/*
 * The detector: the built-in rules plus the knowledge's extra ones. A bad
 * extra pattern is reported at its file:line. Caller frees.
 */
struct crisis *
crisis_new(const struct kb_crisis_src *extra, size_t nextra, struct diag *d)
{
	struct crisis *c = xcalloc(1, sizeof(*c));

	c->pf = prefilter_new();
	for (size_t i = 0; i < crisis_rule_count(); i++) {
		const struct crisis_rule *r = crisis_rule_at(i);

		crisis_add(c, r->name, r->tier, r->re, r->flags, NULL, 0, d);
	}
	for (size_t i = 0; i < nextra; i++)
		crisis_add(c, "knowledge phrase", 'A', extra[i].regex, 0,
		    extra[i].file, extra[i].line, d);
	/* The rules are scanned in the joined automaton (crisis_join):
	 * building their own as well took 10 ms and 5 MiB for nothing. */
	prefilter_build_tables(c->pf);
	c->topic = crisis_compile(crisis_topic_re, NULL, 0, d);
	c->topic_pf = prefilter_new();
	(void)prefilter_add(c->topic_pf, crisis_topic_re);
	prefilter_build(c->topic_pf);
	c->past = crisis_compile(crisis_past_re, NULL, 0, d);
	c->soft = crisis_compile(crisis_soft_re, NULL, 0, d);
	c->marks_pf = prefilter_new();
	(void)prefilter_add(c->marks_pf, crisis_past_re);
	(void)prefilter_add(c->marks_pf, crisis_soft_re);
	prefilter_build(c->marks_pf);
	c->mctx = pcre2_match_context_create(NULL);
	pcre2_set_match_limit(c->mctx, 200000);
	pcre2_set_depth_limit(c->mctx, 2000);
	c->real = strmap_new();
	for (size_t i = 0; i < crisis_nreal_words; i++)
		strmap_put(c->real, crisis_real_words[i],
		    strlen(crisis_real_words[i]), 0);
	c->lex = typo_new();
	for (size_t i = 0; i < crisis_nlexicon; i++)
		typo_add(c->lex, crisis_lexicon[i], (int)i, 1);
	return c;
}

/* Free the detector; accepts NULL. */
void
crisis_free(struct crisis *c)
{
	if (c == NULL)
		return;
	for (size_t i = 0; i < c->nrules; i++)
		pcre2_code_free(c->rules[i]);
	free(c->rules);
	for (size_t i = 0; c->alts != NULL && i < prefilter_alt_total(c->pf);
	    i++)
		pcre2_code_free(c->alts[i]);
	free(c->alts);
	free(c->split);
	free(c->names);
	free(c->tiers);
	free(c->flags);
	pcre2_code_free(c->past);
	pcre2_code_free(c->soft);
	prefilter_free(c->marks_pf);
	prefilter_set_free(c->set);
	prefilter_free(c->pf);
	pcre2_code_free(c->topic);
	prefilter_free(c->topic_pf);
	pcre2_match_context_free(c->mctx);
	typo_free(c->lex);
	free(c->known);
	strmap_free(c->real);
	free(c);
}

/*
 * True when code matches s, with match data md. A match that hits a
 * resource limit counts as a match for crisis rules: a runaway input must
 * not hide a crisis.
 */
static bool
crisis_run_n(const struct crisis *c, const pcre2_code *code, const char *s,
    size_t len, bool limit_is_match, pcre2_match_data *md)
{
	int rc;

	if (code == NULL)
		return false;
	/* s comes from the normalizer, so it is valid UTF-8. */
	rc = pcre2_match(code, (PCRE2_SPTR)s, len, 0, PCRE2_NO_UTF_CHECK, md,
	    c->mctx);
	if (rc >= 0)
		return true;
	return rc != PCRE2_ERROR_NOMATCH && limit_is_match;
}

static bool
crisis_run(const struct crisis *c, const pcre2_code *code, const char *s,
    bool limit_is_match, pcre2_match_data *md)
{
	return crisis_run_n(c, code, s, strlen(s), limit_is_match, md);
}

/*
 * The crisis word w (n bytes) is a misspelling of, or -1. A word of the
 * built-in list crisis_real_words is never a misspelling.
 */
static int
crisis_lookup_word(const struct crisis *c, const char *w, size_t n)
{
	int d = 0, id = typo_lookup(c->lex, w, n, &d);

	if (id < 0 || d == 0 || strmap_get(c->real, w, n, NULL))
		return -1;
	return id;
}

/*
 * The crisis word w is a misspelling of, or -1. The knowledge's own words
 * were looked up once, at load: the same answer, without the typo search
 * for each word of each question.
 */
static int
crisis_correct_word(const struct crisis *c, const char *w, size_t n)
{
	int id;

	if (c->vocab != NULL && (id = index_vocab_find(c->vocab, w, n)) >= 0)
		return c->known[id];
	return crisis_lookup_word(c, w, n);
}

/* True when a word of s looks like a misspelled crisis word. */
static bool
crisis_misspelled(const struct crisis *c, const char *s)
{
	while (*s != '\0') {
		size_t n = text_word_len(s);

		if (crisis_correct_word(c, s, n) >= 0)
			return true;
		s += n;
		while (*s == ' ')
			s++;
	}
	return false;
}

/* Rewrite words that look like misspelled crisis words; NULL if none. */
static char *
crisis_correct(const struct crisis *c, const char *s)
{
	struct buf b;
	bool changed = false;

	/* Most messages have none: look before building a copy. */
	if (!crisis_misspelled(c, s))
		return NULL;
	buf_init(&b, 0);
	while (*s != '\0') {
		size_t n = text_word_len(s);
		int id = crisis_correct_word(c, s, n);

		if (b.len > 0)
			buf_putc(&b, ' ');
		if (id >= 0) {
			buf_puts(&b, crisis_lexicon[id]);
			changed = true;
		} else
			buf_append(&b, s, n);
		s += n;
		while (*s == ' ')
			s++;
	}
	if (!changed) {
		buf_finish(&b);
		return NULL;
	}
	return buf_steal(&b);
}

/*
 * True when rule i matches s. A split rule runs only the alternatives
 * alt_may lets through, or runs whole when it lets every one (a text the
 * prefilter does not read): one run is then cheaper than many.
 */
static bool
crisis_rule(const struct crisis *c, size_t i, const char *s,
    const bool *alt_may, pcre2_match_data *md)
{
	size_t first, n = prefilter_alts(c->pf, i, &first), allowed = 0;

	for (size_t k = 0; k < n; k++)
		allowed += alt_may[first + k];
	if (!c->split[i] || allowed == n)
		return crisis_run(c, c->rules[i], s, true, md);
	for (size_t k = 0; k < n; k++)
		if (alt_may[first + k] &&
		    crisis_run(c, c->alts[first + k], s, true, md))
			return true;
	return false;
}

/*
 * True when the marker that softens a rule, past (id 0) or soft (id 1),
 * is in the first len bytes of s. Most texts lack all its words, which
 * the prefilter sees more cheaply than the regex; a limit counts as no
 * marker.
 */
static bool
crisis_marker(const struct crisis *c, size_t id, const char *s, size_t len,
    pcre2_match_data *md)
{
	bool may[2];

	prefilter_scan(c->marks_pf, s, len, may);
	if (!may[id])
		return false;
	return crisis_run_n(c, id == 0 ? c->past : c->soft, s, len, false, md);
}

/*
 * Where the rule that just matched s (its match data md) ends, or the end
 * of s for a match of nothing (a rule of lookaheads) or a limit: a
 * question that softens it must come before that ("what if he stops
 * breathing"); one after it asks about what was told ("my husband is not
 * breathing, is it normal?").
 */
static size_t
crisis_match_end(const char *s, pcre2_match_data *md)
{
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
	size_t len = strlen(s);

	if (ov[0] == PCRE2_UNSET || ov[1] == PCRE2_UNSET || ov[1] <= ov[0] ||
	    ov[1] > len)
		return len;
	return ov[1];
}

/*
 * The prefilter's answer for the rules on s, into may and alt_may. With
 * the joined automaton (one table in cache, the one that read the whole
 * message) when there is one: the other members' answers are dropped.
 */
static void
crisis_scan(const struct crisis *c, const char *s, bool *may, bool *alt_may)
{
	bool topic, small[256], *extra = small;
	bool *mays[CRISIS_PF_COUNT], *alts[CRISIS_PF_COUNT] = { NULL };

	if (c->set == NULL) {
		prefilter_scan_alts(c->pf, s, strlen(s), may, alt_may);
		return;
	}
	if (c->nextra > sizeof(small) / sizeof(small[0]))
		extra = xcalloc(c->nextra, sizeof(*extra));
	mays[CRISIS_PF_RULES] = may;
	alts[CRISIS_PF_RULES] = alt_may;
	mays[CRISIS_PF_TOPIC] = &topic;
	mays[CRISIS_PF_EXTRA] = extra;
	prefilter_set_scan(c->set, s, strlen(s), mays, alts);
	if (extra != small)
		free(extra);
}

/*
 * The first rule that matches s, or -1; rules with a flag in skip are
 * not run. Rules run one by one: each is cheap on its own (PCRE2 skips
 * ahead to its possible first letters), while one alternation of them
 * all is several times slower.
 */
static int
crisis_first(const struct crisis *c, const char *s, unsigned skip,
    const struct crisis_pre *pre)
{
	/* On the stack for the built-in rules (2,400 alternatives once
	 * distributed); a knowledge with many more takes the heap. */
	bool small[256], alt_small[4096], *may = small, *alt_may = alt_small;
	int past = -1, soft = -1;	/* markers: unknown until needed */
	int found = -1;
	pcre2_match_data *md;

	if (pre != NULL) {
		/* The caller's scan of s: use its arrays. */
		may = (bool *)pre->may;
		alt_may = (bool *)pre->alt_may;
	} else {
		if (c->nrules > sizeof(small) / sizeof(small[0]))
			may = xcalloc(c->nrules, sizeof(*may));
		if (prefilter_alt_total(c->pf) > sizeof(alt_small))
			alt_may = xcalloc(prefilter_alt_total(c->pf),
			    sizeof(*alt_may));
		crisis_scan(c, s, may, alt_may);
	}
	md = kb__match_data();
	for (size_t i = prefilter_next(may, 0, c->nrules);
	    i < c->nrules && found < 0;
	    i = prefilter_next(may, i + 1, c->nrules)) {
		if ((c->flags[i] & skip) != 0 ||
		    !crisis_rule(c, i, s, alt_may, md))
			continue;
		if (c->flags[i] & CRISIS_SOFT)
			soft = crisis_marker(c, 1, s, crisis_match_end(s, md),
			    md);
		if ((c->flags[i] & CRISIS_PAST) && past < 0)
			past = crisis_marker(c, 0, s, strlen(s), md);
		if (((c->flags[i] & CRISIS_PAST) && past) ||
		    ((c->flags[i] & CRISIS_SOFT) && soft))
			continue;
		found = (int)i;
	}
	if (pre == NULL && may != small)
		free(may);
	if (pre == NULL && alt_may != alt_small)
		free(alt_may);
	return found;
}

/*
 * True when s (a whole message, or one sentence of it) signals a crisis,
 * as typed or with misspelled crisis words corrected, by a rule without
 * a flag in skip; h says which rule fired. pre (may be NULL) is the
 * prefilter's answer for s, already scanned by the caller.
 */
static bool
crisis_check_part(const struct crisis *c, const char *s, unsigned skip,
    const struct crisis_pre *pre, struct crisis_hit *h)
{
	char *fixed = NULL;
	int rule;

	memset(h, 0, sizeof(*h));
	rule = crisis_first(c, s, skip, pre);
	if (rule < 0) {
		fixed = crisis_correct(c, s);
		if (fixed != NULL)
			rule = crisis_first(c, fixed, skip, NULL);
		h->corrected = rule >= 0;
	}
	free(fixed);
	if (rule < 0)
		return false;
	h->rule = c->names[rule];
	h->tier = c->tiers[rule];
	return true;
}

/*
 * True when the normalized question signals a crisis; hit (optional) says
 * which rule fired. Thread-safe: the detector is read-only.
 */
bool
crisis_check(const struct crisis *c, const char *norm, struct crisis_hit *h)
{
	struct crisis_hit local;

	return crisis_check_part(c, norm, 0, NULL, h != NULL ? h : &local);
}

/* Where a sentence ends in a message as typed. */
static bool
crisis_sentence_end(char ch)
{
	/* A switch, not strchr: this runs for every byte of a message. */
	switch (ch) {
	case '.':
	case '?':
	case '!':
	case ';':
	case '\n':
		return true;
	default:
		return false;
	}
}

/* The flags of the rules not run on a sentence that ends with end. */
static unsigned
crisis_skip(char end)
{
	return end == '?' ? CRISIS_STATEMENT : 0;
}

/* True when words follow the end of a sentence: two sentences or more. */
static bool
crisis_several(const char *text, size_t len)
{
	bool end = false;

	for (size_t i = 0; i < len; i++) {
		if (crisis_sentence_end(text[i]))
			end = true;
		else if (end && text[i] != ' ' && text[i] != '\t' &&
		    text[i] != '\r')
			return true;
	}
	return false;
}

/*
 * True when a sentence of a message of several (crisis_several) signals
 * a crisis. The
 * markers that soften a rule ("what if", "scared", "years ago") speak
 * for the sentence they are in: "i am nervous about tomorrow. feeling
 * suicidal again" is a crisis, though the message as a whole has a worry
 * word in it.
 */
static bool
crisis_sentences(const struct crisis *c, const char *text, size_t len,
    struct crisis_hit *h)
{
	size_t start = 0;
	bool found = false;
	struct buf norm;

	buf_init(&norm, 0);
	for (size_t i = 0; i <= len && !found; i++) {
		if (i < len && !crisis_sentence_end(text[i]))
			continue;
		if (i > start && text_normalize(text + start, i - start,
		    &norm) && norm.len > 0)
			found = crisis_check_part(c, buf_str(&norm),
			    CRISIS_WHOLE | crisis_skip(i < len ? text[i] :
			    '\0'), NULL, h);
		start = i + 1;
	}
	buf_finish(&norm);
	return found;
}

/*
 * True when a message signals a crisis: its normalized text norm as a
 * whole, or any one of its sentences (text, len as received).
 */
bool
crisis_check_message(const struct crisis *c, const char *text, size_t len,
    const char *norm, struct crisis_hit *h)
{
	return crisis_check_message_pre(c, text, len, norm, NULL, h);
}

/*
 * crisis_check_message with pre (may be NULL): what the prefilter of
 * crisis_rules_pf found in norm, from the caller's own scan of it.
 */
bool
crisis_check_message_pre(const struct crisis *c, const char *text,
    size_t len, const char *norm, const struct crisis_pre *pre,
    struct crisis_hit *h)
{
	struct crisis_hit local;
	unsigned skip = 0;
	size_t end = len;
	bool several = crisis_several(text, len);

	if (h == NULL)
		h = &local;
	while (end > 0 && strchr(" \t\r\n", text[end - 1]) != NULL)
		end--;
	if (end > 0 && !several)
		skip = crisis_skip(text[end - 1]);
	return crisis_check_part(c, norm, skip, pre, h) ||
	    (several && crisis_sentences(c, text, len, h));
}

/*
 * Look up, once, the correction of every word of the knowledge's
 * vocabulary (ix): questions mostly use those words, and the typo search
 * then runs only for the others. A cache, nothing more: the answer for a
 * word is the same with it or without it. The words are found in ix's
 * own map, which the matcher then reads for the same words of the same
 * question: one map in cache, not two. ix is borrowed: it must outlive
 * c's checks (the knowledge holds both).
 */
void
crisis_vocabulary(struct crisis *c, const struct index *ix)
{
	free(c->known);
	c->known = xcalloc(index_vocab_count(ix) + 1, sizeof(*c->known));
	c->vocab = NULL;	/* the lookups below search */
	for (size_t i = 0; i < index_vocab_count(ix); i++) {
		const char *w = index_vocab_word(ix, i);

		c->known[i] = crisis_lookup_word(c, w, strlen(w));
	}
	c->vocab = ix;
}

/*
 * True when a question that is not a crisis still touches on suicide.
 * Most questions lack every word of the topic, which one pass of the
 * prefilter shows more cheaply than the regex.
 */
bool
crisis_topic(const struct crisis *c, const char *norm)
{
	bool may;

	prefilter_scan(c->topic_pf, norm, strlen(norm), &may);
	return crisis_topic_pre(c, norm, may);
}

/*
 * crisis_topic when the caller has scanned norm with crisis_topic_pf:
 * may is what that scan said.
 */
bool
crisis_topic_pre(const struct crisis *c, const char *norm, bool may)
{
	if (!may)
		return false;
	return crisis_run(c, c->topic, norm, false, kb__match_data());
}

/*
 * The prefilter of the rules (one id per rule) and of the topic (id 0),
 * for a caller that scans the normalized message for them together with
 * other prefilters (see prefilter_set_new). Borrowed from c.
 */
const struct prefilter *
crisis_rules_pf(const struct crisis *c)
{
	return c->pf;
}

/* See crisis_rules_pf. */
const struct prefilter *
crisis_topic_pf(const struct crisis *c)
{
	return c->topic_pf;
}

/*
 * Join the prefilter of the rules, the topic's and extra (the knowledge's
 * patterns; borrowed, it must outlive c) in one automaton: the caller
 * scans a question once for all three with crisis_set, and the rules'
 * own scans use it too, so that only one large table is read.
 */
void
crisis_join(struct crisis *c, const struct prefilter *extra)
{
	const struct prefilter *pf[CRISIS_PF_COUNT];

	prefilter_set_free(c->set);
	pf[CRISIS_PF_RULES] = c->pf;
	pf[CRISIS_PF_TOPIC] = c->topic_pf;
	pf[CRISIS_PF_EXTRA] = extra;
	c->set = prefilter_set_new(pf, CRISIS_PF_COUNT);
	c->nextra = prefilter_count(extra);
}

/* The joined prefilters of crisis_join, or NULL (borrowed from c). */
const struct prefilter_set *
crisis_set(const struct crisis *c)
{
	return c->set;
}
