"""Whose count: a proper name right before a noun of counting ("Amnesty International
figures show", "NetBlocks data showed", "HRANA tallies").

Private helper of :mod:`unrest.extract._attrib_owner`. Only counts and analyses: the
name before a medium ("YouTube videos", "Zahedan footage") says where the evidence
was seen, not who made it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from unrest.model import Source

if TYPE_CHECKING:
    from unrest.extract._names import Speakers

_COUNT_NOUNS = frozenset(
    {
        "figure",
        "data",
        "datum",
        "tally",
        "count",
        "estimate",
        "statistic",
        "finding",
        "analysis",
        "research",
        "database",
        "survey",
    }
)
_NOT_OWNERS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "NORP", "CARDINAL"})


def count_owner(sp: Speakers, tok: Token) -> Source | None:
    """The person or organization whose proper name is the compound right before the
    counting noun ``tok``; None for a place, a date or a common word."""
    if tok.lemma_.lower() not in _COUNT_NOUNS or tok.i == 0:
        return None
    name = tok.doc[tok.i - 1]
    if name.dep_ != "compound" or name.head.i != tok.i or name.pos_ != "PROPN":
        return None
    if not name.text[:1].isupper() or name.ent_type_ in _NOT_OWNERS:
        return None
    found = sp.speaker(name)
    return found if found is not None and found.kind in ("person", "organization") else None


def count_of(sp: Speakers, tok: Token) -> Source | None:
    """The body a counting noun's "of" phrase names as its maker ("the tally of HRANA",
    "the figures of the Hengaw group"): a proper name or an organization noun, not
    what is counted ("the count of the dead")."""
    if tok.lemma_.lower() not in _COUNT_NOUNS:
        return None
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            maker = obj.pos_ == "PROPN" or obj.lemma_.lower() in sp.lex.org_words
            if not maker or obj.ent_type_ in _NOT_OWNERS:
                continue
            found = sp.speaker(obj)
            if found is not None and found.kind in ("person", "organization"):
                return found
    return None
