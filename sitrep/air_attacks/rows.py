"""One sentence's counts into rows: one row per weapon (type, attacker), each role's first figure, with
breakdowns, other nights and other reporters' figures kept apart, and in-sentence revisions applied."""
from __future__ import annotations

import re

from sitrep.air_attacks.attackers import _attacker_from_cue
from sitrep.air_attacks.counts import _label_weapon, _weapon_class
from sitrep.air_attacks.downed import _all_of_several
from sitrep.air_attacks.lexicon import (
    _CHAIN_GAP_RE,
    _GENERIC_TYPES,
    _TYPE_CLASS,
    _ROLES,
    _WEAPON_RE,
    _WEEKDAY_NAMES,
    DOWNED,
    ENEMY,
    _clause_end,
    _Count,
    _Row,
)
from sitrep.air_attacks.places import _launch_site_between
from sitrep.air_attacks.reporters import _another_reporter
from sitrep.air_attacks.revisions import _increment_of, _revise, _revision_between
from sitrep import provenance
from sitrep.models import Post


def _struck_untouched(text: str, counts: list[_Count]) -> None:
    """ "Two ballistic missiles hit the district ..., adding that neither had been intercepted": the weapons that
    struck, none of them downed, are all that was launched ("One Iskander-M hit the centre and was not intercepted")."""
    if len(counts) == 1 and counts[0].role is None and counts[0].weapon and not counts[0].target and " not " in text:
        verb = _STRUCK_NOT_DOWNED_RE.match(text, counts[0].end)
        if verb is not None:
            counts[0].role, counts[0].none_downed = "launched", True
            return
    for i, zero in enumerate(counts):
        if zero.role == "intercepted" and zero.mention.value == 0 and zero.link is None:
            struck = next((c for c in reversed(counts[:i]) if c.weapon and not c.anaphoric), None)
            if struck is not None and struck.role is None and not struck.target and (
                zero.anaphoric or zero.weapon == struck.weapon  # ("... Neither missile was shot down")
            ):
                struck.role = "launched"
            return


_STRUCK_NOT_DOWNED_RE = re.compile(
    rf"\s+(?:[\w-]+\s+){{0,3}}?(?:hit|struck|slammed\s+into|landed\s+(?:on|in))\b[^.;]{{0,80}}?\band\s+(?:was|were)\s+not\s+"
    rf"(?:been\s+)?{DOWNED}\b",
    re.IGNORECASE,
)


# a fronted partitive that names the weapons of the bare count after it: "Of the missiles, 45 were shot down"
_OF_THE_WEAPONS_RE = re.compile(r"(?:\W*|.*;\s*)of\s+the\s+(?:[\w-]+\s+)?(?P<w>missiles|drones|UAVs)\s*,\s*", re.IGNORECASE)


def _rows_from_counts(
    text: str, counts: list[_Count], weapons: list[re.Match], post: Post, claims: list | None = None
) -> list[tuple[_Row, int]]:
    """One row per weapon (type, attacker) of the sentence, with the position of its first count.

    A role's first value wins: later ones for the same row are breakdowns ("57 drones,
    including 23 over the Kursk region").
    """
    _struck_untouched(text, counts)
    rows: list[tuple[_Row, int]] = []
    last_weapon: str | None = None
    revised = 0  # the last revised figure of the sentence
    by_article: set[tuple[int, str]] = set()  # (row, role) whose figure is "a drone", "an Iskander"
    for count, previous in zip(counts, [None, *counts]):
        if revised and _increment_of(text, count, revised):
            continue  # "raised its count to 57, saying eight more had been downed": the difference, not a figure
        if count.weapon:
            last_weapon = count.weapon
        if count.revision and rows and _another_reporter(text, rows, rows[-1][0], count):
            count.revision = False  # "the city said 14 ..., while the air force put the national figure at 61"
            if count.role is None:
                count.role, count.separate = rows[-1][0].last_role, True  # the same measure, another claim
        revisable = count.role is None or any(r.last_role for r, _ in rows)  # else a figure of its own
        if count.revision and count.role != "none" and revisable:
            _revise([r for r, _ in rows], count, count.weapon or last_weapon, rows, text, post, claims or [])
            revised = int(count.mention.value)
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
        if weapon is None and not count.target and count.anaphoric and (fronted := _OF_THE_WEAPONS_RE.match(text)) is not None \
                and fronted.end() <= count.mention.qualifier_start and not any(pos >= fronted.start("w") for _, pos in rows):
            weapon = last_weapon = "missile" if fronted["w"].lower().startswith("missile") else "drone"  # "Of the missiles, 45 ..."
        if weapon is None and not count.target and _OTHERS_AFTER_RE.match(text, count.mention.end):
            # "two-thirds of the drones were shot down and 17 others were lost": others of the weapon just named
            weapon = next((_weapon_class(w) for w in reversed(weapons) if w.end() <= count.mention.start), None)
        if weapon is None and not count.target:
            weapon = last_weapon or _sole_weapon(text, weapons, count)
            if count.anaphoric and _outgrows(rows, weapon, count):
                weapon = "mixed"  # "126 means of air attack — 120 drones and 6 missiles — and 104 were neutralised"
        hint = count.attacker or _attacker_from_cue(count)
        # not the claim of another reporter: "the city said 14 drones were downed, while the air force said 40 of 52"
        candidates = [r for r, _ in rows if not _another_reporter(text, rows, r, count)]
        if count.anaphoric:  # "..., of which 29 were shot down": the nearest claim before it
            candidates.reverse()
        weapon_type = count.weapon_type or _decoy_type(text, count, rows)
        if weapon_type is None and count.part and count.link is not None:
            weapon_type = count.link.weapon_type  # "four of 11 Iskander-M missiles": the type of the total it is part of
        sibling = previous is not None and any(first == previous.mention.start for _, first in rows) and _sibling_kind(
            text, previous, count
        )  # not when the one before was itself a part of a row: "74 drones (51 Shaheds and 23 decoys)"
        row = None if count.separate or sibling else _find_row(candidates, weapon, weapon_type, hint)
        if count.respective is not None:  # "... and 102 on Sunday night, ... 59 and 80 of them respectively"
            row = next((r for r, first in rows if first == count.respective.mention.start), row)
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
        ) and not (count.total and count.mention.value > row.values[count.role]) and not (
            (id(row), count.role) in by_article and count.mention.value > row.values[count.role]
        ):  # "34 over Moscow, out of 337 destroyed"; "a drone was shot down near Kyiv ...; 30 were intercepted"
            continue  # a breakdown of a figure already given
        article = count.mention.text.lower() in ("a", "an")
        if article:
            by_article.add((id(row), count.role))  # one weapon named with an article: a part of any larger figure
        else:
            by_article.discard((id(row), count.role))
        row.values[count.role] = int(count.mention.value)
        row.last_role, row.last_pos = count.role, count.mention.start
        row.additional = row.additional or count.additional
        row.running = row.running or count.running
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
    kept = [(r, first) for r, first in rows if r.is_claim() or r.values["hit"] is not None or r.revision is not None]
    if len(kept) > 1 and "night" in text:
        _own_nights(text, kept)
    return kept


def _own_nights(text: str, rows: list[tuple[_Row, int]]) -> None:
    """ "112 drones ... overnight into Sunday, ... another 87 drones on Sunday night": each row's own night, the one
    named after its first figure in its clause (before the next row's), else the last one named before it."""
    spans = provenance.night_phrases(text)
    if len({text[a:b].lower() for a, b in spans}) < 2:
        return
    starts = sorted(first for _, first in rows)
    for row, first in rows:
        nxt = next((p for p in starts if p > first), len(text))
        end = min(nxt, _clause_end(text, first) + 1)
        after = [sp for sp in spans if first <= sp[0] < end]
        before = [sp for sp in spans if sp[0] < first]
        span = after[0] if after else before[-1] if before else next((sp for sp in spans if sp[0] >= first), None)
        row.night = text[span[0] : span[1]] if span else None


# "Air defences downed 52, the air force said, adding that Russia had also launched 2 missiles": another report
_ADDED_RE = re.compile(r"\b(?:adding|added|also\s+(?:said|reported))\b", re.IGNORECASE)


_OTHERS_AFTER_RE = re.compile(r"\s+(?:others|more)\b")


def _sole_weapon(text: str, weapons: list[re.Match], count: _Count) -> str | None:
    """The one weapon class a sentence names, for a bare count: not when it is named only in a report added later."""
    kinds = {_weapon_class(w) for w in weapons}
    if len(kinds) != 1:
        return None
    if weapons[0].start() > count.end and (_ADDED_RE.search(text, count.end, weapons[0].start())
                                          or ";" in text[count.end : weapons[0].start()]):
        return None  # the bare count continues the claim before the sentence (not "...; both ballistic missiles ...")
    return kinds.pop()


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
    seg = text.rfind(";", 0, count.mention.start) + 1  # "...; on Sunday night, 51 of 63 were downed": fronted
    if count.anaphoric and not _NIGHT_MARK_RE.search(text, count.end, _clause_end(text, count.end)) and not (
        seg and _NIGHT_MARK_RE.search(text, seg, count.mention.qualifier_start)
    ):
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


def _outgrows(rows: list[tuple[_Row, int]], weapon: str | None, count: _Count) -> bool:
    """A bare figure larger than the number launched of the weapon named last cannot be its part: after a
    mixed total, it counts both."""
    last = next((r for r, _ in reversed(rows) if r.weapon == weapon), None)
    return (
        last is not None and last.values["launched"] is not None and count.mention.value > last.values["launched"]
        and any(r.weapon == "mixed" for r, _ in rows)
    )


def _sibling_kind(text: str, previous: _Count, count: _Count) -> bool:
    """ "5 reconnaissance drones and 12 Shahed drones were destroyed": listed side by side, a second kind of the
    weapon with its own count, not a part of the first."""
    return (
        not previous.anaphoric and not count.anaphoric and not count.breakdown and not previous.breakdown
        and previous.weapon == count.weapon and previous.role == count.role
        and previous.weapon_type != count.weapon_type  # "5 reconnaissance drones and 12 Shahed drones", "one ballistic, one Kinzhal"
        and _CHAIN_GAP_RE.match(_FROM_SITE_RE.sub("", text[previous.end : count.mention.qualifier_start], count=1)) is not None
    )


# "one ballistic missile launched from the Astrakhan region, one Kinzhal": the first item's launch site
_FROM_SITE_RE = re.compile(r"^\s+(?:launched|fired)\s+from\s+[^,;.\d]{1,50}(?=,)")


_DECOY_RE = re.compile(r"\b(?:decoys?|imitators?|dummy|dummies)\b", re.IGNORECASE)


def _decoy_type(text: str, count: _Count, rows: list[tuple[_Row, int]]) -> str | None:
    """ "65 Shaheds and 40 Gerbera decoys; ... 35 decoys were lost": decoys counted apart are the Gerbera row's."""
    if not any(r.weapon_type == "Gerbera" for r, _ in rows) or not _DECOY_RE.search(text, count.mention.end, count.end):
        return None
    return "Gerbera"


def _family_class(name: str) -> str | None:
    """The class of a family named without its variant, when its variants share one; "" when they do not ("Iskander":
    the Iskander-M is ballistic, the Iskander-K cruise), so the family agrees with no class."""
    classes = {cls for kind, cls in _TYPE_CLASS.items() if kind.startswith(name + "-")}
    return (classes.pop() if len(classes) == 1 else "") if classes else None


def _types_agree(a: str | None, b: str | None) -> bool:
    if a is None or b is None or a == b:
        return True
    if a in _GENERIC_TYPES or b in _GENERIC_TYPES:
        if a in _GENERIC_TYPES and b in _GENERIC_TYPES:
            return False  # "8 ballistic" and "12 cruise": two kinds
        generic, specific = (a, b) if a in _GENERIC_TYPES else (b, a)
        known = _TYPE_CLASS.get(specific) or _family_class(specific)  # ("four of the Iskanders" is no share of the cruise ones)
        return known is None or known == generic or {known, generic} == {"ballistic", "hypersonic"}
    return a.startswith(b + "-") or b.startswith(a + "-")  # "Iskanders" after "Iskander-M missiles"
