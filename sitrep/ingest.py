"""Turn one input file's bytes into documents: a `.jsonl` file is one document a line.

Pure: the caller reads the bytes. A file whose format is unknown is rejected with the
reason instead of being skipped, so nothing a user gave disappears unnoticed.
"""
from __future__ import annotations

from pathlib import PurePosixPath

from sitrep.ids import document_id
from sitrep.models import RawDocument, Rejected

FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}


def file_format(uri: str) -> str | None:
    """The input format a file name announces, or None when sitrep cannot read it."""
    return FORMATS.get(PurePosixPath(uri).suffix.lower())


def split_file(source_uri: str, data: bytes) -> tuple[list[RawDocument], list[Rejected]]:
    """Documents in one file, each with a stable id from its own bytes."""
    fmt = file_format(source_uri)
    if fmt is None:
        rejected = Rejected(
            table="documents",
            rules=("unsupported_format",),
            record={"source_uri": source_uri, "bytes": len(data),
                    "detail": f"file suffix not one of {sorted(FORMATS)}"},
            document_id=document_id(data),
            source_uri=source_uri,
        )
        return [], [rejected]
    if fmt != "jsonl":
        return [RawDocument(document_id(data), source_uri, fmt, data)], []
    docs: dict[str, RawDocument] = {}
    for line in data.splitlines():
        if line.strip():
            doc = RawDocument(document_id(line), source_uri, "json", line)
            docs.setdefault(doc.document_id, doc)
    if not docs:  # an empty .jsonl still gets a record, like an empty .txt would
        return [RawDocument(document_id(data), source_uri, "json", data)], []
    return list(docs.values()), []
