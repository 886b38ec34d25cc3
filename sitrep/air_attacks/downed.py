"""How many were downed, from words rather than figures: "all were intercepted", "all but three",
"all the missiles", "none of the missiles were intercepted", "the missile was shot down", "the rest were lost
to jamming". Rules that fill a row's intercepted (or lost) figure from its launched one; the sentence
and the document both apply them (to a sentence's rows, or to the open claim a later sentence finishes)."""
from __future__ import annotations

import re

from sitrep.air_attacks.counts import _weapon_type
from sitrep.air_attacks.lexicon import (
    DOWNED,
    _ALL_BUT_RE,
    _ALL_DOWNED_RE,
    _ALL_OF_TYPE_RE,
    _ALL_THE_BEFORE_RE,
    _ALL_THE_RE,
    _CUE_RE,
    _GENERIC_TYPES,
    _KIND_SUBJECT_RE,
    _SINGLE_DOWNED_RE,
    _TYPE_CLASS,
    _WEAPON_RE,
    _ends,
    _Row,
)
from sitrep.numbers import find_numbers, parse_number

# "Ukrainian forces downed 1 Iskander-M missile, the Kh-59/69 missile(s), and 91 drones": those of that type
_THE_ONE_DOWNED_RE = re.compile(
    r"\bthe\s+(?P<t>(?:Kh|X)-\d+[A-Z]{0,3}(?:/\d+)?|Kinzhal|Kalibr|Iskander(?:-[MK])?|Zircon|KN-23|ATACMS|Neptune|Storm\s+Shadow)"
    r"\s+(?:cruise\s+|ballistic\s+|guided\s+)?missile(?P<all>s)?\b",
    re.IGNORECASE,
)
_DOWNED_BEFORE_RE = re.compile(rf"\b{DOWNED}\b[^.;]*$", re.IGNORECASE)


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
    if " was " in text or " were " in text:
        single = _SINGLE_DOWNED_RE.search(text)
        if single is not None:  # "the missile was shot down", "it was shot down": one launched, one downed
            noun = "missile" if single.group("t") else (single.group("w") or "").lower()
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
    _all_but_downed(text, rows)


def _all_but_downed(text: str, rows: list[_Row], named_only: bool = False) -> None:
    """ "all but three were shot down": three fewer downed than launched; "all but two of the missiles": of those
    only (with `named_only`, nothing else: the rows are an earlier sentence's claim)."""
    but = _ALL_BUT_RE.search(text) if "ll " in text else None
    if but is None:
        return
    numbers = find_numbers(but.group("n") or but.group("n2"))
    kind = (but.group("kind") or but.group("kind2") or "").lower()
    named = _OF_THE_TYPE_RE.match(text, but.end("n") if but.group("n") else but.end("n2"))
    type_ = _weapon_type(named.group(1)) if named is not None and not kind else None  # "all but two of the Kinzhals"
    if numbers and numbers[0].is_count and (kind or type_ or not named_only):
        weapon = "missile" if kind == "missiles" else "drone" if kind else None
        _all_downed([r for r in rows if (weapon is None or r.weapon == weapon) and (
            type_ is None or r.weapon_type == type_ or (type_ in _GENERIC_TYPES and _TYPE_CLASS.get(r.weapon_type) == type_)
        )], int(numbers[0].value))


_OF_THE_TYPE_RE = re.compile(r"\s+of\s+the\s+([\w-]+)")


def _all_of_a_kind_downed(text: str, rows: list[_Row]) -> None:
    """ "Air defences downed 12 drones and all the missiles": as many missiles downed as launched; so "...; the missiles
    were intercepted over the Odesa region", when one claim of that weapon is open."""
    if " were " in text:
        for m in _THE_KIND_DOWNED_RE.finditer(text):
            kind = "missile" if m.group("w").lower().startswith("missile") else "drone"
            open_ = [r for r in rows if r.weapon == kind and r.values["intercepted"] is None]
            if len(open_) == 1:
                _all_downed(open_)
    if "all " not in text.lower():
        return
    for m in [*_ALL_THE_RE.finditer(text), *_ALL_THE_BEFORE_RE.finditer(text)]:
        kind = "missile" if m.group("w").lower().startswith("missile") else "drone"
        _all_downed([r for r in rows if r.weapon == kind])
    for m in _ALL_OF_TYPE_RE.finditer(text):  # "destroyed all the Kalibrs": the rows of that type (or class)
        kind = _weapon_type(m.group("t") or m.group("t2"))
        _all_downed([r for r in rows if kind and (r.weapon_type == kind or (kind in _GENERIC_TYPES and _TYPE_CLASS.get(r.weapon_type) == kind))])


# "the missiles were intercepted": all of them (not "two of the missiles were", "did not say whether the missiles were")
_THE_KIND_DOWNED_RE = re.compile(
    rf"(?<!\bof\s)(?<!whether\s)(?<!\bif\s)\bthe\s+(?:[\w-]+\s+)?(?P<w>drones|missiles|UAVs)\s+were\s+(?:all\s+|also\s+)?{DOWNED}\b",
    re.IGNORECASE,
)
# "the ballistic missiles were not intercepted", "A Kh-22 missile fired at Kremenchuk was not intercepted": none of them downed
_NOT_DOWNED_RE = re.compile(
    r"\b(?:the|its|their|an?)\s+(?:[\w/-]+\s+){0,2}?(?P<w>missiles?|drones?|UAVs?|Kinzhals?|Kalibrs?|Iskanders?|Iskander-[MK]s?|"
    r"(?:Kh|X)-\d+[A-Z]{0,3}s?|Zircons?|S-[34]00s?|Oreshniks?|KN-23s?)(?:,\s+which\s+[^,;.]{1,60},)?"
    r"(?:\s+(?:was\s+)?(?:fired|launched)\s[^,;.]{1,50}?(?:\s+and)?)?"  # "a Kh-22 missile fired at Kremenchuk was not"
    r"\s+(?:was|were|had|have)\s+not\b\s*"
    rf"(?:(?:been\s+)?{DOWNED}\b|(?=[,;.]|$))|"  # "the missiles were not"
    rf"\b(?P<w2>missile|drone|UAV)\s*,\s*which\s+was\s+not\s+{DOWNED}\b",
    re.IGNORECASE,
)


def _single_downed(text: str, rows: list[_Row]) -> None:
    """ "Forty-eight drones were shot down and the missile was intercepted": the one missile of the claim; "a single
    Kinzhal was fired ..., and air defences shot it down": the one weapon the claim counts."""
    single = _SINGLE_DOWNED_RE.search(text) if " was " in text or " were " in text or " been " in text else None
    if single is not None and (single.group("w") or single.group("t")):
        kind = "missile" if single.group("t") or single.group("w").lower() == "missile" else "drone"
        _all_downed([r for r in rows if r.weapon == kind and r.values["launched"] == 1])
    the_one = _THE_SINGLE_DOWNED_RE.search(text) if "single" in text or "lone" in text else None
    if the_one is not None:  # "the single Kinzhal missile Russia fired overnight had been shot down": one, and downed
        kind = "missile" if the_one["w"].lower() == "missile" else "drone"
        ones = [r for r in rows if r.weapon == kind and r.values["launched"] in (None, 1) and r.values["intercepted"] in (None, 1)]
        if len(ones) == 1:
            ones[0].values["launched"], ones[0].values["intercepted"] = 1, 1
            ones[0].qualifier = ones[0].qualifier or "exact"
    if (" it" in text or " and " in text) and _DOWNED_IT_RE.search(text):
        ones = [r for r in rows if r.values["launched"] == 1 and r.values["intercepted"] is None]
        if len(ones) == 1:
            _all_downed(ones)


# "with the rest lost to jamming", "the remainder were locationally lost": the figure is launched less downed
_REST_RE = re.compile(
    r"\b(?:the\s+(?:rest|remainder|remaining(?:\s+(?P<w>drones|UAVs|missiles|ones))?|others|other\s+(?P<w2>drones|UAVs|missiles|ones))"
    r"|(?<!\w\s)others)(?:\s+of\s+them)?\s+(?:(?:were|was|had\s+been|have\s+been|being|are|either)\s+)*",
    re.IGNORECASE,
)


_OPEN_QUOTES_RE = re.compile(r"[\"“‘']*")
# "the rest did not reach their targets or are being clarified": not all of them lost
_HEDGED_REST_RE = re.compile(
    r"[^.;]{0,40}?\bor\s+(?:(?:are|were|is|was)\s+)?(?:being\s+|still\s+)?(?:clarified|verified|established|unaccounted|hit|struck)",
    re.IGNORECASE,
)
_SHARE_BEFORE_RE = re.compile(r"\b(?:most|some|many|part|half|several)\s+of\s+$", re.IGNORECASE)


def _rest_lost(text: str, rows: list[_Row]) -> None:
    """ "shot down 22 of the 30 drones, with the rest lost to jamming": the one claim with launched and downed
    figures and no lost one gets the difference, when the verb after "the rest" is a loss to electronic warfare."""
    if "rest" not in text and "remain" not in text and "other" not in text:
        return
    for m in _REST_RE.finditer(text):
        if _SHARE_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "most of the rest were lost from radar": not all of them
        cue = _CUE_RE.match(text, _OPEN_QUOTES_RE.match(text, m.end()).end())  # 'the rest were "locationally lost"'
        if cue is None or cue.lastgroup not in ("lost", "ew") or _HEDGED_REST_RE.match(text, cue.end()):
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


# "air defences did not intercept any of them": none of the one claim's weapons downed
_NONE_OF_THEM_RE = re.compile(
    r"\b(?:did\s+not|didn['’]t|could\s+not|couldn['’]t|failed\s+to|were\s+unable\s+to)\s+"
    r"(?:intercept|shoot\s+down|down|destroy)\s+(?:any|a\s+single\s+one)(?:\s+of\s+them)?\b|"
    # "air defence could not intercept them", "we were unable to bring them down"
    r"\b(?:could\s+not|couldn['’]t|failed\s+to|(?:was|were)\s+unable\s+to)\s+(?:(?:intercept|shoot\s+down|destroy)\s+them|"
    r"(?:bring|shoot|knock)\s+them\s+down)\b|"
    rf"\bnot\s+(?:a\s+single\s+)?one(?:\s+of\s+them)?\s+(?:was|were|could\s+be)\s+{DOWNED}\b",  # "and not one was shot down"
    re.IGNORECASE,
)


_THE_SINGLE_DOWNED_RE = re.compile(
    r"\bthe\s+(?:single|lone)\s+(?:[\w-]+\s+){0,3}?(?P<w>missile|drone|UAV)\b[^.;,]{0,80}?\b(?:was|has\s+been|had\s+been)\s+"
    rf"{DOWNED}\b",
    re.IGNORECASE,
)
_DOWNED_IT_RE = re.compile(
    r"\b(?:(?:shot|brought|knocked)\s+it\s+down|(?:downed|destroyed|intercepted)\s+it)\b|"
    rf"\b(?:fired|launched)\b[^.;]{{0,80}}?\band\s+(?:was\s+)?{DOWNED}\b",  # "was fired at X and shot down"
    re.IGNORECASE,
)
# "..., while none of the missiles could be intercepted": none of that kind
_NONE_OF_THE_KIND_RE = re.compile(
    r"\bnone\s+of\s+the\s+(?:[\w-]+\s+)?(?P<w>[\w-]+s)\s+(?:was|were|could\s+be|had\s+been|has\s+been)\s+"
    r"(?:intercepted|shot\s+down|brought\s+down|downed|destroyed|stopped)",
    re.IGNORECASE,
)
_NONE_OF_WHICH_RE = re.compile(
    rf",\s+(?:neither|none)\s+of\s+which\s+(?:was|were|could\s+be|had\s+been|has\s+been)\s+{DOWNED}",
    re.IGNORECASE,
)


def _none_downed(text: str, rows: list[_Row]) -> None:
    """The one row of that weapon with a launched figure and no interceptions gets 0 intercepted."""
    if " not" not in text and "n't" not in text and "n’t" not in text and "fail" not in text and "unable" not in text and (
        " of which" not in text and "none of" not in text.lower()
    ):
        return
    for m in _NONE_OF_WHICH_RE.finditer(text):  # "two Iskander-M missiles, neither of which could be intercepted"
        before = [r for r in rows if r.values["launched"] is not None and 0 <= r.last_pos < m.start()]
        row = max(before, key=lambda r: r.last_pos, default=None)  # the count the relative clause follows
        if row is not None and row.values["intercepted"] is None:
            row.values["intercepted"] = 0
    for m in _NONE_OF_THE_KIND_RE.finditer(text) if "none of the" in text.lower() else ():
        noun = _WEAPON_RE.fullmatch(m["w"])  # "none of the missiles", "none of the S-300s"
        if noun is None or noun.lastgroup == "mixed":
            continue
        named = None if m["w"].lower().startswith(("drone", "uav", "missile")) else _weapon_type(m["w"])
        open_ = [
            r for r in rows
            if r.weapon == noun.lastgroup and r.values["launched"] is not None and r.values["intercepted"] is None
            and (named is None or r.weapon_type == named)
        ]
        if len(open_) == 1:
            open_[0].values["intercepted"] = 0
    if _NONE_OF_THEM_RE.search(text):
        open_ = [r for r in rows if r.values["launched"] is not None and r.values["intercepted"] is None]
        if len(open_) == 1:
            open_[0].values["intercepted"] = 0
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
    if " it" in text and _IT_NOT_DOWNED_RE.search(text):  # "a single Iskander-M ...; it was not intercepted"
        ones = [r for r in rows if r.values["launched"] == 1 and r.values["intercepted"] is None]
        if len(ones) == 1:
            ones[0].values["intercepted"] = 0


_IT_NOT_DOWNED_RE = re.compile(
    rf"[;,]\s+(?:but\s+|and\s+)?it\s+(?:was|had)\s+not\s+(?:been\s+)?{DOWNED}\b|"
    # "Air defence was unable to intercept it", "we could not bring it down"
    r"\b(?:was|were)\s+unable\s+to\s+(?:intercept|shoot\s+down|destroy|stop)\s+it\b|"
    r"\b(?:could\s+not|couldn['’]t|failed\s+to)\s+(?:intercept|shoot\s+down|destroy|stop)\s+it\b|"
    r"\b(?:could\s+not|couldn['’]t|failed\s+to|(?:was|were)\s+unable\s+to)\s+(?:bring|shoot|knock)\s+it\s+down\b",
    re.IGNORECASE,
)


def _all_downed(rows: list[_Row], missed: int = 0) -> None:
    """As many downed as launched, less those `missed`."""
    for row in rows:
        launched = row.values["launched"]
        if launched is not None and launched > missed and row.values["intercepted"] is None:
            row.values["intercepted"] = launched - missed


def _all_of_several(rows: list[_Row], value: float, none: bool = False) -> bool:
    """ "All six" after rows launching two and four: each of them fully intercepted (`none`: "none of the six", each
    with none intercepted)."""
    launched = [r for r in rows if r.values["launched"] is not None and r.values["intercepted"] is None]
    if len(launched) < 2 or sum(r.values["launched"] for r in launched) != value:
        return False
    for row in launched:
        row.values["intercepted"] = 0 if none else row.values["launched"]
    return True


# An exact share of a stated total: "two-thirds of the 90 drones", "half of the 48 drones", "one in four of the 36
# missiles"; the figure is the total times the share, when that is a whole number. A percentage is no count (85% of
# 120 is left to the reader), nor is a hedged share ("about half", "more than two-thirds").
_SHARE = (
    r"(?<!about\s)(?<!around\s)(?<!nearly\s)(?<!almost\s)(?<!roughly\s)(?<!some\s)(?<!over\s)(?<!than\s)(?<!under\s)"
    r"(?<!least\s)(?P<share>half|(?:a|one)[-\s]third|two[-\s]thirds|(?:a|one)[-\s]quarter|three[-\s]quarters|(?:a|one)[-\s]fifth|"
    r"(?:one|two|three|\d)\s+(?:in|out\s+of)\s+(?:every\s+)?(?:two|three|four|five|ten|\d{1,2}))"
)
_SHARE_VERB = rf"(?P<verb>{DOWNED}|stopped|(?:locationally\s+)?lost)"
_NP_END_RE = re.compile(r"\s+(?:and|as\s+well\s+as|plus)\s+|,")
_SHARE_SUBJECT_RE = re.compile(
    rf"\b{_SHARE}\s+of\s+(?P<np>(?:the|them|these|those|which)\b[^.;]{{0,100}}?|\d[\d,]*\s+[\w-]+)\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?"
    rf"(?:successfully\s+)?{_SHARE_VERB}",
    re.IGNORECASE,
)
_SHARE_OBJECT_RE = re.compile(rf"\b{_SHARE_VERB}\s+{_SHARE}\s+of\s+(?P<np>(?:the|them|these|those)\b[^.;,]{{0,80}})", re.IGNORECASE)
# "downed about 90% of the drones and two-thirds of the missiles": a share listed after the verb's first object
_SHARE_LISTED_RE = re.compile(
    rf"\b{_SHARE_VERB}\s+[^.;]{{0,60}}?(?:,|\sand)\s+{_SHARE}\s+of\s+(?P<np>(?:the|them|these|those)\b[^.;,]{{0,80}})",
    re.IGNORECASE,
)
# "About 85% of the drones were shot down, as were two-thirds of the missiles": a share that borrows the verb before it
_SHARE_AS_WERE_RE = re.compile(
    rf"\b{_SHARE_VERB}\b[^.;]{{0,60}}?,\s+as\s+(?:were|was|had(?:\s+been)?|did)\s+{_SHARE}\s+of\s+(?P<np>(?:the|them|these|those)\b[^.;,]{{0,80}})",
    re.IGNORECASE,
)
# "..., a third were locationally lost": the share of the total the sentence opened with
_SHARE_BARE_RE = re.compile(
    rf"(?:^|,\s+|\b(?:and|but|that|while)\s+)(?:only\s+)?{_SHARE}\s+(?:were|was|had\s+been|have\s+been)\s+(?:successfully\s+)?{_SHARE_VERB}",
    re.IGNORECASE,  # ("..., but only one in five was intercepted", "and that only one in three was intercepted")
)
# "and the other half were lost", "the rest were shot down": the remainder, under the other verb
_REST_VERB_RE = re.compile(
    rf"\b(?:the\s+rest|the\s+remainder|the\s+other\s+half|the\s+others)\s+(?:were|was|had\s+been|have\s+been)\s+{_SHARE_VERB}",
    re.IGNORECASE,
)
_FRACTIONS = {"half": (1, 2), "third": (1, 3), "thirds": (2, 3), "quarter": (1, 4), "quarters": (3, 4), "fifth": (1, 5)}
# a cheap test before the three share patterns, each of which needs one of these
_SHARE_HINT_RE = re.compile(r"half|third|quarter|fifth|(?:one|two|three|\d)\s+(?:in|out\s+of)\s", re.IGNORECASE)


def _share_of(share: str) -> tuple[int, int] | None:
    words = re.split(r"[-\s]+", share.lower())
    if words[-1] in _FRACTIONS:
        return _FRACTIONS[words[-1]]
    parts = [w for w in words if w not in ("in", "out", "of", "every")]
    if len(parts) == 2:
        a, b = (parse_number(w) for w in parts)
        return (int(a), int(b)) if a and b and a <= b else None
    return None


def _shares_downed(text: str, rows: list[_Row]) -> None:
    """Fill the intercepted or lost figure of the one claim a share names ("destroyed two-thirds of the 90 drones",
    "half of them were shot down"), and the rest under the other verb ("and the other half were lost")."""
    low = text.lower()  # "Half of the missiles ..." opens a sentence
    if not any(w in low for w in ("half", "third", "quarter", "fifth", " in ", " out of ")) or not _SHARE_HINT_RE.search(text):
        return
    for m in [*_SHARE_SUBJECT_RE.finditer(text), *_SHARE_OBJECT_RE.finditer(text), *_SHARE_BARE_RE.finditer(text),
              *_SHARE_LISTED_RE.finditer(text), *_SHARE_AS_WERE_RE.finditer(text)]:
        share = _share_of(m.group("share"))
        np = _NP_END_RE.split(m.groupdict().get("np") or "", maxsplit=1)[0]  # "half of the missiles and 78 of the drones"
        kind = "missile" if "missile" in np.lower() else "drone" if re.search(r"drone|uav|shahed", np, re.I) else None
        open_ = [r for r in rows if r.values["launched"] is not None and (kind is None or r.weapon == kind)]
        total = re.search(r"\d[\d,]*", np)
        if total is not None:
            open_ = [r for r in open_ if r.values["launched"] == int(total.group().replace(",", ""))]
        if len(open_) > 1:  # "one in three of the ballistic missiles" beside the cruise missiles' row
            typed = [r for r in open_ if r.weapon_type and r.weapon_type.lower() in np.lower()]
            open_ = typed if len(typed) == 1 else open_
        if share is None or len(open_) != 1:
            continue
        row, (num, den) = open_[0], share
        if row.values["launched"] * num % den:
            continue  # not a whole number of weapons: the share is a rounded one
        role = "lost" if "lost" in m.group("verb").lower() else "intercepted"
        if row.values[role] is not None:
            continue
        row.values[role] = row.values["launched"] * num // den
        rest = _REST_VERB_RE.search(text, m.end())
        other = "intercepted" if role == "lost" else "lost"
        if rest is not None and ("lost" in rest.group("verb").lower()) == (other == "lost") and row.values[other] is None:
            row.values[other] = row.values["launched"] - row.values[role]
