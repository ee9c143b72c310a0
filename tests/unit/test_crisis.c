/*
 * Unit tests of the crisis detector's typo correction (crisis.c with the
 * lists of crisis_rules.c): a misspelled crisis word is read as one, but
 * a real English word never is. "i am doing ok" must not become "i am
 * dying ok". The English word list of Debian's wamerican package is the
 * judge of what a real word is.
 */
#include <ctype.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../bot/crisis_rules.h"
#include "typo.h"

#define DICT	"/usr/share/dict/words"

/* True when word is in crisis_real_words. */
static bool
listed(const char *word)
{
	for (size_t i = 0; i < crisis_nreal_words; i++)
		if (strcmp(crisis_real_words[i], word) == 0)
			return true;
	return false;
}

/* True when a is b plus an ending, or b is a plus one: the same word. */
static bool
inflection(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);

	return la < lb ? strncmp(a, b, la) == 0 : strncmp(a, b, lb) == 0;
}

/* True when line is a word of lower-case letters only. */
static bool
plain_word(const char *w)
{
	for (const char *p = w; *p != '\0'; p++)
		if (!islower((unsigned char)*p))
			return false;
	return *w != '\0';
}

/*
 * Every English word within the typo budget of a crisis word is listed
 * in crisis_real_words, unless it is that word with another ending
 * ("pill" for "pills"), which may be corrected. When this fails after a
 * word was added to crisis_lexicon, add the words it names to the list.
 */
static void
test_real_words_listed(void **state)
{
	struct typo *lex = typo_new();
	char line[128];
	size_t words = 0, missing = 0;
	FILE *fp = fopen(DICT, "r");

	(void)state;
	if (fp == NULL)
		fail_msg("%s: not found; install the wamerican package "
		    "(scripts/deps.sh install)", DICT);
	for (size_t i = 0; i < crisis_nlexicon; i++)
		typo_add(lex, crisis_lexicon[i], (int)i, 1);
	while (fgets(line, sizeof(line), fp) != NULL) {
		int d = 0, id;

		line[strcspn(line, "\n")] = '\0';
		if (!plain_word(line))
			continue;
		words++;
		id = typo_lookup(lex, line, strlen(line), &d);
		if (id < 0 || d == 0 || listed(line) ||
		    inflection(line, crisis_lexicon[id]))
			continue;
		print_error("'%s' would be read as '%s': add it to "
		    "crisis_real_words\n", line, crisis_lexicon[id]);
		missing++;
	}
	fclose(fp);
	typo_free(lex);
	assert_true(words > 50000);
	assert_int_equal(missing, 0);
}

/*
 * The rules come in parts (core, tuned, late, voices, then the languages:
 * world, germanic, east, asia; then the last two): every rule of every
 * part is read once, in the parts' order, and nothing past the end.
 */
static void
test_rule_parts(void **state)
{
	static const struct {
		const struct crisis_rule	*rules;
		const size_t			*n;
	} parts[] = {
		{ crisis_rules_core, &crisis_rules_core_n },
		{ crisis_rules_tuned, &crisis_rules_tuned_n },
		{ crisis_rules_late, &crisis_rules_late_n },
		{ crisis_rules_voices, &crisis_rules_voices_n },
		{ crisis_rules_world, &crisis_rules_world_n },
		{ crisis_rules_germanic, &crisis_rules_germanic_n },
		{ crisis_rules_east, &crisis_rules_east_n },
		{ crisis_rules_asia, &crisis_rules_asia_n },
	};
	size_t n = crisis_rule_count(), at = 0;

	(void)state;
	for (size_t p = 0; p < sizeof(parts) / sizeof(parts[0]); p++) {
		assert_true(*parts[p].n > 0);
		for (size_t k = 0; k < *parts[p].n; k++)
			assert_ptr_equal(crisis_rule_at(at + k),
			    &parts[p].rules[k]);
		at += *parts[p].n;
	}
	assert_int_equal(n, at + 2);
	assert_string_equal(crisis_rule_at(n - 2)->name, "net");
	assert_string_equal(crisis_rule_at(n - 1)->name, "after-infusion");
	assert_null(crisis_rule_at(n));
	for (size_t i = 0; i < n; i++) {
		const struct crisis_rule *r = crisis_rule_at(i);

		assert_true(r->name[0] != '\0');
		assert_true(r->tier == 'A' || r->tier == 'B');
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_real_words_listed),
		cmocka_unit_test(test_rule_parts),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
