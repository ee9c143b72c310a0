/*
 * Crisis rules for Polish, Russian, Turkish and Arabic messages, by their
 * core words (see bot/crisis_rules_world.c for why other languages fire
 * when in doubt).
 */
#include <stddef.h>

#include "crisis_rules.h"

const struct crisis_rule crisis_rules_east[] = {
	/* Polish (ł stays: it is a letter, not an accent) */
	{ "world-pl", 'A',
	    "\\b(?:samoboj\\w*|nie chce (?:juz )?zyc|chce umrzec|zabic sie|"
	    "zabije sie|(?:połkneła|połknał|wziełam|wziałem) (?:\\w+ ){0,3}"
	    "(?:tabletki|leki)|nie moge (?:jej |go )?dobudzic|poci(?:ełam|"
	    "ałem)|nie oddycha"
	    "|skocze z mostu|wszystko przygotowane)\\b", 0 },
	/* Russian */
	{ "world-ru", 'A',
	    "(?:hochu umeret|ne hochu zhit|bolshe ne mogu|не хочу жить|"
	    "хочу умереть|покончить с собой|покончу с собой|"
	    "самоубийств|суицид|убить себя|выпил[аи]? все таблетки|наглотал|"
	    "все закончу)", 0 },
	/* Turkish (accents stripped; the dotless ı stays) */
	{ "world-tr", 'A',
	    "\\b(?:yasamak istemiyorum|olmek istiyorum|intihar\\w*|kendimi "
	    "oldur\\w*|atlayacag\\w*"
	    "|bilekleri\\w* kest\\w*|cok kan var)\\b", 0 },
	/* Arabic */
	{ "world-ar", 'A',
	    "(?:(?:لم|ما) (?:اعد|عدت) اريد ان اعيش|جهزت الحبوب|لا اريد ان اعيش|انتحار|الانتحار|انتحر|اموت|انهي حياتي|بلع|"
	    "لا يتنفس|عبء)", 0 },
};

const size_t crisis_rules_east_n = sizeof(crisis_rules_east) /
    sizeof(crisis_rules_east[0]);
