"""Dates a document gives for itself; never a guess, never today."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from sitrep.dates import (
    find_document_date,
    parse_authors,
    parse_byline,
    parse_dateline,
    parse_iso_date,
    parse_stamp,
    split_leading_date,
)


class TestByline:
    @pytest.mark.parametrize(
        ("line", "author", "stamp"),
        [
            ("Maria Lenz7 March 2025 08:15", "Maria Lenz", datetime(2025, 3, 7, 8, 15)),
            ("Maria Lenz 7 March 2025 08:15", "Maria Lenz", datetime(2025, 3, 7, 8, 15)),
            ("Owen Hartley13 February 2025 23:05", "Owen Hartley", datetime(2025, 2, 13, 23, 5)),
            ("Olena O’Brien-Shevchuk1 Dec 2024 7:02", "Olena O’Brien-Shevchuk", datetime(2024, 12, 1, 7, 2)),
            ("Ana de la Cruz 2 May 2025 1:30pm", "Ana de la Cruz", datetime(2025, 5, 2, 13, 30)),
            ("Ivan Petrenko and Sam Cole9 June 2025 10:00", "Ivan Petrenko, Sam Cole", datetime(2025, 6, 9, 10, 0)),
            ("Zoë Ålund 30 April 2025 00:00 BST", "Zoë Ålund", datetime(2025, 4, 30, 0, 0)),
            # other outlets' shapes: by-first, date-first, "Posted at", "From <outlet>'s"
            ("By Nadia Orlova, March 3, 2025, 21:40", "Nadia Orlova", datetime(2025, 3, 3, 21, 40)),
            ("by Petro Ivanenko | Jan. 9, 2025 11:05 AM", "Petro Ivanenko", datetime(2025, 1, 9, 11, 5)),
            ("by Petro Ivanenko  January 9, 2025 1:05 PM", "Petro Ivanenko", datetime(2025, 1, 9, 13, 5)),
            ("9 Jan 2025, 06:10 · Ruth Adams", "Ruth Adams", datetime(2025, 1, 9, 6, 10)),
            ("Posted at 16:45, 8 January 2025, by Ruth Adams", "Ruth Adams", datetime(2025, 1, 8, 16, 45)),
            ("From the BBC's Ruth Adams, 7:20 a.m. ET, January 8, 2025", "Ruth Adams", datetime(2025, 1, 8, 7, 20)),
            ("Posted by Ruth Adams | 9 January 2025, 06:10", "Ruth Adams", datetime(2025, 1, 9, 6, 10)),
            ("Thursday 9 January 2025 06:10 GMT — Ruth Adams", "Ruth Adams", datetime(2025, 1, 9, 6, 10)),  # a weekday first
        ],
    )
    def test_parses_author_and_timestamp(self, line, author, stamp):
        assert parse_byline(line) == (author, stamp)

    @pytest.mark.parametrize(
        "line",
        [
            "Friday 07 March 2025 10:05 GMT",  # a dateline names no author
            "the strike came at 4 March 2025 04:10",  # lowercase words are no name
            "Talks resumed in Geneva on 4 March 2025 at 10:00, officials said.",
            "Maria Lenz 31 February 2025 08:15",  # no such day
            "Maria Lenz 7 March 2025",  # no time
            "Maria Lenz 7 March 2025 25:61",
            "By Tuesday, March 4, 2025, 10:00 the sirens had stopped",
            "Posted at 2.30pm, Monday 21 July 2025",  # no author
        ],
    )
    def test_rejects_what_is_not_a_byline(self, line):
        assert parse_byline(line) is None


class TestDateline:
    @pytest.mark.parametrize(
        ("line", "day", "stamp"),
        [
            ("Friday 07 March 2025 10:05 GMT", date(2025, 3, 7), datetime(2025, 3, 7, 10, 5)),
            ("Thu 13 February 2025 23:00", date(2025, 2, 13), datetime(2025, 2, 13, 23, 0)),
            ("Updated: March 7, 2025 9.40am", date(2025, 3, 7), datetime(2025, 3, 7, 9, 40)),
            ("Published 1st June 2025", date(2025, 6, 1), None),
            ("2 Sept 2024", date(2024, 9, 2), None),
        ],
    )
    def test_parses(self, line, day, stamp):
        assert parse_dateline(line) == (day, stamp)

    @pytest.mark.parametrize("line", ["On 7 March 2025 drones struck Sumy.", "March 2025", "Friday"])
    def test_rejects_sentences_and_partial_dates(self, line):
        assert parse_dateline(line) is None


class TestIsoAndLeadingDate:
    @pytest.mark.parametrize(
        ("value", "day"),
        [
            ("2025-03-07", date(2025, 3, 7)),
            ("2025-03-07T06:30:00Z", date(2025, 3, 7)),
            ("2025-03-07T23:30:00-05:00", date(2025, 3, 7)),  # the date as the source wrote it
            ("2025-03-07 06:30", date(2025, 3, 7)),
            ("yesterday", None),
            ("2025-02-30", None),
        ],
    )
    def test_parse_iso_date(self, value, day):
        assert parse_iso_date(value) == day

    def test_leading_date_is_split_off(self):
        assert split_leading_date(" date 2025-02-11 War latest: drones") == (
            date(2025, 2, 11), "War latest: drones")
        assert split_leading_date("2025-02-11T08:00:00Z Headline") == (date(2025, 2, 11), "Headline")

    def test_text_without_leading_date_is_unchanged(self):
        text = "Headline mentioning 2025-02-11 later"
        assert split_leading_date(text) == (None, text)


class TestDocumentDate:
    def test_metadata_first(self):
        text = "date 2025-01-01 Headline\nFriday 07 March 2025 10:05 GMT"
        assert find_document_date(text, "2025-02-20T06:30:00Z", "json") == (date(2025, 2, 20), "json")
        assert find_document_date(text, "2025-02-20", "html_meta") == (date(2025, 2, 20), "html_meta")

    def test_unparseable_metadata_falls_back_to_text(self):
        assert find_document_date("date 2025-01-01 Headline", "soon", "json") == (
            date(2025, 1, 1), "leading_date")

    def test_dateline_in_header(self):
        text = "Drone attack on Kharkiv\nStandfirst line\nAnna Bilyk\nSaturday 08 March 2025 07:30 GMT\nBody."
        assert find_document_date(text) == (date(2025, 3, 8), "dateline")

    def test_date_in_headline(self):
        title = "Ukraine war latest, 9 March 2025: drones over Kyiv"
        assert find_document_date(f"{title}\nBody.", title=title) == (date(2025, 3, 9), "headline")

    def test_date_in_a_first_sentence_is_not_a_headline_date(self):
        text = "On 9 March 2025 Russia launched drones at Kyiv, officials said.\nMore."
        assert find_document_date(text) == (None, "unknown")

    def test_latest_post_timestamp(self):
        stamps = [datetime(2025, 3, 6, 22, 0), datetime(2025, 3, 7, 8, 0)]
        assert find_document_date("Headline\nBody.", post_timestamps=stamps) == (
            date(2025, 3, 7), "post_timestamp")

    def test_dates_inside_sentences_are_not_used(self):
        text = "Headline about talks\nTalks on 9 January 2025 were postponed to 14 February 2025."
        assert find_document_date(text) == (None, "unknown")

    def test_no_date_is_none_never_today(self):
        found, how = find_document_date("Headline\nDrones were shot down overnight.")
        assert found is None and found != date.today()
        assert how == "unknown"


class TestAuthors:
    @pytest.mark.parametrize(
        ("line", "names"),
        [
            ("Maria Lenz,Owen Hartley", "Maria Lenz, Owen Hartley"),
            ("Anna Bilyk , Tom Reyes,Li Wei", "Anna Bilyk, Tom Reyes, Li Wei"),
            ("By Ana de la Cruz and Sam Cole", "Ana de la Cruz, Sam Cole"),
        ],
    )
    def test_name_lists(self, line, names):
        assert parse_authors(line) == names

    @pytest.mark.parametrize("line", ["Drones were downed.", "Kyiv", "the air force said"])
    def test_not_name_lists(self, line):
        assert parse_authors(line) is None


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("1 Nov 2025 - 20:15 GMT", datetime(2025, 11, 1, 20, 15)),
        ("Published at 04:10 GMT 27 November 2025", datetime(2025, 11, 27, 4, 10)),
        ("Nov. 3, 2025 at 8:15 p.m. ET", datetime(2025, 11, 3, 20, 15)),
        ("Updated: 14 March 2025, 09:40", datetime(2025, 3, 14, 9, 40)),
        ("04:10 GMT, 27 Nov 2025", datetime(2025, 11, 27, 4, 10)),
        ("24.08.2025, 08:05", datetime(2025, 8, 24, 8, 5)),  # day first, dotted
        ("31.02.2025 10:00", None),
        ("7 March 2025", None),  # a date with no time of day
        ("10:05", None),
        ("Russia fired at Kyiv on 1 Nov 2025 - 20:15 GMT", None),
    ],
)
def test_post_stamps_without_authors(line, stamp):
    assert parse_stamp(line) == stamp
