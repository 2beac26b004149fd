"""Whether a toll a monitor keeps is still running at the time of writing.

"Human rights monitors have counted at least 171 detentions" in a story about unrest
of the last days counts the whole episode up to the time of writing; "Amnesty has
documented 304 deaths" months after the unrest is a retrospective count of the
unrest's time, and "have confirmed the deaths of 10 men in the shooting" counts one
definite event, dated by it. Reads the trigger's parse and the time in force; used by
:mod:`unrest.extract.when` (with :func:`unrest.extract._date_syntax.spans_to_now`).
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract._date_base import Interval
from unrest.extract._tree import prep_objects

# Days the time in force may lie before publication for a kept toll to run up to it:
# within three weeks the unrest is still being counted.
_TALLY_DAYS = 21
_WITHIN = frozenset({"in", "during", "at"})
_DEFINITE = frozenset({"the", "that", "this"})


def of_one_event(trigger: Token) -> bool:
    """Whether the counted noun ``trigger`` is bound to one definite event through "in",
    "during" or "at" ("the deaths of 10 men in the shooting", "arrests during the
    raid"): a singular common noun with a definite determiner, not a place or a
    plural stretch ("in 37 cities", "during the protests")."""
    return any(
        obj.tag_ == "NN"
        and not obj.ent_type_
        and any(d.dep_ == "det" and d.lower_ in _DEFINITE for d in obj.children)
        for obj in prep_objects(trigger, _WITHIN)
    )


def running_tally(trigger: Token, narrative: Interval, now: Interval) -> bool:
    """Whether a toll kept by a monitor (``trigger`` the counted noun) runs from the time
    in force ``narrative`` up to ``now``: the story is recent and the toll counts no one
    definite event."""
    return (now.lo - narrative.hi).days <= _TALLY_DAYS and not of_one_event(trigger)
