"""Rows across sentences and posts: a follow-up merged into the claim it continues, repeats
of a claim collapsed into one row, revised figures replacing what they revise, breakdowns of a
total dropped, and the checks that tell two nights or two reporters apart."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep import provenance
from sitrep.air_attacks.counts import _RELATIVE_LEAD_RE, _specific_type
from sitrep.air_attacks.downed import _all_of_several
from sitrep.air_attacks.lexicon import (
    _IN_TOTAL_RE,
    _BULLET_RE,
    _FIRST_ADV,
    _FIRST_VERB,
    _GENERIC_BODY_RE,
    _OFFICE_RE,
    _ROLES,
    ENEMY,
    RUSSIA,
    UKRAINE,
    _Claimant,
    _lower,
    _Row,
    _says_first,
)
from sitrep.air_attacks.revisions import (
    _CORRECT_FIGURE_RE,
    _REVISION_HINT_RE,
    _REVISION_RE,
    _apply_revision,
    _claim_of_another,
    _counts_other,
    _revised_target,
)
from sitrep.air_attacks.rows import _NIGHT_MARK_RE, _night_at, _types_agree
from sitrep.numbers import find_numbers

if TYPE_CHECKING:  # annotations only
    from sitrep.air_attacks.document import _DocContext


def _merge_into(new_rows: list[_Row], open_rows: list[_Row], context: _DocContext) -> tuple[list[_Row], list[_Row]]:
    """Add a sentence's rows to the open claim where they continue it; returns (touched, created)."""
    touched: list[_Row] = []
    created: list[_Row] = []
    same = next((r for r in new_rows if r.claimant is not None and r.evidence and _SAME_TOTALS_RE.search(r.evidence[-1])), None)
    if same is not None:  # "..., adding that 38 of the drones had been shot down": the other weapons' totals too
        created = _same_totals_copies(same.evidence[-1], same.claimant, open_rows, new_rows, context)
        touched = list(created)
    for row in new_rows:
        if row.values["launched"] is not None and _first_count_given_way(row, open_rows, context):
            continue  # "The air force initially reported that 104 drones had been launched before updating the count."
        if row.values["launched"] is None and row.evidence and _SAME_TOTALS_RE.search(row.evidence[-1]):
            # "The air force gave the same totals, saying that 406 of the drones ... had been shot down": the figures
            # launched of the claim before, now this claimant's too
            named = next((r for r in reversed(open_rows) if r.weapon == row.weapon and r.values["launched"] is not None), None)
            if named is not None:
                row.values["launched"], row.qualifier = named.values["launched"], named.qualifier
                row.attacker = row.attacker or named.attacker
                if row.claimant is not None and not _claimants_agree(named.claimant, row.claimant, context):
                    touched.append(row)  # another claimant's claim, not a part of the one it repeats
                    created.append(row)
                    continue
        if row.revision is not None and not row.is_claim():
            revised = _revised_target(open_rows, row.weapon, lambda r: _claimants_agree(r.claimant, row.claimant, context))
            if revised is not None:
                _apply_revision(revised, row.revision)
                _absorb(revised, row)
                touched.append(revised)
                continue
            # "The defence ministry put the national figure at 58" after a governor's 12: another's claim
            other = _revised_target(open_rows, row.weapon)
            if other is None and row.weapon and row.claimant is not None and row.values["launched"] is None:
                # "The air force has corrected its overnight count to 126 drones", nothing open to correct: its count
                row.values["launched"], row.qualifier, row.revision = row.revision, "exact", None
            elif other is None or row.claimant is None:
                continue
            else:
                row.attacker = row.attacker or other.attacker
                _claim_of_another(row, other, row.revision)
                row.revision = None
        every = row.values["launched"]
        if not row.weapon and every is not None and every == row.values["intercepted"] and _all_of_several(open_rows, every):
            touched.extend(r for r in open_rows if r not in touched)  # "All six were intercepted."
            continue
        if every is not None and row.values["intercepted"] == 0 and row.weapon_type is None and _all_of_several(
            [r for r in open_rows if r.weapon == row.weapon or not row.weapon], every, none=True
        ):
            touched.extend(r for r in open_rows if r not in touched)  # "six Kh-22s and two Kh-32s ... none of the eight"
            continue
        full = not row.weapon and bool(row.evidence) and _FULL_REPORT_RE.search(row.evidence[0]) is not None
        if (row.updates or full) and not row.weapon and row.values["launched"] is not None:
            # "In an 11:00 update, it said 81 of the 88 had been shot down": other exact figures for the weapons of the
            # claim it updates, a row of its own (the events table records the revision); "In its full report the air
            # force put the total at 76, saying 59 were shot down": the figures that replace a preliminary count
            same = [r for r in open_rows if not r.pending and r.weapon and _claimants_agree(r.claimant, row.claimant, context)]
            if len({(r.weapon, r.attacker) for r in same}) == 1 and (full or _exactly_counted(same[-1])) and not _figures_agree(same[-1], row):
                _take_kind(row, same[-1])
                touched.append(row)
                created.append(row)
                continue
        if row.updates and row.weapon and not row.additional and not row.running:  # "In an updated statement, it said the total was 101 drones"
            # (not "In an update, it said another 12 drones had been shot down": more, beside the first figure)
            # ... replaces a loose first count; an exact one with other figures stays a row of its own (a revision the
            # events table records): "shot down 40 of the 60 drones" then "updated: 47 of the 60"
            old = next(
                (r for r in reversed(open_rows) if r.weapon == row.weapon and _claimants_agree(r.claimant, row.claimant, context)
                 and not _figures_agree(r, row) and not _exactly_counted(r)),
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
            if row.revision is not None and target.last_role == "launched":
                _apply_revision(target, row.revision)  # "Later it raised the figure to 137, saying 110 had been shot down"
            _absorb(target, row)
            touched.append(target)
            if target.pending and row.attacker is not None:  # "Shot down: 54 UAVs ... In total, the enemy launched 76"
                target.attacker, target.explicit_attacker, target.pending = row.attacker, row.explicit_attacker, False
                created.append(target)
            continue
        revised = None if row.additional or row.running else _revised_row(row, open_rows, context)  # "another 12": more, not a revision
        if revised is not None and row.updates and _exactly_counted(revised) and row.values["launched"] is None and (
            not _figures_agree(revised, row)
        ):  # "52 of the 70 drones had been shot down. / In an updated statement, it said 61 of the drones ...": its own row
            row.values["launched"], row.qualifier = revised.values["launched"], revised.qualifier
            _take_kind(row, revised)
            touched.append(row)
            created.append(row)
            continue
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
        if row.attacker is None and row.evidence and (_ALONGSIDE_RE.search(row.evidence[0]) or _BULLET_RE.match(row.evidence[0])):
            # "Of the 63 drones launched alongside them", another item of the same list: the open claim's side
            sides = {r.attacker for r in open_rows if not r.pending and r.attacker}
            row.attacker = sides.pop() if len(sides) == 1 else None
        if not row.is_claim():
            continue
        touched.append(row)
        if row.attacker is None:
            row.pending = True  # kept open, never emitted unless a following sentence tells the attacker
            continue
        created.append(row)
    return touched, created


def _same_totals_copies(text: str, claimant: _Claimant, open_rows: list[_Row], own: list[_Row], context: _DocContext) -> list[_Row]:
    """ "The air force gave the same figures, adding that 38 of the drones had been shot down": the launch figures of
    another claimant's open claim for the weapons this sentence gives nothing of its own are this claimant's too (the
    same numbers from two claimants are two rows). Their evidence is the sentence with the figures and this one."""
    if claimant.pronoun or claimant.vague:
        return []
    copies = []
    for r in open_rows:
        if (r.values["launched"] is None or r.pending or r.claimant is None or _claimants_agree(r.claimant, claimant, context)
                or any(o.weapon == r.weapon and _types_agree(o.weapon_type, r.weapon_type) for o in own + copies)):
            continue
        copy = _Row(r.attacker, r.weapon, r.weapon_type, r.post, [r.evidence[0], text], qualifier=r.qualifier,
                    claimant=claimant, explicit_attacker=r.explicit_attacker, last_role="launched", paragraph=r.paragraph)
        copy.values["launched"] = r.values["launched"]
        copies.append(copy)
    return copies


_SAME_TOTALS_RE = re.compile(
    r"\b(?:gave|give|gives|giving|reported|reporting|cited|citing|confirmed|confirming|published|put\s+out)\s+the\s+same\s+"
    r"(?:launch\s+|overall\s+|headline\s+)?(?:totals?|figures?|numbers?|counts?|tally)\b",
    re.IGNORECASE,
)


def _take_kind(row: _Row, claim: _Row) -> None:
    """An update's figures given without their weapon, side or sayer: those of the claim it updates."""
    row.weapon, row.weapon_type = row.weapon or claim.weapon, row.weapon_type or claim.weapon_type
    row.attacker, row.claimant = row.attacker or claim.attacker, row.claimant or claim.claimant


# the weapons of a claim named beside the open one's: "the 63 drones launched alongside them", "with them"
_ALONGSIDE_RE = re.compile(r"\b(?:alongside|along\s+with|together\s+with|as\s+well\s+as|besides|with)\s+(?:them|these|those|it)\b",
                           re.IGNORECASE)


def _exactly_counted(row: _Row) -> bool:
    """A full count: launched stated exactly with an outcome beside it, not a preliminary or rounded first figure; or
    the downed alone, unhedged, as the Russian ministry counts them ("56 Ukrainian drones had been destroyed")."""
    if any(_PROVISIONAL_RE.search(_own_words(e)) for e in row.evidence):
        return False
    if row.values["launched"] is None:
        return (row.attacker == UKRAINE and row.values["intercepted"] is not None and row.values["lost"] is None
                and not any(_AT_LEAST_RE.search(e) or _HEDGED_RE.search(e) for e in row.evidence))
    return row.qualifier == "exact" and (row.values["intercepted"] is not None or row.values["lost"] is not None)


_HEDGED_RE = re.compile(r"\b(?:about|around|some|roughly|approximately|nearly|almost|over|more\s+than|up\s+to)\s+\d", re.I)


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
        and not _new_report(row, r)
        and not (_FULL_REPORT_RE.search(row.evidence[0]) and any(_PRELIMINARY_RE.search(e) for e in r.evidence))
        # nor does a preliminary count add to a claim made without one: "Russia attacked with 112 drones, the air force
        # said. / In a preliminary update, it had said at least 40 drones were shot down."
        # (not the only outcome there is: "According to preliminary data, 43 of them were shot down; 12 were lost")
        and not (((_PROVISIONAL_RE.search(own := _own_words(row.evidence[0])) and _SUPERSEDED_RE.search(own))
                  or (_PRELIMINARY_RE.search(own) and _AT_LEAST_RE.search(own)))
                 and not any(_PRELIMINARY_RE.search(e) for e in r.evidence)
                 and r.values["launched"] is not None and row.values["launched"] is None)
        and _claimants_agree(r.claimant, row.claimant, context)
        and not _rounded_by_body(r, open_rows, context)
        and not _defender_beside_launcher(r, row, context)
    ]  # (a full report does not add to the preliminary figures it replaces)
    if row.article_only:  # "A drone was shot down over Kyiv." after "Russia launched 40 drones": a local detail
        candidates = [r for r in candidates if (r.values["launched"] or 0) <= 1]
    if not row.weapon and row.values["lost"] is not None:  # "Locationally lost: 29" after missiles and drones: decoy drones
        candidates.sort(key=lambda r: r.weapon != "drone")
    # a follow-up continues the body's statement, not a headline that rounded it, and the latest claim it can
    candidates.sort(key=lambda r: (_headline_row(r, context), -r.paragraph))
    return next((r for r in candidates if _figures_agree(r, row) and _days_agree(r, row, context)), None)


def _defender_beside_launcher(open_row: _Row, row: _Row, context: _DocContext) -> bool:
    """ "More than 40 drones were used in the overnight operation, the source said. / Russia's Defense Ministry claimed
    that 45 Ukrainian drones had been shot down": Russia's count of the Ukrainian drones it downed is its own claim, not
    the outcome of Ukraine's own count of its launch (which only Ukraine's side gives)."""
    return (open_row.attacker == UKRAINE and open_row.values["launched"] is not None and row.values["launched"] is None
            and context.side_of(row.claimant) == RUSSIA and context.side_of(open_row.claimant) != RUSSIA)


_FULL_REPORT_RE = re.compile(  # "its full morning report"
    r"\b(?:full|final|complete|fuller)\s+(?:[\w-]+\s+)?(?:report|figures|count|tally|statement|data)\b", re.IGNORECASE
)


def _new_report(row: _Row, open_row: _Row) -> bool:
    """A new paragraph that starts another report rather than continuing the open claim: one about the other side's
    attack, or an unattributed launch count of its own under a claimant's figure for what was downed, when that
    claimant is a regional official ("..., 7 Shaheds were shot down over Mykolaiv region, wrote Kim." then "The
    occupiers attacked Zaporizhzhia with 17 drones overnight.") or the count's sentence names its attacker and does not
    give it as the whole ("Ukrainian forces used no fewer than 25 drones", not "In all, Russian forces used seven")."""
    if row.paragraph == open_row.paragraph:
        return False
    if row.attacker and open_row.attacker and row.attacker != open_row.attacker:
        return True
    return (
        row.values["launched"] is not None and not row.anaphoric and open_row.values["launched"] is None
        and open_row.claimant is not None and row.claimant is None
        and (open_row.claimant.regional or (row.explicit_attacker and not _IN_TOTAL_RE.search(row.evidence[0])))
    )


def _rounded_by_body(row: _Row, open_rows: list[_Row], context: _DocContext) -> bool:
    """A headline's rounded figure ("almost 100 drones") that a body row of the same weapon states exactly (97): that
    body row carries the claim, so a later sentence (another claimant's "nine drones were shot down") cannot complete
    the headline's."""
    launched = row.values["launched"]
    return launched is not None and row.qualifier in _ROUNDING and _headline_row(row, context) and any(
        o is not row and o.weapon == row.weapon and o.qualifier == "exact" and o.values["launched"] is not None
        and _rounds_to(launched, row.qualifier, o.values["launched"])
        for o in open_rows
    )


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


_REVISED_TO_RE = re.compile(
    "(?:" + _REVISION_RE.pattern + r")\s+(?:from\s+[\w,-]+\s+)?to\s+(?:about\s+|around\s+|some\s+|at\s+least\s+)?(?P<n>[\w,-]+)\s*(?:[.;,]|$)",
    re.IGNORECASE,
)


def _revise_open(text: str, open_rows: list[_Row]) -> None:
    """ "The air force later lowered its estimate from 110 to 98": a sentence `_sentence_rows` made no row of
    (a figure with no weapon or role named, so no `_Row.revision` reaches `_merge_into`) still revises the
    open claim. With neither weapon nor claimant to match, it applies only where the target
    is beyond doubt: a single open row that gives a single figure, the one `_revised_target` picks."""
    if len(open_rows) != 1 or " to " not in text:
        return
    row = _revised_target(open_rows, None)
    given = [k for k in ("launched", "intercepted", "lost") if row is not None and row.values[k] is not None]
    m = _REVISED_TO_RE.search(text) if given == [row.last_role] else None
    if m is not None and " of " in m.group() and _counts_other(m.group()):
        return  # "The number of injured has risen to 41": a figure of something else
    numbers = find_numbers(m.group("n")) if m else []
    if numbers and numbers[0].is_count:
        _apply_revision(row, int(numbers[0].value))
        row.evidence.append(text)


def _revised_row(row: _Row, open_rows: list[_Row], context: _DocContext) -> _Row | None:
    """The open row a sentence with a revision cue restates with new figures ("The total has since risen to 110
    drones, of which 84 were shot down"): every figure the sentence gives replaces the row's. Unlike
    `_revised_target`, the sentence's figures carry their own roles, so no "last figure" is needed; the row
    must instead match weapon, attacker, type and claimant, and is the first such open row."""
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
            and not (row.updates and _exactly_counted(r) and _exactly_counted(row))  # an update of a full count: its own row
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
    if _STATEMENT_OPENER_RE.match(first) and _exactly_counted(row) and any(
        r.weapon == row.weapon and r.values["launched"] == row.values["launched"] and not _figures_agree(r, row) for r in open_rows
    ):
        return False  # "In its morning statement, it said 52 of the 70 drones ...", under a headline's later 61 of 70
    # a regional official's own count under an unsourced (headline) total, or one from a body as loosely named as "the
    # Russian military", is that official's claim, not its part
    official = row.claimant is not None and row.claimant.regional and not row.anaphoric
    return (row.anaphoric or not row.explicit_attacker) and any(
        r.weapon == row.weapon and _claimants_agree(r.claimant, row.claimant, context) and _within(row, r)
        and not _new_report(row, r)
        and not (official and (r.claimant is None or (r.claimant.vague and not r.claimant.regional)))
        and _types_agree(r.weapon_type, row.weapon_type)
        and not (row.additional and not _PLACE_PHRASE_RE.search(" ".join(row.evidence)))
        # "about 200 drones", then "197 attack drones": the exact figure a round one stood for, no part of it
        and not (r.qualifier in _ROUNDING and row.values["launched"] is not None and r.values["launched"] is not None
                 and _rounds_to(r.values["launched"], r.qualifier, row.values["launched"]))
        and not _windows_differ(r, row, context)
        and not any(r.values[k] is not None and (row.values[k] or 0) > r.values[k] for k in _ROLES)  # a part is smaller
        # ... and launched no more than the whole's outcomes: "at least 40 shot down" holds no part "96 launched"
        and not (row.values["launched"] is not None and r.values["launched"] is None
                 and any(v is not None and row.values["launched"] > v for v in (r.values["intercepted"], r.values["lost"])))
        for r in open_rows
    )


# a sentence that says which of a claimant's statements it reports
_STATEMENT_OPENER_RE = re.compile(
    r"\W*(?:in|by)\s+(?:its|their|his|her|the|a|an)\s+(?:[\w:-]+\s+){0,2}?(?:statement|update|report|summary|post|briefing)\b",
    re.IGNORECASE,
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
    r"(?:shot\s+down|brought\s+down|downed|destroyed|intercepted|launched|fired)\b|"
    r"\b[\w-]+\s+more\s+(?:(?:drones?|UAVs?|missiles?)\s+)?(?:had|have|has|were|was)\s+(?:been\s+)?"
    r"(?:shot\s+down|brought\s+down|downed|destroyed|intercepted|launched|fired)\b|"
    r"\b(?:shot\s+down|brought\s+down|shooting\s+down|downed|downing|destroyed|destroying|intercepted|intercepting)\s+[\w-]+\s+more\b",
    re.I,
)


def _additional_share(row: _Row, open_rows: list[_Row]) -> bool:
    """ "Later, it said another 18 had been shot down", "the number downed had reached 17": more of the open claim's
    weapons, a claim of its own."""
    first = row.evidence[0] if row.evidence else ""
    kinds = {(r.weapon, r.attacker) for r in open_rows if not r.pending}
    if len(kinds) != 1:
        return False
    if not row.running and not (
        ("nother" in first or "further" in first or "additional" in first or " more" in first) and _ADDITIONAL_RE.search(first)
    ):
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
    target.launch_site = target.launch_site or row.launch_site  # a headline names none, the body "from the Rostov region"
    named = row.claimant is not None and row.claimant.person and target.claimant is not None and not target.claimant.person
    if target.claimant is None or (target.claimant.vague and row.claimant and not row.claimant.vague) or (
        named and _is_office(target.claimant)
    ) or (target.adopted and row.claimant is not None and not row.adopted):
        target.claimant = row.claimant or target.claimant  # the body's or the office's name gives way to a named one
        target.adopted = target.adopted and row.claimant is None
    for sentence in row.evidence:
        if sentence not in target.evidence:
            target.evidence.append(sentence)


_ADMINISTRATION_RE = re.compile(r"\b(?:military|regional|city|oblast)\s+administration$", re.IGNORECASE)


def _is_office(claimant: _Claimant) -> bool:
    """A regional office named without its holder: "Kharkiv governor", "Kyiv military administration"."""
    name = claimant.name
    return not claimant.person and (
        (claimant.regional and _OFFICE_RE.search(name) is not None) or _ADMINISTRATION_RE.search(name) is not None
    )


def _claimants_agree(a: _Claimant | None, b: _Claimant | None, context: _DocContext) -> bool:
    """Same claimant, or one of them too vague to tell apart ("Moscow", "the defence ministry")."""
    if a is None or b is None or a.name == b.name or b.name == a.body or a.name == b.body:
        return True  # a spokesperson speaks for the body
    sa, sb = context.side_of(a), context.side_of(b)
    if sa is not None and sb is not None and sa != sb:
        return False
    generic = next((c for c in (a, b) if c.vague and _GENERIC_BODY_RE.fullmatch(c.name)), None)
    if generic is not None and (b if generic is a else a).person:
        return False  # "..., Zelensky said. Twenty were downed, the command said": another body
    office = next((c for c in (a, b) if _is_office(c)), None)
    holder = b if office is a else a
    if office is not None and holder.person and holder.regional and (
        not _ADMINISTRATION_RE.search(office.name) or context.heads_administration(holder.name)
    ):  # "Kharkiv governor" in a headline, "Syniehubov" in the body; "Kyiv military administration" and its head's name
        return True
    words_a, words_b = set(_unsided(a.name).lower().split()), set(_unsided(b.name).lower().split())
    return a.vague or b.vague or words_a <= words_b or words_b <= words_a  # "regional administration" in a headline


def _completes(row: _Row, earlier: _Row, context: _DocContext, alone: bool = False) -> bool:
    """A later post's outcome for a launch count given before ("Of the drones, 89 were downed" under the next
    byline): the row refers back, gives only figures the earlier one lacks, and matches its claimant, type and night.
    Within a post (`alone`: the post's only outcome of these weapons), the outcome of a bare launch count a sentence
    about other weapons came between ("147 drones ... Three Iskander-M missiles ... Air defence shot down 96 drones")."""
    if row.values["launched"] is not None or earlier.values["launched"] is None:
        return False
    given = [k for k in ("intercepted", "lost") if row.values[k] is not None]
    if not given or any(earlier.values[k] is not None for k in given):
        return False
    if row.post is earlier.post:
        if not alone or earlier.values["intercepted"] is not None or earlier.values["lost"] is not None or (
            set(row.evidence) & set(earlier.evidence)  # "Ukraine said ... 40 drones, while Russia said it downed 38"
        ):
            return False  # within a post, the sentence merging has had its say
    elif not row.anaphoric and any(row.values[k] for k in given):
        return False  # only "none"/"neither" refers back without words for it
    return (
        sum(row.values[k] for k in given) <= earlier.values["launched"]
        and row.claimant is not None and earlier.claimant is not None
        and not row.claimant.vague and not earlier.claimant.vague
        and _claimants_agree(earlier.claimant, row.claimant, context)
        and (row.weapon_type is None or row.weapon_type == earlier.weapon_type)
        and _days_agree(earlier, row, context)
    )


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
            alone = sum(1 for r in rows if r.post is row.post and r.attacker == row.attacker and r.weapon == row.weapon
                        and r.values["launched"] is None) == 1
            completed = [k for k in same if _completes(row, k, context, alone)]
            twin = completed[0] if len(completed) == 1 else None
        if twin is None:
            same.append(row)
            order.append(row)
        else:
            _absorb(twin, row)
    return order


def _drop_rounded_repeats(rows: list[_Row], context: _DocContext) -> list[_Row]:
    """ "Russia fires nearly 500 drones" above "Russia launched 497 drones, the air force said": a rounded
    figure (a headline's, a lead's) repeating an exact one of the same claim is no claim of its own; nor is a
    preliminary count ("at least 60 so far") that the full report of the same claimant raises."""
    own = {id(r): _own_words(" ".join(r.evidence)) for r in rows}  # the evidence less a clause on a count it replaced
    early_rows = [r for r in rows if _PRELIMINARY_RE.search(own[id(r)])]
    provisional = [r for r in early_rows if _PROVISIONAL_RE.search(own[id(r)])]
    # a headline's round figure rounds without saying so: "Russia fires some 650 drones and 50 missiles" over 52
    round_heads = [
        r for r in rows
        if r.qualifier == "exact" and (r.values["launched"] or 0) >= 10 and r.values["launched"] % 10 == 0
        and _headline_row(r, context)
    ]
    rounded = [
        r for r in rows
        if r.values["launched"] is not None and (r.qualifier in _ROUNDING or r in early_rows or r in round_heads)
    ]
    downed_only = [r for r in rows if r.values["launched"] is None and r.values["intercepted"] is not None and r.values["lost"] is None]
    downed_heads = [r for r in downed_only if _headline_row(r, context)]
    # ... or a lead's: "Russia says it has shot down more than 200 Ukrainian drones", above the ministry's 214
    downed_leads = [r for r in downed_only if r not in downed_heads and r.claimant is not None and len(downed_only) > 1]
    untyped = [r for r in rows if r.weapon == "missile" and r.weapon_type is None and r.values["launched"] is not None
               and r.values["intercepted"] is None and r.values["lost"] is None]
    corrections = any(_says_first(e) or "not " in e for r in rows for e in r.evidence)
    # "Overnight: 58 drones" over "Air defences destroyed 58 Ukrainian drones overnight, the ministry said": a headline's
    # bare figure, with no side or source of its own, that its post's body gives as that side's count
    bare_heads = [r for r in rows if r.values["launched"] is not None and r.values["intercepted"] is None
                  and r.values["lost"] is None and r.claimant is None and not r.explicit_attacker
                  and _headline_row(r, context)]
    if not (rounded or early_rows or downed_heads or downed_leads or untyped or corrections or bare_heads):
        return rows
    settled = [r for r in rows if r not in early_rows]  # counts not given as first ones, which a fuller report can be
    out = []
    for row in rows:
        twin = _raised_by(row, settled, context) if row in provisional else None
        if twin is None and row in rounded and row.values["intercepted"] is None and row.values["lost"] is None:
            early = row in early_rows and row.qualifier != "up_to"
            twin = next(
                (
                    r for r in rows
                    if r is not row and r.qualifier == "exact" and r.attacker == row.attacker and r.weapon == row.weapon
                    and not (row in round_heads and r.values["launched"] == row.values["launched"])
                    and r.values["launched"] is not None and (
                        _rounds_to(row.values["launched"], "approx" if row in round_heads else row.qualifier, r.values["launched"],
                                   headline=_headline_row(row, context))
                        # "preliminary figures: at least 60"; a first count the same claimant corrects ("145, not the 154 it
                        # first reported")
                        or (early and (row.values["launched"] < r.values["launched"] or _CORRECTED_RE.search(" ".join(r.evidence))))
                        # a floor the same claimant's exact count of the night meets: "at least 58", then "76"
                        or (row.qualifier == "at_least" and row.claimant is not None and r.claimant is not None
                            and row.values["launched"] <= r.values["launched"])
                    )
                    and _types_agree(r.weapon_type, row.weapon_type)
                    and (row.claimant is None or (r.claimant is None and early)
                         or (r.claimant is not None and _claimants_agree(r.claimant, row.claimant, context)))
                    and _days_agree(r, row, context)
                ),
                None,
            )
            if twin is None and row.weapon == "mixed":
                twin = _mixed_total_of(row, rows, context)
        if twin is None and row in untyped:
            twin = _summed_by_types(row, settled, row in early_rows, context)
        if twin is None and corrections and row.values["launched"] is not None and row.values["intercepted"] is None and (
            row.values["lost"] is None
        ):
            twin = _corrected_away(row, rows, context)
        if twin is None and row in bare_heads:
            twin = next((r for r in rows if r.post is row.post and r.weapon == row.weapon and r.explicit_attacker
                         and row.values["launched"] in (r.values["launched"], r.values["intercepted"])
                         and not _headline_row(r, context)), None)
        if twin is None and row in downed_heads:
            twin = _downed_rounded_by_headline(row, rows)
        if twin is None and row in downed_leads:
            twin = _downed_rounded_by_headline(row, [r for r in rows if r.claimant is not None
                                                     and _claimants_agree(r.claimant, row.claimant, context)])
        if twin is None and row.values["launched"] is None and row.values["intercepted"] is not None and (
            row in provisional or (row in early_rows and _AT_LEAST_RE.search(" ".join(row.evidence)))
        ):
            # "according to preliminary data, at least 30 had been shot down" (or "initially said at least 30 had been
            # shot down"), then the full report's 62 of 84
            twin = next(
                (r for r in settled if r.weapon == row.weapon and r.attacker == row.attacker
                 and (r.values["intercepted"] or 0) >= row.values["intercepted"]
                 and _claimants_agree(r.claimant, row.claimant, context) and _days_agree(r, row, context)),
                None,
            )
        if twin is None:
            out.append(row)
        elif twin.claimant is None:
            twin.claimant = row.claimant
    return out


def _corrected_away(row: _Row, rows: list[_Row], context: _DocContext) -> _Row | None:
    """ "Air force: 120 drones overnight" in an early post, then "it has corrected its count to 126 drones, after
    initially putting the number at 120": the figure a later report of the same claimant says it replaced."""
    return next(
        (r for r in rows
         if r is not row and r.weapon == row.weapon and r.attacker == row.attacker
         and _claimants_agree(r.claimant, row.claimant, context) and _days_agree(r, row, context)
         and any(_first_said(row.values["launched"], e) for e in r.evidence)),
        None,
    )


# "after initially putting the number at 120", "it first reported 154", "originally said 95 drones"
_INITIALLY_NUMBER_RE = re.compile(
    rf"\b{_FIRST_ADV}\s+{_FIRST_VERB}\s+(?:that\s+)?"
    r"(?:(?:Russia|the\s+enemy|Russian\s+forces)\s+had\s+(?:launched|fired|used)\s+|the\s+(?:number|figure|total|count)\s+at\s+)?"
    r"(?P<n>\d[\d,]*)\b",
    re.IGNORECASE,
)


# "Russia launched 93 drones, not 98 as it said earlier", "46, not the 64 it initially gave"
_NOT_AS_SAID_RE = re.compile(
    r"\bnot\s+(?:the\s+)?(?P<n>\d[\d,]*)\b(?:\s+[\w-]+){0,2}?\s+(?:(?:as|that|which)\s+)?(?:it|they|he|she|the\s+[\w-]+(?:\s+[\w-]+)?)\s+"
    rf"(?:had\s+)?(?:{_FIRST_ADV}\s+|earlier\s+|previously\s+)?{_FIRST_VERB}",
    re.IGNORECASE,
)


def _first_said(value: int | None, text: str) -> bool:
    """Whether `text` gives `value` as the count first said ("initially reported that 104 drones had been launched",
    "93 drones, not 98 as it said earlier")."""
    return any(int(m["n"].replace(",", "")) == value for m in _INITIALLY_NUMBER_RE.finditer(text)) or (
        "not " in text and any(int(m["n"].replace(",", "")) == value for m in _NOT_AS_SAID_RE.finditer(text))
    )


def _first_count_given_way(row: _Row, open_rows: list[_Row], context: _DocContext) -> bool:
    """A launch count the sentence calls the first one given, beside the open claim's other count of the same
    weapons by the same claimant: the count it replaced, told after the one that stands."""
    return _first_said(row.values["launched"], row.evidence[-1]) and any(
        r.weapon == row.weapon and r.attacker in (row.attacker, None) and r.values["launched"] not in (None, row.values["launched"])
        and _claimants_agree(r.claimant, row.claimant, context) for r in open_rows
    )


def _summed_by_types(row: _Row, settled: list[_Row], early: bool, context: _DocContext) -> _Row | None:
    """ "Russia attacks Ukraine with 119 drones, 14 missiles" over "eight Kh-101 ... and six Iskander-M missiles": a
    missile total the report gives by type is those rows (a preliminary one, "at least 35", is raised by their sum)."""
    typed = [r for r in settled if r is not row and r.weapon == row.weapon and r.attacker == row.attacker
             and r.weapon_type is not None and r.qualifier == "exact" and r.values["launched"] is not None
             and _claimants_agree(r.claimant, row.claimant, context) and _days_agree(r, row, context)]
    total = sum(r.values["launched"] for r in typed)
    launched = row.values["launched"]
    rounded = row.qualifier in _ROUNDING and _rounds_to(launched, row.qualifier, total)  # "over a dozen missiles": 9 + 5
    return typed[0] if len(typed) > 1 and (total == launched or (early and total >= launched) or rounded) else None


# a headline's hedged number downed: "Over 100 Ukrainian drones downed over Russia overnight, Moscow says"
_HEDGE_BEFORE_RE = re.compile(r"\b(?P<q>over|more\s+than|at\s+least|about|around|nearly|almost|some|roughly)\s+$", re.IGNORECASE)
_HEDGE_QUALIFIER = {"over": "more_than", "more than": "more_than", "at least": "at_least"}


# a round figure in words: "more than a hundred Ukrainian drones"
_ROUND_WORDS_RE = re.compile(r"\b(?:a|one|two|three|four|five)\s+(?:hundred|thousand)\b", re.IGNORECASE)


def _downed_rounded_by_headline(row: _Row, rows: list[_Row]) -> _Row | None:
    """The row whose exact number downed a headline's (or a lead's) hedged one rounds ("Over 100 ... downed" above
    "112")."""
    text = " ".join(row.evidence)
    figure = re.search(rf"(?<![\d,]){row.values['intercepted']}(?![\d,])", text) or _ROUND_WORDS_RE.search(text)
    hedge = _HEDGE_BEFORE_RE.search(text, max(0, figure.start() - 12), figure.start()) if figure else None
    if hedge is None:
        return None
    qualifier = _HEDGE_QUALIFIER.get(re.sub(r"\s+", " ", hedge["q"].lower()), "approx")
    return next((r for r in rows if r is not row and r.attacker == row.attacker and r.weapon == row.weapon
                 and r.values["intercepted"] is not None and r.values["intercepted"] != row.values["intercepted"]
                 and _rounds_to(row.values["intercepted"], qualifier, r.values["intercepted"])), None)


def _raised_by(early: _Row, settled: list[_Row], context: _DocContext) -> _Row | None:
    """ "In an early update the command said about 20 drones had been downed", later 23: the same claimant's
    fuller report of the same attack (one of the `settled` rows, not preliminary), which gives every figure the
    preliminary one gave, none of them lower."""
    given = [role for role in ("launched", "intercepted", "lost") if early.values[role] is not None]
    return next(
        (
            r for r in settled
            if r.attacker == early.attacker and r.weapon == early.weapon
            and all(r.values[role] is not None and r.values[role] >= early.values[role] for role in given)
            and any(r.values[role] != early.values[role] for role in given)
            and early.claimant is not None and r.claimant is not None
            and _claimants_agree(r.claimant, early.claimant, context)
            and _types_agree(r.weapon_type, early.weapon_type) and _days_agree(r, early, context)
        ),
        None,
    )


def _mixed_total_of(row: _Row, rows: list[_Row], context: _DocContext) -> _Row | None:
    """ "about 500 air targets" first, then "477 drones and 60 missiles": the same claimant's exact drone and missile
    counts in the same post whose sum the rounded mixed figure gives loosely (the drone row, or None)."""
    parts = [
        r for r in rows
        if r is not row and r.post is row.post and r.qualifier == "exact" and r.attacker == row.attacker
        and r.values["launched"] is not None
        and (r.claimant is None or row.claimant is None or _claimants_agree(r.claimant, row.claimant, context))
        and _days_agree(r, row, context)
    ]
    rounded = row.values["launched"]
    missiles = [r for r in parts if r.weapon == "missile"]
    all_missiles = sum(r.values["launched"] for r in missiles)  # "653 drones, 38 Kh-101 and 14 Iskander-M missiles"
    for drone in (r for r in parts if r.weapon == "drone"):
        for missile_total in [r.values["launched"] for r in missiles] + ([all_missiles] if len(missiles) > 1 else []):
            if _rounds_to(rounded, row.qualifier, drone.values["launched"] + missile_total):
                return drone
    return None


_ROUNDING = ("approx", "more_than", "at_least", "up_to")
# a first count the full report replaces, said to be incomplete: "preliminary figures showed at least 60 drones",
# "the attack was still under way", "not yet final"
_PROVISIONAL = (
    r"preliminary|(?:still|was)\s+(?:under\s*way|ongoing)|(?:an?\s+|its\s+)early\s+(?:update|count|report|figures?)|"
    r"not\s+yet\s+(?:complete|final)"
)
_PROVISIONAL_RE = re.compile(rf"\b(?:{_PROVISIONAL})\b", re.IGNORECASE)
# a provisional count given before the one at hand: "In a preliminary update early in the morning, it had said"
_SUPERSEDED_RE = re.compile(r"\b(?:had\s+(?:said|reported|put|given|counted)|earl(?:y|ier)|first|initial(?:ly)?|at\s+least)\b",
                            re.IGNORECASE)
_AT_LEAST_RE = re.compile(r"\b(?:at\s+least|no\s+fewer\s+than)\b", re.IGNORECASE)  # a first count, hedged
# ... or merely the first given: "initially said 92" (an exact first count later revised stays a row of its own)
_PRELIMINARY_RE = re.compile(
    rf"\b(?:{_PROVISIONAL}|initial\s+(?:figures?|data|reports?|count|estimates?)|first\s+(?:reports?|count|update|estimates?)|"
    rf"(?<!after\s){_FIRST_ADV}\s+{_FIRST_VERB})\b",  # not "112 drones, after initially saying 50": that one is replaced
    re.IGNORECASE,
)


# "..., the air force said, updating a preliminary count issued early in the morning" ("..., raising preliminary
# count" in a headline): what follows is the count replaced
_UPDATING_EARLIER_RE = re.compile(
    r"\b(?:updating|correcting|revising|replacing|raising)\s+(?:(?:a|an|its|the)\s+)?(?:first|earlier|initial|previous|preliminary)\b",
    re.I,
)


def _own_words(evidence: str) -> str:
    """The evidence without a trailing clause about the earlier count it replaces."""
    m = _UPDATING_EARLIER_RE.search(evidence) if "ing " in evidence else None
    return evidence[: m.start()] if m else evidence


_CORRECTED_RE = re.compile(r"\bcorrect(?:ed|s|ion)\b|\bnot\s+the\s+\d", re.IGNORECASE)


def _rounds_to(rounded: int, qualifier: str, exact: int, headline: bool = False) -> bool:
    """ "nearly 500" for 497, "500+" for 537, "up to 100" for 96: within a tenth (a quarter above a floor). A
    headline floors more coarsely to a round figure: "more than 100 drones" over the story's 126."""
    if qualifier == "approx":
        return abs(exact - rounded) <= rounded / 10
    if qualifier in ("more_than", "at_least"):
        loose = headline and rounded >= 10 and rounded % 50 == 0
        return rounded <= exact <= rounded * (1.5 if loose else 1.25)
    return rounded * 0.9 <= exact <= rounded


def _drop_summed_totals(rows: list[_Row], context: _DocContext) -> list[_Row]:
    """ "93 air attack means: 87 drones and 6 missiles": a mixed total broken down into its drone and
    missile rows (of the same post, attacker and claimant) is no claim of its own; nor is a headline's
    "315 drones and missiles" over "315 drones and seven missiles", whose figure is the drones' alone."""
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
            if given and kinds == {"drone", "missile"} and (
                all(row.values[k] == sum(r.values[k] or 0 for r in parts) for k in given)
                or (given == ["launched"] and any(r.values["launched"] == row.values["launched"] for r in parts))
            ):
                continue
        out.append(row)
    return out


def _same_claim(a: _Row, b: _Row, context: _DocContext) -> bool:
    shared = [k for k in _ROLES if a.values[k] is not None and b.values[k] is not None]
    if not shared or any(a.values[k] != b.values[k] for k in shared):
        return False
    if not _types_agree(a.weapon_type, b.weapon_type):
        return False
    if a.weapon_type and b.weapon_type and a.weapon_type != b.weapon_type and a.evidence[:1] == b.evidence[:1]:
        return False  # one sentence listed them apart: "one intercontinental ballistic missile, one Kinzhal, ..."
    if not (_claimants_agree(a.claimant, b.claimant, context) or (_headline_row(a, context) and a.adopted and all(
            a.values[k] is None or k in shared for k in _ROLES))):
        return False  # a headline's claimant taken from a figureless sentence after it does not keep its claim apart
    return _days_agree(a, b, context)  # not the same figures for two different nights


def _headline_row(row: _Row, context: _DocContext) -> bool:
    """Whether the row was first stated in a headline (its post's, the document's title, or one left in the body)."""
    if not row.evidence:
        return False
    first = row.evidence[0]
    if first in (row.post.headline, context.doc.title):
        return True
    paragraphs = row.post.paragraphs
    return first in paragraphs and provenance.headline_in_body(paragraphs, paragraphs.index(first))


def _row_day(row: _Row, context: _DocContext) -> str | None:
    """The day the row's own words name ("overnight into Tuesday"), None when they name none."""
    cached = row.day_cache
    if cached is not None and cached[0] == len(row.evidence):
        return cached[1]
    anchor, _ = provenance.anchor_date(row.post, context.doc)
    if anchor is None:
        result = None
    else:
        day = provenance.stated_day(row.dating(), anchor)
        result = day.isoformat() if day else None
    row.day_cache = (len(row.evidence), result)
    return result


def _days_agree(a: _Row, b: _Row, context: _DocContext) -> bool:
    day_a, day_b = _row_day(a, context), _row_day(b, context)
    return day_a is None or day_b is None or day_a == day_b
