"""Combat clashes: who says how many combat clashes or engagements took place along the
front (or in one direction of it) over which period.

Per sentence that passes a keyword prefilter, a count (see the count convention in
`sitrep.claims_common`) is a clash count when a clash noun follows it ("more than 200
combat clashes", "145 combat engagements", "dozens of clashes", "58 firefights") or when
it is the number of clashes ("the number of combat clashes rose to 180", "clashes ...
totalled 94"). `period` is the span counted: "24 hours" for a rolling window ("over the
past day", "in the last day", "past 24 hours", "in a 24-hour period"), "day" only for a
named single day ("on Tuesday", "yesterday", "today", "in a single day", "since the start
of the day"); `location` is the direction or region when the
count is for part of the front ("in the Pokrovsk direction" -> "Pokrovsk"), null for the
whole front. The General Staff with no side named is Ukraine's (it publishes these counts).

Attacks repelled are clashes too ("repelled 44 Russian attacks", "73 enemy attacks were
repulsed", "27 assault actions ... fended off"), and so are the attacks of one side counted
in times ("the enemy attacked our positions 38 times", "stormed ... 52 times", "tried to
break through 27 times", "tried 42 times to break through"). Attacks launched without being repelled ("launched 62 assaults"),
drone or missile attacks and shelling ("shelled Nikopol 38 times") are not. A document that
counts clashes by name gives its total there: its attack counts in times, and its located
attacks-repelled counts, are that report's per-direction breakdown and not rows; so is a
direction's share given with the total ("211 engagements, including 63 in the Pokrovsk sector"),
and a direction's count anywhere in a post that gives the front-wide total for the same period,
unless another claimant (a group's spokesperson) gives it. A list of directions without a total keeps
each ("repelled 21 attacks near Kupiansk and 17 near Lyman"); a direction's attacks beside its own
clash count are that count's. Attacks with the part still going on are clashes ("carried out 74
assaults, of which 11 are still ongoing"), as are a label's value ("Combat clashes over the past 24
hours: 178") and a later figure in the next sentence ("By the evening, the number had risen to 118").
Attacks repelled by air defence or made by drones, boats or artillery, averages and multipliers
("three times as often") are not clashes. Attacks repelled counted in times ("repelled counterattacks five times") are.
A day after a reporting verb ("the General Staff reported on Saturday") dates the report, not the count; a headline's
rounded count ("Nearly 200 clashes") is the body's exact one ("rose to 196").
"""
from __future__ import annotations

import re

from sitrep.claims_common import (
    FRONT_WIDE_RE,
    MONTHS,
    Keywords,
    ClaimantFinder,
    Pending,
    Sentence,
    dedupe,
    drop_rounded_headlines,
    find_counts,
    location_near,
    make_row,
    period_of,
    sentences,
    split_sentences,
)
from sitrep.models import Document
from sitrep.schemas import COMBAT_CLASHES

EXTRACTOR_VERSION = "27"

_PREFILTER_RE = Keywords(
    "clash", "engagement", "firefight", "skirmish", "battles", "encounters", "repel", "repuls", "fended", "fought off",
    "beat back", "beaten back", "thwarted", "foiled", "stopped", "times", "ongoing", "continuing", "attempts",
)
_CLASH = r"(?:clashes|engagements|firefights|skirmishes|battles|encounters|clash|engagement|battle)"
_AFTER_RE = re.compile(
    rf"^\s+(?:of\s+)?(?:(?:combat|military|armed|ground|fierce|heavy|intense|separate|such|new|more|frontline|front-line|"
    rf"close|direct|enemy|Russian|Ukrainian)\s+){{0,3}}{_CLASH}\b",
    re.IGNORECASE,
)
_NUMBER_OF_RE = re.compile(
    rf"\b(?:number|total)\s+of\s+(?:(?:combat|military|armed)\s+)?{_CLASH}\b[^.;:]{{0,60}}?"
    r"\b(?:rose|risen|reached|stood|stands|was|is|totalled|totaled|amounted|hit|climbed|increased|jumped|fell|dropped)"
    r"(?:\s+to|\s+at)?\s+(?:a\s+(?:total|record)\s+of\s+)?$",
    re.IGNORECASE,
)
_TOTAL_AFTER_RE = re.compile(rf"\b{_CLASH}\s+(?:\w+\s+){{0,6}}?(?:totalled|totaled|numbered|reached)\s+$", re.IGNORECASE)
# attacks repelled: "repelled 44 Russian attacks", "73 enemy attacks were repelled"
_ATTACK_AFTER_RE = re.compile(
    r"^\s+(?:of\s+)?(?:(?:enemy|Russian|Ukrainian|hostile|ground|infantry|armou?red|mechani[sz]ed|more|separate|fierce|"
    r"heavy|new|massive|further|such)\s+){0,3}(?:(?:counter-?)?attacks|(?:counter-?)?assaults|assault\s+actions|"
    r"offensive\s+actions|attempts\s+(?:[\w-]+\s+){0,4}?to\s+(?:advance|break\s+through|storm))\b",  # "attempts over the past day to advance"
    re.IGNORECASE,
)
_REPEL_RE = re.compile(
    r"\b(?:repel\w*|repuls\w*|fend(?:ed|ing)?\s+off|fought\s+off|beat(?:en)?\s+back|thwart\w*|foiled|stopped)\b", re.IGNORECASE
)
# one side's attacks counted in times: "the enemy attacked our positions 38 times" (not "three times as often", "four
# times the value of the damage")
_TIMES_AFTER_RE = re.compile(
    r"^\s+times\b(?!\s+(?:as\s+\w+|more|less|fewer|higher|lower|greater|larger|bigger|harder|faster|the\b|that\b|what\b|its\b))",
    re.IGNORECASE,
)
_ATTACK_VERB_BEFORE_RE = re.compile(
    r"\b(?:attack(?:ed|ing)?|storm(?:ed|ing)?|assault(?:ed|ing)|(?:tried|attempted|sought)\s+to\s+(?:advance|break\s+through|"
    r"storm|attack|push\s+through|dislodge)|went\s+on\s+the\s+offensive|"
    # attacks repelled counted in times: "repelled Ukrainian counterattacks five times"
    r"(?:repel\w*|repuls\w*|fought\s+off|beat\s+back)\s+(?:[\w-]+\s+){0,3}?(?:counter-?)?(?:attacks|assaults|attempts))"
    r"\b[^.;:]{0,70}$",
    re.IGNORECASE,
)
# the same with the count between the try and its aim: "tried 42 times to break through"
_MADE_BEFORE_RE = re.compile(r"\bmade\s+$", re.IGNORECASE)
_TRIED_BEFORE_RE = re.compile(r"\b(?:tried|attempted|trying|attempting)\s+$", re.IGNORECASE)
_TO_ATTACK_AFTER_RE = re.compile(
    r"^\s+to\s+(?:advance|break\s+through|storm|attack|push\s+through|dislodge|breach)\b[^.;:,]{0,60}", re.IGNORECASE
)
# attacks from the air or by fire, and places attacked: not clashes
_NOT_GROUND_RE = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?attacked|drones?|UAVs?|missiles?|rockets?|shell\w*|artillery|mortars?|"
    r"bombs?|bombing|aircraft|jets?|air\s*strikes?|strikes?|fired|Shaheds?|glide",
    re.IGNORECASE,
)
# attacks from the air or sea after their count: "repelled 40 attacks by Russian FPV drones", "30 times with drones"
_BY_AIR_AFTER_RE = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:by|with|from|using|of)\s+(?:[\w-]+\s+){0,3}?(?:drones?|UAVs?|missiles?|rockets?|aircraft|"
    r"artillery|mortars?|bombs?|naval|boats?|jets?|helicopters?|Shaheds?)\b",
    re.IGNORECASE,
)
# who repels them: air defence, a fleet or navy repel air or sea attacks, not ground assaults
_AIR_DEFENDER_RE = re.compile(r"\bair\s+defen[cs]es?|anti-aircraft|\bfleet\b", re.IGNORECASE)
# a rate, not a count: "an average of 175 engagements a day", "the average number of daily combat clashes rose to 160"
_AVERAGE_BEFORE_RE = re.compile(r"\baverag\w*\b[^.;:\d]{0,60}$", re.IGNORECASE)
# the count as a label's value: "Combat clashes over the past 24 hours: 178", "Combat engagements since the start of the day – 96"
_LABEL_BEFORE_RE = re.compile(rf"^\W*(?:[\w'’-]+\s+){{0,2}}?{_CLASH}\b[^.;:]{{0,50}}?\s*[:–—]\s*$", re.IGNORECASE)  # "⚔️ Combat clashes ...:"
# attacks counted as clashes by the part still going on: "carried out 74 assaults, of which 11 are still ongoing"
_ONGOING_AFTER_RE = re.compile(
    r"\b(?:of\s+(?:which|them|these)\s+[\w,-]+|[\w,-]+\s+of\s+(?:which|them|these))\s+(?:are|is|were|remain)\s+"
    r"(?:still\s+)?(?:ongoing|continuing|under\s+way|in\s+progress)",
    re.IGNORECASE,
)
# a later figure for the count just given: "By the evening, the number had risen to 118."
_NUMBER_ROSE_RE = re.compile(
    r"\b(?:number|figure|total|tally|count)\s+(?:had\s+|has\s+)?(?:later\s+|since\s+|then\s+|\w+ly\s+)?"
    r"(?:risen|rose|grown|grew|climbed|increased|reached|jumped)"
    r"\s+(?:to\s+)?$",
    re.IGNORECASE,
)
_EXCLUDE_RE = re.compile(r"protest|riot|police|demonstrat|court|legal\s+battles?|football|match|election", re.IGNORECASE)


def extract_combat_clashes(doc: Document) -> list[dict]:
    """All combat-clash claims in `doc`, one complete COMBAT_CLASHES row per claim."""
    finder = ClaimantFinder(doc)
    pending: list[Pending] = []
    for sentence in sentences(doc, _PREFILTER_RE):
        if _EXCLUDE_RE.search(sentence.text):
            continue
        try:
            claims = _sentence_claims(sentence, finder)
        except (ValueError, IndexError, KeyError):
            continue
        pending.extend(claims)
        if claims and claims[-1].extra["kind"] == "clash":
            pending.extend(_later_figure(sentence, claims[-1]))
    clash_places = {_place_word(p) for p in pending if p.extra.get("kind") == "clash"}
    pending = [p for p in pending if not _attacks_in_clash_report(p, clash_places)]
    # "57 combat engagements in the Pokrovsk direction and 184 engagements across the entire front", or a list of
    # directions under the day's total: a direction's count in a post that gives the front-wide total is its breakdown
    totals = [p for p in pending if p.extra.get("kind") == "clash" and p.fields.get("location") is None]
    pending = [p for p in pending if p.fields.get("location") is None or not any(_same_report(t, p) for t in totals)]
    rows = []
    for p in dedupe(drop_rounded_headlines(pending, lambda p: p.fields.get("value"),
                                       lambda h, b: h.fields.get("location") == b.fields.get("location")), soft_keys=("period", "claimant")):
        fields = {**p.fields, **p.soft}
        rows.append(make_row(COMBAT_CLASHES, doc, p, fields, extractor_version=EXTRACTOR_VERSION, identity=(
            "value", "low", "high", "vague_phrase", "qualifier", "period", "location")))
    return rows


# a calendar month's total: "5,200 combat clashes in October" (but "on October 3" is a day)
_IN_MONTH_RE = re.compile(rf"(?:\s+[\w-]+){{0,3}}?\s+(?:in|during|throughout)\s+(?:the\s+month\s+of\s+)?{MONTHS}(?!\s*\d)\b")


_MONTH_OPENER_RE = re.compile(
    rf"\s*(?:In|During|Throughout)\s+(?:the\s+month\s+of\s+)?{MONTHS}(?!\s*\d)(?:\s+as\s+a\s+whole|\s+alone)?\s*(?:,|(?=\s+(?:the|Ukraine['’]s|Russia['’]s)\s))"
)


# "the General Staff reported on Saturday": a day after a reporting verb dates the report, not the count
_REPORT_DAY_RE = re.compile(
    r"\b(?:said|says|reported|reports|noted|notes|stated|states|announced|added|wrote|posted|claimed|informed|updated|"
    r"confirmed|told\s+[\w\s]{1,30}?)\s+(?:in\s+(?:its|an?|the)\s+(?:[\w:-]+\s+){0,3}?(?:update|report|statement|briefing|summary)\s+)?"
    r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?\b",
    re.IGNORECASE,
)


def _without_report_days(text: str) -> str:
    """The text with its report-dating day phrases blanked (same length: positions stay)."""
    if "on " not in text:
        return text
    return _REPORT_DAY_RE.sub(
        lambda m: m.group() if _COUNTED_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()) else " " * len(m.group()), text
    )


# ... but a participle after the counted noun dates the count: "Of the 192 combat clashes reported on Monday"
_COUNTED_BEFORE_RE = re.compile(
    rf"(?:{_CLASH}|attacks|assaults)\s+(?:(?:were|was|had\s+been|have\s+been|being)\s+)?$", re.IGNORECASE
)


def _later_figure(sentence: Sentence, last: Pending) -> list[Pending]:
    """A later figure for the clash count just given, in the next sentence of its paragraph ("By the evening, the
    number had risen to 118."): a claim of its own, with that count's place and claimant, and its period unless it
    names one."""
    split = split_sentences(sentence.paragraphs[sentence.paragraph_index])
    text = split[sentence.position + 1] if sentence.position + 1 < len(split) else ""
    if not text or _PREFILTER_RE.search(text):
        return []  # nothing after it, or a sentence read on its own
    c = next((c for c in find_counts(text) if _NUMBER_ROSE_RE.search(text, max(0, c.start - 60), c.start)), None)
    if c is None:
        return []
    later = Sentence(text, sentence.post, sentence.post_index, sentence.paragraph_index, sentence.paragraphs,
                     sentence.is_headline, sentence.position + 1)
    period = period_of(text, c.start, c.end, dated_day=True, past_day="24 hours") or last.soft["period"]
    location = last.fields.get("location")
    return [Pending((c.value, c.low, c.high, c.vague_phrase, location), {**last.soft, "period": period},
                    {**c.fields, "location": location}, [text], later, sentence.is_headline, extra=dict(last.extra))]


def _place_word(p: Pending) -> str | None:
    place = p.fields.get("location")
    return place.split()[0] if place else None


def _attacks_in_clash_report(p: Pending, clash_places: set[str | None]) -> bool:
    """Attack counts where the report counts clashes: with a front-wide clash count, its attacks in times and its located
    attacks repelled; with a direction's clash count, that direction's attacks (a list of directions without a total
    keeps each direction's own count)."""
    kind, place = p.extra.get("kind"), _place_word(p)
    if kind == "clash" or not clash_places:
        return False
    if place is None:
        return kind == "times"
    return None in clash_places or place in clash_places


_DAILY = {"day": "24 hours"}  # a day's count and the past 24 hours' are one daily report


def _same_report(total: Pending, p: Pending) -> bool:
    """A front-wide total and a direction's count from one report: the same post and period, and the same paragraph
    or no other claimant (a brigade or group spokesperson's own figure is a claim of its own)."""
    periods = {_DAILY.get(q, q) for q in (total.soft.get("period"), p.soft.get("period")) if q}
    if total is p or total.sentence.post_index != p.sentence.post_index or len(periods) > 1:
        return False
    if total.sentence.paragraph_index == p.sentence.paragraph_index:
        return True
    mine, theirs = total.soft.get("claimant"), p.soft.get("claimant")
    return mine is None or theirs is None or mine == theirs


def _sentence_claims(sentence: Sentence, finder: ClaimantFinder) -> list[Pending]:
    text = sentence.text
    found = []
    averages: list[int] = []
    for c in find_counts(text):
        if c.vague_phrase and re.match(r"an?\s", c.vague_phrase, re.I):
            continue
        if _AVERAGE_BEFORE_RE.search(text, max(0, c.start - 80), c.start):
            averages.append(c.start)
            continue  # "an average of 175 engagements a day"
        after = _AFTER_RE.match(text[c.end :])
        if after:
            found.append((c, c.end + after.end(), "clash"))
            continue
        attack = _ATTACK_AFTER_RE.match(text[c.end :])
        if attack:
            end = c.end + attack.end()
            clause = _clause(text, c.start, end)
            if _BY_AIR_AFTER_RE.match(text, end) or _AIR_DEFENDER_RE.search(clause):
                continue  # "air defence repelled three attacks", "40 attacks by Russian FPV drones"
            if _ONGOING_AFTER_RE.search(text, end):
                found.append((c, end, "clash"))  # "carried out 74 assaults, of which 11 are still ongoing": all clashes
            # "... carried out 48 assaults near Pokrovsk; all were repelled"
            elif _REPEL_RE.search(clause) or _ALL_REPELLED_RE.match(text, _clause_end(text, end)):
                found.append((c, end, "repelled"))
            elif attack.group().rstrip().lower().endswith(("storm", "break through", "advance")) and _MADE_BEFORE_RE.search(
                text, max(0, c.start - 12), c.start
            ):
                found.append((c, end, "times"))  # "made 37 attempts to storm Ukrainian positions": as "tried 37 times to storm"
            continue
        times = _TIMES_AFTER_RE.match(text[c.end :])
        if times:
            verb = _ATTACK_VERB_BEFORE_RE.search(text[max(0, c.start - 120) : c.start])
            aim = _TO_ATTACK_AFTER_RE.match(text[c.end + times.end() :])
            if _BY_AIR_AFTER_RE.match(text, c.end + times.end()):
                continue  # "attacked Bilopillia 30 times with drones and artillery"
            if verb and not _NOT_GROUND_RE.search(verb.string, max(0, verb.start() - 12), verb.end()) or (
                aim and _TRIED_BEFORE_RE.search(text[max(0, c.start - 20) : c.start]) and not _NOT_GROUND_RE.search(aim[0])
            ):
                found.append((c, c.end + times.end(), "times"))
            continue
        if found and re.search(r"\b(?:up|down)\s+from\s+$|\bcompared\s+(?:with|to)\s+$", text[: c.start]):
            found.append((c, c.end, found[-1][2]))  # "159 engagements on Sunday, up from 134 the day before"
        elif found and re.match(
            r"\s+(?:clashes\s+|of\s+them\s+|took\s+place\s+|were\s+|occurred\s+)?(?:in|on|near|around)\s+(?:the\s+)?[A-Z]",
            text[c.end :],
        ):
            # "..., including 52 in the Pokrovsk direction": that direction's share of the total; after a direction's own
            # count ("repelled 21 attacks near Kupiansk and 17 near Lyman"), the next direction's
            parallel = _location(text, found[-1][1], c.start) is not None
            found.append((c, c.end, found[-1][2] if parallel else "share"))
        elif (
            _NUMBER_OF_RE.search(text[max(0, c.start - 120) : c.start]) or _TOTAL_AFTER_RE.search(text[max(0, c.start - 80) : c.start])
            or _LABEL_BEFORE_RE.search(text, 0, c.start)
        ):
            found.append((c, c.end, "clash"))
    out: list[Pending] = []
    first = found[0][0].start if found else 0
    timed = _without_report_days(text) if found else text
    for i, (c, end, kind) in enumerate(found):
        nxt = found[i + 1][0].start if i + 1 < len(found) else None
        # an average's "a day" is not the period of the total before it ("1,204 clashes, an average of 172 a day")
        nxt = min((x for x in (nxt, *averages) if x is not None and x > c.start), default=None)
        prev_end = found[i - 1][1] if i > 0 else 0
        month = _IN_MONTH_RE.match(text, end) or (i == 0 and _MONTH_OPENER_RE.match(text))
        period = "month" if month else period_of(timed, c.start, end, next_start=nxt, prev_end=prev_end, first_start=first,
                                                 dated_day=True, past_day="24 hours")
        if period is None and i > 0 and end == c.end:  # a direction's share of the total before it
            period = out[i - 1].soft["period"]
        location = _location(text, end, nxt)
        where = None if location else _WHERE_DIRECTION_RE.search(text, max(0, c.start - 140), c.start)
        if where is not None:  # "in the Pokrovsk direction, where Ukrainian forces repelled 47 Russian assaults"
            location = where["place"]
        fronted = None if location else _FRONTED_DIRECTION_RE.match(text, text.rfind(";", 0, c.start) + 1)
        if fronted is not None and fronted.end() <= c.start:  # "In the Pokrovsk direction, defenders stopped 58 assaults"
            location = fronted["place"]
        claimant = finder.for_sentence(sentence, c.start)
        name = claimant.name if claimant else None
        if name == "General Staff":
            name = "Ukrainian General Staff"
        fields = {**c.fields, "location": location}
        key = (c.value, c.low, c.high, c.vague_phrase, location)
        side = (claimant.side if claimant else None) or ("ukraine" if name == "Ukrainian General Staff" else None)
        out.append(Pending(key, {"period": period, "claimant": name}, fields, [text], sentence, sentence.is_headline,
                           extra={"claimant_side": side, "kind": kind}))
    for i in range(len(out) - 2, -1, -1):  # "attacked 14 times in the Lyman direction and 22 times ... on Tuesday"
        if out[i].soft["period"] is None and _COORDINATED_RE.fullmatch(text, found[i][1], found[i + 1][0].start):
            out[i].soft["period"] = out[i + 1].soft["period"]
    # a direction's share of the total given is not a claim, nor the war's tally ("230,000 engagements since the invasion")
    return [p for p in out if p.extra["kind"] != "share" and p.soft["period"] != "since the invasion"]


_FRONTED_DIRECTION_RE = re.compile(
    r"\s*(?:in|on|along)\s+the\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:direction|axis|sector),", re.IGNORECASE
)
_WHERE_DIRECTION_RE = re.compile(
    r"\b(?:in|on|along)\s+the\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:direction|axis|sector),\s+where\b[^.;,]*$"
)
_ALL_REPELLED_RE = re.compile(
    r"[\s;:,.–—-]*(?:and\s+|but\s+)?(?:all|most|each|every\s+one|all\s+of\s+them|both)(?:\s+of\s+them)?\s+"
    r"(?:were|was|have\s+been|had\s+been)\s+(?:successfully\s+)?(?:repel\w*|repuls\w*|fended\s+off|beaten\s+back|stopped|thwarted)",
    re.IGNORECASE,
)
_COORDINATED_RE = re.compile(r"[^.;:]*?\band\s+", re.IGNORECASE)
_CLAUSE_BREAK_RE = re.compile(r"[;:]|,\s+(?:while|but|whereas|and)\b|\s[-–—]\s|\.\s")


def _clause_end(text: str, end: int) -> int:
    right = _CLAUSE_BREAK_RE.search(text, end)
    return right.start() if right else len(text)


def _clause(text: str, start: int, end: int) -> str:
    """The clause around text[start:end]: between the nearest breaks before and after."""
    left = max((m.end() for m in _CLAUSE_BREAK_RE.finditer(text, 0, start)), default=0)
    return text[left : _clause_end(text, end)]


_DIRECTION_OPENER_RE = re.compile(  # ... or the sentence's subject: "The Pokrovsk direction saw the most fighting, with 52"
    r"\s*(?:(?:In|On|Along)\s+the\s+|The\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:direction|axis|sector)"
    r"(?:\s*[,:–—]|\s+(?:saw|see|sees|remained|remains|was|is|accounted|bore|had|has|recorded)\b)"
)


def _location(text: str, end: int, nxt: int | None) -> str | None:
    """The direction or region of a count: named right after it (before the next count), else null."""
    segment = text[: nxt] if nxt is not None else text
    window = segment[end:]
    opener = _DIRECTION_OPENER_RE.match(segment)
    if opener and not re.search(r"\b(?:direction|axis|sector|front)\b", segment[opener.end() : end] + window):
        return opener["place"]  # "In the Kramatorsk direction, 12 combat clashes took place near Chasiv Yar"; "...; 6 are ongoing"
    if FRONT_WIDE_RE.match(window.lstrip()) or re.match(r"\s*(?:along|across)\s+the\s+(?:entire\s+)?front", window):
        return None
    place = location_near(segment, end)
    if place is None:
        return None
    if re.match(r"[^.;]{0,40}?\bthere\b", window):  # "...; 19 clashes are still ongoing there": the place before
        return place
    word = place.split()[0]
    idx = segment.find(word, end)
    if idx != -1:  # right after the count: "145 clashes were recorded in the Pokrovsk direction"
        gap = segment[end:idx]
        return place if len(gap) <= 45 and not re.search(r"[,;.]|\b(?:as|when|while|where|after|amid)\b", gap) else None
    idx = segment.rfind(word, 0, end)
    between = segment[idx:end]
    # before it: "in the Pokrovsk direction, where 45 clashes took place", "in the Pokrovsk sector, with 45 clashes",
    # "In the Kursk region, ... 14 clashes"
    if re.search(r"[;.]", between):
        return None
    if re.search(r",\s+(?:where|with)\b", between) or re.match(r"\s*(?:In|On|Near|Around)\s+(?:the\s+)?$", segment[:idx]):
        return place
    return None
