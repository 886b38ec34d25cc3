"""Scale-out and concurrency: a Dask run equals the sequential one, and two runs committing
into one lake at the same time leave every claim exactly once."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from flows.bench import comparable_rows
from flows.etl import etl
from flows.runner import task_runner
from sitrep.config import SAMPLE_CORPUS, Settings
from sitrep.schemas import CLAIM_TABLES, TABLES

pytestmark = pytest.mark.usefixtures("prefect_api")

def _table(lake: Path, name: str) -> list[dict]:
    return comparable_rows(str(lake), TABLES[name])


def test_dask_run_gives_the_same_tables_as_the_thread_run(tmp_path):
    thread_lake, dask_lake = tmp_path / "thread", tmp_path / "dask"
    etl(lake=str(thread_lake), batch_size=2)
    dask = etl.with_options(task_runner=task_runner(Settings(runner="dask", max_workers=2)))
    summary = dask(lake=str(dask_lake), batch_size=2)
    assert summary["claims_published"] > 0
    for name in TABLES:
        assert _table(dask_lake, name) == _table(thread_lake, name), name


def test_two_concurrent_runs_leave_every_claim_once(tmp_path, prefect_api):
    """Two processes, overlapping sources, one lake: both commit; the lake equals one run over
    the union of their sources."""
    files = sorted(SAMPLE_CORPUS.iterdir())
    sources = [tmp_path / "a", tmp_path / "b"]
    for source, chosen in zip(sources, (files[:4], files[1:])):
        source.mkdir()
        for f in chosen:
            shutil.copy(f, source / f.name)
    lake = tmp_path / "lake"
    env = {**os.environ, "PREFECT_API_URL": prefect_api, "SITREP_LOCK_POLL_SECONDS": "0.05"}
    runs = [subprocess.Popen([sys.executable, "-m", "sitrep.cli", "run", "--source", str(s),
                              "--lake", str(lake)], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True) for s in sources]
    for run in runs:
        out, err = run.communicate(timeout=600)
        assert run.returncode == 0, err[-3000:]

    union = tmp_path / "union"
    union.mkdir()
    for f in files:
        shutil.copy(f, union / f.name)
    reference = tmp_path / "reference"
    etl(source=str(union), lake=str(reference))
    for spec in CLAIM_TABLES:
        rows = _table(lake, spec.name)
        ids = [r["claim_id"] for r in rows]
        assert len(ids) == len(set(ids)), spec.name
        strip = lambda rs: sorted((Path(r["source_uri"]).name, r["claim_id"]) for r in rs)  # noqa: E731
        assert strip(rows) == strip(_table(reference, spec.name)), spec.name
    assert not (lake / "_lock.json").exists()
