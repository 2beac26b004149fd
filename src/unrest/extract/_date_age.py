"""Ages are no times: "a 17-year-old boy", "a man aged 30".

The parser marks an age as a DATE entity; a clause that counts victims "including a
17-year-old boy" is still undated. Reads a token's entity and its place in the
dependency tree; writes nothing. Used by :mod:`unrest.extract._date_tolls`.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Entity labels of time expressions.
TIME_ENTS = frozenset({"DATE", "TIME"})
#: Heads of an age: the adjective of "17-year-old", "years old"; the participle "aged".
_AGE_HEADS = frozenset({"old", "aged"})


def _entity_root(tok: Token) -> Token:
    """The root of the entity ``tok`` belongs to (``tok`` itself outside one)."""
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent.root
    return tok


def is_age(tok: Token) -> bool:
    """Whether ``tok`` belongs to a DATE entity that gives someone's age: its root is the
    adjective "old" ("17-year-old", "30 years old") or hangs from "aged" ("aged 30")."""
    if tok.ent_type_ != "DATE":
        return False
    root = _entity_root(tok)
    return root.lower_ in _AGE_HEADS or root.head.lower_ in _AGE_HEADS


def timed(tok: Token) -> bool:
    """Whether ``tok`` is part of a time expression (a DATE or TIME entity, not an age)."""
    return tok.ent_type_ in TIME_ENTS and not is_age(tok)
