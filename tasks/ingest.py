"""Ingest: find the input files, read their bytes, keep a raw copy in the lake."""
from __future__ import annotations

from dataclasses import dataclass, field

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from sitrep import lake, storage
from sitrep.config import Settings
from sitrep.ingest import split_file
from sitrep.models import RawDocument, Rejected


@dataclass
class IngestedBatch:
    documents: list[RawDocument] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)


@task(name="discover", cache_policy=NO_CACHE)
def discover(source: str, settings: Settings) -> list[str]:
    """Every file under the source (a file, a folder, or an s3:// prefix), sorted."""
    files = storage.list_files(source, settings=settings)
    get_run_logger().info("found %d input files under %s", len(files), source)
    return files


@task(name="ingest", task_run_name="ingest batch {batch_no}", cache_policy=NO_CACHE)
def ingest_batch(batch_no: int, uris: list[str], lake_uri: str, settings: Settings) -> IngestedBatch:
    """Read each file, split it into documents and store every document's raw bytes."""
    out = IngestedBatch()
    for uri in uris:
        data = storage.read_bytes(uri, settings=settings)
        documents, rejected = split_file(uri, data)
        for doc in documents:
            lake.write_raw(lake_uri, doc.document_id, doc.data, settings=settings)
        for rej in rejected:
            if rej.document_id:
                lake.write_raw(lake_uri, rej.document_id, data, settings=settings)
        out.documents.extend(documents)
        out.rejected.extend(rejected)
    return out
