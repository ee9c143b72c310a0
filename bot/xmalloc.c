/*
 * Allocation wrappers. Every allocation in faqbot goes through these, so
 * that error paths stay short: running out of memory ends the process with
 * a message, and multiplications are checked for overflow.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xmalloc.h"

/* Print why and stop; there is nothing sensible to do without memory. */
static void __attribute__((noreturn))
xmalloc_die(const char *what, size_t n)
{
	fprintf(stderr, "faqbot: fatal: %s: out of memory (%zu bytes)\n",
	    what, n);
	abort();
}

/* A library reported that it ran out of memory: stop, naming it. */
void
xoom(const char *what)
{
	xmalloc_die(what, 0);
	abort();
}

/* Allocate size bytes; never returns NULL. Caller frees with free. */
void *
xmalloc(size_t size)
{
	void *p;

	if (size == 0)
		size = 1;
	p = malloc(size);
	if (p == NULL)
		xmalloc_die("xmalloc", size);
	return p;
}

/* Allocate a zeroed array; never returns NULL. Caller frees with free. */
void *
xcalloc(size_t nmemb, size_t size)
{
	void *p;

	if (nmemb == 0 || size == 0)
		nmemb = size = 1;
	p = calloc(nmemb, size);
	if (p == NULL)
		xmalloc_die("xcalloc", nmemb * size);
	return p;
}

/* Resize an array of nmemb items of size bytes, checking for overflow. */
void *
xreallocarray(void *ptr, size_t nmemb, size_t size)
{
	void *p;

	if (nmemb == 0 || size == 0)
		nmemb = size = 1;
	if (nmemb > SIZE_MAX / size)
		xmalloc_die("xreallocarray overflow", SIZE_MAX);
	p = realloc(ptr, nmemb * size);
	if (p == NULL)
		xmalloc_die("xreallocarray", nmemb * size);
	return p;
}

/* Copy a string; caller frees with free. */
char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

/* Copy at most n bytes of s and terminate; caller frees with free. */
char *
xstrndup(const char *s, size_t n)
{
	char *p;

	p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

/* Format into a new string stored in *out; returns its length. */
int
xasprintf(char **out, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vasprintf(out, fmt, ap);
	va_end(ap);
	if (n < 0)
		xmalloc_die("xasprintf", 0);
	return n;
}
