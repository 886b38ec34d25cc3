"""What a run did, as a plain dict (kept in the lake) and as markdown (shown in Prefect)."""
from __future__ import annotations

from collections import Counter
from typing import Any

from sitrep.models import Rejected


def run_summary(
    *,
    run_id: str,
    source: str,
    lake: str,
    files: int,
    files_skipped: int,
    documents: int,
    rejected: list[Rejected],
    extracted: dict[str, int],
    published: dict[str, int],
    rules: dict[str, dict[str, dict[str, Any]]],
    partitions: dict[str, list[str]],
    stage_seconds: dict[str, float] | None = None,
    files_removed: int = 0,
) -> dict[str, Any]:
    """The numbers a user checks after a run; quarantine reasons counted per table and rule."""
    reasons = Counter((r.table, rule) for r in rejected for rule in r.rules)
    return {
        "run_id": run_id,
        "source": source,
        "lake": lake,
        "files": files,
        "files_skipped": files_skipped,
        "files_removed": files_removed,
        "documents": documents,
        "documents_quarantined": sum(1 for r in rejected if r.table == "documents"),
        "rows_extracted": extracted,
        "rows_published": published,
        "claims_published": sum(n for t, n in published.items() if t in extracted),
        "rows_quarantined": len(rejected),
        "quarantine_reasons": [
            {"table": table, "rule": rule, "rows": n}
            for (table, rule), n in sorted(reasons.items())
        ],
        "data_quality": "not run" if not rules else (
            "failed" if any(not r["success"] for t in rules.values() for r in t.values()) else "passed"),
        "expectations_failed": sorted(
            f"{table}.{name}"
            for table, table_rules in rules.items()
            for name, r in table_rules.items()
            if not r["success"]
        ),
        "partitions_written": partitions,
        "stage_seconds": stage_seconds or {},
    }


def summary_markdown(summary: dict[str, Any]) -> str:
    lines = [
        "# sitrep ETL run",
        "",
        f"Source `{summary['source']}` → lake `{summary['lake']}` (run `{summary['run_id']}`)",
        "",
        "| measure | value |",
        "| --- | ---: |",
        f"| input files | {summary['files']} |",
        f"| files unchanged, skipped | {summary['files_skipped']} |",
        f"| files gone from the source, pruned | {summary['files_removed']} |",
        f"| documents processed | {summary['documents']} |",
        f"| documents quarantined | {summary['documents_quarantined']} |",
        f"| claims published | {summary['claims_published']} |",
        f"| rows quarantined | {summary['rows_quarantined']} |",
        "",
        "| table | extracted | published |",
        "| --- | ---: | ---: |",
    ]
    for table, published in summary["rows_published"].items():
        extracted = summary["rows_extracted"].get(table, "–")
        lines.append(f"| {table} | {extracted} | {published} |")
    lines.append("")
    if summary["quarantine_reasons"]:
        lines += ["## Quarantined", "", "| table | rule | rows |", "| --- | --- | ---: |"]
        lines += [f"| {r['table']} | {r['rule']} | {r['rows']} |"
                  for r in summary["quarantine_reasons"]]
        lines.append("")
    failed = summary["expectations_failed"]
    status = {"passed": "all expectations passed", "not run": "nothing new to check"}
    lines.append("## Data quality: " + status.get(summary["data_quality"], "failed: " + ", ".join(failed)))
    if summary.get("stage_seconds"):
        lines += ["", "Seconds per stage: " + ", ".join(
            f"{stage.replace('_', ' ')} {secs:.1f}" for stage, secs in summary["stage_seconds"].items())]
    for table, parts in summary["partitions_written"].items():
        if parts:
            lines += ["", f"Partitions written to `{table}`: " + ", ".join(parts)]
    return "\n".join(lines) + "\n"


def data_quality_rows(checked: dict[str, int], quarantined: dict[str, int],
                      rules: dict[str, dict[str, dict[str, Any]]]) -> list[dict[str, Any]]:
    """One row per validated table: the latest run's data-quality status, for a keyed artifact."""
    rows = []
    for table, table_rules in rules.items():
        failed = sorted(name for name, r in table_rules.items() if not r["success"])
        rows.append({"table": table, "status": "failed" if failed else "passed",
                     "rows_checked": checked.get(table, 0), "rows_quarantined": quarantined.get(table, 0),
                     "expectations": len(table_rules), "expectations_failed": ", ".join(failed)})
    return rows
