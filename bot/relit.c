/*
 * Required literals of a regex, read from its PCRE2 source. The parser
 * follows the usual syntax (groups, alternatives, classes, escapes,
 * quantifiers, lookarounds) and keeps, for each part of the regex, what
 * every match of that part looks like:
 *
 *	exact	the part matches one of these strings exactly;
 *	pre	every match starts with one of these strings;
 *	suf	every match ends with one of these strings;
 *	clauses	every match contains one string of each clause.
 *
 * Joining parts joins these sets ("kill" + "(?:ing)?" is exactly "kill" or
 * "killing"); when a set grows too large it turns into a clause.
 * "\bkill(?:ing)? myself\b" gives the one clause {" kill myself ",
 * " killing myself "}.
 *
 * Literals are compared with texts through relit_map: ASCII letters are
 * lowered, digits and '_' kept, every other byte is a space, and a run of
 * spaces is one space. So \s and \W are a space too, and \s+ is exactly
 * one. \b beside a word character becomes a space, standing for the
 * non-word character (or the text's padded edge) on its other side. A
 * literal's non-ASCII letters are kept as they are, so that an ASCII
 * text never holds it.
 *
 * Soundness is the point: what the parser does not understand (a flag
 * group, a back reference, \Q...\E) yields no clause at all, so that
 * regex is never skipped.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "relit.h"
#include "relit_impl.h"
#include "xmalloc.h"

#define RL_DEPTH_MAX	100	/* group nesting the parser follows */

struct rl_parse {
	const char	*p;
	int		 depth;
	bool		 bad;
};

static void rl_alt(struct rl_parse *, struct rl_info *);

/* Parse "{n}", "{n,}" or "{n,m}" at p; false if it is not one. */
static bool
rl_braces(struct rl_parse *ps, long *min, long *max)
{
	char *end;

	if (!isdigit((unsigned char)ps->p[1]))
		return false;
	*min = strtol(ps->p + 1, &end, 10);
	*max = *min;
	if (*end == ',') {
		end++;
		*max = isdigit((unsigned char)*end) ? strtol(end, &end, 10) :
		    -1;
	}
	if (*end != '}')
		return false;
	ps->p = end + 1;
	return true;
}

/*
 * True when every string of s maps to spaces only, so that repeating one
 * changes nothing once runs of spaces are one.
 */
static bool
rl_all_spaces(const struct rl_set *s)
{
	for (size_t i = 0; i < s->n; i++) {
		if (s->s[i][0] == '\0')
			return false;
		for (const char *p = s->s[i]; *p != '\0'; p++)
			if (*p == RL_BOUND || relit_map((unsigned char)*p) != ' ')
				return false;
	}
	return s->n > 0;
}

/* Apply a quantifier, if one follows, to the atom just parsed. */
static void
rl_quantifier(struct rl_parse *ps, struct rl_info *in)
{
	long min, max;

	if (*ps->p == '?' || *ps->p == '*' || *ps->p == '+') {
		min = *ps->p == '+';
		max = *ps->p == '?' ? 1 : -1;
		ps->p++;
	} else if (*ps->p == '{') {
		if (!rl_braces(ps, &min, &max)) {
			ps->bad = true;	/* a literal '{': not worth the risk */
			return;
		}
	} else
		return;
	if (*ps->p == '?' || *ps->p == '+')
		ps->p++;	/* lazy or possessive: the same strings */
	if (in->exact.known && rl_all_spaces(&in->exact)) {
		/* \s+ is one space after mapping, \s* that or nothing. */
		if (min == 0 && in->exact.n < RL_SET_MAX)
			relit__add(&in->exact.s, &in->exact.n, "", 0);
		else if (min == 0)
			relit__info_free(in);
		return;
	}
	if (min == 0 && max == 1 && in->exact.known &&
	    in->exact.n < RL_SET_MAX) {
		struct rl_set exact = relit__set_copy(&in->exact);

		relit__info_free(in);
		in->exact = exact;
		relit__add(&in->exact.s, &in->exact.n, "", 0);
	} else if (min == 0) {
		relit__info_free(in);	/* may match nothing: no constraint */
	} else if ((min != 1 || max != 1) && in->exact.known) {
		relit__set_clear(&in->pre);
		relit__set_clear(&in->suf);
		in->pre = relit__set_copy(&in->exact);
		in->suf = relit__set_copy(&in->exact);
		relit__set_clear(&in->exact);
	}
}

/* Skip a character class: one character we do not track. */
static void
rl_class(struct rl_parse *ps, struct rl_info *in)
{
	const char *p = ps->p + 1;

	if (*p == '^')
		p++;
	if (*p == ']')
		p++;
	while (*p != '\0' && *p != ']') {
		if (*p == '\\' && p[1] == 'Q')
			ps->bad = true;
		if (*p == '\\' && p[1] != '\0')
			p++;
		else if (*p == '[' && strchr(":.=", p[1]) != NULL) {
			/* A POSIX class, or a '[' PCRE2 might read as one:
			 * where it ends is PCRE2's call, not ours. */
			ps->bad = true;
			break;
		}
		p++;
	}
	if (*p != ']')
		ps->bad = true;
	ps->p = *p == ']' ? p + 1 : p;
	relit__info_any(in);
}

/* Skip the argument of \p, \P, \x or \o: "{...}" or a short form. */
static void
rl_escape_arg(struct rl_parse *ps, unsigned char c)
{
	if (*ps->p == '{') {
		const char *end = strchr(ps->p, '}');

		if (end == NULL)
			ps->bad = true;
		else
			ps->p = end + 1;
	} else if (c == 'x') {
		for (int i = 0; i < 2 && isxdigit((unsigned char)*ps->p); i++)
			ps->p++;
	} else if (c == 'o')
		ps->bad = true;
	else if (*ps->p != '\0')
		ps->p++;	/* \pL */
}

/*
 * A part that matches the one byte c. The byte RL_BOUND (\001) stands for
 * \b inside the parser, so a literal one becomes the space every control
 * byte is in a mapped text: taken for \b, it once let the filter skip
 * "4\001x" on the very text "4\001x".
 */
static void
rl_byte(struct rl_info *in, char c)
{
	if (c == RL_BOUND)
		c = ' ';
	relit__info_string(in, &c, 1);
}

/* An escape: \b, an escaped literal, or a class such as \w. */
static void
rl_escape(struct rl_parse *ps, struct rl_info *in)
{
	unsigned char c = (unsigned char)ps->p[1];
	char lit = (char)c;

	ps->p += c != '\0' ? 2 : 1;
	relit__info_any(in);
	if (c == 'b') {
		lit = RL_BOUND;
		relit__info_string(in, &lit, 1);
	} else if (c != '\0' && strchr("BAzZG", c) != NULL)
		relit__info_string(in, "", 0);
	else if (c == 's' || c == 'W')
		relit__info_string(in, " ", 1);	/* maps to a space */
	else if (c != '\0' && strchr("dDwShHvVRNXCnrtfea", c) != NULL)
		return;
	else if (c == 'p' || c == 'P' || c == 'x' || c == 'o')
		rl_escape_arg(ps, c);
	else if (c != '\0' && isascii(c) && !isalnum(c) && c != '\n')
		rl_byte(in, lit);
	else
		ps->bad = true;	/* back references, \Q, \K, \g, \c... */
}

/*
 * Open a group: the length of its opening, and its kind: 'g' a plain
 * group, '=' a positive lookaround, '!' a negative one; 0 when the
 * parser does not follow it (flags, comments, conditions, verbs).
 */
static size_t
rl_group_open(const char *p, char *kind)
{
	static const struct {
		const char	*open;
		char		 kind;
	} groups[] = {
		{ "(?:", 'g' }, { "(?>", 'g' }, { "(?|", 'g' },
		{ "(?=", '=' }, { "(?<=", '=' }, { "(?!", '!' },
		{ "(?<!", '!' }, { "(?P<", 'n' }, { "(?<", 'n' },
		{ "(?'", 'n' },
	};

	*kind = 0;
	if (p[1] != '?' && p[1] != '*') {
		*kind = 'g';
		return 1;
	}
	for (size_t i = 0; i < sizeof(groups) / sizeof(groups[0]); i++) {
		size_t n = strlen(groups[i].open);

		if (strncmp(p, groups[i].open, n) != 0)
			continue;
		*kind = groups[i].kind;
		if (*kind != 'n')
			return n;
		*kind = 'g';	/* a named group: skip the name */
		n += strcspn(p + n, ">'");
		return p[n] != '\0' ? n + 1 : n;
	}
	return 0;
}

/* A group: "(...)", "(?:...)", named, atomic, or a lookaround. */
static void
rl_group(struct rl_parse *ps, struct rl_info *in)
{
	struct rl_info body;
	char kind;
	size_t n = rl_group_open(ps->p, &kind);

	relit__info_any(in);
	if (kind == 0) {
		ps->bad = true;
		return;
	}
	ps->p += n;
	if (++ps->depth > RL_DEPTH_MAX) {
		ps->bad = true;
		return;
	}
	rl_alt(ps, &body);
	ps->depth--;
	if (*ps->p != ')')
		ps->bad = true;
	else
		ps->p++;
	if (kind == 'g') {
		*in = body;
		return;
	}
	/* A lookaround matches "" here; a positive one still needs its text. */
	relit__info_string(in, "", 0);
	if (kind == '=') {
		relit__flush(&body);
		relit__take_clauses(in, &body);
	}
	relit__info_free(&body);
}

/*
 * A non-ASCII character, kept as its UTF-8 bytes: such a literal matches
 * only non-ASCII text, and the filter never reads one (see prefilter.c),
 * so an ASCII text that lacks it truly lacks it. Two characters are
 * exceptions: with PCRE2_CASELESS, U+017F (long s) matches 's' and
 * U+212A (Kelvin sign) 'k', the only ones that fold to ASCII in PCRE2's
 * tables; they stand for any character.
 */
static void
rl_nonascii(struct rl_parse *ps, struct rl_info *in)
{
	const char *start = ps->p;

	ps->p++;
	while (((unsigned char)*ps->p & 0xc0) == 0x80)
		ps->p++;
	if (strncmp(start, "\xc5\xbf", 2) == 0 ||
	    strncmp(start, "\xe2\x84\xaa", 3) == 0)
		relit__info_any(in);
	else
		relit__info_string(in, start, (size_t)(ps->p - start));
}

/* One atom and its quantifier; false at '|', ')' or the end. */
static bool
rl_piece(struct rl_parse *ps, struct rl_info *in)
{
	unsigned char c = (unsigned char)*ps->p;
	char lit = (char)c;

	if (c == '\0' || c == '|' || c == ')' || ps->bad)
		return false;
	if (c == '(')
		rl_group(ps, in);
	else if (c == '[')
		rl_class(ps, in);
	else if (c == '\\')
		rl_escape(ps, in);
	else if (c == '^' || c == '$') {
		ps->p++;
		relit__info_string(in, "", 0);
	} else if (c == '.') {
		ps->p++;
		relit__info_any(in);
	} else if (c >= 0x80) {
		rl_nonascii(ps, in);
	} else if (c == '*' || c == '+' || c == '?' || c == '{') {
		ps->bad = true;
		relit__info_any(in);
	} else {
		ps->p++;
		rl_byte(in, lit);
	}
	rl_quantifier(ps, in);
	return true;
}

/* A sequence of pieces. */
static void
rl_seq(struct rl_parse *ps, struct rl_info *out)
{
	struct rl_info piece;

	relit__info_string(out, "", 0);
	while (rl_piece(ps, &piece))
		relit__concat(out, &piece);
}

/* Alternatives separated by '|', up to ')' or the end. */
static void
rl_alt(struct rl_parse *ps, struct rl_info *out)
{
	rl_seq(ps, out);
	while (*ps->p == '|' && !ps->bad) {
		struct rl_info next;

		ps->p++;
		rl_seq(ps, &next);
		relit__either(out, &next);
	}
}

/*
 * Append the clauses of one top-level alternative (taken over) to *out;
 * its source is len bytes at off.
 */
static void
rl_push_alt(struct relit_alt **out, size_t *n, struct rl_info *in,
    size_t off, size_t len)
{
	struct relit_alt *a;

	*out = xreallocarray(*out, *n + 1, sizeof(**out));
	a = &(*out)[(*n)++];
	a->off = off;
	a->len = len;
	a->n = in->nclause;
	a->c = xreallocarray(NULL, in->nclause, sizeof(*a->c));
	memcpy(a->c, in->clause, in->nclause * sizeof(*a->c));
	in->nclause = 0;
}

/*
 * The required literals of regex re (PCRE2 syntax, compiled with or
 * without PCRE2_CASELESS) into *out, one entry per top-level alternative:
 * every match of re is a match of one alternative, so it holds a string
 * of each clause of that one. Kept apart, an alternative's clauses all
 * count, where one clause for the whole regex would keep only a union of
 * one clause from each. Returns how many; zero means the regex may match
 * any text (an alternative without a clause, or a part not understood).
 * Caller frees with relit_free.
 */
size_t
relit_extract(const char *re, struct relit_alt **out)
{
	struct rl_parse ps = { re, 0, false };
	bool open = false;
	size_t n = 0;

	*out = NULL;
	for (;;) {
		struct rl_info in;
		const char *start = ps.p;

		rl_seq(&ps, &in);
		relit__flush(&in);
		relit__drop_letters(&in);
		open = open || in.nclause == 0;
		if (!open)
			rl_push_alt(out, &n, &in, (size_t)(start - re),
			    (size_t)(ps.p - start));
		relit__info_free(&in);
		if (*ps.p != '|' || ps.bad)
			break;
		ps.p++;
	}
	if (*ps.p != '\0')
		ps.bad = true;	/* an unbalanced ')' */
	if (ps.bad || open) {
		relit_free(*out, n);
		*out = NULL;
		n = 0;
	}
	return n;
}

/* Free alternatives from relit_extract; accepts NULL. */
void
relit_free(struct relit_alt *a, size_t n)
{
	for (size_t i = 0; a != NULL && i < n; i++) {
		for (size_t k = 0; k < a[i].n; k++)
			relit__list_free(a[i].c[k].s, a[i].c[k].n);
		free(a[i].c);
	}
	free(a);
}
