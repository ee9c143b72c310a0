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

/* "years ago", "back in 2015", "8 years clean": a resolved past. */
const char crisis_past_re[] = "\\b(?:\\d+|many|several|a few|some|"
    "two|three|four|five|ten) (?:years?|months?|decades?) (?:ago|back|clean|"
    "sober|"
    "since|free)\\b|\\bback in (?:19|20)\\d\\d\\b|\\b(?:last|a) year\\b|"
    "\\bwhen i was (?:a )?(?:kid|teen|teenager|younger|in (?:high )?school)"
    "\\b|\\b(?:years|long|a decade|decades) ago\\b|"
    "\\bin my (?:teens|twenties|thirties|forties|fifties|20s|30s|40s|"
    "teenage years)\\b|\\bonce (?:before|when|while|during|getting|at|"
    "after|in)\\b|\\b(?:fainted|passed out|blacked out|collapsed) once\\b|"
    "\\bin the past\\b|\\bhistory of\\b|\\bback in (?:college|high "
    "school|school|the day)\\b|\\bit (?:has|is) been (?:\\d+|many|several|"
    "a few|two|three|four|five|ten) (?:years?|decades?)\\b|"
    "\\b(?:clean|sober|stable|recovered|doing (?:ok|okay|well|better|"
    "fine)) (?:now|since)\\b|\\bin (?:19|20)\\d\\d\\b|\\bin the (?:\\d0s|"
    "sixties|seventies|eighties|nineties)\\b";

/* "what if", "will i", "what happens if a patient": asking, not telling. */
const char crisis_soft_re[] = "\\b(?:what if|what happens if|what "
    "do you do if|what do (?:your|the) (?:nurses|staff|doctors) do|will i|"
    "would i|could i|might i|will (?:the|it|this)|is it normal|does that "
    "happen|does it (?:feel|happen)|do people|is it common|how do you "
    "handle|(?:have|has) a (?:protocol|procedure|policy|plan) (?:for|if|"
    "when)|how (?:does|do|would|will) (?:the|your|you) (?:\\w+ )?(?:handle|"
    "deal with|respond|manage)|what (?:is|are) (?:the|your) (?:protocol|"
    "procedure|policy)|is (?:that|this|it) (?:a )?(?:real|common|normal|"
    "known) (?:side effect|thing)|scared|afraid|worried|nervous)\\b";

/* Someone other than the writer: "my brother", "she", "a friend". */
#define OTHER "(?:he|she|they|(?:a|my|our) (?:best )?" \
	"(?:friend|brother|sister|mom|mother|dad|father|son|daughter|wife|" \
	"husband|partner|roommate|girlfriend|boyfriend|kid|child|teen|" \
	"teenager|cousin|aunt|uncle|grandma|grandpa|grandmother|grandfather|" \
	"patient|buddy|fiance|fiancee|spouse|coworker|neighbor|family member))"
/* Medicines and poisons a person could take too much of. */
#define DRUG "(?:pills|meds|medications?|medicines?|tablets|capsules|" \
	"prescriptions?|xanax|klonopin|valium|ativan|ambien|benzos?|" \
	"oxy\\w*|percs?|percocet|vicodin|opioids?|fentanyl|heroin|tylenol|" \
	"acetaminophen|paracetamol|advil|ibuprofen|aspirin|benadryl|nyquil|" \
	"trazodone|zoloft|prozac|lexapro|celexa|wellbutrin|effexor|" \
	"cymbalta|seroquel|lithium|lamictal|gabapentin|lyrica|insulin|" \
	"tramadol|morphine|methadone|ketamine|troches|lozenges|" \
	"sertraline|fluoxetine|escitalopram|citalopram|paroxetine|" \
	"bupropion|venlafaxine|duloxetine|mirtazapine|amitriptyline|" \
	"nortriptyline|quetiapine|olanzapine|aripiprazole|clonazepam|" \
	"lorazepam|alprazolam|diazepam|zolpidem|hydrocodone|oxycodone|" \
	"codeine|propranolol|metoprolol|digoxin|warfarin|midazolam|" \
	"heart (?:meds|pills|tablets)|blood pressure (?:meds|pills|tablets)|" \
	"antidepressants?|painkillers|pain killers|sedatives|sleeping pills|" \
	"sleep aids?|melatonin|cough syrup|cough medicine|robitussin|dxm|" \
	"bleach|antifreeze|rat poison|drain cleaner|" \
	"poison|pesticide|weed killer)"
/* People a patient may fear for or threaten. */
#define PERSON "(?:(?:my|the|a|his|her|our) (?:\\w+ )?(?:baby|babies|" \
	"kids?|children|child|newborn|infant|toddler|son|daughter|wife|" \
	"husband|partner|roommate|" \
	"mom|mother|dad|father|family|boss|coworkers?|workplace|school|" \
	"class|office|neighbou?r|neighbou?rs|brother|sister|girlfriend|" \
	"boyfriend|teacher|ex|doctor|nurse|therapist|manager|landlord)|" \
	"someone|somebody|people|everyone|everybody|" \
	"him|her|them)"
/* What people "overdose on" in jest: "overdosed on netflix". */
#define TREATS "(?:netflix|tv|sugar|candy|chocolate|coffee|caffeine|cake|" \
	"pizza|work|shows|youtube|tiktok|social media|love|drama|dopamine|" \
	"vitamins?)"
/*
 * What the net (the last rule) leaves alone: idioms ("dying to know"),
 * other people's deaths, work with the dying, a past.
 */
#define NET_IDIOMS "(?:past (?:suicide attempt|attempt|suicidal)|" \
	"lol|haha|lmao|jk|" \
	"(?:lost|losing) (?:\\w+ ){0,4}to suicide|killing time|kill (?:this|" \
	"my|the|off (?:this|my|the)) (?:\\w+ )?(?:depression|anxiety|pain|" \
	"migraine|headache|ptsd|ocd|fog|mood|stress|insomnia)|(?:thesis|" \
	"dissertation|paper|essay|article|course|class|training) on " \
	"suicide|(?:bad trip|" \
	"trip on|tripping) (?:\\w+ ){0,8}(?:dying|dead|death)|(?:sounds|" \
	"seems) like it (?:could|would|might) kill me|near death|gun to " \
	"my head (?:and )?i (?:can not|could not) (?:decide|choose|pick)|" \
	"dying to|dead (?:tired|set|serious)|(?:is|are|was) " \
	"killing me|overdos\\w* on " TREATS "|accidental\\w* overdos\\w*|" \
	"ego death|(?:died|passed away|dying) (?:of|from|by|in|after)|i " \
	"could (?:just )?die\\b(?! (?:tonight|today|now|soon|and))|if i " \
	"(?:have to|hear|see|get) (?:\\w+ ){0,8}(?:going to|gonna|will) " \
	"die|(?:death|dying) is part of my job|die " \
	"for (?:a|an|some|my|the)|(?:plants?|flowers?|garden|grass|battery|" \
	"phone|laptop|car) (?:\\w+ ){0,2}(?:dying|died|dead)|(?:deal|" \
	"dealing|work|working) with (?:death|dying)|see overdoses|watched " \
	"(?:\\w+ ){0,2}die|(?:i am|i work as|i work in|i work at) (?:a |an " \
	"|the )?(?:\\w+ )?(?:nurse|paramedic|emt|doctor|physician|er|icu|" \
	"hospital|hospice|pharmacist|counsell?or|therapist|social worker|" \
	"police|cop|firefighter|medic)|(?:used to|no longer) (?:be |feel )?" \
	"(?:suicidal|want to die)|goodbye to (?:my|the|our) (?:old|former|" \
	"previous|last)|" \
	"killing (?:my|our|the) (?:\\w+ )?(?:motivation|mood|vibe|energy|" \
	"back|feet|buzz|sleep|appetite|productivity|focus|drive|libido|joy|" \
	"budget|battery|wallet|career|job|grades|marriage|knees)|" \
	"(?:mom|dad|mother|father|parents|boss|" \
	"teacher|wife|husband) (?:is |are |will )?(?:going to |gonna )?kill " \
	"me|not dying(?! (?:fast|soon|quick))|kill for|would kill me|will " \
	"kill me|drop dead|death of me|killing it|to die for|dead end|dead " \
	"battery|hang on|hang in|hang out|hanging out|gun safe|gun lock|" \
	"feet are dying|dying (?:my|her|his|their) hair|(?:they|people|you) " \
	"(?:are|feel) (?:like )?(?:they are )?dying)"
/*
 * Not a threat in jest: "she'll kill me if i forget our anniversary lol".
 */
#define JEST "(?! if i (?:forget|miss|am late|eat|break|lose|spoil|do not " \
	"(?:call|text|show))\\b)(?!.*\\b(?:lol|haha|lmao|lmfao|jk)\\b)"
/* A short gap of up to n words. */
#define GAP(n) "(?:\\w+ ){0," #n "}?"
/* "i" as a statement, not after "will/would/could/might/if/what if". */
#define I_STMT "(?<!will )(?<!would )(?<!could )(?<!might )(?<!if )\\bi "

const struct crisis_rule crisis_rules[] = {
	{ "self-harm-act", 'A', "(?<!tried to )(?<!attempted to )(?<!used to )"
	    "\\b(?:kill|killing|killed|kil|hurt|hurting|"
	    "harm|harming|harmed|cut|cutting|burn|burning|burned|burnt|shoot|"
	    "shooting|shot|hang|hanging|hangin|hanged|drown|drowning|poison|"
	    "poisoning|poisoned|strangle|suffocate|starve|starving|unalive|"
	    "unaliving|off|offing|end|ending|stab|stabbing|stabbed|hit|"
	    "hitting|punish|punishing|scratch|scratching|scratched|yeet|"
	    "throw|throwing) myself\\b|\\broping\\b|\\brope myself\\b"
	    "|\\b(?:cut|cutting|burned|burning|hurt|hurting) (?:\\w+ )?"
	    "(?:on purpose|again|deeper|too deep)\\b", CRISIS_PAST },
	{ "slang", 'A', "(?<!say )(?<!says )(?<!saying )(?<!said )"
	    "\\b(?:kms|kys|unalive|unaliving|sewerslide|sewer "
	    "slide|self delete|self deleting|selfdelete|su1c1de|suic1de|self "
	    "harming|selfharming|ctb|end me)\\b|\\bself ?harm\\w* (?:again|"
	    "right now|tonight|today|every day)\\b|^suicid\\w*$|\\b(?:threat"
	    "en\\w*|talking about|talks about) (?:to commit )?suicide\\b", 0 },
	{ "attempt", 'A', "\\b(?:attempted|tried|attempt) (?:to commit )?"
	    "suicide\\b|\\b(?:my|i had a|i made a) suicide attempt\\b|"
	    "\\b(?:tried|attempted|used) to (?:kill|end|hurt|off|unalive) "
	    "(?:myself|my life)\\b",
	    CRISIS_PAST },
	{ "suicide-intent", 'A', "\\b(?:want|wanted|wanting|going|plan|"
	    "planning|planned|ready|decided|deciding|thinking|thought|think|"
	    "considering|consider|contemplating|attempt|attempting|try|"
	    "trying) (?:to |about |of )?(?:commit |committing |comm?itt? |do |"
	    "doing )?"
	    "suicide\\b", 0 },
	{ "suicidal-self", 'B', I_STMT "(?!used to|had |was (?:hospitalized|"
	    "admitted|treated|"
	    "diagnosed) "
	    ")" GAP(3) "suicidal\\b|\\b(?:feeling|"
	    "feel|felt|been|my|still|so|very|really|kinda|getting) suicidal\\b|"
	    "\\bsuicidal (?:right now|today|tonight|again|lately|all the "
	    "time|every day|thoughts again)\\b", CRISIS_SOFT | CRISIS_PAST },
	{ "want-to-die", 'B', "(?<!used to )\\b(?:want|wants|wanted|wanting|"
	    "wish|wishing|"
	    "ready|"
	    "prefer|rather|deserve|hope|hoping|longing|need) (?:to |i (?:was|"
	    "were|could) |i (?:was|were) )?(?:just )?(?:be )?(?:die|dead|"
	    "died|dying|gone forever|disappear|disappear forever|sleep "
	    "forever|not exist|stop existing|not wake up|never wake up|not be "
	    "here)\\b", 0 },
	{ "not-want-to-live", 'B', "\\b(?:do not|never|no longer) want to "
	    "(?:be alive|live(?! with)|living(?! with)|exist|be here|wake up|"
	    "go "
	    "on|keep going|be around)\\b", 0 },
	{ "end-my-life", 'A', "\\b(?:end|ending|ended|take|taking|took) my "
	    "(?:own )?life\\b|\\bend(?:ing)? it all\\b|\\b(?:i am|i will|"
	    "want to|going to|i might|i should|about to|thinking (?:about|of)"
	    "|thought (?:about|of)|plan to|ready to) (?:just )?end(?:ing)? "
	    "(?:it|things|everything)\\b", 0 },
	{ "hopeless", 'B', "\\b(?:no reason to live|nothing (?:left )?to "
	    "live for|not worth living|(?:can not|could not) (?:go on|do this "
	    "any ?more|take (?:it|this|life) any ?more|keep going|live like "
	    "this|handle (?:life|it) any ?more|bear it)|better off (?:dead|"
	    "without me|if i (?:was|were) (?:gone|dead))|tired of (?:living"
	    "(?! with)|being alive|life)|(?:no|any|the) point (?:in |of )"
	    "?(?:living|"
	    "being alive|going on|life)|i am (?:such )?a burden|i am done "
	    "(?:with )?(?:life|living|everything|it all)|(?:no one|nobody) "
	    "would (?:miss|care)|give up on (?:life|living|myself)|(?:want|"
	    "need) it all to (?:end|stop))\\b|^(?:i am done|i give up)$", 0 },
	{ "means", 'A', "\\b(?:saved|saving|stockpil\\w*|hoard\\w*|"
	    "collected|collecting|stash\\w*) (?:up )?" GAP(3) "(?:pills|"
	    "meds|medications?|tablets|painkillers|pain killers|sleeping "
	    "pills)\\b|\\b(?:pills|meds|tablets|rope|gun|noose) " GAP(2)
	    "(?:saved|stashed|ready|lined up)\\b|\\b(?:bought|got|have|tied|"
	    "made|loaded|holding) (?:a|the|my) (?:rope|noose|gun)\\b(?! "
	    "(?:safe|"
	    "lock|license|permit|case|show|range))|"
	    "\\b(?:suicide|goodbye) (?:note|letter)s?\\b|(?<!them want to )"
	    "(?<!him want to )(?<!her want to )(?<!people want to )"
	    "\\b(?:jump|jumping)"
	    " (?:off|from|frm|in front of) (?:a|the|this|that|my)\\b|"
	    "\\b(?:bath|bathtub|tub) (?:\\w+ ){0,6}(?:hair ?dryer|toaster|"
	    "radio)\\b|\\b(?:hair ?dryer|toaster) (?:\\w+ ){0,6}(?:bath|"
	    "bathtub|tub)\\b|\\bfinal arrangements\\b|\\bother arrangements "
	    "(?:\\w+ ){0,2}(?:bridge|grave|coffin|gun|rope)\\b|\\b(?:tall|"
	    "tallest|high|highest)\\w* (?:bridges?|buildings?|cliffs?|roofs?)"
	    "\\b", 0 },
	{ "means-info", 'A', "\\bhow (?:many|much) " GAP(4) "(?:to (?:die|"
	    "kill|overdose|od)|would (?:kill|be (?:lethal|fatal|deadly))|"
	    "(?:is|are) (?:lethal|fatal|deadly|a lethal))\\b|\\b(?:lethal|"
	    "fatal|deadly) (?:dose|amount|overdose)\\b", 0 },
	{ "overdose", 'A', "(?<!patients )(?<!patient )(?<!clients )"
	    "\\boverdos(?:ed|ing)\\b(?! on " TREATS "\\b)|\\b(?:i|he|she|they|"
	    "we|just|accidentally|think i) " GAP(2) "(?:od|odd|oded|o "
	    "d)\\b(?! would)|"
	    "\\b(?:took|taken|take|swallowed|swallow|ate|popped|downed) "
	    GAP(3) "(?:too (?:many|much)|(?:a|the|an|my) (?:whole|entire|full)"
	    " (?:bottle|pack|packet|box|strip)|all (?:of )?(?:my|the|his|her|"
	    "their) (?:pills|meds|medications?|tablets|prescription|"
	    "sleeping pills)(?! with (?:me|us|him|her|them)\\b| to (?:the|my|"
	    "your|our) )|(?:a )?handful|(?:a )?bottle of|an overdose)\\b",
	    CRISIS_PAST },
	{ "self-harm", 'A', I_STMT "(?!used to)" GAP(3) "(?:self ?harm\\w*|"
	    "selfharm\\w*)|\\b(?:i|been|keep|started|again) (?:\\w+ )?"
	    "(?:cutting|cut|burning|burned|burnt|hurting|scratching) (?:my "
	    "(?:arms?|wrists?|legs?|thighs?|skin|stomach))\\b|\\burges? to "
	    "(?:cut|self harm|hurt myself|die|kill|end it)\\b", CRISIS_PAST },
	{ "other-in-danger", 'A', "\\b" OTHER " " GAP(5) "(?:kill|killing|"
	    "hurt|hurting|harm|harming|cut|cutting|shoot|shooting|hang|"
	    "hanging|unalive|off|end|ending) (?:him|her|them)sel(?:f|ves)\\b"
	    "|\\b" OTHER " " GAP(4) "(?:wants? to die|want(?:s|ed)? to be "
	    "dead|has a (?:knife|gun|rope|noose|bottle of pills)|took (?:a "
	    "bunch|all) of)\\b"
	    "|\\b" OTHER " " GAP(3) "(?:suicidal|overdosed|od(?! would)|is not "
	    "breathing|stopped breathing|(?:will|would|can) not wake up|is "
	    "unconscious|is unresponsive|collapsed|passed out|fainted|having a "
	    "seizure|turning blue|took too many|"
	    "overdosing)\\b|\\b" OTHER " " GAP(5)
	    "(?:end|ending|take|taking) (?:it|it all|things|(?:his|her|"
	    "their) (?:own )?life)\\b", CRISIS_PAST | CRISIS_SOFT },
	{ "breathing", 'A', "\\b(?:can not|could not) breath\\w*|(?<!someone )"
	    "(?<!somebody )(?<!people )(?<!patients )\\b(?:not|stopped) "
	    "breathing\\b|\\b(?:i am|i have been|he is|she is|"
	    "they are) (?:having|getting) (?:\\w+ )?(?:trouble|difficulty|"
	    "a hard time) breath\\w*|\\b(?:i am|i feel|feeling|he is|she is) "
	    "(?:so |very |really )?short of breath\\b", CRISIS_SOFT },
	{ "chest-pain", 'A', I_STMT GAP(2) "(?:chest|heart) (?:pain|pains|"
	    "hurts|hurting|is (?:hurting|tight|pounding)|tightness|pressure|"
	    "feels tight)\\b|\\b(?:my|having) (?:chest|heart) (?:pain|pains|"
	    "hurts|hurting|is (?:hurting|tight|pounding)|tightness|pressure|"
	    "feels tight)\\b|\\bchest (?:pain|pains|hurts|tightness|pressure) "
	    "(?:\\w+ )?(?:after|"
	    "since|during|right now|now|today|tonight)\\b", 0 },
	{ "emergency", 'A', "\\b(?:having|just had|is having|am having) "
	    "(?:a |an )?(?:heart attack|stroke|seizure|allergic "
	    "reaction|anaphyla\\w*)\\b|\\b(?:throat (?:is )?(?:closing|"
	    "swelling)|lips (?:are )?(?:turning )?blue)\\b|\\b(?:is|are|was|"
	    "just went|went|has gone|still) (?:\\w+ )?(?:unconscious|"
	    "unresponsive)\\b|\\b(?:will|would|can) not wake (?:him |her |"
	    "them )?up\\b|\\b(?:bleeding (?:a lot|heavily|badly)|(?:can not|"
	    "will not) "
	    "stop (?:the )?bleeding)\\b|\\b(?:this is|having|it is) (?:an? )?"
	    "(?:medical )?emergency\\b", CRISIS_PAST },
	/* Someone fainted, or 911 is being called: unless it is "if". */
	{ "collapse", 'A', "^(?!.*\\bif (?:someone|somebody|anyone|a patient|"
	    "a person|i|you)\\b)(?!.*\\bwill (?:the|a|your) (?:nurse|staff|"
	    "doctor|clinic)).*(?:\\b(?:passed out|blacked out|collapsed|"
	    "fainted)\\b|\\bcall(?:ing)? (?:911|an ambulance)\\b)",
	    CRISIS_PAST },
	{ "suicidal-now", 'B', "\\b(?:having|had|got|get|getting|keep "
	    "having|been having|been|am having) (?:\\w+ )?suicidal\\b|"
	    "\\bsuicidal (?:thoughts?|feelings?|urges?|ideation|thinking) "
	    "(?:all|every|again|today|tonight|right now|lately|this|these|"
	    "since|are back|came back|keep)\\b|\\b(?:planning|planned|plan|"
	    "plotting|thinking about|considering) (?:my|a|the) (?:own )?"
	    "(?:suicide|death|exit)\\b", CRISIS_PAST },
	{ "goodbye", 'A', "\\bthis is (?:the end|goodbye|it for me)\\b|"
	    "\\b(?:goodbye|farewell|bye) (?:forever|everyone|everybody|world|"
	    "cruel world)\\b"
	    "|\\b(?:wrote|written|writing|finished|left) (?:\\w+ )?(?:letters?|"
	    "notes?) (?:to|for) (?:my|everyone|everybody)\\b|\\b(?:wrote|"
	    "written|writing|finished) my (?:\\w+ )?(?:note|letters?)\\b|"
	    "\\b(?:giving|gave) away (?:all )?my (?:stuff|things|belongings)"
	    "\\b", 0 },
	{ "no-way-out", 'B', "\\b(?:no|see a|any|find a) way out\\b|"
	    "\\bwant (?:it|this|everything|life|the pain) (?:all )?(?:to be |"
	    "to )?(?:over|stop for good|end for good|end forever|stop "
	    "forever)\\b|\\bwant (?:\\w+ ){0,3}to (?:stop|end) (?:for good|"
	    "forever|permanently)\\b|\\bwant (?:out|to leave) (?:of )?"
	    "(?:this )?(?:life|world)\\b|\\b(?:no one|nobody|noone) (?:would|"
	    "will) (?:\\w+ ){0,2}(?:miss|care|notice)\\b|\\bif i (?:was|were|"
	    "am) (?:gone|dead|not here|not around)\\b|\\bfeel(?:ing)? like "
	    "(?:dying|ending it|disappearing)\\b|\\bonly way "
	    "out\\b|\\b(?:sleep|"
	    "asleep) (?:and )?(?:never|not) wake up\\b|\\b(?:want|wish|hope|"
	    "hoping|pray)\\w* (?:\\w+ ){0,5}(?:never|not) (?:to )?wake up\\b|"
	    "\\b(?:i am not|do not feel|not feeling) safe(?: (?:with|around|"
	    "by))?(?: myself)?\\b", CRISIS_SOFT },
	{ "place", 'A', "\\b(?:standing|sitting|am|i am) (?:on|at) (?:the|a)"
	    " (?:edge|ledge|bridge|roof|railing|(?:train |railroad |rail )?"
	    "tracks|cliff|top of)\\b|"
	    "(?<!them )(?<!him )(?<!her )(?<!people )\\b(?:thinking "
	    "(?:about|of)|going to|want to|about to|ready to) (?:jump|"
	    "jumping)\\b|\\b(?:easiest|painless|quickest|best|fastest|"
	    "quietest) way to (?:die|go|kill|end)\\b|\\bhow (?:can|do|could|"
	    "would|should) (?:i|someone|a person|you) (?:\\w+ )?(?:die|kill "
	    "(?:myself|yourself|themselves))\\b", 0 },
	{ "pills", 'A', "\\bhow many (?:\\w+ ){0,3}(?:it would take|would it "
	    "take|does it take|to take to)\\b|\\bhow many (?:pills|tablets|"
	    "sleeping pills) (?:\\w+ ){0,3}(?:kill|die|enough|lethal|take to|"
	    "would it take|does it take)\\b"
	    "|(?!.*\\bas (?:prescribed|directed)\\b)\\b(?:took|taken|swallowed|"
	    "ate|popped) (?:like |about |around |over )?\\d+ (?:\\w+ )"
	    "?(?:pills|"
	    "tablets|xanax|klonopin|ambien|tylenol|advil|oxy\\w*|of my|of "
	    "them)\\b|\\b(?:a (?:bunch|lot|ton|"
	    "pile|load) of|lots of) (?:\\w+ )?(?:pills|tablets|meds|xanax|"
	    "klonopin|benzos|sleeping pills)\\b|\\b(?:going to|want to|will|"
	    "about to|plan to|thinking (?:about|of)) (?!accidentally)"
	    "(?:\\w+ )?(?:overdose|"
	    "od)\\b|\\b(?:drank|drunk|drinking|alcohol) (?:\\w+ ){0,5}(?:took|"
	    "taken|popped|and) (?:\\w+ ){0,2}(?:pills|xanax|klonopin|valium|"
	    "ativan|benzos?|oxy\\w*|opioids?|sleeping pills|percs?)\\b", 0 },
	{ "stroke", 'A', "\\bworst headache (?:of my life|ever|i have ever)\\b"
	    "|\\b(?:can not|could not) (?:feel|move) (?:my )?(?:left |right )?"
	    "(?:arm|leg|face|side|hand)\\b|\\b(?:face|mouth|smile) (?:is )?"
	    "(?:drooping|droopy)\\b|\\bslurr(?:ed|ing) (?:speech|words|my "
	    "words)\\b|\\b(?:face|tongue|lips|throat) (?:is |are )?(?:swelling|"
	    "swollen)\\b|\\b(?:can not|could not) (?:stay awake|keep (?:my )?"
	    "eyes open|wake (?:him|her|them|up))\\b|\\bsevere (?:chest|heart)"
	    "\\b|\\b(?:going to|about to) (?:pass out|faint)\\b", 0 },
	{ "despair", 'B', "\\b(?:hate|sick of|tired of) (?:being alive|"
	    "living(?! with)|existing|fighting to stay alive|staying alive)\\b|"
	    "\\b(?:pray|praying|hope|hoping|wish)\\w* " GAP(3) "(?:takes me|"
	    "take me|hits me|kills me|runs me over|runs over me)\\b|"
	    "\\b(?:dying|death|being dead|suicide) (?:would|will|could) "
	    "(?:fix|solve|end|make) (?:everything|it all|things)\\b|"
	    "\\bwould not mind (?:if i (?:crashed|died|was dead|did not wake)|"
	    "dying|being dead|not waking)\\b|\\bdo not see myself (?:making "
	    "it|living|being here|alive)\\b|\\bi am " GAP(1) "a burden\\b|"
	    "\\bdone being (?:one|a burden|alive|here)\\b|\\bdone with "
	    "(?:all of it|life)\\b|\\bwhat is the point (?:anymore|of anything|"
	    "of it all|of living|of life|of going on)\\b|\\blife is not worth "
	    "(?:it|living)\\b|\\bdo something (?:stupid|drastic)\\b|\\bwish "
	    "i (?:was|were|had) never (?:been )?born\\b|\\bi give up on "
	    "(?:everything|it all)\\b", 0 },
	{ "harm-others", 'A', "\\b(?:going to|want to|about to|plan to) "
	    "(?:kill|hurt|stab|shoot(?!(?: \\w+){0,3} (?:an? )?(?:email|text|"
	    "message|note|line|dm|shot)\\b)) (?:someone|somebody|him|her|them|"
	    "people|everyone|my)\\b|\\b(?:cut|slit|slashed) (?:my|his|her|"
	    "their) "
	    "(?:wrists?|throat)\\b|\\b(?:hard|struggling|trying) to breathe"
	    "\\b|\\bgasping for (?:air|breath)\\b|\\bbleeding (?:\\w+ ){0,3}"
	    "(?:can not|will not) stop\\b|\\b(?:vomiting|throwing up) "
	    "(?:blood|and can not stop|non ?stop)\\b", 0 },
	{ "intent-death", 'A', "(?<!do not )(?<!dont )(?<!used to "
	    ")\\b(?:want|wanna|wish|"
	    "ready|decided) (?:to )?"
	    GAP(2) "(?:die|dye|be dead)\\b|\\b(?:want|wanna|going to|gonna|"
	    "will|plan|planning|ready|about to|decided|tonight|tomorrow)\\b "
	    GAP(6) "(?:(?:make|commit|do|doing|committing) suicide|end (?:it|"
	    "it all|my life|things|everything)|kill myself|kil my self|kill "
	    "my self|unalive|finish (?:my life|it all|myself)|sleep forever|"
	    "log off (?:permanently|forever)|end my l\\w+)\\b|\\bsuicid\\w* "
	    "(?:plan|note|letter|pact)\\b|"
	    "\\b(?:before|then|and|so) i end (?:it|it all|things|my life)\\b|"
	    "\\bi will (?:finish|end) it\\b|\\bno want (?:to )?live\\b|"
	    "\\blife (?:is|has) no (?:more )?(?:value|meaning|point)\\b", 0 },
	{ "finality", 'A', "\\bmy last (?:day|night|message|goodbye|words|"
	    "text)\\b(?! (?:of|at|in|on) (?:work|school|the job|the office|my "
	    "job|vacation|the trip|college|term|the month))|\\blast day on "
	    "earth\\b|\\b(?:will not|not going to) be "
	    "alive (?:anymore|any more|much longer|long|next week|soon|"
	    "tomorrow|after|by)\\b|^(?!.*\\b(?:reschedul\\w*|appointments?|"
	    "sessions?|consult\\w*|vacation|trip|move my|cancel|holiday|"
	    "travel\\w*)\\b).*\\b(?:will not|not going to) be (?:here|around) "
	    "(?:anymore|any more|much longer|long|next week|soon|tomorrow|"
	    "after|by)\\b|\\bdo not hear from me (?:again|"
	    "anymore)\\b|\\bsaid (?:all )?(?:my )?goodbyes?\\b(?! to (?:my|"
	    "the|our|his|"
	    "her) (?:old|former|previous|last)\\b)|\\bsaying (?:my )?"
	    "goodbyes\\b|\\bposted (?:a )?goodbye\\b|\\b(?:gave|giving|give) "
	    "away (?:all )?(?:of )?my (?:\\w+ ){0,2}(?:stuff|things|"
	    "belongings|possessions|dog|cat|pets?|guitar|plants)\\b|"
	    "\\b(?:gave|giving) (?:all )?(?:of )?my (?:\\w+ ){0,2}(?:stuff|"
	    "things|belongings|possessions)\\b|\\bgiving "
	    "(?:all )?my (?:\\w+ )?(?:things|stuff) away\\b|\\bupdated my will"
	    "\\b|\\bsold (?:all )?my (?:stuff|things)\\b|\\bwill not need "
	    "(?:them|it|anything)\\b|\\btonight (?:is )?the night\\b|"
	    "\\bmy time is up\\b|\\blog off (?:permanently|forever|for good)"
	    "\\b|\\b(?:gun|rope|knife|pills) (?:tonight|now|right "
	    "now)\\b|\\b(?:once|when|"
	    "after) " GAP(4) "(?:leaves|is asleep|are asleep|goes to sleep|"
	    "falls asleep|is gone) " GAP(4) "(?:doing it|do it|going to do it)"
	    "\\b", 0 },
	{ "means-use", 'A', "\\b(?:use|using|turn|turning) (?:it|the gun|a "
	    "gun|them|that) on myself\\b|\\benough " GAP(5) "to (?:not wake up|"
	    "die|kill|end it|overdose)\\b|\\bstep (?:out )?in front of (?:a|"
	    "the)"
	    " (?:train|bus|car|truck)\\b|\\b(?:jump|lie|lay) (?:in front of|on)"
	    " (?:a|the) (?:train|tracks)\\b|\\bdrive " GAP(3) "(?:into|off) "
	    "(?:a|the) (?:tree|wall|cliff|bridge|river|lake|truck|traffic)\\b|"
	    "\\b(?:gun|pistol|rifle) is loaded\\b|\\bloaded (?:gun|pistol)\\b|"
	    "\\b(?:knife|razor|blade|gun) (?:is )?in my hand\\b|\\b(?:take|"
	    "swallow) " GAP(3) "all at once\\b|\\blocked " GAP(6) "with (?:a|"
	    "his|her|the) (?:razor|knife|gun|rope|blade|pills)\\b|\\bthreaten"
	    "\\w* to (?:jump|kill|end|hurt|shoot|overdose)\\b", 0 },
	{ "self-injury", 'A', "\\b(?:scratch|scratched|scratching|carve|"
	    "carving|carved|slam|slammed|slamming|(?<!want to )bang|banged|"
	    "banging|hit|"
	    "hitting|cut|cutting|burn|burning|burned) " GAP(2) "(?:into )?my "
	    "(?:skin|head|arms?|wrists?|legs?|thighs?|body|"
	    "face)\\b|\\brelapsed? "
	    "(?:on|with|into) (?:sh|self ?harm\\w*|cutting)\\b|\\bsh (?:again|"
	    "last night|tonight)\\b|\\bdo more damage\\b", 0 },
	{ "dose-taken", 'A', "\\b(?:took|taken|swallowed|ate|popped|downed|"
	    "injected|shot up) " GAP(3) "(?:too (?:many|much)|all (?:of )?"
	    "(?:my|the|his|her|their) (?:\\w+ )?(?:pills|meds|medications?|"
	    "tablets|prescription|ambien|xanax|klonopin|valium|ativan|oxy\\w*|"
	    "insulin|seroquel|tylenol|fentanyl|lithium|nortriptyline|"
	    "sleeping pills))\\b(?! with (?:me|us|him|her|them)\\b| to (?:the|"
	    "my|your|our) )|\\b(?:saved|saving|stockpil\\w*|hoard\\w*) "
	    "(?:up )?(?:my )?(?:ambien|xanax|klonopin|oxy\\w*|insulin|"
	    "seroquel|tylenol|fentanyl|lithium|nortriptyline)\\b", 0 },
	{ "medical-now", 'A', "\\b(?:left|right) (?:arm|side|leg|hand|face)"
	    "(?: and (?:leg|arm|face|hand))? (?:is |feels |went |going |has "
	    "gone )?(?:numb|weak|dead|heavy|limp)\\b|\\bspeech (?:is |sounds )?"
	    "(?:weird|off|strange|garbled)\\b|\\bcan not catch my breath\\b|"
	    "\\b(?:is|are|am|started|keeps|keep) (?:\\w+ )?(?:convulsing|"
	    "seizing|shaking uncontrollably)\\b|\\b(?:bp|blood pressure) "
	    GAP(3) "(?:1[89]\\d|2\\d\\d)\\b|\\b(?:head|headache) (?:is )?"
	    "(?:pounding|splitting|exploding) like never "
	    "before\\b|\\b(?:speech|"
	    "words) (?:is |are )?slurred\\b|\\bbarely breathing\\b|\\bturned "
	    "(?:grey|gray|blue)\\b|\\b(?:throat|chest) (?:is |feels )?(?:tight|"
	    "closing)\\b|\\btongue (?:is |feels )?(?:huge|swollen|swelling)\\b|"
	    "\\bcrushing (?:pain|pressure)\\b|\\b(?:pain|pressure|tightness) "
	    "in "
	    "my chest\\b", 0 },
	{ "dying-now", 'A', "\\bi (?:think|feel like) i am dying\\b(?! "
	    "when\\b)",
	    CRISIS_SOFT },
	{ "spanish", 'A', "\\b(?:me quiero morir|quiero morir\\w*|suicidar\\w*|"
	    "matarme|me voy a matar|se quiere matar|quitarme la vida|quitarse "
	    "la vida|no quiero vivir|quiero desaparecer|no aguanto mas|me "
	    "corte|no para de sangrar|no despierta|tome (?:todas|muchas) las "
	    "pastillas|muchas pastillas|me las voy a tomar)\\b", 0 },
	/*
	 * Swallowed too much, or something that must not be swallowed: an
	 * amount ("all my", "like 20", "way more") then a medicine.
	 */
	{ "ingested", 'A', "\\b(?:took|taken|swallowed|ate|popped|downed|"
	    "drank|chugged|injected|shot up) " GAP(3) "(?:all|whole|entire|"
	    "full|way more|too many|too much|a handful|handfuls|a bottle|"
	    "a bunch|a box|a pack|double|triple|\\d{2,}(?! ?(?:mg|mcg|"
	    "milligrams?|ml|units?|minutes?|mins?|hours?|days?))|twenty|"
	    "thirty|forty|fifty|a hundred)\\b " GAP(6) DRUG "\\b(?! with (?:me|"
	    "us|him|her|them)\\b| to (?:the|my|your|our) )|"
	    "\\b(?:swallowed|popped|downed|chugged) (?:them all|all of them|"
	    "the (?:whole|entire) (?:bottle|pack|box))\\b|"
	    "\\b(?:drank|drink|drinking|swallowed|ate|eating|took) (?:some |a "
	    "(?:cup|glass|bottle) of )?(?:bleach|antifreeze|rat poison|drain "
	    "cleaner|poison|pesticide|weed killer|laundry pods?)\\b|"
	    "\\b(?:more|much more|way more) than (?:prescribed|i was "
	    "prescribed|i should) on purpose\\b|\\b(?:me )?tome (?:todas|"
	    "muchas) (?:mis|las) pastillas\\b|\\bse tomo (?:un frasco|todas|"
	    "muchas)\\b|\\bfrasco de pastillas\\b", CRISIS_PAST },
	/* A means at hand, or looked up, with intent. */
	{ "means-ready", 'A', "\\b(?:loaded|cleaned|holding|got out|took out|"
	    "bought|buying) (?:my|a|the|his|dads|my dads) (?:rifle|gun|pistol|"
	    "shotgun|handgun)\\b(?! (?:safe|lock|license|permit|case|show|"
	    "range))|\\b(?:which|what|how many) " DRUG " (?:\\w+ )"
	    "{0,2}(?:would|will|could|can) (?:kill|end)\\b|\\b" DRUG " " GAP(2)
	    "(?:would|will|could) kill me\\b|\\b(?:stockpil\\w*|hoard\\w*|"
	    "saving up|saved up|collecting) (?:\\w+ ){0,2}" DRUG "\\b|"
	    "\\b(?:car|engine) (?:is )?running (?:\\w+ ){0,3}garage\\b|"
	    "\\b(?:walk|walking|swim|swimming|drive|driving|step|stepping|run|"
	    "running|jump|jumping) (?:out )?(?:into|in front of) (?:the )?"
	    "(?:ocean|sea|lake|river|water|traffic|train|bus|street)\\b|"
	    "\\b(?:going to|gonna|will|about to|plan to|want to|ready to) "
	    GAP(2) "(?:take|swallow|down) (?:all of (?:it|them)|them all|every "
	    "(?:one|pill|last one)|the (?:whole|entire) (?:bottle|pack|box|"
	    "thing|lot))\\b|\\b" DRUG " (?:\\w+ ){0,3}all of them (?:tonight|"
	    "now|today|right now)\\b|\\bran (?:out )?into (?:the )?(?:street|"
	    "road)\\b", 0 },
	/* Wishing, in passing, not to be alive. */
	{ "passive-wish", 'B', "\\b(?:pray|hope|wish)\\w* (?:\\w+ ){0,3}"
	    "(?:stop breathing|die in my sleep|not wake up|never wake up|"
	    "never woke up)\\b|\\b(?:better|happier|easier) (?:\\w+ ){0,2}(?:if"
	    " i (?:was|were|am) (?:not|gone|dead|never)|without me)\\b|"
	    "\\b(?:exhausted|tired|sick|done) (?:from|of|with) (?:existing|"
	    "being alive|living(?! with)|life)\\b|^(?:i )?(?:just )?want out$|"
	    "\\b(?:i|just) want out (?:of (?:it all|everything|this life|life|"
	    "this world)|now|already|forever|for good)\\b|\\b(?:death|dying|"
	    "being dead) (?:seems|sounds|feels|looks) (?:\\w+ ){0,2}"
	    "(?:peaceful|nice|good|relief|appealing|easier|tempting|better|"
	    "like the answer|like a relief)\\b|\\bwish (?:\\w+ ){0,2}never "
	    "(?:been |was |were )?born\\b|\\bif i (?:never|did not|do not|"
	    "would not) (?:wake|woke) up\\b|\\b(?:cancer|terminal|fatal) "
	    "(?:\\w+ ){0,6}(?:be|feel) (?:\\w+ )?(?:relieved|glad|happy|"
	    "grateful|a relief)\\b|\\b(?:sleep|leave|go away|disappear) "
	    "(?:\\w+ )"
	    "{0,3}(?:and )?(?:not|never) (?:come|coming) back\\b|"
	    "\\b(?:check|checking|clock|clocking|tap|tapping|bow|bowing) out "
	    "(?:permanently|forever|for good)\\b", CRISIS_SOFT },
	/* Joining the dead; goodbyes in other words. */
	{ "farewell", 'A', "\\b(?:join|joining|be with|see) (?:my )?"
	    "(?:\\w+ ){0,2}(?:in heaven|on the other side|who (?:passed|"
	    "died))\\b|\\bjoin(?:ing)? my \\w+ (?:\\w+ ){0,3}(?:passed|died|"
	    "dead|gone)\\b|\\b(?:will not|would not|not going to) (?:be )?"
	    "need(?:ing)? (?:them|it|anything|these|those) (?:\\w+ ){0,3}"
	    "(?:where i am going|anymore|any more)\\b|"
	    "\\b(?:could not|can not) hold on\\b(?! to)|\\bwithout (?:ending "
	    "it|ending my life|killing myself|hurting myself)\\b|"
	    "\\b(?:how (?:much )?longer|do not know if|not sure if) i can "
	    "(?:keep (?:myself )?alive|stay alive|keep going|hold on|go on|"
	    "survive)\\b|\\b(?:can not|could not) (?:keep myself|stay) alive\\b"
	    "|\\bfinish(?:ing)? (?:with )?(?:my life|it all|myself)\\b|"
	    "(?<!by )\\bsuicide (?!(?:\\w+ ){0,2}(?:last|ago|years?)\\b)"
	    "(?:\\w+ ){0,3}(?:plan|tonight|tomorrow|today|now)\\b|"
	    "\\bcoffin\\b|\\bgrave (?:soon|tonight)\\b|\\b(?:knife|blade|"
	    "razor) blood\\b|\\bquitar(?:me|se)? la vida\\b|\\bnot (?:scared|"
	    "afraid) (?:of|to) (?:die|dying|death)\\b", 0 },
	/* Harm to others, or self-harm, spoken of as an urge or a plan. */
	{ "harm-urge", 'A', "(?<!if i have had )(?<!if i had )(?<!if i have )"
	    "(?<!whether i have had )(?<!about )(?!.*\\bnever act on\\b)"
	    "\\b(?:urges?|thinking about|"
	    "thoughts? (?:of|"
	    "about)|going to|gonna|want to|about to|plan(?:ning)? to|i will|"
	    "i might) (?:\\w+ ){0,2}(?:kill|killing|hurt|hurting|hit|harm|"
	    "harming|shoot|shooting|stab|stabbing|strangle|strangling|smother|"
	    "smothering|drown|drowning|shoot up|shake|shaking) " PERSON "\\b"
	    "(?! (?:an? )?(?:email|text|message|note|line|dm|call|question))|"
	    "\\b(?:want|wanna|need|going|about) to (?:cut|burn)(?: myself)? "
	    "(?:so bad|so badly|right now|tonight|again|deep|deeper)\\b|"
	    "\\b(?:punched|hit|kicked|banged|slammed|hurt|burned|cut) "
	    "(?:myself|"
	    "my (?:\\w+ )?(?:hands?|head|arms?|legs?|wrists?|skin|face|fist)) "
	    "(?:\\w+ ){0,2}on purpose\\b|\\bon purpose (?:\\w+ ){0,3}until "
	    "(?:my|i)\\b", 0 },
	/* A medical emergency described, not asked about. */
	{ "medical-signs", 'A', "\\b" OTHER " " GAP(4) "(?:is not|not|"
	    "stopped|will "
	    "not|can not|is|was) (?:responding|responsive|reacting|moving(?! "
	    "(?:his|her|their|my|the|it|that|an?|forward)\\b)|"
	    "waking up)\\b(?! to (?:my |our |the |your |any )?(?:texts?|calls?|"
	    "messages?|emails?|phone))|\\b(?:i am|i have been|i keep|now|"
	    "suddenly|started)"
	    " (?:\\w+ )?(?:seeing double|having double vision|losing my "
	    "vision)\\b|\\bsudden(?:ly)? (?:\\w+ ){0,2}(?:headache|numb|"
	    "numbness"
	    "|weak|weakness|confused|confusion|can not (?:see|speak|talk|move))"
	    "\\b|\\b(?:heart rate|pulse|hr) (?:is |of |at )?(?:\\w+ )?"
	    "(?:1[5-9]\\d|2\\d\\d)\\b|\\b(?:after|since) (?:the |my |his |her |"
	    "their )?(?:infusion|treatment|session|ketamine|spravato) " GAP(4)
	    "(?:hallucinating|confused|seizing|screaming|unresponsive|passed "
	    "out|fainted|vomiting blood|not breathing)\\b|\\b(?:can not|could "
	    "not) (?:feel|move) (?:my )?(?:legs|arms|hands|feet|body)\\b",
	    CRISIS_SOFT },
	/* Means in hand, places, and methods named (tune4.tsv). */
	{ "method", 'A', "\\b(?:i have|counting|counted|holding|lined up) "
	    "(?:out )?(?:my |about |like |over |almost )?(?:\\d{2,}|a "
	    "(?:bottle|"
	    "box|pack)|all (?:of )?my) " GAP(2) DRUG " (?:\\w+ ){0,4}(?:in my "
	    "hand|in front of me|ready|lined up|enough|tonight|right now)\\b|"
	    "\\bcounting (?:out )?(?:my |the )?" DRUG " (?:\\w+ )"
	    "{0,8}enough\\b|\\b(?:so|then|and) "
	    "(?:that )?i can (?:finally |just )?(?:end (?:it|things|my life)|"
	    "die|be gone|kill myself|not wake up)\\b|\\b(?:belt|rope|cord|"
	    "cable|"
	    "sheet|noose|scarf) (?:is )?(?:on|around|tied to|over|hanging "
	    "from) "
	    "(?:the |my )?(?:\\w+ )?(?:door|beam|neck|rail|railing|fan|pipe|"
	    "rod)\\b|\\bstrong enough to hang\\b|\\bhang (?:myself )?from\\b|"
	    "\\b(?:do not|not) (?:plan|planning|intend|intending) (?:on|to) "
	    "(?:coming|come) back\\b|\\b(?:driving|going|walking|headed|"
	    "heading|"
	    "on my way) (?:to|toward) (?:the )?(?:bridge|tracks|railroad|roof|"
	    "rooftop|cliff|edge) (?:now|tonight|right now)\\b|\\b(?:this|"
	    "that) is "
	    "the (?:highest|tallest) (?:\\w+ )?i (?:could|can) find\\b|"
	    "\\b(?:swerve|swerving|veer|veering|crash|crashing) (?:\\w+ ){0,2}"
	    "into (?:oncoming |the )?(?:traffic|a tree|a wall|a truck)\\b|"
	    "\\bgo under (?:\\w+ ){0,3}(?:not|never) come (?:back )?up\\b|"
	    "\\brocks in my pockets\\b|\\bcharcoal (?:\\w+ ){0,3}(?:tape|"
	    "bathroom|car|tent)\\b|\\b(?:hose|tube|pipe) (?:\\w+ ){0,3}exhaust"
	    "\\b|\\b(?:be|lie|lay|stand|sit) (?:down )?on the (?:train |"
	    "railroad )"
	    "?tracks\\b(?! of)|\\b(?:gun|handgun|pistol|rifle|revolver) "
	    "(?:\\w+ ){0,8}"
	    "(?:holding it|hold it|in my hand|in my mouth|to my head|for "
	    "myself)\\b(?! (?:and )?i (?:can not|could not|cant|couldnt) "
	    "(?:decide|choose|pick|say|tell|remember|name))|\\b(?:sat|"
	    "sitting|sit|stood|standing|lying) (?:\\w+ )"
	    "{0,4}with (?:a|the|my) (?:knife|razor|blade|gun|rope|pills)\\b|"
	    "\\bhow to end (?:it|my life|things)\\b", CRISIS_PAST },
	/* Wishes to be gone, arrangements, and slang (tune4.tsv). */
	{ "gone", 'B', "\\bwould not (?:even )?mind if (?:a |the )?(?:\\w+ )"
	    "{0,2}(?:hit|"
	    "killed|took|ran over) me\\b|\\bif (?:\\w+ ){0,6}(?:fell on|ran "
	    "over|"
	    "crashed into|killed) (?:me|my) (?:\\w+ ){0,7}(?:grateful|relieved|"
	    "glad|happy)\\b|\\b(?:fall )?asleep forever\\b|\\bmakes? "
	    "me (?:not|never) (?:come|wake) (?:back|up)\\b|\\b(?:not|no "
	    "longer) "
	    "(?:be|being) (?:alive|here|around) (?:anymore|any more|much "
	    "longer)\\b|\\bdone fighting to (?:stay alive|live)\\b|\\b(?:put|"
	    "putting|got|getting) my affairs in order\\b|\\b(?:after|when|"
	    "once) "
	    "i am gone\\b(?! (?:on|for|to|away)\\b)|\\b(?:will not|wont) "
	    "matter after (?:tonight|today|"
	    "this)\\b|\\b(?:will not|not going to) be alive for "
	    "(?:it|that|the|my)\\b|\\bdeleted (?:all )?my (?:socials|social "
	    "media|"
	    "instagram|facebook|tiktok)\\b|\\bcatch(?:ing)? the bus (?:for "
	    "good|permanently|forever"
	    ")\\b|\\b(?:dip|dipping|peace out|bounce|bouncing|exit|exiting) "
	    "(?:permanently|for good|forever)\\b|\\bbe gone (?:by|before) "
	    "(?:the )?(?:morning|tomorrow)\\b(?! (?:\\w+ ){0,2}(?:for|on) "
	    "(?:my|a|the|our) (?:trip|vacation|holiday|work|flight))"
	    "|\\b(?:do not|dont) (?:wan|wanna|"
	    "want|wnt) (?:to )?(?:live(?! with)|be alive|b alive|exist)\\b",
	    CRISIS_SOFT },
	/* Other languages (tune4.tsv): Spanish, French, Portuguese, German. */
	{ "languages", 'A', "\\b(?:quiero estar muert[oa]|ya no aguanto|"
	    "ojala no despertar|me estoy cortando|je veux mourir|je vais me "
	    "tuer|je veux me tuer|jai pris toutes mes|me suicider|quero me "
	    "matar|quero morrer|nao quero mais viver|tomei todos os meus|ich "
	    "will nicht mehr leben|ich will sterben|ich bringe mich "
	    "um)\\b", 0 },
	/*
	 * Veiled plans (tune5.tsv): not being around by a date, a date or a
	 * spot picked, means set aside, an accident staged, leaving "for
	 * good", no reasons left, not trusting oneself.
	 */
	{ "veiled", 'A', "\\b(?:not|never) (?:plan(?:ning)? on|expect(?:ing)?"
	    " to|going to) (?:be|being) (?:around|here|alive)\\b|\\b(?:plan|"
	    "planning|going|intend|intending|expect) to be gone\\b|\\b(?:will "
	    "not|not going to) be (?:here|around|alive) for (?:christmas|"
	    "thanksgiving|the holidays|new year\\w*|my birthday|(?:his|her|"
	    "their|my \\w+) birthday|graduation|the summer|next year)\\b|"
	    "\\b(?:will not|would not|not going to) (?:be )?need(?:ing)? "
	    "(?:\\w+ ){0,3}after (?:tonight|today|tomorrow|this weekend)\\b|"
	    "\\b(?:picked|chosen|chose) (?:a|the) (?:date|day|spot|place|"
	    "method|bridge)\\b(?! (?:\\w+ )?(?:for|of) (?:my|the|an?|our) "
	    "(?:\\w+ )?(?:consult\\w*|appointment|session|infusion|visit|"
	    "wedding|party|trip))|\\b(?:a|my) plan and a (?:date|time|day)\\b|"
	    "\\bpainless (?:methods?|ways? to)\\b|\\bmethods? (?:\\w+ ){0,3}"
	    "(?:are|is) painless\\b|\\b(?:pills|meds|it|rope|gun|knife|"
	    "razor) (?:are|is) (?:set aside|ready|waiting|counted|hidden|"
	    "lined up)\\b|\\b(?:do not|dont) trust myself(?! to (?:drive|"
	    "remember|make|decide|choose|pick|cook|spell|say|explain))\\b|"
	    "\\b(?:scared|afraid|frightened|worried) (?:of )?(?:what )?i "
	    "(?:will|might|would|could) (?:do|hurt)(?: something)?(?: to)? "
	    "(?:myself|her|him|them|the baby|my)\\b|\\b(?:scared|afraid|"
	    "frightened) of myself\\b|\\bgarage (?:\\w+ ){0,4}(?:engine|car) "
	    "(?:is )?running\\b|\\b(?:drive|walk|go|swim|head|hike) (?:out )?"
	    "(?:to|into) (?:\\w+ ){0,3}(?:and )?(?:not|never) come back\\b|"
	    "\\b(?:disappear\\w*|vanish\\w*|fade|fading|sign\\w* off|log\\w* "
	    "off|check\\w* out|go away|sleep|goodnight|good night|gone) "
	    "(?:away "
	    ")?(?:for good|forever|permanently)\\b|\\b(?:want to|just|going to)"
	    " (?:fade|slip) away\\b|\\b(?:relieved|happier|better off|easier|"
	    "glad) (?:\\w+ ){0,2}if i (?:just )?(?:disappeared|vanished|died|"
	    "was gone|were gone|was dead|were dead|did not exist|was not here|"
	    "were not here|was not around|never woke up)\\b|\\b(?:out of|"
	    "running out of|no more) reasons\\b|\\bno reasons? (?:left )?to "
	    "(?:keep going|go on|keep living|stay|be here|get up|stay alive|"
	    "live)\\b|\\breasons? to (?:stay alive|keep living|be alive)\\b|"
	    "\\bi (?:would not|will not) (?:even )?(?:swerve|brake|hit the "
	    "brakes|move out of the way|get out of the way)\\b|\\bsuicide "
	    "(?:clause|exclusion)\\b|\\bbleed(?:ing)? (?:\\w+ )?out\\b|"
	    "\\b(?:look|looks|seem|seems) (?:like )?(?:natural|an accident|"
	    "accidental)\\b|\\bpracti[cs]\\w* (?:tying )?(?:the |a )?(?:knot|"
	    "noose)s?\\b|\\baffairs (?:are )?in order\\b|\\b(?:will is signed|"
	    "signed my will|(?:wrote|made|finished) my (?:last )?will)\\b|"
	    "\\bmade my (?:final )?decision\\b(?=.*\\bat peace\\b)"
	    "|\\b(?:just )?"
	    "want(?:ed)? (?:someone|somebody|anyone) to know\\b|\\bso "
	    "(?:nobody|"
	    "no one|noone) (?:has|will have|needs|would have) to (?:deal with|"
	    "clean|find)\\b|\\bnote (?:is )?(?:just )?in case\\b|\\b(?:my|the)"
	    " note is (?:written|done|ready|finished)\\b|\\bthank you for "
	    "everything\\b(?=.*\\btake care of\\b)|\\btake (?:my|the) (?:kids|"
	    "children|baby|son|daughter|family) with me\\b|\\b(?:time for the|"
	    "plan b (?:\\w+ ){0,4}is (?:a|the)|me and (?:a|the)|them all) "
	    "(?:gun|"
	    "rope|bridge|grave|coffin|noose)\\b|\\bif (?:i|this|it|ketamine|"
	    "nothing) (?:can not|does not|do not|will not) (?:\\w+ ){0,5}(?:i"
	    " will|i am going to|then i) (?:do it|end it|be gone)\\b", 0 },
	/*
	 * Harm being done now (tune5.tsv): self-injury and relapse, taking
	 * everything at hand, a medicine on purpose, a child who swallowed
	 * pills.
	 */
	{ "acts", 'A', "\\b(?:punch\\w*|hit\\w*|bang\\w*|slam\\w*) (?:\\w+ )"
	    "{0,3}until (?:my|i|it) (?:\\w+ )?(?:bled|bleed|bleeding|split|"
	    "broke|cracked)\\b|\\b(?:can not|could not) stop (?:hitting|"
	    "cutting|hurting|burning|scratching|punching|bleeding)\\b|\\bnot "
	    "eaten (?:\\w+ ){0,4}on purpose\\b|\\bstarv\\w* myself\\b|\\bcuts? "
	    "(?:are|is) (?:\\w+ )?(?:gaping|deep|open|bleeding)\\b|\\b(?:going "
	    "to|gonna|about to|will|want to) (?:go )?(?:get|grab) (?:the|a|my) "
	    "(?:knife|razor|blade|gun|rope)\\b|\\b(?:got|have|took|get|"
	    "getting) (?:my|a|the) (?:razor|blade|knife|gun|rope|pills) out\\b"
	    "|\\b(?:self ?harm|cutting|sh|suicidal) urges? (?:are|is|have been"
	    "|keep|getting)\\b|\\b(?:took|swallowed|ate|taken) (?:\\w+ )?"
	    "(?:every\\w*|all) (?:in|from) (?:my|the) (?:\\w+ )?(?:pill \\w+|"
	    "cabinet|bottle|drawer|box)\\b|\\b(?:kid|child|son|daughter|"
	    "toddler|baby|\\d+ year old|grandson|granddaughter) (?:\\w+ ){0,6}"
	    "(?:ate|swallowed|got into) (?:\\w+ ){0,3}(?:pills|meds|medicine|"
	    "tablets|bottle|gummies)\\b|\\b(?:do not|did not) know how many "
	    "(?:she|he|they|i) (?:took|ate|swallowed|had)\\b|\\b(?:doubled|"
	    "tripled|quadrupled) (?:\\w+ ){0,3}on purpose\\b|\\b" DRUG " "
	    "(?:\\w+ ){0,3}on purpose\\b|\\bcounting (?:them|(?:the |my )?"
	    "(?:pills|tablets|meds)) out\\b|\\b(?:2|too|to) (?:mny|many|much) "
	    "(?:pills|meds|tablets)\\b|\\bswitched to (?:burning|cutting|"
	    "hitting|scratching)\\b|\\b(?:clean from|free from|stopped) "
	    "(?:self ?harm\\w*|cutting|sh)\\b(?=.*\\b(?:relaps\\w*|did it|"
	    "throw it "
	    "away|"
	    "slipped|broke)\\b)|\\bwant(?:s)? to (?:di|dei|dy)\\b", 0 },
	/*
	 * Danger to or from others, and signs after a treatment (tune5.tsv).
	 */
	{ "danger", 'A', "\\b(?:going to|gonna|will) (?:make (?:\\w+ ){0,2})?"
	    "pay for what\\b|\\bmake (?:them|him|her|everyone|everybody) "
	    "(?:all )?pay\\b|\\bto (?:kill|shoot|stab|hurt) (?:everyone|"
	    "everybody|them all|all of them|people)\\b|\\bvoices? (?:\\w+ )"
	    "{0,3}(?:telling|tell|told|say|saying) (?:me )?to (?:hurt|kill|"
	    "harm|jump|die|cut|end)\\b|\\b(?:shook|dropped) (?:my|the) "
	    "(?:baby|infant|newborn|son|daughter)\\b|\\b(?:baby|infant|newborn"
	    "|toddler|child|kid|she|he) (?:is |was |seems |went )?(?:really |"
	    "very |all )?(?:floppy|limp)\\b|\\b(?:says|said|threatened|"
	    "threatening) (?:that )?(?:he|she|they) (?:will|would|is going to|"
	    "is gonna|was going to) kill me\\b" JEST "|\\bpushed me "
	    "down\\b|\\b(?:left|"
	    "been left|home) alone (?:for )?(?:\\w+ ){0,2}(?:days|nights)\\b|"
	    "\\b(?:heart rate|pulse|hr) (?:is |of |at )?(?:\\w+ ){0,2}"
	    "(?:1[5-9]\\d|2\\d\\d)\\b|\\b(?:heavy|crushing|a lot of) pressure "
	    "on my chest\\b|\\b(?:does not|do not|did not) (?:know|recognize|"
	    "recognise) (?:where (?:she|he|they|i) (?:is|are|am)|who (?:i|she|"
	    "he) (?:is|am|are))\\b|\\b(?:can not|cnt|cant) feel (?:my )?"
	    "(?:hands|legs|arms|face|feet)\\b|\\b" OTHER " (?:\\w+ )"
	    "{0,5}(?:is |"
	    "are )?(?:at|on) the (?:bridge|edge|tracks|roof|cliff|ledge)\\b|"
	    "\\b(?:i am|sitting|standing) (?:\\w+ ){0,4}(?:on|at) the top "
	    "(?:level|floor) of\\b|\\block\\w* (?:\\w+ ){0,5}with (?:my|his|her"
	    "|their) (?:pills|meds|razor|knife|gun)\\b|\\b(?:giving|gave|give)"
	    " away (?:all )?(?:of )?(?:her|his|their) (?:\\w+ ){0,2}(?:stuff|"
	    "things|belongings|possessions|jewelry|jewellery|clothes)\\b|"
	    "\\b(?:found|took|taking|hid|confiscated|locked up) (?:away )?my "
	    "(?:stash|razors?|blades?|knife|knives|gun)\\b", 0 },
	/*
	 * Leaving, told in passing (tune6.tsv): others better off, not
	 * needing things, gifts of what mattered, thanks before going.
	 */
	{ "leaving", 'A', "\\b(?:everyone|everybody|they|you all|the (?:kids|"
	    "children|baby)|my (?:\\w+ )?(?:family|kids|children|baby|wife|"
	    "husband|parents|son|daughter)) (?:\\w+ ){0,2}(?:would|will) be "
	    "(?:better off|happier|fine|relieved|safer) (?:\\w+ ){0,4}(?:if i|"
	    "without me|when i|who is not me|who isn t me|other than me)\\b|"
	    "\\b(?:dip\\w*|peace\\w* out|bounc\\w*|exit\\w*|check\\w* out|"
	    "tap\\w* "
	    "out|log\\w* off|sign\\w* off|disappear\\w*|vanish\\w*|fade\\w*|"
	    "sleep\\w*|goodbye|bye) (?:\\w+ )?(?:permanently|for good|forever|"
	    "4ever)\\b|\\b(?:shall not|sha not|shant) (?:be )?need\\w*\\b|"
	    "\\b(?:thank|say goodbye to|see|hug) (?:\\w+ ){0,4}before i go\\b"
	    "(?! (?:to|in|into|on|for|out|home|back|under|away|there))|"
	    "\\bnot be a burden\\b|\\b(?:will not|wont|won t) have to (?:worry "
	    "about|deal with|put up with|see) me (?:much longer|anymore|any "
	    "more|for long|soon)\\b|\\b(?:gave|giving|give|gives) (?:\\w+ )?"
	    "(?:away )?(?:all )?(?:of )?(?:my|his|her|their) (?:\\w+ ){0,2}"
	    "(?:tools|watch\\w*|collection|jewel\\w*|gear|dog tags|medals|"
	    "guns?|rifles?)\\b|\\bon my own terms\\b|\\b(?:my own|writing my|"
	    "wrote my) eulogy\\b|\\bcheck(?:ing)? out (?:tomorrow|tonight|"
	    "today|this weekend|soon)\\b(?!.*\\b(?:hotel|cart|store|library|"
	    "book|room|airbnb|motel)\\b)|\\b(?:sorry|thank you|thanks) for "
	    "everything\\b(?=.*\\b(?:take care of|goodbye|not answering|is not "
	    "answering|isn t answering|will not answer|not picking up)\\b)|"
	    "\\b(?:wrote|written|writing|finished) the (?:letters|notes)\\b|"
	    "\\b(?:want|need|needed|wanted) (?:somebody|someone|anyone) to "
	    "know\\b|\\b(?:not sure|do not know if|doubt) i will (?:still )?"
	    "(?:be (?:alive|here|around)|make it)\\b|\\ball i (?:can )?think "
	    "about is (?:not|dying|death|ending|being dead|disappearing|"
	    "killing)\\b|\\b(?:not|no) want (?:to )?live\\b(?! with)|\\bno "
	    "point "
	    "(?:in )?(?:continuing|carrying on|trying|any of it)\\b|"
	    "\\b(?:wish|wished|wishing) (?:\\w+ ){0,4}(?:had )?(?:got|gotten|"
	    "killed|taken|finished) me\\b|\\b(?:god|the lord|jesus) (?:will |"
	    "would |to )?(?:take|call) me (?:home|in my sleep|away)\\b|"
	    "\\bwant(?:ed)? everything to (?:stop|end)\\b|\\b(?:frightened|"
	    "scared|afraid|terrified) (?:by|of) what i am (?:considering|"
	    "thinking|planning)\\b|\\bthen take mine\\b|\\b(?:tonight|today|"
	    "soon) i (?:might|will|could) be one of them\\b|\\bway to go\\b.*"
	    "\\b(?:picking|picked|choosing|chose|chosen) mine\\b|\\brecommend "
	    "(?:dying|death|suicide)\\b|\\b(?:drive|driving|walk|walking) "
	    "(?:past|by|over) the (?:bridge|tracks|cliff|edge) (?:\\w+ ){0,4}"
	    "(?:slow down|stop|pull over|look down)\\b", 0 },
	/*
	 * Means near, and how much it takes (tune6.tsv).
	 */
	{ "means-near", 'A', "\\b(?:enough|sufficient) " GAP(5) "(?:not )?to "
	    "(?:not )?(?:wake up|die|kill|end it|overdose)\\b|\\bknow "
	    "(?:exactly )?how (?:much|many) (?:it )?(?:takes|it would take|"
	    "would do it|is enough)\\b|\\b(?:gone|went|going|headed|heading) "
	    "(?:\\w+ ){0,4}with (?:his|her|their|my|a|the) (?:shotgun|gun|"
	    "rifle|pistol|handgun|weapon|service weapon|rope|knife)\\b|"
	    "\\b(?:got|have|holding|grabbed|took) (?:out )?(?:my|a|the|his|"
	    "her) "
	    "(?:service weapon|service pistol|weapon|revolver|shotgun)\\b|"
	    "\\bround (?:is )?chambered\\b|\\b(?:looking at|staring at|"
	    "picturing) (?:the |my )?(?:bridge|tracks|knives|knife|pills|rope|"
	    "gun|edge|ledge|razor|blades?)\\b|\\b(?:bottle|pills|tablets|gun|"
	    "knife|razor|blade) (?:is |are )?in my hand\\b|\\bempty (?:pill |"
	    "medicine |prescription )?bottles?\\b|\\b(?:take|swallow|do|use|"
	    "down|drink) (?:the whole|all of|all) (?:\\w+ ){0,2}at once\\b|"
	    "\\b(?:planning|plan|going|want) to (?:use|take|swallow|drink) "
	    "(?:them|it) all\\b|\\b(?:drink|drank|drunk|eat|ate|swallow) all "
	    "(?:the|my|his|her) (?:medicine|medicines|pills|tablets|meds)\\b|"
	    "\\b(?:bridges?|buildings?|cliffs?|roofs?) (?:\\w+ ){0,4}(?:are|"
	    "is) "
	    "(?:the )?(?:tallest|highest)\\b|\\b(?:go|going|went|drive|driving|"
	    "jump|jumping) (?:over|off) the edge\\b|\\btop of (?:the|a) "
	    "(?:parking )?(?:garage|building|bridge|tower|cliff|structure)\\b|"
	    "\\b(?:make|makes|making) (?:you|me|someone|a person) (?:never|not)"
	    " wake up\\b|\\b(?:a few|some|several) extra (?:of )?my (?:pills|"
	    "meds|tablets)\\b(?=.*\\b(?:[1-9]\\d|\\d{3})\\b)|\\b(?:stop "
	    "breath\\w*|die|not wake up|end it) (?:\\w+ ){0,4}(?:that is|thats)"
	    " the plan\\b|\\b(?:deliberately|purposely|intentionally) "
	    "(?:stopped|not taking|skipping|skipped|took|taken|taking)\\b", 0 },
	/*
	 * The body in danger (tune6.tsv): after a treatment, a fall, blood,
	 * choking, a stroke's signs, a heart racing.
	 */
	{ "body", 'A', "\\b(?:fallen|fell|collapsed) (?:\\w+ ){0,6}(?:can not|"
	    "could not) get up\\b|\\bblood (?:all )?(?:on|over) the (?:floor|"
	    "bed|sheets|sink)\\b|\\bquantity of blood\\b|\\b(?:a lot of|alot "
	    "of|"
	    "lots of|so much|too much|tons of) blood\\b|\\bblood (?:is )"
	    "?(?:not|"
	    "will not|won t|does not) stop\\w*\\b|\\b(?:deeper|more deep) than "
	    "(?:before|last time|usual)\\b|\\b(?:can not|could not|cant) "
	    "(?:get|"
	    "take|catch) (?:the |any |enough )?(?:air|breath)\\b|\\b(?:after|"
	    "since) (?:the |my |his |her )?(?:infusion|treatment|session) "
	    GAP(3) "(?:my |his |her )?heart (?:is )?(?:beating|pounding|"
	    "racing)\\b|\\bbreathing (?:funny|weird|strange|wrong|oddly|"
	    "shallow)\\b|\\blips (?:\\w+ ){0,2}(?:blue|bluish|purple|"
	    "gr[ae]y)\\b|"
	    "\\bchoking on (?:it|my vomit|vomit|blood)\\b|\\b(?:can not|could "
	    "not) sit up\\b|\\b(?:face|mouth|smile) (?:is |feels |looks )?"
	    "(?:drooping|droopy)\\b|\\bwords (?:are )?(?:coming out )?(?:wrong|"
	    "weird|slurred|jumbled)\\b|^(?=.*\\b(?:hours|since|after|still)\\b)"
	    ".*\\b(?:know|tell) what is real\\b|\\b(?:bp|blood pressure) "
	    GAP(5) "(?:1[89]\\d|2\\d\\d)\\b|\\b(?:left|right) (?:arm|side|leg|"
	    "hand|face) (?:has )?been (?:numb|weak|dead|heavy|limp)\\b|"
	    "\\b(?:he|she|they) (?:is |are )?not wak\\w* up\\b", 0 },
	/*
	 * Threats at home, voices, a child at risk (tune6.tsv).
	 */
	{ "threat", 'A', "\\b(?:he|she|they|dad|mom|father|mother|husband|"
	    "wife|boyfriend|girlfriend|partner|stepdad) (?:\\w+ ){0,2}(?:said|"
	    "says|threatened|threatens) (?:\\w+ ){0,6}(?:hurt|kill|hit|beat|"
	    "finish) (?:me|my|us|her|him|them)\\b" JEST "|\\bfinish the job\\b|"
	    "\\b(?:hit|beat|choked|strangled|punched|kicked|hurt) me again\\b|"
	    "\\bkill (?:me|us|her|him|the kids) and then (?:himself|herself|"
	    "themselves|myself)\\b|\\bvoices? (?:\\w+ ){0,3}(?:(?:telling|tell|"
	    "told) me|say|says|saying) (?:\\w+ ){0,4}(?:evil|devil|possessed|"
	    "poisoning|stop (?:her|him)|end it|end|"
	    "kill|hurt|die|dead)\\b|\\bi (?:just )?shook (?:him|her|my (?:baby|"
	    "son|daughter))\\b|\\b(?:kids|children|baby) would be (?:safer|"
	    "better) in heaven\\b|\\b(?:she|he|they) (?:keeps saying|says|said|"
	    "is saying) (?:that )?(?:she|he|they) (?:is|are) (?:such )?a "
	    "burden\\b|\\blife insurance (?:papers|policy|documents)\\b|"
	    "\\b(?:he|she|they) (?:is|are) locked (?:himself |herself |"
	    "themselves )?in (?:the|his|her|their) (?:bathroom|room|garage|car)"
	    "\\b(?=.*\\b(?:crying|screaming|breaking|not answering|will not "
	    "answer)\\b)|\\bsuicidal (?:thoughts?|feelings?|urges?) "
	    ".*\\b(?:been"
	    " having|having|have|get|getting) them (?:every day|daily|all the "
	    "time|constantly|every night)\\b", 0 },
	/*
	 * A fragment: a few words, a statement, and a crisis word among
	 * them ("pills. all of them.", "chest. crushing."). Short messages
	 * give nothing else to go by.
	 */
	{ "fragment", 'A', "^(?=(?:\\S+ ){0,5}\\S+$)(?=.*\\b(?:(?:pills|meds|"
	    "tablets) all (?:of )?them|took (?:it all|everything|all of them|"
	    "them all)|too many|(?:at|on|to) the (?:bridge|edge|ledge|roof|"
	    "tracks)|no point|last message|crushing|with everything|cant "
	    "breathe|can not breathe|so much blood)\\b)", CRISIS_STATEMENT },
	/*
	 * Said in passing (tune7.tsv): permanence, no future, a way out
	 * found, arrangements made, a schedule for it.
	 */
	{ "passing", 'A', "\\bsuicidal (?:\\w+ ){0,3}(?:tonight|today|right "
	    "now|again|so bad|real bad)\\b|\\bmake (?:it|this|"
	    "everything) (?:all )?stop\\b(?: \\w+){0,3} (?:permanently|for "
	    "good|"
	    "forever)\\b|\\b(?:check\\w* out|log\\w* off|leav\\w*|peac\\w* "
	    "out) "
	    "(?:\\w+ ){1,3}(?:permanently|for good|forever)\\b|\\blog\\w* off "
	    "(?:from |of )?(?:life|this world|existence|everything)\\b|"
	    "\\b(?:do not|can not|could not) (?:see|picture|imagine) myself "
	    "(?:\\w+ ){0,2}(?:being here|being alive|alive|living|making it|"
	    "around)\\b|\\bfound (?:a|the|my) way out\\b|\\bway "
	    "out\\b.*\\b(?:going to|gonna|"
	    "will) take it\\b|^(?=.*\\b(?:what is (?:even )?the "
	    "point|no point)\\b).*\\b(?:will not|not going to) be (?:around|"
	    "here|"
	    "alive)\\b|\\b(?:move on|be fine|be better|be happier) (?:\\w+ )"
	    "{0,2}without me\\b|\\bwaste of (?:oxygen|space|"
	    "air)\\b(?=.*\\b(?:fix|"
	    "change|end|soon)\\b)|\\b(?:does not|do not|doesnt) work (?:\\w+ )"
	    "{0,3}i am (?:out|done|gone)\\b|\\b(?:about to|going to|gonna|"
	    "will) "
	    "make it permanent\\b|\\bhow long (?:\\w+ ){0,6}(?:to be found|"
	    "before (?:someone|they|anyone) finds?)\\b|\\b(?:pills|meds|"
	    "tablets) "
	    "(?:are |all )?(?:counted|lined up|laid out|sorted) (?:out )?(?:on|"
	    "in front|next)\\b|\\b(?:would|will|could|to) stop (?:a|my|the|"
	    "someone s|someones|someone) heart\\b|\\b(?:know|looked up|"
	    "checked|found out) (?:which|"
	    "what time|when) (?:the )?train\\b|\\b(?:planned|plan|know|"
	    "figured out|decided) (?:exactly )?"
	    "(?:how and when|when and how)\\b|\\b(?:make sure|so that|so) "
	    "(?:you|"
	    "i|someone|they) (?:definitely |really |surely )?(?:do not|will "
	    "not|"
	    "would not|does not) survive\\b|"
	    "^(?=.*\\b" DRUG "\\b).*\\bwould it be (?:peaceful|painless)\\b|"
	    "\\bbag and (?:the )?tape\\b|\\bhelium (?:tank|"
	    "bag)\\b|\\b(?:cliffs?|"
	    "bridge|lake|river|ocean|woods|tracks|sea) (?:\\w+ ){0,6}not "
	    "coming "
	    "back\\b|\\b(?:a|the) (?:schedule|date|time) for it\\b|\\bdone "
	    "(?:with )?living\\b|\\b(?:except|but|other than|besides) (?:to )?"
	    "end(?:ing)? (?:it|it all|things|my life)\\b|\\b(?:made|making|"
	    "have "
	    "made) my arrangements\\b|\\b(?:when|after|once) i am (?:not|no "
	    "longer) (?:around|here|alive)\\b|\\b(?:may|might) not be (?:alive|"
	    "here|around) (?:by|next|tomorrow|for|much)\\b|\\bnot sure (?:i "
	    "will|ill) make it\\b|\\b(?:knife|pills|gun|rope|razor|blade) "
	    "(?:\\w+ ){0,6}for when i (?:decide|am ready)\\b", 0 },
	/*
	 * Acts now (tune7.tsv): cutting, a fist, a child who swallowed
	 * medicine, a weapon fetched, a car steered at a barrier.
	 */
	{ "now", 'A', "\\b(?:i am|im) (?:\\w+ )?(?:cutting|burning|hurting "
	    "myself|bleeding) (?:right now|now|again)\\b|\\b(?:is|are) "
	    "(?:cutting|burning|hurting) (?:herself|himself|themselves|in "
	    "(?:her|his|their) room)\\b|\\b(?:punch\\w*|hit\\w*|bang\\w*|"
	    "slam\\w*) (?:\\w+ ){0,3}(?:till|til) (?:my|i|it) (?:\\w+ )"
	    "?(?:bled|"
	    "bleed|bleeding|split|broke|crack\\w*)\\b|\\b(?:kid|child|son|"
	    "daughter|toddler|baby|\\d+ year old) (?:\\w+ ){0,6}(?:ate|"
	    "swallowed|"
	    "got into) (?:\\w+ ){0,3}" DRUG "\\b|\\bate a (?:bunch|lot|handful)"
	    "\\b|\\b(?:is|are) (?:oding|od ing|odeing|overdosing)\\b|"
	    "\\b(?:my|his|her|their) breathing (?:feels |is |seems )"
	    "?(?:really |"
	    "very |so )?(?:slow|"
	    "slowed|shallow)\\b|"
	    "\\bbarely (?:keep (?:my |his |her )?eyes open|breathing|awake)\\b|"
	    "\\bcrushing (?:chest )?(?:pain|pressure)\\b|\\b(?:pain|numb\\w*) "
	    "(?:\\w+ ){0,3}(?:down|in) my left arm\\b|\\b(?:can not|could not|"
	    "cant) wake (?:my \\w+|him|her|them) (?:\\w+ )"
	    "?up\\b|\\b(?:grab\\w*|"
	    "getting|loading) (?:my|the|a) (?:shotgun|gun|rifle|pistol|"
	    "handgun)\\b|\\b(?:going to|gonna|about to|want to) (?:shake|"
	    "smother|hit|drown) (?:my|the) (?:baby|son|daughter|kid|kids)\\b|"
	    "\\btaking (?:my|the) (?:kids|children|baby|son|daughter|family) "
	    "with me\\b|\\b(?:steer\\w*|swerv\\w*|veer\\w*) (?:toward|towards|"
	    "into) (?:the )?(?:\\w+ )?(?:barrier|traffic|wall|tree|guardrail|"
	    "oncoming|median|divider|pole|overpass)\\b|"
	    "\\bdrive (?:\\w+ ){0,2}off the road\\b|\\b" DRUG " (?:\\w+ ){0,2}"
	    "saved up\\b|\\bthinking about taking (?:all of it|them all|all of "
	    "them)\\b|\\b(?:locked|shut) (?:himself|herself|themselves|myself) "
	    "in (?:\\w+ ){0,3}with (?:his|her|their|my|a|the) (?:shotgun|gun|"
	    "rifle|pistol|handgun|knife|pills)\\b|\\b(?:dissolved|crushed|"
	    "ground"
	    " up|mixed) (?:all )?(?:of )?(?:my|the) (?:\\w+ )?(?:meds|pills|"
	    "tablets)\\b(?=.*\\b(?:cup|glass|drink|vodka|alcohol|yet)\\b)|"
	    "\\b(?:bought|got|picked up|ordered) (?:some )?(?:rope|a noose)\\b"
	    "(?! (?:for|to) (?:the |my |our )?(?:camping|boat|climbing|garden|"
	    "hammock|dog|swing))", 0 },
	/*
	 * Readiness and its details (tune8.tsv): how it would be done, when,
	 * what others would notice, a note left out, asking which way.
	 */
	{ "ready", 'A', "\\b(?:hit|hits|killed|ran over|run over) me\\b.*"
	    "\\b(?:would not|wouldnt) (?:even )?mind\\b|\\b(?:hope|wish|"
	    "pray)\\w* "
	    "(?:\\w+ ){0,3}(?:go to sleep|fall asleep|sleep) and (?:that is it|"
	    "that is all|never|not wake|it is over)\\b|\\bpoint of me being "
	    "(?:here|alive|around)\\b|\\b(?:nothing|no one|nobody) would "
	    "(?:change|notice|care) if i (?:was not|were not|was gone|"
	    "disappeared|died)\\b|\\b(?:looking at|staring at) (?:the |a |my )?"
	    "bottle\\b|\\bbridge (?:\\w+ ){0,6}(?:i am|im) (?:sitting|standing|"
	    "parked|waiting)\\b|\\b(?:exactly|figured out|know|planned) how i "
	    "(?:would|will|am going to) do it\\b|\\b(?:weeks?|months?) (?:s )?"
	    "worth of (?:my )?(?:\\w+ )?" DRUG "\\b|^(?=.*\\b" DRUG "\\b).*"
	    "\\b(?:took|taken|swallowed|ate|popped) (?:\\w+ ){0,14}on purpose"
	    "\\b|\\bhives all over\\b|\\bthroat (?:is )?getting (?:tight|"
	    "tighter|swollen)\\b|\\b(?:make|making|made) (?:them|him|her|"
	    "everyone|everybody) (?:all )?pay\\b|\\bdone (?:trying|fighting) "
	    "to "
	    "(?:stay alive|live|keep going)\\b|\\b(?:only|real) (?:peace|"
	    "relief|"
	    "rest|way out) (?:\\w+ ){0,4}(?:is )?(?:not existing|not being "
	    "(?:here|alive)|being dead|death|dying)\\b|\\b(?:did not|does not|"
	    "do not) work (?:\\w+ ){0,2}i (?:would|will) (?:check out|end it|"
	    "be "
	    "gone|kill myself|do it)\\b|\\b(?:will not|would not|not going to) "
	    "(?:be )?need(?:ing)? (?:\\w+ ){0,3}after (?:this (?:week|weekend)|"
	    "next week|friday|saturday|sunday|monday)\\b|\\b(?:once|after|"
	    "when) "
	    "i am dead\\b|\\bwould (?:it|that|this) kill me if i (?:took|take|"
	    "drank|swallowed|used)\\b|\\b(?:climbing|climbed|standing) (?:over|"
	    "on) the (?:railing|ledge|edge|rail)\\b|\\bcarbon monoxide\\b|"
	    "\\bwhich is (?:faster|quicker|less painful|more painless|surer)\\b"
	    "(?=.*\\b(?:pills|hanging|jump\\w*|gun|rope|carbon monoxide|"
	    "overdose)\\b)|\\b(?:do not think|doubt) i will (?:still )?(?:be "
	    "(?:here|alive|around)|make it)\\b|\\b(?:god|jesus|the lord|"
	    "voices?)"
	    " (?:\\w+ ){0,3}(?:telling|told|says|said) me (?:it is )?time to "
	    "(?:go|die|come home)\\b|\\b(?:last night|yesterday|tonight|"
	    "today) i"
	    " (?:got|came) (?:so |really |very )?close\\b|\\b(?:searching|"
	    "researching|looking up|googling) (?:for )?ways\\b|\\b(?:wrote|"
	    "written|left) (?:a|the|my) note"
	    "\\b(?=.*\\b(?:table|desk|bed|pillow|counter|fridge|drawer|hid "
	    "it)\\b)|"
	    "\\b(?:planning|plan|planned) (?:my|your) own funeral\\b|\\b(?:the "
	    "world|everyone|everything|life) would be (?:lighter|better|easier|"
	    "happier) without me\\b|^(?=.*\\b(?:pills|attempt\\w*|overdos\\w*|"
	    "hospital)\\b).*\\b(?:thinking about|going to|want to|planning to) "
	    "(?:trying|try) again\\b|\\bplan\\w* (?:the|my) next (?:one|"
	    "attempt)\\b|\\b(?:could|might|will|going to|about to) act on "
	    "(?:them|it|the thoughts|these thoughts)\\b|\\bfever (?:of |is )?"
	    "(?:10[3-9]|4[0-2])\\b|" I_STMT "(?:feel|am feeling) (?:\\w+ )"
	    "?faint"
	    "\\b|\\bmake myself (?:bleed|hurt|suffer)\\b|\\bonly need (?:to do "
	    "it|it) once\\b|\\b(?:do not|dont) want (?:anyone|anybody|you|"
	    "them) "
	    "(?:to )?stop(?:ping)? me\\b|\\bwaiting for the right (?:moment|"
	    "time|"
	    "day|opportunity)\\b|\\blet(?:ting)? myself (?:sink|drown|fall|die|"
	    "slip away|go under)\\b", 0 },
	/*
	 * Hints and preparations (tune9.tsv): lighter for them soon, the
	 * wheel turned, the edge of the platform, checked if it holds, cards
	 * for years ahead, whoever finds me.
	 */
	{ "hints", 'A', "^(?=.*\\btonight\\b).*\\beverything (?:is )"
	    "?(?:ready|set|"
	    "in place|prepared)\\b|^(?:\\w+ )?i will not be (?:here|around|"
	    "alive)$|\\b(?:lighter|easier|better) for (?:them|everyone|"
	    "everybody|my \\w+) (?:soon|when i am gone)\\b|\\b(?:the|a) "
	    "(?:weight"
	    "|burden|drain) (?:everyone|they|my family) (?:carries|carry)\\b|"
	    "\\b(?:just )?(?:turn|turning|jerk|jerking|yank\\w*) the wheel\\b|"
	    "\\b(?:today|last night|yesterday) i almost did\\b|\\b(?:closer to|"
	    "on|at) the edge of the (?:platform|roof|bridge|cliff|building|"
	    "balcony)\\b|\\b(?:do not|will not|would not) have to do it myself"
	    "\\b|\\bit is my time\\b(?! to (?:shine|try|start|book|heal|go to|"
	    "get|do|take))|\\b(?:seeing|picturing|imagining) myself (?:driving "
	    "into|jumping|hanging|dead|dying|in a coffin|falling)\\b|\\b(?:the "
	    "world|everyone|everything|life) would be (?:nicer|lighter|better|"
	    "easier|happier) (?:with me not in it|if i was not in it|without "
	    "me)\\b|\\bgarage (?:\\w+ ){0,4}(?:engine|car) (?:is )?on\\b|"
	    "\\b(?:gun|revolver|pistol|rifle|shotgun|pills|knife|rope|bottle) "
	    "(?:\\w+ ){0,10}staring at (?:it|them)\\b|\\bbeen (?:parked|"
	    "sitting|"
	    "standing) (?:here |there )?deciding\\b|\\b(?:bridge|building|roof|"
	    "overpass|cliff|balcony) (?:\\w+ ){0,4}(?:is )?high enough\\b|"
	    "\\b(?:razors?|blades|razor blades|pills|tablets) (?:are )?lined up"
	    "\\b|\\b(?:freight|train) (?:comes|passes|goes) (?:through|by) at"
	    "\\b|\\btied (?:my |a |the )?(?:belt|rope|cord|cable|sheet|scarf) "
	    "(?:to|around|over) (?:the |my )?(?:\\w+ )?(?:door|beam|neck|rail|"
	    "railing|fan|pipe|rod|hook)\\b|\\bsee if it holds\\b|\\b(?:rifle|"
	    "gun|pistol|shotgun|revolver) (?:is not|isnt) locked\\b|"
	    "\\b(?:buying|bought|got) (?:like |about )?(?:\\d+|a few|several) "
	    "(?:boxes|bottles|packs|packets) of\\b|\\byou can (?:probably )?"
	    "guess why\\b|\\burges? (?:are |is )?(?:through|thru) the roof\\b|"
	    "\\b(?:knife|blade|razor|pills|gun|rope|bottle) (?:is |are )"
	    "?(?:right"
	    " )?(?:next to|beside|in front of) me\\b|\\bon top of (?:my |the |"
	    "all )?" DRUG "\\b|\\b(?:dumped|poured|emptied|shoved|put) "
	    "(?:\\w+ )"
	    "{0,4}(?:into|in) my mouth\\b|\\bempty (?:blister|pill) (?:packs?|"
	    "packets?|sheets?)\\b|\\b(?:pain|numb\\w*) (?:\\w+ ){0,3}into my "
	    "left"
	    " arm\\b|\\bthunderclap\\b|\\bworst headache of my (?:entire|"
	    "whole) "
	    "life\\b|\\b(?:trying to|going to|about to) (?:climb|jump) out "
	    "(?:of )?(?:the|a|his|her|my) window\\b|\\b(?:fingers|fingertips|"
	    "face|skin|lips) (?:are |is )?(?:turning )?(?:blue|grey|gray|"
	    "purple)\\b|\\b(?:did not|didnt|would not|was not) respond(?:ing)? "
	    "for (?:a|\\d+|several|a few) (?:minute|minutes|seconds)\\b|"
	    "\\b(?:peeing|urinating|coughing up|vomiting|throwing up) "
	    "(?:\\w+ )?"
	    "blood\\b|\\bbarely (?:stand|walk)\\b|\\b(?:is|are) going to pay"
	    "\\b(?=.*\\b(?:know where|bringing|gun|knife|tomorrow|tonight)\\b)|"
	    "\\b(?:i am|im|i will|going to|gonna) (?:running|run) (?:him|her|"
	    "them) over\\b|\\bwith (?:him|her|them) (?:still )?in it\\b|"
	    "\\bguess (?:that is|thats) my answer\\b|\\bwake up "
	    "disappointed\\b|"
	    "\\bdisappointed (?:that )?i (?:woke up|did|am still (?:here|"
	    "alive)|"
	    "survived)\\b|\\bready to go and i know how\\b|\\binsurance "
	    "(?:\\w+ )"
	    "{0,3}(?:covers|pays for|pays out for|pay out for) suicide\\b|"
	    "\\bjust for a while but it (?:is not|isnt)\\b|\\b(?:mailed|sent|"
	    "posted) (?:\\w+ )?(?:letters?|notes?) (?:to|for) (?:my|everyone|"
	    "everybody)\\b|\\bif (?:someone|anyone) (?:\\w+ ){0,4}reads this "
	    "later\\b|\\bdeleting (?:all )?my (?:accounts|socials|social media|"
	    "instagram|facebook|tiktok)\\b|\\bso long (?:everyone|everybody|"
	    "world)\\b|\\bfor the next (?:\\d+|ten|twenty|few|several) "
	    "(?:years|birthdays)\\b|\\b(?:whoever|who ever|the person who|"
	    "someone who) finds me\\b|\\bfeels like it is time\\b|\\b(?:wrote|"
	    "writing|left) (?:out |down )?my passwords\\b", 0 },
	/*
	 * More of the same (tune9.tsv): going through with it, a belt and a
	 * chair, off the causeway, someone on a bridge or a railing now.
	 */
	{ "through", 'A', "\\b(?:do not|can not) (?:see|picture|imagine) "
	    "myself (?:still )?here\\b|\\b(?:stood|standing) on a (?:chair|"
	    "stool) with a (?:belt|rope|cord)\\b|\\bpromised myself\\b.*\\bgo "
	    "through with it\\b|\\btell my (?:wife|husband|partner|kids|family|"
	    "mom|dad) (?:\\w+ ){0,8}i will not be able to\\b|\\b(?:drive|"
	    "driving"
	    "|drove) (?:\\w+ ){0,2}off (?:the|a) (?:causeway|bridge|cliff|pier|"
	    "overpass|road|dock)\\b|\\b(?:she|he|they) (?:is|are) on (?:a|the) "
	    "(?:bridge|roof|ledge|railing)\\b|\\b(?:standing|climbing|sitting) "
	    "on the (?:\\w+ )?(?:railing|ledge)\\b|\\b(?:is|has|have|had|says "
	    "(?:she|he) has) taken something\\b|\\btook something\\b(?=.*\\b(?:"
	    "will not|wont) (?:open|answer|wake)\\b)|\\benough (?:\\w+ )"
	    "{0,5}to "
	    "go (?:peacefully|quietly)\\b|\\bwhich (?:hurts|is) less\\b|"
	    "\\b(?:pills|hanging|jumping|gun|rope) or (?:pills|hanging|jumping|"
	    "a gun|gun|rope|carbon monoxide)\\b|\\benough for (?:one|1) "
	    "time\\b|"
	    "\\b(?:not|never) (?:come|coming|wake|waking) (?:back|up) from "
	    "it\\b"
	    "|\\bhave to be to be sure\\b|\\b(?:sitting|sat) (?:\\w+ )"
	    "{0,2}with "
	    "(?:\\w+ )?(?:shotgun|rifle|pistol|revolver|gun)\\b|\\bwhen it "
	    "happens (?:this week|tonight|tomorrow|soon)\\b|\\b(?:do not think|"
	    "doubt) (?:i will|ill) (?:see|make it to|be (?:here|around) "
	    "for)\\b|"
	    "\\bmade my peace with (?:that|it|dying|death|"
	    "going)\\b|\\b(?:leaving"
	    "|leave) (?:\\w+ ){0,3}(?:and )?going to the (?:bridge|tracks|roof|"
	    "cliff|river|lake)\\b|\\b(?:the|a) whole (?:strip|pack|packet|"
	    "bottle"
	    "|box|sheet)\\b|\\bon the (?:roof|ledge|edge|top) of (?:my|the|a) "
	    "(?:\\w+ )?(?:building|apartment|bridge|parking)\\b(?= (?:\\w+ )"
	    "{0,2}(?:right now|now|tonight))|\\bsh ?ing\\b", 0 },
	/*
	 * Signs in other words (tune10.tsv): after the wife falls asleep,
	 * gone by then, the funeral a relief, timing the trains, fresh cuts,
	 * a head held under water, someone who swallowed pills now.
	 */
	{ "signs", 'A', "\\b(?:doing|do) it (?:\\w+ ){0,2}(?:after|when|once|"
	    "while) (?:\\w+ ){0,3}(?:falls asleep|is asleep|are asleep|goes to "
	    "sleep|leaves|is gone|is out)\\b|\\b(?:suicide|dying|death|ending "
	    "it|killing myself) (?:is |has been )?on my mind\\b|\\b(?:overpass|"
	    "bridge|building|roof|balcony|cliff) (?:\\w+ ){0,8}(?:measuring|"
	    "sizing up)\\b|\\blooking at the (?:overpass|bridge|tracks|"
	    "building|"
	    "roof) (?:\\w+ ){0,6}differently\\b|\\b(?:tonight|today|now) i am "
	    "letting go\\b|\\b(?:i will|ill) be gone by (?:then|tomorrow|"
	    "morning|"
	    "next week|the weekend)\\b(?! (?:\\w+ ){0,2}(?:for|on) (?:my|a|"
	    "the|our) "
	    "(?:trip|vacation|holiday|work|flight))|\\bready to (?:go )?join "
	    "(?:her|him|them|"
	    "my \\w+)\\b|\\bmy (?:own )?funeral (?:\\w+ ){0,6}(?:relief|"
	    "peaceful|"
	    "peace)\\b|\\brather be (?:in the ground|six feet under|in a grave|"
	    "dead|gone)\\b|\\b(?:hope|hoping|wish|pray)\\w* (?:\\w+ )"
	    "{0,4}stops? "
	    "my heart\\b|\\b(?:drift|drifting|slip|slipping|float|floating) "
	    "(?:off|away) (?:\\w+ ){0,4}(?:and )?(?:never|not) (?:come|coming|"
	    "wake|waking) (?:back|up)\\b|\\b(?:hope|hoping|wish|pray)\\w* "
	    "(?:\\w+ ){0,3}(?:plane|car|bus|train) (?:goes down|crashes|hits "
	    "me)\\b|\\bstopped looking both ways\\b|\\b(?:died|die) in my "
	    "sleep "
	    "(?:\\w+ ){0,8}(?:grateful|relieved|glad|happy)\\b|\\bbefore "
	    "anyone "
	    "wakes up\\b|\\bparked (?:right )?(?:at|on|by) the "
	    "edge\\b|\\btiming "
	    "the (?:\\w+ )?trains\\b|\\b(?:pistol|gun|revolver|rifle|shotgun) "
	    "(?:\\w+ ){0,6}it is loaded\\b|\\b(?:knuckles|hand|hands|arm|arms|"
	    "wrist|wrists|leg|head) (?:are |is )?(?:gushing|pouring blood|"
	    "bleeding everywhere)\\b|\\b(?:dumped|poured|emptied|shoved) "
	    "(?:\\w+ "
	    "){0,4}(?:into|in) my stomach\\b|\\bheart (?:is )?(?:pounding|"
	    "racing|beating) (?:\\w+ ){0,2}(?:1[5-9]\\d|2\\d\\d)\\b|\\beyes "
	    "(?:are"
	    " )?(?:rolling back|rolled back)\\b|\\b(?:is|are|am) breathing "
	    "(?:really |very |so )?(?:slow|slowly|shallow)\\b|\\b(?:nobody|no "
	    "one) (?:answers|comes|is coming) (?:\\w+ ){0,3}(?:call button|"
	    "bell)\\b|\\bknow (?:what car|where) (?:he|she|they) (?:drives|"
	    "parks|"
	    "lives|works)\\b|\\bi hit my (?:son|daughter|kid|baby|child)\\b|"
	    "\\bwill (?:all )?see what happens\\b(?=.*\\b(?:school|work|office|"
	    "planning|gun)\\b)|\\bstop being (?:one|a burden|here|alive) "
	    "(?:for "
	    "good|forever|permanently)\\b|\\b(?:can not|do not) see a "
	    "(?:tomorrow"
	    "|future) (?:with me in it|for me)\\b|\\btired of fighting\\b(?=.*"
	    "\\b(?:tonight|going to stop)\\b)|\\btonight i am going to stop\\b|"
	    "\\bsorry for being (?:such )?a (?:difficult|terrible|bad|"
	    "burden)\\b"
	    "(?=.*\\b(?:bye|goodbye|take care)\\b)|\\bpass (?:a|on a|the) "
	    "message"
	    "\\b.*\\b(?:was not|is not) (?:her|his|your|their) fault\\b|"
	    "\\bgo(?:ing)? through with (?:my|the) plan\\b|\\bstockpil\\w* "
	    "(?:it|"
	    "them)\\b|\\bfresh (?:cuts|burns|wounds)\\b|\\bif something "
	    "happens "
	    "(?:tonight|to me tonight)\\b|\\b(?:holding|held) my head under "
	    "(?:the )?(?:water|"
	    "bathwater)\\b|\\b" OTHER " " GAP(2) "(?:swallowed"
	    "|took|ate|downed) (?:some |a bunch of |a lot of )?(?:pills|"
	    "tablets)\\b|\\bgarage (?:\\w+ ){0,6}(?:car|engine) (?:is )"
	    "?running\\b|"
	    "\\b(?:is|are) cutting in the (?:next )?(?:room|bathroom)\\b|"
	    "\\b(?:dose|amount) (?:of \\w+ )?(?:is|would be) (?:lethal|fatal|"
	    "deadly)\\b|\\bso (?:that )?i (?:do not|will not|would not|never) "
	    "wake up\\b|\\benough (?:\\w+ ){0,5}to stop my (?:breathing|"
	    "heart)\\b"
	    "|\\bsleep and (?:not|never) wake (?:up )?again\\b|\\bmake the "
	    "end\\b"
	    "|\\b(?:scared|afraid) of what i (?:will|might) do (?:next|tonight)"
	    "\\b|\\b(?:thinking about|thoughts of) shaking (?:my|the) baby\\b|"
	    "\\btonight i almost did\\b|\\bmy (?:life|body|mind) is a "
	    "(?:cage|prison|trap|hell)\\b"
	    "(?=.*\\b(?:tonight|today|for good)\\b)", 0 },
	/*
	 * Said once more, in other words (tune11.tsv).
	 */
	{ "other-words", 'A', "\\b(?:no|stopped seeing the|do not see the) "
	    "point (?:of|in) (?:waking up|getting up|living|going on|being "
	    "alive|tomorrow)\\b|\\bhow (?:fast|quick|quickly) it would be\\b|"
	    "\\belephant (?:is )?(?:sitting|standing) on (?:it|my chest)\\b|"
	    "\\bto stop (?:someone|someones|someone s|a person s|my|his|her) "
	    "(?:breathing|heart)\\b|\\b(?:seat ?belt|seatbelt) off\\b|"
	    "\\bdriv\\w+ (?:\\w+ ){0,3}into (?:a|the) (?:tree|wall|pole|truck|"
	    "median)\\b|\\btallest (?:parking )?(?:garages?|towers?|overpass|"
	    "building|bridge)\\b|\\blast (?:week|day|night|month) on earth\\b|"
	    "\\b(?:after|when|once) everyone (?:is )?(?:asleep|gone|out)\\b|"
	    "\\b(?:deadly|lethal|fatal) together\\b|\\bbarely responsive\\b|"
	    "\\b(?:hit|hits|killed|ran over) me\\b.*\\b(?:would|will) "
	    "(?:actually"
	    " )?be (?:relieved|glad|grateful|happy)\\b|\\b(?:god|the lord|"
	    "jesus)"
	    " (?:\\w+ ){0,2}takes me\\b|\\b(?:easier|better) if i (?:just )?"
	    "(?:was not|were not) (?:alive|here|around)\\b|\\bpretending (?:i "
	    "want )?to (?:want to )?(?:be alive|live|stay alive)\\b|\\bready to"
	    " stop\\b(?! (?:the|my|taking|treatment|infusions?|ketamine|meds|"
	    "smoking|drinking))|\\b(?:will not|wont) be (?:around|here|alive) "
	    "to\\b|\\b(?:writing|wrote|write) (?:a|my|the) (?:\\w+ )?note "
	    "(?:tonight|today|now)\\b|\\bif (?:nobody|no one) (?:sees|helps|"
	    "answers) (?:me )?(?:\\w+ ){0,3}i am going to do it\\b|\\bplanning "
	    "on taking (?:all of (?:it|them)|them all|it all)\\b|\\bto "
	    "(?:never|"
	    "not) (?:come back|wake up)\\b|\\b(?:hit|cut|reach) (?:an|the) "
	    "artery\\b|\\b(?:can not|cant) any ?more (?:knife|gun|rope|"
	    "pills)\\b"
	    "|\\b(?:a|my) plann? and (?:the )?(?:stuff|things|everything) i "
	    "need\\b|\\bsuicidal (?:af|asf)\\b|\\bi will do something (?:worse|"
	    "stupid|drastic)\\b|\\b(?:say|tell \\w+) (?:i love (?:her|him|them|"
	    "you) )?one last time\\b|\\bmy funeral (?:playlist|songs|music)\\b|"
	    "\\b(?:looked up|checked|know) the train schedule\\b|\\bhoping "
	    "(?:i will|it will|my heart will) (?:just )?stop\\b|\\bso it will "
	    "happen\\b|\\b(?:boy|girl|child|kid|son|daughter) has (?:new )?"
	    "bruises\\b|\\btook (?:his|her|my|their) (?:\\w+ ){0,2}(?:pills|"
	    "meds|"
	    "tablets|medicine) (?:twice|three times|double)\\b|\\bbefore i do "
	    "something\\b|\\b(?:knife|blade|razor) to (?:her|his|my|their) "
	    "(?:wrist|wrists|throat|neck)\\b|\\b(?:or|just) go through with"
	    " it\\b|\\bi want to do it (?:now|tonight)\\b|\\blooking at (?:my|"
	    "the) (?:belt|rope|cord|pills|knife|razor) differently\\b|"
	    "\\bnearest (?:bridge|cliff|overpass|tall building|railway|train "
	    "tracks)\\b|\\bi am letting go (?:tonight|today|now)\\b|\\bonly "
	    "thing left (?:is )?(?:to )?(?:check out|die|end it|go)\\b|"
	    "\\b(?:clock|check|log|tap) out of (?:life|this life|this "
	    "world)\\b|"
	    "\\bi am not coming back\\b(?! (?:to|for|here))|\\b(?:quickest|"
	    "easiest|fastest|best) way out\\b|\\btell (?:my \\w+ )?(?:thank "
	    "you|"
	    "thanks)\\b.*\\bit is over\\b|\\bi took something\\b(?! for)"
	    "|\\bget "
	    "out of (?:my body|here|this life) (?:\\w+ )?any way\\b|\\bwould "
	    "it "
	    "kill me\\b.*\\bi want it to\\b|\\bthe (?:plan|date|day) is "
	    "set\\b|\\b(?:brain|head|mind) "
	    "keeps (?:saying|telling me) (?:\\w+ ){0,2}(?:end it|die|kill|jump)"
	    "\\b|\\b(?:what|which) (?:dose|amount) (?:\\w+ ){0,4}(?:would|will|"
	    "could) be (?:fatal|lethal|deadly)\\b|"
	    "\\bdecided not to have (?:one|a future)\\b|\\btonight is the last "
	    "night\\b|\\blast night of (?:it|my life)\\b|\\b(?:going to|gonna|"
	    "about to|ready to) let go\\b(?! of (?:the|my|this|that|some|"
	    "a)\\b)|"
	    "\\b(?:wnt|wanna|wana) to (?:di|dei|dy|die)\\b", 0 },
	/*
	 * Other languages, by their core words for suicide, dying, wanting
	 * not to live, self-harm, swallowing pills, not breathing or not
	 * waking, and being a burden. The knowledge is in English, so such a
	 * message would get the fallback at best: when in doubt, the crisis
	 * reply (988 has Spanish; it lists the clinic's phone number too).
	 * Accents are stripped by the normalizer ("no aguanto más" reads
	 * "no aguanto mas").
	 */
	/* Spanish */
	{ "world-es", 'A',
	    "\\b(?:suicid(?:arme|arse|io)|matarme|me (?:voy a|quiero) "
	    "matar|(?:me )?quiero morir|quisiera morir|(?:estar|estoy) "
	    "muert[oa]|no quiero (?:seguir )?(?:vivir|despertar)|acabar con "
	    "(?:todo|mi vida)|una carga para|mejor(?:es)? sin mi|me (?:corte|"
	    "estoy cortando)|no (?:para|deja) de sangrar|no (?:despierta|"
	    "respira|reacciona)|carta de despedida|no puedo respirar|no "
	    "puede respirar|ya no "
	    "voy a "
	    "estar|no voy a estar aqui|me voy a cortar|cortarme|"
	    "navaja|cuchilla|me duele (?:mucho )?el pecho|"
	    "dolor en el pecho|sobredosis|(?:tome|tomo|se tomo) "
	    "(?:\\w+ ){0,3}pastillas)\\b", 0 },
	/* French */
	{ "world-fr", 'A',
	    "\\b(?:me suicider|suicidaire|envie de mourir|veux mourir|"
	    "vais mourir|me tuer|en finir|plus envie de vivre|(?:ai|a) avale|"
	    "somniferes|surdose|(?:n arrive|narrive) plus a respirer|respire "
	    "plus|mal a la poitrine|me (?:couper|scarifier|suis coupee?)|un "
	    "fardeau|mieux sans moi|n en peux plus|nen peux plus|ecrit ma "
	    "lettre|lettre d adieu)\\b", 0 },
	/* Portuguese */
	{ "world-pt", 'A',
	    "\\b(?:me matar|suicid(?:ar|io)|quero morrer|nao quero (?:mais )?"
	    "viver|(?:tomei|tomou) (?:\\w+ ){0,3}(?:remedios|comprimidos|"
	    "pilulas)|nao (?:acorda|respira)|me cortei|sangrando muito|um peso"
	    " para|melhor sem mim|nao aguento mais|acabar com tudo)\\b", 0 },
	/* German */
	{ "world-de", 'A',
	    "\\b(?:selbstmord|suizid\\w*|umbringen|will sterben|nicht mehr "
	    "leben|tabletten (?:\\w+ ){0,3}genommen|atmet (?:kaum|nicht)|"
	    "abschiedsbrief|besser dran ohne mich|ritze mich|uberdosis|"
	    "ueberdosis|schlaftabletten|komme nicht (?:mehr )?zuruck|tabletten "
	    "geschluckt|alle meine tabletten)\\b", 0 },
	/* Italian */
	{ "world-it", 'A',
	    "\\b(?:suicid(?:armi|io)|uccidermi|voglio morire|farla finita|"
	    "non ce la faccio piu|(?:preso|ingoiato) (?:\\w+ ){0,3}(?:pillole|"
	    "pastiglie|compresse)|non svegliarmi|mi (?:taglio|sono tagliat[oa])"
	    "|non respira|un peso per|sparire per sempre)\\b", 0 },
	/* Polish (ł stays: it is a letter, not an accent) */
	{ "world-pl", 'A',
	    "\\b(?:samoboj\\w*|nie chce (?:juz )?zyc|chce umrzec|zabic sie|"
	    "zabije sie|(?:połkneła|połknał|wziełam|wziałem) (?:\\w+ ){0,3}"
	    "(?:tabletki|leki)|nie moge (?:jej |go )?dobudzic|poci(?:ełam|"
	    "ałem)|nie oddycha)\\b", 0 },
	/* Tagalog */
	{ "world-tl", 'A',
	    "\\b(?:magpakamatay|mamatay|patayin (?:ko )?ang sarili|tatapusin "
	    "ko na|ayoko nang mabuhay|(?:uminom|ininom) (?:\\w+ ){0,3}gamot|"
	    "hindi (?:na )?(?:magising|humihinga))\\b", 0 },
	/* Vietnamese (accents stripped) */
	{ "world-vi", 'A',
	    "\\b(?:khong muon song|muon chet|tu tu|ket thuc (?:tat ca|cuoc "
	    "song)|thuoc ngu|uong het|khong co toi)\\b", 0 },
	/* Hindi (romanised) */
	{ "world-hi", 'A',
	    "\\b(?:jeena nahi chaht[aie]|marna chaht[aie]|mar jana chaht[aie]|"
	    "khudkushi|aatmahatya|atmahatya|sab khatam kar d\\w*|khatam kar "
	    "lung[aie]|neend ki goliyan)\\b", 0 },
	/* Russian */
	{ "world-ru", 'A',
	    "(?:не хочу жить|хочу умереть|покончить с собой|покончу с собой|"
	    "самоубийств|суицид|убить себя|выпил[аи]? все таблетки|наглотал|"
	    "все закончу)", 0 },
	/* Korean, Japanese (the normalizer strips the dakuten: です is てす) */
	{ "world-ko-ja", 'A',
	    "(?:살고 싶지 않|죽고 싶|자살|약을 다 먹|死にたい|自殺|消えたい|"
	    "薬を全部|生きたくない)", 0 },
	/* Turkish (accents stripped; the dotless ı stays) */
	{ "world-tr", 'A',
	    "\\b(?:yasamak istemiyorum|olmek istiyorum|intihar\\w*|kendimi "
	    "oldur\\w*|atlayacag\\w*)\\b", 0 },
	/* Chinese */
	{ "world-zh", 'A',
	    "(?:自杀|自殺|不想活|想死|一了百了|结束生命|結束生命|安眠药|安眠藥|"
	    "吃了很多药|叫不醒|割腕|跳楼|跳樓|活着太累|活著太累)", 0 },
	/* Arabic */
	{ "world-ar", 'A',
	    "(?:لا اريد ان اعيش|انتحار|الانتحار|انتحر|اموت|انهي حياتي|بلع|لا يتنفس|عبء)", 0 },
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
	    "risk|side effects?|therapy|doctor|insurance|history)\\b)"
	    "(?!.*\\b" NET_IDIOMS "\\b)",
	    CRISIS_PAST | CRISIS_SOFT | CRISIS_STATEMENT },
	{ "after-infusion", 'A', "\\b(?:confused|hallucinating|vomiting "
	    "blood|heart (?:is )?racing|can not stop shaking|seizing|"
	    "seizure|fainted|passed out) " GAP(4)
	    "(?:after|since) " GAP(1) "(?:infusion|treatment|session|"
	    "appointment|ketamine)\\b", 0 },
};

const size_t crisis_nrules = sizeof(crisis_rules) / sizeof(crisis_rules[0]);

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
