"""Publication dates from URLs, datelines and the article's own dates (plain regexes).

Nothing here needs the spaCy model.  The guiding rule: a wrong date is worse than
an unknown one, so every finder returns ``None`` unless its evidence is explicit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import urlsplit

from unrest.model import PublishedDate

_MONTHS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

_MONTH_WORDS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_MONTH = rf"(?P<mon>{_MONTH_WORDS})\.?"
#: A month name or abbreviation, without a capturing group (for other patterns).
MONTH_NAME = rf"(?:{_MONTH_WORDS})\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d{2})(?!\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"

#: Full dates and month dates, most precise first.  Compiled case-insensitively;
#: a month name must still be capitalised in the text (see :func:`_month_ok`).
_DATE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}",
        rf"\b{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}",
        r"\b(?P<year>(?:19|20)\d{2})-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)(?!\d)",
        rf"\b{_MONTH},?\s+{_YEAR}",
    )
)
#: A bare year after a preposition ("in 2018", "since 2019"): year precision.
_PREP_YEAR = re.compile(
    r"\b(?:in|since|of|during|until|till|by|from|early|late|mid-?)\s+" + _YEAR, re.IGNORECASE
)

_LABEL = re.compile(
    r"(?:^|[|·•—–;]\s*|\bBy\s+|\s{2,})"
    r"(?P<label>(?:First |Last )?(?:Published|Posted|Updated|PUBLISHED|POSTED|UPDATED))"
    r"(?:\s+(?:[Oo]n(?:line)?|ON(?:LINE)?))?\s*[:\-–]?\s*"
)
#: Labels of other kinds, in any case, that must open a short line or a field of a
#: header strip: issue and broadcast dates, and a page's "last updated/edited" note.
_OTHER_LABEL = re.compile(
    r"(?:^|[|·•—–;]\s*|(?<=[.!?])\s+)(?:this (?:page|article|story|post|entry|version) was\s+"
    r"|(?:(?:last |latest )?(?:page|article|story|post|entry|item|issue|newsletter|export"
    r"|report|document|register) ))?"
    r"(?P<label>(?:first |originally |last )?(?:published|posted|issued|released|filed|broadcast"
    r"|sent|generated|compiled|prepared|produced"
    r"|aired|updated|modified|edited|revised)|for (?:immediate )?release|date(?:d| of (?:issue"
    r"|publication|report|release|statement|letter|briefing|notice|bulletin|submission))?"
    r"|release date|publication date)"
    r"(?:\s+(?:online|on|at))?\s*[:\-–]?\s*",
    re.IGNORECASE,
)
#: Labels that date a later version of a page, not its first publication.
_VERSION_LABEL = re.compile(r"updated|modified|edited|revised", re.IGNORECASE)
_MAX_OTHER_LABEL_CHARS = 160
_RANGE_DASH = re.compile(r"\s*(?:[–—-]|to|until)\s*")
#: What may follow such a label's date: a time or hours and zone, the end of the line
#: or of a strip field, or a byline ("Broadcast: 16 May 2019, 21:00 GMT", "... at
#: 08:12 (UTC).", "Broadcast: Tuesday 19 November 2019, 10:00-11:00").
LABEL_TAIL = re.compile(
    r"[\s,;]*(?:at\s+)?(?:\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?"
    r"(?:\s*[-–]\s*\d{1,2}[:.]\d{2})?)?"
    r"\s*(?:\(?[A-Z]{2,5}(?:[+-]\d{1,2})?\)?|[+-]\d{4}|[A-Z][a-z]+ time)?\s*"
    r"(?:\(\s*\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s*\)\s*)?[.)]?\s*"
    r"(?:$|[|·•—–]|[Bb]y\s)"
)
#: Header-strip fields that name the kind of document or its author ("PUBLIC
#: STATEMENT | 16 December 2019", "Posted by Staff | 24 July 2021"): the date field
#: of such a strip is the publication date, unlike a date alone on a line.
_STRIP_SPLIT = re.compile(r"\s+[|·•]\s+")
_STRIP_KIND = re.compile(
    r"^(?:(?:public|joint|press|official|written|oral|daily|weekly|monthly|annual|special"
    r"|urgent|secretariat) )?(?:statement|press release|news release|media release"
    r"|communiqu[eé]|report|briefing(?: notes?)?|news|opinion|analysis|editorial|commentary"
    r"|feature|interview|article|blog|update|digest|bulletin|action|(?:policy )?brief"
    r"|newsletter)(?:\s+(?:No\.|#)\s*\d+)?$"
    r"|^(?:posted |published |written |filed )?by\s+\S",
    re.IGNORECASE,
)
_KIND_COMMA = re.compile(r",\s+")
_STRIP_LINES = 12
_MAX_DATELINE_CHARS = 300
#: A press-release dateline opening a paragraph: "GENEVA (4 October 2022) -".
_PLACE_DATELINE = re.compile(
    r"^\(?(?P<place>[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+){0,3})(?:,\s*[A-Z][a-z]+)?\s*[,(]\s*"
)
#: A dateline's place in title case ("Behbahan, 17 July 2020 -"): full dates only.
_TITLE_PLACE = re.compile(r"^\(?[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},\s*")
_PLACE_DATELINE_END = re.compile(r"\)?\s*[-–—:]")
_PLACE_DATELINE_LINES = 15
#: A wire dateline's date without a year, then the agency and a dash:
#: "KAZERUN, May 17 (IRNA) --", "BEIRUT, 3 June (Reuters) -".
_YEARLESS_END = r"\s*(?:\([A-Za-z][\w .&'’-]{0,40}\)\s*)?(?:--|[-–—])\s"
_YEARLESS_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p + _YEARLESS_END, re.IGNORECASE)
    for p in (rf"{_MONTH}\s+{_DAY}(?!\d)", rf"{_DAY}\s+{_MONTH}")
)
#: A wire story is written within this many days of the latest date it gives.
YEARLESS_WINDOW_DAYS = 31

_URL_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(
        r"/(?P<year>(?:19|20)\d{2})/(?P<mnum>0?[1-9]|1[0-2])/(?:(?P<day>0?[1-9]|[12]\d|3[01])/)?"
    ),
    re.compile(
        r"(?<!\d)(?P<year>(?:19|20)\d{2})-(?P<mnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?!\d)"
    ),
    re.compile(
        r"(?<!\d)(?P<year>(?:19|20)\d{2})(?P<mnum>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])(?!\d)"
    ),
)

#: Wordings that tie an explicit date to the time of writing.
_Y = r"((?:1[89]|20)\d{2})(?!\d)"
_YEAR_NOW = re.compile(
    r"\b(?:(?:this|the current) year,?\s*\(?" + _Y + r"|so far in " + _Y + r"|" + _Y + r" so far)",
    re.IGNORECASE,
)
_EARLIER_THIS = re.compile(
    r"\b(?:earlier|later) this (?P<unit>month|year),?\s+(?:on|in)\s+", re.IGNORECASE
)
_LAST_YEAR = re.compile(r"\blast year,?\s*\(?(?:in\s+)?" + _YEAR + r"\)?", re.IGNORECASE)

#: A clock time with its half of the day and its zone ("10:42 AM UTC", "08:17 GMT+3").
_TIME = re.compile(
    r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*(?-i:[A-Z]{2,4})(?:[+-]\d{1,2})?)?",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(r"copyright|©|\(c\)|all rights reserved", re.IGNORECASE)


@dataclass(frozen=True)
class FoundDate:
    """An explicit date in a text: ISO ``value`` at its precision and its character span."""

    value: str
    start: int
    end: int


def _month_ok(text: str, m: re.Match[str]) -> bool:
    """Month names must be capitalised ("May 5", not the verb "may")."""
    if "mon" not in m.re.groupindex or m.group("mon") is None:
        return True
    return m.group("mon")[0].isupper()


def _iso(m: re.Match[str]) -> str | None:
    """ISO value of a date match at the precision it has, or None if not a real date."""
    groups = m.re.groupindex
    year = int(m.group("year"))
    if "mon" in groups and m.group("mon"):
        month = _MONTHS[m.group("mon").lower()[:3]]
    else:
        month = int(m.group("mnum"))
    day_text = m.group("day") if "day" in groups else None
    try:
        if day_text:
            return date(year, month, int(day_text)).isoformat()
        date(year, month, 1)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}"


def find_dates(text: str) -> list[FoundDate]:
    """Explicit absolute dates in ``text`` (day or month precision), in text order.

    Overlapping matches keep the more precise, earlier-listed pattern.
    """
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if not _month_ok(text, m) or any(m.start() < e and s < m.end() for s, e in taken):
                continue
            value = _iso(m)
            if value:
                found.append(FoundDate(value, m.start(), m.end()))
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def nonblank_lines(text: str) -> list[str]:
    """The lines of ``text`` that hold something, stripped."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def written_at(text: str, pos: int) -> tuple[str, int] | None:
    """The explicit date written out starting exactly at ``pos`` in ``text``, and where
    it ends, if there is one."""
    for pattern in _DATE_PATTERNS:
        m = pattern.match(text, pos)
        if m and _month_ok(text, m):
            value = _iso(m)
            if value:
                return value, m.end()
    return None


def _date_at(text: str, pos: int) -> str | None:
    """The explicit date starting exactly at ``pos`` in ``text``, if any."""
    found = written_at(text, pos)
    return found[0] if found else None


#: An all-numeric date ("28/03/2021", "03.28.2021"), read only after a label.
_NUMERIC = re.compile(r"(?P<a>[0-3]?\d)([/.])(?P<b>[0-3]?\d)\2(?P<year>(?:19|20)\d{2})(?!\d)")


def _numeric_at(text: str, pos: int) -> tuple[str, int] | None:
    """The numeric date starting at ``pos`` and where it ends, if its order is certain.

    Day-first and month-first writing differ by country, so the date is read only
    when one part cannot be a month ("28/03/2021") or both parts are the same.
    """
    m = _NUMERIC.match(text, pos)
    if not m:
        return None
    a, b = int(m.group("a")), int(m.group("b"))
    if a > 12 >= b or a == b:
        day, month = a, b
    elif b > 12 >= a:
        day, month = b, a
    else:
        return None
    try:
        return date(int(m.group("year")), month, day).isoformat(), m.end()
    except ValueError:
        return None


def from_url(url: str) -> PublishedDate | None:
    """A date written in a URL's path or query (``/2019/11/18/``, ``2019-11-18``, ``20191118``)."""
    parts = urlsplit(url)
    where = f"{parts.path}?{parts.query}"
    for pattern in _URL_PATTERNS:
        m = pattern.search(where)
        if m:
            value = _iso(m)
            if value:
                return PublishedDate(value, "metadata", "url")
    return None


def from_dateline(text: str) -> PublishedDate | None:
    """A labelled dateline ("Published On: June 5, 2020", "Posted on ...", "Date: ...").

    In order: a "published"/"posted"/"issued"/"broadcast"/"date" label; the date
    field of a header strip ("PUBLIC STATEMENT | 16 December 2019"); a wire or
    press-release dateline; last, a version label ("Last updated", "This page was
    last edited on ..."), which dates the text as it is read.  Bare dates without a
    label (often the day a page was viewed) are never taken.
    """
    version: PublishedDate | None = None
    for line in text.splitlines():
        for found in _labelled(_MARKUP_EMPHASIS.sub("", line)):
            if not _VERSION_LABEL.search(found.detail or ""):
                return found
            version = version or found
    return _header_strip(text) or _place_dateline(text) or version


#: Markdown emphasis around a whole line ("*This page was last edited on ...*").
_MARKUP_EMPHASIS = re.compile(r"^\s*[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}\s*$")


def _labelled(line: str) -> Iterator[PublishedDate]:
    """Dates that follow a label in ``line``, in text order."""
    if len(line) <= _MAX_DATELINE_CHARS:
        for m in _LABEL.finditer(line):
            if found := _label_date(line, m.end()):
                yield PublishedDate(found[0], "dateline", m.group("label").lower())
    if len(line) <= _MAX_OTHER_LABEL_CHARS:
        for m in _OTHER_LABEL.finditer(line):
            found = _label_date(line, m.end())
            if found and LABEL_TAIL.match(line, found[1]) and not _starts_range(line, found[1]):
                yield PublishedDate(found[0], "dateline", m.group("label").lower())


def _label_date(line: str, pos: int) -> tuple[str, int] | None:
    """The date after a label at ``pos``, written out or all-numeric, and where it ends."""
    return written_at(line, pos) or _numeric_at(line, pos)


def _starts_range(line: str, end: int) -> bool:
    """The date ending at ``end`` opens a period ("Date: 28 December 2017 – 7 January
    2018", an encyclopedia infobox): the dates of events, not of publication."""
    dash = _RANGE_DASH.match(line, end)
    return dash is not None and _date_at(line, dash.end()) is not None


def _header_strip(text: str) -> PublishedDate | None:
    """The date field of an early header strip that also names the document's kind or author."""
    lines = nonblank_lines(text)
    for line in lines[:_STRIP_LINES]:
        fields = _STRIP_SPLIT.split(line)
        if len(fields) < 2:  # "Secretariat statement, 27 July 2021"
            fields = _KIND_COMMA.split(line, maxsplit=1)
            if len(fields) < 2 or not _STRIP_KIND.search(fields[0].strip()):
                continue
        if not any(_STRIP_KIND.search(f.strip()) for f in fields):
            continue
        numbered = any(_ISSUE_NUMBER.search(f) for f in fields)
        for field in fields:
            if is_bare_date_line(field):
                value = find_dates(field)[0].value
                if len(value) == 10 or numbered:
                    return PublishedDate(value, "dateline", "header-strip")
    return None


#: A numbered issue ("POLICY BRIEF No. 14 | July 2018"): its month is its publication month.
_ISSUE_NUMBER = re.compile(r"\b(?:No\.|Issue|Vol\.|#)\s*\d+", re.IGNORECASE)


def _place_dateline(text: str) -> PublishedDate | None:
    """A wire or press-release dateline at the start of an early paragraph.

    A full date is taken as it is.  A date without a year ("KAZERUN, May 17 (IRNA)
    --") gets the year that puts it on or shortly after the latest date the text
    itself gives; without such a date it stays unknown.
    """
    lines = nonblank_lines(text)
    for line in lines[:_PLACE_DATELINE_LINES]:
        upper = _PLACE_DATELINE.match(line)
        m = upper or _TITLE_PLACE.match(line)
        if not m:
            continue
        for pattern in _DATE_PATTERNS[:3]:
            d = pattern.match(line, m.end())
            if d and _month_ok(line, d) and _PLACE_DATELINE_END.match(line, d.end()):
                value = _iso(d)
                if value:
                    return PublishedDate(value, "dateline", "place-dateline")
        for pattern in _YEARLESS_PATTERNS if upper else ():
            d = pattern.match(line, m.end())
            if d and _month_ok(line, d):
                found = _yearless(d, text)
                if found is not None and not _weekday_agrees(line, found.value):
                    return None
                return found
    return None


#: A weekday tied to a reporting verb in a wire lead: "police said on Thursday".
_REPORTED_ON = re.compile(
    r"\b(?:said|says|told|announced|reported|confirmed|added)\s+on\s+"
    r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)
#: Weekday names in ``date.weekday()`` order.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _weekday_agrees(line: str, value: str | None) -> bool:
    """Whether a yearless dateline's dated ``value`` falls on the day its lead reports.

    A wire lead's "said on Thursday" is the dateline's own day; a year guessed from
    the text's latest date that puts the dateline on another weekday is wrong.
    A lead without such a weekday agrees with any date.
    """
    named = {m.group("wd").lower() for m in _REPORTED_ON.finditer(line)}
    if not named or value is None or len(value) != 10:
        return True
    return WEEKDAYS[date.fromisoformat(value).weekday()] in named


def _yearless(m: re.Match[str], text: str) -> PublishedDate | None:
    """A yearless dateline's date in the year its text's own latest date fixes, if any."""
    month, day = _MONTHS[m.group("mon").lower()[:3]], int(m.group("day"))
    latest = latest_date(_content_lines(text))
    if latest is None or len(latest) < 7:
        return None
    first = date.fromisoformat(latest if len(latest) == 10 else latest + "-01")
    last = first if len(latest) == 10 else _month_end(first)
    for year in (first.year, first.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if first <= candidate and (candidate - last).days <= YEARLESS_WINDOW_DAYS:
            return PublishedDate(candidate.isoformat(), "dateline", f"wire-dateline after {latest}")
    return None


def _month_end(first: date) -> date:
    """The last day of ``first``'s month."""
    following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)


def _content_lines(text: str) -> str:
    """``text`` without lines that are bare dates or copyright notices (page furniture)."""
    keep = [
        line
        for line in text.splitlines()
        if not _COPYRIGHT.search(line) and not is_bare_date_line(line)
    ]
    return "\n".join(keep)


def is_bare_date_line(line: str) -> bool:
    """A line holding nothing but a date, e.g. "Wednesday, February 8, 2023".

    Such unlabelled dates are often the day the page was viewed, not published.
    """
    dates = find_dates(line)
    if len(dates) != 1:
        return False
    rest = _TIME.sub(" ", line[: dates[0].start] + " " + line[dates[0].end :])
    return not re.search(r"\w", rest)


def infer(text: str) -> PublishedDate:
    """Publication date implied by the text's own dates, only at a precision it makes certain.

    Returns a value (method ``inferred``) when the text ties an explicit date to the
    time of writing ("so far in 2019", "earlier this month, on December 6, 2019",
    "last year (2018)").  Otherwise the date is unknown; ``detail`` then records the
    lower bound "after <latest explicit date>" when there is one.
    """
    body = _content_lines(text)
    m = _YEAR_NOW.search(body)
    if m:
        year = next(g for g in m.groups() if g)
        return PublishedDate(year, "inferred", "this-year")
    for m in _EARLIER_THIS.finditer(body):
        value = _date_at(body, m.end())
        if value:
            precision = 7 if m.group("unit").lower() == "month" else 4
            return PublishedDate(value[:precision], "inferred", f"this-{m.group('unit').lower()}")
    m = _LAST_YEAR.search(body)
    if m:
        return PublishedDate(str(int(m.group("year")) + 1), "inferred", "last-year")
    latest = latest_date(body)
    if latest and _RECENCY.search(body):
        bound = _recent_bound(latest)
        if bound:
            return PublishedDate(bound, "inferred", f"recent-after {latest}")
    return PublishedDate(None, "unknown", f"after {latest}" if latest else None)


# Words by which a text speaks of its events as recent or still going on: it was
# written soon after the latest of its dated events.
_RECENCY = re.compile(
    r"\b(?:so far|to date|recent(?:ly)?|latest|ongoing|continuing|still under way|"
    r"in (?:the )?(?:past|last) (?:few )?(?:days|weeks))\b",
    re.IGNORECASE,
)
RECENCY_WINDOW_DAYS = 21


def _recent_bound(latest: str) -> str | None:
    """The part of the date that holds for the whole window after ``latest`` (a day).

    A text that calls its events recent was written within RECENCY_WINDOW_DAYS of
    its latest dated event: the month if the window stays in it, the year if it
    stays in that, else nothing.
    """
    if len(latest) != 10:
        return None
    start = date.fromisoformat(latest)
    end = start + timedelta(days=RECENCY_WINDOW_DAYS)
    if (end.year, end.month) == (start.year, start.month):
        return latest[:7]
    if end.year == start.year:
        return latest[:4]
    return None


def latest_date(text: str) -> str | None:
    """The latest explicit date in ``text`` (day, month or "in YYYY" year precision).

    The article was written after it, so it is a lower bound on the publication date.
    Dates are compared on their common prefix, the more precise winning ties.
    """
    values = [d.value for d in find_dates(text)]
    values += [m.group("year") for m in _PREP_YEAR.finditer(text)]
    if not values:
        return None
    return max(values, key=lambda v: (v[:4], v[5:7] or "00", v[8:10] or "00"))
