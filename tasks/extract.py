"""Extract: typed claims from cleaned documents."""
from __future__ import annotations

from prefect import task
from prefect.cache_policies import NO_CACHE

from sitrep.extract import EXTRACTORS, extract_claims
from tasks.clean import CleanedBatch


@task(name="extract", task_run_name="extract batch {batch_no}", cache_policy=NO_CACHE)
def extract_batch(batch_no: int, batch: CleanedBatch) -> dict[str, list[dict]]:
    """Claims of every document in the batch, per table, as rows of that table's schema."""
    rows: dict[str, list[dict]] = {table: [] for table in EXTRACTORS}
    for doc in batch.documents:
        for table, found in extract_claims(doc).items():
            rows[table].extend(found)
    return rows
