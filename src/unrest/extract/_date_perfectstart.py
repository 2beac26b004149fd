"""Where an undated present perfect of the writer starts: the story's start.

"Protests began on 15 July and have continued every night since. They spread during
the following week to four more towns. Crowds have blocked roads with burning tyres":
the present perfect tells the episode up to the time of writing, from its start, not
from the week the story had reached; so it does after a single day in force ("On Monday
... Students have refused to attend classes"). A clause with a "since" of its own ("have
since spread", "since noon") runs from the day in force. The start is the one told up
to the sentence (:meth:`unrest.extract.when.Timeline`), not one of a story told further
on. Used by :mod:`unrest.extract.when`.
"""

from __future__ import annotations

from unrest.extract._date_base import Interval

# Days the story's start may lie before the time in force and still open the episode.
_EPISODE_DAYS = 31


def perfect_start(
    narrative: Interval,
    start: Interval | None,
    now: Interval,
    tally: bool = False,
    reaches_back: bool = False,
) -> Interval:
    """The story's ``start`` (a day) when the time in force ``narrative`` is a stretch of
    days ("the following week") a little after it, and the episode it opens runs up to
    ``now``; else ``narrative``. A ``tally`` ("monitors have counted 171 detentions")
    counts the whole episode, from its start even after a single day in force; so does a
    clause that ``reaches_back`` (no "since" of its own: "since noon", "have since
    spread")."""
    if start is None or start.precision != "day" or narrative.precision != "day":
        return narrative
    if narrative.lo == narrative.hi and not (tally or reaches_back):
        return narrative  # "have since spread": from the day in force, not the backstory
    if not start.lo < narrative.lo or (narrative.lo - start.lo).days > _EPISODE_DAYS:
        return narrative
    if (now.lo - start.lo).days > _EPISODE_DAYS:
        return narrative
    return Interval(start.lo, start.lo, "day")
