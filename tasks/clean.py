"""Clean: decode, strip boilerplate, drop repeats, split live blogs into posts."""
from __future__ import annotations

from dataclasses import dataclass, field

from prefect import task
from prefect.cache_policies import NO_CACHE

from sitrep.clean import clean_document
from sitrep.decode import UnreadableDocument
from sitrep.models import Document, Rejected
from sitrep.state import FileRecord
from tasks.ingest import IngestedBatch


@dataclass
class CleanedBatch:
    documents: list[Document] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    files: list[FileRecord] = field(default_factory=list)


@task(name="clean", task_run_name="clean batch {batch_no}", cache_policy=NO_CACHE)
def clean_batch(batch_no: int, batch: IngestedBatch) -> CleanedBatch:
    """Clean every document; an unreadable one becomes a quarantine record, not an error."""
    out = CleanedBatch(rejected=list(batch.rejected), files=list(batch.files))
    for raw in batch.documents:
        try:
            out.documents.append(clean_document(raw))
        except UnreadableDocument as exc:
            out.rejected.append(
                Rejected(
                    table="documents",
                    rules=(f"unreadable:{exc.reason}",),
                    record={"source_uri": raw.source_uri, "format": raw.fmt,
                            "bytes": len(raw.data), "detail": str(exc),
                            "raw": f"_raw/{raw.document_id}"},
                    document_id=raw.document_id,
                    source_uri=raw.source_uri,
                )
            )
    return out
