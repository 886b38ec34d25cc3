"""The contract's command line: defaults, exit status and the one-line error."""
from __future__ import annotations

import os
import subprocess
import sys

import pyarrow.dataset as ds
import pytest

from sitrep.cli import main

pytestmark = pytest.mark.usefixtures("prefect_api")


def test_missing_source_exits_non_zero_with_one_line(tmp_path, capsys):
    code = main(["run", "--source", str(tmp_path / "nowhere"), "--lake", str(tmp_path / "lake")])
    # Prefect's own run log may come first on stderr; the reason is one line, and the last.
    err = capsys.readouterr().err.strip().splitlines()
    assert code != 0
    assert err[-1].startswith("sitrep: error:") and "nowhere" in err[-1]
    assert sum(line.startswith("sitrep:") for line in err) == 1
    assert "SITREP_SOURCE" not in os.environ  # options apply to this run, not to later ones


def test_run_on_defaults_writes_the_local_lake(tmp_path, prefect_api):
    env = {**os.environ, "PREFECT_API_URL": prefect_api}
    env.pop("SITREP_LAKE", None)
    env.pop("SITREP_SOURCE", None)
    done = subprocess.run([sys.executable, "-m", "sitrep.cli", "run"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    table = ds.dataset(tmp_path / "lake" / "air_attacks", format="parquet",
                       partitioning="hive").to_table()
    assert table.num_rows > 0
