"""Extract: typed claims from cleaned documents."""
from __future__ import annotations

from prefect import task
from prefect.cache_policies import NO_CACHE

from sitrep.air_attacks import extract_air_attacks
from tasks.clean import CleanedBatch


@task(name="extract", task_run_name="extract batch {batch_no}", cache_policy=NO_CACHE)
def extract_batch(batch_no: int, batch: CleanedBatch) -> list[dict]:
    """Air-attack claims of every document in the batch, as rows of the air_attacks schema."""
    rows: list[dict] = []
    for doc in batch.documents:
        rows.extend(extract_air_attacks(doc))
    return rows
