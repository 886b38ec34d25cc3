"""`sitrep bench pipeline`: what incremental runs and the Dask runner buy, end to end.

Over a generated corpus of live blogs (the speed benchmark's, written out as files): a first
run into an empty lake; a second run over the unchanged source (target: under 10% of the
first run's time, processing 0 documents); a run after one file changed (re-processes just
it); and a full run on a Dask LocalCluster into a second lake, whose tables must equal the
first lake's. All runs share one Prefect API, started before the clock runs.
"""
from __future__ import annotations

import argparse
import math
import os
import tempfile
import time
from pathlib import Path

from sitrep.lake import read as read_table
from sitrep.schemas import TABLES, TableSpec

RUN_SPECIFIC = {"run_id", "run_date", "quarantined_at"}  # quarantine columns that name the run


def comparable_rows(lake: str, spec: TableSpec) -> list[dict]:
    """A table's rows without the columns that name the run, sorted by key: equal for two
    runs over the same input, whatever ran them."""
    rows = read_table(lake, spec).to_pylist()
    return sorted(({k: v for k, v in r.items() if k not in RUN_SPECIFIC} for r in rows), key=lambda r: r[spec.key])


def _write_corpus(folder: Path, mb: float, seed: int) -> list[Path]:
    from sitrep.benchmark.corpus import build_corpus

    folder.mkdir(parents=True)
    paths = []
    for n, doc in enumerate(build_corpus(mb, seed).documents):
        raw = doc.raw(n)
        path = folder / f"blog-{n:05d}.{raw.fmt}"
        path.write_bytes(raw.data)
        paths.append(path)
    return paths


def run(mb: float, seed: int, workers: int, batch_size: int | None) -> int:
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    from prefect import flow

    from flows.etl import etl
    from flows.runner import task_runner
    from sitrep.config import Settings

    @flow(name="bench-warm-up")
    def warm_up() -> None:
        """Starts the temporary Prefect API (when none is configured) before timing."""

    warm_up()
    with tempfile.TemporaryDirectory(prefix="sitrep-bench-") as tmp:
        root = Path(tmp)
        files = _write_corpus(root / "landing", mb, seed)
        size = sum(p.stat().st_size for p in files) / 1e6
        # prefect-dask serialises the whole settings context with every task it submits
        # (~0.1 s here): a few large batches per worker beat many small ones
        batch_size = batch_size or max(1, math.ceil(len(files) / (4 * workers)))
        print(f"sitrep bench pipeline: {len(files)} files, {size:.1f} MB (seed {seed}); "
              f"{os.cpu_count()} CPUs; {workers} workers, batches of {batch_size} files")
        source, lake, dask_lake = str(root / "landing"), root / "lake", root / "lake-dask"
        threads = etl.with_options(task_runner=task_runner(Settings(runner="thread", max_workers=workers)))

        def timed(label: str, flow_fn, **kwargs) -> tuple[float, dict]:
            start = time.perf_counter()
            summary = flow_fn(source=source, batch_size=batch_size, **kwargs)
            secs = time.perf_counter() - start
            print(f"{label:<44}{secs:8.1f} s  documents processed {summary['documents']:>5}, "
                  f"files skipped {summary['files_skipped']:>5}, claims published "
                  f"{summary['claims_published']:>6}")
            print(" " * 4 + "stages: " + ", ".join(f"{k} {v:.1f} s" for k, v in summary["stage_seconds"].items()))
            return secs, summary

        first, _ = timed("first run (threads, empty lake)", threads, lake=str(lake))
        again, summary = timed("second run, source unchanged", threads, lake=str(lake))
        print(f"  unchanged rerun / first run: {again / first:.3f} (target < 0.100: "
              f"{'met' if again < 0.1 * first and summary['documents'] == 0 else 'not met'})")
        changed = files[len(files) // 2]
        changed.write_bytes(changed.read_bytes() + b"\n\nLate update\n\nRussia launched 23 drones "
                            b"overnight, the air force said; 19 were shot down.\n")
        timed("third run, one file changed", threads, lake=str(lake))

        reference = etl.with_options(task_runner=task_runner(Settings(runner="thread", max_workers=workers)))
        ref_secs, ref_summary = timed("full run, threads (fresh lake)", reference, lake=str(root / "lake-ref"))
        dask = etl.with_options(task_runner=task_runner(Settings(runner="dask", max_workers=workers)))
        dask_secs, dask_summary = timed(f"full run, Dask LocalCluster ({workers} processes)", dask,
                                        lake=str(dask_lake))
        same = all(comparable_rows(str(root / "lake-ref"), spec) == comparable_rows(str(dask_lake), spec)
                   for spec in TABLES.values())
        stage = "ingest_clean_extract"
        print(f"  Dask speed-up over threads: whole run {ref_secs / dask_secs:.2f}x, the batch stages it "
              f"runs ({stage}, cluster start included) {ref_summary['stage_seconds'][stage] / dask_summary['stage_seconds'][stage]:.2f}x; "
              f"tables identical: {same}")
    return 0 if same else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="sitrep bench pipeline", description=__doc__)
    parser.add_argument("--mb", type=float, default=10.0, help="corpus size (default 10 MB)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2,
                        help="threads / Dask worker processes (default: CPU count)")
    parser.add_argument("--batch-size", type=int,
                        help="files per task batch (default: about 4 batches per worker)")
    args = parser.parse_args(argv)
    return run(args.mb, args.seed, args.workers, args.batch_size)
