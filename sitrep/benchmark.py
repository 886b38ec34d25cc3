"""`sitrep bench`: how well, and how fast, the extractors read the news.

accuracy: every case of the labelled set in `benchmarks/eval/` goes through the real clean
stage (a `.json` record with `text` and `published`) and every extractor that imports;
predicted rows are matched to the gold rows of the same case by each table's key
fields, and precision, recall and F1 are printed per table and per field. The matching
rules are in `benchmarks/README.md`; the scoring functions here are pure.

speed: about N MB of text is scanned once with `re.compile(r"\\d+").finditer` (counting
matches, best of three) and run through all extractors, already cleaned into Documents; both
speeds and their ratio are printed. The default corpus is live blogs of 8-40 KB assembled
(seeded) from the paragraphs of the sample corpus, the shared seed articles when present and
the eval cases of the tune split (never holdout, since people profiling read this corpus),
mostly non-claim text; `--profile dense` is the claim-dense worst case, every
eval case a tiny document. Numbers are varied in every copy. See `benchmarks/README.md`.
"""
from __future__ import annotations

import argparse
import importlib
import json
import random
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.models import Document, RawDocument

EVAL_DIR = Path(__file__).resolve().parent.parent / "benchmarks" / "eval"
SAMPLE_CORPUS = Path(__file__).resolve().parent / "sample_corpus"
SPLITS = ("holdout", "tune")


@dataclass(frozen=True)
class TableBench:
    name: str
    extractor: str  # "module:function"
    keys: tuple[str, ...]  # a predicted row matches a gold row when all of these agree
    fields: tuple[str, ...]  # other fields scored on matched rows where gold gives them
    numeric: tuple[str, ...]  # a row with none of these set is vague: not scored


TABLES: tuple[TableBench, ...] = (
    TableBench("air_attacks", "sitrep.air_attacks:extract_air_attacks",
               ("attacker", "weapon", "launched", "intercepted", "lost"),
               ("qualifier", "claimant", "weapon_type", "report_date"),
               ("launched", "intercepted", "lost")),
    TableBench("casualty_claims", "sitrep.casualties:extract_casualties",
               ("side", "measure", "value", "low", "high"), ("population",), ("value", "low", "high")),
    TableBench("troop_deployments", "sitrep.troops:extract_troop_deployments",
               ("country", "value", "low", "high"), ("location",), ("value", "low", "high")),
    TableBench("aid_pledges", "sitrep.aid:extract_aid_pledges",
               ("currency", "amount"), ("donor",), ("amount",)),
    TableBench("combat_clashes", "sitrep.clashes:extract_combat_clashes",
               ("value",), ("period",), ("value", "low", "high")),
)
TABLE_BY_NAME = {t.name: t for t in TABLES}

# ---------------------------------------------------------------- normalising values

_DONOR_ALIASES = {
    "united states": "us", "usa": "us", "u.s.": "us", "america": "us", "washington": "us",
    "united kingdom": "uk", "britain": "uk", "great britain": "uk", "u.k.": "uk", "london": "uk",
    "european union": "eu", "brussels": "eu", "european commission": "eu",
    "international monetary fund": "imf", "berlin": "germany", "paris": "france", "tokyo": "japan",
}
_PERIODS = {
    "past day": "24 hours", "last day": "24 hours", "past 24 hours": "24 hours",
    "last 24 hours": "24 hours", "24h": "24 hours", "over the past day": "24 hours",
    "today": "day", "since the start of the day": "day", "since the beginning of the day": "day",
}
_FILLER = frozenset(
    "the a an of in on at to near region regions oblast oblasts direction sector front border "
    "area areas district parts part city russia's ukraine's s".split()
)
_TOKEN = re.compile(r"[^\W_]+")


def norm(name: str, value: object) -> object:
    """One field's value in the form compared: text folded, amounts to 6 significant digits."""
    if value is None:
        return None
    if isinstance(value, float) and value != value:  # NaN
        return None
    if name == "amount":
        return float(f"{float(value):.6g}")
    if isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        text = " ".join(value.replace("_", " ").split()).casefold()
        if name in ("currency",):
            return text.upper()
        return text
    return value


def _tokens(text: str) -> set[str]:
    words = {w for w in _TOKEN.findall(text.casefold().replace("’", "'").replace("'s", ""))}
    return {w.replace("ukraine", "ukrainian").replace("russia", "russian") if w in ("ukraine", "russia") else w
            for w in words} - {"the"}


def field_agrees(name: str, gold: object, pred: object) -> bool:
    """Whether a predicted non-key field agrees with gold (gold may be None: then pred must be too)."""
    g, p = norm(name, gold), norm(name, pred)
    if g is None or p is None:
        return g is None and p is None
    if name == "claimant":  # "air force" agrees with "Ukrainian air force"; surnames agree
        tg, tp = _tokens(str(g)), _tokens(str(p))
        return bool(tg and tp) and (tg <= tp or tp <= tg)
    if name == "donor":
        g, p = _DONOR_ALIASES.get(str(g), g), _DONOR_ALIASES.get(str(p), p)
        tg, tp = _tokens(str(g)), _tokens(str(p))
        return g == p or (bool(tg and tp) and (tg <= tp or tp <= tg))
    if name == "location":  # share a place name
        return bool((_tokens(str(g)) - _FILLER) & (_tokens(str(p)) - _FILLER))
    if name == "period":
        return _PERIODS.get(str(g), g) == _PERIODS.get(str(p), p)
    if name == "weapon_type":
        return str(g).replace(" ", "") == str(p).replace(" ", "")
    if name == "report_date":
        return str(g)[:10] == str(p)[:10]
    return g == p


def row_key(spec: TableBench, row: dict) -> tuple:
    return tuple(norm(k, row.get(k)) for k in spec.keys)


def is_vague(spec: TableBench, row: dict) -> bool:
    """A row with no number at all ("dozens of drones"): neither a hit nor a false row."""
    return all(norm(k, row.get(k)) is None for k in spec.numeric)


# ---------------------------------------------------------------- scoring (pure)


@dataclass
class CaseResult:
    """One case, one table: which rows matched, which gold rows were missed, which were false."""

    case_id: str
    matched: list[tuple[dict, dict]] = field(default_factory=list)  # (gold, predicted)
    missed: list[dict] = field(default_factory=list)
    false: list[dict] = field(default_factory=list)
    gold: list[dict] = field(default_factory=list)
    predicted: list[dict] = field(default_factory=list)


def match_case(spec: TableBench, case_id: str, gold: Sequence[dict], predicted: Sequence[dict]) -> CaseResult:
    """Pair predicted rows with gold rows of equal key; among equals, the one agreeing on most fields."""
    scored = [p for p in predicted if not is_vague(spec, p)]
    result = CaseResult(case_id, gold=list(gold), predicted=scored)
    pool: dict[tuple, list[dict]] = {}
    for g in gold:
        pool.setdefault(row_key(spec, g), []).append(g)
    for p in scored:
        candidates = pool.get(row_key(spec, p))
        if not candidates:
            result.false.append(p)
            continue
        best = max(candidates, key=lambda g: sum(
            field_agrees(f, g[f], p.get(f)) for f in spec.fields if f in g))
        candidates.remove(best)
        result.matched.append((best, p))
    result.missed = [g for rows in pool.values() for g in rows]
    return result


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class TableScore:
    table: str
    rows: PRF = field(default_factory=PRF)
    key_fields: dict[str, PRF] = field(default_factory=dict)
    field_accuracy: dict[str, tuple[int, int]] = field(default_factory=dict)  # field -> (right, scored)
    cases: list[CaseResult] = field(default_factory=list)


def score_table(spec: TableBench, results: Iterable[CaseResult]) -> TableScore:
    """Rows: TP = matched, FP = false, FN = missed. Key fields: P/R/F1 of each field's
    non-null values, compared as multisets per case. Other fields: accuracy on matched rows."""
    score = TableScore(spec.name, key_fields={k: PRF() for k in spec.keys})
    right = Counter()
    total = Counter()
    for res in results:
        score.cases.append(res)
        score.rows.tp += len(res.matched)
        score.rows.fp += len(res.false)
        score.rows.fn += len(res.missed)
        for k in spec.keys:
            g = Counter(norm(k, r.get(k)) for r in res.gold)
            p = Counter(norm(k, r.get(k)) for r in res.predicted)
            g.pop(None, None)
            p.pop(None, None)
            both = sum((g & p).values())
            prf = score.key_fields[k]
            prf.tp += both
            prf.fp += sum(p.values()) - both
            prf.fn += sum(g.values()) - both
        for gold, pred in res.matched:
            for f in spec.fields:
                if f in gold:
                    total[f] += 1
                    right[f] += field_agrees(f, gold[f], pred.get(f))
    score.field_accuracy = {f: (right[f], total[f]) for f in spec.fields}
    return score


# ---------------------------------------------------------------- cases and documents


def load_cases(split: str, eval_dir: Path = EVAL_DIR) -> list[dict]:
    splits = SPLITS if split == "all" else (split,)
    cases = []
    for s in splits:
        with open(eval_dir / f"{s}.jsonl", encoding="utf-8") as fh:
            cases.extend(json.loads(line) for line in fh if line.strip())
    return cases


def case_document(case: dict) -> Document:
    """The case as the pipeline would see it: a `.json` record through the real clean stage."""
    from sitrep.clean import clean_document
    from sitrep.ids import document_id

    data = json.dumps({"text": case["text"], "published": case.get("published")}, ensure_ascii=False).encode()
    raw = RawDocument(document_id(data), f"benchmarks/eval/{case['id']}.json", "json", data)
    return clean_document(raw)


def load_extractors(tables: Sequence[TableBench] = TABLES) -> tuple[dict[str, Callable], dict[str, str]]:
    """The extractors that import, and why the others do not."""
    found: dict[str, Callable] = {}
    missing: dict[str, str] = {}
    for spec in tables:
        module, func = spec.extractor.split(":")
        try:
            found[spec.name] = getattr(importlib.import_module(module), func)
        except Exception as exc:  # noqa: BLE001 - a module being written may not import yet
            missing[spec.name] = f"{type(exc).__name__}: {exc}"
    return found, missing


def evaluate(cases: Sequence[dict], extractors: dict[str, Callable],
             document: Callable[[dict], Document] = case_document) -> tuple[dict[str, TableScore], list[str]]:
    """Scores of each available table over `cases`, and the errors met (a failing case
    predicts nothing for that table, so its gold rows count as missed)."""
    errors: list[str] = []
    results: dict[str, list[CaseResult]] = {name: [] for name in extractors}
    for case in cases:
        try:
            doc = document(case)
        except Exception as exc:  # noqa: BLE001 - the benchmark reports, it does not stop
            doc = None
            errors.append(f"{case['id']}: clean: {type(exc).__name__}: {exc}")
        for name, extract in extractors.items():
            predicted: list[dict] = []
            if doc is not None:
                try:
                    predicted = list(extract(doc))
                except Exception as exc:  # noqa: BLE001
                    errors.append(f"{case['id']}: {name}: {type(exc).__name__}: {exc}")
            gold = case["expected"].get(name, [])
            results[name].append(match_case(TABLE_BY_NAME[name], case["id"], gold, predicted))
    return {name: score_table(TABLE_BY_NAME[name], res) for name, res in results.items()}, errors


# ---------------------------------------------------------------- printing


def format_scores(scores: dict[str, TableScore]) -> str:
    lines = [f"{'table':<20}{'gold':>6}{'pred':>6}{'tp':>6}{'fp':>6}{'fn':>6}{'P':>8}{'R':>8}{'F1':>8}"]
    for name, s in scores.items():
        r = s.rows
        lines.append(f"{name:<20}{r.tp + r.fn:>6}{r.tp + r.fp:>6}{r.tp:>6}{r.fp:>6}{r.fn:>6}"
                     f"{r.precision:>8.3f}{r.recall:>8.3f}{r.f1:>8.3f}")
    lines.append("")
    lines.append("per field (key fields: P/R/F1 of their values; others: accuracy on matched rows)")
    for name, s in scores.items():
        parts = [f"{k} {v.precision:.2f}/{v.recall:.2f}/{v.f1:.2f}" if v.tp + v.fp + v.fn else f"{k} -"
                 for k, v in s.key_fields.items()]
        parts += [f"{f} {ok / n:.2f} (n={n})" if n else f"{f} - (n=0)" for f, (ok, n) in s.field_accuracy.items()]
        lines.append(f"  {name}: " + "; ".join(parts))
    return "\n".join(lines)


def _brief(spec: TableBench, row: dict) -> str:
    keys = ", ".join(f"{k}={row.get(k)!r}" for k in spec.keys)
    extra = ", ".join(f"{f}={row.get(f)!r}" for f in spec.fields if row.get(f) is not None)
    return f"({keys}{'; ' + extra if extra else ''})"


def format_errors(scores: dict[str, TableScore], cases: Sequence[dict]) -> str:
    texts = {c["id"]: c["text"] for c in cases}
    lines = []
    for name, s in scores.items():
        spec = TABLE_BY_NAME[name]
        for res in s.cases:
            wrong = [(g, p) for g, p in res.matched
                     if any(f in g and not field_agrees(f, g[f], p.get(f)) for f in spec.fields)]
            if not (res.missed or res.false or wrong):
                continue
            snippet = " ".join(texts.get(res.case_id, "").split())[:160]
            lines.append(f"[{name}] {res.case_id}: {snippet}")
            lines += [f"    MISSED {_brief(spec, g)}" for g in res.missed]
            for p in res.false:
                evidence = " ".join(str(p.get("evidence") or "").split())[:140]
                lines.append(f"    FALSE  {_brief(spec, p)} | {evidence}")
            for g, p in wrong:
                bad = [f"{f}: gold {g[f]!r} got {p.get(f)!r}" for f in spec.fields
                       if f in g and not field_agrees(f, g[f], p.get(f))]
                lines.append(f"    FIELD  {_brief(spec, g)} " + "; ".join(bad))
    return "\n".join(lines)


def select_cases(cases: Sequence[dict], only: Sequence[str] = (), exclude: Sequence[str] = ()) -> list[dict]:
    """The cases whose id starts with one of `only` (all when empty) and with none of `exclude`:
    a batch added later (`s9-`) can be scored apart, or left out, reproducibly."""
    return [c for c in cases if (not only or c["id"].startswith(tuple(only))) and not c["id"].startswith(tuple(exclude))]


def accuracy(split: str = "holdout", show: bool = False, tables: Sequence[str] | None = None,
             only: Sequence[str] = (), exclude: Sequence[str] = ()) -> int:
    cases = select_cases(load_cases(split), only, exclude)
    specs = [TABLE_BY_NAME[t] for t in tables] if tables else list(TABLES)
    extractors, missing = load_extractors(specs)
    chosen = (f", ids {' or '.join(p + '*' for p in only)}" if only else "") + \
        (f", without {', '.join(p + '*' for p in exclude)}" if exclude else "")
    print(f"sitrep bench accuracy: split {split}{chosen}, {len(cases)} cases ({EVAL_DIR})")
    for name, why in missing.items():
        print(f"skipped {name}: extractor {TABLE_BY_NAME[name].extractor} not available ({why})")
    scores, errors = evaluate(cases, extractors)
    for e in errors:
        print(f"error {e}")
    if show:
        shown = format_errors(scores, cases)
        if shown:
            print(shown)
            print()
    print(format_scores(scores))
    return 0


# ---------------------------------------------------------------- speed

_NUMBER = re.compile(r"\d+")
REGEX_BASELINE = r"\d+"
SEEDS_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"  # ../shared/seeds
PROFILES = ("realistic", "dense")
DOC_BYTES = (8_000, 40_000)  # realistic profile: each document's size in bytes (UTF-8)
CASE_POST_SHARE = 0.4  # realistic profile: share of posts that are an eval case

# Source kinds, for the composition printed: eval cases with gold rows, eval cases
# without (negatives, written to look like claims), the shared seed articles, the sample corpus.
CLAIM_CASE, NEGATIVE_CASE, SEED, SAMPLE, FURNITURE = "claim case", "negative case", "seed", "sample", "furniture"

_AUTHORS = ("Jane Doe", "Maria Lenz", "Owen Hartley", "Tom Ambrose", "Alex Croft", "Stuti Mishra",
            "Chris Stein", "Martin Farrer", "Dan Sabbagh", "Helen Livingstone", "Yaroslav Hrytsak",
            "Olga Koval")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Page furniture of a scraped live blog, as in sitrep/sample_corpus: the clean stage drops it.
_TOP = ("Stay up to date with notifications from The Independent",
        "Notifications can be managed in browser preferences.", "Liveupdated")
_SUPPORT = ("Comments", "Your support helps us to tell the story",
            "Keeping correspondents close to the front line is expensive, and we would rather spend "
            "that money on reporting than on a paywall.",
            "Your support makes all the difference.")
_FOOTER = ("Join our commenting forum", "Comments")


@dataclass(frozen=True)
class BenchDocument:
    """One document of the speed corpus, as it would arrive: a `.txt` page or a `.json` record."""

    text: str
    fmt: str  # "txt" or "json"
    published: str | None = None

    def raw(self, n: int) -> RawDocument:
        from sitrep.ids import document_id

        if self.fmt == "json":
            data = json.dumps({"text": self.text, "published": self.published}, ensure_ascii=False).encode()
        else:
            data = self.text.encode("utf-8")
        return RawDocument(document_id(data), f"bench/{n}.{self.fmt}", self.fmt, data)


@dataclass
class Corpus:
    profile: str
    documents: list[BenchDocument]
    paragraphs: Counter = field(default_factory=Counter)  # source kind -> paragraphs (headlines too)
    chars: Counter = field(default_factory=Counter)  # source kind -> characters
    seeds_dir: Path | None = None  # the seed articles used, if any
    text_lines: int = 0  # realistic profile: headlines and paragraphs (furniture aside) ...
    repeated_lines: int = 0  # ... and how many of them repeat an earlier one exactly

    @property
    def n_bytes(self) -> int:
        return sum(len(d.text.encode("utf-8")) for d in self.documents)

    def describe(self) -> str:
        sizes = sorted(len(d.text.encode("utf-8")) for d in self.documents)
        total = sum(sizes)
        lines = [f"corpus ({self.profile}): {len(sizes)} documents, {total / 1e6:.1f} MB, "
                 f"mean {total / len(sizes) / 1000:.1f} KB (min {sizes[0] / 1000:.1f}, "
                 f"median {sizes[len(sizes) // 2] / 1000:.1f}, max {sizes[-1] / 1000:.1f} KB); "
                 f"seeds: {self.seeds_dir or ('not used' if self.profile == 'dense' else 'not found, not used')}"]
        n_par, n_chr = sum(self.paragraphs.values()), sum(self.chars.values())
        claim = self.paragraphs[CLAIM_CASE] / n_par if n_par else 0.0
        lines.append(f"  paragraphs (headlines and bylines included): {n_par}; from claim cases "
                     f"{claim:.1%}, other text {1 - claim:.1%}")
        for kind in (CLAIM_CASE, NEGATIVE_CASE, SEED, SAMPLE, FURNITURE):
            if self.paragraphs[kind]:
                lines.append(f"    {kind:<14}{self.paragraphs[kind] / n_par:7.1%} of paragraphs"
                             f"{self.chars[kind] / n_chr:7.1%} of text")
        if self.text_lines:
            lines.append(f"  headlines and paragraphs (furniture aside) repeating an earlier one exactly: "
                         f"{self.repeated_lines / self.text_lines:.1%}")
        return "\n".join(lines)


def vary_numbers(text: str, rng: random.Random) -> str:
    """The text with each number replaced by another of the same number of digits."""
    def repl(m: re.Match) -> str:
        n = len(m.group())
        return str(rng.randrange(10 ** (n - 1) if n > 1 else 0, 10 ** n))
    return _NUMBER.sub(repl, text)


@dataclass(frozen=True)
class _Piece:
    """A paragraph or headline of the base texts, ready to be copied with variations: the
    text between its numbers, the numbers' widths, and where two words may trade places."""

    kind: str
    nbytes: int  # UTF-8 bytes; every copy has the same
    parts: tuple[str, ...]  # the text around the numbers: len(widths) + 1 parts
    widths: tuple[int, ...]  # digits of each number
    swaps: tuple[tuple[int, int, int, int], ...]  # (part, start, end of 1st word, end of 2nd)
    names: tuple[tuple[int, int, int, tuple[str, ...]], ...] = ()  # (part, start, end, alternatives)


_LOWER_WORD = re.compile(r"[a-z]{3,}")
# Names that may stand in for one another in a copy (same class, same length, so that a
# copy keeps the original's size): Ukrainian towns, leaders, weekdays, months.
_NAME_CLASSES = (
    "Kyiv Lviv Sumy Uman Odesa Izium Dnipro Kherson Poltava Vinnytsia Zhytomyr Chernihiv Mykolaiv "
    "Pokrovsk Kramatorsk Sloviansk Kupiansk Avdiivka Bakhmut Kharkiv Ternopil Lutsk Rivne",
    "Zelensky Putin Trump Biden Rutte Macron Scholz Starmer Tusk Orban Meloni Erdogan",
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "January February March April June July August September October November December",
)
_ALTERNATIVES: dict[str, tuple[str, ...]] = {}
for _names in _NAME_CLASSES:
    for _name in _names.split():
        _ALTERNATIVES[_name] = tuple(n for n in _names.split() if len(n) == len(_name))
_NAME = re.compile(r"\b(?:" + "|".join(sorted(_ALTERNATIVES, key=len, reverse=True)) + r")\b")
_WORD_SPAN = re.compile(r"[^ ]+")


def _piece(text: str, kind: str) -> _Piece:
    numbers = list(_NUMBER.finditer(text))
    bounds = [0] + [x for m in numbers for x in m.span()] + [len(text)]
    parts = tuple(text[bounds[i]:bounds[i + 1]] for i in range(0, len(bounds), 2))
    words = list(_WORD_SPAN.finditer(text))
    near_digit = {j for i, w in enumerate(words) if _NUMBER.search(w.group()) for j in range(i - 3, i + 4)}
    swaps = []
    for i in range(len(words) - 1):
        a, b = words[i], words[i + 1]
        if (i in near_digit or i + 1 in near_digit or b.start() != a.end() + 1
                or not _LOWER_WORD.fullmatch(a.group()) or not _LOWER_WORD.fullmatch(b.group())):
            continue
        k = next(k for k in range(len(parts)) if bounds[2 * k] <= a.start() and b.end() <= bounds[2 * k + 1])
        base = bounds[2 * k]
        swaps.append((k, a.start() - base, a.end() - base, b.end() - base))
    names = []
    for m in _NAME.finditer(text):
        alternatives = _ALTERNATIVES[m.group()]
        k = next((k for k in range(len(parts)) if bounds[2 * k] <= m.start() and m.end() <= bounds[2 * k + 1]), None)
        if len(alternatives) > 1 and k is not None:
            names.append((k, m.start() - bounds[2 * k], m.end() - bounds[2 * k], alternatives))
    return _Piece(kind, len(text.encode("utf-8")), parts, tuple(len(m.group()) for m in numbers),
                  tuple(swaps), tuple(names))


_LOWEST = [0] + [10 ** (w - 1) for w in range(1, 16)]


def _vary(piece: _Piece, rng: random.Random) -> str:
    """A fresh copy: each number replaced by another of as many digits (as `vary_numbers`)
    names of towns, leaders, weekdays and months replaced by others of the same length,
    and, away from any number, one or more pairs of adjacent lowercase words swapped, so that copies of a
    paragraph with few or no digits are new strings too and no cache keyed on the text can
    help. Every copy has the same length as the original."""
    parts = piece.parts
    rnd = rng.random
    if piece.names:
        parts = list(parts)
        for k, s, e, alternatives in piece.names:
            p = parts[k]
            parts[k] = p[:s] + alternatives[int(rnd() * len(alternatives))] + p[e:]
    if piece.swaps:
        parts = list(parts)
        n = len(piece.swaps)
        picked = sorted({int(rnd() * n) for _ in range(1 + n // 8)})
        last = -2
        for i in picked:  # swaps of word pairs that do not overlap; lengths do not change
            if i == last + 1:
                continue
            last = i
            k, s, m, e = piece.swaps[i]
            p = parts[k]
            parts[k] = p[:s] + p[m + 1:e] + " " + p[s:m] + p[e:]
    if not piece.widths:
        return parts[0]
    out = [parts[0]]
    for w, tail in zip(piece.widths, parts[1:]):
        if w == 1:
            out.append(str(int(rnd() * 10)))
        elif w < len(_LOWEST):
            lo = _LOWEST[w]
            out.append(str(lo + int(rnd() * 9 * lo)))
        else:
            out.append(str(rng.randrange(10 ** (w - 1), 10 ** w)))
        out.append(tail)
    return "".join(out)


@dataclass
class _Pools:
    headlines: list[_Piece]
    runs: list[tuple[_Piece, ...]]  # consecutive paragraphs of a seed or sample article
    cases: list[tuple[_Piece | None, tuple[_Piece, ...]]]  # (headline, paragraphs) of an eval case
    lead: list[_Piece]  # standfirsts


def _clean_sources(seeds_dir: Path | None) -> list[tuple[str, Document]]:
    from sitrep.clean import clean_document
    from sitrep.ingest import split_file

    paths = [(SAMPLE, p) for p in sorted(SAMPLE_CORPUS.iterdir())]
    if seeds_dir is not None:
        paths += [(SEED, p) for p in sorted(seeds_dir.iterdir()) if p.is_file()]
    docs = []
    for kind, path in paths:
        raws, _ = split_file(str(path), path.read_bytes())
        for raw in raws:
            try:
                docs.append((kind, clean_document(raw)))
            except Exception:  # noqa: BLE001 - an unreadable source is just not used
                continue
    return docs


def _pools(seeds_dir: Path | None, rng: random.Random) -> _Pools:
    """The base texts, through the real clean stage (so boilerplate and repeats are gone):
    headlines, runs of 1-5 consecutive paragraphs of the seed and sample articles, eval cases."""
    from sitrep.clean import is_headline_like

    headlines: list[_Piece] = []
    runs: list[tuple[_Piece, ...]] = []
    lead: list[_Piece] = []
    for kind, doc in _clean_sources(seeds_dir):
        if doc.title:
            headlines.append(_piece(doc.title, kind))
        paragraphs = []
        for post in doc.posts:
            if post.headline and post.headline != doc.title:
                headlines.append(_piece(post.headline, kind))
            paragraphs += [_piece(p, kind) for p in post.paragraphs]
        if paragraphs:
            lead.append(paragraphs[0])
        i = 0
        while i < len(paragraphs):
            n = rng.randint(1, 5)
            runs.append(tuple(paragraphs[i:i + n]))
            i += n
    cases: list[tuple[_Piece | None, tuple[_Piece, ...]]] = []
    for case in load_cases("tune"):  # never holdout: people profiling read this corpus
        kind = CLAIM_CASE if any(case["expected"].values()) else NEGATIVE_CASE
        try:
            doc = case_document(case)
        except Exception:  # noqa: BLE001
            continue
        for post in doc.posts:
            head = post.headline or (doc.title if post is doc.posts[0] else None)
            if post.paragraphs:
                cases.append((_piece(head, kind) if head and is_headline_like(head) else None,
                              tuple(_piece(p, kind) for p in post.paragraphs)))
    return _Pools(headlines, runs, cases, lead)


class _Deck:
    """Draws every item once, in a seeded random order, before any repeats."""

    def __init__(self, items: Sequence, rng: random.Random) -> None:
        self.items, self.rng, self.left = list(items), rng, []

    def draw(self):
        if not self.left:
            self.left = self.items[:]
            self.rng.shuffle(self.left)
        return self.left.pop()


def _live_blog(target: int, limit: int, rng: random.Random, decks: dict[str, _Deck],
               corpus: Corpus, seen: set[int]) -> str:
    """One live blog of about `target` bytes (never more than `limit`): a scraped header
    with title, standfirst, authors and dateline, then posts (a headline line, paragraphs
    and a closing byline "Jane Doe 4 January 2025 09:35", newest first), then a footer."""
    from datetime import datetime, timedelta

    paragraphs, chars = corpus.paragraphs, corpus.chars
    lines: list[tuple[str, str, int]] = []  # (text, source kind, bytes)
    when = datetime(2024, 1, 1) + timedelta(minutes=rng.randrange(2 * 365 * 24 * 60))
    furnished = rng.random() < 0.5
    authors = rng.sample(_AUTHORS, rng.randint(1, 3))
    furniture = [(line, FURNITURE, len(line.encode("utf-8"))) for line in _TOP] if furnished else []
    lines += furniture
    for deck in ("headline", "lead"):
        piece = decks[deck].draw()
        lines.append((_vary(piece, rng), piece.kind, piece.nbytes))
    stamp = f"{_WEEKDAYS[when.weekday()]} {when.day:02d} {_MONTHS[when.month - 1]} {when.year} {when:%H:%M} GMT"
    lines += [(",".join(authors), FURNITURE, len(",".join(authors))), (stamp, FURNITURE, len(stamp))]
    if furnished:
        lines += [(line, FURNITURE, len(line.encode("utf-8"))) for line in _SUPPORT]
    footer = [(line, FURNITURE, len(line) + 2) for line in _FOOTER] if furnished else []
    size = sum(n + 2 for _, _, n in lines) + sum(n for _, _, n in footer)
    while size < target:
        if rng.random() < CASE_POST_SHARE:
            head, body = decks["case"].draw()
            head = head or decks["headline"].draw()
        else:
            head, body = decks["headline"].draw(), decks["run"].draw()
        byline = f"{authors[int(rng.random() * len(authors))]}{' ' if rng.random() < 0.5 else ''}" \
                 f"{when.day} {_MONTHS[when.month - 1]} {when.year} {when.hour:02d}:{when.minute:02d}"
        post_size = head.nbytes + sum(p.nbytes for p in body) + 2 * len(body) + len(byline) + 4
        if size + post_size > limit:
            break
        lines.append((_vary(head, rng), head.kind, head.nbytes))
        lines += [(_vary(p, rng), p.kind, p.nbytes) for p in body]
        lines.append((byline, FURNITURE, len(byline)))
        size += post_size
        when -= timedelta(minutes=rng.randint(3, 45))
    lines += footer
    for text, kind, _ in lines:
        paragraphs[kind] += 1
        chars[kind] += len(text) + 2
        if kind != FURNITURE:
            corpus.text_lines += 1
            h = hash(text)
            if h in seen:
                corpus.repeated_lines += 1
            else:
                seen.add(h)
    return "\n\n".join(text for text, _, _ in lines)


def _dense_texts() -> list[tuple[str, str | None, str]]:
    """(text, published, kind) of the sample corpus documents and the eval cases, whole."""
    from sitrep.decode import decode
    from sitrep.ingest import split_file

    texts: list[tuple[str, str | None, str]] = []
    for path in sorted(SAMPLE_CORPUS.iterdir()):
        raws, _ = split_file(str(path), path.read_bytes())
        for raw in raws:
            texts.append((decode(raw.data, raw.fmt).text, None, SAMPLE))
    for case in load_cases("tune"):  # never holdout: people profiling read this corpus
        kind = CLAIM_CASE if any(case["expected"].values()) else NEGATIVE_CASE
        texts.append((case["text"], case.get("published"), kind))
    return texts


def build_corpus(mb: float, seed: int = 0, profile: str = "realistic",
                 seeds_dir: Path | None = SEEDS_DIR, doc_bytes: tuple[int, int] = DOC_BYTES) -> Corpus:
    """About `mb` MB (10^6 bytes of UTF-8) of documents, the same for the same arguments.

    realistic: live blogs of `doc_bytes` bytes each, assembled from the paragraphs of the
    sample corpus, of the seed articles (when `seeds_dir` exists) and of the eval cases.
    dense: the old claim-dense worst case, every eval case and sample document whole, over
    and over (tiny documents). Numbers are varied in every copy.
    """
    if profile not in PROFILES:
        raise ValueError(f"profile must be one of {PROFILES}, not {profile!r}")
    rng = random.Random(seed)
    target = int(mb * 1_000_000)
    corpus = Corpus(profile, [])
    size = 0
    if profile == "dense":
        base = _dense_texts()
        while size < target:
            for text, published, kind in base:
                varied = vary_numbers(text, rng)
                corpus.documents.append(BenchDocument(varied, "json", published))
                n = len(varied.split("\n\n"))
                corpus.paragraphs[kind] += n
                corpus.chars[kind] += len(varied)
                size += len(varied.encode("utf-8"))
                if size >= target:
                    break
        return corpus
    seeds = seeds_dir if seeds_dir is not None and seeds_dir.is_dir() else None
    corpus.seeds_dir = seeds
    pools = _pools(seeds, rng)
    decks = {"headline": _Deck(pools.headlines, rng), "run": _Deck(pools.runs, rng),
             "case": _Deck(pools.cases, rng), "lead": _Deck(pools.lead, rng)}
    lo, hi = doc_bytes
    seen: set[int] = set()  # hashes of the lines made so far, to count exact repeats
    while size < target:
        doc_target = rng.randint(lo, hi)
        text = _live_blog(doc_target, hi, rng, decks, corpus, seen)
        corpus.documents.append(BenchDocument(text, "txt"))
        size += len(text.encode("utf-8"))
    return corpus


def _peak_rss_mb() -> float | None:
    try:
        import resource
        import sys
    except ImportError:  # not on Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak / 1e3


def speed(mb: float = 100.0, seed: int = 0, profile: str = "realistic") -> int:
    from sitrep.clean import clean_document

    extractors, missing = load_extractors()
    for name, why in missing.items():
        print(f"skipped {name}: extractor not available ({why})")
    start = time.perf_counter()
    corpus = build_corpus(mb, seed, profile)
    build_s = time.perf_counter() - start
    text = "\n\n".join(d.text for d in corpus.documents)
    size_mb = len(text.encode("utf-8")) / 1_000_000
    print(f"sitrep bench speed: {size_mb:.1f} MB in {len(corpus.documents)} documents "
          f"(profile {profile}, seed {seed}, built in {build_s:.1f} s)")
    print(corpus.describe())

    regex_s = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        count = sum(1 for _ in _NUMBER.finditer(text))
        regex_s = min(regex_s, time.perf_counter() - start)
    del text

    clean_s = 0.0
    docs: list[Document] = []
    for n, bench_doc in enumerate(corpus.documents):
        raw = bench_doc.raw(n)
        start = time.perf_counter()
        docs.append(clean_document(raw))
        clean_s += time.perf_counter() - start
    n_docs, n_posts = len(corpus.documents), sum(len(d.posts) for d in docs)
    n_pars = sum(len(p.paragraphs) for d in docs for p in d.posts)
    del corpus

    # All extractors over each document in turn, as the pipeline runs them (so caches
    # shared within a document work as they do there); each call is timed on its own too.
    per_table = dict.fromkeys(extractors, 0.0)
    rows = 0
    clock = time.perf_counter
    start_all = clock()
    for doc in docs:
        for name, extract in extractors.items():
            t0 = clock()
            rows += len(extract(doc))
            per_table[name] += clock() - t0
    extract_s = clock() - start_all

    regex_rate = size_mb / regex_s
    extract_rate = size_mb / extract_s if extract_s else float("inf")
    print(f"re pass (re.compile(r\"{REGEX_BASELINE}\").finditer, {count} matches, best of 3): "
          f"{regex_s:.3f} s, {regex_rate:.1f} MB/s")
    print(f"clean stage (not part of the target): {clean_s:.2f} s, {size_mb / clean_s:.2f} MB/s; "
          f"{n_docs} documents -> {n_posts} posts, {n_pars} paragraphs")
    print("each extractor (its own calls within the pass below):")
    for name, secs in per_table.items():
        print(f"  {name:<20}{secs:8.2f} s {size_mb / secs if secs else float('inf'):10.2f} MB/s")
    ratio = extract_rate / regex_rate
    print(f"all extractors ({len(extractors)}, {rows} rows): {extract_s:.2f} s, {extract_rate:.2f} MB/s")
    print(f"ratio extraction / re pass: {ratio:.3f} (target >= 0.200: {'met' if ratio >= 0.2 else 'not met'})")
    peak = _peak_rss_mb()
    if peak is not None:
        print(f"peak memory (RSS): {peak:.0f} MB")
    return 0


# ---------------------------------------------------------------- command line


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sitrep bench", description="accuracy and speed of the extractors")
    actions = parser.add_subparsers(dest="action", required=True)
    acc = actions.add_parser("accuracy", help="precision, recall and F1 on the labelled set")
    acc.add_argument("--split", choices=("holdout", "tune", "all"), default="holdout")
    acc.add_argument("--show", action="store_true", help="print missed, false and wrong rows")
    acc.add_argument("--table", action="append", choices=[t.name for t in TABLES],
                     help="only this table (repeatable)")
    acc.add_argument("--only", action="append", default=[], metavar="PREFIX",
                     help="only cases whose id starts with PREFIX (repeatable), e.g. s9-")
    acc.add_argument("--exclude", action="append", default=[], metavar="PREFIX",
                     help="leave out cases whose id starts with PREFIX (repeatable)")
    spd = actions.add_parser("speed", help="extraction speed against one re pass")
    spd.add_argument("--mb", type=float, default=100.0, help="megabytes of text (default 100)")
    spd.add_argument("--seed", type=int, default=0)
    spd.add_argument("--profile", choices=PROFILES, default="realistic",
                     help="realistic: live blogs of 8-40 KB, mostly non-claim text (default); "
                          "dense: the claim-dense worst case, each eval case a tiny document")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.action == "accuracy":
        return accuracy(args.split, args.show, args.table, args.only, args.exclude)
    return speed(args.mb, args.seed, args.profile)


if __name__ == "__main__":
    raise SystemExit(main())
