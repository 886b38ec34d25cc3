"""Extract: typed claims from cleaned documents."""
from __future__ import annotations

from dataclasses import dataclass, field

from prefect import task
from prefect.cache_policies import NO_CACHE

from sitrep.extract import EXTRACTORS, extract_claims
from sitrep.models import Rejected
from sitrep.state import FileRecord
from tasks.clean import CleanedBatch


@dataclass
class ExtractedBatch:
    """What the flow needs of a batch: its rows, and the bookkeeping carried from ingest and
    clean, so the documents themselves never travel back to the flow (with Dask they stay
    on the workers)."""

    rows: dict[str, list[dict]]
    document_ids: list[str] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    files: list[FileRecord] = field(default_factory=list)


@task(name="extract", task_run_name="extract batch {batch_no}", cache_policy=NO_CACHE)
def extract_batch(batch_no: int, batch: CleanedBatch) -> ExtractedBatch:
    """Claims of every document in the batch, per table, as rows of that table's schema."""
    rows: dict[str, list[dict]] = {table: [] for table in EXTRACTORS}
    for doc in batch.documents:
        for table, found in extract_claims(doc).items():
            rows[table].extend(found)
    return ExtractedBatch(rows, [d.document_id for d in batch.documents], list(batch.rejected),
                          list(batch.files))
