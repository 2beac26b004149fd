"""Two months joined by "and" that share one year: "in August and September 2020",
"in March and April 2019". The year written after the second month is the first's too
(as "15 and 16 May" share their month): together they name the span of both months,
not a bare "August" read against the time of writing and a "September 2020".

Used by :mod:`unrest.extract._dates` when it merges adjacent expressions.
"""

from __future__ import annotations

import re

from unrest.extract._date_base import Anchor, Interval, TimeExpr, _lexicon, month_interval

__all__ = ["month_pair"]


def _month(text: str) -> int | None:
    return _lexicon().months.get(text.strip().rstrip("."))


def month_pair(text: str, a: TimeExpr, b: TimeExpr) -> TimeExpr | None:
    """The range of the bare month ``a`` and the month-and-year ``b`` joined by "and" in
    ``text`` (see the module docstring), or None when they are not such a pair."""
    if not re.fullmatch(r"\s+and\s+", text[a.end : b.start]):
        return None
    first = _month(a.text)
    parts = b.text.rsplit(None, 1)
    if first is None or len(parts) != 2 or not parts[1].isdigit() or len(parts[1]) != 4:
        return None
    second = _month(parts[0])
    if second is None or second <= first:
        return None
    year = int(parts[1])

    def res(anchor: Anchor) -> Interval | None:
        return month_interval(year, first, second)

    return TimeExpr(a.start, b.end, text[a.start : b.end], "absolute", a.role, res)
