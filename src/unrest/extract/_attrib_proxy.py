"""Several people speaking for the body they belong to: "activists with the X
Collective said", "members of the X Union reported", "the staff of X said".

Private helper of :mod:`unrest.extract._names`. The group of people is named by
the organization its phrase names; a place ("residents of Ahvaz") or a person
("supporters of X") is not an organization, and one member ("a member of X")
speaks for themselves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from unrest.extract._gazetteer import default_gazetteer
from unrest.model import Source

if TYPE_CHECKING:
    from unrest.extract._names import Speakers

_LINKS = frozenset({"with", "from", "of", "at", "within", "in"})
_COLLECTIVE = frozenset({"network", "staff", "team", "branch", "cell"})  # one noun, many people
_PLACES = frozenset({"GPE", "LOC", "FAC", "NORP"})


def proxy_body(sp: Speakers, tok: Token) -> Source | None:
    """The organization a group of its people (``tok``) speaks for, if its phrase names one."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in sp.lex.proxy_nouns:
        return None
    if tok.tag_ != "NNS" and tok.lemma_.lower() not in _COLLECTIVE:
        return None  # "a member of X": a person of their own
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in _LINKS):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if obj.pos_ != "PROPN" or not obj.text[:1].isupper() or obj.ent_type_ in _PLACES:
                continue
            found = sp.speaker(obj)
            if found is not None and found.kind == "organization" and not _place(found):
                return found
    return None


def _place(found: Source) -> bool:
    """Whether the name is a known place ("activists in Kerman"), whatever the tagger says."""
    return bool(found.name) and bool(default_gazetteer().candidates(found.name or ""))
