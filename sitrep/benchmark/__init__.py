"""`sitrep bench`: how well (`accuracy`, scored by `scoring`), how steadily under rewrites that keep the
facts (`metamorphic`) and how fast (`speed`, over the text `corpus` builds) the extractors read the news.
See `benchmarks/README.md`."""
from __future__ import annotations

import argparse

from sitrep.benchmark import accuracy, metamorphic, speed
from sitrep.benchmark.corpus import PROFILES
from sitrep.benchmark.scoring import TABLES


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sitrep bench", description="accuracy and speed of the extractors")
    actions = parser.add_subparsers(dest="action", required=True)
    acc = actions.add_parser("accuracy", help="precision, recall and F1 on the labelled set")
    acc.add_argument("--split", choices=("holdout", "tune", "all"), default="holdout")
    acc.add_argument("--show", action="store_true", help="print missed, false and wrong rows")
    acc.add_argument("--table", action="append", choices=[t.name for t in TABLES],
                     help="only this table (repeatable)")
    acc.add_argument("--only", action="append", default=[], metavar="PREFIX",
                     help="only cases whose id starts with PREFIX (repeatable), e.g. s9-")
    acc.add_argument("--exclude", action="append", default=[], metavar="PREFIX",
                     help="leave out cases whose id starts with PREFIX (repeatable)")
    meta = actions.add_parser("metamorphic", help="tune cases rewritten without changing their facts: what breaks")
    meta.add_argument("--transform", action="append", choices=list(metamorphic.TRANSFORMS),
                      help="only this transform (repeatable; default all)")
    meta.add_argument("--show", type=int, default=0, metavar="N", help="print up to N broken texts per transform")
    meta.add_argument("--seed", type=int, default=0)
    spd = actions.add_parser("speed", help="extraction speed against one re pass")
    spd.add_argument("--mb", type=float, default=100.0, help="megabytes of text (default 100)")
    spd.add_argument("--seed", type=int, default=0)
    spd.add_argument("--profile", choices=PROFILES, default="realistic",
                     help="realistic: live blogs of 8-40 KB, mostly non-claim text (default); "
                          "dense: the claim-dense worst case, each eval case a tiny document")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.action == "accuracy":
        return accuracy.run(args.split, args.show, args.table, args.only, args.exclude)
    if args.action == "metamorphic":
        return metamorphic.run(args.transform, args.show, args.seed)
    return speed.run(args.mb, args.seed, args.profile)


if __name__ == "__main__":
    raise SystemExit(main())
