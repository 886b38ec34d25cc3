"""Columns every claim table shares: the claim's id, its document, its date and how it was found.

Every extractor builds its rows on `claim_row`, so provenance is filled one way everywhere.
"""
from __future__ import annotations

from collections.abc import Sequence

from sitrep import ids
from sitrep.models import Document, Post
from sitrep.schemas import UNKNOWN_DATE


def report_date(post: Post, doc: Document) -> tuple[str, str]:
    """(report_date, date_source): the post's timestamp, else the article's date, else unknown.

    Never today's date: a document without any date stays `unknown`.
    """
    if post.timestamp:
        return post.timestamp.date().isoformat(), "post_timestamp"
    if doc.published:
        return doc.published.isoformat(), "article_date"
    return UNKNOWN_DATE, "unknown"


def claim_row(
    doc: Document,
    *,
    table: str,
    identity: Sequence[object],
    report_date: str,
    date_source: str,
    claimant: str | None,
    evidence: str,
    extractor_version: str,
) -> dict:
    """The shared columns of one claim; `identity` holds what makes the claim itself distinct."""
    return {
        "claim_id": ids.stable_id([table, doc.document_id, *identity]),
        "document_id": doc.document_id,
        "source_uri": doc.source_uri,
        "source_url": doc.url,
        "publisher": doc.publisher,
        "report_date": report_date,
        "date_source": date_source,
        "claimant": claimant,
        "evidence": evidence,
        "extractor_version": extractor_version,
    }
