/*
 * The built-in crisis rules: data only, read by the detector in
 * bot/crisis.c, in parts (core, tuned, late, voices, then other
 * languages: world, germanic, east, asia; and the last rules). Kept
 * apart so that a reviewer can read every rule, its tier and its marks in
 * one place.
 */
#ifndef FAQBOT_CRISIS_RULES_H
#define FAQBOT_CRISIS_RULES_H

#include <stddef.h>

/*
 * A rule marked CRISIS_PAST does not fire when the message places the
 * event clearly in the past ("overdosed back in 2015, 8 years clean"); one
 * marked CRISIS_SOFT does not fire on a hypothetical question ("will the
 * dissociation feel like dying?"). Rules about intent, plans and means
 * carry neither mark: nothing turns them off. CRISIS_WHOLE keeps a broad
 * rule to the message as a whole: read one sentence at a time, it would
 * lose the words that tell a question from a crisis. CRISIS_STATEMENT
 * keeps one to statements: "i heard people overdose on those?" asks.
 */
enum {
	CRISIS_PAST = 1 << 0,
	CRISIS_SOFT = 1 << 1,
	CRISIS_WHOLE = 1 << 2,	/* read the whole message only */
	CRISIS_STATEMENT = 1 << 3,	/* not a sentence ending in '?' */
};

struct crisis_rule {
	const char	*name;
	char		 tier;		/* 'A' imminent, 'B' possible risk */
	const char	*re;		/* PCRE2, over normalized text */
	unsigned	 flags;
};

/* The rules in the order they are tried, from every part. */
size_t crisis_rule_count(void);
const struct crisis_rule *crisis_rule_at(size_t i);

/* The parts (bot/crisis_rules_*.c), listed in order in crisis_rules.c. */
extern const struct crisis_rule crisis_rules_core[];
extern const size_t crisis_rules_core_n;
extern const struct crisis_rule crisis_rules_tuned[];
extern const size_t crisis_rules_tuned_n;
extern const struct crisis_rule crisis_rules_late[];
extern const size_t crisis_rules_late_n;
extern const struct crisis_rule crisis_rules_voices[];
extern const size_t crisis_rules_voices_n;
extern const struct crisis_rule crisis_rules_world[];
extern const size_t crisis_rules_world_n;
extern const struct crisis_rule crisis_rules_germanic[];
extern const size_t crisis_rules_germanic_n;
extern const struct crisis_rule crisis_rules_east[];
extern const size_t crisis_rules_east_n;
extern const struct crisis_rule crisis_rules_asia[];
extern const size_t crisis_rules_asia_n;
extern const char crisis_past_re[];
extern const char crisis_soft_re[];
extern const char crisis_topic_re[];
extern const char *const crisis_lexicon[];
extern const size_t crisis_nlexicon;
extern const char *const crisis_real_words[];
extern const size_t crisis_nreal_words;

#endif
