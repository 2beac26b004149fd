"""Small dependency-tree helpers shared by the extraction stages."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

__all__ = ["closed_list_apposition", "pobjs", "prep_objects", "verbless_subject", "with_verb"]


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


def closed_list_apposition(tok: Token) -> list[Token]:
    """Conjuncts the parser hung on ``tok`` after its list was closed by "and"/"or" and a
    comma ("the governor of *Sistan and Baluchestan*, *Hossein Khiabani*,"): an English
    list puts its conjunction before the last item, so a comma-led item after that is
    an apposition to the whole phrase, not another member."""
    doc = tok.doc
    closers = [c.i for c in tok.children if c.dep_ == "cc"]
    if not closers:
        return []
    found = []
    for conj in (c for c in tok.children if c.dep_ == "conj" and c.i > closers[0]):
        earlier = [c for c in tok.children if c.dep_ == "conj" and closers[0] < c.i < conj.i]
        left = conj.left_edge.i
        if earlier and left > 0 and doc[left - 1].text == ",":
            found.append(conj)
    return found


def verbless_subject(tok: Token) -> bool:
    """A name the parser made the root of its sentence, with the sentence's verb hung on
    it as a clause ("X, a lawmaker for Y, protested in parliament ..."): the subject of
    that verb, whatever the parse."""
    return (
        tok.dep_ == "ROOT"
        and tok.left_edge.i == tok.sent.start
        and any(c.dep_ == "acl" and c.pos_ == "VERB" and c.i > tok.i for c in tok.children)
    )
