"""`sitrep bench accuracy`: every case of the labelled set in `benchmarks/eval/` goes through
the real clean stage (a `.json` record with `text` and `published`) and every extractor that
imports; rows are scored per table and per field by `scoring`."""
from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Sequence
from pathlib import Path

from sitrep.benchmark.scoring import (
    TABLE_BY_NAME,
    TABLES,
    CaseResult,
    TableBench,
    TableScore,
    field_agrees,
    match_case,
    score_table,
)
from sitrep.models import Document, RawDocument

EVAL_DIR = Path(__file__).resolve().parents[2] / "benchmarks" / "eval"
SPLITS = ("holdout", "tune")


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


def run(split: str = "holdout", show: bool = False, tables: Sequence[str] | None = None,
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
