/*
 * Rewrites a regex's source so that the prefilter sees more of it: a
 * top-level alternative written as one group, P(?:A|B|C)S with P and S
 * each "\b" or nothing, becomes P(?:A)S|P(?:B)S|P(?:C)S. Both match the
 * same texts. Written as one group, a rule of a hundred phrases has one
 * alternative whose literals are any of theirs, so it ran whole (every
 * phrase at every position) wherever one of its words was; distributed,
 * only the phrases whose words are there run.
 */
#include <string.h>

#include <stdint.h>
#include <stdlib.h>

#include "buf.h"
#include "redist.h"
#include "xmalloc.h"

/*
 * The end of the atom at s[i] (an escape, a class or one byte), with
 * depth changed by a group's parentheses.
 */
static size_t
rd_skip(const char *s, size_t i, size_t len, int *depth)
{
	if (s[i] == '\\')
		return i + 2 <= len ? i + 2 : len;
	if (s[i] == '[') {
		size_t j = i + 1;

		if (j < len && s[j] == '^')
			j++;
		if (j < len && s[j] == ']')
			j++;
		while (j < len && s[j] != ']')
			j += s[j] == '\\' ? 2 : 1;
		return j < len ? j + 1 : len;
	}
	if (s[i] == '(')
		(*depth)++;
	else if (s[i] == ')')
		(*depth)--;
	return i + 1;
}

/*
 * Offsets of the '|' at depth 0 of s[0 .. len) into *bars (allocated;
 * caller frees); how many, or SIZE_MAX (and no array) if the parentheses
 * do not balance.
 */
static size_t
rd_bars(const char *s, size_t len, size_t **bars)
{
	size_t n = 0, cap = 0;
	int depth = 0;

	*bars = NULL;
	for (size_t i = 0; i < len; ) {
		if (depth == 0 && s[i] == '|') {
			if (n == cap) {
				cap = cap == 0 ? 16 : cap * 2;
				*bars = xreallocarray(*bars, cap,
				    sizeof(**bars));
			}
			(*bars)[n++] = i;
		}
		i = rd_skip(s, i, len, &depth);
		if (depth < 0)
			break;
	}
	if (depth == 0)
		return n;
	free(*bars);
	*bars = NULL;
	return SIZE_MAX;
}

/* Offset of the ')' closing the group opened at s[open], or len. */
static size_t
rd_close(const char *s, size_t open, size_t len)
{
	int depth = 0;

	for (size_t i = open; i < len; ) {
		size_t next = rd_skip(s, i, len, &depth);

		if (depth == 0)
			return i;
		i = next;
	}
	return len;
}

/*
 * Append alternative a (len bytes) to out, distributed when it has the
 * form P(?:...)S; true if it was.
 */
static bool
rd_alt(const char *a, size_t len, struct buf *out)
{
	size_t p = strncmp(a, "\\b(?:", 5) == 0 ? 2 : 0, close, s, n, from;
	size_t *bars;

	if (len < p + 3 || strncmp(a + p, "(?:", 3) != 0 ||
	    (close = rd_close(a, p, len)) == len)
		return buf_append(out, a, len), false;
	s = len - close - 1;
	if (!(s == 0 || (s == 2 && strncmp(a + close + 1, "\\b", 2) == 0)))
		return buf_append(out, a, len), false;
	n = rd_bars(a + p + 3, close - p - 3, &bars);
	if (n == 0 || n == SIZE_MAX) {
		free(bars);
		return buf_append(out, a, len), false;
	}
	from = p + 3;
	for (size_t k = 0; k <= n; k++) {
		size_t to = k < n ? p + 3 + bars[k] : close;

		if (k > 0)
			buf_putc(out, '|');
		buf_append(out, a, p);
		buf_puts(out, "(?:");
		buf_append(out, a + from, to - from);
		buf_putc(out, ')');
		buf_append(out, a + close + 1, s);
		from = to + 1;
	}
	free(bars);
	return true;
}

char *
redist(const char *re)
{
	size_t len = strlen(re), *bars, n = rd_bars(re, len, &bars), from = 0;
	bool changed = false;
	struct buf out;

	if (n == SIZE_MAX)
		return NULL;
	buf_init(&out, 0);
	for (size_t k = 0; k <= n; k++) {
		size_t to = k < n ? bars[k] : len;

		if (k > 0)
			buf_putc(&out, '|');
		changed |= rd_alt(re + from, to - from, &out);
		from = to + 1;
	}
	free(bars);
	if (!changed) {
		buf_finish(&out);
		return NULL;
	}
	return buf_steal(&out);
}
