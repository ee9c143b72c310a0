/*
 * Subjects the clinic does not answer about (other treatments, other
 * medicines), from the knowledge's [elsewhere] section: a question that
 * names one, and none of the "unless" words, is declined rather than
 * answered with the nearest ketamine entry.
 */
#ifndef FAQBOT_ELSEWHERE_H
#define FAQBOT_ELSEWHERE_H

#include <stdbool.h>
#include <stddef.h>

struct elsewhere;

/* What a text names: a subject phrase (borrowed), an "unless" phrase. */
struct elsewhere_hit {
	const char	*topic;
	bool		 unless;
};

struct elsewhere *elsewhere_new(void);
void		 elsewhere_free(struct elsewhere *);
void		 elsewhere_add(struct elsewhere *, const char *phrase,
		    bool unless);
void		 elsewhere_build(struct elsewhere *);
void		 elsewhere_find(const struct elsewhere *, const char *text,
		    struct elsewhere_hit *);
const char	*elsewhere_check(const struct elsewhere *, const char *text);

#endif
