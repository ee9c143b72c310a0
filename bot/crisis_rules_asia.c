/*
 * Crisis rules for Tagalog, Vietnamese, Hindi (romanised), Korean,
 * Japanese and Chinese messages, by their core words (see
 * bot/crisis_rules_world.c for why other languages fire when in doubt).
 */
#include <stddef.h>

#include "crisis_rules.h"

const struct crisis_rule crisis_rules_asia[] = {
	/* Tagalog (and Taglish) */
	/*
	 * world-tl holds intent, plans, means and wishes to die by verb
	 * family: "magpapakamatay" (will), "tatalon" (will jump); its idioms
	 * stay out: "mamatay sa gutom|kakatawa" (die of hunger, laughter),
	 * "nakakamatay" (deadly heat), "patay na patay" (madly in love),
	 * "pumapatay ng oras" (killing time), "patayin ang ilaw" (the light).
	 */
	{ "world-tl", 'A',
	    "\\b(?:"
	    /* killing oneself, wishing to die, not wanting to live */
	    "(?!pag)\\w*papakamatay|(?:gusto|balak|plano|iniisip|"
	    "naiisip|susubukan) (?:\\w+ ){0,3}magpakamatay|"
	    "patayin (?:ko )?ang sarili|(?:saktan|sasaktan|sinasaktan|"
	    "patayin|papatayin|pinapatay) (?:ko |niya |nila )?(?:ang )?"
	    "sarili|mamamatay na (?:lang )?(?:ako|siya)(?! (?:\\w+ )?sa)|"
	    "(?<!bang )(?<!ba )(?<!ba akong )(?<!posibleng )"
	    "(?<!pwedeng )(?<!puwedeng )mamatay(?! man\\b)"
	    "(?! (?:\\w+ ){0,2}sa (?:gutom|kakatawa|tawa|init|"
	    "inip|kilig|hiya|uhaw|pagod|lamig))|"
	    "(?:hindi|di) (?:na )?(?:ako |siya )?(?:magising|gumising|"
	    "magigising)|"
	    "ayaw (?:\\w+ )?(?:magising|gumising)|"
	    "(?:ayoko|ayaw ko|pagod|wala|hindi ko na gusto) (?:\\w+ ){0,4}"
	    "mabuhay|ayoko na (?:mag live|sa buhay)|"
	    "(?:suko|susuko|sumuko) na (?:\\w+ ){0,3}(?:lahat|buhay)|"
	    "gusto ko (?:na|nang) (?:\\w+ )?mawala|mawala na (?:lang )?"
	    "ako|"
	    /* plans with a time, ending it */
	    "tatapusin ko na (?:ang )?(?:lahat|buhay|sarili)|tatapusin ko na$|"
	    "(?:tapusin|wakasan|tatapusin|wawakasan) "
	    "(?:\\w+ ){0,2}(?:ang )?buhay|"
	    /* means: pills, gun, rope, heights, car, train, blades */
	    "(?:iinumin|lulunukin|lulunokin) ko (?:\\w+ ){0,2}lahat|"
	    "(?:naipon|inipon|nag ipon|nagipon) (?:\\w+ ){0,3}(?:pills|gamot|"
	    "tableta|pampatulog)|"
	    "(?:baril|kutsilyo|blade|lubid|patalim) (?:\\w+ ){0,8}(?:sarili|"
	    "ulo|leeg)|(?:babarilin|barilin) (?:ko )?(?:ang )?sarili|"
	    "(?:tatalon|tumalon|talon|tumatalon) (?:\\w+ ){0,5}(?:tulay|"
	    "building|bubong|balkonahe|gusali|bintana|rooftop|riles|tren)|"
	    "(?:tulay|building|bubong|balkonahe|gusali|rooftop|riles) "
	    "(?:\\w+ ){0,5}(?:tatalon|tumalon|talon)|tatalon na (?:ako|siya)|"
	    "(?:ibabangga|ibangga|ibubunggo|ibunggo) (?:ko )?(?:\\w+ ){0,3}"
	    "(?:kotse|sasakyan|sarili|motor)|"
	    "(?:mag|magpa|magpapa)sagasa|"
	    "(?:magbibigti|magbigti|bibigti|nagbibigti)|may lubid na|"
	    "(?:hihiwain|lalaslasin|laslasin|gigilitan) ko|"
	    /* farewells, things given away */
	    "huling (?:paalam|sulat|liham|mensahe)|paalam (?:\\w+ ){0,2}"
	    "(?:habambuhay|magpakailanman)|paalam na sa mundo|"
	    "(?:sulat|liham) (?:\\w+ ){0,4}(?:paalam|mga anak|huling)|"
	    "(?:pinamigay|ipinamigay|pinamimigay) ko (?:na )?(?:lahat|ang "
	    "mga gamit)|"
	    /* a burden, better off without me */
	    "pabigat (?:lang |na )?(?:ako|sa)|pasanin (?:lang )?ako|"
	    "(?:mas okay|mas ok|mas mabuti|mas masaya|mas maayos|mas magaan) "
	    "(?:\\w+ ){0,3}(?:kung )?wala na ako|kung wala na ako (?:\\w+ )"
	    "{0,3}(?:mas|okay|masaya)|"
	    /* self-harm now */
	    "(?:hinihiwa|sinusugatan|nilalaslas|naglalaslas|sinusunog|"
	    "pinapaso|hinihiwaan) (?:ko )?(?:ang )?(?:\\w+ ){0,2}(?:braso|"
	    "pulso|balat|kamay|hita|sarili)|ang daming dugo(?! (?:na )?kinu)|"
	    "(?:hindi|di) (?:tumitigil|huminto) (?:ang )?(?:pagdurugo|dugo)|"
	    /* asking a lethal amount */
	    "ilang (?:\\w+ ){0,3}(?:para|upang) (?:\\w+ )?mamatay|gaano "
	    "(?:\\w+ ){0,3}(?:nakamamatay|para mamatay)|(?:nakamamatay|"
	    "lethal) na (?:dose|dosis)|"
	    /* after an infusion */
	    "(?:hindi|di) (?:na )?(?:ako |siya )?(?:humihinga|makahinga)|"
	    "(?:nagkukumbulsyon|kinukumbulsyon|nangingisay|nagseseizure|"
	    "nag seizure|nagseizure|kinokombulsyon)|"
	    "(?:masakit|sumasakit|naninikip) (?:na )?(?:ang )?dibdib"
	    "(?! (?:\\w+ ){0,2}(?:kapag|pag|tuwing))|"
	    "(?:nangingitim|nangangasul|nagkukulay asul|asul) (?:na )?"
	    "(?:ang )?labi|(?:hindi|di) (?:na )?makatayo|"
	    /* harm to others, voices */
	    "(?:patayin|papatayin|saktan|sasaktan|sinasaktan) (?:ko )?(?:ang "
	    "|si )?(?:\\w+ )?(?:asawa|anak|nanay|tatay|ina|ama|bata|sanggol|"
	    "baby|kapatid|kanya|siya|sila|boss|amo|kapitbahay)|"
	    "(?:boses|bulong) (?:\\w+ ){0,8}(?:magpakamatay|saktan|patayin|"
	    "mamatay|tumalon|sarili)|"
	    /* hopeless after treatment; euphemisms */
	    "huling pag ?asa (?:\\w+ ){0,6}(?:wala na|tapos na|suko|susuko|"
	    "ayoko na|bibitaw)|(?:hindi gumana|walang epekto|walang nangyari)"
	    " (?:\\w+ ){0,6}(?:susuko|suko na|tatapusin|bibitaw|mamatay)|"
	    "(?:mawala|matulog) (?:\\w+ ){0,2}(?:habambuhay|magpakailanman|"
	    "nang tuluyan|ng tuluyan)|makasama (?:\\w+ ){0,2}(?:yumao|"
	    "namayapa|namatay)|sumama (?:na )?(?:kay|sa) (?:diyos|panginoon|"
	    "lord|papa jesus)|kunin (?:na )?(?:ako )?(?:ni|ng) (?:lord|diyos|"
	    "panginoon|papa jesus)|(?:uminom|ininom|iinom|iinumin) (?:\\w+ )"
	    "{0,2}lason|(?:aalis|lilisan|mawawala) (?:\\w+ ){0,3}(?:sa )?"
	    "mundong ito"
	    ")\\b", 0 },
	/*
	 * Tagalog words also told of the past (an attempt, an overdose,
	 * fainting): not when the message says "noong 2015", "dati", "okay
	 * na ako ngayon".
	 */
	{ "world-tl-past", 'A',
	    "^(?!.*\\b(?:noong|nung|dati|nakaraan|nakalipas|years ago|"
	    "(?:19|20)\\d\\d|(?:okay|ok|ayos|maayos|magaling) na (?:ako|siya)"
	    ")\\b).*?\\b(?:"
	    "(?:mag|nag|mg|ng)(?:pa)?pakamatay|nagtangka|nagbigti|naglaslas|"
	    "nag ?overdose|nag ?od|"
	    "(?:\\d{2,}|sampu|dalawampu) (?:na )?(?:\\w+ )?(?:tableta|pills|"
	    "gamot) (?:\\w+ ){0,3}(?:ininom|nilunok)|"
	    "(?:ininom|uminom|nilunok|nilamon) (?:\\w+ ){0,4}(?:isang buong|"
	    "buong|lahat ng|maraming|napakaraming|sobrang daming|isang banig|"
	    "isang bote|isang kahon)|(?:maraming|lahat ng|buong) (?:\\w+ )"
	    "{0,2}(?:gamot|pills|tableta) (?:\\w+ ){0,3}alak|"
	    "nahimatay|nawalan ng malay"
	    ")\\b", CRISIS_PAST | CRISIS_WHOLE },
	/* Vietnamese (accents stripped) */
	/*
	 * Tones and hooks are stripped but "đ" stays (hence "[dđ]"); chat
	 * shorthand maps "y" to "why" and "tho" (thở) to "though". Without
	 * accents "tu tu" is also "từ từ" (slowly) and "tu van" is "tư vấn"
	 * (a consultation): "tu tu" fires only after a word of intent, "tu
	 * van" never. Idioms stay out: "nóng muốn chết" (so hot), "mệt chết
	 * đi được" (dead tired), "giết thời gian" (killing time).
	 */
	{ "world-vi", 'A',
	    "\\b(?:"
	    /* killing oneself, said with intent */
	    "(?:muon|se|sap|(?<!why )(?<!y )[dđ]inh|quyet [dđ]inh|phai|"
	    "can|nghi (?:[dđ]en|ve) (?:chuyen |viec )?) (?:\\w+ ){0,2}(?:tu "
	    "tu|tu sat|ket lieu)|tu sat|ket lieu (?:\\w+ )?(?:[dđ]oi|cuoc "
	    "[dđ]oi|cuoc song|ban than|minh)|ket thuc (?:tat ca|cuoc song|"
	    "cuoc [dđ]oi|[dđ]oi minh|[dđ]oi toi)|(?:se|muon|sap|[dđ]inh|"
	    "quyet [dđ]inh|phai) (?:\\w+ ){0,2}ket thuc (?:moi thu|moi "
	    "chuyen|het|ban than)|"
	    /* wishing to be dead, not to wake up */
	    "(?<!nong )(?<!lanh )(?<!met )(?<!doi )(?<!đoi )(?<!chan )"
	    "(?<!buon )(?<!dau )(?<!đau )(?<!so )(?<!cuoi )muon chet|"
	    "uoc (?:gi|chi|sao) (?:\\w+ ){0,3}chet|chet (?:[dđ]i )?cho "
	    "(?:xong|roi)|tha chet|"
	    "(?:ngu|nham mat) (?:\\w+ ){0,4}khong (?:bao gio )?(?:tinh|thuc|"
	    "day) (?:day|lai|nua)|khong bao gio (?:tinh|thuc) (?:day|lai)|"
	    "nghi (?:[dđ]en|ve) cai chet|"
	    /* not wanting to live, cannot go on */
	    "(?:khong|ko|k|kh|hok|hong|chang) (?:con )?muon song|"
	    "(?:khong|ko|k|kh|hok|hong) (?:con )?muon (?:thuc|tinh) (?:day|"
	    "lai) nua|(?:het|khong con) (?:suc|muon|ly do|"
	    "dong luc) (?:\\w+ ){0,2}song|"
	    "khong (?:the|con) (?:\\w+ ){0,3}song (?:\\w+ ){0,3}nua|"
	    "song (?:\\w+ ){0,2}khong (?:noi|con (?:why|y) nghia)|chan song|"
	    "song (?:[dđ]e )?lam gi (?:nua)?|khong muon ton tai|"
	    /* means: pills, heights, rope, car, knife, gun, train */
	    "(?:gom|tich|tru|mua|[dđ]u) (?:\\w+ ){0,2}thuoc (?:\\w+ ){0,3}"
	    "[dđ]e chet|(?:gom|tich|tru) (?:\\w+ ){0,2}thuoc|thuoc (?:\\w+ )"
	    "{0,2}[dđ]e (?:tu tu|chet)|"
	    "(?:nhay|lao|gieo minh|roi) (?:\\w+ ){0,2}(?:xuong|tu|khoi) "
	    "(?:\\w+ ){0,2}(?:cau|song|lau|tang|ban cong|toa nha|san thuong)|"
	    "(?:tren|len|ra) (?:\\w+ ){0,2}(?:cau|ban cong|san thuong|mai "
	    "nha|noc nha|toa nha) (?:\\w+ ){0,4}(?:nhay|lao)|nhay (?:cau|lau|"
	    "song)|treo co|thong long|day thung (?:\\w+ ){0,4}(?:treo|roi|"
	    "san)|lao (?:xe|minh|vao|ra) (?:\\w+ ){0,2}(?:vao|xuong|truoc|"
	    "tau|xe)|(?:[dđ]am|tong) xe (?:vao|cho)|nam (?:\\w+ )?[dđ]uong "
	    "ray|cam dao|luoi lam|khau sung|cay sung|tu ban|ban vao "
	    "(?:dau|[dđ]au|dau minh)|"
	    /* farewells, a will, things given away */
	    "thu (?:tu biet|tuyet menh|vinh biet)|loi (?:tu biet|vinh biet|"
	    "tro tran)|tro tran|vinh biet (?:moi nguoi|tat ca|cac con|cuoc "
	    "[dđ]oi|the gioi)|vinh biet *$|(?:xin loi|cam on|tha thu) "
	    "(?:\\w+ ){0,5}vinh biet|cho het (?:[dđ]o|tai san|moi thu)|"
	    "(?:viet|[dđ]e lai|lam) (?:\\w+ )?di chuc|"
	    /* a burden, better off without me */
	    "ganh nang (?:cho|cua)|(?:tot|hanh phuc|nhe nhom|"
	    "de dang|vui) hon (?:\\w+ ){0,2}(?:khong co|thieu|vang) (?:toi|"
	    "em|minh|con|tao)|khong co (?:toi|em|minh|con|tao) (?:\\w+ ){0,3}"
	    "(?:tot|hanh phuc|nhe nhom|vui) hon|"
	    /* self-harm now */
	    "(?:dang|[dđ]ang|vua|moi) (?:\\w+ ){0,3}(?:rach|cat|cua|[dđ]ot|"
	    "[dđ]am) (?:\\w+ ){0,3}(?:tay|da|[dđ]ui|chan|minh|ban than)|"
	    "mau chay (?:\\w+ )?nhieu|chay (?:rat )?nhieu mau|chay mau "
	    "khong (?:ngung|cam|ngot)|"
	    /* an overdose now, a lethal amount */
	    "uong \\d{2,} vien|(?:uong|nuot) (?:het|ca|nguyen|toan bo|"
	    "rat nhieu|qua nhieu|mot nam|ca "
	    "nam) (?:ca |ca mot |toan bo |nguyen |so |mot )?(?:hop|vi|lo|"
	    "chai|vien|thuoc)(?! khang sinh| theo| chua)|"
	    "(?:[dđ]a|vua|bi) (?:uong )?qua lieu|"
	    "lieu (?:\\w+ )?(?:gay )?(?:chet|tu vong)|bao nhieu (?!nguoi\\b)"
	    "(?:\\w+ )"
	    "{0,5}(?:chet|tu vong)|may (?:vien|lieu|hop|vi|lo) (?:\\w+ ){0,4}"
	    "(?:chet|tu vong)|uong (?:\\w+ )?thuoc (?:doc|chuot|tru sau)|"
	    /* after an infusion */
	    "khong (?:the )?(?:tho|though) (?:\\w+ )?(?:[dđ]uoc|nua|noi)|kho "
	    "(?:tho|though)|(?:[dđ]a|bi|dang|[dđ]ang|vua) (?:\\w+ )?ngung "
	    "(?:tho|though)|khong (?:chiu )?tinh (?:day|lai)(?! (?:phi|gia|"
	    "tien))|goi "
	    "(?:\\w+ )?khong (?:tinh|day)|(?:[dđ]ang|dang|bi|vua) co "
	    "giat|[dđ]au nguc(?! nhe| khi| co nen| thi)|tim tai|"
	    "moi (?:\\w+ )?tim ngat|"
	    "khong (?:the )?[dđ]ung (?:day|len|vung) (?:\\w+ )?[dđ]uoc|"
	    /* harm to others, voices */
	    "(?:muon|se|sap|[dđ]inh|so) (?:\\w+ ){0,2}(?:giet|lam hai|bop "
	    "co|danh chet|[dđ]am) (?:\\w+ )?(?:chong|vo|con|be|me|ba|bo|cha|"
	    "anh|chi|em|nguoi|ho|no|sep|[dđ]ong nghiep|ai)|"
	    "giong noi (?:\\w+ ){0,6}(?:tu tu|chet|giet|lam hai|tu hai|nhay|"
	    "cat)|"
	    /* hopeless after treatment; euphemisms */
	    "hy vong cuoi cung (?:\\w+ ){0,8}(?:bo cuoc|het roi|chet|ket "
	    "thuc|buong xuoi|tu tu|xong)|(?:that bai|vo ich|khong hieu qua|"
	    "khong tac dung) (?:\\w+ ){0,6}(?:ket thuc|bo cuoc|buong xuoi|"
	    "chet|tu tu)|bien mat (?:\\w+ )?(?:mai mai|vinh vien)|ngu "
	    "(?:\\w+ ){0,3}(?:mai mai|vinh vien)|[dđ]i theo (?:\\w+ ){0,3}"
	    "(?:[dđ]a mat|[dđ]a khuat|qua co)|ve (?:voi|ben) (?:chua|phat|"
	    "ong troi|to tien)|roi (?:khoi|bo) (?:the gioi|coi [dđ]oi|cuoc "
	    "[dđ]oi|tran gian)|[dđ]i (?:\\w+ )?xa mai mai"
	    ")\\b", 0 },
	/*
	 * Vietnamese words also told of the past (an attempt, self-harm,
	 * fainting) or asked by a nurse or a student: not when the message
	 * says "năm trước", "trước đây", "giờ đã ổn".
	 */
	{ "world-vi-past", 'A',
	    "^(?!.*\\b(?:nam truoc|thang truoc|truoc [dđ]ay|hoi truoc|ngay "
	    "xua|(?:19|20)\\d\\d|khong tai phat|gio (?:\\w+ ){0,2}(?:on|khoe)"
	    "|(?:why|y) ta|[dđ]ieu duong|nghien cuu|sinh vien|luan van)\\b)"
	    ".*?\\b(?:"
	    "(?:muon|se|sap|[dđ]inh|(?:why|y) [dđ]inh|nghi (?:[dđ]en|ve)|"
	    "(?:[dđ]a|da) (?:tung )?|tung|vua|co|toan|doi|nguy co|co "
	    "gang|noi) (?:\\w+ ){0,2}tu tu|"
	    "tu (?:lam hai|hai) (?:ban than|minh)|rach (?:co )?tay|cat (?:co "
	    ")?tay|ngat xiu|bat tinh|xiu (?:\\w+ )?roi"
	    ")\\b", CRISIS_PAST | CRISIS_WHOLE },
	/* Hindi (romanised and Devanagari) */
	/*
	 * The normalizer strips the vowel signs and the virama of Devanagari,
	 * so "मैं आत्महत्या करना चाहता हूँ" reads "म आतमहतय करन चहत ह":
	 * the Devanagari forms below are such skeletons ("मर" is "मरना",
	 * "मार" and "मेरे" at once, so it only counts next to a verb). Idioms
	 * stay out: "भूख से मर रहा हूँ", "hans hans ke mar gaya", "jaan
	 * nikal di" (worn out), "jeena marna tere sang" (a song).
	 */
	{ "world-hi", 'A',
	    "\\b(?:"
	    /* killing oneself, with intent */
	    "(?:suicide|khudkushi|aatmahatya|atmahatya|aatmhatya) (?:\\w+ )?"
	    "(?:kar (?:lu|loo|du|doo|rah|ra)\\w*|karne (?:wal|ja|ka|ki|ke)"
	    "\\w*|karna (?:hai|chaht\\w*))|khud ko (?:\\w+ )?(?:maar|mar|"
	    "khatam|khatm|jala|kaat|goli maar) (?:\\w+ )?(?:lung|loong|dung|"
	    "doong|leg|lenge|rah|do|de|dal|daal|diy|chaht)\\w*|"
	    "jaan (?:de|le) (?:dung|doong|dun|du|lung|loong|denge|lenge)\\w*|"
	    "(?:apni|meri) jaan (?:de|le) \\w+|"
	    "(?:sab|sabkuch|sab kuch|zindagi|khud ko) (?:\\w+ )?(?:khatam|"
	    "khatm) kar (?:d|l)\\w*|khatam kar lung[aie]|sab khatam(?! ho "
	    "(?:gaya|gya) (?:\\w+ ){0,3}(?:khush|theek|thik|accha|achha))|"
	    /* wishing to die, not waking, not wanting to live */
	    "(?:m[ae]?rna|mar jana|mar jaana) (?:hai|chaht\\w*)|zinda (?:nahi|"
	    "nhi|na) (?:rehna|rahna) (?:hai|chaht\\w*)|(?:\\d{2,}|das|bees|"
	    "tees|pachas) (?:\\w+ )?(?:goliyan|goli|tablets|pills) (?:\\w+ )"
	    "{0,3}(?:kha|nigal)\\w*|\\d{2,} (?:गलय|गल|टबलट) (?:\\w+ )?ख|"
	    "mar (?:hi )?"
	    "(?:jau|jaun|jaaun|jaoon|jaaon)\\b|maut (?:aa jaye|chahiye)|"
	    "kaash (?:\\w+ ){0,5}(?:mar|marr|uth\\w* (?:hi )?na|na uth\\w*|"
	    "zinda na)|(?:subah|kal) (?:\\w+ ){0,2}(?:na uth\\w*|uth\\w* "
	    "(?:hi )?na)\\b|"
	    "(?:jeena|jina) (?:nahi|nahin|nhi|na) (?:chaht\\w*|hai)|nahi "
	    "jeena|(?:jeene|jine) ki (?:\\w+ )?(?:himmat|ichha|ichchha|"
	    "iccha|wajah|vajah|umeed|chahat|khwahish|man) (?:\\w+ )?(?:nahi|"
	    "nahin|nhi|na|khatam)\\b|zindagi se (?:thak|tang|haar)\\w*|"
	    "nahi jee sakt\\w*|(?:nahi|nhi) jee? (?:sakt|paa|pa)\\w*|"
	    /* means: pills, gun, rope, heights, train, car, blades */
	    "(?:goliyan|goliya|golia|pills|tablets|dawai\\w*|neend ki goli"
	    "\\w*) (?:\\w+ ){0,4}(?:jama|ikattha|ikatha|ikkatha|collect)|"
	    "(?<!aaj ki )(?<!subah ki )(?<!raat ki )(?:saari|sari|sab|"
	    "poora|pura|puri|poori|bahut saari|bahut sari|"
	    "dher saari|dher sari) (?:\\w+ ){0,2}(?:goliyan|goliya|goli|"
	    "pills|tablets|dawai\\w*|patta|patte|bottle|shishi) (?:\\w+ )"
	    "{0,4}(?:kha|nigal|ek sath|ek saath)\\w*|"
	    "goli maar (?:lung|loong|dung|doong|lu)\\w*|(?:bandook|bandooq|"
	    "pistol|katta|revolver) (?:\\w+ ){0,6}(?:khud|apne aap|sar|"
	    "kanpati)|(?:phaansi|phansi|fansi|phanda|fanda) (?:\\w+ )?"
	    "(?:laga|lag|lata|le|lu)\\w*|latak (?:jaung|jaaung|jau|jaun)"
	    "\\w*|(?:kood|kud) (?:jaung|jaaung|jau|jaun|jaoon|jaaun)\\w*|"
	    "(?:koodne|kudne) (?:wal|ja)\\w*|(?:pul|chhat|chat|terrace|"
	    "building|balcony|train|metro|truck) (?:\\w+ ){0,4}(?:kood|kud|"
	    "chhalang)\\w*|(?:gaadi|gadi|car) (?:\\w+ ){0,3}(?:takra|thok)"
	    "(?:ung|oong|a dung|a doong)\\w*|blade (?:se|le) (?:\\w+ ){0,3}"
	    "(?:kaat|kat|nas)\\w*|(?:nas|nasein|kalai|haath|hath) (?:\\w+ )?"
	    "(?:kaat|kat) (?:li|liya|lunga|lungi|rah|di|diya|loong)\\w*|"
	    "(?:chaku|chaaku|chhuri|churi) (?:\\w+ ){0,4}(?:khud|apne|kalai|"
	    "haath)|"
	    /* farewells, a will, things given away */
	    "(?:aakhri|akhri|aakhari|akhiri) (?:alvida|chitthi|chithi|khat|"
	    "letter|message|sandesh|salaam|salam)|alvida (?:hamesha|sabko|"
	    "sab ko|duniya)|hamesha ke liye alvida|(?:cheezein|cheezen|"
	    "cheeze|saaman|samaan|sab kuch) (?:\\w+ ){0,2}(?:baant|de) "
	    "(?:di|diya|diye|dee)|(?:wasiyat|vasiyat) (?:\\w+ )?(?:likh|"
	    "bana)\\w*|"
	    /* a burden, better off without me */
	    "(?:sab|sabhi|ghar|ghar walon|family|parivar) (?:par|pe|ke liye)"
	    " (?:\\w+ )?(?:bojh|boj|burden)|bojh (?:hoon|hu|hun|ban gay)\\w*|"
	    "mere bina (?:\\w+ ){0,3}(?:khush|behtar|better|accha|achha|"
	    "sukhi|aaram)|"
	    /* self-harm, bleeding */
	    "(?:bahut|bohot|itna|zyada) (?:sara |saara )?khoon (?:\\w+ )?"
	    "(?:nikal|beh|bah)\\w*|khoon (?:ruk|band) (?:nahi|nhi)|"
	    /* a lethal amount */
	    "kitni (?:\\w+ ){0,4}(?:se|mein|me) (?:\\w+ ){0,2}(?:mar|maut|"
	    "death)\\w*|(?:lethal|jaanleva|jaan leva|ghatak) (?:dose|matra|"
	    "khuraak)|"
	    /* after an infusion */
	    "saans (?:nahi|nahin|nhi|na) (?:le|aa|chal) (?:rah|pa|paa)\\w*|"
	    "(?:zeher|zehar|jeher|zahar|poison) (?:\\w+ ){0,2}(?:kha|pi|pee|"
	    "le)\\w*|जहर (?:\\w+ )?(?:ख|प) (?:लय|ल|लग|गय)\\b|saans "
	    "(?:ruk|band) (?:gayi|gai|rahi|ho)\\w*|hosh (?:mein|me|main) "
	    "(?:nahi|nhi) (?:aa|aaye|a)\\w*|(?:daura|dora|daure) (?:pad|par)"
	    "\\w*|(?:seene|sine|chhati|chati|chest) (?:mein|me|main) (?:\\w+ )"
	    "?(?:dard|pain)|(?:hont|honth|hoth) (?:\\w+ )?neele|neele "
	    "(?:hont|honth|hoth)|(?:khade|khadi|khada) (?:nahi|nhi) (?:ho )?"
	    "(?:pa|paa)\\w*|"
	    /* harm to others, voices */
	    "(?:ko|ki) (?:jaan se )?(?:maar|mar) (?:dal|daal|dung|dooong|"
	    "doong)\\w*|(?:ko|ki) (?:nuksan|nuksaan|chot) (?:pahunch|pahuch|"
	    "pohoch)(?:a|aa)(?:ung|oong)\\w*|"
	    "(?:awaaz|awaz|aawaz|awaazein|awazen|awaazen|aawazein)\\w* "
	    "(?:\\w+ ){0,6}(?:maar|mar|khatam|nuksan|nuksaan|kood|kaat|jaan)"
	    "\\w*|"
	    /* hopeless after treatment; euphemisms */
	    "(?:aakhri|akhri|last) (?:ummeed|umeed|umid|ummid|hope) (?:\\w+ )"
	    "{0,8}(?:haar|khatam|bas|mar|jaan|chhod)\\w*|(?:ilaaj|ilaj|"
	    "treatment|ketamine) (?:\\w+ ){0,4}(?:kaam nahi|fail|bekaar|"
	    "bekar) (?:\\w+ ){0,6}(?:khatam|haar|mar|jaan)\\w*|"
	    "hamesha ke liye (?:so|gayab|chala|chali|chale|door|soja)\\w*|"
	    "(?:bhagwan|bhagvan|upar wale|ishwar|allah|khuda) (?:ke|ki) "
	    "(?:paas|pas) (?:jana|jaana|chala|chali|jaung|jaoon|jau)\\w*|"
	    "duniya (?:ko )?(?:chhod|chod)\\w*|duniya se (?:chala|chali|ja)"
	    "\\w*|(?:swargiya|marhoom|late) (?:\\w+ ){0,2}(?:ke paas|ke pas)|"
	    /* Devanagari skeletons */
	    "(?:आतमहतय|खदकश) (?:\\w+ )?(?:करन (?:चहत|ह|वल)|कर (?:लग|दग|रह))|"
	    "खद क (?:\\w+ )?(?:मर|खतम|जल|कट) (?:\\w+ )?(?:डलग|लग|दग|द|रह)\\b|"
	    "(?:मरन|मर जन) (?:चहत|ह)\\b|मर जऊ|कश (?:\\w+ ){0,4}(?:मर|न उठ)|"
	    "(?:म|अब|और) जन नह चहत|जन क (?:\\w+ )?(?:इचछ|हममत|वजह|मन) "
	    "(?:\\w+ )?(?:नह|खतम)|(?:और|अब) (?:\\w+ )?नह सह (?:सकत|पत)|"
	    "(?:अपन )?जन (?:द|ल) (?:दग|लग)|सब (?:\\w+ )?खतम कर (?:दग|लग|"
	    "द)\\b|"
	    "(?:गलय|दवइय|टबलट|पलस) (?:\\w+ ){0,2}(?:जम|इकटठ)|(?:सर|पर|बहत|"
	    "सब|ढर) (?:\\w+ ){0,2}(?:गलय|गल|पतत|शश|बतल|दवइय|टबलट) (?:\\w+ )"
	    "{0,3}ख (?:ल|लय|लग|गय|गई|गए)\\b|"
	    "पल पर (?:\\w+ ){0,3}कद|कदन वल|कद (?:जऊग|जऊ|ज)\\b|"
	    "(?:फस|फद) (?:\\w+ )?लग|(?:कलई|नस) (?:\\w+ )?कट|"
	    "आखर (?:चटठ|खत|सदश|अलवद|सलम)|(?:हमश क लए) अलवद|"
	    "म (?:\\w+ ){0,3}बझ ह|बझ बन (?:गय|गई)|मर बन (?:\\w+ ){0,2}(?:खश|"
	    "बहतर|सख)|"
	    "कतन (?:\\w+ ){0,4}(?:मत ह|मर ज|जन ज)|"
	    "सस नह (?:ल|आ) (?:रह|प)|सस (?:\\w+ ){0,2}(?:तकलफ|दककत)|"
	    "हश (?:म )?नह (?:आ|आय)|दर पड|सन म (?:\\w+ )?दरद|हठ (?:\\w+ )?नल|"
	    "खड नह ह (?:प|पत)|"
	    "क (?:जन स )?मर (?:डलग|दग)\\b|क (?:नकसन|चट) पहच(?:ऊ|ऊग|यग)|"
	    "आवज\\w* (?:\\w+ ){0,6}(?:मर|नकसन|खतम|कद|जन)|"
	    "आखर (?:उममद|आस) (?:\\w+ ){0,8}(?:हर|खतम|मर|जन)|"
	    "हमश क लए (?:गयब|स ज|चल|दर)|भगवन क पस (?:जन|चल)|"
	    "सवरगय (?:\\w+ ){0,2}क पस|दनय (?:क )?छड\\w*"
	    ")\\b", 0 },
	/*
	 * Hindi words also told of the past (an attempt, self-harm,
	 * fainting): not when the message says "saal pehle", "ab theek hoon".
	 */
	{ "world-hi-past", 'A',
	    "^(?!.*\\b(?:saal|sal|mahine|baras|सल|महन) (?:pehle|pahle|se|पहल|"
	    "स)\\b|.*\\b(?:pehle|pahle|pichhle|pichle|पहल|पछल|(?:19|20)\\d\\d|"
	    "ab (?:main |mai )?(?:theek|thik|thek|accha|achha)|अब (?:म )?ठक|"
	    "research|रसरच|student|chhatra|छतर|nurse|नरस|doctor|डकटर)"
	    "\\b).*?\\b(?:"
	    "(?:suicide|khudkushi|aatmahatya|atmahatya|aatmhatya|आतमहतय|खदकश)"
	    " (?:\\w+ ){0,2}(?:kar|ki|koshish|कर|क|कशश)\\w*|"
	    "khud ko (?:\\w+ ){0,2}(?:nuksa+n|hurt|chot|maar|mar|jala|kaat)"
	    "\\w*|खद क (?:\\w+ ){0,2}(?:नकसन|चट|मर|जल|कट)|"
	    "khudkushi|aatmahatya|atmahatya|behosh|बहश"
	    ")\\b", CRISIS_PAST | CRISIS_WHOLE },
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
