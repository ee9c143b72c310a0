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
 * non-word character (or the text's padded edge) on its other side.
 *
 * Soundness is the point: what the parser does not understand (a flag
 * group, a back reference, \Q...\E) yields no clause at all, so that
 * regex is never skipped.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "relit.h"
#include "xmalloc.h"

#define RL_SET_MAX	48	/* strings in one set */
#define RL_STR_MAX	40	/* bytes in one string */
#define RL_CLAUSE_MAX	6	/* clauses kept per part of a regex */
#define RL_DEPTH_MAX	100	/* group nesting the parser follows */
#define RL_BOUND	'\001'	/* \b inside a string, until mapped */

/* A set of raw strings (RL_BOUND for \b); known false means "anything". */
struct rl_set {
	bool	 known;
	char	**s;
	size_t	 n;
};

struct rl_info {
	struct rl_set	 exact, pre, suf;
	struct relit_clause clause[RL_CLAUSE_MAX];	/* mapped */
	size_t		 nclause;
};

struct rl_parse {
	const char	*p;
	int		 depth;
	bool		 bad;
};

static void rl_alt(struct rl_parse *, struct rl_info *);

/* True for the bytes \w matches in ASCII. */
static bool
rl_word(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c == '_';
}

/* The mapping shared by texts and literals (see the top). */
char
relit_map(unsigned char c)
{
	if (c >= 'A' && c <= 'Z')
		return (char)(c - 'A' + 'a');
	return rl_word(c) ? (char)c : ' ';
}

/* Append a copy of str (len bytes) to a list known not to hold it. */
static void
rl_push(char ***s, size_t *n, const char *str, size_t len)
{
	*s = xreallocarray(*s, *n + 1, sizeof(**s));
	(*s)[(*n)++] = xstrndup(str, len);
}

/* Add a copy of str (len bytes) to a list unless it is there. */
static void
rl_add(char ***s, size_t *n, const char *str, size_t len)
{
	for (size_t i = 0; i < *n; i++)
		if (strlen((*s)[i]) == len && memcmp((*s)[i], str, len) == 0)
			return;
	*s = xreallocarray(*s, *n + 1, sizeof(**s));
	(*s)[(*n)++] = xstrndup(str, len);
}

static void
rl_list_free(char **s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(s[i]);
	free(s);
}

/* Forget a set: it becomes "anything". */
static void
rl_set_clear(struct rl_set *s)
{
	rl_list_free(s->s, s->n);
	*s = (struct rl_set){ false, NULL, 0 };
}

/* Copy of a set. */
static struct rl_set
rl_set_copy(const struct rl_set *from)
{
	struct rl_set s = { from->known, NULL, 0 };

	for (size_t i = 0; i < from->n; i++)
		rl_push(&s.s, &s.n, from->s[i], strlen(from->s[i]));
	return s;
}

static void
rl_info_free(struct rl_info *in)
{
	rl_set_clear(&in->exact);
	rl_set_clear(&in->pre);
	rl_set_clear(&in->suf);
	for (size_t i = 0; i < in->nclause; i++)
		rl_list_free(in->clause[i].s, in->clause[i].n);
	memset(in, 0, sizeof(*in));
}

/* A part that matches only the string s (len bytes; "" is allowed). */
static void
rl_info_string(struct rl_info *in, const char *s, size_t len)
{
	memset(in, 0, sizeof(*in));
	in->exact.known = true;
	rl_add(&in->exact.s, &in->exact.n, s, len);
}

/* A part that matches one character we do not track. */
static void
rl_info_any(struct rl_info *in)
{
	memset(in, 0, sizeof(*in));
}

/* The part's start (which: 'p') or end ('s') strings; NULL if unknown. */
static const struct rl_set *
rl_side(const struct rl_info *in, char which)
{
	const struct rl_set *s = which == 'p' ? &in->pre : &in->suf;

	if (in->exact.known)
		return &in->exact;
	return s->known ? s : NULL;
}

/*
 * The strings a+b, for a in x and b in y. A start set (keep 'p') keeps
 * the first RL_STR_MAX bytes of a long string, an end set ('s') the last;
 * an exact set ('e') fails instead. Fails when too many strings.
 */
static bool
rl_product(const struct rl_set *x, const struct rl_set *y, char keep,
    struct rl_set *out)
{
	char buf[2 * RL_STR_MAX + 1];

	*out = (struct rl_set){ true, NULL, 0 };
	if (x->n * y->n > RL_SET_MAX)
		return false;
	for (size_t i = 0; i < x->n; i++)
		for (size_t k = 0; k < y->n; k++) {
			size_t n = (size_t)snprintf(buf, sizeof(buf), "%s%s",
			    x->s[i], y->s[k]);
			const char *from = buf;

			if (n > RL_STR_MAX && keep == 'e') {
				rl_set_clear(out);
				return false;
			}
			if (n > RL_STR_MAX && keep == 's')
				from = buf + (n - RL_STR_MAX);
			rl_add(&out->s, &out->n, from,
			    n > RL_STR_MAX ? RL_STR_MAX : n);
		}
	return true;
}

/*
 * Map a raw string for matching into out (RL_STR_MAX + 1 bytes). \b
 * becomes a space at the string's edge beside a word character; inside,
 * a literal character already stands for its non-word side.
 */
static size_t
rl_finalize(const char *raw, char *out)
{
	size_t n = 0, len = strlen(raw);

	for (size_t i = 0; i < len; i++) {
		int prev = -1, next = -1;

		if (raw[i] != RL_BOUND) {
			char m = relit_map((unsigned char)raw[i]);

			if (m != ' ' || n == 0 || out[n - 1] != ' ')
				out[n++] = m;
			continue;
		}
		if (i + 1 < len && raw[i + 1] == RL_BOUND)
			continue;
		for (size_t k = i; k-- > 0 && prev < 0; )
			if (raw[k] != RL_BOUND)
				prev = (unsigned char)raw[k];
		if (i + 1 < len)
			next = (unsigned char)raw[i + 1];
		if ((prev < 0) != (next < 0) &&
		    rl_word((unsigned char)(prev < 0 ? next : prev)) &&
		    (n == 0 || out[n - 1] != ' '))
			out[n++] = ' ';
	}
	out[n] = '\0';
	return n;
}

/*
 * How much a literal narrows: letters count 2, spaces 1; a word of three
 * letters or fewer (" is ", " am ", "od") is in most texts and counts for
 * little.
 */
static int
rl_weight(const char *s)
{
	int w = 0, letters = 0;

	for (; *s != '\0'; s++) {
		w += *s == ' ' ? 1 : 2;
		letters += *s != ' ';
	}
	return letters <= 3 ? letters : w;
}

/* A clause's strength: its weakest literal's weight. */
static int
rl_score(const struct relit_clause *c)
{
	int best = INT32_MAX;

	for (size_t i = 0; i < c->n; i++) {
		int w = rl_weight(c->s[i]);

		if (w < best)
			best = w;
	}
	return best;
}

/* Drop the strings of c that contain another: the shorter one does. */
static void
rl_minimize(struct relit_clause *c)
{
	for (size_t i = c->n; i-- > 0; )
		for (size_t k = 0; k < c->n; k++)
			if (k != i && strstr(c->s[i], c->s[k]) != NULL) {
				free(c->s[i]);
				memmove(c->s + i, c->s + i + 1,
				    (--c->n - i) * sizeof(*c->s));
				break;
			}
}

/* Map a known set into a clause; false if a string maps to nothing. */
static bool
rl_clause_from(const struct rl_set *raw, struct relit_clause *out)
{
	char buf[RL_STR_MAX + 2];

	memset(out, 0, sizeof(*out));
	for (size_t i = 0; raw != NULL && i < raw->n; i++) {
		size_t n = rl_finalize(raw->s[i], buf);

		if (strspn(buf, " ") == n) {
			rl_list_free(out->s, out->n);
			memset(out, 0, sizeof(*out));
			return false;
		}
		rl_add(&out->s, &out->n, buf, n);
	}
	rl_minimize(out);
	return out->n > 0;
}

/*
 * True when clause b implies clause a: each string of b contains a
 * string of a, so a text holding b's holds a's too.
 */
static bool
rl_implies(const struct relit_clause *b, const struct relit_clause *a)
{
	for (size_t i = 0; i < b->n; i++) {
		bool found = false;

		for (size_t k = 0; k < a->n && !found; k++)
			found = strstr(b->s[i], a->s[k]) != NULL;
		if (!found)
			return false;
	}
	return true;
}

/*
 * Add the strings of b to clause a, both minimal (no string holds
 * another), keeping a minimal: the cost is |a| x |b|, not |a + b|^2.
 */
static void
rl_merge(struct relit_clause *a, const struct relit_clause *b)
{
	for (size_t k = 0; k < b->n; k++) {
		bool covered = false;

		for (size_t i = 0; i < a->n && !covered; i++)
			covered = strstr(b->s[k], a->s[i]) != NULL;
		if (covered)
			continue;
		for (size_t i = a->n; i-- > 0; )
			if (strstr(a->s[i], b->s[k]) != NULL) {
				free(a->s[i]);
				memmove(a->s + i, a->s + i + 1,
				    (--a->n - i) * sizeof(*a->s));
			}
		rl_push(&a->s, &a->n, b->s[k], strlen(b->s[k]));
	}
}

/* Drop clause i of in. */
static void
rl_drop(struct rl_info *in, size_t i)
{
	rl_list_free(in->clause[i].s, in->clause[i].n);
	in->clause[i] = in->clause[--in->nclause];
}

/*
 * Keep clause c (taken over). A clause another one implies adds nothing;
 * beyond the cap the weakest goes.
 */
static void
rl_keep(struct rl_info *in, struct relit_clause *c)
{
	size_t weakest = 0;

	for (size_t i = 0; i < in->nclause; i++)
		if (rl_implies(&in->clause[i], c)) {
			rl_list_free(c->s, c->n);
			return;
		}
	for (size_t i = in->nclause; i-- > 0; )
		if (rl_implies(c, &in->clause[i]))
			rl_drop(in, i);
	if (in->nclause < RL_CLAUSE_MAX) {
		in->clause[in->nclause++] = *c;
		return;
	}
	for (size_t i = 1; i < in->nclause; i++)
		if (rl_score(&in->clause[i]) < rl_score(&in->clause[weakest]))
			weakest = i;
	if (rl_score(c) <= rl_score(&in->clause[weakest])) {
		rl_list_free(c->s, c->n);
		return;
	}
	rl_drop(in, weakest);
	in->clause[in->nclause++] = *c;
}

/* Keep a known set as a clause. */
static void
rl_keep_set(struct rl_info *in, const struct rl_set *s)
{
	struct relit_clause c;

	if (s != NULL && s->known && rl_clause_from(s, &c))
		rl_keep(in, &c);
}

/* Turn the part's strings into clauses: it is no longer joined with. */
static void
rl_flush(struct rl_info *in)
{
	rl_keep_set(in, &in->exact);
	rl_keep_set(in, &in->pre);
	rl_keep_set(in, &in->suf);
	rl_set_clear(&in->exact);
	rl_set_clear(&in->pre);
	rl_set_clear(&in->suf);
}

/* Move b's clauses into a. */
static void
rl_take_clauses(struct rl_info *a, struct rl_info *b)
{
	for (size_t i = 0; i < b->nclause; i++)
		rl_keep(a, &b->clause[i]);
	b->nclause = 0;
}

/* The start ('p') or end ('s') set of a followed by b. */
static struct rl_set
rl_join_side(const struct rl_info *a, const struct rl_info *b, char which)
{
	const struct rl_info *near = which == 'p' ? a : b;
	const struct rl_set *x = rl_side(a, 's'), *y = rl_side(b, 'p');
	struct rl_set out;

	if (!near->exact.known) {
		const struct rl_set *s = which == 'p' ? &a->pre : &b->suf;

		return rl_set_copy(s);
	}
	if (which == 'p' && y != NULL && rl_product(&a->exact, y, 'p', &out))
		return out;
	if (which == 's' && x != NULL && rl_product(x, &b->exact, 's', &out))
		return out;
	return rl_set_copy(&near->exact);
}

/* a = a followed by b; b is consumed. */
static void
rl_concat(struct rl_info *a, struct rl_info *b)
{
	const struct rl_set *x = rl_side(a, 's'), *y = rl_side(b, 'p');
	struct rl_set exact, pre, suf, join;

	rl_take_clauses(a, b);
	if (a->exact.known && b->exact.known &&
	    rl_product(&a->exact, &b->exact, 'e', &exact)) {
		rl_set_clear(&a->exact);
		a->exact = exact;
		rl_info_free(b);
		return;
	}
	pre = rl_join_side(a, b, 'p');
	suf = rl_join_side(a, b, 's');
	if (x != NULL && y != NULL && rl_product(x, y, 's', &join)) {
		rl_keep_set(a, &join);
		rl_set_clear(&join);
	} else {
		rl_keep_set(a, x);
		rl_keep_set(a, y);
	}
	rl_set_clear(&a->exact);
	rl_set_clear(&a->pre);
	rl_set_clear(&a->suf);
	a->pre = pre;
	a->suf = suf;
	rl_info_free(b);
}

/*
 * The strength a known set would have as a clause (see rl_score), or -1
 * when one of its strings maps to nothing, without building the clause.
 */
static int
rl_set_score(const struct rl_set *set)
{
	char buf[RL_STR_MAX + 2];
	int best = -1;

	if (!set->known)
		return -1;
	for (size_t i = 0; i < set->n; i++) {
		size_t n = rl_finalize(set->s[i], buf);
		int w = rl_weight(buf);

		if (strspn(buf, " ") == n)
			return -1;
		if (best < 0 || w < best)
			best = w;
	}
	return best;
}

/* The strongest clause of in, counting its sets; copied into out. */
static bool
rl_best(const struct rl_info *in, struct relit_clause *out)
{
	const struct rl_set *sets[3] = { &in->exact, &in->pre, &in->suf };
	const struct relit_clause *best = NULL;
	const struct rl_set *best_set = NULL;
	int score = -1;

	/* Clauses first: on a tie they hold more than a start or end. */
	for (size_t i = 0; i < in->nclause; i++)
		if (best == NULL || rl_score(&in->clause[i]) > score) {
			best = &in->clause[i];
			score = rl_score(best);
		}
	for (int i = 0; i < 3; i++) {
		int sc = rl_set_score(sets[i]);

		if (sc >= 0 && sc > score) {
			best_set = sets[i];
			score = sc;
		}
	}
	if (best_set != NULL)
		return rl_clause_from(best_set, out);
	memset(out, 0, sizeof(*out));
	for (size_t i = 0; best != NULL && i < best->n; i++)
		rl_push(&out->s, &out->n, best->s[i], strlen(best->s[i]));
	return best != NULL;
}

/* s = s or t, when both are known and the union is small enough. */
static void
rl_union(struct rl_set *s, const struct rl_set *t)
{
	if (s == NULL)
		return;
	if (t == NULL || !s->known || !t->known || s->n + t->n > RL_SET_MAX) {
		rl_set_clear(s);
		return;
	}
	for (size_t i = 0; i < t->n; i++)
		rl_add(&s->s, &s->n, t->s[i], strlen(t->s[i]));
}

/*
 * a = a or b; b is consumed. A match of either side contains the
 * strongest clause of that side, so the union of the two is a clause.
 */
static void
rl_either(struct rl_info *a, struct rl_info *b)
{
	struct relit_clause ca, cb;
	bool ha = rl_best(a, &ca), hb = rl_best(b, &cb);
	struct rl_set pre = rl_set_copy(rl_side(a, 'p') != NULL ?
	    rl_side(a, 'p') : &a->pre);
	struct rl_set suf = rl_set_copy(rl_side(a, 's') != NULL ?
	    rl_side(a, 's') : &a->suf);

	rl_union(&pre, rl_side(b, 'p'));
	rl_union(&suf, rl_side(b, 's'));
	rl_union(&a->exact, b->exact.known ? &b->exact : NULL);
	rl_set_clear(&a->pre);
	rl_set_clear(&a->suf);
	a->pre = pre;
	a->suf = suf;
	for (size_t i = 0; i < a->nclause; i++)
		rl_list_free(a->clause[i].s, a->clause[i].n);
	a->nclause = 0;
	if (ha && hb) {
		rl_merge(&ca, &cb);
		rl_keep(a, &ca);
	} else
		rl_list_free(ca.s, ca.n);
	rl_list_free(cb.s, cb.n);
	rl_info_free(b);
}

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
			rl_add(&in->exact.s, &in->exact.n, "", 0);
		else if (min == 0)
			rl_info_free(in);
		return;
	}
	if (min == 0 && max == 1 && in->exact.known &&
	    in->exact.n < RL_SET_MAX) {
		struct rl_set exact = rl_set_copy(&in->exact);

		rl_info_free(in);
		in->exact = exact;
		rl_add(&in->exact.s, &in->exact.n, "", 0);
	} else if (min == 0) {
		rl_info_free(in);	/* may match nothing: no constraint */
	} else if ((min != 1 || max != 1) && in->exact.known) {
		rl_set_clear(&in->pre);
		rl_set_clear(&in->suf);
		in->pre = rl_set_copy(&in->exact);
		in->suf = rl_set_copy(&in->exact);
		rl_set_clear(&in->exact);
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
		else if (*p == '[' && p[1] == ':') {
			const char *end = strstr(p + 2, ":]");

			if (end != NULL)
				p = end + 1;
		}
		p++;
	}
	if (*p != ']')
		ps->bad = true;
	ps->p = *p == ']' ? p + 1 : p;
	rl_info_any(in);
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

/* An escape: \b, an escaped literal, or a class such as \w. */
static void
rl_escape(struct rl_parse *ps, struct rl_info *in)
{
	unsigned char c = (unsigned char)ps->p[1];
	char lit = (char)c;

	ps->p += c != '\0' ? 2 : 1;
	rl_info_any(in);
	if (c == 'b') {
		lit = RL_BOUND;
		rl_info_string(in, &lit, 1);
	} else if (c != '\0' && strchr("BAzZG", c) != NULL)
		rl_info_string(in, "", 0);
	else if (c == 's' || c == 'W')
		rl_info_string(in, " ", 1);	/* maps to a space */
	else if (c != '\0' && strchr("dDwShHvVRNXCnrtfea", c) != NULL)
		return;
	else if (c == 'p' || c == 'P' || c == 'x' || c == 'o')
		rl_escape_arg(ps, c);
	else if (c != '\0' && isascii(c) && !isalnum(c) && c != '\n')
		rl_info_string(in, &lit, 1);
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

	rl_info_any(in);
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
	rl_info_string(in, "", 0);
	if (kind == '=') {
		rl_flush(&body);
		rl_take_clauses(in, &body);
	}
	rl_info_free(&body);
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
		rl_info_string(in, "", 0);
	} else if (c == '.' || c >= 0x80) {
		/* Any character; a UTF-8 one is skipped whole. */
		ps->p++;
		while (((unsigned char)*ps->p & 0xc0) == 0x80)
			ps->p++;
		rl_info_any(in);
	} else if (c == '*' || c == '+' || c == '?' || c == '{') {
		ps->bad = true;
		rl_info_any(in);
	} else {
		ps->p++;
		rl_info_string(in, &lit, 1);
	}
	rl_quantifier(ps, in);
	return true;
}

/* A sequence of pieces. */
static void
rl_seq(struct rl_parse *ps, struct rl_info *out)
{
	struct rl_info piece;

	rl_info_string(out, "", 0);
	while (rl_piece(ps, &piece))
		rl_concat(out, &piece);
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
		rl_either(out, &next);
	}
}

/*
 * The clauses of regex re (PCRE2 syntax, compiled with or without
 * PCRE2_CASELESS) into *out; returns how many. Zero clauses means the
 * regex may match any text. Caller frees with relit_free.
 */
size_t
relit_extract(const char *re, struct relit_clause **out)
{
	struct rl_parse ps = { re, 0, false };
	struct rl_info in;
	size_t n = 0;

	*out = NULL;
	rl_alt(&ps, &in);
	if (*ps.p != '\0')
		ps.bad = true;	/* an unbalanced ')' */
	rl_flush(&in);
	if (!ps.bad && in.nclause > 0) {
		*out = xreallocarray(NULL, in.nclause, sizeof(**out));
		for (size_t i = 0; i < in.nclause; i++)
			(*out)[n++] = in.clause[i];
		in.nclause = 0;
	}
	rl_info_free(&in);
	return n;
}

/* Free clauses from relit_extract; accepts NULL. */
void
relit_free(struct relit_clause *c, size_t n)
{
	for (size_t i = 0; c != NULL && i < n; i++)
		rl_list_free(c[i].s, c[i].n);
	free(c);
}
