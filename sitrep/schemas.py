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


def _provenance_head() -> list[pa.Field]:
    """Columns every claim table starts with: which claim, from which document."""
    return [
        pa.field("claim_id", pa.string(), nullable=False),
        pa.field("document_id", pa.string(), nullable=False),
        pa.field("source_uri", pa.string(), nullable=False),
        pa.field("source_url", pa.string()),
        pa.field("publisher", pa.string()),
        pa.field("report_date", pa.string(), nullable=False),
        # how report_date was found: post_timestamp, article_date, relative, inferred, unknown
        pa.field("date_source", pa.string(), nullable=False),
        # when the claim was published (post timestamp, else article date): orders revisions
        pa.field("reported_at", pa.timestamp("ms")),
    ]


# Required columns added after lakes were first written, and the value rows of older files
# read as (and are rewritten with at the next commit): how an old row's date was found
# was not recorded.
ADDED_LATER: dict[str, object] = {"date_source": "unknown"}


def _provenance_tail() -> list[pa.Field]:
    """Columns every claim table ends with: who says it, in which words."""
    return [
        pa.field("claimant", pa.string()),
        pa.field("evidence", pa.string()),
        pa.field("extractor_version", pa.string(), nullable=False),
    ]


def _count_fields() -> list[pa.Field]:
    """A reported number: exact value or bounds, how it was qualified, vague wording kept."""
    return [
        pa.field("value", pa.int64()),  # the number as stated (null for vague amounts)
        pa.field("low", pa.int64()),  # lower bound of a range ("between 10,000-12,000")
        pa.field("high", pa.int64()),  # upper bound of a range
        pa.field("qualifier", pa.string()),  # exact, approx, more_than, at_least, up_to, range, vague
        pa.field("vague_phrase", pa.string()),  # "dozens", "hundreds", "a battalion"
    ]


def _claim_table(name: str, fields: list[pa.Field]) -> TableSpec:
    return TableSpec(
        name=name,
        partition="report_date",
        key="claim_id",
        schema=pa.schema(_provenance_head() + fields + _provenance_tail()),
    )


AIR_ATTACKS = _claim_table(
    "air_attacks",
    [
        pa.field("attacker", pa.string()),
        pa.field("weapon", pa.string()),
        pa.field("weapon_type", pa.string()),
        pa.field("launched", pa.int64()),
        pa.field("intercepted", pa.int64()),
        pa.field("lost", pa.int64()),
        pa.field("hit", pa.int64()),
        pa.field("qualifier", pa.string()),
        pa.field("regions", pa.list_(pa.string())),  # oblasts, Russian regions, seas named
        pa.field("time_window", pa.string()),  # overnight, 24 hours, day, "overnight into February 8"
        pa.field("window_start", pa.timestamp("ms")),  # local time as reported
        pa.field("window_end", pa.timestamp("ms")),
        pa.field("launch_site", pa.string()),  # "Cape Chauda", "Kursk region"
        pa.field("scope", pa.string()),  # national or regional (a regional count is part of a national one)
    ],
)

CASUALTY_CLAIMS = _claim_table(
    "casualty_claims",
    [
        pa.field("side", pa.string()),  # russia, ukraine, north_korea
        pa.field("population", pa.string()),  # military or civilian
        pa.field("measure", pa.string()),  # killed, wounded, casualties, captured, missing
        *_count_fields(),
        pa.field("period", pa.string()),  # "24 hours", "day", "week", "since the invasion"
        pa.field("location", pa.string()),
    ],
)

TROOP_DEPLOYMENTS = _claim_table(
    "troop_deployments",
    [
        pa.field("country", pa.string()),  # whose troops: north_korea, russia, ...
        pa.field("deployed_to", pa.string()),  # the country they serve with
        *_count_fields(),
        pa.field("location", pa.string()),  # where, e.g. "Kursk region"
    ],
)

AID_PLEDGES = _claim_table(
    "aid_pledges",
    [
        pa.field("donor", pa.string()),
        pa.field("recipient", pa.string()),
        pa.field("amount", pa.float64()),  # normalised: "$5.9bn" -> 5.9e9
        pa.field("currency", pa.string()),  # ISO 4217: USD, EUR, GBP
        pa.field("amount_text", pa.string()),  # as written: "$5.9bn", "€2.5bn (£2.1bn)"
        pa.field("qualifier", pa.string()),
        pa.field("aid_type", pa.string()),  # military, financial, humanitarian, energy, mixed
    ],
)

COMBAT_CLASHES = _claim_table(
    "combat_clashes",
    [
        *_count_fields(),
        pa.field("period", pa.string()),  # "24 hours", "day"
        pa.field("location", pa.string()),
    ],
)

AIR_ATTACK_EVENTS = TableSpec(
    name="air_attack_events",
    partition="report_date",
    key="event_id",
    schema=pa.schema(
        [
            pa.field("event_id", pa.string(), nullable=False),
            pa.field("report_date", pa.string(), nullable=False),
            pa.field("attacker", pa.string(), nullable=False),
            pa.field("weapon", pa.string(), nullable=False),
            pa.field("period", pa.string(), nullable=False),  # night or day
            pa.field("launched", pa.int64()),  # best figure (see events.py for the choice)
            pa.field("intercepted", pa.int64()),
            pa.field("lost", pa.int64()),
            pa.field("launched_min", pa.int64()),  # disagreement kept visible
            pa.field("launched_max", pa.int64()),
            pa.field("intercepted_min", pa.int64()),
            pa.field("intercepted_max", pa.int64()),
            pa.field("n_reports", pa.int64(), nullable=False),
            pa.field("claim_ids", pa.list_(pa.string()), nullable=False),
            pa.field("claimants", pa.list_(pa.string()), nullable=False),
            pa.field("sources", pa.list_(pa.string()), nullable=False),
            pa.field("revisions", pa.string()),  # JSON list of figure revisions, oldest first
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

# Not a published table: the lake's memory of what it has processed (LAKE/_state/), so a
# scheduled run over a landing prefix reads only new or changed files.
PROCESSED_FILES = pa.schema(
    [
        pa.field("source_uri", pa.string(), nullable=False),
        pa.field("file_hash", pa.string(), nullable=False),  # sha256 of the file's bytes
        pa.field("document_ids", pa.list_(pa.string()), nullable=False),
        pa.field("pipeline_version", pa.string(), nullable=False),
        pa.field("run_id", pa.string(), nullable=False),
        pa.field("processed_at", pa.timestamp("us", tz="UTC"), nullable=False),
    ]
)

CLAIM_TABLES: tuple[TableSpec, ...] = (
    AIR_ATTACKS, CASUALTY_CLAIMS, TROOP_DEPLOYMENTS, AID_PLEDGES, COMBAT_CLASHES,
)
TABLES: dict[str, TableSpec] = {
    t.name: t for t in (*CLAIM_TABLES, AIR_ATTACK_EVENTS, QUARANTINE)
}

UNKNOWN_DATE = "unknown"


def to_table(spec: TableSpec, rows: list[dict]) -> pa.Table:
    """Rows (dicts) as a table of exactly the spec's schema; missing keys become null."""
    names = spec.schema.names
    return pa.Table.from_pylist([{n: r.get(n) for n in names} for r in rows], schema=spec.schema)
