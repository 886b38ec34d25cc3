"""Where a claim happened and where it came from: regions named for a claim (Ukrainian
oblasts, Russian regions, seas), the launch site ("from Cape Chauda") and the claim's scope
(`regional` for a governor's or regional air command's count, else `national`); and figures given
place by place ("15 over Kyiv and 12 over Odesa"), parts of one figure."""
from __future__ import annotations

import re
from dataclasses import replace

from sitrep.air_attacks.lexicon import _SIDE_RE, _Count, _Row

# Normalised name -> spellings (oblast/region names and their main cities, seas).
_GAZETTEER: dict[str, str] = {
    # Ukraine
    "Kharkiv": r"Kharkiv|Kharkov", "Odesa": r"Odesa|Odessa", "Dnipropetrovsk": r"Dnipropetrovsk|Dnipro|Kryvyi\s+Rih|Nikopol|Pavlohrad",
    "Mykolaiv": r"Mykolaiv", "Lviv": r"Lviv", "Sumy": r"Sumy|Shostka|Konotop", "Chernihiv": r"Chernihiv",
    "Poltava": r"Poltava|Kremenchuk", "Cherkasy": r"Cherkasy", "Vinnytsia": r"Vinnytsia",
    "Zhytomyr": r"Zhytomyr", "Khmelnytskyi": r"Khmelnytskyi|Khmelnytskyy", "Rivne": r"Rivne", "Volyn": r"Volyn|Lutsk",
    "Ternopil": r"Ternopil", "Ivano-Frankivsk": r"Ivano-Frankivsk", "Chernivtsi": r"Chernivtsi",
    "Zakarpattia": r"Zakarpattia|Uzhhorod", "Kirovohrad": r"Kirovohrad|Kropyvnytskyi", "Kherson": r"Kherson",
    "Zaporizhzhia": r"Zaporizhzhia|Zaporizhia|Zaporozhye", "Donetsk": r"Donetsk|Kramatorsk|Sloviansk|Pokrovsk",
    "Luhansk": r"Luhansk", "Kyiv": r"Kyiv|Kiev|Bila\s+Tserkva",
    # Russia
    "Belgorod": r"Belgorod", "Kursk": r"Kursk", "Bryansk": r"Bryansk", "Oryol": r"Oryol|Orel",
    "Voronezh": r"Voronezh", "Rostov": r"Rostov|Taganrog|Millerovo", "Krasnodar": r"Krasnodar|Novorossiysk|Yeysk",
    "Lipetsk": r"Lipetsk", "Tula": r"Tula", "Kaluga": r"Kaluga", "Smolensk": r"Smolensk", "Ryazan": r"Ryazan",
    "Tambov": r"Tambov", "Leningrad": r"Leningrad", "Pskov": r"Pskov", "Novgorod": r"Novgorod", "Tver": r"Tver",
    "Yaroslavl": r"Yaroslavl", "Saratov": r"Saratov|Engels", "Volgograd": r"Volgograd", "Astrakhan": r"Astrakhan",
    "Tatarstan": r"Tatarstan|Kazan|Yelabuga|Alabuga", "Bashkortostan": r"Bashkortostan", "Chechnya": r"Chechnya",
    "Dagestan": r"Dagestan", "Penza": r"Penza", "Ivanovo": r"Ivanovo", "Samara": r"Samara", "Murmansk": r"Murmansk",
    "Kaliningrad": r"Kaliningrad", "Stavropol": r"Stavropol", "Moscow": r"Moscow", "Nizhny Novgorod": r"Nizhny\s+Novgorod",
    "St Petersburg": r"St\.?\s+Petersburg|Saint\s+Petersburg", "Crimea": r"Crimea", "Sevastopol": r"Sevastopol",
    # seas
    "Black Sea": r"Black\s+Sea", "Sea of Azov": r"Sea\s+of\s+Azov|Azov\s+Sea", "Caspian Sea": r"Caspian\s+Sea",
    "Baltic Sea": r"Baltic\s+Sea", "Gulf of Finland": r"Gulf\s+of\s+Finland",
}
_CAPITALS = {"Kyiv", "Moscow"}  # also stand for governments ("Kyiv said"): need a place context
_PLACE_NAMES = list(_GAZETTEER)
_GAZETTEER_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(f"(?P<g{i}>{alts})" for i, alts in enumerate(_GAZETTEER.values())) + r")(?![\w-])"
)
_CAPITAL_PLACE_BEFORE_RE = re.compile(
    r"(?:\b(?:over|on|at|in|into|towards?|near|above|against|around|targeted|struck|hit|attacked|across)\s+(?:the\s+)?"
    r"|,\s*|\band\s+)$",
    re.IGNORECASE,
)
_REGION_AFTER_RE = re.compile(r"^\s*(?:region|oblast|province|city|regions|oblasts)\b", re.IGNORECASE)
_POSSESSIVE_AFTER_RE = re.compile(r"^['’]s\b|^\s+(?:said|says|claimed|claims|reported|regime|government)\b")

_FIRST_WORDS = frozenset(re.findall(r"(?<![\\\w])[A-Z][\w-]*", "|".join(_GAZETTEER.values())))
_CAPITALISED_RE = re.compile(r"(?<![\w-])[A-Z][\w-]*")


def _regions(text: str) -> list[str]:
    """Oblasts, Russian regions and seas named in the evidence, normalised, in order of mention."""
    out: list[str] = []
    last_end = 0
    for word in _CAPITALISED_RE.finditer(text):  # cheap: only known first words try the gazetteer
        if word.group() not in _FIRST_WORDS or word.start() < last_end:
            continue
        m = _GAZETTEER_RE.match(text, word.start())
        if m is None:
            continue
        last_end = m.end()
        name = _PLACE_NAMES[int(m.lastgroup[1:])]
        after = text[m.end() : m.end() + 20]
        if _POSSESSIVE_AFTER_RE.match(after) and not _REGION_AFTER_RE.match(after):
            continue  # "Moscow's air defences", "Kyiv said": a government, not a place
        if name in _CAPITALS and not (
            _REGION_AFTER_RE.match(after) or _CAPITAL_PLACE_BEFORE_RE.search(text[max(0, m.start() - 20) : m.start()])
        ):
            continue
        if name not in out:
            out.append(name)
    return out


_SITE = (
    r"(?:Cape\s+[A-Z][\w-]+|(?:the\s+)?(?:Black\s+Sea|Sea\s+of\s+Azov|Azov\s+Sea|Caspian\s+Sea)"
    r"|(?:(?:temporarily\s+)?occupied\s+)?(?:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))"
)
_LAUNCH_SITE_RE = re.compile(
    rf"\bfrom\s+(?:the\s+)?(?:(?:area|areas|direction|directions|vicinity)\s+of\s+(?:the\s+)?)?"
    rf"(?P<site>{_SITE}(?:(?:\s*,\s*|\s*,?\s+and\s+){_SITE})*(?:\s+(?:regions?|oblasts?|areas?|directions?|airfields?))?)"
)


def _launch_site_between(text: str, start: int, stop: int) -> str | None:
    """ "from Cape Chauda" -> "Cape Chauda", "from the Bryansk and Oryol regions" -> "Bryansk and Oryol regions".

    Only a "from ..." phrase after the count and before the next one, in its clause's reach.
    """
    m = _LAUNCH_SITE_RE.search(text, start, min(stop, start + 120))
    if m is None or ";" in text[start : m.start()]:
        return None
    site = re.sub(r"^the\s+", "", m["site"])
    words = re.findall(r"[A-Z][\w-]+", site)
    known = any(_GAZETTEER_RE.fullmatch(w) for w in words) or site.startswith("Cape ") or re.search(r"Sea\b", site)
    if not known or _SIDE_RE.fullmatch(site) or re.match(r"(?:Ukraine|Russia|Ukrainian|Russian)\b", site):
        return None
    return site


_REGIONAL_CLAIMANT_RE = re.compile(
    r"\b(?:governor|mayor|regional|oblast|city|military\s+administration|air\s+command|operational\s+command|"
    r"defen[cs]e\s+forces\s+of\s+the\s+(?:south|north|east|west)|(?:southern|northern|eastern|western)\s+defen[cs]e\s+forces|"
    r"head\s+of\s+the\s+\w+)",
    re.IGNORECASE,
)
_REGIONAL_TEXT_RE = re.compile(
    r"\b(?:(?:at|on|over|towards?|against|targeting)\s+the\s+(?:region|city|oblast)\b|regional\s+(?:authorities|officials|"
    r"administration|governor|military\s+administration))",
    re.IGNORECASE,
)


def _is_regional(row: _Row, claimant: str | None, evidence: str) -> bool:
    """A regional air command's, a governor's or a mayor's count: part of a national one."""
    if row.claimant is not None and row.claimant.regional:
        return True
    if claimant and _REGIONAL_CLAIMANT_RE.search(claimant):
        return True
    return bool(_REGIONAL_TEXT_RE.search(evidence))


# "15 were shot down over Kyiv and 12 over Odesa": figures per place, parts of a total not given
_PLACE_PART = r"\s+(?:over|above|in|near|around)\s+(?:the\s+)?(?!(?:Ukraine|Russia|country)\b)[A-Z][\w'’-]+(?:\s+(?:region|oblast|city|area))?"
_PLACE_THEN_RE = re.compile(rf"^[^;.:\d]{{0,60}}?{_PLACE_PART}\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")
_PLACE_AFTER_RE = re.compile(rf"^(?:\s+(?:more|others?|were|was))?{_PLACE_PART}\b")

_PLACE_THEN_WHERE_RE = re.compile(rf"{_PLACE_PART}\s*,?\s*$")
# "Forty-two were shot down over the Kyiv region alone and 98 in total": the place's figure, then the whole
_PLACE_ALONE_THEN_RE = re.compile(rf"^[^;.:\d]{{0,60}}?{_PLACE_PART}\s+alone\s*,?\s+and\s+$")
_IN_TOTAL_RE = re.compile(r"\s+(?:in\s+total|in\s+all|overall|altogether)\b")


def _place_breakdowns(text: str, counts: list[_Count]) -> None:
    """Figures of one role given place by place ("15 over Kyiv and 12 over Odesa") are a breakdown; when the
    first names the weapon and the sentence gives no other figure ("12 drones were destroyed over Bryansk and
    8 over Kursk"), the claim is their sum."""
    head: _Count | None = None
    for i, (a, b) in enumerate(zip(counts, counts[1:])):
        if (b.anaphoric and b.role is None and a.role in ("intercepted", "lost") and _IN_TOTAL_RE.match(text, b.end)
                and _PLACE_ALONE_THEN_RE.match(text[a.end : b.mention.qualifier_start])):
            a.breakdown, b.role, head = True, a.role, None
            continue
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
