/*
 * Crisis rules for Tagalog, Vietnamese, Hindi (romanised), Korean,
 * Japanese and Chinese messages, by their core words (see
 * bot/crisis_rules_world.c for why other languages fire when in doubt).
 */
#include <stddef.h>

#include "crisis_rules.h"

const struct crisis_rule crisis_rules_asia[] = {
	/* Tagalog */
	{ "world-tl", 'A',
	    "\\b(?:magpakamatay|mamatay|patayin (?:ko )?ang sarili|tatapusin "
	    "ko na|ayoko nang mabuhay|(?:uminom|ininom) (?:\\w+ ){0,3}gamot|"
	    "hindi (?:na )?(?:magising|humihinga)"
	    "|ayoko na (?:mabuhay|mag live)"
	    "|gusto ko na (?:\\w+ )?mawala|mawala na)\\b", 0 },
	/* Vietnamese (accents stripped) */
	{ "world-vi", 'A',
	    "\\b(?:khong muon song|muon chet|tu tu|ket thuc (?:tat ca|cuoc "
	    "song)|thuoc ngu|uong het|khong co toi"
	    "|đau nguc|dau nguc|kho (?:tho|though))\\b", 0 },
	/* Hindi (romanised) */
	{ "world-hi", 'A',
	    "\\b(?:jeena nahi chaht[aie]|marna chaht[aie]|mar jana chaht[aie]|"
	    "khudkushi|aatmahatya|atmahatya|sab khatam kar d\\w*|khatam kar "
	    "lung[aie]|neend ki goliyan"
	    "|nahi jee sakt\\w*|sab khatam)\\b", 0 },
	/* Korean, Japanese (the normalizer strips the dakuten: です is てす) */
	{ "world-ko-ja", 'A',
	    "(?:生きていたくない|飛ひ込|飛び込|죽으려고|약을 다 모아|살고 싶지 않|죽고 싶|자살|약을 다 먹|死にたい|自殺|"
	    "消えたい|"
	    "薬を全部|生きたくない)", 0 },
	/* Chinese */
	{ "world-zh", 'A',
	    "(?:自杀|自殺|不想活|想死|一了百了|结束生命|結束生命|安眠药|安眠藥|"
	    "吃了很多药|叫不醒|割腕|跳楼|跳樓|活着太累|活著太累)", CRISIS_PAST },
};

const size_t crisis_rules_asia_n = sizeof(crisis_rules_asia) /
    sizeof(crisis_rules_asia[0]);
