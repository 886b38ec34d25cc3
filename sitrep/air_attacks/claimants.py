"""Who says a claim: the reporting phrase ("the air force said", "according to governor
X"), normalised to a body or a person, with its side; pronouns and surnames resolved against
the document, spokespeople mapped to the body they speak for."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.air_attacks.lexicon import (
    _ADVERB_CLAUSE_RE,
    _AIR_FORCE_RE,
    _AUX_TAIL_RE,
    _BARE_CAPITAL_RE,
    _GENERIC_BODY_RE,
    _GOVERNOR_OF_RE,
    _IT_RE,
    _MINISTRY_RE,
    _MONTH_NAMES,
    _NAME_RE,
    _NAVY_RE,
    _WEAPON_RE,
    _numberish,
    _OFFICE_RE,
    _ORG_NAME_RE,
    _ORG_RE,
    _ORG_WORD_RE,
    _PASSIVE_BEFORE_RE,
    _PEOPLE_SIDES,
    _PLACE_RE,
    _PRONOUN_RE,
    _REGIONAL_OFFICIALS,
    _REJECT_RE,
    _TOLL_RE,
    _REPORT_LC,
    _REPORT_RE,
    _RIGHT_CUT_RE,
    _SEGMENT_SPLIT_RE,
    _SIDE_RE,
    _split_sentences,
    _STAFF_RE,
    _STOPWORDS,
    _TITLES,
    _VAGUE_ORG_RE,
    _WEEKDAY_NAMES,
    ENEMY,
    RUSSIA,
    UKRAINE,
    _Claimant,
    _clause_end,
    _clause_start,
    _ends,
    _lower,
    _Row,
    _Sentence,
    _side_in,
)
from sitrep.numbers import parse_number

if TYPE_CHECKING:  # annotations only
    from sitrep.air_attacks.document import _DocContext


def _claimants(text: str, context: _DocContext) -> list[tuple[int, _Claimant]]:
    """Who reports what in a sentence: (position of the reporting verb, claimant). Read-only result."""
    key = (text, len(context.regional_people))
    cached = context.claimant_cache.get(key)
    if cached is None:
        cached = context.claimant_cache[key] = _find_claimants(text, context)
    return cached


def _find_claimants(text: str, context: _DocContext) -> list[tuple[int, _Claimant]]:
    if '"' in text or "“" in text or "'" in text or "‘" in text:  # 'Air Command "South"': a name in quotes (same length)
        text = _QUOTED_NAME_RE.sub(lambda m: f" {m.group(1) or m.group(2)} ", text)
    out = []
    for m in _REPORT_LC.finditer(_lower(text)):  # only offsets and the lowercased verb are read
        claimant = _claimant_at(text, m, context)
        if claimant is not None and claimant.side is None and _THIRD_COUNTRY_RE.search(
            text, _clause_start(text, m.start()), _clause_end(text, m.end())
        ):
            claimant = replace(claimant, side=None, foreign=True)  # a third country's official: tells no side
        if claimant is not None and claimant.vague and _GENERIC_BODY_RE.fullmatch(claimant.name):
            claimant = _named_body_before(text, m.start(), claimant, context)
        if claimant is not None:
            out.append((m.start(), claimant))
    if out and ("iting " in text or "reference to" in text or "referring to" in text or "quoting " in text):
        _cited_sources(text, out, context)
    if "as saying" in text:  # "RIA quoted the ministry as saying": the one quoted, wherever the outlet stands
        for m in _QUOTED_AS_SAYING_RE.finditer(text):
            # "the head of the Bryansk region, Alexander Bogomaz,": the name in apposition to an office
            named = m.group(2) if m.group(2) and _PERSON_NAME_RE.match(m.group(2)) and not _PERSON_NAME_RE.match(m.group(1)) else None
            quoted = _normalize_claimant(named or m.group(1), None, context)
            if quoted is not None and not quoted.pronoun:
                out = [c for c in out if not m.start() <= c[0] < m.end()] + [(m.start(), quoted)]
    saying = _SUBJECT_SAYING_RE.match(text) if not out and ", saying" in text else None
    if saying is not None and _looks_like_source(saying["who"]):  # "The ministry gave a different account, saying ..."
        claimant = _normalize_claimant(saying["who"], None, context)
        if claimant is not None and not claimant.pronoun:
            out.append((saying.start("who"), claimant))
    source = _SOURCE_LINE_RE.match(text) if not out and ":" in text else None
    if source is not None:  # "Source: Ukraine's air force."
        claimant = _normalize_claimant(source.group(1), None, context)
        if claimant is not None and not claimant.pronoun:
            out.append((source.start(1), claimant))
    colon = _COLON_SOURCE_RE.match(text) if not out and ":" in text else None
    if colon is not None and _looks_like_source(colon.group(1)):  # "A reminder of the figures from the air force:"
        claimant = _normalize_claimant(_FIGURES_FROM_RE.sub("", colon.group(1)), None, context)
        if claimant is not None and not claimant.pronoun:
            out.append((colon.end(1), claimant))
    paren = _PAREN_SOURCE_RE.search(text) if not out and text.rstrip(" .").endswith(")") else None
    if paren is not None and _looks_like_source(paren.group(1)):  # "Launched: 98 drones ... (air force)"
        claimant = _normalize_claimant(paren.group(1), None, context)
        if claimant is not None and not claimant.pronoun:
            out.append((paren.start(), claimant))
    dash = _DASH_SOURCE_RE.search(text) if not out else None
    if dash is not None and dash["hyphen"] and not _looks_like_source(dash.group(2)):
        dash = None  # (a plain hyphen, as wire flashes write it, only before a body: "... REGIONS - DEFENSE MINISTRY")
    if dash is not None:  # "..., 9 more 'lost' – air force": a source line with no verb
        claimant = _normalize_claimant(dash.group(2), None, context)
        if claimant is not None and not claimant.pronoun:
            out.append((dash.start(), claimant))
    if out and _OUTLET_RE.search(text):
        out = [(pos, c) for pos, c in out if not _OUTLET_RE.fullmatch(c.name)]
    return out


# the subject of a verb of answering, what it said after ", saying": "Russia's defence ministry gave a different account,
# saying its air defences had intercepted 68 drones"
_SUBJECT_SAYING_RE = re.compile(
    r"\W*(?P<who>[A-Z][^,;:]{2,60}?)\s+(?:gave|offered|issued|released|posted|published|responded|replied|countered|reacted|"
    r"hit\s+back|put\s+out|cited|repeated|echoed)\b[^,;:]{0,50},\s+saying\b"
)


# news outlets relay a claim rather than make it ("..., and sixteen were lost locationally, Ukrinform reports."): the
# publisher, kept apart from the claimant
_OUTLET_RE = re.compile(
    r"(?:the\s+)?(?:Reuters|AP|Associated\s+Press|AFP|Agence\s+France-Presse|Ukrinform|Interfax(?:-Ukraine)?|TASS|"
    r"RIA(?:\s+Novosti)?|Ukrainska\s+Pravda|Kyiv\s+Independent|Suspilne|RBC-Ukraine|BBC|CNN|DW|Euronews|Meduza|Kyodo|Yonhap|"
    r"Bloomberg|Xinhua|Anadolu|dpa|Al\s+Jazeera|Sky\s+News)"
)


_OWN_REPORT_RE = re.compile(
    r"['’]s\s+(?:[\w-]+\s+)?(?:statement|report|summary|update|post|briefing|data|figures|press\s+(?:service|office))\s*$"
)
_PARENT_BODY_RE = re.compile(
    r"^\s*(?i:(?:the\s+)?(?:(?:ukrainian|ukraine['’]s)\s+)?(?:air\s+force|navy|army|military|general\s+staff)['’]s\s+)(?=[A-Z])(?!(?:Telegram|Facebook|Twitter|X|Viber|WhatsApp|YouTube|Instagram)\b)"
)
_QUOTED_NAME_RE = re.compile(r"(?<=\w )(?:[\"“]([A-Z][a-z]+)[\"”]|[‘']([A-Z][a-z]+)[’'](?!\w))")
# Third countries whose officials report drones over their own territory
_THIRD_COUNTRY_RE = re.compile(
    r"\b(?:Belarus(?:ian)?|Minsk|Poland|Polish|Romania(?:n)?|Moldova(?:n)?|Lithuania(?:n)?|Latvia(?:n)?|Estonia(?:n)?|"
    r"Finland|Finnish|Hungary|Hungarian|Slovakia|Slovak|NATO)(?:['’]s)?\b"
)

# "RIA quoted the ministry as saying", "Yonhap quoted Andriy Yusov, a representative of ..., as saying": the one quoted
_QUOTED_AS_SAYING_RE = re.compile(
    r"\b(?:quot(?:ed|es|ing)|cit(?:ed|es|ing))\s+([^,;:()]{2,60}?)(?:,\s+([^,;:()]{2,80}),)?\s+as\s+saying\b"
)
_PERSON_NAME_RE = re.compile(r"[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?$")
_APPOSED_NAME_RE = re.compile(r",\s+([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\s*(?:,|$|\.)")
_CITING_RE = re.compile(r"\b(?:[Cc]iting|[Qq]uoting|with\s+reference\s+to|referring\s+to)\s+([^,;:()]{2,60}?)\s*(?:[,;:()]|\.?$)")


def _named_body_before(text: str, end: int, generic: _Claimant, context: _DocContext) -> _Claimant:
    """ "Units of Air Command West destroyed 17 drones, the command said": the body the sentence named before,
    whose name has the generic word ("command", "agency"), else the generic claimant as it is."""
    word = generic.name.split()[-1].capitalize()
    named = None
    for named in re.compile(rf"(?:[A-Z][\w'’-]*\s+){{0,3}}{word}(?:\s+[A-Z][\w'’-]*){{0,2}}").finditer(text, 0, end):
        pass
    found = _normalize_claimant(named.group(), None, context) if named is not None else None
    return found if found is not None and not found.vague and not found.pronoun else generic


_OWN_CHANNEL_RE = re.compile(r"(?:his|her|its|their)\s+(?:official\s+)?(?:[\w-]+\s+)?(?:channel|account|page|post|statement|website)\b", re.I)


def _cited_sources(text: str, out: list[tuple[int, _Claimant]], context: _DocContext) -> None:
    """ "..., Reuters reported, citing Ukraine's air force": the source cited makes the claim, not the outlet."""
    for m in _CITING_RE.finditer(text):
        if _OWN_CHANNEL_RE.match(m.group(1)):
            continue  # "..., TASS reports, citing his Telegram channel": the one named before speaks
        named = _APPOSED_NAME_RE.match(text, m.end(1)) if _OFFICE_RE.search(m.group(1)) else None
        cited = _normalize_claimant(named.group(1) if named else m.group(1), None, context)  # "citing the head of ..., Tymur Tkachenko,"
        if cited is None or cited.pronoun:
            continue
        before = [i for i, (pos, _) in enumerate(out) if pos < m.start()]
        i = before[-1] if before else 0  # "Citing the air force, Ukrainska Pravda reported ..." names the next one
        out[i] = (out[i][0], cited)


def _looks_like_source(label: str) -> bool:
    """ "Kharkiv governor Oleh Syniehubov:", "Air force:", "Zelensky:" name a source; "Overnight attack:" does not."""
    words = label.split()
    return bool(
        _OFFICE_RE.search(label) or _ORG_RE.search(label) or _AIR_FORCE_RE.search(label) or _MINISTRY_RE.search(label)
        or _STAFF_RE.search(label) or _NAVY_RE.search(label) or _ORG_NAME_RE.search(label)
        or (words and words[-1] in _PEOPLE_SIDES) or _SERVICE_ACRONYM_RE.search(label)
    )


_SERVICE_ACRONYM_RE = re.compile(r"\b(?:SBU|HUR|GUR|FSB)\b")  # "SBU: 117 drones used in Operation Spiderweb"


# "Kharkiv governor Oleh Syniehubov: the enemy attacked ...": a source line with no verb
_SOURCE_LINE_RE = re.compile(
    r"\s*(?:sources?|via|data|figures|(?:information|data)\s+from)\s*:\s*([^.;:]{2,60}?)\s*(?:,\s*\d{1,2}[:.]\d\d)?\s*\.?\s*$", re.I
)  # "Data: Air Force of the Armed Forces of Ukraine, 08:30"
_FIGURES_FROM_RE = re.compile(
    r"^.*?\b(?:figures|data|numbers|count|tally|summary|update|statement|report|briefing)\s+(?:from|by)\s+", re.IGNORECASE
)
_COLON_SOURCE_RE = re.compile(r"\s*(?:\d{1,2}[:.]\d\d\s*(?:[–—-]\s*)?)?([^:,;\d\"“”]{2,80}?)\s*:\s")  # ("08:02 — Air force: ...")
_PAREN_SOURCE_RE = re.compile(r"\(([^(),:;\d]{3,40})\)\s*\.?\s*$")
_DASH_SOURCE_RE = re.compile(r"\s(?:[–—]|(?P<hyphen>-)\s)\s*([^–—,;:\d-]{2,40}?)\s*[.)]?\s*$")


def _claimant_at(text: str, verb: re.Match, context: _DocContext) -> _Claimant | None:
    if _ends(_PASSIVE_BEFORE_RE, text, verb.start()) or _ends(_AS_BEFORE_RE, text, verb.start()):
        agent = _BY_AGENT_RE.match(text, verb.end())  # "was reported by the Russian Defence Ministry", "as reported by"
        return _normalize_claimant(agent.group(1), None, context) if agent else None  # "were confirmed shot down"
    left = _AUX_TAIL_RE.sub("", text[: verb.start()])
    segments = [s.strip() for s in _SEGMENT_SPLIT_RE.split(left)]
    segments[-1] = _MAIN_CLAUSE_HEAD_RE.sub("", segments[-1])
    right = _SEGMENT_SPLIT_RE.split(text[verb.end() :], maxsplit=1)[0]
    if ". " in right:  # "..., said. Air defence destroyed ...": the next sentence names no sayer of this one
        right = _NEXT_SENTENCE_RE.split(right, maxsplit=1)[0]
    right = _RIGHT_CUT_RE.sub("", right).strip()
    if verb.group().lower().startswith(("according", "per", "by")):  # "..., per Ukraine's air force"
        seg = _SEGMENT_SPLIT_RE.split(text[verb.end() :], maxsplit=1)[0]
        named = _APPOSED_NAME_RE.match(text, verb.end() + len(seg)) if _OFFICE_RE.search(seg) else None
        if named is not None:  # "According to the governor of the Voronezh region, Alexander Gusev, ..."
            person = _normalize_claimant(named.group(1), None, context)
            if person is not None and person.person:
                return person
        return _normalize_claimant(right, None, context)
    if not segments[-1]:  # ", claimed Moscow", or an appositive: "X, governor of Y, said"
        short = len(right.split()) <= 5 or (len(right.split()) <= 9 and _NAMED_BODY_RE.search(right))
        after = _normalize_claimant(right, None, context) if short else None
        if after is not None or len(segments) == 1:
            return after
        segments.pop()
    if segments[-1][:1] in "AaOoTt" and (lead := _TIME_LATER_RE.match(segments[-1])):
        segments[-1] = segments[-1][lead.end() :]  # "A day later the ministry said": the ministry
    if segments[-1][:1] in "LlEeTtOoIiAaBb":  # "Later in the day he reported", "but in an update on Monday it said": the pronoun
        last = _SOURCE_PHRASE_RE.sub("", _LEADING_BUT_RE.sub("", segments[-1]))
        segments[-1] = _LEADING_WHEN_RE.sub("", last) if _PRONOUN_END_RE.search(last) else segments[-1]
    if _IT_RE.match(segments[-1]):
        return None  # "..., it said": the claimant of the claim it continues
    for i in range(len(segments) - 1, max(-1, len(segments) - 4), -1):
        previous = segments[i - 1] if i > 0 else None
        person = _apposition_person(previous, segments[i], context)
        if person is not None:
            return person
        if any(w in segments[i] for w in ("summar", "post", "statement", "update", "report", "figures", "data")):
            segments[i] = _SOURCE_PHRASE_RE.sub("", segments[i])  # "In its morning summary the air force said"
        if _ADVERBIAL_RE.match(segments[i]) or _ADVERB_CLAUSE_RE.fullmatch(segments[i]):
            continue  # "The air force, in a Telegram post, said", "The ministry, meanwhile, said": not the subject
        claimant = _normalize_claimant(segments[i], previous, context)
        if claimant is not None:
            return claimant
        if not _REJECT_RE.match(segments[i]):
            break
    return None


# an opening "in its summary", "in a Telegram post" with no comma before the subject
_SOURCE_PHRASE_RE = re.compile(
    r"^(?:in|on|via)\s+(?:(?:a|an|its|their|his|her|the)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:summary|statement|post|update|report|briefing|message|figures|data)\s+(?=\S)",
    re.IGNORECASE,
)
_AS_BEFORE_RE = re.compile(r"\bas\s+$", re.IGNORECASE)
_NEXT_SENTENCE_RE = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z])")
# a time before a pronoun subject with no comma: "Later in the day he", "On Tuesday she", "later on Monday it"
_LEADING_WHEN_RE = re.compile(
    r"^(?:(?:later|earlier|then|afterwards|subsequently)(?:\s+(?:in|on|that)\s+(?:the\s+)?\w+)?|"
    r"(?:on|at|in|by)\s+(?:the\s+)?[\w:.]+(?:\s+(?:morning|evening|afternoon|night))?)\s+(?=(?:he|she|they|it)$)",
    re.IGNORECASE,
)
_TIME_LATER_RE = re.compile(
    r"(?:an?|one|two|three|four|five|\d+)\s+(?:days?|hours?|weeks?)\s+(?:later|earlier|after\s+that)\s+(?=\S)", re.IGNORECASE
)
_LEADING_BUT_RE = re.compile(r"^(?:but|and|yet)\s+", re.IGNORECASE)
_PRONOUN_END_RE = re.compile(r"\s(?:he|she|they|it)$", re.IGNORECASE)
# "Flights were halted at Vnukovo after (as) Moscow mayor Sergei Sobyanin said": the subject follows the conjunction
_MAIN_CLAUSE_HEAD_RE = re.compile(r"^.+\s(?:after|when|because|before|once|until|although|though|as)\s+(?=[A-Z]|the\s)")
_BY_AGENT_RE = re.compile(  # the channel is not the agent: "reported by the Air Force ... in Telegram"
    r"\s+by\s+([^,;.:()]{2,60}?)\s*(?:\s(?:in|on|via)\s+(?:its\s+|a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?"
    r"(?:Telegram|Facebook|Twitter|X|statement|briefing|channel|post|update|report|summary|address)\b[^,;.:()]*)?(?:[,;.:()]|$)"
)
_ADVERBIAL_RE = re.compile(
    r"^(?:in|on|at|via|through|during|after|before|with|from|citing|late|early|earlier|later|overnight|"
    # a participle's aside: "The air force, giving the same totals, said"
    r"giving|repeating|confirming|quoting|speaking|writing|posting|updating|revising|correcting|responding)\b", re.IGNORECASE
)

_DESCRIPTOR_RE = re.compile(r"^(?:the|a|an|its|his|her|Ukraine['’]s|Russia['’]s)\s", re.IGNORECASE)


_REGIONAL_DESCRIPTOR_RE = re.compile(
    r"\b(?:governor|mayor|head\s+of\s+(?:the\s+)?[\w\s'’-]{0,40}?(?:regional|city|oblast|district)\s+(?:military\s+|state\s+)?"
    r"administration|regional\s+head)\b",
    re.IGNORECASE,
)


def _apposition_person(name: str | None, descriptor: str, context: _DocContext) -> _Claimant | None:
    """ "Mykola Oleshchuk, the air force commander, said": the person named, not the body described."""
    if not name or not _DESCRIPTOR_RE.match(descriptor) or not _NAME_RE.fullmatch(name.strip()):
        return None
    if name.strip().isupper():
        return None  # a wire dateline, "NEW DELHI - Russia's defence ministry said": a place, no person
    person = _person_name(name)
    if person is None or len(person.split()) < 2 or any(w.lower() in _STOPWORDS for w in person.split()):
        return None
    claimant = _normalize_claimant(name, None, context)
    if claimant is not None and claimant.person and not claimant.regional and _REGIONAL_DESCRIPTOR_RE.search(descriptor):
        # "Oleksandr Koval, the head of the Rivne regional military administration": a regional official of that side
        place = _PLACE_RE.search(descriptor)
        side = claimant.side or (place.lastgroup if place else None)
        context.regional_people.add(claimant.name)
        if side:
            context.person_sides.setdefault(claimant.name, side)
        claimant = replace(claimant, regional=True, side=side)
    return claimant


_SENTENCE_BREAK_RE = re.compile(
    r"(?<=[a-z0-9)][.!?])(?<!\b(?:Mr|Ms|Dr|St|Lt|Co)\.)(?<!\b(?:Mrs|Gen|Col|Maj|Sgt|Adm|Gov|Sen|Rep)\.)"
    r"(?<!\b(?:Capt|Prof|Corp)\.)\s+(?=[A-Z])"
)
_TRAILING_PRONOUN_RE = re.compile(r"^(?:by|at|on|in|after|before|later|overnight|earlier)\b.*\s(he|she|it|they)$", re.IGNORECASE)


def _normalize_claimant(segment: str, previous: str | None, context: _DocContext) -> _Claimant | None:
    """A canonical claimant for a reporting subject such as "Kyiv's military" or "Mr Zelensky"."""
    segment = " ".join(segment.split()) if "  " in segment else segment
    if ". " in segment:  # "... said on Friday. He said": the subject is the last sentence's ("He")
        segment = _SENTENCE_BREAK_RE.split(segment)[-1]
    segment = _PARENT_BODY_RE.sub("", segment)  # "the air force's Eastern Air Command": the command speaks
    segment = _OWN_REPORT_RE.sub("", segment)  # "the ministry's statement said": the ministry
    seg = re.sub(r"^(?:(?:while|whereas|but|and|as|though|although)\s+)?(?:(?:the|a|an)\s+)?", "", segment.strip(" \t'\"“”‘’.!?"), flags=re.IGNORECASE)
    if (trailing := _TRAILING_PRONOUN_RE.search(seg)) is not None:
        seg = trailing.group(1)  # "By six in the morning he had reported": the pronoun is the subject
    if not seg or _REJECT_RE.match(seg) or len(seg.split()) > (10 if _OFFICE_RE.search(seg) else 8):
        return None  # an office takes words: "head of the Odesa Regional Military Administration Oleh Kiper"
    if _WEAPON_RE.search(seg) and any(ch.isdigit() for ch in seg):
        return None  # "..., said Russia had launched 96 Shahed ...": a count of weapons, no one who reports
    foreign = _FOREIGN_BODY_RE.match(seg)
    if foreign is not None and _looks_like_source(foreign.group("body")):  # "Poland's operational command": no side
        country = foreign.group("country").capitalize()
        return _Claimant(f"{_COUNTRY_ADJ.get(country, country)} {foreign.group('body')}", None, foreign=True)
    side = _side_in(seg)
    side = side if side != ENEMY else None
    place = _PLACE_RE.search(seg)
    side = side or (place.lastgroup if place else None)
    if side is None and (org := _ORG_SIDE_RE.search(seg)) is not None:  # "the Black Sea Fleet", "the SBU"
        side = org.lastgroup
    if _PRONOUN_RE.match(seg):
        return _Claimant(seg.lower(), None, pronoun=True)
    body_side = side or (UKRAINE if _AIR_FORCE_RE.search(seg) or _NAVY_RE.search(seg) else None)
    spokesperson = _SPOKESPERSON_RE.search(seg)
    if spokesperson is not None:  # "air force spokesman Yurii Ihnat": the person, on the side of his body
        full = context.full_name(spokesperson.group("name"))
        return _Claimant(full, body_side or _PEOPLE_SIDES.get(full.split()[-1]), person=True, body=_body_of(seg, full, body_side))
    if _AIR_FORCE_RE.search(seg):
        return _Claimant(f"{_SIDE_ADJ[body_side]} air force", body_side)
    if _NAVY_RE.search(seg) and len(seg.split()) <= 4 and body_side != RUSSIA:  # Russia's is "the Black Sea Fleet": a bare navy is Ukraine's
        return _Claimant(f"{_SIDE_ADJ[body_side]} navy", body_side)
    if _MINISTRY_RE.search(seg):
        return _Claimant(f"{_SIDE_ADJ[side]} defence ministry" if side else "defence ministry", side)
    if _STAFF_RE.search(seg):
        return _Claimant(f"{_SIDE_ADJ[side]} General Staff" if side else "General Staff", side)
    capital = _BARE_CAPITAL_RE.match(seg)
    if capital:  # "claimed Moscow": in air-defence reports, the defence ministry
        return {
            "kremlin": _Claimant("Kremlin", RUSSIA),
            "russia": _Claimant("Russian defence ministry", RUSSIA),
            "ukraine": _Claimant("Ukrainian military", UKRAINE, vague=True),
        }[capital.lastgroup]
    if _ORG_NAME_RE.search(seg):  # "Air Command East", "the Southern Defence Forces"
        return _Claimant(_ORG_NAME_RE.search(seg).group(), side, regional=True)
    if (org := _ORG_SIDE_RE.search(seg)) is not None and org.group().isupper():  # "Ukraine's HUR", "the SBU": a body
        return _Claimant(org.group(), side)
    name = _person_name(seg)
    if name and parse_number(name) is not None:
        name = None  # "Sixty-four of the drones were shot down": a figure, no one's name
    if _OFFICE_RE.search(seg):
        prev_name = _person_name(previous) if previous and _NAME_RE.fullmatch(previous.strip()) else None
        office = _GOVERNOR_OF_RE.search(seg)
        name = (prev_name or name) if office and office.start() == 0 else (name or prev_name)
        regional = not re.search(r"\bhead\s+of\s+(?:the\s+)?(?:presidential|president|state|security|intelligence)", seg, re.I)
        if name:
            full = context.full_name(name)
            if side:
                context.person_sides.setdefault(full, side)
            if regional:
                context.regional_people.add(full)
            return _Claimant(full, side, person=True, regional=regional)
        return _Claimant(office.group() if office else seg, side, regional=regional)
    if name:
        full = context.full_name(name)
        regional = full in context.regional_people or full.split()[-1] in _REGIONAL_OFFICIALS
        return _Claimant(full, side or _PEOPLE_SIDES.get(full.split()[-1]), person=True, regional=regional,
                         body=_SPOKESPEOPLE.get(full.split()[-1]))
    if _GENERIC_BODY_RE.fullmatch(seg):  # "..., the agency said": the body named before, not one of its own
        return _Claimant(seg.lower(), side, vague=True)
    if _ORG_RE.search(seg):
        if _VAGUE_ORG_RE.match(seg):
            return _Claimant(f"{_SIDE_ADJ[side]} military" if side else seg, side, vague=True)
        return _Claimant(seg, side, vague=bool(re.search(r"officials|authorities", seg, re.I)))
    return None


# "Poland's operational command", "the Romanian defence ministry": a third country's body
_COUNTRY_ADJ = {
    "Poland": "Polish", "Romania": "Romanian", "Moldova": "Moldovan", "Belarus": "Belarusian", "Lithuania": "Lithuanian",
    "Latvia": "Latvian", "Estonia": "Estonian", "Finland": "Finnish", "Hungary": "Hungarian", "Slovakia": "Slovak",
}
_FOREIGN_BODY_RE = re.compile(
    rf"(?P<country>{'|'.join(_COUNTRY_ADJ)}|{'|'.join(_COUNTRY_ADJ.values())})(?:['’]s)?\s+(?P<body>[\w\s-]+)$", re.IGNORECASE
)

# Bodies whose name tells their side
_ORG_SIDE_RE = re.compile(
    r"\b(?=[A-Z])(?:(?P<russia>(?:Black\s+Sea|Baltic|Northern|Pacific)\s+Fleet|Caspian\s+Flotilla|(?:Western|Southern|Central|Eastern|"
    r"Leningrad|Moscow)\s+Military\s+District|Aerospace\s+Forces|Rosgvardia|FSB)|"
    r"(?P<ukraine>SBU|HUR|GUR|Unmanned\s+Systems\s+Forces|(?:Operational|Air)\s+Command|Territorial\s+Defen[cs]e|"
    r"Ukrenergo|Naftogaz))\b"
)
# ", reported the Air Force of the Armed Forces of Ukraine": a long name after the verb, still a claimant
_NAMED_BODY_RE = re.compile(r"\b(?:air\s+force|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|general\s+staff|navy)\b", re.I)
_SPOKESPERSON_RE = re.compile(
    r"\b(?:spokes(?:man|woman|person)|commander|chief)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s*$"
)
_SIDE_ADJ = {RUSSIA: "Russian", UKRAINE: "Ukrainian", None: ""}

# Spokespeople whose words are their body's claims
_SPOKESPEOPLE = {"Ihnat": "Ukrainian air force", "Konashenkov": "Russian defence ministry", "Pletenchuk": "Ukrainian navy"}


def _body_of(seg: str, person: str, side: str | None) -> str | None:
    """ "air force spokesman Yuriy Ihnat" -> "Ukrainian air force": the body the person speaks for."""
    if _AIR_FORCE_RE.search(seg):
        return f"{_SIDE_ADJ[side]} air force"
    if _NAVY_RE.search(seg):
        return f"{_SIDE_ADJ[side]} navy"
    if _MINISTRY_RE.search(seg) and side:
        return f"{_SIDE_ADJ[side]} defence ministry"
    return _SPOKESPEOPLE.get(person.split()[-1])


_PLATFORM = r"(?:Telegram|Facebook|Twitter|X|Viber|WhatsApp|YouTube|Instagram|TikTok|VKontakte|VK|Max)"
_PLATFORM_RE = re.compile(_PLATFORM)
_CALENDAR_RE = re.compile(rf"{_WEEKDAY_NAMES}|{_MONTH_NAMES}")
_ON_PLATFORM_RE = re.compile(rf"['’]s(?:\s+{_PLATFORM})?$")  # "Sergei Sobyanin's Telegram", "Sergei Sobyanin's posts"


def _person_name(seg: str) -> str | None:
    """The personal name in a phrase, without titles: "President Volodymyr Zelensky" -> "Volodymyr Zelensky"."""
    for m in reversed(list(_NAME_RE.finditer(seg))):
        name = _ON_PLATFORM_RE.sub("", m.group())  # "on Sergei Sobyanin's Telegram channel"
        if _PLATFORM_RE.fullmatch(name) or _CALENDAR_RE.fullmatch(name):
            continue  # "Bryansk governor Alexander Bogomaz on Telegram": where he wrote, not who; "on Saturday it ..."
        words = name.split()
        while words and (words[0].lower().strip(".") in _TITLES or _SIDE_RE.fullmatch(words[0]) or _PLACE_RE.fullmatch(words[0])):
            words.pop(0)
        words = [w for w in words if w.lower() not in _TITLES]
        org = [i for i, w in enumerate(words) if _ORG_WORD_RE.fullmatch(w)]
        if org:  # "Odesa Regional Military Administration Oleh Kiper": the name after the body's
            words = words[org[-1] + 1 :]
        if words and not _SIDE_RE.fullmatch(words[-1]) and not _PLACE_RE.fullmatch(" ".join(words)) and not _ORG_WORD_RE.search(" ".join(words)):
            if len(words) <= 3 and all(re.fullmatch(r"[A-Z][\w'’.-]*", w) for w in words):
                return " ".join(words)
    return None


def _same_segment(claims: list[tuple[int, _Claimant]], text: str, pos: int) -> list[tuple[int, _Claimant]]:
    """The claims of the ";"-part of the sentence that holds `pos`, when it has any: "..., the governor said; in
    total Russia launched 47 drones, according to the air force"."""
    if ";" not in text or not claims:
        return claims
    start, end = text.rfind(";", 0, pos) + 1, text.find(";", pos)
    end = len(text) if end < 0 else end
    inside = [c for c in claims if start <= c[0] < end]
    if inside or len(claims) > 1:
        return inside or claims
    # a lone sayer of the attacker's side that opens a later part with figures of its own says nothing of this one:
    # "Russia hits Ukraine's energy with 415 drones, 40 missiles; Moscow says it downed Neptunes"
    at, sayer = claims[0]
    part_end = text.find(";", at)
    attacker = _SIDE_RE.search(text, start, pos)
    return [] if (
        at >= end and attacker is not None and sayer.side == attacker.lastgroup
        and _WEAPON_RE.search(text, at, len(text) if part_end < 0 else part_end)
    ) else claims


def _nearest_claimant(claims: list[tuple[int, _Claimant]], pos: int) -> _Claimant | None:
    if not claims:
        return None
    return min(claims, key=lambda c: abs(c[0] - pos))[1]


# an office one person holds: "The Kursk governor said ... He later said"
_ONE_HOLDER_RE = re.compile(r"\b(?:governor|mayor|spokes(?:man|woman|person))$", re.IGNORECASE)


def _one_person(claimant: _Claimant) -> bool:
    return (claimant.person or _ONE_HOLDER_RE.search(claimant.name) is not None) and not _PRONOUN_RE.match(claimant.name)


def _resolve_pronoun(
    claimant: _Claimant, paragraphs: list[str], p_idx: int, prefix: str, context: _DocContext
) -> _Claimant | None:
    """ "he said": the last person reported as saying something before this point."""
    if not claimant.pronoun:
        return claimant
    texts = [prefix] + [paragraphs[i] for i in range(p_idx - 1, max(-1, p_idx - 4), -1)]
    for text in texts:
        people = [c for _, c in _claimants(text, context) if _one_person(c)]  # "..., X said. He said"
        if not people and ". " in text:  # "One person was killed .... Serhii Lysak, head of ..., reported this": sentence by sentence
            people = [c for part in _split_sentences(text) for _, c in _claimants(part, context) if _one_person(c)]
        if people:
            return people[-1]
    return None


_WHERE_CLAUSE_BEFORE_RE = re.compile(r",\s+(?:where|in\s+which|whose)\s+[^,;]*$", re.IGNORECASE)


def _adopt_claimant(sentence: _Sentence, open_rows: list[_Row], paragraphs: list[str], context: _DocContext) -> None:
    """ "..., the air force added." after a claim with a vague or no claimant names who made it."""
    if not _REPORT_RE.search(sentence.text):
        return
    claims = _claimants(sentence.text, context)
    if not claims:
        return
    claimant = claims[-1][1]
    if claimant.pronoun or claimant.vague or _ends(_WHERE_CLAUSE_BEFORE_RE, sentence.text, claims[-1][0], 120):
        return  # (not "..., both hit Kharkiv Oblast, where governor Oleh Syniehubov reported damage": his own news)
    own_paragraph = paragraphs[sentence.paragraph] if sentence.paragraph < len(paragraphs) else ""
    figures = _numberish(sentence.text.lower())
    toll = figures and _TOLL_RE.search(sentence.text) is not None
    for row in open_rows:
        if figures and not any(ev in own_paragraph for ev in row.evidence):
            continue  # a new paragraph's own statement ("Ukraine's navy said Russia had moved three warships ...")
        if toll and not any(claimant.name.split()[-1] in ev for ev in row.evidence):
            continue  # "At least five people were killed in the Lviv region, the regional governor said": his toll
        side = context.side_of(claimant)
        if (row.claimant is None or row.claimant.vague) and (side is None or row.attacker != side):
            row.claimant, row.adopted = claimant, True
