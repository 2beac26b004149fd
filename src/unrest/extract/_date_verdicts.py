"""Verdicts dated only by the deed they punish.

"He was convicted of stabbing a guard on 17 November" dates the stabbing, not the
verdict: the conviction came some time between the deed and the time the story has
reached. Such a verdict runs from the deed's month to the month of the narrative time in
force (or of publication), the span the text supports.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract._date_base import Interval, coarsen, spanning
from unrest.extract._date_syntax import ancestors

# Verbs of a verdict whose gerund complement names the deed punished.
_VERDICT_LEMMAS = frozenset({"convict", "sentence", "jail", "imprison", "condemn", "find"})
# Prepositions that introduce the deed ("convicted of", "jailed for", "sentenced over").
_DEED_PREPS = frozenset({"of", "for", "over"})
_VERBAL = frozenset({"VERB", "AUX"})


def in_deed(date_head: Token, trigger: Token) -> bool:
    """Whether a date at ``date_head`` dates the deed of a verdict ``trigger`` ("convicted
    of blocking a road on 25 September"): it hangs in a gerund clause introduced by "of",
    "for" or "over" under the verdict verb."""
    if trigger.lemma_.lower() not in _VERDICT_LEMMAS or trigger.pos_ not in _VERBAL:
        return False
    up = ancestors(date_head)
    if trigger not in up:
        return False
    for tok in up[: up.index(trigger)]:
        if (
            tok.dep_ == "pcomp"
            and tok.pos_ in _VERBAL
            and tok.head.lower_ in _DEED_PREPS
            and tok.i > trigger.i
        ):
            return True
    return False


def after_deed(deed: Interval, story: Interval | None, now: Interval | None) -> Interval:
    """The time of a verdict on a deed at ``deed``: from the deed's month to the month of
    ``story`` (the narrative time, else publication, ``now``, at most) when that lies
    later, else the deed."""
    end = story or now
    if end is not None and now is not None and now.hi < end.hi:
        end = now
    if end is None or end.hi <= deed.hi:
        return deed
    return spanning(coarsen(deed, "month"), coarsen(end, "month"))
