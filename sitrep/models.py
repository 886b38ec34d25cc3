"""Plain data carried between the pipeline stages; no I/O, no Prefect."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class RawDocument:
    """One document as the user gave it: its bytes and where they came from.

    A `.jsonl` file yields one RawDocument per line; every other file is one document.
    `fmt` is one of `txt`, `html`, `json`.
    """

    document_id: str
    source_uri: str
    fmt: str
    data: bytes


@dataclass(frozen=True)
class Post:
    """One post of a live blog (or the whole article when it has no posts)."""

    headline: str | None
    paragraphs: tuple[str, ...]
    author: str | None = None
    timestamp: datetime | None = None

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True)
class Document:
    """A cleaned document: boilerplate gone, repeated paragraphs dropped, split into posts."""

    document_id: str
    source_uri: str
    title: str | None
    published: date | None
    posts: tuple[Post, ...]
    publisher: str | None = None
    url: str | None = None
    date_source: str = "unknown"  # how `published` was found: dateline, json, leading_date, ...


@dataclass(frozen=True)
class Rejected:
    """Something that could not go on through the pipeline, and why; bound for `quarantine`."""

    table: str
    rules: tuple[str, ...]
    record: dict = field(default_factory=dict)
    document_id: str | None = None
    source_uri: str | None = None
