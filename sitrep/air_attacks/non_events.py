"""Counts that are no single attack: rates ("300 drones a day"), averages, records and yardsticks,
cumulative totals over a week, month or war (while keeping the night such a total includes), ranges,
drills, footage, hypotheticals and earlier attacks named for comparison: their role becomes "none"."""
from __future__ import annotations

import re

from sitrep.air_attacks.counts import _LIST_COMMA_RE, _real_break
from sitrep.air_attacks.lexicon import (
    HABIT,
    _AT_INCOMING_RE,
    _AVERAGE_BEFORE_RE,
    _CLAUSE_RE,
    _COMPARED_AFTER_RE,
    _CUE_RE,
    _EXCLUDED_BEFORE_RE,
    _EXERCISE_LC,
    _FIRST_ADV,
    _FIRST_VERB,
    _HISTORICAL_LC,
    _MONTH_NAMES,
    _RATE_AFTER_RE,
    _RECORD_BEFORE_RE,
    _REPORT_RE,
    _STORED_AFTER_RE,
    _SUPERLATIVE_RE,
    _WEAPON_LC,
    _WEEKDAY_NAMES,
    _WEEKDAY_NAMES_LC,
    _clause_end,
    _clause_start,
    _Count,
    _ends,
    _lead,
    _lower,
    _says_first,
    _split_sentences,
)
from sitrep.air_attacks.places import _PLACE_THEN_WHERE_RE

# a year: "in September 2022" (periods such as "since the start of the war" are _HISTORICAL_LC's)
_DATED_PAST_RE = re.compile(r"\b(?:19|20)\d\d\b")


def _since_dated_past(text: str, paragraph: str) -> bool:
    """ "Since then" counts from a year or period named before it in the paragraph (not "The alert began at
    01:10. Since then, 34 drones ..."): a running total, not one attack."""
    before = paragraph[: max(0, paragraph.find(text))] + text[: _lower(text).find("since then")]
    return _DATED_PAST_RE.search(before) is not None or _HISTORICAL_LC.search(_lower(before)) is not None


# "In the same period", "over that period": the period of the sentence before
_SAME_PERIOD_LC = re.compile(
    r"\b(?:in|over|during|for)\s+(?:the\s+same|that|this)\s+(?:period|time|(?:seven|ten|14|\d)\s+days|week|month)\b"
)


def _same_period_past(text: str, paragraphs: list[str], index: int) -> bool:
    """ "Over the past week, 1,200 clashes took place. In the same period, Russia launched 1,500 drones": a count
    of the week or month the sentence before names (in the paragraph, or the one before when the sentence opens
    it), not one attack; "over the past 24 hours ... in the same period" names no such period."""
    paragraph = paragraphs[index]
    before = paragraph[: max(0, paragraph.find(text))].strip() or (paragraphs[index - 1] if index else "")
    last = _split_sentences(before.strip())[-1] if before.strip() else ""
    return bool(last) and _HISTORICAL_LC.search(_lower(last)) is not None

_PERIODIC_HINTS = (  # a cheap test before _PERIODIC_LC
    "ago", "ly ", "since", "year", "month", "week", " for ", "accord", " after", " earlier", " before", "annual", " row",
    "consecutive", "eek of", "onth of",
)

# "about 25-30 drones", "some 60 to 70 of them": a qualified range, which numbers.py does not fold
_RANGE_AFTER_RE = re.compile(r"\s*(?:[-–—]|to\s)\s*\d")
_RANGE_BEFORE_RE = re.compile(r"\b(?:about|around|some|roughly|approximately|nearly|almost)\s+\d+\s*(?:[-–—]|to)\s*$", re.I)


def _ranged(text: str, count: _Count) -> bool:
    """ "between 20 and 25 drones": either end of a range is no claim."""
    mention = count.mention
    return (
        mention.high is not None
        or (mention.qualifier != "exact" and _RANGE_AFTER_RE.match(text, mention.end) is not None)
        or _ends(_RANGE_BEFORE_RE, text, mention.start, 40) is not None
    )


def _drop_non_events(text: str, counts: list[_Count], low: str | None = None, continues: bool = False) -> None:
    """Counts that are no single attack: rates ("300 drones a day") and cumulative totals; and parts of a claim
    made before (`continues`: the sentence may continue an open claim)."""
    low = _lower(text) if low is None else low
    history = [  # not the yardstick of "By the standards of this autumn, last night was quiet: 93 drones"
        m for m in _HISTORICAL_LC.finditer(low)
        if not _ends(_SUPERLATIVE_RE, text, m.start()) and not low.endswith("standards of ", 0, m.start())
        # "fired four missiles ... in a single attack last week": the date of one attack, not a period's total
        and not (low.startswith(("last ", "this ", "on "), m.start()) and _ONE_ATTACK_BEFORE_LC.search(low, 0, m.start()))
    ]
    if ("betw" in low or "from" in low) and _WEEKDAY_RANGE_LC.search(low):
        history += [m for m in _WEEKDAY_RANGE_LC.finditer(low) if (_WEEKDAYS[m.group("b")] - _WEEKDAYS[m.group("a")]) % 7 >= 2]
    if ("betw" in low or "from" in low) and _DAY_RANGE_LC.search(low):
        history += [
            m for m in _DAY_RANGE_LC.finditer(low)
            if int(m.group("b")) - int(m.group("a")) >= 2 and (m.group("m1") or m.group("m2") or m.group("m3") or m.group("m4"))
        ]
    drill = _EXERCISE_LC.search(low) is not None
    drill = drill or (("previous" in low or "earlier" in low or "prior" in low or "last such" in low or "the last " in low)
                      and _EARLIER_ATTACK_SUBJECT_RE.match(text) is not None)  # "The previous largest attack involved 540 drones"
    drill = drill or (("record" in low or "est " in low) and _RECORD_SET_ON_RE.match(text) is not None)  # "The record was set on 9 July"
    drill = drill or (("similar" in low or "comparable" in low)
                      and _DATED_OTHER_ATTACK_RE.match(text) is not None)  # "In a similar attack on February 11, Russia fired"
    drill = drill or (("largest" in low or "biggest" in low or "heaviest" in low or "massive" in low or "busiest" in low
                       or "worst" in low)
                      and _DATED_RECORD_SUBJECT_RE.match(text) is not None)  # "The largest attack so far, on July 9, ..."
    drill = drill or ("compar" in low and _COMPARISON_OPEN_RE.match(text) is not None)  # "For comparison, on the night of ..."
    drill = drill or ("enough" in low and _ENOUGH_FOR_RE.search(text) is not None)  # "enough missiles for a strike of up to 100"
    drill = drill or (("version" in low or " we " in low) and _CORRECTION_NOTE_RE.search(text) is not None)  # "An earlier version wrongly said 27"
    drill = drill or (("fake" in low or "fabricat" in low or "false" in low or "forged" in low or "bogus" in low)
                      and _FAKE_RE.search(text) is not None)  # "a post ... said Russia had launched 400 drones, was fabricated"
    drill = drill or ("every" in low and _FOR_EVERY_RE.search(text) is not None)  # "for every 10 Shaheds, 6 decoys"
    periodic = _PERIODIC_LC.search(low) if any(w in low for w in _PERIODIC_HINTS) else None
    # "eight drones ..., in the heaviest attack on Kharkiv since 25 May, when ...": the date a ranking counts from voids
    # the yardstick after it, not the claim it ranks
    ranking = periodic is not None and periodic.group().startswith("since") and _ends(_SUPERLATIVE_RE, text, periodic.start())
    compared_prev: _Count | None = None  # the count just set aside as a yardstick
    yardstick: _Count | None = None  # ... by the "when" clause of an earlier attack
    # "It did not say whether any of the four missiles had been intercepted": figures of a question left open
    unsaid = _UNSAID_RE.search(text) if (
        ("not " in low or "n't " in low or "declined" in low) and ("whether" in low or " if " in low)
    ) else None
    corrected = _CORRECTED_AWAY_RE.search(text) if ("correcting" in low or "updating" in low or "revising" in low) else None
    corrected_end = _clause_end(text, corrected.end()) if corrected else 0
    if corrected and _WHICH_AFTER_RE.match(text, corrected_end):  # "..., correcting its first statement, which had put"
        corrected_end = _clause_end(text, corrected_end + 1)
    for count in counts:
        if unsaid is not None and unsaid.end() <= count.mention.start < _clause_end(text, unsaid.end()):
            # "It did not say whether any of the three Kh-59 missiles fired at Poltava were intercepted": the weapons
            # launched stand, their outcome is left open
            count.role = "launched" if count.weapon and not count.anaphoric and _FIRED_AFTER_RE.match(text, count.end) else "none"
            continue
        if count.anaphoric and not count.weapon and any(w in low for w in ("boat", "vessel", "naval", "sea dr")):
            boats = list(_BOATS_LC.finditer(low, 0, count.mention.qualifier_start))
            if boats and not _WEAPON_LC.search(low, boats[-1].end(), count.mention.qualifier_start):
                count.role = "none"  # "uncrewed boats had tried to attack the port and two had been destroyed": not aerial
                continue
        if drill or count.foreign or _ranged(text, count) or (
            corrected and corrected.end() < count.mention.start < corrected_end
        ):
            # ("..., correcting a first statement in which it had put the number at 120": the figure it replaced)
            count.role = "none"
            continue
        if periodic and not (ranking and count.end <= periodic.start()) and not (
            _ONE_NIGHT_RE.search(text, _clause_start(text, count.mention.start), _clause_end(text, count.end))
            and periodic.start() > count.end  # "90 drones overnight, two weeks after ...", not "Two weeks before, ..."
        ):
            count.role = "none"  # "in its weekly summary", "a year ago": not tonight's attack
            continue
        qstart = count.mention.qualifier_start
        if _says_first(low) and _ends(_FIRST_SAYING_BEFORE_RE, text, qstart):
            count.role = "none"  # "..., after initially saying at least 50 had been shot down": a figure it replaced
            continue
        lead = _lead(text, qstart)
        average = ("averag" in lead or "every" in lead) and _ends(_AVERAGE_BEFORE_RE, text, qstart)
        record = ("record" in lead or "high" in lead or "peak" in lead) and _ends(_RECORD_BEFORE_RE, text, qstart)
        record = record or ("includ" in lead or "except" in lead) and _ends(_EXCLUDED_BEFORE_RE, text, qstart)
        record = record or ("after" in low or "follow" in low) and (
            _ends(_EARLIER_BARRAGE_RE, text, qstart, 100) or _ends(_FOLLOWED_DATED_RE, text, qstart, 100)
        )
        record = record or ("previous" in low or "preceding" in low) and _ends(_PREVIOUS_NIGHTS_RE, text, qstart, 80)
        record = record or (lead.endswith("even ") and count.mention.value == 1)  # "even one missile that gets through"
        interceptors = ("coming" in low or " to " in low) and _AT_INCOMING_RE.match(text, count.end)  # "fired 8 of them at the incoming missiles"
        interceptors = interceptors or _STORED_AFTER_RE.match(text, count.end)  # "destroyed 40 drones stored at an airfield"
        compared = " than " in low and _COMPARED_AFTER_RE.match(text, count.end)  # "6 drones fewer than the night before"
        compared = compared or ("from" in lead and _ends(_CHANGE_FROM_BEFORE_RE, text, qstart))  # "a sharp drop from the 210"
        compared = compared or ("than the" in lead and _ends(_THAN_THE_BEFORE_RE, text, qstart))  # "fewer than the 440 drones"
        compared = compared or ("after the" in lead and _ends(_AFTER_THE_BEFORE_RE, text, qstart)
                                and _DATED_LAUNCH_AFTER_RE.match(text, count.end))  # "after the 728 drones fired on July 9"
        footage = ("show" in lead or "depict" in lead or "film" in lead) and _ends(_FOOTAGE_BEFORE_RE, text, qstart, 120)
        # "chips found in one drone downed near Kyiv", "debris from a drone": the weapon as a place, not a count
        held = count.mention.value == 1 and _ends(_CONTAINER_BEFORE_RE, text, qstart) is not None
        held = held or (("debris" in low or "fragment" in low or "wreck" in low or "remains" in low or "parts" in low
                         or "pieces" in low or "shrapnel" in low) and _ends(_DEBRIS_BEFORE_RE, text, qstart) is not None)
        ratio = " in " in text and _ends(_RATIO_BEFORE_RE, text, qstart) is not None  # the "ten" of "one in ten"
        ratio = ratio or (" in " in text and _IN_A_MONTH_AFTER_RE.match(text, count.end) is not None)
        ratio = ratio or ("previous" in low or "preceding" in low) and _PREVIOUS_NIGHT_AFTER_RE.match(text, count.end) is not None
        # "the third-largest of the war, behind July 9 (728 drones)": an earlier night's figure in brackets
        record = record or ("(" in lead and _ends(_DATED_ASIDE_BEFORE_RE, text, qstart) is not None
                            and _RANKED_LC.search(low, 0, qstart) is not None)
        listed = compared_prev is not None and _LISTED_GAP_RE.fullmatch(text, compared_prev.end, qstart)
        compared_prev = count if compared or listed or record else None  # "a drop from the 210 drones and eight missiles"
        if average or record or interceptors or compared or listed or footage or held or ratio or _RATE_AFTER_RE.match(text, count.end):
            count.role = "none"
            continue
        start, end = _clause_start(text, count.mention.qualifier_start), _clause_end(text, count.end)
        if ("would" in low or "could" in low or "might" in low) and (
            _MODAL_BEFORE_RE.search(text, start, qstart)
            or (_ends(_GERUND_BEFORE_RE, text, qstart) and _MODAL_AFTER_RE.match(text, count.end))
        ):
            count.role = "none"  # "Ukraine would have needed at least 20 missiles", "downing 50 drones ... would cost": no event
            continue
        if ("after" in low or "before" in low) and (_WEEKS_AFTER_RE.search(text, start, qstart) or (
            _WEEKS_AFTER_RE.search(text, 0, start) and _ATTACK_IN_WHICH_RE.match(text, start)
        )) and not _NON_ATTACK_SUBJECT_RE.match(text):  # (... "a day after one of the largest attacks of the war, in which")
            # (not "The pledge came a day after Russia fired 47 missiles": the attack that news followed, a claim)
            count.role = "none"  # "coming two weeks after Russia used 741 drones", "a day after ...": an earlier attack
            continue
        if history and start:
            start = _list_clause_start(text, start)  # "over the past week ... 1,200 drones, 900 bombs and 30 missiles"
        before = [c for c in counts if c.end <= start]
        if _WHERE_CLAUSE_RE.match(text, start) and (
            (before and before[-1].anaphoric) or ((before or continues) and _ends(_PLACE_THEN_WHERE_RE, text, start))
        ):
            count.breakdown = True  # "20 targeted Kharkiv, where eight were shot down", "over Kyiv, where 31 ...": a part
        # "the attack in July, when Russia fired 40 missiles": the clause before names the time
        when = _clause_start(text, start - 1) if start and _WHEN_CLAUSE_RE.match(text, start) else -1
        if when >= 0 and (("record" in low and _PAST_RECORD_RE.search(text, when, start))
                          or _EARLIER_ONE_RE.search(text, max(0, when - 60), start)
                          or _PERIOD_BEFORE_WHEN_RE.search(text, when, start)  # "The busiest month was July, when ..."
                          # "Only two nights have seen more drones: 7 September, when the air force counted 810, ...", "the
                          # largest since the 9 July attack, when 741 drones and missiles were fired"
                          or (_DATED_BEFORE_WHEN_RE.search(text, when, start) and _MORE_NIGHTS_LC.search(low, 0, start))):
            count.role = "none"  # "fell short of the record set on July 9, when Russia fired 728 drones"
            yardstick = count  # "far smaller than the one a day earlier, when Russia launched 267 drones"
            continue
        if yardstick is not None and count.part and _OF_THEM_GAP_RE.fullmatch(text, yardstick.end, qstart):
            count.role = "none"  # "..., when the ministry reported 337 drones downed, 91 of them over the Moscow region"
            continue
        yardstick = None
        for m in history:
            if when >= 0 and when <= m.start() < start:
                count.total_role, count.role = count.role, "none"
                continue
            fronted = _fronted(text, m, counts) and not _own_time(text, qstart, end, m)
            fronted = fronted or _leads_all(text, m, counts, count)  # "Zelensky: this week Russia used ..."
            fronted = fronted or _fronted_period(text, m, counts)  # "So far this month, Russia has ..."
            fronted = fronted and not (m.group().startswith("warn") and ";" in text[m.end() : qstart])  # "warned of ...; 4 were downed"
            # "Ukraine does not usually comment on such claims, but its air force said ...": a habit of another clause
            fronted = fronted and not (_HABIT_LC.match(low, m.start()) and _BUT_LC.search(low, m.end(), qstart))
            # "July was the heaviest month ..., with more than 6,000 launched": the "with" clause's time is its main clause's
            fronted = fronted or (start > 0 and m.start() < start and _WITH_CLAUSE_RE.match(text, start) is not None
                                  and m.start() >= _clause_start(text, start - 1))
            if fronted or start <= m.start() <= end or (m.start() >= end and not _real_break(text, end, m.start())):
                count.total_role, count.role = count.role, "none"
    if history:
        for total, other in zip(counts, counts[1:]):
            if total.role == "none" and total.total_role is not None and other.role not in (None, "none") and any(
                total.end <= m.start() and m.end() <= other.mention.qualifier_start for m in history
            ) and _ALONG_WITH_GAP_RE.fullmatch(text, total.end, other.mention.qualifier_start):
                other.total_role, other.role = other.role, "none"  # "... drones at Ukraine in October, along with 133 missiles"
        for part, whole in zip(counts, counts[1:]):
            if whole.total and whole.role != "none" and part.total_role is not None and _OUT_OF_GAP_RE.fullmatch(text, part.end, whole.mention.qualifier_start):
                whole.total_role, whole.role = whole.role, "none"  # "87 ... since the invasion, out of more than 130": its total too
        _night_within_total(text, counts)


_BOATS_LC = re.compile(r"\b(?:boats?|vessels?|naval\s+drones?|sea\s+drones?)\b")
_HABIT_LC = re.compile(rf"{HABIT}\b")
_BUT_LC = re.compile(r",\s+but\s|;\s")
_ONE_ATTACK_BEFORE_LC = re.compile(r"\b(?:a|one|the|that)\s+(?:single\s+)?(?:[\w-]+\s+)?(?:attack|strike|raid|barrage)\s+$")
_FIRST_SAYING_BEFORE_RE = re.compile(
    rf"\bafter\s+{_FIRST_ADV}\s+{_FIRST_VERB}\s+(?:that\s+)?(?:only\s+)?$",
    re.IGNORECASE,
)
_WITH_CLAUSE_RE = re.compile(r"\s*with\s", re.IGNORECASE)
_ALONG_WITH_GAP_RE = re.compile(r"[^.;]{1,80}?,\s+(?:along\s+with|together\s+with|as\s+well\s+as|plus)\s+")
_OF_THEM_GAP_RE = re.compile(r"[^,;.]{0,30}?,\s*(?:and\s+|with\s+|including\s+)?")
_OUT_OF_GAP_RE = re.compile(r"[^.;]{0,80}?\b(?:out\s+of|of\s+the)\s+", re.IGNORECASE)
# "between 1 and 7 September", "from March 3 to March 9": a span of days (a night is "15-16 March")
_MONTH_LC = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY_RANGE_LC = re.compile(
    rf"\b(?:between|from)\s+(?P<m1>{_MONTH_LC}\s+)?(?P<a>\d{{1,2}})(?:st|nd|rd|th)?(?P<m2>\s+{_MONTH_LC})?\s+(?:and|to|through|until)\s+"
    rf"(?P<m3>{_MONTH_LC}\s+)?(?P<b>\d{{1,2}})(?:st|nd|rd|th)?(?P<m4>\s+{_MONTH_LC}(?![\w-]))?(?!\s*[\w-]*\s*(?:drones|missiles|uavs))"
)

# a clause that names a month or longer before "when": "The busiest month so far was July, when ... 6,000 drones"
_PERIOD_BEFORE_WHEN_RE = re.compile(
    r"\b(?:months?|weeks|years?|(?<!\d\s)(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?!\s+\d)|spring|summer|autumn|winter)\b"
)
_DATED_BEFORE_WHEN_RE = re.compile(
    r"\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|"
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b"
)
_MORE_NIGHTS_LC = re.compile(r"\b(?:more|larger|bigger|heavier)\s+(?:drones|missiles|attacks|than)\b|\b(?:record|largest|biggest|heaviest)\b")
_LISTED_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
# "a sharp drop from the 210 drones ...", "up from 80 the night before": the figure a change is measured from (these
# are matched before the count's qualifier, which `_ends` leaves out)
_THAN_THE_BEFORE_RE = re.compile(r"\b(?:fewer|less|more|smaller|larger|bigger|higher|lower|greater)\s+than\s+the\s+$", re.I)
_CHANGE_FROM_BEFORE_RE = re.compile(
    r"\b(?:drop|fall|decline|decrease|reduction|increase|rise|jump|down|up)\s+from\s+(?:the\s+)?$", re.IGNORECASE
)
# "the second-largest attack of the war after the 728 drones fired on July 9": a dated attack as a yardstick
_AFTER_THE_BEFORE_RE = re.compile(r"\bafter\s+the\s+$", re.IGNORECASE)
_DATED_LAUNCH_AFTER_RE = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:fired|launched|sent|used)\s+(?:on|in)\s+(?:(?:\d{1,2}\s+)?[A-Z][a-z]+(?:\s+\d{1,2})?|\d)"
)
# "about half the 90 drones fired the previous night": another night's, named for comparison
_PREVIOUS_NIGHT_AFTER_RE = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:fired|launched|sent|used)\s+(?:on\s+)?the\s+(?:previous|preceding)\s+(?:night|day|evening|week)\b",
    re.IGNORECASE,
)
# "the 537 drones and missiles launched in late June": weapons of a month, or of an attack in it, not of one night
_IN_A_MONTH_AFTER_RE = re.compile(
    r"(?:\s+and\s+missiles|\s+and\s+drones)?\s+(?:launched|fired|used|sent)\s+"
    r"(?:(?:at|against|on|into|across)\s+(?:the\s+)?[A-Z][^.;]{0,60}?\s+)?in\s+(?:early\s+|mid-?\s*|late\s+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)"
)
_MONTH_NAME = rf"(?:{_MONTH_NAMES})"
_DATED_ASIDE_BEFORE_RE = re.compile(rf"(?:\b\d{{1,2}}\s+{_MONTH_NAME}|\b{_MONTH_NAME}\s+\d{{1,2}})(?:,?\s+\d{{4}})?\s*\(\s*$")
_RANKED_LC = re.compile(
    r"\b(?:behind|ahead\s+of|after|than|since|surpass\w*|exceed\w*|record|largest|biggest|heaviest|second|third)\b"
)
_RATIO_BEFORE_RE = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+in\s+(?:every\s+)?(?:about\s+|around\s+)?$", re.IGNORECASE
)
# a sentence about an earlier attack: "The previous largest attack, in early August, involved 540 drones"
_EARLIER_ATTACK_SUBJECT_RE = re.compile(
    r"\W*(?:(?:for|by|in)\s+(?:scale|comparison|context|reference)\s*[:,]\s*)?"  # "For scale: the previous largest attack ..."
    r"(?:the|an?|that)\s+(?:previous|prior|earlier|last\s+such)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:attacks?|barrages?|assaults?|strikes?|salvos?|waves?|raids?|records?|bombardments?)\b"
    r"|\W*(?:the|that)\s+(?:previous|prior|earlier)\s+(?:largest|biggest|heaviest|worst|record|high|peak|maximum)\b"  # "The previous largest, on June 29, ..."
    # ... or the last one before it, dated in an aside: "The last major attack on the capital, on 17 February, involved"
    r"|\W*the\s+last\s+(?:[\w'’-]+\s+){0,2}?(?:attack|barrage|assault|strike|raid)\b[^,;]{0,40},\s+(?:on|in)\s+"
    r"(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b",  # ("The last strike on a comparable scale, on Thursday night, ...")
    re.IGNORECASE,
)
# ... or the record attack, dated in an aside: "The largest attack of the war so far, on September 7, involved 805 drones"
_DATED_RECORD_SUBJECT_RE = re.compile(  # ... or "The largest attack so far came on 7 September, when ...", "The busiest night was July 9"
    r"\W*the\s+(?:largest|biggest|heaviest|busiest|worst|most\s+massive)(?:\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:attacks?|barrages?|assaults?|strikes?|raids?|bombardments?|nights?|days?)\b)?[^,;]{0,30}?"  # "The largest, in July, ..."
    r"(?:,\s+(?:on|in)\s+|\s(?:came|was\s+launched|was\s+carried\s+out|took\s+place|happened|occurred)\s+(?:on|in)\s+|\swas\s+(?:on\s+)?(?=[A-Z][a-z]+\.?\s+\d|\d{1,2}\s+[A-Z][a-z]+)|"
    r"\s(?:remains|remained|is|was)\s+(?:still\s+)?the\s+(?:night|day|one|attack|strike)\s+(?:of|on)\s+)"  # "remains the night of 7 September"
    r"(?:early\s+|mid-?|late\s+)?(?:the\s+night\s+of\s+)?"  # ("The largest single attack, on the night of Sept. 7, ...")
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d)",
    re.IGNORECASE,
)
# another attack, dated, opening the sentence as a comparison: "In a similar attack on February 11, Russia fired more
# than 40 missiles" (a bare "In the previous attack on 5 August, ..." may be the document's own claim)
_DATED_OTHER_ATTACK_RE = re.compile(
    r"\W*(?:in|during)\s+(?:a|an|the)\s+(?:similar|comparable)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attacks?|strikes?|barrages?|assaults?|raids?)\s+(?:on|in)\s+(?:early\s+|mid-?|late\s+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|\d)",
    re.IGNORECASE,
)
# the figure a report corrected away: "..., correcting a first statement in which it had put the number at 120"
_UNSAID_RE = re.compile(
    r"\b(?:did\s+not|didn['’]t|does\s+not|doesn['’]t|would\s+not|declined\s+to|did\s+not\s+immediately)\s+"
    r"(?:say|specify|disclose|report|give|state|confirm|comment\s+on)\s+(?:whether|if)\b",
    re.IGNORECASE,
)
_WHICH_AFTER_RE = re.compile(r",\s+(?:which|in\s+which|where)\s")
_CORRECTED_AWAY_RE = re.compile(
    r"\b(?:correcting|updating|revising)\s+(?:a|an|its|the)\s+(?:first|earlier|initial|previous|preliminary)\s+"
    r"(?:statement|report|figure|count|tally|estimate)\b",
    re.IGNORECASE,
)
_RECORD_SET_ON_RE = re.compile(  # ... and "The largest came on July 9, when Russia launched 728 drones"
    r"\W*the\s+(?:single\s+)?(?:(?:previous\s+|current\s+|all-time\s+)?record|largest|biggest|heaviest|busiest|worst)"
    r"(?:\s+(?:one|so\s+far|night|day|attack|strike|barrage|of\s+the\s+war))*,?\s+"  # "The single biggest night so far came on"
    r"(?:was\s+set|set|came|was\s+reached|dates\s+from|took\s+place)\s+(?:on|in)\s+",  # "The record, set on 9 July, ..."
    re.IGNORECASE,
)
# a stock sized by the strike it would allow: "has accumulated enough missiles for a strike involving up to 100 missiles"
_ENOUGH_FOR_RE = re.compile(
    r"\benough\s+(?:[\w-]+\s+){0,3}?for\s+(?:a|an|another|one|two|several)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:strikes?|attacks?|barrages?|salvos?|waves?)\b",
    re.IGNORECASE,
)
# a sentence that opens by setting an earlier attack beside this one: "For comparison, on the night of October 17 ..."
_COMPARISON_OPEN_RE = re.compile(r"\W*(?:for|by|in)\s+comparison\b", re.IGNORECASE)
_EARLIER_ONE_RE = re.compile(
    r"\b(?:the\s+one|the\s+attack|that)\s+(?:a|one|two|three|a\s+few|several)\s+(?:day|night|week)s?\s+(?:earlier|before)\b"
    # "attacks like the one on 7 September", "after the one on September 7"
    r"|\bthe\s+one\s+(?:on|of)\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})\b"
    r"|\b(?:than|to|with)\s+(?:that\s+of\s+)?the\s+(?:night|day|evening|one)\s+before\b"  # "a smaller attack than the night before, when"
    r"|\b(?:than|to|with)\s+(?:that\s+of\s+)?the\s+(?:previous|preceding)\s+(?:one|night|day|evening)\b"
    r"|\bthan\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?(?:night|day|evening)['’]s\b"  # "than Sunday night's"
    r"|\b(?:than|to|with)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s\b"  # "smaller than Friday's, when"
    # "smaller than the combined strike of April 24 (Sept. 7), when ...": another attack, dated
    r"|\b(?:than|behind|after|to|with|like|since|below|above)\s+(?:the|that)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attack|strike|barrage|assault|raid|bombardment|salvo)\s+(?:of|on)\s+(?:the\s+night\s+of\s+)?"
    r"(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})\b",
    re.IGNORECASE,
)
# a figure its source is said to have made up
_FAKE_RE = re.compile(
    r"\b(?:was|is|were|are|been)\s+(?:a\s+|an?\s+)?(?:fabricat\w*|fake\b|false\b|forged|doctored|bogus)|"
    r"\b(?:dismiss\w*|denounc\w*|exposed|branded|labell?ed)\s+as\s+(?:a\s+)?(?:fake|false|fabricat\w*|bogus|forged)\b",  # "dismissed as fake a channel"
    re.IGNORECASE,
)
# a correction note quotes the wrong figure it replaces: "An earlier version of this story wrongly said 27 missiles ..."
_CORRECTION_NOTE_RE = re.compile(
    r"\b(?:earlier|previous|original)\s+version\b[^.;]{0,60}?\b(?:wrongly|incorrectly|mistakenly|erroneously|misstated|said|stated|"
    r"reported|gave)\b|"
    # an outlet putting its own post right: "In our 07:50 post we wrote that Russia had launched 140 drones"
    r"\b(?:in\s+)?(?:our|an?\s+earlier|this)\s+(?:\d{1,2}[:.]\d\d\s+)?(?:post|entry|update|item|report)\s+(?:we|it)\s+"
    r"(?:wrote|said|reported|stated)\b",
    re.IGNORECASE,
)
# what a drone left behind is no count of drones: "debris from two drones was found in a field"
_DEBRIS_BEFORE_RE = re.compile(
    r"\b(?:debris|fragments?|wreckage|remains|parts|pieces|shrapnel)\s+(?:of|from)\s+(?:the\s+)?$", re.IGNORECASE
)
_CONTAINER_BEFORE_RE = re.compile(r"\b(?:in|inside|within|from|aboard)\s+$", re.IGNORECASE)
_MODAL_BEFORE_RE = re.compile(
    r"\b(?:would|could|might)\s+(?:not\s+|have\s+|not\s+have\s+|still\s+)?(?!confirm|say|tell|see|report)[a-z]+"
)
# "a clip showing 3 Shahed drones being shot down": what a video shows, no claim
_FOOTAGE_BEFORE_RE = re.compile(
    r"\b(?:videos?|footage|clips?|images?|photos?|photographs?|recordings?)\b[^.;]{0,60}?"
    r"\b(?:showing|shows|showed|depicting|depicts|filmed|filming)\s+(?:what\s+appears?\s+to\s+be\s+|at\s+least\s+)?$",
    re.IGNORECASE,
)
# "downing 50 drones with Patriots would cost $200m": a gerund phrase as the subject of a modal verb
_GERUND_BEFORE_RE = re.compile(r"\b(?:downing|intercepting|destroying|launching|firing|using|shooting\s+down)\s+(?:all\s+)?$", re.I)
_MODAL_AFTER_RE = re.compile(r"(?:\s+(?!that\b|which\b|who\b)[\w-]+){0,4}?\s+(?:would|could|might)\b", re.IGNORECASE)
_ATTACK_IN_WHICH_RE = re.compile(r"\s*(?:in\s+which|during\s+which|when)\s", re.IGNORECASE)
# news of another kind that an attack preceded: "The pledge came a day after Russia fired 47 missiles"
_NON_ATTACK_SUBJECT_RE = re.compile(
    r"\W*(?:The|This|That|Its|His|Her|Their|[A-Z][\w-]*['’]s?)\s+(?:[\w-]+\s+){0,2}?(?:pledges?|announcements?|package|visit|talks|meeting|"
    r"decision|sanctions|move|offer|deal|agreement|vote|summit|remarks|speech|claims?|statement|warning|appeal)\s+"
    r"(?:came|comes|was|were)\b"
)
_WEEKS_AFTER_RE = re.compile(
    r"\b(?:(?:(?:less|more)\s+than\s+)?(?:a|one|two|three|four|five|six|several|\d+)\s+(?:days?|weeks?|months?|years?|hours)|"
    r"the\s+day)\s+(?:after|before)\b",  # ("less than 24 hours after Russia fired a record 741 drones")
    re.IGNORECASE,
)

# "followed a record barrage of 728 drones", "came after an earlier attack by 40 drones": an earlier attack named
# as a yardstick
_EARLIER_BARRAGE_RE = re.compile(
    r"\b(?:follow(?:ed|s|ing)|c[ao]me\s+after|after)\s+(?:a|an|the)\s+(?:then-)?(?:record|previous|earlier|prior)"
    r"(?:-breaking|-setting)?\s+(?:[\w-]+\s+){0,3}?(?:barrage|attack|assault|strike|salvo|wave|bombardment)\s+"
    r"(?:of|by|with|involving)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to)\s+)?$",
    re.IGNORECASE,
)

_FIRED_AFTER_RE = re.compile(r"\s+(?:(?:that|which)\s+(?:were|was|had\s+been)\s+)?(?:fired|launched|used|sent)\b", re.IGNORECASE)
# the night before's attack named by its figure: "smaller than the previous night's record barrage of 267 drones"
_PREVIOUS_NIGHTS_RE = re.compile(
    r"\b(?:previous|preceding)\s+(?:night|day|evening|week)['’]s\s+(?:[\w-]+\s+){0,2}?(?:barrage|attack|assault|strike|raid|"
    r"salvo|bombardment|wave)\s+(?:of|with|involving|by)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to)\s+)?$",
    re.IGNORECASE,
)
# ... or dated as the night before: "That followed an attack the previous night involving 103 drones"
_FOLLOWED_DATED_RE = re.compile(
    r"\b(?:follow(?:ed|s|ing)|c[ao]me\s+after)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:barrage|attack|assault|strike|salvo|wave|"
    r"bombardment)\s+(?:on\s+)?(?:the\s+(?:previous|preceding)\s+(?:night|day|evening)|the\s+night\s+before|"
    rf"(?:a|one|two)\s+(?:day|night)s?\s+(?:earlier|before)|(?:{_WEEKDAY_NAMES})(?:\s+night)?|last\s+week)\s+"
    r"(?:of|by|with|involving)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to)\s+)?$",
    re.IGNORECASE,
)

_WEEKDAYS = {d: i for i, d in enumerate(_WEEKDAY_NAMES_LC.split("|"))}
# "between Friday and Sunday": several nights ("from Sunday evening to Monday morning" is one)
_WEEKDAY_RANGE_LC = re.compile(
    rf"\b(?:between|from)\s+(?:last\s+)?(?P<a>{_WEEKDAY_NAMES_LC})(?:\s+(?:morning|evening|night))?"
    rf"\s+(?:and|to|until|through)\s+(?P<b>{_WEEKDAY_NAMES_LC})\b"
)

_WHERE_CLAUSE_RE = re.compile(r"\s*where\b", re.IGNORECASE)
_FOR_EVERY_RE = re.compile(r"\bfor\s+every\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)", re.IGNORECASE)
_WHEN_CLAUSE_RE = re.compile(r"\s*(?:when|during\s+which|in\s+which)\b", re.IGNORECASE)
# "the record set on July 9", "broke the previous record": an earlier attack, which a "when" clause then tells
_PAST_RECORD_RE = re.compile(
    r"\brecord\s+(?:was\s+|had\s+been\s+)?set\b|\b(?:previous|prior|old|former)\s+record\b|"
    r"\brecord\s+(?:night|day|attack|strike|barrage|raid|assault)\s+(?:of|on)\b|"  # "since Russia's record strike of September 7"
    r"\b(?:broke|beat|surpassed|exceeded|eclipsed|topped|short\s+of|matched|equalled|equaled)\s+(?:the|a)\s+record\b",
    re.IGNORECASE,
)


def _list_clause_start(text: str, start: int) -> int:
    """The start of a clause, reaching back over the commas of a list of counts ("1,200 drones, 900 bombs and 30")."""
    while start and _LIST_COMMA_RE.match(text, text.rfind(",", 0, start)) and text.rfind(",", 0, start) == start - 1:
        start = _clause_start(text, start - 1)
    return start


def _fronted_period(text: str, period: re.Match, counts: list[_Count]) -> bool:
    """A period in the opening adverbial of the sentence, before any count: it spans the whole sentence."""
    first_break = _clause_end(text, 0)
    return (
        period.end() <= first_break
        and len(text[: period.start()].split()) <= 6  # "So far this month, ...", "During the winter of 2022-23, ..."
        and not _REPORT_RE.search(text, 0, first_break)
        and not _CUE_RE.search(text, 0, first_break)  # an opening main clause: "The air force said it expected ..."
        and all(c.mention.start > first_break for c in counts if c.weapon)
    )


# "in its weekly summary", "exactly a year ago": figures of a period or of a past attack
_PERIODIC_LC = re.compile(
    r"\b(?:weekly|monthly|annual|yearly|quarterly)\s+(?:summary|summaries|reports?|tally|tallies|totals?|updates?|figures?|"
    r"data|briefings?|reviews?|round-?ups?|records?)\b|"
    r"\b(?:a|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:years?|months?|weeks?)\s+(?:ago|after|earlier|before)\b|"
    r"\bsince\s+(?:the\s+|last\s+)?(?:summer|spring|autumn|fall|winter|new\s+year|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\b(?!\s+(?:night|evening|morning))|"
    rf"\bsince\s+\d{{1,2}}\s+{_MONTH_LC}(?![a-z])|"
    rf"\bsince\s+{_MONTH_LC}\s+\d{{1,2}}\b|"  # ("the smallest attack since Oct. 30, when ...")
    r"\b(?:summary|report|figures|data|tally|results|statistics)\s+for\s+(?:the\s+month\s+of\s+)?(?:january|february|march|april|"
    r"may|june|july|august|september|october|november|december)\b(?!\s+\d)|"
    r"\baccording\s+to\s+[^,;.]{0,40}?\b(?:running|cumulative|overall|all-time)\s+(?:tally|tallies|totals?|count|figures|data)\b|"
    r"\b(?:nights?|days?)\s+in\s+a\s+row\s+(?:that|when)\b|\b(?:every|each)\s+(?:night|day)\s+(?:for|since)\b|"
    r"\b(?:results?|summary|review|round-?up)\s+(?:of|for)\s+the\s+(?:week|month|year)\b|"
    r"\b(?:year-end|end-of-year|year-in-review)\b|\byear\s+in\s+review\b|"
    r"\b(?:week|month)\s+of\s+\d"  # "Week of 1-7 July: ..."
)


def _fronted(text: str, m: re.Match, counts: list[_Count]) -> bool:
    """A time phrase that opens the sentence ("Since the start of the war, Russia has ...", "On this day last
    year, ..."): before any break and any count."""
    before = text[: m.start()]
    if not before.strip(" \"“‘'"):
        return True
    return not _CLAUSE_RE.search(before) and all(c.mention.start > m.start() for c in counts)


_OWN_TIME_RE = re.compile(
    r"\b(?:overnight|last\s+night|tonight|(?:over|in|during)\s+the\s+past\s+(?:day|night|24\s+hours)|yesterday|today)\b",
    re.IGNORECASE,
)


def _own_time(text: str, qstart: int, end: int, history: re.Match) -> bool:
    """The count's own part of the sentence (from the last semicolon) names one night or day of its own
    (not one that is part of the time phrase: "a year ago today")."""
    return any(
        not history.start() - 2 <= m.start() <= history.end() + 2
        for m in _OWN_TIME_RE.finditer(text, text.rfind(";", 0, qstart) + 1, end)
    )


def _leads_all(text: str, m: re.Match, counts: list[_Count], count: _Count) -> bool:
    """A period named before every count of the sentence, with no single night named between it and `count`."""
    return (
        m.end() <= counts[0].mention.qualifier_start
        and not _ONE_NIGHT_RE.search(text, m.end(), count.mention.qualifier_start)
    )


# "overnight", "last night": one attack, within a longer total
_ONE_NIGHT_RE = re.compile(
    r"\b(?:overnight|last\s+night|tonight|in\s+a\s+single\s+night|"
    rf"on\s+(?:{_WEEKDAY_NAMES}))\b",
    re.IGNORECASE,
)


def _night_within_total(text: str, counts: list[_Count]) -> None:
    """ "1,800 drones this week, including 550 drones and 11 missiles overnight": the total is no claim, but
    the night it includes is one."""
    parent: _Count | None = None
    for count in counts:
        gapped = parent is not None and _gapped_night(text, parent, count)
        if not count.breakdown and not gapped:
            parent = count
        elif parent is not None and parent.total_role and _ONE_NIGHT_RE.search(
            text, count.end, _clause_end(text, count.end)
        ):
            count.breakdown = False
            count.role = parent.total_role if gapped else count.role or parent.total_role  # "including 400 overnight"


_GAPPED_AND_BEFORE_RE = re.compile(
    r"^(?:\s+[\w'’-]+){0,4}?\s*,?\s*(?:and|but|with)\s+(?:(?:as\s+many\s+as|up\s+to|some|about|over)\s+)?$", re.I
)


def _gapped_night(text: str, parent: _Count, count: _Count) -> bool:
    """ "6,000 drones in May, and 273 in a single night": a bare figure right after a total, sharing its verb."""
    return (
        count.anaphoric and not parent.anaphoric
        and count.role in (None, "none") and count.total_role in (None, parent.total_role)
        and _GAPPED_AND_BEFORE_RE.match(text[parent.end : count.mention.qualifier_start]) is not None
    )
