"""Air-attack events: the claims of the whole `air_attacks` table reconciled into one row
per attack. Pure: a table in, a table out.

One event per (attacker, report_date, period, weapon):

- period: `night` when the claim's time_window names the night ("overnight", "night",
  "overnight into February 8") or is unknown (null): national air-defence summaries, the
  bulk of the claims, are morning reports of the night before, and an article that gives
  no window almost always reports the overnight attack. Any other stated window ("day",
  "24 hours", "afternoon", "evening") is `day`.
- claims with report_date `unknown` (or no attacker or weapon) form no event: they
  cannot be placed.

Reports: the claims of one claimant in one document (and scope) are one report; when they
are several rows of the same weapon class split by weapon type ("4 Iskander-M and 20
Kh-101 missiles"), the report's figures are their sums.

Best figures (launched, intercepted, lost) come from the best report, ranked by:
1. national scope (scope `regional` ranks last; a null scope counts as national),
2. the defending side's official claimant (attacker russia: the Ukrainian air force;
   attacker ukraine: the Russian defence ministry),
3. the largest launched, then the largest intercepted, then the smallest claim id;
a figure the best report lacks is taken from the next report, in that order, that has it,
never from a regional report while a national one exists.

Disagreement stays visible: launched_min/max and intercepted_min/max span all national
reports (all reports when there are only regional ones); n_reports counts every claim,
and claim_ids, claimants and sources (source_uri) list them all, sorted.

A report about one weapon type only ("six Kinzhal missiles") is likewise a part when
another report counts the whole class ("127 missiles"): it is linked, not used for the
best figures or the min/max.

Revisions: when one claimant gives different figures for the same event (same scope) in
two reports about the same weapon types, each change is recorded in `revisions` as {claimant, field, from, to,
claim_id} (claim_id of the later report), as JSON. Reports are ordered by `reported_at`
(the post's timestamp, else the article's date), then report_date and claim_id, so "from"
is the earlier figure and "to" the later one wherever the input gave publication times.

event_id is a stable hash of (attacker, report_date, period, weapon).
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import pyarrow as pa

from sitrep import ids
from sitrep.schemas import AIR_ATTACK_EVENTS, UNKNOWN_DATE, to_table

FIGURES = ("launched", "intercepted", "lost")
NIGHT, DAY = "night", "day"
_NIGHT_RE = re.compile(r"night", re.IGNORECASE)  # "overnight", "night", "last night"
_OFFICIAL = {
    "russia": re.compile(r"^(?:the\s+)?(?:ukrainian|ukraine['’]?s?)?\s*air\s+force$", re.IGNORECASE),
    "ukraine": re.compile(
        r"^(?:the\s+)?(?:russian|russia['’]?s?)?\s*(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|MoD)$",
        re.IGNORECASE),
}
_ORDER_COLUMNS = ("reported_at",)


def period_of(time_window: str | None) -> str:
    """`night` for a night-time or unknown window, `day` for any other stated window."""
    if time_window is None or not time_window.strip() or _NIGHT_RE.search(time_window):
        return NIGHT
    return DAY


def event_id(attacker: str, report_date: str, period: str, weapon: str) -> str:
    return ids.stable_id(["air_attack_event", attacker, report_date, period, weapon])


def is_official(attacker: str, claimant: str | None) -> bool:
    pattern = _OFFICIAL.get(attacker)
    return bool(claimant and pattern and pattern.match(" ".join(claimant.split())))


@dataclass
class _Report:
    """One claimant's figures in one document (its weapon-type rows summed)."""

    claims: list[dict]
    claimant: str | None
    regional: bool
    figures: dict[str, int | None] = field(default_factory=dict)

    @property
    def types(self) -> frozenset[str]:
        """Weapon types the report is about; empty when it counts the whole weapon class."""
        kinds = [c.get("weapon_type") for c in self.claims]
        return frozenset(kinds) if all(kinds) else frozenset()

    @property
    def claim_id(self) -> str:
        return min(c["claim_id"] for c in self.claims)

    def order(self) -> tuple:
        first = min(self.claims, key=_claim_order)
        return _claim_order(first)


def _claim_order(claim: dict) -> tuple:
    stamp = next((str(claim[c]) for c in _ORDER_COLUMNS if claim.get(c) is not None), "")
    return (stamp, str(claim.get("report_date")), str(claim["claim_id"]))


def _claimant_key(claimant: str | None) -> str:
    return " ".join((claimant or "").casefold().split())


def _sum(values: Iterable[int | None]) -> int | None:
    present = [v for v in values if v is not None]
    return sum(present) if present else None


def _reports(claims: list[dict]) -> list[_Report]:
    groups: dict[tuple, list[dict]] = {}
    for c in sorted(claims, key=_claim_order):
        regional = (c.get("scope") or "").casefold() == "regional"
        groups.setdefault((c.get("document_id"), _claimant_key(c.get("claimant")), regional), []).append(c)
    reports = []
    for (_, _, regional), group in groups.items():
        types = [c.get("weapon_type") for c in group]
        if len(group) > 1 and all(types) and len(set(types)) == len(types):
            parts = [group]  # one report split by weapon type: add the types up
        else:
            parts = [[c] for c in group]
        for part in parts:
            reports.append(_Report(part, part[0].get("claimant"), regional,
                                   {f: _sum(c.get(f) for c in part) for f in FIGURES}))
    return reports


def _rank(attacker: str):
    def key(r: _Report) -> tuple:
        launched = r.figures["launched"]
        intercepted = r.figures["intercepted"]
        return (r.regional, not is_official(attacker, r.claimant),
                -(launched if launched is not None else -1),
                -(intercepted if intercepted is not None else -1), r.claim_id)
    return key


def _revisions(reports: list[_Report]) -> list[dict]:
    by_claimant: dict[tuple[str, bool], list[_Report]] = {}
    for r in sorted(reports, key=_Report.order):
        if r.claimant:
            by_claimant.setdefault((_claimant_key(r.claimant), r.regional), []).append(r)
    out = []
    for (_, _), series in sorted(by_claimant.items()):
        for before, after in zip(series, series[1:]):
            if before.types != after.types:  # "6 Kinzhals" next to "127 missiles": a part, not a revision
                continue
            for f in FIGURES:
                old, new = before.figures[f], after.figures[f]
                if old is not None and new is not None and old != new:
                    out.append({"claimant": after.claimant, "field": f, "from": old, "to": new,
                                "claim_id": after.claim_id})
    return out


def _event(attacker: str, report_date: str, period: str, weapon: str, claims: list[dict]) -> dict:
    reports = sorted(_reports(claims), key=_rank(attacker))
    whole_class = any(not r.types for r in reports)
    # A report of one weapon type ("6 Kinzhals") is part of a whole-class count when one exists.
    national = [r for r in reports if not r.regional and not (whole_class and r.types)] or reports
    best = {f: next((r.figures[f] for r in national if r.figures[f] is not None), None) for f in FIGURES}

    def span(f: str) -> tuple[int | None, int | None]:
        values = [r.figures[f] for r in national if r.figures[f] is not None]
        return (min(values), max(values)) if values else (None, None)

    launched_min, launched_max = span("launched")
    intercepted_min, intercepted_max = span("intercepted")
    revisions = _revisions(reports)
    return {
        "event_id": event_id(attacker, report_date, period, weapon),
        "report_date": report_date,
        "attacker": attacker,
        "weapon": weapon,
        "period": period,
        **best,
        "launched_min": launched_min,
        "launched_max": launched_max,
        "intercepted_min": intercepted_min,
        "intercepted_max": intercepted_max,
        "n_reports": len(claims),
        "claim_ids": sorted(c["claim_id"] for c in claims),
        "claimants": sorted({c["claimant"] for c in claims if c.get("claimant")}),
        "sources": sorted({c["source_uri"] for c in claims if c.get("source_uri")}),
        "revisions": json.dumps(revisions, ensure_ascii=False) if revisions else None,
    }


def reconcile(claims: pa.Table) -> pa.Table:
    """AIR_ATTACK_EVENTS rows from the whole air_attacks table (any column order; columns
    the events do not use may be missing)."""
    groups: dict[tuple[str, str, str, str], list[dict]] = {}
    for c in claims.to_pylist():
        date, attacker, weapon = c.get("report_date"), c.get("attacker"), c.get("weapon")
        if not date or date == UNKNOWN_DATE or not attacker or not weapon:
            continue
        groups.setdefault((attacker, str(date), period_of(c.get("time_window")), weapon), []).append(c)
    rows = [_event(a, d, p, w, cs) for (a, d, p, w), cs in sorted(groups.items(), key=lambda kv: (kv[0][1], *kv[0]))]
    return to_table(AIR_ATTACK_EVENTS, rows)
