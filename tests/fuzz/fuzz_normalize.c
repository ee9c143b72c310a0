/*
 * libFuzzer target for the text functions: text_normalize on the raw
 * bytes, then every word of its output through the stop-word list, the
 * stemmer, the number test and the typo distance. Checks what the matcher
 * relies on: a false return exactly for invalid UTF-8, and otherwise valid
 * UTF-8 out, without ASCII capitals, in words of at most TEXT_MAX_WORD
 * bytes.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "text.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* Run the word-level functions on word w and its neighbour prev. */
static void
fuzz_normalize_word(const char *w, size_t n, const char *prev, size_t pn)
{
	char stem[TEXT_MAX_WORD * 2 + 1];
	size_t sn;

	if (n > TEXT_MAX_WORD)
		abort();
	(void)text_is_stopword(w, n);
	(void)text_is_number(w, n);
	sn = text_stem(w, n, stem, sizeof(stem));
	if (sn >= sizeof(stem) || stem[sn] != '\0')
		abort();
	if (prev != NULL && text_distance(w, n, prev, pn, 2) < 0)
		abort();
	if (text_distance(w, n, w, n, 2) != 0)
		abort();
}

/* One input: one message through the normalizer and the word tools. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *in = (const char *)data;
	struct buf out;
	size_t bad = 0, cut;
	bool valid = text_valid_utf8(in, size, &bad);
	const char *s, *prev = NULL;
	size_t pn = 0;

	if (!valid && bad >= size)
		abort();
	cut = text_cut_utf8(in, size, TEXT_MAX_QUESTION);
	if (cut > size || cut > TEXT_MAX_QUESTION ||
	    (valid && !text_valid_utf8(in, cut, NULL)))
		abort();
	buf_init(&out, 0);
	if (text_normalize(in, size, &out) != valid)
		abort();
	if (valid) {
		s = buf_str(&out);
		if (strlen(s) != out.len ||
		    !text_valid_utf8(s, out.len, NULL))
			abort();
		while (*s != '\0') {
			size_t n = strcspn(s, " ");

			for (size_t i = 0; i < n; i++)
				if (s[i] >= 'A' && s[i] <= 'Z')
					abort();
			if (n > 0)
				fuzz_normalize_word(s, n, prev, pn);
			prev = s, pn = n;
			s += n;
			s += strspn(s, " ");
		}
	}
	buf_finish(&out);
	return 0;
}
