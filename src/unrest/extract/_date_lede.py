"""Events told before the text names any time: the lede of a story.

"Demonstrations that began at a funeral have reached the capital", "Iranians have taken
to the streets in cities large and small": a lede in the present perfect tells the story
so far, from its start up to the time of writing. A lede in the past ("All 176 people on
board were killed.") tells what the next sentences then date: it takes the first time the
story sets after it. Used by :mod:`unrest.extract.when` as the last resort of an event
with no date of its own and no narrative time in force.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract._date_base import Interval, spanning
from unrest.extract._date_syntax import spans_to_now
from unrest.extract._date_upto import ending_at

#: Sentences after a lede within which the story sets its time.
_AHEAD = 5
#: Days a story's start may lie before the time of writing for a lede to run from it.
_MAX_DAYS = 366


def next_time(set_by: list[Interval | None], first: int) -> Interval | None:
    """The first time the story sets in the few sentences after sentence ``first``."""
    ahead = set_by[first + 1 : first + 1 + _AHEAD]
    return next((iv for iv in ahead if iv is not None), None)


def lede(
    head: Token,
    first: int,
    set_by: list[Interval | None],
    start: Interval | None,
    now: Interval | None,
) -> Interval | None:
    """The date of the event cued by ``head`` in sentence ``first``, told before any time:
    the story's ``start`` (or the next time the story sets) up to ``now`` for a clause
    that runs up to the time of writing; else the next time the story sets. None when
    neither is known or the time lies after ``now``."""
    ahead = next_time(set_by, first)
    if now is not None and spans_to_now(head):
        begin = start or ahead
        if begin is not None and begin.lo <= now.lo and (now.lo - begin.lo).days <= _MAX_DAYS:
            return ending_at(spanning(begin, now), now)
    if ahead is None or (now is not None and ahead.lo > now.hi):
        return None
    return ahead
