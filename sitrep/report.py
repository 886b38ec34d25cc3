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
    documents: int,
    rejected: list[Rejected],
    extracted: dict[str, int],
    published: dict[str, int],
    rules: dict[str, dict[str, dict[str, Any]]],
    partitions: dict[str, list[str]],
) -> dict[str, Any]:
    """The numbers a user checks after a run; quarantine reasons counted per table and rule."""
    reasons = Counter((r.table, rule) for r in rejected for rule in r.rules)
    return {
        "run_id": run_id,
        "source": source,
        "lake": lake,
        "files": files,
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
        "expectations_failed": sorted(
            f"{table}.{name}"
            for table, table_rules in rules.items()
            for name, r in table_rules.items()
            if not r["success"]
        ),
        "partitions_written": partitions,
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
        f"| documents in | {summary['documents']} |",
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
    lines.append("## Data quality: " + ("all expectations passed" if not failed
                                        else "failed: " + ", ".join(failed)))
    for table, parts in summary["partitions_written"].items():
        if parts:
            lines += ["", f"Partitions written to `{table}`: " + ", ".join(parts)]
    return "\n".join(lines) + "\n"
