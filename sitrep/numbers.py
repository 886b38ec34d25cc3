"""Number mentions in English news text: digits, number words, qualifiers and units.

Counts of weapons are written every which way ("1,200", "1 200", "thirty-four",
"a hundred and twelve", "a dozen", "both"), and many numbers in war reporting are not
counts at all (distances, money, troops, years). `find_numbers` returns every mention
with its span, its qualifier ("more than 90" -> `more_than`) and, where one is
attached, its unit, so that callers can ignore anything measured rather than counted.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

_UNITS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen".split()
    )
}
_TENS = {
    w: 10 * i
    for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)
}
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_STANDALONE = {"both": 2, "none": 0, "neither": 0}
_WORD_VALUES = {**_UNITS, **_TENS, **_STANDALONE}

# the words of a number a scale word may follow ("seventy-five million euros"), for patterns elsewhere
NUMBER_WORD = r"(?:%s)" % "|".join(sorted({*_UNITS.keys() - {"zero"}, *_TENS, "hundred"}, key=len, reverse=True))
_WORD = r"(?:%s)" % "|".join(sorted({*_WORD_VALUES, "hundred", "dozen", *_SCALES}, key=len, reverse=True))
# A run of number words, e.g. "one hundred and twelve thousand", "thirty-four", "a dozen".
_WORDS_RE = re.compile(
    rf"\b(?:an?\s+(?=(?:hundred|thousand|million|dozen)\b))?{_WORD}(?:(?:\s+and\s+|\s+|-){_WORD})*\b",
    re.IGNORECASE,
)
# The same, run on lowercased text (sre's IGNORECASE is several times slower); the lookarounds let
# only a word starting like a number word ("a hundred", or a word's first three letters) try the
# long alternation.
_WORD_STARTS = sorted({w[:3] for w in {*_WORD_VALUES, "hundred", "dozen", *_SCALES}})
_WORDS_LC = re.compile(rf"(?<!\w)(?=an?\s+[dhmt]|{'|'.join(_WORD_STARTS)})" + _WORDS_RE.pattern)
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_DIGIT_SEP_RE = re.compile(r"[,\s\u00a0\u202f]")
# Digits: "1,200", "1 200" (thin or normal space), "4.5", optionally followed by a scale.
# The first digit comes before the look-behinds (which then look past it), so that sre can skip
# ahead to the next digit instead of trying the look-behinds at every position.
_DIGITS_RE = re.compile(
    r"(?P<num>\d(?<![\w.,]\d)(?<![A-Za-z]-\d)(?<!\d/\d)"  # not "Kh-59/69"
    r"(?:\d{0,2}(?:,\d{3})+(?!\d|,\d)|\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?![\d])|\d*(?:\.\d+)?))"
    r"(?![\w-]*[A-Za-z]-?\d)"  # not part of a model name such as 2S7
    r"(?:\s*(?P<scale>million|billion|thousand|bn|m|k)\b)?",
    re.IGNORECASE,
)

_QUALIFIERS = (
    ("approx", r"approximately|about|around|some|nearly|almost|roughly|approx\.?|close\s+to|an\s+estimated|estimated"),
    ("more_than", r"more\s+than|over|in\s+excess\s+of|upwards\s+of|above|exceeding"),
    ("at_least", r"at\s+least|no\s+fewer\s+than|no\s+less\s+than|not\s+less\s+than|a\s+minimum\s+of"),
    ("up_to", r"up\s+to|as\s+many\s+as|a\s+maximum\s+of|no\s+more\s+than|fewer\s+than|less\s+than"),
)
# Every qualifier starts a word (the `\b` is shared so that other positions fail at once). Searched in
# lowercased text, as `_UNIT_AFTER_LC`.
_QUALIFIER_LC = re.compile(  # "~11,000" and "≈ 11,000" are approximate too: signs, not words, so outside the `\b`
    r"(?:\b(?:%s)|(?P<sign>[~≈]))\s*$" % "|".join(f"(?P<{name}>{alts})" for name, alts in _QUALIFIERS)
)

_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_NOUNS = (
    r"troops|soldiers|servicemen|personnel|people|persons?|civilians|residents|children|men|women|"
    r"fighters|casualties|prisoners|POWs|refugees|volunteers|recruits|infantry|paratroopers|"
    r"households|homes|houses|buildings|apartments|cars|vehicles|villages|settlements|towns|"
    r"rounds|shells|bullets|cartridges"
)
# Unit right after a number ("km", "-year-old", "per cent"), matched in lowercased text (as
# `_QUALIFIER_LC`: sre's IGNORECASE is several times slower; this differs only on "İ", "ı", "ſ").
_UNIT_AFTER_LC = re.compile(
    r"(?P<measure>\s*-?\s*(?:km|kilomet(?:er|re)s?|miles?|mi|metres?|meters?|m|cm|mm|ft|feet|kg|kilos?|kilograms?|"
    r"tonnes?|tons?|lbs?|mph|km/h|knots|hectares?|sq)\b|-(?:storey|story|floor|storeyed|room|bed|seat|lane)\b)"
    r"|(?P<percent>\s*(?:%|per\s*cent\b|percent\b))"
    r"|(?P<money>\s*(?:dollars?|euros?|pounds\s+sterling|roubles?|rubles?|hryvnias?|usd|eur|uah)\b)"
    r"|(?P<time>\s*(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|gmt|bst|cet|utc|hrs|h)\b|:\d\d)"
    r"|(?P<duration>\s*-?\s*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies))\b)"
    r"|(?P<ordinal>(?:st|nd|rd|th)\b)"
    r"|(?P<fraction>\s+and\s+a\s+half\b)"
    r"|(?P<date>\s+(?:of\s+)?" + _MONTH + r"\b)"
)
# Else, for people and things, a noun after up to two capitalised or adjective words
# ("11,000 North Korean troops"): unit "noun".
_NOUN_AFTER_RE = re.compile(
    r"(?:\s+(?:[A-Z][\w'’-]*|[a-z]+-\w+|more|other|additional|new|fresh|elite|local|foreign|enemy|military|armed|civilian|wounded|injured|dead|extra|further)){0,2}\s+(?i:%s)\b"
    % _NOUNS
)
# Searched in lowercased text, as `_UNIT_AFTER_LC`.
_UNIT_BEFORE_LC = re.compile(
    r"(?:(?P<money>(?:us|usd|eur|uah)?\s?[$€£¥₴₽]\s*|(?:usd|eur|uah)\s+)"
    r"|(?P<date>\b%s\.?\s+)"
    r"|(?P<time>\d[:.])"
    r"|(?P<ordinal>\bno\.\s*))$" % _MONTH
)
_YEAR_RE = re.compile(r"(?:19|20)\d\d")  # compiled once: `_unit` runs for every number
_LOWER_WORD_RE = re.compile(r"\s+[a-z]")
_YEAR_CONTEXT_RE = re.compile(
    r"(?:\b(?:in|since|from|of|until|till|by|before|after|during|early|late|mid|summer|winter|spring|autumn|fall|year|"
    r"%s)|\d,?)\s*$" % _MONTH,
    re.IGNORECASE,
)


@dataclass(frozen=True)
class NumberMention:
    """One number in a text: its value, where it is, how it is qualified and what it measures.

    `start`/`end` cover the number itself; `qualifier_start` is where a qualifier such as
    "more than" begins (equal to `start` without one). `unit` is None for plain counts.
    For a range ("between 40 and 50", "40-50") `value` is the lower bound, `high` the upper.
    """

    value: float
    start: int
    end: int
    text: str
    qualifier_start: int
    qualifier: str = "exact"
    unit: str | None = None
    high: float | None = None

    @property
    def is_count(self) -> bool:
        """A whole number with no unit: something that could count weapons."""
        return self.unit is None and float(self.value).is_integer()


def parse_number(text: str) -> int | float | None:
    """Value of a whole string written in digits or words, or None if it is not a number."""
    text = text.strip()
    found = find_numbers(text)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(text):
        value = found[0].value
        return int(value) if float(value).is_integer() else value
    return None


def find_numbers(text: str) -> list[NumberMention]:
    """Every number mention in `text`, in order, with qualifier and unit."""
    return list(_find_numbers(text))


@lru_cache(maxsize=4096)
def _find_numbers(text: str) -> tuple[NumberMention, ...]:
    """Memoised (mentions are frozen): every extractor reads the numbers of the same sentences."""
    low = text.lower()  # once: number words, qualifiers and units are matched in it
    if len(low) != len(text):  # str.lower can change the length of rare characters
        low = text.translate(_ASCII_LOWER)
    raw = sorted(_digit_mentions(text) + _word_mentions(low), key=lambda m: m[0])
    mentions: list[NumberMention] = []
    for start, end, value in raw:
        if mentions and start < mentions[-1].end:
            continue
        # Only the neighbourhood matters (qualifier: 40 characters, units: a few words); slicing
        # the whole text for every mention made long texts quadratic.
        before, after = text[max(0, start - 40) : start], text[end : end + 120]
        low_before, low_after = low[max(0, start - 40) : start], low[end : end + 120]
        qualifier, qstart = _qualifier(low_before, start)
        mentions.append(
            NumberMention(
                value=value,
                start=start,
                end=end,
                text=text[start:end],
                qualifier=qualifier,
                qualifier_start=qstart,
                unit=_unit(text[start:end], value, before, after, low_before, low_after),
            )
        )
    if any(w in low for w in _SLIP_HINTS):
        mentions = _without_slips(text, mentions)
    return tuple(_merge_ranges(text, mentions))


# "ninety — sorry, ninety-three", "eleven — I beg your pardon — thirteen", "four dead — no, I'm being told five": a
# speaker's slip put right at once; the figure said just before it (and those joined to it) is taken back
_SLIP_HINTS = ("sorry", "pardon", "correction", "rather", "i mean", "make that", "no, ")
_SLIP_RE = re.compile(
    r"(?:\s*[—–]\s*|\s+-+\s+|,\s*)(?:(?:I'm|I\s+am)\s+sorry|sorry|I\s+beg\s+your\s+pardon|pardon(?:\s+me)?|no,|correction|"
    r"or\s+rather|I\s+mean|make\s+that)[,.:]?\s*(?:[—–-]+\s*)?",
    re.IGNORECASE,
)
_SLIP_GAP_RE = re.compile(
    r"(?:(?:I'm|I\s+am)\s+(?:being\s+)?told\s+|it\s+(?:is|was)\s+|it's\s+|that's\s+|that\s+(?:is|was)\s+)?"
    r"(?:about\s+|around\s+|some\s+|more\s+than\s+|at\s+least\s+)?",
    re.IGNORECASE,
)
_SLIP_TAIL_RE = re.compile(r"[^,;:.!?\d]{0,40}")  # "nine of eleven ballistic missiles — I'm sorry, ..."
# ... joined to the figures before it: "nine of eleven", "fourteen — forty", "ninety drones were launched — ninety-three"
_SLIP_JOIN_RE = re.compile(r"\s+(?:of|out\s+of|to|or)\s+|[^,;:.!?\d]{0,30}?\s*[—–]\s*|\s+-+\s+")


def _without_slips(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """The mentions that no self-correction takes back: the figure just before the slip's mark (a few words before
    it, in the same clause) and those joined to it ("nine of eleven", "fourteen — forty"), when a figure follows
    the mark."""
    dropped: set[int] = set()
    for m in _SLIP_RE.finditer(text):
        if not any(n.start >= m.end() and _SLIP_GAP_RE.fullmatch(text, m.end(), n.start) for n in mentions):
            continue  # "40 drones, sorry to say, and 30 ...": no figure put in the place of the first
        before = [n for n in mentions if n.end <= m.start()]
        if not before or _SLIP_TAIL_RE.fullmatch(text, before[-1].end, m.start()) is None:
            continue
        i = len(before) - 1
        while i > 0 and _SLIP_JOIN_RE.fullmatch(text, before[i - 1].end, before[i].start):
            i -= 1
        dropped.update(n.start for n in before[i:])
    return [n for n in mentions if n.start not in dropped] if dropped else mentions


def _digit_mentions(text: str) -> list[tuple[int, int, float]]:
    out = []
    for m in _DIGITS_RE.finditer(text):
        digits = m["num"]
        if not digits.isdigit():  # most numbers have no separator to remove
            digits = _DIGIT_SEP_RE.sub("", digits)
        value = float(digits)
        scale = (m["scale"] or "").lower()
        if scale:
            value *= {"k": 1_000, "thousand": 1_000, "m": 1_000_000, "million": 1_000_000}.get(scale, 1_000_000_000)
        out.append((m.start(), m.end(), int(value) if value.is_integer() else value))
    return out


def _word_mentions(low: str) -> list[tuple[int, int, float]]:
    """Number words in `low`, the text lowercased character for character."""
    out = []
    for m in _WORDS_LC.finditer(low):
        pos = m.start()
        while pos < m.end():
            parsed = _parse_words(low, pos, m.end())
            if parsed is None and low.startswith("dozen", pos) and _ANOTHER_BEFORE_RE.search(low, max(0, pos - 20), pos):
                parsed = 12, pos + 5  # "another dozen", "a further dozen"
            if parsed is None:
                break
            value, end = parsed
            if not (value == 1 and end - pos == 3 and _PRONOUN_ONE_BEFORE_RE.search(low, max(0, pos - 5), pos)):
                out.append((pos, end, value))
            sep = _JOIN_RE.match(low, end)
            pos = sep.end() if sep else m.end()
    return out


_ANOTHER_BEFORE_RE = re.compile(r"\b(?:another|further|additional)\s+$")
# "no one was hurt", "no-one", "not one": a pronoun, not a count of one.
_PRONOUN_ONE_BEFORE_RE = re.compile(r"\b(?:no|not)(?:\s+|-)$")
_JOIN_RE = re.compile(r"\s+and\s+|\s+|-", re.IGNORECASE)
_TOKEN_RE = re.compile(r"[a-z]+", re.IGNORECASE)
_SEP_RE = re.compile(r"\s+|-")


def _parse_words(text: str, pos: int, stop: int) -> tuple[int, int] | None:
    """Longest grammatical number phrase starting at `pos`: (value, end offset).

    Grammar: [a] group (scale [and] group)*, where a group is "nine hundred [and] ninety-nine",
    "a dozen"/"two dozen", or standalone "both"/"none". Parsing stops at the first word that
    does not fit, so "thirty forty" yields thirty and leaves forty to the caller.
    """
    total = group = 0
    stage = "start"  # start | article | unit | tens | hundred | scale | and
    last_scale = 10**12
    best: tuple[int, int] | None = None
    while pos < stop:
        tok = _TOKEN_RE.match(text, pos)
        if tok is None:
            break
        word, end = tok.group().lower(), tok.end()
        if stage == "start" and word in _STANDALONE:
            return _STANDALONE[word], end
        if stage == "start" and word in ("a", "an"):
            stage = "article"
        elif word == "and" and stage in ("hundred", "scale"):
            stage = "and"
        elif word in _UNITS and (stage in ("start", "hundred", "scale", "and") or (stage == "tens" and 0 < _UNITS[word] < 10)):
            group += _UNITS[word]
            stage = "unit"
        elif word in _TENS and stage in ("start", "hundred", "scale", "and"):
            group += _TENS[word]
            stage = "tens"
        elif word == "hundred" and (stage == "article" or (stage in ("unit",) and 0 < group < 10)):
            group = (group or 1) * 100
            stage = "hundred"
        elif word == "dozen" and total == 0 and (stage == "article" or (stage in ("unit", "tens") and group < 100)):
            return (group or 1) * 12, end
        elif word in _SCALES and _SCALES[word] < last_scale and (stage in ("article", "unit", "tens", "hundred")):
            last_scale = _SCALES[word]
            total += (group or 1) * last_scale
            group = 0
            stage = "scale"
        else:
            break
        if stage not in ("article", "and"):
            best = (total + group, end)
        sep = _SEP_RE.match(text, end)
        if sep is None:
            break
        pos = sep.end()
    return best


# Every qualifier ends with one of these words (or "~"): a cheap test before the regex search.
_QUALIFIER_FINALS = tuple(
    "approximately about around some nearly almost roughly approx approx. to estimated ~ than over of above "
    "exceeding least as".split()
)


def _qualifier(low_before: str, start: int) -> tuple[str, int]:
    """The qualifier ending `low_before` (the lowercased 40 characters before a number at `start`)."""
    tail = low_before.rstrip()[-16:]
    if tail.isascii() and not tail.endswith(_QUALIFIER_FINALS):
        return "exact", start
    m = _QUALIFIER_LC.search(low_before)
    if not m:
        return "exact", start
    kind = "approx" if m.lastgroup == "sign" else m.lastgroup  # one named group per alternative: the match's
    return kind, start - (len(low_before) - m.start())


def _unit(token: str, value: float, before: str, after: str, low_before: str, low_after: str) -> str | None:
    """What the number `token` measures, from the text `before` and `after` it (and their lowercased copies)."""
    m = _UNIT_AFTER_LC.match(low_after)
    if m:
        return m.lastgroup  # one named group per alternative: the match's
    if _NOUN_AFTER_RE.match(after):
        return "noun"
    m = _UNIT_BEFORE_LC.search(low_before[-12:])
    if m:
        return m.lastgroup
    if _YEAR_RE.fullmatch(token) and (_YEAR_CONTEXT_RE.search(before[-20:]) or not _LOWER_WORD_RE.match(after)):
        return "year"
    if not float(value).is_integer():
        return "decimal"
    return None


_RANGE_RE = re.compile(r"^\s*(?:-|–|—|to)\s*$", re.IGNORECASE)
_BETWEEN_RE = re.compile(r"\bbetween\s+$", re.IGNORECASE)


_BETWEEN_WORD_RE = re.compile(r"\bbetween", re.IGNORECASE)


def _between_before(text: str, pos: int) -> re.Match | None:
    """ "between" and whitespace right before `pos` (what `_BETWEEN_RE` finds in `text[:pos]`),
    without scanning the whole prefix: that made long texts quadratic."""
    j = pos
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j == pos or j < 7:
        return None
    return _BETWEEN_RE.match(text, j - 7, pos) if _BETWEEN_WORD_RE.fullmatch(text, j - 7, j) else None


# A date, year or clock time is no range's lower bound ("since February 2022 to 934,520").
_NOT_A_BOUND = frozenset({"date", "year", "time"})


def _merge_ranges(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """Fold "40-50", "40 to 50" and "between 40 and 50" into one mention of the lower bound."""
    out: list[NumberMention] = []
    i = 0
    while i < len(mentions):
        cur = mentions[i]
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and nxt.value > cur.value and cur.unit not in _NOT_A_BOUND:
            gap = text[cur.end : nxt.start]
            between = _between_before(text, cur.start) and re.fullmatch(r"\s+and\s+", gap)
            if between or (_RANGE_RE.match(gap) and cur.qualifier == "exact"):
                qstart = cur.start - len(between.group()) if between else cur.start
                out.append(
                    NumberMention(
                        value=cur.value,
                        start=cur.start,
                        end=nxt.end,
                        text=text[cur.start : nxt.end],
                        qualifier="at_least",
                        qualifier_start=qstart,
                        unit=nxt.unit,
                        high=nxt.value,
                    )
                )
                i += 2
                continue
        out.append(cur)
        i += 1
    return out
