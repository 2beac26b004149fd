"""Resolvers of expressions naming a period: a week of a month, the first week of the
time referred back to, the edge of a year or month, "a year ago this week", "the
Sunday"; and how many units a count word means.

Used by :mod:`unrest.extract._date_rules`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from unrest.extract._date_base import (
    Anchor,
    Interval,
    Resolver,
    _calendar_shift,
    _lexicon,
    _month_occurrence,
    coarsen,
    day_interval,
    month_interval,
    words,
)
from unrest.extract._date_ordinals import ordinals_between
from unrest.model import Precision

# Which week of a month: its first day's offset, or None for the month's last seven days.
_WEEK_STARTS: dict[str, int | None] = {
    "first": 0,
    "second": 7,
    "third": 14,
    "fourth": 21,
    "last": None,
    "final": None,
}


def _count(word: str | None, unit: str) -> int:
    if not word:
        return int(words()["recent_default"][unit])
    w = word.lower()
    return int(w) if w.isdigit() else _lexicon().numbers.get(w, 1)


def _week_days(year: int, month: int, which: str) -> Interval:
    """The seven days of the ``which`` week of a month ("the first week of October")."""
    start = _WEEK_STARTS[which.lower()]
    if start is None:
        end = month_interval(year, month).hi
        return day_interval(end - timedelta(days=6), end)
    first = date(year, month, 1) + timedelta(days=start)
    return day_interval(first, first + timedelta(days=6))


def _week_of_month(g: re.Match[str]) -> Resolver:
    """ "The first week of October (2022)": days 1-7 of that month's occurrence."""
    month = _lexicon().months[g[2]]
    if g[3]:
        days = _week_days(int(g[3]), month, g[1])
        return lambda a: days

    def res(a: Anchor) -> Interval | None:
        iv = _month_occurrence(month, month, "bare", a)
        return _week_days(iv.lo.year, month, g[1]) if iv else None

    return res


def _first_week(a: Anchor) -> Interval | None:
    """ "In the first week (of that wave)": seven days from the start of the time referred
    back to, when it is known to the month or the day."""
    ref = a.antecedent
    if ref is None or ref.precision == "year":
        return ref
    return day_interval(ref.lo, ref.lo + timedelta(days=6))


def _ago_this(g: re.Match[str]) -> Resolver:
    """ "A year ago this week" (or "this weekend"), "five years ago today": the
    publication's day, week or month that many months or years back."""
    unit = g[2].lower()
    k = -_count(g[1], unit)
    span = re.sub(r"\s+", " ", g[3].lower())

    def res(a: Anchor) -> Interval | None:
        pub = a.published
        if pub is None:
            return None
        if span in ("this week", "this weekend") and pub.precision == "day":
            wd = pub.lo.weekday()
            pub = day_interval(pub.lo - timedelta(days=wd), pub.lo + timedelta(days=6 - wd))
        elif span == "this month":
            pub = coarsen(pub, "month")
        return _shift_days(pub, unit, k)

    return res


def _shift_days(iv: Interval, unit: str, k: int) -> Interval:
    """``iv`` moved ``k`` months or years, keeping its precision (29 February to the 28th)."""

    def move(d: date) -> date:
        months = d.year * 12 + d.month - 1 + (k * 12 if unit == "year" else k)
        y, m = divmod(months, 12)
        last = month_interval(y, m + 1).hi.day
        return date(y, m + 1, min(d.day, last))

    if iv.precision == "month":
        # "Three years ago this month": that month, three years back.
        return _calendar_shift(iv, "month", k * 12 if unit == "year" else k)
    if iv.precision != "day":
        return _calendar_shift(iv, unit, k)
    return Interval(move(iv.lo), move(iv.hi), iv.precision)


def _the_weekday(g: re.Match[str]) -> Resolver:
    """ "On the Sunday": the first such weekday from the start of the time referred back to
    (known to the day)."""
    target = _lexicon().weekdays[g[1]]

    def res(a: Anchor) -> Interval | None:
        ref = a.antecedent
        if ref is None or ref.precision != "day":
            return None
        return day_interval(ref.lo + timedelta(days=(target - ref.lo.weekday()) % 7))

    return res


def _edge_of_unit(g: re.Match[str]) -> Resolver:
    """ "The end of the year", "the beginning of this month": the year's last or first
    month, or the month itself; "the year" and "that year" are the time referred back
    to, "this" and "last" the publication's."""
    end = g[1].lower() in ("end", "close")
    which = g[2].lower()
    unit = g[3].lower()

    def res(a: Anchor) -> Interval | None:
        ref = a.antecedent if which in ("the", "that") else None
        ref = ref or a.published
        if ref is None:
            return None
        if which == "last":
            ref = _calendar_shift(coarsen(ref, "month"), unit, -1)
        if unit == "month":
            month = ref.hi if end else ref.lo
            return month_interval(month.year, month.month)
        year = ref.hi.year if end else ref.lo.year
        return month_interval(year, 12 if end else 1)

    return res


def _weekend(a: Anchor) -> Interval | None:
    """The latest Saturday and Sunday before the publication day (or the current ones)."""
    pub = a.published
    if pub is None:
        return None
    back = (pub.lo.weekday() - 5) % 7
    if pub.precision != "day":
        return pub
    sat = pub.lo - timedelta(days=back)
    return day_interval(sat, min(sat + timedelta(days=1), pub.hi))


def _overnight(a: Anchor) -> Interval | None:
    """The night before the publication day: that day and the day before."""
    pub = a.published
    if pub is None or pub.precision != "day":
        return pub
    return day_interval(pub.lo - timedelta(days=1), pub.lo)


# Ordinal words of "entered a third day", "now in their fourth week".
NTH_ORDINALS: dict[str, int] = ordinals_between(2, 20)
NTH_UNIT_RE = (
    r"(?:(?<=\benter\s)|(?<=\benters\s)|(?<=\bentered\s)|(?<=\bentering\s)|(?<=\binto\s)"
    r"|(?<=\bin\s))(?:its|their|a)\s+(" + "|".join(NTH_ORDINALS) + r"|\d+(?:st|nd|rd|th))"
    r"\s+(?:straight\s+|consecutive\s+|successive\s+)?(day|night|week|month)\b"
)


def _nth_unit(g: re.Match[str]) -> Resolver:
    """ "As protests entered a third day", "now in their fourth week": the event has run
    from N-1 units before the clause's time (the story's day, else now) up to it."""
    word = g[1].lower()
    n = NTH_ORDINALS.get(word) or int(re.sub(r"\D", "", word) or 1)
    unit = "day" if g[2].lower() == "night" else g[2].lower()
    back = (n - 1) * int(words()["units"][unit])
    natural: Precision = "month" if unit == "month" else "day"

    def res(a: Anchor) -> Interval | None:
        narr = a.narrative
        ref = narr if narr is not None and narr.precision == "day" else a.published
        if ref is None:
            return None
        end = Interval(ref.hi, ref.hi, "day")
        return coarsen(Interval(end.lo - timedelta(days=back), end.hi, "day"), natural)

    return res


def _weekday_before_last(g: re.Match[str]) -> Resolver:
    """ "The Saturday before last": a week before the last such weekday before now."""
    target = _lexicon().weekdays[g[1]]

    def res(a: Anchor) -> Interval | None:
        pub = a.published
        if pub is None:
            return None
        back = (pub.lo.weekday() - target) % 7 or 7
        return day_interval(pub.lo - timedelta(days=back + 7))

    return res
