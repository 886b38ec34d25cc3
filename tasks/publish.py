"""Publish: merge the run's rows into the lake's tables and keep the run's records."""
from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from typing import Any

import pyarrow as pa
from prefect import task
from prefect.cache_policies import NO_CACHE

from sitrep import lake, state
from sitrep.config import Settings
from sitrep.schemas import TABLES


@task(name="publish", task_run_name="publish {table}", cache_policy=NO_CACHE)
def publish_table(
    lake_uri: str,
    table: str,
    rows: pa.Table,
    settings: Settings,
    replace_documents: Collection[str] = (),
    replace_sources: Collection[str] = (),
    replace_all: bool = False,
) -> lake.PublishResult:
    """Merge one table's rows into the lake (see `sitrep.lake.publish` for the guarantees)."""
    return lake.publish(lake_uri, TABLES[table], rows, replace_documents=replace_documents,
                        replace_sources=replace_sources, replace_all=replace_all,
                        settings=settings)


@task(name="record run", task_run_name="record run", cache_policy=NO_CACHE)
def record_run(lake_uri: str, run_date: str, run_id: str, summary: dict[str, Any],
               validation_results: dict[str, Any], settings: Settings) -> None:
    """Keep the run's summary and its full validation results next to the tables."""
    lake.write_json(lake_uri, f"_runs/run_date={run_date}/{run_id}.json", summary,
                    settings=settings)
    lake.write_json(lake_uri, f"_validation/run_date={run_date}/{run_id}.json",
                    validation_results, settings=settings)


@task(name="load state", task_run_name="load state", cache_policy=NO_CACHE)
def load_state(lake_uri: str, settings: Settings) -> pa.Table:
    """Which files the lake has processed, by content hash and pipeline version."""
    return state.read_state(lake_uri, settings)


@task(name="save state", task_run_name="save state", cache_policy=NO_CACHE)
def save_state(lake_uri: str, files: list[state.FileRecord], pipeline_version: str, run_id: str,
               now: datetime, settings: Settings, removed: list[str] | None = None) -> None:
    """Remember this run's files and forget the `removed` ones; read again here, inside the
    lock, so that a concurrent run's records are merged, not overwritten."""
    merged = state.merge_state(state.read_state(lake_uri, settings), files, pipeline_version,
                               run_id, now, removed or ())
    state.write_state(lake_uri, merged, settings)
