"""Coordinated dates of one event: "in 2018 and 2019", "in December 2021 and again in
January 2022", "the protests of December 2017 and January 2018". The event spans both.

Used by :func:`unrest.extract._date_spans.combine`.
"""

from __future__ import annotations

import re

from unrest.extract._date_base import Interval, coarser, spanning
from unrest.extract._date_found import Found
from unrest.nlp import doc_text

# What may stand between two coordinated dates: "and", "and again in", ", and then on".
_JOINER = re.compile(
    r"\s*,?\s*and\s+(?:(?:again|then|also)\s+)?(?:(?:in|on|during)\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
# The widest gap between two coordinated dates, by the coarser precision: consecutive
# years, months, or days of the same week.
_MAX_GAP_DAYS = {"year": 366, "month": 31, "day": 7}


def _close(a: Interval, b: Interval) -> bool:
    """Whether ``b`` starts after ``a`` and no further on than the next unit."""
    gap = (b.lo - a.hi).days
    return 0 < gap <= _MAX_GAP_DAYS[coarser(a.precision, b.precision)]


def coordinated(best: Found, others: list[Found]) -> Interval | None:
    """The span of ``best`` and a date joined to it by "and" with nothing else between
    them, the later one close after the earlier; None when there is none."""
    iv = best.interval
    if iv is None:
        return None
    text = doc_text(best.head.doc)
    for other in others:
        oiv = other.interval
        if oiv is None or other.expr.role != "point" or best.expr.role != "point":
            continue
        first, second = (best, other) if best.end <= other.start else (other, best)
        if not _JOINER.fullmatch(text[first.end : second.start]):
            continue
        a, b = first.interval, second.interval
        assert a is not None and b is not None
        if _close(a, b):
            return spanning(a, b)
    return None
