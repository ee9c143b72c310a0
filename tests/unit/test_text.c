/*
 * Unit tests of text.c: the normalizer every consumer reads (crisis rules,
 * knowledge patterns, scoring), UTF-8 validation and cutting, stemming and
 * the typo distance.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "buf.h"
#include "text.h"

/* Normalize s and compare with want; the buffer is freed before return. */
static void
norm_is(const char *s, const char *want)
{
	struct buf b;

	buf_init(&b, 0);
	assert_true(text_normalize(s, strlen(s), &b));
	assert_string_equal(buf_str(&b), want);
	buf_finish(&b);
}

/* Upper case is folded, in ASCII and beyond. */
static void
test_normalize_case(void **state)
{
	(void)state;
	norm_is("What Is KETAMINE", "what is ketamine");
	norm_is("ÉTÉ ÇA", "ete ca");
}

/* Accents are removed: patients type both "Kétamine" and "ketamine". */
static void
test_normalize_accents(void **state)
{
	(void)state;
	norm_is("Kétamine", "ketamine");
	norm_is("naïve café", "naive cafe");
	norm_is("Ａｂｃ", "abc");	/* full-width forms, from phone keyboards */
}

/* Straight and curly apostrophes both expand a contraction. */
static void
test_normalize_apostrophes(void **state)
{
	(void)state;
	norm_is("what's this", "what is this");
	norm_is("what\xE2\x80\x99s this", "what is this");	/* U+2019 */
	norm_is("I\xE2\x80\x98m here", "i am here");		/* U+2018 */
	norm_is("don\xCA\xBCt", "do not");			/* U+02BC */
	norm_is("the clinic's phone", "the clinic phone");	/* possessive */
}

/* Contractions, with and without the apostrophe. */
static void
test_normalize_contractions(void **state)
{
	(void)state;
	norm_is("can't", "can not");
	norm_is("cant", "can not");
	norm_is("won't", "will not");
	norm_is("wont", "will not");
	norm_is("doesn't", "does not");
	norm_is("whats", "what is");
	norm_is("im scared", "i am scared");
	norm_is("I'm scared", "i am scared");
	norm_is("they're", "they are");
	norm_is("we'll", "we will");
	norm_is("i've", "i have");
	norm_is("i'd", "i would");
}

/* Chat shorthand is spelled out. */
static void
test_normalize_shorthand(void **state)
{
	(void)state;
	norm_is("can u help", "can you help");
	norm_is("i feel bad rn", "i feel bad right now");
	norm_is("thx", "thanks");
	norm_is("idk", "i do not know");
	/* Only whole words: "run" and "union" are left alone. */
	norm_is("run union", "run union");
	/* With a slash: one word, not "with o". */
	norm_is("better off w/o me", "better off without me");
	norm_is("B/C i can", "because i can");
	norm_is("w/ my mom", "with my mom");
	norm_is("w/old a/b w/oo", "with old a b with oo");
	norm_is("w/o", "without");
	/* A dollar sign asks a price, once for a run of them. */
	norm_is("how much $$$", "how much price");
	norm_is("is it $400?", "is it price 400");
	norm_is("$ and $", "price and price");
	/* Letters typed one by one are joined; a short run is left alone. */
	norm_is("k i l l  m y s e l f", "killmyself");
	norm_is("s.u.i.c.i.d.e is all", "suicide is all");
	norm_is("plan a b or c", "plan a b or c");
	norm_is("ok i w a n t out", "ok iwant out");
	/* Typed in a hurry. */
	norm_is("i hve teh bottle nw", "i hve the bottle now");
	norm_is("dnt go", "do not go");
	norm_is("im gona go tnight", "i am going to go tonight");
}

/* Stretched letters are squeezed: "sooo" and "soooooo" are "so". */
static void
test_normalize_stretched(void **state)
{
	(void)state;
	norm_is("sooo", "so");
	norm_is("Sooooooo confused", "so confused");
	norm_is("helloooo", "hello");
	/* Double letters are real spelling and stay. */
	norm_is("feeling good", "feeling good");
	/* Digits are not letters: a number keeps its zeros. */
	norm_is("1000", "1000");
}

/* Punctuation and runs of blanks become one space; no space at the ends. */
static void
test_normalize_punctuation(void **state)
{
	(void)state;
	norm_is("  Hello,,,   world!!!  ", "hello world");
	norm_is("price?$400/session", "price 400 session");
	norm_is("a\tb\nc\r\nd", "a b c d");
	norm_is("...", "");
	norm_is("", "");
}

/*
 * The normalized form is words and single spaces: no apostrophe survives,
 * even in a word with two of them. (Fails today: text_emit_contraction
 * appends the raw suffix after the first apostrophe, so "rock'n'roll"
 * becomes "rockn'roll" and "can't've" becomes "cant've".)
 */
static void
test_normalize_no_apostrophe_left(void **state)
{
	static const char *in[] = {
		"rock'n'roll", "can't've", "it''s", "y'all'd", "o'clock's",
		"don\xE2\x80\x99t\xE2\x80\x99ve",
	};
	struct buf b;

	(void)state;
	buf_init(&b, 0);
	for (size_t i = 0; i < sizeof(in) / sizeof(in[0]); i++) {
		assert_true(text_normalize(in[i], strlen(in[i]), &b));
		if (strchr(buf_str(&b), '\'') != NULL ||
		    strstr(buf_str(&b), "  ") != NULL) {
			print_error("'%s' normalized to '%s'\n", in[i],
			    buf_str(&b));
			buf_finish(&b);
			fail();
		}
	}
	buf_finish(&b);
}

/* Invalid UTF-8 is refused, and the output is left empty. */
static void
test_normalize_invalid_utf8(void **state)
{
	struct buf b;

	(void)state;
	buf_init(&b, 0);
	buf_puts(&b, "old");
	assert_false(text_normalize("abc\xff", 4, &b));
	assert_int_equal(b.len, 0);
	assert_string_equal(buf_str(&b), "");
	assert_false(text_normalize("\xC3", 1, &b));	/* truncated */
	assert_false(text_normalize("a\0b", 3, &b));	/* NUL inside */
	buf_finish(&b);
}

/*
 * Fill s with "ab ab ab ..." for n bytes (n % 3 == 2 ends in "ab",
 * n % 3 == 0 ends in "ab ").
 */
static void
fill_ab(char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		s[i] = "ab "[i % 3];
}

/*
 * A question longer than TEXT_MAX_QUESTION is cut there, but never inside
 * a character: a two-byte "é" straddling the limit is dropped whole.
 */
static void
test_normalize_overlong(void **state)
{
	size_t n = TEXT_MAX_QUESTION + 100;
	char *s = malloc(n);
	struct buf b;
	size_t blen;

	(void)state;
	assert_non_null(s);
	buf_init(&b, 0);

	/* "é" at [4094, 4096): fits, the tail after it is cut. */
	memset(s, 'z', n);
	fill_ab(s, TEXT_MAX_QUESTION - 2);
	memcpy(s + TEXT_MAX_QUESTION - 2, "\xC3\xA9", 2);
	assert_true(text_normalize(s, n, &b));
	blen = b.len;
	assert_true(blen <= TEXT_MAX_QUESTION);
	assert_true(blen > 4);
	assert_string_equal(buf_str(&b) + blen - 4, " abe");
	assert_null(strchr(buf_str(&b), 'z'));

	/* "é" at [4095, 4097): straddles the limit, so it goes. */
	memset(s, 'z', n);
	fill_ab(s, TEXT_MAX_QUESTION - 1);
	memcpy(s + TEXT_MAX_QUESTION - 1, "\xC3\xA9", 2);
	assert_true(text_normalize(s, n, &b));
	blen = b.len;
	assert_true(blen <= TEXT_MAX_QUESTION);
	assert_string_equal(buf_str(&b) + blen - 3, " ab");
	assert_null(strchr(buf_str(&b), 'z'));
	assert_true(text_valid_utf8(buf_str(&b), b.len, NULL));

	buf_finish(&b);
	free(s);
}

/* A run of letters longer than TEXT_MAX_WORD is split, not overflowed. */
static void
test_normalize_long_word(void **state)
{
	char s[3 * TEXT_MAX_WORD + 1];
	struct buf b;
	size_t words = 1;

	(void)state;
	for (size_t i = 0; i < sizeof(s) - 1; i++)
		s[i] = "ab"[i % 2];
	s[sizeof(s) - 1] = '\0';
	buf_init(&b, 0);
	assert_true(text_normalize(s, strlen(s), &b));
	for (size_t i = 0; i < b.len; i++)
		words += buf_str(&b)[i] == ' ';
	assert_int_equal(words, 3);
	assert_int_equal(b.len, 3 * TEXT_MAX_WORD + 2);
	buf_finish(&b);
}

/* Damerau-Levenshtein (optimal string alignment). */
static void
test_distance(void **state)
{
	(void)state;
	assert_int_equal(text_distance("abc", 3, "abc", 3, 2), 0);
	assert_int_equal(text_distance("ketamine", 8, "ketamin", 7, 2), 1);
	assert_int_equal(text_distance("ketamine", 8, "ketamone", 8, 2), 1);
	assert_int_equal(text_distance("ketamine", 8, "kettamine", 9, 2), 1);
	/* A swap of two neighbours is one edit, not two. */
	assert_int_equal(text_distance("infusion", 8, "infusoin", 8, 2), 1);
	assert_int_equal(text_distance("ab", 2, "ba", 2, 2), 1);
	assert_int_equal(text_distance("kitten", 6, "sitting", 7, 5), 3);
	assert_int_equal(text_distance("", 0, "abc", 3, 5), 3);
}

/* Past max the answer is max + 1, whatever the real distance. */
static void
test_distance_cutoff(void **state)
{
	(void)state;
	assert_int_equal(text_distance("kitten", 6, "sitting", 7, 1), 2);
	assert_int_equal(text_distance("kitten", 6, "sitting", 7, 2), 3);
	assert_int_equal(text_distance("kitten", 6, "sitting", 7, 3), 3);
	/* Length difference alone is over the limit. */
	assert_int_equal(text_distance("a", 1, "abcdef", 6, 2), 3);
	assert_int_equal(text_distance("abcd", 4, "wxyz", 4, 0), 1);
	/* Longer than a word can be: never matched. */
	{
		char big[TEXT_MAX_WORD + 2];

		memset(big, 'a', sizeof(big));
		assert_int_equal(text_distance(big, sizeof(big), big,
		    sizeof(big), 2), 3);
	}
}

/* The full table of optimal string alignment, for test_distance_band. */
static int
full_distance(const char *a, int an, const char *b, int bn)
{
	int d[TEXT_MAX_WORD + 1][TEXT_MAX_WORD + 1];

	for (int i = 0; i <= an; i++)
		for (int j = 0; j <= bn; j++) {
			int v = i == 0 ? j : j == 0 ? i :
			    d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);

			if (i > 0 && d[i - 1][j] + 1 < v)
				v = d[i - 1][j] + 1;
			if (j > 0 && d[i][j - 1] + 1 < v)
				v = d[i][j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < v)
				v = d[i - 2][j - 2] + 1;
			d[i][j] = v;
		}
	return d[an][bn];
}

/*
 * text_distance computes only a band around the diagonal: on random
 * words of few letters (many near pairs, swaps, long words), it agrees
 * with the full table for every limit.
 */
static void
test_distance_band(void **state)
{
	char a[TEXT_MAX_WORD], b[TEXT_MAX_WORD];
	uint32_t x = 88172645u;

	(void)state;
	for (int it = 0; it < 200000; it++) {
		int an, bn, max, full;

		x ^= x << 13, x ^= x >> 17, x ^= x << 5;
		an = (int)(x % (it % 50 == 0 ? TEXT_MAX_WORD : 12));
		bn = (int)((x >> 8) % (it % 50 == 0 ? TEXT_MAX_WORD : 12));
		max = (int)((x >> 16) % 6) - 1;
		for (int i = 0; i < an || i < bn; i++) {
			x ^= x << 13, x ^= x >> 17, x ^= x << 5;
			if (i < an)
				a[i] = (char)('a' + x % 3);
			if (i < bn)
				b[i] = (char)('a' + (x >> 4) % 3);
		}
		if (it % 2 == 0 && an > 0 && bn > 0)
			memcpy(b, a, (size_t)(an < bn ? an : bn));
		full = full_distance(a, an, b, bn);
		assert_int_equal(text_distance(a, (size_t)an, b, (size_t)bn,
		    max), full > max ? max + 1 : full);
	}
}

/* Snowball English: inflections meet at one stem. */
static void
test_stem(void **state)
{
	char a[TEXT_MAX_WORD + 1], b[TEXT_MAX_WORD + 1];
	size_t n;

	(void)state;
	n = text_stem("infusions", 9, a, sizeof(a));
	assert_int_equal(n, strlen(a));
	text_stem("infusion", 8, b, sizeof(b));
	assert_string_equal(a, b);
	text_stem("running", 7, a, sizeof(a));
	assert_string_equal(a, "run");
	text_stem("effects", 7, a, sizeof(a));
	text_stem("effect", 6, b, sizeof(b));
	assert_string_equal(a, b);
	text_stem("ketamine", 8, a, sizeof(a));
	assert_string_equal(a, "ketamin");
	/* The word need not be NUL-terminated: only n bytes are read. */
	text_stem("parkingXYZ", 7, a, sizeof(a));
	assert_string_equal(a, "park");
}

/* A stem longer than the output is cut and still NUL-terminated. */
static void
test_stem_small_output(void **state)
{
	char out[4];

	(void)state;
	assert_int_equal(text_stem("anesthetic", 10, out, sizeof(out)), 3);
	assert_int_equal(strlen(out), 3);
	assert_memory_equal(out, "ane", 3);
}

/* Valid UTF-8 passes; the first bad byte's offset is reported. */
static void
test_valid_utf8(void **state)
{
	size_t bad = 99;

	(void)state;
	assert_true(text_valid_utf8("Kétamine ’ok’ 😀",
	    strlen("Kétamine ’ok’ 😀"), &bad));
	assert_int_equal(bad, 99);	/* untouched on success */
	assert_true(text_valid_utf8("", 0, NULL));

	assert_false(text_valid_utf8("ab\xff", 3, &bad));
	assert_int_equal(bad, 2);
	assert_false(text_valid_utf8("abc\x80zz", 6, &bad));
	assert_int_equal(bad, 3);	/* a lone continuation byte */
	assert_false(text_valid_utf8("k\xC3\xA9t\xC3", 5, &bad));
	assert_int_equal(bad, 4);	/* truncated at the end */
	assert_false(text_valid_utf8("x\xC0\xAF", 3, &bad));
	assert_int_equal(bad, 1);	/* overlong "/" */
	assert_false(text_valid_utf8("xy\xED\xA0\x80", 5, &bad));
	assert_int_equal(bad, 2);	/* a UTF-16 surrogate */
	assert_false(text_valid_utf8("a\0b", 3, &bad));
	assert_int_equal(bad, 1);	/* NUL is refused */
	assert_false(text_valid_utf8("\xff", 1, NULL));	/* NULL offset */
}

/* Cutting backs off to the start of a character. */
static void
test_cut_utf8(void **state)
{
	const char *s = "a\xC3\xA9z";		/* a é z */
	const char *e = "ab\xE2\x82\xAC";	/* a b € */

	(void)state;
	assert_int_equal(text_cut_utf8(s, 4, 10), 4);	/* short enough */
	assert_int_equal(text_cut_utf8(s, 4, 4), 4);
	assert_int_equal(text_cut_utf8(s, 4, 3), 3);	/* after é */
	assert_int_equal(text_cut_utf8(s, 4, 2), 1);	/* inside é */
	assert_int_equal(text_cut_utf8(s, 4, 1), 1);
	assert_int_equal(text_cut_utf8(s, 4, 0), 0);
	assert_int_equal(text_cut_utf8(e, 5, 4), 2);	/* inside € */
	assert_int_equal(text_cut_utf8(e, 5, 3), 2);
}

/* Stop words and numbers, which scoring treats differently. */
static void
test_stopword_number(void **state)
{
	(void)state;
	assert_true(text_is_stopword("the", 3));
	assert_true(text_is_stopword("what", 4));
	assert_false(text_is_stopword("ketamine", 8));
	/* Other languages' function words, but not an English word. */
	assert_true(text_is_stopword("sono", 4));
	assert_true(text_is_stopword("und", 3));
	assert_false(text_is_stopword("die", 3));
	assert_false(text_is_stopword("th", 2));	/* a prefix is not one */
	assert_true(text_is_number("988", 3));
	assert_false(text_is_number("98a", 3));
	assert_false(text_is_number("", 0));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_normalize_case),
		cmocka_unit_test(test_normalize_accents),
		cmocka_unit_test(test_normalize_apostrophes),
		cmocka_unit_test(test_normalize_contractions),
		cmocka_unit_test(test_normalize_shorthand),
		cmocka_unit_test(test_normalize_stretched),
		cmocka_unit_test(test_normalize_punctuation),
		cmocka_unit_test(test_normalize_no_apostrophe_left),
		cmocka_unit_test(test_normalize_invalid_utf8),
		cmocka_unit_test(test_normalize_overlong),
		cmocka_unit_test(test_normalize_long_word),
		cmocka_unit_test(test_distance),
		cmocka_unit_test(test_distance_cutoff),
		cmocka_unit_test(test_distance_band),
		cmocka_unit_test(test_stem),
		cmocka_unit_test(test_stem_small_output),
		cmocka_unit_test(test_valid_utf8),
		cmocka_unit_test(test_cut_utf8),
		cmocka_unit_test(test_stopword_number),
	};

	return cmocka_run_group_tests_name("text", tests, NULL, NULL);
}
