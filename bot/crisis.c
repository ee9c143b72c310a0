/*
 * Crisis rules. They read the normalized question (lower case, single
 * spaces, contractions expanded: "i'm" is "i am", "can't" is "can not"),
 * first as typed and then with misspellings of crisis words corrected.
 *
 * Tuning rule: missing a person in danger is a safety failure, answering a
 * question about a topic with the crisis reply is a usability failure, so
 * when in doubt a rule fires. The rules look for the first person, a
 * present or future tense, a plan or means, or someone named in danger,
 * which is what separates "i want to die" from "can ketamine help
 * suicidal thoughts?". Negation never turns a rule off.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "crisis.h"
#include "kb_impl.h"
#include "text.h"
#include "typo.h"
#include "xmalloc.h"

struct crisis_rule {
	const char	*name;
	char		 tier;
	const char	*re;
};

/* Someone other than the writer: "my brother", "she", "a friend". */
#define OTHER "(?:he|she|they|someone|somebody|(?:a|my|our) (?:best )?" \
	"(?:friend|brother|sister|mom|mother|dad|father|son|daughter|wife|" \
	"husband|partner|roommate|girlfriend|boyfriend|kid|child|teen|" \
	"teenager|cousin|aunt|uncle|grandma|grandpa|grandmother|grandfather|" \
	"patient|buddy|fiance|fiancee|spouse|coworker|neighbor|family member))"
/* A short gap of up to n words. */
#define GAP(n) "(?:\\w+ ){0," #n "}?"
/* "i" as a statement, not after "will/would/could/might/if/what if". */
#define I_STMT "(?<!will )(?<!would )(?<!could )(?<!might )(?<!if )\\bi "

static const struct crisis_rule crisis_rules[] = {
	{ "self-harm-act", 'A', "\\b(?:kill|killing|kil|hurt|hurting|harm|"
	    "harming|cut|cutting|burn|burning|shoot|shooting|hang|hanging|"
	    "drown|drowning|poison|poisoning|strangle|suffocate|starve|"
	    "starving|unalive|unaliving|off|offing|end|ending|stab|stabbing)"
	    " myself\\b" },
	{ "slang", 'A', "\\b(?:kms|kys|unalive|unaliving|sewerslide|sewer "
	    "slide|self delete|self deleting|selfdelete|su1c1de|suic1de)\\b" },
	{ "suicide-intent", 'A', "\\b(?:want|wanted|wanting|going|plan|"
	    "planning|planned|ready|decided|deciding|thinking|thought|think|"
	    "considering|consider|contemplating|attempt|attempting|try|"
	    "trying) (?:to |about |of )?(?:commit |committing |do |doing )?"
	    "suicide\\b" },
	{ "suicidal-self", 'B', I_STMT GAP(3) "suicidal\\b|\\b(?:feeling|"
	    "feel|felt|been|my|still|so|very|really|kinda|getting) suicidal\\b|"
	    "\\bsuicidal (?:right now|today|tonight|again|lately|all the "
	    "time|every day|thoughts again)\\b" },
	{ "want-to-die", 'B', "\\b(?:want|wanted|wanting|wish|wishing|ready|"
	    "prefer|rather|deserve|hope|hoping|longing|need) (?:to |i (?:was|"
	    "were|could) |i (?:was|were) )?(?:just )?(?:be )?(?:die|dead|"
	    "died|dying|gone forever|disappear|disappear forever|sleep "
	    "forever|not exist|stop existing|not wake up|never wake up|not be "
	    "here)\\b" },
	{ "not-want-to-live", 'B', "\\b(?:do not|never|no longer) want to "
	    "(?:be alive|live|living|exist|be here|wake up|go on|keep going|"
	    "be around)\\b" },
	{ "end-my-life", 'A', "\\b(?:end|ending|ended|take|taking|took) my "
	    "(?:own )?life\\b|\\bend(?:ing)? it all\\b|\\b(?:i am|i will|"
	    "want to|going to|i might|i should|about to|thinking (?:about|of)"
	    "|thought (?:about|of)|plan to|ready to) (?:just )?end(?:ing)? "
	    "(?:it|things|everything)\\b" },
	{ "hopeless", 'B', "\\b(?:no reason to live|nothing (?:left )?to "
	    "live for|not worth living|(?:can not|could not) (?:go on|do this "
	    "any ?more|take (?:it|this|life) any ?more|keep going|live like "
	    "this|handle (?:life|it) any ?more|bear it)|better off (?:dead|"
	    "without me|if i (?:was|were) (?:gone|dead))|tired of (?:living|"
	    "being alive|life)|(?:no|any|the) point (?:in |of )?(?:living|"
	    "being alive|going on|life)|i am (?:such )?a burden|i am done "
	    "(?:with )?(?:life|living|everything|it all)|(?:no one|nobody) "
	    "would (?:miss|care)|give up on (?:life|living|myself)|want it "
	    "all to (?:end|stop))\\b|^(?:i am done|i give up)$" },
	{ "means", 'A', "\\b(?:saved|saving|stockpil\\w*|hoard\\w*|"
	    "collected|collecting|stash\\w*) (?:up )?" GAP(3) "(?:pills|"
	    "meds|medications?|tablets|painkillers|pain killers|sleeping "
	    "pills)\\b|\\b(?:pills|meds|tablets|rope|gun|noose) " GAP(2)
	    "(?:saved|stashed|ready|lined up)\\b|\\b(?:bought|got|have|tied|"
	    "made|loaded|holding) (?:a|the|my) (?:rope|noose|gun)\\b|"
	    "\\b(?:suicide|goodbye) (?:note|letter)s?\\b|\\b(?:jump|jumping)"
	    " (?:off|from|in front of) (?:a|the|this|that)\\b|\\b(?:tall|"
	    "tallest|high|highest)\\w* (?:bridges?|buildings?|cliffs?|roofs?)"
	    "\\b" },
	{ "means-info", 'A', "\\bhow (?:many|much) " GAP(4) "(?:to (?:die|"
	    "kill|overdose|od)|would (?:kill|be (?:lethal|fatal|deadly))|"
	    "(?:is|are) (?:lethal|fatal|deadly|a lethal))\\b|\\b(?:lethal|"
	    "fatal|deadly) (?:dose|amount|overdose)\\b" },
	{ "overdose", 'A', "\\boverdos(?:ed|ing)\\b|\\b(?:i|he|she|they|"
	    "we|just|accidentally|think i) " GAP(2) "(?:od|odd|oded|o d)\\b|"
	    "\\b(?:took|taken|take|swallowed|swallow|ate|popped|downed) "
	    GAP(3) "(?:too (?:many|much)|(?:a|the|an) (?:whole|entire|full)"
	    " (?:bottle|pack|packet|box|strip)|all (?:of )?(?:my|the|his|her|"
	    "their) (?:pills|meds|medications?|tablets|prescription|"
	    "sleeping pills)|(?:a )?handful|(?:a )?bottle of|an overdose)\\b" },
	{ "self-harm", 'A', I_STMT "(?!used to)" GAP(3) "(?:self ?harm\\w*|"
	    "selfharm\\w*)|\\b(?:i|been|keep|started|again) (?:\\w+ )?"
	    "(?:cutting|cut|burning|burned|burnt|hurting|scratching) (?:my "
	    "(?:arms?|wrists?|legs?|thighs?|skin|stomach))\\b|\\burges? to "
	    "(?:cut|self harm|hurt myself|die|kill|end it)\\b" },
	{ "other-in-danger", 'A', "\\b" OTHER " " GAP(5) "(?:kill|hurt|harm|"
	    "cut|shoot|hang|unalive|off|end) (?:him|her|them)sel(?:f|ves)\\b"
	    "|\\b" OTHER " " GAP(3) "(?:suicidal|overdosed|od|is not "
	    "breathing|stopped breathing|(?:will|would|can) not wake up|is "
	    "unconscious|unresponsive|collapsed|passed out|fainted|having a "
	    "seizure|turning blue|took too many)\\b|\\b" OTHER " " GAP(5)
	    "(?:end|ending|take|taking) (?:it|it all|things|(?:his|her|"
	    "their) (?:own )?life)\\b" },
	{ "breathing", 'A', "\\b(?:can not|could not) breath\\w*|\\b(?:not|"
	    "stopped|stop) breathing\\b|\\b(?:i am|i have been|he is|she is|"
	    "they are) (?:having|getting) (?:\\w+ )?(?:trouble|difficulty|"
	    "a hard time) breath\\w*|\\b(?:i am|i feel|feeling|he is|she is) "
	    "(?:so |very |really )?short of breath\\b" },
	{ "chest-pain", 'A', I_STMT GAP(2) "(?:chest|heart) (?:pain|pains|"
	    "hurts|hurting|is (?:hurting|tight|pounding)|tightness|pressure|"
	    "feels tight)\\b|\\b(?:my|having) (?:chest|heart) (?:pain|pains|"
	    "hurts|hurting|is (?:hurting|tight|pounding)|tightness|pressure|"
	    "feels tight)\\b|\\bchest (?:pain|pains|hurts|tightness) (?:after|"
	    "since|during|right now|now|today|tonight)\\b" },
	{ "emergency", 'A', "\\b(?:having|had|has|just had|is having|am "
	    "having) (?:a |an )?(?:heart attack|stroke|seizure|allergic "
	    "reaction|anaphyla\\w*)\\b|\\b(?:throat (?:is )?(?:closing|"
	    "swelling)|lips (?:are )?(?:turning )?blue)\\b|\\b(?:is|are|was|"
	    "just went|went|has gone|still) (?:\\w+ )?(?:unconscious|"
	    "unresponsive)\\b|\\b(?:will|would|can) not wake (?:him |her |"
	    "them )?up\\b|\\b(?:passed out|blacked out|collapsed|fainted)"
	    "\\b|\\b(?:bleeding (?:a lot|heavily|badly)|(?:can not|will not) "
	    "stop (?:the )?bleeding)\\b|\\b(?:this is|having|it is) (?:an? )?"
	    "(?:medical )?emergency\\b|\\bcall(?:ing)? (?:911|an ambulance)"
	    "\\b" },
	{ "after-infusion", 'A', "\\b(?:confused|hallucinating|vomiting "
	    "blood|heart (?:is )?racing|can not stop shaking|seizing) " GAP(4)
	    "(?:after|since) " GAP(1) "(?:infusion|treatment|session|"
	    "appointment|ketamine)\\b" },
};

/* Words the rules need, for typo correction of what was typed. */
static const char *crisis_lexicon[] = {
	"suicide", "suicidal", "myself", "himself", "herself", "themselves",
	"overdose", "overdosed", "overdosing", "breathe", "breathing",
	"unconscious", "unresponsive", "seizure", "bleeding", "fainted",
	"collapsed", "killing", "pills", "hopeless", "anymore", "living",
	"alive", "dying", "tablets", "medications", "stockpiled",
	"swallowed", "emergency", "infusion", "treatment", "harming",
	"cutting", "bottle", "wrists", "burden", "unalive", "disappear",
	"nothing", "forever", "ending", "hurting", "strangle",
};

/* A topic near suicide or self-harm: answered normally, with a note. */
static const char crisis_topic_re[] = "\\b(?:suicid\\w*|self ?harm\\w*|"
    "kill(?:ing)? (?:my|him|her|them|your)sel\\w*|end(?:ing)? (?:my|their|"
    "his|her|your) (?:own )?life|overdos\\w*|want(?:ing)? to die)";

struct crisis {
	pcre2_code	*all;		/* every rule in one alternation */
	pcre2_code	**rules;	/* built-in, then the knowledge's */
	const char	**names;
	char		*tiers;
	size_t		 nrules;
	pcre2_code	*topic;
	pcre2_match_context *mctx;
	struct typo	*lex;
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* Compile a rule; NULL with a diagnostic. */
static pcre2_code *
crisis_compile(const char *re, const char *file, int line, struct diag *d)
{
	pcre2_code *code;
	int err;
	PCRE2_SIZE off;

	code = pcre2_compile((PCRE2_SPTR)re, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS, &err, &off, NULL);
	if (code == NULL) {
		PCRE2_UCHAR msg[256];

		pcre2_get_error_message(err, msg, sizeof(msg));
		diag_add(d, file != NULL ? file : "built-in crisis rule", line,
		    "crisis pattern error at offset %zu: %s", (size_t)off,
		    (char *)msg);
		return NULL;
	}
	(void)pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
	return code;
}

/* Add one rule to the list and to the alternation being built. */
static void
crisis_add(struct crisis *c, struct buf *all, const char *name, char tier,
    const char *re, const char *file, int line, struct diag *d)
{
	size_t i = c->nrules++;

	c->rules = xreallocarray(c->rules, c->nrules, sizeof(*c->rules));
	c->names = xreallocarray(c->names, c->nrules, sizeof(*c->names));
	c->tiers = xreallocarray(c->tiers, c->nrules, sizeof(*c->tiers));
	c->rules[i] = crisis_compile(re, file, line, d);
	c->names[i] = name;
	c->tiers[i] = tier;
	if (c->rules[i] == NULL)
		return;
	if (all->len > 0)
		buf_putc(all, '|');
	buf_printf(all, "(?:%s)", re);
}

/*
 * The detector: the built-in rules plus the knowledge's extra ones. A bad
 * extra pattern is reported at its file:line. Caller frees.
 */
struct crisis *
crisis_new(const struct kb_crisis_src *extra, size_t nextra, struct diag *d)
{
	struct crisis *c = xcalloc(1, sizeof(*c));
	struct buf all;

	buf_init(&all, 0);
	for (size_t i = 0; i < NELEM(crisis_rules); i++)
		crisis_add(c, &all, crisis_rules[i].name, crisis_rules[i].tier,
		    crisis_rules[i].re, NULL, 0, d);
	for (size_t i = 0; i < nextra; i++)
		crisis_add(c, &all, "knowledge phrase", 'A', extra[i].regex,
		    extra[i].file, extra[i].line, d);
	c->all = crisis_compile(buf_str(&all), NULL, 0, d);
	c->topic = crisis_compile(crisis_topic_re, NULL, 0, d);
	buf_finish(&all);
	c->mctx = pcre2_match_context_create(NULL);
	pcre2_set_match_limit(c->mctx, 200000);
	pcre2_set_depth_limit(c->mctx, 2000);
	c->lex = typo_new();
	for (size_t i = 0; i < NELEM(crisis_lexicon); i++)
		typo_add(c->lex, crisis_lexicon[i], (int)i, 1);
	return c;
}

/* Free the detector; accepts NULL. */
void
crisis_free(struct crisis *c)
{
	if (c == NULL)
		return;
	for (size_t i = 0; i < c->nrules; i++)
		pcre2_code_free(c->rules[i]);
	free(c->rules);
	free(c->names);
	free(c->tiers);
	pcre2_code_free(c->all);
	pcre2_code_free(c->topic);
	pcre2_match_context_free(c->mctx);
	typo_free(c->lex);
	free(c);
}

/*
 * True when code matches s. A match that hits a resource limit counts as
 * a match for crisis rules: a runaway input must not hide a crisis.
 */
static bool
crisis_run(const struct crisis *c, const pcre2_code *code, const char *s,
    bool limit_is_match)
{
	pcre2_match_data *md;
	int rc;

	if (code == NULL)
		return false;
	md = pcre2_match_data_create(1, NULL);
	rc = pcre2_match(code, (PCRE2_SPTR)s, strlen(s), 0, 0, md, c->mctx);
	pcre2_match_data_free(md);
	if (rc >= 0)
		return true;
	return rc != PCRE2_ERROR_NOMATCH && limit_is_match;
}

/* Rewrite words that look like misspelled crisis words; NULL if none. */
static char *
crisis_correct(const struct crisis *c, const char *s)
{
	struct buf b;
	bool changed = false;

	buf_init(&b, 0);
	while (*s != '\0') {
		size_t n = strcspn(s, " ");
		int d = 0, id = typo_lookup(c->lex, s, n, &d);

		if (b.len > 0)
			buf_putc(&b, ' ');
		if (id >= 0 && d > 0) {
			buf_puts(&b, crisis_lexicon[id]);
			changed = true;
		} else
			buf_append(&b, s, n);
		s += n;
		while (*s == ' ')
			s++;
	}
	if (!changed) {
		buf_finish(&b);
		return NULL;
	}
	return buf_steal(&b);
}

/* Name the first rule that matches s. */
static void
crisis_which(const struct crisis *c, const char *s, struct crisis_hit *hit)
{
	for (size_t i = 0; i < c->nrules; i++) {
		if (crisis_run(c, c->rules[i], s, true)) {
			hit->rule = c->names[i];
			hit->tier = c->tiers[i];
			return;
		}
	}
	hit->rule = "combined";
	hit->tier = 'A';
}

/*
 * True when the normalized question signals a crisis; hit (optional) says
 * which rule fired. Thread-safe: the detector is read-only.
 */
bool
crisis_check(const struct crisis *c, const char *norm, struct crisis_hit *h)
{
	struct crisis_hit local;
	char *fixed = NULL;
	const char *s = norm;
	bool hit;

	if (h == NULL)
		h = &local;
	memset(h, 0, sizeof(*h));
	hit = crisis_run(c, c->all, s, true);
	if (!hit) {
		fixed = crisis_correct(c, norm);
		if (fixed != NULL && crisis_run(c, c->all, fixed, true)) {
			hit = true;
			h->corrected = true;
			s = fixed;
		}
	}
	if (hit)
		crisis_which(c, s, h);
	free(fixed);
	return hit;
}

/* True when a question that is not a crisis still touches on suicide. */
bool
crisis_topic(const struct crisis *c, const char *norm)
{
	return crisis_run(c, c->topic, norm, false);
}
