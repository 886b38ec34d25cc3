"""A document's claims end to end: posts walked sentence by sentence (with quotes, lists
and headings kept in view), rows merged, and complete AIR_ATTACKS records written."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date

from sitrep import provenance
from sitrep.air_attacks.attackers import _named_weapons_side
from sitrep.air_attacks.casing import as_published, readable
from sitrep.air_attacks.claimants import (
    _SIDE_ADJ,
    _adopt_claimant,
    _claimants,
    _looks_like_source,
    _normalize_claimant,
    _resolve_pronoun,
)
from sitrep.air_attacks.counts import _TIME_LABEL_RE, _weapon_class
from sitrep.air_attacks.downed import (
    _all_but_downed,
    _all_downed_in,
    _all_of_a_kind_downed,
    _none_downed,
    _rest_lost,
    _shares_downed,
    _single_downed,
    _the_one_downed,
)
from sitrep.air_attacks.lexicon import (
    _IN_TOTAL_RE,
    NUMBER_START,
    _BULLET_RE,
    _CONTINUATION_WINDOW,
    _CUE_LC,
    _CUE_ROLE,
    _DRONE,
    _FOLLOWUP_LC,
    _HISTORICAL_LC,
    _INTRO_END_RE,
    _KEYWORD_LC,
    _MISSILE,
    _MIXED,
    _NAME_PAIR_RE,
    _ORG_NAME_RE,
    _OTHER_SIDE,
    _PEOPLE_SIDES,
    _PLACE_RE,
    _QUOTE_START_RE,
    _REPORT_RE,
    _ROLES,
    _SIDE_RE,
    _TITLES,
    _WEAPON_RE,
    EXTRACTOR_VERSION,
    TABLE,
    _Claimant,
    _lower,
    _numberish,
    _Row,
    _Sentence,
    _split_sentences,
)
from sitrep.air_attacks.merging import (
    _claimants_agree,
    _dedupe,
    _drop_rounded_repeats,
    _drop_summed_totals,
    _SAME_TOTALS_RE,
    _merge_into,
    _revise_open,
    _same_totals_copies,
)
from sitrep.air_attacks.non_events import _PERIODIC_LC
from sitrep.air_attacks.places import _is_regional, _regions
from sitrep.air_attacks.sentence import _sentence_rows
from sitrep.models import Document, Post
from sitrep.numbers import NUMBER_WORD, parse_number


def extract_air_attacks(doc: Document) -> list[dict]:
    """All air-attack claims in `doc`, one complete AIR_ATTACKS row per claim."""
    doc, originals = readable(doc)  # "RUSSIA FIRES 300 DRONES AT KYIV": read in sentence case, quoted as published
    context = _DocContext(doc)
    rows: list[_Row] = []
    for post in doc.posts:
        rows.extend(_post_rows(post, context))
    seen: Counter = Counter()
    rows = _drop_rounded_repeats(_dedupe(rows, context), context)
    records = [_as_record(row, doc, seen) for row in _drop_summed_totals(rows, context)]
    if originals:
        for record in records:
            record["evidence"] = as_published(record["evidence"], originals)
    return [r for r in records if not _long_before(r)]


_RECAP_DAYS = 31  # a night named over a month before the report is history recalled, not news
_RANKED_DAYS = 7  # ... and one named a week before it beside a ranking, a yardstick


def _long_before(record: dict) -> bool:
    """ "A year on: on the night of Sept. 7, 2025, Russia launched 810 drones": a night the text dates, year and all,
    over a month before the post or article that tells it is recalled, not reported. So is one dated a week or more
    before it in a sentence that ranks or compares ("The largest attack remains the night of 7 September, when ...",
    "smaller than the one on March 11, when ..."): a yardstick, whose own night's reports carry it."""
    if record["date_source"] != provenance.RELATIVE or record["reported_at"] is None:
        return False
    told, day = record["reported_at"].date(), date.fromisoformat(record["report_date"])
    if record["report_date"][:4] in record["evidence"]:
        return (told - day).days > _RECAP_DAYS
    # a bare "9 July" may be misread: a yardstick's date, or one just after the report put in the year before
    return day.year == told.year and (told - day).days >= _RANKED_DAYS and _RANKING_RE.search(record["evidence"]) is not None


_RANKING_RE = re.compile(
    r"\b(?:largest|biggest|heaviest|busiest|worst|record|previous|prior|than|surpass\w*|exceed\w*|behind|compar\w*|"
    r"follow(?:ed|s|ing))\b",
    re.IGNORECASE,
)


class _DocContext:
    """Document-wide look-ups, computed lazily: full names for surnames, sides of people."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.person_sides: dict[str, str] = {}  # learnt from "X, governor of the Kursk region"
        self.regional_people: set[str] = set()  # governors, mayors, heads of regional administrations
        self._full_names: dict[str, str] | None = None
        # sentence -> its claimants; neighbours ask for the same sentence again (a claimant's "regional"
        # flag reads regional_people, which only grows: its size is part of the key)
        self.claimant_cache: dict[tuple[str, int], list[tuple[int, _Claimant]]] = {}

    def full_name(self, name: str) -> str:
        """ "Zelensky" -> "Volodymyr Zelensky" when the document names him in full somewhere."""
        if self._full_names is None:
            self._full_names = _full_names(self.doc)
        return self._full_names.get(name, name) if " " not in name else name

    def heads_administration(self, person: str) -> bool:
        """Whether the document names `person` as the head of a military administration ("the head of the Kyiv city
        military administration, Tymur Tkachenko", "Oleh Syniehubov, head of the regional military administration")."""
        surname = re.escape(person.split()[-1])
        pattern = (rf"\badministration\W{{1,4}}(?:[A-Z][\w'’-]*\s+){{0,2}}{surname}\b"
                   rf"|\b{surname}\W+(?:the\s+)?head\s+of\s+[^.;]{{0,60}}?administration\b")
        return any(re.search(pattern, p) for post in self.doc.posts for p in post.paragraphs)

    def side_of(self, claimant: _Claimant | None) -> str | None:
        if claimant is None:
            return None
        if claimant.side:
            return claimant.side
        surname = claimant.name.split()[-1] if claimant.person else ""
        return self.person_sides.get(claimant.name) or _PEOPLE_SIDES.get(surname)


def _full_names(doc: Document) -> dict[str, str]:
    """Surname -> the most frequent "First Surname" of the document."""
    text = "\n".join([doc.title or ""] + [p for post in doc.posts for p in (post.headline or "", *post.paragraphs)])
    pairs = Counter(pair for pair in _name_pairs(text) if _may_be_first_name(pair[0]))
    names: dict[str, str] = {}
    for (first, surname), _ in pairs.most_common():
        names.setdefault(surname, f"{first} {surname}")
    return names


def _name_pairs(text: str) -> list[tuple[str, str]]:
    """Every pair of adjacent capitalised words, as a lookahead at every position would find them, but
    scanning once: a matched first word is skipped, so its part after a hyphen is added by hand."""
    out = []
    for first, second in _NAME_PAIR_RE.findall(text):
        out.append((first, second))
        if "-" in first:  # "Ivano-Frankivsk Governor": also ("Frankivsk", "Governor")
            out.append((first.split("-", 1)[1], second))
    return out


_FIRST_NAME_MEMO: dict[str, bool] = {}


def _may_be_first_name(word: str) -> bool:
    """Not a title, side or place: "Volodymyr" in "Volodymyr Zelensky" (memoised: names recur)."""
    ok = _FIRST_NAME_MEMO.get(word)
    if ok is None:
        if len(_FIRST_NAME_MEMO) > 50_000:
            _FIRST_NAME_MEMO.clear()
        ok = _FIRST_NAME_MEMO[word] = (
            word.lower() not in _TITLES and not _SIDE_RE.fullmatch(word) and not _PLACE_RE.fullmatch(word)
        )
    return ok


_PART_OF_KIND_RE = re.compile(
    rf"(?<![\w-]){NUMBER_START}[\w,-]*\s+(?P<of>of\s+the\s+(?:[\w-]+\s+)?(?:drones|UAVs|missiles)\b)", re.IGNORECASE
)
_OF_KIND_START_RE = re.compile(r"of\s+(?:the|these|those)\s+(?:[\w-]+\s+)?(?P<w>drones|UAVs|missiles)\b", re.IGNORECASE)


def _names_other_weapons(text: str, open_rows: list[_Row]) -> bool:
    """Whether `text` names weapons of one class that none of the open claims is about: another class, or the other
    side's ("Ukrainian drones had attacked the region" after Russia's drones)."""
    kinds = {_weapon_class(m) for m in _WEAPON_RE.finditer(text)}
    if len(kinds) != 1:
        return False
    weapon = next(iter(kinds))
    side = _named_weapons_side(text, weapon)
    return not any(r.weapon == weapon and (side is None or r.attacker in (side, None)) for r in open_rows)


def _named_antecedent(text: str, rows: list[_Row], role: str | None = None) -> _Row | None:
    """The claim a sentence opening "Of the drones" goes back to: the post's last row of that weapon with a
    launched figure and no other yet (with `role`, none for that role yet)."""
    m = _OF_KIND_START_RE.match(text)
    if m is None:
        return None
    weapon = "missile" if m["w"].lower() == "missiles" else "drone"
    return next((r for r in reversed(rows) if r.weapon == weapon and r.values["launched"] is not None
                 and (r.values[role] is None if role else r.values["intercepted"] is None and r.values["lost"] is None)), None)



def _post_rows(post: Post, context: _DocContext) -> list[_Row]:
    """Rows of one post, with neighbouring sentences merged into one claim."""
    paragraphs = ([post.headline] if post.headline else []) + [p for p in post.paragraphs if p]
    rows: list[_Row] = []
    open_rows: list[_Row] = []
    pending: list[_Row] = []  # figures whose attacker no sentence told
    last_index = -10
    index = 0
    heading = None
    # the sentence before, when it counts none (whether it names weapons is asked only when needed); wire copy often
    # gives each sentence a paragraph, so it carries over a paragraph break
    antecedent: str | None = None
    struck: str | None = None
    head = paragraphs[0] if paragraphs else ""
    period_post = len(head) < 120 and _PERIOD_HEADING_LC.search(_lower(head)) is not None
    for p_idx, paragraph in enumerate(paragraphs):
        if "/" in paragraph or "|" in paragraph:
            paragraph = _untable(paragraphs, p_idx)
        if "**" in paragraph or "__" in paragraph:
            paragraph = paragraph.replace("**", "").replace("__", "")  # "**Shot down:** 64": markdown emphasis
        if " (" in paragraph and _PAREN_DIGIT_RE.search(paragraph):  # cheap test: the sub scans from every word
            paragraph = _DIGITS_REPEAT_RE.sub(_unrepeated, paragraph)  # "fifty-two (52) drones": one figure
        heading, paragraph = _under_heading(heading, paragraph) if len(paragraph) < 40 else (None, paragraph)
        if paragraph[:1].isdigit() and _NUMBER_DASH_RE.match(paragraph):
            paragraph = _NUMBER_DASH_RE.sub(r"\1 ", paragraph, count=1)  # "51 – shot down": "51 shot down"
        active = index - last_index <= _CONTINUATION_WINDOW
        low = _lower(paragraph)
        if not (_KEYWORD_LC.search(low) or (active and (_FOLLOWUP_LC.search(low) or _short_launch_line(low)))
                or (antecedent is not None and _OF_THEM_RE.search(paragraph))):
            index += 1
            antecedent = struck = None
            continue
        speaker = _quote_speaker(paragraphs, p_idx, context)
        list_role = _list_role(paragraphs, p_idx)
        if period_post and list_role is None and p_idx and not _ONE_NIGHT_LC.search(low):
            list_role = "none"  # under "October in numbers" / "Week in review": the period's figures, not a night's
        for text in _answered(_split_sentences(paragraph)):
            sentence = _Sentence(text, index, p_idx, speaker, list_role)
            # a list of outcomes under its own heading ("As of 09:00, the following were shot down:") continues the list
            # of launches before it, past that heading
            window = _CONTINUATION_WINDOW + (2 if list_role in ("intercepted", "lost") else 0)
            active = bool(open_rows) and index - last_index <= window
            named = _named_antecedent(text, rows) if text[:3] in ("Of ", "of ") else None
            if named is None and not active and " of the " in text and (part := _PART_OF_KIND_RE.search(text)) is not None:
                # "Air defence units destroyed 27 of the drones, ..., the air force said" two paragraphs after the launch;
                # "The air force said 18 of the drones had been lost from radar" after its count of those downed
                losses = any(_CUE_ROLE[c.lastgroup] == "lost" for c in _CUE_LC.finditer(_lower(text)))
                named = _named_antecedent(part.group("of"), rows, "lost" if losses else "intercepted")
            if named is not None and not (active and named in open_rows):
                open_rows, active = [named], True  # "Of the drones, 47 were destroyed": the post's drone claim, further back
            roles = {r.last_role for r in open_rows} if active else set()
            of_them = antecedent is not None and _OF_THEM_RE.search(text) is not None and not _HISTORICAL_LC.search(_lower(text))
            if of_them and antecedent not in paragraph and _WEAPON_RE.search(text):
                of_them = False  # over a paragraph break, only a sentence with no weapons of its own refers back
            if of_them and active and _names_other_weapons(antecedent, open_rows):
                # "Russia struck Kharkiv with ballistic missiles, the mayor said. There were four of them.": the weapons
                # named just before, not the open claim's drones
                sentence = _Sentence(f"{antecedent} {text}", index, p_idx, speaker, list_role)
            new_rows = _sentence_rows(sentence, paragraphs, context, post, active, roles.pop() if len(roles) == 1 else None)
            if not new_rows and not active and of_them and _WEAPON_RE.search(antecedent):
                # "The enemy attacked Odesa with drones. Air defences destroyed 23 of them": the weapons named before
                # (not "In July alone, Russia launched 6,000 of them": the sentence's own period makes it a total)
                joined = _Sentence(f"{antecedent} {text}", index, p_idx, speaker, list_role)
                new_rows = _sentence_rows(joined, paragraphs, context, post, active)
            prior = antecedent if antecedent is not None and _WEAPON_RE.search(antecedent) else struck
            if prior is not None and (
                prior in paragraph or text == paragraph  # (wire copy gives each sentence its paragraph)
            ) and (
                all(_none_downed_only(r) for r in new_rows) if new_rows else _NONE_DOWNED_LEAD_RE.match(text) is not None
            ):
                # "Three Russian drones struck an energy facility, the mayor said. None of the drones was intercepted.":
                # the weapons that struck, none of them downed, were all launched (read as one sentence)
                joined = _sentence_rows(_Sentence(f"{prior} {text}", index, p_idx, speaker, list_role), paragraphs,
                                        context, post, active)
                if any(r.values["launched"] is not None for r in joined):
                    new_rows = joined
            antecedent = text if not new_rows else None
            # the last sentence to name weapons without counting a claim ("Two missiles struck Sumy, ... Fifteen children
            # were among the wounded. / Neither missile was intercepted")
            struck = None if new_rows else (text if _WEAPON_RE.search(text) else struck)
            if new_rows:
                for row in new_rows:
                    row.paragraph = p_idx
                touched, created = _merge_into(new_rows, open_rows if active else [], context)
                if active and not touched and not created:
                    # "The air force initially said 120 drones had been launched, before raising the figure.": a figure
                    # set aside; the claim before stays open for the next sentence ("In that statement it said 104 ...")
                    last_index = index
                    index += 1
                    continue
                if created and "total" in text:
                    _drop_listed_parts(rows, created, context)
                rows.extend(created)
                pending.extend(r for r in touched if r.pending and r not in pending)
                continued = active and len(touched) > len(created)  # the sentence added to the open claim
                continued = continued or (active and sentence.list_role is not None)  # items of one list
                continued = continued or (active and any(r in open_rows for r in touched))  # a pending claim resolved
                # a claim still waiting for its attacker or its total stays open past a sentence about another weapon
                # ("destroyed 49 of the drones. None of the three missiles was intercepted. In total the enemy used 73 UAVs")
                waiting = [r for r in open_rows if (r.pending or r.values["launched"] is None) and r.weapon
                           and all(t.weapon != r.weapon for t in touched)]
                open_rows = (open_rows if continued else waiting) + [r for r in touched if r not in open_rows]
                _all_of_a_kind_downed(text, open_rows)  # "all the missiles": those of the claim it continues
                _all_but_downed(text, open_rows, named_only=True)  # "... and all but two of the missiles"
                if " the " in text and "issile" in text:
                    _the_one_downed(text, open_rows)  # "..., the Kh-59/69 missiles and 91 drones"
                _none_downed(text, open_rows)
                _shares_downed(text, open_rows)
                _single_downed(text, open_rows)
                _rest_lost(text, touched)  # "Fifty drones were downed; the rest were lost": the rest of this sentence's claim
                last_index = index
            elif active:
                _adopt_claimant(sentence, open_rows, paragraphs, context)
                if " same " in text and _SAME_TOTALS_RE.search(text) and (claims := _claimants(text, context)):
                    copies = _same_totals_copies(text, claims[-1][1], open_rows, [], context)  # "X gave the same figures."
                    rows.extend(copies)
                    open_rows = open_rows + copies
                _all_downed_in(text, open_rows)
                _revise_open(text, open_rows)
                _none_downed(text, open_rows)
                _shares_downed(text, open_rows)
                _rest_lost(text, open_rows)
            index += 1
    if any(r.pending for r in pending):
        rows.extend(_sourced_pending(pending, paragraphs, context))
    if any(r.claimant is None for r in rows):
        _credit_unclaimed(rows, paragraphs, context)
    return rows


# "Drones" above "Launched: 103", "Shot down: 78": a heading that names the weapon of the label lines below it
_HEADING_RE = re.compile(rf"\W*(?:[\w-]+\s+){{0,2}}(?:{_DRONE}|{_MISSILE}|{_MIXED})\W*", re.IGNORECASE)
_LABEL_LINE_RE = re.compile(rf"^\W*[A-Za-z][\w\s-]{{1,30}}?\s*(?::|\s[–—-])\s*{NUMBER_START}")

# "fifty-two (52)": a figure in words with its digits repeated in brackets
_DIGITS_REPEAT_RE = re.compile(r"\b((?:[A-Za-z]+[\s-]+){0,4}[A-Za-z]+)\s+\((\d{1,3}(?:,\d{3})*)\)")
_PAREN_DIGIT_RE = re.compile(r"\s\(\d")


def _unrepeated(m: re.Match) -> str:
    """The words alone when the bracketed digits repeat the number they end with, else the match unchanged."""
    words = m.group(1)
    value = int(m.group(2).replace(",", ""))
    for start in [0] + [i + 1 for i, ch in enumerate(words) if ch in " -"]:
        if parse_number(words[start:]) == value:
            return words
    return m.group()


_OF_THEM_RE = re.compile(r"\bof\s+(?:them|these)\b", re.IGNORECASE)
_NUMBER_DASH_RE = re.compile(r"^(\d+(?:,\d{3})*)(?:\s+[–—-]|:)\s+(?=[A-Za-z])")


# an answer that is a figure: "120, according to the air force", "Ninety-three."
_FIGURE_ANSWER_RE = re.compile(
    rf"(?:about\s+|around\s+|some\s+|more\s+than\s+|at\s+least\s+)?(?:\d|(?:a\s+)?{NUMBER_WORD}\b)", re.IGNORECASE
)


def _answered(sentences: list[str]) -> list[str]:
    """The sentences, each question about weapons joined to a figure that answers it ("How many drones did Russia
    launch? 120, according to the air force."): the question holds the noun and verb the figure needs."""
    out: list[str] = []
    for text in sentences:
        if out and out[-1].endswith("?") and _WEAPON_RE.search(out[-1]) and _FIGURE_ANSWER_RE.match(text):
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
    return out


def _drop_listed_parts(rows: list[_Row], created: list[_Row], context: _DocContext) -> None:
    """ "- Bryansk: 17 UAVs / - Kursk: 9 UAVs / ... In total, 30 drones were destroyed": single-figure list items
    smaller than the total stated after them are its breakdown, not claims of their own."""
    for total in created:
        for role in ("launched", "intercepted"):
            value = total.values[role]
            parts = [
                r for r in rows
                if r.weapon == total.weapon and r.attacker == total.attacker and r.values[role] is not None
                and r.evidence and _BULLET_RE.match(r.evidence[0]) and sum(v is not None for v in r.values.values()) == 1
                and r.values[role] < (value or 0) and _claimants_agree(r.claimant, total.claimant, context)
            ]
            if parts and _IN_TOTAL_RE.search(total.evidence[-1]):
                rows[:] = [r for r in rows if r not in parts]


_NONE_DOWNED_LEAD_RE = re.compile(  # "Neither was intercepted, he said.", "Both hit near a bus stop, and neither was ..."
    r"\W*(?:(?:both|all|they)\s+[^.;,]{1,60},?\s+(?:and|but)\s+)?(?:none|neither)\b", re.IGNORECASE
)


def _none_downed_only(row: _Row) -> bool:
    return row.values["intercepted"] == 0 and row.values["launched"] is None and row.values["lost"] is None


def _short_launch_line(low: str) -> bool:
    """ "Launched in total: 90": a short label line that continues the figures above it."""
    return len(low) < 60 and "launch" in low


def _under_heading(heading: str | None, paragraph: str) -> tuple[str | None, str]:
    """(the heading in force, the paragraph with the heading's weapon put before a bare label line)."""
    if heading is None and not _KEYWORD_LC.search(_lower(paragraph)):
        return None, paragraph  # the usual short line: no weapon, no heading in force
    if _HEADING_RE.fullmatch(paragraph) and not _numberish(_lower(_WEAPON_RE.sub("", paragraph))):
        return paragraph.strip(" \t:*#-–—"), paragraph
    if heading and _LABEL_LINE_RE.match(paragraph) and not _WEAPON_RE.search(paragraph):
        return heading, f"{heading} {paragraph.strip()}"
    return None, paragraph


# "(Ukrainian Air Force, 08:00)", "Source: Russian Defence Ministry": a line that only credits the source
_SIDED_SOURCE_LINE_RE = re.compile(
    r"^\W*(?:source:\s*|according\s+to\s+|via\s+)?(?P<src>(?:the\s+)?(?:Ukrainian|Russian|Ukraine['’]s|Russia['’]s)\s+"
    r"(?:Air\s+Force|Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e|General\s+Staff|Navy)|"
    r"(?:the\s+)?Air\s+Force\s+of\s+(?:the\s+)?(?:Armed\s+Forces\s+of\s+)?Ukraine)\b",
    re.IGNORECASE,
)

_FIGURES_BY_RE = re.compile(
    r"\W*(?:the|these|those)\s+(?:figures|data|numbers)\s+(?:were|was|have\s+been|had\s+been)\s+"
    r"(?:published|released|reported|posted|provided|given|issued|announced)\s+by\s+(?P<src>[^,.;]{3,80}?)"
    r"(?=\s+(?:on|in|at|earlier|late|this|shortly)\b|\s*[,.;]|\s*$)",
    re.IGNORECASE,
)
# a post reproduced under a line naming whose it is: "Post on the Telegram channel of the Odesa Regional Military
# Administration (translated):"
_POST_OF_RE = re.compile(
    r"\W*(?:(?:an?|the)\s+)?(?:post|statement|message|update|summary)\s+(?:on|in|from)\s+(?:the\s+)?(?:official\s+)?"
    r"(?:Telegram|Facebook|X|Viber|WhatsApp)\s*(?:channel|page|account|feed)?\s+of\s+(?P<src>[^,.;:()]{3,80}?)\s*(?:\([^)]*\))?\s*:?\s*",
    re.IGNORECASE,
)
_CREDIT_LINE_RE = re.compile(r"(?:\(|[–—-]\s*|source:\s*)([^,:()\d]{3,60}?)(?:,[^()]{0,30})?\)?\.?", re.IGNORECASE)
_SOURCE_HEAD_RE = re.compile(r"\W*([^,:(]*)")
# a post's last line that only names a body, as a Telegram channel signs its summary
_SIGNATURE_RE = re.compile(
    r"((?:[A-Z][\w'’-]*\s+){0,3}(?:(?:regional|city|oblast|military|state|emergency)\s+){0,3}"
    rf"(?:[Aa]dministration|[Cc]ommand|[Aa]ir\s+[Ff]orce|[Dd]efen[cs]e\s+[Ff]orces|[Nn]avy|[Ss]ervice)|{_ORG_NAME_RE.pattern})\.?"
)


def _sourced_pending(pending: list[_Row], paragraphs: list[str], context: _DocContext) -> list[_Row]:
    """Figures of a list or summary whose attacker no sentence told, when the post credits one source with a
    side in a line of its own ("(Ukrainian Air Force, 08:00)") or in the line that introduces the list
    ("The air force said:"): that source reports the other side's attack."""
    source = _post_source(paragraphs, context)
    named: list[_Claimant] | None = None
    out = []
    for row in pending:
        if not (row.pending and row.is_claim()):
            continue
        sided = source
        if sided is None and row.claimant is not None and context.side_of(row.claimant) is None:
            if named is None:
                named = [c for paragraph in paragraphs for _, c in _claimants(paragraph, context)]
            sided = _sided_namesake(row.claimant, named, context)  # "according to the ministry"
        if sided is None:
            continue
        row.attacker, row.pending = _OTHER_SIDE[context.side_of(sided)], False
        row.claimant = sided if source is None else row.claimant or source
        out.append(row)
    return out


def _sided_namesake(claimant: _Claimant, named: list[_Claimant], context: _DocContext) -> _Claimant | None:
    """The post's sided name for a body it later names bare: "Russia's Defence Ministry says ... According to the
    ministry, 88 drones were destroyed": the Russian defence ministry, when the post names no other side's."""
    bare = claimant.name.lower()
    fuller = [c for c in named if c.name.lower().endswith(bare) and context.side_of(c) is not None]
    return fuller[0] if fuller and len({context.side_of(c) for c in fuller}) == 1 else None


def _credit_unclaimed(rows: list[_Row], paragraphs: list[str], context: _DocContext) -> None:
    """Rows of a summary with no claimant of their own take the source the post credits, when its side fits."""
    source = _post_source(paragraphs, context)
    if source is not None:
        for row in rows:
            if row.claimant is None and row.attacker == _OTHER_SIDE.get(context.side_of(source) or ""):
                row.claimant = source


_OWN_SAYING_RE = re.compile(r"\s+(?:said|says|reported|reports|told|added|announced|warned|claimed)\s+(?!\s*:)\S")


def _post_source(paragraphs: list[str], context: _DocContext) -> _Claimant | None:
    """The one sided source a post credits in a short line: "(Ukrainian Air Force, 08:00)", "The air force said:",
    "Air force summary for the night of 22 September:"."""
    sources = []
    for i, paragraph in enumerate(paragraphs):
        by = _FIGURES_BY_RE.match(paragraph) if paragraph[:5].lower() in ("the f", "the d", "the n", "these", "those") else None
        if by is None and (" figures were " in paragraph or " numbers were " in paragraph or " data were " in paragraph):
            by = next((m for part in _split_sentences(paragraph)[1:] if (m := _FIGURES_BY_RE.match(part)) is not None), None)
        if by is not None:  # "The figures were published by the Air Force ... on Saturday morning." (a paragraph's last words too)
            sources.append(_normalize_claimant(by.group("src"), None, context))
            continue
        words = len(paragraph.split())
        if words > 16:
            continue
        post_of = _POST_OF_RE.fullmatch(paragraph)
        if post_of is not None:
            sources.append(_normalize_claimant(post_of.group("src"), None, context))
            continue
        if words > 12:
            continue
        m = _SIDED_SOURCE_LINE_RE.match(paragraph)
        if m is not None and _OWN_SAYING_RE.match(paragraph, m.end()):
            m = None  # "Ukraine's navy said Russia had moved three warships": a sentence of its own, not a credit line
        credit = _CREDIT_LINE_RE.fullmatch(paragraph.strip())  # "(Air Force)", "— Air Force, 08:00"
        if credit is None and i == len(paragraphs) - 1 and i:
            credit = _SIGNATURE_RE.fullmatch(paragraph.strip())  # "Odesa regional military administration" signing a list
        if m is not None:
            sources.append(_normalize_claimant(m.group("src"), None, context))
        elif credit is not None and _looks_like_source(credit.group(1)):
            sources.append(_normalize_claimant(credit.group(1), None, context))
        elif paragraph.rstrip().endswith(":"):
            said = [c for _, c in _claimants(paragraph.rstrip()[:-1] + ".", context)]
            head = _SOURCE_HEAD_RE.match(paragraph).group(1)  # "Air Force update, 07:45:"
            sources += said or ([_normalize_claimant(head, None, context)] if _looks_like_source(head) else [])
    sides = {context.side_of(c) for c in sources if c is not None}
    if len(sides) != 1 or None in sides:
        return None
    return next(c for c in sources if c is not None)


# A table flattened to text: a header of roles ("launched / shot down / lost", "Launched | Shot down | Lost")
# and rows of as many figures after a weapon ("Shahed drones 112 / 79 / 28", "Kh-101 | 6 | 6 | 0").
_TABLE_CELL = (
    r"(?:launched|fired|used|recorded|detected|shot\s+down|brought\s+down|downed|destroyed|intercepted|neutrali[sz]ed|"
    r"(?:locationally\s+)?lost|suppressed|jammed|hit)"
)
_TABLE_HEAD_RE = re.compile(rf"\b{_TABLE_CELL}(?:\s*[/|]\s*{_TABLE_CELL}){{1,3}}\b", re.IGNORECASE)
_TABLE_ROW_RE = re.compile(r"\s*[|:]?\s*(?<![\w/|.,-])(\d+(?:,\d{3})*(?:\s*[/|]\s*\d+(?:,\d{3})*){1,3})(?![\w/|.-]*\d)(?!,\d)")
_TABLE_SEP_RE = re.compile(r"\s*[/|]\s*")


def _table_header(paragraphs: list[str], p_idx: int) -> tuple[list[str], int] | None:
    """The role cells of the table a paragraph belongs to, and where in it the rows start (-1: an earlier line)."""
    head = _TABLE_HEAD_RE.search(paragraphs[p_idx])
    if head is not None:
        return _TABLE_SEP_RE.split(head.group()), head.end()
    for i in range(p_idx - 1, max(-1, p_idx - 12), -1):
        head = _TABLE_HEAD_RE.search(paragraphs[i])
        if head is not None:
            return _TABLE_SEP_RE.split(head.group()), -1
        if not _TABLE_ROW_RE.search(paragraphs[i]):
            return None
    return None


def _untable(paragraphs: list[str], p_idx: int) -> str:
    """Rows of a flattened table written out as a list: "Shahed drones 112 / 79 / 28" under "launched / shot
    down / lost" -> "Shahed drones: 112 launched, 79 shot down, 28 lost"."""
    paragraph = paragraphs[p_idx]
    header = _table_header(paragraphs, p_idx)
    if header is None:
        return paragraph
    cells, start = header
    out, last = [], 0
    for m in _TABLE_ROW_RE.finditer(paragraph, max(start, 0)):
        figures = _TABLE_SEP_RE.split(m.group(1))
        if len(figures) != len(cells):
            continue
        out += [paragraph[last : m.start()], ": ", ", ".join(f"{n} {c.lower()}" for n, c in zip(figures, cells))]
        last = m.end()
        if paragraph[last : last + 1] == ",":  # "Shahed drones 142/117, cruise missiles 6/5": one row each
            out.append(";")
            last += 1
    return "".join(out) + paragraph[last:] if out else paragraph


# a post headed as a period's review: "October in numbers", "Week in review (12-18 May)", "Monthly round-up"
_PERIOD_HEADING_LC = re.compile(
    r"\b(?:week|month|year|january|february|march|april|may|june|july|august|september|october|november|december)\s+in\s+"
    r"(?:numbers|figures|review|data)\b|\b(?:weekly|monthly)\s+(?:review|round-?up|summary|digest|tally)\b"
)
_ONE_NIGHT_LC = re.compile(
    r"\b(?:overnight|last\s+night|tonight|on\s+the\s+night|night\s+(?:of|to|into)|"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+night)\b"
)
_LIST_INTRO_END_RE = re.compile(r"(?::|\b(?:attacked|struck|hit|launched|fired)\s+(?:[\w'’-]+\s+){0,4}?(?:with|using))\s*$")


def _list_role(paragraphs: list[str], p_idx: int) -> str | None:
    """The role of the verb that introduces a list ("... attacked with 128 air attack means:") for its items."""
    if not _BULLET_RE.match(paragraphs[p_idx]):
        return None
    i = p_idx - 1
    while i >= 0 and _BULLET_RE.match(paragraphs[i]) and not paragraphs[i].rstrip().endswith(":"):
        i -= 1  # (a marked line that ends with a colon heads the items below it: "✅ As of 09:00, shot down:")
    if i < 0 or not _LIST_INTRO_END_RE.search(paragraphs[i]):
        return None  # (an intro ends with a colon, or with the verb's "with": "the enemy attacked the region with")
    intro = paragraphs[i].rstrip()
    if _HISTORICAL_LC.search(_lower(intro)) or _PERIODIC_LC.search(_lower(intro)):
        # "Over the past week, Russia used:": the items are the week's totals, unless each names its night
        return None if _TIME_LABEL_RE.match(_BULLET_RE.sub("", paragraphs[p_idx], count=1)) else "none"
    cues = list(_CUE_LC.finditer(_lower(intro)))
    return _CUE_ROLE[cues[-1].lastgroup] if cues and _CUE_ROLE[cues[-1].lastgroup] in _ROLES else None


def _quote_speaker(paragraphs: list[str], p_idx: int, context: _DocContext) -> _Claimant | None:
    """Who speaks in a quoted paragraph: the one whose words were introduced with a colon, or a transcript's speaker."""
    i = p_idx
    if paragraphs[i][:1].isupper() and (label := _SPEAKER_LABEL_RE.match(paragraphs[i])) is not None:
        return _labelled_speaker(label, paragraphs[:i], context)
    if not _QUOTE_START_RE.match(paragraphs[i]):
        return None
    if (close := _QUOTE_THEN_SAYER_RE.search(paragraphs[i])) is not None:
        # '"Out of 53 drones, 45 were shot down. Thank you ...," Zelensky wrote': every sentence of the quote is his
        after = paragraphs[i][close.end() :]
        claims = _claimants(after, context) if _REPORT_RE.search(after) else []
        if claims:
            return _resolve_pronoun(claims[0][1], paragraphs, i, paragraphs[i][: close.end()], context)
    while i > 0 and _QUOTE_START_RE.match(paragraphs[i - 1]) and not _INTRO_END_RE.search(paragraphs[i - 1]):
        i -= 1
    if i == 0:
        return None
    intro = paragraphs[i - 1]
    colon = intro.rfind(":")
    if colon < 0 or not _REPORT_RE.search(intro[:colon]):
        return None
    claims = _claimants(intro[:colon] + ".", context)
    return _resolve_pronoun(claims[-1][1], paragraphs, i - 1, intro[:colon], context) if claims else None


# a transcript's speaker label: "YURIY IHNAT, AIR FORCE SPOKESMAN: Good morning. ...", later "IHNAT: ..." (a full name,
# or a surname a label before gave in full; not "HOST:", not an all-capitals ticker line)
_SPEAKER_LABEL_RE = re.compile(
    r"(?P<who>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3})(?:,\s*(?P<title>[A-Z][A-Z\s,'’.()/-]{1,60}))?:\s+(?=[^\n]*[a-z])"
)


# a newsroom's own labels, not speakers: "BREAKING NEWS:", "KEY POINTS:", "UPDATE:", "HOST:"
_NOT_SPEAKERS = frozenset(
    "BREAKING NEWS UPDATE UPDATED LIVE URGENT FLASH ALERT LATEST WATCH READ MORE KEY POINTS EXCLUSIVE ANALYSIS WHAT WE KNOW "
    "HOST PRESENTER ANCHOR NEWSREADER REPORTER CORRESPONDENT INTERVIEWER MODERATOR EDITOR Q A".split()
)


def _labelled_speaker(label: re.Match[str], before: list[str], context: _DocContext) -> _Claimant | None:
    """The claimant a transcript's speaker label names; the side is the title's when the name alone tells none."""
    who, title = label["who"], label["title"]
    if any(word in _NOT_SPEAKERS for word in who.split()):
        return None
    if " " not in who:  # "IHNAT:" after "YURIY IHNAT, AIR FORCE SPOKESMAN:"
        full = next((m for p in reversed(before)
                     if (m := _SPEAKER_LABEL_RE.match(p)) is not None and m["who"].endswith(" " + who)), None)
        if full is None:
            return None
        who, title = full["who"], full["title"]
    claims = _claimants(" ".join(w.capitalize() for w in who.split()) + " said.", context)
    person = claims[0][1] if claims and claims[0][1].person else None
    if person is not None and context.side_of(person) is None and title:
        office = _claimants(f"The {title.lower()} said.", context)
        person = replace(person, side=office[0][1].side) if office else person
    return person


# where a quote closes and its sayer follows: '..., to everyone who protects our sky," Zelensky wrote'
_QUOTE_THEN_SAYER_RE = re.compile(r"[,.!?][\"”]\s+(?=[A-Z]|(?:he|she|it|they)\s)")
# an earlier attack's date named as a yardstick is not the claim's: "the second-largest attack of the war after the 728
# drones fired on July 9", "more than the 537 launched on 29 June", "fewer than the record 524 it reported on the night of May 7"
_YARDSTICK_DATE_RE = re.compile(
    r"\b(?:after|than|surpassing|exceeding|eclipsing|beating|topping|short\s+of|from|since|below|above|behind|under)\s+the\s+"
    r"(?:[\w,-]+\s+){1,5}?"
    r"(?:fired|launched|sent|used|recorded|reported|claimed|downed|destroyed|intercepted)\s+on\s+(?:[^,;.]|\.(?=\s*\d))*"  # "on Sept. 7"
    # "one of the largest attacks since the 810-drone barrage of September 7"
    r"|\b(?:since|after|than|surpassing|exceeding|eclipsing|beating|topping|breaking|outstripping|from|short\s+of|behind|"
    r"below|compared\s+(?:with|to))\s+(?:in\s+|during\s+)?the\s+(?:[\w,-]+\s+){0,5}?"
    # ... "after the 7 September strike that involved 810 drones"
    r"(?:attack|barrage|strike|raid|assault|onslaught|bombardment|record|wave|salvo)(?:\s+(?:of|on)\s|\s+(?:that|which)\s+)[^,;.]*"
    # "the most since 41 drones were downed on May 14"
    r"|\b(?:since|than|after)\s+(?:[\w,-]+\s+){1,4}?(?:were|was)\s+(?:[\w-]+\s+)?"
    r"(?:downed|shot\s+down|destroyed|intercepted|launched|fired|recorded)\s+on\s+[^,;.]*"
    # "in the heaviest attack on Kharkiv since 25 May, when ...": the date a ranking counts from
    r"|\b(?:largest|biggest|heaviest|busiest|worst|deadliest|most|fewest|highest|first)\b[^,;.]{0,60}?\bsince\s+[^,;.]*",
    re.IGNORECASE,
)


def _as_record(row: _Row, doc: Document, seen: Counter) -> dict:
    claimant = row.claimant.name if row.claimant else None
    if claimant and row.claimant and not row.claimant.side and claimant in ("defence ministry", "General Staff"):
        defender = _OTHER_SIDE.get(row.attacker or "")
        claimant = f"{_SIDE_ADJ[defender]} {claimant}" if defender else claimant
    launched, intercepted, lost, hit = (row.values[k] for k in _ROLES)
    evidence, dating = " ".join(row.evidence), row.dating()
    dating = _YARDSTICK_DATE_RE.sub("", dating) if any(w in dating for w in (" on ", " of ", "since ")) else dating
    day, date_source = provenance.resolve_report_date(row.post, doc, dating)
    anchor, _ = provenance.anchor_date(row.post, doc)
    window = provenance.time_window(evidence, anchor)
    identity = [row.attacker, row.weapon, row.weapon_type, launched, intercepted, lost, claimant, day]
    seen[tuple(map(str, identity))] += 1
    occurrence = seen[tuple(map(str, identity))]
    record = provenance.claim_row(
        doc,
        row.post,
        table=TABLE,
        identity=identity if occurrence == 1 else [*identity, occurrence],
        report_date=day,
        date_source=date_source,
        claimant=claimant,
        evidence=evidence,
        extractor_version=EXTRACTOR_VERSION,
    )
    fields = {
        "attacker": row.attacker,
        "weapon": row.weapon,
        "weapon_type": row.weapon_type,
        "launched": launched,
        "intercepted": intercepted,
        "lost": lost,
        "hit": hit,
        "qualifier": row.qualifier if launched is not None else None,
        "regions": _regions(evidence),
        "time_window": window.label,
        "window_start": window.start,
        "window_end": window.end,
        "launch_site": row.launch_site,
        "scope": "regional" if _is_regional(row, claimant, evidence) else "national",
    }
    tail = {k: record.pop(k) for k in ("claimant", "evidence", "extractor_version")}
    return {**record, **fields, **tail}
