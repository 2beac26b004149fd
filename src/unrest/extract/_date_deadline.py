"""What had happened "by" a time: a running count, or an act reached on the next day.

"By 17 January, more than 600 people had been arrested" sums up what happened from the
time in force up to the deadline: a span (see :func:`unrest.extract._date_spans.by_span`).
"By Monday, shopkeepers had closed their businesses", "By the following morning the
authorities had blocked Telegram", told the day or two after the day in force, move the
story on by one step: an agent's act reached on the deadline's day, which dates it. The
span stays when the clause counts its participants (its subject or object carries a
number or a "dozens": "had spread to more than 100 cities" counts cities, not people),
when it is passive (a state resulting from an act at any time before: "By the next
morning the governor's office had been burned"), when the time in force is no single
day ("began last week ... By Tuesday they had spread"), or when the deadline lies
further on.

Reads the dependency tree of a trigger and two intervals; writes nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract._date_syntax import records_toll, trigger_verb
from unrest.extract._date_tolls import is_count
from unrest.extract._dates import Interval

__all__ = ["next_step"]

_PARTICIPANTS = frozenset({"nsubj", "nsubjpass", "dobj"})
# Days after the time in force within which a deadline is the story's next step.
_STEP_DAYS = 2


def _counts_participants(trigger: Token, verb: Token) -> bool:
    """Whether the clause counts its participants or victims ("600 people had been
    arrested", "had recorded 124 deaths", "dozens of killings"), or records a toll."""
    if records_toll(trigger) or any(is_count(c) for c in trigger.children):
        return True
    return any(
        c.dep_ in _PARTICIPANTS and any(is_count(t) for t in c.subtree) for c in verb.children
    )


def next_step(trigger: Token, deadline: Interval, narrative: Interval | None) -> bool:
    """Whether the past-perfect act of ``trigger`` "by" ``deadline`` is the story's next
    step after ``narrative`` (see the module docstring): dated by the deadline alone."""
    if narrative is None or deadline.precision != "day" or narrative.precision != "day":
        return False
    if narrative.lo != narrative.hi or not narrative.hi < deadline.lo:
        return False
    if (deadline.lo - narrative.hi).days > _STEP_DAYS:
        return False
    verb = trigger_verb(trigger)
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    return not _counts_participants(trigger, verb)
