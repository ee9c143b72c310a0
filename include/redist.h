/*
 * A regex source with each top-level alternative P(?:A|B)S (P and S "\b"
 * or nothing) written as P(?:A)S|P(?:B)S, so that the prefilter can skip
 * its parts one by one (bot/redist.c).
 */
#ifndef FAQBOT_REDIST_H
#define FAQBOT_REDIST_H

/* The rewritten source, or NULL when nothing changes; caller frees. */
char	*redist(const char *re);

#endif
