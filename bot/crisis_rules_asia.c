/*
 * Crisis rules for Tagalog, Vietnamese, Hindi (romanised and Devanagari),
 * Korean, Japanese and Chinese messages, by concept (see
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
	/* Korean, Japanese, Chinese: CJK words have no spaces: no \b */
	/*
	 * Korean: intent, plans, means, farewells, a burden, harm to others,
	 * voices; no mark. "배고파 죽겠어", "졸려서 죽을 것 같아" are
	 * idioms and stay out: "죽을" fires only with a plan (거예요, 결심).
	 */
	{ "world-ko", 'A',
	    "(?:"
	    /* ending one's life, a decision, wishing to be dead */
	    "목숨을? ?끊|(?:사라지|없어지|사라져 ?버리)고 ?싶|(?:한강|"
	    "마포대교)[^ ]* ?(?:가야겠|가려고|갈래|뛰어|물 ?온도)|죽어 ?버리|"
	    "그만 ?(?:살고|살래|살겠|죽고)|생을 ?마감|삶을 ?마감|죽어 ?버릴|"
	    "죽을 ?(?:거예요|거야|거다|거에요|겁니다|꺼야|계획|결심|작정)|"
	    "죽기로|죽으려고|죽으러|죽을래|죽어야겠|죽었으면 ?(?:좋겠|해)|"
	    "(?:안 ?깨어났|깨지 ?않았|일어나지 ?않았|눈을? ?안 ?떴|"
	    "눈 ?뜨지 ?않았)으면|"
	    /* not wanting to live, cannot go on */
	    "살고 ?싶지 ?않|살기 ?싫|살 ?(?:힘|이유|의미|가치)(?:이|가|"
	    "도)? ?없|못 ?버티|버틸 ?(?:수|힘|자신)(?:이|가|도)? ?없|"
	    "더는? 못 ?(?:하겠|살)|사는 ?게 ?지옥|그냥 ?끝내고 ?싶|"
	    "사는 ?게 .{0,14}(?:못 ?하겠|싫|지쳤|의미 ?없)|더 ?이상 ?살(?:고|"
	    "기|아)? ?(?:싶지|싫|갈 ?수|수 ?없)|"
	    /* a plan: ending it all */
	    "(?:모든 ?(?:걸|것을?)|삶을|인생을|생을|내 ?삶을?) ?끝(?:내|낼|"
	    "냈)|^(?!.*(?:치료|예약|과제|업무|공부|숙제|일을)).*?다 ?끝(?:낼|"
	    "내 ?버릴|내고 ?싶)|"
	    /* means at hand: pills saved, rope, train, car, blades, gun */
	    "(?:수면제|(?<![가-힣])약|알약)[^ ]* ?(?:모아|모았|사뒀|쌓아)|"
	    "(?:한꺼번에|몽땅|한 ?번에) (?:다 )?(?:먹을|먹어 ?버릴|삼킬)|"
	    "먹고 ?죽|밧줄[^ ]* .{0,8}(?:준비|샀|사|매|걸|묶)|"
	    "목을 ?(?:매(?:달|려|고|겠|었)|맸|맬)|목 ?매달|번개탄|(?:기차|"
	    "지하철|열차|선로|철로|차)[^ ]* ?뛰어들|(?:차로|차를|"
	    "운전해서) .{0,10}(?:박아|들이받|돌진)|(?<![가-힣])칼(?:로|을|이|"
	    "은)? .{0,10}(?:손목|목을|찌르|긋|그을)|총(?:으로|을|구|"
	    "기)[^ ]* .{0,6}(?:머리|쏘|쏠)|머리에 ?총|"
	    /* farewells, things given away */
	    "마지막 ?(?:인사|편지|작별)|마지막으로 ?(?:인사|남기|하는 ?말)|"
	    "작별 ?인사|그동안 .{0,10}(?:고마웠|감사했).{0,20}(?:마지막|"
	    "안녕히|잘 ?있어|잘 ?지내|작별)|물건[^ ]* .{0,6}(?:나눠 ?줬|"
	    "나눠줬|처분했|다 ?줬)|"
	    /* a burden, better off without me */
	    "(?:나는?|난|내가) .{0,10}(?:짐(?:일 ?뿐|밖에|덩어리|만 ?되|짝)|"
	    "짐이 ?(?:돼|되|될|된|야|에요|예요))|(?:내가|나) ?없(?:으면|"
	    "는 ?게|는게|어지면) .{0,16}(?:행복|나아|나을|낫|편하|편할|좋을|"
	    "좋아)|(?:내가|나는?|난|나 ?같은 ?(?:건|게|"
	    "사람은?)) .{0,8}(?:사라지|없어지|죽)는 ?게 ?(?:낫|나아|좋)|"
	    "(?:사라지|죽)는 ?게 ?(?:낫|나아)|"
	    /* harm to others, a child; voices */
	    "죽이고 ?싶|죽이겠|죽이려|죽인다고|죽여 ?버릴|죽여버리|"
	    "죽일 ?(?:거|것|래|꺼)|때릴 ?것 ?같|때려 ?죽|해치고 ?싶|"
	    "해칠 ?것 ?같|(?:아이|애|아기)를 .{0,6}(?:해치|흔들|목을)|"
	    "(?:목소리|소리)[^ ]* .{0,16}(?:죽으라|죽어라|자해|해치|죽이라|"
	    "뛰어내리라|죽으래)|(?:죽으라는|자해하라는|죽이라는) ?(?:목소리|"
	    "소리)|"
	    /* hopeless after treatment, euphemisms */
	    "마지막 ?희망.{0,30}(?:소용 ?없|효과 ?없|실패|안 ?됐|포기|끝)|"
	    "(?:더 ?이상|이제) ?희망이 ?없.{0,10}(?:포기|끝|죽)|다 ?포기할래|"
	    "(?:삶|인생)을 ?포기|영원히 ?(?:사라지|잠들|잠자|눈 ?감|눈을 ?감|"
	    "떠나)(?:고 ?싶|ㄹ래|려)|영원히 ?(?:사라질|잠들|잠잘|"
	    "떠날) ?(?:거|래|게|꺼)|잠들래|사라질래|떠날래|"
	    "이 ?세상을 ?(?:떠나고 ?싶|떠날 ?(?:거|래|게|꺼)|떠나려|떠나야)|"
	    "세상을 ?등지|(?:천국|하늘)(?:에|으로|로)? ?(?:가고 ?싶|갈래|"
	    "갈게|가려|갈 ?거)|(?:옥상|다리 ?위|난간)(?:에|위에|"
	    "위로)? ?(?:올라왔|올라가 ?있|서 ?있|와 ?있)|"
	    "하늘나라.{0,10}(?:가고|갈래|갈게|곁으로|만나러|따라)|"
	    "곁으로 ?(?:가고|갈래|갈게|가려)|(?:먼저 ?간|죽은|돌아가신|"
	    "떠난) .{0,8}(?:따라|곁으로|만나러) ?(?:가|갈)|"
	    "이 ?세상에 ?(?:없을|없겠|없어질)|"
	    /* a lethal amount */
	    "치사량|몇 ?알(?:을|이면|먹으면)? .{0,8}(?:죽|치명)|"
	    "얼마나 먹(?:어야|으면) ?죽|죽으려면 ?몇|죽을 ?수 ?있는 ?양"
	    ")", 0 },
	/*
	 * Korean words also told of the past, of a study or asked in advance
	 * ("10년 전에 자살 시도를 했었는데", "호흡을 멈추게 할 수 있나요"):
	 * the same words told now fire, with one of these words not.
	 */
	{ "world-ko-told", 'A',
	    "^(?!.*(?:전에|예전|옛날|과거|했었|었었|그때|어릴 ?때|학생 ?때|"
	    "지금은 ?(?:괜찮|좋|나아|잘)|나았|회복|덕분에|간호사|의사|연구|"
	    "논문|학생인데|영화|드라마|소설|책|노래|뉴스|예방|부작용|"
	    "수 ?있나요|수도 ?있나요|있을까요|가능성|혹시|걱정)).*?(?:"
	    /* suicide, self-harm, overdose words also told of the past */
	    "자살|죽고 ?싶|자해|극단적(?:인)? ?(?:선택|생각)|"
	    "(?:(?<![가-힣])약|수면제|알약)[^ ]* .{0,6}털어 ?넣|털어 ?넣었|"
	    "손목 ?(?:을 )?(?:긋|그어|그었|그을|자르|잘라)|(?:팔|다리|"
	    "허벅지)을? ?(?:그었|긋고|그어|자르|잘랐)|(?:담배|"
	    "라이터)로 .{0,6}(?:지졌|지지|태웠|데었)|피가 ?(?:안 ?멈|"
	    "멈추지 ?않|계속 ?나|철철)|뛰어내리|뛰어내릴|뛰어내렸|"
	    "유서(?! ?깊)|과다 ?복용|(?:(?<![가-힣])약|수면제|진통제|"
	    "안정제)[^ ]* .{0,10}(?:한 ?통|한 ?병|잔뜩|왕창|통째로|한꺼번에|"
	    "한 ?번에)(?: 다)? ?(?:먹었|삼켰)|(?:[0-9]{2,}|수십) ?알(?:을|"
	    "이나)? ?(?:다 )?(?:먹었|삼켰|먹고)|(?:수면제|진통제|안정제|"
	    "수면 ?유도제)[^ ]* .{0,6}많이 ?(?:먹었|삼켰)|"
	    /* an emergency after an infusion, unless asked in advance */
	    "숨을? ?(?:안 ?쉬|못 ?쉬|쉬지 ?않|멈췄)|호흡(?:이|을)? ?(?:없|"
	    "멈췄|안 ?해)|안 ?깨어나|깨어나지 ?않|의식(?:이|을)? ?(?:없|잃)|"
	    "경련|(?<!공황)(?<!공황 )발작|쓰러졌|쓰러져|기절했|실신했|"
	    "가슴이 ?(?:아프|아파|조이)|흉통|입술이 ?(?:파래|파랗|새파|보라)"
	    ")", 0 },
	/*
	 * Japanese (the normalizer strips the dakuten: です is てす, び is ひ):
	 * intent, plans, means, farewells, a burden, harm to others, voices;
	 * no mark. Idioms (お腹が空いて死にそう, 上司に殺される) stay out.
	 */
	{ "world-ja", 'A',
	    "(?:"
	    /* killing oneself, ending one's life, a decision */
	    "自害|死んて(?:しまいたい|しまおう|楽になりたい)|死にます|命を絶|"
	    "死ぬ(?:と|って)(?:言|い)っ|自ら命|自分を殺|死のう|死ぬ(?:つもり|"
	    "気|しかない|ことにし|と決め|ことに決め|予定)|死んてやる|"
	    "首を(?:吊|つ)(?:る|ろう|った|りたい|ります|りに|って)|逝きたい|"
	    "逝こう|逝く(?:つもり|わ|ね)|首(?:吊|つ)り|(?:夜|日|曜日?|時|"
	    "後)に?決行|(?:全部|すへて|全て|人生|命|何もかも|自分|"
	    "この苦しみ)を?(?:終わりにする|終わりにしたい|終わらせ)|"
	    /* wishing to be dead, not to wake up, to vanish */
	    "覚めなけれは|覚めないて(?:ほしい|欲しい)|(?:朝|"
	    "明日)か来なけれは|死ねたら|死んたら楽|死ねれは|消えてしまいたい|"
	    "消えたい|いなくなりたい|永遠に(?:眠|寝)|すっと眠っていたい|"
	    "この世(?:を去|から消え|に(?:い|居)ない)|(?:亡くなった|死んた|"
	    "先立った)[^ ]{0,6}(?:ところ|所|もと|そは)に?へ?行|"
	    /* not wanting to live, cannot go on */
	    "生きていたくない|生きたくない|生きていけない|生きる(?:気力|意味|"
	    "理由|価値|力)(?:か|も)?(?:ない|無い)|生きて(?:い|"
	    ")る意味か?(?:ない|無い|わからない|分からない)|"
	    "生きるの[かに][^ ]{0,6}(?:無理|限界|つら|辛|しんと|疲れ|嫌|"
	    "いや)|もう限界|これ以上[^ ]{0,4}(?:耐えられない|生きられない)|"
	    /* means at hand: pills saved, rope, train, car, blades, gun */
	    "(?:薬|錠剤)[^ ]{0,8}(?:ためて|貯めて|溜めて|集めて|全部飲(?:む|"
	    "も|みたい)|まとめて飲(?:む|も)|一気に飲(?:む|も))|(?:ローフ|縄|"
	    "紐)[^ ]{0,6}(?:用意|準備|かけ|掛け|買っ|結ん)|(?:電車|線路|"
	    "ホーム|列車|車|トラック)[^ ]{0,3}飛ひ込|突っ込んて死|"
	    "突っ込[^ ]{0,4}死|(?:包丁|ナイフ|カミソリ|かみそり|"
	    "刃物)[^ ]{0,8}(?:手首|首|当て|刺)|(?:銃|拳銃|"
	    "ヒストル)[^ ]{0,6}(?:頭|口|撃つ|うつ)|"
	    /* farewells, things given away */
	    "(?:今まて|これまて)[^ ]{0,4}ありかとう.{0,20}(?:さようなら|"
	    "さよなら|最後|お別れ|もう会え)|もう会え(?:ない|ません)|"
	    "最後のメッセーシ|お別れ(?:てす|します|を言)|(?:持ち物|私物|荷物|"
	    "もの|物)を?(?:全部|すへて|全て)[^ ]{0,4}(?:あけた|譲った|配った|"
	    "処分した)|"
	    /* a burden, better off without me */
	    "迷惑を?かける(?:たけ|はかり)|迷惑はかり|練炭|(?:私|僕|俺|自分|"
	    "わたし|あたし|うち).{0,20}いない(?:ほう|方)か|(?:消えた|"
	    "死んた)(?:ほう|方)か(?:いい|まし|マシ|幸せ|楽)|"
	    "私は.{0,8}(?:お荷物|重荷)|(?:家族|みんな|皆)の(?:お荷物|負担|"
	    "重荷)|足手まとい|"
	    /* harm to others, a child; voices */
	    "(?:殺したい|殺してやる|殺しそう|皆殺し|ふっ殺)|(?:手をあけ|"
	    "手を上け|殴っ|叩い|首を絞め|刺し|殺し|傷つけ)て?しまいそう|"
	    "(?:今から|これから|もうすく)[^ ]{0,3}(?:飛ふ|飛ひます|死ぬ|"
	    "死にます|逝く)|(?:もう|早く|死んて)[^ ]{0,3}楽になりたい|"
	    "疲れた.{0,4}楽になりたい|(?:子供|子とも|赤ちゃん|息子|"
	    "娘)を?[^ ]{0,4}(?:殴って|叩いて|首を絞め)[^ ]{0,4}(?:しまい|"
	    "そう)|(?:声|こえ)[^ ]{0,12}(?:死ね|死ねと|傷つけ|殺せ|"
	    "飛ひ降りろ)|(?:死ね|傷つけろ|殺せ)(?:という|って)?声|"
	    /* hopeless after treatment */
	    "最後の(?:希望|望み).{0,30}(?:効かな|ため|タメ|駄目|終わり|諦め|"
	    "無理)|(?:もう|全部)諦めた.{0,12}(?:生きる|死)|"
	    /* a lethal amount */
	    "致死量|何錠[^ ]{0,8}(?:死ね|死ぬ|死に)|"
	    "とれくらい[^ ]{0,10}(?:死ね|死ぬ|死に)|何錠飲めは"
	    ")", 0 },
	/*
	 * Japanese words also told of the past, of a study or asked in advance
	 * ("10年前に自殺未遂", "呼吸が止まることはありますか").
	 */
	{ "world-ja-told", 'A',
	    "^(?!.*(?:昔|以前|前に|年前|当時|かつて|子供の頃|学生の頃|"
	    "おかけて|今は(?:元気|大丈夫|平気)|治った|看護師|医師|医者|研究|"
	    "論文|レホート|学生てす|映画|トラマ|小説|ニュース|この歌|予防|"
	    "副作用|ありますか|可能性|ことは|念慮|効きますか|効果|てしょうか|"
	    "心配|もし|万か一|場合)).*?(?:"
	    /* suicide, self-harm, overdose words also told of the past */
	    "自殺|(?:死|し|シ|タヒ|氏)にたい|リスカ|リストカット|自傷|(?:腕|"
	    "手首|足|太もも)を?切|自分を(?:傷つけ|焼|切)|"
	    "タハコて[^ ]{0,6}(?:焼|焦|押し付け)|根性焼き|血か止まらない|"
	    "飛ひ降り|とひおり|遺書|過剰摂取|オーハートース|(?:^|"
	    "[^a-z])od(?:し|っ)|(?:一箱|一瓶|一シート|大量|まとめて|"
	    "[0-9]{2,}錠)[^ ]{0,6}飲(?:んた|んて|みました)|(?:睡眠薬|眠剤|"
	    "安定剤)を?全部[^ ]{0,3}飲|"
	    /* an emergency after an infusion, unless asked in advance */
	    "息をしていない|息をしてない|息してない|呼吸(?:して|"
	    "か)?(?:いない|してない|止まっ)|目を覚まさない|目か覚めない|"
	    "意識か(?:ない|無い|もうろう|戻らない)|意識もうろう|意識不明|"
	    "けいれん|痙攣|ひきつけ|胸か痛|胸の痛み|唇か(?:紫|青)|チアノーセ|"
	    "倒れ(?:た|て)|気絶し(?:た|て)|失神し(?:た|て)|立てない|"
	    "立ち上かれない"
	    ")", 0 },
	/*
	 * Chinese, simplified and traditional: intent, plans, means, farewells,
	 * a burden, harm to others, voices; no mark. Idioms (饿死了, 笑死我了,
	 * 想死你了, 老板会杀了我, 殺時間) stay out. Not in a message with kana:
	 * Japanese shares 自殺, 遺書 and leaves them to its own rules.
	 */
	{ "world-zh", 'A',
	    "^(?!.*(?:[\\x{3041}-\\x{30ff}])).*?(?:"
	    /* killing oneself, ending one's life */
	    "(?:准备|準備)好了.{0,6}(?:就走|要走了|该走了|該走了)|自尽|自盡|"
	    "轻生|輕生|寻死|尋死|(?:想|要|去)紫砂|自鲨|"
	    "我死[^ ]{0,4}.{0,10}(?:照顾|照顧|拜托|拜託|交给|交給)|"
	    "了[结結](?:自己|生命|此生|残生|殘生)|[结結]束(?:掉)?(?:自己|"
	    "我)?(?:的)?(?:生命|性命|这一切|這一切|一切|自己)|[杀殺](?:了|掉|"
	    "死)?(?:我)?自己|(?:我|就|要|想|打算|决定|決定)去死|上吊|吊死|"
	    "服毒|一了百了|一死了之|寻短见|尋短見|了[断斷]自己|自我了[断斷]|"
	    /* wishing to be dead, not to wake up */
	    "想死(?!你|妳|您|他|她|我了|人)|让我死|讓我死|死了(?:就好|算了|"
	    "最好|多好|比较好|比較好|才好)|死掉(?:算了|就好|最好)|不如死|"
	    "(?:希望|但愿|但願|要是|真想).{0,12}(?:不要|不会|不會|别|別|"
	    "再也不|永远不|永遠不|不再)[^ ]{0,2}醒|一睡不醒|(?:想|"
	    "要)[^ ]{0,3}(?:长眠|長眠)|永远睡|永遠睡|"
	    /* not wanting to live, cannot go on */
	    "不想(?:再|继续|繼續)?活|活不下去|活不了了|(?:没|沒|无|無|不想|"
	    "不能|不愿|不願)有?(?:力气|力氣|勇气|勇氣|理由|办法|辦法|动力|"
	    "動力|再|继续|繼續)?[^ ]{0,3}活下去|活下去的[^ ]{0,4}(?:都|"
	    "也)?(?:没|沒|不)|活[着著](?:太|好|真|很)?(?:累|没意思|沒意思|"
	    "没意义|沒意義|没劲|沒勁)|生无可恋|生無可戀|活够了|活夠了|(?:撑|"
	    "撐|熬|坚持|堅持)不下去|不想再?(?:撑|撐)|"
	    "活[着著][^ ]{0,4}(?:没有|沒有|没|沒)(?:意义|意義|意思|希望)|"
	    "活[着著](?:有什么|有什麼)(?:意义|意義|意思)|"
	    /* means: pills, rope, charcoal, heights, train, car, blade, gun */
	    "(?:存|攒|攢|囤|藏)了?[^ ]{0,8}(?:药|藥|安眠)|(?:买|買|准备|"
	    "準備)了?[^ ]{0,4}(?:绳|繩|木炭|炭)|[烧燒]炭|[开開]煤[气氣]|"
	    "(?:药|藥|片|颗|顆|粒)[^ ]{0,8}(?:全部|一口气|一口氣|都|"
	    "一次)(?:吃|吞)(?:掉|光|下去)|(?:吃|吞)(?:光|掉|"
	    "下)[^ ]{0,3}(?:所有|全部)的?[^ ]{0,3}(?:药|藥|安眠)|(?:所有|"
	    "全部)的?(?:药|藥)[^ ]{0,2}(?:都|全)(?:吃|吞)|"
	    "[绳繩]子?[^ ]{0,6}(?:准备|準備|挂|掛|系|繫|买|買)好|(?:桥|橋|"
	    "楼顶|樓頂|天台|顶楼|頂樓|阳台|陽台|窗|屋顶|屋頂|悬崖|"
	    "懸崖).{0,12}跳|跳(?:桥|橋|河|江|海|崖)|跳[楼樓](?![价價])|"
	    "跳下去|卧轨|臥軌|(?:火车|火車|地铁|地鐵|车|車)[^ ]{0,4}(?:撞死|"
	    "底下)|(?:开|開)车[^ ]{0,8}撞|撞死|刀[^ ]{0,8}(?:割|划|劃|捅|刺)|"
	    "(?:枪|槍)[^ ]{0,6}(?:自己|头|頭|太阳穴|太陽穴)|饮弹|飲彈|"
	    /* farewells, letters, a will, things given away */
	    "遗书|遺書|绝笔|絕筆|永别|永別|最后一[条條](?:消息|信息|訊息|"
	    "留言)|最後一[条條](?:消息|信息|訊息|留言)|"
	    "最[后後]一次[^ ]{0,8}(?:再见|再見|说话|說話|道别|道別)|(?:谢谢|"
	    "謝謝|感谢|感謝)[^ ]{0,6}一切.{0,14}(?:再见|再見|永别|永別|最后|"
	    "最後|告别|告別)|(?:遗嘱|遺囑)[^ ]{0,3}(?:都|也)?(?:写好|寫好|"
	    "立好|准备好|準備好)|(?:东西|東西|物品)[^ ]{0,4}(?:都|"
	    "全)?(?:送人|送掉|分掉|送出去|送给|送給)|(?:交代|"
	    "安排)好?[后後]事|最[后後]一[晚夜].{0,10}(?:保重|永别|永別|别了|"
	    "別了)|给[^ ]{0,6}(?:写好|留下|留了)[^ ]{0,3}(?:信|遗言|遺言)|"
	    "給[^ ]{0,6}(?:寫好|留下|留了)[^ ]{0,3}(?:信|遺言)|"
	    /* a burden, better off without me */
	    "我(?:只|就)?(?:是|成了|成为|成為)[^ ]{0,6}(?:负担|負擔|累赘|"
	    "累贅|拖累|包袱)|(?:成为|成為)[^ ]{0,6}(?:拖累|累赘|累贅|负担|"
	    "負擔)|拖累(?:大家|家人|你们|你們)|(?:转告|轉告).{0,12}(?:爱|愛|"
	    "对不起|對不起)|(?:去|到)另一?[个個]世界|(?:没|"
	    "沒)有我.{0,12}(?:更好|更轻松|更輕鬆|更开心|更開心|更幸福|"
	    "[会會]好)|我不在了?[^ ]{0,6}(?:更好|更轻松|更輕鬆)|消失(?:了|"
	    "掉)?(?:最好|更好|算了)|"
	    /* harm to others, a child; voices */
	    "我[^ ]{0,6}(?:想|要|打算)(?:把[^ ]{0,8})?(?:杀|殺|打死|掐死|"
	    "闷死|悶死|弄死|砍死|捅死)(?![时時][间間])|(?:想|要|忍不住|"
	    "控制不住)[^ ]{0,4}(?:伤害|傷害)(?:孩子|别人|別人|他人|家人|宝宝|"
	    "寶寶)|(?:声音|聲音)[^ ]{0,8}(?:叫|让|讓|要|命令|"
	    "逼)我[^ ]{0,6}(?:去死|自杀|自殺|伤害|傷害|杀|殺|割|跳|死)|"
	    /* hopeless after treatment, euphemisms */
	    "最[后後]的?希望.{0,24}(?:没用|沒用|没效|沒效|失败|失敗|放弃|"
	    "放棄|不想|结束|結束|算了|完了)|(?:没|"
	    "沒)有(?:任何)?希望了?.{0,10}(?:放弃|放棄|结束|結束|走了|算了)|"
	    "永[远遠](?:地)?消失|(?:想|要|准备|準備|打算|就|会|"
	    "會)[^ ]{0,3}(?:离开|離開)(?:这个|這個)?(?:世界|人世)|"
	    "我(?:[就也快要会會]|很快|马上|馬上|明天|下周|下週|今晚|以后|"
	    "以後){0,3}不在(?:这个|這個)?(?:世界|人世)|(?:想|要|就要|准备|"
	    "準備)[^ ]{0,3}(?:去天堂|上天堂|见上帝|見上帝|去见上帝|去見上帝|"
	    "见主|見主)|(?:想|要|准备|準備)[^ ]{0,3}去?(?:陪|找|见|見|跟随|"
	    "跟隨)[^ ]{0,3}(?:过世|過世|去世|死去|已故|逝去)的|"
	    /* a lethal amount */
	    "致死量|致死剂量|致死劑量|致命剂量|致命劑量|(?:多少|几|"
	    "幾)[^ ]{0,12}(?:致死|致命|才能死|才会死|才會死|能死|死得了|"
	    "会死人|會死人)"
	    ")", 0 },
	/*
	 * Chinese words also told of the past, of a study or asked in advance
	 * ("十年前自杀未遂", "会不会晕倒"): the same words told now fire.
	 */
	{ "world-zh-told", 'A',
	    "^(?!.*(?:[\\x{3041}-\\x{30ff}]|以前|之前|年前|曾经|曾經|"
	    "(?<![昏晕暈])(?:过去|過去)|当年|當年|那时|那時|小时候|小時候|"
	    "已经好|已經好|康复|康復|现在好|現在好|护士|護士|医生|醫生|研究|"
	    "论文|論文|我是学生|我是學生|医学生|醫學生|报告|報告|电影|電影|"
	    "小说|小說|新闻|新聞|这首歌|這首歌|预防|預防|副作用|会不会|"
	    "會不會|可能|是否|意念|风险|風險|如果|万一|萬一)).*?(?:"
	    /* suicide and self-harm words, also told of the past */
	    "自杀|自殺|割腕|自残|自殘|自伤|自傷|(?:割|划|劃|烫|燙|烧|"
	    "燒)(?:了|伤|傷)?(?:自己|手臂|手腕|大腿|胳膊)|[药藥]物?(?:过|"
	    "過)量|(?:过|過)量服|跳[楼樓](?![价價])|安眠[药藥][^ ]{0,6}(?:全|"
	    "都)部?(?:吃|吞|服)(?:了|掉|光|下)|(?:吃|吞|服)(?:了|下|"
	    "掉)[^ ]{0,6}(?:(?:一整|整)[盒瓶板包]|一大把|(?:几十|幾十|"
	    "[0-9]{2,}|[二三四五六七八九]?十[几幾]?|"
	    "[一二两兩三四五几幾]百)[颗顆粒片])|(?:刚|剛|一下子|一次|一口气|"
	    "一口氣)[^ ]{0,4}(?:吃|吞|服)了?[^ ]{0,4}(?:很多|好多|大量|所有|"
	    "一堆|一大堆|一把)|吞了(?:很多|好多|大量|一堆|一大堆|一把)|"
	    "(?:一整|整)[盒瓶板][^ ]{0,6}(?:都|全)?(?:吃|吞|服)|血(?:一直|"
	    "止不住|流不止|不停)|流血不止|(?:喝|吃|吞)了?[^ ]{0,3}(?:农药|"
	    "農藥|百草枯|敌敌畏|敵敵畏|老鼠药|老鼠藥|杀虫剂|殺蟲劑|漂白水|"
	    "消毒水)|(?:药|藥)[和跟与與配加]酒[^ ]{0,4}(?:一起)?(?:吃|喝|"
	    "吞)了|酒[和跟与與配加][^ ]{0,3}(?:药|藥)[^ ]{0,4}(?:一起)?(?:吃|"
	    "吞)了|"
	    /* an emergency after an infusion, unless asked in advance */
	    "叫不醒|醒不(?:过来|過來)|不呼吸|(?:没|沒)有?呼吸(?!困|道|問|问)|"
	    "停止了?呼吸|抽搐|痉挛|痙攣|癫痫发作|癲癇發作|胸口?[^ ]{0,2}痛|"
	    "嘴唇[^ ]{0,2}[紫青蓝藍]|(?:晕|暈|昏)(?:倒|过去|過去|迷)|(?:一直|"
	    "全身|浑身|渾身)抽筋|抽筋不止|失去(?:意识|意識|知觉|知覺)|"
	    "(?:意识|意識|神志)不清|站不起[来來]"
	    ")", 0 },

};

const size_t crisis_rules_asia_n = sizeof(crisis_rules_asia) /
    sizeof(crisis_rules_asia[0]);
