"""Small dependency-tree helpers shared by the extraction stages."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

__all__ = ["pobjs", "prep_objects", "with_verb"]


def pobjs(prep: Token) -> list[Token]:
    """The objects of preposition ``prep`` ("from *their homes*")."""
    return [p for p in prep.children if p.dep_ == "pobj"]


def prep_objects(tok: Token, preps: Collection[str]) -> list[Token]:
    """The objects of ``tok``'s prepositions among ``preps`` ("taken *from their beds*")."""
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for p in pobjs(c)]


def with_verb(tok: Token, verb_pos: Collection[str] = ("VERB",)) -> list[Token]:
    """``tok``, and the verb it is the subject or object of ("*set off* protests in ...",
    "deaths *occurred* during ..."): where a trigger's setting may hang."""
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.pos_ in verb_pos:
        return [tok, tok.head]
    return [tok]
