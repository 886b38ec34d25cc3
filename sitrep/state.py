"""What the lake has processed: one row per input file, by content hash and pipeline version.

A scheduled run over a landing prefix reads every file's bytes (cheap) but cleans and
extracts only files whose hash or the pipeline version differ from the last run that
processed them. The state is one Parquet file, `LAKE/_state/processed_files.parquet`,
replaced atomically inside the commit lock, after the tables it describes were published.
"""
from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime

import pyarrow as pa
import pyarrow.parquet as pq

from sitrep import storage
from sitrep.config import Settings
from sitrep.schemas import PROCESSED_FILES

STATE_PATH = "_state/processed_files.parquet"


@dataclass(frozen=True)
class FileRecord:
    """One input file as this run saw it; `skipped` when the lake already had it."""

    source_uri: str
    file_hash: str
    document_ids: tuple[str, ...]
    skipped: bool = False


def state_uri(lake: str) -> str:
    return storage.join(lake, STATE_PATH)


def read_state(lake: str, settings: Settings | None = None) -> pa.Table:
    uri = state_uri(lake)
    try:
        data = storage.read_bytes(uri, settings)
    except storage.NotFound:
        return PROCESSED_FILES.empty_table()
    return pq.read_table(pa.BufferReader(data)).cast(PROCESSED_FILES)


def current_hashes(state: pa.Table, pipeline_version: str) -> dict[str, str]:
    """source URI -> file hash, for files processed by this pipeline version (others are due)."""
    return {
        row["source_uri"]: row["file_hash"]
        for row in state.select(["source_uri", "file_hash", "pipeline_version"]).to_pylist()
        if row["pipeline_version"] == pipeline_version
    }


def missing_files(state: pa.Table, source: str, present: Iterable[str]) -> list[str]:
    """Files the lake processed from `source` (the file itself, or anything under the folder
    or prefix) that are no longer there (pure)."""
    prefix, here = source.rstrip("/") + "/", set(present)
    return sorted(uri for uri in state["source_uri"].to_pylist()
                  if (uri == source or uri.startswith(prefix)) and uri not in here)


def merge_state(state: pa.Table, files: Iterable[FileRecord], pipeline_version: str,
                run_id: str, now: datetime, removed: Collection[str] = ()) -> pa.Table:
    """`state` with the processed files' rows replaced by this run's and the `removed` files'
    rows gone (pure)."""
    fresh = [f for f in files if not f.skipped]
    done = {f.source_uri for f in fresh} | set(removed)
    kept = [r for r in state.to_pylist() if r["source_uri"] not in done]
    rows = kept + [
        {"source_uri": f.source_uri, "file_hash": f.file_hash, "document_ids": list(f.document_ids),
         "pipeline_version": pipeline_version, "run_id": run_id, "processed_at": now}
        for f in fresh
    ]
    rows.sort(key=lambda r: r["source_uri"])
    return pa.Table.from_pylist(rows, schema=PROCESSED_FILES)


def write_state(lake: str, state: pa.Table, settings: Settings | None = None) -> None:
    sink = pa.BufferOutputStream()
    pq.write_table(state, sink)
    storage.write_bytes(state_uri(lake), sink.getvalue().to_pybytes(), settings)
