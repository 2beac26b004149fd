"""Bare plurals of private people: nobody in particular.

Private helper of :class:`unrest.extract._names.Speakers`. "His family" or "the
families of the victims" speak as a group named by its role (an organization as
written); "families and lawyers", "relatives and neighbours", with no determiner or
possessor, are a mix of private people, and bare "relatives" or "families" are kin of
nobody said: like "witnesses", nobody in particular.
"""

from __future__ import annotations

from spacy.tokens import Token


def mixed_plural(tok: Token, people: frozenset[str]) -> bool:
    """Whether ``tok`` is a bare plural noun of private people (``people``: lemmas)
    coordinated with another one."""
    if not _bare(tok, people):
        return False
    partners = [c for c in tok.children if c.dep_ == "conj"]
    if tok.dep_ == "conj":
        partners.append(tok.head)
    return any(_bare(p, people) for p in partners)


def bare_kin(tok: Token, kin: frozenset[str]) -> bool:
    """Whether ``tok`` is a bare plural of kin ("relatives said"), nobody's in particular."""
    return _bare(tok, kin)


def _bare(tok: Token, people: frozenset[str]) -> bool:
    return tok.tag_ == "NNS" and tok.lemma_.lower() in people and not _marked(tok)


def _marked(tok: Token) -> bool:
    """A determiner, possessor, noun or "of" complement makes a plural a definite
    group ("the families", "union officials", "families of the victims")."""
    for child in tok.children:
        if child.dep_ in ("det", "poss", "compound") or (
            child.dep_ == "prep" and child.lower_ == "of"
        ):
            return True
    return False
