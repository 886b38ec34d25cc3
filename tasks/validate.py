"""Validate: run the Great Expectations suites; failing rows are routed to quarantine."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pandas as pd
import pyarrow as pa
from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from sitrep.models import Rejected
from sitrep.schemas import TABLES
from sitrep.validation import Validator


@dataclass
class Validated:
    valid: pa.Table
    rejected: list[Rejected]
    rules: dict[str, dict[str, Any]]
    result: dict[str, Any]


def validate_table(validator: Validator, table: str, rows: pa.Table, today: date) -> Validated:
    """Split one table's rows into publishable rows and quarantine records."""
    spec = TABLES[table]
    outcome = validator.validate(table, rows.to_pandas(types_mapper=pd.ArrowDtype), today)
    failed = pa.Table.from_pandas(outcome.failed, schema=spec.schema, preserve_index=False)
    rejected = [
        Rejected(table=table, rules=rules, record=record,
                 document_id=record.get("document_id"), source_uri=record.get("source_uri"))
        for record, rules in zip(failed.to_pylist(), outcome.failed_rules)
    ]
    logger = get_run_logger()
    for name, rule in outcome.rules.items():
        if not rule["success"]:
            logger.warning("%s: expectation %s failed for %d rows",
                           table, name, rule["unexpected_count"])
    return Validated(
        valid=pa.Table.from_pandas(outcome.valid, schema=spec.schema, preserve_index=False),
        rejected=rejected, rules=outcome.rules, result=outcome.result,
    )


@task(name="validate", task_run_name="validate", cache_policy=NO_CACHE)
def validate_claims(rows: dict[str, pa.Table], today: date, validator: Validator) -> dict[str, Validated]:
    """Validate every claim table of the run against its suite."""
    return {table: validate_table(validator, table, table_rows, today)
            for table, table_rows in rows.items()}
