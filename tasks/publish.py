"""Publish: merge the run's rows into the lake's tables and keep the run's records."""
from __future__ import annotations

from collections.abc import Collection
from typing import Any

import pyarrow as pa
from prefect import task
from prefect.cache_policies import NO_CACHE

from sitrep import lake
from sitrep.config import Settings
from sitrep.schemas import TABLES


@task(name="publish", task_run_name="publish {table}", cache_policy=NO_CACHE)
def publish_table(
    lake_uri: str,
    table: str,
    rows: pa.Table,
    settings: Settings,
    replace_documents: Collection[str] = (),
    replace_all: bool = False,
) -> lake.PublishResult:
    """Merge one table's rows into the lake (see `sitrep.lake.publish` for the guarantees)."""
    return lake.publish(lake_uri, TABLES[table], rows, replace_documents=replace_documents,
                        replace_all=replace_all, settings=settings)


@task(name="record run", cache_policy=NO_CACHE)
def record_run(lake_uri: str, run_date: str, run_id: str, summary: dict[str, Any],
               validation_results: dict[str, Any], settings: Settings) -> None:
    """Keep the run's summary and its full validation results next to the tables."""
    lake.write_json(lake_uri, f"_runs/run_date={run_date}/{run_id}.json", summary,
                    settings=settings)
    lake.write_json(lake_uri, f"_validation/run_date={run_date}/{run_id}.json",
                    validation_results, settings=settings)
