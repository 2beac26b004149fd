"""Holidays on a fixed day of the Western calendar: "on New Year's Day", "New Year's night",
"Christmas Eve 2019", "International Women's Day".

Without a year a holiday is the occurrence nearest the narrative (as "on 1 January" is);
"New Year's night" runs from the Eve into the Day. Holidays whose day moves (Easter,
Nowruz, Eid) are not read. Used by :mod:`unrest.extract._date_rules`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from unrest.extract._date_base import Anchor, Interval, Resolver, day_interval
from unrest.extract._date_months import month_days

# Name (lower case, apostrophes straightened) -> (month, day, days back for a night).
_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "new year's day": (1, 1, 0),
    "new year's eve": (12, 31, 0),
    "new year's night": (1, 1, 1),
    "christmas day": (12, 25, 0),
    "christmas eve": (12, 24, 0),
    "international women's day": (3, 8, 0),
    "valentine's day": (2, 14, 0),
    "halloween": (10, 31, 0),
}

HOLIDAY_RE = (
    r"\b((?:[Nn]ew\s+[Yy]ear['’]s|[Cc]hristmas)\s+(?:[Dd]ay|[Ee]ve|[Nn]ight)"
    r"|[Ii]nternational\s+[Ww]omen['’]s\s+[Dd]ay|[Vv]alentine['’]s\s+[Dd]ay|Halloween)\b"
    r"(?:,?\s+((?:19|20)\d\d)\b)?"
)


def holiday(g: re.Match[str]) -> Resolver | None:
    """The day (or night) of the holiday ``g[1]``, in the year ``g[2]`` when given."""
    name = re.sub(r"\s+", " ", g[1].lower()).replace("’", "'")
    if name == "christmas night":
        name = "christmas day"
    if name not in _HOLIDAYS:
        return None
    month, day, back = _HOLIDAYS[name]

    def night(iv: Interval | None) -> Interval | None:
        if iv is None or not back:
            return iv
        return day_interval(iv.lo - timedelta(days=back), iv.hi)

    if g[2]:
        # "New Year's Eve 2017", "New Year's night 2018": the year of the day named.
        fixed = night(day_interval(date(int(g[2]), month, day)))
        return lambda a: fixed
    bare = month_days(month, str(day), None)
    if bare is None:
        return None

    def res(a: Anchor) -> Interval | None:
        return night(bare(a))

    return res
