/*
 * The built-in crisis rules. They read the normalized question (lower case,
 * single spaces, contractions expanded: "i'm" is "i am", "can't" is
 * "can not"), first as typed and then with misspellings of crisis words
 * corrected (bot/crisis.c runs them).
 *
 * Tuning rule: missing a person in danger is a safety failure, answering a
 * question about a topic with the crisis reply is a usability failure, so
 * when in doubt a rule fires. The rules look for the first person, a
 * present or future tense, a plan or means, or someone named in danger,
 * which is what separates "i want to die" from "can ketamine help
 * suicidal thoughts?". Negation never turns a rule off. Every change is
 * measured with make eval on both tuning sets (100% recall, no false
 * alarms) before it lands.
 */
#include <stddef.h>

#include "crisis_rules.h"
#include "crisis_words.h"

/* "years ago", "back in 2015", "8 years clean": a resolved past. */
const char crisis_past_re[] = "\\b(?:\\d+|many|several|a few|some|"
    "two|three|four|five|ten) (?:years?|months?|decades?) (?:ago|back|clean|"
    "sober|"
    "since|free)\\b|\\bback in (?:19|20)\\d\\d\\b|\\b(?:last|a) year\\b|"
    "\\bwhen i was (?:a )?(?:kid|teen|teenager|younger|little|young|small|"
    "child|baby|in (?:high )?school)\\b|\\bas a (?:teen|teenager|kid|child)"
    "\\b|\\b(?:years|long|a decade|decades) ago\\b|"
    "\\bin my (?:teens|twenties|thirties|forties|fifties|20s|30s|40s|"
    "teenage years)\\b|\\bonce (?:before|when|while|during|getting|at|"
    "after|in)\\b|\\b(?:fainted|passed out|blacked out|collapsed) once\\b|"
    "\\bin the past\\b|\\bhistory of\\b|\\bback in (?:college|high "
    "school|school|the day)\\b|\\bit (?:has|is) been (?:over |almost |more "
    "than )?(?:\\d+|many|several|"
    "a few|two|three|four|five|ten) (?:years?|decades?)\\b|"
    "\\blast (?:summer|spring|fall|autumn|winter)\\b|\\b(?:is|am|"
    "are) (?:fine|ok|"
    "okay|alright) now\\b|"
    "\\b(?:stable|fine|well) for years\\b|"
    "\\b(?:clean|sober|stable|recovered|doing (?:ok|okay|well|better|"
    "fine)) (?:now|since)\\b|\\bin (?:19|20)\\d\\d\\b|\\bin the (?:\\d0s|"
    "sixties|seventies|eighties|nineties)\\b|\\b(?:em|en|nel|im) (?:19|"
    "20)\\d\\d\\b|"
    "(?:[0-9]+|[一二三四五六七八九十两兩几幾]+)年前|\\banni fa\\b|"
    "\\bvor \\w+ jahren\\b|"
    "\\bfrom (?:19|20)\\d\\d\\b|"
    "\\bbefore (?:i (?:started|found|tried) )?"
    "(?:ketamine|treatment|(?:the |my )?infusions?)\\b";

/*
 * "what if", "will i", "what happens if a patient": asking, not telling.
 * A fear counts only as a worry about what may come ("scared i will stop
 * breathing", "afraid of dying in the chair"): "my son is not breathing,
 * i am scared" tells, it does not ask.
 */
const char crisis_soft_re[] = "\\b(?:what if|what happens if|what "
    "do you do if|what do (?:your|the) (?:nurses|staff|doctors) do|will i|"
    "would i|could i|might i|if i feel|will (?:the|it|this)|will (?:\\w+ ){1,2}"
    "make (?:me|you|people)|is it normal|does that "
    "happen|does it (?:feel|happen)|do people|is it common|how do you "
    "handle|(?:have|has) a (?:protocol|procedure|policy|plan) (?:for|if|"
    "when)|how (?:does|do|would|will) (?:the|your|you) (?:\\w+ )?(?:handle|"
    "deal with|respond|manage)|what (?:is|are) (?:the|your) (?:protocol|"
    "procedure|policy)|is (?:that|this|it) (?:a )?(?:real|common|normal|"
    "known) (?:side effect|thing)|(?:scared|afraid|worried|nervous|"
    "terrified|anxious) (?:that |of |about |if |(?:i|it|he|she|they|you|"
    "this|ketamine|the \\w+|my \\w+) (?:will|would|might|could|may|can|"
    "is going to|am going to|are going to|gonna)\\b)|(?:thoughts?|felt "
    "like|felt as if) (?:i|he|she) (?:would|was going to|might) (?:die|"
    "pass out|faint))\\b";

/*
 * The last rules, tried after all others: the net catches what no rule
 * foresaw, and the after-infusion rule names what the net would call
 * possible risk.
 */
static const struct crisis_rule crisis_rules_last[] = {
	/*
	 * The net: a death or harm word and the first person, in a message
	 * that is not about treatment. It catches plain statements that no
	 * rule above foresaw; questions about ketamine and suicide carry
	 * treatment words and are left to the rules above.
	 */
	{ "net", 'B', "^(?=.*\\b(?:i|me|my|myself)\\b)(?=.*\\b(?:die|dying|"
	    "dead|death|suicid\\w*|kill|killing|overdos\\w*|od|bleeding|"
	    "hang|hanging|noose|rope|gun|razor|blade|unalive|goodbye)\\b)"
	    "(?!.*\\b(?:ketamine|ketamin|spravato|esketamine|infusions?|"
	    "treatments?|research|study|studies|evidence|clinic|dose|doses|"
	    "risk|side effects?|therapy|doctor|insurance|history|researching|"
	    "novel|fiction|character|screenplay|therapist|psychiatrist|"
	    "counsell?or|student|paper|essay|thesis|lecture|officer|"
	    "paramedic|firefighter|attends?)\\b)"
	    "(?!.*\\b" NET_IDIOMS "\\b)" IF_THEY,
	    CRISIS_PAST | CRISIS_SOFT | CRISIS_STATEMENT },
	{ "after-infusion", 'A', "\\b(?:confused|hallucinating|vomiting "
	    "blood|heart (?:is )?racing|can not stop shaking|seizing|"
	    "seizure|fainted|passed out) " GAP(4)
	    "(?:after|since) " GAP(1) "(?:infusion|treatment|session|"
	    "appointment|ketamine|drip)\\b", 0 },
};
static const size_t crisis_rules_last_n = sizeof(crisis_rules_last) /
    sizeof(crisis_rules_last[0]);

/* The parts, in the order their rules are tried. */
static const struct {
	const struct crisis_rule	*rules;
	const size_t		*n;
} parts[] = {
	{ crisis_rules_core, &crisis_rules_core_n },
	{ crisis_rules_tuned, &crisis_rules_tuned_n },
	{ crisis_rules_late, &crisis_rules_late_n },
	{ crisis_rules_voices, &crisis_rules_voices_n },
	{ crisis_rules_world, &crisis_rules_world_n },
	{ crisis_rules_germanic, &crisis_rules_germanic_n },
	{ crisis_rules_east, &crisis_rules_east_n },
	{ crisis_rules_asia, &crisis_rules_asia_n },
	{ crisis_rules_last, &crisis_rules_last_n },
};

size_t
crisis_rule_count(void)
{
	size_t n = 0;

	for (size_t p = 0; p < sizeof(parts) / sizeof(parts[0]); p++)
		n += *parts[p].n;
	return n;
}

const struct crisis_rule *
crisis_rule_at(size_t i)
{
	for (size_t p = 0; p < sizeof(parts) / sizeof(parts[0]); p++) {
		if (i < *parts[p].n)
			return &parts[p].rules[i];
		i -= *parts[p].n;
	}
	return NULL;
}


/* Words the rules need, for typo correction of what was typed. */
const char *const crisis_lexicon[] = {
	"suicide", "suicidal", "myself", "himself", "herself", "themselves",
	"overdose", "overdosed", "overdosing", "breathe", "breathing",
	"unconscious", "unresponsive", "seizure", "bleeding", "fainted",
	"collapsed", "killing", "pills", "hopeless", "anymore", "living",
	"alive", "dying", "tablets", "medications", "stockpiled",
	"swallowed", "emergency", "infusion", "treatment", "harming",
	"cutting", "bottle", "wrists", "burden", "unalive", "disappear",
	"nothing", "forever", "ending", "hurting", "strangle", "commit",
	"thinking", "tonight", "tomorrow", "want", "goodbye", "blood",
	"wrist", "balcony", "thoughts",
};

const size_t crisis_nlexicon = sizeof(crisis_lexicon) /
    sizeof(crisis_lexicon[0]);

/*
 * Ordinary words within the typo budget of a crisis word, which are never
 * "corrected" into one: "sleeping" is two edits from "bleeding", "bills"
 * one from "pills", "doing" one from "dying". Every such word of the
 * English dictionary is here (a unit test checks), except the crisis word
 * with another ending ("pill", "wrist"). Built in, like the rules: a
 * knowledge edit (a misspelling added to synonyms.kb, say) must never stop
 * a misspelled crisis word from being read as one.
 */
const char *const crisis_real_words[] = {
	"sleeping", "feeding", "breeding", "blending", "pleading", "reading",
	"needing", "heeding", "seeding", "weeding", "leading", "bills",
	"pulls", "hills", "fills", "mills", "spills", "piles", "polls",
	"wills", "giving", "loving", "liking", "lining", "diving", "olive",
	"alike", "dyeing", "lying", "tying", "drying", "eying", "sending",
	"spending", "bending", "lending", "mending", "pending", "tending",
	"vending", "billing", "filling", "willing", "milling", "hunting",
	"hurling", "putting", "gutting", "jutting", "thanking", "drinking",
	"blinking", "battle", "noting", "warming", "charming", "farming",
	"painted", "tainted", "overdone", "strange", "went", "wait", "wand",
	"emergence", "meditations", "blond", "bloom", "brood", "falconry",
	"flood", "goodbys", "grist", "waist", "whist", "wist", "wrest",
	"wriest", "writ", "droughts",
	/* Found in Debian's English word list (tests/unit/test_crisis.c). */
	"abdications", "abutting", "alarming", "aline", "amending",
	"anything", "arming", "beaching", "berating", "berthing",
	"bethinking", "billings", "bleaching", "bleating", "bleeping",
	"blessing", "blinding", "blooding", "blurting", "boinking",
	"boneless", "botching", "breached", "breaches", "breaching",
	"breading", "breadths", "breaking", "breasting", "breathier",
	"breaths", "breathy", "breezing", "broaching", "bursting", "butting",
	"cant", "caroming", "catting", "charging", "charring", "charting",
	"chatting", "chilling", "chinking", "chinning", "churning",
	"clinking", "clothing", "clotting", "collapses", "collared",
	"collated", "confusion", "conscious", "counting", "courting",
	"creating", "crusting", "dding", "dedication", "dedications",
	"denuding", "diffusion", "dills", "ding", "doing", "drilling",
	"dyking", "educations", "effusion", "emending", "emergent",
	"encoding", "endowing", "enduing", "enduring", "estrange", "fainter",
	"faintest", "fallowed", "farmings", "feinted", "fending", "fillings",
	"flaunted", "fleecing", "fleeting", "forebear", "forester",
	"frothing", "gills", "glutting", "grilling", "hallowed", "hamming",
	"haring", "harking", "harping", "harrying", "haunting", "hiving",
	"hoarding", "homeless", "hornless", "hurdling", "hurrying",
	"hurtling", "hustings", "hustling", "hying", "ills", "illusion",
	"incision", "inclusion", "incursion", "indications", "infusing",
	"intrusion", "invasion", "jiving", "kills", "kilning", "kindling",
	"knelling", "knotting", "liming", "live", "livening", "loathing",
	"loveless", "mediation", "medicating", "meditation", "moreover",
	"mottle", "mouthing", "mutating", "noshing", "notching", "noticing",
	"nutting", "overbore", "overcome", "overcoming", "overdoes",
	"overdoing", "overjoyed", "overjoying", "overrode", "overtone",
	"overused", "overusing", "palls", "pant", "pilling", "preaching",
	"puttying", "quitting", "rant", "reaching", "rearming", "reliving",
	"rending", "responsive", "rethinking", "rills", "rutting",
	"sallower", "scalloped", "scatting", "scuttling", "shallower",
	"shamming", "shapeless", "sharking", "sharping", "sheathing",
	"shilling", "shinning", "shirking", "shirting", "shorting",
	"shrinking", "shunting", "shutting", "sills", "sledding", "sleeking",
	"sleeting", "slinking", "soothing", "speeding", "spilling",
	"spurting", "stablest", "starlets", "stilling", "stinking",
	"stockpiles", "straddle", "straggle", "straggled", "straggler",
	"straggles", "straggly", "strangely", "stranger", "strongly",
	"struggle", "subconscious", "swallows", "swarming", "swilling",
	"tableaus", "tables", "tainting", "thieving", "thinning", "tilling",
	"tills", "tinkling", "toneless", "treating", "trending", "triangle",
	"tricking", "trilling", "trunking", "twinging", "twinkling",
	"twinning", "unburden", "unending", "unthinking", "upending",
	"vying", "waft", "waists", "walloped", "wallowed", "wane", "wank",
	"wart", "watt", "wending", "whamming", "whisking", "wont", "wreathe",
	"wreathed", "wreathes", "wreathing", "wrests", "writs",
};

const size_t crisis_nreal_words = sizeof(crisis_real_words) /
    sizeof(crisis_real_words[0]);

/*
 * Words near suicide, self-harm or danger. A message with one of them
 * that no rule read as a crisis is answered normally, with the one-line
 * 988 note under the answer: a crisis worded in a way no rule foresaw
 * still meets the number to call.
 */
const char crisis_topic_re[] = "\\b(?:suicid\\w*|self ?harm\\w*|"
    "kill(?:ing)? (?:my|him|her|them|your)sel\\w*|end(?:ing)? (?:my|their|"
    "his|her|your) (?:own )?life|overdos\\w*|want(?:ing)? to die|die|"
    "dying|dead|death|kill|killing|kms|kys|unaliv\\w*|sewer ?slide|hurt "
    "(?:myself|me)|cut (?:myself|my)|cutting|bleed\\w*|noose|gun|shotgun|"
    "rifle|pistol|weapon|knife|knives|razor|blade|jump\\w*|bridge|ledge|"
    "goodbye|burden|hopeless|give up|giving up|no point|(?:not|never) "
    "wake up|can not breathe|not breathing|unconscious|unresponsive|"
    "seizure|heaven|grave|coffin|eulogy|for good|end it|ending it|not be "
    "here|not be around|disappear\\w*)\\b";
