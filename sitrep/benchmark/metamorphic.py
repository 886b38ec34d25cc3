"""`sitrep bench metamorphic`: rewrites of the tuning cases that must not change what is extracted.

The held-out split is small and, once scored often, no longer unseen. These checks need no new labels:
each transform rewrites a case the way another outlet might have written it (counts in words, synonyms,
typography, an unrelated item in the same document) and says what the labels become; a case whose rows
were right before and are wrong after shows a rule that only knew one wording. Pure functions, no I/O
except `run`."""
from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sitrep.benchmark.accuracy import case_document, load_cases, load_extractors
from sitrep.benchmark.scoring import TABLE_BY_NAME, match_case

Transform = Callable[[dict, random.Random, Sequence[dict]], "dict | None"]

# ---------------------------------------------------------------- counts in words

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def spell(n: int) -> str:
    """An integer below 1,000 in words, as copy editors write it ("two hundred and thirty-six")."""
    if n < 20:
        return _UNITS[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else "-" + _UNITS[n % 10])
    hundreds, rest = divmod(n, 100)
    return f"{_UNITS[hundreds]} hundred" + ("" if rest == 0 else " and " + spell(rest))


# a bare figure: not part of a time, date, model name ("Kh-101"), decimal, amount of money or percentage
_FIGURE_RE = re.compile(r"(?<![\w:./\-–$€£])(\d{1,3}(?:,\d{3})*|\d+)(?![\w:/\-–%]|,\d|\.\d)")
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)")
_DATE_BEFORE_RE = re.compile(_MONTH + r"\.?\s+$")
_DATE_AFTER_RE = re.compile(r"\s+" + _MONTH + r"|\s*(?:GMT|BST|UTC|am\b|pm\b|a\.m|p\.m|hours?\b|h\b)")
_COUNT_FIELDS = ("launched", "intercepted", "lost", "value", "low", "high")


def _labelled_counts(case: dict) -> set[int]:
    return {int(row[k]) for rows in case["expected"].values() for row in rows
            for k in _COUNT_FIELDS if isinstance(row.get(k), (int, float)) and row.get(k) is not None}


def _is_date_or_time(text: str, start: int, end: int) -> bool:
    value = int(text[start:end].replace(",", ""))
    return (1900 <= value <= 2100 or _DATE_BEFORE_RE.search(text, max(0, start - 12), start) is not None
            or _DATE_AFTER_RE.match(text, end) is not None)


def counts_in_words(case: dict, rng: random.Random, _: Sequence[dict] = ()) -> dict | None:
    """Most labelled counts under 1,000 written in words ("46" -> "forty-six"); labels unchanged."""
    text, counts = case["text"], _labelled_counts(case)
    out, last = [], 0
    for m in _FIGURE_RE.finditer(text):
        value = int(m.group(1).replace(",", ""))
        if value not in counts or value >= 1000 or _is_date_or_time(text, m.start(), m.end()) or rng.random() >= 0.7:
            continue
        words = spell(value)
        if m.start() == 0 or re.search(r"[.!?\n]\s*$", text[max(0, m.start() - 3) : m.start()]):
            words = words[0].upper() + words[1:]
        out += [text[last : m.start()], words]
        last = m.end()
    return {**case, "text": "".join(out) + text[last:]} if out else None


# ---------------------------------------------------------------- other wordings

_SYNONYMS = {
    "shot down": ("downed", "destroyed", "intercepted", "brought down", "neutralised"),
    "downed": ("shot down", "destroyed", "intercepted"),
    "intercepted": ("shot down", "downed", "destroyed"),
    "drones": ("UAVs", "attack drones"),
    "air defences": ("air defence units", "air defence forces"),
    "launched": ("fired", "sent"),
    "injured": ("wounded",),
    "wounded": ("injured",),
    "soldiers": ("troops", "servicemen"),
    "troops": ("soldiers", "servicemen"),
    "pledged": ("promised", "committed"),
    "announced": ("unveiled",),
    "combat clashes": ("combat engagements", "clashes"),
    "repelled": ("repulsed", "fought off"),
}
_SYNONYM_RE = re.compile(r"\b(?:" + "|".join(_SYNONYMS) + r")\b")


def synonyms(case: dict, rng: random.Random, _: Sequence[dict] = ()) -> dict | None:
    """Words of each claim type (downing and launch verbs, drone nouns, "injured", "troops", "pledged", "combat
    clashes") swapped for others of the same meaning in one pass; labels unchanged."""
    text = _SYNONYM_RE.sub(lambda m: rng.choice(_SYNONYMS[m.group()]), case["text"])
    return {**case, "text": text} if text != case["text"] else None


_US = {"defences": "defenses", "defence": "defense", "neutralised": "neutralized", "neutralise": "neutralize",
       "armoured": "armored", "kilometres": "kilometers", "programme": "program"}
_US_RE = re.compile(r"\b(" + "|".join(_US) + r")\b", re.IGNORECASE)


def us_spelling(case: dict, rng: random.Random, _: Sequence[dict] = ()) -> dict | None:
    """British spellings in American form; labels unchanged."""
    def us(m: re.Match) -> str:
        word = _US[m.group().lower()]
        return word.capitalize() if m.group()[0].isupper() else word
    text = _US_RE.sub(us, case["text"])
    return {**case, "text": text} if text != case["text"] else None


def typography(case: dict, rng: random.Random, _: Sequence[dict] = ()) -> dict | None:
    """What another CMS does to the same words: curly quotes and apostrophes, a no-break space between a
    figure and its noun, thin spaces for thousands, en dashes, CRLF line ends; labels unchanged."""
    text = re.sub(r"(?<=\w)'(?=\w)", "’", case["text"])
    text = re.sub(r'"(?=\w)', "“", text).replace('"', "”")
    text = re.sub(r"(?<=\d) (?=[a-zA-Z])", "\u00a0", text)
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "\u202f", text)
    text = text.replace(" — ", " – ").replace("\n", "\r\n")
    return {**case, "text": text} if text != case["text"] else None


# "Russia launched 50 drones overnight, the air force said." -> "The air force said Russia launched ...": the
# sayer first, as many outlets write it
_SAID_LAST_RE = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<clause>(?:Russia|Ukraine|Moscow|Kyiv|Russian|Ukrainian|Air\s+defen[cs]es?)\b[^.!?\"“”\n]{10,300}?),\s+"
    r"(?P<sayer>(?:the\s+|[A-Z])[\w'’ -]{2,60}?)\s+(?P<verb>said|says|reported|added)(?P<when>\s+on\s+[A-Z]\w+)?\.(?=\s|$)",
    re.MULTILINE,
)


def sayer_first(case: dict, rng: random.Random, _: Sequence[dict] = ()) -> dict | None:
    """A sentence that names its sayer last names it first ("X said ..."); labels unchanged."""
    def front(m: re.Match) -> str:
        clause = m["clause"]
        if clause.startswith("Air"):
            clause = "a" + clause[1:]
        sayer = m["sayer"][0].upper() + m["sayer"][1:]
        return f"{sayer} {m['verb']}{m['when'] or ''} that {clause}."
    text = _SAID_LAST_RE.sub(front, case["text"])
    return {**case, "text": text} if text != case["text"] else None


_SENTENCE_BREAK_RE = re.compile(r"(?<=[a-z0-9%)][.!?])\s+(?=[A-Z][a-z])")


def sentence_paragraphs(case: dict, rng: random.Random, _: Sequence[dict] = ()) -> dict | None:
    """Every sentence its own paragraph, as some sites break copy; labels unchanged."""
    text = _SENTENCE_BREAK_RE.sub("\n\n", case["text"])
    return {**case, "text": text} if text != case["text"] else None


def joined_paragraphs(case: dict, rng: random.Random, _: Sequence[dict] = ()) -> dict | None:
    """An article's paragraphs run together into one, as a scraper that loses line breaks leaves them (not live
    blogs or lists, whose lines carry their structure, nor an opening headline); labels unchanged."""
    paragraphs = [p.strip() for p in case["text"].split("\n\n") if p.strip()]
    if len(paragraphs) < 2 or not _appendable(case) or any("\n" in p for p in paragraphs):
        return None
    if not paragraphs[0].endswith((".", '"', "”")):
        head, body = paragraphs[0], paragraphs[1:]
        return {**case, "text": head + "\n\n" + " ".join(body)} if len(body) > 1 else None
    return {**case, "text": " ".join(paragraphs)}


# ---------------------------------------------------------------- another item in the same document


def _no_rows(case: dict) -> bool:
    return not any(case["expected"].values())


# a live blog's byline ("Jane Doe 4 January 2025 09:35"): text after the last one would read as a post of its own
_BYLINE_RE = re.compile(r"\d{4}\s+\d{1,2}[:.]\d\d\s*$", re.MULTILINE)


def _appendable(case: dict) -> bool:
    return _BYLINE_RE.search(case["text"]) is None


def with_unrelated_item(case: dict, rng: random.Random, others: Sequence[dict]) -> dict | None:
    """A negative case (no rows in any table, written to look like one) appended as its own paragraph, as a wire
    story or a live blog runs on to another item; the labels stay the case's own."""
    pool = [o for o in others if _no_rows(o) and o["id"] != case["id"] and "\n" not in o["text"].strip()]
    if not pool or not _appendable(case):
        return None
    other = rng.choice(pool)
    return {**case, "id": f"{case['id']}+{other['id']}", "text": case["text"].rstrip() + "\n\n" + other["text"].strip()}


def with_another_report(case: dict, rng: random.Random, others: Sequence[dict]) -> dict | None:
    """A one-paragraph air-attack case about the other side's attacks appended (Moscow's claim after Kyiv's, as wire
    stories run them); the labels are both cases' rows. Reports of the same side's attack are left out: whether
    they are one claim or two turns on who made them and when, which the labels of two separate cases cannot say."""
    rows = case["expected"]["air_attacks"]
    if not rows or not _appendable(case):
        return None
    attackers = {r.get("attacker") for r in rows}
    pool = [
        o for o in others
        if o["id"] != case["id"] and o["expected"]["air_attacks"] and "\n" not in o["text"].strip()
        and not attackers & {r.get("attacker") for r in o["expected"]["air_attacks"]}
        and not any(o["expected"][t] for t in o["expected"] if t != "air_attacks")
    ]
    if not pool:
        return None
    other = rng.choice(pool)
    expected = {t: list(v) for t, v in case["expected"].items()}
    expected["air_attacks"] = rows + other["expected"]["air_attacks"]
    return {**case, "id": f"{case['id']}+{other['id']}", "expected": expected,
            "text": case["text"].rstrip() + "\n\n" + other["text"].strip()}


TRANSFORMS: dict[str, Transform] = {
    "words": counts_in_words,
    "synonyms": synonyms,
    "us-spelling": us_spelling,
    "typography": typography,
    "sayer-first": sayer_first,
    "sentence-paragraphs": sentence_paragraphs,
    "joined-paragraphs": joined_paragraphs,
    "unrelated-item": with_unrelated_item,
    "another-report": with_another_report,
}

# ---------------------------------------------------------------- checking


@dataclass
class TransformResult:
    name: str
    rewritten: int = 0  # (case, table) pairs the transform applied to
    right_before: int = 0  # ... whose rows matched their labels before the rewrite
    broken: list[tuple[str, str, dict]] = field(default_factory=list)  # (table, rewritten case id, the case) now wrong


def _right(table: str, case: dict, rows: list[dict]) -> bool:
    result = match_case(TABLE_BY_NAME[table], case["id"], case["expected"].get(table, []), rows)
    return not result.missed and not result.false


def check(cases: Sequence[dict], extractors: dict[str, Callable], names: Sequence[str], seed: int = 0) -> list[TransformResult]:
    """For each transform, the (case, table) pairs that were right before the rewrite and wrong after it."""
    before = {}
    for case in cases:
        doc = case_document(case)
        before[case["id"]] = {t: _right(t, case, list(f(doc))) for t, f in extractors.items()}
    results = []
    for name in names:
        rng = random.Random(seed)
        result = TransformResult(name)
        for case in cases:
            new = TRANSFORMS[name](case, rng, cases)
            if new is None:
                continue
            doc = case_document(new)
            for table, extract in extractors.items():
                result.rewritten += 1
                if not before[case["id"]][table]:
                    continue
                result.right_before += 1
                if not _right(table, new, list(extract(doc))):
                    result.broken.append((table, new["id"], new))
        results.append(result)
    return results


def format_results(results: Sequence[TransformResult]) -> str:
    lines = [f"{'transform':21}{'rewritten':>10}{'right before':>14}{'broken':>8}   broken per table"]
    for r in results:
        per_table: dict[str, int] = {}
        for table, _, _ in r.broken:
            per_table[table] = per_table.get(table, 0) + 1
        tables = ", ".join(f"{t} {n}" for t, n in sorted(per_table.items())) or "-"
        lines.append(f"{r.name:21}{r.rewritten:>10}{r.right_before:>14}{len(r.broken):>8}   {tables}")
    return "\n".join(lines)


def run(names: Sequence[str] | None = None, show: int = 0, seed: int = 0) -> int:
    """Tune split only: the rewritten texts and their failures are shown, and held-out text must stay unseen."""
    cases = load_cases("tune")
    extractors, missing = load_extractors()
    chosen = list(names or TRANSFORMS)
    print(f"sitrep bench metamorphic: split tune, {len(cases)} cases, transforms {', '.join(chosen)}, seed {seed}")
    for name, why in missing.items():
        print(f"skipped {name}: {why}")
    results = check(cases, extractors, chosen, seed)
    for r in results:
        for table, case_id, case in r.broken[:show]:
            print(f"--- {r.name}: {case_id} ({table})\n{case['text']}\n")
    print(format_results(results))
    return 0
