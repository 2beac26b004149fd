""" "Overnight" in a story told well after the fact: the night of the story's time.

"The farmers' tents were burned overnight", read in a year's review whose story stands
at 26 November, is the night from 25 to 26 November, not the night before publication;
under a caption dated "late September" it is that time. In a story set at the time of
writing (or within two weeks of it) "overnight" stays the night before publication, even
after a flashback. On the line of a dated entry ("OCT. 28 - Masked gunmen open fire on a
sit-in overnight") it is the entry's day: the entry files what it tells under that day
(a report on a later line of the entry, "State television reports that ten people were
killed overnight", keeps the night before it). Used by :mod:`unrest.extract._date_sweep`.
"""

from __future__ import annotations

from datetime import timedelta

from unrest.extract._date_base import Interval, TimeExpr, day_interval

#: Days a story's time must lie before the time of writing for "overnight" to be its night.
_OLD_DAYS = 14


def story_night(
    expr: TimeExpr,
    iv: Interval | None,
    narrative: Interval | None,
    now: Interval | None,
    news: bool,
) -> Interval | None:
    """The night ``expr`` ("overnight", resolved to ``iv``) names when the story is not
    set at the time of writing (``news`` false) and its time (``narrative``) lies well
    before ``now``: a day and the one before, or a coarser time as it is; else ``iv``."""
    if news or expr.text.lower() != "overnight" or narrative is None or now is None:
        return iv
    if (now.lo - narrative.hi).days <= _OLD_DAYS:
        return iv
    if narrative.precision == "day" and narrative.lo == narrative.hi:
        return day_interval(narrative.lo - timedelta(days=1), narrative.lo)
    return narrative


def entry_night(expr: TimeExpr, iv: Interval | None, entry: Interval | None) -> Interval | None:
    """The day of the dated entry ``entry`` for an "overnight" (resolved to ``iv``) told
    on the entry's own line; else ``iv``."""
    if expr.text.lower() != "overnight" or entry is None or entry.precision != "day":
        return iv
    return entry if entry.lo == entry.hi else iv
