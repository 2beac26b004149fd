"""Small tests on the words of a speaker's phrase.

Private helper of :mod:`unrest.extract._names`.
"""

from __future__ import annotations

from spacy.tokens import Token


def possessed(tok: Token) -> bool:
    """Whether a person or a pronoun makes a group their own ("their lawyers", "X's
    doctors"); a kind of people does not ("workers' representatives")."""
    return any(c.dep_ == "poss" and c.pos_ in ("PRON", "PROPN") for c in tok.children)


def definite_the(tok: Token) -> bool:
    """Whether ``tok`` has the article "the" ("the activists")."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def note_mark(tok: Token) -> bool:
    """A sentence end or a citation mark glued into a phrase ("city.[12][citation")."""
    return tok.text[:1] in ".[" or "[" in tok.text
