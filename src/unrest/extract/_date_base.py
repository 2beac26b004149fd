"""Calendar intervals, the time vocabulary and the helpers that resolve expressions.

Shared by :mod:`unrest.extract._date_rules` (the patterns) and
:mod:`unrest.extract._dates` (the search).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Token

from unrest.errors import ConfigError
from unrest.model import DateValue, Precision

_RANK: dict[str, int] = {"day": 0, "month": 1, "year": 2}


@dataclass(frozen=True)
class Interval:
    """Days ``lo`` to ``hi`` (inclusive), meaningful at ``precision``."""

    lo: date
    hi: date
    precision: Precision
    lo_precision: Precision | None = None
    # The end known more finely than ``precision`` ("since January", up to the day of
    # writing).
    hi_precision: Precision | None = None

    def value(self, text: str | None = None) -> DateValue:
        """This interval as a :class:`DateValue` (ISO strings at its precision; the start
        at ``lo_precision`` when it is known more finely, "from 28 December 2017 until
        mid-January 2018", the end at ``hi_precision``)."""
        return DateValue(
            _iso(self.lo, self.lo_precision or self.precision),
            _iso(self.hi, self.hi_precision or self.precision),
            self.precision,
            text,
        )

    def contains(self, other: Interval) -> bool:
        """Whether ``other`` lies within this interval."""
        return self.lo <= other.lo and other.hi <= self.hi


@dataclass(frozen=True)
class Anchor:
    """What relative expressions are resolved against."""

    published: Interval | None
    narrative: Interval | None = None
    mentioned: Interval | None = None
    # Whether ``published`` is a page's time stamp, not the publication date.
    stamped: bool = False
    # The last day told before the time of writing, if any: what a distal "that Friday"
    # points back to when the last time mentioned is the writer's own today.
    past: Interval | None = None

    @property
    def antecedent(self) -> Interval | None:
        """What "that year" or "at that time" points back to: the last date mentioned."""
        return self.mentioned or self.narrative


Resolver = Callable[[Anchor], Interval | None]


@dataclass(frozen=True)
class TimeExpr:
    """One temporal expression at ``start:end`` of the searched text.

    ``role`` is ``since``, ``until``, ``from`` or ``point`` after the word that
    introduces the expression; ``kind`` says what it needs to be resolved
    (``absolute`` nothing, ``now`` the publication date, ``narrative`` the
    narrative's time, ``relative`` either).
    """

    start: int
    end: int
    text: str
    kind: str
    role: str
    resolver: Resolver

    def resolve(self, anchor: Anchor) -> Interval | None:
        """The interval this expression denotes under ``anchor``; None if it cannot tell."""
        return self.resolver(anchor)


# --------------------------------------------------------------------------- calendar helpers


def _iso(d: date, precision: str) -> str:
    if precision == "year":
        return f"{d.year:04d}"
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(year: int, month: int, k: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + k
    return n // 12, n % 12 + 1


def month_interval(
    year: int, month: int, month2: int | None = None, year2: int | None = None
) -> Interval:
    """The months ``year-month`` to ``year2-month2`` (default: the same) at month precision."""
    y2, m2 = (year2 or year), (month2 or month)
    return Interval(date(year, month, 1), _month_end(y2, m2), "month")


def year_interval(year: int, year2: int | None = None) -> Interval:
    """The years ``year`` to ``year2`` (default: the same) at year precision."""
    return Interval(date(year, 1, 1), date(year2 or year, 12, 31), "year")


def day_interval(d: date, d2: date | None = None) -> Interval:
    """The days ``d`` to ``d2`` (default: the same) at day precision."""
    return Interval(d, d2 or d, "day")


def same_day_in(d: date, year: int) -> date | None:
    """The day of ``d``'s month and day in ``year``; None for 29 February in other years."""
    try:
        return d.replace(year=year)
    except ValueError:
        return None


def ending_by(dates: list[Interval], now: Interval | None) -> list[Interval]:
    """The ``dates`` that do not end after ``now`` (all of them when it is unknown)."""
    return dates if now is None else [d for d in dates if d.hi <= now.hi]


def interval_of(iso: str) -> Interval:
    """The interval an ISO date string at its precision covers ("2019-11" is all November)."""
    try:
        if len(iso) == 4:
            return year_interval(int(iso))
        if len(iso) == 7:
            return month_interval(int(iso[:4]), int(iso[5:7]))
        return day_interval(date.fromisoformat(iso[:10]))
    except ValueError as exc:
        raise ConfigError(f"not an ISO date at year, month or day precision: {iso!r}") from exc


def coarsen(iv: Interval, precision: Precision) -> Interval:
    """``iv`` widened to whole months or years when ``precision`` is coarser than its own."""
    if _RANK[precision] < _RANK[iv.precision]:
        return iv
    if precision == iv.precision:
        return iv if iv.hi_precision is None else coarsen_end(iv)
    if precision == "year":
        return year_interval(iv.lo.year, iv.hi.year)
    return month_interval(iv.lo.year, iv.lo.month, iv.hi.month, iv.hi.year)


def coarsen_end(iv: Interval) -> Interval:
    """``iv`` with its end at its own precision again (the finer end dropped)."""
    if iv.precision == "day" or iv.hi_precision is None:
        return Interval(iv.lo, iv.hi, iv.precision, iv.lo_precision)
    last = coarsen(Interval(iv.hi, iv.hi, "day"), iv.precision)
    return Interval(iv.lo, last.hi, iv.precision, iv.lo_precision)


def coarser(a: str, b: str) -> Precision:
    """The coarser of two precisions."""
    return "year" if "year" in (a, b) else "month" if "month" in (a, b) else "day"


def spanning(first: Interval, last: Interval) -> Interval:
    """From the start of ``first`` to the end of ``last``, at the coarser precision, the
    start keeping ``first``'s own precision when it is finer."""
    precision = coarser(first.precision, last.precision)
    lo_precision = first.lo_precision or first.precision
    return Interval(
        first.lo,
        last.hi,
        precision,
        lo_precision if _RANK[lo_precision] < _RANK[precision] else None,
    )


# --------------------------------------------------------------------------- vocabulary


@lru_cache(maxsize=1)
def words() -> dict[str, Any]:
    """The time vocabulary of ``time_words.yaml`` (cached)."""
    try:
        text = resources.files("unrest.data").joinpath("time_words.yaml").read_text("utf-8")
        data = yaml.safe_load(text)
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read unrest/data/time_words.yaml: {exc}") from exc
    if not isinstance(data, dict) or "months" not in data:
        raise ConfigError("unrest/data/time_words.yaml: no 'months' mapping")
    return data


def unit_length(noun: Token, deps: frozenset[str]) -> int | None:
    """How many units the unit noun ``noun`` counts ("two days" 2, "10 weeks" 10): a
    number word among its children of dependency ``deps``, or digits as its ``nummod``;
    None when no child counts it."""
    numbers = words()["number_words"]
    for c in noun.children:
        w = c.lower_
        if c.dep_ in deps and w in numbers:
            return int(numbers[w])
        if c.dep_ == "nummod" and w.isdigit():
            return int(w)
    return None


def _alt(items: list[str]) -> str:
    return "|".join(re.escape(i) for i in sorted(items, key=len, reverse=True))


@dataclass(frozen=True)
class _Lexicon:
    months: dict[str, int]
    seasons: dict[str, tuple[int, int]]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    month_re: str
    abbr_re: str
    weekday_re: str
    season_re: str
    part_re: str
    number_re: str


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    w = words()
    months = {k: int(v) for k, v in w["months"].items()}
    upper = {k.upper(): v for k, v in months.items()}
    abbr = {k: int(v) for k, v in w["month_abbreviations"].items()}
    all_months = {**months, **upper, **abbr, **{k.upper(): v for k, v in abbr.items()}}
    weekdays = {k: int(v) for k, v in w["weekdays"].items()}
    seasons = {k: (int(v[0]), int(v[1])) for k, v in w["seasons"].items()}
    numbers = {k: int(v) for k, v in w["number_words"].items()}
    parts = [p for p in w["part_phrases"] if not p.endswith("-")]
    part_re = rf"(?:(?:{_alt(parts)})\s+|mid-\s*)"
    return _Lexicon(
        months=all_months,
        seasons=seasons,
        weekdays=weekdays,
        numbers=numbers,
        month_re=_alt(list(months) + list(upper)),
        abbr_re=_alt(list(abbr) + [a.upper() for a in abbr]),
        weekday_re=_alt(list(weekdays)),
        season_re=_alt(list(seasons)),
        part_re=part_re,
        number_re=_alt(list(numbers)),
    )


# --------------------------------------------------------------------------- resolution helpers


def _published_month_limit(anchor: Anchor) -> tuple[int, int] | None:
    if anchor.published is None:
        return None
    return anchor.published.hi.year, anchor.published.hi.month


def _distance(iv: Interval, other: Interval) -> int:
    if iv.hi < other.lo:
        return (other.lo - iv.hi).days
    if other.hi < iv.lo:
        return (iv.lo - other.hi).days
    return 0


# Days before the time in force beyond which a bare month is not the story's own.
_WELL_BEFORE_DAYS = 31


def _month_occurrence(month: int, month2: int, mode: str, anchor: Anchor) -> Interval | None:
    """The occurrence of months ``month..month2`` (no year given) that ``mode`` picks.

    ``last``: the latest starting strictly before the publication month;
    ``this``/``next``: in the publication year / the first after it;
    ``bare``: at or before the publication month, the nearest to the narrative
    time (or the last date mentioned) if there is one, else the latest.
    """
    pub = anchor.published
    span = (month2 - month) % 12

    def occ(year: int) -> Interval:
        y2, m2 = _add_months(year, month, span)
        return month_interval(year, month, m2, y2)

    # With no narrative time, the last date mentioned still sets the year ("the floods,
    # which began on 19 March 2019, ... in late March").
    narr = anchor.narrative or anchor.mentioned
    if pub is None:
        if narr is None or mode != "bare":
            return None
        near = narr
        return min(
            (occ(near.lo.year + k) for k in (-1, 0, 1)),
            key=lambda iv: (_distance(iv, near), -iv.lo.toordinal()),
        )
    ref_y, ref_m = pub.lo.year, pub.lo.month
    if mode == "this":
        return occ(ref_y)
    if mode == "next":
        return occ(ref_y if month > ref_m else ref_y + 1)
    if mode == "last":
        return occ(ref_y if month < ref_m else ref_y - 1)
    limit = _published_month_limit(anchor)
    assert limit is not None
    cands = [occ(y) for y in range(limit[0] - 40, limit[0] + 1) if (y, month) <= limit]
    if narr is not None and narr.hi <= pub.hi:
        best = min(cands, key=lambda iv: (_distance(iv, narr), -iv.lo.toordinal()))
        # A month well before the time in force whose one later occurrence up to
        # publication follows it: the story has moved on to that one ("the protests of
        # November 2019 ... In July, the Supreme Court upheld the sentences" in a piece
        # of November 2020 is July 2020, not the July before the protests).
        later = [iv for iv in cands if iv.lo > narr.hi]
        if best.hi < narr.lo and _distance(best, narr) > _WELL_BEFORE_DAYS and len(later) == 1:
            return later[0]
        return best
    return cands[-1]


def _day_window(ref: Interval, a: int, b: int, natural: Precision) -> Interval:
    """Days ``a..b`` relative to ``ref``; when ``ref`` is coarse, small offsets keep ``ref``."""
    small = int(words().get("small_offset_days", 10))
    if ref.precision == "day":
        return coarsen(
            day_interval(ref.lo + timedelta(days=a), ref.hi + timedelta(days=b)), natural
        )
    if max(abs(a), abs(b)) <= small:
        return coarsen(ref, natural)
    iv = Interval(ref.lo + timedelta(days=a), ref.hi + timedelta(days=b), ref.precision)
    return coarsen(Interval(iv.lo, iv.hi, "day"), coarser(ref.precision, natural))


def _calendar_shift(ref: Interval, unit: str, k: int) -> Interval:
    """``ref`` moved ``k`` months or years, at that unit's precision (or coarser)."""
    if unit == "year":
        return year_interval(ref.lo.year + k, ref.hi.year + k)
    y1, m1 = _add_months(ref.lo.year, ref.lo.month, k)
    y2, m2 = _add_months(ref.hi.year, ref.hi.month, k)
    if ref.precision == "year":
        return year_interval(y1, y2)
    return month_interval(y1, m1, m2, y2)


def _ref(
    anchor: Anchor, narrative_first: bool, need: str = "year", fallback: bool = True
) -> Interval | None:
    """The narrative time if asked and precise enough to ``need``, else the publication date
    (or None when ``fallback`` is False)."""
    narr = anchor.narrative
    if narrative_first and narr is not None and _RANK[narr.precision] <= _RANK[need]:
        return narr
    return anchor.published if fallback or not narrative_first else None
