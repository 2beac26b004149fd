"""A weekday printed beside a day of the month fixes its year.

"On Monday, 18 November" in a piece published in 2024 about 2019: 18 November fell on
a Monday in 2019, not in 2020 or 2023. When the day a bare "18 November" was resolved
to does not fall on the weekday the text gives ("Monday, 18 November", "15 November, a
Friday", "Friday 18 October"), the nearest earlier year in which it does is taken.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unrest.extract._date_base import Interval, TimeExpr, same_day_in, words

# Years searched back for a day that falls on the printed weekday (the calendar repeats
# within 11 years, except across 29 February).
_YEARS_BACK = 11


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    days = "|".join(words()["weekdays"])
    before = re.compile(rf"\b({days})(?:\s+(?:night|morning|evening|afternoon))?,?\s+(?:the\s+)?$")
    after = re.compile(rf"^,?\s+(?:a|on\s+a)\s+({days})\b")
    return before, after


def printed_weekday(text: str, expr: TimeExpr) -> int | None:
    """The weekday (0 is Monday) printed right before or after ``expr`` in ``text``."""
    before, after = _patterns()
    m = before.search(text[: expr.start]) or after.match(text[expr.end :])
    return int(words()["weekdays"][m[1]]) if m else None


def fit_weekday(text: str, expr: TimeExpr, iv: Interval | None) -> Interval | None:
    """``iv`` moved to the nearest earlier year whose same day falls on the weekday the
    text prints beside ``expr``; ``iv`` itself when it already does, when no weekday is
    printed, when the year was written, or when it is not a single day."""
    if iv is None or iv.precision != "day" or iv.lo != iv.hi or expr.kind == "absolute":
        return iv
    weekday = printed_weekday(text, expr)
    if weekday is None or iv.lo.weekday() == weekday:
        return iv
    for back in range(1, _YEARS_BACK + 1):
        day = same_day_in(iv.lo, iv.lo.year - back)
        if day is not None and day.weekday() == weekday:
            return Interval(day, day, "day")
    return iv
