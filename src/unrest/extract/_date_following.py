"""Weeks after the narrative's time: "in the following weeks", "over the next few weeks",
"in the weeks that followed".

They run from the time last mentioned to the end of the month after it, at month
precision (the start kept as finely as it is known: "arrested on 22 September ... and
more in the following weeks"). Used by :mod:`unrest.extract._date_rules`.
"""

from __future__ import annotations

import re
from datetime import timedelta

from unrest.extract._date_base import Anchor, Interval, Resolver, _add_months, month_interval

FOLLOWING_WEEKS_RE = (
    r"\b(?:in|over|during|throughout)\s+the\s+(?:(?:following|next|subsequent)\s+"
    r"(?:few\s+|several\s+|two\s+|three\s+)?weeks\b|(?:few\s+)?weeks\s+that\s+followed\b)"
)


_COUNTED = {"two": 2, "three": 3}


def following_weeks(g: re.Match[str]) -> Resolver:
    """The resolver of a match of :data:`FOLLOWING_WEEKS_RE`: from the end of the time last
    mentioned to as many weeks after it as counted, else to the end of the next month."""
    count = next((n for w, n in _COUNTED.items() if re.search(rf"\b{w}\b", g[0], re.I)), 0)

    def res(a: Anchor) -> Interval | None:
        ref = a.antecedent
        if ref is None or ref.precision == "year":
            return None
        if count:
            hi = ref.hi + timedelta(days=7 * count)
        else:
            hi = month_interval(*_add_months(ref.hi.year, ref.hi.month, 1)).hi
        day = (ref.lo_precision or ref.precision) == "day" and ref.precision == "day"
        return Interval(ref.hi, hi, "month", "day" if day else None)

    return res
