/*
 * Payload helpers for the chat channels: application/x-www-form-urlencoded
 * bodies (Twilio, Slack commands, Mattermost), the serialized cJSON parse
 * every JSON channel uses, and the splitting of a long reply into the
 * pieces a platform accepts.
 */
#ifndef FAQBOT_FORM_H
#define FAQBOT_FORM_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

struct cJSON;

/* Most fields one form may hold; more is a parse error. */
#define FORM_FIELDS_MAX	512

/*
 * One decoded name=value pair. Both strings are NUL-terminated, but may
 * also hold a NUL (%00), so the lengths are what counts.
 */
struct form_field {
	char	*name;
	size_t	 name_len;
	char	*value;
	size_t	 value_len;
};

/* A parsed form: the fields in the order received, duplicates kept. */
struct form {
	struct form_field	*fields;
	size_t			 n;
};

/*
 * Parse a urlencoded body of len bytes (the WHATWG rules: split on '&',
 * skip empty pairs, a pair without '=' has an empty value, '+' is a space,
 * %XX is decoded and a malformed % sequence is kept as it is). 0, or -1
 * with err when there are more than FORM_FIELDS_MAX fields; on -1 the form
 * is empty. Free with form_finish, even after -1.
 */
int	 form_parse(struct form *, const char *body, size_t len,
	    char err[BOT_ERR_LEN]);

/* Release what a form holds; accepts an unparsed zeroed form and NULL. */
void	 form_finish(struct form *);

/* The value of the first field called name, or NULL; borrowed. */
const char *form_get(const struct form *, const char *name);

/*
 * Percent-decode len bytes of s (and '+' → ' ' when plus is true) into a
 * new NUL-terminated string; *outlen (if not NULL) gets its length. The
 * caller frees it with free. Cannot fail.
 */
char	*form_decode(const char *s, size_t len, bool plus, size_t *outlen);

/*
 * Parse a JSON body of len bytes, which must be followed by a NUL (as the
 * server's body buffer is), under a process-wide lock: cJSON's parser
 * writes a global (STYLE.md), so every channel must parse through this.
 * Bodies holding a NUL byte are refused. Returns the root (caller frees
 * with cJSON_Delete) or NULL when the text is not one JSON value.
 */
struct cJSON *form_json_parse(const char *body, size_t len);
/* The same for bytes not followed by a NUL (a response body): parses a
 * copy. */
struct cJSON *form_json_parse_bytes(const char *body, size_t len);

/* A piece of a text: len bytes at off. */
struct form_part {
	size_t	 off;
	size_t	 len;
};

/*
 * Split len bytes of UTF-8 text into at most nmax pieces of at most max
 * characters each, counted in UTF-16 code units (what Telegram and SMS
 * count; never fewer than code points). Each piece ends at the best break
 * within its window: a paragraph, then a sentence end, then a line, then a
 * space; only a single word longer than max is cut, and never inside a
 * UTF-8 character. Whitespace around the breaks is dropped. When the text
 * does not fit in nmax pieces, the last piece keeps room for one more
 * character (an ellipsis the caller adds) and *truncated is set. Returns
 * the number of pieces (0 for an empty or all-blank text).
 */
size_t	 form_split(const char *text, size_t len, size_t max,
	    struct form_part *parts, size_t nmax, bool *truncated);

/* The length of text in UTF-16 code units. */
size_t	 form_utf16_len(const char *text, size_t len);

#endif
