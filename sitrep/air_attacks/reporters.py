"""Where one reporter's claim ends and another's begins inside a sentence ("the city said 14 drones
were downed, while the air force said 40 of 52"), so that their figures become separate rows. The rows
ask one question, `_another_reporter`; `_report_boundary` (a clause of another claimant) is its first test."""
from __future__ import annotations

import re

from sitrep.air_attacks.lexicon import (
    _ADVERB_CLAUSE_RE,
    _REPORT_RE,
    _clause_start,
    _Count,
    _Row,
)

# "Air Command East said 14 drones ..., while the air force reported that Russia launched 88": two claims
_REPORT_BOUNDARY_RE = re.compile(
    # (a subject of words, not "40 missiles and 180 drones - and said")
    r"(?:[,;]\s*|\b)(?:while|whereas|but|and)\s+(?:the\s+)?(?:[^\W\d_]|['’ -]){2,60}?\s+(?:said|says|reported|reports|claimed|claims|"
    r"announced|stated)\b"
    # "..., while the acting governor of the Kursk region, Alexander Khinshtein, said 11 drones ...": an apposed name
    r"|,\s*(?:while|whereas)\s+(?:the\s+)?[\w'’ -]{2,60}?,\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2},\s+(?:said|says|reported|claimed)\b",
)

_AND_REPORTER_RE = re.compile(r",?\s+and\s+(?:the\s+)?[\w'’ -]{2,60}?\s+(?:said|says|reported|reports)\b")
_PRONOUN_BEFORE_RE = re.compile(r"\b(?:it|he|she|they)\s+(?:also\s+)?$", re.IGNORECASE)
_AND_VERB_RE = re.compile(r"\band\s+(?:also\s+|later\s+)?$", re.IGNORECASE)
_PASSIVE_AUX_RE = re.compile(r"\b(?:been|was|were|is|are|be)\s+$", re.IGNORECASE)
_SAID_SEMICOLON_RE = re.compile(r"\b(?:said|says|reported|reports|claimed|claims|stated|announced|wrote)\s*;")


def _report_boundary(text: str, start: int, end: int) -> bool:
    """Another claimant's report begins between two counts of a sentence."""
    if end - start < 20 or (" said" not in text and " says" not in text and " report" not in text and " claim" not in text):
        return False
    if _REPORT_BOUNDARY_RE.search(text, start, end) is not None:
        return True
    said = _SAID_SEMICOLON_RE.search(text, start, end)  # "..., the governor said; ..., according to the air force"
    later = _REPORT_RE.search(text, said.end()) if said is not None else None
    return later is not None and not _PRONOUN_BEFORE_RE.search(text, max(0, later.start() - 14), later.start())


_REPORTER_GAP_RE = re.compile(
    r"^[\s,;:(–—-]*(?:(?:while|whereas|but|and|as|meanwhile|separately|it|they|he|she|which|who|later|then|subsequently|also|"
    r"afterwards|has|had|have|since)\b[\s,]*)*$",
    re.IGNORECASE,
)


_AS_REPORTED_RE = re.compile(
    r"\bas\s+(?:(?:it|they|he|she)\s+(?:had\s+|has\s+)?)?(?:\w+ly\s+|earlier\s+|first\s+)?$", re.IGNORECASE
)  # "not 120 as reported earlier", "not 74 as it had reported earlier"


def _reporter_before(text: str, verb: re.Match) -> bool:
    """A reporting verb with a subject of its own in its clause: "the air force said", not "..., and said";
    "according to" names its reporter after it."""
    if verb.group().lower().startswith("according"):
        return True
    if _AS_REPORTED_RE.search(text, max(0, verb.start() - 24), verb.start()):
        return False  # "..., not 120 as (it had) reported earlier": the same reporter's first figure
    if _PRONOUN_BEFORE_RE.search(text, max(0, verb.start() - 14), verb.start()):
        return False  # "440 drones, it now says, rather than the 472 it reported this morning": the same reporter
    if _PASSIVE_AUX_RE.search(text, max(0, verb.start() - 12), verb.start()):
        return False  # "46 of the 50 drones had been confirmed as downed": no reporter at all
    if _AND_VERB_RE.search(text, max(0, verb.start() - 10), verb.start()):
        return False  # "put the number at five and said none of them ...": the same subject's second verb
    start = _clause_start(text, verb.start())
    while start and not text[start : verb.start()].strip(" ,") and _ADVERB_CLAUSE_RE.fullmatch(
        text, _clause_start(text, start - 1), start - 1
    ):
        start = _clause_start(text, _clause_start(text, start - 1) - 1)  # "the governor, however, said"
    return not _REPORTER_GAP_RE.match(text[start : verb.start()])


def _another_reporter(text: str, rows: list[tuple[_Row, int]], row: _Row, count: _Count) -> bool:
    """A figure introduced by another reporter than the row's first one: a clause of another claimant begins
    between them (`_report_boundary`: "X said 14 ..., while Y said 61"; "..., the governor said; ..., according
    to the air force"), or a second reporting verb with a subject of its own comes after the row's first count
    ("... 30 drones, the General Staff said; the ministry said 41 ...", "while the air force put the figure at")."""
    first = next((pos for r, pos in rows if r is row), None)
    if first is None:
        return False
    if _report_boundary(text, first, count.mention.start):
        # "Russia fired roughly 50 drones ..., and officials said about 30 of the drones were shot down": a share of the
        # unattributed count before it, which the same report gives
        return not (count.part and _AND_REPORTER_RE.search(text, first, count.mention.start)
                    and not any(_reporter_before(text, v) for v in _REPORT_RE.finditer(text, 0, first)))
    if "said" not in text and "put" not in text and "report" not in text and "accord" not in text:
        return False
    verbs = [v for v in _REPORT_RE.finditer(text, 0, count.mention.start) if _reporter_before(text, v)]
    return len(verbs) >= 2 and any(first < v.start() for v in verbs)  # "X said 14 ..., while Y said 61"
