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
`location` is the place named, in the form `claims_common.LOCATION_RE` sets ("Kursk", "Kursk region" for
"Kursk Oblast"). A count whose country cannot be told is dropped.

Deployment verbs include moving forces between sectors ("pulled 40,000 troops ... to
reinforce", "moved", "shifted"); a purpose such as "to replace losses" does not make a
deployment a casualty sentence. So does bringing them in ("ferried", "airlifted", "landed in",
"rotated in"), lending them ("provided Russia with 11,000 soldiers"), taking part in fighting
("are taking part in the Kursk counteroffensive") and a count headed to, towards or across a
named front place, at the front or in the occupied territories. Whose troops may also be named
after the noun ("1,500 mercenaries from Nepal"). Willingness, offers, plans and deliberation
("is prepared to put up to 10,000 troops", "offered to send", "plans to send", "is weighing
sending") are hypothetical, and so is a deployment still to come ("will send", "is preparing to send",
"is to station", "is set to arrive"; benchmarks/README.md: troops sent or massed now), though troops
that "will remain" are there now.

Whose troops are named by the country, its capital or leader, or its nationality as adjective or
demonym ("German soldiers", "Nepalis"); fighters of Russia's own formations are Russia's ("Chechen",
"Wagner", "Akhmat"), and an alliance is no country ("NATO keeps 10,000 troops in the Baltic states"
gives no row). A bound before a list counts each item ("around 100 artillery pieces and 3,000
troops"); a vague amount refined at once ("tens of thousands of troops — perhaps 100,000 —") is the
one claim of its figure. Trainees in a country they do not fight for ("Ukrainian recruits being
trained in Germany") are not deployed there. The "enemy" of a Russian war blogger (Rybar, Two Majors)
is Ukraine.

The troops may be named before the figure: the size of a force ("the number of North Korean
troops in Russia has risen to about 14,000", "Russian forces near Sumy now number 50,000-52,000",
"a force of about 100,000", "troop numbers ... have risen to 620,000", "Russia's force has grown to
50,000", "Pyongyang's troops, which Seoul puts at 11,000"), an apposition ("North Korean troops –
about 11,000 of them –"), a unit's strength ("a 12,000-strong contingent", "a 3,000-man force"), a
reference back ("Seoul estimates their number at 11,000", "another 8,000 remain deployed", "and
another 150 in Poland", "It has sent 3,000 more"), or a running total of the deployment just named
("..., bringing the total to about 14,000").

Not deployments: deserters and soldiers gone absent without leave or on leave, troops in
exercises, drills or parades (anywhere in the clause), casualties ("2,000 troops killed", "keeps
losing"; losses told without a number, "has suffered heavy losses", do not count the figure),
encircled troops, deployments dated before 2022 or two years before the text, forecasts ("4,800 troops expected to
be based there by 2027"), counts of interpreters, officers per unit, withdrawals ("pulled out 5,000 troops",
"returned home"; a withdrawal verb of another figure or other units is not this one's). The casualty words
of another figure ("Of the 11,000 troops sent, about 4,000 were killed") are not this one's.
The same figure for the same country is one claim however loosely its mentions place it.

Whose troops may also come from a pronoun's antecedent in the sentence before ("North Korea has
deepened its ties with Russia. It has sent 3,000 more troops"), "the North" in a Korean context,
a leader ("Biden approved the deployment of 2,000 troops") or the clause a colon elaborates
("Russia has brought in reinforcements: an estimated 15,000 troops"), "the enemy" of the quoted side, Russia's
"occupiers", or a country's institution that says it moved them ("the Belarusian defence ministry said it had
moved"); a country that only reports ("Ukraine's military estimates ...", "South Korea's claim that ...") or
receives ("will
send Ukraine €650m") is not the sender. A count without its noun may follow troops named before
("... and there are about 50,000 near Sumy", "with estimates ranging from 30,000 to 50,000",
"Seoul puts the number at 3,000" after a sentence that sends them). Raising troops (mobilising,
recruiting, training, graduating), alerts and readiness checks, refusals ("refused to send"),
forecasts ("are expected to be deployed") and civilians counted with soft nouns ("300 German
engineers are in Kyiv") are not deployments. `location` may be part of a country ("eastern
Ukraine") or the place a "there" points back to.

Troops may also be named a sentence or two before a bare figure: across a live-blog aside that names none ("North
Korea has deepened its ties with Moscow. Analysts say ... About 12,000 of its soldiers are now in Russia", "Some 3,000
more arrived last month", "They number about 5,000", "Most of the roughly 11,000 soldiers"), in the question an
explainer answers ("How many North Korean troops are in Russia? About 11,000, ...") or in a heading's label ("NK troops
in Kursk: 11,000 and counting", "• Russian forces in Transnistria: about 1,500"). Foreign fighters named by their
nationality ("200 Nepalis are serving in the Russian army") are troops only in a military sentence.

Further ways a figure stands apart from its troops: a force sized in a relative clause by someone else ("Russia's grouping,
which Ukrainian commanders estimate at 50,000 troops": Russia's, not Ukraine's), a pronoun or a fresh unit pointing back
("it now numbers about 110,000", "there are roughly 11,000 of them", "The new group, about 3,000 strong, ..."), a build-up
sized ("the Russian build-up near Kupiansk now numbers 30,000"), a reported bare figure ("Seoul said about 2,000 had
arrived") and the next sentence's running total ("That brings the total to about 14,000"). Troops referred back to are
placed where the sentence that named them put them; a live-blog byline does not separate a heading from its body.

Also deployments: a host's troops ("Kaliningrad is home to ...", "Lithuania now hosts ...", the host as `location`), troops
added to a force or front ("adds 3,000 troops to its Kursk force"), troops that took up positions or dug in, set off for a
front, a "contribution to the war", a force's "presence", "tally" or "-strong" size after a copula, a table's "~11,000" and a
label whose verb is left out ("NK troops in Kursk now ~11k"). Not: troops offered as an object ("offered a company of
150 soldiers"), eras long past ("during the Soviet war", "in Soviet times"); a past level compared with ("down from
100,000 in 2022") does not date the figure itself.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from sitrep.claims_common import (
    OTHER_SIDE,
    RUSSIAN_PLACES,
    UKRAINIAN_PLACES,
    Keywords,
    NORTH_KOREA,
    RUSSIA,
    UKRAINE,
    ClaimantFinder,
    Count,
    Pending,
    Sentence,
    dedupe,
    drop_headline_bounds,
    caseless,
    find_counts,
    lower_keep,
    lowered,
    locations,
    split_sentences,
    make_row,
    sentences,
)
from sitrep.models import Document
from sitrep.schemas import TROOP_DEPLOYMENTS

EXTRACTOR_VERSION = "46"

_PREFILTER_RE = Keywords(
    "troop", "soldier", "servicem", "personnel", "fighters", "contingent", "-strong", "force of", "reinforcement",
    "conscript", "commando", "infantry", "marines", "paratroop", "reservist", "mercenar", "0 strong", "0-man", "0-member", "0 men", " men ", "brigade",
    "regiment", "battalion", "division", "group of", "grouping", "peacekeep", "artillerymen", "gunners", "sappers", "engineers", "snipers",
    "guardsmen", "riflemen", "operators", "instructors", "specialists", "advisers", "volunteers", "legionnaires", "officers", "special forces", "special operations", "north koreans",
    "nepalis", "nepalese", "cubans", "indians", "syrians", "members of",
)


# a bare figure whose troops are named before it: the answer to a question or a heading's label ("About 11,000,
# according to ...", "Seoul estimates around 11,000.", "Russian forces in Transnistria: about 1,500"), or a
# count whose noun is left out ("... estimates that around 11,000 have been deployed")
_BARE_FIGURE_TAIL = (
    r"(?:(?:about|around|some|roughly|approximately|nearly|almost|an\s+estimated|up\s+to|as\s+many\s+as|more\s+than|over|"
    r"at\s+least)\s+|[~≈]\s*)?\d[\d,]*(?:\s+(?:thousand|million))?\s*(?:[,.;:()–—]|$|according\b|"
    r"(?:have|has|had|are|were)\s+(?:now\s+|already\s+)?(?:been\s+)?(?:deployed|sent|dispatched|stationed|arrived))"
)
# Searched in `lower_keep` text, the figure opening the text apart: most text reaches this search, and with `^` out
# of the alternation the lookahead lets only a lead-in's first character try it (over twice as fast).
_BARE_FIGURE_START_RE = caseless(r"^[^\w]*" + _BARE_FIGURE_TAIL)
_BARE_FIGURE_RE = caseless(
    r"(?=[:tiebsp])(?::\s*|\bthey\s+(?:now\s+|currently\s+)?(?:number(?:ed)?|total(?:led)?)\s+|\bit\s+(?:now\s+)?numbers\s+|"
    r"\b(?:estimates?|estimated|believes?|says?|said|puts?\s+(?:it|(?:the|its|their)\s+(?:number|figure|size|strength))\s+at)\s+(?:that\s+)?)"
    + _BARE_FIGURE_TAIL
)


class _Prefilter:
    """Text that may hold a troop count: a troop word, or "force(s)" or a build-up with a size ("Russian forces near
    Sumy now number about 50,000"); "forces" alone is in too much war text to be worth reading."""

    @staticmethod
    @lru_cache(maxsize=1 << 14)
    def search(text: str) -> bool:
        if _PREFILTER_RE.search(text):
            return True
        low = lowered(text)
        if ("force" in low or "build" in low or "presence" in low) and any(
            w in low for w in ("number", "total", "size", "strength", "grown", "risen", "reached", "swell", "grew", "rose", "climb",
                               "put at", "estimated at", "stands at")
        ):
            return True
        if " more" in low and any(w in low for w in ("sent", "deploy", "dispatch", "arriv", "follow")):
            return True  # "... It has sent 3,000 more", "Some 3,000 more arrived": the troops of the sentence before
        if "total" in low and any(w in low for w in ("brings", "brought", "takes", "took", "raises")):
            return True  # "That brings the total to about 14,000": the troops of the sentence before
        if " of them" in low and "there " in low:
            return True  # "... believes there are roughly 11,000 of them": the troops of the sentence before
        low_keep = lower_keep(text)
        if _BARE_FIGURE_START_RE.match(low_keep) or _BARE_FIGURE_RE.search(low_keep):
            return True  # "How many North Korean troops are in Russia? About 11,000, according to Seoul"
        # troops of the sentence before, counted: "... Seoul puts the number at about 3,000", "HUR says the figure is 12,000"
        return ("number" in low or "figure" in low) and (" the " in low or "their" in low) and (
            " at " in low or " is " in low or " was " in low or " remain" in low)


_TROOP_NOUN = (
    r"troops|soldiers|servicemen|service\s*members|personnel|fighters|infantry(?:men)?|marines|paratroopers|"
    r"special\s+forces|commandos|military\s+personnel|forces|conscripts|officers|men|reinforcements|reservists|mercenaries|"
    r"peacekeepers|artillerymen|gunners|sappers|(?:military\s+|combat\s+)?engineers|snipers|guardsmen|riflemen|"
    r"drone\s+(?:operators|instructors|pilots|crews)|(?:military\s+)?instructors|(?:military\s+)?advisers|volunteers|legionnaires|"
    r"(?:military\s+|drone\s+)?specialists|North\s+Koreans|Nepalis|Nepalese|Cubans|Indians|Syrians|"
    # "members of the BARS combat army reserve"
    r"members\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,4}?(?:reserve|brigade|battalion|regiment|division|corps|battlegroup|unit)s?"
)
_NOUN_AFTER_RE = re.compile(
    r"^['’\"”]?(?:\s+of)?(?:\s+(?:(?:North|N\.?)\s+Korean|South\s+Korean|[A-Z][\w'’-]*|more|additional|extra|further|new|fresh|former|elite|"
    r"special|regular|combat|military|foreign|allied|army|ground|its|their|own|the|those|these|more|other|"
    r"assault|airborne|naval|tank|artillery|reconnaissance|motori[sz]ed|mechani[sz]ed|mountain|contract|reserve|front-?line|"
    r"construction|engineering|support|logistics|rear|security|border|railway|signals|medical|operations|national)){0,4}"
    rf"\s+(?P<noun>{_TROOP_NOUN})\b",
)
# taking part in fighting places troops ("are taking part in the Kursk counteroffensive", "involved in the war");
# in drills it does not
_TAKING_PART = r"(?:t(?:ook|ake|akes|aking)\s+part|participat\w*)\s+in"
_FIGHTING = (
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:counter-?)?(?:offensive|operation|fighting|battles?|assaults?|hostilities|combat|war)\b"
)
# the countries that host forces, foreign or their own: "about 100,000 US troops in Europe"
_HOSTS = (
    r"(?:Russia|Ukraine|Belarus|Europe|Poland|Romania|Estonia|Latvia|Lithuania|Baltics?|Baltic\s+states|Finland|Germany|Moldova|"
    r"Slovakia|Hungary|Bulgaria|Syria|Georgia|Armenia|Abkhazia|South\s+Ossetia|Libya|Mali|Niger|Burkina\s+Faso|Sudan|"
    r"Central\s+African\s+Republic)"
)
_DEPLOY_RE = caseless(
    r"\b(?:deploy(?:ed|s|ing|ment)?|redeploy(?:ed|s|ing)?|re(?:assign|position|rout)(?:ed|s|ing)?|dispatch(?:ed|es|ing)?|sen[dt]s?|sending|station(?:ed|ing)?|"
    r"based|posted|transferr?(?:ed|ing)?|assign(?:ed|s|ing)?|arriv(?:ed|es|ing)|mass(?:ed|es|ing)|amass(?:ed|es|ing)?|"
    r"concentrat(?:ed|ing)|assembl(?:ed|ing)|accumulat(?:ed|ing)|position(?:ed|ing)|relocat(?:ed|ing)|mov(?:ed|ing|es)|"
    r"join(?:ed|ing)?|pull(?:ed|ing|s)|shift(?:ed|ing|s)|redirect(?:ed|ing|s)?|reinforce|commit(?:ted|s|ting)|"
    r"thr(?:ew|own|ows|owing)(?!\s+back)|"
    r"provid(?:ed|es|ing)|suppl(?:ied|ies|ying)|contribut(?:ed|es|ing|ion\s+to)|len[dt]s?|"
    r"(?:fight(?:ing|s)?|serv(?:ing|es?|ed))\s+(?:for|alongside|in|on\s+(?:the\s+)?\w+(?:['’]s)?\s+side)|"
    rf"(?:{_TAKING_PART}|involved\s+in)\s+{_FIGHTING}|"
    r"serv(?:ing|es?|ed)\s+(?:in|with|alongside)|contingent|reinforc(?:ed|ing|ements)|"
    r"(?:are|were|remain|remained|is)\s+(?:now\s+|currently\s+|still\s+|already\s+)?(?:in|inside|on|at|near|along|there\b)|"
    r"maintain(?:s|ed|ing)?(?!\s+that)|keep(?:s|ing)?|kept|return(?:ed|ing)?\s+to|"
    r"(?:at|in)\s+(?:its|their|the|a)\s+(?:[\w-]+\s+){0,2}?(?:base|garrison|camp)s?\s+(?:in|at|near)\b|"
    r"grouping|group(?:ing)?\s+of\s+(?:forces|troops)|build-?up|buil[dt]\s+up|cross(?:ed|es|ing)?\s+(?:in)?to|"
    r"cross(?:ed|es|ing)?\s+(?:the\s+)?(?:[\w-]+\s+)?(?:river|border|frontier)\b|"
    r"(?:force|contingent)\s+(?:now\s+)?(?:numbers|numbered|totals)|"
    r"advanc(?:e|es|ed|ing)\s+(?:on|towards?|into)|(?:gone|went|go(?:es|ing)?)\s+(?:to|into)\b|head(?:s|ed|ing)?\s+(?:to|for|towards?|into)|bound\s+for|en\s+route\s+to|"
    r"on\s+(?:their|its|the)\s+way\s+to|guard(?:s|ed|ing)?\s+(?:the|a)\b|hold(?:s|ing)?\s+positions|push(?:ed|es|ing)?\s+into|(?:military\s+)?presence|"
    r"ferr(?:y|ied|ies|ying)|ship(?:ped|ping|s)?|airlift(?:ed|ing|s)?|flown|fl[eyi]w?(?:ing)?\s+(?:in|to)|bus(?:s?ed|s?ing)|"
    r"land(?:ed|ing|s)?\s+(?:in|at|on)|rotat(?:ed|ing|es?|ions?)\b|br(?:ought|ing(?:ing|s)?)\s+(?:in|into|to|up)|"
    r"br(?:ought|ing(?:ing|s)?)\s+(?:[\w-]+\s+){1,3}?(?:brigades|divisions|regiments|battalions|units|reserves)\b|"
    r"h(?:o|e)ld(?:s|ing)?\s+(?:on\s+to\s+)?(?:part|parts|positions|territory|ground|a\s+(?:foothold|pocket|bridgehead))\b|"
    r"rush(?:ed|es|ing)|pour(?:ed|ing|s)?\s+in|gather(?:ed|ing|s)?|garrison(?:ed|ing|s)?|"
    # a host's troops ("Kaliningrad is home to 12,000 Russian troops", "Lithuania now hosts 1,800 German soldiers"), troops
    # dug into positions, and troops setting off for a front ("had left Grozny for the Zaporizhzhia front")
    r"home\s+to|host(?:s|ed|ing)?|t(?:ook|aken?|akes|aking)\s+up\s+(?:[\w-]+\s+)?positions|dug\s+in|entrench(?:ed|ing)|"
    r"(?:left|leav(?:es|ing)|depart(?:ed|s|ing)|set\s+(?:off|out))\s+(?:[\w'’-]+\s+){0,3}?for\s+(?!home\b|good\b)|"
    r"operat(?:e|es|ed|ing)\s+(?:in|inside|near|on|along)|embedded\s+(?:in|with)|enter(?:ed|ing|s)?\s+(?:the\s+)?[a-z]|"
    rf"(?:towards?|across|into|around|opposite|reach(?:ed|es|ing)|(?<!according\s)to)\s+(?:the\s+)?(?:(?:russia|ukraine|belarus)['’]s\s+)?"
    rf"(?:{UKRAINIAN_PLACES}|{RUSSIAN_PLACES})|"
    r"in\s+(?:the\s+)?occupied\s+(?:territor(?:y|ies)|areas|regions|parts|lands)|"
    rf"reach(?:ed|es|ing)\s+(?:{_HOSTS})|"  # "have reached Lithuania"
    # fighting for a named place: "are trying to retake the Kursk region", "are storming Pokrovsk"
    rf"(?:retak|recaptur|storm|attack|assault|defend|press|push)\w*\s+(?:on\s+|towards?\s+|into\s+)?(?:the\s+)?"
    rf"(?:{UKRAINIAN_PLACES}|{RUSSIAN_PLACES})|"
    r"(?:on|at)\s+the\s+front(?:\s*-?\s*lines?)?|"
    r"(?:in|into|to)\s+the\s+(?:combat|war|conflict|special\s+military\s+operation)\s+zone|"
    rf"(?:near|along|close\s+to|at|on)\s+(?:the\s+)?(?:(?:Ukrainian|Russian|Belarusian|northern|eastern|southern)\s+)?"
    rf"(?:border|front(?:\s*-?line)?|{UKRAINIAN_PLACES}|{RUSSIAN_PLACES})|"
    rf"in\s+(?:the\s+)?(?:occupied\s+|eastern\s+|southern\s+|northern\s+|western\s+)?(?:{_HOSTS}|Donbas|"
    rf"Kaliningrad|Transnistria|{UKRAINIAN_PLACES}|{RUSSIAN_PLACES})|"
    rf"(?:in|on)\s+the\s+(?:{UKRAINIAN_PLACES}|{RUSSIAN_PLACES})\s+(?:direction|sector|axis|front|region|oblast)|"
    r"inside\s+(?:Russia|Ukraine)|on\s+(?:Russian|Ukrainian)\s+(?:soil|territory)|in\s+(?:\d+|several|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+)?(?:countries|nations))\b"
)
_EXCLUDE_RE = caseless(  # the lookahead lets only a possible first letter try the alternation
    r"(?=[acdefghiklmnopstw])(?:desert(?:ed|ers|ion)|fled\b|flee(?:ing|s)?\b|AWOL|encircl|surrounded|trapped|absent\s+without\s+leave|"
    r"\bkill|\bdead\b|eliminat|neutrali[sz]|liquidat|\bdied\b|wounded|injured|casualt|\blost\b|\blos(?:e|es|ing)\b|losses|captur(?:ed|es|e|ing)\b|captiv\w*|prisoners?|\bPOWs?\b|\bmissing|"
    r"on\s+leave|interpreter|per\s+\d|for\s+every|per\s+(?:\w+\s+)?(?:kilomet|km\b|miles?\b|square)|hospital\w*|surrender\w*|taken\s+prisoner|defect(?:ed|ors?|ion)\b|"
    r"on\s+(?:\w+\s+)?alert\b|on\s+standby|armed\s+forces\s+(?:now\s+)?number|groups?\s+of\s+(?:two|three|four|five|\d)|one\s+in\s+(?:every\s+)?\w+\s+of\b|(?:high|heightened|combat)[\s-]readiness|state\s+of\s+readiness|"
    rf"{_TAKING_PART}(?!\s+{_FIGHTING})|"
    r"snap\s+(?:checks?|inspections?)|"
    r"\baward(?:s|ed|ing)?\b|\bmedals?\b|decorated|honou?r(?:ed|ing))"
)
# troops in drills or on parade, anywhere in the figure's clause up to an attribution: after "..., the ministry said,
# ahead of an exercise" the drills are the news of the day, not what the troops are there for
_DRILLS_RE = caseless(  # ... or sent for one: "moved to the Brest training ground for a snap combat-readiness check"
    r"\b(?:drills?|exercises?|manoeuvres|maneuvers|war\s+games|parades?|"
    r"for\s+(?:an?\s+)?snap\s+(?:[\w-]+\s+){0,2}?(?:checks?|inspections?))\b"
)
_SAID_AFTER_RE = re.compile(r",\s+(?:[\w'’-]+\s+){1,8}?(?:said|says|told\s+[\w\s]{1,30}?)\s*,")
# hypothetical forces: "could send up to 100,000 troops", "would deploy", "if Pyongyang sends"
# willingness and offers are not deployments either: "is prepared to put up to 10,000 troops", "offered to send";
# nor are deployments still to come ("will send", "is preparing to send", "is to station", "is set to deploy"), though
# troops that "will remain" are there now
_WILL = r"will(?!\s+(?:\w+ly\s+)?(?:remain|stay|continue|keep)\b)|shall|['’]ll"
_HYPOTHETICAL_RE = caseless(
    rf"\b(?:could|might|would|may|if|{_WILL}|(?:prepared|ready|willing|offer(?:ed|ing|s)?|consider(?:ed|ing|s)?|propos(?:ed|ing|es)|"
    r"expected|likely|set|due|plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|aim(?:s|ed|ing)?|want(?:s|ed)?|threaten(?:s|ed|ing)?|agree[sd]?|"
    r"prepar(?:es|ing)|getting\s+ready|gearing\s+up|poised|scheduled)\s+to|"
    r"(?:is|are|about|going)\s+to\s+(?:send|deploy|dispatch|station|base|move|put|transfer)\w*|"
    r"(?:weigh|mull|consider|contemplat|discuss|debat)\w*\s+(?:\w+\s+)?(?:send|deploy|dispatch|put)\w*|"
    # refusals: "has refused to send any of its 20,000 soldiers", "ruled out sending"
    r"(?:refus|declin|reject)\w*\s+to|ruled?\s+out|won['’]t|will\s+not|not\s+(?:to\s+)?(?:send|deploy|dispatch)\w*|no\s+plans?\s+to|"
    # troops offered, not sent: "has offered a company of up to 150 soldiers", "earmarked 2,000 troops for"
    r"offer(?:ed|ing|s)?|earmark(?:ed|s|ing)?)\b"
    r"(?:\s+[\w-]+){0,4}\s*$"
    # a force offered or planned: "has offered to lead a reassurance force of up to 20,000"
    r"|\b(?:offer(?:ed|ing|s)?|propos(?:ed|ing|es)|plan(?:s|ned|ning)?|pledg(?:ed|ing|es)?|promis(?:ed|ing|es)?|vow(?:ed|s)?|"
    r"intend(?:s|ed|ing)?|aim(?:s|ed|ing)?|seek(?:s|ing)?|sought|want(?:s|ed)?)\s+to\s+"
    r"(?:lead|form|create|set\s+up|build|head|contribute\s+to|join|raise|establish)\b(?:\s+[\w-]+){0,6}\s*$"
    # a force under discussion: "with officials discussing a contingent of up to 30,000 troops"
    r"|\b(?:discuss|debat|weigh|mull|consider|contemplat|float|envisag|propos)\w*\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:contingent|force|deployment|mission|presence)\s+of(?:\s+[\w-]+){0,3}\s*$"
)
_BORDER_RE = re.compile(
    r"\b(?:along|near|on|at|to|towards|by|guard(?:s|ed|ing)?|patrol(?:s|led|ling)?)\s+(?:the\s+|its\s+|their\s+)?(?P<place>(?:(?:Ukrainian|Russian|Belarusian|Polish|eastern|western|northern|southern)\s+)?border"
    r"(?:\s+with\s+(?:Ukraine|Russia|Belarus|Poland))?)(?!\s+(?:guard|service|force|police|agency|troops))",
    re.IGNORECASE,
)
# the other side named by a combatant: "The enemy has redeployed up to 2,000 marines", Ukraine's General Staff said;
# occupiers and invaders are Russia's in Ukrainian usage, whoever is quoted
_ENEMY_RE = re.compile(r"\b(?:(?P<enemy>enemy)|occupiers|invaders|occupation\s+forces)\b", re.IGNORECASE)


def _places(text: str) -> list[str]:
    """The places `text` names, in order; a country is whose troops they are or their host, not a location."""
    return [name for _, name in locations(text) if not _COUNTRY_RE.fullmatch(name)]


# where troops are trained: "are being trained in Germany", "undergoing training in Poland"
_TRAINED_IN_RE = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?(?:trained|training|trainees)\s+(?:[\w-]+\s+){0,2}?(?:in|at)\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]+)"
)
# the country that hosts the troops ("in Romania"); "sent to Russia" names whom they serve, not where
_HOST_IN_RE = re.compile(rf"\b(?:in|inside|within)\s+(?:the\s+)?(?P<place>{_HOSTS})\b(?!['’]s|-)")
_HOST_TO_RE = re.compile(rf"\b(?<!according\s)(?:to|into|reach(?:ed|es|ing))\s+(?:the\s+)?(?P<place>{_HOSTS})\b(?!['’]s|-)")
# the place that hosts troops: "Kaliningrad is home to ...", "Lithuania now hosts ..."
_HOST_SUBJECT_RE = re.compile(
    r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:now\s+|currently\s+|still\s+|already\s+)?(?:hosts|is\s+home\s+to)\b"
)
# a condition still to be met: "to send 100 troops to a peacekeeping force if a ceasefire is reached"
_CONDITION_AFTER_RE = re.compile(r"\b(?:if|once|unless|provided\s+that|in\s+the\s+event\s+of)\s+(?!not\b)")
# a forecast: "... 4,800 troops expected to be based there by 2027", "2,000 soldiers from the 101st Airborne Division will
# deploy to Romania"; a relative clause ("troops who will be rotated out") or a second verb ("are in Kursk and will enter
# combat") speaks of troops there now
_HYPOTHETICAL_AFTER_RE = re.compile(
    rf",?\s+(?:(?!(?:who|which|that|and|but|are|is|were|was|have|has|had|remain|remained)\s)[\w-]+\s+){{0,5}}?(?:would|could|might|{_WILL}|(?:are|is|were|was)\s+(?:\w+ly\s+)?"
    r"(?:expected|likely|set|due|about|poised|scheduled|preparing)\s+to|(?:are|is)\s+to\s+be|(?:\w+ly\s+)?expected\s+to)\b"
)
# ... unless the relative clause's modal moves them: "a force of up to 30,000 troops that could be deployed to Ukraine"
_MODAL_MOVE_AFTER_RE = re.compile(
    rf",?\s+(?:who|which|that)\s+(?:would|could|might|may|{_WILL})\s+(?:\w+\s+){{0,2}}?"
    r"(?:deploy|send|sent|station|base|dispatch|move|go|head|join)\w*\b"
)
# a deployment of the past: "in 1979", "in the winter of 2021-22", "before the invasion" (but "since 1992" is still now)
_HISTORICAL_RE = re.compile(
    r"\b(?:in|during|by|until)\s+(?:(?:the\s+)?(?:winter|spring|summer|autumn|fall|late|early|end|start|beginning|middle)\s+(?:of\s+)?|"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+|the\s+)?(?P<year>19\d\d|20\d\d)(?P<decade>s)?\b"
    r"|\bbefore\s+(?:the\s+|its\s+)?(?:(?:february\s+)?2022\s+)?(?:full[\s-]scale\s+)?invasion\b|\bbefore\s+(?:february\s+)?2022\b|\bat\s+(?:the|its)\s+(?:height|peak)\b"
    # an era long past: "During the Soviet war in Afghanistan", "in Soviet times", "during the Cold War"
    r"|\b(?:during|in|under)\s+(?:the\s+)?(?:soviet|cold\s+war)\b(?!-)|\bin\s+soviet\s+times\b"
)
# a withdrawal is no deployment unless it names where the troops go ("pulled 3,000 troops back from Kursk to Zaporizhzhia")
_WITHDRAW_RE = caseless(
    r"\b(?:pull(?:ed|ing|s)?\s+(?:[\w,-]+\s+){0,4}?(?:out|back)|withdr[ae]w\w*|withdrawing|retreat\w*|return(?:ed|ing|s)?\s+home)\b"
)
_RELATIVE_AFTER_RE = re.compile(r",\s+(?:which|who|that)\b")
# a country that keeps troops, as the antecedent of "which": "... falls to Britain, which currently has about 900 troops"
_WHICH_HAS_RE = re.compile(
    r"(?P<c>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’-]+)?),\s+which\s+(?:[\w-]+\s+){0,2}?(?:has|have|had|keeps|maintains|stations)\s+"
    r"(?:[\w-]+\s+){0,2}$"
)
_APPOSED_ASIDE_RE = re.compile(r",\s+(?:one\s+of|part\s+of|among|an?\s|the\s)[^,;]{1,80},")  # ", one of Russia's elite units,"
# troops sent to guard or reinforce a side's own border or units are that side's
_OWN_SIDE_DUTY_RE = re.compile(
    r"\bto\s+(?:guard|defend|protect|reinforce|bolster|strengthen)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:border|frontier|units?|troops|forces|positions|grouping|battlegroup)\s+(?:in|of|near|along)\s+(?P<c>[A-Z][\w'’-]+['’]s)\s"
)
# troops gone back to their own country: "The last of the 600 Dutch soldiers who served in Lithuania returned to the Netherlands"
_GONE_BACK_TO_RE = re.compile(
    r"\b(?i:return(?:ed|ing|s)?|flew|flown|went|headed|sent|brought)\s+(?i:back\s+)?(?i:to)\s+(?P<place>(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
# a relative clause with a plan of its own: "... as part of a brigade that Berlin plans to expand to about 5,000 by 2027"
_PLAN_RELATIVE_RE = re.compile(
    r"\b(?:which|that)\s+(?:[\w'’-]+\s+){0,2}?(?:plans?|intends?|aims?|expects?|wants?|hopes?|(?:is|are)\s+(?:to|expected|set|due)|will)\b"
)
_OTHER_CLAUSE_RE = re.compile(r"\s+and\s+that\b|,\s+(?:after|adding)\b|,\s+(?:according\s+to|said|says)\b")
_TOUR_DONE_RE = caseless(
    r"[\s,]*(?:(?:of|from)\s+[^,;.]{1,60}?\s+)?(?:(?:who|which|that)\s+(?:[^,;.]{1,100}?\s+(?=ha[sdv]))?)?(?:(?:have|has|had)\s+)?(?:(?:complet(?:ed|es)|end(?:ed|s)|finish(?:ed|es))\s+|"
    r"return(?:ed|s)?\s+(?:[\w'’-]+\s+){0,10}?after\s+(?:complet|end|finish)(?:ing|ed)\s+)(?:its|their|an?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:deployment|rotation|tour|mission)\b"
    # "300 Czech soldiers who served six months with NATO's battlegroup in Slovakia returned home"
    r"|[\s,]*(?:who|which|that)\s+(?:had\s+)?served\s+[^,;.]{1,80}?\s+(?:(?:have|has|had)\s+)?return(?:ed|s)?\s+home\b"
)
# ... its particle may follow the troops: "has pulled roughly 15,000 troops out of the Kherson region"
_PULL_BEFORE_RE = caseless(r"\b(?:pull(?:ed|ing|s)?|t(?:ook|ake|akes|aking))\s+$")
_PARTICLE_AFTER_RE = re.compile(r"\s+(?:out|back)\b")
_DESTINATION_RE = re.compile(r"\b(?:to|towards?|into)\s+(?:the\s+)?(?:[A-Z]|reinforce|bolster|strengthen|shore\s+up|join)")
# loss words that do not count the figure: a purpose ("sent ... to replace losses") or losses told without a
# number ("The North Korean contingent in Kursk, estimated at 11,000, has suffered heavy losses")
# the few words between troops and their own verb: "troops [have been] withdrawn"
_PREDICATE_GAP_RE = re.compile(
    r"\s*,?\s*(?:(?:which|who|that|have|has|had|were|was|are|is|be|been|being|will|would|later|since|then|now|also|reportedly|"
    r"already|quietly|partly|largely|mostly|gradually)\s+)*"
)
_PURPOSE_RE = caseless(
    r"\b(?:(?:to\s+(?:replace|replenish|make\s+up\s+for|compensate\s+for|offset|cover)|despite|amid|after|following|"
    r"because\s+of|due\s+to|given)\s+(?:\w+\s+){0,3}?(?:losses|casualties|the\s+dead)|"
    r"(?:suffer|sustain|incur|t(?:ake|aken|aking|ook))\w*\s+(?:heavy|high|significant|huge|major|considerable|serious|severe|"
    r"great|massive|staggering)\s+(?:losses|casualties))\b"
)
# troops added to a force or a front: "adds 3,000 troops to its Kursk force", "added 2,000 soldiers to the Pokrovsk
# grouping" (but not "added 30,000 troops to its armed forces": raising them)
_ADD_BEFORE_RE = re.compile(r"\badd(?:s|ed|ing)?\s+(?:another\s+|a\s+further\s+|an\s+additional\s+)?$")
_ADD_TO_RE = re.compile(
    r"\s*(?:more\s+)?to\s+(?:the|its|their|[\w'’-]+['’]s)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:(?<!armed\s)forces?|contingent|grouping|garrison|front(?:\s*-?\s*line)?|deployment|presence)\b"
)
# raising or training troops, not sending them: "recruited some 30,000", "has trained more than 50,000"
_RECRUIT_VERB = (
    r"(?:mobili[sz](?:e|es|ed|ing)|recruit(?:s|ed|ing)?|train(?:s|ed|ing)?|call(?:s|ed|ing)?\s+up|draft(?:s|ed|ing)?|"
    r"enlist(?:s|ed|ing)?|conscript(?:s|ed|ing)|enrol(?:s|led|ling)?|sign(?:s|ed)?\s+up|graduat(?:e|es|ed|ing))"
)
_RECRUIT_BEFORE_RE = caseless(  # ... or an army grown by a number: "expand its forces in the district by about 30,000"
    rf"\b{_RECRUIT_VERB}\s+(?:[\w-]+\s+){{0,2}}$|\b(?:expand|enlarg|increas|boost|grow|swell)\w*\s+(?:[\w'’-]+\s+){{0,8}}?by\s+"
    r"(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|up\s+to\s+|another\s+)?$"
)
_RECRUIT_AFTER_RE = caseless(  # "are being trained in Russia's east" places troops, "have been trained in Germany" does not
    rf"^\s*(?:[\w-]+\s+){{0,3}}?(?:(?:were|was|are|is|have|has|had)\s+(?:been\s+|being\s+)?(?:newly\s+)?"
    rf"(?!train){_RECRUIT_VERB}|(?:have|has|had)\s+(?:now\s+|already\s+)?been\s+trained|graduated|enlisted|volunteered|"
    r"sign(?:ed|ing)?\s+(?:up|contracts?))\b"
)
_COUNTRIES = {
    "north_korea": r"(?:North|N\.?)\s+Korea(?:ns?|['’]s)?|NK|Pyongyang(?:['’]s)?|DPRK|KPA|Korean\s+People['’]s\s+Army(?:['’]s)?|Kim\s+Jong[\s-]Un|Kim['’]s|"
                   r"Kim(?=\s+(?:has\s+|had\s+)?(?:sends?|sent|sending|deploys?|deployed|dispatch\w*)\b)",
    "russia": r"Russia(?:n|['’]s)?|Moscow(?:['’]s)?|Kremlin|Putin(?:['’]s)?|Wagner|Akhmat|Africa\s+Corps|Rosgvardia|"
              r"Chechen|Chechnya(?:['’]s)?|Kadyrov(?:['’]s)?|Grozny|Buryat|Dagestani|BARS",
    "ukraine": r"Ukrain(?:e|ian)(?:['’]s)?|Kyiv(?:['’]s)?|Zelensk\w*",
    "belarus": r"Belarus(?:ian|['’]s)?|Minsk|Lukashenko",
    "iran": r"Iran(?:ian|['’]s)?|Tehran",
    "china": r"China(?:['’]s)?|Chinese|Beijing",
    "united_states": r"US|U\.S\.|United\s+States|American|Washington|Pentagon|White\s+House|Biden|Trump|Hegseth",
    "united_kingdom": r"UK|U\.K\.|Britain(?:['’]s)?|British|London|Starmer|Sunak|Healey",
    "france": r"France(?:['’]s)?|French|Paris|Macron",
    "germany": r"Germany(?:['’]s)?|German|Berlin|Scholz|Merz|Pistorius|Bundeswehr(?:['’]s)?",
    "poland": r"Poland(?:['’]s)?|Polish|Warsaw",
    "nepal": r"Nepal(?:is?|ese|['’]s)?|Kathmandu",
    "india": r"India(?:ns?|['’]s)?|New\s+Delhi",
    "cuba": r"Cuba(?:ns?|['’]s)?|Havana",
    "syria": r"Syria(?:ns?|['’]s)?|Damascus",
    "serbia": r"Serbia(?:n|['’]s)?|Belgrade",
    "estonia": r"Estonia(?:n|['’]s)?|Tallinn",
    "lithuania": r"Lithuania(?:n|['’]s)?|Vilnius",
    "latvia": r"Latvia(?:n|['’]s)?|Riga",
    "romania": r"Romania(?:n|['’]s)?|Bucharest",
    "colombia": r"Colombia(?:n|['’]s)?|Bogota|Bogotá",
    "brazil": r"Brazil(?:ian|['’]s)?",
    "sri_lanka": r"Sri\s+Lank(?:a|an)(?:['’]s)?",
    "kazakhstan": r"Kazakh(?:stan)?(?:['’]s)?",
    "tajikistan": r"Tajik(?:istan)?(?:['’]s)?",
    "uzbekistan": r"Uzbek(?:istan)?(?:['’]s)?",
    "kyrgyzstan": r"Kyrgyz(?:stan)?(?:['’]s)?",
    "armenia": r"Armenia(?:n|['’]s)?|Yerevan",
    "azerbaijan": r"Azerbaijan(?:i|['’]s)?|Baku",
    "afghanistan": r"Afghan(?:istan)?(?:['’]s)?|Kabul",
    "canada": r"Canada(?:['’]s)?|Canadian|Ottawa",
    "sweden": r"Swed(?:en|ish)(?:['’]s)?|Stockholm",
    "finland": r"Finland(?:['’]s)?|Finnish|Helsinki",
    "norway": r"Norw(?:ay|egian)(?:['’]s)?|Oslo",
    "denmark": r"Denmark(?:['’]s)?|Danish|Copenhagen",
    "netherlands": r"(?:the\s+)?Netherlands(?:['’])?|Dutch|Amsterdam|The\s+Hague",
    "belgium": r"Belgi(?:um|an)(?:['’]s)?|Brussels",
    "italy": r"Italy(?:['’]s)?|Italian|Rome",
    "spain": r"Spain(?:['’]s)?|Spanish|Madrid",
    "czech_republic": r"Czech(?:ia|\s+Republic)?(?:['’]s)?|Prague",
    "slovakia": r"Slovakia(?:n|['’]s)?|Bratislava",
    "hungary": r"Hungar(?:y|ian)(?:['’]s)?|Budapest",
    "bulgaria": r"Bulgaria(?:n|['’]s)?|Sofia",
    "turkey": r"Turkey(?:['’]s)?|Türkiye|Turkish|Ankara",
    "georgia": r"Georgia(?:n|['’]s)?|Tbilisi",
    "moldova": r"Moldova(?:n|['’]s)?|Chisinau",
    "portugal": r"Portugal(?:['’]s)?|Portuguese|Lisbon",
    "greece": r"Greece(?:['’]s)?|Greek|Athens",
    "australia": r"Australia(?:n|['’]s)?|Canberra",
    "japan": r"Japan(?:ese|['’]s)?|Tokyo",
    "south_korea": r"South\s+Korea(?:n|['’]s)?|Seoul(?:['’]s)?",
}
_COUNTRY_RE = re.compile(
    r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(f"(?P<{k}>{v})" for k, v in _COUNTRIES.items())
)
_SERVE_WITH_RE = re.compile(
    # ("in fighting with Ukrainian forces" is against them)
    r"\b(?:to\s+(?:aid|help|support|assist|reinforce|bolster)|(?:fight|fighting)\s+(?:for|alongside|in|on)|"
    r"(?:serve|serving)\s+(?:for|alongside|with|in|on)|"
    r"(?:front|war)\s+for|"
    r"alongside|join(?:ed|s|ing)?|to|into)\s+(?:the\s+)?(?P<c>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
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
    pending = drop_headline_bounds(pending, lambda h, b: h.fields["country"] == b.fields["country"])
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
_TROOP_GROUP = rf"(?:{_TROOP_NOUN}|contingent|grouping|force|deployment|presence|build-?up(?!\s+of\b))"  # not "build-up of drones"
_NUMBERING = (
    r"(?:now\s+|currently\s+|still\s+)?(?:numbers?|numbered|numbering|totals?|totall?ed|"
    # "Russia's force has grown to some 50,000"
    r"(?:has|have|had)\s+(?:now\s+)?(?:risen|grown|increased|climbed|swelled|reached)(?:\s+to)?|(?:rose|grew|increased|climbed|swelled)\s+to|"
    r"(?:estimated|put|assessed|reckoned)\s+at|(?:estimated|thought|believed|said|reported|understood)\s+to\s+(?:number|total|be))"
)
_LEVEL = (
    r"(?:(?:is|are|was|were)(?:\s+(?:now|currently|still))?|stands?\s+at|stood\s+at|at|to|reached|hit|hits|range[sd]?(?:\s+from)?|ranging(?:\s+from)?|" + _NUMBERING + ")"
)
_NUMBER_OF_RE = re.compile(
    rf"\b(?:(?:number|total|tally|count|strength|size)\s+of\s+(?P<np>(?:[\w'’-]+\s+){{0,3}}?{_TROOP_GROUP})|"
    rf"(?P<np2>(?:[\w'’-]+\s+){{0,3}}?troop)\s+(?:numbers|strength|levels?|presence|contingent|deployment))\b[^.;]{{0,80}}?\s{_LEVEL}\s*$",
    re.IGNORECASE,
)
# the figure in apposition to the troops: "North Korean troops – about 11,000 of them – have been deployed"
_APPOSITION_RE = re.compile(
    rf"\b(?P<np>(?:[\w'’-]+\s+){{0,3}}?{_TROOP_GROUP})(?P<gap>(?:\s+[\w'’-]+){{0,7}}?)\s*(?:[–—(,]|--)\s*$", re.IGNORECASE
)
_OF_WHOM_RE = re.compile(r"\s+of\s+(?:whom|them)\b")
# ... unless other things were counted before: "143 combat clashes with Russian troops, 49 of them near Pokrovsk"
_OTHER_COUNT_RE = re.compile(
    r"\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:clashes|engagements|attacks|assaults|drones|missiles|strikes|shells|villages|"
    r"settlements|tanks|vehicles)\b",
    re.IGNORECASE,
)
_NUMBERING_RE = re.compile(rf"\b(?P<np>(?:[\w'’-]+\s+){{0,4}}?{_TROOP_GROUP})\b[^.;]{{0,80}}?\s{_NUMBERING}\s*$", re.IGNORECASE)
_LEVEL_LAST_WORDS = frozenset(
    "is are was were at to be reached hit hits number numbers numbered numbering total totals totalled totaled range ranges ranged "
    "ranging from now currently still".split()
)
_LEVEL_TAIL_RE = re.compile(rf"\s{_LEVEL}\s*$", re.IGNORECASE)
# a unit's size: "its 2,000-strong 225th assault regiment", "a 12,000-strong North Korean contingent", "a 3,000-man force"
_STRONG_RE = re.compile(
    r"(?:[-\s]strong|-(?:man|member|soldier|troop))(?:\s+[\w'’-]+){0,3}?\s+(?:brigade|regiment|battalion|contingent|force|unit|division|group(?:ing)?|corps|"
    rf"detachment|army|troops|battlegroup|garrison)s?\b(?:\s+of\s+(?:[\w-]+\s+)?(?:{_TROOP_NOUN})\b)?",  # "contingent of marines from Russia's ..."
    re.IGNORECASE,
)
_UNIT_BEFORE_RE = re.compile(
    rf"\b(?:brigade|regiment|battalion|contingent|force|unit|division|group(?:ing)?|corps|detachment|army|{_TROOP_NOUN})s?\b"
    r"(?:,?\s+(?:\w+\s+){0,2}(?:(?:is|are|was|were)\s+)?|(?:\s+[\w'’-]+){0,3}?\s*(?:[–—(]|--)\s*(?:\w+\s+){0,2})$",
    re.IGNORECASE,
)
_STRONG_AFTER_RE = re.compile(r"[-\s]strong\b")
# a force counted without a noun after the figure: "a force of about 100,000", "a strike group of up to 50,000"
_FORCE_OF_RE = re.compile(
    r"\b(?:force|contingent|grouping|group\s+of\s+forces|(?:strike|assault|attack|battle|combat)\s+group|army|corps|detachment|brigade|regiment|battalion|division|unit)"
    r"\s+of\s+(?:(?:some|about|around|roughly|up\s+to|more\s+than|over|nearly|almost|approximately)\s+)?$", re.IGNORECASE
)
# what a figure after "a force of" may count instead of troops
_THING_AFTER_RE = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:drones|tanks|vehicles|missiles|shells|rounds|guns|howitzers|aircraft|jets|planes|helicopters|ships|"
    r"boats|systems|weapons|launchers|uavs|shaheds|units\s+of|tonnes|tons)\b"
)
# a count whose noun is left out: "..., and another 8,000 remain deployed in Kursk"
_ELIDED_AFTER_RE = re.compile(
    r"\s+(?:more\s+|others\s+)?(?:(?:remain|remained|are|were|(?:have|had)\s+(?:already\s+|now\s+|reportedly\s+|since\s+)?been)"
    r"\s+(?:still\s+|now\s+|currently\s+|already\s+|reportedly\s+)?"
    r"(?:deployed|stationed|based|fighting|serving|sent|dispatched|moved|transferred|redeployed)|"
    r"(?:have\s+|had\s+)?(?:already\s+)?(?:arrived|followed|crossed))\b"
)
# "... but for now about 12,000 are in Russia": a count placed, its troops named before
_ELIDED_PLACE_RE = re.compile(
    r"\s+(?:more\s+)?(?:are|were|remain|remained)\s+(?:now\s+|already\s+|still\s+|currently\s+)?(?:in|inside|near|on|at|along)"
    r"\s+(?:the\s+)?(?:[a-z]+\s+)?(?:[A-Z]|(?:region|area)\b)"
)
# a sayer's own size of the troops the sentence before named: "Seoul put the number somewhat lower, telling ... that"
_THE_NUMBER_PUT_RE = re.compile(r"\b(?:put|puts|putting|gave|gives|estimated)\s+(?:the|their)\s+(?:number|figure|total)\b")
# "... 1,000 troops in Estonia and another 150 in Poland": a further count placed, with no verb
_ANOTHER_BEFORE_RE = re.compile(r"\b(?:another|a\s+further|an\s+additional)\s+$", re.IGNORECASE)
_AND_BEFORE_RE = re.compile(r"\band\s+$")
_PLACED_AT_RE = re.compile(
    r"\s+(?:more\s+)?(?:in|inside|near|at|along|towards?|into|to)\s+(?:the\s+)?"
    r"(?:(?:neighbou?ring|nearby|embattled|besieged|occupied|front-?line)\s+)?[A-Z]"  # "another 2,500 towards neighbouring Myrnohrad"
)
# troops referred back to: "... and Seoul estimates their number at about 11,000"
_THEIR_NUMBER_RE = re.compile(
    r"\b(?P<the>their|the|its)\s+(?:total\s+|overall\s+)?(?:number|numbers|strength|figure|total|count|size)\s+(?:\w+\s+){0,3}?"
    r"(?:at|to|is|was)\s*$",  # "The National Intelligence Service put its size at about 2,500"
    re.IGNORECASE,
)
# the troops of a sentence before: "North Korea has begun sending troops to Russia. Seoul puts the number at 3,000."
_TROOPS_IN_RE = re.compile(rf"\b(?:{_TROOP_NOUN}|units?|battalions?|brigades?|regiments?|grouping|contingent)\b")
_NAMED_TROOPS_RE = re.compile(
    r"(?:(?:North|N\.?)\s+Korean|Russian|Ukrainian|Belarusian|British|French|German|Polish|American|US)\s+"
    rf"(?:{_TROOP_NOUN})\b"
)
# a running total of the deployment just named: "..., bringing the total to about 14,000"
# a force raised to a new size: "The Kremlin has doubled its troops in Belarus to 2,000"
# ... or brought to a level, the force named with its owner: "bringing the North Korean contingent in Russia to 15,000 men",
# "taking its contingent in the Gomel region to about 3,000"
_GROWN_TO_RE = re.compile(
    r"\b(?:doubled|tripled|increased|boosted|raised|expanded|built\s+up|grown|grew|stepped\s+up|brought|brings|bringing|"
    r"tak(?:es|ing)|took|rais(?:es|ing)|lift(?:s|ed|ing)|halved|reduced|cut|trimmed)\s+"
    r"(?P<np>(?:its|their|the|[A-Z][\w-]+['’]s)\s+(?:(?:North|South)\s+Korean\s+|[A-Z][\w-]+\s+)?(?:(?:military|troop)\s+)?"
    r"(?:troops|forces|force|contingent|presence|grouping|garrison|troop\s+(?:numbers|presence|levels)|numbers))"
    r"(?:\s+(?:in|near|on|along|at|inside)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+|\s+there)?\s+to\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|at\s+least|up\s+to)\s+)?$",
    re.IGNORECASE,
)
_TOTAL_RE = re.compile(
    r"\b(?:bringing|taking|raising|pushing|lifting)\s+(?:the|its|their|[A-Z][\w-]+['’]s)\s+(?:overall\s+|total\s+)?"
    r"(?:(?:total|number|tally|figure|count)(?:\s+(?:deployment|deployed|contingent|force|troop\s+(?:count|number)))?"
    r"|force|forces|contingent|deployment|presence|troops|grouping)"
    r"(?:\s+(?:number\s+)?of\s+[\w\s]{0,30}?|\s+(?:deployed|sent|dispatched|stationed)|"
    # "bringing the total it has deployed in Russia to around 12,000"
    r"\s+(?:it|they)\s+(?:has|have|had)\s+(?:deployed|sent|dispatched|stationed)(?:\s+(?:in|to|inside)\s+(?:the\s+)?[\w'’-]+)?|"
    r"(?:\s+(?:deployed|sent|dispatched|stationed))?\s+(?:there|(?:in|to|near|along|inside)\s+(?:the\s+)?[\w'’-]+))?\s+to\s*$",
    re.IGNORECASE,
)
# a deployment total later in the sentence makes a bare count before it troops: "the North has sent 3,000 more since
# January, bringing the total deployed to Russia to about 14,000"
# a sentence that continues the one before with its running total: "That brings the total to about 14,000"
_TOTAL_OPENS_RE = re.compile(
    r"\W*(?:that|this|it)\s+(?:brings|brought|takes|took|raises|raised|pushes|pushed)\s+(?:the|its|their)\s+(?:overall\s+|total\s+)?"
    r"(?:total|number|tally|count|figure)(?:\s+(?:of\s+[\w-]+\s+)?(?:deployed|sent|dispatched|stationed)(?:\s+(?:to|in)\s+[\w'’-]+)?)?"
    r"\s+to\s+",
    re.IGNORECASE,
)
# a report that opens a sentence before its bare figure: "Seoul's spy agency said about 2,000 had arrived in Kursk"
_REPORTED_OPEN_RE = re.compile(
    r"\W*(?:[\w'’-]+\s+){1,5}?(?:said|says|say|estimates?|estimated|believes?|reported|reports|added)\s+(?:that\s+)?",
    re.IGNORECASE,
)
_DEPLOYED_TOTAL_RE = re.compile(
    r"\b(?:bringing|taking|raising|pushing|lifting)\s+(?:the|its|their)\s+(?:overall\s+|total\s+)?(?:total|number|tally|count)\s+"
    r"(?:of\s+(?:troops|soldiers|personnel|forces)\s+)?(?:deployed|sent|dispatched|stationed)\b",
    re.IGNORECASE,
)


class _Troops(NamedTuple):
    """The troops a count counts, as `_troops_named` finds them."""

    phrase: str  # the words naming them ("North Korean troops"), whose country they are read from
    end: int  # where the figure's noun phrase ends
    named_before: bool = False  # named before the figure: "the number of North Korean troops ... is 14,000"
    total_of: Pending | None = None  # the deployment in the sentence whose new total the count is
    placed: bool = False  # the sentence already makes them a deployment ("their number", a running total)
    context: str = ""  # the sentence before that named and placed them, when the count refers back to it


# a past level the figure is compared with: "80,000 troops in Europe, down from a peak of 100,000 in 2022"
_COMPARED_RE = re.compile(r",?\s+(?:(?:up|down)\s+from|compared\s+(?:with|to)|(?:more|fewer|less)\s+than|against)\b")


def _another_time(clause: str, year: int | None) -> bool:
    """Whether the clause dates its figure away from now: before 2022, before the invasion, ("In 2022, Russia massed
    some 190,000 troops" in a 2025 article) at least two years before the text's own `year`, or after it (a target:
    "is to reach its full strength of 4,800 troops by 2027")."""
    for m in _HISTORICAL_RE.finditer(clause):
        if m["year"] is None:
            return True
        first = int(m["year"])
        last = first + (9 if m["decade"] else 0)  # "during the 1990s" ends in 1999
        if last <= 2021 or (year is not None and last <= year - 2):
            return True
        if year is not None and first > year and not m.group().startswith("until"):  # "will stay until 2027" is now
            return True
    return False


def _sentence_claims(sentence: Sentence, finder: ClaimantFinder) -> list[Pending]:
    text = sentence.text
    dated = sentence.post.timestamp or finder.doc.published
    year = dated.year if dated else None
    out: list[Pending] = []
    counts = find_counts(text)
    low = lower_keep(text)
    # the troops a bare figure refers back to: the sentence before, or the one before that past an aside that names
    # none ("Belarusian units have moved to the border. Minsk calls it a rotation. Kyiv puts their number at 5,000")
    prev = _previous_sentence(sentence)
    if prev and not _TROOPS_IN_RE.search(prev):
        prev = _previous_sentence(sentence, 2) or prev
    for i, c in enumerate(counts):
        if c.vague_phrase and re.match(r"an?\s|several$", c.vague_phrase, re.I):
            continue
        if _ONE_OF_RE.match(text, c.start):
            continue  # "one of the officers told reporters": a person, not a figure
        c = _shared_bound(text, counts, i)
        troops = _troops_named(text, low, c, out, prev)
        if troops is None:
            continue
        if c.vague_phrase and i + 1 < len(counts) and _REFINED_RE.fullmatch(text, troops.end, counts[i + 1].start):
            continue  # "tens of thousands of troops — perhaps 100,000 —": the figure that refines it is the claim
        np_end, total_of = troops.end, troops.total_of
        clause_start = max((m.end() for m in _CLAUSE_BREAK_RE.finditer(text[: c.start])), default=0)
        clause_end = min((c.end + m.start() for m in _CLAUSE_BREAK_RE.finditer(text[c.end :])), default=len(text))
        if troops.named_before and not troops.placed and text.rfind(troops.phrase, 0, c.start) < clause_start:
            continue  # the troops named before the figure belong to another clause
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
        other = _OTHER_CLAUSE_RE.search(low, np_end, own_end)  # "... were in Kursk and that some had been killed"
        # an aside before the figure is background ("The division, which lost much of its armour last year, now numbers
        # 7,000"), and "sent ... to replace losses" is still a deployment
        own = _RELATIVE_CLAUSE_RE.sub(",", low[own_start : c.start]) + low[c.start : other.start() if other else own_end]
        if _EXCLUDE_RE.search(_PURPOSE_RE.sub("", own)):
            continue
        said = _SAID_AFTER_RE.search(low, np_end, clause_end)
        if _DRILLS_RE.search(low, clause_start, said.start() if said else clause_end):  # "... to Belarus for joint drills"
            continue
        before, after = text[clause_start : c.start], text[np_end:clause_end]
        # a colon elaborates the clause before it: "Russia has brought in reinforcements: an estimated 15,000 troops"
        elaborates = bool(clause_start) and text[:clause_start].rstrip()[-1:] == ":"
        lead_start = max(0, c.start - 90) if elaborates else max(clause_start, c.start - 90)
        lead, tail = low[lead_start : c.start], low[np_end : min(clause_end, np_end + 90)]
        group = _THE_GROUP_RE.search(before) if _country(troops.phrase) is None and not total_of else None
        referred = None
        # "which Ukrainian officials say", "The division, one of Russia's elite formations, numbers": asides about the group
        if group and not _COUNTRY_RE.search(_APPOSED_ASIDE_RE.sub(",", _RELATIVE_CLAUSE_RE.sub("", before[group.end() :]))):
            referred = _group_antecedent(before, sentence)
        if not troops.placed and not (_DEPLOY_RE.search(lead) or _DEPLOY_RE.search(tail)
                                      or (_ADD_BEFORE_RE.search(lead) and _ADD_TO_RE.match(tail))
                                      or (referred and _SIZED_NOW_RE.search(lead) and not _PLANNED_RE.search(lead)
                                          and _DEPLOY_RE.search(lower_keep(referred[1])))):
            continue  # "The brigade, which ..., now numbers about 5,000 personnel": placed where the sentence before sent it
        if lead.endswith(("according to ", "citing ", "quoting ")):
            continue  # "..., according to two Ukrainian officers": the figure's sources, not troops
        if _RECRUIT_BEFORE_RE.search(lead) or _RECRUIT_AFTER_RE.match(tail):
            continue  # "mobilised 300,000 reservists", "30,000 men were recruited": raising troops is no deployment
        if (_HYPOTHETICAL_RE.search(low[clause_start : c.start]) or _HYPOTHETICAL_AFTER_RE.match(low, np_end)
                or _MODAL_MOVE_AFTER_RE.match(low, np_end) or _CONDITION_AFTER_RE.search(low, np_end, clause_end)):
            continue  # "could send 20,000 troops", "a deployment of 10,000 troops would be premature"
        compared = _COMPARED_RE.search(low, np_end, clause_end)
        # a relative clause's date is its own figure's: "..., which is to grow to around 5,000 troops by 2027"
        relative = (own_end < clause_end and _RELATIVE_AFTER_RE.search(text, np_end, own_end)) or _PLAN_RELATIVE_RE.search(low, np_end, clause_end)
        if _another_time(low[clause_start : compared.start() if compared else relative.start() if relative else clause_end], year):
            continue  # "Russia massed about 190,000 troops on Ukraine's borders in the winter of 2021-22": not now
        withdrawn = _WITHDRAW_RE.search(tail[:40])
        if withdrawn and (i + 1 < len(counts) and counts[i + 1].start - (np_end + withdrawn.end()) < 12
                          or not _PREDICATE_GAP_RE.fullmatch(tail, 0, withdrawn.start())):
            withdrawn = None  # "... and is considering withdrawing 10,000 of them", "have replaced units withdrawn from"
        if _TOUR_DONE_RE.match(low, np_end, clause_end):
            continue  # "about 3,000 soldiers, completed its nine-month deployment and returned to Fort Campbell": gone
        pulled_out = _PULL_BEFORE_RE.search(lead) and _PARTICLE_AFTER_RE.match(tail)  # "pulled 15,000 troops out of ..."
        if (_WITHDRAW_RE.search(lead[-60:]) or withdrawn or pulled_out) and not _DESTINATION_RE.search(
            text, np_end, said.start() if said else clause_end  # not "..., the navy said, after heavy losses to Ukrainian drones"
        ):
            continue  # "pulled out about 5,000 troops from the Kherson region": a withdrawal, sent nowhere
        country = total_of.fields["country"] if total_of else _country(troops.phrase)
        origin = re.match(r"\s+(?:from|of)\s+(?:the\s+)?([A-Z][\w.'’-]+(?:\s+[A-Z][\w'’-]+)?)", text[np_end:clause_end])
        if country is None and origin:  # "1,500 mercenaries from Nepal", "3,500 soldiers of North Korea's 11th Corps"
            country = _country(origin[1])
        if country is None and referred:
            # "an intelligence spokesman told Ukrainian television that the contingent, which he put at about 9,000":
            # the group referred back to is the subject; the countries before it report or host
            country = referred[0]
            if country is not None and not troops.context:
                troops = troops._replace(context=referred[1])  # placed, perhaps, where the sentence naming it sent it
        if country is None and (owner := _WHICH_HAS_RE.search(before)) is not None:
            country = _country(owner["c"])  # "that role falls to Britain, which currently has about 900 troops"
        if country is None:
            # the sender: the last country named before the verb ("Pyongyang is said to have dispatched")
            country = _sender_before(before) or _sender_after(after)
        if country is None and (duty := _OWN_SIDE_DUTY_RE.search(text, np_end, clause_end)) is not None:
            country = _country(duty["c"])  # "... sent to guard the border in Russia's Belgorod region": Russia's own
        if country is None and clause_start and text[:clause_start].rstrip()[-1:] in (":", "—", "–"):
            country = _sender_before(text[: clause_start - 1])  # "Russia has brought in reinforcements: an estimated 15,000 troops"
        if country is None and _FRONTED_RE.match(before):
            subject = _MAIN_SUBJECT_RE.match(after)  # "With some 10,000 soldiers already in Kursk, North Korea is ..."
            country = _country(subject["c"]) if subject else None
        if country is None:
            # "It has sent about 3,000 more troops", "Its forces near Pokrovsk now number 70,000", "the North had dispatched"
            country = _anaphor_country(f"{troops.phrase} {before}", sentence)
            if country is not None and not troops.context:  # placed, perhaps, by the sentence the pronoun points to
                troops = troops._replace(context=prev)
        claimant = finder.for_sentence(sentence, c.start)
        enemy = _ENEMY_RE.search(before) if country is None else None
        if enemy is not None:  # "The enemy has redeployed up to 2,000 marines", Ukraine's General Staff said
            country = OTHER_SIDE.get(claimant.side if claimant else None) if enemy["enemy"] else RUSSIA
        if country is None:
            continue  # whose troops cannot be told: not a usable deployment claim
        gone = _GONE_BACK_TO_RE.search(text, np_end, clause_end)
        if gone and (_country(gone["place"]) == country or gone["place"].startswith("Fort ")):
            continue  # "... soldiers who served in Lithuania returned to the Netherlands", "to Fort Campbell": home again
        deployed_to = total_of.soft["deployed_to"] if total_of else _deployed_to(after, country)
        if _trained_abroad(after, deployed_to):
            continue  # "3,000 Ukrainian soldiers are undergoing training in Poland": trainees, not a deployment
        location = _location(sentence, clause_start, clause_end, c, troops, country, elaborates, own_end)
        fields = {"country": country, "deployed_to": deployed_to, **c.fields}
        soft = {"location": location, "claimant": claimant.name if claimant else None}
        key = tuple(fields[k] for k in ("country", "value", "low", "high", "vague_phrase"))
        out.append(Pending(key, {**soft, "deployed_to": deployed_to}, {k: v for k, v in fields.items() if k != "deployed_to"},
                           [text], sentence, sentence.is_headline,
                           extra={"claimant_side": claimant.side if claimant else None}))
    return out


# a vague amount made precise right after its noun: "tens of thousands of troops — perhaps 100,000 —", "thousands of
# soldiers (about 12,000)", "hundreds of marines, possibly 800,"
_REFINED_RE = re.compile(
    r"\s*(?:[–—(]|--|,(?=\s+(?:perhaps|possibly|maybe|probably|likely|reportedly)\b))\s*(?:[a-z]+\s+){0,3}", re.IGNORECASE
)
# a coordinated list after a bound: "around 100 artillery pieces and 3,000 troops" (both approximate)
_LIST_AND_RE = re.compile(r"\s+(?:[a-z-]+\s+){1,3}and\s+")


def _shared_bound(text: str, counts: list[Count], i: int) -> Count:
    """The count at `i`, bounded as the first of a coordinated list it closes: in "around 100 artillery pieces and
    3,000 troops" the "around" counts both."""
    c = counts[i]
    if c.qualifier != "exact" or c.start != c.num_start or i == 0:
        return c
    first = counts[i - 1]
    if first.qualifier not in ("approx", "up_to", "more_than", "at_least") or not _LIST_AND_RE.fullmatch(text, first.end, c.start):
        return c
    return replace(c, qualifier=first.qualifier)


def _location(sentence: Sentence, clause_start: int, clause_end: int, c: Count, troops: _Troops, country: str,
              elaborates: bool, own_end: int) -> str | None:
    """Where the counted troops are: a place named in their clause (after the figure and before the next one first:
    "6,000 troops to Pokrovsk and another 2,500 towards Myrnohrad"), else one it points back to ("there", the clause a
    colon elaborates, the troops' own label), a border, the host country, or for a heading's figure the place its first
    body sentence gives the same troops."""
    text = sentence.text
    clause = text[clause_start:clause_end]
    place = _places(text[c.start : own_end]) or _places(clause)
    if place:
        return place[0]
    part = _PART_OF_COUNTRY_RE.search(clause) or _FOUGHT_FOR_RE.search(clause)  # "in eastern Ukraine", "retake Kursk"
    if part:
        return part["place"]
    if _THERE_RE.search(clause) or elaborates:  # "...; Kyiv puts the Russian force there at 60,000", "sent
        place = _places(text[:clause_start])[-1:]  # reinforcements to Kursk: an estimated 3,000 soldiers arrived"
        if not place and _THERE_RE.search(clause):  # "... near Toretsk. They have deployed about 8,000 fresh troops there"
            place = _places(_previous_sentence(sentence))[-1:]
        if place:
            return place[0]
    if troops.named_before:  # "NK troops in Kursk: 11,000 and counting": the place named with them
        place = _places(troops.phrase)[-1:]
        if place:
            return place[0]
    place = _places(troops.context)[-1:]  # "Russia has shifted units from Kherson to Pokrovsk. Their number ..."
    if place:
        return place[0]
    border = _BORDER_RE.search(clause) or _BORDER_RE.search(troops.context)
    if border:
        return border["place"]
    # "700 French soldiers are stationed in Romania": the host country, when nothing nearer is named (the one after the
    # figure), or the one the troops are labelled with ("Pyongyang's troops in Russia: twelve thousand")
    host = _HOST_SUBJECT_RE.search(clause)
    if host is not None and _country(host["place"]) != country:  # "Lithuania now hosts some 1,800 German soldiers"
        named = _places(f"in {host['place']}")
        if named or _HOST_IN_RE.match(f"in {host['place']}"):
            return named[0] if named else host["place"]
    hosts = [m for m in _HOST_IN_RE.finditer(clause) if _country(m["place"]) != country]
    if hosts:
        return next((m for m in hosts if m.start() >= c.start - clause_start), hosts[-1])["place"]
    if troops.named_before:
        hosts = [m for m in _HOST_IN_RE.finditer(troops.phrase) if _country(m["place"]) != country]
        if hosts:
            return hosts[-1]["place"]
    heading = _heading_place(sentence)
    if heading is not None:
        return heading
    # last, the country they were sent to: "France has sent 1,000 soldiers to Romania"
    sent_to = [m for m in _HOST_TO_RE.finditer(clause) if _country(m["place"]) != country and m.start() >= c.start - clause_start]
    return sent_to[0]["place"] if sent_to else None


# a body sentence speaking of the troops a heading counts: "The build-up is concentrated around Pokrovsk", "the fresh
# contingent had been deployed to the Kursk region"
_REFERS_BACK_RE = re.compile(
    r"\b(?:the\s+(?:fresh\s+|new\s+|additional\s+)?(?:build-?up|troops|soldiers|contingent|deployment|reinforcements|"
    r"forces|units|grouping|arrivals)|they)\b",
    re.IGNORECASE,
)
_HEADING_END_RE = re.compile(r"[^.!?:;\"”’')]\s*$")
_BYLINE_RE = re.compile(r"\s*By\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|in|de|van|von)){0,5}\s*$")


def _heading_place(sentence: Sentence) -> str | None:
    """The place of a heading's figure ("Russia masses 50,000 troops for summer push") given by the sentence below it
    when that one places the same troops ("The build-up is concentrated around Pokrovsk ...")."""
    index = sentence.paragraph_index
    if index + 1 >= len(sentence.paragraphs) or sentence.text != sentence.paragraphs[index].strip():
        return None
    if not _HEADING_END_RE.search(sentence.text):
        return None
    below = index + 1
    if below + 1 < len(sentence.paragraphs) and _BYLINE_RE.match(sentence.paragraphs[below]):
        below += 1  # a live-blog post's byline between its heading and its first sentence
    body = split_sentences(sentence.paragraphs[below])
    if not body or not _REFERS_BACK_RE.search(body[0]):
        return None
    low = lower_keep(body[0])
    if not _DEPLOY_RE.search(low) or _EXCLUDE_RE.search(low):
        return None  # "The reinforcements follow heavy losses in Kursk": where they lost men, not where they go
    place = _places(body[0])
    return place[0] if place else None


def _trained_abroad(after: str, deployed_to: str | None) -> bool:
    """Whether the troops are trainees in a country they do not fight for ("Ukrainian recruits are being trained in
    Germany", "are undergoing training in Poland"); North Korean troops trained in Russia are deployed there."""
    m = _TRAINED_IN_RE.search(after)
    return m is not None and _country(m["place"]) not in (None, deployed_to)


def _previous_sentence(sentence: Sentence, back: int = 1) -> str:
    """The sentence `back` before `sentence`, through the paragraphs before (a live-blog post may name the country
    two sentences before its figure)."""
    p_idx, pos = sentence.paragraph_index, sentence.position - back
    while pos < 0 and p_idx > 0:
        p_idx -= 1
        pos += len(split_sentences(sentence.paragraphs[p_idx]))
    split = split_sentences(sentence.paragraphs[p_idx]) if pos >= 0 else []
    return split[pos] if 0 <= pos < len(split) else ""


def _troops_named(text: str, low: str, c: Count, found: list[Pending], prev: str = "") -> _Troops | None:
    """Which troops a count counts, or None when it counts no troops.

    The noun usually follows ("11,000 North Korean troops", "a 12,000-strong North Korean
    contingent"). It may come first when the sentence gives the size of a force ("the number of
    North Korean troops in Russia has risen to 14,000", "Russian forces near Sumy now number about
    50,000", "a force of about 100,000", "North Korean troops – about 11,000 of them –"), or be
    referred back to ("... troops have returned to Kursk, and Seoul estimates their number at
    11,000"); or the count brings a deployment named just before to a new total ("sent 3,000 more
    troops, bringing the total to 14,000")."""
    noun = _NOUN_AFTER_RE.match(text[c.end :])
    if prev and _THEY_NUMBER_RE.search(text, max(0, c.start - 30), c.start):
        referred = _previous_troops(prev, c)  # "Russian paratroopers have moved to the Kursk border. They number about 5,000"
        if referred is not None:
            return referred._replace(end=c.end + noun.end()) if noun else referred
    if noun is not None:
        if noun["noun"].lower() in ("men", "officers", "forces") and c.vague_phrase is None and not re.search(
            r"\b(?:troops|soldiers)\b|\bspecial\s+(?:operations\s+)?forces\b", text, re.I
        ) and _COUNTRY_RE.search(text, c.end, c.end + noun.start("noun")) is None and not (
            noun["noun"].lower() == "men" and _UNITS_RE.search(text)
        ):
            # "500 North Korean officers", "10 reserve regiments, some 15,000 men in all" are troops
            return None
        if _SOFT_NOUN_RE.match(noun["noun"]) and not _MILITARY_CUE_RE.search(text):
            return None  # "300 German engineers are in Kyiv to repair power plants": not soldiers
        phrase = text[c.end : c.end + noun.end()]
        grown = _GROWN_TO_RE.search(text, max(0, c.start - 160), c.start) if _country(phrase) is None else None
        if grown is not None:  # "bringing the Russian grouping near Sumy to 60,000 men": the grouping's owner
            phrase = f"{grown['np']}{phrase}"
        return _Troops(phrase, c.end + noun.end())
    if c.vague_phrase is not None:
        return None
    strong = _STRONG_RE.match(text, c.end)
    if strong is not None:
        return _Troops(text[c.end : strong.end()], strong.end())
    strong = _STRONG_AFTER_RE.match(text, c.end)
    if strong is not None:  # "North Korea's 11th Corps, around 11,000-strong, has been deployed", "some 4,000 strong"
        unit = _UNIT_BEFORE_RE.search(text, max(0, c.start - 60), c.start)
        return _Troops(text[max(0, c.start - 60) : c.start], strong.end(), named_before=True) if unit else None
    if _THING_AFTER_RE.match(low, c.end):
        return None  # "a force of 5,000 drones"
    elided = _ELIDED_AFTER_RE.match(low, c.end) or _ELIDED_PLACE_RE.match(text, c.end) or (
        (_ANOTHER_BEFORE_RE.search(text, max(0, c.start - 20), c.start)
         or (bool(found) and _AND_BEFORE_RE.search(text, max(0, c.start - 8), c.start)))
        and _PLACED_AT_RE.match(text, c.end)) or None  # "... 110,000 troops in the Pokrovsk direction and some 40,000 near Kupiansk"
    if elided is not None:  # "..., and another 8,000 remain deployed in Kursk"
        found_before = _referent(text, low, c, elided.end() + 40)
        if found_before is None and (_OPENS_RE.fullmatch(text, 0, c.start) or _REPORTED_OPEN_RE.fullmatch(text, 0, c.start)
                                     or _THE_NUMBER_PUT_RE.search(text, 0, c.start)):
            # "Pyongyang's soldiers are in Kursk. Some 3,000 more arrived last month"; "Seoul put the number lower, telling
            # lawmakers that around 11,000 remained in the region"
            found_before = _previous_troops(prev, c)
        if found_before is not None:
            return found_before
    if (prev and _HOW_MANY_RE.match(prev) and (elided or _ANSWER_AFTER_RE.match(text, c.end))
            and not _DIGIT_RE.search(text, 0, c.start)):
        return _previous_troops(prev, c, whole=True)  # "How many troops has North Korea sent? About 11,000, ..."
    headed = _HEADED_RE.match(text[: c.start]) or (
        _ANSWER_AFTER_RE.match(text, c.end) and _HEADED_NOW_RE.match(text[: c.start]))
    if headed is not None:
        return _previous_troops(headed["np"], c, whole=True)  # "NK troops in Kursk: 11,000 and counting"
    of_them = _OF_WHOM_RE.match(text, c.end)
    if of_them is not None and (_ELIDED_AFTER_RE.match(low, of_them.end()) or _ELIDED_PLACE_RE.match(text, of_them.end())
                                or _PARTICIPLE_AFTER_RE.match(low, of_them.end())
                                or text[: c.start].rstrip()[-1:] == ":"):  # "... have reached Kursk: 11,000 of them"
        subject = _SUBJECT_TROOPS_RE.search(text, 0, c.start)  # "them": the troops the sentence is about, its first
        if subject is not None and not _OTHER_COUNT_RE.search(text, 0, c.start):
            return _Troops(subject.group(), c.end, named_before=True, placed=True)
    if found and _PARTICIPLE_AFTER_RE.match(low, c.end) and not _UP_FROM_RE.search(low, max(0, c.start - 30), c.start):
        # "..., on top of roughly 11,000 deployed last autumn", but "up from 3,000 stationed there in May" is a past level
        return _Troops("", c.end, total_of=found[-1], placed=True)
    if _MORE_AFTER_RE.match(low, c.end) and _SENT_BEFORE_RE.search(low, max(0, c.start - 40), c.start):
        if _DEPLOYED_TOTAL_RE.search(text, c.end):  # "... has sent 3,000 more, bringing the total deployed to Russia to 14,000"
            return _referent(text, low, c, c.start) or _Troops("", c.end, placed=True)
        return _referent(text, low, c, c.start) or _previous_troops(prev, c)  # "... It has sent 3,000 more since"
    if _ESTIMATES_RANGE_RE.search(text, max(0, c.start - 60), c.start):
        return _referent(text, low, c, c.start)  # "... concentrated troops along the border, with estimates ranging from 30,000 to 50,000"
    if _THERE_ARE_RE.search(text, max(0, c.start - 40), c.start):
        if _PLACED_AFTER_RE.match(text, c.end):
            return _referent(text, low, c, c.start)  # "Moscow has deployed troops along the border, and there are about 50,000 near Sumy"
        if _OF_WHOM_RE.match(text, c.end):  # "North Korean troops are back in Kursk. Seoul believes there are 11,000 of them"
            return _referent(text, low, c, c.start) or _previous_troops(prev, c)
    before = text[max(0, c.start - 160) : c.start]
    if before.endswith("of ") and _FORCE_OF_RE.search(before):
        return _Troops("", c.end)
    grown = _GROWN_TO_RE.search(before)
    if grown is not None:
        if found and _country(grown["np"]) is None:  # "sent 2,000 more troops, bringing its contingent in Russia to 14,000"
            return _Troops("", c.end, total_of=found[-1], placed=True)
        return _Troops(grown["np"], c.end, named_before=True)
    puts = _PUTS_AT_RE.search(before)
    if puts is not None:
        return _Troops(puts["np"] or puts["np2"], c.end, named_before=True, placed=puts["where"] is not None)
    if found and _TOTAL_RE.search(before):
        return _Troops("", c.end, total_of=found[-1], placed=True)
    if not found and _TOTAL_OPENS_RE.fullmatch(text, 0, c.start):
        return _previous_troops(prev, c)  # "Pyongyang has sent 3,000 more soldiers. That brings the total to about 14,000."
    hedged = _HEDGE_TAIL_RE.sub("", before)  # "North Korean soldiers — possibly as many as 6,000 —"
    last = hedged.rstrip()[-1:]
    if last in ("–", "—", "(", "-") or (last == "," and _OF_WHOM_RE.match(text, c.end)
                                          and not _OTHER_COUNT_RE.search(text, 0, c.start)):
        apposition = _APPOSITION_RE.search(hedged)
        return _Troops(apposition["np"], c.end, named_before=True) if apposition else None
    before = _NEARER_TAIL_RE.sub(" ", before)  # "put the figure at nearer 25,000"
    words = before[-12:].split()
    if not words or words[-1].lower() not in _LEVEL_LAST_WORDS or not _LEVEL_TAIL_RE.search(before):
        return None
    their = _THEIR_NUMBER_RE.search(before)
    size = _NUMBER_OF_RE.search(before) or _NUMBERING_RE.search(before)
    if their and size is None:  # "Seoul estimates their number at 11,000", "... puts the number at 3,000"
        return _referent(text, low, c, c.start) or _previous_troops(prev, c)
    if their and their["the"].lower() == "their":
        return _referent(text, low, c, c.start)
    if size is None:
        return None
    return _Troops(size.groupdict().get("np2") or size["np"], c.end, named_before=True)


def _previous_troops(prev: str, c: Count, whole: bool = False) -> _Troops | None:
    """"North Korea has begun sending troops to Russia. Seoul puts the number at about 3,000": the troops of the
    sentence before, when it sends or places them and names whose they are. A question or a heading (`whole`:
    "How many troops has North Korea sent?", "NK troops in Kursk: 11,000") may name them after the noun."""
    if not prev:
        return None
    noun = None
    for noun in _TROOPS_IN_RE.finditer(prev):
        pass
    span = prev.rstrip("?:. ") if whole else prev[: noun.end()] if noun else ""
    if noun is None or _country(span) is None:
        return None
    of_noun = _OF_NOUN_RE.search(prev, 0, noun.start()) if not whole else None
    if of_noun is not None and _country(prev[of_noun.end() : noun.end()]):  # "puts the number of North Korean soldiers"
        span = prev[of_noun.end() : noun.end()]
    elif not whole and (counted := _COUNTED_TROOPS_RE.search(prev)) and _country(counted.group()):
        span = counted.group()  # "Zelensky said 12,000 North Korean troops were in Kursk": the troops counted there
    low = lower_keep(prev)
    other = _OTHER_CLAUSE_RE.search(low, noun.end())  # "... were in Kursk and that some had been killed": another clause
    if not _DEPLOY_RE.search(low) or _EXCLUDE_RE.search(low, 0, other.start() if other else len(low)) or _HYPOTHETICAL_RE.search(
        low.rstrip("?:. ") if whole else low[: noun.start()]
    ):
        return None
    return _Troops(span, c.end, named_before=True, placed=True, context=prev)


_COUNTED_TROOPS_RE = re.compile(rf"\d[\d,]*(?:\s+[A-Z][\w'’-]*){{1,3}}\s+(?:{_TROOP_NOUN})\b")
_OF_NOUN_RE = re.compile(r"\b(?:number|total|count|strength)\s+of\s+(?=(?:[\w'’-]+\s+){0,3}$)", re.IGNORECASE)


# a question the sentence answers: "How many North Korean troops are in Russia? About 11,000, according to Seoul"
_HOW_MANY_RE = re.compile(r"^\W*how\s+many\b[^?]*\?\s*$", re.IGNORECASE)
# a figure that is the whole answer: "About 11,000, according to ...", "... estimates around 11,000."
_ANSWER_AFTER_RE = re.compile(r"\s*(?:[,.;:()–—]|-\s|$|according\b)")
# a heading's label before its figure: "NK troops in Kursk: 11,000 and counting"
_HEADED_RE = re.compile(rf"^\W*(?P<np>[^:;.?]{{0,80}}?\b(?:{_TROOP_NOUN})\b[^:;.?]{{0,60}}):\s*[~≈]?\s*$")
# a heading's label with its copula left out: "NK troops in Kursk now ~11k, says HUR"
_HEADED_NOW_RE = re.compile(
    r"^(?![^:;.?,]*\b(?:is|are|was|were|has|have|had|stands?|stood|number(?:s|ed)?|totals?)\b)"  # a label, no verb
    rf"\W*(?P<np>[^:;.?,]{{0,80}}?\b(?:{_TROOP_NOUN})\b[^:;.?,]{{0,60}}?)\s+now\s*[~≈]?\s*$"
)


# a count placed by a bare participle: "on top of roughly 11,000 deployed last autumn", "some 9,000 of them stationed there"
_PARTICIPLE_AFTER_RE = re.compile(
    r"\s+(?:more\s+)?(?:already\s+|earlier\s+|previously\s+|initially\s+|first\s+|now\s+)?(?:sent|deployed|dispatched|stationed|"
    r"positioned|based|moved|transferred|redeployed|massed|amassed|concentrated|shipped|committed|garrisoned|"
    r"(?:brought|flown|rotated)\s+in)\b"
    # ... or already there: "on top of the roughly 11,000 already there", "the 20,000 already in the area"
    r"|\s+already\s+(?:there|(?:in|on|near|inside)\s+(?:the\s+)?(?:[A-Z][\w'’-]+|country|region|area|front|border))\b"
)
_UP_FROM_RE = caseless(r"\b(?:up|down|rising|risen|falling|compared|against)\s+(?:from|with|to)\s+$")
_ESTIMATES_RANGE_RE = re.compile(
    r"\b(?:estimates?|figures?|assessments?)\s+(?:\w+\s+){0,2}?(?:range[sd]?|ranging|var(?:y|ies|ying))\s+(?:from|between)\s+$",
    re.IGNORECASE,
)
# a count of more of the troops named before: "North Korea has sent troops to Russia. It has sent 3,000 more"
_MORE_AFTER_RE = re.compile(r"\s+more\b(?!\s+(?:than|of\b))")
_SENT_BEFORE_RE = caseless(
    r"\b(?:sent|sends|send|sending|deployed|deploys|dispatched|dispatches|transferred|moved)\s+(?:another\s+|a\s+further\s+|an\s+additional\s+)?$"
)
_THERE_ARE_RE = re.compile(r"\bthere\s+(?:are|were|is)\s+(?:now\s+|currently\s+|still\s+|already\s+)?$", re.IGNORECASE)
_PLACED_AFTER_RE = re.compile(r"\s+(?:more\s+|of\s+them\s+)?(?:in|near|around|along|inside|on|at|outside)\s+(?:the\s+)?[A-Z]")
# nouns that count soldiers only in a military sentence
_SOFT_NOUN_RE = re.compile(
    r"engineers|volunteers|instructors|advisers|drone\s+operators|(?:military\s+|drone\s+)?specialists|legionnaires|Nepalis|Nepalese|Cubans|Indians|Syrians", re.IGNORECASE
)
_MILITARY_CUE_RE = re.compile(
    r"\b(?:military|combat|army|armed|troops?|soldiers?|fight(?:s|ing|ers)?|front(?:\s*-?\s*line)?|legion|brigades?|"
    r"battalions?|regiments?|special\s+forces|defen[cs]e\s+ministry|units?)\b",
    re.IGNORECASE,
)
_UNITS_RE = re.compile(
    r"\b(?:forces|brigades?|regiments?|battalions?|divisions?|corps|troop|military|army|front|war|fight\w*|contingent|grouping|"
    r"garrison|units?|build-?up|deployment|reinforcements)\b",
    re.IGNORECASE,
)
_PART_OF_COUNTRY_RE = re.compile(
    r"\b(?:in|into|to|across|throughout|inside)\s+(?:the\s+)?(?P<place>(?:north|south|east|west|north-east|north-west|south-east|"
    r"south-west|central)(?:ern)?\s+(?:Ukraine|Russia|Belarus))\b",
    re.IGNORECASE,
)
# a force sized by whoever estimates it: "Kyiv puts the Russian force there at 60,000"
_SIZES = r"(?:puts?|putting|estimates?|estimated|estimating|places?|placed|assess(?:es|ed)?|reckons?)"
# ... or in a relative clause: "Pyongyang's troops, which Seoul puts at about 11,000"
_PUTS_AT_RE = re.compile(
    rf"\b{_SIZES}\s+(?:the|its|their)\s+"
    rf"(?P<np>(?:[\w'’-]+\s+){{0,3}}?{_TROOP_GROUP})(?P<where>\s+(?:there|in\s+[\w'’-]+|near\s+[\w'’-]+|inside\s+[\w'’-]+))?\s+at\s*$"
    rf"|(?P<np2>\b(?:[\w'’-]+\s+){{0,3}}?{_TROOP_GROUP}),?\s+(?:which|whom)\s+(?:[\w'’-]+\s+){{1,4}}?{_SIZES}\s+at\s*$",
    re.IGNORECASE,
)
_FOUGHT_FOR_RE = re.compile(
    rf"\b(?:(?:retak|recaptur|storm|attack|assault|defend|reach)\w*|(?:defen[cs]e|siege|battle|assault|storming)\s+(?:of|for))\s+"
    rf"(?:the\s+)?(?P<place>(?:{UKRAINIAN_PLACES}|{RUSSIAN_PLACES})"
    r"(?:\s+(?:region|oblast))?)\b",
    re.IGNORECASE,
)
_THERE_RE = re.compile(r"\bthere\b")
# troops of the sentence before sized: "They now number some 3,000 troops"
_THEY_NUMBER_RE = re.compile(
    r"\b(?:(?:they|these|those)\s+(?:now\s+|currently\s+)?(?:number(?:ed)?|total(?:led)?)|"
    r"it\s+(?:now\s+|currently\s+)?(?:numbers|numbered|totals|totalled))\s+$",
    re.IGNORECASE,
)
_OPENS_RE = re.compile(r"[\W_]*")  # nothing but punctuation before a figure that opens its sentence
_DIGIT_RE = re.compile(r"\d")
_HEDGE_TAIL_RE = re.compile(r"(?:\s+(?:possibly|perhaps|probably|maybe|reportedly|likely|now|already|still))+\s*$", re.IGNORECASE)


def _referent(text: str, low: str, c: Count, cue_end: int) -> _Troops | None:
    """"North Korean troops have returned to the front in Kursk, and Seoul estimates their number at
    11,000", "... troops have been killed, and another 8,000 remain deployed in Kursk": the troops
    named earlier in the sentence, when the words up to `cue_end` place them."""
    named = list(_NAMED_TROOPS_RE.finditer(text, 0, c.start))
    if named:
        if not _DEPLOY_RE.search(low[named[-1].end() : cue_end]):
            return None
        return _Troops(named[-1].group(), c.end, named_before=True, placed=True)
    # troops with no adjective: "Moscow has deployed thousands of troops along the border, and there are about 50,000 ..."
    nouns = list(_TROOPS_IN_RE.finditer(text, 0, c.start))
    if not nouns or _country(text[: nouns[-1].end()]) is None or not _DEPLOY_RE.search(low[: cue_end]):
        return None
    start = 0
    sender = _sender_before(text[: nouns[-1].start()])  # "Ukrainian intelligence estimated that Russia had concentrated ..."
    if sender is not None:
        start = [m for m in _COUNTRY_RE.finditer(text, 0, nouns[-1].start()) if m.lastgroup == sender][-1].start()
    return _Troops(text[start : nouns[-1].end()], c.end, named_before=True, placed=True)


_ANY_COUNTRY = r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(_COUNTRIES.values())
_SUBJECT_TROOPS_RE = re.compile(
    rf"{_ANY_COUNTRY}(?:\s+(?:[A-Z][\w'’-]+|special|elite|regular|combat|military|army|ground|assault|airborne)){{0,2}}"
    rf"\s+(?:{_TROOP_NOUN}|units|contingents?|battalions|brigades|regiments)\b"
)
_FRONTED_RE = re.compile(r"\s*(?:With|Having|Besides|In\s+addition\s+to)\s", re.IGNORECASE)
_MAIN_SUBJECT_RE = re.compile(rf"[^;,]{{0,60}},\s+(?:the\s+)?(?P<c>{_ANY_COUNTRY})")
_WHOLE_BEFORE_RE = re.compile(r"\b(?:out\s+of|of)\s+(?:the|a|an|its|their)\b[^,;]{0,40}$")
_MAIN_VERB_RE = re.compile(r"\b(?:have|has|had|were|was|are|is)\b")
_SENDER_AFTER_RE = re.compile(
    rf"^\s+(?:that\s+|which\s+|whom\s+)?(?P<rel>{_ANY_COUNTRY})\s+(?:has\s+|had\s+|have\s+)?(?:sent|deployed|dispatched)\b|"
    rf"^[^;]{{0,60}}?(?:\bby\s+(?:the\s+)?(?P<by>{_ANY_COUNTRY})|"
    rf",\s+(?P<subject>{_ANY_COUNTRY})\s+(?:has\s+|have\s+|had\s+|also\s+)*(?:sent|deployed|dispatched|transferred|moved))"
)


# a country that only says: "Ukraine's military estimates ...", "according to Seoul's spy agency", "Kyiv says"
_SAYER_AFTER_RE = re.compile(
    r"(?P<org>['’]s(?=\s+(?:claims?|reports?|assessments?|estimates?|statement|figures?|data)\b)|"
    r"(?:['’]s)?(?:\s+(?!(?:is|are|was|were|be|been|being|has|have|had|also|now|it|they|which|that)\b)"
    rf"(?!(?:{_TROOP_NOUN})\b)(?:[a-z][\w-]+|[A-Z][\w-]+)){{1,4}}?)?\s+(?:also\s+|now\s+)?"
    r"(?:said|says|say|estimates?|estimated|believes?|believed|reports?|reported|claims?|claimed|thinks|assess(?:es|ed)?|"
    r"told|warned|warns|puts|put|calculates?|calculated|counts?|counted|assessments?|statement|figures?|data)\b"
    r"(?!\s+(?:at|to\s+(?:be|number|total|have)))"  # "troops estimated at 11,000" is no report
)
# an institution saying its country moved troops: "... defence ministry said it had moved about 4,000 troops"
_SAYS_IT_SENT_RE = re.compile(
    r"\s+(?:that\s+)?(?:it|they)\s+(?:has\s+|had\s+|have\s+)?(?:now\s+|also\s+|already\s+)?"
    r"(?:sent|deployed|dispatched|moved|transferred|redeployed|stationed|relocated|rotated|positioned|brought|massed|concentrated)\b"
)
# who sizes a force in a relative clause: "..., which Ukrainian commanders estimate at 50,000 troops"
_RELATIVE_BEFORE_RE = re.compile(r"\b(?:which|whom)\s+$", re.IGNORECASE)
_SIZES_AT_RE = re.compile(rf"(?:['’]s)?(?:\s+[\w'’-]+){{0,4}}?\s+{_SIZES}\s+(?:it\s+|them\s+)?at\b", re.IGNORECASE)
_ACCORDING_RE = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


_SENDS_AFTER_RE = re.compile(
    r"(?:['’]s)?\s+(?:has|have|had)\s+(?:already\s+)?(?:sent|deployed|dispatched)\s+(?:to|into)\b", re.IGNORECASE
)
_HELP_BEFORE_RE = re.compile(r"\b(?:help|helps|helped|helping|assist|assists|assisted|assisting)\s+$", re.IGNORECASE)
_GIVE_TO_RE = re.compile(r"\b(?:send|sends|sent|give|gives|gave|provide|provides|provided|offer|offers|offered|supply|supplies|"
                         r"supplied|lend|lends|lent|sell|sells|sold|hand|handed)\s+$", re.IGNORECASE)
_BORDER_OF_RE = re.compile(r"\s+(?:border|frontier)\b", re.IGNORECASE)
_BORDER_WITH_RE = re.compile(r"\b(?:border|frontier)\s+with\s+(?:the\s+)?$", re.IGNORECASE)
_RULERS_IN_RE = re.compile(r"\b(?:regime|government|authorities|leadership|rulers|junta)\s+in\s+$", re.IGNORECASE)
_ANAPHOR_RE = re.compile(  # a pronoun that sends or owns the troops, not one that only reports ("They said ...")
    r"\b(?:(?:it|they)\s+(?:has|have|had|is|are|was|were|also|now|then|reportedly|sent|sends|deployed|deploys|dispatched|moved|"
    r"transferred|keeps|kept|maintains|stationed)|(?:its|their|these|those)\s+(?:[\w-]+\s+)?"
    rf"(?:{_TROOP_NOUN}|contingent|grouping|force|units)|the\s+country|the\s+regime|"
    r"the\s+(?:(?:new|fresh|latest|additional|second|third)\s+)?(?:build-?up|deployment|grouping|contingent|group|unit|detachment|arrivals))\b",
    re.IGNORECASE,
)
# the size of a group referred back, now ("now numbers about", "comprise roughly", "put its size at"), not a plan
_SIZED_NOW_RE = re.compile(
    r"\b(?:has|have)\s+$|"  # "The unit has roughly 3,000 troops" (the figure's span starts at its qualifier)
    r"\b(?:numbers?|numbered|numbering|comprises?|comprised|totals?|totall?ed|(?:put|puts|estimated?|estimates)\s+"
    r"(?:its|their|the)\s+(?:size|number|strength|figure)\s+at|(?:is|are)\s+(?:made\s+up|composed)\s+of|which\s+he\s+put\s+at)\b"
)
_PLANNED_RE = re.compile(r"\b(?:could|would|will|may|might|due\s+to|(?:is|are)\s+to|plan\w*|expected\s+to|aim\w*|intend\w*)\b")
_NEARER_TAIL_RE = re.compile(r"\s+(?:nearer|closer)\s*$", re.IGNORECASE)
_ONE_OF_RE = re.compile(r"one\s+of\s+(?:the|its|their|his|her|our)\b", re.IGNORECASE)
_SAYS_AFTER_RE = re.compile(r"\s+(?:said|say|says|told|reported|report|estimate[sd]?|believe[sd]?)\b")  # "Ukrainian officers said"
_RELATIVE_CLAUSE_RE = re.compile(r",\s+(?:which|who|whom)\b[^,]*,")
_THE_GROUP_RE = re.compile(
    r"\bthe\s+(?:[\w-]+\s+)?(?P<n>force|contingent|grouping|build-?up|(?:new|fresh|latest|second|third)\s+(?:group|wave|batch)|"
    r"brigades?|divisions?|regiments?|battalions?|units?|detachments)\b",  # "Together the two brigades number"
    re.IGNORECASE,
)
_ITS_BEFORE_RE = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)  # "its 3rd Assault Brigade"
_DEFINITE_RE = re.compile(r"\bthe\s*$", re.IGNORECASE)  # "the 11,000 troops": troops named before
_THE_NORTH_RE = re.compile(r"\b[Tt]he\s+North\b(?!\s+(?:Atlantic|Sea|Caucasus|Pole)\b)")
_KOREA_RE = re.compile(r"Korea|Pyongyang|Seoul|NIS\b")
_PREPOSITION_BEFORE_RE = re.compile(r"\b(?:to|into|in|for|with|from|against|of|on|near|by|at|towards?|and)\s+(?:the\s+)?$", re.IGNORECASE)


def _group_country(before: str, sentence: Sentence) -> str | None:
    """ "The force numbers more than 50,000", "the contingent, which he put at about 9,000": whose is the force a
    sentence before named."""
    found = _group_antecedent(before, sentence)
    return found[0] if found else None


def _group_antecedent(before: str, sentence: Sentence) -> tuple[str | None, str] | None:
    """The group a figure sizes by referring back ("The brigade, which ..., now numbers about 5,000 personnel"): whose
    it is and the sentence that named it. That is an earlier sentence with the group's noun (its troops' country, or
    its first country not after a preposition); else the troops the nearest earlier sentence names; else the first
    such country of the nearest one that moves troops ("Russia has sent fresh reinforcements to Myrnohrad")."""
    group = _THE_GROUP_RE.search(before)
    if group is None:
        return None
    noun = group["n"].split()[-1].rstrip("s")
    earlier = [text for back in (1, 2, 3) if (text := _previous_sentence(sentence, back))]
    for text in earlier:
        if (named_noun := re.search(rf"\b{noun}", text, re.IGNORECASE)) is not None:
            if _ITS_BEFORE_RE.search(text, max(0, named_noun.start() - 40), named_noun.start()):
                return _first_actor(text), text  # "Ukraine has moved its 3rd Assault Brigade to ..., where Russian forces"
            named = list(_SUBJECT_TROOPS_RE.finditer(text))
            if named:  # "A fresh group of North Korean soldiers has arrived in Kursk, Ukrainian officials said"
                return _country(named[0].group()), text
            return _first_actor(text), text
    for text in earlier:  # no sentence names it by that noun: the troops the nearest one names ("North Korean troops")
        named = [m for m in _SUBJECT_TROOPS_RE.finditer(text) if not _SAYS_AFTER_RE.match(text, m.end())]
        if named:
            return _country(named[-1].group()), text
    for text in earlier:
        if _DEPLOY_RE.search(lower_keep(text)):
            return _first_actor(text), text
    return None


# the sayer of a report, named with its country: "Ukraine's military intelligence agency said on Wednesday that"
_OWN_SAYER_RE = re.compile(r"(?:['’]s)?(?:\s+[\w'’-]+){0,5}?\s+(?:said|says|reported|reports|told|claimed|estimated)\b")


def _first_actor(text: str) -> str | None:
    """The first country not named after a preposition, nor the opening sayer's own: the one that acts ("Ukraine's
    military intelligence agency said that Russia has transferred its 76th division": Russia)."""
    for m in _COUNTRY_RE.finditer(text):
        if _PREPOSITION_BEFORE_RE.search(text, max(0, m.start() - 20), m.start()):
            continue
        if m.start() == 0 and _OWN_SAYER_RE.match(text, m.end()) and _COUNTRY_RE.search(text, m.end()):
            continue
        return m.lastgroup
    return None


def _anaphor_country(before: str, sentence: Sentence) -> str | None:
    """Whose troops a pronoun names: the subject of the sentence before ("North Korea has deepened its ties with
    Russia. It has sent 3,000 more troops"), or of the one before that when the sentence between names no country
    (a live-blog aside), or North Korea for "the North" in a Korean context."""
    prev = _previous_sentence(sentence)
    if _THE_NORTH_RE.search(before) and (_KOREA_RE.search(sentence.text) or _KOREA_RE.search(prev)):
        return NORTH_KOREA
    group = _group_country(before, sentence)
    if group is not None:
        return group
    if prev and _DEFINITE_RE.search(before):  # "Where are the North Korean troops? Most of the roughly 11,000 soldiers ..."
        named = list(_SUBJECT_TROOPS_RE.finditer(prev))
        return _country(named[-1].group()) if named else None
    if not prev or not _ANAPHOR_RE.search(before):
        return None
    if _COUNTRY_RE.search(prev) is None:
        prev = _previous_sentence(sentence, 2)
    for m in _COUNTRY_RE.finditer(prev):
        if not _PREPOSITION_BEFORE_RE.search(prev, max(0, m.start() - 20), m.start()):
            return m.lastgroup
    return None


def _sender_before(before: str) -> str | None:
    """The sender named before the troops' verb: the last country there ("Pyongyang is said to have dispatched"),
    not a destination ("sent to Russia") nor a country that only reports ("Ukraine's military estimates"),
    and a country that says it sent them ("Moscow says it has deployed") only when no other is named."""
    own, sayers, senders = [], [], []
    for m in _COUNTRY_RE.finditer(before):
        if re.search(r"\b(?:to|into|in|for)\s+(?:the\s+)?$", before[: m.start()]) and not _RULERS_IN_RE.search(before, 0, m.start()):
            continue  # "sent to Russia": a destination, but "the regime in Minsk" sends
        if _GIVE_TO_RE.search(before, max(0, m.start() - 20), m.start()) or _HELP_BEFORE_RE.search(before, 0, m.start()):
            continue  # "will send Ukraine another €650m", "sent to help Moscow": a recipient
        if _BORDER_OF_RE.match(before, m.end()) or _BORDER_WITH_RE.search(before, max(0, m.start() - 20), m.start()):
            continue  # "along the Ukrainian border", "the border with Ukraine": a place
        if _RELATIVE_BEFORE_RE.search(before, max(0, m.start() - 12), m.start()) and _SIZES_AT_RE.match(before, m.end()):
            sayers.append((m.start(), m.lastgroup))  # "Russia's grouping, which Ukrainian commanders estimate at ...": who sizes it
            continue
        said = _SAYER_AFTER_RE.match(before, m.end())
        if said is not None or _ACCORDING_RE.search(before, 0, m.start()):
            if said is not None and said["org"] and _SAYS_IT_SENT_RE.match(before, said.end()):
                own.append((m.start(), m.lastgroup))  # "The Belarusian defence ministry said it had moved ...": the country's own word
                continue
            if said is None or said["org"]:
                continue  # "Ukraine's military estimates": an institution that reports, never the sender
            sayers.append((m.start(), m.lastgroup))
            continue
        own.append((m.start(), m.lastgroup))
        if _SENDS_AFTER_RE.match(before, m.end()):
            # the sender in a relative clause outranks countries named after it: "The contingent North Korea has sent
            # to help Moscow push Ukrainian troops out of Russia's Kursk region — which Seoul puts at 11,000 soldiers"
            senders.append((m.start(), m.lastgroup))
    if _KOREA_RE.search(before):  # "Seoul says the North has sent ...": the North, not the country that says
        own = sorted(own + [(m.start(), NORTH_KOREA) for m in _THE_NORTH_RE.finditer(before)])
    found = senders or own or sayers
    return found[-1][1] if found else None


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
        if re.match(r"\s+(?:border|frontier|side)\b", after[m.end() :]) and m.group().split()[1] != "on":
            continue  # "closer to the Ukrainian border": where, not whom they serve
        if m.group().split()[1] == "in" and not re.match(r"\s+(?:army|armed\s+forces|military|ranks|forces)\b", after[m.end() :]):
            continue  # "fighting in Ukraine": where they fight; "serving in the Russian army": whom they serve
        target = _country(m["c"])
        if target and target != country and {target, country} != {RUSSIA, UKRAINE}:
            return target  # not the enemy: Ukrainian troops sent "into Russia's Belgorod region" serve Ukraine
        if m["c"] in ("Kursk", "Belgorod", "Bryansk", "Donbas", "Donetsk", "Luhansk", "Zaporizhzhia", "Kherson") and country in (
            NORTH_KOREA, RUSSIA, None
        ):
            return RUSSIA
    if country == NORTH_KOREA:
        return RUSSIA
    return country
