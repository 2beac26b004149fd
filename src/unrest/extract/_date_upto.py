"""Spans that run up to the time of writing, with the end as precise as that time.

"since January" in an article of 16 March 2025 runs from January 2025 to 16 March
2025: the start is a month, the end the day of writing. Gold dates a running state
("has been blocked since the end of April", "dozens have been killed since the
protests began") up to the publication or statement day, so the end keeps the
precision of "now" even when the start is coarser.
"""

from __future__ import annotations

from unrest.extract._date_base import _RANK, Interval, coarsen, spanning


def up_to_now(since: Interval, now: Interval) -> Interval:
    """From the period of ``since`` (at its own precision) to the end of ``now``, the
    end at ``now``'s precision when that is finer."""
    start = coarsen(Interval(since.hi, since.hi, "day"), since.precision)
    return ending_at(spanning(start, coarsen(now, since.precision)), now)


def ending_at(span: Interval, now: Interval) -> Interval:
    """``span`` with its end at ``now``'s end and precision when ``now`` is finer
    ("September" to a day of writing, 4 November: September to 4 November)."""
    if _RANK[now.precision] >= _RANK[span.precision]:
        return span
    return Interval(span.lo, now.hi, span.precision, span.lo_precision, now.precision)
