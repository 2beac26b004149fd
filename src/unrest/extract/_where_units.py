"""Plural place nouns held inside a named place, for :mod:`unrest.extract._where_context`:
"Tehran universities" and "Kabul's districts" are places of one city, and do not
spread an event over the country as "universities" or "several districts" alone do.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["named_units"]


def named_units(noun: Token) -> bool:
    """Whether the plural place noun ``noun`` is qualified by a proper name before it
    ("Tehran universities", "Kabul's districts"), not by a demonym ("Kurdish cities")."""
    return any(
        c.i < noun.i
        and c.dep_ in ("compound", "poss")
        and c.pos_ == "PROPN"
        and c.ent_type_ not in ("NORP", "PERSON")
        for c in noun.children
    )
