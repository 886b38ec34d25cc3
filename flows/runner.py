"""Where the batch tasks run: threads in the flow's process, or a Dask cluster."""
from __future__ import annotations

import os

from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from sitrep.config import Settings


def task_runner(settings: Settings) -> TaskRunner:
    """The task runner `settings` ask for.

    "dask": a LocalCluster of single-threaded worker processes (one per CPU, or
    `max_workers`), since extraction is pure Python and threads would share one GIL;
    or the existing scheduler at `dask_address`.
    """
    if settings.runner == "thread":
        return ThreadPoolTaskRunner(max_workers=settings.max_workers)
    from prefect_dask import DaskTaskRunner

    if settings.dask_address:
        return DaskTaskRunner(address=settings.dask_address)
    workers = settings.max_workers or os.cpu_count() or 1
    return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1,
                                          "processes": True, "dashboard_address": None})
