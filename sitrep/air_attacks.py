"""Air-attack claims from cleaned documents: who says how many drones or missiles were
launched, shot down, lost to electronic warfare, or hit their targets.

The extractor works sentence by sentence on the posts of a Document:

1. a cheap keyword prefilter skips paragraphs that cannot hold a claim;
2. each number that counts a weapon ("81 Russian drones"), or stands for one in context
   ("46 were lost", "34 out of 81"), gets a role from the nearest verb cue;
3. the counts of one sentence become one row per weapon (and weapon type);
4. rows are merged with the claim of the neighbouring sentences when they only add to it
   ("Of the other drones, 46 were lost"), and repeats of a claim within the document
   (headline and body, the same figures re-reported later) collapse into one row. Figures
   whose attacker is not known yet stay open for the next sentences ("Shot down: 54 UAVs ...
   In total, the enemy launched 76 drones") and are dropped if none tells it. A revised figure
   ("later raised the figure to 72", "in an updated statement") replaces the one it revises; a
   rounded one ("nearly 500 drones" in a headline above "497 drones") is no claim of its own.

Attacker and claimant are read from the text: side adjectives ("Russian drones"), the
subject of a launch verb ("Russia launched"), the side whose air defences intercept,
places, weapon types, and finally the side of whoever reports the claim. Rows whose
attacker cannot be established, and attacks of other wars ("Iran launched 100 drones at
Israel"), are dropped. Pure: no I/O.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass, field, replace
from sitrep import provenance
from sitrep.models import Document, Post
from sitrep.numbers import NumberMention, find_numbers

EXTRACTOR_VERSION = "8"
TABLE = "air_attacks"

RUSSIA, UKRAINE, ENEMY = "russia", "ukraine", "enemy"
_OTHER_SIDE = {RUSSIA: UKRAINE, UKRAINE: RUSSIA}
_ROLES = ("launched", "intercepted", "lost", "hit")
_CONTINUATION_WINDOW = 2  # sentences within which a follow-up sentence can add to a claim
_WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_WEEKDAY_NAMES_LC = _WEEKDAY_NAMES.lower()  # in patterns run on lowercased text

# ---------------------------------------------------------------- lexicon

_DRONE = r"drones?|UAVs?|(?:unmanned|uncrewed)\s+aerial\s+vehicles?|(?:unmanned|uncrewed)\s+aircraft|Shahed-\d+s?|Shaheds?|Geran-\d+s?|Gerans?|Gerberas?|Lancets?"
_MISSILE = (
    r"missiles?|Kinzhals?|Iskander-[MK]s?|Iskanders?|Kalibrs?|ATACMS|(?:Kh|X)-\d+[A-Z]{0,3}s?|Zircons?|Tsirkons?|Oreshniks?|"
    r"Neptunes?|Storm\s+Shadows?|SCALPs?|KN-23s?|Onyx(?:es)?|Oniks"
)
_MIXED = (
    r"(?:air|aerial)\s+(?:targets|weapons|assets)|(?:air|aerial)\s+attack\s+(?:means|weapons|assets|vehicles)|"
    r"(?:means|weapons)\s+of\s+(?:air|aerial)\s+attack"
)
_WEAPON_RE = re.compile(
    rf"(?<![\w-])(?:(?P<mixed>{_MIXED})|(?P<drone>{_DRONE})|(?P<missile>{_MISSILE}))(?![\w-])", re.IGNORECASE
)
_TARGET_RE = re.compile(r"(?<![\w-])(?<!air )(?<!aerial )(?:targets?|sites?|locations?|objects?|facilities|facility)\b", re.I)
_KEYWORD_RE = re.compile(
    r"drone|UAV|missile|unmanned|uncrewed|Shahed|Ger(?:an|bera)|Lancet|On(?:yx|iks)|Kinzhal|Iskander|Kalibr|ATACMS|Kh-\d|X-\d|"
    r"Zircon|Tsirkon|Oreshnik|Neptune|Storm\s+Shadow|SCALP|KN-23|"
    r"(?:air|aerial)\s+(?:targets|weapons|assets|attack\s+(?:means|weapons|assets|vehicles))|of\s+air\s+attack",
    re.IGNORECASE,
)
_FOLLOWUP_RE = re.compile(
    r"lost|jammed|suppress|down|destroy|intercept|neutrali|repel|targets|hit|unaccounted|both|none|neither|missing|of them|of which|of the",
    re.IGNORECASE,
)



def _lowered(pattern: re.Pattern) -> re.Pattern:
    """The same case-insensitive pattern, to run on lowercased text: sre's IGNORECASE is several times slower."""
    assert not re.search(r"\\[A-Z]", pattern.pattern), "uppercase escapes would change meaning"
    source = pattern.pattern.lower().replace("(?p<", "(?P<").replace("(?p=", "(?P=")
    return re.compile(source, pattern.flags & ~re.IGNORECASE)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _lower(text: str) -> str:
    """Lowercased text with the same offsets (str.lower can change the length of rare characters)."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


# The hot path: one scan of each lowercased paragraph decides whether any detailed work happens.
_KEYWORD_LC = _lowered(_KEYWORD_RE)
_FOLLOWUP_LC = _lowered(_FOLLOWUP_RE)
# A sentence can only state a count if it holds a digit or a number word.
_WEAPON_LC = _lowered(_WEAPON_RE)
_NUMBERISH_LC = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen|"
    r"both|none|neither|couple|pair)\b"
)

# Canonical weapon types, most specific first, with the side that fields them.
_TYPES: tuple[tuple[str, str, str | None], ...] = (
    (r"Shahed(?:-\d+)?(?:-type)?", "Shahed", RUSSIA),
    (r"Geran(?:-\d)?", "Shahed", RUSSIA),  # the Russian-built Shahed
    (r"Gerbera", "Gerbera", RUSSIA),
    (r"Lancet", "Lancet", RUSSIA),
    (r"Kalibr", "Kalibr", RUSSIA),
    (r"(?:Kh|X)-\d+[A-Z]{0,3}", "", RUSSIA),  # canonical form is the number: Kh-31P -> Kh-31, X-101 -> Kh-101
    (r"Kinzhal", "Kinzhal", RUSSIA),
    (r"Iskander-M", "Iskander-M", RUSSIA),
    (r"Iskander-K", "Iskander-K", RUSSIA),
    (r"Iskander", "Iskander", RUSSIA),
    (r"Oreshnik", "Oreshnik", RUSSIA),
    (r"Zircon|Tsirkon", "Zircon", RUSSIA),
    (r"Onyx|Oniks", "Onyx", RUSSIA),
    (r"KN-23", "KN-23", RUSSIA),
    (r"S-300", "S-300", RUSSIA),
    (r"S-400", "S-400", RUSSIA),
    (r"ATACMS", "ATACMS", UKRAINE),
    (r"Storm\s+Shadow", "Storm Shadow", UKRAINE),
    (r"SCALP", "SCALP", UKRAINE),
    (r"Neptune", "Neptune", UKRAINE),
    (r"Taurus", "Taurus", UKRAINE),
    (r"Lyutyi", "Lyutyi", UKRAINE),
    (r"KAB(?:-\d+)?|guided\s+(?:aerial\s+|air\s+)?bombs?", "KAB", RUSSIA),
    (r"ballistic", "ballistic", None),
    (r"cruise", "cruise", None),
    (r"hypersonic", "hypersonic", None),
)
_TYPE_RE = re.compile("|".join(f"(?P<t{i}>\\b{p}(?:s|es)?\\b)" for i, (p, _, _) in enumerate(_TYPES)), re.IGNORECASE)
_GENERIC_TYPES = {"ballistic", "cruise", "hypersonic"}

_RU = r"Russia(?:['’]s)?|Russian(?:-\w+)?|Moscow(?:['’]s)?|Kremlin(?:['’]s)?"
_UA = r"Ukraine(?:['’]s)?|Ukrainian(?:-\w+)?|Kyiv(?:['’]s)?|Kiev(?:['’]s)?"
_ANY_SIDE = rf"(?:{_RU}|{_UA})"
_RU_OWNER, _UA_OWNER = r"(?:Russia|Moscow)['’]s", r"(?:Ukraine|Kyiv)['’]s"
_SIDE_RE = re.compile(rf"\b(?=[A-Ze])(?:(?P<russia>{_RU})|(?P<ukraine>{_UA})|(?P<enemy>enemy(?:['’]s)?))(?![\w-])")
_RUSSIAN_PLACES = (
    "Belgorod|Kursk|Bryansk|Oryol|Orel|Voronezh|Rostov|Krasnodar|Lipetsk|Tula|Kaluga|Smolensk|Ryazan|Tambov|"
    "Leningrad|Pskov|Novgorod|Tver|Yaroslavl|Saratov|Volgograd|Astrakhan|Tatarstan|Bashkortostan|Chechnya|"
    "Dagestan|Adygea|Kalmykia|Penza|Ivanovo|Samara|Murmansk|Kaliningrad|Stavropol|Crimea|Sevastopol|"
    "St Petersburg|Saint Petersburg|Novorossiysk|Engels|Millerovo|Taganrog|Yeysk|Kazan|Cheboksary|Chuvashia|Tuapse|"
    "Syzran|Ulyanovsk|Orenburg|Kstovo|Mordovia|Saransk|Perm|Chelyabinsk|Tyumen|Udmurtia|Izhevsk|Nizhnekamsk|Ufa|Anapa|Sochi|"
    "Tikhoretsk|Armavir|Vologda|Cherepovets|Ust-Luga|Primorsko-Akhtarsk|Michurinsk|Yelets|Novokuibyshevsk|Karelia|"
    "Stary Oskol|Shebekino|Valuyki|Rylsk|Sudzha|Lgov|Kurchatov|Klintsy|Novozybkov|Mozdok|Morozovsk|Kamensk-Shakhtinsky|"
    "Novoshakhtinsk|Volgodonsk|Shakhty|Kerch|Feodosia|Dzhankoi|Saky|Yevpatoria"
)
_UKRAINIAN_PLACES = (
    "Kharkiv|Odesa|Odessa|Dnipro|Dnipropetrovsk|Mykolaiv|Lviv|Sumy|Chernihiv|Poltava|Cherkasy|Vinnytsia|"
    "Zhytomyr|Khmelnytskyi|Rivne|Volyn|Ternopil|Ivano-Frankivsk|Chernivtsi|Zakarpattia|Kirovohrad|"
    "Kropyvnytskyi|Kryvyi Rih|Bila Tserkva|Uzhhorod|Lutsk|Kherson|Zaporizhzhia|Zaporizhia|Kramatorsk|Sloviansk|Pokrovsk|"
    "Kremenchuk|Nikopol|Pavlohrad|Izium|Kupiansk|Konotop|Shostka|Okhtyrka|Brovary|Boryspil|Bucha|Irpin|Fastiv|Uman|"
    "Kamianske|Starokostiantyniv|Izmail|Chornomorsk|Pivdennyi|Vyshhorod|Obukhiv|Lozova|Chuhuiv|Balakliia|Bohodukhiv|Zolochiv|"
    "Romny|Lebedyn|Bilopillia|Putyvl|Hlukhiv|Nizhyn|Pryluky|Myrhorod|Lubny|Hadiach|Voznesensk|Ochakiv|Stryi|Drohobych|"
    "Shepetivka|Netishyn|Varash|Kovel|Koziatyn|Berdychiv|Korosten|Burshtyn|Kalush|Oleksandriia|Smila|Zolotonosha|Marhanets|"
    "Synelnykove|Kostiantynivka|Druzhkivka|Kyiv region|Kiev region|Kyiv oblast"
)  # not Donetsk, Luhansk, Melitopol: partly or wholly occupied, attacked from both sides
_PLACE_RE = re.compile(rf"\b(?=[A-Z])(?:(?P<russia>{_RUSSIAN_PLACES})|(?P<ukraine>{_UKRAINIAN_PLACES}))\b")
# "at Ukraine", "over the Kursk region", "into Ukrainian airspace": the side under attack.
_LOCATION_RE = re.compile(
    r"\b(?i:at|on|against|over|above|in|into|attacked|attacking|attacks|struck|targeted|targeting|(?<!back )towards?|"
    r"(?:on\s+(?:the\s+)?)?approach(?:es)?\s+to|approaching)\s+(?i:the\s+)?(?i:territory\s+of\s+(?:the\s+)?)?"
    r"(?i:(?:western|eastern|southern|northern|central)\s+)?"
    rf"(?:(?P<russia>{_RU}|{_RUSSIAN_PLACES})|(?P<ukraine>{_UA}|{_UKRAINIAN_PLACES}))(?![\w-])",
)

_PEOPLE_SIDES = {
    **dict.fromkeys("Zelensky Zelenskiy Zelenskyy Yermak Klitschko Syrskyi Ihnat Sybiha Kuleba Shmyhal Umerov".split(), UKRAINE),
    **dict.fromkeys("Putin Peskov Shoigu Belousov Lavrov Zakharova Gerasimov Sobyanin Gladkov Medvedev".split(), RUSSIA),
    # governors, mayors and heads of regional administrations: whose "enemy" a governor or mayor means
    **dict.fromkeys(
        "Terekhov Syniehubov Popko Tkachenko Kiper Lysak Vilkul Fedorov Prokudin Kim Artiukh Chaus Kozytskyi Sadovyi "
        "Kohut Taburets Kalashnyk Hryhorov Filatov Sienkevych Senkevych Svyrydenko Filashkin Honcharenko Trukhanov".split(), UKRAINE
    ),
    **dict.fromkeys(
        "Khinshtein Starovoit Bogomaz Bohomaz Razvozhayev Aksyonov Gusev Drozdenko Beglov Artamonov Klychkov Slyusar "
        "Shapsha Milyaev Malkov Nikitin Makhonin Busargin Anokhin Kondratyev Nikolayev Minnikhanov Khabirov Rudenya "
        "Yevtushenko Vorobyov Konashenkov Smirnov Pervyshov Balitsky Pushilin Saldo Lyubimov Mironov Bocharov".split(), RUSSIA
    ),
}
# Regional officials whose counts are part of a national one (governors, mayors, city heads).
_REGIONAL_OFFICIALS = frozenset(
    "Gladkov Sobyanin Klitschko Terekhov Syniehubov Khinshtein Starovoit Smirnov Bogomaz Popko Tkachenko Kiper Lysak "
    "Vilkul Fedorov Prokudin Kim Artiukh Chaus Kozytskyi Sadovyi Bohomaz Razvozhayev Aksyonov Gusev Drozdenko Beglov "
    "Artamonov Klychkov Sukhov".split()
)
_ORG_NAME_RE = re.compile(
    r"\b(?:Air\s+Command\s+(?:East|West|South|North|Centre|Center)|(?:Southern|Northern|Eastern|Western)\s+Defen[cs]e\s+Forces|"
    r"Defen[cs]e\s+Forces\s+of\s+the\s+(?:South|North|East|West)|(?:Operational|Air)\s+Command\s+\w+)\b"
)
_TITLES = {
    "president", "prime", "minister", "mr", "mrs", "ms", "dr", "governor", "mayor", "foreign", "defence", "defense",
    "chancellor", "general", "gen", "lt", "colonel", "spokesman", "spokeswoman", "spokesperson", "kremlin", "chief",
    "head", "commander", "secretary", "deputy", "regional", "acting", "update", "breaking", "the", "local",
    "oblast", "region", "city", "district",
}
_ORG_WORD_RE = re.compile(
    r"\b(?:Administration|Command|Forces|Ministry|Council|Staff|Service|Agency|Office|Directorate|Force|UAVs?|Drones?|"
    r"Missiles?)\b"
)

# ---------------------------------------------------------------- cues

_CUE_RE = re.compile(
    r"\b(?:"
    r"(?P<combo>(?:shot\s+down|downed|destroyed|intercepted)\s*(?:\s(?:or|and/or)\s|/)\s*(?:suppressed|jammed|neutrali[sz]ed|lost|disabled))"
    r"|(?P<ew>(?:neutrali[sz]ed|suppressed|downed|disabled|intercepted|stopped)\s+(?:by|with|using)\s+"
    r"(?:means\s+of\s+)?(?:electronic\s+warfare|EW|jamming))"
    r"|(?P<none>unaccounted|flew\s+back|flown\s+back|returned|turned\s+back|went\s+back|crash(?:ed|-landed)|strayed|crossed)"
    r"|(?P<other>produc(?:e|ed|es|ing)|manufactur(?:e|ed|es|ing)|buil[dt]s?|building|assembl(?:e|ed|es|ing)|"
    r"suppl(?:y|ied|ies|ying)|deliver(?:s|ed|ing|y)?|ship(?:ped|ping)|order(?:s|ed|ing)?|bought|buy(?:s|ing)?|"
    r"purchas(?:e|ed|es|ing)|stockpil(?:e|ed|es|ing)|ke(?:eps?|pt)|stor(?:e|ed|es|ing)|amass\w*|accumulat\w*|possess\w*|"
    r"in\s+reserve|arsenal|receiv(?:e|ed|es|ing)|costs?|pledged|promised|donated|transferred)"
    r"|(?P<lost>(?:locationally|location-?)\s*lost|lost(?:\s+track(?:\s+of)?)?|jammed|suppressed|disrupted|redirected|diverted|"
    r"fail(?:ed|ing)\s+to\s+(?:reach|hit)|did\s+not\s+reach|didn['’]t\s+reach|disappear(?:ed|ing)|vanish(?:ed|ing)|"
    r"(?:went|going|gone)\s+off\s+course|(?:went|going|gone|dropped|dropping|fell|falling)\s+off\s+(?:the\s+)?radars?|"
    r"(?:went|gone|go|were|was)\s+missing)"
    r"|(?P<intercept>repel(?:led|s|ling)?\s+(?:an?\s+)?(?:[\w-]+\s+)?attacks?\s+(?:by|of|involving)|shot\s+down|shoot(?:s|ing)?\s+down|brought\s+down|bring(?:s|ing)?\s+down|knocked\s+(?:out|down)|"
    r"taken\s+out|took\s+out|downed|downs|downing|destroy(?:ed|s|ing)?|destruction|interception|intercept(?:ed|s|ing)?|neutrali[sz](?:ed|es|ing)|"
    r"repel(?:led|s|ling)?|repulsed|eliminated)"
    r"|(?P<launch>(?:struck|strikes?|hit|hits|hitting|target(?:ed|s|ing)|pound(?:ed|s|ing)|bombard(?:ed|s|ing)|"
    r"pummel(?:l?ed|s|l?ing)|hammer(?:ed|s|ing)|batter(?:ed|s|ing)|blast(?:ed|s|ing)|shell(?:ed|s|ing)|"
    r"assault(?:ed|s|ing)|raid(?:ed|s|ing)|"
    r"attack(?:ed|s|ing)?)\s+(?:[\w'’-]+\s+){0,8}?(?:with|using)|"
    r"launch(?:ed|es|ing)?(?!\s+(?:vehicles?|sites?|pads?|platforms?|positions?|points?|areas?|tubes?|crews?)\b)|"
    r"fired|fires|firing|used|using|uses|detected|targeted|targeting|unleash(?:ed|es|ing)?|"
    r"hurl(?:ed|s|ing)?|lobb(?:ed|ing)|threw|throw(?:s|ing)?|employ(?:ed|s|ing)|attack(?:ed|s|ing)?|involv(?:e|ed|es|ing)|"
    r"(?:attack|barrage|strike|assault|raid|wave|salvo)s?\s+(?:also\s+)?includ(?:ed|es)|"
    r"sent|sends|recorded|registered|tracked|spotted|there\s+(?:were|was|have\s+been|had\s+been)|total\s+(?:was|stood\s+at|came\s+to|amounted\s+to)|"
    r"compris(?:e|ed|es|ing)|consist(?:ed|s|ing)?\s+of|"
    # "the air force reported 93 drones": a reporting verb whose object is the weapons counted
    r"report(?:ed|s|ing)?(?=\s+(?:(?:a\s+total\s+of|about|around|some|nearly|almost|over|more\s+than|at\s+least|up\s+to)\s+)?"
    r"[\w,-]+\s+(?:[\w-]+\s+){0,3}?(?:drones|uavs|missiles|shaheds|air\s+targets)\b))"
    r"|(?P<target>faced|faces|facing|endured|withstood|came\s+under\s+(?:attack|fire)\s+(?:from|by))"
    r"|(?P<hit>hit|hits|hitting|struck|striking|reach(?:ed|es)?\s+(?:their|its|the)\s+targets?|got\s+through)"
    r")\b",
    re.IGNORECASE,
)
_CUE_ROLE = {"combo": "intercepted", "ew": "lost", "none": "none", "other": "none", "lost": "lost", "intercept": "intercepted",
             "launch": "launched", "hit": "hit", "target": "launched"}
_CUE_LC = _lowered(_CUE_RE)
_MODAL_RE = re.compile(
    r"\b(?:can|could|would|will|may|might|if|unless|whenever|den(?:y|ies|ied)|plans?\s+to|planning\s+to|aims?\s+to|expected\s+to|able\s+to|capable\s+of|"
    r"preparing\s+to|ready\s+to|(?:capacity|capability|ability|potential)\s+to|threaten(?:s|ed)?\s+to|intends?\s+to|wants?\s+to|likely\s+to|(?:is|are)\s+set\s+to|"
    r"(?:preparing|planning|readying|plotting)(?=\s+(?:an?|another|new|its|the)\s)|poised\s+to|gearing\s+up(?:\s+for)?|bracing\s+for|"
    r"expect(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,2}to|predict(?:s|ed)?\s+(?:[\w'’-]+\s+){0,2}(?:will|would|to))\s+(?:[\w'’-]+\s+){0,3}$|"
    r"\b(?:(?P<now>now)|typically|usually|routinely|regularly|normally|generally|often)\s+$",
    re.IGNORECASE,
)
_FILLER = (
    r"others?|another|more|further|additional|having|remain(?:ed|ing)?|were|was|had|have|has|been|being|are|is|also|later|"
    r"subsequently|reportedly|successfully|all|either|then|of\s+them|of\s+which|of\s+these|a\s+total\s+of|in\s+total|altogether"
)
_IMMEDIATE_RE = re.compile(rf"^(?:\s|[\"“”'‘’]|\b(?:{_FILLER})\b)*$", re.IGNORECASE)
_AUX_RE = re.compile(r"\b(?:were|was|been|are|is|remain(?:ed)?)\b", re.IGNORECASE)
# Clause breaks; not the comma of "3,131" nor the colon of "09:00".
_CLAUSE_RE = re.compile(r"[;()–—|]|,(?!\d{3}\b)|:(?!\d\d\b)|\s-\s|\b(?:while|whereas|but)\b", re.IGNORECASE)
_OF_PHRASE_RE = re.compile(r"\s+of\s+[\w\s-]{1,30}?(?=,|\s+and\b)")
# "shot down 1 missile and 58 drones, and 56 decoy drones were lost": a new clause with its own verb.
_COMMA_AND_RE = re.compile(r"^\s*,\s*and\s*$", re.IGNORECASE)
_OWN_VERB_RE = re.compile(r"\s+(?:were|was|had\s+been|have\s+been|has\s+been)\b", re.IGNORECASE)
_CHAIN_GAP_RE = re.compile(  # "5 Kh-101s, all 4 Kalibrs and 44 drones were downed": "all" is the next count's
    r"^\s*(?:,|and|,\s*and|as\s+well\s+as|plus)\s*(?:all\s+(?:of\s+)?(?:the\s+)?)?$", re.IGNORECASE
)
_MIXED_TAIL_RE = re.compile(r"^\s*,?\s*(?:and|or|and/or|&|plus)\s+", re.IGNORECASE)
_PART_AFTER_RE = re.compile(r"^\s*(?:(?:out\s+)?of\s+(?:them|these|those|which)\b|of\s+the\s+(?:other\s+|remaining\s+)?)", re.I)
_TOTAL_AFTER_RE = re.compile(
    rf"^\s*(?:/\s*|from\s+the\s+|\(?(?:out\s+of|of)\s+(?:the\s+|a\s+total\s+of\s+|(?:{_RU_OWNER}|{_UA_OWNER}|the\s+enemy['’]s)\s+)?)$", re.IGNORECASE
)  # "34 of the 90", "35 of Russia's 54"
_PART_BEFORE_RE = re.compile(r"\b(?:of\s+(?:them|these|those|which)|among\s+them)\s*,?\s*$", re.IGNORECASE)
_TOTAL_BEFORE_RE = re.compile(
    r"(?:(?:^|[,;:(–—]|\s-\s)\s*(?:out\s+)?of|\bout\s+of(?:\s+a\s+total\s+of)?|(?:%|\bper\s?cent)\s+of|"
    r"\b(?:half|most|majority|many|several|dozens|third|quarter|two-thirds|three-quarters)\s+of)\s+"
    r"(?:the\s+|(?:Russia|Moscow|Ukraine|Kyiv)['’]s\s+)?$",
    re.IGNORECASE,
)  # "out of 81", "Of the 132", "85% of the 60 drones", "more than half of the 90 drones"
# "destroyed all 12 drones launched by Russia": the total launched is the number shot down.
_ALL_BEFORE_RE = re.compile(r"\b(?:all|each|every\s+one)\s+(?:of\s+)?(?:the\s+)?$", re.IGNORECASE)
# "all were intercepted", "all of which were destroyed", "claiming all had been downed"
_ALL_DOWNED_RE = re.compile(
    r"\b(?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed)\s+(?:all\s+(?:of\s+)?(?:them|these|those)|them\s+all)\b|"
    r"(?<!\bnot )\ball\b(?:\s+(?:of\s+)?(?:them|which|these|those|the\s+(?:[\w-]+\s+)?(?P<kind>drones|missiles|UAVs)))?,?"
    r"\s+(?:had\s+been|have\s+been|has\s+been|were|was|are|been|being)?\s*(?:successfully\s+|reportedly\s+)?"
    r"(?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed|repelled)\b",
    re.IGNORECASE,
)
_SINGLE_DOWNED_RE = re.compile(
    r"\b(?:it|the\s+(?:[\w-]+\s+)?(?P<w>drone|UAV|missile))\s+(?:was|had\s+been|has\s+been)\s+(?:successfully\s+)?"
    r"(?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed)\b",
    re.IGNORECASE,
)
_DOWNING = r"shot\s+down|shooting\s+down|downed|downing|destroyed|destroying|intercepted|intercepting|neutrali[sz](?:ed|ing)"
_ALL_THE_RE = re.compile(
    rf"\b(?:{_DOWNING})\b[^.;]{{0,40}}?\ball\s+(?:of\s+)?the\s+"
    r"(?P<w>drones|missiles|UAVs)\b",
    re.IGNORECASE,
)
# "all the missiles and 31 drones were destroyed": the subject before its verb.
_ALL_THE_BEFORE_RE = re.compile(
    r"\ball\s+(?:of\s+)?the\s+(?P<w>drones|missiles|UAVs)\b[^.;:]{0,40}?\b(?:were|was|had\s+been|have\s+been)\s+"
    r"(?:successfully\s+)?(?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed)\b",
    re.IGNORECASE,
)
_ALL_OF_TYPE_RE = re.compile(
    rf"\b(?:{_DOWNING})\b[^.;]{{0,40}}?\ball\s+(?:of\s+)?the\s+"
    r"(?P<t>(?:Kalibr|Kinzhal|Iskander(?:-[MK])?|Zircon|Shahed|Geran(?:-\d)?|(?:Kh|X)-\d+[A-Z]{0,3}|ATACMS|Neptune|Storm\s+Shadow)s?)\b"
    r"|\ball\s+(?:of\s+)?the\s+(?P<t2>(?:Kalibr|Kinzhal|Iskander(?:-[MK])?|Shahed|(?:Kh|X)-\d+[A-Z]{0,3})s?)\b(?=[^.;:]{0,40}?\b(?:were|was)\s+"
    r"(?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed))",
    re.IGNORECASE,
)
_KIND_SUBJECT_RE = re.compile(r"\bthe\s+(?:[\w-]+\s+)?(?P<w>drones|missiles|UAVs)\s+(?:were|had\s+been|have\s+been)\s+$", re.I)
_ALL_BUT_BEFORE_RE = re.compile(r"\ball\s+(?:but|except(?:\s+for)?)\s+$", re.IGNORECASE)
_ALL_BUT_RE = re.compile(
    r"\ball\s+(?:but|except(?:\s+for)?)\s+(?P<n>[\w-]+)(?:\s+of\s+(?:them|these|those|which|the\s+[^,;.]{1,60}?))?,?\s+"
    r"(?:had\s+been|have\s+been|has\s+been|were|was|are|been)?\s*(?:successfully\s+)?"
    r"(?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed)\b|"
    r"\b(?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed)\s+all\s+(?:but|except(?:\s+for)?)\s+(?P<n2>[\w-]+)",
    re.IGNORECASE,
)  # "all but three (of the 60 drones) were shot down", "downed all but three"
# Cumulative totals ("since the start of the war") are history, not a claim about one attack.
_HISTORICAL_RE = re.compile(
    r"\b(?:since\s+(?:(?:it|they)\s+(?:was|were|had\s+been)\s+\w+|(?:its|their)\s+(?:creation|formation|founding|deployment)|"
    r"the\s+(?:start|beginning|outbreak|onset)\s+of|the\s+(?:full-scale\s+)?(?:invasion|war)\b|"
    rf"(?:last\s+)?(?:{_WEEKDAY_NAMES})\b(?!\s+(?:night|evening|morning))|"
    r"(?:(?:late|early|mid-?)\s*)?(?:\d{1,2}\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:\d{1,2},?\s+)?20\d\d\b|"
    r"(?:(?:late|early|mid-?)\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)|"
    r"(?:Russia['’]s\s+)?(?:full-scale\s+)?invasion)|throughout\s+the\s+war|full-scale\s+(?:invasion|war)\b|"
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+(?:years?|months?)\s+(?:ago|earlier)\b|(?:in\s+total\s+)?to\s+date\b|"
    r"(?:in|over|during|throughout)\s+the\s+(?:past|last|previous)\s+(?:week|month|fortnight|seven\s+days|\d+\s+days|"
    r"(?:two|three|four)\s+weeks)\b|so\s+far\s+(?:in|during)\s+the\s+war|over\s+the\s+course\s+of\s+the\s+war|(?:in|throughout|during|across)\s+(?:19|20)\d\d\b|"
    r"(?:this|last|previous|past)\s+(?:week|month|year|winter|spring|summer|autumn|fall)\b|"
    r"(?:during|throughout|for)\s+the\s+(?:week|month|year)\b|(?:over|during|throughout|across|in)\s+the\s+(?:summer|winter|spring|autumn|fall)\b|"
    r"(?:from|between)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:to|and|until|through)\s+"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|"
    r"(?:over|in|during|within)\s+an?\s+(?:(?:two|three|four|five|six|seven|ten|\d+)-day|(?:36|48|72|96)-hour)\s+period\b|"
    r"in\s+(?:just\s+|only\s+)?(?:a|one|a\s+single)\s+(?:week|month|year)\b|within\s+(?:a|one|two|three|four|several|\d+)\s+(?:weeks?|months?)\b|(?:in|over|during|within)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:36|48|72|96|120)\s+hours\b|"
    r"since\s+(?![^.,;]{0,40}?\b(?:attacks?|alerts?|raids?|assault|barrage|strikes?|night|evening|morning)\b)(?:the\s+)?"
    r"(?:[\w'’-]+\s+){1,4}?(?:began|begun|started|invaded|took\s+office|came\s+into\s+force)\b|"
    r"(?:for|in|during)\s+(?:the\s+(?:whole|entirety)\s+of|all\s+of)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|running\s+(?:tally|total|count)|cumulative(?:ly)?\b|all-time\s+(?:tally|total)|(?:during|over|throughout)\s+the\s+(?:full-scale\s+)?(?:war|invasion)\b|"
    # forecasts: "warned of a possible attack involving up to 300 drones"
    r"warn(?:s|ed|ing)?\s+of\b|(?:possible|potential|expected|imminent|anticipated|looming|feared)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|barrages?)\b|"
    r"(?:winter|spring|summer|autumn|fall)\s+of\s+(?:19|20)\d\d|"
    # habits, not one attack: "Russia typically launches 100 drones", "Each night, Russia sends ..."
    r"(?:typically|routinely|usually|regularly|normally|generally|often)\b|(?:each|every)\s+(?:night|day|week|month)\b|"
    r"on\s+(?:an?\s+)?(?:normal|typical|average|ordinary|quiet|usual|busy|good|bad)\s+(?:night|day)\b|(?:in|over)\s+(?:recent|the\s+coming|the\s+next)\s+(?:weeks|months|days|nights)\b|"
    r"(?:in|during|over|for)\s+the\s+week\s+(?:to|ending|through|of|from|between|beginning|starting)\b|"
    r"(?:in|during|over)\s+the\s+(?:first|last|final|second|third|opening)\s+(?:[\w-]+\s+)?(?:weeks?|days|months|half|quarter)\s+of\b|"
    r"(?:in|over|during)\s+(?:recent|the\s+coming|previous|past|earlier)\s+(?:weeks|months|days|attacks|strikes|raids|waves|nights)\b|"
    r"(?:in|during|over)\s+the\s+(?:first|second|third|fourth|last)\s+(?:quarter|half)\b|(?:in|during|over)\s+the\s+(?:year|months?|weeks)\s+since\b|"
    r"(?:in|over|during)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:two|three|four|five|six|seven|several|\d+)\s+(?:nights|days)\b|"
    r"on\s+(?:two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|\d+)\s+(?:separate\s+|different\s+|consecutive\s+)?"
    r"(?:nights|days|occasions)\b|"
    r"(?:in|over|during|across)\s+(?:the\s+)?(?:past\s+|last\s+|first\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|several|\d+)\s+(?:weeks|months|years)\b|"
    r"(?:in|during|throughout|across|over(?:\s+the\s+course\s+of)?)\s+(?:the\s+month\s+of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+alone)?\b(?!\s+\d{1,2}\b))",  # "in June", "in June 2024", not "in June 5"
    re.IGNORECASE,
)
_HISTORICAL_LC = _lowered(_HISTORICAL_RE)
_SUPERLATIVE_RE = re.compile(
    r"\b(?:most|largest|biggest|highest|record|heaviest|worst|first|greatest|(?:second|third|fourth|fifth|sixth)(?!\s+of\b)|latest|"
    r"\d+(?:st|nd|rd|th))\b"
    r"[^,;.]{0,40}$",
    re.I,
)  # "the largest attack since July", "the third (15th) attack on Kyiv this week"; not "a third of"
# "fired 12 Kalibr missiles during a naval exercise": practice, not an attack.
_EXERCISE_RE = re.compile(
    r"\b(?:exercises?|drills?|war\s+games|test[\s-]+(?:fired|firing|launch(?:ed|es)?)|mock\s+targets?|"
    r"(?:test|firing|training)\s+ranges?|proving\s+grounds?|training\s+(?:drones|missiles|targets)|to\s+practi[sc]e|"
    r"readiness\s+(?:checks?|inspections?|tests?)|snap\s+(?:checks?|inspections?)|target\s+ships?)\b",
    re.I,
)
# "300 drones a day", "1,000 drones per night": a rate, not one attack.
_RATE_AFTER_RE = re.compile(
    r"\s*(?:(?:a|per|each|every|an)\s+(?:day|night|month|week|year|hour|minute)|(?:[\w-]+\s+){0,2}?at\s+a\s+time|"
    r"(?:daily|nightly|weekly|monthly))\b",
    re.IGNORECASE,
)  # used with pos: no `^`
_COMPARED_AFTER_RE = re.compile(r"\s+(?:fewer|more|less)\s+than\b", re.IGNORECASE)  # a difference, not a count
# "fired eight of them at the incoming missiles": interceptors, not an attack
_AT_INCOMING_RE = re.compile(
    r"[^,;.]{0,40}?\b(?:at|against|to\s+stop)\s+(?:the\s+)?(?:incoming|oncoming)\b|"
    r"\s+(?:in\s+order\s+)?to\s+(?:repel|intercept|shoot\s+down|bring\s+down|stop|counter|fend\s+off|defend|protect)\b",
    re.IGNORECASE,
)
_STORED_AFTER_RE = re.compile(
    r"\s*,?\s*(?:(?:that|which)\s+(?:were|was|had\s+been)\s+)?(?:stored|kept|parked|housed|stockpiled|awaiting|"
    r"in\s+storage|on\s+the\s+ground|ready\s+for\s+(?:launch|use))\b",
    re.IGNORECASE,
)
# "the figures do not include the 40 drones launched on Tuesday": left out of the claim
_EXCLUDED_BEFORE_RE = re.compile(
    r"\b(?:(?:do|does|did)\s+not|don['’]t|doesn['’]t|didn['’]t)\s+include\s+(?:the\s+)?$|"
    r"\b(?:excluding|not\s+including|except(?:\s+for)?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "the previous record of 728 drones", "broke the record of 741": the figure of an earlier attack.
_RECORD_BEFORE_RE = re.compile(
    r"\b(?:(?:previous|prior|old|former|earlier|last|past)\s+(?:record|high|peak|maximum)(?:\s+(?:of|was|stood\s+at|being))?|"
    r"the\s+record\s+(?:of|was|stood\s+at))\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$",
    re.IGNORECASE,
)
# "an average of 150 drones", "on average 300 drones": a rate over many attacks.
_AVERAGE_BEFORE_RE = re.compile(
    r"\b(?:average\s+of|on\s+average|averag(?:ed|ing|es)|(?:for\s+)?every)\s+(?:of\s+)?$", re.IGNORECASE
)  # "for every two Shahed drones": a ratio
# Weapons that tell the attacker even when they are not counted ("5 HIMARS rockets and 118 drones").
_SIDE_HINT_RE = re.compile(
    r"\b(?:(?P<ukraine>HIMARS|JDAM|Hammer|Vampire|Olkha|fixed-wing|Neptunes?|Storm\s+Shadow|SCALP|ATACMS|Lyutyi)"
    r"|(?P<russia>Shahed|Geran|Gerbera|KABs?|Kalibr|Kinzhal|Iskander|(?:Kh|X)-\d+))\b",
)
_INCLUDING_RE = re.compile(r"\b(?:including|among\s+them)\s*$", re.IGNORECASE)
_PASSIVE_BEFORE_RE = re.compile(r"\b(?:were|was|been|be|is|are|being)\s*$", re.IGNORECASE)


def _ends(pattern: re.Pattern, text: str, end: int, reach: int = 64) -> re.Match | None:
    """`pattern` (anchored with `$`) matched just before `end`: searches only the last `reach` characters.

    Searching the whole prefix would try every start position of it; `pos` keeps the real text's
    context for `\b`, look-behinds and `^`.
    """
    return pattern.search(text, max(0, end - reach), end)


def _lead(text: str, pos: int) -> str:
    """The lowercased words just before a count: a substring test on them skips `_ends` searches that cannot match."""
    return text[max(0, pos - 32) : pos].lower()


_EACH_RE = re.compile(r"^\s*each\b", re.IGNORECASE)
_BARE_FOLLOW_RE = re.compile(
    rf"^(?:\s*$|\s*[,.;:()/|\"“”'‘’!?–—-]|\s+(?:of|out|over|above|in|on|at|near|and|or|while|with|from|by|during|overnight|that|which|respectively|"
    rf"yesterday|today|tonight|last\s+night|each|as|after|before|across|but|{_FILLER}|(?:it|they)\s+(?:had\s+)?reported)\b|\s+(?!(?:fires|hits|strikes|attacks|launches|raids|shells|blasts)\b)(?={_CUE_RE.pattern}))",
    re.IGNORECASE,
)
_STOPWORDS = frozenset(
    "of and or were was is are had have has been be in at to from by on with that which than out over as for while "
    "the a an into near across after before during per each who it its their them they this these those said says "
    "but including about around when where because if since until killed injured wounded dead people "
    "several some many few dozens multiple numerous".split()
)  # "14 injured when Russian drones hit", "30 drones and several missiles": no modifier stands between these
_MODIFIER_WORD_RE = re.compile(r"[\w'’-]+")
_MODIFIER_JUNK_RE = re.compile(r"^[\s\-\"“”'‘’/)]*$")  # "S-300/S-400 missiles", "(of 60) drones"
# "108 drones launched by Russia", "the 90 drones Russia launched"
_AGENT_RE = re.compile(
    r"^\s*(?:(?:launched|fired|sent|used)\s+(?:[\w'’-]+\s+){0,3}?(?:by|from)\s+(?:the\s+)?"
    rf"(?:{_ANY_SIDE})|(?:that\s+)?(?:{_ANY_SIDE})(?=\s+(?:has\s+|had\s+|have\s+)?(?:launched|fired|sent|used)\b))",
)
_SUBJECT_GAP_RE = re.compile(r"(?:\s+[\w'’-]+){0,4}\s+")  # "Russia's air defence systems" + verb
# "we launched 40 drones": the claimant's own side attacks; "we shot down 21 of 24 missiles": it defends.
_OWN_LAUNCH_RE = re.compile(
    r"\b(?:we|(?:our|(?P<its>its|their))\s+(?:[\w-]+\s+)?(?:forces|troops|military|army|units|drones|missiles))\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:launch(?:ed)?|fired?|sent|send|used?|struck|strike|attack(?:ed)?|hit|targeted|carried\s+out|conducted|delivered)\b",
    re.IGNORECASE,
)
_ENEMY_RE = re.compile(r"\benemy\b", re.IGNORECASE)

# ---------------------------------------------------------------- claimants

_REPORT_RE = re.compile(
    r"\b(?:said|says|say|claimed|claims|reported|reports|added|adds|wrote|writes|posted|announced|announces|stated|counted|tallied|"
    r"states|told|tells|confirmed|confirms|according\s+to|per(?=\s+(?:the\s|ukrain|russia|kyiv|moscow|officials))|"
    r"(?:put|puts|raised|revised|updated|lowered|gave)(?=\s+(?:(?:the|its|their)\s+(?:[\w-]+\s+)?)?(?:figure|number|tally|count|total)\b))\b",
    re.IGNORECASE,
)
_REPORT_LC = _lowered(_REPORT_RE)
_AUX_TAIL_RE = re.compile(
    r"(?:\s+(?:has|had|have|also|later|earlier|previously|separately|then|again|further))+\s*$", re.IGNORECASE
)
_SEGMENT_SPLIT_RE = re.compile(r"[,;:(\[“”\"]|\s[-–—]\s|\s(?:in|during|for)\s+which\s")  # "an attack in which the air force counted"
_RIGHT_CUT_RE = re.compile(
    r"\s+(?:on|in|this|today|yesterday|earlier|later|overnight|that|it|its|late|early|after|before|as|with|via|"
    r"citing|adding|while|and|who|which)\b.*$",
    re.IGNORECASE | re.DOTALL,
)
_REJECT_RE = re.compile(r"^(?:which|who|that|it|they|this|these|those|and|but|there|a\s+source|sources)\b", re.I)
_PRONOUN_RE = re.compile(r"^(?:he|she)$", re.IGNORECASE)
_IT_RE = re.compile(r"^(?:it|they)$", re.IGNORECASE)
_NAVY_RE = re.compile(r"\b(?:navy|naval\s+forces|fleet)\b", re.IGNORECASE)
_AIR_FORCE_RE = re.compile(r"\bair\s+force\b", re.IGNORECASE)
_MINISTRY_RE = re.compile(r"defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|\bMoD\b|^(?:the\s+)?ministry$", re.I)
_STAFF_RE = re.compile(r"general\s+staff", re.IGNORECASE)
_OFFICE_RE = re.compile(r"\b(?:governor|mayor|head)\b", re.IGNORECASE)
_BARE_CAPITAL_RE = re.compile(
    r"^(?:the\s+)?(?:(?P<kremlin>Kremlin)|(?P<russia>Moscow|Russia)|(?P<ukraine>Kyiv|Kiev|Ukraine))$", re.I
)
_ORG_RE = re.compile(
    r"\b(?:military|army|armed\s+forces|forces|command|officials|authorities|administration|intelligence|ministry|"
    r"agency|service|spokes\w+|police|emergency|operator|officers?|office|prosecutor\w*|council|government)\b",
    re.IGNORECASE,
)
_VAGUE_ORG_RE = re.compile(r"^(?:\w+(?:['’]s)?\s+)?(?:military|army|armed\s+forces|officials|authorities)$", re.I)
# "Volodymyr Zelensky": consumes the first word only, so "A B C" gives (A, B) and (B, C). It starts with a
# character class, not `\b` (the look-behind says the same), so that sre can skip ahead to capitals.
_NAME_PAIR_RE = re.compile(r"([A-Z](?<![\w][A-Z])[a-z]+(?:-[A-Z][a-z]+)?)\s+(?=([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b)")
_NAME_RE = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
_GOVERNOR_OF_RE = re.compile(r"\b(?:governor|mayor|head)\s+of\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)", re.I)

_SENTENCE_END_RE = re.compile(r"[.!?]+[\"”’')]*(?=\s+[\"“‘(]?[A-Z0-9])")
_ABBREVIATION_RE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Capt|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|U\.S|U\.K|"
    r"a\.m|p\.m|approx|est)\.[\"”’')]*\s*$"
)
_QUOTE_START_RE = re.compile(r"^\s*[\"“‘']")
_INTRO_END_RE = re.compile(r":\s*[\"“‘']?\s*$")


# ---------------------------------------------------------------- data


@dataclass(frozen=True)
class _Claimant:
    name: str
    side: str | None
    vague: bool = False
    person: bool = False
    pronoun: bool = False
    regional: bool = False  # a governor, mayor, regional administration or air command
    body: str | None = None  # the body a spokesperson speaks for ("Ukrainian air force")
    foreign: bool = False  # a third country's body ("Belarus's defence ministry"): it tells no side


@dataclass
class _Count:
    """One number in a sentence that may count weapons."""

    mention: NumberMention
    end: int  # end of the count phrase (number .. weapon noun)
    weapon: str | None = None
    weapon_type: str | None = None
    attacker: str | None = None  # from the count phrase itself ("Russian drones", "launched by Russia")
    part: bool = False  # "34 of ...", "46 of them": a share of some total
    total: bool = False  # "out of 81", "Of the 132": the total launched
    anaphoric: bool = False  # no weapon noun of its own
    breakdown: bool = False  # "including 23 ...", "one each ..."
    complement: bool = False  # "all but three were shot down": the rest of a total, not a figure of its own
    plus: bool = False  # "1,000-plus": more than the number
    total_role: str | None = None  # the role it had before it was found to be a cumulative total
    foreign: bool = False  # "3 of the injured": a part of something other than weapons
    target: bool = False  # counts targets hit, not weapons
    all_launched: bool = False  # "all 12 drones launched": also the number launched
    all_downed: bool = False  # "one Kh-59 missile, which was shot down": launched, and as many downed
    revision: bool = False  # "later raised the figure to 72": replaces the figure last given
    additional: bool = False  # "another 18 drones": in addition to a figure given before
    noun_role: str | None = None  # "39 interceptions": the noun tells the role
    separate: bool = False  # "60 drones on Monday; on Tuesday, 75": the figure of another attack
    none_downed: bool = False  # "3 missiles were not intercepted": launched, and none intercepted
    role: str | None = None
    cue_side: str | None = None  # side of the subject of the governing cue
    cue_role: str | None = None
    link: _Count | None = None  # the total a part belongs to


@dataclass(eq=False)  # rows are compared by identity
class _Row:
    attacker: str | None
    weapon: str
    weapon_type: str | None
    post: Post
    evidence: list[str]
    values: dict[str, int | None] = field(default_factory=lambda: dict.fromkeys(_ROLES))
    qualifier: str | None = None
    claimant: _Claimant | None = None
    explicit_attacker: bool = False
    anaphoric: bool = True
    launch_site: str | None = None
    day_cache: tuple[int, str | None] | None = None  # (len(evidence), _row_day): evidence only grows
    article_only: bool = False  # its only figure is an article ("launched a missile"): needs a claimant
    pending: bool = False  # figures with no attacker yet, open for a following sentence that names one
    last_role: str | None = None  # the role of the figure given last
    last_pos: int = -1  # where that figure stands in its sentence
    additional: bool = False  # "another 18 drones were downed": figures added to an earlier claim
    updates: bool = False  # its sentence updates an earlier report ("In an updated statement, it said ...")
    revision: int | None = None  # a revised figure for the open claim's last one ("raised the figure to 72")

    def is_claim(self) -> bool:
        return any(self.values[r] is not None for r in ("launched", "intercepted", "lost"))


# ---------------------------------------------------------------- public


def extract_air_attacks(doc: Document) -> list[dict]:
    """All air-attack claims in `doc`, one complete AIR_ATTACKS row per claim."""
    context = _DocContext(doc)
    rows: list[_Row] = []
    for post in doc.posts:
        rows.extend(_post_rows(post, context))
    seen: Counter = Counter()
    rows = _drop_rounded_repeats(_dedupe(rows, context), context)
    return [_as_record(row, doc, seen) for row in _drop_summed_totals(rows, context)]


# ---------------------------------------------------------------- document & posts


class _DocContext:
    """Document-wide look-ups, computed lazily: full names for surnames, sides of people."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.person_sides: dict[str, str] = {}  # learnt from "X, governor of the Kursk region"
        self.regional_people: set[str] = set()  # governors, mayors, heads of regional administrations
        self._full_names: dict[str, str] | None = None
        # sentence -> its claimants; neighbours ask for the same sentence again (a claimant's "regional"
        # flag reads regional_people, which only grows: its size is part of the key)
        self.claimant_cache: dict[tuple[str, int], list[tuple[int, _Claimant]]] = {}

    def full_name(self, name: str) -> str:
        """ "Zelensky" -> "Volodymyr Zelensky" when the document names him in full somewhere."""
        if self._full_names is None:
            self._full_names = _full_names(self.doc)
        return self._full_names.get(name, name) if " " not in name else name

    def side_of(self, claimant: _Claimant | None) -> str | None:
        if claimant is None:
            return None
        if claimant.side:
            return claimant.side
        surname = claimant.name.split()[-1] if claimant.person else ""
        return self.person_sides.get(claimant.name) or _PEOPLE_SIDES.get(surname)


def _full_names(doc: Document) -> dict[str, str]:
    """Surname -> the most frequent "First Surname" of the document."""
    text = "\n".join([doc.title or ""] + [p for post in doc.posts for p in (post.headline or "", *post.paragraphs)])
    pairs = Counter(pair for pair in _name_pairs(text) if _may_be_first_name(pair[0]))
    names: dict[str, str] = {}
    for (first, surname), _ in pairs.most_common():
        names.setdefault(surname, f"{first} {surname}")
    return names


def _name_pairs(text: str) -> list[tuple[str, str]]:
    """Every pair of adjacent capitalised words, as a lookahead at every position would find them, but
    scanning once: a matched first word is skipped, so its part after a hyphen is added by hand."""
    out = []
    for first, second in _NAME_PAIR_RE.findall(text):
        out.append((first, second))
        if "-" in first:  # "Ivano-Frankivsk Governor": also ("Frankivsk", "Governor")
            out.append((first.split("-", 1)[1], second))
    return out


_FIRST_NAME_MEMO: dict[str, bool] = {}


def _may_be_first_name(word: str) -> bool:
    """Not a title, side or place: "Volodymyr" in "Volodymyr Zelensky" (memoised: names recur)."""
    ok = _FIRST_NAME_MEMO.get(word)
    if ok is None:
        if len(_FIRST_NAME_MEMO) > 50_000:
            _FIRST_NAME_MEMO.clear()
        ok = _FIRST_NAME_MEMO[word] = (
            word.lower() not in _TITLES and not _SIDE_RE.fullmatch(word) and not _PLACE_RE.fullmatch(word)
        )
    return ok


@dataclass
class _Sentence:
    text: str
    index: int  # position in the post, counting sentences
    paragraph: int
    quote_speaker: _Claimant | None
    list_role: str | None = None  # a list item's role from the line introducing the list


def _post_rows(post: Post, context: _DocContext) -> list[_Row]:
    """Rows of one post, with neighbouring sentences merged into one claim."""
    paragraphs = ([post.headline] if post.headline else []) + [p for p in post.paragraphs if p]
    rows: list[_Row] = []
    open_rows: list[_Row] = []
    pending: list[_Row] = []  # figures whose attacker no sentence told
    last_index = -10
    index = 0
    heading = None
    for p_idx, paragraph in enumerate(paragraphs):
        if "/" in paragraph or "|" in paragraph:
            paragraph = _untable(paragraphs, p_idx)
        if "**" in paragraph or "__" in paragraph:
            paragraph = paragraph.replace("**", "").replace("__", "")  # "**Shot down:** 64": markdown emphasis
        heading, paragraph = _under_heading(heading, paragraph) if len(paragraph) < 40 else (None, paragraph)
        if paragraph[:1].isdigit() and _NUMBER_DASH_RE.match(paragraph):
            paragraph = _NUMBER_DASH_RE.sub(r"\1 ", paragraph, count=1)  # "51 – shot down": "51 shot down"
        active = index - last_index <= _CONTINUATION_WINDOW
        low = _lower(paragraph)
        if not (_KEYWORD_LC.search(low) or (active and (_FOLLOWUP_LC.search(low) or _short_launch_line(low)))):
            index += 1
            continue
        speaker = _quote_speaker(paragraphs, p_idx, context)
        list_role = _list_role(paragraphs, p_idx)
        for text in _split_sentences(paragraph):
            sentence = _Sentence(text, index, p_idx, speaker, list_role)
            active = bool(open_rows) and index - last_index <= _CONTINUATION_WINDOW
            roles = {r.last_role for r in open_rows} if active else set()
            new_rows = _sentence_rows(sentence, paragraphs, context, post, active, roles.pop() if len(roles) == 1 else None)
            if new_rows:
                touched, created = _merge_into(new_rows, open_rows if active else [], context)
                if created and "total" in text:
                    _drop_listed_parts(rows, created, context)
                rows.extend(created)
                pending.extend(r for r in touched if r.pending and r not in pending)
                continued = active and len(touched) > len(created)  # the sentence added to the open claim
                continued = continued or (active and sentence.list_role is not None)  # items of one list
                continued = continued or (active and any(r in open_rows for r in touched))  # a pending claim resolved
                open_rows = (open_rows if continued else []) + [r for r in touched if r not in open_rows]
                _all_of_a_kind_downed(text, open_rows)  # "all the missiles": those of the claim it continues
                if " the " in text and "issile" in text:
                    _the_one_downed(text, open_rows)  # "..., the Kh-59/69 missiles and 91 drones"
                _none_downed(text, open_rows)
                _single_downed(text, open_rows)
                _rest_lost(text, open_rows)
                last_index = index
            elif active:
                _adopt_claimant(sentence, open_rows, paragraphs, context)
                _all_downed_in(text, open_rows)
                _revise_open(text, open_rows)
                _none_downed(text, open_rows)
                _rest_lost(text, open_rows)
            index += 1
    if any(r.pending for r in pending):
        rows.extend(_sourced_pending(pending, paragraphs, context))
    if any(r.claimant is None for r in rows):
        _credit_unclaimed(rows, paragraphs, context)
    return rows


# "Drones" above "Launched: 103", "Shot down: 78": a heading that names the weapon of the label lines below it
_HEADING_RE = re.compile(rf"\W*(?:[\w-]+\s+){{0,2}}(?:{_DRONE}|{_MISSILE}|{_MIXED})\W*", re.IGNORECASE)
_LABEL_LINE_RE = re.compile(r"^\W*[A-Za-z][\w\s-]{1,30}?\s*(?::|\s[–—-])\s*\d")


_NUMBER_DASH_RE = re.compile(r"^(\d+(?:,\d{3})*)(?:\s+[–—-]|:)\s+(?=[A-Za-z])")


_IN_TOTAL_RE = re.compile(r"\b(?:in\s+total|a\s+total\s+of|altogether|overall)\b", re.IGNORECASE)


def _drop_listed_parts(rows: list[_Row], created: list[_Row], context: _DocContext) -> None:
    """ "- Bryansk: 17 UAVs / - Kursk: 9 UAVs / ... In total, 30 drones were destroyed": single-figure list items
    smaller than the total stated after them are its breakdown, not claims of their own."""
    for total in created:
        for role in ("launched", "intercepted"):
            value = total.values[role]
            parts = [
                r for r in rows
                if r.weapon == total.weapon and r.attacker == total.attacker and r.values[role] is not None
                and r.evidence and _BULLET_RE.match(r.evidence[0]) and sum(v is not None for v in r.values.values()) == 1
                and r.values[role] < (value or 0) and _claimants_agree(r.claimant, total.claimant, context)
            ]
            if parts and _IN_TOTAL_RE.search(total.evidence[-1]):
                rows[:] = [r for r in rows if r not in parts]


def _short_launch_line(low: str) -> bool:
    """ "Launched in total: 90": a short label line that continues the figures above it."""
    return len(low) < 60 and "launch" in low


def _under_heading(heading: str | None, paragraph: str) -> tuple[str | None, str]:
    """(the heading in force, the paragraph with the heading's weapon put before a bare label line)."""
    if heading is None and not _KEYWORD_LC.search(_lower(paragraph)):
        return None, paragraph  # the usual short line: no weapon, no heading in force
    if _HEADING_RE.fullmatch(paragraph) and not _NUMBERISH_LC.search(_lower(_WEAPON_RE.sub("", paragraph))):
        return paragraph.strip(" \t:*#-–—"), paragraph
    if heading and _LABEL_LINE_RE.match(paragraph) and not _WEAPON_RE.search(paragraph):
        return heading, f"{heading} {paragraph.strip()}"
    return None, paragraph


# "(Ukrainian Air Force, 08:00)", "Source: Russian Defence Ministry": a line that only credits the source
_SIDED_SOURCE_LINE_RE = re.compile(
    r"^\W*(?:source:\s*|according\s+to\s+|via\s+)?(?P<src>(?:the\s+)?(?:Ukrainian|Russian|Ukraine['’]s|Russia['’]s)\s+"
    r"(?:Air\s+Force|Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e|General\s+Staff|Navy)|"
    r"(?:the\s+)?Air\s+Force\s+of\s+(?:the\s+)?(?:Armed\s+Forces\s+of\s+)?Ukraine)\b",
    re.IGNORECASE,
)


_CREDIT_LINE_RE = re.compile(r"(?:\(|[–—-]\s*|source:\s*)([^,:()\d]{3,60}?)(?:,[^()]{0,30})?\)?\.?", re.IGNORECASE)
_SOURCE_HEAD_RE = re.compile(r"\W*([^,:(]*)")


def _sourced_pending(pending: list[_Row], paragraphs: list[str], context: _DocContext) -> list[_Row]:
    """Figures of a list or summary whose attacker no sentence told, when the post credits one source with a
    side in a line of its own ("(Ukrainian Air Force, 08:00)") or in the line that introduces the list
    ("The air force said:"): that source reports the other side's attack."""
    source = _post_source(paragraphs, context)
    if source is None:
        return []
    side = context.side_of(source)
    out = []
    for row in pending:
        if row.pending and row.is_claim():
            row.attacker, row.pending = _OTHER_SIDE[side], False
            row.claimant = row.claimant or source
            out.append(row)
    return out


def _credit_unclaimed(rows: list[_Row], paragraphs: list[str], context: _DocContext) -> None:
    """Rows of a summary with no claimant of their own take the source the post credits, when its side fits."""
    source = _post_source(paragraphs, context)
    if source is not None:
        for row in rows:
            if row.claimant is None and row.attacker == _OTHER_SIDE.get(context.side_of(source) or ""):
                row.claimant = source


def _post_source(paragraphs: list[str], context: _DocContext) -> _Claimant | None:
    """The one sided source a post credits in a short line: "(Ukrainian Air Force, 08:00)", "The air force said:",
    "Air force summary for the night of 22 September:"."""
    sources = []
    for paragraph in paragraphs:
        if len(paragraph.split()) > 12:
            continue
        m = _SIDED_SOURCE_LINE_RE.match(paragraph)
        credit = _CREDIT_LINE_RE.fullmatch(paragraph.strip())  # "(Air Force)", "— Air Force, 08:00"
        if m is not None:
            sources.append(_normalize_claimant(m.group("src"), None, context))
        elif credit is not None and _looks_like_source(credit.group(1)):
            sources.append(_normalize_claimant(credit.group(1), None, context))
        elif paragraph.rstrip().endswith(":"):
            said = [c for _, c in _claimants(paragraph.rstrip()[:-1] + ".", context)]
            head = _SOURCE_HEAD_RE.match(paragraph).group(1)  # "Air Force update, 07:45:"
            sources += said or ([_normalize_claimant(head, None, context)] if _looks_like_source(head) else [])
    sides = {context.side_of(c) for c in sources if c is not None}
    if len(sides) != 1 or None in sides:
        return None
    return next(c for c in sources if c is not None)


# A table flattened to text: a header of roles ("launched / shot down / lost", "Launched | Shot down | Lost")
# and rows of as many figures after a weapon ("Shahed drones 112 / 79 / 28", "Kh-101 | 6 | 6 | 0").
_TABLE_CELL = (
    r"(?:launched|fired|used|recorded|detected|shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed|"
    r"(?:locationally\s+)?lost|suppressed|jammed|hit)"
)
_TABLE_HEAD_RE = re.compile(rf"\b{_TABLE_CELL}(?:\s*[/|]\s*{_TABLE_CELL}){{1,3}}\b", re.IGNORECASE)
_TABLE_ROW_RE = re.compile(r"\s*[|:]?\s*(?<![\w/|.,-])(\d+(?:,\d{3})*(?:\s*[/|]\s*\d+(?:,\d{3})*){1,3})(?![\w/|.-]*\d)(?!,\d)")
_TABLE_SEP_RE = re.compile(r"\s*[/|]\s*")


def _table_header(paragraphs: list[str], p_idx: int) -> tuple[list[str], int] | None:
    """The role cells of the table a paragraph belongs to, and where in it the rows start (-1: an earlier line)."""
    head = _TABLE_HEAD_RE.search(paragraphs[p_idx])
    if head is not None:
        return _TABLE_SEP_RE.split(head.group()), head.end()
    for i in range(p_idx - 1, max(-1, p_idx - 12), -1):
        head = _TABLE_HEAD_RE.search(paragraphs[i])
        if head is not None:
            return _TABLE_SEP_RE.split(head.group()), -1
        if not _TABLE_ROW_RE.search(paragraphs[i]):
            return None
    return None


def _untable(paragraphs: list[str], p_idx: int) -> str:
    """Rows of a flattened table written out as a list: "Shahed drones 112 / 79 / 28" under "launched / shot
    down / lost" -> "Shahed drones: 112 launched, 79 shot down, 28 lost"."""
    paragraph = paragraphs[p_idx]
    header = _table_header(paragraphs, p_idx)
    if header is None:
        return paragraph
    cells, start = header
    out, last = [], 0
    for m in _TABLE_ROW_RE.finditer(paragraph, max(start, 0)):
        figures = _TABLE_SEP_RE.split(m.group(1))
        if len(figures) != len(cells):
            continue
        out += [paragraph[last : m.start()], ": ", ", ".join(f"{n} {c.lower()}" for n, c in zip(figures, cells))]
        last = m.end()
        if paragraph[last : last + 1] == ",":  # "Shahed drones 142/117, cruise missiles 6/5": one row each
            out.append(";")
            last += 1
    return "".join(out) + paragraph[last:] if out else paragraph


_BULLET_RE = re.compile(r"^\s*(?:[-–—•*·▪]|\d+[.)])\s+")


def _list_role(paragraphs: list[str], p_idx: int) -> str | None:
    """The role of the verb that introduces a list ("... attacked with 128 air attack means:") for its items."""
    if not _BULLET_RE.match(paragraphs[p_idx]):
        return None
    i = p_idx - 1
    while i >= 0 and _BULLET_RE.match(paragraphs[i]):
        i -= 1
    if i < 0 or not paragraphs[i].rstrip().endswith(":"):
        return None
    intro = paragraphs[i].rstrip()
    if _HISTORICAL_LC.search(_lower(intro)) or _PERIODIC_LC.search(_lower(intro)):
        # "Over the past week, Russia used:": the items are the week's totals, unless each names its night
        return None if _TIME_LABEL_RE.match(_BULLET_RE.sub("", paragraphs[p_idx], count=1)) else "none"
    cues = list(_CUE_LC.finditer(_lower(intro)))
    return _CUE_ROLE[cues[-1].lastgroup] if cues and _CUE_ROLE[cues[-1].lastgroup] in _ROLES else None


def _split_sentences(paragraph: str) -> list[str]:
    """Sentences of a paragraph, verbatim; abbreviations such as "Mr." do not end one."""
    out: list[str] = []
    start = 0
    for m in _SENTENCE_END_RE.finditer(paragraph):
        if not _ABBREVIATION_RE.search(paragraph, max(start, m.start() - 8), m.end()):
            out.append(paragraph[start : m.end()].strip())
            start = m.end()
    out.append(paragraph[start:].strip())
    return [s for s in out if s]


def _quote_speaker(paragraphs: list[str], p_idx: int, context: _DocContext) -> _Claimant | None:
    """Who speaks in a quoted paragraph: the one whose words were introduced with a colon."""
    i = p_idx
    if not _QUOTE_START_RE.match(paragraphs[i]):
        return None
    while i > 0 and _QUOTE_START_RE.match(paragraphs[i - 1]) and not _INTRO_END_RE.search(paragraphs[i - 1]):
        i -= 1
    if i == 0:
        return None
    intro = paragraphs[i - 1]
    colon = intro.rfind(":")
    if colon < 0 or not _REPORT_RE.search(intro[:colon]):
        return None
    claims = _claimants(intro[:colon] + ".", context)
    return _resolve_pronoun(claims[-1][1], paragraphs, i - 1, intro[:colon], context) if claims else None


# ---------------------------------------------------------------- one sentence


def _sentence_rows(
    sentence: _Sentence, paragraphs: list[str], context: _DocContext, post: Post, continues: bool = True,
    open_role: str | None = None,
) -> list[_Row]:
    """The claim rows stated by one sentence, before merging with its neighbours.

    A sentence that names no weapon only adds to an open claim ("Of them, 46 were lost"): with none
    open (`continues` false) its rows would be dropped, so it is not read at all. `open_role` is the role of
    the open claim's last figure: "On Sunday it had reported 57" gives another figure for it.
    """
    text = sentence.text
    low = _lower(text)
    if not (_NUMBERISH_LC.search(low) or _ARTICLE_COUNT_LC.search(low) or _subject_article(low)):
        return []
    weapons = list(_WEAPON_LC.finditer(low))
    if not weapons and not continues:
        return []
    counts = _counts(text, weapons, low)
    if not counts:
        return []
    cues = [c for c in _CUE_LC.finditer(low) if not _inside_count(c, counts)]
    label_role = sentence.list_role or _time_label_role(text)
    previous: list[_Count] | None = None
    for chain in _chains(text, counts):
        _assign_roles(text, chain, cues, label_role)
        if previous and chain[0].anaphoric and chain[0].role is None and previous[0].role in ("launched", "intercepted"):
            q = chain[0].mention.qualifier_start
            if _ends(_GAPPED_DAY_RE, text, q) or _ends(_GAPPED_REPORT_RE, text, q):  # "; on Tuesday night, 75"
                chain[0].role, chain[0].separate = previous[0].role, True
            elif _GAPPED_NIGHT_AFTER_RE.match(text, chain[0].end) and _ends(_GAPPED_AND_RE, text, chain[0].mention.qualifier_start):
                chain[0].role, chain[0].separate = previous[0].role, True  # "80 on Friday night and a further 45 on Saturday night"
        if open_role and not previous and chain[0].anaphoric and chain[0].role is None and _ends(
            _BARE_REPORTED_RE, text, chain[0].mention.qualifier_start
        ):
            chain[0].role = open_role  # "On Sunday it had reported 57": the measure of the claim it follows
        if previous and chain[0].anaphoric and previous[0].role in ("launched", "intercepted"):
            earlier = _ends(_EARLIER_REPORT_RE, text, chain[0].mention.qualifier_start)
            if earlier and (chain[0].role == previous[0].role or (chain[0].role is None and earlier.group("verb"))):
                chain[0].role, chain[0].separate = previous[0].role, True  # "14 ..., adding to the 53 it reported overnight"
        previous = chain
    if " not " in text:
        _not_corrections(text, counts, weapons, cues)
    hinted = len(counts) > 1 or _REVISION_HINT_RE.search(text) is not None
    if hinted:
        _revised_counts(text, counts)
    _implicit_totals(text, counts)
    if "respectively" in low:
        _respectively(text, low, counts, cues)
    if hinted:
        _parallel_counts(text, counts)
    if (" were " in text or " was " in text) and ("which" in text or " them" in text or " these" in text):
        _composed_counts(text, counts, weapons)
    _drop_non_events(text, counts, low, continues)
    if " and " in text:
        _place_breakdowns(text, counts)
    revising = any(c.revision for c in counts)
    rows = _rows_from_counts(text, counts, weapons, post, _claimants(text, context) if revising else [])
    if not rows:
        return []
    _all_downed_in(text, [r for r, _ in rows])
    claims = _claimants(text, context)
    fallback = None if claims or sentence.quote_speaker else _paragraph_claimant(sentence, paragraphs, context)
    if fallback is None and not claims and _IT_SAID_RE.search(text):
        fallback = _earlier_body(paragraphs, sentence.paragraph, context)  # "It later said a further 30 ..."
    if fallback is None and not claims and not sentence.quote_speaker:
        fallback = _header_claimant(paragraphs, sentence.paragraph, context)  # "Ukrainian air force, overnight summary."
    for row, first in rows:
        claimant = _nearest_claimant(_same_segment(claims, text, first), first)
        if claimant is None:
            claimant = sentence.quote_speaker or fallback
        elif claimant.pronoun:
            before = paragraphs[sentence.paragraph].find(text)
            prefix = paragraphs[sentence.paragraph][: max(0, before)] + text[:first]  # "... Belousov told ... He said ..."
            claimant = _resolve_pronoun(claimant, paragraphs, sentence.paragraph, prefix, context)
        row.claimant = claimant
    rows = [(r, first) for r, first in rows if not (r.article_only and r.claimant is None)]
    if not rows:
        return []
    if ("updat" in low or "revis" in low or "correct" in low) and _UPDATE_RE.search(text):
        for row, _ in rows:
            row.updates = True
    _resolve_attackers(text, [r for r, _ in rows], context, [paragraphs[sentence.paragraph]])
    rows = [(r, f) for r, f in rows if not (r.claimant is not None and r.claimant.foreign and not r.explicit_attacker)]
    lead = min(first for _, first in rows)
    if _THIRD_PARTY_RE.search(text, 0, lead) and not _names_a_side(text[:lead]):  # "Iran launched 100 drones, ... in Ukraine"
        return [r for r, _ in rows if r.explicit_attacker]
    unnamed = not all(r.explicit_attacker for r, _ in rows)
    if unnamed and _THIRD_PARTY_RE.search(text) and not _names_a_side(text):  # "Iran launched 100 drones towards Israel"
        return [r for r, _ in rows if r.explicit_attacker]
    return [r for r, _ in rows]


_UPDATE_RE = re.compile(
    r"\b(?:updated|revised|corrected)\s+(?:[\w-]+\s+)?(?:statement|figures?|report|tally|data|count|numbers?|information)\b|"
    r"\b(?:updated|revised|corrected)\s+(?:its|their|the|his|her)\s+(?:[\w-]+\s+)?(?:figures?|tally|count|numbers?|report)\b",
    re.IGNORECASE,
)
# "15 were shot down over Kyiv and 12 over Odesa": figures per place, parts of a total not given
_PLACE_PART = r"\s+(?:over|above|in|near|around)\s+(?:the\s+)?(?!(?:Ukraine|Russia|country)\b)[A-Z][\w'’-]+(?:\s+(?:region|oblast|city|area))?"
_PLACE_THEN_RE = re.compile(rf"^[^;.:\d]{{0,60}}?{_PLACE_PART}\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")
_PLACE_AFTER_RE = re.compile(rf"^(?:\s+(?:more|others?|were|was))?{_PLACE_PART}\b")


_PLACE_THEN_WHERE_RE = re.compile(rf"{_PLACE_PART}\s*,?\s*$")


def _place_breakdowns(text: str, counts: list[_Count]) -> None:
    """Figures of one role given place by place ("15 over Kyiv and 12 over Odesa") are a breakdown; when the
    first names the weapon and the sentence gives no other figure ("12 drones were destroyed over Bryansk and
    8 over Kursk"), the claim is their sum."""
    head: _Count | None = None
    for i, (a, b) in enumerate(zip(counts, counts[1:])):
        if (
            b.anaphoric
            and a.role in ("intercepted", "lost")
            and b.role in (a.role, None)
            and _PLACE_THEN_RE.match(text[a.end : b.mention.qualifier_start])
            and _PLACE_AFTER_RE.match(text[b.end : b.end + 60])
        ):
            if head is None and (a.anaphoric or a.part or any(c.role == "launched" for c in counts)):
                a.breakdown = b.breakdown = True
            elif head is not None or (i == 0 and a.weapon and not a.breakdown and not a.total):
                head = head or a
                head.mention = replace(head.mention, value=head.mention.value + b.mention.value)
                b.breakdown = True
        else:
            head = None


# "on Tuesday night, 75": a day and a figure, the verb left out
_GAPPED_DAY_RE = re.compile(
    r"(?:[;,]|\band|\bwhile|\bbut)\s*(?:(?:over|in|during)\s+the\s+past\s+(?:day|night|24\s+hours)|overnight|today|"
    rf"yesterday|tonight|last\s+night|this\s+(?:morning|evening|afternoon)|on\s+(?:{_WEEKDAY_NAMES})(?:\s+(?:night|morning|evening))?|"
    r"(?:the\s+)?(?:previous|following|next)\s+(?:night|day)|a\s+day\s+(?:earlier|later)|the\s+night\s+before|"
    r"(?:last|the\s+previous)\s+(?:week|time))\s*,?\s*(?:another\s+|a\s+further\s+)?$",
    re.IGNORECASE,
)
# "...; in the Kursk region, Khinshtein reported 9": the figure of the verb before, from another source
_GAPPED_REPORT_RE = re.compile(r"[;,]\s*[^;,]{0,60}?\b(?:reported|counted|cited|listed|gave)\s+(?:another\s+)?$", re.I)
# ", adding to the 53 it reported overnight", ", after reporting 27 in the morning": a figure the claimant gave earlier
_EARLIER_REPORT_RE = re.compile(
    r"[;,]\s*(?:(?P<verb>adding\s+to|after\s+(?:(?:it|they)\s+(?:had\s+)?)?report(?:ing|ed))|after)\s+(?:the\s+)?$", re.I
)
_LIST_GAP_RE = re.compile(r"\s*[,;]\s*(?:and\s+)?")
# "it had reported 57", "the ministry counted 47": a bare figure of a reporting verb, the measure of the open claim
_BARE_REPORTED_RE = re.compile(r"\b(?:reported|counted|cited|listed|gave)\s+(?:a\s+total\s+of\s+|only\s+|just\s+)?$", re.I)


def _implicit_totals(text: str, counts: list[_Count]) -> None:
    """ "60 drones, 45 shot down": a weapon count with no verb of its own, then its part, is the number launched."""
    for a, b in zip(counts, counts[1:]):
        if (
            a.role is None and a.weapon and not a.anaphoric and not a.breakdown
            and b.anaphoric and b.role in ("intercepted", "lost")
            and _LIST_GAP_RE.fullmatch(text, a.end, b.mention.qualifier_start)
        ):
            a.role = "launched"


def _respectively(text: str, low: str, counts: list[_Count], cues: list[re.Match]) -> None:
    """ "3 missiles and 50 drones; air defences downed 2 and 41 respectively": bare figures, in the order of
    the weapons counted before them, with the verb next to them."""
    resp = low.find("respectively")
    bare = [c for c in counts if c.anaphoric and c.end <= resp]
    if len(bare) < 2:
        return
    run = [bare[-1]]
    for c in reversed(bare[:-1]):
        if counts.index(c) != counts.index(run[0]) - 1:
            break
        run.insert(0, c)
    first = counts.index(run[0])
    named = counts[max(0, first - len(run)) : first]
    if len(run) < 2 or len(named) != len(run) or any(c.anaphoric or not c.weapon for c in named):
        return
    role = next((c.role for c in run if c.role in ("launched", "intercepted", "lost")), None)
    if role is None:
        near = [c for c in cues if named[-1].end <= c.start() < resp and _CUE_ROLE[c.lastgroup] in _ROLES]
        role = _CUE_ROLE[near[-1].lastgroup] if near else None
    if role is None:
        return
    for count, source in zip(run, named):
        count.weapon, count.weapon_type, count.role = source.weapon, source.weapon_type, role


_GAPPED_AND_RE = re.compile(r"\band\s+(?:a\s+further|another|an\s+additional)\s+$", re.IGNORECASE)
_GAPPED_NIGHT_AFTER_RE = re.compile(
    rf"\s+(?:on\s+(?:{_WEEKDAY_NAMES})(?:\s+night)?|"
    rf"(?:overnight|the\s+night)\s+(?:into|on|to)\s+(?:{_WEEKDAY_NAMES})|"
    r"(?:the\s+)?(?:previous|following|next)\s+night|in\s+the\s+(?:morning|afternoon|evening)|during\s+the\s+day)\b",
    re.IGNORECASE,
)
_IT_SAID_RE = re.compile(
    r"\b(?:it|they)\s+(?:also\s+|later\s+|earlier\s+|separately\s+)?(?:said|says|added|adds|reported|claimed|stated)\b", re.I
)


def _earlier_body(paragraphs: list[str], p_idx: int, context: _DocContext) -> _Claimant | None:
    """The body "it" refers to: the last organisation reported as saying something in the paragraphs before."""
    for i in range(p_idx - 1, max(-1, p_idx - 4), -1):
        bodies = [c for _, c in _claimants(paragraphs[i], context) if not c.person and not c.pronoun]
        if bodies:
            return bodies[-1]
    return None


def _header_claimant(paragraphs: list[str], p_idx: int, context: _DocContext) -> _Claimant | None:
    """A short heading naming a source, up to three paragraphs before ("Ukrainian air force, overnight summary:"),
    when the paragraphs between are labelled figures ("Shot down: 88.")."""
    for i in range(p_idx - 1, max(-1, p_idx - 4), -1):
        para = paragraphs[i]
        if len(para) <= 60 and not any(ch.isdigit() for ch in para) and _looks_like_source(para):
            said = [c for _, c in _claimants(para.rstrip(" :") + ".", context)]  # "Results, according to the air force:"
            claimant = said[-1] if said else _normalize_claimant(_SEGMENT_SPLIT_RE.split(para)[0], None, context)
            return None if claimant is None or claimant.pronoun else claimant
        if ":" not in para:
            return None
    return None


def _paragraph_claimant(sentence: _Sentence, paragraphs: list[str], context: _DocContext) -> _Claimant | None:
    """Who the paragraph says reports it, when the sentence itself names no one: an introducing sentence
    ("The air force posted its tally. Drones: 112 launched, ...") or a closing one ("... Lost: 10 drones,
    the air force said."); the nearest such sentence before, then after."""
    texts = _split_sentences(paragraphs[sentence.paragraph])
    if len(texts) < 2 or sentence.text not in texts:
        return None
    i = texts.index(sentence.text)
    for j in [*range(i - 1, -1, -1), *range(i + 1, len(texts))]:
        claims = [c for _, c in _claimants(texts[j], context) if not c.pronoun]
        if claims:
            return claims[0] if j > i else claims[-1]
    return None


# "Russia launched a ballistic missile", "shot down a Kh-59 missile": the article counts one weapon.
# "hit Ukraine with 96 drones and a ballistic missile": after another count too.
_ARTICLE_COUNT_LC = re.compile(
    r"\b(?:launch(?:ed|es|ing)?|fir(?:ed|es|ing)|shot\s+down|downed|destroyed|intercepted|"
    r"(?:drones?|missiles?|uavs?)(?:\s+and|\s*,)|,\s+and|"
    r"with(?=\s+an?\s+(?:[\w-]+\s+){0,3}?(?:missile|drone|uav)\s+and\s+(?:\d|about|some|over|more|nearly|almost|around))|"
    r"(?:struck|strikes|hit|hits|attack(?:ed|s)?|target(?:ed|s))\s+(?:[\w'’.-]+\s+){1,8}?with)"
    r"\s+(?P<a>an?)\s"
)  # "launched a ballistic missile", "100 drones and a missile", "with a missile and 100 drones", "struck X with a missile"
# "a massive drone attack", "a drone strike": the weapon noun only describes another noun.
_NOUN_AFTER_RE = re.compile(
    r"[\s-]*(?:attacks?|strikes?|assaults?|raids?|barrages?|waves?|alerts?|threats?|warnings?|programmes?|programs?|"
    r"units?|operators?|production|launchers?|systems?|sites?|bases?|debris|fragments?|parts?|factory|plant)\b",
    re.IGNORECASE,
)


# "fired a new hypersonic missile": a kind of weapon introduced, not a count.
_NEW_KIND_RE = re.compile(r"\b(?:new|newest|latest|experimental|prototype|different|type\s+of|kind\s+of)\b", re.I)


def _is_singular(noun: str) -> bool:
    return not noun.lower().endswith("s") or noun.upper().endswith("ATACMS")


def _describes_noun(text: str, end: int, weapons: list[re.Match]) -> bool:
    """The weapon noun ending at `end` qualifies a noun after it: "drone attack", "drone and missile attack"."""
    tail = _MIXED_TAIL_RE.match(text[end : end + 16])  # anchored with `^`: on a slice, not with pos
    if tail is not None:
        nxt = next((w for w in weapons if w.start() == end + tail.end()), None)
        end = nxt.end() if nxt is not None else end
    return bool(_NOUN_AFTER_RE.match(text, end))


# "a drone was shot down over the city": the article counts one weapon downed.
_SUBJECT_ARTICLE_LC = re.compile(
    r"(?<![\w'’-])(?P<a>an?)\s(?=(?:[\w-]+\s+){0,3}?(?:drone|uav|missile)\s+(?:was|has\s+been|had\s+been)\s+"
    r"(?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed)\b)"
)


def _subject_article(low: str) -> bool:
    return (" was " in low or " been " in low) and _SUBJECT_ARTICLE_LC.search(low) is not None


_ARTICLE_HINT_LC = re.compile(r"launch|fir|s and a|s, a|, and a|down|destroy|intercept|with a")  # cheap test before _ARTICLE_COUNT_LC


def _article_mentions(text: str, low: str, weapons: list[re.Match]) -> list[NumberMention]:
    """ "launched a ballistic missile" -> a count of 1 at "a", when a singular weapon noun heads the phrase."""
    out = []
    for m in [*_ARTICLE_COUNT_LC.finditer(low), *_SUBJECT_ARTICLE_LC.finditer(low)]:
        start, end = m.span("a")
        head = _weapon_after(text, end, weapons)
        if head is None:
            continue
        noun = head[1].group()
        if (
            not _is_singular(noun)
            or _describes_noun(text, head[1].end(), weapons)
            or _NEW_KIND_RE.search(text, end, head[0].start())
        ):
            continue
        out.append(NumberMention(value=1, start=start, end=end, text=text[start:end], qualifier_start=start))
    return out


_IDIOM_COUNT_LC = re.compile(r"\b(?:(?P<six>half\s+a\s+dozen)|(?P<two>an?\s+(?:couple|pair)(?:\s+of)?))\b")


# "23/35 drones shot down": a part and its total
_RATIO_RE = re.compile(rf"(?<![\w/.,-])\d+\s*/\s*(?P<total>\d+)(?=\s+(?:[\w-]+\s+){{0,2}}?(?:{_DRONE}|{_MISSILE}|{_MIXED})\b)", re.I)


def _ratio_mentions(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """The total of a ratio, which `find_numbers` leaves out after a slash."""
    found = [
        NumberMention(value=int(m["total"]), start=m.start("total"), end=m.end("total"), text=m["total"],
                      qualifier_start=m.start("total"))
        for m in _RATIO_RE.finditer(text)
    ]
    found = [f for f in found if not any(n.start == f.start for n in mentions)]
    return sorted(mentions + found, key=lambda n: n.start) if found else mentions


def _idiom_mentions(text: str, low: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """ "half a dozen" -> 6, "a couple of", "a pair of" -> 2, in place of the numbers inside them."""
    found = [
        NumberMention(value=6 if m.group("six") else 2, start=m.start(), end=m.end(), text=text[m.start() : m.end()],
                      qualifier_start=m.start())
        for m in _IDIOM_COUNT_LC.finditer(low)
    ]
    if not found:
        return mentions
    kept = [n for n in mentions if not any(f.start <= n.start < f.end for f in found)]
    return sorted(kept + found, key=lambda n: n.start)


def _counts(text: str, weapons: list[re.Match], low: str | None = None) -> list[_Count]:
    """Numbers of the sentence that count weapons or targets, or stand for such a count."""
    counts: list[_Count] = []
    consumed_until = -1
    mentions = find_numbers(text)
    if weapons and "/" in text:
        mentions = _ratio_mentions(text, mentions)
    if low is not None and weapons and ("half a" in low or "couple" in low or "pair" in low):
        mentions = _idiom_mentions(text, low, mentions)
    if low is not None and weapons and _ARTICLE_HINT_LC.search(low):
        articles = _article_mentions(text, low, weapons)
        if articles:
            mentions = sorted(mentions + articles, key=lambda m: m.start)
    for mention in mentions:
        if not mention.is_count or mention.start < consumed_until:
            continue
        count = _count_phrase(text, mention, weapons)
        if count is None:
            continue
        consumed_until = count.end
        counts.append(count)
    _link_parts(text, counts, weapons)
    return counts


# ", 92 missiles": a comma that only continues a list of counts
_LIST_COMMA_RE = re.compile(r",\s*(?:and\s+)?(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to)\s+)?\d")


def _real_break(text: str, start: int, end: int) -> bool:
    """A clause break between `start` and `end` other than the commas of a list of counts."""
    return any(
        not (m.group() == "," and _LIST_COMMA_RE.match(text, m.start())) for m in _CLAUSE_RE.finditer(text, start, end)
    )


_PERIODIC_HINTS = (  # a cheap test before _PERIODIC_LC
    "ago", "ly ", "since", "year", "month", "week", " for ", "accord", " after", " earlier", " before", "annual", " row",
    "consecutive", "eek of", "onth of",
)


# "about 25-30 drones", "some 60 to 70 of them": a qualified range, which numbers.py does not fold
_RANGE_AFTER_RE = re.compile(r"\s*(?:[-–—]|to\s)\s*\d")
_RANGE_BEFORE_RE = re.compile(r"\b(?:about|around|some|roughly|approximately|nearly|almost)\s+\d+\s*(?:[-–—]|to)\s*$", re.I)


def _ranged(text: str, count: _Count) -> bool:
    """ "between 20 and 25 drones": either end of a range is no claim."""
    mention = count.mention
    return (
        mention.high is not None
        or (mention.qualifier != "exact" and _RANGE_AFTER_RE.match(text, mention.end) is not None)
        or _ends(_RANGE_BEFORE_RE, text, mention.start, 40) is not None
    )


def _drop_non_events(text: str, counts: list[_Count], low: str | None = None, continues: bool = False) -> None:
    """Counts that are no single attack: rates ("300 drones a day") and cumulative totals; and parts of a claim
    made before (`continues`: the sentence may continue an open claim)."""
    low = _lower(text) if low is None else low
    history = [m for m in _HISTORICAL_LC.finditer(low) if not _ends(_SUPERLATIVE_RE, text, m.start())]
    if ("betw" in low or "from" in low) and _WEEKDAY_RANGE_LC.search(low):
        history += [m for m in _WEEKDAY_RANGE_LC.finditer(low) if (_WEEKDAYS[m.group("b")] - _WEEKDAYS[m.group("a")]) % 7 >= 2]
    if ("betw" in low or "from" in low) and _DAY_RANGE_LC.search(low):
        history += [
            m for m in _DAY_RANGE_LC.finditer(low)
            if int(m.group("b")) - int(m.group("a")) >= 2 and (m.group("m1") or m.group("m2") or m.group("m3") or m.group("m4"))
        ]
    drill = _EXERCISE_RE.search(text) is not None
    drill = drill or ("every" in low and _FOR_EVERY_RE.search(text) is not None)  # "for every 10 Shaheds, 6 decoys"
    periodic = _PERIODIC_LC.search(low) if any(w in low for w in _PERIODIC_HINTS) else None
    for count in counts:
        if drill or count.foreign or _ranged(text, count):
            count.role = "none"
            continue
        if periodic and not (
            _ONE_NIGHT_RE.search(text, _clause_start(text, count.mention.start), _clause_end(text, count.end))
            and periodic.start() > count.end  # "90 drones overnight, two weeks after ...", not "Two weeks before, ..."
        ):
            count.role = "none"  # "in its weekly summary", "a year ago": not tonight's attack
            continue
        qstart = count.mention.qualifier_start
        lead = _lead(text, qstart)
        average = ("averag" in lead or "every" in lead) and _ends(_AVERAGE_BEFORE_RE, text, qstart)
        record = ("record" in lead or "high" in lead or "peak" in lead) and _ends(_RECORD_BEFORE_RE, text, qstart)
        record = record or ("includ" in lead or "except" in lead) and _ends(_EXCLUDED_BEFORE_RE, text, qstart)
        record = record or (lead.endswith("even ") and count.mention.value == 1)  # "even one missile that gets through"
        interceptors = ("coming" in low or " to " in low) and _AT_INCOMING_RE.match(text, count.end)  # "fired 8 of them at the incoming missiles"
        interceptors = interceptors or _STORED_AFTER_RE.match(text, count.end)  # "destroyed 40 drones stored at an airfield"
        compared = " than " in low and _COMPARED_AFTER_RE.match(text, count.end)  # "6 drones fewer than the night before"
        if average or record or interceptors or compared or _RATE_AFTER_RE.match(text, count.end):
            count.role = "none"
            continue
        start, end = _clause_start(text, count.mention.qualifier_start), _clause_end(text, count.end)
        if ("would" in low or "could" in low or "might" in low) and _MODAL_BEFORE_RE.search(text, start, qstart):
            count.role = "none"  # "Ukraine would have needed at least 20 missiles": no event
            continue
        if ("after" in low or "before" in low) and _WEEKS_AFTER_RE.search(text, start, qstart):
            count.role = "none"  # "coming two weeks after Russia used 741 drones", "a day after ...": an earlier attack
            continue
        if history and start:
            start = _list_clause_start(text, start)  # "over the past week ... 1,200 drones, 900 bombs and 30 missiles"
        before = [c for c in counts if c.end <= start]
        if _WHERE_CLAUSE_RE.match(text, start) and (
            (before and before[-1].anaphoric) or ((before or continues) and _ends(_PLACE_THEN_WHERE_RE, text, start))
        ):
            count.breakdown = True  # "20 targeted Kharkiv, where eight were shot down", "over Kyiv, where 31 ...": a part
        # "the attack in July, when Russia fired 40 missiles": the clause before names the time
        when = _clause_start(text, start - 1) if start and _WHEN_CLAUSE_RE.match(text, start) else -1
        for m in history:
            if when >= 0 and when <= m.start() < start:
                count.total_role, count.role = count.role, "none"
                continue
            fronted = _fronted(text, m, counts) and not _own_time(text, qstart, end, m)
            fronted = fronted or _leads_all(text, m, counts, count)  # "Zelensky: this week Russia used ..."
            fronted = fronted or _fronted_period(text, m, counts)  # "So far this month, Russia has ..."
            fronted = fronted and not (m.group().startswith("warn") and ";" in text[m.end() : qstart])  # "warned of ...; 4 were downed"
            if fronted or start <= m.start() <= end or (m.start() >= end and not _real_break(text, end, m.start())):
                count.total_role, count.role = count.role, "none"
    if history:
        _night_within_total(text, counts)


# "between 1 and 7 September", "from March 3 to March 9": a span of days (a night is "15-16 March")
_MONTH_LC = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY_RANGE_LC = re.compile(
    rf"\b(?:between|from)\s+(?P<m1>{_MONTH_LC}\s+)?(?P<a>\d{{1,2}})(?:st|nd|rd|th)?(?P<m2>\s+{_MONTH_LC})?\s+(?:and|to|through|until)\s+"
    rf"(?P<m3>{_MONTH_LC}\s+)?(?P<b>\d{{1,2}})(?:st|nd|rd|th)?(?P<m4>\s+{_MONTH_LC}(?![\w-]))?(?!\s*[\w-]*\s*(?:drones|missiles|uavs))"
)


_MODAL_BEFORE_RE = re.compile(
    r"\b(?:would|could|might)\s+(?:not\s+|have\s+|not\s+have\s+|still\s+)?(?!confirm|say|tell|see|report)[a-z]+"
)
_WEEKS_AFTER_RE = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|six|several|\d+)\s+(?:days?|weeks?|months?|years?)|the\s+day)\s+(?:after|before)\b",
    re.IGNORECASE,
)


_WEEKDAYS = {d: i for i, d in enumerate(_WEEKDAY_NAMES_LC.split("|"))}
# "between Friday and Sunday": several nights ("from Sunday evening to Monday morning" is one)
_WEEKDAY_RANGE_LC = re.compile(
    rf"\b(?:between|from)\s+(?:last\s+)?(?P<a>{_WEEKDAY_NAMES_LC})(?:\s+(?:morning|evening|night))?"
    rf"\s+(?:and|to|until|through)\s+(?P<b>{_WEEKDAY_NAMES_LC})\b"
)


_WHERE_CLAUSE_RE = re.compile(r"\s*where\b", re.IGNORECASE)
_FOR_EVERY_RE = re.compile(r"\bfor\s+every\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)", re.IGNORECASE)
_WHEN_CLAUSE_RE = re.compile(r"\s*(?:when|during\s+which|in\s+which)\b", re.IGNORECASE)


def _list_clause_start(text: str, start: int) -> int:
    """The start of a clause, reaching back over the commas of a list of counts ("1,200 drones, 900 bombs and 30")."""
    while start and _LIST_COMMA_RE.match(text, text.rfind(",", 0, start)) and text.rfind(",", 0, start) == start - 1:
        start = _clause_start(text, start - 1)
    return start


def _fronted_period(text: str, period: re.Match, counts: list[_Count]) -> bool:
    """A period in the opening adverbial of the sentence, before any count: it spans the whole sentence."""
    first_break = _clause_end(text, 0)
    return (
        period.end() <= first_break
        and len(text[: period.start()].split()) <= 6  # "So far this month, ...", "During the winter of 2022-23, ..."
        and not _REPORT_RE.search(text, 0, first_break)
        and not _CUE_RE.search(text, 0, first_break)  # an opening main clause: "The air force said it expected ..."
        and all(c.mention.start > first_break for c in counts if c.weapon)
    )


# "in its weekly summary", "exactly a year ago": figures of a period or of a past attack
_PERIODIC_LC = re.compile(
    r"\b(?:weekly|monthly|annual|yearly|quarterly)\s+(?:summary|summaries|reports?|tally|tallies|totals?|updates?|figures?|"
    r"data|briefings?|reviews?|round-?ups?|records?)\b|"
    r"\b(?:a|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:years?|months?|weeks?)\s+(?:ago|after|earlier|before)\b|"
    r"\bsince\s+(?:the\s+|last\s+)?(?:summer|spring|autumn|fall|winter|new\s+year|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\b(?!\s+(?:night|evening|morning))|"
    r"\bsince\s+\d{1,2}\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|"
    r"\bsince\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}\b|"
    r"\b(?:summary|report|figures|data|tally|results|statistics)\s+for\s+(?:the\s+month\s+of\s+)?(?:january|february|march|april|"
    r"may|june|july|august|september|october|november|december)\b(?!\s+\d)|"
    r"\baccording\s+to\s+[^,;.]{0,40}?\b(?:running|cumulative|overall|all-time)\s+(?:tally|tallies|totals?|count|figures|data)\b|"
    r"\b(?:nights?|days?)\s+in\s+a\s+row\s+(?:that|when)\b|\b(?:every|each)\s+(?:night|day)\s+(?:for|since)\b|"
    r"\b(?:results?|summary|review|round-?up)\s+(?:of|for)\s+the\s+(?:week|month|year)\b|"
    r"\b(?:year-end|end-of-year|year-in-review)\b|\byear\s+in\s+review\b|"
    r"\b(?:week|month)\s+of\s+\d"  # "Week of 1-7 July: ..."
)


def _fronted(text: str, m: re.Match, counts: list[_Count]) -> bool:
    """A time phrase that opens the sentence ("Since the start of the war, Russia has ...", "On this day last
    year, ..."): before any break and any count."""
    before = text[: m.start()]
    if not before.strip(" \"“‘'"):
        return True
    return not _CLAUSE_RE.search(before) and all(c.mention.start > m.start() for c in counts)


_OWN_TIME_RE = re.compile(
    r"\b(?:overnight|last\s+night|tonight|(?:over|in|during)\s+the\s+past\s+(?:day|night|24\s+hours)|yesterday|today)\b",
    re.IGNORECASE,
)


def _own_time(text: str, qstart: int, end: int, history: re.Match) -> bool:
    """The count's own part of the sentence (from the last semicolon) names one night or day of its own
    (not one that is part of the time phrase: "a year ago today")."""
    return any(
        not history.start() - 2 <= m.start() <= history.end() + 2
        for m in _OWN_TIME_RE.finditer(text, text.rfind(";", 0, qstart) + 1, end)
    )


def _leads_all(text: str, m: re.Match, counts: list[_Count], count: _Count) -> bool:
    """A period named before every count of the sentence, with no single night named between it and `count`."""
    return (
        m.end() <= counts[0].mention.qualifier_start
        and not _ONE_NIGHT_RE.search(text, m.end(), count.mention.qualifier_start)
    )


# "overnight", "last night": one attack, within a longer total
_ONE_NIGHT_RE = re.compile(
    r"\b(?:overnight|last\s+night|tonight|in\s+a\s+single\s+night|"
    rf"on\s+(?:{_WEEKDAY_NAMES}))\b",
    re.IGNORECASE,
)


def _night_within_total(text: str, counts: list[_Count]) -> None:
    """ "1,800 drones this week, including 550 drones and 11 missiles overnight": the total is no claim, but
    the night it includes is one."""
    parent: _Count | None = None
    for count in counts:
        if not count.breakdown:
            parent = count
        elif parent is not None and parent.total_role and _ONE_NIGHT_RE.search(
            text, count.end, _clause_end(text, count.end)
        ):
            count.breakdown = False
            count.role = count.role or parent.total_role  # "including 400 overnight": launched, as the total was


# "Ukrainian forces downed 1 Iskander-M missile, the Kh-59/69 missile(s), and 91 drones": those of that type
_THE_ONE_DOWNED_RE = re.compile(
    r"\bthe\s+(?P<t>(?:Kh|X)-\d+[A-Z]{0,3}(?:/\d+)?|Kinzhal|Kalibr|Iskander(?:-[MK])?|Zircon|KN-23|ATACMS|Neptune|Storm\s+Shadow)"
    r"\s+(?:cruise\s+|ballistic\s+|guided\s+)?missile(?P<all>s)?\b",
    re.IGNORECASE,
)
_DOWNED_BEFORE_RE = re.compile(r"\b(?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed)\b[^.;]*$", re.IGNORECASE)


def _the_one_downed(text: str, rows: list[_Row]) -> None:
    for m in _THE_ONE_DOWNED_RE.finditer(text):
        if not _ends(_DOWNED_BEFORE_RE, text, m.start(), 100):
            continue
        kind = _weapon_type(m.group("t"))
        for row in rows:
            if not kind or row.weapon_type != kind or row.values["intercepted"] is not None:
                continue
            if m.group("all") or row.values["launched"] == 1:
                row.values["intercepted"] = row.values["launched"]


def _all_downed_in(text: str, rows: list[_Row]) -> None:
    """ "all were intercepted": as many downed as launched; "all but three were shot down": three fewer;
    "the drone was shot down" after "one drone": the one launched."""
    if " the " in text and "issile" in text:
        _the_one_downed(text, rows)
    if " was " in text:
        single = _SINGLE_DOWNED_RE.search(text)
        if single is not None:  # "the missile was shot down", "it was shot down": one launched, one downed
            noun = (single.group("w") or "").lower()
            kinds = {"missile"} if noun == "missile" else {"drone"} if noun else {"missile", "drone"}
            _all_downed([r for r in rows if r.weapon in kinds and r.values["launched"] == 1])
    if "ll" not in text:  # "all", "All", "ALL"
        return
    every = _ALL_DOWNED_RE.search(text)
    subject = _ends(_KIND_SUBJECT_RE, text, every.start(), 40) if every else None
    if subject is not None:  # "The drones were all shot down": those only
        kind = "missile" if subject.group("w").lower().startswith("missile") else "drone"
        _all_downed([r for r in rows if r.weapon == kind])
    elif every is not None:  # "all of the missiles were shot down": those only
        kind = (every.group("kind") or "").lower()
        _all_downed([r for r in rows if not kind or r.weapon == ("missile" if kind == "missiles" else "drone")])
    _all_of_a_kind_downed(text, rows)
    but = _ALL_BUT_RE.search(text)
    if but is not None:
        numbers = find_numbers(but.group("n") or but.group("n2"))
        if numbers and numbers[0].is_count:
            _all_downed(rows, int(numbers[0].value))


def _all_of_a_kind_downed(text: str, rows: list[_Row]) -> None:
    """ "Air defences downed 12 drones and all the missiles": as many missiles downed as launched."""
    if "ll" not in text or ("all the" not in (low := text.lower()) and "all of the" not in low):
        return
    for m in [*_ALL_THE_RE.finditer(text), *_ALL_THE_BEFORE_RE.finditer(text)]:
        kind = "missile" if m.group("w").lower().startswith("missile") else "drone"
        _all_downed([r for r in rows if r.weapon == kind])
    for m in _ALL_OF_TYPE_RE.finditer(text):  # "destroyed all the Kalibrs": the rows of that type
        kind = _weapon_type(m.group("t") or m.group("t2"))
        _all_downed([r for r in rows if kind and r.weapon_type == kind])


# "the ballistic missiles were not intercepted": none of them downed
_NOT_DOWNED_RE = re.compile(
    r"\b(?:the|its|their)\s+(?:[\w/-]+\s+){0,2}?(?P<w>missiles?|drones?|UAVs?|Kinzhals?|Kalibrs?|Iskanders?|Iskander-[MK]s?|"
    r"(?:Kh|X)-\d+[A-Z]{0,3}s?|Zircons?|S-[34]00s?)\s+(?:was|were|had|have)\s+not\b\s*"
    r"(?:(?:been\s+)?(?:shot\s+down|intercepted|downed|destroyed)\b|(?=[,;.]|$))|"  # "the missiles were not"
    r"\b(?P<w2>missile|drone|UAV)\s*,\s*which\s+was\s+not\s+(?:shot\s+down|intercepted|downed|destroyed)\b",
    re.IGNORECASE,
)


def _single_downed(text: str, rows: list[_Row]) -> None:
    """ "Forty-eight drones were shot down and the missile was intercepted": the one missile of the claim."""
    single = _SINGLE_DOWNED_RE.search(text) if " was " in text else None
    if single is not None and single.group("w"):
        kind = "missile" if single.group("w").lower() == "missile" else "drone"
        _all_downed([r for r in rows if r.weapon == kind and r.values["launched"] == 1])


# "with the rest lost to jamming", "the remainder were locationally lost": the figure is launched less downed
_REST_RE = re.compile(
    r"\b(?:the\s+(?:rest|remainder|remaining(?:\s+(?P<w>drones|UAVs|missiles|ones))?|others|other\s+(?P<w2>drones|UAVs|missiles|ones))"
    r"|(?<!\w\s)others)(?:\s+of\s+them)?\s+(?:(?:were|was|had\s+been|have\s+been|being|are|either)\s+)*",
    re.IGNORECASE,
)


def _rest_lost(text: str, rows: list[_Row]) -> None:
    """ "shot down 22 of the 30 drones, with the rest lost to jamming": the one claim with launched and downed
    figures and no lost one gets the difference, when the verb after "the rest" is a loss to electronic warfare."""
    if "rest" not in text and "remain" not in text and "other" not in text:
        return
    for m in _REST_RE.finditer(text):
        cue = _CUE_RE.match(text, m.end())
        if cue is None or cue.lastgroup not in ("lost", "ew"):
            continue
        noun = (m.group("w") or m.group("w2") or "").lower()
        kind = "missile" if noun == "missiles" else "drone" if noun in ("drones", "uavs") else None
        candidates = [
            r for r in rows
            if (kind is None or r.weapon == kind) and r.values["lost"] is None
            and r.values["launched"] is not None and r.values["intercepted"] is not None
            and r.values["launched"] > r.values["intercepted"]
        ]
        if len(candidates) == 1:  # "the rest" of which claim, when several could be meant: not told
            row = candidates[0]
            row.values["lost"] = row.values["launched"] - row.values["intercepted"]


def _none_downed(text: str, rows: list[_Row]) -> None:
    """The one row of that weapon with a launched figure and no interceptions gets 0 intercepted."""
    if " not" not in text:
        return
    for m in _NOT_DOWNED_RE.finditer(text):
        noun = m.group("w") or m.group("w2")
        kind = "drone" if noun.lower().startswith(("drone", "uav")) else "missile"
        named = None if noun.lower().startswith(("drone", "uav", "missile")) else _weapon_type(noun)
        open_ = [
            r for r in rows
            if r.weapon == kind and r.values["launched"] is not None and r.values["intercepted"] is None
            and (named is None or r.weapon_type == named)
        ]
        if len(open_) == 1:
            open_[0].values["intercepted"] = 0


def _all_downed(rows: list[_Row], missed: int = 0) -> None:
    """As many downed as launched, less those `missed`."""
    for row in rows:
        launched = row.values["launched"]
        if launched is not None and launched > missed and row.values["intercepted"] is None:
            row.values["intercepted"] = launched - missed


def _count_phrase(text: str, mention: NumberMention, weapons: list[re.Match]) -> _Count | None:
    num_end = mention.end
    plus = _PLUS_RE.match(text, num_end)
    if plus is not None:  # "1,000-plus drones", "80+ shot down"
        num_end = plus.end()
    after = text[num_end:]
    count = _Count(mention, num_end, plus=plus is not None)
    lead = _lead(text, mention.qualifier_start)
    including = ("includ" in lead or "among" in lead) and _ends(_INCLUDING_RE, text, mention.qualifier_start)
    count.breakdown = bool(including or _EACH_RE.match(after))
    count.complement = "all" in lead and bool(_ends(_ALL_BUT_BEFORE_RE, text, mention.qualifier_start))
    count.additional = ("other" in lead or "furth" in lead or "addition" in lead) and bool(
        _ends(_ADDITIONAL_BEFORE_RE, text, mention.qualifier_start)
    )
    revised = _ends(_REVISED_BEFORE_RE, text, mention.qualifier_start, 90) if lead.rstrip().endswith((" to", " at")) else None
    count.revision = revised is not None and _revises_weapons(revised)
    head = _weapon_after(text, num_end, weapons)
    if head is not None:
        first, last = head
        if _NON_AERIAL_RE.search(text, num_end, first.start()) or _DEFENSIVE_RE.search(text, num_end, first.start()):
            return None  # "five naval drones", "60 Patriot interceptor missiles"
        if _is_singular(last.group()) and _describes_noun(text, last.end(), weapons):
            return None  # "85 drone attacks", "12 missile launchers": counts something else
        if _POSSESSIVE_NOUN_RE.match(text, last.end()):
            return None  # "40 drones' control points": the weapons own what is counted
        count.weapon = _weapon_class(first)
        count.end = last.end()
        phrase = text[num_end : last.end()]
        count.weapon_type = _weapon_type(phrase)
        of_type = _OF_TYPE_RE.match(text, count.end)
        if of_type is not None:  # "87 attack UAVs of the Shahed type"
            count.weapon_type = _specific_type(count.weapon_type, _weapon_type(of_type.group(1)))
        count.attacker = _side_in(phrase)
        count.weapon, count.end = _mixed_tail(text, count, weapons)
        count.attacker = count.attacker or _agent_after(text[count.end :])
        count.anaphoric = False
        return count
    shared = _shared_noun(text, num_end, weapons)
    if shared is not None:  # "8 ballistic and 12 cruise missiles": the noun of the next count
        count.weapon, count.weapon_type, count.end = shared
        count.anaphoric = False
        return count
    target = _TARGET_RE.match(after, len(after) - len(after.lstrip()))
    if target and _is_modifier_gap(after[: target.start()]):
        count.target = True
        count.end = num_end + target.end()
        return count
    noun = _STAND_IN_RE.match(after)
    if noun is not None:  # "30 Ukrainian ones", "39 successful interceptions"
        count.anaphoric, count.end = True, num_end + noun.end()
        count.attacker = _side_in(noun.group("side") or "")
        count.noun_role = "intercepted" if noun.group("intercepts") else None
        return count
    if not _BARE_FOLLOW_RE.match(after) and not (after.lstrip()[:1] == "(" and _ends(_LABELLED_RE, text, mention.start)):
        return None  # counts something else: "40 long-range precision weapons", "3 HIMARS rockets"
    count.anaphoric = True
    if after.lstrip()[:1] == "(" and _PAREN_MIXED_RE.match(after):
        paren_end = num_end + _PAREN_MIXED_RE.match(after).end()
        if len({_weapon_class(w) for w in weapons if num_end <= w.start() < paren_end}) > 1:
            count.weapon = "mixed"  # "Downed: 71 (2 missiles, 69 drones)": one figure for both
    return count


# "later raised the figure to 72", "revised the number of drones downed to 50", "put the national figure at 58"
_REVISED_BEFORE_RE = re.compile(
    r"\b(?:(?:rais|revis|updat|increas|lower|correct|adjust|amend)(?:e|ed|es|ing)|(?P<put>puts?|putting|placed|gave|gives))\s+"
    r"(?:(?:the|its|their|that|this|his|her)\s+)?(?P<kind>[\w-]+\s+)?(?:figure|number|tally|count|total|estimate)s?\b"
    r"(?P<tail>(?:\s+[\w'’-]+){0,4}?)\s+(?(put)at|(?:up\s+|down\s+)?to)\s+$",
    re.IGNORECASE,
)
_FIGURE_KINDS = frozenset("initial earlier overall official previous national total final preliminary new updated".split())


def _revises_weapons(m: re.Match) -> bool:
    """ "raised the figure to 72", "put the number of drones launched at 98"; not "the casualty figure", "the
    number of injured"."""
    kind, tail = (m.group("kind") or "").strip().lower(), m.group("tail").lower()
    if kind and kind not in _FIGURE_KINDS and not _WEAPON_LC.fullmatch(kind):
        return False
    return not tail.strip() or any(rx.search(tail) is not None for rx in (_WEAPON_LC, _CUE_LC, _HEADING_LC))


_HEADING_LC = re.compile(r"\b(?:aimed|directed|headed|heading|flying)\b")  # "the number aimed at the capital"


# Nouns that stand for the weapons counted: "30 Ukrainian ones", "39 interceptions"
_STAND_IN_RE = re.compile(
    rf"\s+(?:(?P<side>{_ANY_SIDE}|enemy)\s+)?(?:more\s+|other\s+|successful\s+)?"
    r"(?:ones|(?P<intercepts>interceptions|intercepts|shoot-?downs))\b"
)
_PAREN_MIXED_RE = re.compile(r"\s*\([^()]{3,80}\)")


# "8 ballistic and 12 cruise missiles", "40 attack and 30 decoy drones": a kind whose noun is the next count's.
_ELLIPSIS_RE = re.compile(
    r"\s+(?P<kind>ballistic|cruise|hypersonic|aeroballistic|guided|decoy|imitator|attack|strike|Shahed(?:-type)?|"
    r"Geran(?:-\d)?|Kalibr|Kinzhal|Iskander(?:-[MK])?|(?:Kh|X)-\d+[A-Z]{0,3})\s*(?:,|and|or|&|as\s+well\s+as)\s+(?:all\s+|both\s+)?",
    re.IGNORECASE,
)
_ELLIPSIS_GAP_RE = re.compile(r"[\w,-]+\s+(?:[\w-]+\s+){0,3}")


def _shared_noun(text: str, pos: int, weapons: list[re.Match]) -> tuple[str, str | None, int] | None:
    """(weapon, type, end of the kind word) of "8 ballistic" in "8 ballistic and 12 cruise missiles"."""
    m = _ELLIPSIS_RE.match(text, pos)
    if m is None:
        return None
    noun = next((w for w in weapons if w.start() >= m.end()), None)
    if noun is None or not _ELLIPSIS_GAP_RE.fullmatch(text, m.end(), noun.start()):
        return None
    numbers = find_numbers(text[m.end() : noun.start()])
    if not numbers or not numbers[0].is_count or numbers[0].start != 0:
        return None
    return _weapon_class(noun), _weapon_type(m.group("kind")), m.end("kind")


# "Overnight: 76 Shahed drones and 2 Iskander-M missiles": a line labelled with a night counts what was launched
_TIME_LABEL_RE = re.compile(
    r"^(?:[^:“\"]{1,40}:\s*)?\W*(?:and\s+)?(?:on\s+)?(?:(?:overnight|last\s+night|tonight|this\s+night)(?:\s+(?:on|into|of)\s+[^:.;,]{1,20})?|(?:on\s+)?(?:the\s+)?night\s+of\s+[^:.;,]{1,25}|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+night)?|"
    r"\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2})\s*(?:[:,]|\s[–—-])\s",
    re.IGNORECASE,
)


def _time_label_role(text: str) -> str | None:
    """ "Overnight: 76 Shahed drones", "This night, 477 drones and 60 missiles": a verbless line of a night's figures."""
    return "launched" if (":" in text or "," in text) and _TIME_LABEL_RE.match(text) else None


_PLUS_RE = re.compile(r"-?plus\b|\+")
# "40 ballistic and cruise missiles", "101 Shahed-type and decoy drones": two kinds of one weapon counted together.
_KIND = (
    r"(?:ballistic|cruise|hypersonic|guided|attack|strike|decoy|imitator|dummy|kamikaze|reconnaissance|combat|"
    r"jet(?:-powered)?|fixed-wing|long-range|(?:Shahed|Geran|Gerbera)(?:-type|-\d+)?)"
)
_TYPE_PAIR_GAP_RE = re.compile(
    rf"(?:\s+[\w-]+)?\s+{_KIND}\s*(?:\s(?:and|or|and/or|&)\s|/)\s*{_KIND}(?:\s+[\w-]+)?\s+",
    re.IGNORECASE,
)
_OF_TYPE_RE = re.compile(r"\s+of\s+the\s+([\w-]+)\s+type\b", re.IGNORECASE)
# "five naval drones", "sea drones", "unmanned surface vessels": not aerial weapons.
# "60 Patriot interceptor missiles", "40 interceptor drones": weapons of the defence, not of the attack
_DEFENSIVE_RE = re.compile(
    r"\b(?:interceptors?|air[\s-]+defen[cs]e|anti-aircraft|surface-to-air|Patriot|IRIS-T|NASAMS|SAMP/T|Hawk|Stinger)\b", re.I
)
_NON_AERIAL_RE = re.compile(
    r"\b(?:naval|sea|maritime|marine|surface|underwater|ground|land|water|operational-tactical|interceptor|"
    r"Patriot|IRIS-T|NASAMS|SAMP/T|Stinger|Aster|AIM-\d+\w*|Hawk|Pantsir|Buk)\b",  # air defence's own missiles
    re.IGNORECASE,
)


# a plural's apostrophe ("drones' control points"), not a closing quote ("37 'Shahed' drones")
_POSSESSIVE_NOUN_RE = re.compile(r"(?<=[sS])['’]\s+(?!(?:were|was|had|have|and|or|of|said|says|in|on|at|over)\b)[a-z]")


def _weapon_after(text: str, pos: int, weapons: list[re.Match]) -> tuple[re.Match, re.Match] | None:
    """First and head weapon noun of a count phrase starting at `pos` ("Kh-101 cruise missiles")."""
    first = next((w for w in weapons if w.start() >= pos), None)
    if first is None:
        return None
    gap = text[pos : first.start()]
    if not _is_modifier_gap(gap) and not _TYPE_PAIR_GAP_RE.fullmatch(gap):
        return None
    last = first
    for w in weapons:
        if w.start() >= last.end() and _weapon_class(w) == _weapon_class(first):
            if not _is_modifier_gap(text[last.end() : w.start()]):
                break
            last = w
    return first, last


def _is_modifier_gap(gap: str) -> bool:
    """True for what may stand between a number and its noun: "", " Russian", " Shahed-type strike "."""
    words = _MODIFIER_WORD_RE.findall(gap)
    if len(words) > 4 or any(w.lower() in _STOPWORDS or w.isdigit() for w in words):
        return False
    junk_only = bool(_MODIFIER_JUNK_RE.match(_MODIFIER_WORD_RE.sub("", gap)))
    return junk_only and (not gap or gap[0] in " -\u00a0\"”)")  # a closing quote: '"about 100" drones'


def _weapon_class(m: re.Match) -> str:
    return next(k for k in ("mixed", "drone", "missile") if m.group(k))


_TYPE_LC = _lowered(_TYPE_RE)


def _weapon_type(phrase: str) -> str | None:
    found = [(_type_name(m, phrase), m.start()) for m in _TYPE_LC.finditer(_lower(phrase))]
    specific = [name for name, _ in found if name not in _GENERIC_TYPES]
    if specific:
        return specific[0]
    if len({name for name, _ in found}) > 1:
        return None  # "ballistic and cruise missiles": no one type
    return found[0][0] if found else None


def _type_name(m: re.Match, text: str) -> str:
    """Canonical type of a `_TYPE_RE` match (each alternative is one named group: `lastgroup`)."""
    canonical = _TYPES[int(m.lastgroup[1:])][1]
    return canonical or "Kh-" + re.match(r"\d+", text[m.start() : m.end()].split("-", 1)[1]).group()


def _type_side(weapon_type: str | None) -> str | None:
    if not weapon_type:
        return None
    m = _TYPE_RE.fullmatch(weapon_type)
    return _TYPES[int(m.lastgroup[1:])][2] if m else None


def _mixed_tail(text: str, count: _Count, weapons: list[re.Match]) -> tuple[str, int]:
    """ "200 missiles and drones": one number counting both kinds is `mixed`."""
    for w in weapons:
        if w.start() < count.end:
            continue
        gap = text[count.end : w.start()]
        m = _MIXED_TAIL_RE.match(gap)
        if m and _is_modifier_gap(" " + gap[m.end() :]) and not find_numbers(gap):
            kind = _weapon_class(w)
            return ("mixed" if kind != count.weapon else count.weapon), w.end()
        break
    return count.weapon, count.end


def _agent_after(after: str) -> str | None:
    """ "108 drones launched by Russia", "the 90 drones Russia launched"."""
    m = _AGENT_RE.match(after)
    sides = [s.lastgroup for s in _SIDE_RE.finditer(m.group())] if m else []
    return sides[-1] if sides else None


def _side_in(text: str) -> str | None:
    for m in _SIDE_RE.finditer(text):
        side = m.lastgroup
        if side != ENEMY:
            return side
    return ENEMY if _ENEMY_RE.search(text) else None


def _link_parts(text: str, counts: list[_Count], weapons: list[re.Match]) -> None:
    """Mark parts and totals: "34 out of 81", "twenty-three of the thirty drones", "Of the 132, 88 ..."."""
    for count, nxt in zip(counts, [*counts[1:], None]):
        qstart = count.mention.qualifier_start
        lead = _lead(text, qstart)
        # "all 18 were shot down", "downed 10 of 12 drones and both missiles": as many launched too
        count.all_launched = ("all" in lead or "each" in lead or "every" in lead) and bool(_ends(_ALL_BEFORE_RE, text, qstart))
        count.all_launched = count.all_launched or (count.mention.text.lower() == "both" and not count.anaphoric)
        count.total = count.total or ("of" in lead and bool(_ends(_TOTAL_BEFORE_RE, text, qstart)))
        count.part = ("of" in lead or "among" in lead) and bool(_ends(_PART_BEFORE_RE, text, qstart))
        of = _PART_AFTER_RE.match(text[count.end :])
        if nxt is not None and _TOTAL_AFTER_RE.match(text[count.end : nxt.mention.qualifier_start]):
            count.part, count.link, nxt.total = True, nxt, True
            _share(count, nxt)
        elif of is not None:
            count.part = True
            noun = _weapon_after(text, count.end + len(of.group().rstrip()), weapons)  # " attacking drones" after "of the"
            if noun is not None:  # "13 of the drones", "six of the Kalibrs"
                count.all_launched = count.all_launched or count.mention.text.lower() == "both"  # "Both of the missiles"
                count.weapon = count.weapon or _weapon_class(noun[0])
                count.weapon_type = count.weapon_type or _weapon_type(text[count.end : noun[1].end()])
                count.end = noun[1].end()
            elif count.anaphoric and _FOREIGN_PART_RE.match(text, count.end):
                count.foreign = True


# "3 of the injured were children": "of the" and a word that is neither a weapon nor a number
_FOREIGN_PART_RE = re.compile(
    r"\s+of\s+the\s+(?!(?:other|remaining|rest|total|launched|attacking|incoming|enemy|russian|ukrainian)\b)[a-z]+\b(?!-)"
)


def _share(part: _Count, total: _Count) -> None:
    """A part and its total count the same weapons, launched by the same side."""
    part.weapon = part.weapon or total.weapon
    total.weapon = total.weapon or part.weapon
    part.attacker = part.attacker or total.attacker
    total.attacker = total.attacker or part.attacker
    total.weapon_type = total.weapon_type or part.weapon_type


def _inside_count(cue: re.Match, counts: list[_Count]) -> bool:
    return any(c.mention.start <= cue.start() < c.end for c in counts)


def _chains(text: str, counts: list[_Count]) -> list[list[_Count]]:
    """Counts joined by "and" or commas that share one verb: "90 missiles ... and 100 drones were launched"."""
    chains: list[list[_Count]] = []
    for count in counts:
        prev = chains[-1][-1] if chains else None
        if (
            prev is not None
            and not prev.anaphoric
            and not count.anaphoric
            and not (prev.part or count.part or count.total)
            and _CHAIN_GAP_RE.match(gap := _OF_PHRASE_RE.sub("", text[prev.end : count.mention.qualifier_start]))
            and not (_COMMA_AND_RE.match(gap) and _OWN_VERB_RE.match(text, count.end))
        ):
            if prev.total and count.mention.text.lower() in ("a", "an"):
                count.all_launched = True  # "downed 23 of 27 drones and a Kh-59 missile": that one downed, not a total
            count.total = prev.total and not count.all_launched  # "out of 47 missiles and 64 drones", not "and all 4"
            count.breakdown = count.breakdown or (prev.breakdown and not _other_kind(counts, count))  # "including 3 missiles and 35 drones"
            chains[-1].append(count)
        else:
            chains.append([count])
    return chains


def _other_kind(counts: list[_Count], count: _Count) -> bool:
    """ "67 missiles, including 35 Kh-101 ... and 8 Kalibr ..., and 194 drones": drones are no part of the missiles."""
    i = counts.index(count)
    parent = next((c for c in reversed(counts[:i]) if not c.breakdown), None)
    return parent is not None and parent.weapon in ("drone", "missile") and count.weapon not in (None, parent.weapon)


def _assign_roles(text: str, chain: list[_Count], cues: list[re.Match], list_role: str | None = None) -> None:
    """Give each count of a chain its role from the verb cue that governs it."""
    cue = _governing_cue(text, chain, cues)
    role = None if cue is None else _CUE_ROLE[cue.lastgroup]
    if cue is None and list_role and (not chain[0].anaphoric or _ends(_LABELLED_RE, text, chain[0].mention.qualifier_start)) and not (
        chain[0].anaphoric and any(c.end() <= chain[0].mention.start for c in cues)
    ):  # "Overnight, air defences destroyed 49 UAVs: 20 over Bryansk, ...": the bare figures break down the verb's count
        role = list_role  # "- 2 Iskander-M missiles;" under "the enemy attacked with 128 air attack means:"
    negated = role == "intercepted" and cue is not None and bool(_ends(_NEGATION_RE, text, cue.start()))
    if negated:  # "the 3 ballistic missiles were not intercepted", "could not be intercepted": launched, none downed
        role = "launched"
    if cue is None and role is None and chain[0].anaphoric and _ends(_LABELLED_RE, text, chain[0].mention.qualifier_start):
        if any(c.lastgroup in ("intercept", "combo", "lost", "ew") for c in cues) and _label_weapon(text, chain[0].mention.start):
            role = "launched"  # "Enemy drones: 72 (downed – 50, ...)": the number of that weapon
    seg = text.rfind(";", 0, chain[0].mention.start) + 1
    if seg and (cue is None or cue.start() < seg) and not chain[0].anaphoric and _TIME_LABEL_RE.match(text[seg:].lstrip()):
        cue, role = None, "launched"  # "...; night of 2 May – 93 drones, 71 downed": that night's figures
    if not negated and cue is not None and (modal := _MODAL_RE.search(text[max(0, cue.start() - 40) : cue.start()])) is not None:
        # "could launch up to 500 drones": a capability, not a claim; "Ukraine now shoots down nine out of ten
        # drones", "Russia typically launches": a habit ("now" only with a verb in the present)
        if not modal.group("now") or _PRESENT_RE.match(cue.group()):
            role = "none"
    if list_role == "none":
        role = "none"  # items of a list introduced as a week's or month's totals
    if cue is not None and _conditional(text, cue.start()):
        role = "none"  # "if Russia launches 800 drones": a hypothesis, not a claim
    if role == "launched" and cue is not None and cue.group().lower() in ("sent", "sends") and _SENT_TO_RE.match(text, chain[-1].end):
        role = "none"  # "North Korea has sent 100 KN-23 missiles to Russia": a supply, not an attack
    if role == "lost" and _equipment_loss(text, cue):
        role = "none"  # "Russia lost 1,150 troops, 9 tanks and 87 drones": losses of materiel, not jammed drones
    instrument = role == "intercepted" and _instrument(text, chain[0], cue)
    if instrument:
        role = "launched"  # "destroyed a Russian S-400 launcher with two Neptune missiles": the weapons used
    tail = chain[-1]
    if not tail.anaphoric and role != "none" and _RELATIVE_DOWN_RE.match(text, tail.end):
        role, tail.all_downed = "launched", True  # "..., and one Kh-59 missile, which was shot down"
    unreal = cue is not None and role == "none" and _CUE_ROLE[cue.lastgroup] != "none"  # modal or habitual
    for count in chain:
        if count.total:
            downed = _DOWNED_TOTAL_RE.match(text, count.end) and _ends(_CLAUSE_TOTAL_RE, text, count.mention.qualifier_start)
            count.role = "none" if unreal else "intercepted" if downed else "launched"
        elif count.target:
            # "Drone hits were recorded in 4 locations": a hit cue earlier in the clause names what counts
            start = _clause_start(text, count.mention.qualifier_start)
            hit_before = any(c.lastgroup == "hit" and start <= c.start() < count.mention.start for c in cues)
            count.role = "hit" if role == "hit" or hit_before else None
        elif count.noun_role:
            count.role = "none" if role == "none" else count.noun_role
        else:
            count.role = None if role == "hit" else role
        count.none_downed = negated and not count.anaphoric
        if count.role in ("launched", "intercepted") and cue is not None:
            count.cue_role = "launched" if instrument else _CUE_ROLE[cue.lastgroup]
            count.cue_side = _subject_side(text, cue.start())
            if count.cue_side and count.cue_role == "launched" and _subject_is_target(text, cue):
                count.cue_side = _OTHER_SIDE.get(count.cue_side)  # "Kyiv was attacked by 20 drones": the target
    head = chain[0]
    if head.link is not None and head.link.role is None:
        head.link.role = "none" if unreal else "launched"


_NEGATION_RE = re.compile(
    r"\b(?:not|never|n['’]t|(?:failed|unable)\s+to)(?:\s+(?:be|been|being|successfully))*\s+$", re.IGNORECASE
)
_PRESENT_RE = re.compile(r"\w+[^s\W]s\b")  # "shoots", "launches", not "was" or "downs" of "shot down"


# "destroyed a launcher with two Neptune missiles": the weapons a destroying verb used, not those destroyed
_INSTRUMENT_BEFORE_RE = re.compile(
    r"(?<![,;:])\s(?<!along\s)(?<!together\s)(?<!coupled\s)(?<!alongside\s)(?:with|using|by\s+means\s+of)\s+"
    r"(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least|up\s+to|a\s+total\s+of)\s+)?$",
    re.IGNORECASE,
)


def _instrument(text: str, head: _Count, cue: re.Match | None) -> bool:
    """The counts follow "with"/"using" after the object of an earlier destroying verb: weapons used."""
    start = head.mention.qualifier_start
    if cue is None or cue.end() > start or head.anaphoric or "with" not in text[cue.end() : start] and "using" not in text[cue.end() : start]:
        return False
    m = _ends(_INSTRUMENT_BEFORE_RE, text, start)
    return m is not None and m.start() > cue.end() + 2 and not _WEAPON_RE.search(text, cue.end(), m.start())


# "If Russia launches 800 drones", "unless the enemy fires 50 missiles": a condition, not an event.
_CONDITIONAL_RE = re.compile(
    r"\b(?:if|unless|suppose|supposing|in\s+(?:the\s+)?(?:event|case)\s+(?:of|that))\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE
)


def _conditional(text: str, cue_start: int) -> bool:
    lead = _lead(text, cue_start)
    return ("if" in lead or "unless" in lead or "suppos" in lead or "event" in lead or "case" in lead) and bool(
        _ends(_CONDITIONAL_RE, text, cue_start, 40)
    )


_SENT_TO_RE = re.compile(
    r"\s+to\s+(?:the\s+)?(?:Russia|Ukraine|Russian|Ukrainian|Kyiv|Moscow|Kiev|army|front|troops|units)\b", re.IGNORECASE
)
_RELATIVE_DOWN_RE = re.compile(
    r"\s*,\s*(?:which|that)\s+(?:was|were|had\s+been|have\s+been)\s+(?:all\s+|both\s+|also\s+)?(?:successfully\s+)?"
    r"(?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed)\b",
    re.IGNORECASE,
)


# "Of the 337 drones destroyed overnight, 34 ...", ", out of 337 intercepted": a total of downed weapons (in
# "47 of 65 drones downed" the participle is the headline's verb for the part)
_DOWNED_TOTAL_RE = re.compile(r"\s+(?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed)\b", re.IGNORECASE)
_CLAUSE_TOTAL_RE = re.compile(r"(?:^|[,;:(–—]|\s-\s)\s*(?:out\s+)?of\s+(?:a\s+total\s+of\s+|the\s+)?$", re.IGNORECASE)


_OTHER_SUBJECT_RE = re.compile(
    r"\b(?:several|some|most|many|few|others?|the\s+rest|it|they)\s+(?:of\s+them\s+)?(?:were|was|had|have|are)\b", re.I
)


_OBSERVER_CUE_RE = re.compile(r"(?:report|record|regist|track|spott|detect)", re.IGNORECASE)
# "Kyiv suffered a massive attack involving 40 drones": the subject is what was attacked
_SUFFERED_RE = re.compile(r"\b(?:suffered|endured|faced|withstood|survived|experienced|came\s+under)\b", re.IGNORECASE)


_DETECTION_RE = re.compile(r"(?:detected|tracked|recorded|registered|spotted|report(?:ed|s|ing)?)$", re.IGNORECASE)


def _subject_is_target(text: str, cue: re.Match) -> bool:
    """The side named before a launch verb is its target: passive ("Kyiv was attacked by"), a verb of
    suffering ("Ukraine faced 300 drones", "Kyiv suffered an attack involving 40 drones"), of detection
    ("Ukraine's air force tracked 15 drones")."""
    if cue.lastgroup == "target" or _DETECTION_RE.match(cue.group()) or _OBSERVER_CUE_RE.match(cue.group()):
        return True
    passive = not cue.group().split()[0].lower().endswith("ing") and _ends(_PASSIVE_BEFORE_RE, text, cue.start())
    if passive:
        return True
    window_start = max(0, cue.start() - 60)
    sides = list(_SIDE_RE.finditer(text, window_start, cue.start()))
    after_subject = sides[-1].end() if sides else window_start  # the verb between the subject and the cue
    return _SUFFERED_RE.search(text, after_subject, cue.start()) is not None


def _equipment_loss(text: str, cue: re.Match) -> bool:
    """ "Russian forces had lost 87 drones": a side that lost something, not drones that were lost."""
    return (
        cue.group().lower() == "lost"
        and not _ends(_PASSIVE_BEFORE_RE, text, cue.start())
        and _subject_side(text, cue.start()) is not None
    )


def _governing_cue(text: str, chain: list[_Count], cues: list[re.Match]) -> re.Match | None:
    """The verb a chain of counts belongs to, most trusted first.

    A verb right after the counts ("46 were lost", "12 remain unaccounted for") wins, except a
    bare participle that only describes the noun ("40 drones launched by Russia" after "shot
    down"); then the nearest verb before them in the clause, one after them in the clause, and
    finally any verb before them in the sentence. A number without a noun of its own needs a
    verb right next to it ("shot down 60") or a partitive ("46 of them").
    """
    head, tail = chain[0], chain[-1]
    partitive = head.part and head.link is not None
    if partitive:  # "34 of the 90 drones Russia launched were shot down": a part is never the number launched
        cues = [c for c in cues if c.lastgroup != "launch"]
    start = head.mention.qualifier_start
    end = tail.link.end if tail.part and tail.link is not None else tail.end
    clause_start, clause_end = _clause_start(text, start), _clause_end(text, end)
    later = [c for c in cues if end <= c.start() < clause_end]
    earlier = [c for c in cues if clause_start <= c.end() <= start]
    label = next((c for c in reversed(cues) if c.end() <= start), None)
    if (
        label is not None
        and (
            (":" in text[label.end() : start] and _LABEL_GAP_RE.match(text, label.end(), start))
            or _DASH_LABEL_RE.match(text, label.end(), start)
        )
        and not (later and _IMMEDIATE_RE.match(text[end : later[0].start()]))
        and not any(ch.isdigit() for ch in text[_clause_start(text, label.start()) : label.start()])
    ):
        return label  # "shot down: 104", "Drones launched by Russia overnight: 73": a label and its figure
    if later and _IMMEDIATE_RE.match(text[end : later[0].start()]):
        between = text[end : later[0].start()]
        participle = later[0].lastgroup in ("launch", "other")  # "40 drones launched by", "missiles supplied by"
        if participle and not _AUX_RE.search(between):
            # "25 drones launched by Ukraine had been shot down": the passive verb after the participle rules
            # "the 40 drones used in the raid cost $20,000 each": so does a main verb of another kind
            main = next(
                (c for c in later[1:] if c.lastgroup in ("other", "none") or _ends(_PASSIVE_BEFORE_RE, text, c.start())), None
            )
            if main is not None:
                return main
        if not participle or not earlier or _AUX_RE.search(between):
            return later[0]
    if head.anaphoric and not head.total:
        if earlier and _IMMEDIATE_RE.match(text[earlier[-1].end() : start]):
            return earlier[-1]
        if earlier and "of" in text[clause_start:start] and _NUMBER_OF_RE.search(text, clause_start, start):
            return earlier[-1]  # "the number of drones launched rose to 810"
        if not head.part:
            return None
    if later and not earlier and _OTHER_SUBJECT_RE.search(text, end, later[0].start()):
        later = []  # "19 drones violated its airspace and several were shot down": the verb has a subject of its own
    if earlier or later:
        return earlier[-1] if earlier else later[0]
    before = [c for c in cues if c.end() <= start]
    if before and ("hich" in text or "hat" in text or " of " in text):  # "which", "that", "of them"
        before = [c for c in before if not _ends(_RELATIVE_CUE_RE, text, c.start())]
    before = [c for c in before if not _RELATIVE_LEAD_RE.search(text, _clause_start(text, c.start()), c.start())]
    if before and ")" in text[before[-1].end() : start]:  # "89 drones (62 shot down, 25 lost) and 2 missiles"
        before = [c for c in before if not _PAREN_CLOSED_RE.match(text, c.end(), start)]
    if before:  # not the verb of a relative clause: "3 missiles, all of which were shot down, and 50 drones"
        return before[-1]
    # "two of four missiles, and 60 of 80 drones, were intercepted": the verb after the list
    return next((c for c in cues if c.start() >= end), None) if partitive else None


_NUMBER_OF_RE = re.compile(
    rf"\b(?:number|total|tally)\s+of\s+(?:[\w'’-]+\s+){{0,4}}?(?:{_DRONE}|{_MISSILE})\b[^,;:]{{0,60}}?\b"
    r"(?:was|were|is|at|rose\s+to|reached|stood\s+at|totall?ed|came\s+to|amounted\s+to|(?:climbed|increased|jumped|grew)\s+to)"
    r"\s+(?:a\s+(?:record|new\s+high)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)  # matched with pos/endpos: `$` is the count's start
_RELATIVE_LEAD_RE = re.compile(r"\b(?:which|whom|of\s+them|of\s+these)\b", re.IGNORECASE)
_DASH_LABEL_RE = re.compile(r"\s*[–—-]\s*$")  # "Shot down – 41"
_LABEL_GAP_RE = re.compile(r"[^:;.!?,\d]{0,60}:\s*$")  # matched with pos/endpos: `$` is the count's start


# "..., of which 49 were shot down, and 81 drones ...": that verb belongs to its relative clause
_RELATIVE_CUE_RE = re.compile(
    r"\b(?:of\s+(?:which|them|these)|which|that)\s+(?:[\w-]+\s+)?(?:were|was|had\s+been|have\s+been)\s+$", re.IGNORECASE
)


_LABELLED_RE = re.compile(r"(?:[\w)]:|[\w)]\s[–—-])\s*$")  # "Kh-101: 8", "Kalibr — 6"
_PAREN_CLOSED_RE = re.compile(r"[^()]*\)")


def _clause_start(text: str, pos: int) -> int:
    ends = _clause_break_ends(text)
    i = bisect_right(ends, pos)
    return ends[i - 1] if i else 0


@lru_cache(maxsize=32)
def _clause_break_ends(text: str) -> list[int]:
    """Where each clause break of a sentence ends: one scan, asked again for every count of the sentence."""
    return [m.end() for m in _CLAUSE_RE.finditer(text)]


def _clause_end(text: str, pos: int) -> int:
    m = _CLAUSE_RE.search(text, pos)
    return m.start() if m else len(text)


def _subject_side(text: str, cue_start: int) -> str | None:
    """Side named as the subject of a verb: "Russia launched", "Ukrainian air defences downed"."""
    window = text[max(0, cue_start - 60) : cue_start]
    for m in reversed(list(_SIDE_RE.finditer(window))):
        gap = window[m.end() :]
        if _PREPOSITION_END_RE.search(window, 0, m.start()):
            continue  # "Russia's attack on Ukraine involved 315 drones": the object of a preposition
        if _SUBJECT_GAP_RE.fullmatch(gap) and not _WEAPON_RE.search(gap):  # not "Russian drones were downed"
            return m.lastgroup
    return None


_PREPOSITION_END_RE = re.compile(
    r"\b(?:on|against|at|into|towards?|over|across|in|of|from|near|to)\s+(?:the\s+|an?\s+)?"
    r"(?:(?:north|south|east|west|central)(?:ern|-?(?:east|west)(?:ern)?)?\s+)?$",  # "an attack on western Ukraine"
    re.IGNORECASE,
)


def _rows_from_counts(
    text: str, counts: list[_Count], weapons: list[re.Match], post: Post, claims: list | None = None
) -> list[tuple[_Row, int]]:
    """One row per weapon (type, attacker) of the sentence, with the position of its first count.

    A role's first value wins: later ones for the same row are breakdowns ("57 drones,
    including 23 over the Kursk region").
    """
    rows: list[tuple[_Row, int]] = []
    last_weapon: str | None = None
    for count in counts:
        if count.weapon:
            last_weapon = count.weapon
        if count.revision and rows and _another_reporter(text, rows, rows[-1][0], count):
            count.revision = False  # "the city said 14 ..., while the air force put the national figure at 61"
            if count.role is None:
                count.role, count.separate = rows[-1][0].last_role, True  # the same measure, another claim
        revisable = count.role is None or any(r.last_role for r, _ in rows)  # else a figure of its own
        if count.revision and count.role != "none" and revisable:
            _revise([r for r, _ in rows], count, count.weapon or last_weapon, rows, text, post, claims or [])
            continue
        if count.role not in _ROLES or count.breakdown or count.complement:
            continue
        if count.all_launched and count.anaphoric and count.role == "intercepted" and _all_of_several([r for r, _ in rows], count.mention.value):
            continue  # "two Kinzhal and four Iskander-M missiles; all six were intercepted"
        weapon = count.weapon or (count.link.weapon if count.link else None)
        if weapon is None and not count.target and count.anaphoric:  # "Kh-101 missiles: 6 launched, 6 shot down"
            label = _label_weapon(text, count.mention.start) if ":" in text or " – " in text or " — " in text or " - " in text else None
            if label is not None:
                weapon, count.weapon_type = label[0], count.weapon_type or label[1]
        if weapon is None and not count.target:
            weapon = last_weapon or _sole_weapon(text, weapons, count)
        hint = count.attacker or _attacker_from_cue(count)
        # not the claim of another reporter: "the city said 14 drones were downed, while the air force said 40 of 52"
        candidates = [
            r for r, first in rows
            if not _report_boundary(text, first, count.mention.start) and not _another_reporter(text, rows, r, count)
        ]
        if count.anaphoric:  # "..., of which 29 were shot down": the nearest claim before it
            candidates.reverse()
        row = None if count.separate else _find_row(candidates, weapon, count.weapon_type, hint)
        if row is not None and row.values.get(count.role) is not None and (
            _another_night(text, rows, row, count) or _named_kind(text, count)
        ):
            row = None  # "63 drones overnight into Saturday ... and 81 drones overnight into Sunday"
        if row is None and count.target and rows:
            row = rows[-1][0]  # "..., hitting 9 targets": the strike just counted
        if row is None:  # weapon "" stands for the weapon of the claim this sentence continues
            row = _Row(None, weapon or "", count.weapon_type, post, [text])
            rows.append((row, count.mention.start))
        if row.launch_site is None and not count.target:
            nxt = next((c.mention.qualifier_start for c in counts if c.mention.start > count.end), len(text))
            row.launch_site = _launch_site_between(text, count.end, nxt)
        if row.values[count.role] is not None and not _revision_between(text, row.values, count) and not (
            count.anaphoric and _TOTAL_TAIL_RE.match(text, count.end)  # "11 over Bryansk, 4 over Kursk ... 17 in total"
        ) and not (count.total and count.mention.value > row.values[count.role]):  # "34 over Moscow, out of 337 destroyed"
            continue  # a breakdown of a figure already given
        row.values[count.role] = int(count.mention.value)
        row.last_role, row.last_pos = count.role, count.mention.start
        row.additional = row.additional or count.additional
        article = count.mention.text.lower() in ("a", "an")
        first_figure = sum(v is not None for v in row.values.values()) == 1
        row.article_only = article and (first_figure or row.article_only)
        if count.role == "launched":
            row.qualifier = "more_than" if count.plus else count.mention.qualifier
        elif count.all_launched and row.values["launched"] is None:
            row.values["launched"], row.qualifier = int(count.mention.value), "exact"
        if count.all_downed and row.values["intercepted"] is None:
            row.values["intercepted"] = int(count.mention.value)
        if count.none_downed and row.values["intercepted"] is None:
            row.values["intercepted"] = 0
        row.weapon_type = row.weapon_type or count.weapon_type
        if not count.anaphoric and not count.part:
            row.anaphoric = False
        if hint and row.attacker is None:
            row.attacker = hint
            row.explicit_attacker = hint != ENEMY
    return [(r, first) for r, first in rows if r.is_claim() or r.values["hit"] is not None or r.revision is not None]


# "Air defences downed 52, the air force said, adding that Russia had also launched 2 missiles": another report
_ADDED_RE = re.compile(r"\b(?:adding|added|also\s+(?:said|reported))\b", re.IGNORECASE)


def _sole_weapon(text: str, weapons: list[re.Match], count: _Count) -> str | None:
    """The one weapon class a sentence names, for a bare count: not when it is named only in a report added later."""
    kinds = {_weapon_class(w) for w in weapons}
    if len(kinds) != 1:
        return None
    if weapons[0].start() > count.end and _ADDED_RE.search(text, count.end, weapons[0].start()):
        return None  # the bare count continues the claim before the sentence
    return kinds.pop()


def _revise(
    candidates: list[_Row], count: _Count, weapon: str | None, rows: list, text: str, post: Post, claims: list
) -> None:
    """ "60 drones were shot down, but it later raised the figure to 72": the new figure replaces the last one
    given; with none in the sentence, a row that carries it to the claim the sentence continues. Another
    claimant's figure ("..., but Klitschko put the number at 35") is a row of its own."""
    target = next((r for r in reversed(candidates) if r.last_role and (not weapon or r.weapon == weapon)), None)
    value = int(count.mention.value)
    if target is not None and any(target.last_pos < pos < count.mention.start and not c.pronoun for pos, c in claims):
        row = _Row(count.attacker, target.weapon, target.weapon_type, post, [text])
        row.values[target.last_role], row.last_role, row.last_pos = value, target.last_role, count.mention.start
        rows.append((row, count.mention.start))
    elif target is not None:
        target.values[target.last_role] = value
    else:
        row = _Row(count.attacker, weapon or "", count.weapon_type, post, [text])
        row.revision = int(count.mention.value)
        rows.append((row, count.mention.start))


_ADDITIONAL_BEFORE_RE = re.compile(r"\b(?:another|(?:a\s+)?further|(?:an\s+)?additional)\s+$", re.IGNORECASE)


_LABEL_SEP_RE = re.compile(r":|\s[–—-]\s")


def _label_weapon(text: str, pos: int) -> tuple[str, str | None] | None:
    """The weapon a list of bare figures is labelled with: "Shahed drones: 112 launched, 79 shot down; ..."."""
    seg_start = text.rfind(";", 0, pos) + 1
    seps = list(_LABEL_SEP_RE.finditer(text, seg_start, pos))  # "Shahed drones: 112", "drones – 83 launched"
    colon = seps[-1].start() if seps else -1
    seg_start = seps[-2].end() if len(seps) > 1 else seg_start  # "Results — launched/downed: Shahed drones: 142"
    if colon < 0 or _NUMBERISH_LC.search(_lower(_WEAPON_RE.sub("", _BULLET_RE.sub("", text[seg_start:colon], count=1)))):
        return None
    label = [w for w in _WEAPON_RE.finditer(text, seg_start, colon) if not text[w.end() : colon].strip()]
    if not label:
        return None
    return _weapon_class(label[-1]), _weapon_type(text[seg_start:colon])


_NIGHT_MARK_RE = re.compile(
    r"\b(?:overnight\s+(?:into|on|to)|night\s+(?:of|into|to|on))\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z]\w+|[A-Z]\w+(?:\s+\d{1,2}\b)?)"
    rf"|\bon\s+(?:{_WEEKDAY_NAMES})\b"
    rf"|\b(?:{_WEEKDAY_NAMES})\s+night\b"
    r"|\b(?:the\s+)?(?:previous|preceding|following|next)\s+night\b|\bthe\s+night\s+(?:before|after)\b|\blast\s+night\b"
    r"|\b(?:a|one|the)\s+night\s+(?:earlier|later)\b"
    r"|^\W*(?:\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2})\b(?=\s*:)",
    re.IGNORECASE,
)


_SIDE_WORDS = frozenset({"Russian", "Ukrainian", "Russia's", "Ukraine's", "US-made", "Western", "Iranian", "Iranian-made"})


def _named_kind(text: str, count: _Count) -> bool:
    """ "4 Neptune-MD missiles and 2 Flamingo cruise missiles": a count of a kind named by its own capitalised
    word, another row than the one before it."""
    if count.anaphoric or count.breakdown or count.part or count.weapon is None:
        return False
    words = re.findall(r"[A-Z][\w'’-]*", text[count.mention.end : count.end])
    return any(w not in _SIDE_WORDS and not _WEAPON_RE.fullmatch(w) for w in words)


def _another_night(text: str, rows: list[tuple[_Row, int]], row: _Row, count: _Count) -> bool:
    """A second figure for a role of `row` that names a night of its own, unlike the row's first figure."""
    if "night" not in text and " on " not in text:
        return False
    if count.anaphoric and not _NIGHT_MARK_RE.search(text, count.end, _clause_end(text, count.end)):
        return False  # "... and a further 45 on Saturday night": a bare figure with a night of its own
    first = next((pos for r, pos in rows if r is row), None)
    if first is None:
        return False
    return _night_at(text, first, count.mention.qualifier_start) not in (None, _night_at(text, count.end))


def _night_at(text: str, pos: int, stop: int | None = None) -> str | None:
    """The night named right after `pos` in its clause ("145 drones on the night of January 1 to 2"), else the
    last one named before it; none from `stop` on."""
    end = _clause_end(text, pos) + 1  # + 1: the look-ahead for "22 March:"
    marks = list(_NIGHT_MARK_RE.finditer(text, 0, end if stop is None else min(end, stop)))
    after = [m for m in marks if m.start() >= pos]
    before = [m for m in marks if m.start() < pos]
    mark = after[0] if after else before[-1] if before else None
    return mark.group().lower() if mark else None


# "Air Command East said 14 drones ..., while the air force reported that Russia launched 88": two claims
_REPORT_BOUNDARY_RE = re.compile(
    r"(?:[,;]\s*|\b)(?:while|whereas|but|and)\s+(?:the\s+)?[\w'’ -]{2,60}?\s+(?:said|says|reported|reports|claimed|claims|"
    r"announced|stated)\b",
)


_PRONOUN_BEFORE_RE = re.compile(r"\b(?:it|he|she|they)\s+(?:also\s+)?$", re.IGNORECASE)
_SAID_SEMICOLON_RE = re.compile(r"\b(?:said|says|reported|reports|claimed|claims|stated|announced|wrote)\s*;")


def _report_boundary(text: str, start: int, end: int) -> bool:
    """Another claimant's report begins between two counts of a sentence."""
    if end - start < 20 or (" said" not in text and " report" not in text and " claim" not in text):
        return False
    if _REPORT_BOUNDARY_RE.search(text, start, end) is not None:
        return True
    said = _SAID_SEMICOLON_RE.search(text, start, end)  # "..., the governor said; ..., according to the air force"
    later = _REPORT_RE.search(text, said.end()) if said is not None else None
    return later is not None and not _PRONOUN_BEFORE_RE.search(text, max(0, later.start() - 14), later.start())


def _all_of_several(rows: list[_Row], value: float) -> bool:
    """ "All six" after rows launching two and four: each of them fully intercepted."""
    launched = [r for r in rows if r.values["launched"] is not None and r.values["intercepted"] is None]
    if len(launched) < 2 or sum(r.values["launched"] for r in launched) != value:
        return False
    for row in launched:
        row.values["intercepted"] = row.values["launched"]
    return True


_REPORTER_GAP_RE = re.compile(
    r"^[\s,;:(–—-]*(?:(?:while|whereas|but|and|as|meanwhile|separately|it|they|he|she|which|who|later|then|subsequently|also|"
    r"afterwards|has|had|have|since)\b[\s,]*)*$",
    re.IGNORECASE,
)


_ADVERB_CLAUSE_RE = re.compile(r"\s*(?:however|meanwhile|in\s+turn|for\s+(?:its|his|her|their)\s+part|though|too|also)\s*")


def _reporter_before(text: str, verb: re.Match) -> bool:
    """A reporting verb with a subject of its own in its clause: "the air force said", not "..., and said";
    "according to" names its reporter after it."""
    if verb.group().lower().startswith("according"):
        return True
    start = _clause_start(text, verb.start())
    while start and not text[start : verb.start()].strip(" ,") and _ADVERB_CLAUSE_RE.fullmatch(
        text, _clause_start(text, start - 1), start - 1
    ):
        start = _clause_start(text, _clause_start(text, start - 1) - 1)  # "the governor, however, said"
    return not _REPORTER_GAP_RE.match(text[start : verb.start()])


def _another_reporter(text: str, rows: list[tuple[_Row, int]], row: _Row, count: _Count) -> bool:
    """A figure introduced by another reporter than the row's first one ("X said 14 ..., while Y said 61";
    "... 30 drones, the General Staff said; the ministry said 41 ...")."""
    first = next((pos for r, pos in rows if r is row), None)
    if first is None or "said" not in text and "put" not in text and "report" not in text and "accord" not in text:
        return False
    verbs = [v for v in _REPORT_RE.finditer(text, 0, count.mention.start) if _reporter_before(text, v)]
    return len(verbs) >= 2 and any(first < v.start() for v in verbs)  # "X said 14 ..., while Y said 61"


_TOTAL_TAIL_RE = re.compile(r"\s+(?:in\s+total|altogether|overall)\b", re.IGNORECASE)


def _find_row(rows: list[_Row], weapon: str | None, weapon_type: str | None, attacker: str | None) -> _Row | None:
    for row in rows:
        if (
            row.weapon == (weapon or "")
            and _types_agree(row.weapon_type, weapon_type)
            and (attacker in (None, ENEMY) or row.attacker in (None, ENEMY, attacker))
        ):
            return row
    return None


def _types_agree(a: str | None, b: str | None) -> bool:
    if a is None or b is None or a == b:
        return True
    if a in _GENERIC_TYPES or b in _GENERIC_TYPES:
        return not (a in _GENERIC_TYPES and b in _GENERIC_TYPES)  # "8 ballistic" and "12 cruise": two kinds
    return a.startswith(b + "-") or b.startswith(a + "-")  # "Iskanders" after "Iskander-M missiles"


def _attacker_from_cue(count: _Count) -> str | None:
    if count.cue_side is None:
        return None
    if count.cue_role == "launched" or count.cue_side == ENEMY:
        return count.cue_side if count.cue_role == "launched" else None
    return _OTHER_SIDE[count.cue_side]


def _resolve_attackers(text: str, rows: list[_Row], context: _DocContext, around: list[str] | None = None) -> None:
    """Fill in attackers the counts did not name, from place, weapon type, sibling rows and claimant;
    last, from the place its paragraph names ("... in Dnipro. Air defences shot down three
    missiles over the region.")."""
    if all(row.attacker in (RUSSIA, UKRAINE) for row in rows):
        return  # the counts named them all
    location = _location_side(text)
    hints = {m.lastgroup for m in _SIDE_HINT_RE.finditer(text)}
    hinted = hints.pop() if len(hints) == 1 else None
    for row in rows:
        if row.attacker in (RUSSIA, UKRAINE):
            continue
        enemy = row.attacker == ENEMY or bool(_ENEMY_RE.search(text))
        side = context.side_of(row.claimant) or _org_side(text)
        if location:
            row.attacker = _OTHER_SIDE[location]
        elif _type_side(row.weapon_type):
            row.attacker = _type_side(row.weapon_type)
        elif (named := _named_weapons_side(text, row.weapon)) is not None:
            row.attacker = named  # "Russian drones: 112 launched; 88 shot down"
        elif side:  # a claimant reports the other side's attacks, unless "we launched"
            own = row.values["launched"] is not None and not enemy and _own_launch(text)
            row.attacker = side if own else _OTHER_SIDE[side]
        else:  # "the enemy": Ukrainian officials' word for Russia
            row.attacker = _launcher_side(text) or hinted or (RUSSIA if enemy else None)
        unsided = row.attacker is None and around is not None and not _names_a_side(" ".join(around))
        if unsided and row.values["launched"] is not None and _ATTACK_CONTEXT_RE.search(text) and not _THIRD_PARTY_RE.search(text):
            row.attacker = RUSSIA  # "The attack involved 200 drones, officials said": the war's usual attacker
    known = {r.attacker for r in rows if r.attacker}
    if not known and around:
        place = _location_side(" ".join(around)) or _place_side(" ".join(around))
        known = {_OTHER_SIDE[place]} if place else known
    if len(known) == 1:
        for row in rows:
            row.attacker = row.attacker or next(iter(known))


# "Russian drones", "Ukrainian long-range UAVs": a side's weapons named without a count
_SIDED_WEAPON_RE = re.compile(
    rf"\b(?:(?P<russia>Russian(?:-made)?)|(?P<ukraine>Ukrainian(?:-made)?))\s+(?!interceptor)(?:[A-Za-z-]+\s+){{0,2}}?"
    rf"(?P<w>{_DRONE}|{_MISSILE})(?![\w-])",
)


def _named_weapons_side(text: str, weapon: str) -> str | None:
    """ "Russian drones: 112 launched; 88 shot down": the side whose weapons of this kind the text names."""
    sides = {
        RUSSIA if m.group("russia") else UKRAINE
        for m in _SIDED_WEAPON_RE.finditer(text)
        if weapon in ("", "mixed") or _WEAPON_RE.fullmatch(m.group("w")).lastgroup == weapon
    }
    return sides.pop() if len(sides) == 1 else None


# "Russia launched 3 missile strikes using 5 missiles": the side that launches, when no count names it
_LAUNCHER_RE = re.compile(
    rf"\b(?:(?P<russia>{_RU})|(?P<ukraine>{_UA}))(?:\s+(?:forces|troops|army|military))?\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:launched|fired|used|attacked|struck|sent|targeted)\b"
)


# An air attack on a place, not drones a unit or a farmer used ("Volunteers sent 50 drones to the army")
_ATTACK_CONTEXT_RE = re.compile(
    r"\b(?:attack(?:s|ed|ing)?|strikes?|overnight|air\s+(?:raid|force|defen[cs]es?)|shot\s+down|intercept\w*|"
    r"(?:at|on|towards?)\s+(?:the\s+)?(?:city|region|capital|country))\b",
    re.IGNORECASE,
)


# Other wars' parties: an attack they report is no claim about this one
_THIRD_PARTY_RE = re.compile(
    r"\b(?=[A-Z])(?:Iran(?:ian)?s?|Tehran|Israel(?:is?)?|Hezbollah|Hamas|Gaza|Leban(?:on|ese)|Houthis?|Yemen(?:i)?|Red\s+Sea|"
    r"Syria(?:n)?|Iraq(?:i)?|India(?:n)?|Pakistan(?:i)?|Sudan(?:ese)?|RSF|Saudi|Emirati|Azerbaijan(?:i)?|Armenia(?:n)?|"
    r"North\s+Korea(?:n)?|Pyongyang|Taiwan(?:ese)?|CENTCOM|Central\s+Command)\b"
    r"(?!-)(?!\s+(?:designed|made|built|developed|supplied|Shahed|KN-23|ballistic\s+missiles?\s+(?:used|fired)\s+by))"
)  # not "Iranian-designed Shahed drones", "North Korean KN-23 missiles"


def _own_launch(text: str) -> bool:
    """ "we launched", "our drones struck"; "its drones attacked" only when one source speaks."""
    m = _OWN_LAUNCH_RE.search(text)
    return m is not None and (not m.group("its") or len(_REPORT_RE.findall(text)) <= 1)


def _org_side(text: str) -> str | None:
    """The side of the bodies a sentence names ("The Western Military District's air defence units destroyed ...")."""
    sides = {m.lastgroup for m in _ORG_SIDE_RE.finditer(text)}
    return sides.pop() if len(sides) == 1 else None


def _names_a_side(text: str) -> bool:
    return bool(_SIDE_RE.search(text) or _PLACE_RE.search(text))


# "Drones launched by Russia: 73": the agent of a passive launch verb
_BY_LAUNCHER_RE = re.compile(
    r"\b(?:launched|fired|sent|used)\s+(?:[\w'’-]+\s+){0,3}?by\s+(?:the\s+)?"
    rf"(?:(?P<russia>{_RU})|(?P<ukraine>{_UA}))(?![\w-])"
)


# "Russia's attack on gas facilities involved 35 missiles": whose attack it is
_ATTACK_OWNER_RE = re.compile(
    r"\b(?:(?P<russia>Russia['’]s|Russian|Moscow['’]s)|(?P<ukraine>Ukraine['’]s|Ukrainian|Kyiv['’]s))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attacks?|strikes?|barrages?|assaults?|bombardments?|raids?)\s+(?:on|against)\b"
)


def _launcher_side(text: str) -> str | None:
    sides = {m.lastgroup for m in _LAUNCHER_RE.finditer(text)}
    if " on " in text or "against" in text:
        sides |= {m.lastgroup for m in _ATTACK_OWNER_RE.finditer(text)}
    if "by" in text:
        sides |= {m.lastgroup for m in _BY_LAUNCHER_RE.finditer(text)}
    return sides.pop() if len(sides) == 1 else None


# "fired from Tu-95 bombers over the Volgograd region": where the launchers were, not the target
_FROM_BEFORE_RE = re.compile(r"\bfrom\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)


def _in_launch_phrase(text: str, m: re.Match) -> bool:
    pos = m.start()
    return (
        "from" in text[max(0, pos - 50) : pos]
        and m.group().split(None, 1)[0].lower() in ("over", "above", "in")
        and _ends(_FROM_BEFORE_RE, text, pos, 50) is not None
    )


def _place_side(text: str) -> str | None:
    """The side of every place the text names, when they are all on one side ("the Dnipropetrovsk regional
    administration said 11 UAVs were destroyed over the region"); not launch sites ("from Kursk")."""
    sides = {m.lastgroup for m in _PLACE_RE.finditer(_FROM_PLACES_RE.sub("", text))}
    return sides.pop() if len(sides) == 1 else None


_FROM_PLACES_RE = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:(?:area|areas|direction|directions|vicinity)\s+of\s+(?:the\s+)?)?"
    r"[A-Z][\w-]+(?:(?:\s*,\s*|\s*,?\s+and\s+|\s+)[A-Z][\w-]+)*"
)


# "Kyiv: 14 drones downed": a place heading a report
_PLACE_LABEL_RE = re.compile(
    rf"^\s*(?:(?P<russia>Moscow|{_RUSSIAN_PLACES})|(?P<ukraine>Kyiv|Kiev|{_UKRAINIAN_PLACES}))(?:\s+(?:region|oblast|city))?\s*:\s"
)


def _location_side(text: str) -> str | None:
    sides = {m.lastgroup for m in _LOCATION_RE.finditer(text) if not _in_launch_phrase(text, m)}
    label = _PLACE_LABEL_RE.match(text) if ":" in text else None
    if label is not None:
        sides.add(label.lastgroup)
    return sides.pop() if len(sides) == 1 else None


# ---------------------------------------------------------------- claimants


def _claimants(text: str, context: _DocContext) -> list[tuple[int, _Claimant]]:
    """Who reports what in a sentence: (position of the reporting verb, claimant). Read-only result."""
    key = (text, len(context.regional_people))
    cached = context.claimant_cache.get(key)
    if cached is None:
        cached = context.claimant_cache[key] = _find_claimants(text, context)
    return cached


def _find_claimants(text: str, context: _DocContext) -> list[tuple[int, _Claimant]]:
    out = []
    for m in _REPORT_LC.finditer(_lower(text)):  # only offsets and the lowercased verb are read
        claimant = _claimant_at(text, m, context)
        if claimant is not None and claimant.side is None and _THIRD_COUNTRY_RE.search(
            text, _clause_start(text, m.start()), _clause_end(text, m.end())
        ):
            claimant = _Claimant(claimant.name, None, claimant.vague, claimant.person, claimant.pronoun, claimant.regional, True)
        if claimant is not None:
            out.append((m.start(), claimant))
    if out and "iting " in text:
        _cited_sources(text, out, context)
    source = _SOURCE_LINE_RE.match(text) if not out and ":" in text else None
    if source is not None:  # "Source: Ukraine's air force."
        claimant = _normalize_claimant(source.group(1), None, context)
        if claimant is not None and not claimant.pronoun:
            out.append((source.start(1), claimant))
    colon = _COLON_SOURCE_RE.match(text) if not out and ":" in text else None
    if colon is not None and _looks_like_source(colon.group(1)):
        claimant = _normalize_claimant(colon.group(1), None, context)
        if claimant is not None and not claimant.pronoun:
            out.append((colon.end(1), claimant))
    paren = _PAREN_SOURCE_RE.search(text) if not out and text.rstrip(" .").endswith(")") else None
    if paren is not None and _looks_like_source(paren.group(1)):  # "Launched: 98 drones ... (air force)"
        claimant = _normalize_claimant(paren.group(1), None, context)
        if claimant is not None and not claimant.pronoun:
            out.append((paren.start(), claimant))
    dash = _DASH_SOURCE_RE.search(text) if not out else None
    if dash is not None:  # "..., 9 more 'lost' – air force": a source line with no verb
        claimant = _normalize_claimant(dash.group(1), None, context)
        if claimant is not None and not claimant.pronoun:
            out.append((dash.start(), claimant))
    return out


# Third countries whose officials report drones over their own territory
_THIRD_COUNTRY_RE = re.compile(
    r"\b(?:Belarus(?:ian)?|Minsk|Poland|Polish|Romania(?:n)?|Moldova(?:n)?|Lithuania(?:n)?|Latvia(?:n)?|Estonia(?:n)?|"
    r"Finland|Finnish|Hungary|Hungarian|Slovakia|Slovak|NATO)(?:['’]s)?\b"
)


_CITING_RE = re.compile(r"\b[Cc]iting\s+([^,;:()]{2,60}?)\s*(?:[,;:()]|\.?$)")


def _cited_sources(text: str, out: list[tuple[int, _Claimant]], context: _DocContext) -> None:
    """ "..., Reuters reported, citing Ukraine's air force": the source cited makes the claim, not the outlet."""
    for m in _CITING_RE.finditer(text):
        cited = _normalize_claimant(m.group(1), None, context)
        if cited is None or cited.pronoun:
            continue
        before = [i for i, (pos, _) in enumerate(out) if pos < m.start()]
        i = before[-1] if before else 0  # "Citing the air force, Ukrainska Pravda reported ..." names the next one
        out[i] = (out[i][0], cited)


def _looks_like_source(label: str) -> bool:
    """ "Kharkiv governor Oleh Syniehubov:", "Air force:", "Zelensky:" name a source; "Overnight attack:" does not."""
    words = label.split()
    return bool(
        _OFFICE_RE.search(label) or _ORG_RE.search(label) or _AIR_FORCE_RE.search(label) or _MINISTRY_RE.search(label)
        or _STAFF_RE.search(label) or _NAVY_RE.search(label) or _ORG_NAME_RE.search(label)
        or (words and words[-1] in _PEOPLE_SIDES)
    )


# "Kharkiv governor Oleh Syniehubov: the enemy attacked ...": a source line with no verb
_SOURCE_LINE_RE = re.compile(r"\s*(?:sources?|via|data|figures|(?:information|data)\s+from)\s*:\s*([^.;:]{2,60}?)\s*\.?\s*$", re.I)
_COLON_SOURCE_RE = re.compile(r"\s*([^:,;\d\"“”]{2,60}?)\s*:\s")
_PAREN_SOURCE_RE = re.compile(r"\(([^(),:;\d]{3,40})\)\s*\.?\s*$")
_DASH_SOURCE_RE = re.compile(r"\s[–—]\s*([^–—,;:\d]{2,40}?)\s*[.)]?\s*$")


def _claimant_at(text: str, verb: re.Match, context: _DocContext) -> _Claimant | None:
    if _ends(_PASSIVE_BEFORE_RE, text, verb.start()) or _ends(_AS_BEFORE_RE, text, verb.start()):
        agent = _BY_AGENT_RE.match(text, verb.end())  # "was reported by the Russian Defence Ministry", "as reported by"
        return _normalize_claimant(agent.group(1), None, context) if agent else None  # "were confirmed shot down"
    left = _AUX_TAIL_RE.sub("", text[: verb.start()])
    segments = [s.strip() for s in _SEGMENT_SPLIT_RE.split(left)]
    right = _SEGMENT_SPLIT_RE.split(text[verb.end() :], maxsplit=1)[0]
    right = _RIGHT_CUT_RE.sub("", right).strip()
    if verb.group().lower().startswith(("according", "per")):  # "..., per Ukraine's air force"
        return _normalize_claimant(right, None, context)
    if not segments[-1]:  # ", claimed Moscow", or an appositive: "X, governor of Y, said"
        short = len(right.split()) <= 5 or (len(right.split()) <= 9 and _NAMED_BODY_RE.search(right))
        after = _normalize_claimant(right, None, context) if short else None
        if after is not None or len(segments) == 1:
            return after
        segments.pop()
    if _IT_RE.match(segments[-1]):
        return None  # "..., it said": the claimant of the claim it continues
    for i in range(len(segments) - 1, max(-1, len(segments) - 4), -1):
        previous = segments[i - 1] if i > 0 else None
        person = _apposition_person(previous, segments[i], context)
        if person is not None:
            return person
        if _ADVERBIAL_RE.match(segments[i]) or _ADVERB_CLAUSE_RE.fullmatch(segments[i]):
            continue  # "The air force, in a Telegram post, said", "The ministry, meanwhile, said": not the subject
        claimant = _normalize_claimant(segments[i], previous, context)
        if claimant is not None:
            return claimant
        if not _REJECT_RE.match(segments[i]):
            break
    return None


_AS_BEFORE_RE = re.compile(r"\bas\s+$", re.IGNORECASE)
_BY_AGENT_RE = re.compile(r"\s+by\s+([^,;.:()]{2,60}?)\s*(?:[,;.:()]|$)")
_ADVERBIAL_RE = re.compile(
    r"^(?:in|on|at|via|through|during|after|before|with|from|citing|late|early|earlier|later|overnight)\b", re.IGNORECASE
)


_DESCRIPTOR_RE = re.compile(r"^(?:the|a|an|its|his|her|Ukraine['’]s|Russia['’]s)\s", re.IGNORECASE)


def _apposition_person(name: str | None, descriptor: str, context: _DocContext) -> _Claimant | None:
    """ "Mykola Oleshchuk, the air force commander, said": the person named, not the body described."""
    if not name or not _DESCRIPTOR_RE.match(descriptor) or not _NAME_RE.fullmatch(name.strip()):
        return None
    person = _person_name(name)
    if person is None or len(person.split()) < 2 or any(w.lower() in _STOPWORDS for w in person.split()):
        return None
    return _normalize_claimant(name, None, context)


def _normalize_claimant(segment: str, previous: str | None, context: _DocContext) -> _Claimant | None:
    """A canonical claimant for a reporting subject such as "Kyiv's military" or "Mr Zelensky"."""
    seg = re.sub(r"^(?:(?:while|whereas|but|and|as|though|although)\s+)?(?:(?:the|a|an)\s+)?", "", segment.strip(" \t'\"“”‘’.!?"), flags=re.IGNORECASE)
    if not seg or _REJECT_RE.match(seg) or len(seg.split()) > 8:
        return None
    foreign = _FOREIGN_BODY_RE.match(seg)
    if foreign is not None and _looks_like_source(foreign.group("body")):  # "Poland's operational command": no side
        country = foreign.group("country").capitalize()
        return _Claimant(f"{_COUNTRY_ADJ.get(country, country)} {foreign.group('body')}", None, foreign=True)
    side = _side_in(seg)
    side = side if side != ENEMY else None
    place = _PLACE_RE.search(seg)
    side = side or (place.lastgroup if place else None)
    if side is None and (org := _ORG_SIDE_RE.search(seg)) is not None:  # "the Black Sea Fleet", "the SBU"
        side = org.lastgroup
    if _PRONOUN_RE.match(seg):
        return _Claimant(seg.lower(), None, pronoun=True)
    body_side = side or (UKRAINE if _AIR_FORCE_RE.search(seg) or _NAVY_RE.search(seg) else None)
    spokesperson = _SPOKESPERSON_RE.search(seg)
    if spokesperson is not None:  # "air force spokesman Yurii Ihnat": the person, on the side of his body
        full = context.full_name(spokesperson.group("name"))
        return _Claimant(full, body_side or _PEOPLE_SIDES.get(full.split()[-1]), person=True, body=_body_of(seg, full, body_side))
    if _AIR_FORCE_RE.search(seg):
        return _Claimant(f"{_SIDE_ADJ[body_side]} air force", body_side)
    if _NAVY_RE.search(seg) and len(seg.split()) <= 4 and body_side != RUSSIA:  # Russia's is "the Black Sea Fleet": a bare navy is Ukraine's
        return _Claimant(f"{_SIDE_ADJ[body_side]} navy", body_side)
    if _MINISTRY_RE.search(seg):
        return _Claimant(f"{_SIDE_ADJ[side]} defence ministry" if side else "defence ministry", side)
    if _STAFF_RE.search(seg):
        return _Claimant(f"{_SIDE_ADJ[side]} General Staff" if side else "General Staff", side)
    capital = _BARE_CAPITAL_RE.match(seg)
    if capital:  # "claimed Moscow": in air-defence reports, the defence ministry
        return {
            "kremlin": _Claimant("Kremlin", RUSSIA),
            "russia": _Claimant("Russian defence ministry", RUSSIA),
            "ukraine": _Claimant("Ukrainian military", UKRAINE, vague=True),
        }[capital.lastgroup]
    if _ORG_NAME_RE.search(seg):  # "Air Command East", "the Southern Defence Forces"
        return _Claimant(_ORG_NAME_RE.search(seg).group(), side, regional=True)
    name = _person_name(seg)
    if _OFFICE_RE.search(seg):
        prev_name = _person_name(previous) if previous and _NAME_RE.fullmatch(previous.strip()) else None
        office = _GOVERNOR_OF_RE.search(seg)
        name = (prev_name or name) if office and office.start() == 0 else (name or prev_name)
        regional = not re.search(r"\bhead\s+of\s+(?:the\s+)?(?:presidential|president|state|security|intelligence)", seg, re.I)
        if name:
            full = context.full_name(name)
            if side:
                context.person_sides.setdefault(full, side)
            if regional:
                context.regional_people.add(full)
            return _Claimant(full, side, person=True, regional=regional)
        return _Claimant(office.group() if office else seg, side, regional=regional)
    if name:
        full = context.full_name(name)
        regional = full in context.regional_people or full.split()[-1] in _REGIONAL_OFFICIALS
        return _Claimant(full, side or _PEOPLE_SIDES.get(full.split()[-1]), person=True, regional=regional,
                         body=_SPOKESPEOPLE.get(full.split()[-1]))
    if _ORG_RE.search(seg):
        if _VAGUE_ORG_RE.match(seg):
            return _Claimant(f"{_SIDE_ADJ[side]} military" if side else seg, side, vague=True)
        return _Claimant(seg, side, vague=bool(re.search(r"officials|authorities", seg, re.I)))
    return None


# "Poland's operational command", "the Romanian defence ministry": a third country's body
_COUNTRY_ADJ = {
    "Poland": "Polish", "Romania": "Romanian", "Moldova": "Moldovan", "Belarus": "Belarusian", "Lithuania": "Lithuanian",
    "Latvia": "Latvian", "Estonia": "Estonian", "Finland": "Finnish", "Hungary": "Hungarian", "Slovakia": "Slovak",
}
_FOREIGN_BODY_RE = re.compile(
    rf"(?P<country>{'|'.join(_COUNTRY_ADJ)}|{'|'.join(_COUNTRY_ADJ.values())})(?:['’]s)?\s+(?P<body>[\w\s-]+)$", re.IGNORECASE
)


# Bodies whose name tells their side
_ORG_SIDE_RE = re.compile(
    r"\b(?=[A-Z])(?:(?P<russia>(?:Black\s+Sea|Baltic|Northern|Pacific)\s+Fleet|Caspian\s+Flotilla|(?:Western|Southern|Central|Eastern|"
    r"Leningrad|Moscow)\s+Military\s+District|Aerospace\s+Forces|Rosgvardia|FSB)|"
    r"(?P<ukraine>SBU|HUR|GUR|Unmanned\s+Systems\s+Forces|(?:Operational|Air)\s+Command|Territorial\s+Defen[cs]e|"
    r"Ukrenergo|Naftogaz))\b"
)
# ", reported the Air Force of the Armed Forces of Ukraine": a long name after the verb, still a claimant
_NAMED_BODY_RE = re.compile(r"\b(?:air\s+force|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|general\s+staff|navy)\b", re.I)
_SPOKESPERSON_RE = re.compile(
    r"\b(?:spokes(?:man|woman|person)|commander|chief)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s*$"
)
_SIDE_ADJ = {RUSSIA: "Russian", UKRAINE: "Ukrainian", None: ""}


# Spokespeople whose words are their body's claims
_SPOKESPEOPLE = {"Ihnat": "Ukrainian air force", "Konashenkov": "Russian defence ministry", "Pletenchuk": "Ukrainian navy"}


def _body_of(seg: str, person: str, side: str | None) -> str | None:
    """ "air force spokesman Yuriy Ihnat" -> "Ukrainian air force": the body the person speaks for."""
    if _AIR_FORCE_RE.search(seg):
        return f"{_SIDE_ADJ[side]} air force"
    if _NAVY_RE.search(seg):
        return f"{_SIDE_ADJ[side]} navy"
    if _MINISTRY_RE.search(seg) and side:
        return f"{_SIDE_ADJ[side]} defence ministry"
    return _SPOKESPEOPLE.get(person.split()[-1])


def _person_name(seg: str) -> str | None:
    """The personal name in a phrase, without titles: "President Volodymyr Zelensky" -> "Volodymyr Zelensky"."""
    for m in reversed(list(_NAME_RE.finditer(seg))):
        words = m.group().split()
        while words and (words[0].lower().strip(".") in _TITLES or _SIDE_RE.fullmatch(words[0]) or _PLACE_RE.fullmatch(words[0])):
            words.pop(0)
        words = [w for w in words if w.lower() not in _TITLES]
        if words and not _SIDE_RE.fullmatch(words[-1]) and not _PLACE_RE.fullmatch(" ".join(words)) and not _ORG_WORD_RE.search(" ".join(words)):
            if len(words) <= 3 and all(re.fullmatch(r"[A-Z][\w'’.-]*", w) for w in words):
                return " ".join(words)
    return None


def _same_segment(claims: list[tuple[int, _Claimant]], text: str, pos: int) -> list[tuple[int, _Claimant]]:
    """The claims of the ";"-part of the sentence that holds `pos`, when it has any: "..., the governor said; in
    total Russia launched 47 drones, according to the air force"."""
    if ";" not in text or len(claims) < 2:
        return claims
    start, end = text.rfind(";", 0, pos) + 1, text.find(";", pos)
    end = len(text) if end < 0 else end
    inside = [c for c in claims if start <= c[0] < end]
    return inside or claims


def _nearest_claimant(claims: list[tuple[int, _Claimant]], pos: int) -> _Claimant | None:
    if not claims:
        return None
    return min(claims, key=lambda c: abs(c[0] - pos))[1]


def _resolve_pronoun(
    claimant: _Claimant, paragraphs: list[str], p_idx: int, prefix: str, context: _DocContext
) -> _Claimant | None:
    """ "he said": the last person reported as saying something before this point."""
    if not claimant.pronoun:
        return claimant
    texts = [prefix] + [paragraphs[i] for i in range(p_idx - 1, max(-1, p_idx - 4), -1)]
    for text in texts:
        people = [c for _, c in _claimants(text, context) if c.person and not _PRONOUN_RE.match(c.name)]  # "..., X said. He said"
        if people:
            return people[-1]
    return None


def _adopt_claimant(sentence: _Sentence, open_rows: list[_Row], paragraphs: list[str], context: _DocContext) -> None:
    """ "..., the air force added." after a claim with a vague or no claimant names who made it."""
    if not _REPORT_RE.search(sentence.text):
        return
    claims = _claimants(sentence.text, context)
    if not claims:
        return
    claimant = claims[-1][1]
    if claimant.pronoun or claimant.vague:
        return
    for row in open_rows:
        side = context.side_of(claimant)
        if (row.claimant is None or row.claimant.vague) and (side is None or row.attacker != side):
            row.claimant = claimant


# ---------------------------------------------------------------- merging


def _merge_into(new_rows: list[_Row], open_rows: list[_Row], context: _DocContext) -> tuple[list[_Row], list[_Row]]:
    """Add a sentence's rows to the open claim where they continue it; returns (touched, created)."""
    touched: list[_Row] = []
    created: list[_Row] = []
    for row in new_rows:
        if row.revision is not None and not row.is_claim():
            revised = next(
                (
                    r for r in reversed(open_rows)
                    if r.last_role and (not row.weapon or r.weapon == row.weapon)
                    and _claimants_agree(r.claimant, row.claimant, context)
                ),
                None,
            )
            if revised is not None:
                revised.values[revised.last_role] = row.revision
                _absorb(revised, row)
                touched.append(revised)
                continue
            # "The defence ministry put the national figure at 58" after a governor's 12: another's claim
            other = next((r for r in reversed(open_rows) if r.last_role and (not row.weapon or r.weapon == row.weapon)), None)
            if other is None or row.claimant is None:
                continue
            row.weapon, row.attacker, row.weapon_type = other.weapon, row.attacker or other.attacker, other.weapon_type
            row.values[other.last_role], row.last_role, row.revision = row.revision, other.last_role, None
        every = row.values["launched"]
        if not row.weapon and every is not None and every == row.values["intercepted"] and _all_of_several(open_rows, every):
            touched.extend(r for r in open_rows if r not in touched)  # "All six were intercepted."
            continue
        if row.updates and row.weapon:  # "In an updated statement, it said the total was 101 drones"
            old = next(
                (r for r in reversed(open_rows) if r.weapon == row.weapon and _claimants_agree(r.claimant, row.claimant, context)
                 and not _figures_agree(r, row)),
                None,
            )
            if old is not None:
                for k in _ROLES:
                    if row.values[k] is not None:
                        old.values[k] = row.values[k]
                        if k == "launched":
                            old.qualifier = row.qualifier
                _absorb(old, row)
                touched.append(old)
                continue
        target = _continued_row(row, open_rows, context)
        if target is not None:
            _absorb(target, row)
            touched.append(target)
            if target.pending and row.attacker is not None:  # "Shot down: 54 UAVs ... In total, the enemy launched 76"
                target.attacker, target.explicit_attacker, target.pending = row.attacker, row.explicit_attacker, False
                created.append(target)
            continue
        revised = _revised_row(row, open_rows, context)
        if revised is not None:  # "It later updated the figure to 44": the new figures replace the old
            revised.values = {k: row.values[k] if row.values[k] is not None else revised.values[k] for k in _ROLES}
            revised.qualifier = row.qualifier if row.values["launched"] is not None else revised.qualifier
            _absorb(revised, row)
            touched.append(revised)
            continue
        night = False  # another night's figure: never a restatement or breakdown of the open claim
        if not row.weapon and not (
            _another_claimants_share(row, open_rows, context) or (night := _another_nights_share(row, open_rows))
            or _additional_share(row, open_rows)
        ):
            continue  # a figure with no weapon and no claim to attach it to
        loose = None if night else _loosely_restated(row, open_rows, context)
        if loose is not None:
            loose.values = dict(row.values)
            loose.qualifier = row.qualifier
            _absorb(loose, row)
            touched.append(loose)
            continue
        if not night and _is_breakdown(row, open_rows, context):
            continue
        if row.attacker is None:
            row.attacker = next((r.attacker for r in open_rows if r.weapon == row.weapon), None)
        if row.attacker is None and row.evidence and _BULLET_RE.match(row.evidence[0]):
            sides = {r.attacker for r in open_rows if not r.pending and r.attacker}
            row.attacker = sides.pop() if len(sides) == 1 else None  # another item of the same list
        if not row.is_claim():
            continue
        touched.append(row)
        if row.attacker is None:
            row.pending = True  # kept open, never emitted unless a following sentence tells the attacker
            continue
        created.append(row)
    return touched, created


def _another_claimants_share(row: _Row, open_rows: list[_Row], context: _DocContext) -> bool:
    """ "The air force said 80 drones were shot down. Air Command South said 20 of them were destroyed ...":
    another claimant's figure for the weapons of the open claim is a claim of its own (takes their weapon)."""
    kinds = {(r.weapon, r.attacker) for r in open_rows if not r.pending}
    if row.claimant is None or len(kinds) != 1:
        return False
    if any(_claimants_agree(r.claimant, row.claimant, context) for r in open_rows):
        return False  # the same claimant's breakdown of its own figure
    row.weapon, attacker = next(iter(kinds))
    row.attacker = row.attacker or attacker
    return True


def _another_nights_share(row: _Row, open_rows: list[_Row]) -> bool:
    """ "Russia launched 160 drones on Tuesday night ... On Monday night, it had launched 90.": a figure with no
    weapon in a sentence that names a night the open claim does not is that night's claim (takes its weapon)."""
    text = row.evidence[-1]
    low = _lower(text)
    mark = _NIGHT_MARK_RE.search(text) if "night" in low or "on " in low else None
    claims = [r for r in open_rows if not r.pending]
    if mark is None or len({(r.weapon, r.attacker) for r in claims}) != 1 or _RELATIVE_LEAD_RE.search(text):
        return False  # "On Monday night, 40 of them were shot down over Kyiv": a part of the claim
    if any(mark.group().lower() in _lower(" ".join(r.evidence)) for r in claims):
        return False
    row.weapon = claims[0].weapon
    row.attacker = row.attacker or claims[0].attacker
    row.claimant = row.claimant or claims[0].claimant
    return True


def _continued_row(row: _Row, open_rows: list[_Row], context: _DocContext) -> _Row | None:
    if row.values["hit"] is not None and not row.is_claim():
        return open_rows[0] if len(open_rows) == 1 else None
    candidates = [
        r
        for r in open_rows
        if (not row.weapon or r.weapon == row.weapon)
        and _types_agree(r.weapon_type, row.weapon_type)
        and (not row.explicit_attacker or row.attacker == r.attacker or r.pending)
        and _claimants_agree(r.claimant, row.claimant, context)
    ]
    if row.article_only:  # "A drone was shot down over Kyiv." after "Russia launched 40 drones": a local detail
        candidates = [r for r in candidates if (r.values["launched"] or 0) <= 1]
    return next((r for r in candidates if _figures_agree(r, row) and _days_agree(r, row, context)), None)


_LAUNCH_WORD_RE = re.compile(r"\b(?:launch\w*|fired|fire|sent|used|attack\w*)\b", re.IGNORECASE)


def _of_the_downed(row: _Row, total: int) -> bool:
    """ "Of the 18 drones, eight ...": the total taken up again, not called launched."""
    text = row.evidence[-1].lower()
    return any(f"of the {n}" in text for n in {str(total), f"{total:,}"}) and not _LAUNCH_WORD_RE.search(text)


def _loosely_restated(row: _Row, open_rows: list[_Row], context: _DocContext) -> _Row | None:
    """ "Russia says it downed six missiles" then "shot down five of six missiles": the first was loose
    wording for the number launched; the fuller figures that follow replace it."""
    launched, intercepted = row.values["launched"], row.values["intercepted"]
    if launched is None or intercepted is None or intercepted >= launched:
        return None
    if _of_the_downed(row, launched):
        return None  # "18 drones were destroyed. Of the 18 drones, eight were downed over Bryansk": a breakdown
    return next(
        (
            r
            for r in open_rows
            if r.weapon == row.weapon
            and r.values["launched"] is None
            and r.values["intercepted"] == launched
            and r.values["lost"] is None
            and (row.attacker is None or r.attacker == row.attacker)
            and _types_agree(r.weapon_type, row.weapon_type)
            and _claimants_agree(r.claimant, row.claimant, context)
        ),
        None,
    )


# "later updated the figure to 44", "revising its tally to": figures that replace those given before.
_REVISION_RE = re.compile(
    r"\b(?:updat|revis|rais|correct|adjust|amend|lower|increas)(?:ed|es|e|ing)\s+(?:the\s+|its\s+|their\s+|that\s+|this\s+)?"
    r"(?:(?:initial|earlier|original|overnight|preliminary)\s+)?(?:figures?|numbers?|tally|count|total|estimates?|data)\b|"
    r"\b(?:figures?|numbers?|tally|count|total|estimates?)(?:\s+[\w-]+){0,4}?\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+"
    r"(?:later\s+|subsequently\s+|since\s+|then\s+)?(?:updat|revis|rais|correct|adjust|amend|lower|increas)ed\b"
    r"(?:\s+(?:up|down|upwards?|downwards?))?|"
    r"\b(?:figures?|numbers?|tally|count|total)(?:\s+[\w-]+){0,4}?\s+(?:(?:has|have|had)\s+)?(?:since\s+|now\s+|later\s+|then\s+)?"
    r"(?:risen|rose|grown|grew|climbed|increased|fallen|fell|dropped)\b|"
    r"\bin\s+(?:an|its|a\s+later|a\s+subsequent|the\s+latest)\s+update\b|\bupdated\s+(?:report|statement|summary|figures?|data)\b",
    re.IGNORECASE,
)


_REVISED_TO_RE = re.compile(
    "(?:" + _REVISION_RE.pattern + r")\s+(?:from\s+[\w,-]+\s+)?to\s+(?:about\s+|around\s+|some\s+|at\s+least\s+)?(?P<n>[\w,-]+)\s*(?:[.;,]|$)",
    re.IGNORECASE,
)


_REVISED_TO_BEFORE_RE = re.compile(
    "(?:" + _REVISION_RE.pattern + r")(?:\s+[\w-]+){0,5}?\s+(?:from\s+[\w,-]+\s+)?to\s+(?:about\s+|around\s+|some\s+|at\s+least\s+)?$|"
    r"\b(?:correct|actual|real|revised|updated|final)\s+(?:figure|number|total|tally|count)\s+(?:was|is|stood\s+at|stands\s+at)\s+$|"
    r"\b(?:put|puts|putting|placed|places|gave|gives|estimated)\s+(?:the\s+|its\s+|their\s+)?(?:figure|number|total|tally|count)"
    r"(?:\s+[\w-]+){0,4}?\s+(?:at|as)\s+(?:about\s+|around\s+|some\s+)?$|"
    r"\b(?:raised|lowered|revised|updated|corrected|increased|adjusted|amended)\s+(?:it|that|this|them)\s+(?:up\s+|down\s+)?to\s+$",
    re.IGNORECASE,
)
_REVISED_FROM_BEFORE_RE = re.compile("(?:" + _REVISION_RE.pattern + r")(?:\s+[\w-]+){0,5}?\s+from\s+$", re.IGNORECASE)
_CORRECT_FIGURE_RE = re.compile(
    r"\b(?:correct|actual|real|revised|updated|final)\s+(?:figure|number|total|tally|count)\b|"
    r"\b(?:later|subsequently|then)\s+(?:clarified|corrected|revised|updated|amended)\b",
    re.I,
)


_PUT_TOTAL_RE = re.compile(r"\btotal\b|\b(?:put|puts|putting|placed|places|gave|gives|estimated)\b", re.IGNORECASE)


_AND_BEFORE_RE = re.compile(r"(?:,\s*)?\band\s+$|,\s*$")
_PARALLEL_TAIL_RE = re.compile(r"\s+(?:on|over|in|at|into|against|towards?|from|during|overnight|last|the)\b", re.IGNORECASE)


_WERE_WEAPON_RE = re.compile(r"\s+(?:were|was)\s+(?:[\w-]+\s+){0,2}?(?=\S)")


def _composed_counts(text: str, counts: list[_Count], weapons: list[re.Match]) -> None:
    """ "neutralised 60 air targets, of which 55 were drones and 5 were cruise missiles": parts of a mixed
    figure that name their weapon after "were" share its role."""
    composed: _Count | None = None
    for i, count in enumerate(counts):
        joined = composed is not None and _CHAIN_GAP_RE.match(text[composed.end : count.mention.qualifier_start])
        if count.role == "none" or not count.anaphoric or not (count.part or joined):
            continue
        m = _WERE_WEAPON_RE.match(text, count.end)
        noun = next((w for w in weapons if m is not None and w.start() == m.end()), None)
        if noun is None:
            noun = next((w for w in weapons if m is not None and m.end() <= w.start() <= m.end() + 30), None)
            if noun is None or not _is_modifier_gap(" " + text[m.end() : noun.start()]):
                continue
        parent = next((c for c in reversed(counts[:i]) if c.weapon == "mixed" and not c.part and c.role in _ROLES), None)
        if parent is not None and count.role in (None, parent.role):
            count.role, count.weapon = parent.role, _weapon_class(noun)
            count.weapon_type = _weapon_type(text[m.end() : noun.end()])
            count.anaphoric, count.part, count.end = False, False, noun.end()
            composed = count


def _labelled_nights(text: str, counts: list[_Count]) -> None:
    """ "Russia launched 52 drones on Monday night; on Tuesday night, 87": a bare figure of another night."""
    for i, count in enumerate(counts):
        seg = text.rfind(";", 0, count.mention.start) + 1
        if count.role is not None or not count.anaphoric or not seg or not _TIME_LABEL_RE.match(text[seg:].lstrip()):
            continue
        prev = next((c for c in reversed(counts[:i]) if c.role in _ROLES and c.weapon and not c.anaphoric), None)
        if prev is not None:
            count.role, count.weapon, count.weapon_type = prev.role, prev.weapon, prev.weapon_type


def _parallel_counts(text: str, counts: list[_Count]) -> None:
    """ "147 drones on Saturday night and 93 on Sunday night": a bare figure after "and" that only changes the
    circumstances counts the same weapons in the same role; so does "..., 17 in total"."""
    if "total" in text or "altogether" in text or "overall" in text:
        head = next((c for c in counts if c.role in _ROLES and c.weapon and not c.anaphoric), None)
        for count in counts:
            if head is not None and count.role is None and count.anaphoric and _TOTAL_TAIL_RE.match(text, count.end):
                count.role, count.weapon, count.weapon_type = head.role, head.weapon, head.weapon_type
    if ";" in text:
        _labelled_nights(text, counts)
    for prev, count in zip(counts, counts[1:]):
        if (
            count.role is None and count.anaphoric and not count.part and not count.breakdown
            and prev.role in _ROLES and prev.weapon and not prev.part
            and _ends(_AND_BEFORE_RE, text, count.mention.qualifier_start, 12)
            and _PARALLEL_TAIL_RE.match(text, count.end)
        ):
            count.role, count.weapon, count.weapon_type = prev.role, prev.weapon, prev.weapon_type


_NOT_BETWEEN_RE = re.compile(r"\s*,?\s*(?:and\s+|but\s+)?not\s+")


def _not_corrections(text: str, counts: list[_Count], weapons: list[re.Match], cues: list[re.Match]) -> None:
    """ "41, not 36, Ukrainian drones", "132 drones, not 120 as reported earlier": the figure corrected away is
    no claim; the one kept has the role and noun of the pair."""
    for a, b in zip(counts, counts[1:]):
        if _NOT_BETWEEN_RE.fullmatch(text, a.end, b.mention.qualifier_start):
            if b.weapon is None and text[b.end : b.end + 1] == ",":  # "41, not 36, Ukrainian drones had been destroyed"
                noun = _weapon_after(text, b.end + 1, weapons)
                if noun is not None:
                    b.weapon, b.weapon_type = _weapon_class(noun[0]), _weapon_type(text[b.end + 1 : noun[1].end()])
                    cue = next((c for c in cues if c.start() >= noun[1].end()), None)
                    if cue is not None and _IMMEDIATE_RE.match(text[noun[1].end() : cue.start()]):
                        b.role = _CUE_ROLE[cue.lastgroup]
            a.role = a.role if a.role is not None else b.role
            a.weapon, a.weapon_type = a.weapon or b.weapon, a.weapon_type or b.weapon_type
            b.role = "none"


def _revised_counts(text: str, counts: list[_Count]) -> None:
    """ "said 29 missiles had been launched, but later corrected the figure to 26": the bare revised figure
    takes the role and weapon of the figure it corrects."""
    if not any(w in text for w in (" to ", "number", "figure", "tally", "total", " at ")):
        return
    for i, count in enumerate(counts):
        if count.mention.high is not None and count.role is None:  # "revised from 44 to 48": a range to numbers.py
            revised_from = _ends(_REVISED_FROM_BEFORE_RE, text, count.mention.qualifier_start, 80)
            if revised_from is not None:
                count.mention = replace(count.mention, value=count.mention.high, high=None, qualifier="exact")
                named = [_CUE_ROLE[c.lastgroup] for c in _CUE_LC.finditer(_lower(revised_from.group()))]
                count.role = named[-1] if named and named[-1] in _ROLES else None
                continue
        revision = count.role is None and _ends(_REVISED_TO_BEFORE_RE, text, count.mention.qualifier_start, 80)
        if revision:
            prev = next((c for c in reversed(counts[:i]) if c.role in _ROLES), None)
            named = [_CUE_ROLE[c.lastgroup] for c in _CUE_LC.finditer(_lower(revision.group()))]
            if named and named[-1] in _ROLES and count.role is None:
                count.role = named[-1]  # "revised the number of drones launched upward to 103"
                count.weapon = count.weapon or (prev.weapon if prev is not None else None)
            elif prev is not None and count.anaphoric:
                count.role, count.weapon, count.weapon_type = prev.role, prev.weapon, prev.weapon_type
            elif prev is None and (
                _PUT_TOTAL_RE.search(revision.group()) or _CORRECT_FIGURE_RE.search(revision.group()) or not count.anaphoric
            ):
                count.role = "launched"  # "The total has since risen to 110 drones", "revised its tally to 92 drones"
            if count.role in _ROLES and not count.anaphoric:  # "... to 92 drones and 6 missiles"
                last = count
                for nxt in counts[i + 1 :]:
                    if nxt.role is not None or nxt.anaphoric or not _CHAIN_GAP_RE.match(text[last.end : nxt.mention.qualifier_start]):
                        break
                    nxt.role, last = count.role, nxt


def _revise_open(text: str, open_rows: list[_Row]) -> None:
    """ "It later raised the number to 31": a bare revised figure replaces the single figure of the open claim."""
    if len(open_rows) != 1 or " to " not in text:
        return
    row = open_rows[0]
    given = [k for k in ("launched", "intercepted", "lost") if row.values[k] is not None]
    m = _REVISED_TO_RE.search(text) if len(given) == 1 else None
    numbers = find_numbers(m.group("n")) if m else []
    if numbers and numbers[0].is_count:
        row.values[given[0]] = int(numbers[0].value)
        row.evidence.append(text)


def _revision_between(text: str, values: dict[str, int | None], count: _Count) -> bool:
    """A revision cue before a second figure for the same role in one sentence: the later figure stands."""
    if not any(w in text for w in ("figure", "tally", "total", "number", "clarified", "corrected", "revised", "updated", " it ")):
        return False
    m = _REVISION_RE.search(text, 0, count.mention.start) or _CORRECT_FIGURE_RE.search(text, 0, count.mention.start)
    m = m or _ends(_REVISED_TO_BEFORE_RE, text, count.mention.qualifier_start, 80)  # "... 70 but later raised it to 76"
    return m is not None and text.find(str(values[count.role]), 0, m.start()) >= 0


# cheap test before the revision patterns: each needs one of these stems
_REVISION_HINT_RE = re.compile(
    r"pdat|evis|aise|orrect|djust|mend|ower|ncreas|isen|rose|row|limb|fell|allen|ropped|larifi|ctual|inal|real|put|gave|give|stimat|lace"
)


def _revised_row(row: _Row, open_rows: list[_Row], context: _DocContext) -> _Row | None:
    """The open row a sentence with a revision cue restates with new figures."""
    text = row.evidence[0] if row.evidence else ""
    if not _REVISION_HINT_RE.search(text):
        return None
    if not _REVISION_RE.search(text) and not _CORRECT_FIGURE_RE.search(text):
        return None
    return next(
        (
            r
            for r in open_rows
            if r.weapon == (row.weapon or r.weapon) and not r.pending
            and (row.attacker in (None, ENEMY) or r.attacker == row.attacker)
            and _types_agree(r.weapon_type, row.weapon_type)
            and _claimants_agree(r.claimant, row.claimant, context)
        ),
        None,
    )


def _figures_agree(a: _Row, b: _Row) -> bool:
    return all(a.values[k] is None or b.values[k] is None or a.values[k] == b.values[k] for k in _ROLES)


def _is_breakdown(row: _Row, open_rows: list[_Row], context: _DocContext) -> bool:
    """A figure for part of a claim already made ("Thirteen of the drones were downed over the Black Sea")."""
    first = row.evidence[0] if row.evidence else ""
    if ("nother" in first or "further" in first or "additional" in first or " more" in first) and _ADDITIONAL_RE.search(first):
        return False  # "the ministry said another 12 drones had been shot down": more, not a part
    return (row.anaphoric or not row.explicit_attacker) and any(
        r.weapon == row.weapon and _claimants_agree(r.claimant, row.claimant, context) and _within(row, r)
        and _types_agree(r.weapon_type, row.weapon_type)
        and not (row.additional and not _PLACE_PHRASE_RE.search(" ".join(row.evidence)))
        and not _windows_differ(r, row, context)
        and not any(r.values[k] is not None and (row.values[k] or 0) > r.values[k] for k in _ROLES)  # a part is smaller
        for r in open_rows
    )


# "over the Kursk region", "in Odesa": where a part of a claim was downed
_PLACE_PHRASE_RE = re.compile(r"\b(?:over|above|near|in|around|across|towards?)\s+(?:the\s+)?[A-Z][\w'’-]+")


def _within(part: _Row, whole: _Row) -> bool:
    """No figure of `part` exceeds the launched total of `whole`: "93 launched" is no part of "72 launched"."""
    total = whole.values["launched"]
    return total is None or all(part.values[k] is None or part.values[k] <= total for k in ("launched", "intercepted", "lost"))


_ADDITIONAL_RE = re.compile(
    r"\b(?:another|a\s+further|an\s+additional)\s+(?:[\w-]+\s+)?(?:drones?|UAVs?|missiles?)\b|"
    r"\b(?:another|a\s+further|an\s+additional)\s+[\w-]+\s+(?:had|have|has|were|was)\s+(?:been\s+)?"
    r"(?:shot\s+down|downed|destroyed|intercepted|launched|fired)\b|"
    r"\b[\w-]+\s+more\s+(?:(?:drones?|UAVs?|missiles?)\s+)?(?:had|have|has|were|was)\s+(?:been\s+)?"
    r"(?:shot\s+down|downed|destroyed|intercepted|launched|fired)\b|"
    r"\b(?:shot\s+down|shooting\s+down|downed|downing|destroyed|destroying|intercepted|intercepting)\s+[\w-]+\s+more\b",
    re.I,
)


def _additional_share(row: _Row, open_rows: list[_Row]) -> bool:
    """ "Later, it said another 18 had been shot down": more of the open claim's weapons, a claim of its own."""
    first = row.evidence[0] if row.evidence else ""
    kinds = {(r.weapon, r.attacker) for r in open_rows if not r.pending}
    if len(kinds) != 1 or not ("nother" in first or "further" in first or "additional" in first or " more" in first):
        return False
    if not _ADDITIONAL_RE.search(first):
        return False
    row.weapon, attacker = next(iter(kinds))
    row.attacker = row.attacker or attacker
    return True


def _windows_differ(a: _Row, b: _Row, context: _DocContext) -> bool:
    """ "On the night of 3 March ... On the night of 4 March ...": figures for another night or period are
    a claim of their own, not a breakdown of the one before."""
    anchor, _ = provenance.anchor_date(a.post, context.doc)
    ends = [provenance.time_window(" ".join(r.evidence), anchor).end for r in (a, b)]
    if None not in ends:
        return ends[0] != ends[1]
    nights = [_night_at(r.evidence[0], 0) for r in (a, b)]  # "Friday night: ...", "Saturday night: ..."
    return None not in nights and nights[0] != nights[1]


def _absorb(target: _Row, row: _Row) -> None:
    for k in _ROLES:
        if target.values[k] is None and row.values[k] is not None:
            target.values[k] = row.values[k]
            if k == "launched":
                target.qualifier = row.qualifier
    target.weapon_type = _specific_type(target.weapon_type, row.weapon_type)
    named = row.claimant is not None and row.claimant.person and target.claimant is not None and not target.claimant.person
    if target.claimant is None or (target.claimant.vague and row.claimant and not row.claimant.vague) or (
        named and target.claimant.regional and _OFFICE_RE.search(target.claimant.name)
    ):
        target.claimant = row.claimant or target.claimant  # the body's or the office's name gives way to a named one
    for sentence in row.evidence:
        if sentence not in target.evidence:
            target.evidence.append(sentence)


def _specific_type(a: str | None, b: str | None) -> str | None:
    if a is None or (a in _GENERIC_TYPES and b is not None):
        return b
    return a


def _claimants_agree(a: _Claimant | None, b: _Claimant | None, context: _DocContext) -> bool:
    """Same claimant, or one of them too vague to tell apart ("Moscow", "the defence ministry")."""
    if a is None or b is None or a.name == b.name or b.name == a.body or a.name == b.body:
        return True  # a spokesperson speaks for the body
    sa, sb = context.side_of(a), context.side_of(b)
    if sa is not None and sb is not None and sa != sb:
        return False
    office = next((c for c in (a, b) if c.regional and not c.person and _OFFICE_RE.search(c.name)), None)
    if office is not None and (b if office is a else a).person and (b if office is a else a).regional:
        return True  # "Kharkiv governor" in a headline, "Syniehubov" in the body
    return a.vague or b.vague or _unsided(a.name) == _unsided(b.name)


def _unsided(name: str) -> str:
    return re.sub(r"^(?:Russian|Ukrainian)\s+", "", name)


def _dedupe(rows: list[_Row], context: _DocContext) -> list[_Row]:
    """One row per claim in a document: repeats with compatible figures and claimants collapse."""
    kept: dict[tuple[str | None, str], list[_Row]] = {}
    order: list[_Row] = []
    for row in rows:
        same = kept.setdefault((row.attacker, row.weapon), [])
        twin = next((k for k in same if _same_claim(k, row, context)), None)
        if twin is None:
            same.append(row)
            order.append(row)
        else:
            _absorb(twin, row)
    return order


def _drop_rounded_repeats(rows: list[_Row], context: _DocContext) -> list[_Row]:
    """ "Russia fires nearly 500 drones" above "Russia launched 497 drones, the air force said": a rounded
    figure (a headline's, a lead's) repeating an exact one of the same claim is no claim of its own."""
    rounded = [r for r in rows if r.values["launched"] is not None and r.qualifier in _ROUNDING]
    if not rounded:
        return rows
    out = []
    for row in rows:
        twin = None
        if row in rounded and row.values["intercepted"] is None and row.values["lost"] is None:
            twin = next(
                (
                    r for r in rows
                    if r is not row and r.qualifier == "exact" and r.attacker == row.attacker and r.weapon == row.weapon
                    and r.values["launched"] is not None and _rounds_to(row.values["launched"], row.qualifier, r.values["launched"])
                    and _types_agree(r.weapon_type, row.weapon_type)
                    and (row.claimant is None or (r.claimant is not None and _claimants_agree(r.claimant, row.claimant, context)))
                    and _days_agree(r, row, context)
                ),
                None,
            )
        if twin is None:
            out.append(row)
        elif twin.claimant is None:
            twin.claimant = row.claimant
    return out


_ROUNDING = ("approx", "more_than", "at_least", "up_to")


def _rounds_to(rounded: int, qualifier: str, exact: int) -> bool:
    """ "nearly 500" for 497, "500+" for 537, "up to 100" for 96: within a tenth (a quarter above a floor)."""
    if qualifier == "approx":
        return abs(exact - rounded) <= rounded / 10
    if qualifier in ("more_than", "at_least"):
        return rounded <= exact <= rounded * 1.25
    return rounded * 0.9 <= exact <= rounded


def _drop_summed_totals(rows: list[_Row], context: _DocContext) -> list[_Row]:
    """ "93 air attack means: 87 drones and 6 missiles": a mixed total broken down into its drone and
    missile rows (of the same post, attacker and claimant) is no claim of its own."""
    out = []
    for row in rows:
        if row.weapon == "mixed":
            parts = [
                r for r in rows
                if r.weapon in ("drone", "missile") and r.post is row.post and r.attacker == row.attacker
                and _claimants_agree(r.claimant, row.claimant, context)
            ]
            given = [k for k in ("launched", "intercepted", "lost") if row.values[k] is not None]
            kinds = {r.weapon for r in parts}
            if given and kinds == {"drone", "missile"} and all(
                row.values[k] == sum(r.values[k] or 0 for r in parts) for k in given
            ):
                continue
        out.append(row)
    return out


def _same_claim(a: _Row, b: _Row, context: _DocContext) -> bool:
    shared = [k for k in _ROLES if a.values[k] is not None and b.values[k] is not None]
    if not shared or any(a.values[k] != b.values[k] for k in shared):
        return False
    if not _types_agree(a.weapon_type, b.weapon_type) or not _claimants_agree(a.claimant, b.claimant, context):
        return False
    return _days_agree(a, b, context)  # not the same figures for two different nights


def _row_day(row: _Row, context: _DocContext) -> str | None:
    """The day the row's own words name ("overnight into Tuesday"), None when they name none."""
    cached = row.day_cache
    if cached is not None and cached[0] == len(row.evidence):
        return cached[1]
    anchor, _ = provenance.anchor_date(row.post, context.doc)
    if anchor is None:
        result = None
    else:
        day, how = provenance.resolve_date(" ".join(row.evidence), anchor)
        result = day.isoformat() if how else None
    row.day_cache = (len(row.evidence), result)
    return result


def _days_agree(a: _Row, b: _Row, context: _DocContext) -> bool:
    day_a, day_b = _row_day(a, context), _row_day(b, context)
    return day_a is None or day_b is None or day_a == day_b


# ---------------------------------------------------------------- output


def _as_record(row: _Row, doc: Document, seen: Counter) -> dict:
    claimant = row.claimant.name if row.claimant else None
    if claimant and row.claimant and not row.claimant.side and claimant in ("defence ministry", "General Staff"):
        defender = _OTHER_SIDE.get(row.attacker or "")
        claimant = f"{_SIDE_ADJ[defender]} {claimant}" if defender else claimant
    launched, intercepted, lost, hit = (row.values[k] for k in _ROLES)
    evidence = " ".join(row.evidence)
    day, date_source = provenance.resolve_report_date(row.post, doc, evidence)
    anchor, _ = provenance.anchor_date(row.post, doc)
    window = provenance.time_window(evidence, anchor)
    identity = [row.attacker, row.weapon, row.weapon_type, launched, intercepted, lost, claimant, day]
    seen[tuple(map(str, identity))] += 1
    occurrence = seen[tuple(map(str, identity))]
    record = provenance.claim_row(
        doc,
        row.post,
        table=TABLE,
        identity=identity if occurrence == 1 else [*identity, occurrence],
        report_date=day,
        date_source=date_source,
        claimant=claimant,
        evidence=evidence,
        extractor_version=EXTRACTOR_VERSION,
    )
    fields = {
        "attacker": row.attacker,
        "weapon": row.weapon,
        "weapon_type": row.weapon_type,
        "launched": launched,
        "intercepted": intercepted,
        "lost": lost,
        "hit": hit,
        "qualifier": row.qualifier if launched is not None else None,
        "regions": _regions(evidence),
        "time_window": window.label,
        "window_start": window.start,
        "window_end": window.end,
        "launch_site": row.launch_site,
        "scope": "regional" if _is_regional(row, claimant, evidence) else "national",
    }
    tail = {k: record.pop(k) for k in ("claimant", "evidence", "extractor_version")}
    return {**record, **fields, **tail}


# ---------------------------------------------------------------- places, launch sites, scope

# Normalised name -> spellings (oblast/region names and their main cities, seas).
_GAZETTEER: dict[str, str] = {
    # Ukraine
    "Kharkiv": r"Kharkiv|Kharkov", "Odesa": r"Odesa|Odessa", "Dnipropetrovsk": r"Dnipropetrovsk|Dnipro|Kryvyi\s+Rih|Nikopol|Pavlohrad",
    "Mykolaiv": r"Mykolaiv", "Lviv": r"Lviv", "Sumy": r"Sumy|Shostka|Konotop", "Chernihiv": r"Chernihiv",
    "Poltava": r"Poltava|Kremenchuk", "Cherkasy": r"Cherkasy", "Vinnytsia": r"Vinnytsia",
    "Zhytomyr": r"Zhytomyr", "Khmelnytskyi": r"Khmelnytskyi|Khmelnytskyy", "Rivne": r"Rivne", "Volyn": r"Volyn|Lutsk",
    "Ternopil": r"Ternopil", "Ivano-Frankivsk": r"Ivano-Frankivsk", "Chernivtsi": r"Chernivtsi",
    "Zakarpattia": r"Zakarpattia|Uzhhorod", "Kirovohrad": r"Kirovohrad|Kropyvnytskyi", "Kherson": r"Kherson",
    "Zaporizhzhia": r"Zaporizhzhia|Zaporizhia|Zaporozhye", "Donetsk": r"Donetsk|Kramatorsk|Sloviansk|Pokrovsk",
    "Luhansk": r"Luhansk", "Kyiv": r"Kyiv|Kiev|Bila\s+Tserkva",
    # Russia
    "Belgorod": r"Belgorod", "Kursk": r"Kursk", "Bryansk": r"Bryansk", "Oryol": r"Oryol|Orel",
    "Voronezh": r"Voronezh", "Rostov": r"Rostov|Taganrog|Millerovo", "Krasnodar": r"Krasnodar|Novorossiysk|Yeysk",
    "Lipetsk": r"Lipetsk", "Tula": r"Tula", "Kaluga": r"Kaluga", "Smolensk": r"Smolensk", "Ryazan": r"Ryazan",
    "Tambov": r"Tambov", "Leningrad": r"Leningrad", "Pskov": r"Pskov", "Novgorod": r"Novgorod", "Tver": r"Tver",
    "Yaroslavl": r"Yaroslavl", "Saratov": r"Saratov|Engels", "Volgograd": r"Volgograd", "Astrakhan": r"Astrakhan",
    "Tatarstan": r"Tatarstan|Kazan|Yelabuga|Alabuga", "Bashkortostan": r"Bashkortostan", "Chechnya": r"Chechnya",
    "Dagestan": r"Dagestan", "Penza": r"Penza", "Ivanovo": r"Ivanovo", "Samara": r"Samara", "Murmansk": r"Murmansk",
    "Kaliningrad": r"Kaliningrad", "Stavropol": r"Stavropol", "Moscow": r"Moscow", "Nizhny Novgorod": r"Nizhny\s+Novgorod",
    "St Petersburg": r"St\.?\s+Petersburg|Saint\s+Petersburg", "Crimea": r"Crimea", "Sevastopol": r"Sevastopol",
    # seas
    "Black Sea": r"Black\s+Sea", "Sea of Azov": r"Sea\s+of\s+Azov|Azov\s+Sea", "Caspian Sea": r"Caspian\s+Sea",
    "Baltic Sea": r"Baltic\s+Sea", "Gulf of Finland": r"Gulf\s+of\s+Finland",
}
_CAPITALS = {"Kyiv", "Moscow"}  # also stand for governments ("Kyiv said"): need a place context
_PLACE_NAMES = list(_GAZETTEER)
_GAZETTEER_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(f"(?P<g{i}>{alts})" for i, alts in enumerate(_GAZETTEER.values())) + r")(?![\w-])"
)
_CAPITAL_PLACE_BEFORE_RE = re.compile(
    r"(?:\b(?:over|on|at|in|into|towards?|near|above|against|around|targeted|struck|hit|attacked|across)\s+(?:the\s+)?"
    r"|,\s*|\band\s+)$",
    re.IGNORECASE,
)
_REGION_AFTER_RE = re.compile(r"^\s*(?:region|oblast|province|city|regions|oblasts)\b", re.IGNORECASE)
_POSSESSIVE_AFTER_RE = re.compile(r"^['’]s\b|^\s+(?:said|says|claimed|claims|reported|regime|government)\b")


_FIRST_WORDS = frozenset(re.findall(r"(?<![\\\w])[A-Z][\w-]*", "|".join(_GAZETTEER.values())))
_CAPITALISED_RE = re.compile(r"(?<![\w-])[A-Z][\w-]*")


def _regions(text: str) -> list[str]:
    """Oblasts, Russian regions and seas named in the evidence, normalised, in order of mention."""
    out: list[str] = []
    last_end = 0
    for word in _CAPITALISED_RE.finditer(text):  # cheap: only known first words try the gazetteer
        if word.group() not in _FIRST_WORDS or word.start() < last_end:
            continue
        m = _GAZETTEER_RE.match(text, word.start())
        if m is None:
            continue
        last_end = m.end()
        name = _PLACE_NAMES[int(m.lastgroup[1:])]
        after = text[m.end() : m.end() + 20]
        if _POSSESSIVE_AFTER_RE.match(after) and not _REGION_AFTER_RE.match(after):
            continue  # "Moscow's air defences", "Kyiv said": a government, not a place
        if name in _CAPITALS and not (
            _REGION_AFTER_RE.match(after) or _CAPITAL_PLACE_BEFORE_RE.search(text[max(0, m.start() - 20) : m.start()])
        ):
            continue
        if name not in out:
            out.append(name)
    return out


_SITE = (
    r"(?:Cape\s+[A-Z][\w-]+|(?:the\s+)?(?:Black\s+Sea|Sea\s+of\s+Azov|Azov\s+Sea|Caspian\s+Sea)"
    r"|(?:(?:temporarily\s+)?occupied\s+)?(?:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))"
)
_LAUNCH_SITE_RE = re.compile(
    rf"\bfrom\s+(?:the\s+)?(?:(?:area|areas|direction|directions|vicinity)\s+of\s+(?:the\s+)?)?"
    rf"(?P<site>{_SITE}(?:(?:\s*,\s*|\s*,?\s+and\s+){_SITE})*(?:\s+(?:regions?|oblasts?|areas?|directions?|airfields?))?)"
)


def _launch_site_between(text: str, start: int, stop: int) -> str | None:
    """ "from Cape Chauda" -> "Cape Chauda", "from the Bryansk and Oryol regions" -> "Bryansk and Oryol regions".

    Only a "from ..." phrase after the count and before the next one, in its clause's reach.
    """
    m = _LAUNCH_SITE_RE.search(text, start, min(stop, start + 120))
    if m is None or ";" in text[start : m.start()]:
        return None
    site = re.sub(r"^the\s+", "", m["site"])
    words = re.findall(r"[A-Z][\w-]+", site)
    known = any(_GAZETTEER_RE.fullmatch(w) for w in words) or site.startswith("Cape ") or re.search(r"Sea\b", site)
    if not known or _SIDE_RE.fullmatch(site) or re.match(r"(?:Ukraine|Russia|Ukrainian|Russian)\b", site):
        return None
    return site


_REGIONAL_CLAIMANT_RE = re.compile(
    r"\b(?:governor|mayor|regional|oblast|city|military\s+administration|air\s+command|operational\s+command|"
    r"defen[cs]e\s+forces\s+of\s+the\s+(?:south|north|east|west)|(?:southern|northern|eastern|western)\s+defen[cs]e\s+forces|"
    r"head\s+of\s+the\s+\w+)",
    re.IGNORECASE,
)
_REGIONAL_TEXT_RE = re.compile(
    r"\b(?:(?:at|on|over|towards?|against|targeting)\s+the\s+(?:region|city|oblast)\b|regional\s+(?:authorities|officials|"
    r"administration|governor|military\s+administration))",
    re.IGNORECASE,
)


def _is_regional(row: _Row, claimant: str | None, evidence: str) -> bool:
    """A regional air command's, a governor's or a mayor's count: part of a national one."""
    if row.claimant is not None and row.claimant.regional:
        return True
    if claimant and _REGIONAL_CLAIMANT_RE.search(claimant):
        return True
    return bool(_REGIONAL_TEXT_RE.search(evidence))
