"""Round-five cues for event triggers (private to ``events``).

* people who "*clashed* with police" (the verb of the noun "clashes") were
  protesting; ministers who "clashed over the budget" were not, so the other side
  must be the police or other forces;
* people who "*were* on the streets" (or "in the streets", "on the roads") were out
  protesting; "the streets were empty" or "a house on the street" are not.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract import _modality as mod
from unrest.extract._events_syntax import names_people
from unrest.extract._tree import prep_objects

__all__ = ["clashed_with_forces", "out_in_the_streets"]

_FORCES = frozenset(
    {
        *("police", "policeman", "officer", "force", "troop", "soldier", "army", "guard"),
        *("militia", "militiaman", "basij", "gendarme", "agent", "military", "riot"),
    }
)


_BEING = frozenset({"be", "remain", "stay"})
_STREETS = frozenset({"street", "road"})
_NOBODY = frozenset({"nobody", "none", "noone", "it", "this", "that"})


def clashed_with_forces(verb: Token) -> bool:
    """ "students *clashed* with police on the bridge", "crowds clashed with security forces"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "clash":
        return False
    return any(_forces(p) for p in prep_objects(verb, ("with",)))


def out_in_the_streets(verb: Token) -> bool:
    """ "within hours people *were* on the roads", "have been on the streets for ten days"."""
    if verb.lemma_.lower() not in _BEING:
        return False
    onto = mod.ontology()
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not any(names_people(s, onto) and s.lower_ not in _NOBODY for s in subjects):
        return False
    return any(_the_streets(p) for p in prep_objects(verb, ("on", "in")))


def _the_streets(noun: Token) -> bool:
    """ "the streets", "the roads" (plural, definite)."""
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    return noun.lemma_.lower() in _STREETS and noun.tag_ == "NNS" and definite


def _forces(noun: Token) -> bool:
    """Police or other forces ("riot police", "security forces", "the army")."""
    words = {noun.lemma_.lower(), noun.lower_}
    words |= {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")}
    return bool(words & _FORCES)
