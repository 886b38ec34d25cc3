"""Casualty claims: who says how many soldiers or civilians of which side were killed,
wounded, captured or went missing, or were lost in total ("casualties").

Per sentence that passes a keyword prefilter, every count of people (see the count
convention in `sitrep.claims_common`: digits, words, ranges -> low/high, vague amounts such
as "dozens" or "a battalion" -> value null with the phrase kept) gets a measure from the
nearest casualty cue: right after its noun phrase ("300 Russian soldiers were killed",
"2,000 casualties"), or right before it ("killing at least 12", "lost up to a battalion",
"the death toll rose to 9"). A count without a cue of its own that follows "including"
("..., including 1,500 over the past day") repeats the measure before it and is a claim
only when its period differs (otherwise it is a breakdown of the total); a running total
with no noun ("..., bringing the total since 2022 to 934,520") repeats it always. The General
Staff's tally line ("personnel – about 893,160 (+1,230) persons") is the total since the
invasion and the past day's losses.

Measures: `killed`, `wounded` (also "taken to hospital"), `captured`, `missing`, and `casualties` for losses in
general ("lost", "losses", "casualties", "killed or wounded"). Captives taken wounded ("captured two wounded North
Korean soldiers") are `captured`: the state is their adjective. Side is whose people they
are: the adjective on the noun ("Russian soldiers", "of North Korean infantry"), the
subject who "lost"/"suffered" them, the place of civilian deaths, the other side of an
attacker ("Russian strike ... killed"), else from the claimant. "enemy" is the other side
of the claimant (when the sentence names none with a side, the one named before it: "The enemy
lost up to 480 troops, the ministry said"). Soldiers killed by a strike with no side named before
them are of the place struck, when the claimant (if any) is of that side. Units decide meaning: distances, weights, %, money, years and ages
("a 9-year-old boy" is one civilian, the 9 is not a count) are never counts of people.
Not casualties: arrests and detentions, protesters and police at protests (anywhere in the
paragraph), prison sentences, deserters, road accidents, prisoners or bodies handed over or
repatriated, things (tanks, drones, villages). "lost" (and "neutralised") counts
people only: a bare count "lost" in a sentence about drones or missiles, or "lost to
electronic warfare / jammed / locationally lost", is not a casualty claim. A count "among the
injured/dead" ("Among the injured are three children", "Fourteen of the injured") is part of a figure given elsewhere and is dropped when the document gives
another figure for that measure.

A part of a whole ("About 3,000 of the roughly 11,000 soldiers Pyongyang sent have been killed
or wounded") is the figure, with the whole's noun and the sender's side; the whole is not. Figures
joined by "and" share the period that closes them ("killed three civilians and wounded 12 ...
over the past day"). "Sent to Russia" names a destination, not whose people they are.

A sentence set before 2014 ("in 1979") is about an earlier war, not a claim.

Civilians with no side in their sentence ("Another 75 people were wounded") take the side
from the text before them (the sentence's paragraph, then up to three paragraphs back,
headline included): the side where it happened ("in Ukraine", "Kharkiv", "Belgorod"), else
the side attacked ("Russia fired 40 missiles" -> ukraine, "a Ukrainian drone attack" ->
russia); with none found, `ukraine` (civilians killed in the war are overwhelmingly Ukraine's, and a
row without a side is wrong whatever the truth).
"""
from __future__ import annotations

import re
from functools import lru_cache

from sitrep.claims_common import (
    Keywords,
    caseless,
    has_count,
    lower_keep,
    NORTH_KOREA,
    OTHER_SIDE,
    RUSSIA,
    SIDE_RE,
    UKRAINE,
    Claimant,
    ClaimantFinder,
    Count,
    Pending,
    Sentence,
    dedupe,
    drop_headline_bounds,
    find_counts,
    location_near,
    make_row,
    period_of,
    place_side,
    same_period,
    sentences,
)
from sitrep.models import Document
from sitrep.schemas import CASUALTY_CLAIMS

EXTRACTOR_VERSION = "42"

_PREFILTER_RE = Keywords(
    "kill", "dead", "died", "death", "wound", "injur", "hurt", "hospital", "casualt", "losses", "lost", "lose", "losi",
    "captur", "captive", "prisoner", "pow", "missing", "eliminat", "neutrali", "perish", "fatalit", "surrender", "toll", "lives", "liquidat", "slain", "(+",
)

# ---------------------------------------------------------------- lexicon

_CUES = (
    ("casualties", r"(?:killed|dead)\s*(?:,\s*|\s+)(?:or|and)\s+(?:wounded|injured)|casualties|losses|lost(?!\s+their\s+lives)|lose|loses|losing|"
                   r"neutrali[sz](?:ed|es|ing)|(?:put|taken|took)\s+out\s+of\s+action"),
    ("killed", r"killed|killing|kills|dead|died|dies|deaths?|perished|fatalities|lost\s+their\s+lives|slain|"
               r"(?:claimed|took|claiming|taking)\s+the\s+lives\s+of|"
               r"eliminated|liquidated|death\s+toll|execut(?:ed|ing|es)|murder(?:ed|ing)|massacred|shot\s+dead"),
    ("wounded", r"wounded|wounding|wounds|injured|injuring|injures|injuries|hurt|hospitali[sz]ed|"
                r"(?:taken|rushed|admitted|brought|airlifted)\s+to\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?hospitals?"),
    ("captured", r"captured|capturing|taken\s+(?:prisoner|captive)|took\s+(?:\w+\s+)?prisoner|prisoners?\s+of\s+war|POWs?|"
                 r"surrendered"),
    ("missing", r"missing|unaccounted\s+for"),
)
_CUE_RE = re.compile(
    r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(f"(?P<{name}>{pattern})" for name, pattern in _CUES), re.IGNORECASE
)
_MILITARY = (
    r"troops?|soldiers?|servicem[ae]n|servicewom[ae]n|service\s+members|servicemembers|personnel|fighters?|infantry(?:men)?|"
    r"paratroop(?:er)?s?|marines?|mercenar(?:y|ies)|conscripts?|recruits?|officers?|occupiers|invaders|militants|"
    r"forces|army|crew(?:men)?|pilots?|operators|generals?|commanders?|colonels?|sailors|POWs?|prisoners|defenders|combatants|commandos|gunners|"
    r"battalion|company|platoon|regiment|brigade|division"
)
_CIVILIAN = (
    r"civilians?|people|persons?|residents?|children|child|kids?|minors?|boys?|girls?|babies|baby|infants?|"
    r"teenagers?|teens?|adults?|pensioners?|elderly|passengers?|workers?|employees?|rescuers?|medics?|doctors?|"
    r"journalists?|citizens?|villagers?|volunteers?|m[ae]n|wom[ae]n|victims|bodies|famil(?:y|ies)|"
    r"firefighters?|nurses?|students?|patients?|humanitarian\s+workers|police(?:\s+officers?)?|police(?:m[ae]n|wom[ae]n)|"
    r"electricians?|drivers?|farmers?|teachers?|paramedics?|miners?"
)
_NOUN_RE = re.compile(rf"(?P<military>{_MILITARY})|(?P<civilian>{_CIVILIAN})", re.IGNORECASE)
_MODIFIER_RE = re.compile(
    r"North\s+Korean|[A-Z][\w'’.-]*|[a-z]+-[a-z-]+|of|the|their|its|his|her|our|more|other|additional|elite|local|foreign|"
    r"enemy|military|civilian|wounded|injured|dead|unarmed|innocent|young|elderly|armed|regular|special|airborne|"
    r"marine|infantry|assault|mobilised|mobilized|contract|volunteer|allied|opposing|occupying|ukrainian|russian|"
    r"korean|north|more|further|all|small|little|newborn|pregnant|school|record|total|combat|military|such|others|drone|artillery|tank"
)
_WORKERS_NEXT_RE = re.compile(r"\s+(?:workers?|employees?)\b")
_THING_OK_RE = re.compile(  # words that may follow a bare count ("12 killed", "including 1,500 over the past day")
    r"^\s*(?:[,.;:!?)\]'’\"”–—-]|$|(?:and|or|in|on|at|near|over|during|across|from|by|since|after|before|when|as|"
    r"were|was|have|has|had|been|are|is|remain|remained|still|while|with|so|this|last|per|a|more|others?|overnight|yesterday|today|"
    r"people|confirmed|recorded|reported|registered|documented|verified)\b)",
    re.IGNORECASE,
)
_AUX = (
    r"were|was|have|has|had|been|being|are|is|reportedly|also|now|later|all|confirmed|believed|thought|feared|said|"
    r"to|be|have|allegedly|either|so\s+far|in\s+total|in\s+all|combined|so|far|likely|probably|possibly|since|then|"
    r"presumed|still|officially|currently|listed\s+as|among\s+(?:those|the)|as|seriously|severely|critically|lightly|slightly|badly|fatally|got|left|remain|remained|"
    r"held|kept|being"
)
_AFTER_CUE_RE = re.compile(  # an aside between the noun and its cue: "including two children", "a man and a woman"
    rf"^(?:\s*,?\s*(?:including|among\s+them|of\s+whom|most\s+of\s+them|(?:an?|both|mostly)(?=\s))[^,;.]{{0,60}},)?"
    # ... or a reduced relative: "About 4,000 soldiers fighting in Russia's Kursk region have been killed"
    r"(?:\s+(?:(?:fighting|serving|deployed|stationed|sent|based)\s+(?:in|for|alongside|with|on|to|near)|from\s+(?:the|their|its|his|her))"
    r"\s+[^,;.]{0,50}?(?=\s+(?:have|has|had|were|was)\b))?"
    rf"(?:\s+(?:{_AUX})\b)*\s+(?:{_CUE_RE.pattern})",
    re.IGNORECASE,
)
_CUE_NOUN_RE = re.compile(
    r"^\s+(?:(?P<casualties>casualties|losses|killed\s+(?:or|and)\s+(?:wounded|injured)|dead\s+(?:or|and)\s+(?:wounded|injured))"
    r"|(?P<killed>dead|deaths|fatalities|killed)|(?P<wounded>wounded|injured|injuries)|(?P<captured>POWs?|prisoners\s+of\s+war|captives)"
    r"|(?P<missing>missing))(?![\w-])",
    re.IGNORECASE,
)
_TOLL_RE = re.compile(
    r"(?:(?P<killed>death\s+toll|toll|number\s+of\s+(?:the\s+)?(?:people\s+|civilians\s+|persons\s+)?(?:dead|deaths|killed|fatalities|victims))"
    r"|(?P<wounded>number\s+of\s+(?:the\s+)?(?:people\s+|civilians\s+|persons\s+)?(?:injured|wounded))|(?P<casualties>number\s+of\s+casualties|(?:combat\s+)?losses))"
    r"[^.;:]{0,90}?\b(?:rose|risen|rises|rising|climbed|reached|reaches|stands|stand|stood|is|are|was|were|has\s+risen|"
    r"increased|jumped|grew|hit|now|totalled|totaled|amounted)\s+(?:to\s+|at\s+)?(?:an?\s+(?:total|record|new\s+high)(?:\s+of)?\s+)?$",
    re.IGNORECASE,
)
# a running total: "..., bringing the total number of Russian casualties since the invasion to 790,190"
_TOTAL_TO_RE = re.compile(
    r"\b(?:bringing|taking|raising|pushing|lifting)\s+(?:the|its|their|[A-Z][\w-]+['’]s)\s+(?:(?:overall|total|cumulative)\s+)?"
    r"(?:(?:number|tally|count)\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:(?P<casualties>casualties|losses)|(?P<killed>death\s+toll|toll|dead|deaths))"
    r"\b[^.;:]{0,90}?\s+to\s+$",
    re.IGNORECASE,
)
# "of them", also with the participle that names them again: "about 4,000 of those deployed earlier were killed"
_OF_THEM_RE = re.compile(
    r"\s+of\s+(?:them|those|these|whom)(?:\s+(?:already\s+)?(?:sent|deployed|dispatched|fighting|serving|stationed)"
    r"(?:\s+(?:earlier|so\s+far|there|initially|previously|first))?)?\b",
    re.IGNORECASE,
)
# a running total with no noun of its own repeats the figure before: "..., bringing the total since 2022 to 934,520"
_RUNNING_TOTAL_RE = re.compile(
    r"\b(?:bringing|taking|raising|pushing|lifting)\s+(?:the|its|their)\s+(?:overall\s+|cumulative\s+)?"
    r"(?:total|tally|figure|count)\b[^.;:]{0,60}?\s+to\s+$",
    re.IGNORECASE,
)
_ANAPHOR_BEFORE_RE = re.compile(r"\b(?:including|of\s+whom|of\s+them|among\s+them|with|and)\s+$", re.IGNORECASE)
_SINGLE_RE = re.compile(
    r"\b(?:a|an)\s+(?:(?:\d+|[a-z]+(?:-[a-z]+)?)-(?:year|month|week)-old\s+|young\s+|elderly\s+|pregnant\s+|local\s+)?"
    r"(?:boy|girl|man|woman|child|teenager|baby|infant|pensioner|civilian|resident|soldier|serviceman|journalist|"
    r"volunteer|rescuer|medic|police\s+officer)\b",
    re.IGNORECASE,
)
_SINGLE_HINTS = Keywords(  # every noun _SINGLE_RE needs ("man" covers "woman", "serviceman")
    "boy", "girl", "man", "child", "teenager", "baby", "infant", "pensioner", "civilian", "resident", "soldier",
    "journalist", "volunteer", "rescuer", "medic", "police officer",
)


@lru_cache(maxsize=1 << 16)
def _has_casualty_count(text: str) -> bool:
    return has_count(text) or _SINGLE_HINTS.search(text)


_EXCLUDE_RE = re.compile(
    r"protest|demonstrat|riot|rally|\bdetain|\barrest|sentenced|\bjail|prison\s+term|desert(?:ed|ers|ion)|AWOL|"
    r"absent\s+without\s+leave|earthquake|(?:traffic|road|car|bus|coach)\s+(?:accident|crash|collision)|\bcollided\b|"
    r"prisoner\s+(?:exchange|swap)|swap|exchange|"
    r"returned\s+home|released|freed|repatriat|"
    # handed over in an exchange, not to those who question captives: "captured ... and handed over to the SBU"
    r"hand(?:ed|s)?\s+over(?!\s+to\s+(?:the\s+)?(?:SBU|HUR|security\s+service|(?:military\s+)?intelligence|investigators|police|prosecutors))|"
    r"(?:receiv\w*|returned)\s+(?:the\s+)?(?:bodies|remains)\b",
    re.IGNORECASE,
)
_PROTEST_RE = re.compile(r"protest|demonstrators|\briot", re.IGNORECASE)
_PROTEST_HINTS = Keywords("protest", "demonstrators", "riot")
_EXCLUDE_HINTS = Keywords(  # every word _EXCLUDE_RE needs, so the regex runs only where it can match
    "protest", "demonstrat", "riot", "rally", "detain", "arrest", "sentenced", "jail", "prison", "desert", "awol",
    "absent", "earthquake", "accident", "crash", "collision", "collided", "prisoner", "swap", "exchange", "returned", "released", "freed", "hand", "repatriat", "receiv",
)
_ATTACK_SIDE_RE = re.compile(
    rf"(?:{SIDE_RE.pattern})\s+(?:[\w-]+\s+){{0,2}}?(?:strikes?|attacks?|shelling|drones?|missiles?|bombs?|bombing|"
    r"artillery|airstrikes?|air\s+strikes?|glide|rockets?|forces|troops|army|military|fire|assault|invasion|aggression|"
    r"occupation|war)\b"
)
_ATTACK_VERB_RE = re.compile(  # "Russia fired 40 missiles", "Russian forces attacked the region"
    rf"(?:{SIDE_RE.pattern})\s+(?:(?:forces|troops|army|military|also|again|has|have|had)\s+)*(?:fired|launched|attacked|"
    r"struck|hit|targeted|shelled|bombed|bombarded|pounded|unleashed)\b"
)
_LOCATED_SIDE_RE = re.compile(
    r"\b(?:in|on|over|at|across|inside|near)\s+(?:the\s+)?(?:(?:southern|eastern|northern|western|central|occupied)\s+)*"
    r"(?:(?P<russia>Russia|Russian\s+territory)|(?P<ukraine>Ukraine|Ukrainian\s+(?:territory|cities|city|towns?|villages?)))\b"
)
# "killed in Russia's overnight strike on Kyiv": the attacker, not where it happened
_ATTACKERS_STRIKE_RE = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,4}?(?:strikes?|attacks?|shelling|bombardment|barrage|assault|offensive|invasion|war)\b"
)
_CLAUSE_BREAK_RE = re.compile(r"[;:]|\s[-–—]\s|,\s+(?:while|but|whereas)\b|\bwhile\b", re.IGNORECASE)
_PARTITIVE_RE = re.compile(
    r"\s+of\s+(?:the|its|their)\s+(?:(?:about|around|roughly|some|nearly|almost|an\s+estimated|estimated|more\s+than|over)\s+)?",
    re.IGNORECASE,
)
# where a group counted in part is: "in Kursk", "deployed to the Kursk region", "sent to Russia"
_GROUP_PLACE_RE = re.compile(
    r"\s+(?:(?:deployed|sent|stationed|fighting|serving)\s+)?(?:in|to|at|near|on)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]+(?:['’]s)?\s+)?[A-Z][\w'’-]+(?:\s+(?:region|oblast|front))?"
)
_REDUCED_RELATIVE_RE = re.compile(  # "the 11,000 soldiers Pyongyang sent"
    r"\s+(?:that\s+|who\s+|whom\s+|which\s+)?(?:[A-Z][\w'’-]+\s+){1,2}(?:has\s+|had\s+|have\s+)?(?:sent|deployed|dispatched|committed)\b"
)
_EARLIER_WAR_RE = re.compile(
    r"\b(?:in|during|between|from)\s+(?:the\s+)?(?:19\d\d|200\d|201[0-3])s?\b"
    r"|\b(?:Second|First)\s+World\s+War\b|\bWorld\s+War\s+(?:II|I|Two|One|2|1)\b|\bWWII\b|\bWW2\b|\bGreat\s+Patriotic\s+War\b|"
    r"\bHolodomor\b"
)
_COORDINATED_RE = re.compile(r"[^;:.]*?\band\s+(?:\w+\s+){0,2}?", re.IGNORECASE)
_DESTINATION_BEFORE_RE = re.compile(r"\b(?:to|into|towards|for)\s+(?:the\s+)?$", re.IGNORECASE)


# ---------------------------------------------------------------- public


def extract_casualties(doc: Document) -> list[dict]:
    """All casualty claims in `doc`, one complete CASUALTY_CLAIMS row per claim."""
    finder = ClaimantFinder(doc)
    pending: list[Pending] = []
    for sentence in sentences(doc, _PREFILTER_RE, _has_casualty_count):
        if _EXCLUDE_HINTS.search(sentence.text) and _EXCLUDE_RE.search(sentence.text):
            continue
        paragraph = sentence.paragraphs[sentence.paragraph_index]
        if _PROTEST_HINTS.search(paragraph) and _PROTEST_RE.search(paragraph):
            continue  # police and protesters hurt at a protest are not war casualties
        try:
            claims = _sentence_claims(sentence, finder)
        except (ValueError, IndexError, KeyError):  # malformed text never stops a document
            continue
        if claims and _EARLIER_WAR_RE.search(sentence.text):
            continue  # "some 15,000 of them were killed" in Afghanistan after 1979: not this war
        pending.extend(claims)
    # "6 children were among the injured" is part of a figure the document gives ("wounded 30"): not a
    # claim of its own; "a girl was among those killed" with no other figure for that measure is one
    totals = {p.fields["measure"] for p in pending if not p.extra.get("subset")}
    pending = [p for p in pending if not p.extra.get("subset") or p.fields["measure"] not in totals]
    pending = _without_restatements(pending)
    pending = _without_place_breakdowns(pending)
    # "Two killed in Ramenskoye" over "Two people were killed ... in Ramenskoye, the Moscow region governor said": a
    # heading that names no side took the default one; the body's figure is the claim
    bodies = [p for p in pending if not p.headline]
    pending = [p for p in pending if not (
        p.headline and not SIDE_RE.search(p.sentence.text) and not place_side(p.sentence.text)
        and any(b.key[1:] == p.key[1:] and b.key[0] != p.key[0] and b.sentence.post_index == p.sentence.post_index for b in bodies)
    )]
    rows = []
    pending = drop_headline_bounds(pending, lambda h, b: h.key[:3] == b.key[:3])  # side, population, measure
    for p in dedupe(pending, soft_keys=("period", "claimant", "location"), unsided_restate=True):
        fields = {**p.fields, **{k: v for k, v in p.soft.items() if v is not None or k not in p.fields}}
        rows.append(make_row(CASUALTY_CLAIMS, doc, p, fields, extractor_version=EXTRACTOR_VERSION, identity=(
            "side", "population", "measure", "value", "low", "high", "vague_phrase", "qualifier", "period", "location")))
    return rows


# a sentence that narrows to one place of the toll given before it: "In Dnipro, three were killed", "In Kherson itself, ..."
_PLACE_FRONTED_RE = re.compile(r"\W*In\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]+)(?:\s+(?:city|itself))?\s*,")


def _without_place_breakdowns(pending: list[Pending]) -> list[Pending]:
    """ "Four people were killed and 26 injured in the region over the past day. In Dnipro, three were killed and 19
    injured": a place's share of a toll given before it in the document is part of that toll, not a claim of its own."""
    out: list[Pending] = []
    for p in pending:
        fronted = _PLACE_FRONTED_RE.match(p.sentence.text)
        if fronted and p.fields.get("value") is not None and any(
            q.sentence.text != p.sentence.text and q.key[:3] == p.key[:3]
            and (q.fields.get("value") or 0) > p.fields["value"]
            and fronted["place"][:5] in q.sentence.text  # the city in the region the toll was given for (Dnipro in
            for q in out                                  # the Dnipropetrovsk region), not another region
        ):
            continue
        out.append(p)
    return out


# ---------------------------------------------------------------- per sentence


def _singles(text: str) -> list[Count]:
    """ "a 9-year-old boy", "a woman": one person, unless part of a figure given before ("including a child");
    people listed one by one are counted together ("a 62-year-old woman and a 14-year-old boy": two)."""
    out: list[Count] = []
    for m in _SINGLE_RE.finditer(text):
        if re.search(r"\b(?:including|among\s+them|among\s+whom|of\s+whom)\s+$", text[: m.start()], re.IGNORECASE):
            continue
        if out and _LISTED_RE.fullmatch(text, out[-1].end, m.start()):
            out[-1] = Count(out[-1].value + 1, None, None, "exact", None, out[-1].start, out[-1].num_start, m.end())
            continue
        out.append(Count(1, None, None, "exact", None, m.start(), m.start(), m.end()))
    return out


_LISTED_THINGS_RE = re.compile(r"(?:\s+\d[\d,]*(?:\s+[a-z-]+){1,2}\s*,)+\s*$")
_LISTED_RE = re.compile(r"\s*(?:,|,?\s+and)\s+")
# where the losses were taken, between the cue noun and its figure: "casualties from the fighting in Russia's Kursk
# region are estimated at around 4,000"
_IN_THE_FIGHTING_RE = re.compile(
    r"\s+(?:from|in|during)\s+(?:the\s+)?(?:fighting|battles?|war|combat)"
    r"(?:\s+(?:in|for|near|around)\s+(?:[A-Z][\w'’]*\s+)+(?:region|oblast|province))?(?=\s)"
)
# an age after the person: "A man, 45, was killed", "Two people, aged 62 and 70, were injured"
_AGE_APPOSITION_RE = re.compile(
    r"\s*,\s*(?:both\s+)?(?:aged\s+)?\d{1,3}(?:\s*(?:,|and)\s*\d{1,3})*(?:\s+years\s+old)?\s*,"
    r"|\s+aged\s+\d{1,3}(?:\s*(?:,|and)\s*\d{1,3})*(?=\s)"  # "two women aged 47 and 71 were injured"
)


_NEXT_WORD_RE = re.compile(r"\s+([\w'’.-]+(?:\s+Korean|(?<=[Pp]olice)\s+officers?)?)")  # "police officers": civilians
_OF_WAR_RE = re.compile(r"\s+(of\s+war)\b")
_OF_PLACE_RE = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s+(?:region|oblast|district|village|city))?\b")


def _noun_phrase(text: str, end: int) -> tuple[int, str | None, str | None, bool]:
    """After a count: (end of its noun phrase, population of the head noun, side adjective, bare count?)."""
    pos, side, words = end, None, 0
    while words < 6:
        m = _NEXT_WORD_RE.match(text, pos)
        if not m:
            break
        word = m.group(1).rstrip(".")
        noun = _NOUN_RE.fullmatch(word)
        if noun:
            nxt = _OF_WAR_RE.match(text, m.end()) or (_OF_PLACE_RE.match(text, m.end()) if noun.lastgroup == "civilian" else None)
            stop = nxt.end() if nxt else m.end()  # "prisoners of war", "two residents of Rylsk"
            if text.startswith(" of ", end):  # "4,000 of the North Korean troops in Kursk have been killed": where they are
                place = _GROUP_PLACE_RE.match(text, stop)
                stop = place.end() if place else stop
            return stop, noun.lastgroup, side, False
        if _CUE_RE.fullmatch(word) or not (_MODIFIER_RE.fullmatch(word) or _WORKERS_NEXT_RE.match(text, m.end())):
            break  # any one word may say what work people did: "three port workers"
        s = SIDE_RE.fullmatch(word)
        if s and side is None:
            side = s.lastgroup
        pos = m.end()
        words += 1
    rest = text[pos:]
    anaphor = _OF_THEM_RE.match(text, end)
    if anaphor:  # "more than 1,000 of them have been killed"
        return anaphor.end(), None, None, True
    bare = bool(_THING_OK_RE.match(rest) or _CUE_RE.match(rest.lstrip()))
    return pos, None, side, bare


def _sentence_claims(sentence: Sentence, finder: ClaimantFinder) -> list[Pending]:
    text = sentence.text
    counts = sorted(find_counts(text) + _singles(text), key=lambda c: c.num_start)
    counts = [c for i, c in enumerate(counts) if not any(o.num_start <= c.num_start < o.end for o in counts[:i])]
    tally, counts = _tally_claims(sentence, finder, counts) if "(+" in text else ([], counts)
    phrases = []
    whole_of: Count | None = None  # the whole of a partitive count, not a figure of its own
    for i, c in enumerate(counts):
        if c is whole_of or _ONE_OF_THE_COUNTED_RE.match(text, c.end) or _BOTH_MEASURES_RE.match(text, c.start):
            continue  # "One of the captured soldiers told interrogators ...": people counted before, not a new count
        if _AGED_BEFORE_RE.search(text, max(0, c.start - 24), c.start):
            continue  # "a man aged 58 and a woman aged 61": ages, not counts
        if _FORECAST_BEFORE_RE.search(text, max(0, c.start - 60), c.start):
            continue  # "losses could pass one million by next summer": a forecast
        if _SHARE_OF_BEFORE_RE.search(text, max(0, c.start - 40), c.start):
            continue  # "Nearly half of the roughly 11,000 soldiers deployed ... have been killed": the whole, not the dead
        np_end, population, np_side, bare = _noun_phrase(text, c.end)
        whole = counts[i + 1] if i + 1 < len(counts) else None
        if whole is not None and _PARTITIVE_RE.fullmatch(text, c.end, whole.num_start):
            # "About 3,000 of the roughly 11,000 soldiers Pyongyang sent have been killed": the part is the figure,
            # with the whole's noun phrase, and the words after it are the part's
            np_end, population, np_side, bare = _noun_phrase(text, whole.end)
            relative = _REDUCED_RELATIVE_RE.match(text, np_end)
            if relative is not None:
                np_side = np_side or _first_side(relative.group(), len(relative.group()))  # whose soldiers: the sender's
                np_end = relative.end()
            whole_of = whole
        if c.vague_phrase and re.match(r"an?\s", c.vague_phrase, re.I):
            population = population or "military"
        if population is not None or bare:  # otherwise it counts something else: tanks, villages, drones
            phrases.append((c, np_end, population, np_side, bare))
    out: list[Pending] = []
    last: tuple[Count, dict] | None = None
    claimant_side: str | None = None
    first_start = phrases[0][0].start if phrases else 0
    for i, (c, np_end, population, np_side, bare) in enumerate(phrases):
        if last is not None and _OF_WHOM_AFTER_RE.match(text, c.end) and _COMMA_BEFORE_RE.search(text, max(0, c.start - 3), c.start):
            continue  # "12 people had been injured, four of whom were taken to hospital": a part of the casualties before
        nxt = phrases[i + 1][0].start if i + 1 < len(phrases) else None
        # the next figure, passing over a part of this one ("Nine people, including two children, were wounded ... overnight")
        later = [p[0].start for p in phrases[i + 1 :]
                 if p[2] is None or not _PART_BEFORE_RE.search(text, max(0, p[0].start - 25), p[0].start)]
        past_part = later[0] if later else None
        prev_end = phrases[i - 1][0].end if i > 0 else 0
        measure = _measure_after(text, c, np_end) or _measure_before(text, c)
        if bare and measure in ("wounded", "killed"):
            held = _held_wounded(text, c)
            if held is not None:  # "took two wounded North Korean soldiers prisoner": captured, the state an adjective
                measure, (np_end, population, np_side, bare) = "captured", held
        if measure == "captured" and _measure_before(text, c) in ("killed", "wounded"):
            measure = _measure_before(text, c)  # "executed at least 93 Ukrainian prisoners of war": killed
        if _THING_AFTER_RE.match(text, c.end):
            continue  # "89 enemy UAVs neutralised overnight": things, not people
        if measure == "casualties" and population is None and _lost_things(text, c, np_end):
            continue  # "25 were lost to electronic warfare": drones, not people
        if measure == "casualties" and bare and _THINGS_BEFORE_RE.search(before := _sentence_before(sentence)) and not _NOUN_RE.search(
            before
        ):
            continue  # "The enemy launched 88 drones. Our defenders neutralised 63.": the drones the sentence before counts
        subset = measure is not None and bool(
            _SUBSET_AFTER_RE.match(text[np_end:]) or _SUBSET_BEFORE_RE.search(text, max(0, c.start - 40), c.start)
            or _PART_OF_CUE_RE.match(text, c.end) or _IN_HOSPITAL_OF_THEM_RE.match(text, c.end)
            or _VICTIMS_LISTED_BEFORE_RE.search(text, max(0, c.start - 30), c.start)  # "killed – two men aged 64 and 70 and"
            or (not bare and _PART_BEFORE_RE.search(text, max(0, c.start - 25), c.start)))  # "..., including 17 children killed"
        period = period_of(text, c.start, c.end, next_start=nxt, prev_end=prev_end, first_start=first_start)
        if period is None and past_part != nxt and not _SUBORDINATE_RE.search(text, c.end, past_part or len(text)):
            period = period_of(text, c.start, c.end, next_start=past_part, prev_end=prev_end, first_start=first_start)
        if period is None and nxt is not None and _COORDINATED_RE.fullmatch(text, c.end, nxt):
            # "killed three civilians and wounded 12 ... over the past day": the period closes both figures
            period = period_of(text, c.start, c.end, prev_end=prev_end, first_start=first_start)
        if measure is None:
            if last is None or not bare:
                continue
            if not _RUNNING_TOTAL_RE.search(text, max(0, c.start - 120), c.start):
                if not _ANAPHOR_BEFORE_RE.search(text[: c.start]):
                    continue
                if period is None or same_period(period, last[1]["period"]):
                    continue  # a breakdown of the figure before it ("in its daily report": the past 24 hours')
            fields = {**last[1], **c.fields, "period": period}
            fields["location"] = location_near(text, c.end) or fields.get("location")
        else:
            if measure in ("killed", "wounded", "missing") and c.value is not None and c.value > 10_000_000:
                continue
            of_them = re.match(r"\s+of\s+(?:them|those|these|whom)\b", text[c.end :]) is not None
            if of_them and last is None:  # the people counted before, casualties or not: in the sentence, else before it
                before = text[: c.start] if _first_side(text, c.start) else f"{sentence.before} {text[: c.start]}"
                group = _population(before, measure)
                # soldiers are their side's; civilians are of where they were (found later), not of a "Russian missile"
                side = _first_side(before, len(before)) if group == "military" else None
                own = list(_SIDED_PEOPLE_RE.finditer(before)) if group == "military" else []
                if own:  # "A Ukrainian strike hit a gathering of Russian soldiers, killing 30 of them": the soldiers' side
                    side = own[-1].lastgroup
                last = (c, {"side": side, "population": group})
            if (last is None and bare and np_side is None and sentence.before and measure == "killed"
                    and _BARE_TOLL_RE.search(text, max(0, c.start - 60), c.start) and not _first_side(text, c.start)):
                # "... 111,387 Russian soldiers killed. It estimated the true death toll at 200,000": the same dead
                group = _population(sentence.before, measure)
                if group == "military" and (side := _first_side(sentence.before, len(sentence.before))):
                    last = (c, {"side": side, "population": group})
            inherit = bare and last is not None and np_side is None
            population = population or (last[1]["population"] if inherit else None) or _population(text, measure)
            if measure == "captured" or (measure == "casualties" and _PEOPLE_RE.match(text, c.end, np_end)
                                          and _population(text[: c.start], measure) == "military"):
                population = "military"  # "Russian forces lost 1,330 people killed and wounded": soldiers
            claimant = finder.for_sentence(sentence, c.start)
            claimant_side = claimant.side if claimant else None
            if (measure == "killed" and _LIQUIDATED_BEFORE_RE.search(text, max(0, c.start - 40), c.start)
                    and _KILLED_AND_WOUNDED_RE.search(text, c.end)):
                measure = "casualties"  # "'liquidated' 1,140 soldiers, a figure which ... covers both killed and wounded"
            # "The enemy lost up to 480 troops, the ministry said": whose enemy, from the claimant named before
            says = claimant if claimant_side or "enemy" not in text else _earlier_claimant(sentence, finder) or claimant
            side = last[1]["side"] if inherit and last[1]["side"] else _side(text, c, np_end, np_side, measure, population, says)
            if side is None and population == "civilian":
                # no side in the text before either: the war's civilian casualties are, overwhelmingly, Ukraine's
                side = _context_side(sentence) or UKRAINE
            fields = {
                "side": side, "population": population, "measure": measure, **c.fields, "period": period,
                "location": location_near(text, c.end), "claimant": claimant.name if claimant else None,
            }
        last = (c, fields)
        out.append(_pending(fields, sentence, claimant_side, subset if measure else False))
        out[-1].extra["definite"] = _THE_BEFORE_RE.search(text, max(0, c.start - 5), c.start) is not None
    return tally + out


_OF_WHOM_AFTER_RE = re.compile(r"\s+of\s+whom\b", re.IGNORECASE)
_COMMA_BEFORE_RE = re.compile(r",\s*$")
_SHARE_OF_BEFORE_RE = re.compile(
    r"\b(?:half|most|many|much|a\s+third|a\s+quarter|(?:one|two)-thirds|a\s+fifth|a\s+majority|the\s+majority|part)\s+of\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:(?:roughly|about|some|around|nearly|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)
_SIDED_PEOPLE_RE = re.compile(
    r"\b(?:(?P<russia>Russian)|(?P<ukraine>Ukrainian)|(?P<north_korea>North\s+Korean))\s+(?:[\w-]+\s+)?"
    r"(?:soldiers|troops|servicemen|personnel|fighters|marines|paratroopers|conscripts)\b"
)
_KILLED_AND_WOUNDED_RE = re.compile(r"\b(?:killed|dead)\s+(?:and|or)\s+(?:wounded|injured)\b", re.IGNORECASE)
_LIQUIDATED_BEFORE_RE = re.compile(r"\b(?:liquidated|eliminated)[\"”’']?\s+(?:about\s+|some\s+|more\s+than\s+)?$", re.IGNORECASE)
_BOTH_MEASURES_RE = re.compile(r"both\s+(?:killed|dead)\s+and\s+(?:wounded|injured)\b", re.IGNORECASE)  # no count of two
_ONE_OF_THE_COUNTED_RE = re.compile(
    r"\s+of\s+(?:the|those|these)\s+(?:two\s+|three\s+)?(?:captured|wounded|injured|detained|dead|killed)\s", re.IGNORECASE
)
_BARE_TOLL_RE = re.compile(r"\b(?:death\s+)?toll\b[^.;:,]{0,40}$", re.IGNORECASE)


_THE_BEFORE_RE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_THINGS_BEFORE_RE = re.compile(r"\b(?:drones|UAVs|Shaheds|missiles|decoys)\b", re.IGNORECASE)


def _sentence_before(sentence: Sentence) -> str:
    """The text before the sentence that a bare figure may count what it names: its paragraph up to it, or for a
    paragraph's first sentence the paragraph before (wire copy gives each sentence its own paragraph)."""
    if sentence.before or sentence.paragraph_index == 0:
        return sentence.before
    return sentence.paragraphs[sentence.paragraph_index - 1]


def _without_restatements(pending: list[Pending]) -> list[Pending]:
    """ "..., killing three people. Governor X said the three people had been killed in Vidnoye": a figure named
    with "the" restates the same figure given before, wherever each places it; its claimant completes the first."""
    kept: list[Pending] = []
    for p in pending:
        first = next((k for k in kept if k.key == p.key), None) if p.extra.get("definite") else None
        if first is None:
            kept.append(p)
        elif first.soft.get("claimant") is None:
            first.soft["claimant"] = p.soft.get("claimant")
    return kept


def _pending(fields: dict, sentence: Sentence, claimant_side: str | None, subset: bool) -> Pending:
    key = tuple(fields[k] for k in ("side", "population", "measure", "value", "low", "high", "vague_phrase"))
    soft = {k: fields.get(k) for k in ("period", "claimant", "location")}
    return Pending(key, soft, {k: v for k, v in fields.items() if k not in soft}, [sentence.text], sentence,
                   sentence.is_headline, extra={"claimant_side": claimant_side, "subset": subset})


# the General Staff's running tally, "personnel – about 893,160 (+1,230) persons": the total since the
# invasion and, in brackets, the past day's losses; its header ("combat losses of the enemy") may be lines away
_TALLY_BEFORE_RE = re.compile(r"\bpersonnel\s*[:–—‒-]+\s*$", re.IGNORECASE)
_TALLY_GAP_RE = re.compile(r"\s*\(\s*\+\s*")


def _tally_claims(sentence: Sentence, finder: ClaimantFinder, counts: list[Count]) -> tuple[list[Pending], list[Count]]:
    """The claims of a General Staff tally line, and the counts it leaves for the other rules."""
    text, out, used = sentence.text, [], set()
    for i, (total, daily) in enumerate(zip(counts, counts[1:])):
        if not (_TALLY_GAP_RE.fullmatch(text, total.end, daily.num_start)
                and _TALLY_BEFORE_RE.search(text, max(0, total.start - 20), total.start)):
            continue
        claimant = finder.for_sentence(sentence, total.start)
        claimant_side = claimant.side if claimant else None
        side = UKRAINE if claimant_side == RUSSIA else RUSSIA  # the format of Ukraine's General Staff
        for c, period in ((total, "since the invasion"), (daily, "day")):
            fields = {"side": side, "population": "military", "measure": "casualties", **c.fields, "period": period,
                      "location": None, "claimant": claimant.name if claimant else None}
            out.append(_pending(fields, sentence, claimant_side, False))
        used.update((i, i + 1))
    return out, [c for i, c in enumerate(counts) if i not in used]


_PEOPLE_RE = re.compile(r"\s+(?:people|persons|men)\b", re.IGNORECASE)  # "the force lost 2,000 men": soldiers
_THING_AFTER_RE = re.compile(
    r"\s+(?:(?:enemy|hostile|Russian|Ukrainian|attack|strike|combat|kamikaze|Shahed-type|long-range|more|other)\s+){0,2}"
    r"(?:drones?|UAVs?|Shaheds?|missiles?|rockets?|aircraft|planes?|jets?|helicopters?|tanks?|vehicles?|ships?|boats?|air\s+targets)\b"
    r"(?![\w-]|\s+(?:operators?|crews?|pilots?|teams?|units?|specialists|instructors|gunners|men)\b)",  # "drone operators": people
    re.IGNORECASE,
)
_OF_THE_THINGS_RE = re.compile(r"\s+of\s+the" + _THING_AFTER_RE.pattern, re.IGNORECASE)  # "neutralised 277 of the UAVs"
_LOSS_WORD_RE = re.compile(r"\b(?:lost|lose|loses|losing|losses|neutrali[sz](?:ed|es|ing))\b", re.IGNORECASE)
_THING_RE = re.compile(
    r"\b(?:drones?|UAVs?|Shaheds?|missiles?|rockets?|aircraft|planes?|jets?|helicopters?|targets?|tanks?|vehicles?|"
    r"equipment|weapons?|guns?|systems?|ships?|vessels?|boats?|positions?|territory|villages?|towns?|settlements?|"
    r"ground|radar|signal|contact)\b|electronic\s+warfare|\bjamm|\bEW\b|\bsuppress",
    re.IGNORECASE,
)
_EW_RE = re.compile(r"electronic\s+(?:warfare|countermeasures|jamming)|\bjamm|\bEW\b|\bsuppress|radar|locationally|\blocally\b|"
                    r"countermeasures", re.I)
_SUBSET_AFTER_RE = re.compile(
    r"^(?:\s+(?:were|are|was|is|have\s+been|had\s+been))?\s+(?:also\s+)?among\s+(?:the|those)\b", re.IGNORECASE
)
_PART_OF_CUE_RE = re.compile(  # "Fourteen of the injured are in serious condition"
    r"\s+of\s+(?:the|those)\s+(?:injured|wounded|dead|killed|victims|casualties|hospitali[sz]ed)\b", re.IGNORECASE
)
_AGED_BEFORE_RE = re.compile(r"\baged\s+(?:\d{1,3}\s*(?:,|and)\s*)*$", re.IGNORECASE)  # "two women aged 47 and 71"
_FORECAST_BEFORE_RE = re.compile(
    r"\b(?:could|would|might|may|will|(?:is|are)\s+(?:expected|projected|forecast)\s+to)\s+(?:soon\s+|easily\s+)?"
    r"(?:pass|reach|exceed|top|hit|surpass|rise\s+to|climb\s+to)\s+(?:about\s+|some\s+|more\s+than\s+|over\s+|nearly\s+)?$",
    re.IGNORECASE,
)
_VICTIMS_LISTED_BEFORE_RE = re.compile(r"\b(?:killed|dead|died|injured|wounded|hurt)\s*[–—:]\s*$", re.IGNORECASE)
# "Three of them have been hospitalised": some of the wounded counted before
_IN_HOSPITAL_OF_THEM_RE = re.compile(
    r"\s+of\s+(?:them|whom|those)\s+(?:have\s+been|had\s+been|were|are|was|is|remain|remains)\s+(?:still\s+)?"
    r"(?:hospitali[sz]ed|in\s+hospital|taken\s+to\s+(?:a\s+|the\s+)?hospital)\b",
    re.IGNORECASE,
)
_SUBSET_BEFORE_RE = re.compile(  # "Among the injured are three children"
    r"\bamong\s+(?:the|those)\s+(?:[\w-]+\s+){1,2}?(?:are|were|is|was)\s+(?:also\s+)?$", re.IGNORECASE
)
# the whole a bare count is part of: "Of the 12,000 North Korean troops deployed ..., 300 ..."
_WHOLE_SIDE_RE = re.compile(  # whose: the side named in the whole ("North Korean troops", "troops Pyongyang sent")
    rf"^\s*(?:Of|Out\s+of)\s+(?:the|an?|some|about|around|roughly|nearly|approximately|estimated|\s)*[\d,]+"
    rf"(?P<whole>[^.;,]*?\b(?:{_MILITARY})\b[^.;,]*)[^.;]*,\s+(?:\w+\s+){{0,3}}$"
)
_SUBORDINATE_RE = re.compile(r"\b(?:when|after|as|while|because|since|before)\b", re.IGNORECASE)
# losses a side inflicted are the other's: "inflicted losses of up to 210 servicemen on the Ukrainian forces"
_INFLICTED_BEFORE_RE = re.compile(r"\binflict(?:ed|s|ing)?\s+(?:[\w-]+\s+)?(?:losses|casualties)\s+of\s+$", re.IGNORECASE)
_ON_WHOM_RE = re.compile(r"\s*(?:[\w-]+\s+){0,2}?on\s+(?:the\s+)?(?P<np>[\w'’-]+(?:\s+[\w'’-]+)?)")
_OWNED_TOLL_RE = re.compile(
    rf"(?:{SIDE_RE.pattern})\s+(?:(?:military|combat|army|battlefield|overall|total|confirmed)\s+)?(?:death\s+toll|toll|dead|fatalities)\b"
)
# whose people a toll counts when its figure has no noun: "the number of Ukrainian civilians wounded ... rose to"
_NUMBER_OF_SIDE_RE = re.compile(
    rf"\b(?:number|toll|total|tally|count)\s+of\s+(?:the\s+)?(?:{SIDE_RE.pattern})\s+(?:[\w-]+\s+)?(?:{_MILITARY}|{_CIVILIAN})\b"
    r"[^.;:]{0,80}$"
)
_PART_BEFORE_RE = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom)\s+$", re.IGNORECASE)
_LOSSES_OF_SIDE_RE = re.compile(rf"(?:{SIDE_RE.pattern})\s+(?:(?:military|combat|army|overall|total)\s+)?losses\b")
_TAKEN_PRISONER_RE = re.compile(r"\b(?:took|taken|take|takes|taking)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def _lost_things(text: str, c: Count, np_end: int) -> bool:
    """A bare count "lost" (or "neutralised") is people only when people are what the sentence is about: not drones
    "lost to electronic warfare", tanks or ground. "lost" counts people (soldiers, troops,
    personnel) only; a sentence about things, or with no people in it, is not a casualty claim."""
    window = text[max(0, c.start - 80) : np_end + 60]
    if not _LOSS_WORD_RE.search(window):
        return False  # the measure came from "casualties", "killed or wounded", ...
    if _EW_RE.search(text[c.start : np_end + 60]) or _OF_THE_THINGS_RE.match(text, c.end):
        return True  # "12 more lost to electronic warfare", "13 were lost, probably jammed", "neutralised 277 of the UAVs"
    if _CUE_NOUN_RE.match(text, np_end) and not _THING_RE.search(text, 0, c.start):
        return False  # "losses ... have exceeded 38,000 killed and wounded": people
    people = [m.end() for m in _NOUN_RE.finditer(text, 0, c.start)]
    things = [m.end() for m in _THING_RE.finditer(text, 0, c.start)]
    if not people:
        if things or _THING_RE.search(text, np_end):
            return True
        # "Russian losses in Kursk have exceeded 38,000": whose losses, and nothing but people to lose
        return not re.search(r"General\s+Staff|\benemy\b", text) and not _LOSSES_OF_SIDE_RE.search(text, 0, c.start)
    return bool(things) and things[-1] > people[-1]


_ATTRIBUTIVE_RE = re.compile(r"\s+(?:wounded|injured|badly\s+wounded|seriously\s+wounded)(?=\s)", re.IGNORECASE)
_CAPTURED_BEFORE_RE = re.compile(r"\b(?:captured|capturing|captures|capture)\s+(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)


def _held_wounded(text: str, c: Count) -> tuple[int, str | None, str | None, bool] | None:
    """The noun phrase of a count captured in a wounded state ("captured three wounded Russian soldiers", "took two
    injured North Korean soldiers prisoner"), or None: "wounded" is then the captives' adjective, not the measure."""
    attributive = _ATTRIBUTIVE_RE.match(text, c.end)
    if attributive is None:
        return None
    phrase = _noun_phrase(text, attributive.end())
    if phrase[1] != "military":
        return None
    if _CAPTURED_BEFORE_RE.search(text, max(0, c.start - 40), c.start) or (
        re.match(r"\s+(?:prisoner|captive)s?\b", text[phrase[0]:]) and _TAKEN_PRISONER_RE.search(text[: c.start])
    ):
        return phrase
    return None


def _measure_after(text: str, c: Count, np_end: int) -> str | None:
    age = _AGE_APPOSITION_RE.match(text, np_end)
    np_end = age.end() if age else np_end
    if re.match(r"\s+(?:prisoner|captive)s?\b", text[np_end:]) and _TAKEN_PRISONER_RE.search(text[: c.start]):
        return "captured"  # "have taken more than 700 Russian soldiers prisoner"
    m = _CUE_NOUN_RE.match(text[c.end :]) if np_end == c.end else None
    if m is None:
        # "2,000 Russian casualties": the cue noun right after the modifiers
        m = _CUE_NOUN_RE.match(text[_modifiers_end(text, c.end) :])
    if m:
        return m.lastgroup
    m = _AFTER_CUE_RE.match(text[np_end:])
    if m and not m.group().endswith(("kills", "Kills")):  # "43 confirmed kills": a shooter's tally, not deaths
        return m.lastgroup
    return None


def _modifiers_end(text: str, pos: int) -> int:
    while True:
        m = re.match(r"\s+([\w'’.-]+)", text[pos:])
        if not m or _CUE_NOUN_RE.match(text[pos:]) or not _MODIFIER_RE.fullmatch(m.group(1)) or _NOUN_RE.fullmatch(m.group(1)):
            return pos
        pos += m.end()


_CUE_LC_RE = caseless(_CUE_RE.pattern)  # `_CUE_RE` for `lower_keep` text, where sre's IGNORECASE is the slow part


def _measure_before(text: str, c: Count) -> str | None:
    before = text[: c.start]
    toll = _TOLL_RE.search(before[-160:]) or _TOTAL_TO_RE.search(before[-160:])
    if toll:
        return toll.lastgroup
    cues = list(_CUE_LC_RE.finditer(lower_keep(before)))
    if not cues:
        return None
    cue = cues[-1]
    gap = _LISTED_THINGS_RE.sub("", before[cue.end() :])  # "lost 27 tanks, 1,380 personnel": the list's other items
    gap = _IN_THE_FIGHTING_RE.sub("", gap, count=1)
    if re.search(r"[,;:()]", gap) or len(gap.split()) > 5:
        return None
    if re.search(r"\b(?:when|after|as|because|before|than|if)\b", gap, re.IGNORECASE):
        return None
    return cue.lastgroup


def _first_side(text: str, end: int) -> str | None:
    m = SIDE_RE.search(text, 0, end)
    return m.lastgroup if m and m.lastgroup != "enemy" else None


_STRUCK_RE = re.compile(r"\b(?:strikes?|shelling|attacks?|bomb|missile|drone|hit|struck|air\s+raid)\b", re.IGNORECASE)


# compiled once and searched in `lower_keep` text: built per call with IGNORECASE, they were a hot spot
_CIVILIAN_WORD_RE = caseless(rf"\b(?:{_CIVILIAN})\b")
_MILITARY_WORD_RE = caseless(
    rf"\b(?:{_MILITARY})\b|General\s+Staff|\blosses\b"
    r"|\b(?:military|combat|battlefield)\s+(?:death\s+toll|toll|dead|deaths|fatalities|casualties)\b"  # "Russia's military death toll"
)


def _population(text: str, measure: str) -> str:
    low = lower_keep(text)
    civ = _CIVILIAN_WORD_RE.search(low)
    mil = _MILITARY_WORD_RE.search(low)
    if civ and not mil:
        return "civilian"
    if mil and not civ:
        return "military"
    if measure in ("casualties", "captured"):
        return "military"
    if _STRUCK_RE.search(text):
        return "civilian"
    return "military" if mil else "civilian"


def _civilian_side(text: str) -> str | None:
    """Whose civilians a passage is about: the side where it happened ("in Ukraine", "Kharkiv"),
    else the side attacked ("Russia fired 40 missiles" -> ukraine)."""
    located = {m.lastgroup for m in _LOCATED_SIDE_RE.finditer(text) if not _ATTACKERS_STRIKE_RE.match(text, m.end())}
    if len(located) == 1:
        return located.pop()
    place = place_side(text)
    if place:
        return place
    attacks = sorted([*_ATTACK_SIDE_RE.finditer(text), *_ATTACK_VERB_RE.finditer(text)], key=lambda m: m.start())
    for m in attacks:
        side = next((g for g in ("north_korea", "russia", "ukraine") if m.group(g)), None)
        if side == NORTH_KOREA:
            return UKRAINE
        if side in OTHER_SIDE:
            return OTHER_SIDE[side]
    return None


def _earlier_claimant(sentence: Sentence, finder: ClaimantFinder) -> Claimant | None:
    """The last claimant with a side before `sentence`: in its paragraph, then up to two paragraphs back."""
    texts = [sentence.before]
    texts += [sentence.paragraphs[i] for i in range(sentence.paragraph_index - 1, max(-1, sentence.paragraph_index - 3), -1)]
    for text in texts:
        sided = [c for _, c in finder.in_text(text) if c.side in (RUSSIA, UKRAINE)] if text else []
        if sided:
            return sided[-1]
    return None


def _context_side(sentence: Sentence) -> str | None:
    """The side of civilians a sentence names no side for ("Another 75 people were wounded"):
    read from the text before it in its paragraph, then the paragraphs before it in the post
    (nearest first, headline included): where the strike happened, else who was attacked."""
    texts = [sentence.before]
    texts += [sentence.paragraphs[i] for i in range(sentence.paragraph_index - 1, max(-1, sentence.paragraph_index - 4), -1)]
    for text in texts:
        if text:
            side = _civilian_side(text)
            if side:
                return side
    return None


# who suffered the losses counted, named after them
_SUFFERED_AFTER_RE = re.compile(
    r"(?:\s+(?:casualties|losses|killed|wounded|dead))?(?:\s+(?:that|which)\s+(?P<np>[\w'’ -]{2,40}?)\s+"
    r"(?:had\s+|have\s+|has\s+)?(?:suffered|sustained|incurred)\b|\s+(?:suffered|sustained|incurred)\s+by\s+(?P<by>[\w'’ -]{2,40}))",
    re.IGNORECASE,
)


def _side(text: str, c: Count, np_end: int, np_side: str | None, measure: str, population: str,
          claimant: Claimant | None) -> str | None:
    claimant_side = claimant.side if claimant and claimant.side in (RUSSIA, UKRAINE) else None
    enemy_of = OTHER_SIDE.get(claimant_side or "", RUSSIA)
    if np_side:
        return enemy_of if np_side == "enemy" else np_side
    if _INFLICTED_BEFORE_RE.search(text, max(0, c.start - 60), c.start):
        on = _ON_WHOM_RE.match(text, np_end)  # "inflicted losses of up to 210 servicemen on the Ukrainian forces"
        target = SIDE_RE.search(on["np"]) if on else None
        if target is not None:
            return enemy_of if target.lastgroup == "enemy" else target.lastgroup
    sufferer = _SUFFERED_AFTER_RE.match(text, np_end)  # "1,080 casualties that Russian forces suffered"
    named = SIDE_RE.search(sufferer["np"] or sufferer["by"]) if sufferer else None
    if named is not None:
        return enemy_of if named.lastgroup == "enemy" else named.lastgroup
    owner = list(_OWNED_TOLL_RE.finditer(text, 0, c.start))
    if owner and owner[-1].lastgroup != "enemy" and c.start - owner[-1].end() < 80:
        return owner[-1].lastgroup  # "Russia's death toll in Ukraine surpassed 100,000": whose toll it is
    counted = _NUMBER_OF_SIDE_RE.search(text, max(0, c.start - 120), c.start) if np_end - c.end < 3 else None
    if counted is not None and counted.lastgroup != "enemy":
        return counted.lastgroup  # "The number of Ukrainian civilians wounded in attacks rose to 1,200"
    whole = _WHOLE_SIDE_RE.search(text, 0, c.start) if population == "military" and np_end - c.end < 3 else None
    if whole is not None:  # "Of the 12,000 North Korean troops deployed to Kursk, some 300 have been killed"
        for m in SIDE_RE.finditer(whole["whole"]):
            if m.lastgroup != "enemy" and not _DESTINATION_BEFORE_RE.search(whole["whole"], 0, m.start()):
                return m.lastgroup
    clause_start = max((m.end() for m in _CLAUSE_BREAK_RE.finditer(text[: c.start])), default=0)
    before = text[clause_start : c.start]
    if population != "civilian" and (measure in ("casualties", "captured", "missing") or re.search(r"\b(?:lost|losses|suffered)\b", before)):
        located = [(m.start(), m.end()) for m in _LOCATED_SIDE_RE.finditer(before)]
        subjects = [m for m in SIDE_RE.finditer(before) if not any(a <= m.start() < b for a, b in located)
                    and not _DESTINATION_BEFORE_RE.search(before, 0, m.start())]  # "sent to Russia": not whose people
        if measure != "captured" and subjects:
            side = subjects[-1].lastgroup
            if claimant and claimant.name and subjects[-1].group() in claimant.name and len(subjects) == 1:
                side = None if measure != "casualties" else side
            if side:
                return enemy_of if side == "enemy" else side
    if population == "civilian":
        located = [m.lastgroup for m in _LOCATED_SIDE_RE.finditer(text) if not _ATTACKERS_STRIKE_RE.match(text, m.end())]
        place = place_side(text)
        if len(set(located)) == 1:
            return located[0]
        if place:
            return place
    attackers = sorted([*_ATTACK_SIDE_RE.finditer(text), *_ATTACK_VERB_RE.finditer(text)], key=lambda m: m.start())
    if attackers:
        side = next((g for g in ("north_korea", "russia", "ukraine", "enemy") if attackers[0].group(g)), None)
        if side == "enemy":
            return enemy_of if population == "military" else claimant_side or UKRAINE
        if side == NORTH_KOREA:
            return UKRAINE
        if side in OTHER_SIDE:
            return OTHER_SIDE[side]
    if re.search(r"\benemy\b", text, re.I):
        return enemy_of if population == "military" else claimant_side
    if population == "military" and _STRUCK_RE.search(text, 0, c.start):
        # soldiers killed by a strike on a place, no side named before them and the claimant (if any) of that side
        # ("A missile strike on a training ground in the Dnipropetrovsk region killed 12 servicemen, Ukraine's Ground Forces said")
        place = place_side(text)
        if place and claimant_side in (None, place) and not SIDE_RE.search(text, 0, c.start):
            return place
    if claimant_side:
        return claimant_side if population == "civilian" else OTHER_SIDE[claimant_side]
    return None
