/*
 * Crisis rules added from tune20.tsv, written in other voices than the
 * blunt and slang wording of the earlier sets: older people and their
 * faith, carers and family telling of someone else in danger now,
 * English written as a second language, and calm messages whose danger
 * is in one clause. Tried after bot/crisis_rules_late.c's rules.
 */
#include <stddef.h>

#include "crisis_rules.h"
#include "crisis_words.h"

const struct crisis_rule crisis_rules_voices[] = {
	/*
	 * Older and religious voices: going home early, going to God oneself,
	 * asking God to take one, helping Him along (tune20.tsv).
	 */
	{ "farewell-faith", 'A', "^(?=.*\\b(?:lord|god|jesus|heaven|forgive|"
	    "pray\\w*)\\b).*?\\b(?:coming|going|come|go) home (?:a little |"
	    "a bit |rather |somewhat )?(?:early|earlier|sooner|"
	    "before my time)\\b|\\b(?:went|go|going|come|coming) to (?:god|"
	    "the lord|lord|jesus|him|heaven|my maker|the angels) myself\\b|"
	    "\\b(?:asked|ask|asking|begged|begging|prayed|praying|"
	    "pray) (?:to )?(?:god|the lord|lord|jesus|him|heaven|my maker|"
	    "the angels) (?:to|that (?:he|she|it) (?:will|would)?) ?(?:take|"
	    "call|collect) (?:me|her|him)\\b|\\bhelped (?:him|god|things|it|"
	    "nature|the lord) along\\b|\\boutstayed my welcome\\b(?= (?:on|"
	    "in) (?:this )?(?:earth|world|life))|\\bmy time (?:on|"
	    "in) (?:this )?(?:earth|world) is (?:done|over|finished|up)\\b|"
	    "\\b(?:ready|time|want|wish|longing|long) (?:for me )?to (?:go )"
	    "?(?:and )?(?:be with|join) (?:my late \\w+|the lord|jesus|god|"
	    "my maker)\\b", 0 },
	/*
	 * Affairs put in order, told calmly and formally: final
	 * arrangements, pets rehomed with contracts cancelled, the date of
	 * one's funeral, no wish to go on (tune20.tsv).
	 */
	{ "affairs-final", 'A', "\\b(?:begun|began|started|starting|"
	    "beginning) to make (?:my |the )?(?:final )?arrangements\\b(?! "
	    "(?:for|with|to|about))|\\bnothing left for me (?:to do )?(?:here|"
	    "in this world|on this earth)\\b|\\b(?:date|day|time) (?:need not|"
	    "will not|wont|does not|doesnt|should not|is not) (?:be )?(?:far|"
	    "long) (?:off|away)\\b(?=.*\\b(?:funeral|hymns|burial|seen to|"
	    "arrang\\w+|will)\\b)|\\bnot (?:believe|think|"
	    "expect) (?:that )?i (?:shall|will|ll) (?:see|make it to|"
	    "live to see) (?:the )?(?:spring|summer|autumn|fall|winter|"
	    "christmas|new year|another \\w+)\\b(?=.*\\b(?:intend|plan|want|"
	    "wish|going) to\\b)|\\bnot (?:be )?renewing (?:\\w+ ){0,3}or (?:fr"
	    "ankly |really |indeed |even )?anything else\\b|"
	    "\\bno (?:more )?(?:wish|desire|will|force|strength|"
	    "reason) to (?:continue|go on|carry on|keep going|keep living|"
	    "live)\\b(?! (?:with|the|my|this|treatment|therapy|infusions?|"
	    "sessions?))|\\b(?:found|finding|find) (?:a )?(?:new )?homes? for "
	    "(?:my|the) (?:dogs?|cats?|pets?|birds?|rabbits?|parrot|budgie|"
	    "fish)\\b(?=.*\\b(?:cancel\\w*|records?|contract|accounts?|"
	    "after (?:monday|tuesday|wednesday|thursday|friday|saturday|"
	    "sunday|tonight|tomorrow|the (?:\\d+(?:st|nd|rd|th)?|weekend|"
	    "end of the (?:week|month)))|goodbye|will not need)\\b)|"
	    "^(?=.*\\b(?:forgive|early|gone|lord|god|heaven|after i am|"
	    "when i am)\\b).*?\\b(?:someone|somebody) (?:to |will |"
	    "can )?(?:see to|look after|take care of|feed|take in|"
	    "have) my (?:dogs?|cats?|pets?|birds?|rabbits?|parrot|budgie|"
	    "fish)\\b|\\blife insurance\\b(?=.*\\b(?:pays? out|"
	    "payout)\\b)(?=.*\\b(?:two|2|one|1) years?\\b)", 0 },
	/*
	 * Means and places looked up, told calmly (tune20.tsv).
	 */
	{ "means-inquiry", 'A', "\\bhow (?:much|many) (?:of (?:my|the|his|"
	    "her) )?(?!(?:ketamine|esketamine|spravato|troches|lozenges)\\b)"
	    DRUG " (?:it )?(?:would|will|does|did|might) (?:it )?take\\b|"
	    "\\b(?:working out|worked out|figuring out|figured out|"
	    "calculating|looking up) how (?:much|many) (?:of (?:my|the) )?"
	    DRUG "\\b|\\b(?:revolver|gun|pistol|rifle|shotgun|handgun|"
	    "firearm)\\b(?=.*\\b(?:took it out|taken it out|sitting (?:beside|"
	    "next to|with) me|in my (?:lap|hand)|beside me|next to me|"
	    "on my lap)\\b)|\\bplanning to be (?:at|on) the (?:bridge|tracks|"
	    "railway|rail line|roof|cliff|cliffs|ledge|overpass)\\b|"
	    "\\b(?:looking up|looked up|searching|researching|checking|"
	    "found out) (?:which|what) (?:\\w+ ){0,2}(?:buildings|bridges|"
	    "garages|car parks|parking garages|cliffs) (?:\\w+ ){0,2}(?:have|"
	    "has|are|with) (?:roof access|open roofs?|no (?:fence|fences|"
	    "railings?|barriers?)|the (?:tallest|highest))\\b|"
	    "\\bthoughts of ending (?:things|it all|everything|my life|"
	    "it)\\b(?=.*\\b(?:specific|railway|tracks|train|bridge|plan|"
	    "method|rope|pills|gun)\\b)|\\b(?:will not|wont|"
	    "not) be needing (?:it|them|those|these|my \\w+|his \\w+|"
	    "her \\w+) (?:after|past|beyond) (?:the )?\\w+", 0 },
	/*
	 * Others in danger now, told by a carer, a child or a flatmate:
	 * extra pills taken, a locked door, a goodbye and a phone switched
	 * off, a week's pills at once, things given away (tune20.tsv).
	 */
	{ "others-now", 'A', "\\b(?:taken|took|swallowed|had) (?:a few|"
	    "several|some|a lot|lots|a bunch|a handful|many|a load|"
	    "loads) (?:extra |more )?(?:of )?(?:her|his|their|"
	    "my) (?:\\w+ )?(?:pills|tablets|meds|medication|medicine|"
	    "capsules)\\b|\\blocked (?:himself|herself|themselves|"
	    "themself) in\\b(?=.*\\b(?:not answering|will not answer|"
	    "wont answer|no answer|not responding|pills|vodka|bottle|knife|"
	    "gun|rope|razor|oxy\\w*|UG)\\b)|\\b(?:texted|messaged|sent|said|"
	    "wrote)\\b(?: \\w+){0,3} (?:i )?love you(?: \\w+)? (?:bye|"
	    "goodbye)\\b(?=.*\\b(?:phone is (?:off|dead)|not answering|"
	    "will not answer|wont answer|turned (?:it )?off|switched off|"
	    "no answer|not picking up|not responding)\\b)|\\b(?:took|taken|"
	    "swallowed) (?:her|his|their|my|the) (?:whole|entire|"
	    "full) (?:\\w+ )?(?:week|weeks|month|months|"
	    "days?)\\w* (?:worth of )?(?:\\w+ )?(?:pills|tablets|meds|"
	    "medication|dosette|pill ?box|blister)\\w*|\\b(?:\\d+|many|all|"
	    "so many|lots of) (?:of (?:the|her|his|my) )?(?:\\w+ )?(?:pills|"
	    "tablets|capsules) (?:are|is) missing\\b|\\b(?:he|she|"
	    "they) (?:will|would|is going to|are going to) be gone\\b(?=.*\\bn"
	    "ot (?:travell?ing|going (?:anywhere|away)|moving|on holiday)\\b)|"
	    "\\b(?:gave|given|giving) (?:me |away )?(?:his|her|their|"
	    "all (?:his|her|their)) \\w+\\b(?=.*\\b(?:will not|wont|would not|"
	    "not) be needing\\b)", CRISIS_PAST },
	/*
	 * English as a second language: words taken from another language
	 * ("take away my life", "finish with everything", "making
	 * convulsion") (tune20.tsv).
	 */
	{ "plain-english", 'A', "\\btake away my (?:own )?life\\b|"
	    "\\btake my (?:own )?life away\\b|\\b(?:thinking|think|decided|"
	    "want|going|plan|planning) to finish (?:with )?(?:everything|all|"
	    "it all|my life|myself)\\b|\\bthink to leave (?:it|this life|"
	    "the life|life|this world)\\b|\\b(?:the )?life has no (?:more )"
	    "?(?:taste|sense|meaning|colou?r|flavou?r|point) for me\\b|"
	    "\\b(?:drinking|drank|drunk|drink|ate|eaten|eating|swallowed|took|"
	    "taking) (?:the |some |a |of )?(?:poison|rat poison|"
	    "poison for (?:rats|mice)|bleach|pesticide)\\b|"
	    "\\bpoison for (?:rats|mice)\\b|\\bnot more (?:here|alive|living|"
	    "in this world)\\b|\\bmy life is (?:finish|finished|ended)\\b|"
	    "\\bno (?:more )?forces? (?:to|for) (?:live|living|continue|"
	    "go on)\\b|\\bhave no more forces?\\b|\\btired to live\\b|"
	    "\\bi (?:will|am going to|want to|think to|think i will|"
	    "decided to|plan to) leave (?:this|the) (?:world|life|earth)\\b|"
	    "\\b(?:wish|want|decided|going|plan|ready) to end my days\\b|"
	    "\\b(?:is|are|am) (?:making|having|doing) (?:a |"
	    "the )?convulsions?\\b|\\bconvulsing\\b|^(?=.*\\b(?:tablets|pills|"
	    "missing|took)\\b).*?\\bsleeps? (?:very |so )?heavy\\b|\\b(?:took|"
	    "taken|swallowed|take) (?:too |so |very )?many (?:tablets|pills|"
	    "capsules|meds)\\b|\\bcount (?:\\d+|many|all) (?:are |"
	    "is )?missing\\b", CRISIS_SOFT },

};

const size_t crisis_rules_voices_n = sizeof(crisis_rules_voices) /
    sizeof(crisis_rules_voices[0]);
