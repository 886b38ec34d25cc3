"""Helpers shared by the claim-extractor tests: documents, the tuning set's score, the seeds."""
from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

from sitrep import ids
from sitrep.models import Document, Post

CASES = Path(__file__).parent / "data" / "other_claim_cases.jsonl"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"  # ../shared beside the repo


def _doc(*paragraphs: str, published: date | None = date(2025, 1, 10), headline: str | None = None) -> Document:
    text = "\n\n".join(paragraphs)
    return Document(
        document_id=ids.document_id(text.encode()),
        source_uri="s3://bucket/in/doc.txt",
        title=None,
        published=published,
        posts=(Post(headline=headline, paragraphs=tuple(paragraphs)),),
        publisher="The Example",
        url="https://example.org/live",
    )


def _case_doc(case: dict) -> Document:
    published = date.fromisoformat(case["published"]) if case["published"] else None
    paragraphs = tuple(case["text"].split("\n\n"))
    return Document(ids.document_id(case["text"].encode()), f"mem://{case['id']}", None, published, (Post(None, paragraphs),))


def score_table(extract, table: str, key: tuple[str, ...]) -> tuple[float, float, list[str]]:
    """Precision and recall of `extract` on the tuning set, and what it got wrong."""
    tp = fp = fn = 0
    failures = []
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        predicted = Counter(tuple(r[k] for k in key) for r in extract(_case_doc(case)))
        expected = Counter(tuple(e[k] for k in key) for e in case["expected"][table])
        hit = sum((predicted & expected).values())
        tp, fp, fn = tp + hit, fp + sum(predicted.values()) - hit, fn + sum(expected.values()) - hit
        if predicted != expected:
            failures.append(f"{case['id']}: missing {list((expected - predicted).elements())} extra {list((predicted - expected).elements())}")
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0), failures


def seed_documents() -> dict[str, Document]:
    """Each shared seed as one post of its non-empty lines, keyed by its number ("000")."""
    docs = {}
    for path in sorted(SEEDS.glob("*.txt")):
        lines = tuple(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
        docs[path.name[:3]] = Document(ids.document_id(path.read_bytes()), str(path), None, None, (Post(None, lines),))
    return docs
