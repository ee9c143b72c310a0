/*
 * Crisis detection: recognizes messages that signal danger (suicidal
 * thoughts, self-harm, overdose, a medical emergency, someone else in
 * danger) before any other matching. The rules are built into the binary;
 * a knowledge base can add phrases but never remove these.
 */
#ifndef FAQBOT_CRISIS_H
#define FAQBOT_CRISIS_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

struct crisis;
struct index;
struct kb_crisis_src;
struct prefilter;
struct prefilter_set;

/* The members of crisis_set, in order. */
enum crisis_pf {
	CRISIS_PF_RULES,	/* crisis_rules_pf */
	CRISIS_PF_TOPIC,	/* crisis_topic_pf */
	CRISIS_PF_EXTRA,	/* what crisis_join was given */
	CRISIS_PF_COUNT
};

struct crisis_hit {
	const char	*rule;		/* name of the rule that fired */
	char		 tier;		/* 'A' imminent, 'B' possible risk */
	bool		 corrected;	/* fired only after typo correction */
};

/*
 * What the caller's scan of the normalized message with crisis_rules_pf
 * found: may per rule, alt_may per alternative (borrowed).
 */
struct crisis_pre {
	const bool	*may;
	const bool	*alt_may;
};

struct crisis	*crisis_new(const struct kb_crisis_src *, size_t,
		    struct diag *);
void		 crisis_free(struct crisis *);
bool		 crisis_check(const struct crisis *, const char *norm,
		    struct crisis_hit *);
bool		 crisis_check_message(const struct crisis *, const char *,
		    size_t, const char *norm, struct crisis_hit *);
bool		 crisis_check_message_pre(const struct crisis *,
		    const char *, size_t, const char *norm,
		    const struct crisis_pre *, struct crisis_hit *);
bool		 crisis_topic(const struct crisis *, const char *norm);
bool		 crisis_topic_pre(const struct crisis *, const char *norm,
		    bool may);
const struct prefilter *crisis_rules_pf(const struct crisis *);
const struct prefilter *crisis_topic_pf(const struct crisis *);
void		 crisis_join(struct crisis *, const struct prefilter *);
const struct prefilter_set *crisis_set(const struct crisis *);
void		 crisis_vocabulary(struct crisis *, const struct index *);

#endif
