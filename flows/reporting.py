"""What a run shows in Prefect: artifacts on the run, a keyed data-quality artifact across
runs, a progress bar, and an event an automation can act on when data quality fails."""
from __future__ import annotations

import json
import os
from typing import Any
from uuid import UUID

import pyarrow as pa
from prefect.artifacts import (
    create_link_artifact,
    create_markdown_artifact,
    create_progress_artifact,
    create_table_artifact,
    update_progress_artifact,
)
from prefect.events import emit_event
from prefect.runtime import deployment, flow_run

from sitrep import storage
from sitrep.lake import PublishResult
from sitrep.report import summary_markdown

SUMMARY_KEY = "etl-run-summary"
CLAIMS_KEY = "air-attacks-published"
DATA_QUALITY_KEY = "sitrep-data-quality"
DQ_FAILED_EVENT = "sitrep.data-quality.failed"
DQ_PASSED_EVENT = "sitrep.data-quality.passed"
MAX_TABLE_ROWS = 500
MAX_LINKS_PER_TABLE = 20


class Progress:
    """A progress artifact on the run, moved as batches finish."""

    def __init__(self, total: int, what: str) -> None:
        self.total, self.done, self.what = max(total, 1), 0, what
        self.id: UUID = create_progress_artifact(0.0, description=f"{what}: 0 of {total}")

    def step(self, n: int = 1) -> None:
        self.done += n
        update_progress_artifact(self.id, 100.0 * min(self.done, self.total) / self.total,
                                 description=f"{self.what}: {self.done} of {self.total}")


def _browsable(uri: str) -> str:
    """A link the UI can show: s3:// as is, a local folder as file://."""
    return uri if storage.is_s3(uri) else "file://" + os.path.abspath(uri)


def run_artifacts(summary: dict[str, Any], published: dict[str, PublishResult],
                  claims: pa.Table | None, quality: list[dict[str, Any]]) -> None:
    """The per-run summary, the claims table, links to the partitions written, and the
    keyed data-quality artifact whose history shows each run's status."""
    create_markdown_artifact(summary_markdown(summary), key=SUMMARY_KEY,
                             description="What this sitrep run did")
    if claims is not None and claims.num_rows:
        shown = claims.slice(0, MAX_TABLE_ROWS).drop_columns(["evidence"]).to_pylist()
        create_table_artifact(json.loads(json.dumps(shown, default=str)), key=CLAIMS_KEY,
                              description="Air-attack claims published by this run "
                                          f"(first {MAX_TABLE_ROWS}; evidence in the lake)")
    for table, result in published.items():
        for value in sorted(result.written)[:MAX_LINKS_PER_TABLE]:
            create_link_artifact(_browsable(result.partition_uri(value)),
                                 link_text=f"{table}: {result.partition_key}={value} "
                                           f"({result.written[value]} rows)",
                                 description=f"Partition of {table} written by this run")
    if quality:
        create_table_artifact(quality, key=DATA_QUALITY_KEY,
                              description=f"Data quality of the latest run: {summary['data_quality']}")


def emit_data_quality(summary: dict[str, Any]) -> None:
    """`sitrep.data-quality.failed` (or `.passed`) about the lake, related to this flow run
    and its deployment, so an automation can pause the deployment or notify someone."""
    if summary["data_quality"] == "not run":
        return
    related = [{"prefect.resource.id": f"prefect.flow-run.{flow_run.get_id()}",
                "prefect.resource.role": "flow-run", "prefect.resource.name": flow_run.get_name() or ""}]
    if deployment.get_id():
        related.append({"prefect.resource.id": f"prefect.deployment.{deployment.get_id()}",
                        "prefect.resource.role": "deployment"})
    failed = summary["data_quality"] == "failed"
    emit_event(
        DQ_FAILED_EVENT if failed else DQ_PASSED_EVENT,
        resource={"prefect.resource.id": f"sitrep.lake.{summary['lake']}",
                  "prefect.resource.name": summary["lake"]},
        related=related,
        payload={"run_id": summary["run_id"], "expectations_failed": summary["expectations_failed"],
                 "rows_quarantined": summary["rows_quarantined"],
                 "claims_published": summary["claims_published"]},
    )
