"""The speed benchmark's text: live blogs of 8-40 KB assembled (seeded) from the paragraphs
of the sample corpus, the shared seed articles when present and the eval cases of the tune
split (never holdout: people profiling read this corpus), mostly non-claim text; or, as
`dense`, every eval case a tiny document. Numbers are varied in every copy. See
`benchmarks/README.md`."""
from __future__ import annotations

import json
import random
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.benchmark.accuracy import case_document, load_cases
from sitrep.models import Document, RawDocument

SAMPLE_CORPUS = Path(__file__).resolve().parents[1] / "sample_corpus"
_DIGITS = re.compile(r"\d+")  # the figures each copy varies
SEEDS_DIR = Path(__file__).resolve().parents[3] / "shared" / "seeds"  # ../shared/seeds
PROFILES = ("realistic", "dense")
DOC_BYTES = (8_000, 40_000)  # realistic profile: each document's size in bytes (UTF-8)
CASE_POST_SHARE = 0.4  # realistic profile: share of posts that are an eval case

# Source kinds, for the composition printed: eval cases with gold rows, eval cases
# without (negatives, written to look like claims), the shared seed articles, the sample corpus.
CLAIM_CASE, NEGATIVE_CASE, SEED, SAMPLE, FURNITURE = "claim case", "negative case", "seed", "sample", "furniture"

_AUTHORS = ("Jane Doe", "Maria Lenz", "Owen Hartley", "Tom Ambrose", "Alex Croft", "Stuti Mishra",
            "Chris Stein", "Martin Farrer", "Dan Sabbagh", "Helen Livingstone", "Yaroslav Hrytsak",
            "Olga Koval")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Page furniture of a scraped live blog, as in sitrep/sample_corpus: the clean stage drops it.
_TOP = ("Stay up to date with notifications from The Independent",
        "Notifications can be managed in browser preferences.", "Liveupdated")
_SUPPORT = ("Comments", "Your support helps us to tell the story",
            "Keeping correspondents close to the front line is expensive, and we would rather spend "
            "that money on reporting than on a paywall.",
            "Your support makes all the difference.")
_FOOTER = ("Join our commenting forum", "Comments")


@dataclass(frozen=True)
class BenchDocument:
    """One document of the speed corpus, as it would arrive: a `.txt` page or a `.json` record."""

    text: str
    fmt: str  # "txt" or "json"
    published: str | None = None

    def raw(self, n: int) -> RawDocument:
        from sitrep.ids import document_id

        if self.fmt == "json":
            data = json.dumps({"text": self.text, "published": self.published}, ensure_ascii=False).encode()
        else:
            data = self.text.encode("utf-8")
        return RawDocument(document_id(data), f"bench/{n}.{self.fmt}", self.fmt, data)


@dataclass
class Corpus:
    profile: str
    documents: list[BenchDocument]
    paragraphs: Counter = field(default_factory=Counter)  # source kind -> paragraphs (headlines too)
    chars: Counter = field(default_factory=Counter)  # source kind -> characters
    seeds_dir: Path | None = None  # the seed articles used, if any
    text_lines: int = 0  # realistic profile: headlines and paragraphs (furniture aside) ...
    repeated_lines: int = 0  # ... and how many of them repeat an earlier one exactly

    @property
    def n_bytes(self) -> int:
        return sum(len(d.text.encode("utf-8")) for d in self.documents)

    def describe(self) -> str:
        sizes = sorted(len(d.text.encode("utf-8")) for d in self.documents)
        total = sum(sizes)
        lines = [f"corpus ({self.profile}): {len(sizes)} documents, {total / 1e6:.1f} MB, "
                 f"mean {total / len(sizes) / 1000:.1f} KB (min {sizes[0] / 1000:.1f}, "
                 f"median {sizes[len(sizes) // 2] / 1000:.1f}, max {sizes[-1] / 1000:.1f} KB); "
                 f"seeds: {self.seeds_dir or ('not used' if self.profile == 'dense' else 'not found, not used')}"]
        n_par, n_chr = sum(self.paragraphs.values()), sum(self.chars.values())
        claim = self.paragraphs[CLAIM_CASE] / n_par if n_par else 0.0
        lines.append(f"  paragraphs (headlines and bylines included): {n_par}; from claim cases "
                     f"{claim:.1%}, other text {1 - claim:.1%}")
        for kind in (CLAIM_CASE, NEGATIVE_CASE, SEED, SAMPLE, FURNITURE):
            if self.paragraphs[kind]:
                lines.append(f"    {kind:<14}{self.paragraphs[kind] / n_par:7.1%} of paragraphs"
                             f"{self.chars[kind] / n_chr:7.1%} of text")
        if self.text_lines:
            lines.append(f"  headlines and paragraphs (furniture aside) repeating an earlier one exactly: "
                         f"{self.repeated_lines / self.text_lines:.1%}")
        return "\n".join(lines)


def vary_numbers(text: str, rng: random.Random) -> str:
    """The text with each number replaced by another of the same number of digits."""
    def repl(m: re.Match) -> str:
        n = len(m.group())
        return str(rng.randrange(10 ** (n - 1) if n > 1 else 0, 10 ** n))
    return _DIGITS.sub(repl, text)


@dataclass(frozen=True)
class _Piece:
    """A paragraph or headline of the base texts, ready to be copied with variations: the
    text between its numbers, the numbers' widths, and where two words may trade places."""

    kind: str
    nbytes: int  # UTF-8 bytes; every copy has the same
    parts: tuple[str, ...]  # the text around the numbers: len(widths) + 1 parts
    widths: tuple[int, ...]  # digits of each number
    swaps: tuple[tuple[int, int, int, int], ...]  # (part, start, end of 1st word, end of 2nd)
    names: tuple[tuple[int, int, int, tuple[str, ...]], ...] = ()  # (part, start, end, alternatives)


_LOWER_WORD = re.compile(r"[a-z]{3,}")
# Names that may stand in for one another in a copy (same class, same length, so that a
# copy keeps the original's size): Ukrainian towns, leaders, weekdays, months.
_NAME_CLASSES = (
    "Kyiv Lviv Sumy Uman Odesa Izium Dnipro Kherson Poltava Vinnytsia Zhytomyr Chernihiv Mykolaiv "
    "Pokrovsk Kramatorsk Sloviansk Kupiansk Avdiivka Bakhmut Kharkiv Ternopil Lutsk Rivne",
    "Zelensky Putin Trump Biden Rutte Macron Scholz Starmer Tusk Orban Meloni Erdogan",
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "January February March April June July August September October November December",
)
_ALTERNATIVES: dict[str, tuple[str, ...]] = {}
for _names in _NAME_CLASSES:
    for _name in _names.split():
        _ALTERNATIVES[_name] = tuple(n for n in _names.split() if len(n) == len(_name))
_NAME = re.compile(r"\b(?:" + "|".join(sorted(_ALTERNATIVES, key=len, reverse=True)) + r")\b")
_WORD_SPAN = re.compile(r"[^ ]+")


def _piece(text: str, kind: str) -> _Piece:
    numbers = list(_DIGITS.finditer(text))
    bounds = [0] + [x for m in numbers for x in m.span()] + [len(text)]
    parts = tuple(text[bounds[i]:bounds[i + 1]] for i in range(0, len(bounds), 2))
    words = list(_WORD_SPAN.finditer(text))
    near_digit = {j for i, w in enumerate(words) if _DIGITS.search(w.group()) for j in range(i - 3, i + 4)}
    swaps = []
    for i in range(len(words) - 1):
        a, b = words[i], words[i + 1]
        if (i in near_digit or i + 1 in near_digit or b.start() != a.end() + 1
                or not _LOWER_WORD.fullmatch(a.group()) or not _LOWER_WORD.fullmatch(b.group())):
            continue
        k = next(k for k in range(len(parts)) if bounds[2 * k] <= a.start() and b.end() <= bounds[2 * k + 1])
        base = bounds[2 * k]
        swaps.append((k, a.start() - base, a.end() - base, b.end() - base))
    names = []
    for m in _NAME.finditer(text):
        alternatives = _ALTERNATIVES[m.group()]
        k = next((k for k in range(len(parts)) if bounds[2 * k] <= m.start() and m.end() <= bounds[2 * k + 1]), None)
        if len(alternatives) > 1 and k is not None:
            names.append((k, m.start() - bounds[2 * k], m.end() - bounds[2 * k], alternatives))
    return _Piece(kind, len(text.encode("utf-8")), parts, tuple(len(m.group()) for m in numbers),
                  tuple(swaps), tuple(names))


_LOWEST = [0] + [10 ** (w - 1) for w in range(1, 16)]


def _vary(piece: _Piece, rng: random.Random) -> str:
    """A fresh copy: each number replaced by another of as many digits (as `vary_numbers`)
    names of towns, leaders, weekdays and months replaced by others of the same length,
    and, away from any number, one or more pairs of adjacent lowercase words swapped, so that copies of a
    paragraph with few or no digits are new strings too and no cache keyed on the text can
    help. Every copy has the same length as the original."""
    parts = piece.parts
    rnd = rng.random
    if piece.names:
        parts = list(parts)
        for k, s, e, alternatives in piece.names:
            p = parts[k]
            parts[k] = p[:s] + alternatives[int(rnd() * len(alternatives))] + p[e:]
    if piece.swaps:
        parts = list(parts)
        n = len(piece.swaps)
        picked = sorted({int(rnd() * n) for _ in range(1 + n // 8)})
        last = -2
        for i in picked:  # swaps of word pairs that do not overlap; lengths do not change
            if i == last + 1:
                continue
            last = i
            k, s, m, e = piece.swaps[i]
            p = parts[k]
            parts[k] = p[:s] + p[m + 1:e] + " " + p[s:m] + p[e:]
    if not piece.widths:
        return parts[0]
    out = [parts[0]]
    for w, tail in zip(piece.widths, parts[1:]):
        if w == 1:
            out.append(str(int(rnd() * 10)))
        elif w < len(_LOWEST):
            lo = _LOWEST[w]
            out.append(str(lo + int(rnd() * 9 * lo)))
        else:
            out.append(str(rng.randrange(10 ** (w - 1), 10 ** w)))
        out.append(tail)
    return "".join(out)


@dataclass
class _Pools:
    headlines: list[_Piece]
    runs: list[tuple[_Piece, ...]]  # consecutive paragraphs of a seed or sample article
    cases: list[tuple[_Piece | None, tuple[_Piece, ...]]]  # (headline, paragraphs) of an eval case
    lead: list[_Piece]  # standfirsts


def _clean_sources(seeds_dir: Path | None) -> list[tuple[str, Document]]:
    from sitrep.clean import clean_document
    from sitrep.ingest import split_file

    paths = [(SAMPLE, p) for p in sorted(SAMPLE_CORPUS.iterdir())]
    if seeds_dir is not None:
        paths += [(SEED, p) for p in sorted(seeds_dir.iterdir()) if p.is_file()]
    docs = []
    for kind, path in paths:
        raws, _ = split_file(str(path), path.read_bytes())
        for raw in raws:
            try:
                docs.append((kind, clean_document(raw)))
            except Exception:  # noqa: BLE001 - an unreadable source is just not used
                continue
    return docs


def _pools(seeds_dir: Path | None, rng: random.Random) -> _Pools:
    """The base texts, through the real clean stage (so boilerplate and repeats are gone):
    headlines, runs of 1-5 consecutive paragraphs of the seed and sample articles, eval cases."""
    from sitrep.clean import is_headline_like

    headlines: list[_Piece] = []
    runs: list[tuple[_Piece, ...]] = []
    lead: list[_Piece] = []
    for kind, doc in _clean_sources(seeds_dir):
        if doc.title:
            headlines.append(_piece(doc.title, kind))
        paragraphs = []
        for post in doc.posts:
            if post.headline and post.headline != doc.title:
                headlines.append(_piece(post.headline, kind))
            paragraphs += [_piece(p, kind) for p in post.paragraphs]
        if paragraphs:
            lead.append(paragraphs[0])
        i = 0
        while i < len(paragraphs):
            n = rng.randint(1, 5)
            runs.append(tuple(paragraphs[i:i + n]))
            i += n
    cases: list[tuple[_Piece | None, tuple[_Piece, ...]]] = []
    for case in load_cases("tune"):  # never holdout: people profiling read this corpus
        kind = CLAIM_CASE if any(case["expected"].values()) else NEGATIVE_CASE
        try:
            doc = case_document(case)
        except Exception:  # noqa: BLE001
            continue
        for post in doc.posts:
            head = post.headline or (doc.title if post is doc.posts[0] else None)
            if post.paragraphs:
                cases.append((_piece(head, kind) if head and is_headline_like(head) else None,
                              tuple(_piece(p, kind) for p in post.paragraphs)))
    return _Pools(headlines, runs, cases, lead)


class _Deck:
    """Draws every item once, in a seeded random order, before any repeats."""

    def __init__(self, items: Sequence, rng: random.Random) -> None:
        self.items, self.rng, self.left = list(items), rng, []

    def draw(self):
        if not self.left:
            self.left = self.items[:]
            self.rng.shuffle(self.left)
        return self.left.pop()


def _live_blog(target: int, limit: int, rng: random.Random, decks: dict[str, _Deck],
               corpus: Corpus, seen: set[int]) -> str:
    """One live blog of about `target` bytes (never more than `limit`): a scraped header
    with title, standfirst, authors and dateline, then posts (a headline line, paragraphs
    and a closing byline "Jane Doe 4 January 2025 09:35", newest first), then a footer."""
    from datetime import datetime, timedelta

    paragraphs, chars = corpus.paragraphs, corpus.chars
    lines: list[tuple[str, str, int]] = []  # (text, source kind, bytes)
    when = datetime(2024, 1, 1) + timedelta(minutes=rng.randrange(2 * 365 * 24 * 60))
    furnished = rng.random() < 0.5
    authors = rng.sample(_AUTHORS, rng.randint(1, 3))
    furniture = [(line, FURNITURE, len(line.encode("utf-8"))) for line in _TOP] if furnished else []
    lines += furniture
    for deck in ("headline", "lead"):
        piece = decks[deck].draw()
        lines.append((_vary(piece, rng), piece.kind, piece.nbytes))
    stamp = f"{_WEEKDAYS[when.weekday()]} {when.day:02d} {_MONTHS[when.month - 1]} {when.year} {when:%H:%M} GMT"
    lines += [(",".join(authors), FURNITURE, len(",".join(authors))), (stamp, FURNITURE, len(stamp))]
    if furnished:
        lines += [(line, FURNITURE, len(line.encode("utf-8"))) for line in _SUPPORT]
    footer = [(line, FURNITURE, len(line) + 2) for line in _FOOTER] if furnished else []
    size = sum(n + 2 for _, _, n in lines) + sum(n for _, _, n in footer)
    while size < target:
        if rng.random() < CASE_POST_SHARE:
            head, body = decks["case"].draw()
            head = head or decks["headline"].draw()
        else:
            head, body = decks["headline"].draw(), decks["run"].draw()
        byline = f"{authors[int(rng.random() * len(authors))]}{' ' if rng.random() < 0.5 else ''}" \
                 f"{when.day} {_MONTHS[when.month - 1]} {when.year} {when.hour:02d}:{when.minute:02d}"
        post_size = head.nbytes + sum(p.nbytes for p in body) + 2 * len(body) + len(byline) + 4
        if size + post_size > limit:
            break
        lines.append((_vary(head, rng), head.kind, head.nbytes))
        lines += [(_vary(p, rng), p.kind, p.nbytes) for p in body]
        lines.append((byline, FURNITURE, len(byline)))
        size += post_size
        when -= timedelta(minutes=rng.randint(3, 45))
    lines += footer
    for text, kind, _ in lines:
        paragraphs[kind] += 1
        chars[kind] += len(text) + 2
        if kind != FURNITURE:
            corpus.text_lines += 1
            h = hash(text)
            if h in seen:
                corpus.repeated_lines += 1
            else:
                seen.add(h)
    return "\n\n".join(text for text, _, _ in lines)


def _dense_texts() -> list[tuple[str, str | None, str]]:
    """(text, published, kind) of the sample corpus documents and the eval cases, whole."""
    from sitrep.decode import decode
    from sitrep.ingest import split_file

    texts: list[tuple[str, str | None, str]] = []
    for path in sorted(SAMPLE_CORPUS.iterdir()):
        raws, _ = split_file(str(path), path.read_bytes())
        for raw in raws:
            texts.append((decode(raw.data, raw.fmt).text, None, SAMPLE))
    for case in load_cases("tune"):  # never holdout: people profiling read this corpus
        kind = CLAIM_CASE if any(case["expected"].values()) else NEGATIVE_CASE
        texts.append((case["text"], case.get("published"), kind))
    return texts


def build_corpus(mb: float, seed: int = 0, profile: str = "realistic",
                 seeds_dir: Path | None = SEEDS_DIR, doc_bytes: tuple[int, int] = DOC_BYTES) -> Corpus:
    """About `mb` MB (10^6 bytes of UTF-8) of documents, the same for the same arguments.

    realistic: live blogs of `doc_bytes` bytes each, assembled from the paragraphs of the
    sample corpus, of the seed articles (when `seeds_dir` exists) and of the eval cases.
    dense: the old claim-dense worst case, every eval case and sample document whole, over
    and over (tiny documents). Numbers are varied in every copy.
    """
    if profile not in PROFILES:
        raise ValueError(f"profile must be one of {PROFILES}, not {profile!r}")
    rng = random.Random(seed)
    target = int(mb * 1_000_000)
    corpus = Corpus(profile, [])
    size = 0
    if profile == "dense":
        base = _dense_texts()
        while size < target:
            for text, published, kind in base:
                varied = vary_numbers(text, rng)
                corpus.documents.append(BenchDocument(varied, "json", published))
                n = len(varied.split("\n\n"))
                corpus.paragraphs[kind] += n
                corpus.chars[kind] += len(varied)
                size += len(varied.encode("utf-8"))
                if size >= target:
                    break
        return corpus
    seeds = seeds_dir if seeds_dir is not None and seeds_dir.is_dir() else None
    corpus.seeds_dir = seeds
    pools = _pools(seeds, rng)
    decks = {"headline": _Deck(pools.headlines, rng), "run": _Deck(pools.runs, rng),
             "case": _Deck(pools.cases, rng), "lead": _Deck(pools.lead, rng)}
    lo, hi = doc_bytes
    seen: set[int] = set()  # hashes of the lines made so far, to count exact repeats
    while size < target:
        doc_target = rng.randint(lo, hi)
        text = _live_blog(doc_target, hi, rng, decks, corpus, seen)
        corpus.documents.append(BenchDocument(text, "txt"))
        size += len(text.encode("utf-8"))
    return corpus
