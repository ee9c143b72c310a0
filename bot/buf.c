/*
 * Capped growable buffers. An append that would pass the cap is refused,
 * the buffer keeps what it had and remembers that it overflowed, so that a
 * caller reading a webhook body can answer 413 instead of growing forever.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "xmalloc.h"

/* Prepare an empty buffer that will never hold more than max bytes. */
void
buf_init(struct buf *b, size_t max)
{
	memset(b, 0, sizeof(*b));
	b->max = max;
}

/* Release the memory; the buffer can be used again after buf_init. */
void
buf_finish(struct buf *b)
{
	if (b == NULL)
		return;
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

/* Empty the buffer but keep its memory and its cap. */
void
buf_reset(struct buf *b)
{
	b->len = 0;
	b->toobig = false;
	if (b->data != NULL)
		b->data[0] = '\0';
}

/* Append n bytes; false (and nothing appended) when the cap would pass. */
bool
buf_append(struct buf *b, const void *p, size_t n)
{
	size_t want;

	if (b->max != 0 && (n > b->max || b->len > b->max - n)) {
		b->toobig = true;
		return false;
	}
	want = b->len + n + 1;
	if (want > b->cap) {
		size_t ncap = b->cap ? b->cap : 64;

		while (ncap < want)
			ncap *= 2;
		b->data = xreallocarray(b->data, ncap, 1);
		b->cap = ncap;
	}
	if (n > 0)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
	return true;
}

/*
 * Make room for n more bytes without appending them, so that a caller
 * that knows about how much it will write grows the buffer once, not by
 * doubling from 64 bytes. Only a hint: appends still check the cap, and
 * the text is unchanged.
 */
void
buf_reserve(struct buf *b, size_t n)
{
	size_t want, ncap;

	if (b->max != 0 && n > b->max)
		n = b->max;
	if (n > SIZE_MAX / 4 - b->len)
		return;
	want = b->len + n + 1;
	if (want <= b->cap)
		return;
	ncap = b->cap ? b->cap : 64;
	while (ncap < want)
		ncap *= 2;
	b->data = xreallocarray(b->data, ncap, 1);
	b->data[b->len] = '\0';
	b->cap = ncap;
}

/* Append a NUL-terminated string. */
bool
buf_puts(struct buf *b, const char *s)
{
	return buf_append(b, s, strlen(s));
}

/* Append one byte. */
bool
buf_putc(struct buf *b, char c)
{
	return buf_append(b, &c, 1);
}

/* Append formatted text. */
bool
buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	char small[256], *big = NULL;
	int n;
	bool ok;

	va_start(ap, fmt);
	n = vsnprintf(small, sizeof(small), fmt, ap);
	va_end(ap);
	if (n < 0)
		return false;
	if ((size_t)n < sizeof(small))
		return buf_append(b, small, (size_t)n);
	va_start(ap, fmt);
	n = vasprintf(&big, fmt, ap);
	va_end(ap);
	if (n < 0)
		return false;
	ok = buf_append(b, big, (size_t)n);
	free(big);
	return ok;
}

/* Hand the text to the caller (who frees it) and leave the buffer empty. */
char *
buf_steal(struct buf *b)
{
	char *s = b->data;

	if (s == NULL)
		s = xstrdup("");
	b->data = NULL;
	b->len = b->cap = 0;
	return s;
}

/* The text so far, never NULL; borrowed until the next append. */
const char *
buf_str(const struct buf *b)
{
	return b->data != NULL ? b->data : "";
}
