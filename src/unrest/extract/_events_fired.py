"""Shooting told without a shooting verb (private to ``events``).

* "residents said *the shots came from* security forces", "witnesses say the
  bullets came from the rooftops": where the shots came from tells a shooting;
* "the car *came under fire*", "the convoy came under attack".

Force aimed at a crowd ("fired tear gas at the crowds") is deliberately not
taken as a protest as well: most development sets annotate only the attack.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract._tree import prep_objects

__all__ = ["came_under_fire", "shots_came_from"]

_SHOT_NOUNS = frozenset({"shot", "bullet", "gunfire", "round"})
_UNDER_NOUNS = frozenset({"fire", "gunfire", "attack"})


def shots_came_from(tok: Token) -> bool:
    """ "the shots *came* from security forces", "bullets came from the rooftops"."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "come":
        return False
    shots = any(c.dep_ == "nsubj" and c.lemma_.lower() in _SHOT_NOUNS for c in tok.children)
    source = any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children)
    return shots and source


def came_under_fire(tok: Token) -> bool:
    """ "the vehicle *came* under fire", "the convoy came under attack"."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "come":
        return False
    return any(g.lemma_.lower() in _UNDER_NOUNS for g in prep_objects(tok, ("under",)))
