/*
 * Text handling for questions and knowledge: UTF-8 validation, the
 * normalizer (case folding, accents, contractions, chat shorthand,
 * stretched letters, punctuation), stop words, stemming and the typo
 * distance.
 */
#ifndef FAQBOT_TEXT_H
#define FAQBOT_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "buf.h"

/* A question longer than this (bytes) is cut at a character boundary. */
#define TEXT_MAX_QUESTION	4096
/* Longest word kept; longer runs of letters are split. */
#define TEXT_MAX_WORD		64

bool	 text_valid_utf8(const char *, size_t, size_t *bad_offset);
size_t	 text_cut_utf8(const char *, size_t len, size_t max);
bool	 text_normalize(const char *, size_t, struct buf *out);
bool	 text_is_stopword(const char *, size_t);
size_t	 text_stem(const char *, size_t, char *out, size_t outsz);
int	 text_distance(const char *, size_t, const char *, size_t, int max);
bool	 text_is_number(const char *, size_t);

/*
 * The length of the word at s in a normalized text: up to the next space
 * or the end, what strcspn(s, " ") says, without strcspn's set-up for a
 * set of bytes (words are short, and this runs for every word of every
 * reading of a question). Needs _GNU_SOURCE, which the build defines.
 */
static inline size_t
text_word_len(const char *s)
{
	return (size_t)(strchrnul(s, ' ') - s);
}

#endif
