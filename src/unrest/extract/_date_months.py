"""Days and months named without a year, or with a year word ("in September of this
year", "on 3 March last year"): the resolvers that pick their year."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from unrest.extract._date_base import (
    Anchor,
    Interval,
    Resolver,
    _distance,
    _lexicon,
    _month_occurrence,
    day_interval,
    month_interval,
)

# How a year word moves from the year it counts from (publication for "this", "last",
# "next"; the last date mentioned for "that", "the same", "the following", "the previous").
_FROM_NOW = {"this": 0, "last": -1, "next": 1}
_FROM_THEN = {"that": 0, "the same": 0, "the following": 1, "the next": 1, "the previous": -1}

YEAR_WORDS = r"(?i:this|last|next|that|the\s+same|the\s+following|the\s+next|the\s+previous)"


def safe_day(year: int, month: int, day: int) -> date | None:
    """The date, or None when ``day`` is not a day of that month."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def days_of(year: int, month: int, d1: str, d2: str | None) -> Interval | None:
    """Days ``d1`` to ``d2`` (or ``d1``) of one month; None when one is not a real day."""
    a = safe_day(year, month, int(d1))
    b = safe_day(year, month, int(d2)) if d2 else a
    if a is None or b is None or b < a:
        return None
    return day_interval(a, b)


def month_days(month: int, d1: str, d2: str | None) -> Resolver | None:
    """ "15 November", "15 and 18 November", "Nov 18": days of the month's occurrence
    nearest the narrative or latest before publication."""
    if days_of(2000, month, d1, d2) is None:
        return None

    def res(a: Anchor) -> Interval | None:
        iv = _month_occurrence(month, month, "bare", a)
        return not_after_now(a, lambda year: days_of(year, month, d1, d2), iv)

    return res


def not_after_now(
    a: Anchor, days: Callable[[int], Interval | None], month: Interval | None
) -> Interval | None:
    """The days ``days(year)`` of the year of ``month``, or of the year before when they
    lie after the publication date ("on 17 September" in a piece of 16 September 2023 is
    September 2022): what an article reports has happened."""
    if month is None:
        return None
    iv = days(month.lo.year)
    pub, narr = a.published, a.narrative or a.mentioned
    if iv is None or pub is None or iv.lo <= pub.hi:
        return iv
    back = days(month.lo.year - 1)
    # Under a page's time stamp, a narrative time right by the later day says the stamp
    # is not the "now" of the text (a table of contents read as stamps).
    near = narr is not None and _distance(iv, narr) < _distance(back or iv, narr)
    return iv if back is None or (a.stamped and near) else back


def month_of_year_word(g: re.Match[str]) -> Resolver | None:
    """ "September of this year", "3 March last year", "in May of that year": the month
    (or day) in the year the word names, whatever the narrative's year."""
    month = _lexicon().months[g[2]]
    day = g[1] or g[3]
    word = re.sub(r"\s+", " ", g[4].lower())
    if day is not None and safe_day(2000, month, int(day)) is None:
        return None

    def res(a: Anchor) -> Interval | None:
        if word in _FROM_NOW:
            base = a.published
            shift = _FROM_NOW[word]
        else:
            base = a.antecedent
            shift = _FROM_THEN[word]
        if base is None:
            return None
        year = base.lo.year + shift
        if day is None:
            return month_interval(year, month)
        return days_of(year, month, day, None)

    return res


def month_after_then(g: re.Match[str]) -> Resolver | None:
    """ "the following March", "the next May", "the previous December": the first
    occurrence of the month after (or the last before) the date last mentioned, whatever
    the year of publication ("protests began in October 2019 ... the following March")."""
    month = _lexicon().months[g[2]]
    later = re.sub(r"\s+", " ", g[1].lower()) != "the previous"

    def res(a: Anchor) -> Interval | None:
        base = a.antecedent
        if base is None:
            return None
        if later:
            year = base.hi.year + (month <= base.hi.month)
        else:
            year = base.lo.year - (month >= base.lo.month)
        return month_interval(year, month)

    return res
