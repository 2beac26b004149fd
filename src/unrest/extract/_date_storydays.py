"""Days named without month or year inside a story set in an earlier month.

- "that week" while the narrative time is one month: somewhere in that month.
- A day of the month named by its ordinal alone ("on the night of the 12th", "since
  the 3rd"): that day of the month in force (the narrative's month, else the
  publication month, or the month before it when the day is still to come).

Used by :mod:`unrest.extract._date_resolvers` and :mod:`unrest.extract._date_rules`.
"""

from __future__ import annotations

import re

from unrest.extract._date_base import Anchor, Interval, Resolver, _add_months, day_interval
from unrest.extract._date_months import safe_day

# Words after which "the 12th" is a day of the month, not a rank ("the 12th victim").
DAY_PREPOSITIONS = ("on", "of", "since", "until", "till", "by", "from", "before", "after")
_AFTER_PREP = "|".join(rf"(?<=\b[{p[0]}{p[0].upper()}]{p[1:]}\s)" for p in DAY_PREPOSITIONS)
# What may follow the ordinal: punctuation, the end, or a word that starts a new phrase.
_FOLLOW = (
    r"(?=\s*(?:[.,;:!?)\-–—]|$)|\s+(?:the|at|in|on|when|and|or|but|as|after|before|while|until|"
    r"to|from|with|outside|near|by|into|of\s+(?:that|this|the\s+same)\s+month)\b)"
)
ORDINAL_DAY_RE = (
    rf"(?:{_AFTER_PREP})the\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
    rf"(?!\s+(?:of\s+)?[A-Z])(?!\s+century){_FOLLOW}"
)


def one_month(narrative: Interval | None) -> Interval | None:
    """``narrative`` when it is one whole month ("that week" of it is somewhere in it)."""
    if narrative is None or narrative.precision != "month":
        return None
    same = (narrative.lo.year, narrative.lo.month) == (narrative.hi.year, narrative.hi.month)
    return narrative if same else None


def ordinal_day(g: re.Match[str]) -> Resolver:
    """ "the 12th": that day in the month of the narrative (or last date mentioned), else
    in the publication month, or the month before when the day is still to come."""
    n = int(g[1])

    def res(a: Anchor) -> Interval | None:
        ref = a.antecedent
        if ref is not None and ref.precision in ("month", "day"):
            dd = safe_day(ref.lo.year, ref.lo.month, n)
            return day_interval(dd) if dd else None
        pub = a.published
        if pub is None or pub.precision != "day" or (ref is not None and ref.hi < pub.lo):
            return None
        year, month = pub.lo.year, pub.lo.month
        if n > pub.lo.day:
            year, month = _add_months(year, month, -1)
        dd = safe_day(year, month, n)
        return day_interval(dd) if dd else None

    return res
