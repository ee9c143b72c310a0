/*
 * Tests of the conversation store: context kept per conversation, the
 * per-minute rate limit (a sliding window, whatever the size of the ring
 * of message times at the moment), expiry, the bound on how many are
 * held, ids longer than CONVO_ID_MAX, and memory that follows what a
 * conversation sends rather than its limit.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "convo.h"

/* The context stored at the end of one message comes back at the next. */
static void
test_context_kept(void **state)
{
	struct convo_store *s = convo_new(10, 60, 5);
	struct match_ctx ctx;

	(void)state;
	assert_true(convo_begin(s, "a", 1000, &ctx));
	assert_int_equal(ctx.turns, 0);
	ctx.turns = 3;
	snprintf(ctx.last, sizeof(ctx.last), "%s", "parking");
	convo_end(s, "a", 1000, &ctx);
	memset(&ctx, 0, sizeof(ctx));
	assert_true(convo_begin(s, "a", 1001, &ctx));
	assert_int_equal(ctx.turns, 3);
	assert_string_equal(ctx.last, "parking");
	assert_true(convo_begin(s, "b", 1001, &ctx));
	assert_int_equal(ctx.turns, 0);
	convo_free(s);
}

/* N messages a minute pass, the next is refused, a minute later it passes. */
static void
test_rate_limit(void **state)
{
	struct convo_store *s = convo_new(10, 600, 3);
	struct match_ctx ctx;

	(void)state;
	for (int i = 0; i < 3; i++)
		assert_true(convo_begin(s, "a", 1000 + i, &ctx));
	assert_false(convo_begin(s, "a", 1010, &ctx));
	assert_true(convo_begin(s, "other", 1010, &ctx));
	assert_true(convo_begin(s, "a", 1061, &ctx));
	convo_free(s);
}

/*
 * The window slides: with a limit of 10, ten messages in ten seconds pass
 * and the eleventh is refused until the first is a minute old, then only
 * one more passes each second as older ones leave the window. The ring
 * of times grows from 4 to 8 to 10 slots on the way; a refused message
 * counts for nothing.
 */
static void
test_rate_window(void **state)
{
	struct convo_store *s = convo_new(10, 600, 10);
	struct match_ctx ctx;

	(void)state;
	for (int i = 0; i < 10; i++)
		assert_true(convo_begin(s, "a", 1000 + i, &ctx));
	assert_false(convo_begin(s, "a", 1010, &ctx));
	assert_false(convo_begin(s, "a", 1059, &ctx));
	assert_true(convo_begin(s, "a", 1060, &ctx));
	assert_false(convo_begin(s, "a", 1060, &ctx));
	assert_true(convo_begin(s, "a", 1061, &ctx));
	assert_false(convo_begin(s, "a", 1061, &ctx));
	/* Quiet for a minute: a whole new allowance. */
	for (int i = 0; i < 10; i++)
		assert_true(convo_begin(s, "a", 1200, &ctx));
	assert_false(convo_begin(s, "a", 1200, &ctx));
	convo_free(s);
}

/*
 * A conversation holds a small record whatever its limit (not a slot for
 * every message it may send: 80 KB each at a limit of 10,000), and its
 * ring grows only with the messages it sends in a minute.
 */
static void
test_rate_memory(void **state)
{
	struct convo_store *s = convo_new(2000, 600, 10000);
	struct match_ctx ctx;
	char id[16];
	size_t one, grown;

	(void)state;
	assert_int_equal(convo_bytes(s), 0);
	assert_true(convo_begin(s, "a", 1000, &ctx));
	one = convo_bytes(s);
	assert_true(one > 0 && one < 1024);
	for (int i = 1; i < 1000; i++) {
		snprintf(id, sizeof(id), "c%d", i);
		assert_true(convo_begin(s, id, 1000, &ctx));
	}
	assert_int_equal(convo_bytes(s), 1000 * one);
	/* 500 messages in a minute: between 500 and 1,024 slots. */
	for (int i = 1; i < 500; i++)
		assert_true(convo_begin(s, "a", 1000 + i / 10, &ctx));
	grown = convo_bytes(s) - 1000 * one;
	assert_true(grown >= 496 * sizeof(time_t));
	assert_true(grown <= 1024 * sizeof(time_t));
	/* Messages a minute apart never grow it. */
	for (int i = 0; i < 100; i++)
		assert_true(convo_begin(s, "c1", 1100 + 61 * i, &ctx));
	assert_int_equal(convo_bytes(s) - 1000 * one, grown);
	convo_free(s);
}

/*
 * An id longer than CONVO_ID_MAX finds its conversation again: its
 * context and its rate limit apply (they once did not, because the stored
 * id was cut and never matched the full one).
 */
static void
test_long_id(void **state)
{
	struct convo_store *s = convo_new(10, 600, 2);
	char id[400], other[400];
	struct match_ctx ctx;

	(void)state;
	memset(id, 'x', sizeof(id) - 1);
	id[sizeof(id) - 1] = '\0';
	memcpy(other, id, sizeof(id));
	other[sizeof(other) - 2] = 'y';
	assert_true(convo_begin(s, id, 1000, &ctx));
	ctx.turns = 7;
	convo_end(s, id, 1000, &ctx);
	assert_true(convo_begin(s, id, 1001, &ctx));
	assert_int_equal(ctx.turns, 7);
	assert_false(convo_begin(s, id, 1002, &ctx));
	assert_int_equal(convo_count(s), 1);
	/* Same first 383 bytes, different end: another conversation. */
	assert_true(convo_begin(s, other, 1002, &ctx));
	assert_int_equal(ctx.turns, 0);
	assert_int_equal(convo_count(s), 2);
	convo_free(s);
}

/* Expired conversations are forgotten; a full store drops the oldest. */
static void
test_expiry_and_bound(void **state)
{
	struct convo_store *s = convo_new(2, 60, 5);
	struct match_ctx ctx;

	(void)state;
	assert_true(convo_begin(s, "a", 1000, &ctx));
	ctx.turns = 1;
	convo_end(s, "a", 1000, &ctx);
	assert_true(convo_begin(s, "a", 1100, &ctx));
	assert_int_equal(ctx.turns, 0);
	assert_true(convo_begin(s, "b", 1101, &ctx));
	assert_true(convo_begin(s, "c", 1102, &ctx));
	assert_int_equal(convo_count(s), 2);
	convo_free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_context_kept),
		cmocka_unit_test(test_rate_limit),
		cmocka_unit_test(test_rate_window),
		cmocka_unit_test(test_rate_memory),
		cmocka_unit_test(test_long_id),
		cmocka_unit_test(test_expiry_and_bound),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
