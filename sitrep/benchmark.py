"""`sitrep bench`: how well, and how fast, the extractors read the news.

accuracy: every case of the labelled set in `benchmarks/eval/` goes through the real clean
stage (a `.json` record with `text` and `published`) and every extractor that imports;
predicted rows are matched to the gold rows of the same case by each table's key
fields, and precision, recall and F1 are printed per table and per field. The matching
rules are in `benchmarks/README.md`; the scoring functions here are pure.

speed: about N MB of text made from the sample corpus and the eval cases (numbers varied
so that no cache can help) is scanned once with `re.compile(r"\\d+").finditer` (counting
matches) and run through all extractors, already cleaned into Documents; both speeds and
their ratio are printed.
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


def accuracy(split: str = "holdout", show: bool = False, tables: Sequence[str] | None = None) -> int:
    cases = load_cases(split)
    specs = [TABLE_BY_NAME[t] for t in tables] if tables else list(TABLES)
    extractors, missing = load_extractors(specs)
    print(f"sitrep bench accuracy: split {split}, {len(cases)} cases ({EVAL_DIR})")
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


def _base_texts() -> list[tuple[str, str | None]]:
    """(text, published) of the sample corpus documents and the eval cases."""
    from sitrep.decode import decode
    from sitrep.ingest import split_file

    texts: list[tuple[str, str | None]] = []
    for path in sorted(SAMPLE_CORPUS.iterdir()):
        raws, _ = split_file(str(path), path.read_bytes())
        for raw in raws:
            texts.append((decode(raw.data, raw.fmt).text, None))
    for case in load_cases("all"):
        texts.append((case["text"], case.get("published")))
    return texts


def vary_numbers(text: str, rng: random.Random) -> str:
    """The text with each number replaced by another of the same number of digits."""
    def repl(m: re.Match) -> str:
        n = len(m.group())
        return str(rng.randrange(10 ** (n - 1) if n > 1 else 0, 10 ** n))
    return _NUMBER.sub(repl, text)


def build_corpus(mb: float, seed: int = 0) -> list[tuple[str, str | None]]:
    """About `mb` MB of documents: the base texts over and over, numbers varied each time."""
    rng = random.Random(seed)
    base = _base_texts()
    target = int(mb * 1_000_000)
    out: list[tuple[str, str | None]] = []
    size = 0
    while size < target:
        for text, published in base:
            varied = vary_numbers(text, rng)
            out.append((varied, published))
            size += len(varied.encode("utf-8")) + 2
            if size >= target:
                break
    return out


def speed(mb: float = 100.0, seed: int = 0) -> int:
    from sitrep.clean import clean_document
    from sitrep.ids import document_id

    extractors, missing = load_extractors()
    for name, why in missing.items():
        print(f"skipped {name}: extractor not available ({why})")
    corpus = build_corpus(mb, seed)
    text = "\n\n".join(t for t, _ in corpus)
    size_mb = len(text.encode("utf-8")) / 1_000_000
    print(f"sitrep bench speed: {size_mb:.1f} MB in {len(corpus)} documents")

    regex_s = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        count = sum(1 for _ in _NUMBER.finditer(text))
        regex_s = min(regex_s, time.perf_counter() - start)

    start = time.perf_counter()
    docs = []
    for t, published in corpus:
        data = json.dumps({"text": t, "published": published}, ensure_ascii=False).encode()
        docs.append(clean_document(RawDocument(document_id(data), "bench.json", "json", data)))
    clean_s = time.perf_counter() - start

    per_table: dict[str, float] = {}
    rows = 0
    for name, extract in extractors.items():
        start = time.perf_counter()
        for doc in docs:
            rows += len(extract(doc))
        per_table[name] = time.perf_counter() - start
    extract_s = sum(per_table.values())

    regex_rate = size_mb / regex_s
    extract_rate = size_mb / extract_s if extract_s else float("inf")
    print(f"re pass (re.compile(r\"{REGEX_BASELINE}\").finditer, {count} matches): "
          f"{regex_s:.3f} s, {regex_rate:.1f} MB/s")
    print(f"clean stage (not part of the target): {clean_s:.2f} s, {size_mb / clean_s:.2f} MB/s")
    for name, secs in per_table.items():
        print(f"  {name:<20}{secs:8.2f} s {size_mb / secs:10.2f} MB/s")
    ratio = extract_rate / regex_rate
    print(f"all extractors ({len(extractors)}, {rows} rows): {extract_s:.2f} s, {extract_rate:.2f} MB/s")
    print(f"ratio extraction / re pass: {ratio:.3f} (target >= 0.200: {'met' if ratio >= 0.2 else 'not met'})")
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
    spd = actions.add_parser("speed", help="extraction speed against one re pass")
    spd.add_argument("--mb", type=float, default=100.0, help="megabytes of text (default 100)")
    spd.add_argument("--seed", type=int, default=0)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.action == "accuracy":
        return accuracy(args.split, args.show, args.table)
    return speed(args.mb, args.seed)


if __name__ == "__main__":
    raise SystemExit(main())
