"""The `etl` flow: ingest → clean → extract → validate → publish over batches of documents.

Incremental: files the lake already processed (same bytes, same pipeline version) stop at
ingest. The commit (publish, events, state) runs under the lake's lock, so concurrent runs
into one lake serialise there and never lose or duplicate a row.
"""
from __future__ import annotations

import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from typing import Any

from prefect import flow, get_run_logger, unmapped
from prefect.futures import as_completed
from prefect.runtime import flow_run

from flows.reporting import Progress, emit_data_quality, run_artifacts
from flows.runner import task_runner
from sitrep import state
from sitrep.config import Settings
from sitrep.extract import EXTRACTORS, pipeline_version
from sitrep.lock import lake_lock
from sitrep.quarantine import quarantine_table
from sitrep.report import data_quality_rows, run_summary
from sitrep.schemas import AIR_ATTACK_EVENTS, AIR_ATTACKS, QUARANTINE, TABLES, to_table
from sitrep.validation import Validator
from tasks.clean import clean_batch
from tasks.extract import extract_batch
from tasks.ingest import discover, ingest_batch
from tasks.publish import load_state, publish_table, record_run, save_state
from tasks.reconcile import reconcile_events
from tasks.validate import Validated, validate_claims


def _batches(items: list[str], size: int) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


@flow(name="etl", description="Turn war live blogs into validated, partitioned claim tables.",
      task_runner=task_runner(Settings()))
def etl(source: str | None = None, lake: str | None = None, batch_size: int | None = None,
        full_refresh: bool = False, prune: bool = False) -> dict[str, Any]:
    """Run the pipeline once over the files under `source` that are new or changed since the
    lake last saw them (all of them with `full_refresh`); with `prune`, the rows of files the
    lake processed from `source` that are gone from it are deleted too (by default they stay).
    Returns the run summary."""
    settings = Settings()
    source = source or settings.source
    lake = lake or settings.lake
    batch_size = batch_size or settings.batch_size
    run_time = datetime.now(timezone.utc)
    today = run_time.date()
    run_id = str(flow_run.get_id() or uuid.uuid4())
    version = pipeline_version()
    io = {"retries": settings.io_retries, "retry_delay_seconds": settings.io_retry_delay_seconds}
    logger = get_run_logger()

    clock = time.perf_counter()
    stage_seconds: dict[str, float] = {}
    files = discover.with_options(**io)(source, settings)
    recorded = load_state.with_options(**io)(lake, settings) if prune or not full_refresh else None
    known = {} if full_refresh else state.current_hashes(recorded, version)
    removed = state.missing_files(recorded, source, files) if prune else []
    if removed:
        logger.info("pruning %d files no longer under %s", len(removed), source)
    # New files will need the validation context: build it (GX imports for seconds) while
    # the batches run, rather than after them.
    background = ThreadPoolExecutor(max_workers=1, thread_name_prefix="gx-context")
    early_validator = (background.submit(Validator, settings.expectations_dir)
                       if any(uri not in known for uri in files) else None)
    background.shutdown(wait=False)
    batches = _batches(files, batch_size)
    numbers = list(range(len(batches)))
    progress = Progress(len(batches), "batches extracted")
    ingested = ingest_batch.with_options(**io).map(
        numbers, batches, unmapped(lake), unmapped(settings),
        [{u: known[u] for u in batch if u in known} for batch in batches])
    cleaned = clean_batch.map(numbers, ingested)
    extracted = extract_batch.map(numbers, cleaned)
    for _ in as_completed(list(extracted)):
        progress.step()
    results = extracted.result()  # in input order
    stage_seconds["ingest_clean_extract"] = time.perf_counter() - clock

    file_records = [f for batch in results for f in batch.files]
    documents = {doc_id for batch in results for doc_id in batch.document_ids}
    rejected = [rej for batch in results for rej in batch.rejected]
    rows: dict[str, list[dict]] = {}
    for batch in results:
        for table, table_rows in batch.rows.items():
            rows.setdefault(table, []).extend(table_rows)

    validated: dict[str, Validated] = {}
    published = {}
    processed = [f.source_uri for f in file_records if not f.skipped]
    if processed or removed:  # something new or gone: check it, then commit under the lake's lock
        clock = time.perf_counter()
        validator = early_validator.result() if early_validator else Validator(settings.expectations_dir)
        validated = validate_claims(
            {table: to_table(TABLES[table], rows.get(table, [])) for table in EXTRACTORS}, today, validator)
        rejected += [rej for checked in validated.values() for rej in checked.rejected]
        stage_seconds["validate"] = time.perf_counter() - clock
        clock = time.perf_counter()
        with lake_lock(lake, run_id, settings,
                       on_wait=lambda holder: logger.info("waiting for run %s to finish committing",
                                                          holder.get("owner"))):
            # a processed file's rows are replaced, also when it yields nothing now
            for table, checked in validated.items():
                published[table] = publish_table.with_options(**io)(
                    lake, table, checked.valid, settings, replace_documents=documents,
                    replace_sources=processed + removed)
            validated[AIR_ATTACK_EVENTS.name] = events = reconcile_events(lake, today, validator, settings)
            published[AIR_ATTACK_EVENTS.name] = publish_table.with_options(**io)(
                lake, AIR_ATTACK_EVENTS.name, events.valid, settings, replace_all=True)
            published[QUARANTINE.name] = publish_table.with_options(**io)(
                lake, QUARANTINE.name, quarantine_table(rejected, run_id, run_time), settings)
            save_state.with_options(**io)(lake, file_records, version, run_id, run_time, settings, removed)
        stage_seconds["commit"] = time.perf_counter() - clock
    else:
        logger.info("nothing new under %s: %d files unchanged", source, len(files))

    summary = run_summary(
        run_id=run_id, source=source, lake=lake, files=len(files),
        files_skipped=sum(f.skipped for f in file_records),
        files_removed=len(removed),
        documents=len(documents) + sum(1 for r in rejected if r.table == "documents"),
        rejected=rejected,
        extracted={table: len(table_rows) for table, table_rows in rows.items()},
        published={table: checked.valid.num_rows for table, checked in validated.items()},
        rules={table: checked.rules for table, checked in validated.items()},
        partitions={table: sorted(result.written) for table, result in published.items()},
        stage_seconds={stage: round(secs, 3) for stage, secs in stage_seconds.items()},
    )
    record_run.with_options(**io)(lake, today.isoformat(), run_id, summary,
                                  {t: checked.result for t, checked in validated.items()}, settings)
    checked_rows = {t: c.valid.num_rows + len(c.rejected) for t, c in validated.items()}
    quality = data_quality_rows(checked_rows, {t: len(c.rejected) for t, c in validated.items()},
                                {t: c.rules for t, c in validated.items()})
    air = validated.get(AIR_ATTACKS.name)
    run_artifacts(summary, published, air.valid if air else None, quality)
    emit_data_quality(summary)
    logger.info("published %d claims, quarantined %d rows, skipped %d unchanged files",
                summary["claims_published"], len(rejected), summary["files_skipped"])
    return summary
