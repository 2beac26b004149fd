"""A bare day of the month that the story has already dated: its year is that one.

"Over the next three days, from 15 to 18 November 2019, protests reached 100 cities.
... The Supreme Court upheld the sentences that July. ... Among the dead are Pouya,
shot in Karaj on 16 November": the narrative stands in July 2020, and the 16 November
nearest to it is 2020's, but no date of the text so far lies in November 2020, while
16 November 2019 lies inside a span the text gave. A bare day is moved to the year of
an earlier dated span that contains it when nothing dated so far lies in its own month.
"""

from __future__ import annotations

import re

from unrest.extract._date_base import Interval, TimeExpr, ending_by, same_day_in

# A day of a month without a year ("16 November", "Nov. 16", "the 16th of November").
_YEAR = re.compile(r"\b\d{4}\b")
_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")


def _month_of(iv: Interval) -> tuple[int, int]:
    return iv.lo.year, iv.lo.month


def _touches_month(seen: Interval, year: int, month: int) -> bool:
    return (seen.lo.year, seen.lo.month) <= (year, month) <= (seen.hi.year, seen.hi.month)


def refit_attested(
    expr: TimeExpr, iv: Interval | None, seen: list[Interval], now: Interval | None = None
) -> Interval | None:
    """``iv`` moved into the latest earlier dated span (a month or days) that holds the
    same day of another year, when ``expr`` is a bare day of a month and nothing in
    ``seen`` (the dates read so far, a whole year aside) lies in ``iv``'s month; else
    ``iv``. A span that runs past ``now`` (an exhibition "10 September 2021 to 9
    January 2022" in a text of its opening day) never moves a past day after ``now``."""
    if iv is None or iv.precision != "day" or iv.lo != iv.hi or expr.kind == "absolute":
        return iv
    if _YEAR.search(expr.text) or not _DAY.search(expr.text):
        return iv
    seen = ending_by(seen, now)
    year, month = _month_of(iv)
    if any(s.precision != "year" and _touches_month(s, year, month) for s in seen):
        return iv
    dated = [s for s in seen if s.precision != "year"]
    for span in reversed(dated):
        for y in range(span.lo.year, span.hi.year + 1):
            day = same_day_in(iv.lo, y)
            if day is not None and y != year and span.lo <= day <= span.hi:
                return Interval(day, day, "day")
    # Else, when nothing dated to the month or day lies in ``iv``'s year at all, the
    # latest other year whose same month the story has dated ("on 8 November" and "on
    # 26 November" 2019, then "in 2022 a court ...", make "on 12 November" 2019's).
    if any(s.lo.year <= year <= s.hi.year for s in dated):
        return iv
    for span in reversed(dated):
        for y in range(span.hi.year, span.lo.year - 1, -1):
            day = same_day_in(iv.lo, y)
            if day is not None and y != year and _touches_month(span, y, month):
                return Interval(day, day, "day")
    return iv
