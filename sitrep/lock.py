"""One writer at a time per lake: a lease object that every run's commit phase holds.

Publishing is read-modify-write per partition; two runs committing at once could each
rewrite a partition without the other's rows. So the commit (publish, events, state) runs
under `LAKE/_lock.json`, created atomically (a hard link locally, a conditional PUT on S3) and
deleted only if it is still ours. A lease older than its TTL belongs to a run that died:
it is broken (again conditionally, so two waiters cannot both break it).
"""
from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone

from sitrep import storage
from sitrep.config import Settings

LOCK_NAME = "_lock.json"


class LakeLocked(TimeoutError):
    """Another run held the lake for longer than this run was willing to wait."""


def lock_uri(lake: str) -> str:
    return storage.join(lake, LOCK_NAME)


@contextmanager
def lake_lock(
    lake: str,
    owner: str,
    settings: Settings | None = None,
    *,
    on_wait: Callable[[dict], None] | None = None,
) -> Iterator[dict]:
    """Hold the lake's lease for the block; waits up to `settings.lock_timeout_seconds`."""
    settings = settings or Settings()
    uri = lock_uri(lake)
    deadline = time.monotonic() + settings.lock_timeout_seconds
    told = False
    while True:
        now = datetime.now(timezone.utc)
        lease = {"owner": owner, "acquired_at": now.isoformat(),
                 "expires_at": (now + timedelta(seconds=settings.lock_ttl_seconds)).isoformat()}
        token = storage.create_exclusive(uri, json.dumps(lease).encode(), settings)
        if token is not None:
            break
        holder = _break_if_stale(uri, now, settings)
        if holder is None:
            continue  # gone or broken: try again at once
        if time.monotonic() >= deadline:
            raise LakeLocked(f"lake {lake} is locked by run {holder.get('owner')} "
                             f"since {holder.get('acquired_at')}; gave up waiting")
        if on_wait and not told:
            on_wait(holder)
            told = True
        time.sleep(settings.lock_poll_seconds)
    try:
        yield lease
    finally:
        storage.delete_if(uri, token, settings)


def _break_if_stale(uri: str, now: datetime, settings: Settings) -> dict | None:
    """The lease standing at `uri`, or None when it vanished or was expired and is now broken."""
    try:
        data, token = storage.read_with_token(uri, settings)
    except storage.NotFound:
        return None
    try:
        holder = json.loads(data)
        expired = datetime.fromisoformat(holder["expires_at"]) <= now
    except (ValueError, KeyError, TypeError):
        holder, expired = {"owner": "unknown (unreadable lease)"}, True
    if expired:
        storage.delete_if(uri, token, settings)
        return None
    return holder
