"""Aid pledges: who says which donor gives Ukraine how much money or money's worth of aid.

Per sentence that passes a keyword prefilter, every amount of money ("$5.9bn", "€2.5bn",
"£2.26 billion", "500 million euros", "USD 1.2bn") is an aid claim when the sentence is
about Ukraine and an aid word governs the amount's clause ("unveiled $4.7bn in new
military and budget support for Ukraine", "a €50bn loan", "pledged").

- `amount` is normalised to a float in its own currency ("$5.9bn" -> 5.9e9, "three billion
  kroner" -> 3e9), `currency` is the ISO 4217 code, `amount_text` the amount as written. A
  bracketed amount right after another is a conversion ("€2.5bn (£2.1bn)"), and so is one in
  another currency after "or" ("€1.4bn, or about $1.5bn"): one row, in the first currency.
- Parts of an amount just named are not rows: a breakdown ("a $61bn package, including $13.8bn
  for ...", "consists of €33bn in loans and €17bn in grants", "a first tranche of £750m"), and
  a part of a whole ("€1bn of the €5bn pledged"), nor is the whole ("$75bn of the $177bn").
- `donor` is a snake_case id of the giver (`united_states`, `germany`,
  `european_union`, `world_bank`, ...): the donor named before the amount in its clause
  ("Washington last week announced"), else after it ("from the EU"), else the donor
  behind the claimant ("White House spokesperson").
- `recipient` is `ukraine`; `aid_type` is `military`, `financial`, `humanitarian`,
  `energy`, `mixed` when several are named for one amount, null when none is.
- `qualifier`: exact, approx, more_than, at_least, up_to.

A sentence that names no recipient is still Ukraine's pledge when it is plainly aid ("a
military aid package", "pledged") from a named donor and no other recipient (Gaza, Taiwan,
...) is named, or when the sentences before it (its paragraph, the paragraph before) are about
Ukraine and a donor is named ("... new package for Ukraine. The package, worth €350m, ...").
Cumulative totals ("has so far provided €28bn", "since the invasion", "between 2022 and 2025",
"taking its total support to €2.5bn", "now totals €134bn", "amounted to $66bn") are not new
pledges; a total's words belong to its own amount ("..., which has given 58 billion kroner so
far, announced 1.3 billion kroner"). Requests ("asked allies for another $20bn") are not
pledges. Kroner are Norway's or Denmark's by the country named nearest before the amount;
other crowns by their adjective ("Swedish crowns" -> SEK, "Czech"/koruna CZK).

Hyphenated amounts ("a 1-billion-euro security agreement") are read too. Not aid: Ukraine's
own allocations or spending when no donor is named, financing gaps, shortfalls and deficits,
company revenues, arms-industry totals, defence budgets and a country's spending
on its own defence, sanctions, gas-transit or export income (export finance is aid), reserves,
costs and needs estimates (the price a donor pays, "at a cost of DKK 1.2bn", is the pledge).
Equipment-only packages without an amount are skipped.

What an amount buys is not what it is: "to buy gas", "to help cover Ukraine's budget deficit" after
it leave it aid. A donor's share of a whole ("$20bn of the $50bn G7 loan") is its pledge; a part
delivered of a whole ("only $2bn of the $8bn promised has arrived") is not. The whole a payment is
drawn from ("the fourth instalment of the €50bn Ukraine Facility", "part of a €4bn package", "under
the $50bn scheme") and an instalment of a larger pledge named before it in the post ("A first
instalment of €10bn") are not new pledges; pledges named with their sum ("two packages totalling
NOK 7.5bn") are. Not pledges either: unit prices ("each worth €140m", "apiece"), assets frozen or
seized, pay for people ("soldiers receive up to 100,000 hryvnias a month"), money for another
recipient named right after the amount ("a $1.1bn loan to Egypt"), hopes and calls on others
("called on the EU to approve"), a donor's record in passing ("having committed about €28bn", "had already spent").
Nor are: the whole a pledge is funded from ("funded from the UK's £3bn annual support", "as part of the G7's $50bn
scheme"), the programme a payment named before it belongs to ("... of its $15.6bn EFF arrangement"), a part of the
amount before it ("with CHF 1.5bn of that for 2025-28"), a figure it is compared with ("compared with €114bn"), a sum
over all donors, goals ("aim for €40bn a year"), and proposals that still need others' approval. A headline's rounded
amount ("€200m package") is the body's exact one ("worth €198m").
"""
from __future__ import annotations

import re
from decimal import Decimal

from sitrep.claims_common import (
    ClaimantFinder, Keywords, Pending, Sentence, caseless, dedupe, drop_rounded_headlines, has_count, lower_keep, lowered, make_row, qualifier_before,
    sentences,
)
from sitrep.models import Document
from sitrep.numbers import NUMBER_WORD, parse_number
from sitrep.schemas import AID_PLEDGES

EXTRACTOR_VERSION = "33"

_PREFILTER_RE = Keywords(
    "$", "€", "£", "¥", "₴", "dollar", "euro", "eur", "pound", "franc", "yen", "krone", "kronor", "krona", "crowns", "korun",
    "hryvn", "usd", "gbp", "cad", "nzd", "jpy", "uah", "nok", "sek", "dkk", "chf", "aud", "czk", "pln", "zlot",
)
_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
# "three billion kroner", "half a billion euros", "seventy-five million euros": number words need a scale word after them
_WORD_NUM = (
    rf"(?P<wnum>half\s+a|(?:an?\s+)?{NUMBER_WORD}(?:(?:\s+and\s+|[\s-]+){NUMBER_WORD})*(?:\s+and\s+a\s+half)?|an?)"
    r"\s+(?P<wscale>billion|million)"
)
_SCALE = r"(?:[\s-]?(?P<scale>trillion|tn|billion|bn|bln|b|million|mn|mln|m|thousand|k|[TBM]illion|Trillion|Thousand))?(?![\w])"
_MONEY_BEFORE_RE = re.compile(  # "$5.9bn", "€2.5 billion", "USD 100m"
    rf"(?P<cb>(?:US|U\.S\.|C|CA|A|AU|NZ)\$|USD|EUR|GBP|CAD|AUD|NZD|JPY|CHF|SEK|NOK|DKK|CZK|PLN|UAH|ISK|NKr|DKr|SKr|[$€£¥₴])\s?{_NUM}{_SCALE}"
    r"(?:\s+(?:US\s+)?dollars?)?",
)
_CURRENCY_AFTER = (
    r"(?:\s+|-)(?P<ca>(?:US\s+|American\s+|Canadian\s+|Australian\s+|New\s+Zealand\s+)?dollars?|euros?|"
    r"pounds(?:\s+sterling)?|(?:Swiss\s+)?francs|yen|(?:(?:Swedish|Norwegian|Danish|Czech)\s+)?(?:kronor|kroner|krone|krona|crowns)|"
    r"korun(?:as|y|a)?|zlotys?|hryvnias?|USD|EUR|GBP)\b"
)
_MONEY_AFTER_RE = re.compile(rf"(?<![\w.,$€£¥₴]){_NUM}{_SCALE}{_CURRENCY_AFTER}", re.IGNORECASE)  # "500 million euros"
_MONEY_WORDS_RE = re.compile(rf"(?<![\w-]){_WORD_NUM}{_CURRENCY_AFTER}", re.IGNORECASE)  # "three billion kroner"
_SCALES = {"trillion": 10**12, "tn": 10**12, "billion": 10**9, "bn": 10**9, "bln": 10**9, "b": 10**9,
           "million": 10**6, "mn": 10**6, "mln": 10**6, "m": 10**6, "thousand": 10**3, "k": 10**3}
_CURRENCY_SYMBOLS = {"$": "USD", "US$": "USD", "U.S.$": "USD", "USD": "USD", "C$": "CAD", "CA$": "CAD", "CAD": "CAD",
                     "A$": "AUD", "AU$": "AUD", "AUD": "AUD", "NZ$": "NZD", "NZD": "NZD", "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP",
                     "¥": "JPY", "JPY": "JPY", "CHF": "CHF", "SEK": "SEK", "NOK": "NOK", "DKK": "DKK", "CZK": "CZK", "PLN": "PLN", "UAH": "UAH",
                     "₴": "UAH", "ISK": "ISK", "NKR": "NOK", "DKR": "DKK", "SKR": "SEK"}  # the FT's "NKr1.5bn"
_CURRENCY_WORDS = (  # first match wins: the country's adjective before the bare word
    (r"danish\s+(?:kroner|krone|crowns)", "DKK"), (r"norwegian\s+(?:kroner|krone|crowns)", "NOK"),
    (r"swedish\s+(?:kronor|krona|crowns)", "SEK"), (r"czech\s+crowns", "CZK"),
    (r"canadian\s+dollars", "CAD"), (r"australian\s+dollars", "AUD"), (r"new\s+zealand\s+dollars", "NZD"), (r"dollars?|usd", "USD"), (r"euros?|eur", "EUR"),
    (r"pounds|gbp", "GBP"), (r"francs", "CHF"), (r"yen", "JPY"), (r"kronor|krona", "SEK"), (r"kroner|krone", "NOK"),
    (r"hryvnias?", "UAH"), (r"korun(?:as|y|a)?", "CZK"), (r"zlotys?", "PLN"), (r"crowns", "NOK"),  # bare crowns: by the country named
)
_AID_RE = caseless(
    r"\b(?:aid|assistance|package|support|pledg\w*|commit\w*|allocat\w*|donat\w*|grants?|loans?|fund(?:s|ed|ing)?|"
    r"financ\w*|tranche|disburs\w*|contribut\w*|provid\w*|give|gives|gave|giving|given|gift\w*|suppl(?:y|ies|ied|ying)|send|sends|sent|sending|"
    r"deliver\w*|transfer\w*|promis\w*|set(?:s|ting)?\s+aside|cover(?:s|ed|ing)?|extend\w*|lend|lends|lent|lending|backing|subsid\w*|earmark\w*|announc\w*|approv\w*|unveil\w*|receiv\w*|"
    r"security\s+(?:agreement|pact|accord|deal)|available|sign(?:ed|s|ing)|paid\s+out|pa(?:y|ys|ying)\s+out|pa(?:y|ys|ying|id)\s+for(?=\s+(?:about\s+|some\s+|up\s+to\s+)?(?:[$€£¥]|USD|EUR|GBP|NOK|SEK|DKK|CAD))|pa(?:id|ys?|ying)\s+(?:ukrain\w*|kyiv|kiev)|secur(?:ed|es|ing)|gets?|getting|got)\b"
)
_UKRAINE_RE = re.compile(r"\b(?:Ukrain\w*|Kyiv|Kiev)\b")
_NOT_AID_RE = caseless(
    r"\b(?:spending\s+on\s+(?:defen[cs]e|security|the\s+army)|revenues?|turnover|sale|(?<!windfall\s)(?<!from\s)profits?(?!\s+(?:from|of|on|generated\s+by)\s+(?:the\s+)?(?:frozen|immobili[sz]ed|seized))|sales|GDP|defen[cs]e\s+spending|military\s+spending|spending\s+on\s+(?:its|their)\s+own|"
    r"own\s+defen[cs]e|border\s+defen[cs]e|defen[cs]e\s+budget|military\s+budget|budget\s+(?:plans|deficit)|"
    r"(?:city|municipal|regional|local|oblast)\s+(?:budget|council)|"  # "approved 1.2bn hryvnias from the city budget"
    r"(?:federal|state|national|government['’]s|draft|annual|(?:19|20)\d\d)\s+budget|sanction\w*|transit|gas|oil|earn\w*|income|arms\s+(?:companies|industry|producers)|"
    r"contracts?|market|exports?(?!\s+(?:finance|credit))|reserves|need|debt\s+restructuring|bonds|costs?|cost\s+of|needs|damages?|losses|worth\s+of\s+damage|"
    r"bounty|ransom|fine[ds]?|gap|shortfall|deficits?|budget\s+for\s+(?:19|20)\d\d|"
    r"fail(?:ed|s|ing)?\s+to\s+(?:agree|approve|adopt|reach)|(?:was|were|been)\s+(?:blocked|vetoed))\b"
)
_DONORS = {
    "united_states": r"US|U\.S\.|USA|USAID|United\s+States|America|American|Washington|Biden\s+administration|White\s+House|"
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
    "new_zealand": r"New\s+Zealand|Wellington",
    "luxembourg": r"Luxembourg",
    "iceland": r"Iceland|Icelandic|Reykjavik",
    "slovakia": r"Slovakia|Slovak|Bratislava",
    "slovenia": r"Slovenia|Slovenian|Ljubljana",
    "croatia": r"Croatia|Croatian|Zagreb",
    "romania": r"Romania|Romanian|Bucharest",
    "bulgaria": r"Bulgaria|Bulgarian",
    "greece": r"Greece|Greek|Athens",
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
# a span of years is a total too: "between 2022 and early 2025", "over the past three years"
_SPAN = (
    r"between\s+(?:\w+\s+)?20\d\d\s+and\s+(?:\w+\s+)?20\d\d|from\s+(?:\w+\s+)?20\d\d\s+(?:to|until|through)\s+(?:\w+\s+)?20\d\d|"
    r"(?:over|in|during)\s+the\s+(?:past|last|first)\s+(?:two|three|four|\d)\s+years|(?:over|during|throughout)\s+the\s+(?:course\s+of\s+the\s+)?war"
)
# "since Russia's full-scale invasion", "since 24 February 2022", "since the war started"
_SINCE = r"since\s+(?:[\w'’-]+\s+){0,3}?(?:invasion|war\s+(?:began|started|broke\s+out)|2014|2022)"
_CUMULATIVE_BEFORE_RE = caseless(
    r"\b(?:so\s+far|to\s+date|in\s+total|(?<!a\s)total|overall|cumulative(?:ly)?|altogether|all\s+told|"
    r"since\s+(?:the\s+)?(?:start|beginning|outset|full[\s-]scale|invasion|war\s+began|2022|February\s+2022)|" + _SINCE + "|" + _SPAN + r")\b"
    r"|\b(?:tak(?:e|es|ing)|bring(?:s|ing)?|rais(?:e|es|ing)|lift(?:s|ing)?|push(?:es|ing)?)\s+(?:[\w'’-]+\s+){0,9}?(?:to|at)"
    r"(?:\s+(?:a|an|new|record|all-time|high|of))*\s*$"
    # an earlier pledge named beside the new one: "on top of the CAD 1 billion pledged in January"
    r"|\b(?:on\s+top\s+of|in\s+addition\s+to|adding\s+to)\s+(?:(?:the|its|their|an?\s+earlier|a\s+previous)\s+)?$"
    # a donor's record given in passing: "Germany, having committed about €28bn, ..."
    r"|\b(?:having|(?:has|have|had)\s+already)\s+(?:already\s+)?(?:given|provided|committed|pledged|allocated|sent|spent|donated|"
    r"delivered|disbursed|contributed)\s+(?:ukraine\s+|kyiv\s+)?$"
    # donors' sum in the perfect: "Ukraine's western backers have together committed more than €260bn"
    r"|\b(?:has|have|had)\s+(?:now\s+)?(?:together|collectively|between\s+them)\s+(?:given|provided|committed|pledged|"
    r"allocated|sent|spent|donated|delivered|disbursed|contributed)\s+(?:ukraine\s+|kyiv\s+)?$"
    # a record in the perfect with its sum: "Oslo has committed a total of 85 billion kroner through its programme"
    r"|\b(?:has|have|had)\s+(?:now\s+)?(?:given|provided|committed|allocated|sent|spent|donated|delivered|disbursed|contributed)\s+"
    r"(?:ukraine\s+|kyiv\s+)?a\s+total\s+of\s+$"
    r"|\b(?:totals?|totall?ed|totall?ing|amount(?:s|ed|ing)?\s+to|stands?\s+at|stood\s+at|reach(?:es|ed|ing)?|"
    r"(?:rose|risen|rising|increased|grew|grown|climbed|jumped)\s+to)\s+(?:a\s+record\s+|a\s+total\s+of\s+|an\s+estimated\s+)?"
    r"(?:(?:about|around|roughly|some|nearly|almost)\s+)?(?:[\d.]+\s*(?:%|per\s*cent|percent)\s+of\s+(?:its\s+|their\s+)?gdp\s*,?\s*)?$"
)
# ... but pledges named with their sum are new: "two new packages totalling NOK 7.5bn"
_NEW_PLEDGES_TOTALLING_RE = caseless(
    r"\b(?:packages?|pledges?|loans?|grants?|tranches|agreements|deals|commitments|contributions)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:totall?ing|totall?ed|worth\s+a\s+total\s+of)\s+$"
)
_FRONTED_CHARS = 60  # a span or "since" this near the sentence's start opens it: "Since the invasion, the US has ..."
_CUMULATIVE_AFTER_RE = re.compile(  # within the amount's own phrase: "€135bn in financial, military and ... support since"
    r"^(?:[^,;.]|,(?=\s+[a-z]+(?:,|\s+and\b))){0,90}?\b(?P<mark>so\s+far|to\s+date|in\s+total|since\s+(?:the\s+)?(?:start|beginning|outset|full[\s-]scale|"
    r"invasion|war\s+began|2022|February\s+2022)|" + _SINCE + "|" + _SPAN + r")\b",
    re.IGNORECASE,
)
_SPAN_RE = re.compile(_SPAN, re.IGNORECASE)
_PRONOUN_SUBJECT_RE = re.compile(r"\s*(?:He|She|It|They)\s")
_LAST_SENTENCE_RE = re.compile(r"(?:^|(?<=[.!?]\s)|\n)[^\n.!?]*[.!?]?\s*$")
_FRESH_PLEDGE_RE = re.compile(
    r"\b(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday|this\s+week|new|more|another|"
    r"additional|further)\b",
    re.IGNORECASE,
)
_FUTURE_RE = re.compile(r"\b(?:will|would|is\s+to|are\s+to|plans?\s+to|intends?\s+to)\b")
# the next part of a breakdown: "€33bn in loans and €17bn in grants"
_BREAKDOWN_MORE_RE = re.compile(r"[^.;$€£¥]{0,40}?(?:,|\band|\bplus)\s+(?:(?:a|an|another|further|some|about|around|up\s+to)\s+)*")
_WHOLE_OF_RE = re.compile(r"\s+(?:out\s+)?of\s+(?:the|a|an|its|their)\s+(?:total\s+|overall\s+|promised\s+|pledged\s+)?")
# "a €3bn tranche of its €50bn Ukraine Facility": the programme the payment is drawn from is no new pledge
_TRANCHE_OF_RE = re.compile(
    r"\s+(?:tranche|instal?l?ment|payment|disbursement|portion)\s+(?:out\s+)?(?:of|from|under)\s+(?:the|a|an|its|their)\s+"
    r"(?:total\s+|overall\s+|promised\s+|pledged\s+)?"
)
_DASH_BEFORE_RE = re.compile(r"\s[–—-]\s$")
_DASH_AFTER_RE = re.compile(r"\s[–—-]\s")
# "gave another $1bn" reads as aid; "added" only right before the amount ("Finland added €25m"), and so does a
# donor that "followed" an earlier pledge "with" its own ("Canada followed on Wednesday with C$200 million")
_ADDED_RE = re.compile(
    r"\b(?:add(?:s|ed|ing)?|follow(?:s|ed|ing)?(?:\s+suit)?(?:\s+on\s+\w+(?:\s+\w+)?)?,?\s+with)\s+"
    r"(?:(?:a|an|another|further|additional|extra|its\s+own|their\s+own)\s+)*$",
    re.IGNORECASE,
)
# asking is not giving: "Zelensky asked allies for another $20bn"
_REQUEST_RE = caseless(
    r"\b(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|call(?:s|ed|ing)?\s+(?:for|on)|seek(?:s|ing)?|hop(?:e|es|ed|ing)\s+(?:to|for)|sought|appeal(?:s|ed|ing)?|"
    r"urg(?:es|ed|ing)|want(?:s|ed)?|demand(?:s|ed|ing)?|lobb(?:y|ies|ied|ying)|"
    # deliberation is not a pledge either: "is weighing whether to send $100m", "still arguing over a €3bn package"
    r"weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|consider(?:s|ing)|debat(?:e|es|ing)|argu(?:e|es|ed|ing)\s+(?:over|about)|"
    r"discuss(?:es|ed|ing)?|negotiat(?:e|es|ed|ing)\s+(?:over|on)|wrangl(?:e|es|ed|ing)\s+over|whether\s+to|could|might|"
    # a goal is not a pledge: "allies agreed to aim for at least €40bn a year", "a target of $50bn"
    r"aim(?:s|ed|ing)?\s+(?:for|at)|(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:target|goal|ambition|benchmark)\s+of)\b"
)
_CONVERSION_GAP_RE = re.compile(r"\s*\(\s*(?:about|around|roughly|approximately|some|or|c\.|~)?\s*")
_NOUN_THEN_BRACKET_RE = re.compile(r"(?:\s+[a-z-]+){1,2}\s*\(\s*(?:about|around|roughly|approximately|some|~)?\s*")
# "€1.4bn, or about $1.5bn", "NOK 7.5 billion, around $740 million": the same sum in another currency
_OR_GAP_RE = re.compile(r",?\s+or\s+(?:about|around|roughly|approximately|some|nearly|almost)?\s*|,\s+(?:about|around|roughly|approximately|some)\s+")
_PACKAGE_INCLUDES_RE = re.compile(
    r"\W*(?:the|this|that|its|their)\s+(?:new\s+|latest\s+)?(?:[\w-]+\s+)?(?:package|pledge|aid|support|contribution|tranche|deal)\s*"
    r"(?:,[^,;.$€£¥\d]{1,60},\s*)?"  # "The package, drawn from existing Pentagon stocks, includes ..."
    r"(?:also\s+)?(?:includes|included|will\s+include|comprises|contains|consists\s+of)\s+(?:(?:about|around|some|roughly|nearly)\s+)?$",
    re.IGNORECASE,
)
# a part of the amount just named: "a $61bn package, including $13.8bn for ...", "€5bn, of which €1bn ..."
_BREAKDOWN_RE = re.compile(
    r"\b(?:including|includ(?:es|ed)|of\s+which|of\s+this|of\s+that|consist(?:s|ed|ing)?\s+of|compris(?:es|ed|ing)|"
    r"made\s+up\s+of|split\s+(?:into|between)|divided\s+(?:into|between)|"
    r"(?:first|second|third|initial|next|final|last)\s+(?:tranche|instal?ments?|installment|payment|disbursement|portion)\s+of)"
    r"\s+(?:(?:a|an|the|some|about|around|roughly|nearly|almost|"
    r"another|further|up\s+to|more\s+than|over)\s+)*$",
    re.IGNORECASE,
)
# the price of aid a donor pays for ("will fund 18 howitzers ... at a cost of DKK 1.2bn") is the pledge, not a cost estimate
# ... and so is a share of the donor's GDP ("will allocate 0.25% of its GDP, about €200m, to Ukraine")
_PRICE_OF_AID_RE = caseless(
    r"\bat\s+a\s+(?:total\s+)?cost\s+of\b|\d(?:[\d.]*)\s*(?:%|per\s*cent|percent)\s+of\s+(?:its\s+|their\s+)?gdp\b"
)
# what an amount pays for is not what it is: "to buy gas", "to help cover Ukraine's budget deficit"
_PURPOSE_RE = caseless(
    r"\b(?:to\s+(?:help\s+)?(?:it\s+|kyiv\s+|ukraine\s+)?(?:buy|purchase|cover|meet|plug|close|fill|finance|fund|pay(?:\s+for)?|"
    r"repair|restore|rebuild|service|import)|for\s+(?:the\s+)?(?:purchase|import)s?\s+of)\b[^,;]*"
)
# a proposal still awaiting others' approval is no pledge yet ("the Commission has proposed lending Ukraine €90bn, but the
# plan still needs the backing of member states"); a government's own proposal ("proposed SEK 40bn for 2025") is
_PROPOSED_RE = caseless(r"\bpropos(?:e|es|ed|ing|als?)\b")
_APPROVAL_PENDING_RE = caseless(
    r"\b(?:still\s+(?:needs?|requires?|has\s+to|must)|needs?\s+(?:the\s+)?(?:approval|backing|support|consent|sign-?off)|"
    r"requires?\s+(?:the\s+)?(?:approval|backing|unanimity|consent)|(?:has|have)\s+yet\s+to\s+be|awaits?|awaiting|subject\s+to|"
    r"if\s+(?:it\s+is\s+)?(?:approved|adopted|agreed)|pending\s+(?:approval|agreement)|must\s+(?:still\s+)?be\s+(?:approved|agreed|adopted)|"
    r"would\s+need)\b"
)
# a unit price is no pledge: "two more IRIS-T systems, each worth about €140m", "shells at €4,000 apiece"
_EACH_BEFORE_RE = caseless(r"\beach\s+(?:worth|valued\s+at|costing|priced\s+at|at)\s+$")
_EACH_AFTER_RE = caseless(
    r"\s*(?:apiece|a\s+piece|per\s+(?:unit|piece|system|shell|round|missile|drone|launcher|vehicle|jet|tank))\b"
)
# assets frozen or seized are no aid: "has frozen $1.2bn held by oligarchs", "the €185bn in immobilised Russian assets"
_ASSETS_BEFORE_RE = caseless(r"\b(?:froze|frozen|freez\w*|seiz\w*|immobili[sz]\w*|confiscat\w*|blocked)\s+(?:[\w-]+\s+){0,2}?$")
_ASSETS_AFTER_RE = caseless(
    r"\s+(?:(?:in|of|worth\s+of)\s+(?:(?:frozen|immobili[sz]ed|seized|blocked|russian|central\s+bank|sovereign|state|"
    r"oligarchs['’]?)\s+)*assets|(?:held|frozen|immobili[sz]ed|seized)\b)"
)
# pay for people is no aid: "soldiers on the front line receive up to 100,000 hryvnias a month"
_PEOPLE_PAID_RE = caseless(
    r"\b(?:soldiers|servicem[ae]n|troops|recruits|conscripts|families|pensioners|teachers|doctors|personnel|fighters|"
    r"volunteers|workers)\b[^,;]{0,40}?\b(?:receiv(?:e|es|ed|ing)|gets?|getting|earn\w*|(?:are|is|were|be)\s+paid)\s+$"
)
_PER_PERSON_RATE_RE = caseless(r"\s*(?:(?:a|per|each)\s+(?:month|week)|monthly|per\s+(?:person|soldier|head|family|recruit))\b")
# the whole a payment is drawn from: "the fourth instalment of the €50bn Ukraine Facility", "part of a €4bn package"
# ... also where the money comes from ("funded from the UK's £3bn annual military support", "as part of the G7's $50bn
# scheme"), a donor's own or a group's whole named with a possessive
_WHOLE_BEFORE_RE = caseless(
    r"\b(?:(?:tranche|instal?l?ment|payment|disbursement|portion|part|share)\s+(?:out\s+)?(?:of|from)|under|"
    r"(?:funded|financed|paid\s+for|drawn|taken|coming)\s+(?:from|through|out\s+of|under|by))\s+"
    r"(?:the|a|an|its|their|(?:the\s+)?(?:[\w.-]+\s+){0,3}?[\w.-]+['’]s)\s+(?:total\s+|overall\s+|promised\s+|pledged\s+)?$"
)
# the programme a payment named before it belongs to: "disbursed about $900m ... after the sixth review of its $15.6bn
# Extended Fund Facility arrangement" (with an earlier amount in the sentence only: alone, a new programme is a pledge)
_PROGRAMME_OF_BEFORE_RE = caseless(
    r"\b(?:of|under|from|within|through|review(?:s|ed|ing)?)\s+(?:the|its|their|(?:the\s+)?(?:[\w.-]+\s+){0,3}?[\w.-]+['’]s)\s+"
    r"(?:total\s+|overall\s+|promised\s+|pledged\s+)?$"
)
_PROGRAMME_AFTER_RE = caseless(
    r"\s*(?:[\w-]+\s+){0,4}?(?:facility|arrangement|programme|program|scheme|fund|mechanism|instrument|initiative|envelope)\b"
)
# a part of an amount named before it in the sentence: "CHF 5bn ..., with CHF 1.5bn of that set aside for 2025-28"
_PART_OF_THAT_AFTER_RE = caseless(r"\s+of\s+(?:that|this|it|which|the\s+(?:total|sum|money|amount|funds?|funding))\b")
_NEW_PLEDGE_VERB_RE = re.compile(r"\b(?:announc|pledg|promis|unveil|approv|commit|allocat)\w*", re.IGNORECASE)
# a comparison names another figure, never a new pledge: "€132bn from Europe, compared with €114bn from the US"
_COMPARED_BEFORE_RE = caseless(
    r"\b(?:compared\s+(?:with|to)|as\s+against|versus|vs\.?|up\s+from|down\s+from|(?:rose|fell|dropped|grew)\s+from)\s+"
    r"(?:(?:the|an?|its|their|some|about|around|roughly|just|only)\s+)*$"
    # a ranking names the other's figure: "overtaking the United States at €114bn", "ahead of Germany with €12bn"
    r"|\b(?:overtak(?:ing|es|en)|overtook|surpass(?:ing|es|ed)?|outpac(?:ing|es|ed)|ahead\s+of|behind|trailing|followed\s+by)\s+"
    r"(?:[\w'’.-]+\s+){1,5}?(?:at|with|on)\s+(?:(?:about|around|roughly|some|just|only)\s+)?$"
)
# a tracker's sum over donors is no one's pledge: "only €10bn in fresh pledges recorded across all donors"
_ALL_DONORS_RE = caseless(
    r"\b(?:(?:across|from|by|among)\s+(?:all\s+(?:the\s+)?|the\s+)?(?:[\w-]+\s+)?(?:donors|partners|allies|contributors)\s+"
    r"(?:combined|together|collectively)|(?:across|from|by|among)\s+all\s+(?:the\s+)?(?:[\w-]+\s+)?(?:donors|partners|allies|contributors)|"
    r"(?:donors|partners|allies)\s+(?:combined|collectively)|"
    r"^[^\w]*(?:taken\s+together|combined|in\s+all)\s*,\s+(?:[\w'’-]+\s+){0,3}?(?:donors|partners|allies|countries))\b"  # "Taken together, allies have ..."
)
# an instalment of a pledge named before it: "a €35bn loan ... A first instalment of €10bn will be paid out"
_INSTALMENT_BEFORE_RE = caseless(
    r"\b(?:first|second|third|fourth|fifth|initial|next|final|last|latest)\s+(?:tranche|instal?l?ment|payment|disbursement)\s+"
    r"(?:of|worth)\s+$"
)
# delivery against an earlier pledge: "only €1bn of the €5bn pledged has been delivered"
_PROGRESS_RE = caseless(r"\b(?:deliver\w*|receiv\w*|arriv\w*|so\s+far|to\s+date|only)\b")
# with no recipient named, a pledge is Ukraine's only when it is plainly aid and goes to no one else
_STRONG_AID_RE = caseless(
    r"\b(?:(?:military|defen[cs]e|security|financial|humanitarian|budget(?:ary)?|energy|aid)\s+(?:aid|assistance|support|package)|"
    r"aid\s+package|package\s+of\s+(?:\w+\s+){0,2}(?:aid|equipment|weapons|arms|assistance|support)|pledg\w*|promis(?:ed|es|ing))\b"
)
# Ukraine paying for something itself ("Ukraine's government allocated 20 billion hryvnias for drones") gives no aid
_OWN_SPENDING_RE = re.compile(
    r"\b(?:Ukrain\w*|Kyiv|Kiev)(?:['’]s)?(?:\s+[\w-]+){0,3}?\s+(?:has\s+|have\s+|had\s+|will\s+|plans\s+to\s+|is\s+to\s+)?"
    r"(?:allocat\w*|earmark\w*|spen[dt]\w*|set\s+aside|sets\s+aside|budget\w*|invest\w*)\b",
)
_OTHER_RECIPIENT_RE = re.compile(
    r"\b(?:to|for|in)\s+(?:the\s+)?(?:Israel|Taiwan|Gaza|Palestin\w*|Syria|Sudan|Moldova|Georgia|Africa|Lebanon|Yemen|"
    r"Afghanistan|Turkey|Armenia|Jordan|Haiti|Somalia|Ethiopia|Egypt|Pakistan|Argentina|Tunisia|Kenya|Nigeria|Serbia|"
    r"Kosovo|Bosnia|Iraq|Bangladesh|Sri\s+Lanka|Philippines|refugees\s+in\s+(?!Ukraine)\w+)\b"
)


def extract_aid_pledges(doc: Document) -> list[dict]:
    """All aid-pledge claims in `doc`, one complete AID_PLEDGES row per claim."""
    finder = ClaimantFinder(doc)
    pending: list[Pending] = []
    # the shared count gate: amounts are written with digits, or with a number word before "million"/"billion"
    for sentence in sentences(doc, _PREFILTER_RE, has_count):
        context = "" if _UKRAINE_RE.search(sentence.text) else _context_before(sentence)  # only read without Ukraine named
        # an item of a list of pledges ("Germany — €1.9bn for air defence") is read under the list's heading
        # ("Ramstein: what was pledged"), which says what its figures are
        listed = _DONOR_LABEL_RE.match(sentence.text) is not None and (heading := _list_heading(sentence)) is not None
        if listed:
            context = f"{heading}\n{context}"
        if not _UKRAINE_RE.search(sentence.text) and not (listed and _STRONG_AID_RE.search(lower_keep(context))) and (
            not (_STRONG_AID_RE.search(lower_keep(sentence.text)) or _UKRAINE_RE.search(context))
            or _OTHER_RECIPIENT_RE.search(sentence.text)
        ):
            continue
        try:
            pending.extend(_sentence_claims(sentence, finder, context))
        except (ValueError, IndexError, KeyError, OverflowError):
            continue
    rows = []
    for p in dedupe(drop_rounded_headlines(_instalments_of_earlier(pending), lambda p: p.fields["amount"], _same_pledge), soft_keys=("donor", "aid_type", "claimant"),
                    headline_loose=("aid_type",)):
        fields = {**p.fields, **p.soft}
        rows.append(make_row(AID_PLEDGES, doc, p, fields, extractor_version=EXTRACTOR_VERSION,
                             identity=("donor", "recipient", "amount", "currency", "qualifier", "aid_type"),
                             date_text=p.extra.get("clause")))
    return rows


def money_mentions(text: str) -> list[re.Match[str]]:
    """Amounts of money in a text, in order, with currency before ("$5.9bn") or after ("5 billion euros")."""
    found = [*_MONEY_BEFORE_RE.finditer(text), *_MONEY_AFTER_RE.finditer(text)]
    if "illion" in lowered(text):
        found += _MONEY_WORDS_RE.finditer(text)
    found.sort(key=lambda m: m.start())
    out: list[re.Match[str]] = []
    for m in found:
        if out and m.start() < out[-1].end():
            continue
        out.append(m)
    return out


def parse_money(m: re.Match[str]) -> tuple[float, str] | None:
    """(amount, ISO currency) of a money match, or None when it cannot be read."""
    if m.re is _MONEY_WORDS_RE:
        words = _word_number(m["wnum"])
        if words is None:
            return None
        number = Decimal(str(words))
        scale = Decimal(str(_SCALES[m["wscale"].lower()]))
    else:
        number = Decimal(m["num"].replace(",", ""))
        scale = Decimal(str(_SCALES.get((m["scale"] or "").lower(), 1)))
    if "cb" in m.re.groupindex and m["cb"]:
        currency = _CURRENCY_SYMBOLS.get(m["cb"].upper())
    else:
        word = m["ca"].lower()
        currency = next((code for pattern, code in _CURRENCY_WORDS if re.fullmatch(rf"(?:\w+\s+)?(?:{pattern})(?:\s+sterling)?", word)), None)
        if currency == "NOK" and word in ("kroner", "krone", "crowns"):  # bare: by the country named
            currency = _krone_country(m.string, m.start(), crowns=word == "crowns")
    if currency is None:
        return None
    return float(number * scale), currency


def _word_number(words: str) -> float | None:
    """The value of an amount's number words: "seventy-five", "one and a half", "half a", "a"."""
    words = re.sub(r"\s+", " ", words.lower())
    if words == "half a":
        return 0.5
    if words in ("a", "an"):
        return 1
    half = words.endswith(" and a half")
    value = parse_number(words[: -len(" and a half")] if half else words)
    return None if value is None else value + (0.5 if half else 0)


_KRONE_COUNTRY_RE = re.compile(
    r"\b(?P<DKK>Danish|Denmark|Copenhagen)\b|\b(?P<NOK>Norwegian|Norway|Oslo)\b|\b(?P<CZK>Czech\w*|Prague)\b|"
    r"\b(?P<SEK>Swedish|Sweden|Stockholm)\b"
)
# every code a row can carry: the validation suite's `currency_known` set must hold them all
CURRENCIES = frozenset(_CURRENCY_SYMBOLS.values()) | {code for _, code in _CURRENCY_WORDS} | set(_KRONE_COUNTRY_RE.groupindex)


def _krone_country(text: str, pos: int, crowns: bool = False) -> str:
    """Kroner are Norway's or Denmark's: the country named last before the amount, else first after it
    ("Norway will contribute 1.5 billion kroner to a Danish-led scheme" is NOK); bare "crowns" may also be
    Czech or Swedish."""
    named = [n for n in _KRONE_COUNTRY_RE.finditer(text) if crowns or n.lastgroup in ("DKK", "NOK")]
    before = [n for n in named if n.start() < pos]
    nearest = before[-1] if before else (named[0] if named else None)
    return nearest.lastgroup if nearest else "NOK"


def _donor_id(m: re.Match[str]) -> str:
    return m.lastgroup or ""


# an item of a list of pledges: "Germany — €1.9bn for air defence", "• Sweden: SEK 1.2bn (about $112m) for ..."
_DONOR_LABEL_RE = re.compile(
    rf"\W*(?:{_DONOR_RE.pattern})\s*(?::|\s[—–-])\s*(?:an?\s+)?(?:additional\s+|further\s+|about\s+)?(?:[A-Z]{{2,3}}\$?\s)?\S*\d"
)


def _list_heading(sentence: Sentence) -> str | None:
    """The line above a run of pledge items ("Ramstein: what was pledged"), however many items come between."""
    i = sentence.paragraph_index - (0 if sentence.before.strip() else 1)
    while i >= 0 and _DONOR_LABEL_RE.match(sentence.paragraphs[i]):
        i -= 1
    return sentence.paragraphs[i] if i >= 0 else None


# a sentence that opens on the pledge just named and gives what it is worth
_WORTH_OF_NAMED_RE = caseless(
    r"(?:the|this|that)\s+(?:new\s+)?(?:package|pledge|aid|deal|loan|contribution|tranche|commitment)\s*,?\s+"
    r"(?:worth|valued\s+at|equivalent\s+to)\s+$"
)


def _context_before(sentence: Sentence) -> str:
    """The paragraph before and the sentences before this one in its own: "The Netherlands announced
    a new package for Ukraine. The package, worth €350 million, includes drones" is about Ukraine, and
    the Dutch give it; so is a wire story's second paragraph about its lead's pledges."""
    prev = sentence.paragraphs[sentence.paragraph_index - 1] if sentence.paragraph_index > 0 else ""
    return f"{prev}\n{sentence.before}"


def _sentence_claims(sentence: Sentence, finder: ClaimantFinder, context: str = "") -> list[Pending]:
    text = sentence.text
    low = lower_keep(text)
    out: list[Pending] = []
    prev_end, prev_currency, in_breakdown = -10, None, False
    mentions = money_mentions(text)
    fronted = _CUMULATIVE_AFTER_RE.match(text)
    fronted = fronted if fronted is not None and fronted.start("mark") <= _FRONTED_CHARS else None
    # "Since the full-scale invasion, the US has provided $66.5bn and EU countries €50bn": totals, all of them, up to a
    # new pledge's own verb ("..., and on Monday it announced SEK 1.5bn more")
    totals_until = len(text) if fronted and re.match(r"[^,;.\d]{0,30},", text[fronted.end() :]) else -1
    # "Between January 2022 and April 2025 European countries allocated €138bn ...; America allocated €115bn": every
    # amount of a sentence that opens with a span of years is a total over it
    spanned = _SPAN_RE.match(text.lstrip()) is not None
    # an item of a pledge list ("Germany — €1.9bn for air defence") under a heading or lead that speaks of aid
    pledge_item = _DONOR_LABEL_RE.match(text) is not None and _STRONG_AID_RE.search(lower_keep(context)) is not None
    for i, m in enumerate(mentions):
        if spanned and not _FRESH_PLEDGE_RE.search(text, max(prev_end, 0), m.end() + 12):
            prev_end = m.end()
            continue  # (but not "...; on Monday it pledged NOK 5bn more")
        if m.start() < totals_until:
            new_verb = _NEW_PLEDGE_VERB_RE.search(text, max(prev_end, 0), m.start())
            if new_verb is None:
                prev_end = m.end()
                continue
            totals_until = -1
        parsed = parse_money(m)
        if prev_end < 0 and _PACKAGE_INCLUDES_RE.match(text, 0, m.start()):
            prev_end, in_breakdown = m.end(), True
            continue  # "The package includes 4.5 billion crowns for ...": a part of the package the text named before
        if prev_end > 0 and (
            _BREAKDOWN_RE.search(text, prev_end, m.start())
            or (in_breakdown and _BREAKDOWN_MORE_RE.fullmatch(text, prev_end, m.start()))
        ):
            prev_end, in_breakdown = m.end(), True
            continue  # "a $61bn package, including $13.8bn for ... and $2bn for ...": parts of the amount before
        in_breakdown = False
        if prev_end > 0 and (_WHOLE_OF_RE.fullmatch(text, prev_end, m.start()) or _TRANCHE_OF_RE.fullmatch(text, prev_end, m.start())):
            prev_end = m.end()
            continue  # "received $75bn of the $177bn approved": the whole the amount before is part of
        if i + 1 < len(mentions) and _WHOLE_OF_RE.fullmatch(text, m.end(), mentions[i + 1].start()) and _PROGRESS_RE.search(low):
            prev_end = m.end()
            continue  # "only €1bn of the €5bn pledged has been delivered": delivered part of a whole named after it
        own_start = max(prev_end, 0)
        tail = _CUMULATIVE_AFTER_RE.match(text[own_start:]) if prev_end > 0 else None
        own_start += tail.end() if tail else 0  # "58 billion kroner so far": the amount before's words
        if m.start() - prev_end < 16 and (
            _CONVERSION_GAP_RE.fullmatch(text, max(0, prev_end), m.start())
            or (parsed and parsed[1] != prev_currency and (
                _OR_GAP_RE.fullmatch(text, max(0, prev_end), m.start())
                or _NOUN_THEN_BRACKET_RE.fullmatch(text, max(0, prev_end), m.start())
            ))
        ):
            continue  # "€2.5bn (£2.1bn)", "€1.4bn, or about $1.5bn", "$2.2bn disbursement (€2bn)": a conversion
        first_amount = prev_end < 0
        prev_end, prev_currency = m.end(), parsed[1] if parsed else None
        if parsed is None or parsed[0] <= 0:
            continue
        amount, currency = parsed
        written_end = m.end()
        conversion = re.match(r"\s*\((?:about|around|roughly|approximately|some|~)?\s*[^()]{1,20}\)", text[m.end() :])
        if conversion and money_mentions(conversion.group()):
            written_end = m.end() + conversion.end()
        clause_start, clause_end = _clause(text, m.start(), m.end())
        clause = low[clause_start:clause_end]
        stated = low[clause_start : m.end()] + _PURPOSE_RE.sub("", low[m.end() : clause_end])  # what the amount is, not buys
        qualifier, qualifier_start = qualifier_before(text, m.start())
        if _NOT_AID_RE.search(_PRICE_OF_AID_RE.sub("", stated)):
            continue
        if not (_AID_RE.search(stated) or _ADDED_RE.search(low, clause_start, qualifier_start)
                or (first_amount and pledge_item)):
            continue
        before, after = low[clause_start:qualifier_start], low[written_end:clause_end]
        if _no_pledge_amount(before, after) or _other_recipient(text[m.end() : clause_end]):
            continue
        if _COMPARED_BEFORE_RE.search(before) or _ALL_DONORS_RE.search(clause):
            continue  # a figure compared with the pledge, or a sum over all donors
        if not first_amount and (
            (_PROGRAMME_OF_BEFORE_RE.search(before) and _PROGRAMME_AFTER_RE.match(after))
            or (_PART_OF_THAT_AFTER_RE.match(low, m.end()) and not _DONOR_RE.search(text, own_start, m.start()))
        ):
            continue  # the programme a payment before it is drawn from; a part of the amount before it
        if not _UKRAINE_RE.search(text) and not (
            (_STRONG_AID_RE.search(clause) and _DONOR_RE.search(text)) or _UKRAINE_RE.search(context)
            or pledge_item
        ):
            continue
        if first_amount and _WORTH_OF_NAMED_RE.match(low, 0, qualifier_start) and any(
            (earlier := parse_money(e)) is not None and earlier[1] != currency
            for e in money_mentions(_context_before(sentence))
        ):
            continue  # "Germany will give a new €1.9bn package. The package, worth about $2.2bn, ...": a conversion
        if _PROPOSED_RE.search(low, own_start, qualifier_start) and _APPROVAL_PENDING_RE.search(low):
            continue  # a proposal that still needs others' approval
        if _REQUEST_RE.search(low, own_start, qualifier_start):
            continue  # "asked allies for another $20bn": a request, not a pledge
        # the words since the clause opened (its opening "bringing" too) or since the amount before ("..., which has
        # given 58 billion kroner so far, announced 1.3 billion kroner": "so far" is the first amount's)
        lead_start = max(clause_start - 10 if clause_start else 0, own_start)
        lead = low[lead_start:qualifier_start]
        after = _CUMULATIVE_AFTER_RE.match(text[written_end:clause_end])
        if after is not None and _SPAN_RE.search(after.group()) and _FUTURE_RE.search(low, clause_start, qualifier_start):
            after = None  # "will contribute 5 billion Swiss francs ... between 2025 and 2036": a pledge over years ahead
        if (_CUMULATIVE_BEFORE_RE.search(lead) and not _NEW_PLEDGES_TOTALLING_RE.search(lead)) or after:
            continue
        claimant = finder.for_sentence(sentence, m.start())
        donor = _donor(text[clause_start : m.start()], text[m.end() : clause_end], claimant.name if claimant else None)
        if donor is None:  # "Today the Government announced £75m ..., bringing the UK's total to ...": named elsewhere
            donor = _donor_elsewhere(text)
        if donor is None and context and not _UKRAINE_RE.search(text):
            named = list(_DONOR_RE.finditer(context))
            if not named:
                continue  # about Ukraine only through the sentences before, and nobody gives: "It allocates $54bn"
            donor = _donor_id(named[-1])
            if _PRONOUN_SUBJECT_RE.match(text):  # "German minister X arrived ... from Poland. He brought a package ...":
                last = _LAST_SENTENCE_RE.search(context)  # the subject of the sentence before, named first in it
                first = _DONOR_RE.search(context, last.start() if last else 0)
                donor = _donor_id(first) if first else donor
        if donor is None and (currency == "UAH" or _OWN_SPENDING_RE.search(text[clause_start : m.start()])):
            continue  # Ukraine's own money: "Ukraine has set aside ...", "the government set aside 2 billion hryvnias"
        types = {t.lastgroup for t in _TYPE_RE.finditer(clause) if t.lastgroup}
        aid_type = None if not types else (types.pop() if len(types) == 1 else "mixed")
        fields = {
            "recipient": "ukraine", "amount": amount, "currency": currency,
            "amount_text": text[m.start() : written_end].strip(), "qualifier": qualifier or "exact",
        }
        key = (amount, currency)  # the donor may go unnamed when the amount is mentioned again
        soft = {"donor": donor, "aid_type": aid_type, "claimant": claimant.name if claimant else None}
        out.append(Pending(key, soft, fields,
                           [text], sentence, sentence.is_headline,
                           extra={"clause": _date_text(text, clause_start, m.end()), "claimant_side": claimant and claimant.side,
                                  "instalment": first_amount and bool(_INSTALMENT_BEFORE_RE.search(before))}))
    return out


def _no_pledge_amount(before: str, after: str) -> bool:
    """Amounts beside aid words that are no pledge: a unit price, assets frozen, pay for people, or the whole a
    payment is drawn from (`before`/`after`: the amount's clause up to its qualifier, and after it; lowercased)."""
    return bool(
        _EACH_BEFORE_RE.search(before) or _EACH_AFTER_RE.match(after) or _ASSETS_BEFORE_RE.search(before)
        or _ASSETS_AFTER_RE.match(after) or _WHOLE_BEFORE_RE.search(before)
        or (_PEOPLE_PAID_RE.search(before) and _PER_PERSON_RATE_RE.match(after))
    )


def _other_recipient(after: str) -> bool:
    """Money for someone else named right after the amount: "a $1.1bn loan to Egypt", "€1.8bn for Moldova"."""
    near = after[:60]
    other = _OTHER_RECIPIENT_RE.search(near)
    return other is not None and not _UKRAINE_RE.search(near, 0, other.start())


def _instalments_of_earlier(pending: list[Pending]) -> list[Pending]:
    """Drop an instalment ("A first instalment of €10bn will be paid out") of a larger pledge in the same currency
    named before it in its post: it is part of that pledge, not a new one."""
    return [
        p for i, p in enumerate(pending)
        if not p.extra.get("instalment") or not any(
            q.sentence.post_index == p.sentence.post_index and q.fields["currency"] == p.fields["currency"]
            and q.fields["amount"] > p.fields["amount"] for q in pending[:i]
        )
    ]


def _same_pledge(h: Pending, b: Pending) -> bool:
    """A headline's amount and the body's are one pledge: same currency and donor (or none named)."""
    hd, bd = h.soft.get("donor"), b.soft.get("donor")
    return b.fields["currency"] == h.fields["currency"] and (hd is None or bd is None or hd == bd)


def _donor_elsewhere(text: str) -> str | None:
    """The one donor a sentence names outside the amount's clause, when it names exactly one."""
    named = {_donor_id(d) for d in _DONOR_RE.finditer(text)
             if not re.search(r"\b(?:to|for|in|into|with)\s+(?:the\s+)?$", text[: d.start()])}
    return named.pop() if len(named) == 1 else None


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around an amount; an amount set off by dashes ("Germany's latest package – worth
    €1.2bn – includes ...") belongs to the clause around the dashes."""
    clause_start = max((x.end() for x in _CLAUSE_RE.finditer(text, 0, start)), default=0)
    clause_end = min((x.start() for x in _CLAUSE_RE.finditer(text, end)), default=len(text))
    if _DASH_BEFORE_RE.search(text, 0, clause_start) and _DASH_AFTER_RE.match(text, clause_end):
        clause_start = max((x.end() for x in _CLAUSE_RE.finditer(text, 0, clause_start - 3)), default=0)
        clause_end = min((x.start() for x in _CLAUSE_RE.finditer(text, clause_end + 3)), default=len(text))
    return clause_start, clause_end


def _date_text(text: str, start: int, end: int) -> str:
    """The words a pledge's date may come from: its clause up to the amount and the phrase after it."""
    tail = re.split(r"[,;]|\s+and\s+(?:a|an|the|will|was|is|it|that)\b", text[end:], maxsplit=1)[0]
    return text[start:end] + tail


_LIST_JOIN_RE = re.compile(r",\s*|,?\s+(?:and|&)\s+")


def _donor(before: str, after: str, claimant: str | None) -> str | None:
    """The giver: the last donor named before the amount that is not a recipient, else one after "from"/"by"."""
    candidates = [
        d for d in _DONOR_RE.finditer(before)
        if not re.search(r"\b(?:to|for|in|into|with)\s+(?:the\s+)?$", before[: d.start()])
    ]
    if candidates:
        i = len(candidates) - 1
        while i > 0 and _LIST_JOIN_RE.fullmatch(before, candidates[i - 1].end(), candidates[i].start()):
            i -= 1  # "Denmark, Sweden and Norway jointly pledged": donors listed together, the first named
        return _donor_id(candidates[i])
    m = re.search(r"\b(?:from|by|of)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?P<d>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)", after)
    if m:
        d = _DONOR_RE.search(m["d"])
        if d:
            return _donor_id(d)
    adjective = _DONOR_RE.search(after[:40])
    if adjective and re.match(r"\s+(?:(?:military|financial|humanitarian|budget(?:ary)?|security|defen[cs]e|energy|economic|direct)\s+)?"
                              r"(?:aid|assistance|support|funding|grants?|loans?)", after[adjective.end() : adjective.end() + 40]):
        return _donor_id(adjective)
    if claimant:
        d = _DONOR_RE.search(claimant)
        if d:
            return _donor_id(d)
    return None
