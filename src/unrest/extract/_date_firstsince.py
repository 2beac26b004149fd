"""The unrest's onset in a story told long after it began: the earliest "since" episode.

An annual report, an anniversary piece or a statement on executions tells mostly of late
events (a verdict on 29 November, an execution on 12 December) but dates the unrest
itself once with "since": "Since the death in custody of Mahsa Amini in September,
security forces have killed at least 469 protesters". The story's start found from the
times that set the narrative (:func:`unrest.extract._date_tolls.story_start`) is then a
late day of that story, while the text itself says the unrest has run since an earlier
time. What the story counts up to the time of writing ("More than 18,000 people have
been arrested") runs from that earlier onset. Reads the start found so far and the
episodes the sweep opened (each a "since X" span up to its "now"); used by
:mod:`unrest.extract._date_sweep`.
"""

from __future__ import annotations

from unrest.extract._date_base import Interval, coarsen

# Days an episode may open before the story's start and still be the same unrest's onset:
# a "since" reaching further back names a standing condition ("in detention since 2019").
_ONSET_REACH = 183
# Calendar months the story's start must lie after the episode's for the story to be told
# long after the unrest began (a start weeks later is the story's own first day).
_LATER_MONTHS = 2


def earliest_onset(start: Interval | None, episodes: list[Interval | None]) -> Interval | None:
    """The start of the earliest episode when ``start`` lies at least ``_LATER_MONTHS``
    calendar months and at most ``_ONSET_REACH`` days after it, at that episode's own
    precision ("since September": September); else ``start``."""
    opened = [ep for ep in episodes if ep is not None]
    if start is None or not opened:
        return start
    first = min(opened, key=lambda ep: ep.lo)
    months = (start.lo.year - first.lo.year) * 12 + start.lo.month - first.lo.month
    if months < _LATER_MONTHS or (start.lo - first.lo).days > _ONSET_REACH:
        return start
    precision = first.lo_precision or first.precision
    return coarsen(Interval(first.lo, first.lo, "day"), precision)
