"""Publish: merge the run's rows into the lake's tables and keep the run's records."""
from __future__ import annotations

from collections.abc import Collection
from typing import Any

import pyarrow as pa
from prefect import task
from prefect.cache_policies import NO_CACHE

from sitrep import lake
from sitrep.config import Settings
from sitrep.schemas import AIR_ATTACKS, QUARANTINE


@task(name="publish", cache_policy=NO_CACHE)
def publish_tables(
    lake_uri: str,
    claims: pa.Table,
    quarantined: pa.Table,
    replace_documents: Collection[str],
    settings: Settings,
) -> dict[str, lake.PublishResult]:
    """Publish claims (replacing earlier rows of re-processed documents) and quarantine."""
    return {
        AIR_ATTACKS.name: lake.publish(lake_uri, AIR_ATTACKS, claims,
                                       replace_documents=replace_documents, settings=settings),
        QUARANTINE.name: lake.publish(lake_uri, QUARANTINE, quarantined, settings=settings),
    }


@task(name="record run", cache_policy=NO_CACHE)
def record_run(lake_uri: str, run_date: str, run_id: str, summary: dict[str, Any],
               validation_result: dict[str, Any], settings: Settings) -> None:
    """Keep the run's summary and its full validation result next to the tables."""
    lake.write_json(lake_uri, f"_runs/run_date={run_date}/{run_id}.json", summary,
                    settings=settings)
    lake.write_json(lake_uri, f"_validation/run_date={run_date}/{run_id}.json",
                    validation_result, settings=settings)
