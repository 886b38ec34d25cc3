"""Quarantine records: whatever could not be published, with the rules it broke."""
from __future__ import annotations

import json
from datetime import datetime

import pyarrow as pa

from sitrep.ids import stable_id
from sitrep.models import Rejected
from sitrep.schemas import QUARANTINE, to_table


def quarantine_table(rejected: list[Rejected], run_id: str, run_time: datetime) -> pa.Table:
    """Rows for the `quarantine` table; the id depends on what failed, not on the run,
    so re-running the same input on the same day does not add the same record twice."""
    rows = []
    for rej in rejected:
        record = json.dumps(rej.record, ensure_ascii=False, sort_keys=True, default=str)
        rows.append(
            {
                "quarantine_id": stable_id([rej.table, sorted(rej.rules), record]),
                "run_id": run_id,
                "run_date": run_time.date().isoformat(),
                "table": rej.table,
                "rules": list(rej.rules),
                "record": record,
                "document_id": rej.document_id,
                "source_uri": rej.source_uri,
                "quarantined_at": run_time,
            }
        )
    return to_table(QUARANTINE, rows)
