"""A month without a year told after a news report's flashback.

A report whose story is set at the time of publication ("executed on Saturday") steps
back to an earlier year ("He was arrested in September 2018") and then goes on with
later stages of the case ("The Supreme Court upheld the sentence in August"). The
month's occurrence nearest the flashback would come *before* the flashback's time,
which the forward-moving story rules out: the month is the latest such month before
publication, when that lies within the year before it.

Used by :mod:`unrest.extract._date_sweep`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unrest.extract._date_base import Interval, TimeExpr, _lexicon, words
from unrest.extract._date_months import safe_day

# Days between the story's time and publication for the story to be the news of the day.
_NEWS_DAYS = 31
# Days before publication within which the latest occurrence of the month must lie.
_YEAR_DAYS = 366


@lru_cache(maxsize=1)
def _bare_month() -> re.Pattern[str]:
    lx = _lexicon()
    parts = "|".join(re.escape(p) for p in words()["part_phrases"])
    day = r"[0-3]?\d(?:st|nd|rd|th)?"
    return re.compile(
        rf"(?:(?:in|on|by|during|until|from)\s+)?(?:(?:{parts})\s*)?(?:the\s+)?"
        rf"(?:{day}\s+(?:of\s+)?)?(?:{lx.month_re})(?:\s+{day})?",
        re.I,
    )


def is_news_time(narrative: Interval | None, pub: Interval | None) -> bool:
    """Whether ``narrative`` is a day within a month before publication."""
    return (
        narrative is not None
        and pub is not None
        and narrative.precision == "day"
        and 0 <= (pub.lo - narrative.hi).days <= _NEWS_DAYS
    )


def _in_year(iv: Interval, year: int) -> Interval | None:
    lo = safe_day(year, iv.lo.month, iv.lo.day)
    hi = safe_day(year + (iv.hi.year - iv.lo.year), iv.hi.month, iv.hi.day)
    return Interval(lo, hi, iv.precision) if lo and hi else None


def after_backstory(
    expr: TimeExpr,
    iv: Interval | None,
    narrative: Interval | None,
    pub: Interval | None,
    news: bool,
) -> Interval | None:
    """``iv`` of a month (or day of a month) written without a year, moved to its latest
    occurrence before publication when the story is the news of publication time,
    the narrative is a flashback more than a year back, and ``iv`` lies before it."""
    if (
        iv is None
        or not news
        or narrative is None
        or pub is None
        or iv.hi >= narrative.lo
        or (pub.lo - narrative.hi).days <= _YEAR_DAYS
        or not _bare_month().fullmatch(expr.text)
    ):
        return iv
    for year in (pub.lo.year, pub.lo.year - 1):
        cand = _in_year(iv, year)
        if cand is not None and cand.hi <= pub.hi:
            recent = (pub.lo - cand.lo).days <= _YEAR_DAYS
            return cand if recent and cand.lo > narrative.hi else iv
    return iv
