/*
 * Unit tests of redist.c: a top-level group of alternatives is written as
 * one alternative each, and the result matches exactly what the source
 * matched.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "../../bot/crisis_rules.h"
#include "redist.h"

/* redist(re) is want (NULL: unchanged). */
static void
expect(const char *re, const char *want)
{
	char *got = redist(re);

	if (want == NULL)
		assert_null(got);
	else
		assert_string_equal(got, want);
	free(got);
}

/* The forms it distributes. */
static void
test_distributes(void **state)
{
	(void)state;
	expect("\\b(?:a|b)\\b", "\\b(?:a)\\b|\\b(?:b)\\b");
	expect("(?:a|b)", "(?:a)|(?:b)");
	expect("(?:a|b)\\b|c", "(?:a)\\b|(?:b)\\b|c");
	expect("x|\\b(?:a b|c)\\b", "x|\\b(?:a b)\\b|\\b(?:c)\\b");
	/* One level only; the inner group stays whole. */
	expect("\\b(?:a|(?:b|c) d)\\b", "\\b(?:a)\\b|\\b(?:(?:b|c) d)\\b");
	/* A class or an escape holding '|' or ')' is one atom. */
	expect("\\b(?:[|)]x|y)\\b", "\\b(?:[|)]x)\\b|\\b(?:y)\\b");
	expect("\\b(?:a\\)|b)\\b", "\\b(?:a\\))\\b|\\b(?:b)\\b");
	expect("(?:[]|]|z)", "(?:[]|])|(?:z)");
}

/* What it leaves alone: anything around the group, one alternative,
 * unbalanced parentheses, an escaped bar. */
static void
test_leaves(void **state)
{
	(void)state;
	expect("x(?:a|b)", NULL);
	expect("(?:a|b)c", NULL);
	expect("(?:a|b)(?:c|d)", NULL);
	expect("\\b(?:ab)\\b", NULL);
	expect("(?:a|b", NULL);
	expect("a)|(b", NULL);
	expect("\\b(?:a\\|b)\\b", NULL);
	expect("(a|b)", NULL);
	expect("(?=x)(?:a|b)", NULL);
	expect("", NULL);
}

/* Does re match s? */
static bool
matches(pcre2_code *re, const char *s)
{
	pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
	int rc = pcre2_match(re, (PCRE2_SPTR)s, strlen(s), 0, 0, md, NULL);

	pcre2_match_data_free(md);
	return rc >= 0;
}

static pcre2_code *
compile(const char *re)
{
	int err;
	PCRE2_SIZE off;
	pcre2_code *c = pcre2_compile((PCRE2_SPTR)re, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS, &err, &off, NULL);

	assert_non_null(c);
	return c;
}

/*
 * Every built-in crisis rule it rewrites still compiles and answers as
 * before on texts made of its own words (each rule's source with its
 * regex syntax turned into spaces: the words a rule is built of).
 */
static void
test_rules_same(void **state)
{
	size_t changed = 0;

	(void)state;
	for (size_t i = 0; i < crisis_rule_count(); i++) {
		const char *src = crisis_rule_at(i)->re;
		char *dist = redist(src), *words;
		pcre2_code *a, *b;
		size_t n;

		if (dist == NULL)
			continue;
		changed++;
		a = compile(src);
		b = compile(dist);
		n = strlen(src);
		words = malloc(n + 1);
		for (size_t k = 0; k < n; k++)
			words[k] = strchr("\\()?:|[]*+{}^$.!=<>", src[k]) ?
			    ' ' : src[k];
		words[n] = '\0';
		for (size_t k = 0; k < n; k += 7)
			assert_int_equal(matches(a, words + k),
			    matches(b, words + k));
		free(words);
		pcre2_code_free(a);
		pcre2_code_free(b);
		free(dist);
	}
	assert_true(changed > 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_distributes),
		cmocka_unit_test(test_leaves),
		cmocka_unit_test(test_rules_same),
	};

	return cmocka_run_group_tests_name("redist", tests, NULL, NULL);
}
