/*
 * The algebra of the required-literal extraction (see relit.c for the
 * whole idea): sets of strings, their products and unions, and the
 * clauses they turn into, for a part of a regex followed by another
 * (relit__concat) or standing as an alternative to it (relit__either).
 * Strings keep RL_BOUND for \b until they are mapped for matching.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "relit_impl.h"
#include "xmalloc.h"

/* True for the bytes \w matches in ASCII. */
static bool
rl_word(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c == '_';
}

/* The mapping shared by texts and literals (see relit.c). */
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

/*
 * Map text (len bytes) for matching literals: " text " through relit_map,
 * runs of spaces squeezed to one. out has room for len + 3 bytes; the
 * result is NUL-terminated and its length returned.
 */
size_t
relit_map_text(const char *text, size_t len, char *out)
{
	size_t n = 0;

	out[n++] = ' ';
	for (size_t i = 0; i < len; i++) {
		char c = relit_map((unsigned char)text[i]);

		if (c != ' ' || out[n - 1] != ' ')
			out[n++] = c;
	}
	if (out[n - 1] != ' ')
		out[n++] = ' ';
	out[n] = '\0';
	return n;
}

/* Add a copy of str (len bytes) to a list unless it is there. */
void
relit__add(char ***s, size_t *n, const char *str, size_t len)
{
	for (size_t i = 0; i < *n; i++)
		if (strlen((*s)[i]) == len && memcmp((*s)[i], str, len) == 0)
			return;
	*s = xreallocarray(*s, *n + 1, sizeof(**s));
	(*s)[(*n)++] = xstrndup(str, len);
}

void
relit__list_free(char **s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(s[i]);
	free(s);
}

/* Forget a set: it becomes "anything". */
void
relit__set_clear(struct rl_set *s)
{
	relit__list_free(s->s, s->n);
	*s = (struct rl_set){ false, NULL, 0 };
}

/* Copy of a set. */
struct rl_set
relit__set_copy(const struct rl_set *from)
{
	struct rl_set s = { from->known, NULL, 0 };

	for (size_t i = 0; i < from->n; i++)
		rl_push(&s.s, &s.n, from->s[i], strlen(from->s[i]));
	return s;
}

void
relit__info_free(struct rl_info *in)
{
	relit__set_clear(&in->exact);
	relit__set_clear(&in->pre);
	relit__set_clear(&in->suf);
	for (size_t i = 0; i < in->nclause; i++)
		relit__list_free(in->clause[i].s, in->clause[i].n);
	memset(in, 0, sizeof(*in));
}

/* A part that matches only the string s (len bytes; "" is allowed). */
void
relit__info_string(struct rl_info *in, const char *s, size_t len)
{
	memset(in, 0, sizeof(*in));
	in->exact.known = true;
	relit__add(&in->exact.s, &in->exact.n, s, len);
}

/* A part that matches one character we do not track. */
void
relit__info_any(struct rl_info *in)
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
				relit__set_clear(out);
				return false;
			}
			if (n > RL_STR_MAX && keep == 's')
				from = buf + (n - RL_STR_MAX);
			relit__add(&out->s, &out->n, from,
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
			/* A non-ASCII byte stays: see rl_nonascii. */
			char m = (unsigned char)raw[i] >= 0x80 ? raw[i] :
			    relit_map((unsigned char)raw[i]);

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
			relit__list_free(out->s, out->n);
			memset(out, 0, sizeof(*out));
			return false;
		}
		relit__add(&out->s, &out->n, buf, n);
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
	relit__list_free(in->clause[i].s, in->clause[i].n);
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
			relit__list_free(c->s, c->n);
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
		relit__list_free(c->s, c->n);
		return;
	}
	rl_drop(in, weakest);
	in->clause[in->nclause++] = *c;
}

/*
 * Drop the clauses of a single letter ("t", "m": what is left of a word
 * cut by classes, "dag[ıi]t") when a clause of a longer word stays: they
 * narrow nothing, and the automaton would mark every such letter of every
 * text. (Dropping two-letter clauses too, or keeping letters beside any
 * word, measured worse: the regexes then ran more often.)
 */
void
relit__drop_letters(struct rl_info *in)
{
	int best = 0;

	for (size_t i = 0; i < in->nclause; i++)
		if (rl_score(&in->clause[i]) > best)
			best = rl_score(&in->clause[i]);
	for (size_t i = in->nclause; i-- > 0; ) {
		int s = rl_score(&in->clause[i]);

		if (s <= 1 && best >= 4)
			rl_drop(in, i);
	}
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
void
relit__flush(struct rl_info *in)
{
	rl_keep_set(in, &in->exact);
	rl_keep_set(in, &in->pre);
	rl_keep_set(in, &in->suf);
	relit__set_clear(&in->exact);
	relit__set_clear(&in->pre);
	relit__set_clear(&in->suf);
}

/* Move b's clauses into a. */
void
relit__take_clauses(struct rl_info *a, struct rl_info *b)
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

		return relit__set_copy(s);
	}
	if (which == 'p' && y != NULL && rl_product(&a->exact, y, 'p', &out))
		return out;
	if (which == 's' && x != NULL && rl_product(x, &b->exact, 's', &out))
		return out;
	return relit__set_copy(&near->exact);
}

/* a = a followed by b; b is consumed. */
void
relit__concat(struct rl_info *a, struct rl_info *b)
{
	const struct rl_set *x = rl_side(a, 's'), *y = rl_side(b, 'p');
	struct rl_set exact, pre, suf, join;

	relit__take_clauses(a, b);
	if (a->exact.known && b->exact.known &&
	    rl_product(&a->exact, &b->exact, 'e', &exact)) {
		relit__set_clear(&a->exact);
		a->exact = exact;
		relit__info_free(b);
		return;
	}
	pre = rl_join_side(a, b, 'p');
	suf = rl_join_side(a, b, 's');
	if (x != NULL && y != NULL && rl_product(x, y, 's', &join)) {
		rl_keep_set(a, &join);
		relit__set_clear(&join);
	} else {
		rl_keep_set(a, x);
		rl_keep_set(a, y);
	}
	relit__set_clear(&a->exact);
	relit__set_clear(&a->pre);
	relit__set_clear(&a->suf);
	a->pre = pre;
	a->suf = suf;
	relit__info_free(b);
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
		relit__set_clear(s);
		return;
	}
	for (size_t i = 0; i < t->n; i++)
		relit__add(&s->s, &s->n, t->s[i], strlen(t->s[i]));
}

/*
 * a = a or b; b is consumed. A match of either side contains the
 * strongest clause of that side, so the union of the two is a clause.
 */
void
relit__either(struct rl_info *a, struct rl_info *b)
{
	struct relit_clause ca, cb;
	bool ha = rl_best(a, &ca), hb = rl_best(b, &cb);
	struct rl_set pre = relit__set_copy(rl_side(a, 'p') != NULL ?
	    rl_side(a, 'p') : &a->pre);
	struct rl_set suf = relit__set_copy(rl_side(a, 's') != NULL ?
	    rl_side(a, 's') : &a->suf);

	rl_union(&pre, rl_side(b, 'p'));
	rl_union(&suf, rl_side(b, 's'));
	rl_union(&a->exact, b->exact.known ? &b->exact : NULL);
	relit__set_clear(&a->pre);
	relit__set_clear(&a->suf);
	a->pre = pre;
	a->suf = suf;
	for (size_t i = 0; i < a->nclause; i++)
		relit__list_free(a->clause[i].s, a->clause[i].n);
	a->nclause = 0;
	if (ha && hb) {
		rl_merge(&ca, &cb);
		rl_keep(a, &ca);
	} else
		relit__list_free(ca.s, ca.n);
	relit__list_free(cb.s, cb.n);
	relit__info_free(b);
}
