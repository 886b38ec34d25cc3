"""The published tables, declared once and used by extract, validate, publish and load.

Each table is a Hive-partitioned Parquet dataset directly under the lake. The partition
column is part of the schema here (as a string, so `unknown` is a valid value) and is
carried in the directory name, not inside the files.
"""
from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa


@dataclass(frozen=True)
class TableSpec:
    name: str
    schema: pa.Schema
    partition: str
    key: str  # column that identifies a row; unique within the table

    @property
    def file_schema(self) -> pa.Schema:
        """The schema of the Parquet files: everything but the partition column."""
        return self.schema.remove(self.schema.get_field_index(self.partition))


AIR_ATTACKS = TableSpec(
    name="air_attacks",
    partition="report_date",
    key="claim_id",
    schema=pa.schema(
        [
            pa.field("claim_id", pa.string(), nullable=False),
            pa.field("document_id", pa.string(), nullable=False),
            pa.field("source_uri", pa.string(), nullable=False),
            pa.field("source_url", pa.string()),
            pa.field("publisher", pa.string()),
            pa.field("report_date", pa.string(), nullable=False),
            pa.field("attacker", pa.string()),
            pa.field("weapon", pa.string()),
            pa.field("weapon_type", pa.string()),
            pa.field("launched", pa.int64()),
            pa.field("intercepted", pa.int64()),
            pa.field("lost", pa.int64()),
            pa.field("hit", pa.int64()),
            pa.field("qualifier", pa.string()),
            pa.field("claimant", pa.string()),
            pa.field("evidence", pa.string()),
            pa.field("extractor_version", pa.string(), nullable=False),
        ]
    ),
)

QUARANTINE = TableSpec(
    name="quarantine",
    partition="run_date",
    key="quarantine_id",
    schema=pa.schema(
        [
            pa.field("quarantine_id", pa.string(), nullable=False),
            pa.field("run_id", pa.string(), nullable=False),
            pa.field("run_date", pa.string(), nullable=False),
            pa.field("table", pa.string(), nullable=False),
            pa.field("rules", pa.list_(pa.string()), nullable=False),
            pa.field("record", pa.string(), nullable=False),
            pa.field("document_id", pa.string()),
            pa.field("source_uri", pa.string()),
            pa.field("quarantined_at", pa.timestamp("us", tz="UTC"), nullable=False),
        ]
    ),
)

TABLES: dict[str, TableSpec] = {t.name: t for t in (AIR_ATTACKS, QUARANTINE)}

UNKNOWN_DATE = "unknown"


def to_table(spec: TableSpec, rows: list[dict]) -> pa.Table:
    """Rows (dicts) as a table of exactly the spec's schema; missing keys become null."""
    names = spec.schema.names
    return pa.Table.from_pylist([{n: r.get(n) for n in names} for r in rows], schema=spec.schema)
