/*
 * Unit tests of typo.c: the symmetric-delete dictionary that corrects a
 * misspelled word to the nearest known one, within one edit for words of
 * 4 to 7 letters, two for longer ones, and none for shorter ones.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "typo.h"

static const char *words[] = {
	"ketamine", "infusion", "session", "nausea", "fee", "price",
	"medication", "depression", "cart", "card",
};

enum { W_KETAMINE, W_INFUSION, W_SESSION, W_NAUSEA, W_FEE, W_PRICE,
    W_MEDICATION, W_DEPRESSION, W_CART, W_CARD };

/* A dictionary of the words above, id = index, all of weight 1. */
static int
setup(void **state)
{
	struct typo *t = typo_new();

	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		typo_add(t, words[i], (int)i, 1);
	*state = t;
	return 0;
}

static int
teardown(void **state)
{
	typo_free(*state);
	return 0;
}

/* Look w up; returns the id and stores the distance in *d. */
static int
look(void **state, const char *w, int *d)
{
	*d = -1;
	return typo_lookup(*state, w, strlen(w), d);
}

/* The edit budget grows with the word. */
static void
test_max_edits(void **state)
{
	(void)state;
	assert_int_equal(typo_max_edits(0), 0);
	assert_int_equal(typo_max_edits(3), 0);
	assert_int_equal(typo_max_edits(4), 1);
	assert_int_equal(typo_max_edits(7), 1);
	assert_int_equal(typo_max_edits(8), 2);
	assert_int_equal(typo_max_edits(20), 2);
}

/* A known word is found at distance 0. */
static void
test_exact(void **state)
{
	int d;

	assert_int_equal(look(state, "ketamine", &d), W_KETAMINE);
	assert_int_equal(d, 0);
	assert_int_equal(look(state, "nausea", &d), W_NAUSEA);
	assert_int_equal(d, 0);
}

/* One deletion, insertion, substitution or swap. */
static void
test_one_edit(void **state)
{
	int d;

	assert_int_equal(look(state, "ketamin", &d), W_KETAMINE);
	assert_int_equal(d, 1);
	assert_int_equal(look(state, "infusoin", &d), W_INFUSION);
	assert_int_equal(d, 1);
	assert_int_equal(look(state, "sesion", &d), W_SESSION);
	assert_int_equal(d, 1);
	assert_int_equal(look(state, "nausia", &d), W_NAUSEA);
	assert_int_equal(d, 1);
	assert_int_equal(look(state, "pirce", &d), W_PRICE);
	assert_int_equal(d, 1);
	assert_int_equal(look(state, "kettamine", &d), W_KETAMINE);
	assert_int_equal(d, 1);
}

/* Words of eight letters or more may be two edits away. */
static void
test_two_edits(void **state)
{
	int d;

	assert_int_equal(look(state, "medicaton", &d), W_MEDICATION);
	assert_int_equal(d, 1);
	assert_int_equal(look(state, "mdicaton", &d), W_MEDICATION);
	assert_int_equal(d, 2);
	assert_int_equal(look(state, "depresion", &d), W_DEPRESSION);
	assert_int_equal(d, 1);
	assert_int_equal(look(state, "deprtesion", &d), W_DEPRESSION);
	assert_int_equal(d, 2);
	/* ...but a seven-letter typo only one. */
	assert_int_equal(look(state, "sesiin", &d), -1);
}

/* Words of fewer than four letters are never corrected. */
static void
test_short_words(void **state)
{
	int d;

	assert_int_equal(look(state, "fea", &d), -1);
	assert_int_equal(d, -1);	/* untouched on a miss */
	assert_int_equal(look(state, "fe", &d), -1);
	assert_int_equal(look(state, "", &d), -1);
	/* A short word is not found even when spelled right. */
	assert_int_equal(look(state, "fee", &d), -1);
}

/* Far-off words and numbers find nothing. */
static void
test_no_match(void **state)
{
	int d;

	assert_int_equal(look(state, "weather", &d), -1);
	assert_int_equal(look(state, "paris", &d), -1);
	assert_int_equal(look(state, "kexxxine", &d), -1);
	assert_int_equal(look(state, "12345", &d), -1);
	assert_int_equal(typo_lookup(*state, "ketamin", 7, NULL), W_KETAMINE);
}

/* At equal distance the heavier word wins. */
static void
test_weight_tie(void **state)
{
	struct typo *t = typo_new();
	int d;

	(void)state;
	typo_add(t, "cart", 1, 1);
	typo_add(t, "card", 2, 5);
	assert_int_equal(typo_lookup(t, "carx", 4, &d), 2);
	assert_int_equal(d, 1);
	typo_free(t);

	t = typo_new();
	typo_add(t, "cart", 1, 5);
	typo_add(t, "card", 2, 1);
	assert_int_equal(typo_lookup(t, "carx", 4, &d), 1);
	typo_free(t);
}

/* A closer word beats a heavier one. */
static void
test_closer_wins(void **state)
{
	struct typo *t = typo_new();
	int d;

	(void)state;
	typo_add(t, "infusions", 1, 100);
	typo_add(t, "infusion", 2, 1);
	assert_int_equal(typo_lookup(t, "infusoin", 8, &d), 2);
	assert_int_equal(d, 1);
	typo_free(t);
}

/* Many words: every one is still found, and an empty dictionary works. */
static void
test_many_words(void **state)
{
	struct typo *t = typo_new();
	char w[32];
	int d;

	(void)state;
	assert_int_equal(typo_lookup(t, "ketamin", 7, &d), -1);
	for (int i = 0; i < 2000; i++) {
		snprintf(w, sizeof(w), "w%dqz", i * 7919);
		typo_add(t, w, i, 1);
	}
	for (int i = 0; i < 2000; i += 97) {
		snprintf(w, sizeof(w), "w%dqz", i * 7919);
		assert_int_equal(typo_lookup(t, w, strlen(w), &d), i);
		assert_int_equal(d, 0);
	}
	typo_free(t);
	typo_free(NULL);
}

/* A word of 3 to 10 letters from letters (xorshift state *x). */
static void
random_word(uint32_t *x, const char *letters, char *w)
{
	size_t n, nl = strlen(letters);

	*x ^= *x << 13, *x ^= *x >> 17, *x ^= *x << 5;
	n = 3 + *x % 8;
	for (size_t i = 0; i < n; i++) {
		*x ^= *x << 13, *x ^= *x >> 17, *x ^= *x << 5;
		w[i] = letters[*x % nl];
	}
	w[n] = '\0';
}

/*
 * A small dictionary is scanned word by word before the search (lengths
 * and bytes rule most lookups out); that scan never changes an answer.
 * The same words with 100 more words that no query comes near (other
 * letters, longer) make a dictionary too large for the scan: both give
 * the same answers, on random words of few letters, so many near misses.
 */
static void
test_small_scan(void **state)
{
	struct typo *small = typo_new(), *big = typo_new();
	char w[32];
	uint32_t x = 2463534242u;
	int found = 0;

	(void)state;
	for (int i = 0; i < 50; i++) {
		random_word(&x, "abcde", w);
		typo_add(small, w, i, 1 + i % 3);
		typo_add(big, w, i, 1 + i % 3);
	}
	for (int i = 0; i < 100; i++) {
		random_word(&x, "vwxyz", w);
		memcpy(w + strlen(w), "vwxyzvw", 8);	/* 10 to 17 */
		typo_add(big, w, 1000 + i, 1);
	}
	for (int i = 0; i < 20000; i++) {
		int ds = -1, db = -1, id;

		random_word(&x, i % 2 ? "abcde" : "abcdefg", w);
		id = typo_lookup(small, w, strlen(w), &ds);
		assert_int_equal(id, typo_lookup(big, w, strlen(w), &db));
		assert_int_equal(ds, db);
		found += id >= 0;
	}
	assert_true(found > 500);	/* near misses were looked up */
	typo_free(small);
	typo_free(big);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_max_edits),
		cmocka_unit_test(test_exact),
		cmocka_unit_test(test_one_edit),
		cmocka_unit_test(test_two_edits),
		cmocka_unit_test(test_short_words),
		cmocka_unit_test(test_no_match),
		cmocka_unit_test(test_weight_tie),
		cmocka_unit_test(test_closer_wins),
		cmocka_unit_test(test_many_words),
		cmocka_unit_test(test_small_scan),
	};

	return cmocka_run_group_tests_name("typo", tests, setup, teardown);
}
