"""Grievances, for :mod:`unrest.extract.where`.

"Worshippers protested near a police station over the alleged rape of a girl by a
police commander in Chabahar": what a protest is "over" or "against" is its grievance,
and the seat of an official named inside it (the commander's Chabahar) is the
grievance's place, not the protest's; the protest takes the place in force instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from unrest.extract._where_clauses import PUNISHING

if TYPE_CHECKING:
    from unrest.extract._where_toponyms import Toponym

__all__ = ["in_grievance"]

#: Prepositions that give a protest's grievance ("over the killing", "against the rape").
_GRIEVANCE = {"over", "against"}


def in_grievance(top: Toponym, trigger: Span) -> bool:
    """Whether ``top`` lies in a phrase opened by "over"/"against" under the trigger;
    not with a verb of punishment, whose "over" gives the charge ("sentenced over a
    stabbing in X": the court's own city in many reports)."""
    if trigger.root.lemma_.lower() in PUNISHING:
        return False
    for anc in top.span.root.ancestors:
        if anc.i == trigger.root.i:
            return False
        if anc.dep_ == "prep" and anc.lower_ in _GRIEVANCE:
            return trigger.root in anc.ancestors
    return False
