"""The `etl` flow: ingest → clean → extract → validate → publish over batches of documents."""
from __future__ import annotations

import uuid
from datetime import datetime, timezone
from typing import Any

from prefect import flow, get_run_logger, unmapped
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.runtime import flow_run

from sitrep.config import Settings
from sitrep.quarantine import quarantine_table
from sitrep.report import run_summary, summary_markdown
from tasks.clean import clean_batch
from tasks.extract import extract_batch
from tasks.ingest import discover, ingest_batch
from tasks.publish import publish_tables, record_run
from tasks.validate import validate_claims

MAX_TABLE_ARTIFACT_ROWS = 500


def _batches(items: list[str], size: int) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


@flow(name="etl", description="Turn war live blogs into validated, partitioned air_attacks tables.")
def etl(source: str | None = None, lake: str | None = None,
        batch_size: int | None = None) -> dict[str, Any]:
    """Run the whole pipeline once; returns the run summary (also kept in the lake)."""
    settings = Settings()
    source = source or settings.source
    lake = lake or settings.lake
    batch_size = batch_size or settings.batch_size
    run_time = datetime.now(timezone.utc)
    run_id = str(flow_run.get_id() or uuid.uuid4())
    io = {"retries": settings.io_retries, "retry_delay_seconds": settings.io_retry_delay_seconds}
    logger = get_run_logger()

    files = discover.with_options(**io)(source, settings)
    batches = _batches(files, batch_size)
    numbers = list(range(len(batches)))
    ingested = ingest_batch.with_options(**io).map(numbers, batches, unmapped(lake), unmapped(settings))
    cleaned = clean_batch.map(numbers, ingested)
    extracted = extract_batch.map(numbers, cleaned)
    cleaned_batches = cleaned.result()
    rows = [row for batch in extracted.result() for row in batch]
    documents = [doc for batch in cleaned_batches for doc in batch.documents]

    validated = validate_claims(rows, run_time.date(), settings)
    rejected = [rej for batch in cleaned_batches for rej in batch.rejected] + validated.rejected
    published = publish_tables.with_options(**io)(
        lake,
        validated.valid,
        quarantine_table(rejected, run_id, run_time),
        {doc.document_id for doc in documents},
        settings,
    )
    summary = run_summary(
        run_id=run_id, source=source, lake=lake, files=len(files),
        documents=len(documents) + sum(1 for r in rejected if r.table == "documents"),
        rejected=rejected, claims_extracted=len(rows),
        claims_published=validated.valid.num_rows, rules=validated.rules,
        partitions={name: sorted(result.written) for name, result in published.items()},
    )
    record_run.with_options(**io)(lake, run_time.date().isoformat(), run_id, summary,
                                  validated.result, settings)
    create_markdown_artifact(summary_markdown(summary), key="etl-run-summary",
                             description="What this sitrep run did")
    if validated.valid.num_rows:
        create_table_artifact(
            validated.valid.slice(0, MAX_TABLE_ARTIFACT_ROWS).drop_columns(["evidence"]).to_pylist(),
            key="air-attacks-published",
            description="Air-attack claims published by this run",
        )
    logger.info("published %d claims, quarantined %d rows", validated.valid.num_rows, len(rejected))
    return summary
