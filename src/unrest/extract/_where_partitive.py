"""Partitive place nouns: "in parts of X", "in areas of X" name X, they do not spread.

A spread noun ("in several cities") leaves an event over unnamed places; the same noun
as a part of a named place ("closed shops in parts of X's bazaar") names that place.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Nouns that, followed by "of" and a name, are a part of that named place.
_PART_NOUNS = {"parts", "areas", "districts"}


def named_part(tok: Token) -> bool:
    """Whether ``tok`` is a part noun of a named place ("parts of Tehran's bazaar")."""
    if tok.lower_ not in _PART_NOUNS:
        return False
    return any(
        p.dep_ == "prep"
        and p.lower_ == "of"
        and any(o.dep_ == "pobj" and any(t.pos_ == "PROPN" for t in o.subtree) for o in p.children)
        for p in tok.children
    )
