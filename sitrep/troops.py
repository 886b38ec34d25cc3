"""Troop deployments: who says how many soldiers of which country are sent to, stationed
in or assigned to which war, and where.

Per sentence that passes a keyword prefilter, a count of troops ("10,000-12,000 troops",
"about 11,000 North Korean troops", "thousands of troops"; count convention in
`sitrep.claims_common`) is a deployment when a deployment verb governs it in the same
clause ("dispatched", "deployed", "are stationed in", "assigned to", "sent"). `country`
is whose troops they are: the adjective on the noun ("North Korean troops"), else the
country that sends them ("Pyongyang is said to have dispatched"). `deployed_to` is the
country they serve with: named ("to aid Putin's forces", "fight for Russia", "to
Ukraine"), else the country itself, except North Korean troops, who serve with Russia.
`location` is the region or town named ("Kursk", "Kursk region"). A count whose country
cannot be told is dropped.

Deployment verbs include moving forces between sectors ("pulled 40,000 troops ... to
reinforce", "moved", "shifted"); a purpose such as "to replace losses" does not make a
deployment a casualty sentence. So does bringing them in ("ferried", "airlifted", "landed in",
"rotated in") and a count headed towards or across a named front place. Whose troops may
also be named after the noun ("1,500 mercenaries from Nepal"). Willingness or offers
("is prepared to put up to 10,000 troops", "offered to send") are hypothetical.

Not deployments: deserters and soldiers gone absent without leave, troops in exercises or
drills, casualties ("2,000 troops killed"), counts of interpreters, officers per unit.
"""
from __future__ import annotations

import re

from sitrep.claims_common import (
    RUSSIAN_PLACES,
    UKRAINIAN_PLACES,
    Keywords,
    NORTH_KOREA,
    RUSSIA,
    ClaimantFinder,
    Pending,
    Sentence,
    dedupe,
    find_counts,
    locations,
    make_row,
    sentences,
)
from sitrep.models import Document
from sitrep.schemas import TROOP_DEPLOYMENTS

EXTRACTOR_VERSION = "4"

_PREFILTER_RE = Keywords(
    "troop", "soldier", "servicem", "personnel", "fighters", "contingent", "infantry", "marines", "paratroop", "reservist", "mercenar"
)
_TROOP_NOUN = (
    r"troops|soldiers|servicemen|service\s*members|personnel|fighters|infantry(?:men)?|marines|paratroopers|"
    r"special\s+forces|commandos|military\s+personnel|forces|conscripts|officers|men|reinforcements|reservists|mercenaries"
)
_NOUN_AFTER_RE = re.compile(
    r"^(?:\s+of)?(?:\s+(?:(?:North|N\.?)\s+Korean|South\s+Korean|[A-Z][\w'’-]*|more|additional|extra|further|new|fresh|elite|"
    r"special|regular|combat|military|foreign|allied|army|ground|its|their|own|the|more|other)){0,4}"
    rf"\s+(?P<noun>{_TROOP_NOUN})\b",
)
_DEPLOY_RE = re.compile(
    r"\b(?:deploy(?:ed|s|ing|ment)?|redeploy(?:ed|s|ing)?|dispatch(?:ed|es|ing)?|sen[dt]s?|sending|station(?:ed|ing)?|"
    r"based|posted|transferr?(?:ed|ing)?|assign(?:ed|s|ing)?|arriv(?:ed|es|ing)|mass(?:ed|ing)|amass(?:ed|ing)?|"
    r"concentrat(?:ed|ing)|position(?:ed|ing)|relocat(?:ed|ing)|mov(?:ed|ing|es)|join(?:ed|ing)?|pull(?:ed|ing|s)|shift(?:ed|ing|s)|redirect(?:ed|ing|s)?|reinforce|"
    r"fight(?:ing)?\s+(?:for|alongside|in)|serv(?:ing|e)\s+(?:in|with|alongside)|contingent|reinforc(?:ed|ing|ements)|"
    r"(?:are|were|remain|remained|is)\s+(?:now\s+|currently\s+|still\s+|already\s+)?(?:in|inside|on|at|near|along)|"
    r"grouping|group(?:ing)?\s+of\s+(?:forces|troops)|build-?up|"
    r"ferr(?:y|ied|ies|ying)|ship(?:ped|ping|s)?|airlift(?:ed|ing|s)?|flown|fl[eyi]w?(?:ing)?\s+(?:in|to)|bus(?:s?ed|s?ing)|"
    r"land(?:ed|ing|s)?\s+(?:in|at|on)|rotat(?:ed|ing|es?)\s+(?:in|into|to)|brought\s+in|bring(?:ing|s)?\s+in|"
    rf"(?:towards?|across|into|around|opposite)\s+(?:the\s+)?(?:{UKRAINIAN_PLACES}|{RUSSIAN_PLACES})|"
    rf"(?:near|along|close\s+to)\s+(?:the\s+)?(?:(?:Ukrainian|Russian|Belarusian|northern|eastern|southern)\s+)?(?:border|front(?:\s*-?line)?|{UKRAINIAN_PLACES}|{RUSSIAN_PLACES})|in\s+(?:the\s+)?(?:Kursk|Russia|Ukraine|Belarus)|inside\s+(?:Russia|Ukraine)|on\s+(?:Russian|Ukrainian)\s+(?:soil|territory))\b",
    re.IGNORECASE,
)
_EXCLUDE_RE = re.compile(
    r"desert(?:ed|ers|ion)|AWOL|absent\s+without\s+leave|\bdrills?\b|exercises?\b|manoeuvres|maneuvers|war\s+games|"
    r"\bkill|\bdead\b|\bdied\b|wounded|injured|casualt|\blost\b|losses|captured|captiv\w*|prisoners?|\bPOWs?\b|missing|"
    r"interpreter|per\s+\d|for\s+every|hospital\w*",
    re.IGNORECASE,
)
# hypothetical forces: "could send up to 100,000 troops", "would deploy", "if Pyongyang sends"
# willingness and offers are not deployments either: "is prepared to put up to 10,000 troops", "offered to send"
_HYPOTHETICAL_RE = re.compile(
    r"\b(?:could|might|would|may|if|(?:prepared|ready|willing|offer(?:ed|ing|s)?|consider(?:ed|ing|s)?|propos(?:ed|ing|es))\s+to)\b"
    r"(?:\s+[\w-]+){0,4}\s*$",
    re.IGNORECASE,
)
_BORDER_RE = re.compile(
    r"\b(?:along|near|on|at|to|towards|by)\s+(?:the\s+)?(?P<place>(?:(?:Ukrainian|Russian|Belarusian|Polish)\s+)?border"
    r"(?:\s+with\s+(?:Ukraine|Russia|Belarus|Poland))?)",
    re.IGNORECASE,
)
_PURPOSE_RE = re.compile(
    r"\bto\s+(?:replace|replenish|make\s+up\s+for|compensate\s+for|offset|cover)\s+(?:\w+\s+){0,3}?(?:losses|casualties|the\s+dead)\b",
    re.IGNORECASE,
)
_COUNTRIES = {
    "north_korea": r"(?:North|N\.?)\s+Korea(?:n|['’]s)?|Pyongyang(?:['’]s)?|DPRK|Kim\s+Jong[\s-]Un",
    "russia": r"Russia(?:n|['’]s)?|Moscow(?:['’]s)?|Kremlin|Putin(?:['’]s)?",
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
    for sentence in sentences(doc, _PREFILTER_RE):
        try:
            pending.extend(_sentence_claims(sentence, finder))
        except (ValueError, IndexError, KeyError):
            continue
    rows = []
    for p in dedupe(pending, soft_keys=("location", "claimant", "deployed_to")):
        fields = {**p.fields, **p.soft}
        identity = [fields.get(k) for k in ("country", "deployed_to", "value", "low", "high", "vague_phrase",
                                             "qualifier", "location", "claimant")]
        rows.append(make_row(
            TROOP_DEPLOYMENTS, doc, p.sentence, identity=identity,
            fields={k: v for k, v in fields.items() if k != "claimant"},
            claimant=fields.get("claimant"), evidence=" ".join(p.evidence), extractor_version=EXTRACTOR_VERSION,
        ))
    return rows


def _country(text: str) -> str | None:
    m = _COUNTRY_RE.search(text)
    return m.lastgroup if m else None


def _sentence_claims(sentence: Sentence, finder: ClaimantFinder) -> list[Pending]:
    text = sentence.text
    out: list[Pending] = []
    for c in find_counts(text):
        noun = _NOUN_AFTER_RE.match(text[c.end :])
        if noun is None:
            continue
        if c.vague_phrase and re.match(r"an?\s|several$", c.vague_phrase, re.I):
            continue
        if noun["noun"].lower() in ("men", "officers", "forces") and c.vague_phrase is None and not re.search(
            r"\b(?:troops|soldiers)\b", text, re.I
        ):
            continue
        np_end = c.end + noun.end()
        clause_start = max((m.end() for m in re.finditer(r"[;:]|,\s+(?:while|but|and|as)\b|\bwhile\b", text[: c.start])), default=0)
        clause_end = min(
            (c.end + m.start() for m in re.finditer(r"[;:]|,\s+(?:while|but|as|and)\b|\bwhile\b", text[c.end :])), default=len(text)
        )
        clause = text[clause_start:clause_end]
        if _EXCLUDE_RE.search(_PURPOSE_RE.sub("", clause)):  # "sent ... to replace losses" is still a deployment
            continue
        before, after = text[clause_start : c.start], text[np_end:clause_end]
        if not (_DEPLOY_RE.search(before[-90:]) or _DEPLOY_RE.search(after[:90])):
            continue
        if _HYPOTHETICAL_RE.search(before):
            continue
        phrase = text[c.end : np_end]
        country = _country(phrase)
        origin = re.match(r"\s+from\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)", text[np_end:clause_end])
        if country is None and origin:  # "1,500 mercenaries from Nepal": whose they are, named after the noun
            country = _country(origin[1])
        if country is None:
            # the sender: the last country named before the verb ("Pyongyang is said to have dispatched")
            subject = [m for m in _COUNTRY_RE.finditer(before) if not re.search(r"\b(?:to|into|in|for)\s+(?:the\s+)?$", before[: m.start()])]
            country = subject[-1].lastgroup if subject else None
        if country is None:
            continue  # whose troops cannot be told: not a usable deployment claim
        deployed_to = _deployed_to(after, country)
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


def _deployed_to(after: str, country: str | None) -> str | None:
    for m in _SERVE_WITH_RE.finditer(after):
        if after[: m.start()].rstrip().lower().endswith("according"):
            continue  # "according to Ukrainian intelligence": who says, not whom they serve
        if re.match(r"\s+(?:border|frontier|side)\b", after[m.end() :]):
            continue  # "closer to the Ukrainian border": where, not whom they serve
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
