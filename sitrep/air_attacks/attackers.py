"""Whose attack a row counts when its counts do not say: from places (targets, not launch sites),
weapon types, side-named weapons, the claimant's side, launch verbs and the paragraph around; and the
attacks of other wars ("Iran launched 100 drones at Israel"), which are no claim about this one."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.air_attacks.claimants import _ORG_SIDE_RE
from sitrep.air_attacks.counts import _type_side
from sitrep.air_attacks.lexicon import (
    _DRONE,
    _ENEMY_RE,
    _LOCATION_RE,
    _MISSILE,
    _OTHER_SIDE,
    _OWN_LAUNCH_RE,
    _PLACE_RE,
    _REPORT_RE,
    _RU,
    _RUSSIAN_PLACES,
    _SIDE_HINT_RE,
    _SIDE_RE,
    _UA,
    _UKRAINIAN_PLACES,
    _WEAPON_RE,
    ENEMY,
    RUSSIA,
    UKRAINE,
    _Count,
    _clause_start,
    _ends,
    _Row,
)

if TYPE_CHECKING:  # annotations only
    from sitrep.air_attacks.document import _DocContext


def _attacker_from_cue(count: _Count) -> str | None:
    if count.cue_side is None:
        return None
    if count.cue_role == "launched" or count.cue_side == ENEMY:
        return count.cue_side if count.cue_role == "launched" else None
    return _OTHER_SIDE[count.cue_side]


def _resolve_attackers(text: str, rows: list[_Row], context: _DocContext, around: list[str] | None = None,
                       preceding: str = "") -> None:
    """Fill in attackers the counts did not name, from place, weapon type, sibling rows and claimant;
    last, from the place its paragraph names ("... in Dnipro. Air defences shot down three
    missiles over the region."). `preceding` is the paragraph before, which may describe "the operation"."""
    if all(row.attacker in (RUSSIA, UKRAINE) for row in rows):
        return  # the counts named them all
    hints = {m.lastgroup for m in _SIDE_HINT_RE.finditer(text)}
    hinted = hints.pop() if len(hints) == 1 else None
    for row in rows:
        if row.attacker in (RUSSIA, UKRAINE):
            continue
        enemy = row.attacker == ENEMY or bool(_ENEMY_RE.search(text))
        side = context.side_of(row.claimant) or _org_side(text)
        clause = _contrasted_clause(text, row.last_pos)  # not the other side's claim after "while", "whereas"
        operation = around and (" in the " in text) and _THE_OPERATION_RE.search(text)
        if operation and (
            (named := _operation_side(" ".join(around).split(text)[0].strip() or preceding, row.weapon)) is not None
            # ... or earlier in the sentence: "Ukrainian drones struck a depot ..., while a source said 100 were used in
            # the operation"
            or (named := _named_weapons_side(text[: _clause_start(text, row.last_pos)], row.weapon)) is not None
        ):  # "Ukrainian drones hit the refinery. More than 30 drones were used in the operation, a source in the SBU said"
            row.attacker = named
        elif _type_side(row.weapon_type) and row.weapon == "missile":  # Storm Shadows over occupied Kherson are Ukraine's
            row.attacker = _type_side(row.weapon_type)
        elif location := _location_side(clause):
            row.attacker = _OTHER_SIDE[location]
        elif _type_side(row.weapon_type):
            row.attacker = _type_side(row.weapon_type)
        elif (named := _named_weapons_side(clause, row.weapon)) is not None:
            row.attacker = named  # "Russian drones: 112 launched; 88 shot down"
        elif side:  # a claimant reports the other side's attacks, unless "we launched" or it is a body that strikes
            own = row.values["launched"] is not None and not enemy and (
                _own_launch(text) or (row.claimant is not None and _STRIKING_BODY_RE.search(row.claimant.name) is not None)
                or ("peration" in text and _USED_IN_OPERATION_RE.search(text) is not None)
            )  # ("more than 50 drones took part in the operation, a source in the SBU said"; "Zelensky said 117 drones had been
            # used in the operation": the speaker's side's operation)
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
    if not known and preceding and not _THIRD_PARTY_RE.search(preceding):
        # a paragraph of one sentence, as wire copy has them: "A Russian drone strike on Odesa ..., the governor said.
        # / Air defences shot down 19 drones over the region." (the launcher or weapons named, not places: those
        # may be launch sites)
        side = _launcher_side(preceding) or _named_weapons_side(preceding, "")
        known = {side} if side else known
    if len(known) == 1:
        for row in rows:
            row.attacker = row.attacker or next(iter(known))


# "Russian drones", "Ukrainian long-range UAVs": a side's weapons named without a count
_SIDED_WEAPON_RE = re.compile(
    rf"\b(?:(?P<russia>Russian(?:-made)?)|(?P<ukraine>Ukrainian(?:-made)?))\s+(?!interceptor)(?:[A-Za-z-]+\s+){{0,2}}?"
    rf"(?P<w>{_DRONE}|{_MISSILE})(?![\w-])",
)


# a contrast that opens another claim: "..., with 44 downed, while Moscow says it downed 23 Ukrainian drones"
_CONTRAST_RE = re.compile(r";|,?\s+(?:while|whereas|but)\s")


def _contrasted_clause(text: str, pos: int) -> str:
    """The part of the sentence around `pos` between contrasts ("while", "whereas", "but", ";")."""
    if pos < 0 or not _CONTRAST_RE.search(text):
        return text
    start = max((m.end() for m in _CONTRAST_RE.finditer(text, 0, pos)), default=0)
    end = next((m.start() for m in _CONTRAST_RE.finditer(text, pos)), len(text))
    return text[start:end]


# weapons "used in the operation" the sentence before described
_THE_OPERATION_RE = re.compile(
    r"\b(?:used\s+in|t(?:ook|ake|akes|aking)\s+part\s+in)\s+the\s+(?:[\w-]+\s+)?(?:operation|attack|strike|raid)\b", re.IGNORECASE
)


def _operation_side(before: str, weapon: str) -> str | None:
    """Whose the operation the sentence before described is: the side of the weapons it names ("Ukrainian drones hit
    ..."), else the other side of the place it hit ("... hit the Morozovsk airfield in Russia's Rostov region")."""
    named = _named_weapons_side(before, weapon)
    if named is not None or not before:
        return named
    hit = list(_HIT_VERB_RE.finditer(before))
    place = _location_side(before[hit[-1].end() :]) if hit else None  # the place hit, not the source's own country
    return _OTHER_SIDE.get(place) if place else None


_HIT_VERB_RE = re.compile(r"\b(?:hit|struck|attacked|targeted)\b", re.IGNORECASE)


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
    r"(?:launched|fired|used|attacked|struck|sent|targeted)\b(?!\s+(?:in|by)\s)"  # not a headline's passive: "Moscow targeted in ..."
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


# bodies whose launch counts are their own side's strikes: they report no attacks of the other side's
_STRIKING_BODY_RE = re.compile(
    r"\b(?:SBU|Security\s+Service|HUR|GUR|military\s+intelligence|Unmanned\s+Systems\s+Forces|Special\s+Operations\s+Forces)\b", re.I
)


_USED_IN_OPERATION_RE = re.compile(
    r"\b(?:used|deployed|involved|took\s+part|had\s+taken\s+part|taking\s+part)\s+in\s+(?:"
    r"(?i:the|this|our)\s+(?!special\b)(?:[\w-]+\s+){0,2}?(?i:operation)\b|Operation\s+[A-Z])",  # "... in Operation Spiderweb"
)


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
    r"[A-Z][\w'’-]+(?:(?:\s*,\s*|\s*,?\s+and\s+|\s+)[A-Z][\w'’-]+)*"  # "from Russia's Kursk Oblast"
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
