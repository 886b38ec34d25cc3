"""The words of air-attack reporting, compiled once: sides, weapons and their types,
role cues (launched, shot down, lost, hit), claimant phrases, and the small data classes the
other modules pass around (`_Claimant`, `_Count`, `_Row`, `_Sentence`), plus text helpers
(clauses, sentence split) that every stage needs. No extraction logic beyond look-ups."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from sitrep.models import Post
from sitrep.numbers import NUMBER_WORD, NumberMention

EXTRACTOR_VERSION = "223"
TABLE = "air_attacks"

RUSSIA, UKRAINE, ENEMY = "russia", "ukraine", "enemy"
_OTHER_SIDE = {RUSSIA: UKRAINE, UKRAINE: RUSSIA}
_ROLES = ("launched", "intercepted", "lost", "hit")
_CONTINUATION_WINDOW = 2  # sentences within which a follow-up sentence can add to a claim
_WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_WEEKDAY_NAMES_LC = _WEEKDAY_NAMES.lower()  # in patterns run on lowercased text
_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
# where a count begins, in digits or in words ("96", "ninety-six", "a dozen"): for lookaheads that want a figure next,
# which news copy writes either way
NUMBER_START = rf"(?:\d|(?i:{NUMBER_WORD}|a\s+dozen)\b)"
# the past participles of downing, for every pattern that needs them ("were not brought down", "and neutralised")
DOWNED = r"(?:shot\s+down|brought\s+down|downed|destroyed|intercepted|neutrali[sz]ed)"

# "18 decoys were locationally lost": the plural alone names decoy drones
_DRONE = (
    r"drones?|UAVs?|(?:unmanned|uncrewed)\s+aerial\s+vehicles?|(?:unmanned|uncrewed)\s+aircraft|Shahed-\d+s?|Shaheds?|Geran-\d+s?|Gerans?|"
    r"Gerberas?|Lancets?|decoys|imitators|drones?-(?:simulators?|imitators?|decoys?)|"  # translated "drones-simulators"
    r"(?:imitator|decoy|simulator)-drones?"  # ... and "imitator-drones"
)
_MISSILE = (
    r"missiles?|Kinzhals?|Iskander-[MK]s?|Iskanders?|Kalibrs?|ATACMS|(?:Kh|X)-\d+[A-Z]{0,3}(?:/\d+)?s?|Zircons?|Tsirkons?|Oreshniks?|"
    r"S-[34]00s|Neptunes?|Storm\s+Shadows?|SCALPs?|KN-23s?|Onyx(?:es)?|Oniks|IRBMs?|"
    r"(?<=ballistic\s)ones|(?<=cruise\s)ones|(?<=hypersonic\s)ones"  # "five of the ballistic ones"
)
_MIXED = (
    r"(?:air|aerial)\s+(?:targets|weapons|assets)|(?:air|aerial)\s+attack\s+(?:means|weapons|assets|vehicles)|"
    r"(?:means|weapons)\s+of\s+(?:air|aerial)\s+attack"
)
_WEAPON_RE = re.compile(
    rf"(?<![\w-])(?:(?P<mixed>{_MIXED})|(?P<drone>{_DRONE})|(?P<missile>{_MISSILE})(?!\s+(?:troops|units|brigades?|regiments?)\b))"
    r"(?![\w-])",  # not "anti-aircraft missile troops": the defenders
    re.IGNORECASE,
)
# not "17 location lost" (a translated "locationally lost")
_TARGET_RE = re.compile(
    r"(?<![\w-])(?<!air )(?<!aerial )(?:targets?|sites?|locations?|objects?|facilities|facility)\b(?![\s-]*lost\b)", re.I
)
_KEYWORD_RE = re.compile(
    r"drone|UAV|missile|unmanned|uncrewed|Shahed|Ger(?:an|bera)|Lancet|On(?:yx|iks)|Kinzhal|Iskander|Kalibr|ATACMS|Kh-\d|X-\d|"
    r"Zircon|Tsirkon|Oreshnik|Neptune|Storm\s+Shadow|SCALP|KN-23|IRBM|"
    r"(?:air|aerial)\s+(?:targets|weapons|assets|attack\s+(?:means|weapons|assets|vehicles))|of\s+air\s+attack",
    re.IGNORECASE,
)
_FOLLOWUP_RE = re.compile(
    r"lost|jammed|suppress|down|destroy|intercept|neutrali|repel|targets|hit|unaccounted|both|none|neither|missing|of them|of which|of the|"
    r"same\s+(?:totals?|figures?|numbers?|counts?|tally)",  # "The air force gave the same figures."
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
_WEAPON_LC = _lowered(_WEAPON_RE)
_DIGIT_RE = re.compile(r"\d")
_NUMBER_WORD_LC = re.compile(  # (?=\w): see _LOCATION_RE
    r"\b(?=\w)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen|"
    r"both|none|neither|couple|pair)\b"
)


def _numberish(low: str) -> bool:
    """A digit or a number word in lowercased text: only then can it state a count. Two scans: the one for a
    digit skips ahead fast, which one alternation that starts with a word boundary cannot."""
    return _DIGIT_RE.search(low) is not None or _NUMBER_WORD_LC.search(low) is not None


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
    (r"Flamingo", "Flamingo", UKRAINE),
    (r"Tochka(?:-U)?", "Tochka-U", UKRAINE),
    (r"Taurus", "Taurus", UKRAINE),
    (r"Lyutyi", "Lyutyi", UKRAINE),
    (r"KAB(?:-\d+)?|guided\s+(?:aerial\s+|air\s+)?bombs?", "KAB", RUSSIA),
    (r"IRBM", "IRBM", RUSSIA),  # an intermediate-range ballistic missile: a kind of its own (Oreshnik), not a Kinzhal
    (r"ballistic", "ballistic", None),
    (r"cruise", "cruise", None),
    (r"hypersonic", "hypersonic", None),
)
_TYPE_RE = re.compile("|".join(f"(?P<t{i}>\\b{p}(?:s|es)?\\b)" for i, (p, _, _) in enumerate(_TYPES)), re.IGNORECASE)
_GENERIC_TYPES = {"ballistic", "cruise", "hypersonic"}
# the class of a specific type, so that "48 of the cruise missiles" goes to the Kh-101 row, not the Iskander-M one
_TYPE_CLASS = {
    "Iskander-M": "ballistic", "IRBM": "ballistic", "KN-23": "ballistic", "S-300": "ballistic", "S-400": "ballistic", "Oreshnik": "ballistic",
    "ATACMS": "ballistic", "Kalibr": "cruise", "Iskander-K": "cruise", "Kh-101": "cruise", "Kh-555": "cruise",
    "Kh-55": "cruise", "Kh-59": "cruise", "Kh-69": "cruise", "Storm Shadow": "cruise", "SCALP": "cruise", "Neptune": "cruise",
    "Flamingo": "cruise", "Tochka-U": "ballistic", "Taurus": "cruise", "Kinzhal": "hypersonic", "Zircon": "hypersonic",
}

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
# `\b(?=\w)`: sre tries every alternative at each `\b`; the look-ahead skips word ends at once (every alternative
# starts with a word character, so it matches the same)
_SIDES_BODY = (
    r"\s+(?:[\w-]+\s+){0,2}?(?i:intelligence|military|army|armed|forces|navy|security|defen[cs]e|ministry|general|special|SBU|HUR|"
    r"GUR|FSB)\b"  # ("Ukraine's Security Service (SBU)")
)
_LOCATION_RE = re.compile(  # (not "calling for tougher sanctions against Moscow": no place attacked)
    r"\b(?=\w)(?<!sanctions\s)(?<!pressure\s)(?<!measures\s)(?i:at|on|against|over|above|in|(?<!back )into|attacked|attacking|attacks|struck|targeted|targeting|(?<!back )towards?|"
    r"(?:on\s+(?:the\s+)?)?approach(?:es)?\s+to|approaching)\s+(?i:the\s+)?(?i:territory\s+of\s+(?:the\s+)?)?"
    r"(?i:(?:western|eastern|southern|northern|central)\s+)?"
    rf"(?:(?P<russia>{_RU}|{_RUSSIAN_PLACES})|(?P<ukraine>{_UA}|{_UKRAINIAN_PLACES}))(?![\w-])"
    # not a body of the side: "a source in Ukraine's military intelligence"
    rf"(?!(?<=['’]s){_SIDES_BODY}|['’]s{_SIDES_BODY})"
    # nor the side's trade: "sanctions on Russian oil", "a ban on Russian gas exports" (not "at Russian oil facilities")
    r"(?!\s+(?i:oil|gas|crude|LNG|exports?|imports?|assets|banks?|revenues?|goods|coal|steel|diamonds)"
    r"(?:\s*[,.;:)\"”]|\s*$|\s+(?i:and|or|to|from|in|by|with|for|exports?|imports?|revenues?|sales|prices?)\b))",
)

_UA_REGIONAL = (
    "Terekhov Syniehubov Popko Tkachenko Kiper Lysak Vilkul Fedorov Prokudin Kim Artiukh Chaus Kozytskyi Sadovyi "
    "Kohut Taburets Kalashnyk Hryhorov Filatov Sienkevych Senkevych Filashkin Honcharenko Trukhanov"
)
_RU_REGIONAL = (
    "Khinshtein Starovoit Bogomaz Bohomaz Razvozhayev Aksyonov Gusev Drozdenko Beglov Artamonov Klychkov Slyusar "
    "Shapsha Milyaev Malkov Nikitin Makhonin Busargin Anokhin Kondratyev Nikolayev Minnikhanov Khabirov Rudenya "
    "Yevtushenko Vorobyov Smirnov Pervyshov Balitsky Pushilin Saldo Lyubimov Mironov Bocharov"
)
_PEOPLE_SIDES = {
    **dict.fromkeys("Zelensky Zelenskiy Zelenskyy Yermak Klitschko Syrskyi Ihnat Sybiha Kuleba Shmyhal Umerov".split(), UKRAINE),
    **dict.fromkeys("Putin Peskov Shoigu Belousov Lavrov Zakharova Gerasimov Sobyanin Gladkov Medvedev".split(), RUSSIA),
    # governors, mayors and heads of regional administrations: whose "enemy" a governor or mayor means
    **dict.fromkeys(_UA_REGIONAL.split() + ["Svyrydenko"], UKRAINE),
    **dict.fromkeys(_RU_REGIONAL.split() + ["Konashenkov"], RUSSIA),  # (the defence ministry's spokesman)
}
# Regional officials whose counts are part of a national one (governors, mayors, city heads).
_REGIONAL_OFFICIALS = frozenset(["Gladkov", "Sobyanin", "Klitschko", "Sukhov", *_UA_REGIONAL.split(), *_RU_REGIONAL.split()])
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

_CUE_RE = re.compile(
    r"\b(?=\w)(?:"  # (?=\w): see _LOCATION_RE
    rf"(?P<combo>{DOWNED}\s*(?:\s(?:or|and/or)\s|/)\s*(?:suppressed|jammed|neutrali[sz]ed|lost|disabled)|"
    rf"{DOWNED}\s+and\s+(?:suppressed|neutrali[sz]ed|disabled)\b|"  # "destroyed and suppressed 17 drones": one outcome
    rf"(?:detected|spotted|tracked)\s+and\s+{DOWNED})"  # "detected and destroyed"
    r"|(?P<ew>(?:neutrali[sz]ed|suppressed|downed|disabled|intercepted|stopped)\s+(?:by|with|using)\s+"
    r"(?:means\s+of\s+)?(?:electronic\s+warfare|EW|jamming))"
    # an air command's count of what came over its regions is a launch count: "30 drones entered the airspace over the
    # Sumy region"; drones that crossed into another country's airspace are no count of an attack on it
    rf"|(?P<entered>entered\s+(?:(?:Ukrainian|Ukraine['’]s)\s+airspace|(?:the\s+)?airspace\s+(?:over|of)\s+(?:the\s+)?"
    rf"(?:{_UKRAINIAN_PLACES}|Kyiv|Kiev)\b)|(?:flew|flown)\s+(?:into|over|at|towards?)\s+(?:the\s+)?(?:{_UKRAINIAN_PLACES}|Kyiv|Kiev)\b|"
    rf"(?:were\s+|was\s+|had\s+been\s+)?flying\s+(?:over|towards?)\s+(?:the\s+)?(?:{_UKRAINIAN_PLACES}|Kyiv|Kiev|"
    r"(?:southern|northern|eastern|western|central)\s+(?:regions|oblasts))\b)"
    r"|(?P<none>unaccounted|flew\s+back|flown\s+back|returned|turned\s+back|went\s+back|crash(?:ed|-landed)|strayed|crossed|"
    r"(?:entered|violated|crossed\s+into)\s+(?:[\w'’-]+\s+){0,2}airspace)"
    r"|(?P<other>produc(?:e|ed|es|ing)|manufactur(?:e|ed|es|ing)|buil[dt]s?|building|assembl(?:e|ed|es|ing)|"
    r"suppl(?:y|ied|ies|ying)|deliver(?:s|ed|ing|y)?|ship(?:ped|ping)|order(?:s|ed|ing)?|bought|buy(?:s|ing)?|"
    r"purchas(?:e|ed|es|ing)|stockpil(?:e|ed|es|ing)|ke(?:eps?|pt)(?!\s+[\w,-]+\s+(?:[\w-]+\s+)?from\s+reaching)|stor(?:e|ed|es|ing)|amass\w*|accumulat\w*|possess\w*|"
    r"in\s+reserve|arsenal|receiv(?:e|ed|es|ing)|costs?|pledged|promised|donated|transferred)"
    r"|(?P<lost>(?:locationally|location-?|locally)\s*lost|lost\s+to\s+(?:electronic\s+warfare|EW|jamming|(?:electronic\s+)?countermeasures)|"
    r"lost(?:\s+track(?:\s+of)?)?|jammed|suppressed|disrupted|redirected|diverted|"
    r"fail(?:ed|ing)\s+to\s+(?:reach|hit)|did\s+not\s+reach|didn['’]t\s+reach|disappear(?:ed|ing)|vanish(?:ed|ing)|"
    # "electronic warfare prevented another 29 from reaching their targets"
    r"(?:prevent(?:ed|s|ing)|kept|stopped)(?=\s+(?:another\s+|a\s+further\s+|the\s+other\s+)?[\w,-]+\s+(?:[\w-]+\s+)?from\s+reaching)|"
    r"(?:went|going|gone)\s+off\s+course|(?:went|going|gone|dropped|dropping|fell|falling)\s+off\s+(?:the\s+)?radars?|"
    r"(?:went|gone|go|were|was)\s+missing)"
    r"|(?P<intercept>repel(?:led|s|ling)?\s+(?:an?\s+)?(?:[\w-]+\s+)?attacks?\s+(?:by|of|involving)|shot\s+down|shoot(?:s|ing)?\s+down|brought\s+down|bring(?:s|ing)?\s+down|knocked\s+(?:out|down)|"
    r"t(?:aken|ook|ake|akes|aking)\s+(?:out|down)|downed|downs|downing|destroy(?:ed|s|ing)?|destruction|interception|intercept(?:ed|s|ing)?|neutrali[sz](?:ed|es|ing)|"
    r"repel(?:led|s|ling)?|repulsed|eliminated)"
    r"|(?P<launch>(?:struck|strikes?|hit|hits|hitting|target(?:ed|s|ing)|pound(?:ed|s|ing)|bombard(?:ed|s|ing)|"
    r"pummel(?:l?ed|s|l?ing)|hammer(?:ed|s|ing)|batter(?:ed|s|ing)|blast(?:ed|s|ing)|shell(?:ed|s|ing)|"
    r"assault(?:ed|s|ing)|raid(?:ed|s|ing)|"
    r"attack(?:ed|s|ing)?)\s+(?:[\w'’-]+\s+){0,12}?(?:with|using)|"
    r"launch(?:ed|es|ing)?(?!\s+(?:vehicles?|sites?|pads?|platforms?|positions?|points?|areas?|tubes?|crews?|rockets?|systems?)\b)|"
    r"fired|fires|firing|used|using|uses|deploy(?:ed|s|ing)|detected|targeted|targeting|unleash(?:ed|es|ing)?|came\s+in(?=\s+from\b)|"
    r"hurl(?:ed|s|ing)?|lobb(?:ed|ing)|threw|throw(?:s|ing)?|employ(?:ed|s|ing)|attack(?:ed|s|ing|(?!\s+(?:drones?|uavs?|helicopters?|aircraft)\b))|involv(?:e|ed|es|ing)|"
    r"(?:were|was|been)\s+(?:directed|aimed)\s+(?:at|against|towards?)|"  # "Up to 20 drones were directed at the region"
    r"(?:directed|aimed)(?=\s+(?:about\s+|some\s+|more\s+than\s+|over\s+|up\s+to\s+)?[\w,-]+\s+(?:[\w-]+\s+){0,3}?"
    r"(?:drones|uavs|missiles|shaheds)\s+(?:at|against|towards?)\b)|"  # "The enemy directed 90 attack drones at the region"
    rf"count\s+of(?=\s+(?:about\s+|around\s+|some\s+)?{NUMBER_START})|"  # "later gave a count of 96 missiles and 236 drones"
    rf"(?:totals?|figures?)\s+as(?=\s+(?:about\s+|around\s+|some\s+)?{NUMBER_START})|"  # "gave the totals as 426 drones and 41"
    r"t(?:ook|ake|akes|aking|aken)\s+part\s+in\s+(?:the|an?|this|that)\s+(?:[\w-]+\s+)?(?:operation|attack|strike|raid)|"  # "35 drones took part in the operation"
    # "It listed 3 Kinzhal aeroballistic missiles, 24 Kh-101 cruise missiles and ...": the weapons of the attack reported
    r"listed(?=\s+(?:a\s+total\s+of\s+|about\s+|some\s+)?[\w,-]+\s+(?:[\w-]+\s+){0,3}?(?:drones|uavs|missiles|shaheds)\b)|"
    r"(?:attack|barrage|strike|assault|raid|wave|salvo)s?\s+(?:[–—-]\s+|,\s+)?(?:which\s+|that\s+)?(?:also\s+)?includ(?:ed|es)|"
    rf"(?:attack|barrage|assault|raid|wave|salvo)\s+(?:of|by)(?=\s+(?:more\s+than\s+|about\s+|some\s+|nearly\s+|over\s+)?{NUMBER_START})|"  # "a barrage of 96 drones"
    r"sent|sends|recorded|registered|tracked|spotted|there\s+(?:were|was|have\s+been|had\s+been)|total\s+(?:was|stood\s+at|came\s+to|amounted\s+to)|" rf"(?:figures|tally|numbers)(?=(?:\s+[\w'’.-]+){{0,6}}?\s*:\s*(?:about\s+|some\s+)?{NUMBER_START})|" r"(?:count|tally|total)\s+(?:is|was|stands\s+at|stood\s+at)(?=\s+(?:about\s+|around\s+|some\s+)?[\w,-]+\s+(?:[\w-]+\s+){0,2}?(?:drones|uavs|missiles|shaheds)\b)|"
    r"compris(?:e|ed|es|ing)|consist(?:ed|s|ing)?\s+of|accompanied\s+by|"
    # "the air force reported (counted) 93 drones": a reporting verb whose object is the weapons counted (not "reported that
    # 12 drones heading for Moscow were downed": the clause has a verb of its own)
    r"(?:report(?:ed|s|ing)?|count(?:ed|s)|tall(?:ied|ies)|logged)(?=\s+(?!that\s)(?:(?:a\s+total\s+of|about|around|some|nearly|almost|over|more\s+than|at\s+least|up\s+to)\s+)?"
    r"[\w,-]+\s+(?:[\w-]+\s+){0,3}?(?:drones|uavs|missiles|shaheds|air\s+targets)\b))"
    r"|(?P<target>faced|faces|facing|endured|withstood|came\s+under\s+(?:attack|fire)\s+(?:from|by))"
    r"|(?P<hit>hit|hits|hitting|struck|striking|reach(?:ed|es)?\s+(?:their|its|the)\s+targets?|got\s+through)"
    r")\b",
    re.IGNORECASE,
)
_CUE_ROLE = {"combo": "intercepted", "ew": "lost", "entered": "launched", "none": "none", "other": "none", "lost": "lost", "intercept": "intercepted",
             "launch": "launched", "hit": "hit", "target": "launched"}
_CUE_LC = _lowered(_CUE_RE)
HABIT = r"(?:typically|routinely|usually|regularly|normally|generally|often)"  # a habit, not one attack
_MODAL_RE = re.compile(  # (?=\w): see _LOCATION_RE
    r"\b(?=\w)(?:can|could|would|will|may|might|if|unless|whenever|den(?:y|ies|ied)|plans?\s+to|planning\s+to|aims?\s+to|expected\s+to|able\s+to|capable\s+of|"
    r"preparing\s+to|ready\s+to|(?:capacity|capability|ability|potential)\s+to|threaten(?:s|ed)?\s+to|intends?\s+to|wants?\s+to|likely\s+to|(?:is|are)\s+set\s+to|"
    r"(?:preparing|planning|readying|plotting)(?=\s+(?:an?|another|new|its|the)\s)|poised\s+to|gearing\s+up(?:\s+for)?|bracing\s+for|"
    r"expect(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,2}to|predict(?:s|ed)?\s+(?:[\w'’-]+\s+){0,2}(?:will|would|to))\s+(?:[\w'’-]+\s+){0,3}$|"
    rf"\b(?:(?P<now>now)|{HABIT})\s+$",
    re.IGNORECASE,
)
_MODAL_LC = _lowered(_MODAL_RE)
_FILLER = (
    r"others?|another|more|further|additional|having|remain(?:ed|ing)?|were|was|had|have|has|been|being|are|is|also|later|"
    r"subsequently|reportedly|successfully|all|either|then|of\s+them|of\s+which|of\s+these|a\s+total\s+of|in\s+total|altogether|only|just|"
    r"(?<=been\s)(?:reported|confirmed)(?:\s+as)?|(?<=were\s)(?:reported|confirmed)(?:\s+as)?|(?<=was\s)(?:reported|confirmed)(?:\s+as)?"
)
_IMMEDIATE_RE = re.compile(rf"^(?:\s|[\"“”'‘’]|\b(?:{_FILLER})\b)*$", re.IGNORECASE)
_AUX_RE = re.compile(r"\b(?:were|was|been|are|is|remain(?:ed)?)\b", re.IGNORECASE)
# a figure given as the whole: "In total, the enemy launched 76", "In all, Russian forces used seven"
_IN_TOTAL_RE = re.compile(r"\b(?:in\s+total|in\s+all|a\s+total\s+of|altogether|overall)\b", re.IGNORECASE)
# Clause breaks; not the comma of "3,131" nor the colon of "09:00".
_CLAUSE_RE = re.compile(r"[;()–—|]|,(?!\d{3}\b)|:(?!\d\d\b)|\s-\s|\b(?:while|whereas|but|and\s+that)\b", re.IGNORECASE)
_OF_PHRASE_RE = re.compile(r"\s+of\s+[\w\s-]{1,30}?(?=,|\s+and\b)")
# "350 drones, most of them Shaheds, and 27 missiles", "350 drones (mostly Shaheds) and": an aside within a list
_LIST_ASIDE_RE = re.compile(
    r"\s*\([^()\d]{1,40}\)|,\s*(?:most(?:ly)?|many|some|all|half|the\s+majority|chiefly|mainly)\b[^,;()\d]{0,40},", re.I
)
# "shot down 1 missile and 58 drones, and 56 decoy drones were lost": a new clause with its own verb.
_COMMA_AND_RE = re.compile(r"^\s*,\s*and\s*$", re.IGNORECASE)
_OWN_VERB_RE = re.compile(r"\s+(?:were|was|had\s+been|have\s+been|has\s+been)\b", re.IGNORECASE)
_CHAIN_GAP_RE = re.compile(  # "5 Kh-101s, all 4 Kalibrs and 44 drones were downed": "all" is the next count's
    r"^\s*(?:,|and|,\s*and|as\s+well\s+as|plus)\s*(?:all\s+(?:of\s+)?(?:the\s+)?)?$", re.IGNORECASE
)
_MIXED_TAIL_RE = re.compile(r"^\s*(?:,?\s*(?:and|or|and/or|&|plus)\s+|,\s*)", re.IGNORECASE)  # a headline's "150 Drones, Missiles"
_PART_AFTER_RE = re.compile(r"^\s*(?:(?:out\s+)?of\s+(?:them|these|those|which)\b|of\s+the\s+(?:other\s+|remaining\s+)?)", re.I)
_TOTAL_AFTER_RE = re.compile(
    r"^\s*(?:\(\d{1,3}(?:[.,]\d{1,2})?\s*(?:%|per\s*cent|percent)\)\s*)?"  # "61 (68%) of the 90": a share beside the part
    rf"(?:/\s*|from\s+the\s+|\(?(?:out\s+of|of)\s+(?:the\s+|a\s+total\s+of\s+|(?:{_RU_OWNER}|{_UA_OWNER}|the\s+enemy['’]s)\s+)?)$", re.IGNORECASE
)  # "34 of the 90", "35 of Russia's 54"
_PART_BEFORE_RE = re.compile(r"\b(?:of\s+(?:them|these|those|which)|among\s+them)\s*,?\s*$", re.IGNORECASE)
_TOTAL_BEFORE_RE = re.compile(
    r"(?:(?:^|[,;:(–—]|\s-\s)\s*(?:out\s+|part\s+)?of|\bout\s+of(?:\s+a\s+total\s+of)?|(?:%|\bper\s?cent)\s+of|"
    r"\b(?:half|most|majority|many|several|dozens|third|quarter|two-thirds|three-quarters)\s+of)\s+"
    r"(?:the\s+|(?:Russia|Moscow|Ukraine|Kyiv)['’]s\s+)?$",
    re.IGNORECASE,
)  # "out of 81", "Of the 132", "85% of the 60 drones", "more than half of the 90 drones", ", part of the 68"
# "destroyed all 12 drones launched by Russia": the total launched is the number shot down.
_ALL_BEFORE_RE = re.compile(r"\b(?:all|each|every\s+one)\s+(?:of\s+)?(?:the\s+)?$", re.IGNORECASE)
# "all were intercepted", "all of which were destroyed", "claiming all had been downed"
_ALL_DOWNED_RE = re.compile(
    rf"\b{DOWNED}\s+(?:all\s+(?:of\s+)?(?:them|these|those)|them\s+all)\b|"
    r"(?<!\bnot )\ball\b(?:\s+(?:of\s+)?(?:them|which|these|those|the\s+(?:[\w-]+\s+)?(?P<kind>drones|missiles|UAVs)))?,?"
    r"\s+(?:had\s+been|have\s+been|has\s+been|were|was|are|been|being)?\s*(?:successfully\s+|reportedly\s+)?"
    rf"(?:{DOWNED}|repelled)\b",
    re.IGNORECASE,
)
_SINGLE_DOWNED_RE = re.compile(
    r"(?<!whether\s)(?<!\bif\s)(?<!\bor\s)\b(?:it|the\s+(?:[\w-]+\s+)?(?P<w>drone|UAV|missile)"  # not "did not say whether the missile was"
    r"|the\s+(?P<one>single\s+|lone\s+|only\s+)?(?P<t>Kinzhal|Kalibr|Iskander(?:-[MK])?|Kh-\d+\w*|Zircon|Oreshnik|IRBM|S-[34]00|KN-23))"  # "The Kinzhal was shot down"
    r"(?:,\s+(?:too|also|as\s+well),)?"  # "The missile, too, was shot down"
    # ("... and the single Kh-59 were shot down": the last of two subjects)
    r"(?:\s+(?:was|ha[sd]\s+(?:also\s+)?been|(?(one)were|(?!))\b)|\s+and\s+[^.;]{1,40}?\s+(?:were|had\s+been|have\s+been))\s+"
    r"(?:(?:also|likewise|too|successfully)\s+)?"  # "the missile was also shot down"
    rf"{DOWNED}\b",  # "The missile and 31 of the drones were shot down"
    re.IGNORECASE,
)
_DOWNING = r"shot\s+down|brought\s+down|shooting\s+down|downed|downing|destroyed|destroying|intercepted|intercepting|neutrali[sz](?:ed|ing)"
_ALL_THE_RE = re.compile(
    rf"\b(?:{_DOWNING})\b[^.;]{{0,40}}?\ball\s+(?:of\s+)?the\s+"
    r"(?P<w>drones|missiles|UAVs)\b",
    re.IGNORECASE,
)
# "all the missiles and 31 drones were destroyed": the subject before its verb.
_ALL_THE_BEFORE_RE = re.compile(
    r"\ball\s+(?:of\s+)?the\s+(?P<w>drones|missiles|UAVs)\b[^.;:]{0,40}?\b(?:were|was|had\s+been|have\s+been)\s+"
    rf"(?:successfully\s+)?{DOWNED}\b",
    re.IGNORECASE,
)
_ALL_OF_TYPE_RE = re.compile(
    rf"\b(?:{_DOWNING})\b[^.;]{{0,40}}?\ball\s+(?:of\s+)?(?:the\s+)?"  # "downed ... all (the) Kh-101s"
    r"(?P<t>(?:Kalibr|Kinzhal|Iskander(?:-[MK])?|Zircon|Shahed|Geran(?:-\d)?|(?:Kh|X)-\d+[A-Z]{0,3}|ATACMS|Neptune|Storm\s+Shadow)s?"
    r"|(?:cruise|ballistic)\s+missiles)\b"  # "... were shot down, along with all the cruise missiles"
    r"|\ball\s+(?:of\s+)?(?:the\s+)?(?P<t2>(?:Kalibr|Kinzhal|Iskander(?:-[MK])?|Shahed|(?:Kh|X)-\d+[A-Z]{0,3})s?|(?:cruise|ballistic)\s+missiles)\b"
    r"(?=[^.;:]{0,40}?\b(?:were|was)\s+"
    rf"{DOWNED})",
    re.IGNORECASE,
)
_KIND_SUBJECT_RE = re.compile(r"\bthe\s+(?:[\w-]+\s+)?(?P<w>drones|missiles|UAVs)\s+(?:were|had\s+been|have\s+been)\s+$", re.I)
_ALL_BUT_BEFORE_RE = re.compile(r"\ball\s+(?:but|except(?:\s+for)?)\s+$", re.IGNORECASE)
_DOWN_VERB = r"(?:shot\s+down|brought\s+down|knocked\s+(?:out|down)|taken\s+out|took\s+out|downed|destroyed|intercepted|neutrali[sz]ed|eliminated)"
_OF_KIND = (
    r"(?:\s+of\s+(?:them|these|those|which|the\s+(?:[\w-]+\s+){0,2}?(?P<kind>drones|UAVs|missiles)(?:\s+[^,;.]{1,80}?)?|"
    r"the\s+[^,;.]{1,80}?))?"  # "all but three of the 40 Shahed drones launched at the Kharkiv and Poltava regions overnight"
)
_ALL_BUT_RE = re.compile(
    rf"\ball\s+(?:but|except(?:\s+for)?)\s+(?P<n>[\w-]+){_OF_KIND},?\s+"
    rf"(?:had\s+been|have\s+been|has\s+been|were|was|are|been)?\s*(?:successfully\s+)?{_DOWN_VERB}\b|"
    rf"\b{_DOWN_VERB}\s+(?:[^.;:]{{1,60}}?\s+and\s+)?all\s+(?:but|except(?:\s+for)?)\s+(?P<n2>[\w-]+)"
    + _OF_KIND.replace("kind", "kind2"),
    re.IGNORECASE,
)  # "all but three (of the 60 drones) were shot down", "downed (138 of the drones and) all but two (of the missiles)"
# Cumulative totals ("since the start of the war") are history, not a claim about one attack.
_HISTORICAL_RE = re.compile(  # (?=\w): see _LOCATION_RE
    r"\b(?=\w)(?:since\s+(?:(?:it|they)\s+(?:was|were|had\s+been)\s+\w+|(?:its|their)\s+(?:creation|formation|founding|deployment)|"
    r"the\s+first\s+(?:deliveries|delivery|use|launch(?:es)?)\b|"
    r"the\s+(?:start|beginning|outbreak|onset)\s+of(?!\s+(?:the\s+|this\s+)?(?:day|today|night|(?:air\s+|drone\s+|missile\s+)?"
    r"(?:attack|raid|alert|assault|barrage)s?)\b)|"  # (not "since the start of the attack": tonight's)
    r"the\s+(?:full-scale\s+)?(?:invasion|war)\b|"
    rf"(?:last\s+)?(?:{_WEEKDAY_NAMES})\b(?!\s+(?:night|evening|morning))|"
    r"(?:(?:late|early|mid-?)\s*)?(?:\d{1,2}\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:\d{1,2},?\s+)?20\d\d\b|"
    r"(?:(?:late|early|mid-?)\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)|"
    r"(?:Russia['’]s\s+)?(?:full-scale\s+)?invasion)|throughout\s+the\s+war|full-scale\s+(?:invasion|war)\b|"
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+(?:years?|months?)\s+(?:ago|earlier)\b|(?:in\s+total\s+)?to\s+date\b|"
    r"(?:in|over|during|throughout)\s+the\s+(?:past|last|previous)\s+(?:week|month|fortnight|seven\s+days|\d+\s+days|"
    r"(?:two|three|four)\s+weeks)\b|so\s+far\s+(?:in|during)\s+the\s+war|over\s+the\s+course\s+of\s+the\s+(?:war|(?:past\s+|last\s+)?(?:week|month|year))\b|(?:in|throughout|during|across)\s+(?:19|20)\d\d\b|"
    r"(?:this|last|previous|past|(?:during|in|over|throughout)\s+(?:that|the\s+same))\s+(?:week|month|year|winter|spring|summer|autumn|fall)\b|"
    r"(?:during|throughout|for|across)\s+the\s+(?:week|month|year)\b|over\s+the\s+(?:week|month|year)\b|(?:over|during|throughout|across|in)\s+the\s+(?:summer|winter|spring|autumn|fall)\b|"
    r"(?:from|between)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:to|and|until|through)\s+"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|"
    r"(?:over|in|during|within)\s+an?\s+(?:(?:two|three|four|five|six|seven|ten|\d+)-day|(?:36|48|72|96)-hour)\s+period\b|"
    r"in\s+(?:just\s+|only\s+)?(?:a|one|a\s+single)\s+(?:week|month|year)\b|within\s+(?:a|one|two|three|four|several|\d+)\s+(?:weeks?|months?)\b|(?:in|over|during|within)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:36|48|72|96|120)\s+hours\b|"
    r"since\s+(?![^.,;]{0,40}?\b(?:attacks?|alerts?|raids?|assault|barrage|strikes?|night|evening|morning)\b)(?:the\s+)?"
    r"(?:[\w'’-]+\s+){1,4}?(?:began|begun|started|invaded|took\s+office|came\s+into\s+force)\b|"
    r"(?:for|in|during|over|throughout|across)\s+(?:the\s+(?:whole|entirety)\s+of|all\s+of)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|"
    r"(?:for|in|during|over|throughout|across)\s+the\s+(?:whole|entire)\s+(?:week|month|year)\b|running\s+(?:tally|total|count)|cumulative(?:ly)?\b|all-time\s+(?:tally|total)|(?:during|over|throughout)\s+the\s+(?:full-scale\s+)?(?:war|invasion)\b|"
    # forecasts: "warned of a possible attack involving up to 300 drones"
    r"warn(?:s|ed|ing)?\s+of\b|(?:possible|potential|expected|imminent|anticipated|looming|feared)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|barrages?)\b|"
    r"(?:winter|spring|summer|autumn|fall)\s+of\s+(?:19|20)\d\d|"
    # a period's tally under a heading: "August in figures:", "The week in numbers"
    r"(?:week|month|year|January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+(?:19|20)\d\d)?\s+in\s+(?:figures|numbers|data|statistics|stats)\b|"
    # habits, not one attack: "Russia typically launches 100 drones", "Each night, Russia sends ..."
    rf"{HABIT}\b|(?:each|every)\s+(?:night|day|week|month)\b|"
    r"on\s+(?:an?\s+)?(?:normal|typical|average|ordinary|quiet|usual|busy|good|bad)\s+(?:night|day)\b|(?:in|over)\s+(?:recent|the\s+coming|the\s+next)\s+(?:weeks|months|days|nights)\b|"
    r"(?:in|during|over|for)\s+the\s+week\s+(?:to|ending|through|of|from|between|beginning|starting)\b|"
    r"\bthe\s+(?:week|month|year)\s+so\s+far\b|"
    r"\bremains?\s+the\s+(?:largest|biggest|heaviest|record|deadliest)\b|"  # "Sunday's barrage of 810 drones remains the largest"
    r"\blast\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|"
    r"\b(?:a|the)\s+(?:[\w-]+\s+)?(?:week|month|year)\s+(?:in\s+which|during\s+which|when)\b|"  # "capped a month in which Russia fired"
    # a month ranked as a whole: "July was the heaviest month of the war so far, with more than 6,000 launched"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:was|had\s+been|became)\s+"
    r"(?:the|a|its)\s+(?:[\w-]+\s+){0,3}?month\b|"
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
    r"[^,;.:\d]{0,40}$",
    re.I,
)  # "the largest attack since July", "the third (15th) attack on Kyiv this week"; not "a third of", nor a record count
# ("a record 6297 drones in July": the month's total)
# "fired 12 Kalibr missiles during a naval exercise": practice, not an attack; nor wreckage in a museum's exhibit.
_EXERCISE_RE = re.compile(  # (?=\w): see _LOCATION_RE
    r"\b(?=\w)(?:exhibits?|exhibitions?|museums?|on\s+display|live[\s-]fire|exercises?|drills?|war\s+games|test[\s-]+(?:fired|firing|launch(?:ed|es)?)|mock\s+targets?|"
    r"(?:test|firing|training)\s+ranges?|proving\s+grounds?|training\s+(?:drones|missiles|targets)|to\s+practi[sc]e|"
    r"readiness\s+(?:checks?|inspections?|tests?)|snap\s+(?:checks?|inspections?)|target\s+(?:ships?|drones?)|"
    r"(?:in|during)\s+(?:recent\s+|field\s+|factory\s+)?(?:trials|testing))\b",
    re.I,
)
_EXERCISE_LC = _lowered(_EXERCISE_RE)
# "300 drones a day", "1,000 drones per night": a rate, not one attack.
_RATE_AFTER_RE = re.compile(
    r"\s*(?:(?:a|per|each|every|an)\s+(?:day|night|month|week|year|hour|minute)|(?:[\w-]+\s+){0,2}?at\s+a\s+time|"
    r"(?:daily|nightly|weekly|monthly)|"
    # a ratio: "one in ten shot down", "nine in every ten"
    r"in\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred|\d+)(?!\s+(?:[\w-]+\s+)?"
    r"(?:drones|missiles|uavs|shaheds|regions|cities|oblasts|districts|places|locations|areas|hours|days|nights|minutes|"
    r"waves|stages|batches|groups|rounds|salvos|bursts|directions|"
    r"weeks|months|years|hour|day|night|minute|week|month|year)\b))\b",
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
    r"\b(?:(?:previous|prior|old|former|earlier|last|past)\s+(?:record|high|peak|maximum)(?:,[^,;]{1,50},)?(?:\s+(?:of|was|stood\s+at|being))?|"
    r"the\s+record\s+(?:of|was|stood\s+at)|"
    r"(?:of|than|to|from|with|behind|below|after)\s+the\s+record|"  # "a fraction of the record 810 drones ... on 7 September"
    # the record an attack beat: "surpassing July record of 728 drones", "broke the previous record of"
    r"(?:surpass\w*|break\w*|broke|beat\w*|exceed\w*|eclips\w*|topp\w*|tops?|outstrip\w*)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?record"
    r"(?:\s+(?:of|set\s+(?:in|on)\s+[\w\s]{3,20}?\s+(?:of|with)))?|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:['’]s)?\s+record\s+of)"
    r"\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$",
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
_PASSIVE_BEFORE_RE = re.compile(r"\b(?:were|was|been|be|is|are|being)\s*(?:(?:also|likewise)\s+)?$", re.IGNORECASE)


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
    rf"yesterday|today|tonight|last\s+night|each|as|after|before|across|but|{_FILLER}|(?:it|they)\s+(?:had\s+)?reported|"
    # a time after the figure: "corrected the figure to 135 about an hour later"
    rf"(?:(?:about|around|some|nearly|roughly|just)\s+)?(?:an?|one|two|three|\d+)\s+(?:hours?|minutes?)\s+(?:later|after))\b|\s+(?!(?:fires|hits|strikes|attacks|launches|raids|shells|blasts)\b)(?={_CUE_RE.pattern}))",
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
    r"^\s*(?:(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:launched|fired|sent|used)\s+(?:[\w'’-]+\s+){0,3}?(?:by|from)\s+(?:the\s+)?"
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

# verbs that revise a figure: "raised the figure to 72", "upped its count to 131"
_REVISE_VERB = r"(?:rais|revis|updat|increas|lower|correct|adjust|amend|upp|bump)(?:e|ed|es|ing)"
# "initially said", "first put the number at", "after originally reporting": a figure given first, later replaced.
# One spelling of the adverb and of the verbs for every rule about such figures.
_FIRST_ADV = r"(?:initially|originally|at\s+first|first)"
_FIRST_VERB = (r"(?:sa(?:id|ying)|report(?:ed|ing)|put(?:ting)?|gave|giving|announc(?:ed|ing)|stat(?:ed|ing)|count(?:ed|ing)|"
               r"estimat(?:ed|ing)|claim(?:ed|ing))")


def _says_first(text: str) -> bool:
    """Cheap test before the `_FIRST_ADV` patterns."""
    return "nitially" in text or "riginally" in text or "first" in text


_REPORT_RE = re.compile(  # (?=\w): see _LOCATION_RE
    r"\b(?=\w)(?:said|says|say|claimed|claims|reported|reports|informs|informed|added|adds|wrote|writes|posted|announced|announces|"
    r"stated|counted|tallied|logged|repeated|echoed|"
    # a body that recorded the weapons it counts: "The air force also recorded 40 attack drones"
    r"(?:recorded|registered|detected|listed)(?!\s+and\s)(?=\s+(?:a\s+total\s+of\s+|about\s+|some\s+)?[\w,-]+\s+(?:[\w-]+\s+){0,2}?"
    r"(?:drones|missiles|uavs|air\s+targets)\b)|"
    # a body's count stated as a fact: "the air force's final count is 88 drones"
    r"(?<=['’]s\s)(?:(?:final|updated|latest|revised|new|full|official|overnight|morning|daily)\s+)?(?:count|tally|figures)"
    r"(?=\s+(?:is|was|are|were|stands|stood)\s|,)|"
    r"states|told|tells|confirmed|confirms|according\s+to|per(?=\s+(?:the\s|ukrain|russia|kyiv|moscow|officials))|"
    r"by\s+the\s+(?:count|tally|reckoning)\s+of(?=\s)|"  # "477 drones, by the count of Ukraine's air force"
    r"corrected(?=\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:count|figure|tally|total|number)\s+to\s)|"  # "... to 126"
    # not an adjective after a determiner: "its updated tally was 27" names no claimant
    r"(?<!\bits\s)(?<!\btheir\s)(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)(?<!\ban\s)(?<!\ba\s)"
    r"(?:put|puts|raised|revised|updated|lowered|upped|bumped|gave|given|published|released|issued)(?=\s+(?:(?:the|its|their|his|her|an?)\s+(?:[\w-]+\s+){0,2}?)?(?:figures?|numbers?|tally|tallies|counts?|totals?|report|statement|summary|data)\b))\b",
    re.IGNORECASE,
)
_REPORT_LC = _lowered(_REPORT_RE)
_AUX_TAIL_RE = re.compile(
    r"(?:\s+(?:has|had|have|also|later|earlier|previously|separately|then|again|further|now|subsequently|initially|originally|"
    r"first|at\s+first))+\s*$",
    re.IGNORECASE,
)
_SEGMENT_SPLIT_RE = re.compile(r"[,;:(\[“”\"]|\s[-–—]\s|\s(?:in|during|for)\s+which\s")  # "an attack in which the air force counted"
_RIGHT_CUT_RE = re.compile(
    r"\s+(?:on|in|this|today|yesterday|earlier|later|overnight|that|it|its|late|early|after|before|as|with|via|"
    r"citing|adding|while|and|who|which)\b.*$",
    re.IGNORECASE | re.DOTALL,
)
_REJECT_RE = re.compile(
    r"^(?:which|who|that|it|they|this|these|those|and|but|there|a\s+source|sources|none|neither|both|all|most|some|"
    r"(?:by|at|until|from)\s+\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:['’]s)?$)\b", re.I
)  # ("None of the missiles were intercepted; it did not say ...": no sayer; nor a time: "By 6 a.m., he said", "said Saturday")
_PRONOUN_RE = re.compile(r"^(?:he|she)$", re.IGNORECASE)
# a sentence of its own about the dead and injured: "Three people were killed and 18 injured, the governor said"
_TOLL_RE = re.compile(r"\b(?:killed|injured|wounded|hurt|dead|died|death\s+toll)\b", re.IGNORECASE)
# "it said", and its report said: the claimant of the claim it continues
_IT_RE = re.compile(
    r"^(?:it|they|(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:report|statement|summary|update|figures|data|count|tally|post|"
    r"bulletin|briefing)(?:\s+(?:later|earlier|on|in|at|that|this)(?:\s+[\w-]+){0,3})?)$",  # "Its full report later in the morning"
    re.IGNORECASE,
)
_NAVY_RE = re.compile(r"\b(?:navy|naval\s+forces|fleet)\b", re.IGNORECASE)
_AIR_FORCE_RE = re.compile(r"\bair\s+force\b|(?-i:\bAF\b)", re.IGNORECASE)  # "The AF says ...": threads' shorthand
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
# "..., the agency said": a body named by its kind alone, the one named before
_GENERIC_BODY_RE = re.compile(r"(?:agency|command|service|office|department|headquarters|directorate)", re.IGNORECASE)
_VAGUE_ORG_RE = re.compile(r"^(?:\w+(?:['’]s)?\s+)?(?:military|army|armed\s+forces|officials|authorities)$", re.I)
# "Volodymyr Zelensky": consumes the first word only, so "A B C" gives (A, B) and (B, C). It starts with a
# character class, not `\b` (the look-behind says the same), so that sre can skip ahead to capitals.
_NAME_PAIR_RE = re.compile(  # not across a line: a byline's surname above a post opening with another's
    r"([A-Z](?<![\w][A-Z])[a-z]+(?:-[A-Z][a-z]+)?)[^\S\n]+(?=([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b)"
)
_NAME_RE = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
_GOVERNOR_OF_RE = re.compile(r"\b(?:governor|mayor|head)\s+of\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)", re.I)

_SENTENCE_END_RE = re.compile(r"[.!?]+[\"”’')]*(?=\s+[\"“‘(]?[A-Z0-9])")
_ABBREVIATION_RE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Capt|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|U\.S|U\.K|"
    r"a\.m|p\.m|approx|est)\.[\"”’')]*\s*$"
)
_QUOTE_START_RE = re.compile(r"^\s*[\"“‘']")
_INTRO_END_RE = re.compile(r":\s*[\"“‘']?\s*$")


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
    running: bool = False  # "the number downed since the evening had risen to 21": a running count's new total
    noun_role: str | None = None  # "39 interceptions": the noun tells the role
    separate: bool = False  # "60 drones on Monday; on Tuesday, 75": the figure of another attack
    none_downed: bool = False  # "3 missiles were not intercepted": launched, and none intercepted
    role: str | None = None
    cue_side: str | None = None  # side of the subject of the governing cue
    cue_role: str | None = None
    link: _Count | None = None  # the total a part belongs to
    respective: _Count | None = None  # "76 drones on Saturday and 102 on Sunday; 59 and 80 downed respectively": its count


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
    running: bool = False  # a running count's new total: a row of its own beside the count before, not its revision
    updates: bool = False  # its sentence updates an earlier report ("In an updated statement, it said ...")
    revision: int | None = None  # a revised figure for the open claim's last one ("raised the figure to 72")
    adopted: bool = False  # its claimant was taken from a later sentence that gave no figure ("..., the mayor said")
    paragraph: int = -1  # the paragraph of the post its first figure stands in
    night: str | None = None  # its own night, when its sentence reports two ("76 drones on Saturday night and 102 on ...")

    def dating(self) -> str:
        """The words that date the row: its evidence, its first sentence cut to its own night when that has two."""
        return " ".join([self.night, *self.evidence[1:]] if self.night else self.evidence)

    def is_claim(self) -> bool:
        return any(self.values[r] is not None for r in ("launched", "intercepted", "lost"))


@dataclass
class _Sentence:
    text: str
    index: int  # position in the post, counting sentences
    paragraph: int
    quote_speaker: _Claimant | None
    list_role: str | None = None  # a list item's role from the line introducing the list


# a list item's mark: a dash, a bullet, a number, or any of Telegram's emoji ("🚀", "🛩", "⚔️", a flag)
_BULLET_RE = re.compile(r"^\s*(?:(?:[^\w\s\"'“‘(\[$€£¥₴]\ufe0f?){1,2}|\d+[.)])\s+")


def _split_sentences(paragraph: str) -> list[str]:
    """Sentences of a paragraph, verbatim; abbreviations such as "Mr." do not end one."""
    out: list[str] = []
    start = 0
    for m in _SENTENCE_END_RE.finditer(paragraph):
        abbreviation = _ABBREVIATION_RE.search(paragraph, max(start, m.start() - 8), m.end())
        if abbreviation is not None and abbreviation.group()[:3] == "No." and not paragraph[m.end() :].lstrip()[:1].isdigit():
            abbreviation = None  # the answer "No." before a sentence, not "No. 5"
        if abbreviation is None:
            out.append(paragraph[start : m.end()].strip())
            start = m.end()
    out.append(paragraph[start:].strip())
    return [s for s in out if s]


# "the Bryansk region bordering Ukraine": the neighbour a place is described by, not a side of the text
_BORDERING_RE = re.compile(r"\b(?:border(?:ing|s)?|(?:border|frontier)\s+with)\s+(?:the\s+)?$", re.IGNORECASE)


def _side_in(text: str) -> str | None:
    for m in _SIDE_RE.finditer(text):
        side = m.lastgroup
        if side != ENEMY and not ("order" in text and _ends(_BORDERING_RE, text, m.start(), 30) is not None):
            return side
    return ENEMY if _ENEMY_RE.search(text) else None


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


_ADVERB_CLAUSE_RE = re.compile(
    r"\s*(?:however|meanwhile|in\s+turn|for\s+(?:its|his|her|their)\s+part|though|too|also|"
    # an aside about how the source spoke: "A senior official, speaking on condition of anonymity, said"
    r"speaking\s+(?:on|to|at|in|from|after|during)\s+[\w\s'’.-]{1,60}|"
    r"who\s+(?:asked|declined|requested|spoke|was\s+not|were\s+not)\b[\w\s'’.-]{0,80})\s*"
)
