/*
 * Private to the text module: the normalizer (bot/text.c) reads the word
 * lists of bot/text_words.c through these.
 */
#ifndef FAQBOT_TEXT_IMPL_H
#define FAQBOT_TEXT_IMPL_H

#include <stdbool.h>
#include <stddef.h>

/* A word and what it reads as. */
struct text_pair {
	const char	*from;
	const char	*to;
};

/* The expansion of a shorthand word or contraction ("im"), or NULL. */
const char	*text_short_find(const char *, size_t);
/* True for a word whose "'s" means "is" ("what's"), not a possessive. */
bool		 text_is_is_word(const char *, size_t);

#endif
