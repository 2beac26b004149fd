"""Tense marks shared by the date rules: which tags make a present, which auxiliaries a
perfect. Reads tokens only; writes nothing."""

from __future__ import annotations

from spacy.tokens import Token

#: Tags of a present-tense verb or auxiliary ("says", "say", "is", "are").
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
#: Auxiliaries of a present perfect ("have", "has", and the clitic "'ve").
PERFECT_AUX = frozenset({"have", "has", "'ve", "’ve"})


def perfect_aux(verb: Token) -> bool:
    """Whether ``verb`` has a present-perfect auxiliary of its own ("have arrested",
    "has been detained")."""
    return any(c.dep_ == "aux" and c.lower_ in PERFECT_AUX for c in verb.children)
