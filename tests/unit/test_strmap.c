/*
 * Unit tests of strmap.c: the open-addressing map from byte strings to
 * ints under the index, the synonyms and the typo dictionary.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "strmap.h"

/* A new map is empty and finds nothing. */
static void
test_empty(void **state)
{
	struct strmap *m = strmap_new();
	int v = 7;

	(void)state;
	assert_int_equal(strmap_count(m), 0);
	assert_false(strmap_get(m, "a", 1, &v));
	assert_false(strmap_get(m, "", 0, &v));
	assert_int_equal(v, 7);		/* untouched on a miss */
	strmap_free(m);
	strmap_free(NULL);
}

/* Put then get; a second put of the same key replaces its value. */
static void
test_put_get_replace(void **state)
{
	struct strmap *m = strmap_new();
	int v = 0;

	(void)state;
	assert_true(strmap_put(m, "ketamine", 8, 1));
	assert_true(strmap_put(m, "infusion", 8, 2));
	assert_int_equal(strmap_count(m), 2);
	assert_true(strmap_get(m, "ketamine", 8, &v));
	assert_int_equal(v, 1);
	assert_true(strmap_get(m, "infusion", 8, &v));
	assert_int_equal(v, 2);
	assert_true(strmap_get(m, "infusion", 8, NULL));	/* NULL value */

	assert_false(strmap_put(m, "ketamine", 8, 42));	/* not new */
	assert_int_equal(strmap_count(m), 2);
	assert_true(strmap_get(m, "ketamine", 8, &v));
	assert_int_equal(v, 42);
	strmap_free(m);
}

/* Keys are (pointer, length): prefixes, the empty key and NUL bytes. */
static void
test_lengths(void **state)
{
	struct strmap *m = strmap_new();
	const char buf[] = "special k and more";
	int v = 0;

	(void)state;
	assert_true(strmap_put(m, buf, 9, 1));		/* "special k" */
	assert_true(strmap_get(m, "special k", 9, &v));
	assert_int_equal(v, 1);
	assert_false(strmap_get(m, "special", 7, &v));
	assert_false(strmap_get(m, buf, 10, &v));
	assert_true(strmap_put(m, "", 0, 5));
	assert_true(strmap_get(m, "", 0, &v));
	assert_int_equal(v, 5);
	assert_true(strmap_put(m, "a\0b", 3, 6));
	assert_true(strmap_put(m, "a\0c", 3, 8));
	assert_true(strmap_get(m, "a\0b", 3, &v));
	assert_int_equal(v, 6);
	assert_true(strmap_get(m, "a\0c", 3, &v));
	assert_int_equal(v, 8);
	assert_false(strmap_get(m, "a", 1, &v));
	assert_int_equal(strmap_count(m), 4);
	strmap_free(m);
}

/* The key is copied: the caller's buffer may change afterwards. */
static void
test_key_copied(void **state)
{
	struct strmap *m = strmap_new();
	char key[] = "nausea";
	int v = 0;

	(void)state;
	strmap_put(m, key, strlen(key), 3);
	memcpy(key, "xxxxxx", 6);
	assert_true(strmap_get(m, "nausea", 6, &v));
	assert_int_equal(v, 3);
	assert_false(strmap_get(m, "xxxxxx", 6, &v));
	strmap_free(m);
}

/* Growth far past the first table: every key is still there. */
static void
test_growth(void **state)
{
	struct strmap *m = strmap_new();
	enum { N = 20000 };
	char k[32];
	int v;

	(void)state;
	for (int i = 0; i < N; i++) {
		snprintf(k, sizeof(k), "key-%d", i);
		assert_true(strmap_put(m, k, strlen(k), i * 3));
		assert_int_equal(strmap_count(m), (size_t)i + 1);
	}
	for (int i = 0; i < N; i++) {
		snprintf(k, sizeof(k), "key-%d", i);
		v = -1;
		assert_true(strmap_get(m, k, strlen(k), &v));
		assert_int_equal(v, i * 3);
	}
	for (int i = N; i < N + 500; i++) {
		snprintf(k, sizeof(k), "key-%d", i);
		assert_false(strmap_get(m, k, strlen(k), &v));
	}
	/* Replacing after growth keeps the count. */
	assert_false(strmap_put(m, "key-1234", 8, -5));
	assert_int_equal(strmap_count(m), N);
	assert_true(strmap_get(m, "key-1234", 8, &v));
	assert_int_equal(v, -5);
	strmap_free(m);
}

/*
 * A filter answers only for keys that are surely missing: every key put
 * before or after strmap_filter, through the filter's own growth, is
 * found with its value (by strmap_get and strmap_get_hashed), and most
 * missing keys are turned away by it (the answers are the same either way).
 */
static void
test_filter(void **state)
{
	struct strmap *m = strmap_new();
	enum { N = 5000 };
	char k[32];
	int v;

	(void)state;
	strmap_filter(m);		/* an empty map may have one */
	assert_false(strmap_get(m, "a", 1, &v));
	for (int i = 0; i < N; i++) {
		snprintf(k, sizeof(k), "w%d", i);
		assert_true(strmap_put(m, k, strlen(k), i));
		if (i == 40)
			strmap_filter(m);	/* again, with keys */
	}
	assert_true(strmap_put(m, "", 0, -1));
	for (int i = 0; i < N; i++) {
		uint32_t h = STRMAP_HASH_INIT;

		snprintf(k, sizeof(k), "w%d", i);
		v = -7;
		assert_true(strmap_get(m, k, strlen(k), &v));
		assert_int_equal(v, i);
		for (size_t j = 0; k[j] != '\0'; j++)
			h = strmap_hash_step(h, (unsigned char)k[j]);
		v = -7;
		assert_true(strmap_get_hashed(m, k, strlen(k), h, &v));
		assert_int_equal(v, i);
	}
	assert_true(strmap_get(m, "", 0, &v));
	assert_int_equal(v, -1);
	for (int i = N; i < 3 * N; i++) {
		snprintf(k, sizeof(k), "w%d", i);
		assert_false(strmap_get(m, k, strlen(k), &v));
	}
	assert_false(strmap_put(m, "w17", 3, 99));
	assert_true(strmap_get(m, "w17", 3, &v));
	assert_int_equal(v, 99);
	assert_int_equal(strmap_count(m), N + 1);
	strmap_free(m);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_put_get_replace),
		cmocka_unit_test(test_lengths),
		cmocka_unit_test(test_key_copied),
		cmocka_unit_test(test_growth),
		cmocka_unit_test(test_filter),
	};

	return cmocka_run_group_tests_name("strmap", tests, NULL, NULL);
}
