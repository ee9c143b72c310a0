/*
 * The normalizer turns what a patient typed on a phone into a plain run of
 * lower-case words separated by single spaces: "Whats KETAMINE, sooo
 * confused!!" becomes "what is ketamine so confused". Crisis detection,
 * knowledge patterns and scoring all read this form, so that one edit here
 * changes every consumer the same way. The word lists it reads (shorthand,
 * stop words) are in bot/text_words.c.
 */
#include <ctype.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libstemmer.h>
#include <utf8proc.h>

#include "text.h"
#include "text_impl.h"
#include "xmalloc.h"

/* True when s[0..n) is valid UTF-8; otherwise *bad is the first bad byte. */
bool
text_valid_utf8(const char *s, size_t n, size_t *bad)
{
	size_t i = 0;

	while (i < n) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k;

		if ((unsigned char)s[i] < 0x80 && s[i] != '\0') {
			i++;
			continue;
		}
		k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
		    (utf8proc_ssize_t)(n - i), &cp);
		if (k <= 0 || cp == 0) {
			if (bad != NULL)
				*bad = i;
			return false;
		}
		i += (size_t)k;
	}
	return true;
}

/* The largest length <= max that does not split a UTF-8 character. */
size_t
text_cut_utf8(const char *s, size_t len, size_t max)
{
	if (len <= max)
		return len;
	while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80)
		max--;
	return max;
}

/* Each byte's lower-case ASCII letter or digit, or 0 for other bytes. */
static char text_alnum_lower[256];
static pthread_once_t text_alnum_once = PTHREAD_ONCE_INIT;

/* Build the byte table (called once per process). */
static void
text_alnum_init(void)
{
	for (int c = 0; c < 256; c++)
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
			text_alnum_lower[c] = (char)c;
		else if (c >= 'A' && c <= 'Z')
			text_alnum_lower[c] = (char)(c - 'A' + 'a');
}

/* True when the word is all digits. */
bool
text_is_number(const char *w, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)w[i]))
			return false;
	return n > 0;
}

/* Append a word, separated from the previous one by a space. */
static void
text_emit(struct buf *out, const char *w, size_t n)
{
	char tmp[TEXT_MAX_WORD + 2];

	if (n == 0)
		return;
	if (out->len == 0) {
		buf_append(out, w, n);
		return;
	}
	if (n >= sizeof(tmp)) {
		buf_putc(out, ' ');
		buf_append(out, w, n);
		return;
	}
	/* One append, not two: this runs for every word. */
	tmp[0] = ' ';
	memcpy(tmp + 1, w, n);
	buf_append(out, tmp, n + 1);
}

/* Squeeze runs of three or more of the same letter: "sooo" -> "so". */
static size_t
text_squeeze(char *w, size_t n)
{
	size_t o = 0, t = 0;

	/* Most words hold no run of three: look before rewriting. */
	while (t + 2 < n && (w[t] != w[t + 1] || w[t] != w[t + 2]))
		t++;
	if (t + 2 >= n)
		return n;
	for (size_t i = 0; i < n; i++) {
		size_t run = 1;

		while (i + run < n && w[i + run] == w[i])
			run++;
		if (run >= 3 && isalpha((unsigned char)w[i])) {
			w[o++] = w[i];
			i += run - 1;
			continue;
		}
		w[o++] = w[i];
	}
	return o;
}

/* Expand a word with an apostrophe: "can't" -> "can not". */
static void
text_emit_contraction(struct buf *out, const char *w, size_t n, size_t ap)
{
	const char *suf = w + ap + 1;
	size_t sn = n - ap - 1, bn = ap;

	if (sn == 1 && suf[0] == 't' && bn > 0 && w[bn - 1] == 'n') {
		if (bn == 3 && memcmp(w, "can", 3) == 0)
			text_emit(out, "can", 3);
		else if (bn == 3 && memcmp(w, "won", 3) == 0)
			text_emit(out, "will", 4);
		else if (bn == 3 && memcmp(w, "ain", 3) == 0)
			text_emit(out, "is", 2);
		else
			text_emit(out, w, bn - 1);
		text_emit(out, "not", 3);
		return;
	}
	text_emit(out, w, bn);
	if (sn == 1 && suf[0] == 's') {
		if (text_is_is_word(w, bn))
			text_emit(out, "is", 2);
	} else if (sn == 1 && suf[0] == 'm')
		text_emit(out, "am", 2);
	else if (sn == 2 && memcmp(suf, "re", 2) == 0)
		text_emit(out, "are", 3);
	else if (sn == 2 && memcmp(suf, "ll", 2) == 0)
		text_emit(out, "will", 4);
	else if (sn == 2 && memcmp(suf, "ve", 2) == 0)
		text_emit(out, "have", 4);
	else if (sn == 1 && suf[0] == 'd')
		text_emit(out, "would", 5);
	else if (sn > 0 && out->len > 0)
		buf_append(out, suf, sn);	/* o'clock -> oclock */
	else if (sn > 0)
		text_emit(out, suf, sn);
}

/* Drop every apostrophe but the last: "rock'n'roll" -> "rockn'roll". */
static size_t
text_keep_last_apostrophe(char *w, size_t n)
{
	char *last = NULL;
	size_t o = 0;

	for (size_t i = 0; i < n; i++)
		if (w[i] == '\'')
			last = &w[i];
	for (size_t i = 0; i < n; i++)
		if (w[i] != '\'' || &w[i] == last)
			w[o++] = w[i];
	return o;
}

/* Normalize one raw word (lower case, may hold apostrophes). */
static void
text_emit_word(struct buf *out, char *w, size_t n)
{
	const char *rep;
	char *ap;

	n = text_squeeze(w, n);
	while (n > 0 && w[n - 1] == '\'')
		n--;
	while (n > 0 && w[0] == '\'') {
		w++;
		n--;
	}
	if (n == 0)
		return;
	ap = memchr(w, '\'', n);
	if (ap != NULL) {
		/* Only a word with an apostrophe has one to keep. */
		n = text_keep_last_apostrophe(w, n);
		ap = memchr(w, '\'', n);
		text_emit_contraction(out, w, n, (size_t)(ap - w));
		return;
	}
	rep = text_short_find(w, n);
	if (rep != NULL)
		text_emit(out, rep, strlen(rep));
	else
		text_emit(out, w, n);
}

/* Fold case, strip accents and compatibility forms; NULL on failure. */
static char *
text_fold(const char *in, size_t len)
{
	utf8proc_uint8_t *res = NULL;
	utf8proc_ssize_t r;

	r = utf8proc_map((const utf8proc_uint8_t *)in, (utf8proc_ssize_t)len,
	    &res, UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
	    UTF8PROC_STRIPMARK | UTF8PROC_COMPOSE | UTF8PROC_IGNORE);
	if (r < 0)
		return NULL;
	return (char *)res;
}

/* True for code points that belong inside a word. */
static bool
text_is_word_cp(utf8proc_int32_t cp)
{
	utf8proc_category_t c;

	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
		    (cp >= '0' && cp <= '9');
	c = utf8proc_category(cp);
	return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
	    (c >= UTF8PROC_CATEGORY_MN && c <= UTF8PROC_CATEGORY_ME) ||
	    (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO);
}

/* True for the apostrophes people type: ' ’ ‘ ʼ and `. */
static bool
text_is_apostrophe(utf8proc_int32_t cp)
{
	return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC ||
	    cp == '`';
}

/*
 * Emoji that carry a crisis meaning on their own ("🪢 tonight") are read
 * as the word they stand for; every other emoji separates words.
 */
static const char *
text_emoji_word(utf8proc_int32_t cp)
{
	switch (cp) {
	case 0x1FAA2:		/* knot */
		return "rope";
	case 0x1F52B:		/* pistol */
		return "gun";
	case 0x1F52A:		/* kitchen knife */
		return "knife";
	case 0x1F48A:		/* pill */
		return "pills";
	case 0x1FA78:		/* drop of blood */
		return "blood";
	case 0x26B0:		/* coffin */
		return "coffin";
	case 0x1FAA6:		/* headstone */
		return "grave";
	case 0x1F309:		/* bridge at night */
		return "bridge";
	}
	return NULL;
}

/*
 * True for the ASCII letters and digits (text_is_word_cp below 0x80).
 * Two unsigned comparisons and no branch: this runs for every byte of a
 * message, up to three times.
 */
static bool
text_ascii_alnum(char c)
{
	unsigned char u = (unsigned char)c;

	return ((unsigned char)((u | 0x20) - 'a') < 26) |
	    ((unsigned char)(u - '0') < 10);
}

/*
 * Shorthand written with a slash ("w/o", "b/c"): the slash would split it
 * into two words ("w o", read "with o"). Returns the spelled-out word when
 * word (wn bytes), the slash at s[i] and the letter after it make one.
 */
static const char *
text_slash_word(const char *word, size_t wn, const char *s, size_t i,
    size_t n)
{
	static const struct text_pair slash[] = {
		{ "w/o", "without" }, { "b/c", "because" },
		{ "w/e", "whatever" },
	};

	if (wn != 1 || i + 1 >= n || s[i] != '/')
		return NULL;
	if (i + 2 < n && (isalnum((unsigned char)s[i + 2]) ||
	    (unsigned char)s[i + 2] >= 0x80))
		return NULL;
	for (size_t k = 0; k < sizeof(slash) / sizeof(slash[0]); k++)
		if (slash[k].from[0] == word[0] &&
		    slash[k].from[2] == tolower((unsigned char)s[i + 1]))
			return slash[k].to;
	return NULL;
}

/* True when the last word of out is w. */
static bool
text_ends_with_word(const struct buf *out, const char *w)
{
	size_t n = strlen(w);

	return out->len >= n && memcmp(out->data + out->len - n, w, n) == 0 &&
	    (out->len == n || out->data[out->len - n - 1] == ' ');
}

/* Split folded text into words and emit each one normalized. */
static void
text_words(const char *s, size_t n, struct buf *out)
{
	char word[TEXT_MAX_WORD + 4];
	size_t wn = 0, i = 0;
	const char *slashed;

	while (i <= n) {
		utf8proc_int32_t cp = ' ';
		utf8proc_ssize_t k = 1;

		/* An ASCII letter or digit with room in the word: what the
		 * last branch below does, without the tests before it (one
		 * table lookup, for every byte of a message). */
		if (i < n && wn < TEXT_MAX_WORD &&
		    text_alnum_lower[(unsigned char)s[i]] != 0) {
			word[wn++] = text_alnum_lower[(unsigned char)s[i]];
			i++;
			continue;
		}
		if (i < n && (unsigned char)s[i] < 0x80) {
			cp = (unsigned char)s[i];
			if (cp >= 'A' && cp <= 'Z')
				cp += 'a' - 'A';
		} else if (i < n)
			k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
			    (utf8proc_ssize_t)(n - i), &cp);
		if (k <= 0)
			k = 1, cp = ' ';
		if (cp == '/' &&
		    (slashed = text_slash_word(word, wn, s, i, n)) != NULL) {
			text_emit(out, slashed, strlen(slashed));
			wn = 0;
			i += 2;	/* the slash and the letter after it */
			continue;
		}
		/* "how much $$$", "is it $400": a dollar sign asks a price. */
		if (cp == '$') {
			text_emit_word(out, word, wn);
			wn = 0;
			if (!text_ends_with_word(out, "price"))
				text_emit(out, "price", 5);
			i++;
			continue;
		}
		/* No emoji below U+2000: most characters skip the switch. */
		if (cp >= 0x2000 && text_emoji_word(cp) != NULL) {
			text_emit_word(out, word, wn);
			wn = 0;
			text_emit(out, text_emoji_word(cp),
			    strlen(text_emoji_word(cp)));
		} else if (text_is_apostrophe(cp) && wn > 0 &&
		    wn < TEXT_MAX_WORD) {
			word[wn++] = '\'';
		} else if (i < n && text_is_word_cp(cp) &&
		    wn + (size_t)k <= TEXT_MAX_WORD) {
			if (k == 1)
				word[wn] = (char)cp;
			else
				memcpy(word + wn, s + i, (size_t)k);
			wn += (size_t)k;
		} else {
			text_emit_word(out, word, wn);
			wn = 0;
			if (i < n && text_is_word_cp(cp))
				continue;	/* word too long: split it */
		}
		i += (size_t)k;
	}
}

/*
 * True for an ASCII letter standing alone: no letter or digit beside it.
 * The program keeps the C locale, where isalpha and isalnum are these
 * ASCII ranges; tested inline, as this runs for every byte of a message.
 */
static bool
text_lone_letter(const char *s, size_t n, size_t i)
{
	char c = (char)(s[i] | 0x20);

	return c >= 'a' && c <= 'z' &&
	    (i == 0 || !text_ascii_alnum(s[i - 1])) &&
	    (i + 1 == n || !text_ascii_alnum(s[i + 1]));
}

/*
 * The number of lone letters (text_lone_letter) in s, counted up to max.
 * Each byte is classified once, not three times: the scan of every
 * message for a run of lone letters rarely needs more.
 */
static size_t
text_lone_letters(const char *s, size_t n, size_t max)
{
	bool prev = false, cur = n > 0 && text_ascii_alnum(s[0]);
	size_t lone = 0;

	for (size_t i = 0; i < n && lone < max; i++) {
		bool next = i + 1 < n && text_ascii_alnum(s[i + 1]);

		/* A letter or digit with none beside it; digits are not
		 * letters. */
		lone += cur && !prev && !next && (unsigned char)(s[i] - '0') >= 10;
		prev = cur;
		cur = next;
	}
	return lone;
}

/*
 * Letters typed one by one ("k i l l m y s e l f", "s.u.i.c.i.d.e"): a run
 * of four or more lone letters with only spaces or dots between them is
 * joined into one word ("killmyself", "suicide"). Returns a new string
 * (caller frees), or NULL when the text has no such run (most do not).
 */
static char *
text_unspace(const char *s, size_t n)
{
	char *out = NULL;
	size_t o = 0, i = 0;

	/* A run needs four lone letters, and most texts have fewer. */
	if (text_lone_letters(s, n, 4) < 4)
		return NULL;
	while (i < n) {
		size_t j = i, letters = 0, end = i;

		while (j < n && text_lone_letter(s, n, j)) {
			letters++;
			end = ++j;
			while (j < n && (s[j] == ' ' || s[j] == '.'))
				j++;
		}
		if (letters >= 4) {
			if (out == NULL) {
				out = xmalloc(n + 1);
				memcpy(out, s, i);
				o = i;
			}
			for (size_t k = i; k < end; k++)
				if (s[k] != ' ' && s[k] != '.')
					out[o++] = s[k];
			if (end < n)
				out[o++] = ' ';
			i = j;	/* past the run and the separators after it */
			continue;
		}
		if (out != NULL)
			out[o++] = s[i];
		i++;
	}
	if (out != NULL)
		out[o] = '\0';
	return out;
}

/*
 * True when every byte of s (n bytes) is from 1 to 127. Eight bytes at a
 * time: w has a top bit set where a byte is 128 or above, and w - ones
 * where a byte is 0 (the lowest zero byte of w takes no borrow from
 * below, as only a zero byte lends one, and becomes 0xff); with bytes of
 * 1 to 127 alone, neither has a top bit set.
 */
static bool
text_plain_ascii(const char *s, size_t n)
{
	const uint64_t ones = UINT64_C(0x0101010101010101);
	const uint64_t tops = UINT64_C(0x8080808080808080);
	size_t i = 0;

	for (; i + 8 <= n; i += 8) {
		uint64_t w;

		memcpy(&w, s + i, 8);
		if (((w - ones) | w) & tops)
			return false;
	}
	for (; i < n; i++)
		if ((unsigned char)s[i] >= 0x80 || s[i] == '\0')
			return false;
	return true;
}

/*
 * Normalize a question into out (reset first). The input must be valid
 * UTF-8 (false otherwise, with out empty); it is cut to TEXT_MAX_QUESTION.
 */
bool
text_normalize(const char *in, size_t len, struct buf *out)
{
	char *folded = NULL, *joined;
	bool ascii = true;

	pthread_once(&text_alnum_once, text_alnum_init);
	buf_reset(out);
	/* Bytes 1 to 127 alone are valid UTF-8 (text_valid_utf8 would step
	 * over each): most messages skip the decoder. */
	ascii = text_plain_ascii(in, len);
	if (!ascii && !text_valid_utf8(in, len, NULL))
		return false;
	len = text_cut_utf8(in, len, TEXT_MAX_QUESTION);
	if (!ascii) {
		/* What matters is the part kept. */
		ascii = true;
		for (size_t i = 0; i < len && ascii; i++)
			ascii = (unsigned char)in[i] < 0x80;
	}
	if (!ascii) {
		folded = text_fold(in, len);
		if (folded == NULL)
			return false;
		in = folded;
		len = strlen(folded);
	}
	joined = text_unspace(in, len);
	if (joined != NULL) {
		in = joined;
		len = strlen(joined);
	}
	text_words(in, len, out);
	free(joined);
	free(folded);
	if (out->data == NULL)
		buf_append(out, "", 0);
	return true;
}

static pthread_key_t text_stem_key;
static pthread_once_t text_stem_once = PTHREAD_ONCE_INIT;

/* Thread exit: free that thread's stemmer. */
static void
text_stem_destroy(void *p)
{
	sb_stemmer_delete(p);
}

/* Create the key once per process. */
static void
text_stem_init(void)
{
	pthread_key_create(&text_stem_key, text_stem_destroy);
}

/*
 * Stem one word with Snowball English into out (NUL-terminated); returns
 * the stem's length. Snowball stemmers are not thread-safe, so each thread
 * keeps its own, freed when the thread ends.
 */
size_t
text_stem(const char *w, size_t n, char *out, size_t outsz)
{
	struct sb_stemmer *st;
	const sb_symbol *r;
	size_t rn;

	pthread_once(&text_stem_once, text_stem_init);
	st = pthread_getspecific(text_stem_key);
	if (st == NULL) {
		st = sb_stemmer_new("english", NULL);
		if (st == NULL)
			xoom("libstemmer");	/* only fails without memory */
		pthread_setspecific(text_stem_key, st);
	}
	r = sb_stemmer_stem(st, (const sb_symbol *)w, (int)n);
	rn = r != NULL ? (size_t)sb_stemmer_length(st) : n;
	if (r == NULL)
		r = (const sb_symbol *)w;
	if (rn >= outsz)
		rn = outsz - 1;
	memcpy(out, r, rn);
	out[rn] = '\0';
	return rn;
}

/* More than any distance between two words (TEXT_MAX_WORD bytes each). */
#define TEXT_DIST_FAR	(2 * TEXT_MAX_WORD + 2)

/*
 * Damerau-Levenshtein distance (optimal string alignment) between two
 * words, in bytes; returns max + 1 as soon as it must exceed max.
 *
 * Only the cells within max of the diagonal are computed, the others
 * read as TEXT_DIST_FAR: a cell that far off has a distance above max
 * already (|i - j| at least), so an alignment through it cannot end
 * within max, and every cell whose distance is max or less comes out
 * exact. A row's minimum is above max exactly when it was with the
 * full table, and the result is the same.
 */
int
text_distance(const char *a, size_t an, const char *b, size_t bn, int max)
{
	int row[3][TEXT_MAX_WORD + 2];
	int *pp, *p, *c;
	size_t w = max < 0 ? 0 : (size_t)max;

	if (an > TEXT_MAX_WORD || bn > TEXT_MAX_WORD)
		return max + 1;
	if ((an > bn ? an - bn : bn - an) > (size_t)max)
		return max + 1;
	if (w > TEXT_MAX_WORD)
		w = TEXT_MAX_WORD;
	pp = row[0], p = row[1], c = row[2];
	for (size_t j = 0; j <= bn; j++)
		p[j] = (int)j;
	for (size_t i = 1; i <= an; i++) {
		size_t lo = i > w ? i - w : 1, hi = i + w < bn ? i + w : bn;
		int best;

		c[0] = (int)i;
		best = c[0];
		/* The next row reads one cell past each end of this band. */
		if (lo > 1)
			c[lo - 1] = TEXT_DIST_FAR;
		if (hi < bn)
			c[hi + 1] = TEXT_DIST_FAR;
		for (size_t j = lo; j <= hi; j++) {
			int cost = a[i - 1] == b[j - 1] ? 0 : 1;
			int v = p[j - 1] + cost;

			if (p[j] + 1 < v)
				v = p[j] + 1;
			if (c[j - 1] + 1 < v)
				v = c[j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && pp[j - 2] + 1 < v)
				v = pp[j - 2] + 1;
			c[j] = v;
			if (v < best)
				best = v;
		}
		if (best > max)
			return max + 1;
		int *t = pp;
		pp = p, p = c, c = t;
	}
	return p[bn] > max ? max + 1 : p[bn];
}
