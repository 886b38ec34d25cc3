"""Aid pledges: who says which donor gives Ukraine how much money or money's worth of aid.

Per sentence that passes a keyword prefilter, every amount of money ("$5.9bn", "€2.5bn",
"£2.26 billion", "500 million euros", "USD 1.2bn") is an aid claim when the sentence is
about Ukraine and an aid word governs the amount's clause ("unveiled $4.7bn in new
military and budget support for Ukraine", "a €50bn loan", "pledged").

- `amount` is normalised to a float in its own currency ("$5.9bn" -> 5.9e9), `currency`
  is the ISO 4217 code, `amount_text` the amount as written. A bracketed amount right
  after another is a conversion ("€2.5bn (£2.1bn)"): one row, in the first currency,
  with the bracket kept in `amount_text`.
- `donor` is a snake_case id of the giver (`united_states`, `germany`,
  `european_union`, `world_bank`, ...): the donor named before the amount in its clause
  ("Washington last week announced"), else after it ("from the EU"), else the donor
  behind the claimant ("White House spokesperson").
- `recipient` is `ukraine`; `aid_type` is `military`, `financial`, `humanitarian`,
  `energy`, `mixed` when several are named for one amount, null when none is.
- `qualifier`: exact, approx, more_than, at_least, up_to.

A sentence that names no recipient is still Ukraine's pledge when it is plainly aid ("a
military aid package", "pledged") from a named donor and no other recipient (Gaza, Taiwan,
...) is named. Cumulative totals ("has so far provided €28bn", "since the invasion",
"taking its total support to €2.5bn") are not new pledges. Crowns are read by country
("Swedish crowns" -> SEK, "Norwegian" NOK, "Danish" DKK, "Czech"/koruna CZK).

Hyphenated amounts ("a 1-billion-euro security agreement") are read too. Not aid: Ukraine's
own allocations or spending when no donor is named, financing gaps, shortfalls and deficits,
company revenues, arms-industry totals, defence budgets and a country's spending
on its own defence, sanctions, gas-transit or export income, costs and needs estimates.
Equipment-only packages without an amount are skipped.
"""
from __future__ import annotations

import re
from decimal import Decimal

from sitrep.claims_common import (
    ClaimantFinder, Keywords, Pending, Sentence, dedupe, has_digit, make_row, qualifier_before, sentences,
)
from sitrep.models import Document
from sitrep.schemas import AID_PLEDGES

EXTRACTOR_VERSION = "4"

_PREFILTER_RE = Keywords(
    "$", "€", "£", "¥", "₴", "dollar", "euro", "eur", "pound", "franc", "yen", "krone", "kronor", "krona", "crowns", "korun",
    "hryvn", "usd", "gbp", "cad", "jpy", "uah", "nok", "sek", "dkk", "chf", "aud", "czk", "pln", "zlot",
)
_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_SCALE = r"(?:[\s-]?(?P<scale>trillion|tn|billion|bn|bln|b|million|mn|mln|m|thousand|k))?(?![\w])"
_MONEY_BEFORE_RE = re.compile(  # "$5.9bn", "€2.5 billion", "USD 100m"
    rf"(?P<cb>(?:US|U\.S\.|C|CA|A|AU)\$|USD|EUR|GBP|CAD|AUD|JPY|CHF|SEK|NOK|DKK|CZK|PLN|UAH|[$€£¥₴])\s?{_NUM}{_SCALE}"
    r"(?:\s+(?:US\s+)?dollars?)?",
)
_MONEY_AFTER_RE = re.compile(  # "500 million euros", "1.5 billion dollars"
    rf"(?<![\w.,$€£¥₴]){_NUM}{_SCALE}(?:\s+|-)(?P<ca>(?:US\s+|American\s+|Canadian\s+|Australian\s+)?dollars?|euros?|"
    r"pounds(?:\s+sterling)?|(?:Swiss\s+)?francs|yen|kronor|kroner|krona|korun(?:as|y|a)?|zlotys?|(?:Swedish|Norwegian|Danish|Czech)\s+crowns|hryvnias?|USD|EUR|GBP)\b",
    re.IGNORECASE,
)
_SCALES = {"trillion": 10**12, "tn": 10**12, "billion": 10**9, "bn": 10**9, "bln": 10**9, "b": 10**9,
           "million": 10**6, "mn": 10**6, "mln": 10**6, "m": 10**6, "thousand": 10**3, "k": 10**3}
_CURRENCY_SYMBOLS = {"$": "USD", "US$": "USD", "U.S.$": "USD", "USD": "USD", "C$": "CAD", "CA$": "CAD", "CAD": "CAD",
                     "A$": "AUD", "AU$": "AUD", "AUD": "AUD", "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP",
                     "¥": "JPY", "JPY": "JPY", "CHF": "CHF", "SEK": "SEK", "NOK": "NOK", "DKK": "DKK", "CZK": "CZK", "PLN": "PLN", "UAH": "UAH",
                     "₴": "UAH"}
_CURRENCY_WORDS = (
    (r"canadian\s+dollars", "CAD"), (r"australian\s+dollars", "AUD"), (r"dollars?|usd", "USD"), (r"euros?|eur", "EUR"),
    (r"pounds|gbp", "GBP"), (r"francs", "CHF"), (r"yen", "JPY"), (r"kronor|krona", "SEK"), (r"kroner", "NOK"),
    (r"hryvnias?", "UAH"), (r"swedish\s+crowns", "SEK"), (r"norwegian\s+crowns", "NOK"), (r"danish\s+crowns", "DKK"),
    (r"czech\s+crowns|korun(?:as|y|a)?", "CZK"), (r"zlotys?", "PLN"),
)
_AID_RE = re.compile(
    r"\b(?:aid|assistance|package|support|pledg\w*|commit\w*|allocat\w*|donat\w*|grants?|loans?|fund(?:s|ed|ing)?|"
    r"financ\w*|tranche|disburs\w*|contribut\w*|provid\w*|give|gives|gave|giving|given|send|sends|sent|sending|"
    r"deliver\w*|transfer\w*|promis\w*|extend\w*|lend|lends|lent|lending|backing|subsid\w*|earmark\w*|announc\w*|approv\w*|unveil\w*|receiv\w*|"
    r"security\s+(?:agreement|pact|accord|deal))\b",
    re.IGNORECASE,
)
_UKRAINE_RE = re.compile(r"\b(?:Ukrain\w*|Kyiv|Kiev)\b")
_NOT_AID_RE = re.compile(
    r"\b(?:revenues?|turnover|sale|profits?(?!\s+(?:from|of|on|generated\s+by)\s+(?:the\s+)?(?:frozen|immobili[sz]ed|seized))|sales|GDP|defen[cs]e\s+spending|military\s+spending|spending\s+on\s+(?:its|their)\s+own|"
    r"own\s+defen[cs]e|border\s+defen[cs]e|defen[cs]e\s+budget|military\s+budget|budget\s+(?:plans|deficit)|"
    r"(?:federal|state|national)\s+budget|sanction\w*|transit|gas|oil|earn\w*|income|arms\s+(?:companies|industry|producers)|"
    r"contracts?|market|exports?|debt\s+restructuring|bonds|costs?|cost\s+of|needs|damages?|losses|worth\s+of\s+damage|"
    r"bounty|ransom|fine[ds]?|gap|shortfall|deficits?)\b",
    re.IGNORECASE,
)
_DONORS = {
    "united_states": r"US|U\.S\.|USA|United\s+States|America|American|Washington|Biden\s+administration|White\s+House|"
                     r"Pentagon|State\s+Department|Congress|Biden|Blinken|Austin",
    "european_union": r"EU|European\s+Union|Brussels|European\s+Commission|Commission|European\s+Council|von\s+der\s+Leyen|"
                      r"European\s+Investment\s+Bank|EIB|Ukraine\s+Facility|European\s+Peace\s+Facility",
    "united_kingdom": r"UK|U\.K\.|Britain|British|United\s+Kingdom|London|Starmer|Sunak|Healey|Lammy|Downing\s+Street",
    "germany": r"Germany|German|Berlin|Scholz|Pistorius|Merz|Bundestag",
    "france": r"France|French|Paris|Macron|Elysee|Élysée",
    "japan": r"Japan|Japanese|Tokyo",
    "canada": r"Canada|Canadian|Ottawa|Trudeau",
    "netherlands": r"Netherlands|Dutch|The\s+Hague|Amsterdam",
    "norway": r"Norway|Norwegian|Oslo",
    "sweden": r"Sweden|Swedish|Stockholm",
    "denmark": r"Denmark|Danish|Copenhagen",
    "poland": r"Poland|Polish|Warsaw",
    "italy": r"Italy|Italian|Rome",
    "spain": r"Spain|Spanish|Madrid",
    "australia": r"Australia|Australian|Canberra",
    "south_korea": r"South\s+Korea|South\s+Korean|Seoul",
    "finland": r"Finland|Finnish|Helsinki",
    "belgium": r"Belgium|Belgian",
    "czech_republic": r"Czech\s+Republic|Czechia|Czech|Prague",
    "lithuania": r"Lithuania|Lithuanian|Vilnius",
    "latvia": r"Latvia|Latvian|Riga",
    "estonia": r"Estonia|Estonian|Tallinn",
    "switzerland": r"Switzerland|Swiss|Bern",
    "austria": r"Austria|Austrian|Vienna",
    "portugal": r"Portugal|Portuguese|Lisbon",
    "ireland": r"Ireland|Irish|Dublin",
    "world_bank": r"World\s+Bank",
    "imf": r"IMF|International\s+Monetary\s+Fund",
    "g7": r"G7|G-7|Group\s+of\s+Seven",
    "nato": r"Nato|NATO",
    "ebrd": r"EBRD|European\s+Bank\s+for\s+Reconstruction\s+and\s+Development",
    "un": r"UN|United\s+Nations|UNHCR|Unicef|UNICEF|World\s+Food\s+Programme|WFP",
}
# longest names first, so "European Investment Bank" is not read as "European" something
_DONOR_RE = re.compile(
    r"(?<![\w-])(?:%s)(?:['’]s)?(?![\w-])" % "|".join(f"(?P<{k}>{v})" for k, v in _DONORS.items())
)
_TYPES = (
    ("military", r"military|weapons?|arms|defen[cs]e|security\s+assistance|ammunition|munitions|air\s+defen[cs]e|"
                 r"artillery|shells|missiles|drones|tanks|armou?red|F-16s?|fighter\s+jets|equipment|Patriot|HIMARS|"
                 r"PDA|drawdown|USAI"),
    ("financial", r"budget(?:ary)?|financial|macro-?financial|loans?|grants?|economic|fiscal|pensions|salaries|"
                  r"frozen\s+(?:Russian\s+)?assets|ERA\s+loans?|Ukraine\s+Facility"),
    ("humanitarian", r"humanitarian|food|medical|medicine|refugees?|shelter|relief|displaced"),
    ("energy", r"energy|power|grid|generators?|heating|electricity"),
)
_TYPE_RE = re.compile("|".join(f"(?P<{name}>\\b(?:{p})\\b)" for name, p in _TYPES), re.IGNORECASE)
_CLAUSE_RE = re.compile(
    r"[;:]|,\s+(?:while|but|whereas|as|after|taking|bringing|raising|lifting|pushing)\b|\s[-–—]\s|\bwhile\b", re.IGNORECASE
)
# a cumulative total ("has so far provided €28bn", "taking its total support to €2.5bn") is not a new pledge
_CUMULATIVE_BEFORE_RE = re.compile(
    r"\b(?:so\s+far|to\s+date|in\s+total|(?<!a\s)total|overall|cumulative|altogether|all\s+told|"
    r"since\s+(?:the\s+)?(?:start|beginning|outset|full[\s-]scale|invasion|war\s+began|2022|February\s+2022))\b"
    r"|\b(?:taking|bringing|raising|lifting|pushing)\s+(?:\w+\s+){0,4}?(?:to|at)\s*$",
    re.IGNORECASE,
)
_CUMULATIVE_AFTER_RE = re.compile(
    r"^[^,;.]{0,40}?\b(?:so\s+far|to\s+date|in\s+total|since\s+(?:the\s+)?(?:start|beginning|outset|full[\s-]scale|"
    r"invasion|war\s+began|2022|February\s+2022))\b",
    re.IGNORECASE,
)
# with no recipient named, a pledge is Ukraine's only when it is plainly aid and goes to no one else
_STRONG_AID_RE = re.compile(
    r"\b(?:(?:military|defen[cs]e|security|financial|humanitarian|budget(?:ary)?|energy|aid)\s+(?:aid|assistance|support|package)|"
    r"aid\s+package|package\s+of\s+(?:\w+\s+){0,2}(?:aid|equipment|weapons|arms|assistance|support)|pledg\w*)\b",
    re.IGNORECASE,
)
# Ukraine paying for something itself ("Ukraine's government allocated 20 billion hryvnias for drones") gives no aid
_OWN_SPENDING_RE = re.compile(
    r"\b(?:Ukrain\w*|Kyiv|Kiev)(?:['’]s)?(?:\s+[\w-]+){0,3}?\s+(?:has\s+|have\s+|had\s+|will\s+|plans\s+to\s+|is\s+to\s+)?"
    r"(?:allocat\w*|earmark\w*|spen[dt]\w*|set\s+aside|sets\s+aside|budget\w*|invest\w*)\b",
)
_OTHER_RECIPIENT_RE = re.compile(
    r"\b(?:to|for|in)\s+(?:the\s+)?(?:Israel|Taiwan|Gaza|Palestin\w*|Syria|Sudan|Moldova|Georgia|Africa|Lebanon|Yemen|"
    r"Afghanistan|Turkey|Armenia|Jordan|Haiti|Somalia|Ethiopia|refugees\s+in\s+(?!Ukraine)\w+)\b"
)


def extract_aid_pledges(doc: Document) -> list[dict]:
    """All aid-pledge claims in `doc`, one complete AID_PLEDGES row per claim."""
    finder = ClaimantFinder(doc)
    pending: list[Pending] = []
    for sentence in sentences(doc, _PREFILTER_RE, has_digit):
        if not _UKRAINE_RE.search(sentence.text) and (
            not _STRONG_AID_RE.search(sentence.text) or _OTHER_RECIPIENT_RE.search(sentence.text)
        ):
            continue
        try:
            pending.extend(_sentence_claims(sentence, finder))
        except (ValueError, IndexError, KeyError, OverflowError):
            continue
    rows = []
    for p in dedupe(pending, soft_keys=("aid_type", "claimant")):
        fields = {**p.fields, **p.soft}
        identity = [fields.get(k) for k in ("donor", "recipient", "amount", "currency", "qualifier", "aid_type", "claimant")]
        rows.append(make_row(
            AID_PLEDGES, doc, p.sentence, identity=identity,
            fields={k: v for k, v in fields.items() if k != "claimant"},
            claimant=fields.get("claimant"), evidence=" ".join(p.evidence), extractor_version=EXTRACTOR_VERSION,
            date_text=p.extra.get("clause"),
        ))
    return rows


def money_mentions(text: str) -> list[re.Match[str]]:
    """Amounts of money in a text, in order, with currency before ("$5.9bn") or after ("5 billion euros")."""
    found = sorted([*_MONEY_BEFORE_RE.finditer(text), *_MONEY_AFTER_RE.finditer(text)], key=lambda m: m.start())
    out: list[re.Match[str]] = []
    for m in found:
        if out and m.start() < out[-1].end():
            continue
        out.append(m)
    return out


def parse_money(m: re.Match[str]) -> tuple[float, str] | None:
    """(amount, ISO currency) of a money match, or None when it cannot be read."""
    number = Decimal(m["num"].replace(",", ""))
    scale = Decimal(str(_SCALES.get((m["scale"] or "").lower(), 1)))
    if "cb" in m.re.groupindex and m["cb"]:
        currency = _CURRENCY_SYMBOLS.get(m["cb"].upper())
    else:
        word = m["ca"].lower()
        currency = next((code for pattern, code in _CURRENCY_WORDS if re.fullmatch(rf"(?:\w+\s+)?(?:{pattern})(?:\s+sterling)?", word)), None)
        if currency == "NOK" and re.search(r"\b(?:Danish|Denmark|Copenhagen)\b", m.string):
            currency = "DKK"
    if currency is None:
        return None
    return float(number * scale), currency


def _donor_id(m: re.Match[str]) -> str:
    return m.lastgroup or ""


def _sentence_claims(sentence: Sentence, finder: ClaimantFinder) -> list[Pending]:
    text = sentence.text
    out: list[Pending] = []
    prev_end = -10
    for m in money_mentions(text):
        if re.search(r"\(\s*(?:about|around|roughly|approximately|some|or|c\.|~)?\s*$", text[max(0, prev_end) : m.start()]) and (
            m.start() - prev_end < 16
        ):
            continue  # "€2.5bn (£2.1bn)": a conversion of the amount before
        prev_end = m.end()
        parsed = parse_money(m)
        if parsed is None or parsed[0] <= 0:
            continue
        amount, currency = parsed
        written_end = m.end()
        conversion = re.match(r"\s*\((?:about|around|roughly|approximately|some|~)?\s*[^()]{1,20}\)", text[m.end() :])
        if conversion and money_mentions(conversion.group()):
            written_end = m.end() + conversion.end()
        clause_start = max((x.end() for x in _CLAUSE_RE.finditer(text[: m.start()])), default=0)
        clause_end = min((m.end() + x.start() for x in _CLAUSE_RE.finditer(text[m.end() :])), default=len(text))
        clause = text[clause_start:clause_end]
        if _NOT_AID_RE.search(clause) or not _AID_RE.search(clause):
            continue
        if not _UKRAINE_RE.search(text) and not (_STRONG_AID_RE.search(clause) and _DONOR_RE.search(text)):
            continue
        if _CUMULATIVE_BEFORE_RE.search(text[clause_start : m.start()]) or _CUMULATIVE_AFTER_RE.match(text[written_end:clause_end]):
            continue
        qualifier, _ = qualifier_before(text, m.start())
        claimant = finder.for_sentence(sentence, m.start())
        donor = _donor(text[clause_start : m.start()], text[m.end() : clause_end], claimant.name if claimant else None)
        if donor is None and _OWN_SPENDING_RE.search(text[clause_start : m.start()]):
            continue
        types = {t.lastgroup for t in _TYPE_RE.finditer(clause) if t.lastgroup}
        aid_type = None if not types else (types.pop() if len(types) == 1 else "mixed")
        fields = {
            "donor": donor, "recipient": "ukraine", "amount": amount, "currency": currency,
            "amount_text": text[m.start() : written_end].strip(), "qualifier": qualifier or "exact",
        }
        key = (donor, amount, currency)
        out.append(Pending(key, {"aid_type": aid_type, "claimant": claimant.name if claimant else None}, fields,
                           [text], sentence, sentence.is_headline,
                           extra={"clause": _date_text(text, clause_start, m.end()), "claimant_side": claimant and claimant.side}))
    return out


def _date_text(text: str, start: int, end: int) -> str:
    """The words a pledge's date may come from: its clause up to the amount and the phrase after it."""
    tail = re.split(r"[,;]|\s+and\s+(?:a|an|the|will|was|is|it|that)\b", text[end:], maxsplit=1)[0]
    return text[start:end] + tail


def _donor(before: str, after: str, claimant: str | None) -> str | None:
    """The giver: the last donor named before the amount that is not a recipient, else one after "from"/"by"."""
    candidates = [
        d for d in _DONOR_RE.finditer(before)
        if not re.search(r"\b(?:to|for|in|into|with)\s+(?:the\s+)?$", before[: d.start()])
    ]
    if candidates:
        return _donor_id(candidates[-1])
    m = re.search(r"\b(?:from|by|of)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?P<d>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)", after)
    if m:
        d = _DONOR_RE.search(m["d"])
        if d:
            return _donor_id(d)
    adjective = _DONOR_RE.search(after[:40])
    if adjective and re.match(r"\s+(?:military\s+|financial\s+|humanitarian\s+)?(?:aid|assistance|support)", after[adjective.end() : adjective.end() + 40]):
        return _donor_id(adjective)
    if claimant:
        d = _DONOR_RE.search(claimant)
        if d:
            return _donor_id(d)
    return None
