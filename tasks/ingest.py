"""Ingest: find the input files, read their bytes, keep a raw copy in the lake."""
from __future__ import annotations

from dataclasses import dataclass, field

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from sitrep import lake, storage
from sitrep.config import Settings
from sitrep.ids import document_id
from sitrep.ingest import split_file
from sitrep.models import RawDocument, Rejected
from sitrep.state import FileRecord


@dataclass
class IngestedBatch:
    documents: list[RawDocument] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    files: list[FileRecord] = field(default_factory=list)


@task(name="discover", task_run_name="discover", cache_policy=NO_CACHE)
def discover(source: str, settings: Settings) -> list[str]:
    """Every file under the source (a file, a folder, or an s3:// prefix), sorted."""
    files = storage.list_files(source, settings=settings)
    get_run_logger().info("found %d input files under %s", len(files), source)
    return files


@task(name="ingest", task_run_name="ingest batch {batch_no}", cache_policy=NO_CACHE)
def ingest_batch(batch_no: int, uris: list[str], lake_uri: str, settings: Settings,
                 known: dict[str, str] | None = None) -> IngestedBatch:
    """Read each file, split it into documents and store every document's raw bytes.

    `known` maps a file's URI to the content hash the lake last processed it with (under
    the current pipeline version): such a file is recorded as skipped and goes no further.
    """
    known = known or {}
    out = IngestedBatch()
    for uri in uris:
        data = storage.read_bytes(uri, settings=settings)
        file_hash = document_id(data)
        if known.get(uri) == file_hash:
            out.files.append(FileRecord(uri, file_hash, (), skipped=True))
            continue
        documents, rejected = split_file(uri, data)
        for doc in documents:
            lake.write_raw(lake_uri, doc.document_id, doc.data, settings=settings)
        for rej in rejected:
            if rej.document_id:
                lake.write_raw(lake_uri, rej.document_id, data, settings=settings)
        ids = [d.document_id for d in documents] + [r.document_id for r in rejected if r.document_id]
        out.files.append(FileRecord(uri, file_hash, tuple(ids)))
        out.documents.extend(documents)
        out.rejected.extend(rejected)
    skipped = sum(f.skipped for f in out.files)
    if skipped:
        get_run_logger().info("%d of %d files unchanged since the lake processed them: skipped",
                              skipped, len(uris))
    return out
