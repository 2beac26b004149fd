"""Places of the events a sentence dates itself by.

"On 27 December, a day before the Mashhad protest, a woman climbed a box in Tehran",
"police detained students in Shiraz after the Zahedan massacre": the town that
names an earlier (or later) event used as a time anchor is that event's place, not
the place of what the sentence tells. The anchor is an event noun led by a
preposition of time, its town a modifier of the noun ("the Mashhad protest",
"Zahedan's massacre"); "after Friday prayers in Zahedan" sets the scene and stays.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from unrest.extract._where_toponyms import Toponym

__all__ = ["anchored", "time_anchor"]

#: Prepositions that date a clause by another event.
_TIME_PREPS = {"before", "after", "since", "until", "following", "during", "ahead"}
#: Nouns of events that serve as time anchors.
_EVENT_NOUNS = {
    "protest",
    "protests",
    "uprising",
    "massacre",
    "crackdown",
    "killing",
    "killings",
    "riots",
    "unrest",
    "demonstration",
    "demonstrations",
    "rally",
    "march",
    "strike",
    "strikes",
    "attack",
    "bombing",
    "shooting",
    "execution",
    "executions",
    "fire",
    "collapse",
    "earthquake",
    "clashes",
    "events",
}


def time_anchor(top: Toponym) -> Token | None:
    """The event noun ``top`` names the place of, when that noun dates its clause."""
    root = top.span.root
    if root.dep_ not in ("compound", "poss", "amod", "nmod"):
        return None
    noun = root.head
    if noun.lower_ not in _EVENT_NOUNS or noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lower_ == "ahead":
        prep = prep.head  # "ahead of the X rally"
    return noun if prep.lower_ in _TIME_PREPS else None


def anchored(top: Toponym, trigger: Span | None = None) -> bool:
    """Whether ``top`` only places an anchor event, which ``trigger`` (if any) is not."""
    noun = time_anchor(top)
    if noun is None:
        return False
    return trigger is None or not trigger.start <= noun.i < trigger.end
