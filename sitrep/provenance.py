"""Columns every claim table shares: the claim's id, its document, its date and how it was found.

Every extractor builds its rows on `claim_row`, so provenance is filled one way everywhere.

Dates: a claim's `report_date` is the date the report refers to. The anchor is the post's
timestamp, else the article's date; the evidence text can move it ("yesterday", "on
Saturday", "overnight into February 8", "from 18:00 on 3 January to 08:30 on 4 January").
`date_source` says how the date was found:

- `post_timestamp` / `article_date`: the anchor itself (the text named no other day);
- `relative`: the text named the day, resolved against the anchor (weekday, "yesterday",
  an explicit day and month whose year comes from the anchor, a window's end date);
- `inferred`: a coarse reference ("last week"), resolved to a day a week before the anchor;
- `unknown`: the document has no date at all. Never today's date.

A night ends on the morning after it, as does the report of it: "on Tuesday night" is the
night into Wednesday, so a report of it and one of the same attack "overnight", published on
Wednesday, share the date. A resolved date is never later than its anchor: a weekday is the most recent one on or
before the anchor, and an explicit "3 January" that would lie in the anchor's future is
taken from the year before.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sitrep import ids
from sitrep.dates import MONTHS
from sitrep.models import Document, Post
from sitrep.schemas import UNKNOWN_DATE

POST_TIMESTAMP, ARTICLE_DATE, RELATIVE, INFERRED, UNKNOWN = (
    "post_timestamp", "article_date", "relative", "inferred", "unknown",
)

# ---------------------------------------------------------------- patterns

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH = rf"(?:{_MONTH_ALT})\.?"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# "3 January", "3rd of January", "January 3", "Jan. 3rd", with an optional year


def _day_month(p: str) -> str:
    return (
        rf"(?:(?P<{p}d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<{p}m1>{_MONTH})"
        rf"|(?P<{p}m2>{_MONTH})\s+(?P<{p}d2>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:]))"
        rf"(?:,?\s+(?P<{p}y>(?:19|20)\d\d))?"
    )


def _clock(p: str) -> str:
    """ "18:00", "8.30", "8 p.m." (a bare number is checked for minutes or am/pm by the caller)."""
    return rf"(?P<{p}h>\d{{1,2}})(?:[:.](?P<{p}min>\d\d))?(?:\s*(?P<{p}ap>[ap]\.?m\.?))?(?![\w:])"


# One scan of the text; every alternative is a named group the resolver reads.
_DATE_RE = re.compile(
    # "from 18:00 on 3 January to 08:30 on 4 January", "between 8 p.m. and 11 p.m."
    rf"(?P<window>\b(?:from|between|since)\s+{_clock('s')}(?:\s*(?:\([^)]{{0,20}}\)|(?:Moscow|Kyiv|local)\s+time))?"
    rf"(?:,?\s+(?:on\s+)?(?:the\s+)?{_day_month('s')})?"
    rf"(?:\s*(?:to|until|till|and|-|–)\s+{_clock('e')}(?:\s*(?:\([^)]{{0,20}}\)|(?:Moscow|Kyiv|local)\s+time))?"
    rf"(?:,?\s+(?:on\s+)?(?:the\s+)?{_day_month('e')})?)?)"
    # "overnight into February 8", "on the night of 15-16 March", "night attack on 22 February"
    rf"|(?P<night>\b(?:overnight|(?:on\s+)?the\s+night|night(?:\s+attack)?)\s+(?:into|to|of|on)\s+(?:the\s+)?"
    rf"(?:(?P<nfrom>\d{{1,2}})\s*[-–/]\s*(?=\d))?(?:{_day_month('n')}(?:\s*(?:[-–/]|to|into)\s*(?P<nto>\d{{1,2}})(?![\d:]))?"
    rf"|(?P<nwd>{_WEEKDAY})))"  # ... "on the night of October 26 to 27": the night into the 27th
    rf"|(?P<as_of>\bas\s+of\s+{_clock('a')})"
    rf"|(?P<wdnight>\b(?:on\s+)?(?P<wwd>{_WEEKDAY})\s+night\b)"
    rf"|(?P<explicit>(?<![\w/-]){_day_month('x')}(?![\w/-]))"
    rf"|(?P<weekday>\b(?:(?:on|last|this|early|late)\s+)?(?P<wd>{_WEEKDAY})\b)"
    r"|(?P<yesterday>\byesterday\b)"
    r"|(?P<lastweek>\b(?:last|previous)\s+week\b)"
    r"|(?P<week>\b(?:(?:over|in|during)\s+the\s+(?:past|last)\s+(?:seven\s+days|week)|this\s+week|over\s+the\s+week)\b)"
    r"|(?P<h24>\b(?:(?:past|last|previous)\s+(?:24|twenty-four)\s+hours|(?:over|in|during)\s+the\s+(?:past|last)\s+day|(?:over|in)\s+a\s+day)\b)"
    r"|(?P<overnight>\b(?:overnight|last\s+night|tonight|during\s+the\s+night|at\s+night|in\s+the\s+early\s+hours|"
    r"before\s+dawn|night-?time|this\s+morning)\b)"
    r"|(?P<day>\b(?:during\s+the\s+day|in\s+the\s+daytime|daytime|during\s+daylight|in\s+the\s+afternoon|this\s+afternoon)\b)",
    re.IGNORECASE,
)
# How every alternative of `_DATE_RE` can begin (its first word, or enough of it; a new alternative must
# add its own): most word starts ("the", "in", a count) fail this lookahead before the long alternation
# is tried, which made the scan three times slower.
_DATE_START = (
    r"\d\d?(?:st|nd|rd|th)?\s"  # "3 January", "3rd of January"
    r"|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"  # "January 3"
    r"|mon|tue|wed|thu|fri|sat|sun"  # weekdays
    r"|from|bet|sin|as\s|on\s+[mtwfs]|the\s+n|nig|over(?:n|\s+[at])|at\s+n|in\s+[at]"
    r"|las|lat|thi|ear|yes|pre|pas|dur|ton|bef|day"
)
# The same pattern run on lowercased text: sre's IGNORECASE is several times slower.
_DATE_LC = re.compile(
    rf"(?<!\w)(?={_DATE_START})(?:" + _DATE_RE.pattern.lower().replace("(?p<", "(?P<") + ")"
)


# ---------------------------------------------------------------- data


@dataclass(frozen=True)
class TimeWindow:
    """The period a claim covers, as the text states it.

    `label`: "overnight", "24 hours", "day", "week" or a named night such as
    "overnight into February 8". `start`/`end`: local time as reported, where given; a
    named night without a clock time ends on its date at 00:00 unless an "as of 08:30"
    gives the time (only the date is then meaningful).
    """

    label: str | None = None
    start: datetime | None = None
    end: datetime | None = None


# ---------------------------------------------------------------- public


def anchor_date(post: Post | None, doc: Document) -> tuple[date | None, str]:
    """The date relative references resolve against: the post's timestamp, else the article's."""
    if post is not None and post.timestamp:
        return post.timestamp.date(), POST_TIMESTAMP
    if doc.published:
        return doc.published, ARTICLE_DATE
    return None, UNKNOWN


def report_date(post: Post, doc: Document) -> tuple[str, str]:
    """(report_date, date_source): the post's timestamp, else the article's date, else unknown.

    Never today's date: a document without any date stays `unknown`.
    """
    day, source = anchor_date(post, doc)
    return (day.isoformat(), source) if day else (UNKNOWN_DATE, UNKNOWN)


def resolve_report_date(post: Post | None, doc: Document, text: str) -> tuple[str, str]:
    """(report_date, date_source) of a claim whose evidence is `text` (see the module doc)."""
    anchor, source = anchor_date(post, doc)
    if anchor is None:
        return UNKNOWN_DATE, UNKNOWN
    day, how = resolve_date(text, anchor)
    if how is None:
        return anchor.isoformat(), source
    return day.isoformat(), how


def resolve_date(text: str, anchor: date) -> tuple[date, str | None]:
    """The day `text` refers to, resolved against `anchor`, and how (None: the anchor itself)."""
    return _resolve(_scan(text, anchor), anchor)


def stated_day(text: str, anchor: date) -> date | None:
    """The day `text` itself names (a night, a weekday, a date, "yesterday"), resolved against `anchor`; None when it
    names none. Unlike `resolve_date`, a named day that is the anchor itself counts: "On Tuesday night ..." in a
    Wednesday post is a different night from "on Monday night" even though only the latter moves the date."""
    found = _scan(text, anchor)
    candidate = _candidate(found)
    if candidate is not None and candidate <= anchor:
        return candidate
    return found.last_week


def night_phrases(text: str) -> list[tuple[int, int]]:
    """Where `text` names a night ("overnight into Sunday", "on Saturday night"): for a sentence that reports two."""
    return [m.span() for m in _DATE_LC.finditer(text.lower()) if m.lastgroup in ("night", "wdnight")]


def time_window(text: str, anchor: date | None) -> TimeWindow:
    """The period stated in `text`; dates without a year take it from `anchor` (None: no dates)."""
    return _scan(text, anchor).window()


def reported_at(post: Post, doc: Document) -> datetime | None:
    """When the claim was published: the post's timestamp, else the article's date."""
    if post.timestamp:
        return post.timestamp.replace(tzinfo=None)
    return datetime.combine(doc.published, time()) if doc.published else None


def claim_row(
    doc: Document,
    post: Post,
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
        "reported_at": reported_at(post, doc),
        "claimant": claimant,
        "evidence": evidence,
        "extractor_version": extractor_version,
    }


# ---------------------------------------------------------------- scanning


@dataclass
class _Found:
    """What one scan of a text found, strongest evidence first."""

    window_start: datetime | None = None
    window_end: datetime | None = None
    night: date | None = None  # the day a named night runs into
    explicit: date | None = None
    weekday: date | None = None
    yesterday: date | None = None
    last_week: date | None = None
    label: str | None = None
    as_of: tuple[int, int] | None = None

    def window(self) -> TimeWindow:
        end = self.window_end
        if end is None and self.night is not None:
            h, m = self.as_of or (0, 0)
            end = datetime(self.night.year, self.night.month, self.night.day, h, m)
        label = self.label
        if self.night is not None:
            label = f"overnight into {self.night.strftime('%B')} {self.night.day}"
        return TimeWindow(label, self.window_start, end)


_SCAN_CACHE: dict[tuple[str, date | None], _Found] = {}
_SCAN_CACHE_MAX = 4096


def _scan(text: str, anchor: date | None) -> _Found:
    """What `text` says about dates; memoised, as extractors ask about the same evidence repeatedly.

    Callers only read the result (`_resolve`, `_Found.window`), never change it.
    """
    key = (text, anchor)
    found = _SCAN_CACHE.get(key)
    if found is None:
        if len(_SCAN_CACHE) >= _SCAN_CACHE_MAX:
            _SCAN_CACHE.clear()
        found = _SCAN_CACHE[key] = _scan_text(text, anchor)
    return found


# the open start of a running count: "since 22:00 on Monday", "since Sunday evening", "from 18:00 on 13 May"; the
# count runs to the report, so the day it started is not the claim's
_OPEN_START_RE = re.compile(
    r"\b(?:since\s+(?:(?:\d{1,2}[:.]\d{2}|\d{1,2}\s*[ap]\.?m\.?|midnight|noon)\s+(?:on\s+)?|(?:the\s+)?(?:evening|night|morning)\s+of\s+)?"
    r"|from\s+(?:\d{1,2}[:.]\d{2}|\d{1,2}\s*[ap]\.?m\.?)\s+(?:on\s+)?)$"
)


def _scan_text(text: str, anchor: date | None) -> _Found:
    found = _Found()
    low = text.lower()
    for m in _DATE_LC.finditer(low):
        kind = m.lastgroup
        if kind in ("weekday", "explicit") and ("since" in low or "from" in low) and _OPEN_START_RE.search(
            low, max(0, m.start() - 40), m.start()
        ):
            continue
        if kind == "window":
            _window(m, anchor, found)
        elif kind == "night":
            day = _weekday_date(m["nwd"], anchor) if m["nwd"] else _match_day(m, "n", anchor)
            if day is not None and m["nto"] and int(m["nto"]) == day.day + 1:
                day += timedelta(days=1)
            found.night = found.night or day
            found.label = found.label or "overnight"
        elif kind == "as_of":
            t = _clock_of(m, "a")
            found.as_of = found.as_of or t
        elif kind == "wdnight":  # "on Tuesday night": the night into Wednesday, which ends it
            day = _weekday_date(m["wwd"], anchor)
            found.night = found.night or (day + timedelta(days=1) if day else None)
            found.label = found.label or "overnight"
        elif kind == "explicit":
            found.explicit = found.explicit or _match_day(m, "x", anchor)
        elif kind == "weekday":
            found.weekday = found.weekday or _weekday_date(m["wd"], anchor)
        elif kind == "yesterday":
            found.yesterday = anchor - timedelta(days=1) if anchor else None
        elif kind == "lastweek":
            found.last_week = anchor - timedelta(days=7) if anchor else None
            found.label = found.label or "week"
        elif kind in ("week", "h24", "overnight", "day"):
            label = {"week": "week", "h24": "24 hours", "overnight": "overnight", "day": "day"}[kind]
            found.label = found.label or label
    return found


def _candidate(found: _Found) -> date | None:
    if found.window_end is not None:
        return found.window_end.date()
    return found.night or found.explicit or found.weekday or found.yesterday


def _resolve(found: _Found, anchor: date) -> tuple[date, str | None]:
    candidate = _candidate(found)
    if candidate is not None and candidate <= anchor:
        return candidate, (None if candidate == anchor else RELATIVE)
    if found.last_week is not None:
        return found.last_week, INFERRED
    return anchor, None


def _window(m: re.Match, anchor: date | None, found: _Found) -> None:
    start_t, end_t = _clock_of(m, "s"), _clock_of(m, "e")
    if start_t is None or (end_t is None and not m["sd1"] and not m["sm2"]):
        return  # "from 5 to 10": not a clock window
    if not m.group().lower().startswith("between") and not (m["sd1"] or m["sm2"]) and not re.search(r"[:.]", m.group()):
        return
    start_day = _match_day(m, "s", anchor)
    end_day = _match_day(m, "e", anchor)
    if end_t is not None and end_day is None:
        end_day = start_day if start_day and (end_t >= start_t) else (start_day + timedelta(days=1) if start_day else anchor)
    if start_day is None and end_day is not None:
        start_day = end_day if end_t is None or start_t <= end_t else end_day - timedelta(days=1)
    if start_day is not None and found.window_start is None:
        found.window_start = datetime(start_day.year, start_day.month, start_day.day, *start_t)
    if end_day is not None and end_t is not None and found.window_end is None:
        found.window_end = datetime(end_day.year, end_day.month, end_day.day, *end_t)


def _clock_of(m: re.Match, p: str) -> tuple[int, int] | None:
    if not m[f"{p}h"]:
        return None
    hour, minute = int(m[f"{p}h"]), int(m[f"{p}min"] or 0)
    ap = (m[f"{p}ap"] or "").lower()
    if ap.startswith("p") and hour < 12:
        hour += 12
    elif ap.startswith("a") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return hour, minute


def _match_day(m: re.Match, p: str, anchor: date | None) -> date | None:
    """The date of a "3 January" / "January 3" group, its year from the anchor (never after it)."""
    day, month = m[f"{p}d1"] or m[f"{p}d2"], m[f"{p}m1"] or m[f"{p}m2"]
    if not day or not month:
        return None
    number = MONTHS.get(month.lower().rstrip("."))
    year = int(m[f"{p}y"]) if m[f"{p}y"] else (anchor.year if anchor else None)
    if number is None or year is None:
        return None
    try:
        found = date(year, number, int(day))
    except ValueError:
        return None
    if anchor is not None and not m[f"{p}y"] and found > anchor:
        try:
            found = found.replace(year=found.year - 1)
        except ValueError:
            return None
    if anchor is not None and found > anchor:
        return None
    return found


def _weekday_date(name: str, anchor: date | None) -> date | None:
    """The most recent such weekday on or before the anchor."""
    if anchor is None:
        return None
    target = next(i for i, w in enumerate(_WEEKDAYS) if name.lower().startswith(w[:3]))
    return anchor - timedelta(days=(anchor.weekday() - target) % 7)


# a line the clean stage left in the body that reads as a headline: short, capitalised, no closing stop
_HEADLINE_SHAPE_RE = re.compile(r"[A-Z][^\n]{15,120}(?<![.!?:;,\"”’)])")


def headline_in_body(paragraphs: Sequence[str], p_idx: int) -> bool:
    """ "Jan. 28, 2025, 9:15 AM EST" / "Japan pledges $200 million for Ukraine's power grid" / the story: a post's
    headline under a timestamp, which the clean stage keeps as a paragraph; it says the story's figures loosely."""
    paragraph = paragraphs[p_idx]
    return (p_idx + 1 < len(paragraphs) and len(paragraph.split()) >= 4 and _HEADLINE_SHAPE_RE.fullmatch(paragraph) is not None
            and len(paragraphs[p_idx + 1]) > len(paragraph) and paragraphs[p_idx + 1].rstrip()[-1:] in '.!?"”')
