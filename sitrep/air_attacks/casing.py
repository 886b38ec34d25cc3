"""All-capitals lines (wire flashes, tickers, shouted headlines) put in the case the rules read.

The rules find places, sides and people by their capitals, so "RUSSIAN DEFENCE MINISTRY: 23 UKRAINIAN DRONES
DESTROYED OVER KURSK" reads as nothing. Such a line is lowered, then its sentence starts and the words that are names
when written with a capital (places, sides, people the lexicon knows) get their capital back. Lengths are kept, so the
evidence of a row maps back to the words as published.
"""
from __future__ import annotations

import re
from dataclasses import replace

from sitrep.air_attacks.lexicon import _PEOPLE_SIDES, _PLACE_RE, _SIDE_RE
from sitrep.models import Document, Post

_WORD_RE = re.compile(r"[^\W\d_][^\W\d_'’]*")
_PEOPLE_RE = re.compile(rf"\b(?:{'|'.join(sorted(_PEOPLE_SIDES, key=len, reverse=True))})\b")
# the first letter of the line (after a "19:55" time), or after a sentence's end or a colon
_START_RE = re.compile(r"(?:^[\d:.\s]*|[.!?:]\s+)([a-z])")
_MIN_LETTERS = 12


def is_shouted(text: str) -> bool:
    """A line of some length written in capitals only."""
    return text.isupper() and sum(ch.isalpha() for ch in text) >= _MIN_LETTERS


def sentence_case(text: str) -> str:
    """`text` lowered but for sentence starts, places, sides and known people; as long as `text`."""
    titled = _WORD_RE.sub(lambda m: m.group().capitalize(), text)
    out = list(text.lower())
    if len(titled) != len(text) or len(out) != len(text):
        return text  # a letter whose case changes its length: leave the line as it is
    for rx in (_PLACE_RE, _SIDE_RE, _PEOPLE_RE):
        for m in rx.finditer(titled):
            out[m.start() : m.end()] = titled[m.start() : m.end()]
    cased = "".join(out)
    return _START_RE.sub(lambda m: m.group()[:-1] + m.group(1).upper(), cased)


def readable(doc: Document) -> tuple[Document, dict[str, str]]:
    """The document with its shouted lines in sentence case, and each such line's original by its new text.
    A document with none (nearly all) is returned as it is, without being copied."""
    lines = [doc.title, *(x for p in doc.posts for x in (p.headline, *p.paragraphs))]
    originals = {sentence_case(x): x for x in lines if x and is_shouted(x)}
    if not originals:
        return doc, {}
    cased = {x: c for c, x in originals.items()}

    def case(line: str | None) -> str | None:
        return cased.get(line, line) if line else line

    posts = tuple(replace(p, headline=case(p.headline), paragraphs=tuple(cased.get(x, x) for x in p.paragraphs))
                  for p in doc.posts)
    return replace(doc, title=case(doc.title), posts=posts), originals


def as_published(sentence: str, originals: dict[str, str]) -> str:
    """The words of a sentence taken from a recased line, as the line was published."""
    for cased, original in originals.items():
        at = cased.find(sentence)
        if at >= 0:
            return original[at : at + len(sentence)]
    return sentence
