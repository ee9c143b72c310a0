/*
 * libFuzzer target for the matcher: the bundled knowledge is loaded once,
 * then each input is asked as one message without a conversation, again
 * with an --explain buffer (which must not change the answer), and split
 * at newlines into the turns of one conversation (follow-ups, picks like
 * "2"), each turn with a struct match_ctx.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "kb.h"
#include "match.h"

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

#ifndef FAQBOT_FUZZ_ROOT
#define FAQBOT_FUZZ_ROOT "."
#endif

/* Most turns of the conversation made from one input. */
#define FUZZ_MATCH_TURNS	8

static struct kb *fuzz_kb;

/* Abort on a result the callers could not use. */
static void
fuzz_match_check(const struct match_result *r)
{
	if (r->answer == NULL || r->nsuggest > MATCH_SUGGEST)
		abort();
	if ((r->kind == MATCH_ANSWER || r->kind == MATCH_SMALLTALK) &&
	    r->entry == NULL)
		abort();
	if (r->kind == MATCH_CRISIS && r->entry != NULL)
		abort();
	for (size_t i = 0; i < r->nsuggest; i++)
		if (r->suggest[i] == NULL)
			abort();
}

/* Abort when a context is not plain, NUL-terminated data. */
static void
fuzz_match_ctx_check(const struct match_ctx *ctx)
{
	if (ctx->nsugg > MATCH_SUGGEST ||
	    memchr(ctx->last, '\0', sizeof(ctx->last)) == NULL)
		abort();
	for (size_t i = 0; i < MATCH_SUGGEST; i++)
		if (memchr(ctx->sugg[i], '\0', sizeof(ctx->sugg[i])) == NULL)
			abort();
}

/* One message alone, then with explain: both must give the same reply. */
static void
fuzz_match_alone(const char *text, size_t len)
{
	struct match_result a, b;
	struct buf explain;
	int ra, rb;

	ra = match_ask(fuzz_kb, NULL, text, len, &a, NULL);
	buf_init(&explain, 0);
	rb = match_ask(fuzz_kb, NULL, text, len, &b, &explain);
	if (ra != rb)
		abort();
	if (ra == 0) {
		fuzz_match_check(&a);
		fuzz_match_check(&b);
		if (a.kind != b.kind || a.entry != b.entry ||
		    strcmp(a.answer, b.answer) != 0)
			abort();
		if (strlen(buf_str(&explain)) != explain.len)
			abort();
		match_result_finish(&a);
		match_result_finish(&b);
	}
	buf_finish(&explain);
}

/* The input's lines as the turns of one conversation. */
static void
fuzz_match_conversation(const char *text, size_t len)
{
	struct match_ctx ctx;
	struct match_result r;
	size_t i = 0;

	memset(&ctx, 0, sizeof(ctx));
	for (int turn = 0; turn < FUZZ_MATCH_TURNS && i <= len; turn++) {
		const char *nl = memchr(text + i, '\n', len - i);
		size_t n = nl != NULL ? (size_t)(nl - (text + i)) : len - i;

		if (match_ask(fuzz_kb, &ctx, text + i, n, &r, NULL) == 0) {
			fuzz_match_check(&r);
			fuzz_match_ctx_check(&ctx);
			if (r.nsuggest > 0 && turn == 0) {
				const struct kb_entry *e = r.suggest[0];

				match_result_finish(&r);
				match_pick(fuzz_kb, &ctx, e, &r);
				fuzz_match_check(&r);
			}
			match_result_finish(&r);
		}
		if (nl == NULL)
			break;
		i += n + 1;
	}
}

/* Load the knowledge once: $FAQBOT_KB, else the repository's. */
int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *path = getenv("FAQBOT_KB");
	struct diag *d = diag_new();

	(void)argc;
	(void)argv;
	if (path == NULL || path[0] == '\0')
		path = FAQBOT_FUZZ_ROOT "/knowledge";
	fuzz_kb = kb_load(path, d);
	if (fuzz_kb == NULL) {
		diag_print(d, stderr);
		fprintf(stderr, "fuzz_match: cannot load %s\n", path);
		exit(1);
	}
	diag_free(d);
	return 0;
}

/* One input: one message alone, with explain, and as a conversation. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_match_alone((const char *)data, size);
	fuzz_match_conversation((const char *)data, size);
	return 0;
}
