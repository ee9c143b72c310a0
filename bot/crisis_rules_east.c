/*
 * Crisis rules for Polish, Russian, Ukrainian, Turkish and Arabic
 * messages, by concept (see bot/crisis_rules_world.c for why other
 * languages fire when in doubt). Each language has a rule with no mark
 * for intent, plans, means, farewells and wishes, and a -told rule,
 * read on the whole message, for words also told of the past, of a study
 * or in a question about treatment.
 */
#include <stddef.h>

#include "crisis_rules.h"

const struct crisis_rule crisis_rules_east[] = {
	/* Polish (ł stays: it is a letter, not an accent; typed as l too) */
	/*
	 * world-pl holds intent, plans, means, farewells, wishes to die,
	 * harm to others and voices, by verb family; its idioms stay out:
	 * "ta kolejka mnie zabije" has no 'sie', "umieram z glodu" no wish.
	 * world-pl-told holds words also told of the past, of a study or in
	 * a question ("8 lat temu proba samobojcza", "czy po wlewie bywaja
	 * drgawki"): read on the whole message, they fire without those.
	 */
	{ "world-pl", 'A',
	    "\\b(?:"
	    /* killing oneself, every person and order */
	    "(?:zabic|zabije|zabijesz|zabija|zabijam) sie|"
	    "sie (?:\\w+ )?(?:zabic|zabije|zabija)|(?:odebrac|odbiore|odbierze|"
	    "odbiore) sobie zycie|(?:skoncze|skonczyc|skonczy) ze soba|"
	    "ze soba (?:\\w+ )?skoncz\\w*|(?:powiesze|powiesic|powiesi|"
	    "zastrzele|zastrzelic|zastrzeli|otruje) sie|(?:rzuce|rzucic|"
	    "rzuci) sie (?:pod|z|ze)|targn\\w* sie na (?:swoje )?zycie|"
	    /* wishing to be dead, not to wake up */
	    "(?:chce|chcia[łl]\\w*|wole|pragne) (?:\\w+ ){0,2}umrzec|(?:chce|"
	    "chcia[łl]\\w*|oby|zeby|wole) (?:\\w+ ){0,4}(?:sie )?nie obudzic|"
	    "(?:nie|juz nie|nigdy nie) obudzic sie|"
	    /* not wanting to live, cannot go on */
	    "nie chce (?:juz |d[łl]uzej |wiecej )*zyc|"
	    "nie mam (?:juz )?si[łl]y (?:zyc|dalej zyc|tak zyc)|"
	    "nie dam rady (?:d[łl]uzej|dalej zyc|juz zyc)|nie (?:widze|"
	    "ma) sensu (?:zycia|zyc)|nie wytrzymam juz(?= *$| d[łl]uzej)|"
	    /* means at hand: pills, heights, rope, gun, train, car */
	    "(?:po[łl]kne|[łl]ykne|zjem) (?:je |\\w+ )?wszystkie|"
	    "wezme (?:je )?wszystkie (?:naraz|na raz|tabletki|leki)|"
	    "skocz\\w* (?:z|ze|z tego) (?:mostu|balkonu|dachu|okna|wiezowca|"
	    "bloku|\\w+ pietra)|(?:moscie|dachu|balkonie|torach|krawedzi|"
	    "parapecie) (?:\\w+ ){0,3}(?:skocz\\w*|zeskocz\\w*|wyskocz\\w*)|"
	    "(?:stoje|stoi|siedze|siedzi) na (?:moscie|dachu|torach|krawedzi|"
	    "parapecie|balustradzie)|(?:sznur|stryczek|"
	    "petl\\w*) (?:\\w+ ){0,2}(?:gotow\\w*|kupi[łl]\\w*|wisi)|"
	    "kupi[łl]\\w* (?:\\w+ )?sznur|pod pociag|(?:pistolet|bron|"
	    "strzelb\\w*) (?:\\w+ ){0,4}(?:w rece|na[łl]adowan\\w*|"
	    "do g[łl]owy)|strzel\\w* sobie (?:w|with)|wjade (?:\\w+ ){0,3}(?:w|"
	    "with) (?:drzewo|sciane|mur|tira|slup)|rozbije sie|"
	    /* farewells, a will, things given away */
	    "list\\w* pozegnaln\\w*|pozegnaln\\w* (?:list\\w*|wiadomosc\\w*)|"
	    "to (?:jest )?(?:moje |ostatnie )?pozegnanie|"
	    "zegnam (?:sie )?(?:na zawsze|ze wszystkimi)|"
	    "rozda[łl]\\w* (?:\\w+ ){0,2}rzeczy|(?:spisa[łl]\\w*|"
	    "napisa[łl]\\w*|sporzadzi[łl]\\w*) testament|"
	    /* a burden, better off without me */
	    "(?:jestem|bede) (?:\\w+ ){0,2}ciezar\\w*|ciezarem|"
	    "lepiej (?:\\w+ ){0,3}beze mnie|beze mnie (?:\\w+ ){0,3}lepiej|"
	    /* harm to others or a child, voices */
	    "(?:chce|zamierzam|moge|chcia[łl]\\w*) (?:\\w+ ){0,2}zabic (?!sie)"
	    "\\w+|zabije (?:go|ja|ich|szefa|meza|zone|dziecko|sasiada|kogos)|"
	    "(?:zrobie|zrobic|zrobi[łl]\\w*) (?:\\w+ )?krzywde|"
	    "skrzywdz\\w* (?:\\w+ )?(?:dziecko|syna|corke|kogos|go|ja)|"
	    "g[łl]os\\w* (?:\\w+ ){0,6}(?:zabic|zabij|skoczyc|umrzec|krzywde|"
	    "pociac|skrzywdzic)|"
	    /* a lethal amount */
	    "(?:smierteln\\w*|letaln\\w*) dawk\\w*|ile (?:\\w+ ){0,4}(?:trzeba|"
	    "potrzeba|musze) (?:\\w+ ){0,3}(?:zeby|aby|by) (?:umrzec|sie zabic|"
	    "sie nie obudzic)|"
	    /* hopeless after treatment; euphemisms */
	    "ostatni\\w* nadziej\\w* (?:\\w+ ){0,6}(?:koniec|poddaje|"
	    "nie pomog\\w*)|(?:zniknac|zasnac|odejsc) na zawsze|"
	    "na zawsze (?:zniknac|zasnac|odejsc)|"
	    "do[łl]aczyc do (?:\\w+ )?(?:zmar[łl]\\w*|\\w+ (?:w|with) niebie)|"
	    "(?:odejsc|odejde|odejdzie) z tego swiata|(?:pojsc|isc|pojde|"
	    "odejsc) do (?:boga|nieba)"
	    ")\\b", 0 },
	{ "world-pl-told", 'A',
	    "^(?!.*\\b(?:"
	    "lat temu|rok temu|miesiecy temu|kiedys|(?:w|with) przesz[łl]osci|"
	    "dawno|pielegniar\\w*|lekar\\w*|student\\w*|studiuje|"
	    "prac\\w* (?:magister\\w*|licencjack\\w*|naukow\\w*)|badan\\w*|"
	    "jak ketamina|czy ketamina|ketamin\\w* (?:\\w+ )?(?:dzia[łl]a|"
	    "pomaga)|wsrod|film\\w*|ksiazk\\w*|czy (?:\\w+ ){0,3}(?:moze|moga|"
	    "bywaja|wystepuja)|jesli|jezeli"
	    ")\\b).*?\\b(?:"
	    /* suicide words; self-harm, pills taken, an emergency */
	    "samoboj\\w*|tne sie|poci[ae][łl]\\w*|zyletk\\w*|"
	    "leci (?:\\w+ )?krwi|duzo krwi|krew (?:\\w+ )?nie przestaje|"
	    "przypalam (?:sie|sobie)|okaleczam|samookalecz\\w*|(?:po[łl]kn\\w*|"
	    "polkn\\w*|[łl]ykn\\w*|wzi[ae][łl]\\w*|"
	    "zazy[łl]\\w*) (?:\\w+ ){0,2}(?:ca[łl]e opakowanie|wszystkie|"
	    "\\d+ tabletek|tabletki|leki|opakowanie)|"
	    "tabletk\\w* (?:\\w+ ){0,4}popi[łl]\\w*|nie oddycha|"
	    "przesta[łl]\\w* oddychac|nie moge oddychac|drgawk\\w*|"
	    "atak padaczki|sine usta|usta (?:\\w+ )?sine|posinia[łl]\\w*|"
	    "bol\\w* (?:\\w+ ){0,2}(?:w|with) klatce|zemdla[łl]\\w*|"
	    "straci[łl]\\w* przytomnosc|nieprzytomn\\w*|"
	    "nie moge wstac(?! (?:tak )?(?:wczesnie|rano|o \\d))|nie (?:moge|"
	    "mozna) (?:jej |go )?dobudzic"
	    ")\\b", CRISIS_WHOLE },
	/* Russian (й reads и, ё reads е) and transliterated; same split */
	{ "world-ru", 'A',
	    "\\b(?:"
	    /* killing oneself, every person; the way out of life */
	    "(?:покончить|покончу|покончит|покончил\\w*|"
	    "кончу) (?:\\w+ )?с собо(?:и|ю)|(?:убью|убить|убьет|убьешь|убиваю|"
	    "убил\\w*) себя|убьюсь|убиться|застрел(?:юсь|иться|ится|ился)|"
	    "повешусь|повеситься|повесится|(?:уиду|уити|уидет|уходить|"
	    "уиду сама?) из жизни|(?:свести|сведу|сводить) сч[её]ты с жизнью|"
	    "(?:наложить|наложу|наложит) на себя руки|суицид(?:нуть|нусь)|"
	    "выпилюсь|выпилиться|"
	    /* wishing to be dead, not to wake up */
	    "(?:хочу|хочется|хотела?|хотел бы|"
	    "хотела бы) (?:\\w+ ){0,2}(?:умереть|сдохнуть|помереть)|"
	    "умереть хочу|сдохнуть хочу|(?:лучше бы|хоть бы|хочу чтобы|хочу|"
	    "лишь бы|вот бы) (?:\\w+ ){0,3}(?:не|никогда не) просну\\w*|(?:не|"
	    "никогда не|больше не) просыпаться|"
	    /* not wanting to live, cannot go on */
	    "не (?:хочу|хочется) (?:больше |уже |дальше )*(?:жить|просыпаться)|"
	    "жить (?:больше |уже )*не (?:хочу|хочется)|(?:незачем|не зачем|"
	    "не для чего|не для кого) (?:больше |дальше )*жить|(?:решила?|"
	    "решено) (?:\\w+ ){0,2}(?:умереть|уити из жизни|покончить)|"
	    "нет (?:больше )?сил (?:жить|так жить|терпеть)|не могу (?:больше |"
	    "так )*жить|(?:нет|не вижу) (?:больше )?смысла (?:жить|в жизни)|"
	    "больше не могу(?= *$| так| это терпеть)|"
	    /* a plan with a time, means at hand */
	    "все закончу|закончу (?:все|с этим|свою жизнь)|покончу со всем|"
	    "(?:выпью|проглочу|приму|съем) (?:\\w+ ){0,2}(?:все|"
	    "всю пачку) (?:разом|сразу|таблетки)|(?:выпью|проглочу|"
	    "съем) (?:их )?все|приму (?:их )?все (?:разом|сразу|таблетки)|"
	    "(?:балкон\\w*|мост\\w*|крыш\\w*|окн\\w*|этаж\\w*|"
	    "подоконник\\w*) (?:\\w+ ){0,4}(?:прыгн\\w*|спрыгн\\w*|сброш\\w*|"
	    "брош\\w*|выпрыгн\\w*|шагн\\w*)|(?:прыгн\\w*|спрыгн\\w*|сброшусь|"
	    "брошусь|выпрыгн\\w*) (?:\\w+ ){0,2}(?:с|из) (?:балкона|моста|"
	    "крыши|окна|\\w+ этажа)|(?:брошусь|бросится|кинусь|"
	    "лягу) под (?:поезд|машину|электричку)|(?:стою|стоит|сижу|"
	    "сидит) на (?:мосту|крыше|краю|подоконнике|рельсах)|(?:ружье|"
	    "пистолет|ствол) (?:\\w+ ){0,4}(?:застрел\\w*|в висок|заряж\\w*)|"
	    "(?:веревк\\w*|петл\\w*) (?:\\w+ ){0,2}(?:готов\\w*|висит|"
	    "купил\\w*)|(?:разобьюсь|врежусь|"
	    "разбиться) (?:\\w+ ){0,3}(?:машин\\w*|стену|дерево|специально)|"
	    /* farewells, a will, things given away */
	    "(?:прощальн\\w*|предсмертн\\w*) (?:письм\\w*|записк\\w*|"
	    "сообщени\\w*)|(?:написала?|оставлю|"
	    "пишу) (?:\\w+ ){0,2}письма (?:детям|родным|маме)|"
	    "это (?:мое )?(?:прощание|последнее сообщение)|"
	    "прощаюсь (?:со всеми|навсегда|с вами навсегда)|(?:написала?|"
	    "составила?) завещание|разда(?:л|ла|ю) (?:\\w+ ){0,2}(?:вещи|все)|"
	    "меня уже не будет|не будет в живых|"
	    /* a burden, better off without me */
	    "обуз\\w*|без меня (?:\\w+ ){0,3}(?:лучше|легче|спокоинее)|"
	    "(?:лучше|легче) (?:\\w+ ){0,3}без меня|"
	    /* harm to others or a child, voices */
	    "(?:хочу|могу|собираюсь|хочется) (?:\\w+ ){0,2}убить (?!себя)\\w+|"
	    "(?:причин\\w*|нанесу) (?:\\w+ )?вред|"
	    "навред\\w* (?:\\w+ )?(?:ребенку|сыну|дочери|детям|ему|еи|"
	    "кому ?то)|голос\\w* (?:\\w+ ){0,6}(?:убить|умереть|порезать|"
	    "прыгнуть|навредить|покончить|повеситься|убеи|режь)|"
	    /* a lethal amount */
	    "(?:смертельн\\w*|летальн\\w*) доз\\w*|"
	    "сколько (?:\\w+ ){0,4}(?:нужно|надо) (?:\\w+ ){0,2}чтобы (?:умерет"
	    "ь|не проснуться|сдохнуть|отравиться)|"
	    /* hopeless after treatment; euphemisms */
	    "последн\\w* надежд\\w* (?:\\w+ ){0,6}(?:сдаюсь|конец|"
	    "не помог\\w*)|не помог (?:\\w+ ){0,4}(?:нет смысла|сдаюсь|конец)|"
	    "(?:исчезнуть|уити|уиду|уснуть|заснуть) навсегда|"
	    "навсегда (?:исчезнуть|уити|уснуть|заснуть)|(?:уснуть|"
	    "заснуть) и (?:\\w+ ){0,2}не просыпаться|(?:уиду|уити|пора|"
	    "хочу) к богу|(?:уиду|уити|хочу|пора|отправлюсь|"
	    "присоединюсь) (?:\\w+ ){0,3}к (?:моему |моеи )?(?:покоин\\w*|"
	    "умерш\\w*)|(?:уити|уиду|уидет|покинуть|"
	    "покину) (?:из )?(?:этого мира|этот мир)|"
	    /* transliterated */
	    "hochu umeret|ne hochu (?:bolshe )?zhit|zhit ne hochu|"
	    "pokonch\\w* s soboi|pokonch\\w* s soboy|ub(?:yu|it|ju) sebya"
	    ")\\b", 0 },
	{ "world-ru-told", 'A',
	    "^(?!.*\\b(?:"
	    "(?:лет|год|года|месяцев) назад|раньше|в прошлом|в юности|давно|"
	    "медсестр\\w*|врач\\w*|студент\\w*|курсов\\w*|диплом\\w*|"
	    "исследован\\w*|стать\\w*|помогает|лечит|лечени\\w*|при суицид\\w*|"
	    "от суицид\\w*|пациент\\w*|может ли|бывают ли|бывает ли|"
	    "возможн\\w*|если|фильм\\w*|книг\\w*"
	    ")\\b).*?\\b(?:"
	    /* suicide words; self-harm, pills taken, an emergency */
	    "суицид\\w*|самоубииств\\w*|(?:режу|режет|режешь|резала?|порезала?|"
	    "порезал\\w*) (?:себе|себя)|порезал(?:ась|ся)|кровь везде|режусь|"
	    "режу (?:\\w+ )?(?:руки|вены)|(?:жгу|прижигаю) (?:себя|себе|руку)|"
	    "лезви\\w*|кровь не останавливается|много крови|(?:выпила?|"
	    "выпил\\w*|съела?|проглотила?|приняла?|"
	    "наглотал\\w*) (?:\\w+ ){0,2}(?:всю|все|целую|весь) (?:пачку|"
	    "упаковку|таблетки|банку|блистер)|наглотал\\w*|(?:приняла?|выпила?|"
	    "проглотила?) \\d+ таблет\\w*|(?:таблет\\w*|"
	    "снотворн\\w*) (?:\\w+ ){0,3}(?:с водкои|с алкоголем|с вином)|"
	    "не дышит|перестала? дышать|не могу дышать|не просыпается|"
	    "не приходит в себя|судорог\\w*|припадок|губы (?:\\w+ )?(?:синие|"
	    "посинели)|посинел\\w*|(?:боль|болит|давит) (?:\\w+ )?в груди|"
	    "потерял\\w* сознание|без сознания|"
	    "не могу встать(?! (?:так )?(?:рано|утром|в \\d))"
	    ")\\b", CRISIS_WHOLE },
	/* Ukrainian (ї reads і; the apostrophe goes: вб'ю reads вбю) */
	{ "world-uk", 'A',
	    "\\b(?:"
	    /* intent, wishes, not living, pills, breath, cutting */
	    "(?:накласти|накладу|наклала) на себе руки|(?:вбити|вбю|вбє|"
	    "вбиваю) себе|(?:покінчити|покінчу|покінчить|"
	    "покінчив\\w*) (?:\\w+ )?(?:з|із) собою|(?:хочу|"
	    "хочеться) (?:\\w+ )?(?:померти|вмерти)|не хочу (?:більше |"
	    "вже )*жити|жити (?:більше )?не хочу|(?:випила?|випив|ковтнула?|"
	    "ковтнув) (?:\\w+ ){0,2}(?:всі|усі) таблетки|не дихає|(?:ріжу|"
	    "порізала?|порізав) себе|самогубств\\w*|суіцид\\w*"
	    ")\\b", 0 },
	/* Turkish (accents stripped; the dotless ı stays, typed as i too) */
	{ "world-tr", 'A',
	    "\\b(?:"
	    /* killing oneself, every person; suicide said as a plan */
	    "kendimi (?:\\w+ ){0,2}oldur\\w*|kendini (?:\\w+ ){0,2}oldur\\w*|"
	    "intihar (?:edece\\w*|edicem|ediyorum|etmek isti\\w*|"
	    "etmeyi dusun\\w*|edece[gk]\\w*|edeyim)|can[ıi]ma k[ıi]y\\w*|"
	    "hayat[ıi]ma son ver\\w*|kendimi (?:\\w+ ){0,2}(?:asaca\\w*|asmak|"
	    "atacag\\w*|atmak|vuraca\\w*)|kafama s[ıi]k\\w*|"
	    /* wishing to be dead, not to wake up */
	    "olmek isti\\w*|olmeyi (?:isti\\w*|dili\\w*)|(?:keske|"
	    "ke[sş]ke) (?:\\w+ ){0,3}(?:uyanmasam|olsem|olseydim)|"
	    "hic uyanmasam|uyanmak istemi\\w*|"
	    /* not wanting to live, cannot go on */
	    "yasamak istemi\\w*|yasayacak (?:\\w+ )?(?:gucum|halim)|"
	    "yasama (?:gucum|istegim|sevincim) (?:kalmad[ıi]|yok)|"
	    "(?:daha fazla|artik) dayanam\\w*|"
	    "yasaman[ıi]n (?:bir )?anlam[ıi] (?:yok|kalmad[ıi])|"
	    /* a plan with a time, means at hand */
	    "her seyi bitir\\w*|bu gece (?:\\w+ ){0,3}bitir\\w*|"
	    "hepsini (?:birden )?(?:icece\\w*|yutaca\\w*|icicem)|(?:kopru|"
	    "balkon|cat[ıi]|pencere|ucurum|bina|"
	    "tren)\\w* (?:\\w+ ){0,3}atla\\w*|"
	    "silah\\w* (?:\\w+ ){0,4}(?:elimde|dolu|kafama|s[ıi]kaca\\w*)|"
	    "ip (?:\\w+ ){0,2}haz[ıi]r|tren\\w* (?:\\w+ )?(?:onune|alt[ıi]na)|"
	    "(?:arabay[ıi]|araba ile|arabayla) (?:\\w+ ){0,3}(?:carpaca\\w*|"
	    "surece\\w*)|bilerek (?:\\w+ ){0,3}carp\\w*|"
	    /* farewells, a will, things given away */
	    "veda (?:mektu[bp]\\w*|mesaj\\w*|notu\\w*)|"
	    "bu (?:bir )?veda(?:d[ıi]r)?\\b|elveda|vasiyet\\w*|"
	    "esyalar[ıi]m[ıi] (?:\\w+ )?dag[ıi]t\\w*|"
	    /* a burden, better off without me */
	    "(?:herkese|aileme|size|ailene) (?:\\w+ )?yuk\\w*|yuk oluyorum|"
	    "ben olmasam (?:\\w+ ){0,3}(?:iyi|mutlu|rahat)|"
	    "bensiz (?:\\w+ ){0,3}(?:iyi|mutlu|rahat)|"
	    /* harm to others or a child, voices */
	    "(?:patronumu|kocam[ıi]|esimi|kar[ıi]m[ıi]|birini|onu|cocugumu|"
	    "bebegimi|annemi|babam[ıi]|komsumu|"
	    "hepsini) (?:\\w+ ){0,2}oldur\\w*|(?:bebeg\\w*|cocug\\w*|birine|"
	    "birisine|esime|kar[ıi]ma|kocama|"
	    "birilerine) (?:\\w+ ){0,2}zarar ver\\w*|"
	    "ses\\w* (?:\\w+ ){0,6}(?:oldur\\w*|olmemi|atlamam[ıi]|kesmemi|"
	    "zarar)|"
	    /* a lethal amount */
	    "(?:olumcul|oldurucu) doz\\w*|kac (?:\\w+ ){0,3}(?:oldurur|olduren|"
	    "olurum)|"
	    /* hopeless after treatment; euphemisms */
	    "son umud\\w* (?:\\w+ ){0,6}(?:bitti|yaramad[ıi]|vazgec\\w*|pes)|"
	    "sonsuza (?:dek|kadar) (?:\\w+ ){0,2}(?:kaybol\\w*|uyu\\w*|"
	    "git\\w*)|rahmetli (?:\\w+ ){0,2}yan[ıi]na git\\w*|(?:allah[ıi]n|"
	    "tanr[ıi]n[ıi]n|rabbimin) yan[ıi]na git\\w*|"
	    "bu dunyadan (?:\\w+ ){0,2}(?:git\\w*|goc\\w*|ayr[ıi]l\\w*)"
	    ")\\b", 0 },
	{ "world-tr-told", 'A',
	    "^(?!.*\\b(?:"
	    "y[İ]l(?:lar)? once|ay once|eskiden|gecmiste|girisim\\w*|"
	    "hemsire\\w*|doktor\\w*|ogrenci\\w*|tez\\w*|arast[İ]rma\\w*|"
	    "odev\\w*|nas[İ]l|m[İ]|mu|mi|dusuncelerine|hastalar\\w*|film\\w*|"
	    "kitap\\w*|eger"
	    ")\\b).*?\\b(?:"
	    /* suicide words; self-harm, pills taken, an emergency */
	    "intihar\\w*|kendimi (?:\\w+ ){0,2}(?:kes\\w*|yak\\w*)|(?:kolumu|"
	    "bilegimi|bilek\\w*) (?:\\w+ ){0,2}(?:kes\\w*|yak\\w*)|jilet\\w*|"
	    "cok kan (?:var|ak[ıi]yor|kaybed\\w*)|kan durmuyor|(?:butun|tum|"
	    "bir) (?:kutu|avuc|sise|paket) (?:\\w+ ){0,2}(?:hap|ilac)|"
	    "\\d+ (?:tane )?(?:hap|ilac)\\w* (?:\\w+ ){0,2}(?:ictim|yuttum|"
	    "ald[ıi]m|icti|yuttu|ald[ıi])|alkolle (?:\\w+ ){0,2}(?:hap|ilac)|"
	    "hap\\w* (?:\\w+ ){0,2}(?:yuttu\\w*|ictim|icti)|(?:butun|tum|"
	    "hepsi\\w*|kutu\\w*|\\d+|cok fazla|bir suru) (?:\\w+ ){0,2}(?:hap|"
	    "ilac)\\w* (?:\\w+ ){0,2}(?:ictim|yuttum|ald[ıi]m|icti|yuttu|"
	    "ald[ıi])|nefes alm[ıi]yor|nefes alam[ıi]yor\\w*|nobet gecir\\w*|"
	    "kas[ıi]lma\\w* gecir\\w*|dudak\\w* (?:\\w+ )?morar\\w*|morard\\w*|"
	    "gogsum (?:\\w+ ){0,2}agr\\w*|gogus agr[ıi]s[ıi]|(?:seans|infuzyon|"
	    "serum|igne|tedavi)\\w* (?:\\w+ ){0,3}bay[ıi]l\\w*|"
	    "bay[ıi]lmak uzere\\w*|ayaga kalkam\\w*|uyanm[ıi]yor|"
	    "kendine gelm\\w*"
	    ")\\b", CRISIS_WHOLE },
	/*
	 * Arabic (hamza seats read ا و ي, vowel marks go): no \b, as
	 * prefixes (و ف ب ل س) join the word. Idioms stay out: "اموت من
	 * الجوع" has no wish, "الحر يقتلني" no self.
	 */
	{ "world-ar", 'A',
	    "(?:"
	    /* Arabic: killing oneself, suicide said as intent */
	    "قتل نفس|(?:سا|س|ح|رح|راح|هـ?|بدي |ابي |ابغى |اريد ان |عايز |عاوز |"
	    "ناوي )انتحر|سينتحر|ستنتحر|هينتحر|(?:يريد|تريد|سوف|انه|انها|يهدد|"
	    "تهدد|بده|بدها) (?:ان )?(?:ي|ت)نتحر|اريد الانتحار|افكر (?:في |"
	    "ب)الانتحار|(?:انهي|انهاء|سانهي|اضع حدا ل) ?حياتي|"
	    "سانهي كل شي\\S*(?= *$| الليلة| اليوم| غدا| الان)|اشنق نفسي|"
	    "شنق نفسي|(?:ارمي|سارمي|رمي) نفسي|النار على (?:نفسي|راسي)|"
	    /* wishing to be dead, not to wake up */
	    "اتمنى (?:ان )?(?:اموت|الموت)|(?:نفسي|بدي|ابي|ابغى|عايز|عاوز|"
	    "اريد ان|اريد) ?(?:اموت|الموت)|(?:يا ?ريت|اتمنى|ليتني|"
	    "ياليت) (?:\\S+ ){0,2}(?:ما|لا|لم|ما عاد) (?:اصحى|استيقظ|اصحو|افيق|"
	    "اقوم)|ليتني (?:مت|ميت)|"
	    /* not wanting to live, cannot go on */
	    "(?:لا|ما|مش|لم اعد|ما عدت) (?:اريد|ابغى|ابي|بدي|عايز|"
	    "عاوز) (?:ان )?(?:اعيش|العيش|الحياة)|قوة (?:ل|ا)?عيش|(?:عدت|اعد|"
	    "عاد) (?:\\S+ )?(?:اقدر|استطيع|قادر)(?: على)? (?:ان )?(?:اكمل|"
	    "استمر|اتحمل|اعيش|التحمل|الاستمرار)|(?:عدت|"
	    "اعد) (?:\\S+ )?اتحمل(?= *$)|لا (?:اقدر|استطيع) (?:ان )?(?:اكمل|"
	    "استمر|اعيش)|(?:لا معنى|ما في معنى|بلا معنى) (?:\\S+ )?(?:لحياتي|"
	    "للحياة)|"
	    /* means at hand */
	    "(?:حبوب|حبات|اقراص|دواء)\\S* (?:\\S+ ){0,3}\\S*(?:ابلعها|اخذها|"
	    "اشربها) كلها|سابلع\\S* (?:\\S+ ){0,2}كل|(?:الجسر|السطح|البلكونة|"
	    "البلكون|الشرفة|السكة|النافذة|الشباك|الكوبري|"
	    "الحافة) (?:\\S+ ){0,4}\\S*(?:قفز|ارمي)|(?:مسدس|سلاح|"
	    "بندقية) (?:\\S+ ){0,4}(?:نفسي|راسي|اطلق)|(?:حبل|"
	    "المشنقة) (?:\\S+ ){0,3}(?:جاهز|اشنق|علقت)|"
	    /* farewells, a will, things given away */
	    "رسا(?:لة|ئل|يل) (?:ال)?وداع|هذا (?:هو )?(?:وداع|الوداع|وداعي)|"
	    "وداعا (?:للجميع|للابد|الى الابد)|وزعت (?:\\S+ )?(?:اغراضي|اشيايي|"
	    "ممتلكاتي|حاجاتي)|كتبت (?:\\S+ )?وصيتي|"
	    /* a burden, better off without me */
	    "عبء|عالة على|(?:افضل|احسن|ارتح|ارتاحوا|"
	    "اسعد) (?:\\S+ ){0,2}(?:بدوني|من غيري|من دوني)|(?:بدوني|"
	    "من غيري) (?:\\S+ ){0,2}(?:افضل|احسن)|"
	    /* harm to others or a child, voices */
	    "(?:اريد ان|بدي|ابي|عايز|ناوي|سوف) ?اقتل (?!نفس)|ساقتل (?!نفس)|"
	    "(?:اوذي|اذي|اضر|اضرب) (?:\\S+ )?(?:طفلي|ابني|بنتي|اولادي|احدا|"
	    "زوجتي|زوجي|الطفل|احد|امي|ابي)|اصوات? (?:\\S+ ){0,6}(?:اقتل|اموت|"
	    "اجرح|اقفز|انتحر|موت)|"
	    /* a lethal amount */
	    "الجرعة القاتلة|جرعة قاتلة|جرعة مميتة|الجرعة المميتة|"
	    "كم (?:\\S+ ){0,3}(?:تقتل|يقتل|للموت|لاموت|حتى اموت)|"
	    /* hopeless after treatment; euphemisms */
	    "اخر (?:امل|فرصة) (?:\\S+ ){0,6}(?:انتهى|استسلم|ما نفع|لم ينفع|"
	    "خلاص)|(?:اختفي|انام|ارحل|اغيب|اذهب|انتهي) (?:\\S+ )?(?:الى الابد|"
	    "للابد)|(?:الحق|اروح|اذهب|انضم) (?:\\S+ ){0,2}(?:المرحوم|المرحومة|"
	    "المتوفى|المتوفي)|الحق ب(?:زوجي|زوجتي|امي|ابي|ابني)|"
	    "ارحل عن (?:هذه )?(?:الدنيا|العالم|الحياة)|(?:اروح|اذهب|"
	    "الحق) (?:عند |الى )?(?:ربي|الله)(?! \\S*(?:صلا|ادع))"
	    ")", 0 },
	{ "world-ar-told", 'A',
	    "^(?!.*\\b(?:"
	    "قبل \\S+ (?:سنوات|سنة|سنين|اعوام|شهور)|قبل سنة|سابقا|في الماضي|"
	    "منذ|زمان|ممرض\\S*|طبيب\\S*|دكتور\\S*|طالب\\S*|بحث\\S*|دراسة|كيف|"
	    "هل|يساعد|يعالج|مرضى|فيلم|كتاب|ممكن|يمكن|اذا|لو"
	    ")).*?(?:"
	    /* suicide words; self-harm, pills taken, an emergency */
	    "انتحار|انتحر|(?:اجرح|جرحت|اقطع|قطعت) (?:\\S+ )?(?:نفسي|يدي|ذراعي|"
	    "عروقي|شراييني)|بالشفرة|بشفرة|شفرة حلاقة|بالموس|الدم (?:لا|"
	    "ما) (?:يتوقف|يقف|وقف)|نزيف|(?:احرق|حرقت) (?:\\S+ )?(?:نفسي|يدي|"
	    "جلدي|ذراعي)|بلعت|بلع (?:\\S+ ){0,2}(?:حبوب|علبة)|علبة كاملة|"
	    "حبوب كثيرة|(?:اخذت|شربت) (?:\\S+ ){0,2}(?:حبة|حبوب|حبات|قرص|"
	    "اقراص)|(?:حبوب|حبة|حبات) (?:\\S+ ){0,2}مع (?:الكحول|الخمر)|(?:لا|"
	    "ما|مش) (?:ي|ت|بي|بت)تنفس|توقف عن التنفس|(?:لا|ما) (?:استطيع|"
	    "اقدر) (?:ان )?(?:اتنفس|التنفس)|تشنج\\S*|نوبة صرع|"
	    "شفا\\S* (?:\\S+ )?(?:زرق|ازرق)|الم (?:\\S+ )?(?:في|ب) ?صدري|اغمي|"
	    "اغمى|فقد\\S* الوعي|(?:لا|ما) (?:استطيع|اقدر) (?:ان )?(?:الوقوف|"
	    "اقف|اوقف)|(?:لا|ما) (?:يستيقظ|تستيقظ|يصحى|تصحى)"
	    ")", CRISIS_WHOLE },
};

const size_t crisis_rules_east_n = sizeof(crisis_rules_east) /
    sizeof(crisis_rules_east[0]);
