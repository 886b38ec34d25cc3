"""Figures that replace others: revisions inside a sentence ("said 29, but later corrected the figure to
26", "revised from 44 to 48"), corrections ("41, not 36"), what a revision added ("eight more"), and the
mark a sentence leaves for merging when it updates an earlier report ("It now says ...")."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from sitrep.air_attacks.counts import _weapon_after, _weapon_class, _weapon_type
from sitrep.air_attacks.lexicon import (
    _CHAIN_GAP_RE,
    _CUE_LC,
    _CUE_ROLE,
    _FIRST_ADV,
    _FIRST_VERB,
    _IMMEDIATE_RE,
    _REVISE_VERB,
    _ROLES,
    _WEAPON_RE,
    _Count,
    _ends,
    _lower,
    _Row,
)
from sitrep.models import Post

# "It now says Russia launched 146 drones": figures that replace the ones the claimant gave before
_NOW_SAYS_LC = re.compile(r"\bnow\s+(?:says|puts|reports|gives|counts)\b|\bin\s+a\s+(?:later|new|fresh|subsequent)\s+update\b")


def _updates(text: str, low: str, paragraph: str) -> bool:
    """The sentence updates an earlier report: its own words say so, or the sentence before it in the paragraph
    does ("The air force has updated its figures. It now says ...")."""
    if ("updat" in low or "revis" in low or "correct" in low) and _UPDATE_RE.search(text):
        return True
    if "now " not in low and "update" not in low:
        return False
    if _NOW_SAYS_LC.search(low):
        return True
    before = paragraph[: max(0, paragraph.find(text))]
    return "now " in low and _UPDATE_RE.search(before[-200:]) is not None


_UPDATE_RE = re.compile(
    r"\b(?:updated|revised|corrected)\s+(?:[\w-]+\s+)?(?:statement|figures?|report|tally|data|count|numbers?|information)\b|"
    # (a headline's present: "Air force updates its overnight figures: ...")
    r"\b(?:updated|revised|corrected|updates|revises|corrects)\s+(?:its|their|the|his|her)\s+(?:[\w-]+\s+)?(?:figures?|tally|count|numbers?|report)\b|"
    r"\bin\s+(?:an?|a\s+later|a\s+subsequent|a\s+further|the\s+latest)\s+(?:\d{1,2}[:.]\d\d\s+)?update\b",  # "In an 11:00 update, it said"
    re.IGNORECASE,
)

# "eight more", "another 8", "a further eight": a figure added to one given before
_MORE_AFTER_RE = re.compile(r"\s+more\b", re.IGNORECASE)
_MORE_BEFORE_RE = re.compile(r"\b(?:another|a\s+further|an\s+additional)\s+$", re.IGNORECASE)


def _increment_of(text: str, count: _Count, revised: int) -> bool:
    """A smaller figure of "more" after a revised one in the same sentence: what the revision added."""
    mention = count.mention
    return mention.value < revised and (
        _MORE_AFTER_RE.match(text, mention.end) is not None or _ends(_MORE_BEFORE_RE, text, mention.qualifier_start) is not None
    )


def _revised_target(rows: list[_Row], weapon: str | None, agrees: Callable[[_Row], bool] | None = None) -> _Row | None:
    """The row a bare revised figure ("later raised the figure to 72") revises: the latest of `rows` with a
    figure given (`last_role`), of `weapon` when one is named, and (across sentences) whose claimant `agrees`.
    The one rule for both routes: `_revise` within a sentence, `merging._merge_into` for a `_Row.revision`
    carried to the open claim. The figure it revises is always the row's `last_role` (`_apply_revision`)."""
    return next(
        (r for r in reversed(rows) if r.last_role and (not weapon or r.weapon == weapon) and (agrees is None or agrees(r))),
        None,
    )


def _apply_revision(target: _Row, value: int) -> None:
    """The revised figure replaces the figure `target` gave last."""
    target.values[target.last_role] = value


def _claim_of_another(row: _Row, target: _Row, value: int) -> None:
    """ "..., but Klitschko put the number at 35": a revised figure another claimant gives is no revision of
    `target` but `row`'s own claim, for the same measure (`last_role`), weapon and type as `target`."""
    row.weapon, row.weapon_type = target.weapon, target.weapon_type
    row.values[target.last_role], row.last_role = value, target.last_role


def _revise(
    candidates: list[_Row], count: _Count, weapon: str | None, rows: list, text: str, post: Post, claims: list
) -> None:
    """ "60 drones were shot down, but it later raised the figure to 72": the new figure replaces the last one
    given; with none in the sentence, a row that carries it to the claim the sentence continues. Another
    claimant's figure ("..., but Klitschko put the number at 35") is a row of its own."""
    target = _revised_target(candidates, weapon)
    value = int(count.mention.value)
    if target is not None and any(target.last_pos < pos < count.mention.start and not c.pronoun for pos, c in claims):
        row = _Row(count.attacker, target.weapon, target.weapon_type, post, [text])
        _claim_of_another(row, target, value)
        row.last_pos = count.mention.start
        rows.append((row, count.mention.start))
    elif target is not None:
        _apply_revision(target, value)
    else:
        row = _Row(count.attacker, weapon or "", count.weapon_type, post, [text])
        row.revision = int(count.mention.value)
        rows.append((row, count.mention.start))


# "later updated the figure to 44", "revising its tally to": figures that replace those given before.
_REVISION_RE = re.compile(
    rf"\b{_REVISE_VERB}\s+(?:the\s+|its\s+|their\s+|that\s+|this\s+)?"
    r"(?:(?:initial|earlier|original|overnight|preliminary)\s+)?(?:figures?|numbers?|tally|count|total|estimates?|data)\b|"
    r"\b(?:figures?|numbers?|tally|count|total|estimates?)(?:\s+[\w-]+){0,4}?\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+"
    r"(?:later\s+|subsequently\s+|since\s+|then\s+)?(?:updat|revis|rais|correct|adjust|amend|lower|increas)ed\b"
    r"(?:\s+(?:up|down|upwards?|downwards?))?|"
    r"\b(?:figures?|numbers?|tally|count|total)(?:\s+[\w-]+){0,4}?\s+(?:(?:has|have|had)\s+)?(?:since\s+|now\s+|later\s+|then\s+)?"
    r"(?:risen|rose|grown|grew|climbed|increased|fallen|fell|dropped)\b|"
    r"\bin\s+(?:an?|its|a\s+later|a\s+subsequent|the\s+latest)\s+(?:\d{1,2}[:.]\d\d\s+)?update\b|\bupdated\s+(?:report|statement|summary|figures?|data)\b",
    re.IGNORECASE,
)

_REVISED_TO_BEFORE_RE = re.compile(
    "(?:" + _REVISION_RE.pattern + r")(?:\s+[\w-]+){0,5}?\s+(?:from\s+[\w,-]+\s+)?to\s+(?:about\s+|around\s+|some\s+|at\s+least\s+)?$|"
    r"\b(?:correct|actual|real|revised|updated|final)\s+(?:figure|number|total|tally|count)\s+(?:was|is|stood\s+at|stands\s+at)\s+$|"
    r"\b(?:put|puts|putting|placed|places|gave|gives|estimated)\s+(?:the\s+|its\s+|their\s+)?(?:figure|number|total|tally|count)"
    r"(?:\s+[\w-]+){0,12}?\s+(?:at|as)\s+[\"“‘']?(?:about\s+|around\s+|some\s+)?$|"  # "put the number downed on approach to the city at"
    rf"\b{_REVISE_VERB}\s+(?:it|that|this|them)\s+(?:up\s+|down\s+)?to\s+$|"  # "before correcting it to"
    # a running count's new figure: "the number of drones shot down on the approach to the capital since the evening had
    # risen to 26", "... had reached 17", "..., bringing the number of drones he said had been shot down to 57"
    r"\b(?:number|total|tally|count)(?:\s+[\w'’-]+){0,16}?\s+(?:(?:has|have|had)\s+)?(?:since\s+|now\s+|then\s+)?"
    r"(?:(?:risen|rose|grown|grew|climbed|increased)\s+to|reached)\s+$|"
    r"\b(?:bringing|brought|brings|taking|took|takes)\s+(?:the|its|his|her|their)\s+(?:overall\s+|total\s+)?"
    r"(?:total|number|tally|count)(?:\s+[\w'’-]+){0,16}?\s+to\s+$",
    re.IGNORECASE,
)
# "had risen to", "reached", "bringing the number ... to": a count that grows through the night, not a correction
_RUNNING_RE = re.compile(r"\b(?:risen|rose|grown|grew|climbed|increased|reached|bringing|brought|brings|taking|took|takes)\b", re.I)
# "the correct figure was", "its updated tally stood at": a restated figure that names neither weapon nor role
_FIGURE_WAS_RE = re.compile(
    r"\b(?:correct|actual|real|revised|updated|final)\s+(?:figure|number|total|tally|count)\s+(?:was|is|stood\s+at|stands\s+at)\s+$",
    re.IGNORECASE,
)
_PEOPLE_OR_PLACES_RE = re.compile(
    r"\s*(?:the\s+)?(?:people|persons|those|dead|deaths|killed|injured|wounded|casualties|victims|civilians|children|residents|"
    r"buildings|homes|houses|apartments|fires|households|consumers)\b",
    re.IGNORECASE,
)
_MEASURE_OF_RE = re.compile(r"\b(?:figure|number|total|tally|count|estimate)s?\s+of\s", re.IGNORECASE)


def _counts_other(phrase: str) -> bool:
    """ "put the number of injured at", "the figure of those killed": the figure named counts no weapons (not
    "the number of Ukrainian drones downed", "the number of launches")."""
    m = _MEASURE_OF_RE.search(phrase)
    if m is None:
        return False
    tail = phrase[m.end() :]
    if _PEOPLE_OR_PLACES_RE.match(tail):
        return True  # "the number of people killed in the missile strike": the dead, whatever killed them
    return _WEAPON_RE.search(tail) is None and _CUE_LC.search(_lower(tail)) is None and "target" not in tail.lower()


_REVISED_FROM_BEFORE_RE = re.compile("(?:" + _REVISION_RE.pattern + r")(?:\s+[\w-]+){0,5}?\s+from\s+$", re.IGNORECASE)
_CORRECT_FIGURE_RE = re.compile(
    r"\b(?:correct|actual|real|revised|updated|final)\s+(?:figure|number|total|tally|count)\b|"
    r"\b(?:later|subsequently|then)\s+(?:clarified|corrected|revised|updated|amended)\b",
    re.I,
)

_PUT_TOTAL_RE = re.compile(r"\btotal\b|\b(?:put|puts|putting|placed|places|gave|gives|estimated)\b", re.IGNORECASE)

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


# a first count the report calls first, revised in the same sentence
_FIRST_BEFORE_RE = re.compile(rf"\b{_FIRST_ADV}\s+$", re.IGNORECASE)
_FIRST_SAID_RE = re.compile(rf"\b{_FIRST_ADV}\s+{_FIRST_VERB}\b", re.IGNORECASE)


def _revised_counts(text: str, counts: list[_Count]) -> None:
    """ "said 29 missiles had been launched, but later corrected the figure to 26": the bare revised figure
    takes the role and weapon of the figure it corrects."""
    if not any(w in text for w in (" to ", "number", "figure", "tally", "total", " at ")):
        return
    first: tuple[str, str | None] | None = None  # the role and weapon of a first count given way, for its revision
    for i, count in enumerate(counts):
        if count.mention.high is not None and count.role is None:  # "revised from 44 to 48": a range to numbers.py
            revised_from = _ends(_REVISED_FROM_BEFORE_RE, text, count.mention.qualifier_start, 80)
            if revised_from is not None:
                count.mention = replace(count.mention, value=count.mention.high, high=None, qualifier="exact")
                named = [_CUE_ROLE[c.lastgroup] for c in _CUE_LC.finditer(_lower(revised_from.group()))]
                count.role = named[-1] if named and named[-1] in _ROLES else None
                continue
        revision = count.role is None and _ends(_REVISED_TO_BEFORE_RE, text, count.mention.qualifier_start, 130)
        if revision and " of " in revision.group() and _counts_other(revision.group()):
            continue  # "put the number of injured at 14": a figure of something else
        if revision and _FIRST_BEFORE_RE.search(text, max(0, revision.start() - 30), revision.start()):
            count.role = "none"  # "103 drones, the air force said, after initially putting the number at 72": replaced
            named = [_CUE_ROLE[c.lastgroup] for c in _CUE_LC.finditer(_lower(revision.group()))]
            noun = _WEAPON_RE.search(revision.group())
            first = (named[-1] if named and named[-1] in _ROLES else "launched",
                     count.weapon or (_weapon_class(noun) if noun else None))
            continue
        if revision:
            prev = next((c for c in reversed(counts[:i]) if c.role in _ROLES), None)
            named = [_CUE_ROLE[c.lastgroup] for c in _CUE_LC.finditer(_lower(revision.group()))]
            if prev is None and first is not None and count.anaphoric and count.role is None:
                # "first put the number of drones at 90, before correcting it to 103": the role and noun of the first
                count.role, count.weapon = first[0], count.weapon or first[1]
            elif named and named[-1] in _ROLES and count.role is None:
                count.role = named[-1]  # "revised the number of drones launched upward to 103"
                count.running = _RUNNING_RE.search(revision.group()) is not None
                noun = _WEAPON_RE.search(revision.group()) if prev is None else None
                count.weapon = count.weapon or (prev.weapon if prev is not None else _weapon_class(noun) if noun else None)
            elif prev is not None and count.anaphoric:
                count.role, count.weapon, count.weapon_type = prev.role, prev.weapon, prev.weapon_type
                if _FIRST_SAID_RE.search(text, 0, prev.mention.qualifier_start):
                    prev.role = "none"  # "initially said 120 drones, but ... raised the figure to 147": the first gives way
            elif prev is None and count is counts[-1] and count.anaphoric and _FIGURE_WAS_RE.search(revision.group()) and not _WEAPON_RE.search(text):
                count.revision = True  # "Its updated tally was 27.": the open claim's last figure, revised
            elif prev is None and (noun := _WEAPON_RE.search(revision.group())) is not None:
                count.role = "launched"  # "raised the number of drones to 131": the noun is named before the figure
                count.weapon = count.weapon or _weapon_class(noun)
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


def _revision_between(text: str, values: dict[str, int | None], count: _Count) -> bool:
    """A revision cue before a second figure for the same role in one sentence: the later figure stands
    ("initially reported 60 drones, then said the correct number was 54"). For figures that got a role of their
    own (a cue, "the correct number"), so are no bare `_Count.revision` for `_revise`; it runs within the row
    the figure joins, so needs no `_revised_target`."""
    if not any(w in text for w in ("figure", "tally", "total", "number", "clarified", "corrected", "revised", "updated", " it ")):
        return False
    m = _REVISION_RE.search(text, 0, count.mention.start) or _CORRECT_FIGURE_RE.search(text, 0, count.mention.start)
    m = m or _ends(_REVISED_TO_BEFORE_RE, text, count.mention.qualifier_start, 80)  # "... 70 but later raised it to 76"
    return m is not None and text.find(str(values[count.role]), 0, m.start()) >= 0


# cheap test before the revision patterns: each needs one of these stems
_REVISION_HINT_RE = re.compile(
    r"pdat|evis|aise|orrect|djust|mend|ower|ncreas|isen|rose|row|limb|fell|allen|ropped|larifi|ctual|inal|real|put|gave|give|stimat|lace|"
    r"upped|bumped|reached|ringing|rought|taking|took"
)
