"""Counts of another event than the mention's: "police fired on crowds on Saturday, a
day after the deadliest day of unrest, when dozens were killed".

Private helper of :mod:`unrest.extract.figures`. A kind word (the "killed" that says
what befell the counted people) reached from the trigger only through a phrase or
clause set at another time ("a day after ...", "before ...") tells of that other time's
event, not of the mention's. Only a finite clause of its own counts: a participle
("..., killing all 176") belongs to the main clause whatever the parser says.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

_OTHER_TIME = frozenset({"after", "before"})  # not "since": "killed since the raid"
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def elsewhen(giver: Token, trigger: Span) -> bool:
    """Whether ``giver`` sits in a phrase or clause of another time than the trigger's.

    Climbs from ``giver`` to the first ancestor that also governs the trigger; any
    "after"/"before"/"since" on the way (a preposition, or the mark of a clause)
    sets the giver at another time.
    """
    if trigger.start <= giver.i < trigger.end or not _own_clause(giver):
        return False
    above = {a.i for a in trigger.root.ancestors} | {t.i for t in trigger}
    tok = giver
    while tok.i not in above:
        if tok.dep_ == "prep" and tok.lower_ in _OTHER_TIME:
            return True
        if any(c.dep_ == "mark" and c.lower_ in _OTHER_TIME for c in tok.children):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _own_clause(verb: Token) -> bool:
    """A verb with a subject of its own ("dozens were killed"), not a bare participle."""
    return any(c.dep_ in _SUBJECTS for c in verb.children)


def _clause_verb(tok: Token) -> Token | None:
    """``tok`` if it is a verb, else its nearest verb ancestor."""
    for cand in [tok, *tok.ancestors]:
        if cand.pos_ in {"VERB", "AUX"}:
            return cand
    return None


def in_coordinate_clause(start: Token, trigger: Span) -> bool:
    """A count that is the subject of a clause coordinated with the trigger's, each with a
    subject of its own, whose verb tells an act of its own (an object or a phrase of
    place): in "merchants pulled down their shutters, and *thousands* marched to
    parliament" the marchers are the march's people, not the shutdown's."""
    if start.dep_ not in _SUBJECTS or start.head.pos_ not in {"VERB", "AUX"}:
        return False
    verb, own = start.head, _clause_verb(trigger.root)
    if own is None or verb == own or not _own_clause(own):
        return False
    if verb not in own.conjuncts or trigger.root in set(verb.subtree):
        return False
    # a bare verb refers back to the trigger's event: "held a vigil, and 400 people came"
    return any(c.dep_ in {"dobj", "prep", "xcomp"} for c in verb.children)
