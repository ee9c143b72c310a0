/*
 * Typo tolerance: finds the known word closest to a misspelled one, within
 * one edit for words of 4 to 7 letters and two for longer words, using a
 * dictionary of deletions built once (the "symmetric delete" method), so a
 * lookup costs a few hash probes rather than a scan of the vocabulary.
 */
#ifndef FAQBOT_TYPO_H
#define FAQBOT_TYPO_H

#include <stddef.h>

struct typo;

struct typo	*typo_new(void);
void		 typo_free(struct typo *);
void		 typo_add(struct typo *, const char *word, int id, int weight);
int		 typo_max_edits(size_t len);
int		 typo_lookup(const struct typo *, const char *, size_t,
		    int *dist);

#endif
