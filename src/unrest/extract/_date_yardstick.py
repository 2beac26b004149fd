"""Events told inside a yardstick: a date set against the story's time ("deadlier than
the unrest of November 2019", "Unlike November 2019, when ...") is no time for the
story's events, but it is the time of what the compared phrase itself tells: "the unrest
of November 2019, *in which* Amnesty recorded 304 deaths", "Unlike November 2019, *when
the country was cut off* for a week".

Reads the dependency tree of a contrast date (see :func:`unrest.extract._date_found.
is_contrast`) and a trigger; writes nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["dated_phrase", "inside_yardstick"]

# How a date hangs on the noun it dates: "the unrest of November 2019", "the November
# 2019 unrest", "the 2019 protests".
_ON_NOUN = frozenset({"compound", "nmod", "amod", "nummod"})


def dated_phrase(date_head: Token) -> Token:
    """The head of the phrase the date ``date_head`` belongs to: the noun it dates, or
    the date itself."""
    if date_head.dep_ == "pobj" and date_head.head.lower_ == "of":
        prep = date_head.head
        if prep.head.pos_ in ("NOUN", "PROPN"):
            return prep.head
    if date_head.dep_ in _ON_NOUN and date_head.head.pos_ in ("NOUN", "PROPN"):
        return date_head.head
    return date_head


def inside_yardstick(date_head: Token, trigger: Token) -> bool:
    """Whether ``trigger`` is told inside the clause that describes the phrase a contrast
    date belongs to (a relative clause or its own noun's modifiers): the date is its
    time. The phrase's own noun is not inside ("deadlier than the 2019 protests"): it
    is the yardstick itself, not the story's event."""
    phrase = dated_phrase(date_head)
    if trigger.i == phrase.i or trigger.i == date_head.i:
        return False
    if any(tok.i == phrase.i for tok in trigger.ancestors):
        return True
    return any(_when_after(tok, phrase) for tok in [trigger, *trigger.ancestors])


def _when_after(clause: Token, phrase: Token) -> bool:
    """Whether ``clause`` is a "when" clause that follows the dated ``phrase`` right after
    its comma ("Unlike November 2019, when the country was cut off"): the parser hangs it
    on the main verb, but it is the time's own relative clause."""
    if clause.dep_ != "advcl" or clause.left_edge.lower_ != "when":
        return False
    between = phrase.doc[phrase.right_edge.i + 1 : clause.left_edge.i]
    if phrase.right_edge.text == ",":
        return len(between) == 0
    return len(between) == 1 and between[0].text == ","
