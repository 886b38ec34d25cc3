"""`sitrep bench speed`: about N MB of text is scanned once with `re.compile(r"\\d+").finditer`
(counting matches, best of three) and run through all extractors, already cleaned into
Documents; both speeds and their ratio are printed."""
from __future__ import annotations

import re
import time

from sitrep.benchmark.accuracy import load_extractors
from sitrep.benchmark.corpus import build_corpus
from sitrep.models import Document

REGEX_BASELINE = r"\d+"
_BASELINE = re.compile(REGEX_BASELINE)


def _peak_rss_mb() -> float | None:
    try:
        import resource
        import sys
    except ImportError:  # not on Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak / 1e3


def run(mb: float = 100.0, seed: int = 0, profile: str = "realistic") -> int:
    from sitrep.clean import clean_document

    extractors, missing = load_extractors()
    for name, why in missing.items():
        print(f"skipped {name}: extractor not available ({why})")
    start = time.perf_counter()
    corpus = build_corpus(mb, seed, profile)
    build_s = time.perf_counter() - start
    text = "\n\n".join(d.text for d in corpus.documents)
    size_mb = len(text.encode("utf-8")) / 1_000_000
    print(f"sitrep bench speed: {size_mb:.1f} MB in {len(corpus.documents)} documents "
          f"(profile {profile}, seed {seed}, built in {build_s:.1f} s)")
    print(corpus.describe())

    regex_s = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        count = sum(1 for _ in _BASELINE.finditer(text))
        regex_s = min(regex_s, time.perf_counter() - start)
    del text

    clean_s = 0.0
    docs: list[Document] = []
    for n, bench_doc in enumerate(corpus.documents):
        raw = bench_doc.raw(n)
        start = time.perf_counter()
        docs.append(clean_document(raw))
        clean_s += time.perf_counter() - start
    n_docs, n_posts = len(corpus.documents), sum(len(d.posts) for d in docs)
    n_pars = sum(len(p.paragraphs) for d in docs for p in d.posts)
    del corpus

    # All extractors over each document in turn, as the pipeline runs them (so caches
    # shared within a document work as they do there); each call is timed on its own too.
    per_table = dict.fromkeys(extractors, 0.0)
    rows = 0
    clock = time.perf_counter
    start_all = clock()
    for doc in docs:
        for name, extract in extractors.items():
            t0 = clock()
            rows += len(extract(doc))
            per_table[name] += clock() - t0
    extract_s = clock() - start_all

    regex_rate = size_mb / regex_s
    extract_rate = size_mb / extract_s if extract_s else float("inf")
    print(f"re pass (re.compile(r\"{REGEX_BASELINE}\").finditer, {count} matches, best of 3): "
          f"{regex_s:.3f} s, {regex_rate:.1f} MB/s")
    print(f"clean stage (not part of the target): {clean_s:.2f} s, {size_mb / clean_s:.2f} MB/s; "
          f"{n_docs} documents -> {n_posts} posts, {n_pars} paragraphs")
    print("each extractor (its own calls within the pass below):")
    for name, secs in per_table.items():
        print(f"  {name:<20}{secs:8.2f} s {size_mb / secs if secs else float('inf'):10.2f} MB/s")
    ratio = extract_rate / regex_rate
    print(f"all extractors ({len(extractors)}, {rows} rows): {extract_s:.2f} s, {extract_rate:.2f} MB/s")
    print(f"ratio extraction / re pass: {ratio:.3f} (target >= 0.200: {'met' if ratio >= 0.2 else 'not met'})")
    peak = _peak_rss_mb()
    if peak is not None:
        print(f"peak memory (RSS): {peak:.0f} MB")
    return 0
