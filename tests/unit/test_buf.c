/*
 * Unit tests of buf.c: the growable buffer with a hard cap that holds
 * untrusted text. An append past the cap must fail, mark the buffer as
 * too big and leave what it had.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "buf.h"

/* A fresh buffer reads as the empty string, never NULL. */
static void
test_empty(void **state)
{
	struct buf b;

	(void)state;
	buf_init(&b, 0);
	assert_int_equal(b.len, 0);
	assert_false(b.toobig);
	assert_non_null(buf_str(&b));
	assert_string_equal(buf_str(&b), "");
	buf_finish(&b);
	buf_finish(NULL);
}

/* Appends of every kind, NUL-terminated after each. */
static void
test_append(void **state)
{
	struct buf b;

	(void)state;
	buf_init(&b, 0);
	assert_true(buf_append(&b, "abcdef", 3));
	assert_true(buf_puts(&b, "-"));
	assert_true(buf_putc(&b, 'x'));
	assert_true(buf_printf(&b, "/%d/%s", 42, "ok"));
	assert_true(buf_append(&b, "", 0));
	assert_string_equal(buf_str(&b), "abc-x/42/ok");
	assert_int_equal(b.len, 11);
	assert_int_equal(b.data[b.len], '\0');
	buf_finish(&b);
}

/* Growth through many appends keeps every byte. */
static void
test_growth(void **state)
{
	struct buf b;

	(void)state;
	buf_init(&b, 0);
	for (int i = 0; i < 10000; i++)
		assert_true(buf_putc(&b, (char)('a' + i % 26)));
	assert_int_equal(b.len, 10000);
	assert_true(b.cap > b.len);
	for (int i = 0; i < 10000; i++)
		assert_int_equal(b.data[i], 'a' + i % 26);
	assert_int_equal(strlen(buf_str(&b)), 10000);
	buf_finish(&b);
}

/* buf_printf of more than its small stack buffer. */
static void
test_printf_long(void **state)
{
	struct buf b;
	char big[1001];

	(void)state;
	memset(big, 'q', 1000);
	big[1000] = '\0';
	buf_init(&b, 0);
	assert_true(buf_printf(&b, "<%s>", big));
	assert_int_equal(b.len, 1002);
	assert_int_equal(b.data[0], '<');
	assert_int_equal(b.data[1001], '>');
	buf_finish(&b);
}

/* Reset empties the text but keeps the memory and the cap. */
static void
test_reset(void **state)
{
	struct buf b;
	size_t cap;

	(void)state;
	buf_init(&b, 5);
	buf_puts(&b, "abcd");
	cap = b.cap;
	assert_false(buf_puts(&b, "xy"));
	assert_true(b.toobig);
	buf_reset(&b);
	assert_int_equal(b.len, 0);
	assert_false(b.toobig);
	assert_string_equal(buf_str(&b), "");
	assert_int_equal(b.cap, cap);
	assert_int_equal(b.max, 5);
	assert_false(buf_puts(&b, "123456"));	/* still capped */
	buf_finish(&b);
}

/* Steal hands over the text and leaves the buffer empty and usable. */
static void
test_steal(void **state)
{
	struct buf b;
	char *s;

	(void)state;
	buf_init(&b, 0);
	buf_puts(&b, "answer");
	s = buf_steal(&b);
	assert_string_equal(s, "answer");
	assert_null(b.data);
	assert_int_equal(b.len, 0);
	assert_string_equal(buf_str(&b), "");
	free(s);
	s = buf_steal(&b);		/* an empty buffer gives "" */
	assert_non_null(s);
	assert_string_equal(s, "");
	free(s);
	buf_puts(&b, "again");
	assert_string_equal(buf_str(&b), "again");
	buf_finish(&b);
}

/* Up to the cap is fine; one byte past it fails and keeps the content. */
static void
test_cap(void **state)
{
	struct buf b;

	(void)state;
	buf_init(&b, 10);
	assert_true(buf_puts(&b, "12345678"));
	assert_false(b.toobig);
	assert_false(buf_puts(&b, "abc"));		/* 11 > 10 */
	assert_true(b.toobig);
	assert_int_equal(b.len, 8);
	assert_string_equal(buf_str(&b), "12345678");
	assert_true(buf_puts(&b, "90"));		/* exactly 10 */
	assert_string_equal(buf_str(&b), "1234567890");
	assert_false(buf_putc(&b, 'x'));
	assert_false(buf_printf(&b, "%d", 1));
	assert_false(buf_append(&b, "x", 1));
	assert_int_equal(b.len, 10);
	assert_string_equal(buf_str(&b), "1234567890");
	assert_true(buf_append(&b, "", 0));		/* nothing is fine */
	buf_finish(&b);
}

/* A single append larger than the whole cap (and near SIZE_MAX) fails. */
static void
test_cap_huge(void **state)
{
	struct buf b;

	(void)state;
	buf_init(&b, 16);
	assert_false(buf_append(&b, "x", 17));
	assert_true(b.toobig);
	assert_int_equal(b.len, 0);
	buf_puts(&b, "abc");
	assert_false(buf_append(&b, "x", SIZE_MAX));	/* no overflow */
	assert_string_equal(buf_str(&b), "abc");
	buf_finish(&b);
}

/*
 * A reservation makes room without appending: the text, its length and
 * the cap are unchanged, the next appends fit without growing, a
 * reservation past the cap is cut to it, and a huge one is ignored.
 */
static void
test_reserve(void **state)
{
	struct buf b;
	char *s;
	size_t cap;

	(void)state;
	buf_init(&b, 0);
	buf_reserve(&b, 1000);
	assert_int_equal(b.len, 0);
	assert_int_equal(b.cap, 1024);
	assert_string_equal(buf_str(&b), "");
	s = buf_steal(&b);
	assert_string_equal(s, "");
	free(s);
	buf_init(&b, 0);
	assert_true(buf_puts(&b, "abc"));
	buf_reserve(&b, 100);
	assert_string_equal(buf_str(&b), "abc");
	cap = b.cap;
	assert_true(cap >= 104);
	for (int i = 0; i < 100; i++)
		assert_true(buf_putc(&b, 'x'));
	assert_int_equal(b.cap, cap);
	assert_int_equal(b.len, 103);
	buf_reserve(&b, 10);		/* already room: nothing moves */
	assert_int_equal(b.cap, cap);
	buf_reserve(&b, SIZE_MAX);	/* ignored */
	assert_int_equal(b.cap, cap);
	buf_finish(&b);
	buf_init(&b, 8);
	buf_reserve(&b, 1000);		/* no more than the cap */
	assert_true(b.cap <= 64);
	assert_true(buf_puts(&b, "12345678"));
	assert_false(buf_putc(&b, '9'));
	assert_true(b.toobig);
	assert_string_equal(buf_str(&b), "12345678");
	buf_finish(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_append),
		cmocka_unit_test(test_growth),
		cmocka_unit_test(test_printf_long),
		cmocka_unit_test(test_reset),
		cmocka_unit_test(test_steal),
		cmocka_unit_test(test_cap),
		cmocka_unit_test(test_cap_huge),
		cmocka_unit_test(test_reserve),
	};

	return cmocka_run_group_tests_name("buf", tests, NULL, NULL);
}
