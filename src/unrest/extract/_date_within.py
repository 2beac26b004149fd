"""Uncounted spans after the narrative's time: "within days", "within a few weeks".

"Protests broke out at her funeral and within weeks had reached every province": the
event runs from the narrative's time to a few days (or weeks) after it, cut at the time
of writing. Days keep day precision; weeks are read to the month. A counted span
("within two days") is read by :func:`unrest.extract._date_resolvers._within`. Used by
:mod:`unrest.extract._date_rules`.
"""

from __future__ import annotations

import re
from datetime import timedelta

from unrest.extract._date_base import Anchor, Interval, Resolver

WITHIN_RE = r"\bwithin\s+(?:a\s+few\s+|several\s+|a\s+matter\s+of\s+)?(days|weeks)\b"

#: Days an uncounted "within days" or "within weeks" reaches after the narrative's time.
_REACH = {"days": 5, "weeks": 28}


def is_uncounted_window(text: str) -> bool:
    """Whether ``text`` is an uncounted "within days" or "within weeks": a span after the
    narrative's time that leaves the narrative's time where it was."""
    return re.fullmatch(WITHIN_RE, text.strip(), re.IGNORECASE) is not None


def within_uncounted(g: re.Match[str]) -> Resolver:
    """The resolver of a match of :data:`WITHIN_RE`: from the start of the narrative's
    time (a day) to a few days or weeks after it, no later than the time of writing."""
    unit = g[1].lower()

    def res(a: Anchor) -> Interval | None:
        ref = a.narrative
        if ref is None or ref.precision != "day":
            return None
        hi = ref.lo + timedelta(days=_REACH[unit])
        if a.published is not None and a.published.precision == "day":
            hi = max(ref.lo, min(hi, a.published.hi))
        if unit == "days":
            return Interval(ref.lo, hi, "day")
        return Interval(ref.lo, hi, "month", "day")

    return res
