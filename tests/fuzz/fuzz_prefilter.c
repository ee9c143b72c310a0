/*
 * libFuzzer target for the regex prefilter: the input is a regex, a
 * newline, then a text. When PCRE2 compiles the regex (as the bot does:
 * UTF, UCP, caseless) and it matches the text, the prefilter must not
 * have skipped it, and one of its top-level alternatives that the filter
 * lets through must match alone. Either failure aborts: the filter would
 * hide a crisis rule or a knowledge pattern.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "prefilter.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* Compile re; NULL when PCRE2 rejects it. */
static pcre2_code *
fuzz_compile(const char *re)
{
	int err;
	PCRE2_SIZE off;

	return pcre2_compile((PCRE2_SPTR)re, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS, &err, &off, NULL);
}

/*
 * True when one alternative of re that the filter lets through, compiled
 * alone, matches text or hits a limit: a regex that matches must (the
 * crisis detector runs long rules by their alternatives).
 */
static bool
fuzz_some_alt(const struct prefilter *pf, const char *re, const char *text,
    size_t tlen, pcre2_match_data *md, pcre2_match_context *mctx)
{
	size_t first, n = prefilter_alts(pf, 0, &first);
	bool may, *alt_may = calloc(prefilter_alt_total(pf) + 1, 1), hit;

	prefilter_scan_alts(pf, text, tlen, &may, alt_may);
	hit = n == 0;
	for (size_t k = 0; k < n && !hit; k++) {
		size_t off, len;
		int err, rc;
		PCRE2_SIZE eoff;
		pcre2_code *part;

		if (!alt_may[first + k])
			continue;
		prefilter_alt_span(pf, 0, k, &off, &len);
		part = pcre2_compile((PCRE2_SPTR)re + off, len, PCRE2_UTF |
		    PCRE2_UCP | PCRE2_CASELESS, &err, &eoff, NULL);
		if (part == NULL) {
			hit = true;	/* the detector then runs it whole */
			continue;
		}
		rc = pcre2_match(part, (PCRE2_SPTR)text, tlen, 0, 0, md, mctx);
		hit = rc != PCRE2_ERROR_NOMATCH;
		pcre2_code_free(part);
	}
	free(alt_may);
	return hit;
}

/* One input: "REGEX\nTEXT". */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nl = memchr(data, '\n', size);
	char *re;
	const char *text;
	size_t tlen;
	pcre2_code *code;
	pcre2_match_data *md;
	pcre2_match_context *mctx;
	struct prefilter *pf;
	bool may = false;
	int rc;

	if (nl == NULL || memchr(data, '\0', (size_t)(nl - data)) != NULL)
		return 0;
	re = strndup((const char *)data, (size_t)(nl - data));
	text = (const char *)nl + 1;
	tlen = size - (size_t)(nl - data) - 1;
	code = fuzz_compile(re);
	if (code == NULL) {
		free(re);
		return 0;
	}
	pf = prefilter_new();
	(void)prefilter_add(pf, re);
	prefilter_build(pf);
	prefilter_scan(pf, text, tlen, &may);
	md = pcre2_match_data_create(1, NULL);
	mctx = pcre2_match_context_create(NULL);
	pcre2_set_match_limit(mctx, 100000);
	rc = pcre2_match(code, (PCRE2_SPTR)text, tlen, 0, 0, md, mctx);
	if (rc >= 0 && !may)
		abort();	/* a matching regex was skipped */
	if (rc >= 0 && !fuzz_some_alt(pf, re, text, tlen, md, mctx))
		abort();	/* no alternative of a matching regex matches */
	pcre2_match_context_free(mctx);
	pcre2_match_data_free(md);
	pcre2_code_free(code);
	prefilter_free(pf);
	free(re);
	return 0;
}
