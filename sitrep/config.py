"""The one place for settings: environment variables prefixed SITREP_, then defaults.

S3 credentials are deliberately not here: boto3 and pyarrow read the standard
AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_REGION themselves.
"""
from __future__ import annotations

from pathlib import Path

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
    batch_size: int = 25
    io_retries: int = 3
    io_retry_delay_seconds: float = 2.0
    expectations_dir: Path = _default_expectations_dir()
