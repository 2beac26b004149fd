"""Reported summaries of a recent wave run from the wave's start.

"Protests broke out on Friday over the fuel-price rise ... On Saturday police fired tear
gas in Shiraz ... A lawmaker said on Tuesday that 1,000 people had been arrested": a
past-perfect summary under a report, with no time of its own, which the sweep dates
from the day the story had reached up to the report (or the time of writing), in fact
runs from the wave's start (the story's first day). Only a span of days already open
up to a later time is widened, when the wave began at most a week before that span and
a month before publication. Kept as they are: one known person's or thing's act ("the
driver had been arrested"), "had since spread" (from the time in force), and the
writer's own present perfect (:mod:`unrest.extract._date_perfectstart`). Used by
:mod:`unrest.extract.when`.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract._date_base import Interval
from unrest.extract._date_syntax import reported_flashback, trigger_verb

# Days the wave's start may lie before publication.
_WAVE_DAYS = 31
# Days the wave's start may lie before the span's start: a story that has moved on for
# longer has reached a new episode with its own start.
_LAG_DAYS = 7


def wave_span(
    trigger: Token, iv: Interval, start: Interval | None, now: Interval | None
) -> Interval:
    """``iv`` opened at the wave's ``start`` when ``iv`` is a span of days (up to a report
    or to ``now``) that starts a little after the wave's first day and ``trigger`` is in
    a reported past-perfect summary; else ``iv``."""
    if start is None or now is None or start.precision != "day":
        return iv
    if iv.precision != "day" or iv.lo_precision is not None or not iv.lo < iv.hi:
        return iv
    if not start.lo < iv.lo or (iv.lo - start.lo).days > _LAG_DAYS:
        return iv
    if (now.lo - start.lo).days > _WAVE_DAYS or iv.hi > now.hi:
        return iv
    verb = trigger_verb(trigger)
    if not reported_flashback(trigger) or _one_known(verb) or _since_then(verb):
        return iv
    return Interval(start.lo, iv.hi, "day")


def _since_then(verb: Token) -> bool:
    """Whether ``verb`` (or the verb it is coordinated with) is modified by a bare "since"
    ("They have since spread to ten cities"): it runs from the time in force."""
    heads = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(c.lower_ == "since" and c.dep_ == "advmod" for h in heads for c in h.children)


def _one_known(verb: Token) -> bool:
    """Whether the subject of ``verb`` is one known person or thing ("The attacker has
    been arrested", "Ahmadi had been detained"): an act of its own, not a summary."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            if c.tag_ == "NNP" and c.ent_type_ == "PERSON":
                return True
            return c.tag_ == "NN" and any(
                d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in c.children
            )
    return False
