/*
 * Unit tests of the regex prefilter: the Aho-Corasick automaton
 * (acauto.c), the required literals read from a regex (relit.c), and the
 * filter over them (prefilter.c). The filter must never skip a regex that
 * matches: every built-in crisis rule and every pattern of the bundled
 * knowledge is run against the evaluation questions with and without it.
 * A set of prefilters scanned at once (prefilter_set) must answer for
 * each exactly what its own scan does.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "../../bot/crisis_rules.h"
#include "acauto.h"
#include "buf.h"
#include "diag.h"
#include "kb.h"
#include "prefilter.h"
#include "relit.h"
#include "text.h"

/* Overlapping strings are all found; a byte outside the alphabet breaks. */
static void
test_acauto_overlaps(void **state)
{
	struct acauto *ac = acauto_new();
	unsigned char seen[5] = { 0 };

	(void)state;
	assert_true(acauto_add(ac, "he", 2, 0));
	assert_true(acauto_add(ac, "she", 3, 1));
	assert_true(acauto_add(ac, "his", 3, 2));
	assert_true(acauto_add(ac, "hers", 4, 3));
	assert_true(acauto_add(ac, "s h", 3, 4));
	assert_false(acauto_add(ac, "", 0, 4));		/* empty */
	assert_false(acauto_add(ac, "a-b", 3, 4));	/* not in alphabet */
	acauto_build(ac);
	assert_false(acauto_add(ac, "late", 4, 4));	/* already built */
	acauto_scan(ac, "ushers", 6, seen);
	assert_int_equal(seen[0], 1);
	assert_int_equal(seen[1], 1);
	assert_int_equal(seen[2], 0);
	assert_int_equal(seen[3], 1);
	assert_int_equal(seen[4], 0);
	memset(seen, 0, sizeof(seen));
	acauto_scan(ac, "hi-s", 4, seen);	/* '-' breaks "his" */
	assert_int_equal(seen[2], 0);
	acauto_scan(ac, "as his", 6, seen);
	assert_int_equal(seen[2], 1);
	assert_int_equal(seen[4], 1);
	acauto_free(ac);
	acauto_free(NULL);
}

/* A pseudo-random word of 2-12 letters from a small alphabet, into w. */
static size_t
random_word(unsigned *seed, char *w)
{
	size_t n = 2 + (*seed = *seed * 1103515245u + 12345u) / 65536 % 11;

	for (size_t i = 0; i < n; i++) {
		*seed = *seed * 1103515245u + 12345u;
		w[i] = "abcdeilnorst "[*seed / 65536 % 13];
	}
	w[n] = '\0';
	return n;
}

/*
 * An automaton of thousands of states, most of them past the dense rows
 * (sparse records that defer to their failure state): every scan finds
 * exactly the strings a plain search finds.
 */
static void
test_acauto_sparse(void **state)
{
	enum { NWORDS = 3000, NTEXTS = 300 };
	static char words[NWORDS][16];
	struct acauto *ac = acauto_new();
	unsigned char seen[NWORDS];
	unsigned found[NWORDS], seed = 7;

	(void)state;
	for (unsigned i = 0; i < NWORDS; i++) {
		size_t n = random_word(&seed, words[i]);

		assert_true(acauto_add(ac, words[i], n, i));
	}
	acauto_build(ac);
	assert_true(acauto_states(ac) > 4096);
	for (int t = 0; t < NTEXTS; t++) {
		char text[400];
		size_t len = 0, nfound;

		while (len < sizeof(text) - 20)
			len += random_word(&seed, text + len);
		memset(seen, 0, sizeof(seen));
		nfound = acauto_scan_list(ac, text, len, seen, found);
		for (unsigned i = 0; i < NWORDS; i++)
			if (seen[i] != (strstr(text, words[i]) != NULL))
				fail_msg("text %d, word '%s': seen %d", t,
				    words[i], seen[i]);
		for (size_t i = 0; i < nfound; i++)
			assert_int_equal(seen[found[i]], 1);
	}
	acauto_free(ac);
}

/* The clauses of one regex, as prefilter_describe writes them. */
static void
check_clauses(const char *re, const char *want)
{
	struct prefilter *pf = prefilter_new();
	char out[512];

	(void)prefilter_add(pf, re);
	prefilter_describe(pf, 0, out, sizeof(out));
	if (strcmp(out, want) != 0)
		fail_msg("regex %s: clauses '%s', want '%s'", re, out, want);
	prefilter_free(pf);
}

/* Literals, optional parts, \b, \s+, alternatives and lookaheads. */
static void
test_clauses(void **state)
{
	(void)state;
	check_clauses("\\bkill(?:ing)? myself\\b",
	    "(_killing_myself_|_kill_myself_)");
	check_clauses("colou?r", "(colour|color)");
	check_clauses("cat|dog", "(cat) or (dog)");
	check_clauses("suicid\\w*", "(suicid)");
	check_clauses("\\bhow\\s+many\\b", "(_how_many_)");
	check_clauses("\\btop\\s*ups?\\b",
	    "(_top_ups_|_top_up_|_topups_|_topup_)");
	check_clauses("FDA\\?", "(fda_)");
	check_clauses("foo.*bar", "(foo) (bar)");
	check_clauses("^(?=.*\\bi\\b)(?=.*\\bdie\\b)", "(_i_) (_die_)");
	check_clauses("(?:very )?sad|(?<name>blue)",
	    "(sad) or (blue)");	/* "very sad" holds "sad" */
	check_clauses("(?:cat|dog) food", "(cat_food|dog_food)");
	/* A literal \001 is no \b: it maps to a space, as in the text. */
	check_clauses("4\001x", "(4_x)");
	check_clauses("[abc]xyz(?!q)", "(xyz)");
	check_clauses("(?<!not )happy", "(happy)");
	/* A repeated alternative once leaked its start and end sets. */
	check_clauses("(?:a|the)+\\s*pills",
	    "(a_pills|apills|the_pills|thepills)");
	/* Letters left between classes narrow nothing beside a word. */
	check_clauses("esyalar[ab]m[ab] dag[ab]t", "(esyalar) (_dag)");
	check_clauses("x[ab]y", "(x) (y)");
}

/*
 * Each top-level alternative keeps all of its clauses: the regex may
 * match only when one alternative has every one of them in the text.
 */
static void
test_alternatives(void **state)
{
	static const char *re = "\\bafter (?:the )?infusion\\b.*"
	    "\\bconfused\\b|\\bnot breathing\\b|^(?=.*\\bi\\b)(?=.*\\bdie\\b)";
	static const struct {
		const char	*text;
		bool		 may;
	} cases[] = {
		{ "after the infusion i was confused", true },
		{ "after the infusion i felt fine", false },
		{ "confused about the infusion", false },
		{ "my dad is not breathing", true },
		{ "i do not want to die", true },
		{ "will i die", true },
		{ "do people die", false },
	};
	struct prefilter *pf = prefilter_new();

	(void)state;
	check_clauses(re, "(_after_the_infusion_|_after_infusion_) "
	    "(_confused_) or (_not_breathing_) or (_i_) (_die_)");
	assert_true(prefilter_add(pf, re));
	prefilter_build(pf);
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		bool may;

		prefilter_scan(pf, cases[i].text, strlen(cases[i].text), &may);
		if (may != cases[i].may)
			fail_msg("'%s': may=%d", cases[i].text, may);
	}
	prefilter_free(pf);
}

/* Which alternatives may match, and where each is in the source. */
static void
test_alternative_spans(void **state)
{
	static const char *res[] = { "foo", "\\bab(?:c|d)\\b|x[yz]w|.*",
	    "one|two three|four" };
	struct prefilter *pf = prefilter_new();
	bool may[3], alt_may[5];
	size_t first, off, len;

	(void)state;
	for (size_t i = 0; i < 3; i++)
		(void)prefilter_add(pf, res[i]);
	prefilter_build(pf);
	assert_int_equal(prefilter_alt_total(pf), 4);
	assert_int_equal(prefilter_alts(pf, 0, &first), 1);
	assert_int_equal(first, 0);
	assert_int_equal(prefilter_alts(pf, 1, &first), 0);	/* .* */
	assert_int_equal(prefilter_alts(pf, 2, &first), 3);
	assert_int_equal(first, 1);
	prefilter_alt_span(pf, 2, 1, &off, &len);
	assert_int_equal(off, 4);
	assert_int_equal(len, 9);
	prefilter_scan_alts(pf, "a two three b four", 18, may, alt_may);
	assert_false(may[0]);
	assert_true(may[1]);
	assert_true(may[2]);
	assert_false(alt_may[0]);
	assert_false(alt_may[1]);
	assert_true(alt_may[2]);
	assert_true(alt_may[3]);
	prefilter_scan_alts(pf, "caf\xc3\xa9", 5, may, alt_may);
	for (size_t a = 0; a < 4; a++)
		assert_true(alt_may[a]);
	prefilter_free(pf);
}

/* "suicid" in Cyrillic letters, as UTF-8. */
#define SUICID_RU "\xd1\x81\xd1\x83\xd0\xb8\xd1\x86\xd0\xb8\xd0\xb4"

/* A text and whether each of three regexes may match it. */
struct scan_case {
	const char	*text;
	bool		 may[3];
};

/* Three regexes, each one skippable, against every case. */
static void
check_scans(const char *const *res, const struct scan_case *cases,
    size_t ncases)
{
	struct prefilter *pf = prefilter_new();

	for (size_t i = 0; i < 3; i++)
		assert_true(prefilter_add(pf, res[i]));
	prefilter_build(pf);
	assert_int_equal(prefilter_count(pf), 3);
	for (size_t i = 0; i < ncases; i++) {
		bool may[3];

		prefilter_scan(pf, cases[i].text, strlen(cases[i].text), may);
		for (size_t k = 0; k < 3; k++)
			if (may[k] != cases[i].may[k])
				fail_msg("'%s': regex %zu may=%d", cases[i].text,
				    k, may[k]);
	}
	prefilter_free(pf);
}

/*
 * A non-ASCII letter of a regex is required as it is: an ASCII text
 * lacks it. The long s and the Kelvin sign match 's' and 'k' caselessly,
 * so they require nothing.
 */
static void
test_non_ascii(void **state)
{
	static const char *res[] = { SUICID_RU "|\\bhelp\\b",
	    "\xc5\xbfuicide", "\xe2\x84\xaaill" };
	static const struct scan_case cases[] = {
		{ "suicide kill", { false, true, true } },
		{ "please help", { true, false, false } },
		{ SUICID_RU, { true, true, true } },
	};
	(void)state;
	check_clauses(res[0], "(" SUICID_RU ") or (_help_)");
	check_clauses(res[1], "(uicide)");
	check_clauses(res[2], "(ill)");
	check_scans(res, cases, sizeof(cases) / sizeof(cases[0]));
}

/* What the parser does not follow leaves the regex unconstrained. */
static void
test_unconstrained(void **state)
{
	static const char *res[] = { "(?i)foo", "(a)\\1", "\\Qfoo\\E",
	    "x{", "foo|\\w+", ".*", "a?", "", "(?x) f o o", "(*UTF)foo",
	    "foo)", "\\", "[abc", "(?#c)foo", "a(?(1)b|c)",
	    "kill[[:space:]]myself", "x[[:]y]z", "ab[[.a.]]cd" };
	struct prefilter *pf = prefilter_new();
	bool may[sizeof(res) / sizeof(res[0])];

	(void)state;
	for (size_t i = 0; i < sizeof(res) / sizeof(res[0]); i++)
		if (prefilter_add(pf, res[i]))
			fail_msg("regex '%s' should be unconstrained", res[i]);
	prefilter_build(pf);
	prefilter_scan(pf, "nothing here", 12, may);
	for (size_t i = 0; i < sizeof(res) / sizeof(res[0]); i++)
		assert_true(may[i]);
	prefilter_free(pf);
}

/* Word boundaries, case, punctuation and non-ASCII texts. */
static void
test_scan(void **state)
{
	static const char *res[] = { "\\bkill(?:ing)? myself\\b",
	    "suicid\\w*", "\\bhow\\s+many\\b" };
	static const struct scan_case cases[] = {
		{ "i want to kill myself", { true, false, false } },
		{ "skill myself", { false, false, false } },
		{ "killing myself.", { true, false, false } },
		{ "SUICIDAL thoughts", { false, true, false } },
		{ "how   many?", { false, false, true } },
		{ "how-many", { false, false, true } },
		{ "showmany", { false, false, false } },
		{ "caf\xc3\xa9 anything", { true, true, true } },
		{ "", { false, false, false } },
	};

	(void)state;
	check_scans(res, cases, sizeof(cases) / sizeof(cases[0]));
	prefilter_free(NULL);
}

/* The corpus: every question of the tuning sets, raw and normalized. */
static char **
load_corpus(size_t *n)
{
	static const char *files[] = { "tests/eval/tune.tsv",
	    "tests/eval/tune2.tsv", "tests/eval/tune3.tsv" };
	char **c = NULL, *line = NULL;
	size_t cap = 0;

	*n = 0;
	for (size_t f = 0; f < sizeof(files) / sizeof(files[0]); f++) {
		FILE *fp = fopen(files[f], "r");

		assert_non_null(fp);
		while (getline(&line, &cap, fp) != -1) {
			char *tab = strchr(line, '\t');
			struct buf b;

			if (line[0] == '#' || tab == NULL)
				continue;
			tab[1 + strcspn(tab + 1, "\r\n")] = '\0';
			buf_init(&b, 0);
			assert_true(text_normalize(tab + 1, strlen(tab + 1), &b));
			c = realloc(c, (*n + 2) * sizeof(*c));
			c[(*n)++] = strdup(tab + 1);
			c[(*n)++] = buf_steal(&b);
		}
		fclose(fp);
	}
	free(line);
	return c;
}

/* Compile as the bot does. */
static pcre2_code *
compile(const char *re)
{
	int err;
	PCRE2_SIZE off;
	pcre2_code *code = pcre2_compile((PCRE2_SPTR)re, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS, &err, &off, NULL);

	assert_non_null(code);
	return code;
}

/* The regexes under test: crisis rules and the knowledge's patterns. */
static size_t
load_regexes(const char ***res)
{
	static const char *knowledge[] = { "knowledge/10-basics.kb",
	    "knowledge/20-conditions.kb", "knowledge/30-treatment.kb",
	    "knowledge/40-experience.kb", "knowledge/50-eligibility.kb",
	    "knowledge/60-logistics.kb", "knowledge/90-smalltalk.kb" };
	char *line = NULL;
	size_t cap = 0, n = 0, nrules = crisis_rule_count();

	*res = NULL;
	for (size_t i = 0; i < nrules + 3; i++) {
		*res = realloc(*res, (n + 1) * sizeof(**res));
		(*res)[n++] = i < nrules ? crisis_rule_at(i)->re :
		    i == nrules ? crisis_topic_re :
		    i == nrules + 1 ? crisis_past_re : crisis_soft_re;
	}
	for (size_t f = 0; f < sizeof(knowledge) / sizeof(knowledge[0]); f++) {
		FILE *fp = fopen(knowledge[f], "r");

		assert_non_null(fp);
		while (getline(&line, &cap, fp) != -1) {
			if (strncmp(line, "pattern: ", 9) != 0)
				continue;
			line[strcspn(line, "\r\n")] = '\0';
			*res = realloc(*res, (n + 1) * sizeof(**res));
			(*res)[n++] = strdup(line + 9);
		}
		fclose(fp);
	}
	free(line);
	return n;
}

/* Free what load_regexes (the knowledge's copies) and load_corpus made. */
static void
free_loaded(const char **res, size_t nre, char **texts, size_t ntext)
{
	for (size_t i = crisis_rule_count() + 3; i < nre; i++)
		free((char *)res[i]);
	free(res);
	for (size_t t = 0; t < ntext; t++)
		free(texts[t]);
	free(texts);
}

/*
 * A folded scan finds what a scan of the text mapped by relit_map_text
 * finds: on every corpus text, raw and normalized, and a few odd ones.
 */
static void
test_acauto_fold(void **state)
{
	static const char *lits[] = { " i ", "kill", " want to ", "a b",
	    "_x", "9 ", " ", "ab  c", "b " };
	static const char *odd[] = { "", " ", "  A--B  ", "x\xc3\xa9y",
	    "KILL!!", "_X9", "a\tb", "I" };
	size_t nl = sizeof(lits) / sizeof(lits[0]), ntext;
	char **texts = load_corpus(&ntext);
	struct acauto *ac = acauto_new();
	char mapped[4096];

	(void)state;
	for (size_t i = 0; i < nl; i++)
		(void)acauto_add(ac, lits[i], strlen(lits[i]), (unsigned)i);
	acauto_build(ac);
	for (size_t t = 0; t < ntext + sizeof(odd) / sizeof(odd[0]); t++) {
		const char *s = t < ntext ? texts[t] : odd[t - ntext];
		unsigned char a[16] = { 0 }, b[16] = { 0 };
		unsigned found[16];
		size_t n = relit_map_text(s, strlen(s), mapped), nf;

		acauto_scan(ac, mapped, n, a);
		nf = acauto_scan_fold(ac, s, strlen(s), b, found);
		if (memcmp(a, b, nl) != 0)
			fail_msg("folded scan differs on '%s'", s);
		for (size_t k = 0; k < nf; k++)
			assert_true(b[found[k]]);
	}
	for (size_t t = 0; t < ntext; t++)
		free(texts[t]);
	free(texts);
	acauto_free(ac);
}

/*
 * Each alternative of every regex compiled alone: the regex matches a
 * text exactly when one alternative the filter lets through does (the
 * crisis detector runs long rules that way).
 */
static void
check_alternatives(const struct prefilter *pf, const char **res, size_t nre,
    char **texts, size_t ntext)
{
	pcre2_match_data *md = pcre2_match_data_create(1, NULL);
	size_t nalt = prefilter_alt_total(pf);
	bool *may = calloc(nre, sizeof(*may)), *alt_may = calloc(nalt, 1);

	for (size_t i = 0; i < nre; i++) {
		size_t first, n = prefilter_alts(pf, i, &first);
		pcre2_code *whole = compile(res[i]), **part;

		part = calloc(n + 1, sizeof(*part));
		for (size_t k = 0; k < n; k++) {
			size_t off, len;
			int err;
			PCRE2_SIZE eoff;

			prefilter_alt_span(pf, i, k, &off, &len);
			part[k] = pcre2_compile((PCRE2_SPTR)res[i] + off, len,
			    PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS, &err,
			    &eoff, NULL);
			assert_non_null(part[k]);
		}
		for (size_t t = 0; t < ntext; t++) {
			size_t tl = strlen(texts[t]);
			bool any = false;

			prefilter_scan_alts(pf, texts[t], tl, may, alt_may);
			for (size_t k = 0; k < n && !any; k++)
				any = alt_may[first + k] &&
				    pcre2_match(part[k], (PCRE2_SPTR)texts[t],
				    tl, 0, 0, md, NULL) >= 0;
			if (n > 0 && any != (pcre2_match(whole,
			    (PCRE2_SPTR)texts[t], tl, 0, 0, md, NULL) >= 0))
				fail_msg("regex %zu and its alternatives differ "
				    "on '%s'", i, texts[t]);
		}
		for (size_t k = 0; k < n; k++)
			pcre2_code_free(part[k]);
		free(part);
		pcre2_code_free(whole);
	}
	free(may);
	free(alt_may);
	pcre2_match_data_free(md);
}

/*
 * Sound and useful on the real rules: over the corpus, no regex that
 * matches is ever skipped, and most runs are skipped.
 */
static void
test_sound_on_rules(void **state)
{
	const char **res;
	size_t nre = load_regexes(&res), ntext, runs = 0, skipped = 0;
	char **texts = load_corpus(&ntext);
	struct prefilter *pf = prefilter_new();
	pcre2_code **codes = calloc(nre, sizeof(*codes));
	pcre2_match_data *md = pcre2_match_data_create(1, NULL);
	bool *may = calloc(nre, sizeof(*may));

	(void)state;
	assert_true(nre > crisis_rule_count() + 3 + 20);
	assert_true(ntext > 1000);
	for (size_t i = 0; i < nre; i++) {
		codes[i] = compile(res[i]);
		if (!prefilter_add(pf, res[i]))
			fail_msg("regex %zu is never skipped: %s", i, res[i]);
	}
	prefilter_build(pf);
	for (size_t t = 0; t < ntext; t++) {
		prefilter_scan(pf, texts[t], strlen(texts[t]), may);
		for (size_t i = 0; i < nre; i++) {
			int rc = pcre2_match(codes[i], (PCRE2_SPTR)texts[t],
			    strlen(texts[t]), 0, 0, md, NULL);

			runs++;
			skipped += !may[i];
			if (rc >= 0 && !may[i])
				fail_msg("regex %zu matches but was skipped: "
				    "'%s' on '%s'", i, res[i], texts[t]);
		}
	}
	/* The filter earns its keep: most regexes are skipped. */
	assert_true(skipped * 10 > runs * 8);
	check_alternatives(pf, res, nre, texts, ntext);
	for (size_t i = 0; i < nre; i++)
		pcre2_code_free(codes[i]);
	free_loaded(res, nre, texts, ntext);
	free(codes);
	free(may);
	pcre2_match_data_free(md);
	prefilter_free(pf);
}

/* Compare a set's scan with each member's own, alternatives too. */
static void
check_set_text(struct prefilter **pf, size_t n,
    const struct prefilter_set *ps, const char *text)
{
	bool *may[4], *alt_may[4], *want, *want_alt;
	size_t len = strlen(text);

	for (size_t m = 0; m < n; m++) {
		may[m] = calloc(prefilter_count(pf[m]) + 1, sizeof(bool));
		/* One member without alternatives: alt_may may be NULL. */
		alt_may[m] = m == 1 ? NULL :
		    calloc(prefilter_alt_total(pf[m]) + 1, sizeof(bool));
		memset(may[m], 0x55, prefilter_count(pf[m]));
	}
	prefilter_set_scan(ps, text, len, may, alt_may);
	for (size_t m = 0; m < n; m++) {
		want = calloc(prefilter_count(pf[m]) + 1, sizeof(bool));
		want_alt = calloc(prefilter_alt_total(pf[m]) + 1, sizeof(bool));
		prefilter_scan_alts(pf[m], text, len, want, want_alt);
		for (size_t i = 0; i < prefilter_count(pf[m]); i++)
			if (may[m][i] != want[i])
				fail_msg("member %zu regex %zu: set %d, alone "
				    "%d on '%s'", m, i, may[m][i], want[i],
				    text);
		for (size_t a = 0; alt_may[m] != NULL &&
		    a < prefilter_alt_total(pf[m]); a++)
			if (alt_may[m][a] != want_alt[a])
				fail_msg("member %zu alternative %zu differs "
				    "on '%s'", m, a, text);
		free(want);
		free(want_alt);
		free(may[m]);
		free(alt_may[m]);
	}
}

/*
 * The crisis rules, the markers and topic, and the knowledge's patterns
 * (and a regex never skipped) in three prefilters, scanned as one set,
 * give on every corpus text and a few odd ones what each gives alone.
 */
static void
test_set(void **state)
{
	static const char *odd[] = { "", " ", "a", "k\xc3\xa9tamine overdose",
	    "OVERDOSE!!", "i want to die", "kill   myself", "__", "0 1 2",
	    "overdos", "myself kill", "what is ketamine and what does it "
	    "cost" };
	const char **res;
	size_t nre = load_regexes(&res), ntext;
	char **texts = load_corpus(&ntext);
	struct prefilter *pf[3] = { prefilter_new(), prefilter_new(),
	    prefilter_new() };
	struct prefilter_set *ps;

	(void)state;
	for (size_t i = 0; i < nre; i++)
		(void)prefilter_add(pf[i < crisis_rule_count() ? 0 :
		    i < crisis_rule_count() + 3 ? 1 : 2], res[i]);
	(void)prefilter_add(pf[2], "(?i)x?");
	for (size_t m = 0; m < 3; m++)
		prefilter_build(pf[m]);
	ps = prefilter_set_new((const struct prefilter *const *)pf, 3);
	for (size_t t = 0; t < ntext; t++)
		check_set_text(pf, 3, ps, texts[t]);
	for (size_t t = 0; t < sizeof(odd) / sizeof(odd[0]); t++)
		check_set_text(pf, 3, ps, odd[t]);
	prefilter_set_free(ps);
	prefilter_set_free(NULL);
	for (size_t m = 0; m < 3; m++)
		prefilter_free(pf[m]);
	free_loaded(res, nre, texts, ntext);
}

/*
 * A prefilter built without its automaton lets every regex through when
 * scanned alone, and as a member of a set answers what a fully built one
 * does alone.
 */
static void
test_tables_only(void **state)
{
	const char **res;
	size_t nre = load_regexes(&res), ntext;
	char **texts = load_corpus(&ntext);
	struct prefilter *full = prefilter_new(), *tables = prefilter_new();
	const struct prefilter *member[1];
	struct prefilter_set *ps;
	bool *want = calloc(nre, sizeof(bool));
	bool *got = calloc(nre, sizeof(bool));
	bool *mays[1] = { got }, *alts[1] = { NULL };

	(void)state;
	for (size_t i = 0; i < nre; i++) {
		(void)prefilter_add(full, res[i]);
		(void)prefilter_add(tables, res[i]);
	}
	prefilter_build(full);
	prefilter_build_tables(tables);
	member[0] = tables;
	ps = prefilter_set_new(member, 1);
	prefilter_scan(tables, "nothing here", 12, got);
	for (size_t i = 0; i < nre; i++)
		assert_true(got[i]);
	for (size_t t = 0; t < ntext; t++) {
		prefilter_scan(full, texts[t], strlen(texts[t]), want);
		prefilter_set_scan(ps, texts[t], strlen(texts[t]), mays, alts);
		if (memcmp(want, got, nre * sizeof(bool)) != 0)
			fail_msg("tables-only member differs on '%s'",
			    texts[t]);
	}
	prefilter_set_free(ps);
	prefilter_free(full);
	prefilter_free(tables);
	free_loaded(res, nre, texts, ntext);
	free(want);
	free(got);
}

/*
 * prefilter_next finds the next entry set, eight at a time: the same
 * walk as one at a time, on sparse and dense answers of every length
 * from every start.
 */
static void
test_next(void **state)
{
	bool may[80];
	uint32_t x = 2463534242u;

	(void)state;
	for (int it = 0; it < 4000; it++) {
		size_t n = (size_t)it % 80;

		for (size_t i = 0; i < n; i++) {
			x ^= x << 13, x ^= x >> 17, x ^= x << 5;
			may[i] = x % (it % 3 == 0 ? 40 : 4) == 0;
		}
		for (size_t from = 0; from <= n; from++) {
			size_t want = from;

			while (want < n && !may[want])
				want++;
			assert_int_equal(prefilter_next(may, from, n), want);
		}
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_acauto_overlaps),
		cmocka_unit_test(test_acauto_sparse),
		cmocka_unit_test(test_clauses),
		cmocka_unit_test(test_alternatives),
		cmocka_unit_test(test_alternative_spans),
		cmocka_unit_test(test_non_ascii),
		cmocka_unit_test(test_unconstrained),
		cmocka_unit_test(test_scan),
		cmocka_unit_test(test_acauto_fold),
		cmocka_unit_test(test_sound_on_rules),
		cmocka_unit_test(test_set),
		cmocka_unit_test(test_tables_only),
		cmocka_unit_test(test_next),
	};

	return cmocka_run_group_tests_name("prefilter", tests, NULL, NULL);
}
