"""Publication dates from an unlabelled date at the top of a page, when the text bears it out.

A date alone on one of the first lines ("Tuesday 11 October 2022", "June 2, 2020 |
4:15 PM") is the publication date of many pages, and the day a page was viewed on
others.  It is taken only when the article's own text corroborates it and nothing
in the text contradicts it:

- the text's explicit dates: the top date may not fall before the latest of them,
  nor more than :data:`AFTER_LATEST_DAYS` after the end of its period (a page
  viewed years after the events it reports fails here);
- with no explicit date in the text, one of: a copyright year equal to the top
  date's year; a day written without a year ("Nov 27 (Agency)", "on 7 December")
  in the month before the top date; a weekday with a yearless day ("Monday, May
  23") that is that weekday in the top date's year (one that is not contradicts).

Also here: "N years ago today, on <date>", which dates the text exactly.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from unrest.ingest._pubdate import (
    MONTH_NAME,
    WEEKDAYS,
    find_dates,
    is_bare_date_line,
    latest_date,
    nonblank_lines,
)
from unrest.model import PublishedDate

#: Lines (non-blank) at the top of a page where a publication date may stand alone.
TOP_LINES = 8
#: How long after its latest dated event a text may still be published.
AFTER_LATEST_DAYS = 366
#: How long before the publication date a yearless day may lie ("7 December - strike ends").
YEARLESS_BEFORE_DAYS = 31

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_COPYRIGHT_YEAR = re.compile(
    r"(?:copyright|©|\(c\))\s*(?:©\s*)?(?P<year>(?:19|20)\d{2})(?!\d)", re.IGNORECASE
)
_WEEKDAY = r"(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),?\s+"
_YEARLESS = (
    rf"(?P<mon>{MONTH_NAME})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d,]*\s*(?:19|20)\d\d)(?!\d)",
    rf"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MONTH_NAME})(?!,?\s*(?:19|20)\d\d)",
)
_YEARLESS_PATTERNS = tuple(re.compile(r"\b" + p, re.IGNORECASE) for p in _YEARLESS)
_WEEKDAY_PATTERNS = tuple(re.compile(r"\b" + _WEEKDAY + p, re.IGNORECASE) for p in _YEARLESS)
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
_N = r"(?P<n>\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")"
_YEARS_AGO_TODAY = re.compile(
    rf"\b{_N}\s+years?\s+ago\s+(?:today|this\s+week)\s*,?\s*(?:on\s+)?", re.IGNORECASE
)


def from_top_date(text: str) -> PublishedDate | None:
    """The date alone on an early line of ``text``, if the rest of the text bears it out.

    "Alone" also covers the last field of a short header line: a strip field
    ("Issue 212 | Tuesday 25 October 2022") or a place before a comma ("Geneva,
    20 March 2023"), also with a note or byline after it ("Monday 13 January 2020,
    07:00 GMT, read by Leila Farrokh"), which marks the line as a header.  The first
    such date decides: corroborated, it is taken; otherwise the date stays unknown.
    """
    lines = nonblank_lines(text)
    for i, line in enumerate(lines[:TOP_LINES]):
        field = _date_field(line)
        if field is None:
            continue
        value = find_dates(field)[0].value
        if len(value) != 10:
            continue
        rest = "\n".join(lines[:i] + lines[i + 1 :])
        head = [
            f
            for f in _FIELD_SPLIT.split(line[: line.rfind(field)].rstrip(" ,|·•"))
            if f.lower() not in WEEKDAYS
        ]
        header = len(head) > 1 or _AFTER_DATE.search(line) is not None
        if _corroborated(date.fromisoformat(value), rest, field=header):
            return PublishedDate(value, "dateline", "top-date")
        return None
    return None


#: Separators before a header line's date field: a strip bar, a spaced dash or a comma.
_FIELD_SPLIT = re.compile(r"\s+[|·•–—-]\s+|,\s+")
#: Longest header line whose last field may be its date.
_MAX_HEADER_CHARS = 120


#: What a header line may add after its date: a note in brackets ("(unofficial
#: transcript)") or who reads or wrote it ("read by Leila Farrokh").
_AFTER_DATE = re.compile(
    r"\s*(?:\([^()]{1,80}\)|,\s*(?:(?:read|presented|written|reported|filed)\s+)?by\s+[^,|()]{1,60})$",
    re.IGNORECASE,
)


def _date_field(line: str) -> str | None:
    """``line`` itself if it is a bare date; else its last strip or comma field, if that
    is a bare date and the line is a short header, not a sentence.  A note in brackets
    or a byline after the date is set aside first."""
    line = _AFTER_DATE.sub("", line, count=1)
    if is_bare_date_line(line):
        return line
    if len(line) > _MAX_HEADER_CHARS or line.endswith((".", "?", "!")):
        return None
    fields = _FIELD_SPLIT.split(line)
    # "Tuesday, 4 October 2022" and "October 4, 2022" split at their own commas.
    for n in (1, 2, 3):
        if len(fields) > n:
            tail = ", ".join(fields[-n:])
            if is_bare_date_line(tail):
                return tail
    return None


def from_top_weekday(text: str) -> PublishedDate | None:
    """A weekday and a day without a year alone on an early line ("Sunday 16 March").

    The year is the one that puts the day within :data:`AFTER_LATEST_DAYS` after the
    text's latest explicit date, taken only if exactly one year does so and the day
    falls on the weekday written; otherwise the date stays unknown.
    """
    lines = nonblank_lines(text)
    for i, line in enumerate(lines[:TOP_LINES]):
        m = next((f for p in _WEEKDAY_PATTERNS if (f := p.fullmatch(line.rstrip(".")))), None)
        if m is None:
            continue
        latest = latest_date(_without_copyright("\n".join(lines[:i] + lines[i + 1 :])))
        if latest is None or len(latest) < 7:
            return None
        days = [d for y in (int(latest[:4]), int(latest[:4]) + 1) if (d := _day(m, y))]
        fits = [d for d in days if _after_latest(d, latest)]
        if len(fits) != 1 or WEEKDAYS[fits[0].weekday()] != m.group("wd").lower():
            return None
        return PublishedDate(fits[0].isoformat(), "dateline", f"top-weekday after {latest}")
    return None


def from_years_ago_today(text: str) -> PublishedDate | None:
    """ "Five years ago today, on December 28, 2017": the text was written that day N years on."""
    for m in _YEARS_AGO_TODAY.finditer(text):
        dates = [d for d in find_dates(text[m.end() : m.end() + 40]) if d.start == 0]
        if not dates or len(dates[0].value) != 10:
            continue
        raw = m.group("n").lower()
        years = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
        then = date.fromisoformat(dates[0].value)
        try:
            now = then.replace(year=then.year + years)
        except ValueError:  # 29 February
            return None
        precision = 10 if "today" in m.group(0).lower() else 7
        return PublishedDate(now.isoformat()[:precision], "inferred", "years-ago-today")
    return None


def _corroborated(top: date, rest: str, *, field: bool = False) -> bool:
    """Whether ``rest`` bears out ``top``.

    The last ``field`` of a header line of three or more ("Oral statement, Geneva,
    20 March 2023") needs only not to be contradicted; a date alone or after one
    field ("Tehran | 1 March 2023", a masthead's day of viewing) needs support.
    """
    latest = latest_date(_without_copyright(rest))
    if latest is not None and not _after_latest(top, latest):
        # Too long after the latest dated event, unless that event is an old
        # reference and the current ones are written without a year ("on 15 July").
        if _before_latest(top, latest):
            return False
        return False not in _weekdays(rest, top) and _yearless_before(rest, top)
    if latest is not None:
        return True
    fits = _weekdays(rest, top)
    if False in fits:  # "Thursday, May 28" that is no Thursday in the top date's year
        return False
    return field or _copyright_year(rest, top) or _yearless_before(rest, top) or True in fits


def _without_copyright(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not _COPYRIGHT_YEAR.search(line))


def _after_latest(top: date, latest: str) -> bool:
    """``top`` lies in or after ``latest``'s period and within a year of its end."""
    year = int(latest[:4])
    if len(latest) == 4:
        first, last = date(year, 1, 1), date(year, 12, 31)
    elif len(latest) == 7:
        first = date(year, int(latest[5:7]), 1)
        last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    else:
        first = last = date.fromisoformat(latest)
    return first <= top and (top - last).days <= AFTER_LATEST_DAYS


def _before_latest(top: date, latest: str) -> bool:
    """``top`` lies before the start of ``latest``'s period: the text reports later events."""
    first = date(int(latest[:4]), int(latest[5:7] or 1), int(latest[8:10] or 1))
    return top < first


def _copyright_year(text: str, top: date) -> bool:
    return any(int(m.group("year")) == top.year for m in _COPYRIGHT_YEAR.finditer(text))


def _day(m: re.Match[str], year: int) -> date | None:
    """The day ``m`` names in ``year``; None if not a real day or the month is lower-case."""
    if not m.group("mon")[0].isupper():
        return None
    try:
        return date(year, _MONTHS.index(m.group("mon")[:3].lower()) + 1, int(m.group("day")))
    except ValueError:
        return None


def _yearless_before(text: str, top: date) -> bool:
    """A day written without a year falls in the month before ``top`` (either year)."""
    for pattern in _YEARLESS_PATTERNS:
        for m in pattern.finditer(text):
            for year in (top.year, top.year - 1):
                day = _day(m, year)
                if day is not None and 0 <= (top - day).days <= YEARLESS_BEFORE_DAYS:
                    return True
    return False


def _weekdays(text: str, top: date) -> set[bool]:
    """For each weekday with a yearless day in the year before ``top`` ("Monday, May 23"),
    whether it is that weekday there."""
    fits = set()
    for pattern in _WEEKDAY_PATTERNS:
        for m in pattern.finditer(text):
            day = _day(m, top.year)
            if day is not None and 0 <= (top - day).days <= AFTER_LATEST_DAYS:
                fits.add(WEEKDAYS[day.weekday()] == m.group("wd").lower())
    return fits
