"""Dates a document states about itself: metadata, datelines, leading dates, post bylines.

Only dates the document gives for itself are used; dates mentioned inside sentences
("on 9 January") are never taken, and nothing ever falls back to today's date: a
document without a date gets None and `how_found == "unknown"`.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime

MONTHS = {
    name: number
    for number, names in enumerate(
        (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")),
        start=1,
    )
    for name in names
}
_MONTH_NAMES = "(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_MONTH = rf"(?P<month>{_MONTH_NAMES})\.?"
_WEEKDAY = r"(?i:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)"
_TIME = r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:\s*(?P<ampm>(?i:[ap]\.?m\.?)))?"
_ZONES = "GMT|BST|UTC|CET|CEST|EET|EEST|MSK|Z"
_ZONE = rf"(?:\s*(?:{_ZONES})(?:[+-]\d{{1,2}})?)?"
_DAY_MONTH_YEAR = rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\s*,?\s+(?P<year>\d{{4}})"
_MONTH_DAY_YEAR = (
    rf"(?P<month2>{_MONTH_NAMES})\.?\s+"
    rf"(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year2>\d{{4}})"
)

# the words a page's own stamp opens with: "Updated: March 7, 2025 9.40am"
STAMP_WORDS = "(?:published|updated|last updated|posted)"
# "Sunday 05 January 2025 12:07 GMT", "Updated: March 7, 2025 9.40am", "7 March 2025"
_ANY_DATE = rf"{_WEEKDAY}?(?:{_DAY_MONTH_YEAR}|{_MONTH_DAY_YEAR})"
_DATELINE = re.compile(
    rf"(?:{STAMP_WORDS}\s*:?\s*(?:on\s+)?)?{_ANY_DATE}"
    rf"(?:\s*(?:,|at|-|–)?\s*{_TIME}{_ZONE})?",
    re.IGNORECASE,
)
# A date inside a headline: "Ukraine war latest, 7 March 2025: ..."
_HEADLINE_DATE = re.compile(
    rf"(?<![\w-])(?:{_DAY_MONTH_YEAR}|{_MONTH_DAY_YEAR})(?![\w-])", re.IGNORECASE
)
# "date 2024-12-02 Headline..." as some scrapers prefix their output.
_LEADING_DATE = re.compile(
    r"\A\s*(?:date\s*[:=]?\s*)?(?P<iso>\d{4}-\d{2}-\d{2})"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?:\s+|\Z)",
    re.IGNORECASE,
)
# "Alex Croft4 January 2025 12:19": the CMS glues the author's name to the day. Name
# words hold no digits, so the day cannot be eaten by the surname.
_CAP_WORD = r"[^\W\d_a-z](?:[^\W\d_]|['’.-])*"
_PARTICLE = r"(?:de|da|van|von|der|al|el|bin|le|la|du|di)"
_NAME = rf"{_CAP_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_CAP_WORD}){{0,4}}"
_JOIN = r"(?:\s*[,&]\s*|\s+and\s+)"
_AUTHOR = rf"(?P<author>{_NAME}(?:{_JOIN}{_NAME})*)"
_BYLINE = re.compile(rf"{_AUTHOR}\s*{_DAY_MONTH_YEAR}\s*,?\s*{_TIME}{_ZONE}")
# Other outlets' bylines: "By Tom Reyes, April 29, 2025, 08:05", "Posted by Alex Croft | 12 March 2026, 08:02",
# "by Dmytro Levchenko | Feb. 12, 2025 7:40 PM",
# "14 Nov 2025, 06:30 · Lena Hartmann", "Posted at 09:00, 2 June 2025, by Ian Forsyth",
# "From CNN's Daniel Hurst, 2:30 p.m. ET, November 5, 2025"
_ZONE_US = rf"(?:\s*(?:{_ZONES}|ET|EST|EDT|PT|PST|PDT|CT)(?:[+-]\d{{1,2}})?)?"
_SEP = r"\s*(?:[|·•,]|\s[-–—])\s*"
_OTHER_BYLINES = tuple(re.compile(p) for p in (
    rf"(?:(?i:posted|published|written|updated)\s+)?[Bb]y\s+{_AUTHOR}(?:{_SEP}|\s+){_ANY_DATE}\s*,?\s*(?:at\s+)?{_TIME}{_ZONE_US}",
    rf"{_ANY_DATE}\s*,?\s*(?:at\s+)?{_TIME}{_ZONE_US}{_SEP}(?:[Bb]y\s+)?{_AUTHOR}",
    rf"(?i:posted|published|updated)\s+(?:at\s+)?{_TIME}{_ZONE_US}\s*,?\s*{_ANY_DATE}\s*,?\s*by\s+{_AUTHOR}",
    rf"From\s+(?:the\s+)?[A-Z][\w&.-]*['’]s\s+{_AUTHOR}\s*,\s*{_TIME}{_ZONE_US}\s*,\s*{_ANY_DATE}",
))
# Header lines that are nothing but a list of names: "Jabed Ahmed,Stuti Mishra,Alex Croft"
_FULL_NAME = rf"{_CAP_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_CAP_WORD}){{1,3}}"
_AUTHORS = re.compile(rf"(?:[Bb]y\s+)?(?P<names>{_FULL_NAME}(?:{_JOIN}{_FULL_NAME})*)")
_SPLIT_NAMES = re.compile(_JOIN)
# How far into a document a dateline or author line can be: it belongs to the header.
HEADER_LINES = 25
_HEADER_CHARS = 6000


def _date(year: str, month: str, day: str) -> date | None:
    try:
        return date(int(year), MONTHS[month.lower().rstrip(".")], int(day))
    except (ValueError, KeyError):
        return None


def _match_date(m: re.Match[str]) -> date | None:
    if m.group("day") is not None:
        return _date(m.group("year"), m.group("month"), m.group("day"))
    return _date(m.group("year2"), m.group("month2"), m.group("day2"))


def _with_time(day: date, m: re.Match[str]) -> datetime | None:
    hour, minute = int(m.group("hour")), int(m.group("minute"))
    ampm = (m.group("ampm") or "").replace(".", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    try:
        return datetime(day.year, day.month, day.day, hour, minute)
    except ValueError:
        return None


def parse_iso_date(value: str) -> date | None:
    """The calendar date of an ISO 8601 string ("2025-03-07", "2025-03-07T06:30:00Z")."""
    value = value.strip()
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        pass
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def parse_dateline(line: str) -> tuple[date, datetime | None] | None:
    """A line that is only a date, optionally with weekday, time and zone: its date and time."""
    m = _DATELINE.fullmatch(line.strip())
    if not m:
        return None
    day = _match_date(m)
    if day is None:
        return None
    return day, (_with_time(day, m) if m.group("hour") else None)


def parse_byline(line: str) -> tuple[str, datetime] | None:
    """A live-blog post byline ("Tara Cobham13 November 2024 23:00", "By Tom Reyes, April 29, 2025, 08:05"): author
    and timestamp."""
    line = line.strip()
    if _DATELINE.fullmatch(line):  # "Sunday 05 January..." names no author
        return None
    m = _BYLINE.fullmatch(line) or next((m for p in _OTHER_BYLINES if (m := p.fullmatch(line))), None)
    if not m:
        return None
    day = _match_date(m)
    stamp = _with_time(day, m) if day else None
    if stamp is None:
        return None
    return ", ".join(_SPLIT_NAMES.split(m.group("author").strip())), stamp


# A post's timestamp alone on its line, with no author: "1 Nov 2025 - 20:15 GMT", "Published at 04:10 GMT 27 November
# 2025", "Nov. 3, 2025 at 8:15 p.m. ET", "Updated: 14 March 2025, 09:40"
_STAMP_LEAD = rf"(?:{STAMP_WORDS}\s*:?\s*(?:on\s+|at\s+)?)?"
_DOTTED_DATE = r"(?P<dday>\d{1,2})\.(?P<dmonth>\d{1,2})\.(?P<dyear>\d{4})"  # "24.08.2025": day first, as in Europe
_STAMPS = tuple(re.compile(p, re.IGNORECASE) for p in (
    rf"{_STAMP_LEAD}{_ANY_DATE}\s*(?:,|at|-|–|\|)?\s*(?:at\s+)?{_TIME}{_ZONE_US}",
    rf"{_STAMP_LEAD}{_TIME}{_ZONE_US}\s*(?:,|on|-|–|\|)?\s*{_ANY_DATE}",
    rf"{_STAMP_LEAD}{_DOTTED_DATE}\s*(?:,|-|–|\|)?\s*{_TIME}{_ZONE_US}",
    rf"{_STAMP_LEAD}{_TIME}{_ZONE_US}\s*(?:,|-|–|\|)?\s*{_DOTTED_DATE}",
))


def parse_stamp(line: str) -> datetime | None:
    """A line that is only a date and a time of day, as live blogs without bylines open or close their posts."""
    line = line.strip()
    m = next((m for p in _STAMPS if (m := p.fullmatch(line))), None)
    if m is None:
        return None
    if "dday" in m.re.groupindex:
        try:
            day: date | None = date(int(m["dyear"]), int(m["dmonth"]), int(m["dday"]))
        except ValueError:
            return None
    else:
        day = _match_date(m)
    return _with_time(day, m) if day else None


def parse_authors(line: str) -> str | None:
    """A header line made only of personal names ("A Smith, B Jones"), normalised."""
    m = _AUTHORS.fullmatch(line.strip())
    if not m:
        return None
    return ", ".join(_SPLIT_NAMES.split(m.group("names")))


def split_leading_date(text: str) -> tuple[date | None, str]:
    """Remove a scraper's leading ISO date ("date 2024-12-02 Headline"); return it and the rest."""
    m = _LEADING_DATE.match(text)
    if not m:
        return None, text
    day = parse_iso_date(m.group("iso"))
    return (day, text[m.end():]) if day else (None, text)


def find_document_date(
    text: str,
    published: str | None = None,
    published_source: str = "json",
    post_timestamps: Iterable[datetime] = (),
    title: str | None = None,
) -> tuple[date | None, str]:
    """The date a document was published or last updated, and how it was found.

    In order of trust: container metadata (`published`, found by `published_source`),
    a leading ISO date, a dateline line in the header of `text`, a date in the `title`,
    the latest post timestamp. Returns (None, "unknown") when there is none.
    """
    if published and (day := parse_iso_date(published)):
        return day, published_source
    leading, rest = split_leading_date(text)
    if leading:
        return leading, "leading_date"
    head = [line for line in rest[:_HEADER_CHARS].split("\n")[:HEADER_LINES] if line.strip()]
    for line in head:
        found = parse_dateline(line)
        if found:
            return found[0], "dateline"
    if title and (m := _HEADLINE_DATE.search(title)) and (day := _match_date(m)):
        return day, "headline"
    latest = max(post_timestamps, default=None)
    if latest is not None:
        return latest.date(), "post_timestamp"
    return None, "unknown"
