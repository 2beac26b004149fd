""" "Lasted two weeks": a length given as the object of "last", with no "for" ("the
protests that began on 28 December lasted barely two weeks", "a strike that began on
22 May and lasted about ten days").

Used by :func:`unrest.extract._date_lasting.lasting`.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract._date_base import words
from unrest.extract._date_syntax import _count, trigger_verb

_LAST_VERBS = frozenset({"last", "continue", "run"})
_OBJECTS = frozenset({"npadvmod", "dobj", "obj", "attr"})


def _lasting_verbs(trigger: Token) -> list[Token]:
    """The verbs that may say how long the event of ``trigger`` lasted: the verb the event
    noun is the subject of, the trigger's own verb and a verb joined to it ("began on 22
    May and lasted about ten days")."""
    verb = trigger_verb(trigger)
    found = [verb]
    if trigger.dep_ in ("nsubj", "nsubjpass"):
        found.append(trigger.head)
    found += [c for c in verb.children if c.dep_ == "conj"]
    return [v for v in found if v.lemma_.lower() in _LAST_VERBS]


def lasted_length(trigger: Token) -> tuple[int, str] | None:
    """The length (count, unit) a "lasted N units" of the event's clause gives, if any."""
    units = words()["units"]
    for verb in _lasting_verbs(trigger):
        for noun in verb.children:
            unit = noun.lemma_.lower()
            if noun.dep_ in _OBJECTS and unit in units:
                n = _count(noun)
                if n:
                    return n, unit
    return None
