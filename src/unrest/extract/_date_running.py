"""A state that still holds at the time of writing: "remain in detention", "remains blocked".

"Several other reporters remain in detention", "students who remain in custody", "were
arrested in September and remain in prison", "Instagram remains blocked": the present
tense of a verb of persistence tells a state that began with the event and still holds
when the story is written. The mention runs from the event's time up to publication.
With no time of its own in the clause, a detention that persists dates from the start of
the story's unrest, when the people still held were taken (not the later day the story
has reached); an outage keeps the time in force as its start. People a pronoun takes
up with no time of their own ("They remain in prison") are those of the event just told,
whose mention keeps that event's time (it is merged with it). A count that stands ("the
toll stays at 176") is no state. Reads the trigger's parse; used by
:mod:`unrest.extract.when`.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract._date_base import Interval, spanning
from unrest.extract._date_syntax import trigger_verb
from unrest.extract._date_upto import ending_at
from unrest.extract._tense import PRESENT_TAGS

# Verbs whose present tense tells a state that lasts up to the time of speaking.
_PERSIST = frozenset({"remain", "stay"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def _persists(verb: Token) -> bool:
    """Whether ``verb`` is a present-tense verb of persistence, not under a modal ("remain
    in custody", not "may remain", "remained")."""
    return (
        verb.lemma_.lower() in _PERSIST
        and verb.tag_ in PRESENT_TAGS
        and not any(c.tag_ == "MD" for c in verb.children)
    )


def _measure(verb: Token) -> bool:
    """Whether ``verb`` holds a quantity at a level ("the toll stays at 176", "remains
    at 300"): a count that stands, not a state of the people or things counted."""
    return any(
        c.dep_ == "prep" and c.lower_ == "at" and any(o.like_num for o in c.subtree)
        for c in verb.children
    )


def _persisting(trigger: Token) -> Token | None:
    """The verb of persistence that tells the state of the clause of ``trigger``: its own
    verb ("who remain in detention", "mobile data remains unavailable"), or a verb joined
    to it with the same subject ("were arrested in May and remain in prison")."""
    verb = trigger_verb(trigger)
    if _persists(verb):
        return None if _measure(verb) else verb
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "conj"
            and _persists(c)
            and not _measure(c)
            and not any(g.dep_ in _SUBJECTS for g in c.children)
        ),
        None,
    )


def still_holds(trigger: Token) -> bool:
    """Whether the clause of ``trigger`` tells a state that holds at the time of writing."""
    return _persisting(trigger) is not None


def _anaphoric(verb: Token) -> bool:
    """Whether the subject of ``verb`` is a personal pronoun ("They remain in prison"):
    the people the story has just told of, at the time in force."""
    return any(c.dep_ in _SUBJECTS and c.tag_ == "PRP" for c in verb.children)


def held_to_now(
    trigger: Token,
    iv: Interval,
    start: Interval | None,
    now: Interval | None,
    undated: bool,
    outage: bool = False,
) -> Interval:
    """``iv`` run up to ``now`` when the clause of ``trigger`` tells a state that still
    holds, its end as precise as ``now``. An ``undated`` clause (``iv`` the time in
    force) of a detention opens at the story's ``start`` when that lies before ``iv``;
    one whose subject is a pronoun keeps ``iv``."""
    verb = _persisting(trigger) if now is not None and iv.hi <= now.hi else None
    if verb is None or now is None:
        return iv
    if undated and _anaphoric(verb):
        return iv
    first = iv
    if undated and not outage and start is not None and start.lo < iv.lo:
        first = start
    return ending_at(spanning(first, now), now)
