"""One writer at a time per lake: a lease object that every run's commit phase holds.

Publishing is read-modify-write per partition; two runs committing at once could each
rewrite a partition without the other's rows. So the commit (publish, events, state) runs
under `LAKE/_lock.json`, created atomically (a hard link locally, a conditional PUT on S3) and
deleted only if it is still ours. While held, the lease is renewed every third of its TTL
(a conditional overwrite), so a long commit keeps it; a lease past its TTL belongs to a run
that died or froze: it is broken (again conditionally, so two waiters cannot both break it).
"""
from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone

from sitrep import storage
from sitrep.config import Settings

LOCK_NAME = "_lock.json"


class LakeLocked(TimeoutError):
    """Another run held the lake for longer than this run was willing to wait."""


class LeaseLost(RuntimeError):
    """This run's lease was broken while it held the lake (it could not renew it in time):
    another run may have committed at the same time, so the run must not pass as clean."""


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
        lease = _lease(owner, datetime.now(timezone.utc), settings)
        token = storage.create_exclusive(uri, json.dumps(lease).encode(), settings)
        if token is not None:
            break
        holder = _break_if_stale(uri, datetime.now(timezone.utc), settings)
        if holder is None:
            continue  # gone or broken: try again at once
        if time.monotonic() >= deadline:
            raise LakeLocked(f"lake {lake} is locked by run {holder.get('owner')} "
                             f"since {holder.get('acquired_at')}; gave up waiting")
        if on_wait and not told:
            on_wait(holder)
            told = True
        time.sleep(settings.lock_poll_seconds)
    renewal = _Renewal(uri, lease, token, settings)
    renewal.start()
    try:
        yield lease
    finally:
        renewal.halt.set()
        renewal.join()
        storage.delete_if(uri, renewal.token, settings)
    if renewal.lost:
        raise LeaseLost(f"lake {lake}: the lease of run {owner} was broken while it committed; "
                        "another run may have written at the same time, so check the tables "
                        "(a rerun is idempotent)")


def _lease(owner: str, now: datetime, settings: Settings, acquired_at: str | None = None) -> dict:
    return {"owner": owner, "acquired_at": acquired_at or now.isoformat(),
            "expires_at": (now + timedelta(seconds=settings.lock_ttl_seconds)).isoformat()}


class _Renewal(threading.Thread):
    """Pushes the lease's expiry forward every third of the TTL while the lake is held; stops,
    marking the lease lost, when the lock no longer holds our version."""

    def __init__(self, uri: str, lease: dict, token: str, settings: Settings) -> None:
        super().__init__(name="lake-lease-renewal", daemon=True)
        self.uri, self.lease, self.token, self.settings = uri, lease, token, settings
        self.halt = threading.Event()
        self.lost = False

    def run(self) -> None:
        while not self.halt.wait(self.settings.lock_ttl_seconds / 3):
            renewed = _lease(self.lease["owner"], datetime.now(timezone.utc), self.settings,
                             self.lease["acquired_at"])
            try:
                token = storage.replace_if(self.uri, json.dumps(renewed).encode(), self.token, self.settings)
            except storage.StorageError:
                continue  # a passing fault: two thirds of the TTL are left to try again
            if token is None:
                self.lost = True
                return
            self.token = token


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
