/*
 * Payload helpers for the chat channels: urlencoded forms, the one locked
 * cJSON parse, and splitting a long reply at sensible places.
 */
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "form.h"
#include "xmalloc.h"

/*
 * cJSON's parser stores its error position in a static variable, even in
 * the Opts variants, so two threads parsing at once race (cJSON#314).
 * This lock is the one exception to "no mutable globals": the state it
 * guards is cJSON's, which is global already.
 */
static pthread_mutex_t form_json_lock = PTHREAD_MUTEX_INITIALIZER;

/* The value of one hex digit, or -1. */
static int
form_hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Percent-decode len bytes of s into a new string; caller frees. */
char *
form_decode(const char *s, size_t len, bool plus, size_t *outlen)
{
	char *out = xmalloc(len + 1);
	size_t o = 0;

	for (size_t i = 0; i < len; i++) {
		int hi, lo;

		if (s[i] == '+' && plus) {
			out[o++] = ' ';
			continue;
		}
		/* A malformed escape stays as it is (WHATWG). */
		if (s[i] == '%' && len - i > 2) {
			hi = form_hexval(s[i + 1]);
			lo = form_hexval(s[i + 2]);
			if (hi >= 0 && lo >= 0) {
				out[o++] = (char)(hi << 4 | lo);
				i += 2;
				continue;
			}
		}
		out[o++] = s[i];
	}
	out[o] = '\0';
	if (outlen != NULL)
		*outlen = o;
	return out;
}

/* Add one name=value segment (len bytes at s) to the form. */
static void
form_add(struct form *f, const char *s, size_t len)
{
	const char *eq = memchr(s, '=', len);
	size_t nlen = eq == NULL ? len : (size_t)(eq - s);
	struct form_field *fl;

	f->fields = xreallocarray(f->fields, f->n + 1, sizeof(*f->fields));
	fl = &f->fields[f->n++];
	fl->name = form_decode(s, nlen, true, &fl->name_len);
	if (eq == NULL)
		fl->value = form_decode("", 0, true, &fl->value_len);
	else
		fl->value = form_decode(eq + 1, len - nlen - 1, true,
		    &fl->value_len);
}

/* Parse a urlencoded body. 0, or -1 with err (too many fields). */
int
form_parse(struct form *f, const char *body, size_t len,
    char err[BOT_ERR_LEN])
{
	size_t i = 0;

	memset(f, 0, sizeof(*f));
	while (i < len) {
		const char *amp = memchr(body + i, '&', len - i);
		size_t seg = amp == NULL ? len - i : (size_t)(amp - body) - i;

		if (seg > 0) {
			if (f->n == FORM_FIELDS_MAX) {
				form_finish(f);
				snprintf(err, BOT_ERR_LEN,
				    "form has more than %d fields",
				    FORM_FIELDS_MAX);
				return -1;
			}
			form_add(f, body + i, seg);
		}
		i += seg + 1;
	}
	return 0;
}

/* Free the fields of a form. */
void
form_finish(struct form *f)
{
	if (f == NULL)
		return;
	for (size_t i = 0; i < f->n; i++) {
		free(f->fields[i].name);
		free(f->fields[i].value);
	}
	free(f->fields);
	f->fields = NULL;
	f->n = 0;
}

/* The first value called name, or NULL. */
const char *
form_get(const struct form *f, const char *name)
{
	size_t nlen = strlen(name);

	for (size_t i = 0; i < f->n; i++)
		if (f->fields[i].name_len == nlen &&
		    memcmp(f->fields[i].name, name, nlen) == 0)
			return f->fields[i].value;
	return NULL;
}

/* Parse a NUL-followed JSON body under the cJSON lock; NULL if invalid. */
struct cJSON *
form_json_parse(const char *body, size_t len)
{
	cJSON *root;

	if (body == NULL || memchr(body, '\0', len) != NULL)
		return NULL;
	pthread_mutex_lock(&form_json_lock);
	/* len + 1: the length must count the NUL we require (STYLE.md). */
	root = cJSON_ParseWithLengthOpts(body, len + 1, NULL, 1);
	pthread_mutex_unlock(&form_json_lock);
	return root;
}

/* Parse len bytes of JSON that need not be NUL-terminated; NULL if invalid. */
struct cJSON *
form_json_parse_bytes(const char *body, size_t len)
{
	char *copy;
	cJSON *root;

	if (body == NULL)
		return NULL;
	copy = xstrndup(body, len);
	root = form_json_parse(copy, len);
	free(copy);
	return root;
}

/* UTF-16 code units the character starting with byte c takes (0 inside). */
static size_t
form_units(unsigned char c)
{
	if ((c & 0xc0) == 0x80)
		return 0;
	return c >= 0xf0 ? 2 : 1;
}

/* The length of text in UTF-16 code units. */
size_t
form_utf16_len(const char *text, size_t len)
{
	size_t n = 0;

	for (size_t i = 0; i < len; i++)
		n += form_units((unsigned char)text[i]);
	return n;
}

/* True for the whitespace a break may drop. */
static bool
form_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/*
 * The byte offset past the longest run of whole characters from pos that
 * takes at most max UTF-16 units; at least one character, so that a tiny
 * max still makes progress.
 */
static size_t
form_window(const char *s, size_t len, size_t pos, size_t max)
{
	size_t units = 0, i = pos;

	while (i < len) {
		size_t u = form_units((unsigned char)s[i]);
		size_t next = i + 1;

		while (next < len && form_units((unsigned char)s[next]) == 0)
			next++;
		if (units + u > max && i > pos)
			break;
		units += u;
		i = next;
	}
	return i;
}

/*
 * How good a break before s[b] is (b in (pos, end], s[b] whitespace):
 * 4 paragraph, 3 sentence end, 2 line, 1 space.
 */
static int
form_break_rank(const char *s, size_t len, size_t pos, size_t b)
{
	if (s[b] == '\n' && b + 1 < len && s[b + 1] == '\n')
		return 4;
	/* The middle of "\r\n\r\n". */
	if (s[b] == '\n' && b + 1 < len && s[b + 1] == '\r')
		return 4;
	if (b > pos && strchr(".!?", s[b - 1]) != NULL)
		return 3;
	if (s[b] == '\n' || s[b] == '\r')
		return 2;
	return 1;
}

/*
 * Where the piece starting at pos and fitting before end should stop. The
 * best-ranked break wins, the latest among equals; paragraph, sentence and
 * line breaks count only past the middle of the window, so that a piece
 * is never needlessly short.
 */
static size_t
form_break(const char *s, size_t len, size_t pos, size_t end)
{
	size_t best = end, half = pos + (end - pos) / 2;
	int best_rank = 0;

	for (size_t b = end; b > pos; b--) {
		int r;

		if (b >= len || !form_space(s[b]))
			continue;
		r = form_break_rank(s, len, pos, b);
		if (r > 1 && b < half)
			r = 1;
		if (r > best_rank) {
			best_rank = r;
			best = b;
		}
		if (best_rank == 4)
			break;
	}
	return best;
}

/* Split text into at most nmax pieces of at most max UTF-16 units. */
size_t
form_split(const char *text, size_t len, size_t max,
    struct form_part *parts, size_t nmax, bool *truncated)
{
	size_t n = 0, pos = 0;

	*truncated = false;
	while (len > 0 && form_space(text[len - 1]))
		len--;
	while (pos < len && form_space(text[pos]))
		pos++;
	while (pos < len && n < nmax) {
		size_t end, stop;

		if (form_utf16_len(text + pos, len - pos) <= max) {
			parts[n].off = pos;
			parts[n++].len = len - pos;
			return n;
		}
		if (n + 1 == nmax) {
			*truncated = true;
			end = form_window(text, len, pos,
			    max > 1 ? max - 1 : 1);
		} else
			end = form_window(text, len, pos, max);
		stop = form_break(text, len, pos, end);
		parts[n].off = pos;
		parts[n].len = stop - pos;
		while (parts[n].len > 0 &&
		    form_space(text[pos + parts[n].len - 1]))
			parts[n].len--;
		n++;
		pos = stop;
		while (pos < len && form_space(text[pos]))
			pos++;
	}
	return n;
}
