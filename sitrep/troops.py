"""Troop deployments: who says how many soldiers of which country are sent to, stationed
in or assigned to which war, and where.

Per sentence that passes a keyword prefilter, a count of troops ("10,000-12,000 troops",
"about 11,000 North Korean troops", "thousands of troops"; count convention in
`sitrep.claims_common`) is a deployment when a deployment verb governs it in the same
clause ("dispatched", "deployed", "are stationed in", "assigned to", "sent"). `country`
is whose troops they are: the adjective on the noun ("North Korean troops"), else the
country that sends them ("Pyongyang is said to have dispatched", "sent to Russia by Pyongyang",
"the 11,000 soldiers Pyongyang sent"). `deployed_to` is the country they serve with: named
("to aid Putin's forces", "fight for Russia", "to Ukraine"; "fighting in Ukraine" is where, not
whom), else the country itself, except North Korean troops, who serve with Russia.
`location` is the region or town named ("Kursk", "Kursk region"). A count whose country
cannot be told is dropped.

Deployment verbs include moving forces between sectors ("pulled 40,000 troops ... to
reinforce", "moved", "shifted"); a purpose such as "to replace losses" does not make a
deployment a casualty sentence. So does bringing them in ("ferried", "airlifted", "landed in",
"rotated in") and a count headed towards or across a named front place. Whose troops may
also be named after the noun ("1,500 mercenaries from Nepal"). Willingness, offers and
deliberation ("is prepared to put up to 10,000 troops", "offered to send", "is weighing
sending") are hypothetical.

The troops may be named before the figure: the size of a force ("the number of North Korean
troops in Russia has risen to about 14,000", "Russian forces near Sumy now number 50,000-52,000",
"a force of about 100,000", "troop numbers ... have risen to 620,000"), an apposition ("North
Korean troops – about 11,000 of them –"), a unit's strength ("a 12,000-strong contingent"), a
reference back ("Seoul estimates their number at 11,000", "another 8,000 remain deployed"),
or a running total of the deployment just named ("..., bringing the total to about 14,000").

Not deployments: deserters and soldiers gone absent without leave, troops in exercises or
drills, casualties ("2,000 troops killed", "keeps losing"), encircled troops, counts of
interpreters, officers per unit, withdrawals ("pulled out 5,000 troops"). The casualty words
of another figure ("Of the 11,000 troops sent, about 4,000 were killed") are not this one's.
The same figure for the same country is one claim however loosely its mentions place it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from sitrep.claims_common import (
    RUSSIAN_PLACES,
    UKRAINIAN_PLACES,
    Keywords,
    NORTH_KOREA,
    RUSSIA,
    ClaimantFinder,
    Count,
    Pending,
    Sentence,
    dedupe,
    caseless,
    find_counts,
    lower_keep,
    lowered,
    locations,
    make_row,
    sentences,
)
from sitrep.models import Document
from sitrep.schemas import TROOP_DEPLOYMENTS

EXTRACTOR_VERSION = "5"

_PREFILTER_RE = Keywords(
    "troop", "soldier", "servicem", "personnel", "fighters", "contingent", "-strong", "force of", "reinforcement",
    "conscript", "commando", "infantry", "marines", "paratroop", "reservist", "mercenar",
)


class _Prefilter:
    """Text that may hold a troop count: a troop word, or "force(s)" with a size ("Russian forces near
    Sumy now number about 50,000"); "forces" alone is in too much war text to be worth reading."""

    @staticmethod
    @lru_cache(maxsize=1 << 14)
    def search(text: str) -> bool:
        if _PREFILTER_RE.search(text):
            return True
        low = lowered(text)
        return "force" in low and ("number" in low or "total" in low)


_TROOP_NOUN = (
    r"troops|soldiers|servicemen|service\s*members|personnel|fighters|infantry(?:men)?|marines|paratroopers|"
    r"special\s+forces|commandos|military\s+personnel|forces|conscripts|officers|men|reinforcements|reservists|mercenaries|"
    r"North\s+Koreans"
)
_NOUN_AFTER_RE = re.compile(
    r"^(?:\s+of)?(?:\s+(?:(?:North|N\.?)\s+Korean|South\s+Korean|[A-Z][\w'’-]*|more|additional|extra|further|new|fresh|elite|"
    r"special|regular|combat|military|foreign|allied|army|ground|its|their|own|the|more|other)){0,4}"
    rf"\s+(?P<noun>{_TROOP_NOUN})\b",
)
_DEPLOY_RE = caseless(
    r"\b(?:deploy(?:ed|s|ing|ment)?|redeploy(?:ed|s|ing)?|dispatch(?:ed|es|ing)?|sen[dt]s?|sending|station(?:ed|ing)?|"
    r"based|posted|transferr?(?:ed|ing)?|assign(?:ed|s|ing)?|arriv(?:ed|es|ing)|mass(?:ed|ing)|amass(?:ed|ing)?|"
    r"concentrat(?:ed|ing)|assembl(?:ed|ing)|accumulat(?:ed|ing)|position(?:ed|ing)|relocat(?:ed|ing)|mov(?:ed|ing|es)|"
    r"join(?:ed|ing)?|pull(?:ed|ing|s)|shift(?:ed|ing|s)|redirect(?:ed|ing|s)?|reinforce|commit(?:ted|s|ting)|"
    r"thr(?:ew|own|ows|owing)(?!\s+back)|"
    r"fight(?:ing)?\s+(?:for|alongside|in)|serv(?:ing|e)\s+(?:in|with|alongside)|contingent|reinforc(?:ed|ing|ements)|"
    r"(?:are|were|remain|remained|is)\s+(?:now\s+|currently\s+|still\s+|already\s+)?(?:in|inside|on|at|near|along)|"
    r"maintain(?:s|ed|ing)?(?!\s+that)|keep(?:s|ing)?|kept|return(?:ed|ing)?\s+to|"
    r"grouping|group(?:ing)?\s+of\s+(?:forces|troops)|build-?up|buil[dt]\s+up|cross(?:ed|es|ing)?\s+(?:in)?to|"
    r"(?:force|contingent)\s+(?:now\s+)?(?:numbers|numbered|totals)|"
    r"ferr(?:y|ied|ies|ying)|ship(?:ped|ping|s)?|airlift(?:ed|ing|s)?|flown|fl[eyi]w?(?:ing)?\s+(?:in|to)|bus(?:s?ed|s?ing)|"
    r"land(?:ed|ing|s)?\s+(?:in|at|on)|rotat(?:ed|ing|es?)\s+(?:in|into|to)|brought\s+in|bring(?:ing|s)?\s+in|"
    rf"(?:towards?|across|into|around|opposite)\s+(?:the\s+)?(?:{UKRAINIAN_PLACES}|{RUSSIAN_PLACES})|"
    rf"(?:near|along|close\s+to)\s+(?:the\s+)?(?:(?:Ukrainian|Russian|Belarusian|northern|eastern|southern)\s+)?"
    rf"(?:border|front(?:\s*-?line)?|{UKRAINIAN_PLACES}|{RUSSIAN_PLACES})|"
    r"in\s+(?:the\s+)?(?:occupied\s+|eastern\s+|southern\s+|northern\s+)?(?:Kursk|Russia|Ukraine|Belarus)|"
    rf"in\s+the\s+(?:{UKRAINIAN_PLACES}|{RUSSIAN_PLACES})\s+(?:direction|sector|axis|region|oblast)|"
    r"inside\s+(?:Russia|Ukraine)|on\s+(?:Russian|Ukrainian)\s+(?:soil|territory))\b"
)
_EXCLUDE_RE = caseless(  # the lookahead lets only a possible first letter try the alternation
    r"(?=[acdefhiklmpstw])(?:desert(?:ed|ers|ion)|AWOL|encircl|surrounded|trapped|absent\s+without\s+leave|\bdrills?\b|"
    r"exercises?\b|manoeuvres|maneuvers|war\s+games|"
    r"\bkill|\bdead\b|\bdied\b|wounded|injured|casualt|\blost\b|\blos(?:e|es|ing)\b|losses|captured|captiv\w*|prisoners?|\bPOWs?\b|missing|"
    r"interpreter|per\s+\d|for\s+every|hospital\w*)"
)
# hypothetical forces: "could send up to 100,000 troops", "would deploy", "if Pyongyang sends"
# willingness and offers are not deployments either: "is prepared to put up to 10,000 troops", "offered to send"
_HYPOTHETICAL_RE = caseless(
    r"\b(?:could|might|would|may|if|(?:prepared|ready|willing|offer(?:ed|ing|s)?|consider(?:ed|ing|s)?|propos(?:ed|ing|es))\s+to|"
    r"(?:weigh|mull|consider|contemplat|discuss|debat)\w*\s+(?:\w+\s+)?(?:send|deploy|dispatch|put)\w*)\b"
    r"(?:\s+[\w-]+){0,4}\s*$"
)
_BORDER_RE = re.compile(
    r"\b(?:along|near|on|at|to|towards|by)\s+(?:the\s+)?(?P<place>(?:(?:Ukrainian|Russian|Belarusian|Polish)\s+)?border"
    r"(?:\s+with\s+(?:Ukraine|Russia|Belarus|Poland))?)",
    re.IGNORECASE,
)
_HYPOTHETICAL_AFTER_RE = re.compile(r"\s+(?:would|could|might)\b")
# a deployment of the past: "in 1979", "in the winter of 2021-22", "before the invasion" (but "since 1992" is still now)
_HISTORICAL_RE = re.compile(
    r"\b(?:in|during)\s+(?:(?:the\s+)?(?:winter|spring|summer|autumn|fall|late|early)\s+(?:of\s+)?)?(?:19\d\d|20(?:0\d|1\d|21))\b"
    r"|\bbefore\s+(?:the\s+|its\s+)?(?:full[\s-]scale\s+)?invasion\b"
)
# a withdrawal is no deployment unless it names where the troops go ("pulled 3,000 troops back from Kursk to Zaporizhzhia")
_WITHDRAW_RE = caseless(r"\b(?:pull(?:ed|ing|s)?\s+(?:[\w,-]+\s+){0,4}?(?:out|back)|withdr[ae]w\w*|withdrawing|retreat\w*)\b")
_DESTINATION_RE = re.compile(r"\b(?:to|towards?|into)\s+(?:the\s+)?(?:[A-Z]|reinforce|bolster|strengthen|shore\s+up|join)")
_PURPOSE_RE = caseless(
    r"\bto\s+(?:replace|replenish|make\s+up\s+for|compensate\s+for|offset|cover)\s+(?:\w+\s+){0,3}?(?:losses|casualties|the\s+dead)\b"
)
_COUNTRIES = {
    "north_korea": r"(?:North|N\.?)\s+Korea(?:ns?|['’]s)?|Pyongyang(?:['’]s)?|DPRK|Kim\s+Jong[\s-]Un|Kim['’]s",
    "russia": r"Russia(?:n|['’]s)?|Moscow(?:['’]s)?|Kremlin|Putin(?:['’]s)?|Wagner|Akhmat|Africa\s+Corps|Rosgvardia",
    "ukraine": r"Ukrain(?:e|ian)(?:['’]s)?|Kyiv(?:['’]s)?|Zelensk\w*",
    "belarus": r"Belarus(?:ian|['’]s)?|Minsk|Lukashenko",
    "iran": r"Iran(?:ian|['’]s)?|Tehran",
    "china": r"China(?:['’]s)?|Chinese|Beijing",
    "united_states": r"US|U\.S\.|United\s+States|American|Washington|Pentagon",
    "united_kingdom": r"UK|Britain(?:['’]s)?|British|London",
    "france": r"France(?:['’]s)?|French|Paris|Macron",
    "germany": r"Germany(?:['’]s)?|German|Berlin",
    "poland": r"Poland(?:['’]s)?|Polish|Warsaw",
    "nepal": r"Nepal(?:i|ese|['’]s)?|Kathmandu",
    "india": r"India(?:n|['’]s)?|New\s+Delhi",
    "cuba": r"Cuba(?:n|['’]s)?|Havana",
    "syria": r"Syria(?:n|['’]s)?|Damascus",
    "serbia": r"Serbia(?:n|['’]s)?|Belgrade",
    "estonia": r"Estonia(?:n|['’]s)?|Tallinn",
    "lithuania": r"Lithuania(?:n|['’]s)?|Vilnius",
    "latvia": r"Latvia(?:n|['’]s)?|Riga",
    "romania": r"Romania(?:n|['’]s)?|Bucharest",
}
_COUNTRY_RE = re.compile(
    r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(f"(?P<{k}>{v})" for k, v in _COUNTRIES.items())
)
_SERVE_WITH_RE = re.compile(
    r"\b(?:to\s+(?:aid|help|support|assist|reinforce|bolster)|(?:fight|fighting|serve|serving)\s+(?:for|alongside|with|in)|"
    r"alongside|to|into)\s+(?:the\s+)?(?P<c>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)


def extract_troop_deployments(doc: Document) -> list[dict]:
    """All troop-deployment claims in `doc`, one complete TROOP_DEPLOYMENTS row per claim."""
    finder = ClaimantFinder(doc)
    pending: list[Pending] = []
    for sentence in sentences(doc, _Prefilter):
        try:
            pending.extend(_sentence_claims(sentence, finder))
        except (ValueError, IndexError, KeyError):
            continue
    rows = []
    # the same figure for the same country is one claim, however loosely a mention places it
    # ("1,500 troops to Ukrainian border" / "... to the border with Ukraine's Volyn region")
    for p in dedupe(pending, soft_keys=("location", "claimant", "deployed_to"), loose_keys=("location",)):
        fields = {**p.fields, **p.soft}
        rows.append(make_row(TROOP_DEPLOYMENTS, doc, p, fields, extractor_version=EXTRACTOR_VERSION, identity=(
            "country", "deployed_to", "value", "low", "high", "vague_phrase", "qualifier", "location")))
    return rows


def _country(text: str) -> str | None:
    m = _COUNTRY_RE.search(text)
    return m.lastgroup if m else None


_CLAUSE_BREAK_RE = re.compile(r"[;:]|,\s+(?:while|but|and|as)\b|\bwhile\b|,\s+(?:of|among)\s+(?:whom|which|them)\b")
# the troops named before the figure: "the number of North Korean troops in Russia has risen to about 14,000",
# "Russian forces near Sumy now number about 50,000"
_TROOP_GROUP = rf"(?:{_TROOP_NOUN}|contingent|grouping|force)"
_NUMBERING = (
    r"(?:now\s+|currently\s+|still\s+)?(?:numbers?|numbered|numbering|totals?|totall?ed|"
    r"(?:estimated|put|assessed|reckoned)\s+at|(?:estimated|thought|believed|said|reported|understood)\s+to\s+(?:number|total|be))"
)
_LEVEL = (
    r"(?:is|are|was|were|stands?\s+at|stood\s+at|at|to|reached|(?:has|have|had)\s+(?:now\s+)?(?:risen|grown|increased|climbed|reached)"
    r"(?:\s+to)?|(?:rose|grew|increased|climbed)\s+to|" + _NUMBERING + ")"
)
_NUMBER_OF_RE = re.compile(
    rf"\b(?:(?:number|total|strength|size)\s+of\s+(?P<np>(?:[\w'’-]+\s+){{0,3}}?{_TROOP_GROUP})|"
    rf"(?P<np2>(?:[\w'’-]+\s+){{0,3}}?troop)\s+(?:numbers|strength|levels?))\b[^.;]{{0,80}}?\s{_LEVEL}\s*$",
    re.IGNORECASE,
)
# the figure in apposition to the troops: "North Korean troops – about 11,000 of them – have been deployed"
_APPOSITION_RE = re.compile(rf"\b(?P<np>(?:[\w'’-]+\s+){{0,3}}?{_TROOP_GROUP})\s*(?:[–—(,]|--)\s*$", re.IGNORECASE)
_OF_WHOM_RE = re.compile(r"\s+of\s+(?:whom|them)\b")
_NUMBERING_RE = re.compile(rf"\b(?P<np>(?:[\w'’-]+\s+){{0,3}}?{_TROOP_GROUP})\b[^.;]{{0,80}}?\s{_NUMBERING}\s*$", re.IGNORECASE)
_LEVEL_LAST_WORDS = frozenset("is are was were at to be reached number numbers numbered numbering total totals totalled totaled".split())
_LEVEL_TAIL_RE = re.compile(rf"\s{_LEVEL}\s*$", re.IGNORECASE)
# a unit's size: "its 2,000-strong 225th assault regiment", "a 12,000-strong North Korean contingent"
_STRONG_RE = re.compile(
    r"-strong(?:\s+[\w'’-]+){0,3}?\s+(?:brigade|regiment|battalion|contingent|force|unit|division|group(?:ing)?|corps|"
    r"detachment|army|troops|battlegroup)s?\b",
    re.IGNORECASE,
)
_UNIT_BEFORE_RE = re.compile(
    r"\b(?:brigade|regiment|battalion|contingent|force|unit|division|group(?:ing)?|corps|detachment|army)s?\b,?\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# a force counted without a noun after the figure: "a force of about 100,000", "a contingent of 12,000"
_FORCE_OF_RE = re.compile(
    r"\b(?:force|contingent|grouping|group\s+of\s+forces|army|corps|detachment)\s+of\s+$", re.IGNORECASE
)
# what a figure after "a force of" may count instead of troops
_THING_AFTER_RE = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:drones|tanks|vehicles|missiles|shells|rounds|guns|howitzers|aircraft|jets|planes|helicopters|ships|"
    r"boats|systems|weapons|launchers|uavs|shaheds|units\s+of|tonnes|tons)\b"
)
# a count whose noun is left out: "..., and another 8,000 remain deployed in Kursk"
_ELIDED_AFTER_RE = re.compile(
    r"\s+(?:more\s+|others\s+)?(?:remain|remained|are|were|have\s+been|had\s+been)\s+(?:still\s+|now\s+|currently\s+)?"
    r"(?:deployed|stationed|based|fighting|serving)\b"
)
# troops referred back to: "... and Seoul estimates their number at about 11,000"
_THEIR_NUMBER_RE = re.compile(r"\btheir\s+(?:total\s+)?(?:number|numbers|strength)\s+(?:\w+\s+){0,2}?(?:at|to|is|was)\s*$", re.IGNORECASE)
_NAMED_TROOPS_RE = re.compile(
    r"(?:(?:North|N\.?)\s+Korean|Russian|Ukrainian|Belarusian|British|French|German|Polish|American|US)\s+"
    rf"(?:{_TROOP_NOUN})\b"
)
# a running total of the deployment just named: "..., bringing the total to about 14,000"
_TOTAL_RE = re.compile(
    r"\b(?:bringing|taking|raising|pushing|lifting)\s+(?:the|its|their)\s+(?:overall\s+)?(?:total|number|tally|figure)"
    r"(?:\s+(?:number\s+)?of\s+[\w\s]{0,30}?|\s+(?:deployed|sent|dispatched|stationed|there|in\s+\w+))?\s+to\s*$",
    re.IGNORECASE,
)


class _Troops(NamedTuple):
    """The troops a count counts, as `_troops_named` finds them."""

    phrase: str  # the words naming them ("North Korean troops"), whose country they are read from
    end: int  # where the figure's noun phrase ends
    named_before: bool = False  # named before the figure: "the number of North Korean troops ... is 14,000"
    total_of: Pending | None = None  # the deployment in the sentence whose new total the count is
    placed: bool = False  # the sentence already makes them a deployment ("their number", a running total)


def _sentence_claims(sentence: Sentence, finder: ClaimantFinder) -> list[Pending]:
    text = sentence.text
    out: list[Pending] = []
    counts = find_counts(text)
    low = lower_keep(text)
    for i, c in enumerate(counts):
        if c.vague_phrase and re.match(r"an?\s|several$", c.vague_phrase, re.I):
            continue
        troops = _troops_named(text, low, c, out)
        if troops is None:
            continue
        np_end, total_of = troops.end, troops.total_of
        clause_start = max((m.end() for m in _CLAUSE_BREAK_RE.finditer(text[: c.start])), default=0)
        clause_end = min((c.end + m.start() for m in _CLAUSE_BREAK_RE.finditer(text[c.end :])), default=len(text))
        if troops.named_before and not troops.placed and text.rfind(troops.phrase, 0, c.start) < clause_start:
            continue  # the troops named before the figure belong to another clause
        clause = text[clause_start:clause_end]
        # "Of the 11,000 troops sent, about 4,000 were killed": the next figure's words are not this one's
        own_end = counts[i + 1].start if i + 1 < len(counts) and np_end <= counts[i + 1].start < clause_end else clause_end
        own_start = clause_start
        whole = _WHOLE_BEFORE_RE.search(low, max(clause_start, c.start - 60), c.start)
        if whole is not None:
            # "About 3,000 of the 11,000 soldiers Pyongyang sent have been killed", "300 killed ..., out of a force
            # estimated at 11,000": the casualty words are the part's, not the whole's
            own_start = whole.start()
            verb = _MAIN_VERB_RE.search(low, np_end, own_end)
            own_end = verb.start() if verb else own_end
        if _EXCLUDE_RE.search(_PURPOSE_RE.sub("", low[own_start:own_end])):  # "sent ... to replace losses" is still a deployment
            continue
        before, after = text[clause_start : c.start], text[np_end:clause_end]
        lead, tail = low[max(clause_start, c.start - 90) : c.start], low[np_end : min(clause_end, np_end + 90)]
        if not troops.placed and not (_DEPLOY_RE.search(lead) or _DEPLOY_RE.search(tail)):
            continue
        if _HYPOTHETICAL_RE.search(low[clause_start : c.start]) or _HYPOTHETICAL_AFTER_RE.match(low, np_end):
            continue  # "could send 20,000 troops", "a deployment of 10,000 troops would be premature"
        if _HISTORICAL_RE.search(low[clause_start:clause_end]):
            continue  # "Russia massed about 190,000 troops on Ukraine's borders in the winter of 2021-22": not now
        if (_WITHDRAW_RE.search(lead[-60:]) or _WITHDRAW_RE.search(tail[:40])) and not _DESTINATION_RE.search(after):
            continue  # "pulled out about 5,000 troops from the Kherson region": a withdrawal, sent nowhere
        country = total_of.fields["country"] if total_of else _country(troops.phrase)
        origin = re.match(r"\s+from\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)", text[np_end:clause_end])
        if country is None and origin:  # "1,500 mercenaries from Nepal": whose they are, named after the noun
            country = _country(origin[1])
        if country is None:
            # the sender: the last country named before the verb ("Pyongyang is said to have dispatched")
            subject = [m for m in _COUNTRY_RE.finditer(before) if not re.search(r"\b(?:to|into|in|for)\s+(?:the\s+)?$", before[: m.start()])]
            country = subject[-1].lastgroup if subject else _sender_after(after)
        if country is None:
            continue  # whose troops cannot be told: not a usable deployment claim
        deployed_to = total_of.soft["deployed_to"] if total_of else _deployed_to(after, country)
        place = [name for pos, name in locations(clause) if not _COUNTRY_RE.fullmatch(name)]
        if not place:
            border = _BORDER_RE.search(clause)
            place = [border["place"]] if border else []
        claimant = finder.for_sentence(sentence, c.start)
        fields = {"country": country, "deployed_to": deployed_to, **c.fields}
        soft = {"location": place[0] if place else None, "claimant": claimant.name if claimant else None}
        key = tuple(fields[k] for k in ("country", "value", "low", "high", "vague_phrase"))
        out.append(Pending(key, {**soft, "deployed_to": deployed_to}, {k: v for k, v in fields.items() if k != "deployed_to"},
                           [text], sentence, sentence.is_headline,
                           extra={"claimant_side": claimant.side if claimant else None}))
    return out


def _troops_named(text: str, low: str, c: Count, found: list[Pending]) -> _Troops | None:
    """Which troops a count counts, or None when it counts no troops.

    The noun usually follows ("11,000 North Korean troops", "a 12,000-strong North Korean
    contingent"). It may come first when the sentence gives the size of a force ("the number of
    North Korean troops in Russia has risen to 14,000", "Russian forces near Sumy now number about
    50,000", "a force of about 100,000", "North Korean troops – about 11,000 of them –"), or be
    referred back to ("... troops have returned to Kursk, and Seoul estimates their number at
    11,000"); or the count brings a deployment named just before to a new total ("sent 3,000 more
    troops, bringing the total to 14,000")."""
    noun = _NOUN_AFTER_RE.match(text[c.end :])
    if noun is not None:
        if noun["noun"].lower() in ("men", "officers", "forces") and c.vague_phrase is None and not re.search(
            r"\b(?:troops|soldiers)\b", text, re.I
        ):
            return None
        return _Troops(text[c.end : c.end + noun.end()], c.end + noun.end())
    if c.vague_phrase is not None:
        return None
    strong = _STRONG_RE.match(text, c.end)
    if strong is not None:
        return _Troops(text[c.end : strong.end()], strong.end())
    if text.startswith("-strong", c.end):  # "North Korea's 11th Corps, around 11,000-strong, has been deployed"
        unit = _UNIT_BEFORE_RE.search(text, max(0, c.start - 60), c.start)
        return _Troops(text[max(0, c.start - 60) : c.start], c.end + len("-strong"), named_before=True) if unit else None
    if _THING_AFTER_RE.match(low, c.end):
        return None  # "a force of 5,000 drones"
    elided = _ELIDED_AFTER_RE.match(low, c.end)
    if elided is not None:  # "..., and another 8,000 remain deployed in Kursk"
        return _referent(text, low, c, elided.end() + 40)
    before = text[max(0, c.start - 160) : c.start]
    if before.endswith("of ") and _FORCE_OF_RE.search(before):
        return _Troops("", c.end)
    if found and _TOTAL_RE.search(before):
        return _Troops("", c.end, total_of=found[-1], placed=True)
    last = before.rstrip()[-1:]
    if last in ("–", "—", "(", "-") or (last == "," and _OF_WHOM_RE.match(text, c.end)):
        apposition = _APPOSITION_RE.search(before)
        return _Troops(apposition["np"], c.end, named_before=True) if apposition else None
    words = before[-12:].split()
    if not words or words[-1].lower() not in _LEVEL_LAST_WORDS or not _LEVEL_TAIL_RE.search(before):
        return None
    if _THEIR_NUMBER_RE.search(before):
        return _referent(text, low, c, c.start)
    size = _NUMBER_OF_RE.search(before) or _NUMBERING_RE.search(before)
    if size is None:
        return None
    return _Troops(size.groupdict().get("np2") or size["np"], c.end, named_before=True)


def _referent(text: str, low: str, c: Count, cue_end: int) -> _Troops | None:
    """"North Korean troops have returned to the front in Kursk, and Seoul estimates their number at
    11,000", "... troops have been killed, and another 8,000 remain deployed in Kursk": the troops
    named earlier in the sentence, when the words up to `cue_end` place them."""
    named = list(_NAMED_TROOPS_RE.finditer(text, 0, c.start))
    if not named or not _DEPLOY_RE.search(low[named[-1].end() : cue_end]):
        return None
    return _Troops(named[-1].group(), c.end, named_before=True, placed=True)


_ANY_COUNTRY = r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(_COUNTRIES.values())
_WHOLE_BEFORE_RE = re.compile(r"\b(?:out\s+of|of)\s+(?:the|a|an|its|their)\b[^,;]{0,40}$")
_MAIN_VERB_RE = re.compile(r"\b(?:have|has|had|were|was|are|is)\b")
_SENDER_AFTER_RE = re.compile(
    rf"^\s+(?:that\s+|which\s+|whom\s+)?(?P<rel>{_ANY_COUNTRY})\s+(?:has\s+|had\s+|have\s+)?(?:sent|deployed|dispatched)\b|"
    rf"^[^;]{{0,60}}?(?:\bby\s+(?:the\s+)?(?P<by>{_ANY_COUNTRY})|"
    rf",\s+(?P<subject>{_ANY_COUNTRY})\s+(?:has\s+|have\s+|had\s+|also\s+)*(?:sent|deployed|dispatched|transferred|moved))"
)


def _sender_after(after: str) -> str | None:
    """The sender named after the troops: "the 11,000 soldiers Pyongyang sent", "sent to Russia by Pyongyang",
    "Besides 11,000 troops, North Korea has sent ..."."""
    m = _SENDER_AFTER_RE.match(after)
    if m is None:
        return None
    return _country(m["rel"] or m["by"] or m["subject"])


def _deployed_to(after: str, country: str | None) -> str | None:
    for m in _SERVE_WITH_RE.finditer(after):
        if after[: m.start()].rstrip().lower().endswith("according"):
            continue  # "according to Ukrainian intelligence": who says, not whom they serve
        if re.match(r"\s+(?:border|frontier|side)\b", after[m.end() :]):
            continue  # "closer to the Ukrainian border": where, not whom they serve
        if m.group().split()[1] == "in" and not re.match(r"\s+(?:army|armed\s+forces|military|ranks|forces)\b", after[m.end() :]):
            continue  # "fighting in Ukraine": where they fight; "serving in the Russian army": whom they serve
        target = _country(m["c"])
        if target and target != country:
            return target
        if m["c"] in ("Kursk", "Belgorod", "Bryansk", "Donbas", "Donetsk", "Luhansk", "Zaporizhzhia", "Kherson") and country in (
            NORTH_KOREA, RUSSIA, None
        ):
            return RUSSIA
    if country == NORTH_KOREA:
        return RUSSIA
    return country
