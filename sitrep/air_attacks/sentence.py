"""One sentence's claims, before neighbours are merged: the walk from a sentence to its rows. It reads
the counts (`counts`), fills the roles their cues left open (gapped figures "...; on Tuesday night, 75",
"60 drones, 45 shot down", "respectively", "of which 55 were drones", "147 on Saturday and 93 on Sunday"),
applies `revisions`, `non_events` and place breakdowns, makes the rows (`rows`), fills figures from words
(`downed`), gives each row its claimant (or the paragraph's reporter when the sentence names none) and its
attacker (`attackers`), and drops the attacks of other wars."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.air_attacks.attackers import (
    _LAUNCHER_RE,
    _THIRD_PARTY_RE,
    _names_a_side,
    _resolve_attackers,
)
from sitrep.air_attacks.claimants import (
    _SOURCE_LINE_RE,
    _WHERE_CLAUSE_BEFORE_RE,
    _claimants,
    _looks_like_source,
    _nearest_claimant,
    _normalize_claimant,
    _resolve_pronoun,
    _same_segment,
)
from sitrep.air_attacks.counts import (
    _ARTICLE_COUNT_LC,
    _LEAD_ARTICLE_LC,
    _THE_SINGLE_LC,
    _COMPOUND_ATTACK_LC,
    _TIME_LABEL_RE,
    _assign_roles,
    _chains,
    _counts,
    _inside_count,
    _is_modifier_gap,
    _subject_article,
    _time_label_role,
    _weapon_class,
    _weapon_type,
)
from sitrep.air_attacks.downed import _all_downed_in
from sitrep.air_attacks.lexicon import (
    _BULLET_RE,
    _CHAIN_GAP_RE,
    _clause_end,
    _clause_start,
    _REPORT_LC,
    _WEAPON_RE,
    _CUE_LC,
    _CUE_ROLE,
    _MONTH_NAMES,
    _ROLES,
    _SEGMENT_SPLIT_RE,
    _TOLL_RE,
    _WEAPON_LC,
    _WEEKDAY_NAMES,
    _Claimant,
    _Count,
    _ends,
    _lower,
    _numberish,
    _Row,
    _Sentence,
    _split_sentences,
)
from sitrep.air_attacks.non_events import _SAME_PERIOD_LC, _drop_non_events, _same_period_past, _since_dated_past
from sitrep.air_attacks.places import _place_breakdowns
from sitrep.air_attacks.revisions import (
    _REVISION_HINT_RE,
    _not_corrections,
    _revised_counts,
    _updates,
)
from sitrep.air_attacks.rows import _TOTAL_TAIL_RE, _rows_from_counts
from sitrep.models import Post

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
    if not (_numberish(low) or _ARTICLE_COUNT_LC.search(low) or _subject_article(low) or _LEAD_ARTICLE_LC.match(low)
            or (("single" in low or "lone" in low) and _THE_SINGLE_LC.search(low))):
        return []
    weapons = list(_WEAPON_LC.finditer(low))
    if not weapons and not continues and not ("-" in low and _COMPOUND_ATTACK_LC.search(low)):
        return []  # "a 40-drone attack" names its weapon after a hyphen, which the weapon patterns skip
    counts = _counts(text, weapons, low)
    if not counts:
        return []
    cues = [c for c in _CUE_LC.finditer(low) if not _inside_count(c, counts)]
    label_role = sentence.list_role or _time_label_role(text, paragraphs[sentence.paragraph])
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
    _implicit_totals(text, counts, cues)
    _listed_shares(text, counts)
    for count in counts:  # "two-thirds of 90 drones shot down": the whole is the number launched, the share the downed
        share = _ends(_SHARE_OF_BEFORE_RE, text, count.mention.qualifier_start) if count.total else None
        if share and count.link is None and count.role in ("intercepted", "lost") and not _SAYS_LEAD_RE.sub("", text[
            _clause_start(text, share.start()) : share.start()
        ]).strip():  # (the share opens its clause, or follows "X says": not "accounted for a third of the 87 Shaheds shot down")
            count.role = "launched"
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
    if " same " in low or "that period" in low or "this period" in low or "that time" in low:
        if _SAME_PERIOD_LC.search(low) and _same_period_past(text, paragraphs, sentence.paragraph):
            for count in counts:
                count.role = "none"
    if " and " in text:
        _place_breakdowns(text, counts)
    revising = any(c.revision for c in counts)
    rows = _rows_from_counts(text, counts, weapons, post, _claimants(text, context) if revising else [])
    if not rows:
        return []
    _all_downed_in(text, [r for r, _ in rows])
    claims = _claimants(text, context)
    if (
        any(w in low for w in _ANALYST_HINTS) and all(_ANALYST_NAME_RE.search(c.name) for _, c in claims)
        and _ANALYST_SOURCE_RE.search(text)
    ):
        return []  # "..., analysts estimate": an outside estimate, no party's claim of an attack
    fallback = None if claims or sentence.quote_speaker else _paragraph_claimant(sentence, paragraphs, context)
    if fallback is None and not claims and _IT_SAID_RE.search(text):
        fallback = _earlier_body(paragraphs, sentence.paragraph, context)  # "It later said a further 30 ..."
    if fallback is None and not claims and not sentence.quote_speaker:
        fallback = _header_claimant(paragraphs, sentence.paragraph, context)  # "Ukrainian air force, overnight summary."
        fallback = fallback or _footer_claimant(paragraphs, sentence.paragraph, context)  # "... Data: the air force"
    if len(claims) and "where" in low:  # "... both hit Kharkiv Oblast, where governor Oleh Syniehubov reported damage"
        claims = [(v, c) for v, c in claims if not _ends(_WHERE_CLAUSE_BEFORE_RE, text, v, 120)]
    if len(claims) and any(w in low for w in _OTHER_OBJECT_HINTS):
        # "Russia launches 161 drones overnight, General Staff reports 148 clashes": a source whose verb has its own count
        # of something else says nothing of the drones
        claims = [(v, c) for v, c in claims if not _OTHER_OBJECT_RE.match(text, v)]
    firsts = [f for _, f in rows]
    for row, first in rows:
        segment = _same_segment(claims, text, first)
        # not a sayer after the figure whose verb has a figure of its own: "Kyiv says Russia launched 112 drones, Moscow
        # claims downing 87"
        before_own = [c for c in segment if not (c[0] > first and any(c[0] < f <= _clause_end(text, c[0]) for f in firsts))]
        claimant = _nearest_claimant(before_own or segment, first)
        if (sourced := _sourced_after(text, claims, first)) is not None:
            claimant = sourced  # "X said ..., hours after Russia launched 405 drones, according to Ukraine's air force"
        elif claimant is not None and _narrated_after(text, claims, first):
            claimant = None  # "X announced €300m ..., hours after Russia fired 80 drones": the writer's background
        if claimant is None:
            claimant = sentence.quote_speaker or fallback
        elif claimant.pronoun:
            before = paragraphs[sentence.paragraph].find(text)
            prefix = paragraphs[sentence.paragraph][: max(0, before)] + text[:first]  # "... Belousov told ... He said ..."
            claimant = _resolve_pronoun(claimant, paragraphs, sentence.paragraph, prefix, context)
        row.claimant = claimant
    if any(not r.article_only for r, _ in rows):  # an article among figures is an item of their list, not a local
        for r, _ in rows:  # detail: "downed 585 drones, all fifteen Kalibrs, a single Iskander-M and both Kinzhals"
            r.article_only = False
    rows = [(r, first) for r, first in rows if not (r.article_only and r.claimant is None)]
    if not rows:
        return []
    if _updates(text, low, paragraphs[sentence.paragraph]):
        for row, _ in rows:
            row.updates = True
    preceding = paragraphs[sentence.paragraph - 1] if sentence.paragraph else ""
    _resolve_attackers(text, [r for r, _ in rows], context, [paragraphs[sentence.paragraph]], preceding)
    rows = [
        (r, f) for r, f in rows
        if not (r.claimant is not None and r.claimant.foreign and not r.explicit_attacker and not _launcher_before(text, f))
    ]
    if not rows:
        return []
    lead = min(first for _, first in rows)
    if _THIRD_PARTY_RE.search(text, 0, lead) and not _names_a_side(text[:lead]):  # "Iran launched 100 drones, ... in Ukraine"
        return [r for r, _ in rows if r.explicit_attacker]
    unnamed = not all(r.explicit_attacker for r, _ in rows)
    if unnamed and _THIRD_PARTY_RE.search(text) and not _names_a_side(text):  # "Iran launched 100 drones towards Israel"
        return [r for r, _ in rows if r.explicit_attacker]
    return [r for r, _ in rows]


# "..., hours after Russia fired 4 cruise missiles": a background clause the reporter's verb does not govern (a bare
# "..., after Moscow fired eight missiles" is left to the speaker)
_AFTER_CLAUSE_RE = re.compile(
    r",\s+(?:only\s+|just\s+)?(?:hours|days|a\s+day|shortly|minutes|moments)\s+after\s+(?!it\b|they\b)[A-Z]?[\w'’ -]{0,40}?\b"
    r"(?:fired|launched|attacked|struck|sent|unleashed|hit)\b"
)


_OTHER_OBJECT_HINTS = ("clash", "engagement", "assault", "troop", "soldier", "servicem", "casualt", "killed", "dead", "injur",
                       "wounded", "tank")
_OTHER_OBJECT_RE = re.compile(
    r"\w+\s+(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?\d[\d,]*\s+(?:[\w-]+\s+)?"
    r"(?:clashes|engagements|assaults|troops|soldiers|servicemen|casualties|killed|dead|injured|wounded|tanks)\b",
    re.IGNORECASE,
)


def _sourced_after(text: str, claims: list[tuple[int, _Claimant]], pos: int) -> _Claimant | None:
    """The source a background "after ..." clause holding the figure at `pos` names after it, if any."""
    if "after" not in text:
        return None
    clause = next((m for m in _AFTER_CLAUSE_RE.finditer(text) if m.start() < pos), None)
    later = [(verb, c) for verb, c in claims if clause is not None and verb > pos and ";" not in text[pos:verb]]
    return min(later, key=lambda vc: vc[0])[1] if later else None


def _narrated_after(text: str, claims: list[tuple[int, _Claimant]], pos: int) -> bool:
    """Whether the figure at `pos` sits in an "after ..." clause that follows every reporting verb of the sentence."""
    if "after" not in text:
        return False
    clause = next((m for m in _AFTER_CLAUSE_RE.finditer(text) if m.start() < pos), None)
    return clause is not None and all(verb < clause.start() for verb, _ in claims) and ";" not in text[clause.start() : pos]


_ANALYST_HINTS = ("analys", "expert", "research", "observer", "think", "estimat", "calculat", "reckon")
_ANALYST_NAME_RE = re.compile(r"\b(?:analysts?|experts?|researchers?|observers?)$", re.IGNORECASE)
# analysts, experts or estimates as the only source of a sentence's figures
_ANALYST_SOURCE_RE = re.compile(
    r"\b(?:analysts?|experts?|researchers?|observers?|think[\s-]tanks?)\b(?:\s+[\w'’-]+){0,6}?\s+"
    r"(?:say|says|said|estimate[sd]?|believe[sd]?|reckon(?:s|ed)?|calculate[sd]?|think|thought|note[sd]?)\b|"
    r"\baccording\s+to\s+(?:[\w'’-]+\s+){0,3}?(?:analysts?|experts?|estimates?|calculations?)\b|"
    r"\bby\s+(?:[\w'’-]+\s+){0,3}?(?:estimates?|calculations?|reckoning)\b",
    re.IGNORECASE,
)

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
_LIST_GAP_RE = re.compile(r"(?:\s+(?:overnight|last\s+night|tonight))?\s*[,;]\s*(?:and\s+)?")  # "87 drones overnight, 62 downed"
_OF_WHICH_GAP_RE = re.compile(r"(?:\s+and\s+decoys)?\s*,\s*(?:of\s+(?:which|them|these)|and\s+of\s+(?:them|these))\s*,?\s*")
# "it had reported 57", "the ministry counted 47": a bare figure of a reporting verb, the measure of the open claim
_BARE_REPORTED_RE = re.compile(r"\b(?:reported|counted|cited|listed|gave)\s+(?:a\s+total\s+of\s+|only\s+|just\s+)?$", re.I)


def _implicit_totals(text: str, counts: list[_Count], cues: list[re.Match]) -> None:
    """ "60 drones, 45 shot down" (or "137 drones, of which 108 ..."): a weapon count with no verb of its own, then its
    part, is the number launched; so are the figures a claimant "put at" with no earlier figure of its own to revise.
    So is a list of weapon counts set out with no verb after a colon or a tally noun ("The night in numbers: 477
    drones and 60 missiles, by the air force's count", "The air force's figures, 397 drones and 18 missiles, of
    which ...")."""
    for a, b in zip(counts, counts[1:]):
        if (
            a.role is None and a.weapon and not a.anaphoric and not a.breakdown
            and b.anaphoric and b.role in ("intercepted", "lost")
            and (_LIST_GAP_RE.fullmatch(text, a.end, b.mention.qualifier_start)
                 or _OF_WHICH_GAP_RE.fullmatch(text, a.end, b.mention.qualifier_start))  # "137 drones, of which 108 ..."
        ):
            a.role = "launched"
    put: _Count | None = None  # "The air force later put the figures at 157 drones and 14 missiles; 131 ... were shot down"
    for count in counts:
        listed = put is not None and _LIST_AND_RE.fullmatch(text, put.end, count.mention.qualifier_start) is not None
        if count.role is None and (count.revision or listed) and count.weapon and not count.anaphoric:
            count.role, put = "launched", count
        else:
            put = None
    run: list[_Count] = []
    quoted = False  # a quote that opens with the figures: "Twenty-five drones and four Kinzhal missiles tonight."
    sourced = False  # ... or a colon after their source: "Last night, according to the air force: 185 drones and ..."
    for count in counts:
        if run and _LIST_AND_RE.fullmatch(text, run[-1].end, count.mention.qualifier_start):
            run.append(count)
            continue
        if run:
            break
        quoted = _QUOTE_OPEN_RE.fullmatch(text, 0, count.mention.qualifier_start) is not None and not any(
            c.start() < _quote_close(text, count.end) for c in cues  # a cue in the attribution after it is no verb of the quote
        )
        opening = not text[: count.mention.qualifier_start].strip()  # "512 drones and 37 missiles, by the count of ..."
        if quoted or opening or (_ends(_VERBLESS_INTRO_RE, text, count.mention.qualifier_start) and not any(
            c.start() < count.mention.qualifier_start for c in cues
        )):
            run = [count]
            sourced = _SOURCED_INTRO_RE.search(text, 0, count.mention.qualifier_start) is not None
    if run and all(c.role is None and c.weapon and not c.anaphoric and not c.breakdown and not c.part for c in run) and (
        (_QUOTED_TAIL_RE if quoted else _VERBLESS_OUTRO_RE).match(text, run[-1].end)
        or (sourced and _RUN_END_RE.match(text, run[-1].end))
    ):
        for count in run:
            count.role = "launched"


_SHARE_OF_BEFORE_RE = re.compile(
    r"\b(?:half|a\s+third|two-thirds|a\s+quarter|three-quarters|(?:one|two|three|four)-fifths?|a\s+fifth|"
    r"most|the\s+majority|(?:nearly|almost)\s+all)\s+of\s+(?:the\s+)?$",  # ("Ukraine says most of 140 drones downed")
    re.IGNORECASE,
)
_SAYS_LEAD_RE = re.compile(r"^.*\b(?:says|said|reports|reported|claims|claimed)\s+(?:that\s+)?", re.IGNORECASE)


def _listed_shares(text: str, counts: list[_Count]) -> None:
    """ "Of these, 43 of the Kh-101s, 10 Kalibrs and six of the ballistic missiles were shot down": a share that opens a
    list takes the role the list's verb gives the items after it."""
    for a, b in zip(reversed(counts[:-1]), reversed(counts[1:])):
        # a share of weapons counted before ("11 of the cruise missiles") is never itself the number launched
        share = a.role is None or (a.role == "launched" and a.anaphoric and _OF_THE_RE.match(text, a.mention.end))
        if share and a.part and a.weapon and b.role in ("intercepted", "lost") and _CHAIN_GAP_RE.match(
            text[a.end : b.mention.qualifier_start]
        ):
            a.role = b.role


_OF_THE_RE = re.compile(r"\s+of\s+the\s", re.IGNORECASE)


_LIST_AND_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
_QUOTE_OPEN_RE = re.compile(r"\s*[\"“‘'](?:[^:\"“”\d]{3,60}:)?\s*")  # (a label first: '"Another night of terror: 25 ...')
_QUOTE_CLOSE_RE = re.compile(r"[\"”]")


def _quote_close(text: str, pos: int) -> int:
    m = _QUOTE_CLOSE_RE.search(text, pos)
    return m.start() if m else len(text)



# the rest of a quoted sentence of figures: a target and a time at most ("... against the Kyiv region tonight.")
_QUOTED_TAIL_RE = re.compile(
    r"(?:\s+of\s+(?:various|different|several)\s+types)?(?:,\s+including\s+[^\d\"”,]{1,40})?"  # ", including ballistic ones"
    r"(?:\s+(?:against|at|on|over|across)\s+[^.;,:!?\"”]{1,60}?)?"
    r"(?:\s+(?:tonight|overnight|last\s+night|today|this\s+(?:morning|night)|in\s+(?:one|a\s+single)\s+night))?"
    r"(?:\s+[—–]\s+[^\d]*)?\s*(?:[.!]?\s*[\"”’']?\s*$|,[\"”’']\s+[^\d\"“]*$)"  # ("... — this is Russia's answer", "...," he said)
)
# what sets out the figures of an attack with no verb: a colon, or a tally noun in apposition
_VERBLESS_INTRO_RE = re.compile(
    r"(?::|\b(?:figures|tally|count|numbers|breakdown)(?:,|\s[-–—]))\s*(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|"
    r"(?:more|fewer)\s+than\s+|over\s+|at\s+least\s+)?$",
    re.IGNORECASE,
)
_SOURCED_INTRO_RE = re.compile(
    r"\b(?:according\s+to|per|by\s+the\s+(?:count|tally)\s+of|citing)\s+[^:;.\d]{1,60}:\s*"
    r"(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|(?:more|fewer)\s+than\s+|over\s+|at\s+least\s+)?$",
    re.IGNORECASE,
)
_RUN_END_RE = re.compile(r"(?:\s+(?:overnight|last\s+night|tonight))?\s*[.!]?\s*$", re.IGNORECASE)
# ... and ends them with their source or their outcomes (not a headline's "Air force: 52 drones")
_VERBLESS_OUTRO_RE = re.compile(
    r"(?:\s+of\s+(?:various|different|several)\s+types)?(?:\s[-–—]\s+and\s|\s*,\s*(?:according\s+to|by\s+the\s+(?:count|tally|reckoning)\s+of|"
    r"by\s+[\w'’ ]{1,40}?(?:count|tally|reckoning)\b|of\s+which|as\s+(?:counted|reported)\s+by|"
    r"in\s+(?:its|their|his|her)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:report|statement|summary|update|post|tally)\b))",
    re.IGNORECASE,
)


_CLAUSE_AFTER_RE = re.compile(r",\s+(?!and\b)[A-Za-z]")


def _respectively(text: str, low: str, counts: list[_Count], cues: list[re.Match]) -> None:
    """ "3 missiles and 50 drones; air defences downed 2 and 41 respectively": bare figures, in the order of
    the weapons counted before them, with the verb next to them."""
    resp = low.find("respectively")
    bare = [c for c in counts if c.anaphoric and c.end <= resp]
    if len(bare) < 2:
        return
    run = [bare[-1]]
    for c in reversed(bare[:-1]):
        if counts.index(c) != counts.index(run[0]) - 1 or any(c.end <= q.start() < run[0].mention.start for q in cues) or (
            _CLAUSE_AFTER_RE.search(text, c.end, run[0].mention.start)
        ):
            break  # (not across a verb or a clause: "... and 102 on Sunday night, adding that air defences had destroyed 59")
        run.insert(0, c)
    first = counts.index(run[0])
    named = counts[max(0, first - len(run)) : first]
    if len(run) < 2 or len(named) != len(run) or not named[0].weapon or named[0].anaphoric:
        return
    if any(c.anaphoric or not c.weapon for c in named[1:]):  # "76 drones on Saturday night and 102 on Sunday night"
        if any(c.weapon not in (None, named[0].weapon) or c.role not in (None, named[0].role) for c in named[1:]):
            return
        for count, source in zip(run, named):
            count.respective = source
        named = [named[0]] * len(run)
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
    r"\b(?:it|they|(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:report|statement|summary|update|figures|data|bulletin|briefing))\s+"
    r"(?:also\s+|later\s+|earlier\s+|separately\s+)?(?:said|says|added|adds|reported|claimed|stated|showed|shows)\b", re.I
)


def _launcher_before(text: str, pos: int) -> bool:
    """ "after Russia launched an attack involving 40 drones, Poland's command said": the launching side is named
    before the count, in its own part of the sentence (not "...; Ukraine's air force said Russia had launched")."""
    seg = text.rfind(";", 0, pos) + 1
    return _LAUNCHER_RE.search(text, seg, pos) is not None


def _earlier_body(paragraphs: list[str], p_idx: int, context: _DocContext) -> _Claimant | None:
    """The body "it" refers to: the last organisation reported as saying something in the paragraphs before."""
    for i in range(p_idx - 1, max(-1, p_idx - 4), -1):
        bodies = [c for _, c in _claimants(paragraphs[i], context) if not c.person and not c.pronoun]
        if bodies:
            return bodies[-1]
    return None


_RELATIVE_ASIDE_RE = re.compile(r",\s+(?:which|who)\s+[^,;:]{1,120}(?:,\s+[^,;:]{1,40}\s+and\s+[^,;:]{1,60})?,")


def _header_claimant(paragraphs: list[str], p_idx: int, context: _DocContext) -> _Claimant | None:
    """A short heading naming a source, up to three paragraphs before ("Ukrainian air force, overnight summary:"),
    or an introduction ending "..., the air force said:", when the paragraphs between are labelled figures
    ("Shot down: 88.") or items of a list ("2. 4 Kh-101 cruise missiles;")."""
    for i in range(p_idx - 1, max(-1, p_idx - 9), -1):
        para = paragraphs[i]
        if para.rstrip().endswith(":") and _REPORT_LC.search(_lower(para)):  # "..., the air force said:" above a list
            intro = _RELATIVE_ASIDE_RE.sub("", para.rstrip(" :"))  # "Air Command East, which covers ..., posted:"
            said = [c for _, c in _claimants(intro + ".", context) if not c.pronoun]
            if said:
                return said[-1]
        dated = any(ch.isdigit() for ch in para) and _WEAPON_RE.search(para) is None  # "Air force report, 14 May"
        # (not a list item, a sibling of the figures: "- General Staff: 5,384 combat engagements in October")
        if p_idx - i <= 3 and len(para) <= 60 and not _BULLET_RE.match(para) and (
            dated or not any(ch.isdigit() for ch in para)
        ) and _looks_like_source(para):
            said = [c for _, c in _claimants(para.rstrip(" :") + ".", context)]  # "Results, according to the air force:"
            if not said and _REPORT_LC.search(_lower(para)):
                return None  # "TASS reported three ministry bulletins": a relay, its sayer no source of its own
            head = _HEADING_TIME_RE.sub("", _SEGMENT_SPLIT_RE.split(para)[0])  # "Air force report for the night of 14 May"
            claimant = said[-1] if said else _normalize_claimant(head, None, context)
            return None if claimant is None or claimant.pronoun else claimant
        if ":" not in para and not _BULLET_RE.match(para):
            return None
    return None


def _footer_claimant(paragraphs: list[str], p_idx: int, context: _DocContext) -> _Claimant | None:
    """A source line under a block of labelled figures ("Missiles — launched 9, destroyed 6" ... "Data: Air Force
    of the Armed Forces of Ukraine, 08:30"), up to three paragraphs after, past other labelled figure lines only."""
    for i in range(p_idx + 1, min(len(paragraphs), p_idx + 4)):
        para = paragraphs[i]
        source = _SOURCE_LINE_RE.match(para) if ":" in para else None
        if source is not None:
            claimant = _normalize_claimant(source.group(1), None, context)
            return None if claimant is None or claimant.pronoun else claimant
        if not (_LABELLED_LINE_RE.match(para) and any(ch.isdigit() for ch in para)):
            return None
    return None


_LABELLED_LINE_RE = re.compile(r"[^.:;—–]{2,40}(?::|\s[—–-])\s")


# the time a heading's report is for: "... for the night of 14 May", "..., 14 May"
_HEADING_TIME_RE = re.compile(r"\s+(?:for|on|of|from)\s+(?:the\s+)?(?:night|day|morning|evening|\d).*$", re.IGNORECASE)


# a sentence of more than eight words that does not point back ("This was reported by the air force ...")
_OWN_STATEMENT_RE = re.compile(
    r"(?!\W*(?:this|that|these|those|it|they|the\s+(?:figures?|data|numbers?|tally|report)|according)\b)(?:\S+\s+){8}\S",
    re.IGNORECASE,
)
_FIGURES_RE = re.compile(r"\d|\b(?:them|those|these|which)\b", re.IGNORECASE)  # "17 of them, ... said"
_CONTINUES_RE = re.compile(r"\b(?:them|those|these|which)\b|[\"”]", re.IGNORECASE)


def _toll_only(text: str) -> bool:
    """ "Three people were killed and 18 injured, the governor said": figures of the dead and hurt, not of weapons
    (but not '... of them were destroyed," Fedorov wrote, adding that two were injured')."""
    return _TOLL_RE.search(text) is not None and _CONTINUES_RE.search(text) is None


_SENTENCE_END_RE = re.compile(r"[.!?][\"”’']?\s*$")


_DAY_OR_TIME_RE = re.compile(
    rf"\b\d{{1,2}}[:.]\d\d\b|\b(?:{_MONTH_NAMES})\s+\d{{1,2}}\b|\b\d{{1,2}}\s+(?:{_MONTH_NAMES})\b|\b(?:19|20)\d\d\b"
)


def _paragraph_claimant(sentence: _Sentence, paragraphs: list[str], context: _DocContext) -> _Claimant | None:
    """Who the paragraph says reports it, when the sentence itself names no one: an introducing sentence
    ("The air force posted its tally. Drones: 112 launched, ...") or a closing one ("... Lost: 10 drones,
    the air force said."); the nearest such sentence before, then after."""
    texts = _split_sentences(paragraphs[sentence.paragraph])
    if len(texts) == 1 and sentence.paragraph > 0 and _SENTENCE_END_RE.search(sentence.text):
        # wire copy's one-sentence paragraphs: "Russia launched drones and missiles overnight, the air force said. /
        # There were 76 drones." (a lead with no figures of its own; not a headline above it)
        lead = paragraphs[sentence.paragraph - 1]
        figures = _DAY_OR_TIME_RE.sub("", lead)  # "On the night of November 5 (from 18:00 on November 4)" counts nothing
        if len(_split_sentences(lead)) == 1 and not any(ch.isdigit() for ch in figures) and _SENTENCE_END_RE.search(lead):
            claims = [c for _, c in _claimants(lead, context) if not c.pronoun]
            return claims[-1] if claims else None
    if len(texts) < 2 or sentence.text not in texts:
        return None
    i = texts.index(sentence.text)
    for j in [*range(i - 1, -1, -1), *range(i + 1, len(texts))]:
        if j > i and _OWN_STATEMENT_RE.match(texts[j]) and not (
            (_FIGURES_RE.search(texts[j]) and not _toll_only(texts[j])) or _WEAPON_LC.search(_lower(texts[j]))
        ):
            continue  # "A hospital was damaged, Zelensky said", "Three were killed, ...": a later statement of its own
        claims = [c for _, c in _claimants(texts[j], context) if not c.pronoun]
        if claims:
            return claims[0] if j > i else claims[-1]
    return None


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
