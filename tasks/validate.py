"""Validate: run the Great Expectations suites; failing rows are routed to quarantine."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pandas as pd
import pyarrow as pa
from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from sitrep.config import Settings
from sitrep.models import Rejected
from sitrep.schemas import AIR_ATTACKS, to_table
from sitrep.validation import Validator


@dataclass
class Validated:
    valid: pa.Table
    rejected: list[Rejected]
    rules: dict[str, dict[str, Any]]
    result: dict[str, Any]


@task(name="validate", cache_policy=NO_CACHE)
def validate_claims(rows: list[dict], today: date, settings: Settings) -> Validated:
    """Validate all claims of the run at once: the GX context is built once per run."""
    frame = to_table(AIR_ATTACKS, rows).to_pandas(types_mapper=pd.ArrowDtype)
    outcome = Validator(settings.expectations_dir).validate(AIR_ATTACKS.name, frame, today)
    valid = pa.Table.from_pandas(outcome.valid, schema=AIR_ATTACKS.schema, preserve_index=False)
    rejected = [
        Rejected(
            table=AIR_ATTACKS.name,
            rules=rules,
            record=record,
            document_id=record.get("document_id"),
            source_uri=record.get("source_uri"),
        )
        for record, rules in zip(
            pa.Table.from_pandas(outcome.failed, schema=AIR_ATTACKS.schema,
                                 preserve_index=False).to_pylist(),
            outcome.failed_rules,
        )
    ]
    logger = get_run_logger()
    for name, rule in outcome.rules.items():
        if not rule["success"]:
            logger.warning("expectation %s failed for %d rows", name, rule["unexpected_count"])
    return Validated(valid=valid, rejected=rejected, rules=outcome.rules, result=outcome.result)
