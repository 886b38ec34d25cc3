"""`sitrep run`: the command line of the contract."""
from __future__ import annotations

import argparse
import os
import sys


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sitrep", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="run the ETL flow once")
    run.add_argument("--source", help="file, folder or s3://bucket/prefix (default: sample corpus)")
    run.add_argument("--lake", help="folder or s3://bucket/prefix (default: ./lake)")
    run.add_argument("--batch-size", type=int, help="documents per task batch")
    bench = commands.add_parser("bench", help="accuracy and speed benchmarks of the extractors",
                                add_help=False)
    bench.add_argument("action", choices=("accuracy", "speed"))
    bench.add_argument("bench_args", nargs=argparse.REMAINDER)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "bench":
        from sitrep import benchmark

        return benchmark.main([args.action, *args.bench_args])
    # Telemetry cannot reach out from where sitrep runs; set before Prefect is imported.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    from flows.etl import etl

    try:
        summary = etl(source=args.source, lake=args.lake, batch_size=args.batch_size)
    except Exception as exc:  # the contract: one line on stderr, non-zero exit
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        print(f"sitrep: error: {reason}", file=sys.stderr)
        return 1
    print(
        f"sitrep: {summary['documents']} documents, {summary['claims_published']} claims "
        f"published, {summary['rows_quarantined']} rows quarantined -> {summary['lake']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
