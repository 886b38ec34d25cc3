"""Which numbers in a sentence count weapons, and what each counts: the number with its
qualifier and weapon noun ("81 Russian drones", "a dozen", "both"), chains of counts that share
a verb, and each count's role (launched, intercepted, lost, hit) from the cue that governs it."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from sitrep.air_attacks.lexicon import (
    DOWNED,
    ENEMY,
    NUMBER_START,
    _AGENT_RE,
    _ALL_BEFORE_RE,
    _ALL_BUT_BEFORE_RE,
    _ANY_SIDE,
    _AUX_RE,
    _BARE_FOLLOW_RE,
    _BULLET_RE,
    _CHAIN_GAP_RE,
    _CLAUSE_RE,
    _COMMA_AND_RE,
    _CUE_LC,
    _CUE_ROLE,
    _DRONE,
    _EACH_RE,
    _GENERIC_TYPES,
    _IMMEDIATE_RE,
    _INCLUDING_RE,
    _LIST_ASIDE_RE,
    _MISSILE,
    _MIXED,
    _MIXED_TAIL_RE,
    _MODAL_LC,
    _MODIFIER_JUNK_RE,
    _MODIFIER_WORD_RE,
    _OF_PHRASE_RE,
    _OTHER_SIDE,
    _OWN_VERB_RE,
    _PART_AFTER_RE,
    _PART_BEFORE_RE,
    _PASSIVE_BEFORE_RE,
    _REVISE_VERB,
    _SIDE_RE,
    _STOPWORDS,
    _SUBJECT_GAP_RE,
    _TARGET_RE,
    _TOTAL_AFTER_RE,
    _TOTAL_BEFORE_RE,
    _TYPE_RE,
    _TYPES,
    _WEAPON_LC,
    _WEAPON_RE,
    _clause_end,
    _clause_start,
    _Count,
    _ends,
    _lead,
    _lower,
    _lowered,
    _numberish,
    _side_in,
)
from sitrep.numbers import NUMBER_WORD, NumberMention, find_numbers

# "Russia launched a ballistic missile", "shot down a Kh-59 missile": the article counts one weapon.
# "hit Ukraine with 96 drones and a ballistic missile": after another count too.
_ARTICLE_COUNT_LC = re.compile(
    r"\b(?:launch(?:ed|es|ing)?|fir(?:ed|es|ing)|hurl(?:ed|s|ing)|lobb(?:ed|s|ing)|unleash(?:ed|es|ing)|sent|used|shot\s+down|brought\s+down|downed|destroyed|intercepted|neutrali[sz]ed|"
    rf"(?i:{_DRONE}|{_MISSILE}|rockets|bombs)(?:\s+and|\s*,)|,\s+and|"  # (... "all fifteen Kalibrs, a single Iskander-M")
    rf"with(?=\s+an?\s+(?:[\w-]+\s+){{0,3}}?(?:missile|drone|uav)\s+and\s+(?:{NUMBER_START}|about|some|over|more|nearly|almost|around))|"
    r"(?:struck|strikes|hit|hits|attack(?:ed|s)?|target(?:ed|s))\s+(?:[\w'’.-]+\s+){1,8}?with)"
    r"\s+(?P<a>an?)\s"
)  # "launched a ballistic missile", "100 drones and a missile", "with a missile and 100 drones", "struck X with a missile"
# "a massive drone attack", "a drone strike": the weapon noun only describes another noun.
_NOUN_AFTER_RE = re.compile(
    r"[\s-]*(?:attacks?|strikes?|assaults?|raids?|barrages?|waves?|alerts?|threats?|warnings?|programmes?|programs?|"
    r"units?|operators?|production|launchers?|systems?|sites?|bases?|debris|fragments?|parts?|factory|plant)\b",
    re.IGNORECASE,
)

# "fired a new hypersonic missile": a kind of weapon introduced, not a count.
_NEW_KIND_RE = re.compile(r"\b(?:new|newest|latest|experimental|prototype|different|type\s+of|kind\s+of)\b", re.I)


def _is_singular(noun: str) -> bool:
    return not noun.lower().endswith("s") or noun.upper().endswith("ATACMS")


def _describes_noun(text: str, end: int, weapons: list[re.Match]) -> bool:
    """The weapon noun ending at `end` qualifies a noun after it: "drone attack", "drone and missile attack"."""
    tail = _MIXED_TAIL_RE.match(text[end : end + 16])  # anchored with `^`: on a slice, not with pos
    if tail is not None:
        nxt = next((w for w in weapons if w.start() == end + tail.end()), None)
        end = nxt.end() if nxt is not None else end
    return bool(_NOUN_AFTER_RE.match(text, end))


# "a 40-drone attack", "an eight-missile barrage": the weapons one attack was made with (the weapon
# patterns skip a noun after a hyphen: "anti-drone")
_COMPOUND_ATTACK_RE = re.compile(
    r"-(?P<noun>(?P<drone>drone|UAV|Shahed)|(?P<missile>missile|Kalibr|Iskander|Kinzhal))\s+"
    r"(?:attack|strike|assault|raid|barrage|wave|salvo|swarm)\b(?!-)",
    re.IGNORECASE,
)
_COMPOUND_ATTACK_LC = _lowered(_COMPOUND_ATTACK_RE)


# "a drone was shot down over the city": the article counts one weapon downed. The look-behind follows the "a"
# (not before it, where it would be the pattern's start) so that sre can skip ahead to an "a".
_SUBJECT_ARTICLE_LC = re.compile(
    r"(?P<a>a(?<![\w'’-]a)n?)\s(?=(?:[\w-]+\s+){0,3}?(?:drone|uav|missile)\s+(?:was|has\s+been|had\s+been)\s+"
    rf"{DOWNED}\b)"
)


def _subject_article(low: str) -> bool:
    return (" was " in low or " been " in low) and _SUBJECT_ARTICLE_LC.search(low) is not None


_ARTICLE_HINT_LC = re.compile(r"launch|fir|hurl|lobb|unleash|sent|used|neutrali|s and a|s, a|, and a|down|destroy|intercept|with a|^\W*an?\s")
# "A single Kh-101 cruise missile and 27 drones were launched": a subject opening with an article and a further count
_LEAD_ARTICLE_LC = re.compile(
    r"^[^\w]*(?P<a>an?)\s(?=(?:single\s+|lone\s+)?(?:[\w-]+\s+){0,3}?(?:missile|drone|uav)\s+(?:(?:and|along\s+with|as\s+well\s+as)\s+"
    rf"{NUMBER_START}|"
    # "A single Kinzhal missile was fired at ...", "A Kh-22 missile fired at Kremenchuk was not intercepted"
    r"(?:(?:fired|launched)\s[^,;.]{1,50}?\s)?(?:was|has\s+been|had\s+been)\s+"
    r"(?:fired|launched|sent|used|not\s+(?:intercepted|shot\s+down|downed|destroyed))\b))"
)  # cheap test before _ARTICLE_COUNT_LC


# "the single Kinzhal missile Russia fired": one, named with the definite article
_THE_SINGLE_LC = re.compile(r"\b(?P<a>the)\s(?=(?:single|lone)\s+(?:[\w-]+\s+){0,3}?(?:missile|drone|uav)\b)")


def _article_mentions(text: str, low: str, weapons: list[re.Match]) -> list[NumberMention]:
    """ "launched a ballistic missile" -> a count of 1 at "a", when a singular weapon noun heads the phrase."""
    out = []
    the_single = _THE_SINGLE_LC.finditer(low) if "single" in low or "lone" in low else ()
    for m in [*_ARTICLE_COUNT_LC.finditer(low), *_SUBJECT_ARTICLE_LC.finditer(low), *_LEAD_ARTICLE_LC.finditer(low), *the_single]:
        start, end = m.span("a")
        head = _weapon_after(text, end, weapons)
        if head is None:
            continue
        noun = head[1].group()
        if (
            not _is_singular(noun)
            or _describes_noun(text, head[1].end(), weapons)
            or _NEW_KIND_RE.search(text, end, head[0].start())
        ):
            continue
        out.append(NumberMention(value=1, start=start, end=end, text=text[start:end], qualifier_start=start))
    return out


_IDIOM_COUNT_LC = re.compile(r"\b(?:(?P<six>half\s+a\s+dozen)|(?P<two>an?\s+(?:couple|pair)(?:\s+of)?))\b")

# "23/35 drones shot down": a part and its total
_RATIO_RE = re.compile(rf"(?<![\w/.,-])\d+\s*/\s*(?P<total>\d+)(?=\s+(?:[\w-]+\s+){{0,2}}?(?:{_DRONE}|{_MISSILE}|{_MIXED})\b)", re.I)


def _ratio_mentions(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """The total of a ratio, which `find_numbers` leaves out after a slash."""
    found = [
        NumberMention(value=int(m["total"]), start=m.start("total"), end=m.end("total"), text=m["total"],
                      qualifier_start=m.start("total"))
        for m in _RATIO_RE.finditer(text)
    ]
    found = [f for f in found if not any(n.start == f.start for n in mentions)]
    return sorted(mentions + found, key=lambda n: n.start) if found else mentions


def _idiom_mentions(text: str, low: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """ "half a dozen" -> 6, "a couple of", "a pair of" -> 2, in place of the numbers inside them."""
    found = [
        NumberMention(value=6 if m.group("six") else 2, start=m.start(), end=m.end(), text=text[m.start() : m.end()],
                      qualifier_start=m.start())
        for m in _IDIOM_COUNT_LC.finditer(low)
    ]
    if not found:
        return mentions
    kept = [n for n in mentions if not any(f.start <= n.start < f.end for f in found)]
    return sorted(kept + found, key=lambda n: n.start)


_ONE_OF_THE_MOST_RE = re.compile(
    r"\s+of\s+(?:(?:the|its|their|his|her)\s+)?(?:\w+est|most\s+\w+|biggest|largest|heaviest|worst)\b", re.IGNORECASE
)
_FRACTION_AFTER_RE = re.compile(r"[-\s](?:thirds?|quarters?|fifths?|tenths?)\b", re.IGNORECASE)


def _counts(text: str, weapons: list[re.Match], low: str | None = None) -> list[_Count]:
    """Numbers of the sentence that count weapons or targets, or stand for such a count."""
    counts: list[_Count] = []
    consumed_until = -1
    mentions = find_numbers(text)
    if weapons and "/" in text:
        mentions = _ratio_mentions(text, mentions)
    if low is not None and weapons and ("half a" in low or "couple" in low or "pair" in low):
        mentions = _idiom_mentions(text, low, mentions)
    if low is not None and weapons and _ARTICLE_HINT_LC.search(low):
        articles = _article_mentions(text, low, weapons)
        if articles:
            mentions = sorted(mentions + articles, key=lambda m: m.start)
    for mention in mentions:
        if not mention.is_count or mention.start < consumed_until or _FRACTION_AFTER_RE.match(text, mention.end):
            continue  # the "two" of "two-thirds of the 90 drones" is a share, not a count
        if mention.value == 1 and _ONE_OF_THE_MOST_RE.match(text, mention.end):
            continue  # "launched one of its largest drone attacks": which attack, not how many
        count = _count_phrase(text, mention, weapons)
        if count is None:
            continue
        consumed_until = count.end
        counts.append(count)
    _link_parts(text, counts, weapons)
    return counts


# ", 92 missiles": a comma that only continues a list of counts
_LIST_COMMA_RE = re.compile(
    rf",\s*(?:and\s+)?(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to)\s+)?{NUMBER_START}",  # ", five Storm Shadows"
    re.IGNORECASE,
)


def _real_break(text: str, start: int, end: int) -> bool:
    """A clause break between `start` and `end` other than the commas of a list of counts."""
    return any(
        not (m.group() == "," and _LIST_COMMA_RE.match(text, m.start())) for m in _CLAUSE_RE.finditer(text, start, end)
    )


_OF_THEM_AFTER_RE = re.compile(r"\s+of\s+(?:them|these|those)\b", re.IGNORECASE)
# things counted in war news that are not aerial weapons, so "N of them" after them is a part of those
_OTHER_THINGS_RE = re.compile(
    r"(?:\d[\d,]*|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|dozens|several)(?!-))\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:attacks|assaults|clashes|engagements|battles|attempts|air\s+strikes|airstrikes|"
    r"sorties|bombs|shells|rockets|people|civilians|soldiers|troops|servicemen|personnel|settlements|villages|towns|"
    r"residents|children|women|men|patients|workers|employees|firefighters|rescuers|passengers)\b",
    re.IGNORECASE,
)


def _other_things_before(text: str, start: int, weapons: list[re.Match]) -> bool:
    """Whether the sentence before `start` last counted something other than aerial weapons, with no weapon named since."""
    last = None
    for last in _OTHER_THINGS_RE.finditer(text, 0, start):
        pass
    return last is not None and not any(last.end() <= w.start() < start for w in weapons)


def _count_phrase(text: str, mention: NumberMention, weapons: list[re.Match]) -> _Count | None:
    num_end = mention.end
    plus = _PLUS_RE.match(text, num_end)
    if plus is not None:  # "1,000-plus drones", "80+ shot down"
        num_end = plus.end()
    elif (or_so := _OR_SO_RE.match(text, num_end)) is not None:  # "the 100 or so drones": about 100
        num_end, mention = or_so.end(), replace(mention, qualifier="approx")
    after = text[num_end:]
    count = _Count(mention, num_end, plus=plus is not None)
    lead = _lead(text, mention.qualifier_start)
    including = ("includ" in lead or "among" in lead) and _ends(_INCLUDING_RE, text, mention.qualifier_start)
    count.breakdown = bool(including or _EACH_RE.match(after))
    count.complement = "all" in lead and bool(_ends(_ALL_BUT_BEFORE_RE, text, mention.qualifier_start))
    count.additional = ("other" in lead or "furth" in lead or "addition" in lead) and bool(
        _ends(_ADDITIONAL_BEFORE_RE, text, mention.qualifier_start)
    )
    revised = _ends(_REVISED_BEFORE_RE, text, mention.qualifier_start, 90) if lead.rstrip().endswith((" to", " at")) else None
    count.revision = revised is not None and _revises_weapons(revised)
    compound = _COMPOUND_ATTACK_RE.match(text, num_end) if text.startswith("-", num_end) else None
    if compound is not None:
        count.weapon = "drone" if compound.group("drone") else "missile"
        count.weapon_type = _weapon_type(compound.group("noun"))
        count.end, count.anaphoric, count.noun_role = compound.end("noun"), False, "launched"
        return count
    head = _weapon_after(text, num_end, weapons)
    if head is not None:
        first, last = head
        if _NON_AERIAL_RE.search(text, num_end, first.start()) or (
            _DEFENSIVE_RE.search(text, num_end, first.start()) and not _SAM_AT_GROUND_RE.search(text, num_end, first.start())
        ):  # ("four S-300 air defence missiles" fired at Kharkiv are the attack's: Russia strikes with its SAMs)
            return None  # "five naval drones", "60 Patriot interceptor missiles"
        if _is_singular(last.group()) and _weapon_class(last) != "mixed" and _describes_noun(text, last.end(), weapons):
            return None  # "85 drone attacks", "12 missile launchers": counts something else (not "means of air attack - ...")
        if _POSSESSIVE_NOUN_RE.match(text, last.end()):
            return None  # "40 drones' control points": the weapons own what is counted
        count.weapon = _weapon_class(first)
        count.end = last.end()
        phrase = text[num_end : last.end()]
        count.weapon_type = _weapon_type(phrase)
        of_type = _OF_TYPE_RE.match(text, count.end)
        if of_type is not None:  # "87 attack UAVs of the Shahed type"
            count.weapon_type = _specific_type(count.weapon_type, _weapon_type(of_type.group(1)))
        count.attacker = _side_in(phrase)
        count.weapon, count.end = _mixed_tail(text, count, weapons)
        count.attacker = count.attacker or _agent_after(text[count.end :])
        count.anaphoric = False
        return count
    shared = _shared_noun(text, num_end, weapons)
    if shared is not None:  # "8 ballistic and 12 cruise missiles": the noun of the next count
        count.weapon, count.weapon_type, count.end = shared
        count.anaphoric = False
        return count
    target = _TARGET_RE.match(after, len(after) - len(after.lstrip()))
    if target and _is_modifier_gap(after[: target.start()]):
        count.target = True
        count.end = num_end + target.end()
        return count
    noun = _STAND_IN_RE.match(after)
    if noun is not None:  # "30 Ukrainian ones", "39 successful interceptions"
        count.anaphoric, count.end = True, num_end + noun.end()
        count.attacker = _side_in(noun.group("side") or "")
        count.noun_role = "intercepted" if noun.group("intercepts") else None
        return count
    if not _BARE_FOLLOW_RE.match(after) and not (after.lstrip()[:1] == "(" and _ends(_LABELLED_RE, text, mention.start)):
        return None  # counts something else: "40 long-range precision weapons", "3 HIMARS rockets"
    if _OF_THEM_AFTER_RE.match(after) and _other_things_before(text, mention.start, weapons):
        return None  # "repelled 112 Russian attacks ..., with 38 of them in the Pokrovsk sector": part of the attacks
    count.anaphoric = True
    if after.lstrip()[:1] == "(" and _PAREN_MIXED_RE.match(after):
        paren_end = num_end + _PAREN_MIXED_RE.match(after).end()
        if len({_weapon_class(w) for w in weapons if num_end <= w.start() < paren_end}) > 1:
            count.weapon = "mixed"  # "Downed: 71 (2 missiles, 69 drones)": one figure for both
    return count


# "later raised the figure to 72", "revised the number of drones downed to 50", "put the national figure at 58"
_REVISED_BEFORE_RE = re.compile(
    rf"\b(?:{_REVISE_VERB}|(?P<put>puts?|putting|placed|gave|gives))\s+"
    r"(?:(?:the|its|their|that|this|his|her)\s+)?(?P<kind>[\w-]+\s+)?(?:figure|number|tally|count|total|estimate)s?\b"
    r"(?P<tail>(?:\s+[\w'’-]+){0,4}?)\s+(?(put)at|(?:up\s+|down\s+)?to)\s+$",
    re.IGNORECASE,
)
_FIGURE_KINDS = frozenset("initial earlier overall official previous national total final preliminary new updated".split())


def _revises_weapons(m: re.Match) -> bool:
    """ "raised the figure to 72", "put the number of drones launched at 98"; not "the casualty figure", "the
    number of injured"."""
    kind, tail = (m.group("kind") or "").strip().lower(), m.group("tail").lower()
    if kind and kind not in _FIGURE_KINDS and not _WEAPON_LC.fullmatch(kind):
        return False
    return not tail.strip() or any(rx.search(tail) is not None for rx in (_WEAPON_LC, _CUE_LC, _HEADING_LC))


_HEADING_LC = re.compile(r"\b(?:aimed|directed|headed|heading|flying)\b")  # "the number aimed at the capital"

# Nouns that stand for the weapons counted: "30 Ukrainian ones", "39 interceptions"
_STAND_IN_RE = re.compile(
    rf"\s+(?:(?P<side>{_ANY_SIDE}|enemy)\s+)?(?:more\s+|other\s+|successful\s+)?"
    r"(?:ones|(?P<intercepts>interceptions|intercepts|shoot-?downs))\b"
)
_PAREN_MIXED_RE = re.compile(r"\s*\([^()]{3,80}\)")

# "8 ballistic and 12 cruise missiles", "40 attack and 30 decoy drones": a kind whose noun is the next count's.
_ELLIPSIS_RE = re.compile(
    r"\s+(?P<kind>ballistic|cruise|hypersonic|aeroballistic|guided|decoy|imitator|attack|strike|Shahed(?:-type)?|"
    r"Geran(?:-\d)?|Kalibr|Kinzhal|Iskander(?:-[MK])?|(?:Kh|X)-\d+[A-Z]{0,3}(?:/\d+)?)\s*(?:,|and|or|&|as\s+well\s+as)\s+(?:all\s+|both\s+)?",
    re.IGNORECASE,
)
_ELLIPSIS_GAP_RE = re.compile(r"[\w,-]+\s+(?:[\w-]+\s+){0,3}")


def _shared_noun(text: str, pos: int, weapons: list[re.Match]) -> tuple[str, str | None, int] | None:
    """(weapon, type, end of the kind word) of "8 ballistic" in "8 ballistic and 12 cruise missiles"."""
    m = _ELLIPSIS_RE.match(text, pos)
    if m is None:
        return None
    noun = next((w for w in weapons if w.start() >= m.end()), None)
    if noun is None or not _ELLIPSIS_GAP_RE.fullmatch(text, m.end(), noun.start()):
        return None
    numbers = find_numbers(text[m.end() : noun.start()])
    if not numbers or not numbers[0].is_count or numbers[0].start != 0:
        return None
    return _weapon_class(noun), _weapon_type(m.group("kind")), m.end("kind")


# "Overnight: 76 Shahed drones and 2 Iskander-M missiles": a line labelled with a night counts what was launched
_TIME_LABEL_RE = re.compile(
    r"^(?:[^:“\"]{1,40}:\s*)?\W*(?:and\s+)?(?:on\s+)?(?:(?:overnight|last\s+night|tonight|this\s+night)(?:\s+(?:on|into|of)\s+[^:.;,]{1,20})?|(?:on\s+)?(?:the\s+)?night\s+of\s+[^:.;,]{1,25}|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+night)?|"
    r"\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2})(?:\s+alone)?\s*(?:[:,]|\s[–—-])\s",
    re.IGNORECASE,
)


def _time_label_role(text: str, paragraph: str) -> str | None:
    """ "Overnight: 76 Shahed drones", "This night, 477 drones and 60 missiles": a verbless line of a night's figures;
    so is a list of weapons with no verb that opens a quote ('"More than 700 drones and 19 missiles - this is how Russia
    answers," Zelensky wrote', '"Sixty-four drones, again at our energy sector," he said'); not a headline's ("54 drones
    and two Neptunes, says Russia": the body tells what became of them)."""
    if (":" in text or "," in text or " - " in text or "–" in text or "—" in text) and _TIME_LABEL_RE.match(text):
        return "launched"  # ("Last night alone - more than 90 drones and five missiles")
    if _BARE_LIST_RE.match(text) and (
        text[:1] in _QUOTE_OPENERS or _QUOTE_CLOSE_RE.search(text) is not None or _in_quote(paragraph, text)
    ):  # (a quote's later sentence too)
        return "launched"
    # "The air force later gave its own count: 632 drones and decoys and 51 missiles of various types."
    label = _COUNT_LABEL_RE.match(text) if ":" in text else None
    return "launched" if label is not None and _COUNT_LIST_RE.match(text, label.end()) else None


# a figure and its weapon with no verb: "476 drones", "forty-two Shahed attack drones"
_BARE_NUMBER = rf"(?:\d[\d,]*|(?:{NUMBER_WORD}|a\s+dozen)(?:[\s-]+(?:and\s+)?(?:{NUMBER_WORD}|hundred|thousand))*)"
_WEAPON_FIGURE = rf"{_BARE_NUMBER}\s+(?:[\w-]+\s+){{0,2}}?(?:{_DRONE}|{_MISSILE}|{_MIXED})(?![\w-])"


def _listed(item: str) -> str:
    """Items joined into one list: "a, b and c", "a plus b"."""
    return rf"{item}(?:\s*,?\s+(?:and|plus)\s+{item}|\s*,\s*{item})*"


_BARE_ITEM = (rf"(?:(?:more\s+than|over|about|almost|nearly|some|around|at\s+least)\s+)?{_WEAPON_FIGURE}"
              rf"(?:\s*,\s*including\s+[^,.;]{{1,40}}?,)?")
_BARE_LIST_RE = re.compile(
    rf"[\"“‘']?(?:[^:\"“”\d]{{3,60}}:\s+)?{_listed(_BARE_ITEM)}\s*(?:[,.;:!]|\s[-–—]\s|[\"”’]|$)", re.IGNORECASE
)
# ... the figures after such a label: "632 drones and decoys and 51 missiles of various types."
_COUNT_ITEM = (rf"{_WEAPON_FIGURE}(?:\s+(?:and|or)\s+(?:decoys|imitators|decoy\s+drones))?"
               r"(?:\s+of\s+(?:various|different|several)\s+types)?")
_COUNT_LIST_RE = re.compile(rf"{_listed(_COUNT_ITEM)}\s*(?:[.;]|$)", re.IGNORECASE)
_COUNT_LABEL_RE = re.compile(r"[^:]{0,80}\b(?:count|figures?|tally|numbers?|totals?|breakdown)\s*:\s+", re.IGNORECASE)
def _in_quote(paragraph: str, text: str) -> bool:
    """Whether `text` stands inside a quotation its paragraph opened before it ('... at dawn: "Massive attack on Odesa
    region. 34 drones, 3 Kalibr missiles. ..."')."""
    before = paragraph[: max(0, paragraph.find(text))]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


_QUOTE_OPENERS = frozenset("\"“‘'")
_QUOTE_CLOSE_RE = re.compile(r"[,.!?][\"”’]")
_PLUS_RE = re.compile(r"-?plus\b|\+")
_OR_SO_RE = re.compile(r"\s+or\s+so\b")
# "40 ballistic and cruise missiles", "101 Shahed-type and decoy drones": two kinds of one weapon counted together.
_KIND = (
    r"(?:ballistic|cruise|hypersonic|guided|attack|strike|decoy|imitator|dummy|kamikaze|reconnaissance|combat|"
    r"jet(?:-powered)?|fixed-wing|long-range|(?:Shahed|Geran|Gerbera)(?:-type|-\d+)?)"
)
_TYPE_PAIR_GAP_RE = re.compile(
    rf"(?:\s+[\w-]+)?\s+{_KIND}\s*(?:\s(?:and|or|and/or|&)\s|/)\s*{_KIND}(?:\s+[\w-]+)?\s+",
    re.IGNORECASE,
)
_OF_TYPE_RE = re.compile(r"\s+of\s+the\s+([\w-]+)\s+type\b", re.IGNORECASE)
# "five naval drones", "sea drones", "unmanned surface vessels": not aerial weapons.
# "60 Patriot interceptor missiles", "40 interceptor drones": weapons of the defence, not of the attack
_DEFENSIVE_RE = re.compile(
    r"\b(?:interceptors?|air[\s-]+defen[cs]e|anti-aircraft|surface-to-air|Patriot|IRIS-T|NASAMS|SAMP/T|Hawk|Stinger)\b", re.I
)
_SAM_AT_GROUND_RE = re.compile(r"\bS-[34]00\b")
_NON_AERIAL_RE = re.compile(
    r"\b(?:naval|sea|maritime|marine|surface(?![\s-]to[\s-]air)|underwater|ground|land|water|operational-tactical|interceptor|"
    r"Patriot|IRIS-T|NASAMS|SAMP/T|Stinger|Aster|AIM-\d+\w*|Hawk|Pantsir|Buk)\b",  # air defence's own missiles
    re.IGNORECASE,
)

# a plural's apostrophe ("drones' control points"), not a closing quote ("37 'Shahed' drones")
_POSSESSIVE_NOUN_RE = re.compile(r"(?<=[sS])['’]\s+(?!(?:were|was|had|have|and|or|of|said|says|in|on|at|over)\b)[a-z]")


def _weapon_after(text: str, pos: int, weapons: list[re.Match]) -> tuple[re.Match, re.Match] | None:
    """First and head weapon noun of a count phrase starting at `pos` ("Kh-101 cruise missiles")."""
    first = next((w for w in weapons if w.start() >= pos), None)
    if first is None:
        return None
    gap = text[pos : first.start()]
    if not _is_modifier_gap(gap) and not _TYPE_PAIR_GAP_RE.fullmatch(gap):
        return None
    last = first
    for w in weapons:
        if w.start() >= last.end() and _weapon_class(w) == _weapon_class(first):
            if not _is_modifier_gap(text[last.end() : w.start()]):
                break
            last = w
    return first, last


_ABBREVIATION_DOT_RE = re.compile(r"(?<=\b[A-Z])\.(?=[A-Z]\b|-)")


def _is_modifier_gap(gap: str) -> bool:
    """True for what may stand between a number and its noun: "", " Russian", " Shahed-type strike "."""
    if "." in gap:
        gap = _ABBREVIATION_DOT_RE.sub("", gap)  # "four U.S.-made ATACMS missiles"
    words = _MODIFIER_WORD_RE.findall(gap)
    if len(words) > 4 or any(w.lower() in _STOPWORDS or w.isdigit() for w in words):
        return False
    junk_only = bool(_MODIFIER_JUNK_RE.match(_MODIFIER_WORD_RE.sub("", gap)))
    return junk_only and (not gap or gap[0] in " -\u00a0\"”)")  # a closing quote: '"about 100" drones'


def _weapon_class(m: re.Match) -> str:
    return next(k for k in ("mixed", "drone", "missile") if m.group(k))


_TYPE_LC = _lowered(_TYPE_RE)


@lru_cache(maxsize=4096)  # count phrases repeat (" Shahed drones"); the scan has many alternatives
def _weapon_type(phrase: str) -> str | None:
    found = [(_type_name(m, phrase), m.start()) for m in _TYPE_LC.finditer(_lower(phrase))]
    specific = [name for name, _ in found if name not in _GENERIC_TYPES]
    if specific:
        return specific[0]
    if len({name for name, _ in found}) > 1:
        return None  # "ballistic and cruise missiles": no one type
    return found[0][0] if found else None


def _type_name(m: re.Match, text: str) -> str:
    """Canonical type of a `_TYPE_RE` match (each alternative is one named group: `lastgroup`)."""
    canonical = _TYPES[int(m.lastgroup[1:])][1]
    return canonical or "Kh-" + re.match(r"\d+", text[m.start() : m.end()].split("-", 1)[1]).group()


def _type_side(weapon_type: str | None) -> str | None:
    if not weapon_type:
        return None
    m = _TYPE_RE.fullmatch(weapon_type)
    return _TYPES[int(m.lastgroup[1:])][2] if m else None


_NO_WORD_RE = re.compile(r"\bno\b", re.IGNORECASE)  # "88 drones and no missiles": none of the second kind


def _mixed_tail(text: str, count: _Count, weapons: list[re.Match]) -> tuple[str, int]:
    """ "200 missiles and drones": one number counting both kinds is `mixed`."""
    for w in weapons:
        if w.start() < count.end:
            continue
        gap = text[count.end : w.start()]
        m = _MIXED_TAIL_RE.match(gap)
        if m and _is_modifier_gap(" " + gap[m.end() :]) and not find_numbers(gap) and not _NO_WORD_RE.search(gap):
            kind = _weapon_class(w)
            return ("mixed" if kind != count.weapon else count.weapon), w.end()
        break
    return count.weapon, count.end


def _agent_after(after: str) -> str | None:
    """ "108 drones launched by Russia", "the 90 drones Russia launched"."""
    m = _AGENT_RE.match(after)
    sides = [s.lastgroup for s in _SIDE_RE.finditer(m.group())] if m else []
    return sides[-1] if sides else None


def _link_parts(text: str, counts: list[_Count], weapons: list[re.Match]) -> None:
    """Mark parts and totals: "34 out of 81", "twenty-three of the thirty drones", "Of the 132, 88 ..."."""
    for count, nxt in zip(counts, [*counts[1:], None]):
        qstart = count.mention.qualifier_start
        lead = _lead(text, qstart)
        # "all 18 were shot down", "downed 10 of 12 drones and both missiles": as many launched too
        count.all_launched = ("all" in lead or "each" in lead or "every" in lead) and bool(_ends(_ALL_BEFORE_RE, text, qstart))
        count.all_launched = count.all_launched or (count.mention.text.lower() == "both" and not count.anaphoric and not count.target)
        count.total = count.total or ("of" in lead and bool(_ends(_TOTAL_BEFORE_RE, text, qstart)))
        count.part = ("of" in lead or "among" in lead) and bool(_ends(_PART_BEFORE_RE, text, qstart))
        of = _PART_AFTER_RE.match(text[count.end :])
        if nxt is not None and _TOTAL_AFTER_RE.match(text[count.end : nxt.mention.qualifier_start]):
            count.part, count.link, nxt.total = True, nxt, True
            _share(count, nxt)
        elif of is not None:
            count.part = True
            noun = _weapon_after(text, count.end + len(of.group().rstrip()), weapons)  # " attacking drones" after "of the"
            if noun is not None and count.anaphoric and _NON_AERIAL_RE.search(text, count.end, noun[0].start()):
                count.foreign = True  # "one of the sea drones": a part of the boats, not of an air attack
            elif noun is not None:  # "13 of the drones", "six of the Kalibrs"
                count.all_launched = count.all_launched or count.mention.text.lower() == "both"  # "Both of the missiles"
                count.weapon = count.weapon or _weapon_class(noun[0])
                count.weapon_type = count.weapon_type or _weapon_type(text[count.end : noun[1].end()])
                count.end = noun[1].end()
            elif count.anaphoric and _FOREIGN_PART_RE.match(text, count.end):
                count.foreign = True
        elif count.anaphoric and (own := _OF_ITS_OWN_RE.match(text, count.end)) is not None:
            noun = _weapon_after(text, own.end(), weapons)
            if noun is not None:  # "fired four of its new Flamingo cruise missiles": its own stock, not a part of a count
                count.weapon = count.weapon or _weapon_class(noun[0])
                count.weapon_type = count.weapon_type or _weapon_type(text[own.end() : noun[1].end()])
                count.end, count.anaphoric = noun[1].end(), False
                # "its" is the side named before: "Ukraine's Security Service said more than 100 of its drones ..."
                sides = [m.lastgroup for m in _SIDE_RE.finditer(text, 0, count.mention.start) if m.lastgroup != ENEMY]
                count.attacker = count.attacker or (sides[-1] if sides else None)


_OF_ITS_OWN_RE = re.compile(r"\s+of\s+(?:its|their)(?:\s+(?:own|new|latest))*(?=\s)")


# "3 of the injured were children": "of the" and a word that is neither a weapon nor a number
_FOREIGN_PART_RE = re.compile(
    r"\s+of\s+the\s+(?!(?:other|remaining|rest|total|launched|attacking|incoming|enemy|russian|ukrainian)\b)[a-z]+\b(?!-)"
)


def _share(part: _Count, total: _Count) -> None:
    """A part and its total count the same weapons, launched by the same side."""
    part.weapon = part.weapon or total.weapon
    total.weapon = total.weapon or part.weapon
    part.attacker = part.attacker or total.attacker
    total.attacker = total.attacker or part.attacker
    total.weapon_type = total.weapon_type or part.weapon_type


def _inside_count(cue: re.Match, counts: list[_Count]) -> bool:
    return any(c.mention.start <= cue.start() < c.end for c in counts)


def _chains(text: str, counts: list[_Count], cues: list[re.Match]) -> list[list[_Count]]:
    """Counts joined by "and" or commas that share one verb: "90 missiles ... and 100 drones were launched";
    not a comma splice where each has its own ("shot down 55 drones, 14 drones were lost")."""
    chains: list[list[_Count]] = []
    for count in counts:
        prev = chains[-1][-1] if chains else None
        listed = prev is not None and count.part and _listed_part(text, prev, count, cues)
        if (
            prev is not None
            and not prev.anaphoric
            and (listed or not count.anaphoric)
            and not (prev.part or count.total or (count.part and not listed))
            and _CHAIN_GAP_RE.match(gap := _OF_PHRASE_RE.sub("", _LIST_ASIDE_RE.sub("", text[prev.end : count.mention.qualifier_start])))
            and not (_COMMA_AND_RE.match(gap) and _OWN_VERB_RE.match(text, count.end))
            and not (gap.strip() == "," and _OWN_VERB_RE.match(text, count.end) and _verb_right_before(text, prev, cues))
        ):
            if prev.total and count.mention.text.lower() in ("a", "an"):
                count.all_launched = True  # "downed 23 of 27 drones and a Kh-59 missile": that one downed, not a total
            count.total = prev.total and not count.all_launched  # "out of 47 missiles and 64 drones", not "and all 4"
            count.breakdown = count.breakdown or (prev.breakdown and not _other_kind(counts, count))  # "including 3 missiles and 35 drones"
            chains[-1].append(count)
        else:
            chains.append([count])
    return chains


def _listed_part(text: str, prev: _Count, count: _Count, cues: list[re.Match]) -> bool:
    """ "said 563 drones, 10 of the ballistic missiles and seven of the cruise missiles had been shot down": a share of
    another weapon listed after a whole figure, under the same verb (not "launched 30 drones, 20 of the drones were
    downed", where the share has a verb of its own)."""
    return (not (prev.part or prev.total) and prev.weapon is not None and count.weapon is not None
            and not _verb_right_before(text, prev, cues))


def _verb_right_before(text: str, count: _Count, cues: list[re.Match]) -> bool:
    """ "neutralized 55 drones": the count is the object of a verb of its own."""
    start = count.mention.qualifier_start
    return any(c.end() <= start and _IMMEDIATE_RE.match(text[c.end() : start]) for c in cues)


def _other_kind(counts: list[_Count], count: _Count) -> bool:
    """ "67 missiles, including 35 Kh-101 ... and 8 Kalibr ..., and 194 drones": drones are no part of the missiles."""
    i = counts.index(count)
    parent = next((c for c in reversed(counts[:i]) if not c.breakdown), None)
    return parent is not None and parent.weapon in ("drone", "missile") and count.weapon not in (None, parent.weapon)


_BULLETS = " \t•·*-–—"
# weapons named, then said to be what a side sent: "..., 200 drones - that is what Russia sent against our people"
_CLEFT_AFTER_RE = re.compile(
    r"\s*[-–—,:]\s*(?:that|this)\s+(?:is|was|['’]s)\s+what\s+(?:the\s+)?(?:Russia|Russians|Moscow|the\s+enemy|Ukraine|Kyiv|"
    r"they|the\s+occupiers)\s+(?:has\s+|have\s+)?(?:sent|launched|fired|used|threw|hurled)\b",
    re.IGNORECASE,
)
# the head of a list item, its outcomes after a colon ("62 attack drones: 47 shot down, 12 locationally lost")
_HEAD_COLON_RE = re.compile(
    r"(?:\s*\([^()]{0,60}\))?(?:,\s+(?:launched|fired)\s+(?:from|by|over)\b[^:;.]{0,80})?\s*:\s*"
    r"(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|all|none|both|neither)\b)",
    re.IGNORECASE,
)


def _assign_roles(text: str, chain: list[_Count], cues: list[re.Match], list_role: str | None = None) -> None:
    """Give each count of a chain its role from the verb cue that governs it."""
    cue = _governing_cue(text, chain, cues)
    role = None if cue is None else _CUE_ROLE[cue.lastgroup]
    if cue is None and list_role and (not chain[0].anaphoric or _ends(_LABELLED_RE, text, chain[0].mention.qualifier_start)) and not (
        chain[0].anaphoric and any(c.end() <= chain[0].mention.start and not _NOUN_AFTER_CUE_RE.match(text, c.end()) for c in cues)
    ):  # "Overnight, air defences destroyed 49 UAVs: 20 over Bryansk, ...": the bare figures break down the verb's count
        # (an "attack" or "strike" that only names the weapon, "Shahed attack UAVs – 97", is no verb)
        role = list_role  # "- 2 Iskander-M missiles;" under "the enemy attacked with 128 air attack means:"
    head = chain[0]
    if cue is None and not head.anaphoric and head.weapon and _FRONTED_BESIDES_RE.fullmatch(text, 0, head.mention.qualifier_start):
        # "In addition to 35 attack drones, the enemy launched a single Iskander-M": the main verb's count too
        cue = next((c for c in cues if c.start() >= chain[-1].end), None)
        role = None if cue is None else _CUE_ROLE[cue.lastgroup]
    if role is None and len(chain) == 1 and not head.anaphoric and head.weapon and text.startswith(",", head.end) and (
        _FRONTED_OF_RE.fullmatch(text, _clause_start(text, head.mention.qualifier_start), head.mention.qualifier_start)
    ):
        role = "launched"  # "Of the 48 drones, our air defence destroyed 34": the whole the parts are taken from
    if role is None and cue is None and not head.anaphoric and head.weapon and _CLEFT_AFTER_RE.match(text, chain[-1].end):
        role = "launched"  # "Eight Kalibrs and about 200 drones - that is what Russia sent against our people"
    if role is None and cue is None and len(chain) == 1 and not head.anaphoric and head.weapon and (
        not text[: head.mention.qualifier_start].strip(_BULLETS) and _HEAD_COLON_RE.match(text, head.end)
    ):
        role = "launched"  # "• 9 Kh-101 cruise missiles, launched from the Engels area: 9 shot down": a list item's head
    negated = (role == "intercepted" and cue is not None and bool(_ends(_NEGATION_RE, text, cue.start()))
               and not (cue.end() <= head.mention.qualifier_start and _ELLIPTIC_AUX_RE.match(text, chain[-1].end)))
    if negated:  # "the 3 ballistic missiles were not intercepted", "could not be intercepted": launched, none downed
        role = "launched"
    if cue is None and role is None and chain[0].anaphoric and _ends(_LABELLED_RE, text, chain[0].mention.qualifier_start):
        if any(c.lastgroup in ("intercept", "combo", "lost", "ew") for c in cues) and _label_weapon(text, chain[0].mention.start):
            role = "launched"  # "Enemy drones: 72 (downed – 50, ...)": the number of that weapon
    if role == "launched" and _ends(_HITS_BY_RE, text, chain[0].mention.qualifier_start, 24):
        role = "hit"  # "hits by 3 attack UAVs were recorded": the drones that got through, not the number launched
    seg = text.rfind(";", 0, chain[0].mention.start) + 1
    if seg and (cue is None or cue.start() < seg) and not chain[0].anaphoric and _TIME_LABEL_RE.match(text[seg:].lstrip()):
        cue, role = None, "launched"  # "...; night of 2 May – 93 drones, 71 downed": that night's figures
    if not negated and cue is not None and (modal := _MODAL_LC.search(_lower(text[max(0, cue.start() - 40) : cue.start()]))) is not None:
        # "could launch up to 500 drones": a capability, not a claim; "Ukraine now shoots down nine out of ten
        # drones", "Russia typically launches": a habit ("now" only with a verb in the present)
        if not modal.group("now") or _PRESENT_RE.match(cue.group()):
            role = "none"
    if role == "launched" and cue is not None and cue.start() > chain[-1].end and _PRESENT_RE.match(cue.group()) and (
        _OBJECT_SUBJECT_RE.fullmatch(text, chain[-1].end, cue.start())
    ):
        role = "none"  # "half of the 100 or so drones Russia launches are decoys": what it does, not one attack
    if list_role == "none":
        role = "none"  # items of a list introduced as a week's or month's totals
    if cue is not None and _conditional(text, cue.start()):
        role = "none"  # "if Russia launches 800 drones": a hypothesis, not a claim
    if role == "launched" and cue is not None and _sent_away(text, cue, chain[-1]):
        role = "none"  # "North Korea has sent 100 KN-23 missiles to Russia": a supply, not an attack
    if role == "lost" and cue is not None and _equipment_loss(text, cue):
        role = "none"  # "Russia lost 1,150 troops, 9 tanks and 87 drones": losses of materiel, not jammed drones
    instrument = role == "intercepted" and _instrument(text, chain[0], cue)
    if instrument:
        role = "launched"  # "destroyed a Russian S-400 launcher with two Neptune missiles": the weapons used
    tail = chain[-1]
    if not tail.anaphoric and role != "none" and _RELATIVE_DOWN_RE.match(text, tail.end):
        role, tail.all_downed = "launched", True  # "..., and one Kh-59 missile, which was shot down"
    elif role == "launched" and cue is not None and cue.start() > tail.end and _AND_DOWNED_AFTER_RE.match(text, cue.end()):
        for count in chain:  # "four ballistic missiles had been launched at Kyiv and destroyed": all of them
            count.all_downed = True
    unreal = cue is not None and role == "none" and _CUE_ROLE[cue.lastgroup] != "none"  # modal or habitual
    for count in chain:
        if count.total:
            downed = _DOWNED_TOTAL_RE.match(text, count.end) and _ends(_CLAUSE_TOTAL_RE, text, count.mention.qualifier_start)
            count.role = "none" if unreal else "intercepted" if downed else "launched"
        elif count.target:
            # "Drone hits were recorded in 4 locations": a hit cue earlier in the clause names what counts
            start = _clause_start(text, count.mention.qualifier_start)
            hit_before = any(c.lastgroup == "hit" and start <= c.start() < count.mention.start for c in cues)
            count.role = "hit" if role == "hit" or hit_before else None
        elif count.noun_role:
            count.role = "none" if role == "none" or _modal_before(text, count) else count.noun_role
        else:
            count.role = None if role == "hit" else role
        count.none_downed = negated and not count.anaphoric
        if count.role in ("launched", "intercepted") and cue is not None:
            count.cue_role = "launched" if instrument else _CUE_ROLE[cue.lastgroup]
            count.cue_side = _subject_side(text, cue.start())
            if count.cue_side and count.cue_role == "launched" and _subject_is_target(text, cue):
                count.cue_side = _OTHER_SIDE.get(count.cue_side)  # "Kyiv was attacked by 20 drones": the target
            elif count.cue_side and count.cue_role == "intercepted" and _ends(_PASSIVE_BEFORE_RE, text, cue.start()):
                count.cue_side = None  # "of the 31 missiles Russia fired, 22 had been intercepted": no interceptor named
    head = chain[0]
    if head.link is not None and head.link.role is None:
        head.link.role = "none" if unreal else "launched"


def _modal_before(text: str, count: _Count) -> bool:
    """ "preparing a 1,000-drone attack": a noun that tells the role is no claim under a modal either."""
    start = count.mention.qualifier_start
    return _MODAL_LC.search(_lower(text[max(0, start - 40) : start])) is not None or _conditional(text, start)


_HITS_BY_RE = re.compile(r"\b(?:hits?|impacts?)\s+(?:by|from|of)\s+$", re.IGNORECASE)
_NOUN_AFTER_CUE_RE = re.compile(rf"\s+(?:{_DRONE}|{_MISSILE})(?![\w-])", re.IGNORECASE)
_FRONTED_BESIDES_RE = re.compile(r"[\W_]*(?:In\s+addition\s+to|Besides|Apart\s+from|As\s+well\s+as|Along\s+with|On\s+top\s+of)\s+")
_FRONTED_OF_RE = re.compile(r"[\W_]*(?:Of|Out\s+of)\s+(?:the|these|those|all\s+the)\s+")
_NEGATION_RE = re.compile(
    r"\b(?:not|never|n['’]t|(?:failed|unable)\s+to)(?:\s+(?:be|been|being|successfully))*\s+$", re.IGNORECASE
)
_OBJECT_SUBJECT_RE = re.compile(r"\s+(?:[\w'’-]+\s+){1,3}")  # the subject of a relative clause on the counted weapons
_PRESENT_RE = re.compile(r"\w+[^s\W]s\b")  # "shoots", "launches", not "was" or "downs" of "shot down"

# "destroyed a launcher with two Neptune missiles": the weapons a destroying verb used, not those destroyed
_INSTRUMENT_BEFORE_RE = re.compile(
    r"(?<![,;:])\s(?<!along\s)(?<!together\s)(?<!coupled\s)(?<!alongside\s)(?:with|using|by\s+means\s+of)\s+"
    r"(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least|up\s+to|a\s+total\s+of)\s+)?$",
    re.IGNORECASE,
)


def _instrument(text: str, head: _Count, cue: re.Match | None) -> bool:
    """The counts follow "with"/"using" after the object of an earlier destroying verb: weapons used."""
    start = head.mention.qualifier_start
    if cue is None or cue.end() > start or head.anaphoric or "with" not in text[cue.end() : start] and "using" not in text[cue.end() : start]:
        return False
    m = _ends(_INSTRUMENT_BEFORE_RE, text, start)
    return m is not None and m.start() > cue.end() + 2 and not _WEAPON_RE.search(text, cue.end(), m.start())


# "If Russia launches 800 drones", "unless the enemy fires 50 missiles": a condition, not an event.
_CONDITIONAL_RE = re.compile(
    r"\b(?:if|unless|suppose|supposing|in\s+(?:the\s+)?(?:event|case)\s+(?:of|that))\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE
)


def _conditional(text: str, cue_start: int) -> bool:
    lead = _lead(text, cue_start)
    return ("if" in lead or "unless" in lead or "suppos" in lead or "event" in lead or "case" in lead) and bool(
        _ends(_CONDITIONAL_RE, text, cue_start, 40)
    )


_SENT_TO_RE = re.compile(
    r"\s+to\s+(?:the\s+)?(?:Russia|Ukraine|Russian|Ukrainian|Kyiv|Moscow|Kiev|army|front|troops|units)\b", re.IGNORECASE
)
_STATIONED_RE = re.compile(r"\s+(?:(?i:to|near|along)|in(?=\s+[A-Z]))\s")  # "deployed 40 Iskanders to Belarus"


def _sent_away(text: str, cue: re.Match, tail: _Count) -> bool:
    """Weapons sent to an ally or stationed somewhere, not launched in an attack."""
    verb = cue.group().lower()
    if verb in ("sent", "sends"):
        return _SENT_TO_RE.match(text, tail.end) is not None
    return verb.startswith("deploy") and _STATIONED_RE.match(text, tail.end) is not None


# "... launched at Kyiv and destroyed", "fired at the city and all shot down": the same weapons, every one downed
_AND_DOWNED_AFTER_RE = re.compile(
    rf"[^,;.\d]{{0,40}}?\s+and\s+(?:were\s+|was\s+|had\s+been\s+|have\s+been\s+)?(?:all\s+|both\s+)?(?:successfully\s+)?{DOWNED}\b"
    r"(?!\s+(?:by\s+)?(?:[\w-]+\s+){0,2}\d)",
    re.IGNORECASE,
)
_RELATIVE_DOWN_RE = re.compile(
    r"\s*,\s*(?:which|that)\s+(?:was|were|had\s+been|have\s+been)\s+(?:all\s+|both\s+|also\s+)?(?:successfully\s+)?"
    rf"{DOWNED}\b",
    re.IGNORECASE,
)

# "Of the 337 drones destroyed overnight, 34 ...", ", out of 337 intercepted", ", part of the 68 it reported destroyed": a
# total of downed weapons (in "47 of 65 drones downed" the participle is the headline's verb for the part)
_DOWNED_TOTAL_RE = re.compile(rf"(?:\s+(?:it|they)\s+(?:reported|said|claimed)(?:\s+(?:it\s+had|had\s+been))?)?\s+{DOWNED}\b", re.I)
_CLAUSE_TOTAL_RE = re.compile(  # also "a third of the 87 Shaheds shot down": a share of the downed
    r"(?:(?:^|[,;:(–—]|\s-\s)\s*(?:out\s+|part\s+)?|\b(?:half|most|majority|third|quarter|two-thirds|three-quarters|per\s?cent)\s+|%\s+)"
    r"of\s+(?:a\s+total\s+of\s+|the\s+)?$",
    re.IGNORECASE,
)

# "Most of them, 52, were shot down", "most of the drones (52) were downed": a figure in apposition to a share
# takes the verb after its closing comma, dash or bracket
_APPOSED_SHARE_RE = re.compile(
    r"\b(?:most|all|half|the\s+majority|the\s+bulk)\s+of\s+(?:them|these|the\s+[\w-]+(?:\s+[\w-]+)?)\s*(?:,|\(|\s[-–—])\s*$",
    re.IGNORECASE,
)
_APPOSITION_CLOSE_RE = re.compile(r"\s*(?:,|\)|[-–—]\s)")

_OTHER_SUBJECT_RE = re.compile(
    r"\b(?:several|some|most|many|few|others?|the\s+rest|it|they)\s+(?:of\s+them\s+)?(?:were|was|had|have|are)\b", re.I
)

_OBSERVER_CUE_RE = re.compile(r"(?:report|record|regist|track|spott|detect|count|tall|logg)", re.IGNORECASE)
# "Kyiv suffered a massive attack involving 40 drones": the subject is what was attacked
_SUFFERED_RE = re.compile(
    r"\b(?:suffered|endured|faced|withstood|survived|experienced|came\s+under)\b|\bunder\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)  # searched up to the cue: "Kyiv was under (heavy) attack by 47 drones"

_DETECTION_RE = re.compile(r"(?:detected|tracked|recorded|registered|spotted|report(?:ed|s|ing)?)$", re.IGNORECASE)


def _subject_is_target(text: str, cue: re.Match) -> bool:
    """The side named before a launch verb is its target: passive ("Kyiv was attacked by"), a verb of
    suffering ("Ukraine faced 300 drones", "Kyiv suffered an attack involving 40 drones"), of detection
    ("Ukraine's air force tracked 15 drones")."""
    if cue.lastgroup == "target" or _DETECTION_RE.match(cue.group()) or _OBSERVER_CUE_RE.match(cue.group()):
        return True
    passive = not cue.group().split()[0].lower().endswith("ing") and _ends(_PASSIVE_BEFORE_RE, text, cue.start())
    if passive:
        return True
    window_start = max(0, cue.start() - 60)
    sides = list(_SIDE_RE.finditer(text, window_start, cue.start()))
    after_subject = sides[-1].end() if sides else window_start  # the verb between the subject and the cue
    return _SUFFERED_RE.search(text, after_subject, cue.start()) is not None


def _equipment_loss(text: str, cue: re.Match) -> bool:
    """ "Russian forces had lost 87 drones": a side that lost something, not drones that were lost."""
    return (
        cue.group().lower() == "lost"
        and not _ends(_PASSIVE_BEFORE_RE, text, cue.start())
        and _subject_side(text, cue.start()) is not None
    )


_TO_BE_RE = re.compile(r"\s+(?:more\s+|others?\s+|of\s+them\s+)?to\s+(?:be\s+|have\s+been\s+)?(?:locationally\s+)?")
_ELLIPTIC_AUX_RE = re.compile(r"\s+(?:were|was|had\s+been|have\s+been)\s*(?:[.;]|$)")


_WHICH_OUTCOME_AFTER_RE = re.compile(r",\s+(?:all|none|both|each|most|[\w-]+)\s+of\s+which\s", re.IGNORECASE)
# the noun a participle follows ("12 rockets fired from HIMARS launchers and 67 drones": rockets are listed, not counted)
_WEAPON_BEFORE_RE = re.compile(rf"\b(?:{_DRONE}|{_MISSILE}|rockets|shells|bombs)\s+$", re.IGNORECASE)


# the items of a list between a verb and its last object: " four Storm Shadow cruise missiles, 10 HIMARS rockets and "
_LIST_GAP_RE = re.compile(r"[^.;:!?]{0,120}?,[^.;:!?]{0,80}?\s(?:and|as\s+well\s+as)\s+")


def _describing_participle(text: str, cue: re.Match) -> bool:
    """A launch verb right after a weapon noun only describes it ("missiles launched from the Black Sea")."""
    return cue.lastgroup == "launch" and _WEAPON_BEFORE_RE.search(text, 0, cue.start()) is not None


def _governing_cue(text: str, chain: list[_Count], cues: list[re.Match]) -> re.Match | None:
    """The verb a chain of counts belongs to, most trusted first.

    A verb right after the counts ("46 were lost", "12 remain unaccounted for") wins, except a
    bare participle that only describes the noun ("40 drones launched by Russia" after "shot
    down"); then the nearest verb before them in the clause, one after them in the clause, and
    finally any verb before them in the sentence. A number without a noun of its own needs a
    verb right next to it ("shot down 60") or a partitive ("46 of them").
    """
    head, tail = chain[0], chain[-1]
    partitive = head.part and head.link is not None
    if partitive:  # "34 of the 90 drones Russia launched were shot down": a part is never the number launched
        cues = [c for c in cues if c.lastgroup != "launch"]
    start = head.mention.qualifier_start
    end = tail.link.end if tail.part and tail.link is not None else tail.end
    if head.anaphoric and (close := _APPOSITION_CLOSE_RE.match(text, end)) and _ends(_APPOSED_SHARE_RE, text, start):
        end = close.end()
    elif (aside := _REPORT_ASIDE_RE.match(text, end) or _LAUNCH_ASIDE_RE.match(text, end)) is not None:
        end = aside.end()  # "Fifty-eight drones, the air force said, were launched", "..., fired from Crimea, were used",
        # "Neither of the missiles, which were fired from over Kursk, was intercepted"
    along = _ends(_ALONG_WITH_BEFORE_RE, text, start) if "with" in text or "as well" in text else None
    if along is not None:  # "downed 48 drones over three regions, along with two Neptune missiles": the same verb's object
        downing = next((c for c in reversed(cues) if c.end() <= along.start() and c.lastgroup in ("intercept", "combo")
                        and not _RELATIVE_LEAD_RE.search(text, _clause_start(text, c.start()), c.start())  # ", 406 of which were
                        and not _ends(_RELATIVE_CUE_RE, text, c.start())), None)  # downed, along with": a relative clause's
        if downing is not None and not any(downing.end() <= c.start() < along.start() and c.lastgroup in ("intercept", "combo", "ew", "lost")
                                           for c in cues if c is not downing):
            return downing
    if _ELLIPTIC_AUX_RE.match(text, end):  # "The missile was not shot down; 27 of the drones were.": the verb before
        prior = next((c for c in reversed(cues) if c.end() <= start), None)
        if prior is not None and prior.lastgroup in ("intercept", "combo", "ew", "lost"):
            return prior
    clause_start, clause_end = _clause_start(text, start), _clause_end(text, end)
    later = [c for c in cues if end <= c.start() < clause_end]
    earlier = [c for c in cues if clause_start <= c.end() <= start]
    if earlier and _describing_participle(text, earlier[-1]) and (
        len(earlier) > 1 or any(c.end() <= clause_start and c.lastgroup != "launch" for c in cues)
    ):
        earlier = earlier[:-1]  # "shot down 12 missiles launched from the Black Sea and 30 drones": that participle describes
    label = next((c for c in reversed(cues) if c.end() <= start), None)
    if (
        label is not None
        and (
            ((":" in text[label.end() : start] or "?" in text[label.end() : start])
             and _LABEL_GAP_RE.match(text, label.end(), start))
            or _DASH_LABEL_RE.match(text, label.end(), start)
            or (";" in text or " — " in text or " – " in text) and _ITEMS_AFTER_LABEL_RE.fullmatch(text, label.end(), start)
        )
        and not (later and _IMMEDIATE_RE.match(text[end : later[0].start()]))
        and not any(ch.isdigit() for ch in text[_clause_start(text, label.start()) : label.start()])
    ):
        return label  # "shot down: 104", "Drones launched by Russia overnight: 73": a label and its figure
    if later and _IMMEDIATE_RE.match(text[end : later[0].start()]):
        between = text[end : later[0].start()]
        participle = later[0].lastgroup in ("launch", "other")  # "40 drones launched by", "missiles supplied by"
        if participle and not _AUX_RE.search(between):
            # "25 drones launched by Ukraine had been shot down": the passive verb after the participle rules
            # "the 40 drones used in the raid cost $20,000 each": so does a main verb of another kind
            main = next(
                (c for c in later[1:] if c.lastgroup in ("other", "none") or _ends(_PASSIVE_BEFORE_RE, text, c.start())), None
            )
            if main is not None and " and " in text[later[0].end() : main.start()] and _ends(_COORDINATED_SUBJECT_RE, text, main.start()):
                main = None  # "30 drones attacked Odesa and 26 of them were shot down": that verb has a subject of its own
            if main is not None:
                return main
        if participle and not earlier and not _AUX_RE.search(between):
            # "shot down four Storm Shadow missiles, 10 HIMARS rockets and 35 drones launched by Ukraine": the downing
            # verb before the list rules its last item too
            prior = next((c for c in reversed(cues) if c.end() <= start), None)
            if prior is not None and prior.lastgroup in ("intercept", "combo") and _LIST_GAP_RE.fullmatch(text, prior.end(), start):
                return prior
        if not participle or not earlier or _AUX_RE.search(between):
            return later[0]
    if head.anaphoric and later and _TO_BE_RE.fullmatch(text, end, later[0].start()):
        return later[0]  # "electronic warfare caused 15 more to be lost"
    if head.anaphoric and not head.total:
        if earlier and _IMMEDIATE_RE.match(text[earlier[-1].end() : start]):
            return earlier[-1]
        if earlier and "of" in text[clause_start:start] and _NUMBER_OF_RE.search(text, clause_start, start):
            return earlier[-1]  # "the number of drones launched rose to 810"
        if not head.part:
            return None
    if later and not earlier and _OTHER_SUBJECT_RE.search(text, end, later[0].start()):
        later = []  # "19 drones violated its airspace and several were shot down": the verb has a subject of its own
    if later and _RELATIVE_GAP_RE.fullmatch(text, end, later[0].start()):
        # "All 12 drones that targeted the capital were destroyed": the relative clause describes them; the passive rules
        main = next((c for c in later[1:] if _ends(_PASSIVE_BEFORE_RE, text, c.start())), None)
        if main is not None:
            return main
    if earlier or later:
        return earlier[-1] if earlier else later[0]
    before = [c for c in cues if c.end() <= start]
    if before and ("hich" in text or "hat" in text or " of " in text):  # "which", "that", "of them"
        before = [c for c in before if not _ends(_RELATIVE_CUE_RE, text, c.start())]
    before = [c for c in before if not _RELATIVE_LEAD_RE.search(text, _clause_start(text, c.start()), c.start())]
    if before and ";" in (gap := text[before[-1].end() : start]) and ":" not in gap and chain[0].weapon and not (
        _WHICH_OUTCOME_AFTER_RE.match(text, end)  # "...; 11 Kalibr missiles, all of which were destroyed; and ...": listed
    ):
        before = []  # "...; 3 ballistic missiles, none intercepted": an item of its own, not the verb of the one before
        # (but "struck Kharkiv with: 3 S-300 missiles; 5 Shahed drones" lists the verb's objects)
    if before and ")" in text[before[-1].end() : start]:  # "89 drones (62 shot down, 25 lost) and 2 missiles"
        before = [c for c in before if not _PAREN_CLOSED_RE.match(text, c.end(), start)]
    if len(before) > 1 and _describing_participle(text, before[-1]):
        before = before[:-1]  # "shot down four missiles, 12 rockets fired from HIMARS launchers and 67 drones": a participle
    if before:  # not the verb of a relative clause: "3 missiles, all of which were shot down, and 50 drones"
        return before[-1]
    # "two of four missiles, and 60 of 80 drones, were intercepted", "Of these, 405 drones, 14 of the cruise missiles
    # and ... were shot down": the verb after the list of parts
    # (not one inside a bracket of its own: "88 of 121 (a further 26 locationally lost)")
    listed = head.part and _PARTS_LISTED_AFTER_RE.match(text, end) is not None
    return next((c for c in cues if c.start() >= end and "(" not in text[end : c.start()]), None) if partitive or listed else None


_ALONG_WITH_BEFORE_RE = re.compile(
    r",?\s+(?:along\s+with|as\s+well\s+as|together\s+with)\s+(?:(?:all|both|the)\s+)?$", re.IGNORECASE
)
_PARTS_LISTED_AFTER_RE = re.compile(r",\s+(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+of\s+the\s")  # ", 14 of the cruise missiles"


# "the seven missiles that Russia launched overnight were destroyed": a relative clause, with its own subject
_RELATIVE_GAP_RE = re.compile(r"\s+(?:that|which)\s+(?:(?:Russia|Ukraine|Moscow|Kyiv|the\s+enemy|it|they)\s+(?:had\s+|has\s+)?)?")
# "... and 26 of them were", "... and most were": a coordinated clause whose passive verb has its own subject
_COORDINATED_SUBJECT_RE = re.compile(
    r"\band\s+(?:that\s+)?(?:only\s+|just\s+)?(?:\d[\d,]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+(?:teen|ty))(?:-[a-z]+)?|"
    r"most|all|some|several|many|others|the\s+rest|half|a\s+third|two-thirds|a\s+quarter|three-quarters)\s+"
    r"(?:in\s+(?:every\s+)?[\w-]+\s+)?(?:of\s+(?:them|these|those)\s+)?"
    r"(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:successfully\s+)?$"
)  # ("... and only one in five was shot down"); matched with pos/endpos: `$` is the verb's start; case-sensitive, so "launched by Russia and Belarus were" is no match


# ", fired from occupied Crimea," between a list of counts and its verb
_LAUNCH_ASIDE_RE = re.compile(
    r",\s+(?:which\s+(?:were|was|had\s+been)\s+)?(?:fired|launched|sent)\s+(?:from|by|at|over)\s+[^,;.]{1,80},\s*"
    r"(?=(?:were|was|had|have)\s)"
    # "None of the Kh-22s - Soviet-era missiles that carry a 950kg warhead - were intercepted"
    r"|(?:\s[-–—]|\s+(?:that|which)\b)\s+(?:(?:[^-–—;.]|-(?=\S)){1,120}?\s[-–—]\s+)?(?=(?:were|was|had|have)\s)"
)
# ", the air force said," between a count and its verb
_REPORT_ASIDE_RE = re.compile(
    r"\s*(?P<open>[,–—])\s*(?:[\w'’.-]+\s+){1,6}?(?:said|says|reported|reports|claimed|claims|added|stated|announced|wrote)"
    r"(?:\s+on\s+[\w-]+)?\s*(?P=open)(?=\s+[a-z])"
)
_NUMBER_OF_RE = re.compile(
    rf"\b(?:number|total|tally)\s+of\s+(?:[\w'’-]+\s+){{0,4}}?(?:{_DRONE}|{_MISSILE})\b[^,;:]{{0,60}}?\b"
    r"(?:was|were|is|at|rose\s+to|reached|stood\s+at|totall?ed|came\s+to|amounted\s+to|(?:climbed|increased|jumped|grew)\s+to)"
    r"\s+(?:a\s+(?:record|new\s+high)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)  # matched with pos/endpos: `$` is the count's start
_RELATIVE_LEAD_RE = re.compile(r"\b(?:which|whom|of\s+them|of\s+these)\b", re.IGNORECASE)
_DASH_LABEL_RE = re.compile(r"\s*[–—-]\s*$")  # "Shot down – 41"
# "Shot down/suppressed: Kh-101 — 20; UAVs — 620": items of one label, each with its own weapon
_ITEMS_AFTER_LABEL_RE = re.compile(rf"\s*:\s*(?:[^.!?:;]{{1,40}}?\s[–—-]\s*{NUMBER_START}[\w\s,-]*?\s*;\s*)*[^.!?:;]{{1,40}}?\s[–—-]\s*")
# matched with pos/endpos: `$` is the count's start; a question answered by the figure is a label too
# ("How many drones did Russia launch? 120")
_LABEL_GAP_RE = re.compile(r"[^:;.!?,\d]{0,60}[:?]\s*$")

# "..., of which 49 were shot down, and 81 drones ...": that verb belongs to its relative clause
_RELATIVE_CUE_RE = re.compile(
    r"\b(?:of\s+(?:which|them|these)|which|that)\s+(?:[\w-]+\s+)?(?:were|was|had\s+been|have\s+been)\s+$", re.IGNORECASE
)

_LABEL_TAIL_RE = re.compile(
    r"\s*(?:\([^()]{1,30}\))?(?:\s+(?:over|on|in|near|from|(?:launched|fired)\s+from)\s+(?:the\s+)?[A-Z][^:;|()\d]{1,60})?\s*"
)
_LABELLED_RE = re.compile(r"(?:[\w)]:|[\w)]\s[–—-])\s*$")  # "Kh-101: 8", "Kalibr — 6"
_PAREN_CLOSED_RE = re.compile(r"[^()]*\)")


def _subject_side(text: str, cue_start: int) -> str | None:
    """Side named as the subject of a verb: "Russia launched", "Ukrainian air defences downed"."""
    window = text[max(0, cue_start - 60) : cue_start]
    for m in reversed(list(_SIDE_RE.finditer(window))):
        gap = window[m.end() :]
        if _PREPOSITION_END_RE.search(window, 0, m.start()):
            continue  # "Russia's attack on Ukraine involved 315 drones": the object of a preposition
        if _SUBJECT_GAP_RE.fullmatch(gap) and not _WEAPON_RE.search(gap):  # not "Russian drones were downed"
            return None if _REPORTS_IN_GAP_RE.search(gap) else m.lastgroup
    return None


# "Ukraine reports 179-drone attack", "Ukraine's air force said the barrage included": the side that reports, not the
# subject (but "Ukraine said it had hit ... with 40 drones")
_REPORTS_IN_GAP_RE = re.compile(
    r"\b(?:report(?:s|ed)?|says?|said|claim(?:s|ed)?|announc(?:es|ed)|confirm(?:s|ed)?)\s+(?!(?:that\s+)?(?:it|its|they|their|we|our)\b)",
    re.IGNORECASE,
)
_PREPOSITION_END_RE = re.compile(
    r"\b(?:on|against|at|into|towards?|over|across|in|of|from|near|to)\s+(?:the\s+|an?\s+)?"
    r"(?:(?:north|south|east|west|central)(?:ern|-?(?:east|west)(?:ern)?)?\s+)?$",  # "an attack on western Ukraine"
    re.IGNORECASE,
)

_ADDITIONAL_BEFORE_RE = re.compile(r"\b(?:another|(?:a\s+)?further|(?:an\s+)?additional)\s+$", re.IGNORECASE)

_LABEL_SEP_RE = re.compile(r":|\s[–—-]\s")
# a label's figures follow it at once ("drones – 83 launched", "Kh-101: launched 6"), not after a clause ("— a mix of
# drones and missiles — overnight, and that 97 of them")
_FIGURES_NEXT_RE = re.compile(rf"\s*(?:[\w/-]+\s+){{0,2}}?(?:{NUMBER_START}|(?:all|none|no)\b)", re.I)


def _label_weapon(text: str, pos: int) -> tuple[str, str | None] | None:
    """The weapon a list of bare figures is labelled with: "Shahed drones: 112 launched, 79 shot down; ..."."""
    seg_start = text.rfind(";", 0, pos) + 1
    seps = list(_LABEL_SEP_RE.finditer(text, seg_start, pos))  # "Shahed drones: 112", "drones – 83 launched"
    colon = seps[-1].start() if seps else -1
    seg_start = seps[-2].end() if len(seps) > 1 else seg_start  # "Results — launched/downed: Shahed drones: 142"
    if colon < 0 or not _FIGURES_NEXT_RE.match(text, seps[-1].end()) or _numberish(_lower(_WEAPON_RE.sub("", _BULLET_RE.sub("", text[seg_start:colon], count=1)))):
        return None
    # the weapon last before the colon, perhaps with its type in brackets or its place after it: "Ballistic missiles
    # (Iskander-M): 3", "Shahed UAVs over the Mykolaiv and Kherson regions: 17"
    label = [w for w in _WEAPON_RE.finditer(text, seg_start, colon) if _LABEL_TAIL_RE.fullmatch(text, w.end(), colon)]
    if not label:
        return None
    return _weapon_class(label[-1]), _weapon_type(text[seg_start:colon])


def _specific_type(a: str | None, b: str | None) -> str | None:
    if a is None or (a in _GENERIC_TYPES and b is not None):
        return b
    return a
