"""The one place for settings: environment variables prefixed SITREP_, then defaults.

S3 credentials are deliberately not here: boto3 and pyarrow read the standard
AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_REGION themselves.
"""
from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic_settings import BaseSettings, SettingsConfigDict

PACKAGE_DIR = Path(__file__).resolve().parent
SAMPLE_CORPUS = PACKAGE_DIR / "sample_corpus"


def _default_expectations_dir() -> Path:
    """expectations/ of the checkout, or the copy packed into the wheel."""
    checkout = PACKAGE_DIR.parent / "expectations"
    return checkout if checkout.is_dir() else PACKAGE_DIR / "_expectations"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SITREP_", extra="ignore")

    source: str = str(SAMPLE_CORPUS)
    lake: str = "lake"
    s3_endpoint_url: str | None = None
    batch_size: int = 25  # documents per task: Prefect's per-task overhead is paid per batch
    io_retries: int = 3
    io_retry_delay_seconds: float = 2.0
    expectations_dir: Path = _default_expectations_dir()

    # Scale-out: where the batch tasks run. "thread": a thread pool in the flow's process;
    # "dask": a dask.distributed cluster (a LocalCluster, or the scheduler at dask_address).
    runner: Literal["thread", "dask"] = "thread"
    max_workers: int | None = None  # threads, or LocalCluster worker processes (None: CPU count)
    dask_address: str | None = None

    # Concurrency safety: the lease on LAKE/_lock.json held while a run commits.
    lock_ttl_seconds: float = 3600.0  # a lease older than this belongs to a dead run
    lock_timeout_seconds: float = 1800.0  # how long a run waits for another's commit
    lock_poll_seconds: float = 0.5

    # Deployments: `sitrep serve` and prefect.yaml.
    schedule_cron: str = "0 * * * *"
    timezone: str = "UTC"
