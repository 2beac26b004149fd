"""Releases told of people once detained (private to ``events``).

"Some of those *held* have since been freed on bail", "most of the students who were
*detained* in January have been released": the arrest only names who was released, a
reference back to detentions told before, and the release itself is no event type.
A detention told in a clause of its own ("17 workers were detained, although most were
released within days") still is an arrest, and so is a count of those detained ("some
22,000 people arrested during the unrest had been pardoned").
"""

from __future__ import annotations

from spacy.tokens import Token

_RELEASE_VERBS = {"release", "free", "pardon", "acquit", "discharge", "let", "bail"}
_NAMING = {"acl", "relcl"}


def _release_verb(verb: Token) -> bool:
    return verb.lemma_.lower() in _RELEASE_VERBS or verb.lower_ in ("freed", "released")


def released_detainees(verb: Token) -> bool:
    """ "those *detained* had been released": an arrest verb that only describes the
    subject of a release."""
    if verb.dep_ not in _NAMING:
        return False
    noun = verb.head
    while noun.dep_ == "pobj" and noun.head.lower_ == "of":  # "some of those held"
        noun = noun.head.head
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if any(c.dep_ == "nummod" for c in verb.head.children):
        return False  # "22,000 people arrested in the unrest were pardoned": a count
    return _release_verb(noun.head)
