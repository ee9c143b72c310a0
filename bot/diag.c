/*
 * Collected diagnostics. Loading a knowledge base reports every problem in
 * one run rather than stopping at the first, so staff can fix them all
 * before asking again; this list holds them in the order found.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "buf.h"
#include "diag.h"
#include "xmalloc.h"

/* Enough for any real mistake; a flood of errors is cut here. */
#define DIAG_MAX 1000

struct diag {
	char	**msgs;
	size_t	  n;
	size_t	  dropped;
};

/* An empty list; caller frees with diag_free. */
struct diag *
diag_new(void)
{
	return xcalloc(1, sizeof(struct diag));
}

/* Free the list; accepts NULL. */
void
diag_free(struct diag *d)
{
	if (d == NULL)
		return;
	for (size_t i = 0; i < d->n; i++)
		free(d->msgs[i]);
	free(d->msgs);
	free(d);
}

/* Add "file:line: error: message"; file may be NULL and line 0. */
void
diag_add(struct diag *d, const char *file, int line, const char *fmt, ...)
{
	struct buf b;
	char *msg;
	va_list ap;

	if (d == NULL)
		return;
	if (d->n >= DIAG_MAX) {
		d->dropped++;
		return;
	}
	va_start(ap, fmt);
	if (vasprintf(&msg, fmt, ap) < 0)
		msg = NULL;
	va_end(ap);
	buf_init(&b, 0);
	if (file != NULL && line > 0)
		buf_printf(&b, "%s:%d: ", file, line);
	else if (file != NULL)
		buf_printf(&b, "%s: ", file);
	buf_printf(&b, "error: %s", msg != NULL ? msg : "(no memory)");
	free(msg);
	d->msgs = xreallocarray(d->msgs, d->n + 1, sizeof(*d->msgs));
	d->msgs[d->n++] = buf_steal(&b);
}

/* How many messages, including those dropped past the limit. */
size_t
diag_count(const struct diag *d)
{
	return d == NULL ? 0 : d->n + d->dropped;
}

/* The i-th message; borrowed until diag_free. */
const char *
diag_at(const struct diag *d, size_t i)
{
	return i < d->n ? d->msgs[i] : NULL;
}

/* Print every message, one per line. */
void
diag_print(const struct diag *d, FILE *fp)
{
	for (size_t i = 0; i < d->n; i++)
		fprintf(fp, "%s\n", d->msgs[i]);
	if (d->dropped > 0)
		fprintf(fp, "error: %zu more errors not shown\n", d->dropped);
}
