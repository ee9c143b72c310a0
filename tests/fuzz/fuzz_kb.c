/*
 * libFuzzer target for the knowledge loader: the input is written to a
 * temporary .kb file and loaded with kb_load (parser, checks, PCRE2
 * compilation, crisis rules, index). When it loads, a few questions are
 * asked of it, so that the index and matcher also run on odd knowledge.
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "diag.h"
#include "kb.h"
#include "match.h"

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* Examples asked by check_examples only below this, to keep runs fast. */
#define FUZZ_KB_CHECK_MAX	32

static char fuzz_kb_path[64];

/* Remove the temporary file at exit. */
static void
fuzz_kb_cleanup(void)
{
	unlink(fuzz_kb_path);
}

/* Write data to path whole; aborts on failure (not the code under test). */
static void
fuzz_kb_write(const char *path, const uint8_t *data, size_t size)
{
	int fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC);
	size_t off = 0;

	if (fd == -1)
		abort();
	while (off < size) {
		ssize_t n = write(fd, data + off, size - off);

		if (n <= 0)
			abort();
		off += (size_t)n;
	}
	close(fd);
}

/* Ask q of kb (in ctx's conversation, or alone when NULL); check it. */
static void
fuzz_kb_ask(const struct kb *kb, struct match_ctx *ctx, const char *q)
{
	struct match_result r;

	if (match_ask(kb, ctx, q, strlen(q), &r, NULL) != 0)
		return;
	if (r.answer == NULL || r.nsuggest > MATCH_SUGGEST)
		abort();
	match_result_finish(&r);
}

/* A temporary file for the inputs, made once. */
int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	int fd;

	(void)argc;
	(void)argv;
	snprintf(fuzz_kb_path, sizeof(fuzz_kb_path),
	    "/tmp/faqbot-fuzz-kb-XXXXXX.kb");
	fd = mkstemps(fuzz_kb_path, 3);
	if (fd == -1)
		abort();
	close(fd);
	atexit(fuzz_kb_cleanup);
	return 0;
}

/* One input: one knowledge file, loaded, asked and freed. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag *d = diag_new();
	struct match_ctx ctx;
	struct kb *kb;

	fuzz_kb_write(fuzz_kb_path, data, size);
	kb = kb_load(fuzz_kb_path, d);
	for (size_t i = 0; i < diag_count(d); i++)
		if (diag_at(d, i) == NULL)
			abort();
	if (kb != NULL) {
		memset(&ctx, 0, sizeof(ctx));
		fuzz_kb_ask(kb, NULL, "what is ketamine");
		fuzz_kb_ask(kb, &ctx, kb_entry_title(kb_entry_at(kb, 0)));
		if (kb_entry_example_count(kb_entry_at(kb, 0)) > 0)
			fuzz_kb_ask(kb, &ctx,
			    kb_entry_example(kb_entry_at(kb, 0), 0));
		fuzz_kb_ask(kb, &ctx, "2");
		fuzz_kb_ask(kb, &ctx, "and how long does that last?");
		if (kb_example_total(kb) <= FUZZ_KB_CHECK_MAX)
			check_examples(kb, d);
		kb_unref(kb);
	}
	diag_free(d);
	return 0;
}
