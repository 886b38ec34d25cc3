"""`sitrep run` (the contract's command line), `sitrep serve` and `sitrep bench`."""
from __future__ import annotations

import argparse
import os
import sys

DEPLOYMENT_NAME = "sitrep-etl"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sitrep", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="run the ETL flow once")
    _pipeline_options(run)
    run.add_argument("--full-refresh", action="store_true",
                     help="process every file again, not only new or changed ones")
    run.add_argument("--prune", action="store_true",
                     help="delete the rows of files the lake processed from SRC that are gone from it "
                          "(by default they stay)")
    serve = commands.add_parser("serve", help="serve the ETL deployment on a schedule from this "
                                              "process (no worker needed); Ctrl-C stops it")
    _pipeline_options(serve)
    when = serve.add_mutually_exclusive_group()
    when.add_argument("--cron", help="cron schedule (default: SITREP_SCHEDULE_CRON, hourly)")
    when.add_argument("--interval", type=float, help="run every N seconds instead of a cron")
    serve.add_argument("--name", default=DEPLOYMENT_NAME, help="deployment name")
    bench = commands.add_parser("bench", help="accuracy and speed benchmarks of the extractors",
                                add_help=False)
    bench.add_argument("action", choices=("accuracy", "metamorphic", "speed", "pipeline"))
    bench.add_argument("bench_args", nargs=argparse.REMAINDER)
    return parser


def _pipeline_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--source", help="file, folder or s3://bucket/prefix (default: sample corpus)")
    command.add_argument("--lake", help="folder or s3://bucket/prefix (default: ./lake)")
    command.add_argument("--batch-size", type=int, help="documents per task batch")
    command.add_argument("--runner", choices=("thread", "dask"),
                         help="where batch tasks run (default: SITREP_RUNNER, thread)")
    command.add_argument("--dask-address", help="scheduler of an existing Dask cluster "
                                                "(implies --runner dask)")
    command.add_argument("--max-workers", type=int, help="threads or LocalCluster workers")


def _overrides(args: argparse.Namespace) -> dict[str, object]:
    """The settings the command line sets (SITREP_* fields), for this process's runs."""
    if args.dask_address:
        args.runner = "dask"
    names = ("source", "lake", "batch_size", "runner", "dask_address", "max_workers")
    return {name: getattr(args, name) for name in names if getattr(args, name) is not None}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "bench":
        if args.action == "pipeline":
            from flows import bench

            return bench.main(args.bench_args)
        from sitrep import benchmark

        return benchmark.main([args.action, *args.bench_args])
    # Telemetry cannot reach out from where sitrep runs; set before Prefect is imported.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    overrides = _overrides(args)
    from flows.etl import etl
    from flows.runner import task_runner
    from sitrep.config import Settings

    flow = etl.with_options(task_runner=task_runner(Settings(**overrides)))
    if args.command == "serve":
        return _serve(flow, args, overrides)
    try:
        summary = flow(source=args.source, lake=args.lake, batch_size=args.batch_size,
                       full_refresh=args.full_refresh, prune=args.prune)
    except Exception as exc:  # the contract: one line on stderr, non-zero exit
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        print(f"sitrep: error: {reason}", file=sys.stderr)
        return 1
    print(
        f"sitrep: {summary['documents']} documents ({summary['files_skipped']} unchanged files "
        f"skipped{', ' + str(summary['files_removed']) + ' gone files pruned' if summary['files_removed'] else ''}), "
        f"{summary['claims_published']} claims published, "
        f"{summary['rows_quarantined']} rows quarantined -> {summary['lake']}"
    )
    return 0


def _serve(flow, args: argparse.Namespace, overrides: dict[str, object]) -> int:
    """Serve until interrupted. Served runs start in fresh processes that import the flow
    anew, so the options go to them as SITREP_* variables (this process does nothing else)."""
    from prefect.schedules import Cron, Interval

    from sitrep.config import Settings

    for name, value in overrides.items():
        os.environ[f"SITREP_{name.upper()}"] = str(value)
    settings = Settings()
    if not os.environ.get("PREFECT_API_URL"):
        print("sitrep: PREFECT_API_URL is not set: runs go to a temporary Prefect server that the "
              "UI cannot see (start one with `prefect server start`, see README)", file=sys.stderr)
    schedule = (Interval(args.interval) if args.interval
                else Cron(args.cron or settings.schedule_cron, timezone=settings.timezone))
    flow.serve(name=args.name, tags=["sitrep"], limit=1, schedules=[schedule],
               parameters={"source": settings.source, "lake": settings.lake},
               description="sitrep ETL on a schedule, served by `sitrep serve`")
    return 0


if __name__ == "__main__":
    sys.exit(main())
