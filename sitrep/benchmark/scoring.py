"""How predicted rows are matched to gold rows and scored: pure functions, no I/O.

The rules are written out in `benchmarks/README.md` ("Matching rules")."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field


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
    """Pair predicted rows with gold rows of equal key; among equals, the one agreeing on most fields.
    Vague rows are left out on both sides."""
    scored = [p for p in predicted if not is_vague(spec, p)]
    result = CaseResult(case_id, gold=[g for g in gold if not is_vague(spec, g)], predicted=scored)
    pool: dict[tuple, list[dict]] = {}
    for g in result.gold:
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
