"""The `etl` flow: ingest → clean → extract → validate → publish over batches of documents."""
from __future__ import annotations

import json
import uuid
from datetime import datetime, timezone
from typing import Any

from prefect import flow, get_run_logger, unmapped
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.runtime import flow_run

from sitrep.config import Settings
from sitrep.quarantine import quarantine_table
from sitrep.report import run_summary, summary_markdown
from sitrep.schemas import AIR_ATTACK_EVENTS, AIR_ATTACKS, QUARANTINE, TABLES, to_table
from sitrep.validation import Validator
from tasks.clean import clean_batch
from tasks.extract import extract_batch
from tasks.ingest import discover, ingest_batch
from tasks.publish import publish_table, record_run
from tasks.reconcile import reconcile_events
from tasks.validate import validate_claims

MAX_TABLE_ARTIFACT_ROWS = 500


def _batches(items: list[str], size: int) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


@flow(name="etl", description="Turn war live blogs into validated, partitioned claim tables.")
def etl(source: str | None = None, lake: str | None = None,
        batch_size: int | None = None) -> dict[str, Any]:
    """Run the whole pipeline once; returns the run summary (also kept in the lake)."""
    settings = Settings()
    source = source or settings.source
    lake = lake or settings.lake
    batch_size = batch_size or settings.batch_size
    run_time = datetime.now(timezone.utc)
    today = run_time.date()
    run_id = str(flow_run.get_id() or uuid.uuid4())
    io = {"retries": settings.io_retries, "retry_delay_seconds": settings.io_retry_delay_seconds}
    logger = get_run_logger()

    files = discover.with_options(**io)(source, settings)
    batches = _batches(files, batch_size)
    numbers = list(range(len(batches)))
    ingested = ingest_batch.with_options(**io).map(numbers, batches, unmapped(lake),
                                                   unmapped(settings))
    cleaned = clean_batch.map(numbers, ingested)
    extracted = extract_batch.map(numbers, cleaned)
    cleaned_batches = cleaned.result()
    documents = {doc.document_id for batch in cleaned_batches for doc in batch.documents}
    rows: dict[str, list[dict]] = {}
    for batch in extracted.result():
        for table, table_rows in batch.items():
            rows.setdefault(table, []).extend(table_rows)

    validator = Validator(settings.expectations_dir)
    validated = validate_claims(
        {table: to_table(TABLES[table], table_rows) for table, table_rows in rows.items()},
        today, validator)
    published = {
        table: publish_table.with_options(**io)(lake, table, checked.valid, settings,
                                                replace_documents=documents)
        for table, checked in validated.items()
    }
    validated[AIR_ATTACK_EVENTS.name] = events = reconcile_events(lake, today, validator, settings)
    published[AIR_ATTACK_EVENTS.name] = publish_table.with_options(**io)(
        lake, AIR_ATTACK_EVENTS.name, events.valid, settings, replace_all=True)

    rejected = [rej for batch in cleaned_batches for rej in batch.rejected]
    rejected += [rej for checked in validated.values() for rej in checked.rejected]
    published[QUARANTINE.name] = publish_table.with_options(**io)(
        lake, QUARANTINE.name, quarantine_table(rejected, run_id, run_time), settings)

    summary = run_summary(
        run_id=run_id, source=source, lake=lake, files=len(files),
        documents=len(documents) + sum(1 for r in rejected if r.table == "documents"),
        rejected=rejected,
        extracted={table: len(table_rows) for table, table_rows in rows.items()},
        published={table: checked.valid.num_rows for table, checked in validated.items()},
        rules={table: checked.rules for table, checked in validated.items()},
        partitions={table: sorted(result.written) for table, result in published.items()},
    )
    record_run.with_options(**io)(lake, today.isoformat(), run_id, summary,
                                  {t: checked.result for t, checked in validated.items()},
                                  settings)
    create_markdown_artifact(summary_markdown(summary), key="etl-run-summary",
                             description="What this sitrep run did")
    claims = validated[AIR_ATTACKS.name].valid
    if claims.num_rows:
        shown = claims.slice(0, MAX_TABLE_ARTIFACT_ROWS).drop_columns(["evidence"]).to_pylist()
        create_table_artifact(
            json.loads(json.dumps(shown, default=str)),  # lists and timestamps as JSON
            key="air-attacks-published",
            description="Air-attack claims published by this run",
        )
    logger.info("published %d claims, quarantined %d rows", summary["claims_published"],
                len(rejected))
    return summary
