"""Shared provenance: anchor dates, relative-date resolution, time windows, claim ids."""
from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep import provenance
from sitrep.models import Document, Post
from sitrep.provenance import (
    claim_row,
    report_date,
    reported_at,
    resolve_date,
    resolve_report_date,
    time_window,
)

SAT = date(2025, 3, 8)  # a Saturday


def _doc(published: date | None = None, timestamp: datetime | None = None) -> tuple[Post, Document]:
    post = Post(headline=None, paragraphs=("x",), timestamp=timestamp)
    return post, Document("d1", "s3://b/d.txt", None, published, (post,), publisher="The Example")


@pytest.mark.parametrize(
    "timestamp, published, expected",
    [
        (datetime(2025, 1, 4, 9, 35), date(2025, 1, 5), ("2025-01-04", "post_timestamp")),
        (None, date(2025, 1, 5), ("2025-01-05", "article_date")),
        (None, None, ("unknown", "unknown")),
    ],
)
def test_report_date_keeps_its_signature(timestamp, published, expected) -> None:
    post, doc = _doc(published, timestamp)
    assert report_date(post, doc) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russia launched 40 drones overnight.", ("2025-03-08", "article_date")),
        ("Russia launched 40 drones, the air force said on Saturday.", ("2025-03-08", "article_date")),
        ("Air defences downed 12 drones on Thursday.", ("2025-03-06", "relative")),
        ("Air defences downed 12 drones yesterday.", ("2025-03-07", "relative")),
        ("Gladkov said 9 drones were shot down on Tuesday night.", ("2025-03-05", "relative")),  # into Wednesday
        ("Russia launched 40 drones on Friday night.", ("2025-03-08", "article_date")),  # the night into today
        ("Russia is launching drones on Saturday night, the air force warned.", ("2025-03-08", "article_date")),
        ("Russia launched 90 drones last night.", ("2025-03-08", "article_date")),
        ("Russia launched 1,100 drones last week.", ("2025-03-01", "inferred")),
        ("The ministry said on 3 March that 20 drones were downed.", ("2025-03-03", "relative")),
        ("On March 3, 20 drones were downed.", ("2025-03-03", "relative")),
        ("On 3 December, 20 drones were downed.", ("2024-12-03", "relative")),  # not the anchor's future
        ("Russia launched 89 drones overnight into Friday.", ("2025-03-07", "relative")),
        ("On the night of 5-6 March, 60 drones were launched.", ("2025-03-06", "relative")),
        ("From 18:00 on 3 March to 08:30 on 4 March, 61 drones were destroyed.", ("2025-03-04", "relative")),
    ],
)
def test_resolve_report_date(text: str, expected: tuple[str, str]) -> None:
    post, doc = _doc(published=SAT)
    assert resolve_report_date(post, doc, text) == expected


def test_post_timestamp_is_the_anchor_before_the_article_date() -> None:
    post, doc = _doc(published=date(2025, 3, 10), timestamp=datetime(2025, 3, 8, 7, 0))
    assert resolve_report_date(post, doc, "Twelve drones were downed yesterday.") == ("2025-03-07", "relative")


def test_a_document_without_any_date_stays_unknown() -> None:
    post, doc = _doc()
    assert resolve_report_date(post, doc, "On 3 January, 20 drones were downed yesterday.") == ("unknown", "unknown")


@pytest.mark.parametrize(
    "text, label, start, end",
    [
        ("Russia launched 40 drones overnight.", "overnight", None, None),
        ("Over the past 24 hours, 118 drones were shot down.", "24 hours", None, None),
        ("During the day, 14 drones were shot down.", "day", None, None),
        ("Overnight into February 8, Russia launched 70 drones.", "overnight into February 8", None, datetime(2025, 2, 8)),
        ("On the night of 15-16 February, 90 drones ... as of 09:00, 60 shot down.", "overnight into February 16", None,
         datetime(2025, 2, 16, 9, 0)),
        ("Between 18:00 on 3 January and 08:30 on 4 January, 61 drones were downed.", None,
         datetime(2025, 1, 3, 18, 0), datetime(2025, 1, 4, 8, 30)),
        ("from 18:00 on 3 January to 08:30 on 4 January", None, datetime(2025, 1, 3, 18, 0), datetime(2025, 1, 4, 8, 30)),
        ("between 8:00 p.m. and 11:00 p.m. Moscow time, 46 drones", None, datetime(2025, 3, 8, 20), datetime(2025, 3, 8, 23)),
        ("Russia launched from 5 to 10 drones.", None, None, None),
        ("On Thursday night, 50 drones were launched.", "overnight into March 7", None, datetime(2025, 3, 7)),
    ],
)
def test_time_window(text: str, label, start, end) -> None:
    window = time_window(text, SAT)
    assert (window.label, window.start, window.end) == (label, start, end)


def test_claim_row_is_stable_and_fills_the_shared_columns() -> None:
    post, doc = _doc(published=SAT)
    kwargs = dict(table="air_attacks", identity=["russia", 40], report_date="2025-03-08", date_source="article_date",
                  claimant="Ukrainian air force", evidence="e", extractor_version="2")
    row = claim_row(doc, post, **kwargs)
    assert row == claim_row(doc, post, **kwargs)
    assert row["claim_id"] != claim_row(doc, post, **{**kwargs, "table": "casualty_claims"})["claim_id"]
    assert (row["publisher"], row["claimant"], row["date_source"]) == ("The Example", "Ukrainian air force", "article_date")
    assert row["reported_at"] == datetime(2025, 3, 8)  # no post timestamp: the article's date


def test_reported_at_prefers_the_post_timestamp() -> None:
    post, doc = _doc(published=SAT)
    stamped = Post(headline=None, paragraphs=("x",), timestamp=datetime(2025, 3, 9, 7, 45))
    assert reported_at(stamped, doc) == datetime(2025, 3, 9, 7, 45)
    assert reported_at(post, doc) == datetime(2025, 3, 8)


_VOCAB = (
    "overnight into on the night of from to between and since yesterday last week this week Saturday Sunday "
    "Monday Tuesday night 3 15-16 31 29 January February March December Dec. 18:00 08:30 8 p.m. as of 09:00 "
    "2024 2025 past 24 hours during the day drones were downed , ."
).split()


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_VOCAB), max_size=25), st.text(max_size=40), st.dates(date(2000, 1, 1), date(2100, 1, 1)))
def test_resolved_dates_never_lie_after_the_anchor(words: list[str], noise: str, anchor: date) -> None:
    day, how = resolve_date(" ".join(words) + noise, anchor)
    assert day <= anchor
    assert how in (None, provenance.RELATIVE, provenance.INFERRED)
    window = time_window(" ".join(words), anchor)  # never raises
    assert window.label is None or isinstance(window.label, str)


def _eval_and_case_texts() -> list[str]:
    root = Path(__file__).resolve().parents[1]
    files = [root / "benchmarks" / "eval" / "tune.jsonl", *sorted((root / "tests" / "data").glob("*_cases*.jsonl"))]
    return [json.loads(line)["text"] for f in files for line in f.read_text(encoding="utf-8").splitlines() if line]


def test_start_gates_drop_no_match() -> None:
    """The date scan and LOCATION_RE skip words by how their alternatives can begin (hand-written lists):
    on every labelled text they find what the patterns without the gates find."""
    from sitrep.claims_common import LOCATION_RE

    ungated_date = re.compile(r"(?<!\w)(?:" + provenance._DATE_RE.pattern.lower().replace("(?p<", "(?P<") + ")")
    ungated_place = re.compile(LOCATION_RE.pattern.replace(r"\b(?=(?i:[aeinostw]))", r"\b", 1))
    assert ungated_place.pattern != LOCATION_RE.pattern
    for text in _eval_and_case_texts():
        low = text.lower()
        assert [m.span() for m in provenance._DATE_LC.finditer(low)] == [m.span() for m in ungated_date.finditer(low)]
        assert [m.span() for m in LOCATION_RE.finditer(text)] == [m.span() for m in ungated_place.finditer(text)]


@pytest.mark.parametrize("text", [
    "Air defences have destroyed 44 drones since 21:30 on Thursday, the mayor said.",
    "Since Thursday evening, 44 drones have been shot down over the region.",
    "From 19:00 on 6 March, the enemy launched 44 drones, of which 30 were downed.",
    "Since the evening of 6 March, 44 drones have been destroyed.",
])
def test_the_open_start_of_a_running_count_is_not_the_claims_day(text: str) -> None:
    assert resolve_date(text, SAT) == (SAT, None)


def test_a_named_day_without_an_open_start_still_dates_the_claim() -> None:
    assert resolve_date("On Thursday, 44 drones were shot down.", SAT)[0] == date(2025, 3, 6)


@pytest.mark.parametrize("text", [
    "Russia launched 90 drones on the night of March 7 to 8, the air force said.",
    "Russia launched 90 drones overnight on 7-8 March.",
    "On the night of March 7-8, Russia launched 90 drones.",
])
def test_a_night_named_by_its_two_days_is_the_night_into_the_second(text: str) -> None:
    assert resolve_date(text, SAT)[0] == date(2025, 3, 8)
