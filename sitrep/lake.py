"""The lake: Hive-partitioned Parquet tables, written so that re-runs are idempotent.

Layout (see CONTRACT.md): `LAKE/<table>/<partition>=<value>/part-0.parquet`, one file per
partition with a fixed name, so a partition is replaced by one atomic write and a reader
never sees two versions of it. Areas whose name starts with "_" (`_raw`, run reports)
are not tables.
"""
from __future__ import annotations

import json
import re
from collections.abc import Collection
from dataclasses import dataclass
from urllib.parse import quote, unquote

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq
from pyarrow import fs as pafs

from sitrep import storage
from sitrep.config import Settings
from sitrep.schemas import ADDED_LATER, TableSpec

FILE_NAME = "part-0.parquet"
RAW_AREA = "_raw"
_SAFE_ID = re.compile(r"[A-Za-z0-9_-]+")


class LakeSchemaError(ValueError):
    """A table file that cannot be read as the current schema, even after an upgrade."""


@dataclass(frozen=True)
class PublishResult:
    """What a publish did, per partition value, so a flow can report and link to it."""

    table_uri: str
    partition_key: str
    written: dict[str, int]  # partition value -> rows in its new file
    deleted: tuple[str, ...]  # partitions left empty, removed
    unchanged: tuple[str, ...]  # touched, but already held exactly these rows
    rows_in: int  # distinct rows offered
    rows_before: int
    rows_after: int

    def partition_uri(self, value: str) -> str:
        return storage.join(self.table_uri, _partition_dir(self.partition_key, value))


def table_uri(lake: str, spec: TableSpec) -> str:
    return storage.join(lake, spec.name)


def _partition_dir(key: str, value: str) -> str:
    # Percent-encoded like pyarrow's hive partitioning, so plain dataset readers agree.
    return f"{key}={quote(value, safe='')}"


def read(lake: str, spec: TableSpec, settings: Settings | None = None) -> pa.Table:
    """All rows of a table, partition column restored; empty (same schema) if absent."""
    fs, base = storage.filesystem(lake, settings)
    path = f"{base}/{spec.name}"
    with storage.errors(table_uri(lake, spec)):
        return _read_files(fs, path, spec, _scan(fs, path, spec))[0]


def _scan(fs: pafs.FileSystem, path: str, spec: TableSpec) -> dict[str, list[str]]:
    """Partition value -> its visible Parquet files (those pyarrow.dataset would read)."""
    infos = fs.get_file_info(pafs.FileSelector(path, recursive=True, allow_not_found=True))
    prefix = f"{spec.partition}="
    files: dict[str, list[str]] = {}
    for info in infos:
        parts = info.path[len(path):].strip("/").split("/")
        if (
            info.type == pafs.FileType.File
            and len(parts) == 2
            and parts[0].startswith(prefix)
            and parts[1].endswith(".parquet")
            and not parts[1].startswith((".", "_"))
        ):
            files.setdefault(unquote(parts[0][len(prefix):]), []).append(info.path)
    return {value: sorted(paths) for value, paths in files.items()}


def _read_files(
    fs: pafs.FileSystem, path: str, spec: TableSpec, files: dict[str, list[str]]
) -> tuple[pa.Table, set[str]]:
    """The rows of `files` in the current schema, and the files written by an older one.

    A file lacking columns added since it was written is upgraded as it is read: nullable
    columns read as null, required ones as their `ADDED_LATER` value; a required column
    with no such value is a LakeSchemaError naming the file, not a failed cast later."""
    paths = [p for group in files.values() for p in group]
    if not paths:
        return spec.schema.empty_table(), set()
    partition = pa.schema([pa.field(spec.partition, pa.string())])
    partitioning = ds.partitioning(partition, flavor="hive")
    dataset = ds.dataset(
        paths,
        schema=spec.schema,
        format="parquet",
        filesystem=fs,
        partitioning=partitioning,
        partition_base_dir=path,
    )
    wanted = spec.file_schema.names
    older: dict[str, list[str]] = {}  # file -> the columns it lacks
    for fragment in dataset.get_fragments():
        have = set(fragment.physical_schema.names)
        if missing := [name for name in wanted if name not in have]:
            older[fragment.path] = missing
    table = dataset.to_table().select(spec.schema.names)
    required = {name for lacking in older.values() for name in lacking if not spec.schema.field(name).nullable}
    if unfillable := sorted(required - ADDED_LATER.keys()):
        example = next(f for f, lacking in older.items() if set(lacking) & set(unfillable))
        raise LakeSchemaError(
            f"{spec.name}: {example} lacks the required column(s) {unfillable}, which no "
            "upgrade can fill. Move that file out of the table (the documents' raw bytes stay "
            "under _raw) and run again; its sources are processed again with --full-refresh.")
    for name in sorted(required):
        index = table.schema.get_field_index(name)
        filled = pc.fill_null(table[name], pa.scalar(ADDED_LATER[name], table.schema.field(name).type))
        table = table.set_column(index, table.schema.field(name), filled)
    return table.cast(spec.schema), set(older)


def _conform(rows: pa.Table, spec: TableSpec) -> pa.Table:
    """`rows` with exactly the table's columns and types; nulls only where allowed."""
    missing = set(spec.schema.names) - set(rows.column_names)
    extra = set(rows.column_names) - set(spec.schema.names)
    if missing or extra:
        raise ValueError(
            f"{spec.name}: rows do not match the table "
            f"(missing {sorted(missing)}, unexpected {sorted(extra)})"
        )
    table = rows.select(spec.schema.names).cast(spec.schema)  # refuses nulls in required columns
    if pc.any(pc.equal(table[spec.partition], "")).as_py():
        raise ValueError(f"{spec.name}: empty {spec.partition}")
    return table


def _dedupe(table: pa.Table, key: str) -> pa.Table:
    """One row per key; the last one wins, as a later row is the newer statement."""
    last = {k: i for i, k in enumerate(table[key].to_pylist())}
    return table if len(last) == table.num_rows else table.take(sorted(last.values()))


def _is_in(column: pa.ChunkedArray, values: list) -> pa.ChunkedArray:
    """Membership as a mask without nulls (a null id is in no set)."""
    return pc.fill_null(pc.is_in(column, value_set=pa.array(values, type=column.type)), False)


def _by_partition(table: pa.Table, spec: TableSpec) -> dict[str, pa.Table]:
    """The rows of each partition, sorted by key: the exact content of its file."""
    table = table.sort_by([(spec.partition, "ascending"), (spec.key, "ascending")])
    parts, offset = {}, 0
    for item in pc.value_counts(table[spec.partition]):  # in order of appearance = sorted
        value, count = item["values"].as_py(), item["counts"].as_py()
        parts[value] = table.slice(offset, count)
        offset += count
    return parts


def _canonical(paths: list[str]) -> bool:
    """True when a partition is exactly the one file publish writes."""
    return [p.rsplit("/", 1)[-1] for p in paths] == [FILE_NAME]


def _file_bytes(rows: pa.Table, spec: TableSpec) -> bytes:
    sink = pa.BufferOutputStream()
    pq.write_table(rows.drop_columns([spec.partition]).cast(spec.file_schema), sink)
    return sink.getvalue().to_pybytes()


def publish(
    lake: str,
    spec: TableSpec,
    rows: pa.Table,
    *,
    replace_documents: Collection[str] = (),
    replace_sources: Collection[str] = (),
    replace_all: bool = False,
    settings: Settings | None = None,
) -> PublishResult:
    """Merge `rows` into a table, idempotently.

    Existing rows of `replace_documents`, and of `replace_sources` (the files processed again:
    a changed file's old claims go, not just those of unchanged content), go first
    (wherever they are; with `replace_all`,
    every existing row goes: the table becomes exactly `rows`), then `rows` are
    merged, unique by `spec.key`, new rows winning. Every partition whose content changes,
    or that an older schema wrote, becomes one file sorted by key, or is deleted when empty;
    the others are left alone.

    Writes are ordered so a concurrent reader never sees a row twice: partitions that
    give rows away to another partition are written first, those receiving them last.
    A reader in between may briefly miss a moved row.
    """
    new = _dedupe(_conform(rows, spec), spec.key)
    fs, base = storage.filesystem(lake, settings)
    path = f"{base}/{spec.name}"
    tbl_uri = table_uri(lake, spec)
    with storage.errors(tbl_uri):
        files = _scan(fs, path, spec)
        old, outdated = _read_files(fs, path, spec, files)
    dropped = _is_in(old[spec.key], new[spec.key].to_pylist())
    if replace_all:
        dropped = pa.chunked_array([pa.array([True] * old.num_rows, pa.bool_())])
    else:
        if replace_documents:
            dropped = pc.or_(dropped, _is_in(old["document_id"], list(replace_documents)))
        if replace_sources:
            dropped = pc.or_(dropped, _is_in(old["source_uri"], list(replace_sources)))
    final = _dedupe(pa.concat_tables([old.filter(pc.invert(dropped)), new]), spec.key)

    before, after = _by_partition(old, spec), _by_partition(final, spec)
    old_at = dict(zip(old[spec.key].to_pylist(), old[spec.partition].to_pylist()))
    incoming: dict[str, list[str]] = {}  # partition -> keys moving in from another
    for key, value in zip(final[spec.key].to_pylist(), final[spec.partition].to_pylist()):
        if old_at.get(key, value) != value:
            incoming.setdefault(value, []).append(key)
    giving = {old_at[k] for keys in incoming.values() for k in keys}

    first: dict[str, pa.Table] = {}  # removals, in-place changes, brand-new rows
    last: dict[str, pa.Table] = {}  # partitions receiving moved rows
    unchanged = []
    for value in sorted(before.keys() | after.keys() | files.keys()):
        target = after.get(value, final.schema.empty_table())
        current = before.get(value)
        if (_canonical(files.get(value, [])) and not outdated.intersection(files[value])
                and current is not None and target.equals(current)):
            unchanged.append(value)
        elif value not in incoming:
            first[value] = target
        else:
            last[value] = target
            if value in giving:  # give rows away before taking any
                staying = pc.invert(_is_in(target[spec.key], incoming[value]))
                first[value] = target.filter(staying)

    for step in (first, last):
        for value, part in step.items():
            uri = storage.join(tbl_uri, _partition_dir(spec.partition, value))
            _replace_partition(uri, part, files.get(value, []), spec, settings)

    addressed = {*new[spec.partition].to_pylist(), *old.filter(dropped)[spec.partition].to_pylist()}
    return PublishResult(
        table_uri=tbl_uri,
        partition_key=spec.partition,
        written={v: t.num_rows for v, t in {**first, **last}.items() if t.num_rows},
        deleted=tuple(v for v, t in first.items() if v not in last and not t.num_rows),
        unchanged=tuple(v for v in unchanged if v in addressed),
        rows_in=new.num_rows,
        rows_before=old.num_rows,
        rows_after=final.num_rows,
    )


def _replace_partition(
    uri: str, rows: pa.Table, old_files: list[str], spec: TableSpec, settings: Settings | None
) -> None:
    """Make the partition at `uri` hold exactly `rows`: one atomic write, or removal."""
    if not rows.num_rows:
        storage.delete(uri, settings)
        return
    storage.write_bytes(storage.join(uri, FILE_NAME), _file_bytes(rows, spec), settings)
    for name in {p.rsplit("/", 1)[-1] for p in old_files} - {FILE_NAME}:
        storage.delete(storage.join(uri, name), settings)  # a foreign file; its rows are ours now


def raw_uri(lake: str, document_id: str) -> str:
    if not _SAFE_ID.fullmatch(document_id):
        raise ValueError(f"not a document id: {document_id!r}")
    return storage.join(lake, RAW_AREA, document_id)


def write_raw(lake: str, document_id: str, data: bytes, settings: Settings | None = None) -> bool:
    """Keep a document's raw bytes under `_raw/`; True if written now, False if kept already.

    Ids are content hashes, so an existing object already holds these bytes.
    """
    uri = raw_uri(lake, document_id)
    if storage.exists(uri, settings):
        return False
    storage.write_bytes(uri, data, settings)
    return True


def write_json(lake: str, relpath: str, obj: object, settings: Settings | None = None) -> str:
    """Write `obj` as JSON at `LAKE/<relpath>` atomically and return its URI.

    `relpath` must start with "_" so it can never land inside a table.
    """
    if not relpath.startswith("_") or ".." in relpath.split("/"):
        raise ValueError(f"lake JSON must go to an area starting with '_': {relpath!r}")
    uri = storage.join(lake, relpath)
    data = json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False, default=str)
    storage.write_bytes(uri, data.encode("utf-8"), settings)
    return uri
