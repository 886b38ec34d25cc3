"""Stable identifiers: the same bytes or the same claim always get the same id."""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable


def document_id(data: bytes) -> str:
    """Content hash of a document's raw bytes (so renaming a file keeps its id)."""
    return hashlib.sha256(data).hexdigest()[:32]


def stable_id(parts: Iterable[object]) -> str:
    """Hash of a sequence of JSON-serialisable values, for claim and quarantine ids."""
    payload = json.dumps(list(parts), ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]
