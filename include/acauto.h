/*
 * An Aho-Corasick automaton over a small alphabet (a-z, 0-9, '_' and
 * space): many literal strings found in one pass over a text.
 */
#ifndef FAQBOT_ACAUTO_H
#define FAQBOT_ACAUTO_H

#include <stdbool.h>
#include <stddef.h>

struct acauto;

struct acauto	*acauto_new(void);
void		 acauto_free(struct acauto *);
bool		 acauto_add(struct acauto *, const char *s, size_t len,
		    unsigned id);
void		 acauto_build(struct acauto *);
void		 acauto_scan(const struct acauto *, const char *text,
		    size_t len, unsigned char *seen);
size_t		 acauto_scan_list(const struct acauto *, const char *text,
		    size_t len, unsigned char *seen, unsigned *found);
size_t		 acauto_scan_fold(const struct acauto *, const char *text,
		    size_t len, unsigned char *seen, unsigned *found);
size_t		 acauto_states(const struct acauto *);

#endif
