"""One sentence's claims: which numbers count weapons, the role of each (launched,
intercepted, lost, hit) from the nearest cue, revisions and corrections inside the sentence,
and the rows the counts make, one per weapon, before neighbours are merged."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.air_attacks.claimants import (
    _ORG_SIDE_RE,
    _claimants,
    _looks_like_source,
    _nearest_claimant,
    _normalize_claimant,
    _resolve_pronoun,
    _same_segment,
)
from sitrep.air_attacks.counts import (
    _ARTICLE_COUNT_LC,
    _COMPOUND_ATTACK_LC,
    _LIST_COMMA_RE,
    _TIME_LABEL_RE,
    _assign_roles,
    _chains,
    _counts,
    _inside_count,
    _is_modifier_gap,
    _label_weapon,
    _real_break,
    _subject_article,
    _time_label_role,
    _type_side,
    _weapon_after,
    _weapon_class,
    _weapon_type,
)
from sitrep.air_attacks.lexicon import (
    _ADVERB_CLAUSE_RE,
    _ALL_BUT_RE,
    _ALL_DOWNED_RE,
    _ALL_OF_TYPE_RE,
    _ALL_THE_BEFORE_RE,
    _ALL_THE_RE,
    _AT_INCOMING_RE,
    _AVERAGE_BEFORE_RE,
    _CHAIN_GAP_RE,
    _CLAUSE_RE,
    _COMPARED_AFTER_RE,
    _CUE_LC,
    _CUE_RE,
    _CUE_ROLE,
    _DRONE,
    _ENEMY_RE,
    _EXCLUDED_BEFORE_RE,
    _EXERCISE_LC,
    _GENERIC_TYPES,
    _HISTORICAL_LC,
    _IMMEDIATE_RE,
    _KIND_SUBJECT_RE,
    _LOCATION_RE,
    _MISSILE,
    _OTHER_SIDE,
    _OWN_LAUNCH_RE,
    _PLACE_RE,
    _RATE_AFTER_RE,
    _RECORD_BEFORE_RE,
    _REPORT_RE,
    _REVISE_VERB,
    _ROLES,
    _RU,
    _RUSSIAN_PLACES,
    _SEGMENT_SPLIT_RE,
    _SIDE_HINT_RE,
    _SIDE_RE,
    _SINGLE_DOWNED_RE,
    _STORED_AFTER_RE,
    _SUPERLATIVE_RE,
    _UA,
    _UKRAINIAN_PLACES,
    _WEAPON_LC,
    _WEAPON_RE,
    _WEEKDAY_NAMES,
    _WEEKDAY_NAMES_LC,
    ENEMY,
    RUSSIA,
    UKRAINE,
    _Claimant,
    _clause_end,
    _clause_start,
    _Count,
    _ends,
    _lead,
    _lower,
    _numberish,
    _Row,
    _Sentence,
    _split_sentences,
)
from sitrep.air_attacks.places import _launch_site_between
from sitrep.models import Post
from sitrep.numbers import find_numbers

if TYPE_CHECKING:  # annotations only
    from sitrep.air_attacks.document import _DocContext


def _sentence_rows(
    sentence: _Sentence, paragraphs: list[str], context: _DocContext, post: Post, continues: bool = True,
    open_role: str | None = None,
) -> list[_Row]:
    """The claim rows stated by one sentence, before merging with its neighbours.

    A sentence that names no weapon only adds to an open claim ("Of them, 46 were lost"): with none
    open (`continues` false) its rows would be dropped, so it is not read at all. `open_role` is the role of
    the open claim's last figure: "On Sunday it had reported 57" gives another figure for it.
    """
    text = sentence.text
    low = _lower(text)
    if not (_numberish(low) or _ARTICLE_COUNT_LC.search(low) or _subject_article(low)):
        return []
    weapons = list(_WEAPON_LC.finditer(low))
    if not weapons and not continues and not ("-" in low and _COMPOUND_ATTACK_LC.search(low)):
        return []  # "a 40-drone attack" names its weapon after a hyphen, which the weapon patterns skip
    counts = _counts(text, weapons, low)
    if not counts:
        return []
    cues = [c for c in _CUE_LC.finditer(low) if not _inside_count(c, counts)]
    label_role = sentence.list_role or _time_label_role(text)
    previous: list[_Count] | None = None
    for chain in _chains(text, counts, cues):
        _assign_roles(text, chain, cues, label_role)
        if previous and chain[0].anaphoric and chain[0].role is None and previous[0].role in ("launched", "intercepted"):
            q = chain[0].mention.qualifier_start
            if _ends(_GAPPED_DAY_RE, text, q) or _ends(_GAPPED_REPORT_RE, text, q):  # "; on Tuesday night, 75"
                chain[0].role, chain[0].separate = previous[0].role, True
            elif _GAPPED_NIGHT_AFTER_RE.match(text, chain[0].end) and _ends(_GAPPED_AND_RE, text, chain[0].mention.qualifier_start):
                chain[0].role, chain[0].separate = previous[0].role, True  # "80 on Friday night and a further 45 on Saturday night"
        if open_role and not previous and chain[0].anaphoric and chain[0].role is None and _ends(
            _BARE_REPORTED_RE, text, chain[0].mention.qualifier_start
        ):
            chain[0].role = open_role  # "On Sunday it had reported 57": the measure of the claim it follows
        if previous and chain[0].anaphoric and previous[0].role in ("launched", "intercepted"):
            earlier = _ends(_EARLIER_REPORT_RE, text, chain[0].mention.qualifier_start)
            dated = earlier and _GAPPED_NIGHT_AFTER_RE.match(text, chain[0].end)  # ", after 37 on Thursday"
            if earlier and (chain[0].role == previous[0].role or (chain[0].role is None and (earlier.group("verb") or dated))):
                chain[0].role, chain[0].separate = previous[0].role, True  # "14 ..., adding to the 53 it reported overnight"
        previous = chain
    if " not " in text:
        _not_corrections(text, counts, weapons, cues)
    hinted = len(counts) > 1 or _REVISION_HINT_RE.search(text) is not None
    if hinted:
        _revised_counts(text, counts)
    _implicit_totals(text, counts)
    if "respectively" in low:
        _respectively(text, low, counts, cues)
    if hinted:
        _parallel_counts(text, counts)
    if (" were " in text or " was " in text) and ("which" in text or " them" in text or " these" in text):
        _composed_counts(text, counts, weapons)
    _drop_non_events(text, counts, low, continues)
    if "since then" in low and _since_dated_past(text, paragraphs[sentence.paragraph]):
        for count in counts:
            count.role = "none"  # "Russia first used Shaheds in September 2022. Since then it has launched 35,000"
    if " and " in text:
        _place_breakdowns(text, counts)
    revising = any(c.revision for c in counts)
    rows = _rows_from_counts(text, counts, weapons, post, _claimants(text, context) if revising else [])
    if not rows:
        return []
    _all_downed_in(text, [r for r, _ in rows])
    claims = _claimants(text, context)
    fallback = None if claims or sentence.quote_speaker else _paragraph_claimant(sentence, paragraphs, context)
    if fallback is None and not claims and _IT_SAID_RE.search(text):
        fallback = _earlier_body(paragraphs, sentence.paragraph, context)  # "It later said a further 30 ..."
    if fallback is None and not claims and not sentence.quote_speaker:
        fallback = _header_claimant(paragraphs, sentence.paragraph, context)  # "Ukrainian air force, overnight summary."
    for row, first in rows:
        claimant = _nearest_claimant(_same_segment(claims, text, first), first)
        if claimant is None:
            claimant = sentence.quote_speaker or fallback
        elif claimant.pronoun:
            before = paragraphs[sentence.paragraph].find(text)
            prefix = paragraphs[sentence.paragraph][: max(0, before)] + text[:first]  # "... Belousov told ... He said ..."
            claimant = _resolve_pronoun(claimant, paragraphs, sentence.paragraph, prefix, context)
        row.claimant = claimant
    rows = [(r, first) for r, first in rows if not (r.article_only and r.claimant is None)]
    if not rows:
        return []
    if _updates(text, low, paragraphs[sentence.paragraph]):
        for row, _ in rows:
            row.updates = True
    _resolve_attackers(text, [r for r, _ in rows], context, [paragraphs[sentence.paragraph]])
    rows = [(r, f) for r, f in rows if not (r.claimant is not None and r.claimant.foreign and not r.explicit_attacker)]
    lead = min(first for _, first in rows)
    if _THIRD_PARTY_RE.search(text, 0, lead) and not _names_a_side(text[:lead]):  # "Iran launched 100 drones, ... in Ukraine"
        return [r for r, _ in rows if r.explicit_attacker]
    unnamed = not all(r.explicit_attacker for r, _ in rows)
    if unnamed and _THIRD_PARTY_RE.search(text) and not _names_a_side(text):  # "Iran launched 100 drones towards Israel"
        return [r for r, _ in rows if r.explicit_attacker]
    return [r for r, _ in rows]


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


# a year: "in September 2022" (periods such as "since the start of the war" are _HISTORICAL_LC's)
_DATED_PAST_RE = re.compile(r"\b(?:19|20)\d\d\b")


def _since_dated_past(text: str, paragraph: str) -> bool:
    """ "Since then" counts from a year or period named before it in the paragraph (not "The alert began at
    01:10. Since then, 34 drones ..."): a running total, not one attack."""
    before = paragraph[: max(0, paragraph.find(text))] + text[: _lower(text).find("since then")]
    return _DATED_PAST_RE.search(before) is not None or _HISTORICAL_LC.search(_lower(before)) is not None


_UPDATE_RE = re.compile(
    r"\b(?:updated|revised|corrected)\s+(?:[\w-]+\s+)?(?:statement|figures?|report|tally|data|count|numbers?|information)\b|"
    r"\b(?:updated|revised|corrected)\s+(?:its|their|the|his|her)\s+(?:[\w-]+\s+)?(?:figures?|tally|count|numbers?|report)\b",
    re.IGNORECASE,
)
# "15 were shot down over Kyiv and 12 over Odesa": figures per place, parts of a total not given
_PLACE_PART = r"\s+(?:over|above|in|near|around)\s+(?:the\s+)?(?!(?:Ukraine|Russia|country)\b)[A-Z][\w'’-]+(?:\s+(?:region|oblast|city|area))?"
_PLACE_THEN_RE = re.compile(rf"^[^;.:\d]{{0,60}}?{_PLACE_PART}\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")
_PLACE_AFTER_RE = re.compile(rf"^(?:\s+(?:more|others?|were|was))?{_PLACE_PART}\b")

_PLACE_THEN_WHERE_RE = re.compile(rf"{_PLACE_PART}\s*,?\s*$")


def _place_breakdowns(text: str, counts: list[_Count]) -> None:
    """Figures of one role given place by place ("15 over Kyiv and 12 over Odesa") are a breakdown; when the
    first names the weapon and the sentence gives no other figure ("12 drones were destroyed over Bryansk and
    8 over Kursk"), the claim is their sum."""
    head: _Count | None = None
    for i, (a, b) in enumerate(zip(counts, counts[1:])):
        if (
            b.anaphoric
            and a.role in ("intercepted", "lost")
            and b.role in (a.role, None)
            and _PLACE_THEN_RE.match(text[a.end : b.mention.qualifier_start])
            and _PLACE_AFTER_RE.match(text[b.end : b.end + 60])
        ):
            if head is None and (a.anaphoric or a.part or any(c.role == "launched" for c in counts)):
                a.breakdown = b.breakdown = True
            elif head is not None or (i == 0 and a.weapon and not a.breakdown and not a.total):
                head = head or a
                head.mention = replace(head.mention, value=head.mention.value + b.mention.value)
                b.breakdown = True
        else:
            head = None


# "on Tuesday night, 75": a day and a figure, the verb left out
_GAPPED_DAY_RE = re.compile(
    r"(?:[;,]|\band|\bwhile|\bbut)\s*(?:(?:over|in|during)\s+the\s+past\s+(?:day|night|24\s+hours)|overnight|today|"
    rf"yesterday|tonight|last\s+night|this\s+(?:morning|evening|afternoon)|on\s+(?:{_WEEKDAY_NAMES})(?:\s+(?:night|morning|evening))?|"
    r"(?:the\s+)?(?:previous|following|next)\s+(?:night|day)|a\s+day\s+(?:earlier|later)|the\s+night\s+before|"
    r"(?:last|the\s+previous)\s+(?:week|time))\s*,?\s*(?:another\s+|a\s+further\s+)?$",
    re.IGNORECASE,
)
# "...; in the Kursk region, Khinshtein reported 9": the figure of the verb before, from another source
_GAPPED_REPORT_RE = re.compile(r"[;,]\s*[^;,]{0,60}?\b(?:reported|counted|cited|listed|gave)\s+(?:another\s+)?$", re.I)
# ", adding to the 53 it reported overnight", ", after reporting 27 in the morning": a figure the claimant gave earlier
_EARLIER_REPORT_RE = re.compile(
    r"[;,]\s*(?:(?P<verb>adding\s+to|after\s+(?:(?:it|they)\s+(?:had\s+)?)?report(?:ing|ed))|after)\s+(?:the\s+)?$", re.I
)
_LIST_GAP_RE = re.compile(r"\s*[,;]\s*(?:and\s+)?")
# "it had reported 57", "the ministry counted 47": a bare figure of a reporting verb, the measure of the open claim
_BARE_REPORTED_RE = re.compile(r"\b(?:reported|counted|cited|listed|gave)\s+(?:a\s+total\s+of\s+|only\s+|just\s+)?$", re.I)


def _implicit_totals(text: str, counts: list[_Count]) -> None:
    """ "60 drones, 45 shot down": a weapon count with no verb of its own, then its part, is the number launched."""
    for a, b in zip(counts, counts[1:]):
        if (
            a.role is None and a.weapon and not a.anaphoric and not a.breakdown
            and b.anaphoric and b.role in ("intercepted", "lost")
            and _LIST_GAP_RE.fullmatch(text, a.end, b.mention.qualifier_start)
        ):
            a.role = "launched"


def _respectively(text: str, low: str, counts: list[_Count], cues: list[re.Match]) -> None:
    """ "3 missiles and 50 drones; air defences downed 2 and 41 respectively": bare figures, in the order of
    the weapons counted before them, with the verb next to them."""
    resp = low.find("respectively")
    bare = [c for c in counts if c.anaphoric and c.end <= resp]
    if len(bare) < 2:
        return
    run = [bare[-1]]
    for c in reversed(bare[:-1]):
        if counts.index(c) != counts.index(run[0]) - 1:
            break
        run.insert(0, c)
    first = counts.index(run[0])
    named = counts[max(0, first - len(run)) : first]
    if len(run) < 2 or len(named) != len(run) or any(c.anaphoric or not c.weapon for c in named):
        return
    role = next((c.role for c in run if c.role in ("launched", "intercepted", "lost")), None)
    if role is None:
        near = [c for c in cues if named[-1].end <= c.start() < resp and _CUE_ROLE[c.lastgroup] in _ROLES]
        role = _CUE_ROLE[near[-1].lastgroup] if near else None
    if role is None:
        return
    for count, source in zip(run, named):
        count.weapon, count.weapon_type, count.role = source.weapon, source.weapon_type, role


_GAPPED_AND_RE = re.compile(r"\band\s+(?:a\s+further|another|an\s+additional)\s+$", re.IGNORECASE)
_GAPPED_NIGHT_AFTER_RE = re.compile(
    rf"\s+(?:on\s+(?:{_WEEKDAY_NAMES})(?:\s+night)?|"
    rf"(?:overnight|the\s+night)\s+(?:into|on|to)\s+(?:{_WEEKDAY_NAMES})|"
    r"(?:the\s+)?(?:previous|following|next)\s+night|in\s+the\s+(?:morning|afternoon|evening)|during\s+the\s+day)\b",
    re.IGNORECASE,
)
_IT_SAID_RE = re.compile(
    r"\b(?:it|they)\s+(?:also\s+|later\s+|earlier\s+|separately\s+)?(?:said|says|added|adds|reported|claimed|stated)\b", re.I
)


def _earlier_body(paragraphs: list[str], p_idx: int, context: _DocContext) -> _Claimant | None:
    """The body "it" refers to: the last organisation reported as saying something in the paragraphs before."""
    for i in range(p_idx - 1, max(-1, p_idx - 4), -1):
        bodies = [c for _, c in _claimants(paragraphs[i], context) if not c.person and not c.pronoun]
        if bodies:
            return bodies[-1]
    return None


def _header_claimant(paragraphs: list[str], p_idx: int, context: _DocContext) -> _Claimant | None:
    """A short heading naming a source, up to three paragraphs before ("Ukrainian air force, overnight summary:"),
    when the paragraphs between are labelled figures ("Shot down: 88.")."""
    for i in range(p_idx - 1, max(-1, p_idx - 4), -1):
        para = paragraphs[i]
        if len(para) <= 60 and not any(ch.isdigit() for ch in para) and _looks_like_source(para):
            said = [c for _, c in _claimants(para.rstrip(" :") + ".", context)]  # "Results, according to the air force:"
            claimant = said[-1] if said else _normalize_claimant(_SEGMENT_SPLIT_RE.split(para)[0], None, context)
            return None if claimant is None or claimant.pronoun else claimant
        if ":" not in para:
            return None
    return None


def _paragraph_claimant(sentence: _Sentence, paragraphs: list[str], context: _DocContext) -> _Claimant | None:
    """Who the paragraph says reports it, when the sentence itself names no one: an introducing sentence
    ("The air force posted its tally. Drones: 112 launched, ...") or a closing one ("... Lost: 10 drones,
    the air force said."); the nearest such sentence before, then after."""
    texts = _split_sentences(paragraphs[sentence.paragraph])
    if len(texts) < 2 or sentence.text not in texts:
        return None
    i = texts.index(sentence.text)
    for j in [*range(i - 1, -1, -1), *range(i + 1, len(texts))]:
        claims = [c for _, c in _claimants(texts[j], context) if not c.pronoun]
        if claims:
            return claims[0] if j > i else claims[-1]
    return None


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
    history = [m for m in _HISTORICAL_LC.finditer(low) if not _ends(_SUPERLATIVE_RE, text, m.start())]
    if ("betw" in low or "from" in low) and _WEEKDAY_RANGE_LC.search(low):
        history += [m for m in _WEEKDAY_RANGE_LC.finditer(low) if (_WEEKDAYS[m.group("b")] - _WEEKDAYS[m.group("a")]) % 7 >= 2]
    if ("betw" in low or "from" in low) and _DAY_RANGE_LC.search(low):
        history += [
            m for m in _DAY_RANGE_LC.finditer(low)
            if int(m.group("b")) - int(m.group("a")) >= 2 and (m.group("m1") or m.group("m2") or m.group("m3") or m.group("m4"))
        ]
    drill = _EXERCISE_LC.search(low) is not None
    drill = drill or ("every" in low and _FOR_EVERY_RE.search(text) is not None)  # "for every 10 Shaheds, 6 decoys"
    periodic = _PERIODIC_LC.search(low) if any(w in low for w in _PERIODIC_HINTS) else None
    for count in counts:
        if drill or count.foreign or _ranged(text, count):
            count.role = "none"
            continue
        if periodic and not (
            _ONE_NIGHT_RE.search(text, _clause_start(text, count.mention.start), _clause_end(text, count.end))
            and periodic.start() > count.end  # "90 drones overnight, two weeks after ...", not "Two weeks before, ..."
        ):
            count.role = "none"  # "in its weekly summary", "a year ago": not tonight's attack
            continue
        qstart = count.mention.qualifier_start
        lead = _lead(text, qstart)
        average = ("averag" in lead or "every" in lead) and _ends(_AVERAGE_BEFORE_RE, text, qstart)
        record = ("record" in lead or "high" in lead or "peak" in lead) and _ends(_RECORD_BEFORE_RE, text, qstart)
        record = record or ("includ" in lead or "except" in lead) and _ends(_EXCLUDED_BEFORE_RE, text, qstart)
        record = record or ("after" in low or "follow" in low) and _ends(_EARLIER_BARRAGE_RE, text, qstart, 100)
        record = record or (lead.endswith("even ") and count.mention.value == 1)  # "even one missile that gets through"
        interceptors = ("coming" in low or " to " in low) and _AT_INCOMING_RE.match(text, count.end)  # "fired 8 of them at the incoming missiles"
        interceptors = interceptors or _STORED_AFTER_RE.match(text, count.end)  # "destroyed 40 drones stored at an airfield"
        compared = " than " in low and _COMPARED_AFTER_RE.match(text, count.end)  # "6 drones fewer than the night before"
        footage = ("show" in lead or "depict" in lead or "film" in lead) and _ends(_FOOTAGE_BEFORE_RE, text, qstart, 120)
        if average or record or interceptors or compared or footage or _RATE_AFTER_RE.match(text, count.end):
            count.role = "none"
            continue
        start, end = _clause_start(text, count.mention.qualifier_start), _clause_end(text, count.end)
        if ("would" in low or "could" in low or "might" in low) and (
            _MODAL_BEFORE_RE.search(text, start, qstart)
            or (_ends(_GERUND_BEFORE_RE, text, qstart) and _MODAL_AFTER_RE.match(text, count.end))
        ):
            count.role = "none"  # "Ukraine would have needed at least 20 missiles", "downing 50 drones ... would cost": no event
            continue
        if ("after" in low or "before" in low) and _WEEKS_AFTER_RE.search(text, start, qstart):
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
        if when >= 0 and "record" in low and _PAST_RECORD_RE.search(text, when, start):
            count.role = "none"  # "fell short of the record set on July 9, when Russia fired 728 drones"
            continue
        for m in history:
            if when >= 0 and when <= m.start() < start:
                count.total_role, count.role = count.role, "none"
                continue
            fronted = _fronted(text, m, counts) and not _own_time(text, qstart, end, m)
            fronted = fronted or _leads_all(text, m, counts, count)  # "Zelensky: this week Russia used ..."
            fronted = fronted or _fronted_period(text, m, counts)  # "So far this month, Russia has ..."
            fronted = fronted and not (m.group().startswith("warn") and ";" in text[m.end() : qstart])  # "warned of ...; 4 were downed"
            if fronted or start <= m.start() <= end or (m.start() >= end and not _real_break(text, end, m.start())):
                count.total_role, count.role = count.role, "none"
    if history:
        _night_within_total(text, counts)


# "between 1 and 7 September", "from March 3 to March 9": a span of days (a night is "15-16 March")
_MONTH_LC = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY_RANGE_LC = re.compile(
    rf"\b(?:between|from)\s+(?P<m1>{_MONTH_LC}\s+)?(?P<a>\d{{1,2}})(?:st|nd|rd|th)?(?P<m2>\s+{_MONTH_LC})?\s+(?:and|to|through|until)\s+"
    rf"(?P<m3>{_MONTH_LC}\s+)?(?P<b>\d{{1,2}})(?:st|nd|rd|th)?(?P<m4>\s+{_MONTH_LC}(?![\w-]))?(?!\s*[\w-]*\s*(?:drones|missiles|uavs))"
)

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
_WEEKS_AFTER_RE = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|six|several|\d+)\s+(?:days?|weeks?|months?|years?)|the\s+day)\s+(?:after|before)\b",
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
    r"\bsince\s+\d{1,2}\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|"
    r"\bsince\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}\b|"
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


# "Ukrainian forces downed 1 Iskander-M missile, the Kh-59/69 missile(s), and 91 drones": those of that type
_THE_ONE_DOWNED_RE = re.compile(
    r"\bthe\s+(?P<t>(?:Kh|X)-\d+[A-Z]{0,3}(?:/\d+)?|Kinzhal|Kalibr|Iskander(?:-[MK])?|Zircon|KN-23|ATACMS|Neptune|Storm\s+Shadow)"
    r"\s+(?:cruise\s+|ballistic\s+|guided\s+)?missile(?P<all>s)?\b",
    re.IGNORECASE,
)
_DOWNED_BEFORE_RE = re.compile(r"\b(?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed)\b[^.;]*$", re.IGNORECASE)


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
    if " was " in text:
        single = _SINGLE_DOWNED_RE.search(text)
        if single is not None:  # "the missile was shot down", "it was shot down": one launched, one downed
            noun = (single.group("w") or "").lower()
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
    if numbers and numbers[0].is_count and (kind or not named_only):
        weapon = "missile" if kind == "missiles" else "drone" if kind else None
        _all_downed([r for r in rows if weapon is None or r.weapon == weapon], int(numbers[0].value))


def _all_of_a_kind_downed(text: str, rows: list[_Row]) -> None:
    """ "Air defences downed 12 drones and all the missiles": as many missiles downed as launched."""
    if "all " not in text.lower():
        return
    for m in [*_ALL_THE_RE.finditer(text), *_ALL_THE_BEFORE_RE.finditer(text)]:
        kind = "missile" if m.group("w").lower().startswith("missile") else "drone"
        _all_downed([r for r in rows if r.weapon == kind])
    for m in _ALL_OF_TYPE_RE.finditer(text):  # "destroyed all the Kalibrs": the rows of that type
        kind = _weapon_type(m.group("t") or m.group("t2"))
        _all_downed([r for r in rows if kind and r.weapon_type == kind])


# "the ballistic missiles were not intercepted": none of them downed
_NOT_DOWNED_RE = re.compile(
    r"\b(?:the|its|their)\s+(?:[\w/-]+\s+){0,2}?(?P<w>missiles?|drones?|UAVs?|Kinzhals?|Kalibrs?|Iskanders?|Iskander-[MK]s?|"
    r"(?:Kh|X)-\d+[A-Z]{0,3}s?|Zircons?|S-[34]00s?)\s+(?:was|were|had|have)\s+not\b\s*"
    r"(?:(?:been\s+)?(?:shot\s+down|intercepted|downed|destroyed)\b|(?=[,;.]|$))|"  # "the missiles were not"
    r"\b(?P<w2>missile|drone|UAV)\s*,\s*which\s+was\s+not\s+(?:shot\s+down|intercepted|downed|destroyed)\b",
    re.IGNORECASE,
)


def _single_downed(text: str, rows: list[_Row]) -> None:
    """ "Forty-eight drones were shot down and the missile was intercepted": the one missile of the claim."""
    single = _SINGLE_DOWNED_RE.search(text) if " was " in text else None
    if single is not None and single.group("w"):
        kind = "missile" if single.group("w").lower() == "missile" else "drone"
        _all_downed([r for r in rows if r.weapon == kind and r.values["launched"] == 1])


# "with the rest lost to jamming", "the remainder were locationally lost": the figure is launched less downed
_REST_RE = re.compile(
    r"\b(?:the\s+(?:rest|remainder|remaining(?:\s+(?P<w>drones|UAVs|missiles|ones))?|others|other\s+(?P<w2>drones|UAVs|missiles|ones))"
    r"|(?<!\w\s)others)(?:\s+of\s+them)?\s+(?:(?:were|was|had\s+been|have\s+been|being|are|either)\s+)*",
    re.IGNORECASE,
)


_OPEN_QUOTES_RE = re.compile(r"[\"“‘']*")


def _rest_lost(text: str, rows: list[_Row]) -> None:
    """ "shot down 22 of the 30 drones, with the rest lost to jamming": the one claim with launched and downed
    figures and no lost one gets the difference, when the verb after "the rest" is a loss to electronic warfare."""
    if "rest" not in text and "remain" not in text and "other" not in text:
        return
    for m in _REST_RE.finditer(text):
        cue = _CUE_RE.match(text, _OPEN_QUOTES_RE.match(text, m.end()).end())  # 'the rest were "locationally lost"'
        if cue is None or cue.lastgroup not in ("lost", "ew"):
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


def _none_downed(text: str, rows: list[_Row]) -> None:
    """The one row of that weapon with a launched figure and no interceptions gets 0 intercepted."""
    if " not" not in text:
        return
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


def _all_downed(rows: list[_Row], missed: int = 0) -> None:
    """As many downed as launched, less those `missed`."""
    for row in rows:
        launched = row.values["launched"]
        if launched is not None and launched > missed and row.values["intercepted"] is None:
            row.values["intercepted"] = launched - missed


def _rows_from_counts(
    text: str, counts: list[_Count], weapons: list[re.Match], post: Post, claims: list | None = None
) -> list[tuple[_Row, int]]:
    """One row per weapon (type, attacker) of the sentence, with the position of its first count.

    A role's first value wins: later ones for the same row are breakdowns ("57 drones,
    including 23 over the Kursk region").
    """
    rows: list[tuple[_Row, int]] = []
    last_weapon: str | None = None
    revised = 0  # the last revised figure of the sentence
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
        if weapon is None and not count.target:
            weapon = last_weapon or _sole_weapon(text, weapons, count)
            if count.anaphoric and _outgrows(rows, weapon, count):
                weapon = "mixed"  # "126 means of air attack — 120 drones and 6 missiles — and 104 were neutralised"
        hint = count.attacker or _attacker_from_cue(count)
        # not the claim of another reporter: "the city said 14 drones were downed, while the air force said 40 of 52"
        candidates = [
            r for r, first in rows
            if not _report_boundary(text, first, count.mention.start) and not _another_reporter(text, rows, r, count)
        ]
        if count.anaphoric:  # "..., of which 29 were shot down": the nearest claim before it
            candidates.reverse()
        weapon_type = count.weapon_type or _decoy_type(text, count, rows)
        sibling = previous is not None and any(first == previous.mention.start for _, first in rows) and _sibling_kind(
            text, previous, count
        )  # not when the one before was itself a part of a row: "74 drones (51 Shaheds and 23 decoys)"
        row = None if count.separate or sibling else _find_row(candidates, weapon, weapon_type, hint)
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
        ) and not (count.total and count.mention.value > row.values[count.role]):  # "34 over Moscow, out of 337 destroyed"
            continue  # a breakdown of a figure already given
        row.values[count.role] = int(count.mention.value)
        row.last_role, row.last_pos = count.role, count.mention.start
        row.additional = row.additional or count.additional
        article = count.mention.text.lower() in ("a", "an")
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
    return [(r, first) for r, first in rows if r.is_claim() or r.values["hit"] is not None or r.revision is not None]


# "Air defences downed 52, the air force said, adding that Russia had also launched 2 missiles": another report
_ADDED_RE = re.compile(r"\b(?:adding|added|also\s+(?:said|reported))\b", re.IGNORECASE)


def _sole_weapon(text: str, weapons: list[re.Match], count: _Count) -> str | None:
    """The one weapon class a sentence names, for a bare count: not when it is named only in a report added later."""
    kinds = {_weapon_class(w) for w in weapons}
    if len(kinds) != 1:
        return None
    if weapons[0].start() > count.end and _ADDED_RE.search(text, count.end, weapons[0].start()):
        return None  # the bare count continues the claim before the sentence
    return kinds.pop()


# "eight more", "another 8", "a further eight": a figure added to one given before
_MORE_AFTER_RE = re.compile(r"\s+more\b", re.IGNORECASE)
_MORE_BEFORE_RE = re.compile(r"\b(?:another|a\s+further|an\s+additional)\s+$", re.IGNORECASE)


def _increment_of(text: str, count: _Count, revised: int) -> bool:
    """A smaller figure of "more" after a revised one in the same sentence: what the revision added."""
    mention = count.mention
    return mention.value < revised and (
        _MORE_AFTER_RE.match(text, mention.end) is not None or _ends(_MORE_BEFORE_RE, text, mention.qualifier_start) is not None
    )


def _revise(
    candidates: list[_Row], count: _Count, weapon: str | None, rows: list, text: str, post: Post, claims: list
) -> None:
    """ "60 drones were shot down, but it later raised the figure to 72": the new figure replaces the last one
    given; with none in the sentence, a row that carries it to the claim the sentence continues. Another
    claimant's figure ("..., but Klitschko put the number at 35") is a row of its own."""
    target = next((r for r in reversed(candidates) if r.last_role and (not weapon or r.weapon == weapon)), None)
    value = int(count.mention.value)
    if target is not None and any(target.last_pos < pos < count.mention.start and not c.pronoun for pos, c in claims):
        row = _Row(count.attacker, target.weapon, target.weapon_type, post, [text])
        row.values[target.last_role], row.last_role, row.last_pos = value, target.last_role, count.mention.start
        rows.append((row, count.mention.start))
    elif target is not None:
        target.values[target.last_role] = value
    else:
        row = _Row(count.attacker, weapon or "", count.weapon_type, post, [text])
        row.revision = int(count.mention.value)
        rows.append((row, count.mention.start))


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


# "Air Command East said 14 drones ..., while the air force reported that Russia launched 88": two claims
_REPORT_BOUNDARY_RE = re.compile(
    r"(?:[,;]\s*|\b)(?:while|whereas|but|and)\s+(?:the\s+)?[\w'’ -]{2,60}?\s+(?:said|says|reported|reports|claimed|claims|"
    r"announced|stated)\b",
)

_PRONOUN_BEFORE_RE = re.compile(r"\b(?:it|he|she|they)\s+(?:also\s+)?$", re.IGNORECASE)
_SAID_SEMICOLON_RE = re.compile(r"\b(?:said|says|reported|reports|claimed|claims|stated|announced|wrote)\s*;")


def _report_boundary(text: str, start: int, end: int) -> bool:
    """Another claimant's report begins between two counts of a sentence."""
    if end - start < 20 or (" said" not in text and " report" not in text and " claim" not in text):
        return False
    if _REPORT_BOUNDARY_RE.search(text, start, end) is not None:
        return True
    said = _SAID_SEMICOLON_RE.search(text, start, end)  # "..., the governor said; ..., according to the air force"
    later = _REPORT_RE.search(text, said.end()) if said is not None else None
    return later is not None and not _PRONOUN_BEFORE_RE.search(text, max(0, later.start() - 14), later.start())


def _all_of_several(rows: list[_Row], value: float) -> bool:
    """ "All six" after rows launching two and four: each of them fully intercepted."""
    launched = [r for r in rows if r.values["launched"] is not None and r.values["intercepted"] is None]
    if len(launched) < 2 or sum(r.values["launched"] for r in launched) != value:
        return False
    for row in launched:
        row.values["intercepted"] = row.values["launched"]
    return True


_REPORTER_GAP_RE = re.compile(
    r"^[\s,;:(–—-]*(?:(?:while|whereas|but|and|as|meanwhile|separately|it|they|he|she|which|who|later|then|subsequently|also|"
    r"afterwards|has|had|have|since)\b[\s,]*)*$",
    re.IGNORECASE,
)


def _reporter_before(text: str, verb: re.Match) -> bool:
    """A reporting verb with a subject of its own in its clause: "the air force said", not "..., and said";
    "according to" names its reporter after it."""
    if verb.group().lower().startswith("according"):
        return True
    start = _clause_start(text, verb.start())
    while start and not text[start : verb.start()].strip(" ,") and _ADVERB_CLAUSE_RE.fullmatch(
        text, _clause_start(text, start - 1), start - 1
    ):
        start = _clause_start(text, _clause_start(text, start - 1) - 1)  # "the governor, however, said"
    return not _REPORTER_GAP_RE.match(text[start : verb.start()])


def _another_reporter(text: str, rows: list[tuple[_Row, int]], row: _Row, count: _Count) -> bool:
    """A figure introduced by another reporter than the row's first one ("X said 14 ..., while Y said 61";
    "... 30 drones, the General Staff said; the ministry said 41 ...")."""
    first = next((pos for r, pos in rows if r is row), None)
    if first is None or "said" not in text and "put" not in text and "report" not in text and "accord" not in text:
        return False
    verbs = [v for v in _REPORT_RE.finditer(text, 0, count.mention.start) if _reporter_before(text, v)]
    return len(verbs) >= 2 and any(first < v.start() for v in verbs)  # "X said 14 ..., while Y said 61"


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
        and (previous.weapon_type is None) != (count.weapon_type is None)
        and _CHAIN_GAP_RE.match(text[previous.end : count.mention.qualifier_start]) is not None
    )


_DECOY_RE = re.compile(r"\b(?:decoys?|imitators?|dummy|dummies)\b", re.IGNORECASE)


def _decoy_type(text: str, count: _Count, rows: list[tuple[_Row, int]]) -> str | None:
    """ "65 Shaheds and 40 Gerbera decoys; ... 35 decoys were lost": decoys counted apart are the Gerbera row's."""
    if not any(r.weapon_type == "Gerbera" for r, _ in rows) or not _DECOY_RE.search(text, count.mention.end, count.end):
        return None
    return "Gerbera"


def _types_agree(a: str | None, b: str | None) -> bool:
    if a is None or b is None or a == b:
        return True
    if a in _GENERIC_TYPES or b in _GENERIC_TYPES:
        return not (a in _GENERIC_TYPES and b in _GENERIC_TYPES)  # "8 ballistic" and "12 cruise": two kinds
    return a.startswith(b + "-") or b.startswith(a + "-")  # "Iskanders" after "Iskander-M missiles"


def _attacker_from_cue(count: _Count) -> str | None:
    if count.cue_side is None:
        return None
    if count.cue_role == "launched" or count.cue_side == ENEMY:
        return count.cue_side if count.cue_role == "launched" else None
    return _OTHER_SIDE[count.cue_side]


def _resolve_attackers(text: str, rows: list[_Row], context: _DocContext, around: list[str] | None = None) -> None:
    """Fill in attackers the counts did not name, from place, weapon type, sibling rows and claimant;
    last, from the place its paragraph names ("... in Dnipro. Air defences shot down three
    missiles over the region.")."""
    if all(row.attacker in (RUSSIA, UKRAINE) for row in rows):
        return  # the counts named them all
    location = _location_side(text)
    hints = {m.lastgroup for m in _SIDE_HINT_RE.finditer(text)}
    hinted = hints.pop() if len(hints) == 1 else None
    for row in rows:
        if row.attacker in (RUSSIA, UKRAINE):
            continue
        enemy = row.attacker == ENEMY or bool(_ENEMY_RE.search(text))
        side = context.side_of(row.claimant) or _org_side(text)
        if location:
            row.attacker = _OTHER_SIDE[location]
        elif _type_side(row.weapon_type):
            row.attacker = _type_side(row.weapon_type)
        elif (named := _named_weapons_side(text, row.weapon)) is not None:
            row.attacker = named  # "Russian drones: 112 launched; 88 shot down"
        elif side:  # a claimant reports the other side's attacks, unless "we launched"
            own = row.values["launched"] is not None and not enemy and _own_launch(text)
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
    if len(known) == 1:
        for row in rows:
            row.attacker = row.attacker or next(iter(known))


# "Russian drones", "Ukrainian long-range UAVs": a side's weapons named without a count
_SIDED_WEAPON_RE = re.compile(
    rf"\b(?:(?P<russia>Russian(?:-made)?)|(?P<ukraine>Ukrainian(?:-made)?))\s+(?!interceptor)(?:[A-Za-z-]+\s+){{0,2}}?"
    rf"(?P<w>{_DRONE}|{_MISSILE})(?![\w-])",
)


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
    r"(?:launched|fired|used|attacked|struck|sent|targeted)\b"
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
    r"[A-Z][\w-]+(?:(?:\s*,\s*|\s*,?\s+and\s+|\s+)[A-Z][\w-]+)*"
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


# "later updated the figure to 44", "revising its tally to": figures that replace those given before.
_REVISION_RE = re.compile(
    rf"\b{_REVISE_VERB}\s+(?:the\s+|its\s+|their\s+|that\s+|this\s+)?"
    r"(?:(?:initial|earlier|original|overnight|preliminary)\s+)?(?:figures?|numbers?|tally|count|total|estimates?|data)\b|"
    r"\b(?:figures?|numbers?|tally|count|total|estimates?)(?:\s+[\w-]+){0,4}?\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+"
    r"(?:later\s+|subsequently\s+|since\s+|then\s+)?(?:updat|revis|rais|correct|adjust|amend|lower|increas)ed\b"
    r"(?:\s+(?:up|down|upwards?|downwards?))?|"
    r"\b(?:figures?|numbers?|tally|count|total)(?:\s+[\w-]+){0,4}?\s+(?:(?:has|have|had)\s+)?(?:since\s+|now\s+|later\s+|then\s+)?"
    r"(?:risen|rose|grown|grew|climbed|increased|fallen|fell|dropped)\b|"
    r"\bin\s+(?:an|its|a\s+later|a\s+subsequent|the\s+latest)\s+update\b|\bupdated\s+(?:report|statement|summary|figures?|data)\b",
    re.IGNORECASE,
)

_REVISED_TO_BEFORE_RE = re.compile(
    "(?:" + _REVISION_RE.pattern + r")(?:\s+[\w-]+){0,5}?\s+(?:from\s+[\w,-]+\s+)?to\s+(?:about\s+|around\s+|some\s+|at\s+least\s+)?$|"
    r"\b(?:correct|actual|real|revised|updated|final)\s+(?:figure|number|total|tally|count)\s+(?:was|is|stood\s+at|stands\s+at)\s+$|"
    r"\b(?:put|puts|putting|placed|places|gave|gives|estimated)\s+(?:the\s+|its\s+|their\s+)?(?:figure|number|total|tally|count)"
    r"(?:\s+[\w-]+){0,4}?\s+(?:at|as)\s+(?:about\s+|around\s+|some\s+)?$|"
    r"\b(?:raised|lowered|revised|updated|corrected|increased|adjusted|amended)\s+(?:it|that|this|them)\s+(?:up\s+|down\s+)?to\s+$",
    re.IGNORECASE,
)
_REVISED_FROM_BEFORE_RE = re.compile("(?:" + _REVISION_RE.pattern + r")(?:\s+[\w-]+){0,5}?\s+from\s+$", re.IGNORECASE)
_CORRECT_FIGURE_RE = re.compile(
    r"\b(?:correct|actual|real|revised|updated|final)\s+(?:figure|number|total|tally|count)\b|"
    r"\b(?:later|subsequently|then)\s+(?:clarified|corrected|revised|updated|amended)\b",
    re.I,
)

_PUT_TOTAL_RE = re.compile(r"\btotal\b|\b(?:put|puts|putting|placed|places|gave|gives|estimated)\b", re.IGNORECASE)

_AND_BEFORE_RE = re.compile(r"(?:,\s*)?\band\s+$|,\s*$")
_PARALLEL_TAIL_RE = re.compile(r"\s+(?:on|over|in|at|into|against|towards?|from|during|overnight|last|the)\b", re.IGNORECASE)

_WERE_WEAPON_RE = re.compile(r"\s+(?:were|was)\s+(?:[\w-]+\s+){0,2}?(?=\S)")


def _composed_counts(text: str, counts: list[_Count], weapons: list[re.Match]) -> None:
    """ "neutralised 60 air targets, of which 55 were drones and 5 were cruise missiles": parts of a mixed
    figure that name their weapon after "were" share its role."""
    composed: _Count | None = None
    for i, count in enumerate(counts):
        joined = composed is not None and _CHAIN_GAP_RE.match(text[composed.end : count.mention.qualifier_start])
        if count.role == "none" or not count.anaphoric or not (count.part or joined):
            continue
        m = _WERE_WEAPON_RE.match(text, count.end)
        noun = next((w for w in weapons if m is not None and w.start() == m.end()), None)
        if noun is None:
            noun = next((w for w in weapons if m is not None and m.end() <= w.start() <= m.end() + 30), None)
            if noun is None or not _is_modifier_gap(" " + text[m.end() : noun.start()]):
                continue
        parent = next((c for c in reversed(counts[:i]) if c.weapon == "mixed" and not c.part and c.role in _ROLES), None)
        if parent is not None and count.role in (None, parent.role):
            count.role, count.weapon = parent.role, _weapon_class(noun)
            count.weapon_type = _weapon_type(text[m.end() : noun.end()])
            count.anaphoric, count.part, count.end = False, False, noun.end()
            composed = count


def _labelled_nights(text: str, counts: list[_Count]) -> None:
    """ "Russia launched 52 drones on Monday night; on Tuesday night, 87": a bare figure of another night."""
    for i, count in enumerate(counts):
        seg = text.rfind(";", 0, count.mention.start) + 1
        if count.role is not None or not count.anaphoric or not seg or not _TIME_LABEL_RE.match(text[seg:].lstrip()):
            continue
        prev = next((c for c in reversed(counts[:i]) if c.role in _ROLES and c.weapon and not c.anaphoric), None)
        if prev is not None:
            count.role, count.weapon, count.weapon_type = prev.role, prev.weapon, prev.weapon_type


def _parallel_counts(text: str, counts: list[_Count]) -> None:
    """ "147 drones on Saturday night and 93 on Sunday night": a bare figure after "and" that only changes the
    circumstances counts the same weapons in the same role; so does "..., 17 in total"."""
    if "total" in text or "altogether" in text or "overall" in text:
        head = next((c for c in counts if c.role in _ROLES and c.weapon and not c.anaphoric), None)
        for count in counts:
            if head is not None and count.role is None and count.anaphoric and _TOTAL_TAIL_RE.match(text, count.end):
                count.role, count.weapon, count.weapon_type = head.role, head.weapon, head.weapon_type
    if ";" in text:
        _labelled_nights(text, counts)
    for prev, count in zip(counts, counts[1:]):
        if (
            count.role is None and count.anaphoric and not count.part and not count.breakdown
            and prev.role in _ROLES and prev.weapon and not prev.part
            and _ends(_AND_BEFORE_RE, text, count.mention.qualifier_start, 12)
            and _PARALLEL_TAIL_RE.match(text, count.end)
        ):
            count.role, count.weapon, count.weapon_type = prev.role, prev.weapon, prev.weapon_type


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


def _revised_counts(text: str, counts: list[_Count]) -> None:
    """ "said 29 missiles had been launched, but later corrected the figure to 26": the bare revised figure
    takes the role and weapon of the figure it corrects."""
    if not any(w in text for w in (" to ", "number", "figure", "tally", "total", " at ")):
        return
    for i, count in enumerate(counts):
        if count.mention.high is not None and count.role is None:  # "revised from 44 to 48": a range to numbers.py
            revised_from = _ends(_REVISED_FROM_BEFORE_RE, text, count.mention.qualifier_start, 80)
            if revised_from is not None:
                count.mention = replace(count.mention, value=count.mention.high, high=None, qualifier="exact")
                named = [_CUE_ROLE[c.lastgroup] for c in _CUE_LC.finditer(_lower(revised_from.group()))]
                count.role = named[-1] if named and named[-1] in _ROLES else None
                continue
        revision = count.role is None and _ends(_REVISED_TO_BEFORE_RE, text, count.mention.qualifier_start, 80)
        if revision:
            prev = next((c for c in reversed(counts[:i]) if c.role in _ROLES), None)
            named = [_CUE_ROLE[c.lastgroup] for c in _CUE_LC.finditer(_lower(revision.group()))]
            if named and named[-1] in _ROLES and count.role is None:
                count.role = named[-1]  # "revised the number of drones launched upward to 103"
                count.weapon = count.weapon or (prev.weapon if prev is not None else None)
            elif prev is not None and count.anaphoric:
                count.role, count.weapon, count.weapon_type = prev.role, prev.weapon, prev.weapon_type
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
    """A revision cue before a second figure for the same role in one sentence: the later figure stands."""
    if not any(w in text for w in ("figure", "tally", "total", "number", "clarified", "corrected", "revised", "updated", " it ")):
        return False
    m = _REVISION_RE.search(text, 0, count.mention.start) or _CORRECT_FIGURE_RE.search(text, 0, count.mention.start)
    m = m or _ends(_REVISED_TO_BEFORE_RE, text, count.mention.qualifier_start, 80)  # "... 70 but later raised it to 76"
    return m is not None and text.find(str(values[count.role]), 0, m.start()) >= 0


# cheap test before the revision patterns: each needs one of these stems
_REVISION_HINT_RE = re.compile(
    r"pdat|evis|aise|orrect|djust|mend|ower|ncreas|isen|rose|row|limb|fell|allen|ropped|larifi|ctual|inal|real|put|gave|give|stimat|lace|"
    r"upped|bumped"
)
