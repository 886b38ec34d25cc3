"""Helpers shared by the casualty, troop, aid and clash extractors.

Walking a document (`sentences`), cheap prefilters, who says a claim (`ClaimantFinder`),
counts of people in digits, words, ranges and vague amounts (`find_counts`), the period
and place a figure refers to, which side a phrase names, and building complete rows on
`sitrep.provenance.claim_row` (`make_row`), with one row per claim per document
(`dedupe`). Pure: no I/O.

Count convention (all four tables): a stated number goes to `value` with `qualifier`
`exact`, `approx`, `more_than`, `at_least` or `up_to`; a range ("between 10,000-12,000",
"40 to 50") goes to `low`/`high` with `value` null and qualifier `range`; a vague amount
("dozens", "hundreds", "thousands", "a battalion") leaves `value` null, keeps the words in
`vague_phrase` and has qualifier `vague` unless it is bounded ("up to a battalion" ->
`up_to`). "3,000 or so" is approximate, "about 50,000–52,000" a range, "fifteen hundred" 1,500.
Numbers with a unit that measures rather than counts (km, miles, kg, tonnes, %,
years, money, times, ordinals, dates, ages such as "9-year-old") are never counts.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from sitrep import provenance
from sitrep.models import Document, Post
from sitrep.numbers import find_numbers
from sitrep.schemas import TableSpec

RUSSIA, UKRAINE, NORTH_KOREA = "russia", "ukraine", "north_korea"
OTHER_SIDE = {RUSSIA: UKRAINE, UKRAINE: RUSSIA}

# ---------------------------------------------------------------- walking a document


@dataclass(frozen=True)
class Sentence:
    text: str
    post: Post
    post_index: int
    paragraph_index: int  # index into `paragraphs` (headline first when there is one)
    paragraphs: tuple[str, ...]
    is_headline: bool
    position: int  # sentence number within the paragraph

    @property
    def before(self) -> str:
        """Its paragraph up to it: the sentences before it there."""
        para = self.paragraphs[self.paragraph_index]
        idx = para.find(self.text)
        return para[:idx] if idx > 0 else ""


_SENTENCE_END_RE = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")
_ABBREVIATION_RE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Capt|Maj|No|N|S|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|"
    r"U\.S|U\.K|U\.N|a\.m|p\.m|approx|est|Inc|Corp|Co|Ltd)\.[\"”’')]*$"
)


class Keywords:
    """A cheap prefilter: does a text contain any of some lowercase substrings? Plain `in` tests on
    the lowercased text (cached per string, shared by all extractors) are many times faster than an
    IGNORECASE alternation; a keyword may over-match ("lose" in "close"): the extractor's own cues
    decide, the prefilter only skips text that cannot hold a claim."""

    def __init__(self, *words: str) -> None:
        self.words = tuple(w.lower() for w in words)

    def search(self, text: str) -> bool:
        low = lowered(text)
        for w in self.words:
            if w in low:
                return True
        return False


@lru_cache(maxsize=1 << 16)
def lowered(text: str) -> str:
    return text.lower()


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph; abbreviations ("Mr.", "U.S.") do not end one."""
    return list(_split_sentences(text))


@lru_cache(maxsize=1 << 16)
def _split_sentences(text: str) -> tuple[str, ...]:
    if not _SENTENCE_END_PREFILTER_RE.search(text):
        stripped = text.strip()
        return (stripped,) if stripped else ()
    out: list[str] = []
    start = 0
    for m in _SENTENCE_END_RE.finditer(text):
        if _ABBREVIATION_RE.search(text[start : m.end()]):
            continue
        piece = text[start : m.end()].strip()
        if piece:
            out.append(piece)
        start = m.end()
    rest = text[start:].strip()
    if rest:
        out.append(rest)
    return tuple(out)


_SENTENCE_END_PREFILTER_RE = re.compile(r"[.!?]")


def sentences(
    doc: Document, prefilter: re.Pattern[str] | Keywords, gate: Callable[[str], bool] | None = None
) -> Iterator[Sentence]:
    """Sentences of every post that pass the table's keyword prefilter, headline first.

    A sentence must also pass `gate` (default `has_count`: a digit, a number word or a vague
    amount, without which no extractor finds a count); the gate is tested per paragraph first,
    cached per text and shared by the extractors. The document title counts as a headline of
    the first post when no post carries it.
    """
    gate = has_count if gate is None else gate
    headlines = {p.headline for p in doc.posts if p.headline}
    for post_index, post in enumerate(doc.posts):
        heads = [post.headline] if post.headline else []
        if post_index == 0 and doc.title and doc.title not in headlines:
            heads.insert(0, doc.title)
        paragraphs = tuple(heads + [p for p in post.paragraphs if p])
        for p_idx, paragraph in enumerate(paragraphs):
            if not gate(paragraph) or not prefilter.search(paragraph):
                continue
            is_headline = p_idx < len(heads) or provenance.headline_in_body(paragraphs, p_idx)
            split = _split_sentences(paragraph)
            if len(split) == 1:  # the paragraph itself, already tested
                yield Sentence(split[0], post, post_index, p_idx, paragraphs, is_headline, 0)
                continue
            for s_idx, text in enumerate(split):
                if prefilter.search(text) and gate(text):
                    yield Sentence(text, post, post_index, p_idx, paragraphs, is_headline, s_idx)


# every word a count can be made of (`find_counts`: digits, number words, vague amounts)
_COUNT_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds dozen dozens thousand "
    "thousands million billion both none tens several many scores handful battalion company platoon regiment brigade "
    "division"
).split()
_COUNT_WORD_SET = frozenset(_COUNT_WORDS)
_DIGIT_RE = re.compile(r"\d")
_LETTERS_RE = re.compile(r"[a-z]+")


def lower_keep(text: str) -> str:
    """`text` lowercased character for character, so that positions in it are positions in `text`."""
    low = lowered(text)
    if len(low) == len(text):
        return low
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)  # "İ" lowercases to two characters


def caseless(pattern: str) -> re.Pattern[str]:
    """A case-insensitive pattern to search in `lower_keep` text: sre's IGNORECASE is several times slower.
    The pattern must not rely on case itself (no upper-case escapes such as `\\S`, no `[A-Z]`)."""
    if re.search(r"\\[SWBDAZ]|A-Z", pattern):
        raise ValueError(f"pattern relies on case: {pattern[:60]}")
    return re.compile(pattern.lower().replace("(?p<", "(?P<").replace("(?p=", "(?P="))  # group syntax, not text


@lru_cache(maxsize=1 << 16)
def has_count(text: str) -> bool:
    """Can `find_counts` find anything in the text? (A cheap, shared per-text test; may over-match.)"""
    # a digit, or a count word as a whole run of letters: a set lookup per word beats the long alternation
    return _DIGIT_RE.search(text) is not None or not _COUNT_WORD_SET.isdisjoint(_LETTERS_RE.findall(lowered(text)))


def report_date_of(post: Post, doc: Document, text: str) -> tuple[str, str]:
    """(report_date, date_source), resolving relative dates when provenance can."""
    resolve = getattr(provenance, "resolve_report_date", None)
    if resolve is not None:
        try:
            return resolve(post, doc, text)
        except Exception:  # a resolver bug must not lose the claim; fall back to the post's date
            pass
    return provenance.report_date(post, doc)


# ---------------------------------------------------------------- sides and places

_RU = r"Russia(?:['’]s)?|Russians?|Moscow(?:['’]s)?|Kremlin(?:['’]s)?|Putin['’]s"
_UA = r"Ukraine(?:['’]s)?|Ukrainians?|Kyiv(?:['’]s)?|Kiev(?:['’]s)?|Zelensk(?:y|iy|yy)['’]s"
_NK = r"North\s+Korea(?:['’]s)?|North\s+Koreans?|N\.?\s+Korean?s?|NK|Pyongyang(?:['’]s)?|DPRK|Kim\s+Jong[\s-]Un['’]s"
SIDE_RE = re.compile(
    rf"(?<![\w-])(?:(?P<north_korea>{_NK})|(?P<russia>{_RU})|(?P<ukraine>{_UA})|(?P<enemy>enemy(?:['’]s)?|occupiers|invaders))(?![\w-])"
)

RUSSIAN_PLACES = (
    "Belgorod|Kursk|Bryansk|Oryol|Orel|Voronezh|Rostov|Krasnodar|Lipetsk|Tula|Kaluga|Smolensk|Ryazan|Tambov|"
    "Leningrad|Pskov|Tver|Yaroslavl|Saratov|Volgograd|Astrakhan|Tatarstan|Chechnya|Dagestan|Penza|Samara|"
    "Murmansk|Kaliningrad|Stavropol|Novorossiysk|Taganrog|Makhnovka|Sudzha|Korenevo|Moscow|Vladivostok|Khabarovsk|"
    "Ussuriysk|Primorye|Primorsky|Novosibirsk|Yekaterinburg|Nizhny Novgorod|Engels|Yeysk|Millerovo|Glushkovo|Lgov|"
    "Rylsk|Shebekino|Valuyki|Tyotkino|Karelia|Klintsy|Novozybkov|Tuapse|Kazan|Novoshakhtinsk|Yelets"
)
UKRAINIAN_PLACES = (
    "Kharkiv|Odesa|Odessa|Dnipro|Dnipropetrovsk|Mykolaiv|Lviv|Sumy|Chernihiv|Poltava|Cherkasy|Vinnytsia|"
    "Zhytomyr|Khmelnytskyi|Rivne|Volyn|Ternopil|Ivano-Frankivsk|Chernivtsi|Zakarpattia|Kirovohrad|Kropyvnytskyi|"
    "Kryvyi Rih|Bila Tserkva|Uzhhorod|Lutsk|Kyiv|Kherson|Zaporizhzhia|Zaporizhia|Donetsk|Luhansk|Pokrovsk|"
    "Bakhmut|Avdiivka|Kupiansk|Kramatorsk|Sloviansk|Toretsk|Chasiv Yar|Vuhledar|Kurakhove|Lyman|Siversk|"
    "Kostiantynivka|Huliaipole|Orikhiv|Nikopol|Izium|Vovchansk|Selydove|Myrnohrad|Velyka Novosilka|Crimea|"
    "Sevastopol|Mariupol|Melitopol|Berdiansk|Kremenchuk|Bucha|Irpin|Sumy|Dobropillia|Druzhkivka|Ocheretyne|"
    "Robotyne|Marinka|Novohrodivka|Rodynske|Stepnohirsk|Borova|Kivsharivka|Velykomykhailivka"
)
# places of neither side (Belarus's among them): locations only
OTHER_PLACES = (
    r"Far\s+East|Donbas|Donbass|Siberia|Transnistria|Minsk|Brest|Gomel|Homel|Mozyr|Mazyr|Asipovichy|Osipovichi|Grodno|"
    r"Hrodna|Vitebsk|Mogilev|Babruysk|Bobruisk"
)
PLACE_SIDE_RE = re.compile(rf"\b(?:(?P<russia>{RUSSIAN_PLACES})|(?P<ukraine>{UKRAINIAN_PLACES}))\b")

_NOT_PLACE = {
    "Russia", "Ukraine", "Russian", "Ukrainian", "North", "South", "East", "West", "The", "Telegram", "Nato", "NATO",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October", "November", "December", "Europe", "Marine",
}
_KIND = r"(?i:region|oblast|province|river)|direction|sector|area|district|axis|front"
_REGION_KINDS = frozenset(("region", "oblast", "province"))
_PLACE_TOKEN = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
# whose a place is, dropped from its name: "Russia's Kursk region", "Moldova's breakaway Transnistria region"
_OWNER = r"(?:Russia|Ukraine|Belarus|Moldova|Georgia|Poland|Lithuania|Latvia|Estonia|Finland|Romania)['’]s\s+"
_COMPASS = r"(?:southern|eastern|northern|western|central|(?:north|south)-?(?:east|west)ern)"
# The one place vocabulary of every extractor. A location is the place's own name, its owner and adjectives dropped;
# an administrative region, whatever the text calls it ("Kursk Oblast", "the region of Kursk", "parts of Russia's
# Kursk region"), is "<name> region"; a river "<name> river"; a city, town or front direction its bare name
# ("Pokrovsk" for "the Pokrovsk direction", "Sumy" for "the north-eastern city of Sumy"). "of" places only a region
# or a river ("parts of the Kursk region", "the bank of the Oskil River"), not a town ("the capture of Pokrovsk").
LOCATION_RE = re.compile(  # (?=...): the first letters of the words below (add any new one's), failing most words at once
    r"\b(?=(?i:[aeinostw]))(?:(?P<of>of)|(?i:in|near|around|outside|at|on|into|to|towards|across|over|opposite|inside|within|along|"
    r"(?:north|south)(?:-?(?:east|west))?\s+of|(?:east|west)\s+of))\s+(?i:the\s+|its\s+|their\s+)?"
    rf"(?:{_OWNER})?(?:(?:{_COMPASS}|occupied|border|frontline|embattled|front-line|besieged|key|breakaway|separatist|neighbou?ring|nearby|"
    r"annexed|eastern\s+Ukrainian|southern\s+Russian|western\s+Russian|Russian|Ukrainian|Belarusian|Moldovan)\s+)*"
    r"(?:(?:border\s+)?(?:(?P<kind0>region|oblast|province)|city|town|village)\s+of\s+|(?:outskirts|approaches|suburbs|edges?|fringes?|environs)\s+(?:of|to)\s+)?"
    rf"(?:border\s+(?:with|of|from)\s+(?i:the\s+)?(?:{_OWNER})?(?:{_COMPASS}\s+)*)?"
    rf"(?:(?P<known>{UKRAINIAN_PLACES}|{RUSSIAN_PLACES}|{OTHER_PLACES})(?:\s+(?P<kind1>{_KIND}))?\b"
    rf"|(?P<named>{_PLACE_TOKEN})\s+(?P<kind2>{_KIND})\b"
    rf"|(?:(?<=city\sof\s)|(?<=town\sof\s)|(?<=village\sof\s))(?P<settlement>{_PLACE_TOKEN})\b)"  # "the village of Krynky"
)
FRONT_WIDE_RE = re.compile(r"\b(?:along|across)\s+the\s+(?:entire\s+|whole\s+)?front(?:\s*-?\s*line)?\b", re.I)


def side_in(text: str) -> str | None:
    """The first side named in a phrase: russia, ukraine, north_korea or enemy."""
    m = SIDE_RE.search(text)
    return m.lastgroup if m else None


def place_side(text: str) -> str | None:
    sides = {m.lastgroup for m in PLACE_SIDE_RE.finditer(text)}
    return sides.pop() if len(sides) == 1 else None


def locations(text: str) -> list[tuple[int, str]]:
    """Places a sentence names, in the form `LOCATION_RE` sets: "Kursk region", "Kharkiv", "Pokrovsk"."""
    out = []
    for m in LOCATION_RE.finditer(text):
        if m["known"]:
            name, kind = m["known"], m["kind1"]
        elif m["settlement"]:
            name, kind = m["settlement"], None
        else:
            name, kind = m["named"], m["kind2"]
            if name.split()[0] in _NOT_PLACE or SIDE_RE.fullmatch(name):
                continue
        kind = kind.lower() if kind else None
        region = m["kind0"] is not None or kind in _REGION_KINDS
        if m["of"] and not (region or kind == "river"):
            continue
        if region or kind == "river":
            name = f"{name} {'river' if kind == 'river' else 'region'}"
        out.append((m.start(), name))
    return out


def location_near(text: str, pos: int) -> str | None:
    """The place after `pos` in the sentence, else the last one before it."""
    found = locations(text)
    after = [name for start, name in found if start >= pos]
    if after:
        return after[0]
    before = [name for start, name in found if start < pos]
    return before[-1] if before else None


# ---------------------------------------------------------------- periods

_PERIODS: tuple[tuple[str, str], ...] = (
    ("since the invasion", r"since\s+(?:the\s+)?(?:start|beginning|outset|launch)\s+of\s+(?:the\s+|Russia['’]s\s+)?"
     r"(?:full[\s-]scale\s+)?(?:war|invasion)|since\s+(?:Russia\s+)?(?:invaded|launched\s+(?:its|the)\s+(?:full[\s-]scale\s+)?invasion)"
     r"|since\s+the\s+(?:full[\s-]scale\s+)?invasion|since\s+(?:24\s+)?February\s+(?:24,?\s+)?2022|since\s+2022|in\s+(?:the\s+)?(?:nearly\s+|almost\s+|more\s+than\s+)?"
     r"(?:three|two|four)\s+years\s+of\s+(?:full[\s-]scale\s+)?war"),
    ("24 hours", r"(?:past|last|previous|preceding)\s+(?:24|twenty-four)\s+hours|24-hour\s+period|in\s+24\s+hours"),
    ("48 hours", r"(?:past|last|previous)\s+(?:48|forty-eight)\s+hours"),
    ("overnight", r"overnight|during\s+the\s+night|last\s+night"),
    ("past day", r"(?:past|last|previous|preceding)\s+day|in\s+a\s+24[\s-]hour"),
    ("day", r"in\s+a\s+(?:single\s+)?day|for\s+the\s+day\b|in\s+one\s+day|on\s+a\s+single\s+day|per\s+day|"
     r"a\s+day\b|daily|every\s+day|each\s+day|within\s+a\s+(?:single\s+)?day|day-long"),
    ("week", r"(?:past|last|previous)\s+(?:week|seven\s+days)|(?:in|within)\s+a\s+(?:single\s+)?week|this\s+week|per\s+week|a\s+week\b|weekly|"
     r"(?:in|during|over)\s+the\s+(?:week|seven\s+days)\s+(?:to|ending|up\s+to|through)\b"),
    ("month", r"(?:past|last|previous)\s+month|in\s+a\s+(?:single\s+)?month|this\s+month|per\s+month|a\s+month\b|"
     r"monthly|since\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+)?month"),
    ("year", r"(?:past|last|previous)\s+year|this\s+year|since\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+)?year"),
)
MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_DAY_WORDS = rf"on\s+(?:{MONTHS}\s+\d{{1,2}}(?!\d)(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS})|" r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:throughout|during)\s+the\s+day|since\s+midnight|so\s+far\s+today|yesterday|today|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+day"
# searched in `lower_keep` text (positions are the text's): sre's IGNORECASE is several times slower. Every
# period starts a word: the shared `\b` fails other positions at once.
_PERIOD_RE = caseless(r"\b(?:%s)" % "|".join(f"(?P<p{i}>{p})" for i, (_, p) in enumerate(_PERIODS)))
_DAY_RE = caseless(rf"\b(?:{_DAY_WORDS})\b")
_REPORTED_ON_RE = caseless(r"\b(?:said|says|stated|announced|added|wrote|posted|claimed|told\s+[\w\s]{1,30}?)\s+$")


def periods(text: str, *, dated_day: bool = False, past_day: str = "day") -> list[tuple[int, str]]:
    """(position, period) of every period phrase; with `dated_day`, "on Tuesday" is a day too.

    "over the past day" / "in the last day" / "in a 24-hour period" is `past_day`: "day" by
    default, "24 hours" for tables whose convention reads them as a rolling 24-hour window.
    """
    return list(_periods(text, dated_day, past_day))


_PERIOD_HINTS = Keywords("hour", "day", "night", "week", "month", "year", "since", "daily", "war", "invasion", "2022")  # "midnight" too


@lru_cache(maxsize=1 << 14)
def _periods(text: str, dated_day: bool, past_day: str) -> tuple[tuple[int, str], ...]:
    hinted = _PERIOD_HINTS.search(text)
    if not hinted and not dated_day:
        return ()
    low = lower_keep(text)
    out = [(m.start(), _PERIODS[int(m.lastgroup[1:])][0]) for m in _PERIOD_RE.finditer(low)] if hinted else []  # type: ignore[index]
    out = [(pos, past_day if p == "past day" else p) for pos, p in out]
    if dated_day:  # "said on Friday" dates the report, not the count
        out += [(m.start(), "day") for m in _DAY_RE.finditer(low)
                if not _REPORTED_ON_RE.search(low, max(0, m.start() - 50), m.start())]
    return tuple(sorted(out))


def period_of(
    text: str, start: int, end: int, *, next_start: int | None = None, prev_end: int = 0,
    first_start: int | None = None, dated_day: bool = False, past_day: str = "day",
) -> str | None:
    """The period of the figure at `start`..`end`: the first period phrase after it (before the
    next figure), else one before it that no other figure sits in between (or that opens the sentence)."""
    found = periods(text, dated_day=dated_day, past_day=past_day)
    after = [p for pos, p in found if pos >= end and (next_start is None or pos < next_start)]
    if after:
        return after[0]
    opening = start if first_start is None else first_start
    before = [p for pos, p in found if pos < start and (pos >= prev_end or pos < opening)]
    return before[-1] if before else None


# ---------------------------------------------------------------- counts


@dataclass(frozen=True)
class Count:
    """A count of something in a sentence; `start`..`end` covers qualifier and number."""

    value: int | None
    low: int | None
    high: int | None
    qualifier: str
    vague_phrase: str | None
    start: int  # where the qualifier (or the number) begins
    num_start: int  # where the number or vague phrase itself begins
    end: int

    @property
    def fields(self) -> dict:
        return {"value": self.value, "low": self.low, "high": self.high,
                "qualifier": self.qualifier, "vague_phrase": self.vague_phrase}

    @property
    def figures(self) -> tuple:
        return (self.value, self.low, self.high, self.vague_phrase)


# Searched in `lower_keep` text (sre's IGNORECASE is several times slower; this differs only on "İ", "ı", "ſ").
# Every alternative starts a word: the leading `\b` fails other positions at once.
_BOUND_LC = caseless(
    r"\b(?:(?P<up_to>\bup\s+to|\bas\s+many\s+as|\bno\s+more\s+than|(?<!no\s)(?<!not\s)\b(?:fewer|less)\s+than)|(?P<more_than>\bmore\s+than|\bover|\bin\s+excess\s+of|\bupwards\s+of|"
    r"\bexceed(?:ed|s|ing)|\bsurpass(?:ed|es|ing)|\btopped|\b(?:has|have|had)\s+(?:now\s+|already\s+)?passed)"
    r"|(?P<at_least>\bat\s+least|\bno\s+fewer\s+than|\bnot\s+less\s+than)"
    r"|(?P<approx>\babout|\baround|\bsome|\bnearly|\balmost|\broughly|\bapproximately|\ban\s+estimated|\bestimated|\bclose\s+to))"
    r"\s+$"
)
# Searched in `lower_keep` text, as `_BOUND_LC`; the phrase is cut from the text itself.
_VAGUE_LC = caseless(
    r"\b(?P<phrase>(?:tens|hundreds)\s+of\s+thousands|several\s+(?:hundred|thousand|dozen)|many\s+(?:hundreds|thousands)"
    r"|dozens|hundreds|thousands|scores|several|a\s+handful"
    r"|an?\s+(?:entire\s+|whole\s+)?(?:battalion|company|platoon|regiment|brigade|division))\b(?!\s+(?:of\s+)?(?:kilomet|miles|km|per))"
)
_MEASURED_UNITS = {"measure", "percent", "money", "time", "duration", "ordinal", "fraction", "date", "year", "decimal"}


def qualifier_before(text: str, pos: int) -> tuple[str | None, int]:
    """A bound or approximation right before `pos` ("up to", "more than"): (qualifier, its start)."""
    m = _BOUND_LC.search(lower_keep(text)[max(0, pos - 30) : pos])
    if not m:
        return None, pos
    return m.lastgroup, pos - (min(pos, 30) - m.start())


def find_counts(text: str, *, vague: bool = True) -> list[Count]:
    """Counts in a sentence: whole numbers without a measuring unit, ranges, and vague amounts.

    Cached per sentence: the four extractors read the same sentences."""
    return list(_find_counts(text, vague))


@lru_cache(maxsize=1 << 16)
def _find_counts(text: str, vague: bool) -> tuple[Count, ...]:
    out: list[Count] = []
    for m in find_numbers(text):
        if m.unit in _MEASURED_UNITS or not float(m.value).is_integer() or m.value < 0:
            continue
        if m.high is not None and not float(m.high).is_integer():
            continue
        if m.high is None and m.text[:2].lower() == "a " and (
                halved := _HALF_BEFORE_RE.search(text, max(0, m.start - 6), m.start)):
            half = halved.start()  # "half a million"
            q, s = qualifier_before(text, half)
            out.append(Count(int(m.value) // 2, None, None, q or "exact", None, s if q else half, half, m.end))
            continue
        if m.high is not None:
            low = int(m.value)
            scale = re.search(r"\b(thousand|million)$", m.text, re.IGNORECASE)
            if scale and low < 1000 and low * {"thousand": 1000, "million": 10**6}[scale.group(1).lower()] <= m.high:
                low *= {"thousand": 1000, "million": 10**6}[scale.group(1).lower()]  # "ten and twelve thousand"
            out.append(Count(None, low, int(m.high), "range", None, _word_start(text, m.qualifier_start), m.start, m.end))
        else:
            qual, qstart = m.qualifier, m.qualifier_start
            if qual == "exact":  # numbers.py misses some bounds ("as many as")
                q, s = qualifier_before(text, m.start)
                qual, qstart = (q, s) if q else (qual, qstart)
            out.append(Count(int(m.value), None, None, qual, None, qstart, m.start, m.end))
    if out:
        low = lowered(text)
        if "hundred" in low or " or so" in low:
            out = [_or_so(text, _hundreds(text, c)) for c in out]
        if len(out) > 1:
            out = _dash_ranges(text, out)
    if vague:
        taken = [(c.num_start, c.end) for c in out]
        for m in _VAGUE_LC.finditer(lower_keep(text)):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            phrase = re.sub(r"\s+", " ", text[m.start("phrase") : m.end("phrase")])
            if phrase.lower() == "several" and not re.match(r"\s+(?:of\s+)?(?:[\w-]+\s+){0,2}\w", text[m.end():]):
                continue
            q, s = qualifier_before(text, m.start())
            out.append(Count(None, None, None, q or "vague", phrase, s if q else m.start(), m.start(), m.end()))
    return tuple(sorted(out, key=lambda c: c.num_start))


_HALF_BEFORE_RE = re.compile(r"\bhalf\s+$", re.IGNORECASE)


def _word_start(text: str, pos: int) -> int:
    """`pos` moved back to the start of its word (a range's "between" may be reported mid-word)."""
    while pos > 0 and text[pos - 1].isalpha() and text[pos].isalpha():
        pos -= 1
    return pos


_DASH_RE = re.compile(r"\s?[-–—]\s?|\s+to\s+")
_FROM_BEFORE_RE = re.compile(r"\bfrom\s+$", re.IGNORECASE)


def _dash_ranges(text: str, counts: list[Count]) -> list[Count]:
    """"about 50,000–52,000", "an estimated 70,000 to 100,000": two counts joined by a dash or "to" are one range,
    whatever qualifies the first."""
    out: list[Count] = []
    for c in counts:
        prev = out[-1] if out else None
        if (
            prev is not None and prev.value is not None and c.value is not None and c.value > prev.value
            and c.qualifier == "exact" and _DASH_RE.fullmatch(text, prev.end, c.num_start)
            and not (text[prev.end] == " " and _FROM_BEFORE_RE.search(text, max(0, prev.start - 8), prev.start))
        ):  # "an estimated 70,000 to 100,000" too, but not a change "from about 1,000 to 2,000"
            out[-1] = Count(None, prev.value, c.value, "range", None, prev.start, prev.num_start, c.end)
            continue
        out.append(c)
    return out


_HUNDRED_RE = re.compile(r"\s+hundred\b(?!s)", re.IGNORECASE)


def _hundreds(text: str, c: Count) -> Count:
    """"fifteen hundred soldiers" is 1,500, not 15."""
    if c.value is None or not 10 < c.value < 100:
        return c
    m = _HUNDRED_RE.match(text, c.end)
    if m is None:
        return c
    return Count(c.value * 100, None, None, c.qualifier, None, c.start, c.num_start, m.end())


_OR_SO_RE = re.compile(r"\s+or\s+so\b")


def _or_so(text: str, c: Count) -> Count:
    """"3,000 or so troops": the count is approximate and its noun follows "or so"."""
    if c.value is None or text[c.end : c.end + 1] != " ":
        return c
    m = _OR_SO_RE.match(text, c.end)
    if m is None:
        return c
    return Count(c.value, None, None, "approx", None, c.start, c.num_start, m.end())


# ---------------------------------------------------------------- claimants


@dataclass(frozen=True)
class Claimant:
    name: str
    side: str | None = None
    person: bool = False


REPORT_RE = caseless(  # searched in `lower_keep` text
    r"\b(?:said|says|say|claimed|claims|claim|reported|reports|report|added|adds|wrote|writes|posted|announced|"
    r"announces|stated|states|told|tells|confirmed|confirms|estimated|estimates|estimate|believes|believe|warned|"
    r"warns|revealed|reveals|noted|notes|insisted|assessed|assesses|assess|disclosed|updated|recorded|registered|"
    r"counted|according\s+to)\b"
)
_SPEECH_RE = re.compile(
    r"(?:said|says|say|claimed|claims|claim|told|tells|added|adds|wrote|writes|stated|states|according\s+to|posted)\b",
    re.IGNORECASE,
)
_PASSIVE_RE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_AUX_TAIL_RE = re.compile(
    r"(?:\s+(?:has|had|have|also|later|earlier|previously|separately|then|again|further|now|subsequently|initially|"
    r"originally|first|at\s+first|on\s+\w+day|"
    r"yesterday|today|last\s+week|jointly|both))+\s*$",
    re.IGNORECASE,
)
_SEGMENT_SPLIT_RE = re.compile(r"[,;:(\[“”\"]|\s[-–—]\s|\b(?:while|as|after|that|and\s+that|but)\s", re.IGNORECASE)
_RIGHT_CUT_RE = re.compile(
    r"\s+(?:on|in|this|today|yesterday|earlier|later|overnight|that|it|its|late|early|after|before|as|with|via|"
    r"citing|adding|while|and|who|which|during|at|to|for|from)\b.*$",
    re.IGNORECASE | re.DOTALL,
)
_REJECT_RE = re.compile(
    r"^(?:which|who|that|it|they|this|these|those|there|what|when|where|one|some|many|reports?|media|"
    r"figures|data|the\s+figures?)\b",
    re.IGNORECASE,
)
_PRONOUN_RE = re.compile(r"^(?:he|she)$", re.IGNORECASE)
_TITLES = {
    "president", "prime", "minister", "mr", "mrs", "ms", "dr", "governor", "mayor", "foreign", "defence", "defense",
    "chancellor", "general", "gen", "lt", "colonel", "col", "spokesman", "spokeswoman", "spokesperson", "kremlin",
    "chief", "head", "commander", "secretary", "deputy", "regional", "acting", "local", "the", "us", "uk", "white",
    "house", "state", "security", "national", "of", "former", "top", "senior", "army", "military", "commander-in-chief",
    "president-elect", "leader", "ambassador", "envoy", "adviser", "advisor", "sir", "lord", "lady", "premier",
}
_NAME_RE = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|al-\w+|de|von|van))*")

# (pattern, canonical name template, default side)
_ORGS: tuple[tuple[re.Pattern[str], str, str | None], ...] = (
    (re.compile(r"general\s+staff", re.I), "{S} General Staff", UKRAINE),
    (re.compile(r"\bPentagon\b"), "Pentagon", "us"),
    (re.compile(r"defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|\bMoD\b|defen[cs]e\s+department", re.I),
     "{S} defence ministry", None),
    (re.compile(r"military\s+intelligence|\bHUR\b|\bGUR\b|intelligence\s+(?:agency|service|directorate)|"
                r"National\s+Intelligence\s+Service|\bNIS\b|intelligence|spy\s+(?:agency|service)", re.I), "{S} intelligence", None),
    (re.compile(r"air\s+force", re.I), "{S} air force", None),
    (re.compile(r"\b(?:military|army|armed\s+forces|forces|command|commanders?)\b", re.I), "{S} military", None),
    (re.compile(r"\b(?:officials|authorities|government)\b", re.I), "{S} officials", None),
    (re.compile(r"\bsources\b", re.I), "{S} sources", None),
    (re.compile(r"\bWhite\s+House\b", re.I), "White House", "us"),
    (re.compile(r"\bKremlin\b", re.I), "Kremlin", RUSSIA),
)
# pro-war Russian bloggers and Telegram channels, quoted by name: their "enemy" is Ukraine
_RU_CHANNEL_RE = re.compile(r"\b(?:Rybar|Two\s+Majors|Dva\s+Mayora|WarGonzo|Readovka|Military\s+Informant|Colonelcassad)\b")
_SIDE_ADJ = {RUSSIA: "Russian", UKRAINE: "Ukrainian", NORTH_KOREA: "North Korean"}
_OTHER_COUNTRIES = {
    "South Korea": "South Korean", "South Korean": "South Korean", "Seoul": "South Korean",
    "US": "US", "U.S.": "US", "American": "US", "United States": "US", "Washington": "US",
    "British": "British", "UK": "British", "Britain": "British", "German": "German", "Germany": "German",
    "Western": "Western", "French": "French", "Polish": "Polish", "Estonian": "Estonian",
}
_ADJ_SIDE = {"South Korean": "south_korea", "US": "united_states", "British": "united_kingdom", "German": "germany",
             "French": "france", "Polish": "poland", "Estonian": "estonia"}
_OTHER_COUNTRY_RE = re.compile(
    r"\b(?:%s)(?:['’]s)?(?![\w-])" % "|".join(sorted(map(re.escape, _OTHER_COUNTRIES), key=len, reverse=True))
)
_KNOWN_PEOPLE = {
    **dict.fromkeys("Zelensky Zelenskiy Zelenskyy Yermak Syrskyi Sybiha Kuleba Shmyhal Umerov Budanov Zaluzhnyi "
                    "Ihnat Klitschko Tereshchenko Syniehubov Lysak Fedorov Kovalenko Shmyhal Svyrydenko".split(), UKRAINE),
    **dict.fromkeys("Putin Peskov Shoigu Belousov Lavrov Zakharova Gerasimov Gladkov Medvedev Konashenkov "
                    "Khinshtein Klychkov Bogomaz Pushilin Saldo Balitsky Razvozhayev".split(), RUSSIA),
}


class ClaimantFinder:
    """Who reports a claim, read from reporting verbs ("X said", "according to X").

    The parse of a text is shared by every finder (cached per text); only a one-word personal name
    is document-specific ("Zelensky" -> "Volodymyr Zelensky" when the document names him in full),
    and it is looked up lazily, the first time such a name is met."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._text: str | None = None
        self._full: dict[str, str] = {}

    def full_name(self, name: str) -> str:
        if " " in name or not _NAME_WORD_RE.fullmatch(name):
            return name
        found = self._full.get(name)
        if found is None:
            if self._text is None:
                doc = self.doc
                self._text = "\n".join([doc.title or ""] + [x for p in doc.posts for x in (p.headline or "", *p.paragraphs)])
            found = name
            if name in self._text:
                for m in re.finditer(rf"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+{re.escape(name)}\b(?!-[A-Z][a-z])", self._text):
                    first = m.group(1)
                    if first.lower() not in _TITLES and not SIDE_RE.fullmatch(first) and not PLACE_SIDE_RE.fullmatch(first):
                        found = f"{first} {name}"
                        break
            self._full[name] = found
        return found

    def in_text(self, text: str) -> list[tuple[int, Claimant]]:
        """(position of the reporting verb, claimant) for every reporting verb with a recognisable subject."""
        return [(pos, Claimant(self.full_name(c.name), c.side, True) if expand else c) for pos, c, expand in _in_text(text)]

    def for_sentence(self, sentence: Sentence, pos: int) -> Claimant | None:
        """The claimant of a figure at `pos`: the nearest in its sentence, else a speaker introduced just before."""
        found = self.in_text(sentence.text)
        if found:
            speech = [c for c in found if _SPEECH_RE.match(sentence.text, c[0])]
            best = min(speech or found, key=lambda c: abs(c[0] - pos))[1]
            if best.name.lower() not in ("he", "she"):
                return best
            return self._last_person(sentence, before=True)
        # a quote introduced by "X said:" earlier in the paragraph, or ending the previous paragraph
        prev = sentence.paragraphs[sentence.paragraph_index - 1] if sentence.paragraph_index > 0 else ""
        head = sentence.before
        for text in (head, prev):
            if text and re.search(r":\s*[\"“‘']?\s*$", text.strip()) or (text is head and head and re.match(r"\s*[\"“‘]", sentence.text)):
                found = self.in_text(text)
                if found:
                    c = found[-1][1]
                    return self._last_person(sentence, before=True) if c.name.lower() in ("he", "she") else c
        return None

    def _last_person(self, sentence: Sentence, before: bool) -> Claimant | None:
        texts = [sentence.paragraphs[i] for i in range(sentence.paragraph_index, max(-1, sentence.paragraph_index - 4), -1)]
        for text in texts:
            people = [c for _, c in self.in_text(text) if c.person and c.name.lower() not in ("he", "she")]
            if people:
                return people[-1]
        return None

    def normalize(self, segment: str) -> Claimant | None:
        """A canonical claimant for a subject such as "Ukraine's military" or "Mr Zelensky"."""
        found = _normalize(segment)
        if found is None:
            return None
        c, expand = found
        return Claimant(self.full_name(c.name), c.side, True) if expand else c


_NAME_WORD_RE = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


@lru_cache(maxsize=1 << 14)
def _in_text(text: str) -> tuple[tuple[int, Claimant, bool], ...]:
    """(verb position, claimant, whether its one-word name is the document's to expand) per reporting verb."""
    out = []
    for m in REPORT_RE.finditer(lower_keep(text)):  # `_at` reads the verb's span and its lowercased text
        c = _at(text, m)
        if c is not None:
            out.append((m.start(), *c))
    return tuple(out)


def _at(text: str, verb: re.Match[str]) -> tuple[Claimant, bool] | None:
    left = text[: verb.start()]
    if _PASSIVE_RE.search(left):  # "is said to have", "is believed to"
        return None
    right = re.split(r"[,;:(\[“”\"]|\s[-–—]\s|\.\s|\.$", text[verb.end() :], maxsplit=1)[0]
    right = _RIGHT_CUT_RE.sub("", right).strip()
    if verb.group().lower().startswith("according"):
        return _normalize(right)
    left = _AUX_TAIL_RE.sub("", left)
    segments = [s.strip() for s in _SEGMENT_SPLIT_RE.split(left)]
    if segments and segments[-1]:
        return _normalize(segments[-1])
    # ", said the General Staff", or an appositive: "X, the commander-in-chief, told reporters"
    if right and len(right.split()) <= 6:
        after = _normalize(right)
        if after is not None and not re.match(r"(?:reporters|journalists|media|lawmakers|parliament)$", after[0].name, re.I):
            return after
    found = [_normalize(s) for s in segments[-4:-1] if s]
    found = [c for c in found if c is not None]
    people = [c for c in found if c[0].person]
    return people[-1] if people else (found[-1] if found else None)


@lru_cache(maxsize=1 << 14)
def _normalize(segment: str) -> tuple[Claimant, bool] | None:
    """(claimant, expand?) for a subject; `expand` marks a personal name the document may give in full."""
    seg = re.sub(r"^(?:the|a|an|but|and|so|also)\s+", "", segment.strip(" \t'\"“”‘’.!?"), flags=re.I)
    seg = re.sub(r"^(?:the|a|an)\s+", "", seg, flags=re.I)
    if not seg or _REJECT_RE.match(seg) or len(seg.split()) > 9:
        return None
    if _PRONOUN_RE.match(seg):
        return Claimant(seg.lower(), None, person=True), False
    side = side_in(seg)
    side = None if side == "enemy" else side or (RUSSIA if _RU_CHANNEL_RE.search(seg) else None)
    other = _OTHER_COUNTRY_RE.search(seg)
    adj = _SIDE_ADJ.get(side or "")
    if not adj and other:
        adj = _OTHER_COUNTRIES.get(re.sub(r"['’]s$", "", other.group()))
        side = _ADJ_SIDE.get(adj or "")
    if _TITLED_PERSON_RE.match(seg):  # "Commander-in-Chief Oleksandr Syrskyi", "army spokesman Nazar Voloshyn": the person
        name = _person_name(seg)
        if name and " " in name:
            return Claimant(name, side or _KNOWN_PEOPLE.get(name.split()[-1]), person=True), False
    for pattern, template, default_side in _ORGS:
        if pattern.search(seg):
            if template.startswith("{S}"):
                if "intelligence" in template and re.search(r"military\s+intelligence|\bHUR\b|\bGUR\b", seg, re.I):
                    template = "{S} military intelligence"
                if not adj and default_side in _SIDE_ADJ:
                    adj, side = _SIDE_ADJ[default_side], default_side
                if not adj:
                    name = template.replace("{S} ", "")
                    return Claimant(name, side), False
                return Claimant(template.replace("{S}", adj), side), False
            return Claimant(template, side or default_side), False
    name = _person_name(seg)
    if name:  # the side of a known person is read from the last name, the same in the full name
        return Claimant(name, side or _KNOWN_PEOPLE.get(name.split()[-1]), person=True), " " not in name
    if re.match(r"[A-Z]", seg) and len(seg.split()) <= 6:
        return Claimant(seg, side), False
    if re.search(r"\b(?:analysts|experts|observers|monitors|officials|UN|sources|mayor|governor|head|chief|"
                 r"spokes\w+|prosecutors?|police|services|ombudsman|administration|council|authorities)\b", seg):
        return Claimant(seg, side), False
    return None


_TITLED_PERSON_RE = re.compile(
    r"(?i:.*\b(?:commander(?:-in-chief)?|chief|spokes(?:man|woman|person)))\s+(?:[A-Z][\w'’.-]+\s+){1,2}[A-Z][\w'’.-]+$"
)


def _person_name(seg: str) -> str | None:
    """The personal name in a phrase, without titles: "President Volodymyr Zelensky" -> "Volodymyr Zelensky"."""
    for m in reversed(list(_NAME_RE.finditer(seg))):
        words = m.group().split()
        while words and (words[0].lower().strip(".") in _TITLES or SIDE_RE.fullmatch(words[0]) or _OTHER_COUNTRY_RE.fullmatch(words[0])):
            words.pop(0)
        words = [w for w in words if w.lower().strip(".") not in _TITLES]
        if not words or SIDE_RE.fullmatch(" ".join(words)) or PLACE_SIDE_RE.fullmatch(" ".join(words)):
            continue
        if _OTHER_COUNTRY_RE.search(" ".join(words)) or re.search(r"['’]s$", words[-1]):
            continue
        if len(words) <= 3 and all(re.fullmatch(r"[A-Z][\w'’.-]*|al-\w+", w) for w in words):
            if len(words) == 1 and words[0] not in _KNOWN_PEOPLE and not re.match(r"(?:Mr|Mrs|Ms|Dr)\b", seg):
                if not re.search(r"\b(?:Mr|Mrs|Ms|Dr|President|Minister|Governor|Mayor|General|Gen)\.?\s+" + re.escape(words[0]), seg):
                    continue
            return " ".join(words)
    return None


# ---------------------------------------------------------------- rows


def make_row(
    spec: TableSpec,
    doc: Document,
    claim: Pending,
    fields: dict,
    *,
    identity: Sequence[str],
    extractor_version: str,
    date_text: str | None = None,
) -> dict:
    """A complete row of `spec` for one merged claim, in schema order, on the shared provenance
    columns. `fields` are its merged fields, the claimant among them; the claim id hashes the
    fields named in `identity`, then the claimant.

    The report date is resolved from `date_text` (default: the evidence), so a caller can
    keep dates that do not belong to the claim ("a meeting on 9 January") out of it.
    """
    claimant = fields.get("claimant")
    evidence = " ".join(claim.evidence)
    post = claim.sentence.post
    day, source = report_date_of(post, doc, evidence if date_text is None else date_text)
    base = provenance.claim_row(
        doc, post, table=spec.name, identity=[fields.get(k) for k in identity] + [claimant], report_date=day,
        date_source=source, claimant=claimant, evidence=evidence, extractor_version=extractor_version,
    )
    base.update((k, v) for k, v in fields.items() if k != "claimant")
    return {name: base.get(name) for name in spec.schema.names}


@dataclass
class Pending:
    """A claim found in one sentence, before repeats in the document are merged."""

    key: tuple  # figures that make the claim itself
    soft: dict  # fields that may be missing in one mention and given in another
    fields: dict
    evidence: list[str]
    sentence: Sentence
    headline: bool
    extra: dict = field(default_factory=dict)


def headline_like(sentence: Sentence) -> bool:
    """A headline, or a post's first paragraph written as one: short, with no closing full stop, more text below."""
    if sentence.is_headline:
        return True
    if sentence.paragraph_index != 0 or len(sentence.paragraphs) < 2:
        return False
    first = sentence.paragraphs[0].rstrip()
    return len(first) < 160 and not first.endswith((".", "!", "?", '"', "”", "'", "’", ":"))


def _significant_digits(value: float) -> int:
    return len(str(int(round(abs(value)))).rstrip("0")) or 1


def _drop_restated_headlines(pending: list[Pending], restates: Callable[[Pending, Pending], bool]) -> list[Pending]:
    """Drop a headline mention that a body mention of the same post says more exactly (`restates(headline, body)`):
    `dedupe` cannot see it, the keys differ."""
    return [p for p in pending if not headline_like(p.sentence) or not any(
        not headline_like(q.sentence) and q.sentence.post_index == p.sentence.post_index and restates(p, q)
        for q in pending
    )]


def drop_rounded_headlines(pending: list[Pending], figure: Callable[[Pending], float | None],
                           same_claim: Callable[[Pending, Pending], bool]) -> list[Pending]:
    """Drop a headline's rounded figure ("Nearly 200 clashes" over the body's "rose to 196", "€200m package" over
    "worth €198m"): a body figure in the same post within 6% of it, with more significant digits, for which
    `same_claim(headline, body)` holds, is the same claim said exactly."""
    def rounds(h: Pending, b: Pending) -> bool:
        hv, bv = figure(h), figure(b)
        return (
            hv is not None and bv is not None and hv != bv and abs(hv - bv) <= 0.06 * bv
            and _significant_digits(hv) < _significant_digits(bv) and same_claim(h, b)
        )
    return _drop_restated_headlines(pending, rounds)


def drop_headline_bounds(pending: list[Pending], same_claim: Callable[[Pending, Pending], bool]) -> list[Pending]:
    """Drop a headline's bound of a range its post's body gives: "up to 4,700" over "between 4,000 and 4,700",
    "at least 10,000" over "10,000-12,000" (for which `same_claim(headline, body)` holds) is the range said loosely."""
    def bounds(h: Pending, b: Pending) -> bool:
        value, qualifier = h.fields.get("value"), h.fields.get("qualifier")
        low, high = b.fields.get("low"), b.fields.get("high")
        return (
            value is not None and low is not None and high is not None
            and ((qualifier == "up_to" and value == high) or (qualifier in ("at_least", "more_than") and value == low))
            and same_claim(h, b)
        )
    return _drop_restated_headlines(pending, bounds)


_SAME_PERIOD = {"day": "24 hours", "24 hours": "24 hours"}
_PERIOD_NAMES = {name for name, _ in _PERIODS} - {"past day"}
_BARE_CLAIMANTS = {"Kyiv", "Kiev", "Moscow", "Kremlin", "Washington", "Seoul", "Pyongyang", "Ukraine", "Russia"}


def same_period(a: str | None, b: str | None) -> bool:
    """Whether two periods name one reporting window: equal, or "day" and "24 hours" (the same daily report)."""
    return a == b or (a in _SAME_PERIOD and _SAME_PERIOD.get(a) == _SAME_PERIOD.get(b))


def _compatible(a: object, b: object) -> bool:
    """Two mentions' values of a soft field can describe one claim: missing, equal, "day" and
    "24 hours", or names that start alike ("Kursk" and "Kursk region", "Ukrainian military"
    and "Ukrainian General Staff")."""
    if a is None or b is None or a == b:
        return True
    if not (isinstance(a, str) and isinstance(b, str)):
        return False
    if same_period(a, b):
        return True
    return a not in _PERIOD_NAMES and b not in _PERIOD_NAMES and a.split()[0] == b.split()[0]


def _one_unsided(a: Pending, b: Pending) -> bool:
    return a.extra.get("claimant_side") is None or b.extra.get("claimant_side") is None


def _same_side(a: Pending, b: Pending) -> bool:
    side = a.extra.get("claimant_side")
    return side is not None and side == b.extra.get("claimant_side")


# a paragraph that recaps the figures given before it: "A quick recap of the day: ...", "Today's key figures: ..."
_RECAP_RE = re.compile(
    r"^[^\w]*(?:(?:an?\s+)?(?:quick\s+|brief\s+)?recap\b|to\s+recap\b|summing\s+up\b|to\s+sum\s+up\b|in\s+summary\b|"
    r"(?:today['’]s|the\s+day['’]s|this\s+morning['’]s)\s+key\s+(?:figures|numbers|points)\b|key\s+figures\s*:|"
    r"in\s+case\s+you\s+missed\s+it\b|a\s+reminder\s+of\b)",
    re.IGNORECASE,
)
# a post or a list headed as a summary: "Summary of the day so far", "Here is a summary of the latest developments:"
_SUMMARY_HEAD_RE = re.compile(
    r"^[^\w]*(?:(?:here\s+is|here['’]s)\s+)?(?:a\s+|the\s+)?(?:summary|round-?up|recap)\s+of\s+(?:the\s+)?"
    r"(?:day|latest|main|key|today['’]s|morning['’]s|events|developments)\b|^[^\w]*(?:the\s+)?day\s+so\s+far\b",
    re.IGNORECASE,
)


_SUMMARY_INTRO_RE = re.compile(
    r"\b(?:summary|round-?up|recap)\s+of\s+(?:the\s+)?(?:day|latest|main|key|today['’]s|morning['’]s|events|developments)\b"
    r"[^.!?]{0,60}:\s*$",
    re.IGNORECASE,
)


def recaps(sentence: Sentence) -> bool:
    """Whether the sentence's paragraph recaps figures given before: its mentions are the earlier claims again,
    whatever claimant, place or donor they name (a recap names them loosely). So do the paragraphs of a post
    headed as a summary, and those after a line introducing one ("Here is a summary of the latest developments:")."""
    paragraphs, i = sentence.paragraphs, sentence.paragraph_index
    if _RECAP_RE.match(paragraphs[i]):
        return True
    head = paragraphs[0] if sentence.post.headline and paragraphs[0] == sentence.post.headline else None
    return bool(
        (head is not None and i > 0 and _SUMMARY_HEAD_RE.match(head))
        or any(_SUMMARY_INTRO_RE.search(paragraphs[j]) for j in range(max(0, i - 3), i))
    )


def dedupe(pending: list[Pending], *, soft_keys: Sequence[str], loose_keys: Sequence[str] = (),
           headline_loose: Sequence[str] = ("location",), unsided_restate: bool = False) -> list[Pending]:
    """One claim per document: mentions with the same key and compatible soft fields merge.

    Soft fields are compatible when equal, when one is missing, or for periods "day" and
    "24 hours" (the same daily report); a headline's claimant and its `headline_loose` fields
    (the place; an aid pledge's purpose) need not match the body's: a headline says them loosely.
    `loose_keys` (a subset of `soft_keys`) are merged the same way but never keep two mentions
    apart; a paragraph that `recaps` earlier figures keeps nothing apart. With `unsided_restate`, a claimant of no
    known side restates one of any side: a lead's "officials said" and the governor named later give one toll. A
    body mention wins over a headline one for the fields both give (headlines round figures); soft fields keep the
    body's value too.
    """
    kept: list[Pending] = []
    for p in pending:
        twin = next(
            (k for k in kept if k.key == p.key and (recaps(p.sentence) or recaps(k.sentence) or all(
                s in loose_keys
                or _compatible(k.soft.get(s), p.soft.get(s))
                or (s == "claimant" and (k.headline or p.headline or _same_side(k, p) or (unsided_restate and _one_unsided(k, p))))
                or (s in headline_loose and (k.headline or p.headline))  # a page's and a post's headline too
                for s in soft_keys
            ))),
            None,
        )
        if twin is None:
            kept.append(p)
            continue
        if (twin.headline or recaps(twin.sentence)) and not (p.headline or recaps(p.sentence)):
            merged = {**p.fields, **{k: v for k, v in twin.fields.items() if p.fields.get(k) is None}}
            twin.fields, twin.headline, twin.sentence = merged, False, p.sentence
            twin.soft = {**twin.soft, **{s: v for s, v in p.soft.items() if v is not None}}
            twin.extra = {**twin.extra, **p.extra}
        else:
            for k, v in p.fields.items():
                if twin.fields.get(k) is None or (k == "qualifier" and twin.fields[k] == "exact" and v):
                    twin.fields[k] = v  # a qualifier dropped in one mention ("record 2,000") is kept from another
        for s in soft_keys:
            mine, theirs = twin.soft.get(s), p.soft.get(s)
            if theirs is None or mine == theirs:
                continue
            if (
                mine is None
                or (s == "location" and len(theirs) > len(mine))
                or (s == "period" and (mine, theirs) == ("day", "24 hours"))
                or (s == "claimant" and mine in _BARE_CLAIMANTS and theirs not in _BARE_CLAIMANTS)
                # a lead's "officials" restated by the official named later: the named one
                or (s == "claimant" and unsided_restate and twin.extra.get("claimant_side") is None
                    and (p.extra.get("claimant_side") is not None or (mine[:1].islower() and theirs[:1].isupper())))
            ):
                twin.soft[s] = theirs
        for e in p.evidence:
            if e not in twin.evidence:
                twin.evidence.append(e)
    return kept
