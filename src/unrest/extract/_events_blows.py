"""Blows dealt by hand (private to ``events``).

"He was *punched* and *kicked* in a police station", "an officer *slapped* me",
"the interrogator *slammed* his head against a table": a blow dealt to a person
(or to a part of their body) is force used against people. With a particle the
verb means something else ("*kicked* out of university", "slapped down") and
stays out; so does a blow to a thing ("slammed the door").
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract import _modality as mod

__all__ = ["blow_to_person"]

_BLOW_VERBS = frozenset({"punch", "kick", "slap", "slam"})
_PARTICLES = frozenset({"out", "off", "up", "down", "back", "away", "in"})
_BODY = frozenset({"head", "face", "body", "chest", "back", "stomach"})
_THINGS = frozenset({"it", "this", "that", "what", "which", "something", "everything"})


def blow_to_person(verb: Token) -> bool:
    """Whether ``verb`` deals a blow by hand or foot to a person or their body."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _BLOW_VERBS:
        return False
    if any(c.dep_ == "prt" or c.lower_ in _PARTICLES and c.i == verb.i + 1 for c in verb.children):
        return False  # "kicked out of", "slapped down"
    return any(p.lemma_.lower() in _BODY or _person(p) for p in _patients(verb))


def _person(noun: Token) -> bool:
    """A pronoun, a person noun of the ontology or a person's name ("slapped *me*")."""
    if noun.pos_ == "PRON":
        return noun.lower_ not in _THINGS
    people = mod.ontology().words("person_nouns")
    return noun.ent_type_ == "PERSON" or noun.lemma_.lower() in people


def _patients(verb: Token) -> list[Token]:
    """Direct objects and passive subjects, shared with the first verb of a
    conjunction ("he was punched and *kicked*")."""
    own = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if own or verb.dep_ != "conj":
        return own
    return [c for c in verb.head.children if c.dep_ in ("dobj", "nsubjpass")]
