"""Aircraft brought down, for :mod:`unrest.extract.where`.

An airliner shot down after take-off falls outside the city it left: a sentence
that borrows the city in force ("the airliner was shot down by mistake, the armed
forces said") places the downing in that city's province, as "near X" and "took
off from X" already do for a city named in the sentence itself.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from unrest.extract._where_coarse import AIRBORNE

__all__ = ["airborne"]

#: Dependents that name the people a trigger befalls ("all 176 people ... were killed").
_PEOPLE = {"nsubj", "nsubjpass", "dobj"}

#: Dependents through which an aircraft is what the trigger acts on.
_TARGETS = {"dobj", "nsubjpass", "pobj"}
#: Prepositions whose object is what was fired at ("fired two missiles at the plane").
_AT = {"at", "on", "into"}


def _aircraft(tok: Token) -> bool:
    """Whether ``tok`` is a noun for an aircraft ("the airliner", "Flight 752")."""
    return tok.lower_ in AIRBORNE and tok.pos_ in ("NOUN", "PROPN")


def _on_board(noun: Token) -> bool:
    """Whether the people ``noun`` names were on board ("all 176 people on board",
    "everyone aboard")."""
    return any(
        t.lower_ == "aboard" or t.lower_ == "board" and t.head.lower_ == "on" for t in noun.subtree
    )


def airborne(trigger: Span) -> bool:
    """Whether the trigger acts on an aircraft: "the airliner was shot down", "brought
    down the plane", "fired missiles at the aircraft", or on the people on board ("all
    176 people on board were killed")."""
    root = trigger.root
    for child in root.children:
        if child.dep_ in ("dobj", "nsubjpass") and _aircraft(child):
            return True
        if child.dep_ in _PEOPLE and _on_board(child):
            return True  # "all 176 people on board were killed"
        # "fired two missiles at the plane": "at" on the verb or on its object
        holders = [child, *child.children] if child.dep_ == "dobj" else [child]
        if any(_fired_at(h) for h in holders):
            return True
    return False


def _fired_at(prep: Token) -> bool:
    """Whether ``prep`` is "at" (or "on") an aircraft."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in _AT
        and any(g.dep_ in _TARGETS and _aircraft(g) for g in prep.children)
    )
