"""The clean stage: raw bytes to a `Document` of posts, without boilerplate or repeats.

Pure functions only. Live blogs are split into posts at their bylines ("Alex
Croft4 January 2025 12:19", "By Tom Reyes, April 29, 2025, 08:05", "14 Nov 2025, 06:30 · Lena
Hartmann", "Posted at 09:00, 2 June 2025, by Ian Forsyth"; see `dates.parse_byline`); whether a
byline opens or closes its post is decided per document from where the bylines sit. Repeated paragraphs (exact, or nearly so with the
same figures) are dropped so one claim is not read twice.
"""
from __future__ import annotations

import math
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sitrep.boilerplate import strip_boilerplate
from sitrep.dates import (
    HEADER_LINES,
    STAMP_WORDS,
    find_document_date,
    parse_authors,
    parse_byline,
    parse_dateline,
    parse_stamp,
    split_leading_date,
)
from sitrep.decode import UnreadableDocument, decode
from sitrep.models import Document, Post, RawDocument

CLEAN_VERSION = "11"  # bump when a change alters cleaned text: the lake re-processes everything

_HEADLINE_MAX_WORDS = 30
_SENTENCE_END = re.compile(r"[.,;:]['’\"”)\]]*$")
_WORD = re.compile(r"[^\W_]+")
_BY_PREFIX = re.compile(r"by\s", re.IGNORECASE)
_TIME_ONLY = re.compile(
    r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:[ap]\.?m\.?|CES?T|GMT|BST|EES?T|UTC|MSK|E[SD]?T|(?:Kyiv|local)\s+time))?",
    re.IGNORECASE,
)
# "09:55 GMT - Odesa governor: 15 drones targeted the city": a time and the post's headline on one line (Al Jazeera)
_TIME_HEADLINE = re.compile(rf"(?:{_TIME_ONLY.pattern})\s+[-–—|]\s+(?P<headline>\S.{{2,200}})", re.IGNORECASE)
_STAMP_HINT = re.compile(r"\d[:.]\d\d")
_STAMP_MAX_CHARS = 80
_UPDATE_LEAD = re.compile(rf"\s*{STAMP_WORDS}\b", re.IGNORECASE)
_BYLINE_HINT = re.compile(r"\d{4}\s*,?\s*\d{1,2}[:.]\d{2}|\d[:.]\d\d\b.{0,40}\d{4}")  # cheap pre-check before parse_byline

# Near-duplicates: Jaccard similarity of word bigrams, found through buckets keyed by
# the smallest bigram hashes so each paragraph is compared only with a few likely matches.
# crc32 rather than hash(): the same document must always clean the same way.
NEAR_DUPLICATE_SIMILARITY = 0.9
_NEAR_MIN_WORDS = 8
_SKETCH_SIZE = 4
_SIZE_BAND = 1.1
_BUCKET_CAP = 16
_STOPWORDS = frozenset(
    "a an and are as at be by for from has have he in is it its of on or said says she that "
    "the their they this to was were which will with".split()
)
_DIGITS = re.compile(r"\d+")
_NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred thousand million billion dozen dozens half quarter".split()
)

# Paragraphs longer than this are cut (see `bound_paragraph`); labelled news paragraphs stay
# under 600 characters.
MAX_PARAGRAPH_CHARS = 1_200
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’')\]]*\s+")
_CLAUSE_BREAK = re.compile(r"[;:,][\"”’')\]]*\s+")


# A line broken inside a sentence: a long line that ends without a stop, then one that goes on in lower case
# (not "by Jane Doe ..." or "published at 09:45 BST", a byline or stamp under a headline)
_WRAPPED = re.compile(r"(?<=[^\n]{40})(?<![.!?:;\"”’')\]])[ \t]*\n[ \t]*(?=[a-z])(?!(?:by|published|posted|updated)\b)")


def unwrap_lines(text: str) -> str:
    """Text with hard-wrapped sentences joined again.

    Plain-text copies of articles (e-mail newsletters, wire feeds, pasted pages) break lines at a
    fixed width; cut there, a sentence becomes two "paragraphs" and neither half reads as a claim.
    Only a single line break is joined: a blank line always ends a paragraph.
    """
    return _WRAPPED.sub(" ", text) if "\n" in text else text


# "... over the Kursk region.Dan Sabbagh 25 March 2025 00:40": a scraper glued the post's byline to its last paragraph
_GLUED_BYLINE = re.compile(r"(?<=[.!?\"”’)])(?=[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_'’-]+){1,3}\s?\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}"
                           r",?\s+\d{1,2}[:.]\d{2}\s*$)")


def unglue_byline(line: str) -> list[str]:
    """A paragraph and the byline glued to its end, as two lines; other lines as they are."""
    if not line[-1:].isdigit() or (m := _GLUED_BYLINE.search(line, max(0, len(line) - 80))) is None:
        return [line]
    text, byline = line[: m.start()], line[m.start() :]
    return [text, byline] if parse_byline(byline) else [line]


def bound_paragraph(line: str, limit: int = MAX_PARAGRAPH_CHARS) -> list[str]:
    """A paragraph in pieces of at most `limit` characters: after the last sentence end that
    fits, else the last clause break, else the last space (a hard cut only for a run with none).

    Overlong "paragraphs" are scraped tables, feeds or pages whose line breaks were lost; the
    extractors' work per paragraph grows faster than its length, so one such page of a
    megabyte would stall a batch for hours. Real paragraphs are far shorter and pass whole.
    """
    if len(line) <= limit:
        return [line]
    pieces: list[str] = []
    line = line.strip()
    while len(line) > limit:
        window = line[: limit + 1]  # a break may end on the limit itself
        cut = 0
        for brk in (_SENTENCE_BREAK, _CLAUSE_BREAK):
            ends = [m.end() for m in brk.finditer(window)]
            if ends:
                cut = ends[-1]
                break
        if not cut:
            cut = window.rfind(" ") + 1 or limit
        pieces.append(line[:cut].rstrip())
        line = line[cut:].lstrip()
    if line:
        pieces.append(line)
    return pieces


def is_headline_like(line: str) -> bool:
    """Short and not ending like a sentence: how post headlines look in live blogs."""
    return len(line.split()) <= _HEADLINE_MAX_WORDS and not _SENTENCE_END.search(line)


class _WordHashes(dict):
    """crc32 of each word, computed once per word."""

    def __missing__(self, word: str) -> int:
        value = self[word] = zlib.crc32(word.encode())
        return value


_STOPWORD_HASHES = frozenset(zlib.crc32(w.encode()) for w in _STOPWORDS)
_LOW32 = (1 << 32) - 1


class _Deduper:
    """Remembers paragraphs; says whether a new one repeats one seen before."""

    def __init__(self) -> None:
        self._exact: set[str] = set()
        self._hashes = _WordHashes()
        self._buckets: dict[tuple[int, int, tuple[str, ...]], list[frozenset[int]]] = {}

    def repeated(self, text: str) -> bool:
        """True if `text` was seen (exactly or nearly); otherwise remember it and say False."""
        folded = text.casefold()
        words = _WORD.findall(folded)
        key = " ".join(words)
        if key in self._exact:
            return True
        self._exact.add(key)
        if len(words) < _NEAR_MIN_WORDS:
            return False
        hashes = list(map(self._hashes.__getitem__, words))
        shingles = frozenset((x << 32) | y for x, y in zip(hashes, hashes[1:]))
        # Near-duplicates have the same figures (a changed number is news), share one of
        # their few smallest bigram hashes (bigrams of two stopwords left out: every
        # paragraph has them), and differ in size by under 10%, so they sit in the same
        # or a neighbouring size band.
        numbers = (*_DIGITS.findall(folded), *filter(_NUMBER_WORDS.__contains__, words))
        band = int(math.log(len(shingles), _SIZE_BAND))
        smallest = [h for h in sorted(shingles)
                    if not (h >> 32 in _STOPWORD_HASHES and h & _LOW32 in _STOPWORD_HASHES)]
        keys = [(h, band, numbers) for h in smallest[:_SKETCH_SIZE]]
        for h, _, _ in keys:
            for b in (band - 1, band, band + 1):
                if any(_similar(shingles, seen) for seen in self._buckets.get((h, b, numbers), ())):
                    return True
        for k in keys:
            bucket = self._buckets.setdefault(k, [])
            if len(bucket) < _BUCKET_CAP:  # a crowded key says little; keep the cost linear
                bucket.append(shingles)
        return False


def _similar(a: frozenset[int], b: frozenset[int]) -> bool:
    """Jaccard similarity of two shingle sets at least NEAR_DUPLICATE_SIMILARITY."""
    small, large = sorted((len(a), len(b)))
    if small < NEAR_DUPLICATE_SIMILARITY * large:
        return False
    common = len(a & b)
    return common >= NEAR_DUPLICATE_SIMILARITY * (len(a) + len(b) - common)


@dataclass(frozen=True)
class _Header:
    title: str | None
    author: str | None
    timestamp: datetime | None
    lines: list[str]  # the document's remaining lines, header lines taken out


def _meaningful(line: str) -> bool:
    return (len(_WORD.findall(line)) >= 2 and parse_dateline(line) is None and not _is_byline(line)
            and parse_stamp(line) is None)


def _is_byline(line: str) -> bool:
    return bool(_BYLINE_HINT.search(line)) and parse_byline(line) is not None


def _read_header(lines: list[str], meta_title: str | None) -> _Header:
    """Title, header authors and dateline; they are taken out of the body lines."""
    title = meta_title
    if title is None:
        first = next((i for i, line in enumerate(lines) if _meaningful(line)), None)
        if first is not None and is_headline_like(lines[first]):
            title, lines = lines[first], lines[first + 1:]
    author: str | None = None
    timestamp: datetime | None = None
    drop: set[int] = set()
    head = range(min(HEADER_LINES, len(lines)))
    last: int | None = None
    for i in head:
        if _is_byline(lines[i]):
            break
        dateline = parse_dateline(lines[i])
        if dateline is None:
            continue
        if last is not None and dateline[1] is not None and (i - last > 2 or not _UPDATE_LEAD.match(lines[i])):
            break  # a second stamp that is not the page's "Updated: ..." line marks a post, as a byline would
        last = i
        drop.add(i)
        timestamp = timestamp or dateline[1]
        for j in (i - 1, i + 1):  # the author list sits next to the dateline
            names = parse_authors(lines[j]) if 0 <= j < len(lines) and j not in drop else None
            if names and author is None:
                author = names
                drop.add(j)
    if author is None:
        by = next((i for i in head if _BY_PREFIX.match(lines[i]) and parse_authors(lines[i])), None)
        if by is not None:
            author = parse_authors(lines[by])
            drop.add(by)
    body = [line for i, line in enumerate(lines) if i not in drop]
    return _Header(title, author, timestamp, body)


def _post(segment: Sequence[str], author: str | None, timestamp: datetime | None) -> Post:
    """A post from its lines: the first is the headline when it looks like one."""
    if segment and is_headline_like(segment[0]):
        return Post(segment[0], tuple(segment[1:]), author, timestamp)
    return Post(None, tuple(segment), author, timestamp)


def bylines_trail(n_lines: int, byline_at: Sequence[int]) -> bool:
    """Whether bylines close their posts (True) or open them (False).

    Closing bylines leave (almost) nothing after the last one; opening bylines leave a
    whole post there, about as long as the posts between bylines.
    """
    after = n_lines - byline_at[-1] - 1
    if after == 0:
        return True
    gaps = sorted(b - a - 1 for a, b in zip(byline_at, byline_at[1:]))
    if not gaps:
        return after < byline_at[0]
    return 2 * after < gaps[len(gaps) // 2]


def split_posts(lines: Sequence[str], title: str | None, author: str | None = None,
                timestamp: datetime | None = None) -> list[Post]:
    """Posts of a document whose title and header are already taken out of `lines`.

    Without bylines the document is one post headed by its title. With bylines, what
    comes before the first post (standfirst, summary) is a lead post headed by the title;
    with no lead and bylines closing their posts, the title heads the first post.
    """
    byline_at = [i for i, line in enumerate(lines) if _is_byline(line)]
    bylines: list[tuple[str | None, datetime]] = [b for i in byline_at if (b := parse_byline(lines[i])) is not None]
    if not byline_at:  # posts marked by a date and time with no author ("1 Nov 2025 - 20:15 GMT")
        stamps = [(i, stamp) for i, line in enumerate(lines)
                  if len(line) < _STAMP_MAX_CHARS and _STAMP_HINT.search(line) and (stamp := parse_stamp(line))]
        if not stamps:
            return _time_marked_posts(lines, title, author, timestamp)
        byline_at, bylines = [i for i, _ in stamps], [(None, stamp) for _, stamp in stamps]
    posts: list[Post] = []
    # a lone stamp opens its post: such pages put the time above the post, and one mark is too few to tell otherwise
    if bylines_trail(len(lines), byline_at) and (bylines[0][0] is not None or len(byline_at) > 1):
        starts = [0] + [i + 1 for i in byline_at[:-1]]
        first = lines[:byline_at[0]]
        # The first segment holds the lead and the first post: the post starts at the
        # first headline after the lead's sentences.
        split = next((i for i in range(1, len(first))
                      if is_headline_like(first[i]) and not is_headline_like(first[i - 1])), 0)
        lead, starts[0] = first[:split], split
        for start, end, (name, stamp) in zip(starts, byline_at, bylines):
            posts.append(_post(lines[start:end], name, stamp))
        tail = lines[byline_at[-1] + 1:]
        if tail:
            posts.append(Post(None, tuple(tail)))
        if not lead and title and posts[0].headline is None:  # the title heads the first post, not an empty lead
            posts[0] = Post(title, posts[0].paragraphs, posts[0].author, posts[0].timestamp)
            return posts
    else:
        lead = lines[:byline_at[0]]
        ends = byline_at[1:] + [len(lines)]
        for begin, end, (name, stamp) in zip(byline_at, ends, bylines):
            posts.append(_post(lines[begin + 1:end], name, stamp))
    return _with_lead(posts, lead, title, author, timestamp)


def _time_marked_posts(lines: Sequence[str], title: str | None, author: str | None,
                       timestamp: datetime | None) -> list[Post]:
    """Posts opened by a time alone on its line ("10:40 CET", "07:10"), as live blogs without bylines mark them;
    the time has no date of its own, so the posts keep the document's. One such line marks no posts."""
    marks = [i for i, line in enumerate(lines) if _TIME_ONLY.fullmatch(line.strip())]
    if len(marks) < 2:
        return _time_headed_posts(lines, title, author, timestamp)
    posts = [_post(lines[begin + 1:end], author, None) for begin, end in zip(marks, marks[1:] + [len(lines)])]
    return _with_lead(posts, lines[:marks[0]], title, author, timestamp)


def _time_headed_posts(lines: Sequence[str], title: str | None, author: str | None,
                       timestamp: datetime | None) -> list[Post]:
    """Posts opened by a time and their headline on one line ("09:55 GMT - Odesa governor: 15 drones ..."); at
    least two such lines, most with a body under them, or the document is one post."""
    heads = [(i, m["headline"]) for i, line in enumerate(lines) if (m := _TIME_HEADLINE.fullmatch(line.strip()))]
    if len(heads) < 2:
        return [Post(title, tuple(lines), author, timestamp)]
    ends = [i for i, _ in heads[1:]] + [len(lines)]
    if sum(end - i > 1 for (i, _), end in zip(heads, ends)) * 2 < len(heads):
        return [Post(title, tuple(lines), author, timestamp)]  # a ticker: "07:12 | Air force: ..." lines are the news
    posts = [Post(head, tuple(lines[i + 1:end]), author, None) for (i, head), end in zip(heads, ends)]
    return _with_lead(posts, lines[:heads[0][0]], title, author, timestamp)


def _with_lead(posts: list[Post], lead: Sequence[str], title: str | None, author: str | None,
               timestamp: datetime | None) -> list[Post]:
    """The posts after a lead post: the title and the lines before the first post, when there are any."""
    return [Post(title, tuple(lead), author, timestamp), *posts] if lead or title else posts


def drop_repeats(posts: Sequence[Post], title: str | None) -> list[Post]:
    """The posts minus every paragraph that repeats, exactly or nearly, the title, a
    headline or an earlier paragraph, so a claim is read once. Headlines always stay:
    they give each post its subject."""
    seen = _Deduper()
    if title:
        seen.repeated(title)
    out = []
    for post in posts:
        if post.headline and post.headline != title:
            seen.repeated(post.headline)
        paragraphs = tuple(p for p in post.paragraphs if not seen.repeated(p))
        if post.headline or paragraphs:
            out.append(Post(post.headline, paragraphs, post.author, post.timestamp))
    return out


def clean_document(raw: RawDocument) -> Document:
    """Decode, strip boilerplate, split into posts and drop repeats; find title, date, publisher.

    Raises `UnreadableDocument` when the bytes cannot be read or nothing but boilerplate
    is left.
    """
    decoded = decode(raw.data, raw.fmt)
    stripped = strip_boilerplate(decoded.text)
    _, body = split_leading_date(stripped.text)
    lines = [piece for line in unwrap_lines(body).split("\n") if line
             for part in unglue_byline(line) for piece in bound_paragraph(part)]
    meta_title = strip_boilerplate(decoded.title or "")
    header = _read_header(lines, " ".join(meta_title.text.split()) or None)
    posts = drop_repeats(
        split_posts(header.lines, header.title, header.author or decoded.author, header.timestamp),
        header.title,
    )
    if not any(p.paragraphs for p in posts) and not header.title:
        raise UnreadableDocument("no_content", "nothing left after removing boilerplate")
    published, how = find_document_date(
        stripped.text,
        published=decoded.published,
        published_source=decoded.published_source or "json",
        post_timestamps=(p.timestamp for p in posts if p.timestamp),
        title=header.title,
    )
    return Document(
        document_id=raw.document_id,
        source_uri=raw.source_uri,
        title=header.title,
        published=published,
        posts=tuple(posts),
        publisher=decoded.publisher or stripped.publisher or meta_title.publisher,
        url=decoded.url,
        date_source=how,
    )
