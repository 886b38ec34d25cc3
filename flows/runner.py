"""Where the batch tasks run: threads in the flow's process, or a Dask cluster."""
from __future__ import annotations

import os
from functools import cache
from typing import Any

from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from sitrep.config import Settings


def task_runner(settings: Settings) -> TaskRunner:
    """The task runner `settings` ask for.

    "dask": a LocalCluster of single-threaded worker processes (one per CPU, or
    `max_workers`), since extraction is pure Python and threads would share one GIL;
    or the existing scheduler at `dask_address` (its workers need sitrep installed and
    PREFECT_API_URL set).
    """
    if settings.runner == "thread":
        return ThreadPoolTaskRunner(max_workers=settings.max_workers)
    if settings.dask_address:
        return _dask_runner()(address=settings.dask_address)
    workers = settings.max_workers or os.cpu_count() or 1
    return _dask_runner()(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1,
                                          "processes": True, "dashboard_address": None})


@cache
def _dask_runner() -> type[TaskRunner]:
    """Defined on first use: dask is imported only by runs that ask for it."""
    from prefect_dask import DaskTaskRunner

    class LocalApiDaskTaskRunner(DaskTaskRunner):
        """Starts LocalCluster workers with the flow's Prefect API URL in their environment:
        without it, each worker process would start a temporary Prefect server of its own."""

        def __enter__(self) -> Any:
            url = _api_url()
            if url and not self.address:
                self.cluster_kwargs = {**self.cluster_kwargs, "env": {
                    **self.cluster_kwargs.get("env", {}), "PREFECT_API_URL": url}}
            return super().__enter__()

    return LocalApiDaskTaskRunner


def _api_url() -> str | None:
    """The Prefect API this process talks to: the configured one, or the temporary server
    Prefect started for it."""
    from prefect.settings import PREFECT_API_URL

    if PREFECT_API_URL.value():
        return PREFECT_API_URL.value()
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()
    return server.api_url if server.running else None
