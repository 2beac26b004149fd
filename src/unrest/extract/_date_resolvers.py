"""The resolvers that the patterns of temporal expressions build: from a match to the
interval it names, given the publication date and the narrative time."""

from __future__ import annotations

import re

from unrest.extract._date_base import (
    Anchor,
    Interval,
    Resolver,
    _calendar_shift,
    _day_window,
    _lexicon,
    _month_occurrence,
    _ref,
    coarsen,
    coarser,
    day_interval,
    month_interval,
    words,
    year_interval,
)
from unrest.extract._date_lastweekday import week_before_yesterday
from unrest.extract._date_months import days_of, not_after_now, safe_day
from unrest.extract._date_periods import _count
from unrest.extract._date_spelled import earlier_mention
from unrest.extract._date_storydays import one_month
from unrest.extract._date_thisyear import this_year
from unrest.model import Precision

# Days before publication beyond which a narrative day named by its weekday is that day
# ("On January 11, 2020 ... on Saturday morning"), not the last such weekday.
_OLD_DAYS = 14


def _fixed(iv: Interval | None) -> Resolver | None:
    if iv is None:
        return None
    return lambda anchor: iv


def _year_range(g: re.Match[str]) -> Resolver | None:
    y1 = int(g[1])
    y2 = int(g[2]) if len(g[2]) == 4 else (y1 // 100) * 100 + int(g[2])
    if not y1 < y2 <= y1 + 50:
        return None
    return _fixed(year_interval(y1, y2))


def _season(g: re.Match[str]) -> Resolver | None:
    seasons = _lexicon().seasons
    s1 = seasons[g[1].lower()]
    s2 = seasons[g[2].lower()] if g[2] else s1
    shift = {"that": 0, "the same": 0, "the following": 1, "the previous": -1}

    def months(year: int) -> Interval:
        return month_interval(year, s1[0], s2[1], year + (s2[1] < s1[0]))

    if g[3]:
        return _fixed(months(int(g[3])))
    word = g[4].lower()
    if word in shift:
        return lambda a: months(a.antecedent.lo.year + shift[word]) if a.antecedent else None
    k = 0 if word == "this" else -1
    return lambda a: months(a.published.lo.year + k) if a.published else None


def _season_relative(g: re.Match[str]) -> Resolver:
    s = _lexicon().seasons[g[2].lower()]
    mode = "this" if g[1].lower() == "this" else "last"
    return lambda a: _month_occurrence(s[0], s[1], mode, a)


def _bare_month(g: re.Match[str]) -> Resolver | None:
    mon = _lexicon().months
    m1 = mon[g[2]]
    m2 = mon[g[4]] if g[4] else m1
    mode = {"last": "last", "past": "last", "previous": "last", "this": "this", "next": "next"}.get(
        (g[1] or "").lower(), "bare"
    )
    day = int(g[3]) if g[3] else None

    def res(a: Anchor) -> Interval | None:
        iv = _month_occurrence(m1, m2, mode, a)
        if iv is None or day is None:
            return iv
        if mode == "bare":
            return not_after_now(a, lambda y: days_of(y, m1, str(day), None), iv) or iv
        dd = safe_day(iv.lo.year, m1, day)
        return day_interval(dd) if dd else iv

    return res


def _day_after(g: re.Match[str]) -> Resolver:
    which = re.sub(r"\s+", " ", (g[1] or g[2]).lower())
    k = {"the next": 1, "the following": 1, "after": 1, "the previous": -1, "before": -1}.get(
        which, 0
    )

    def res(a: Anchor) -> Interval | None:
        ref = a.antecedent
        if ref is None:
            return None
        return _day_window(ref, k, k, "day")

    return res


def _weekday(g: re.Match[str]) -> Resolver:
    target = _lexicon().weekdays[g[3].capitalize()]
    word = (g[2] or "").lower()

    def res(a: Anchor) -> Interval | None:
        pub = a.published
        if pub is None:
            return None
        narr = a.narrative
        # "last Friday", "this Friday", "next Friday" count from now, never the story's day.
        if (
            word not in ("last", "past", "previous", "this", "next")
            and narr is not None
            and narr.precision == "day"
            and narr.lo == narr.hi
            and narr.lo.weekday() == target
            and (pub.lo - narr.lo).days > _OLD_DAYS
        ):
            return narr
        back = (pub.lo.weekday() - target) % 7
        if word in ("last", "past", "previous") and back == 0:
            back = 7
        back = week_before_yesterday(word, back)
        if word == "next":
            back = -((target - pub.lo.weekday()) % 7 or 7)
        return _day_window(pub, -back, -back, "day")

    return res


def _unit_relative(g: re.Match[str]) -> Resolver:
    which = re.sub(r"\s+", " ", g[1].lower())
    unit = g[2].lower()
    k = {
        "this": 0,
        "last": -1,
        "next": 1,
        "the previous": -1,
        "the following": 1,
        "the next": 1,
        "the same": 0,
        "that": 0,
    }[which]
    narrative = which not in ("last", "next") and not (which == "this" and unit == "year")
    natural: Precision = "day" if unit == "week" else unit  # type: ignore[assignment]

    anaphoric = which.startswith(("the", "that"))

    def res(a: Anchor) -> Interval | None:
        if anaphoric:
            a = Anchor(a.published, a.antecedent)
            if unit == "week" and k == 0 and (month := one_month(a.narrative)) is not None:
                return month  # "that week" of the month the story is set in
        ref = _ref(this_year(a) if which == "this" else a, narrative, natural)
        if ref is None:
            return None
        if unit == "week":
            wd = ref.lo.weekday()
            return _day_window(ref, 7 * k - wd, 7 * k + 6 - wd, "day")
        return _calendar_shift(ref, unit, k)

    return res


def _window(g: re.Match[str]) -> Resolver:
    unit = g[3].lower()
    n = _count(g[2], unit)
    if not g[2] and not g[0].rstrip().lower().endswith("s"):
        n = 1
    days = n * int(words()["units"][unit])
    natural: Precision = (
        "day" if unit in ("day", "week") else "month" if unit == "month" or n <= 2 else "year"
    )

    def res(a: Anchor) -> Interval | None:
        return _day_window(a.published, -days, 0, natural) if a.published else None

    return res


def _offset(g: re.Match[str]) -> Resolver:
    unit = g[2].lower()
    n = _count(g[1], unit)
    direction = g[3].lower()
    k = n if direction in ("later", "after") else -n
    from_narrative = direction != "ago"
    natural: Precision = "day" if unit in ("day", "week") else unit  # type: ignore[assignment]

    def res(a: Anchor) -> Interval | None:
        ref = _ref(a, from_narrative, fallback=False)
        if k > 0 and ref is not None:
            ref = earlier_mention(a, ref, unit, k)
        if ref is None:
            # "Five years after the uprising", "Five years on" with no time yet in force (a
            # headline or lead): the story's year is that many years before publication.
            if direction in ("after", "on") and unit == "year" and a.published is not None:
                return year_interval(a.published.lo.year - n)
            return None
        if direction == "on":
            return None
        if unit in ("month", "year"):
            return _calendar_shift(ref, unit, k)
        days = k * int(words()["units"][unit])
        return _day_window(ref, days, days, natural)

    return res


def _day_shift(k: int) -> Resolver:
    return lambda a: _day_window(a.published, k, k, "day") if a.published else None


def _now(a: Anchor) -> Interval | None:
    return a.published


def _narrative(a: Anchor) -> Interval | None:
    return a.antecedent


def _same_narrative(a: Anchor) -> Interval | None:
    """ "Earlier in the day": the narrative's own time, not the last date mentioned."""
    return a.narrative


def _within(g: re.Match[str]) -> Resolver:
    """ "Within two days": from the narrative's start to that many units after it."""
    unit = g[2].lower()
    days = _count(g[1], unit) * int(words()["units"][unit])
    natural: Precision = "day" if unit in ("day", "week") else unit  # type: ignore[assignment]

    def res(a: Anchor) -> Interval | None:
        ref = a.narrative
        if ref is None:
            return None
        start = Interval(ref.lo, ref.lo, ref.precision)
        return _day_window(start, 0, days, natural)

    return res


def _up_to_now(a: Anchor) -> Interval | None:
    narr, pub = a.narrative, a.published
    if narr is None or pub is None or narr.lo > pub.hi:
        return narr or pub
    precision = coarser(narr.precision, pub.precision)
    return coarsen(Interval(narr.lo, pub.hi, "day"), precision)
