"""A weekday of last week ("on Tuesday last week", "Tuesday of last week"): that weekday
in the calendar week (Monday to Sunday) before the week of now, not the latest Tuesday
before now ("... detained on Tuesday last week" in a Thursday's report is nine days
back, not two)."""

from __future__ import annotations

import re
from datetime import timedelta

from unrest.extract._date_base import Anchor, Interval, Resolver, _lexicon, day_interval


def weekday_last_week(g: re.Match[str]) -> Resolver:
    """The resolver of a weekday of last week; group 1 is the weekday's name."""
    target = _lexicon().weekdays[g[1].capitalize()]

    def res(a: Anchor) -> Interval | None:
        pub = a.published
        if pub is None or pub.precision != "day":
            return None
        monday = pub.lo - timedelta(days=pub.lo.weekday())
        return day_interval(monday - timedelta(days=7 - target))

    return res
