"""Clauses with subjects of their own, for :mod:`unrest.extract.where`.

"Videos show women burning headscarves in A and a crowd setting fire to a car in B":
each clause has its own subject and its own place, so the burning is A's and the
arson B's, though the parser hangs the second on the first as an adverbial clause.
A clause that names no place of its own still takes those around it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

if TYPE_CHECKING:
    from unrest.extract._where_toponyms import Toponym

__all__ = ["own_subject_clause"]

_SUBJECTS = {"nsubj", "nsubjpass"}


def _subordinates(tok: Token) -> frozenset[int]:
    """Indices of the adverbial clauses with subjects of their own at or above ``tok``."""
    return frozenset(
        cur.i
        for cur in (tok, *tok.ancestors)
        if cur.dep_ == "advcl"
        and cur.pos_ in ("VERB", "AUX")
        and any(c.dep_ in _SUBJECTS for c in cur.children)
        and not any(c.dep_ == "mark" for c in cur.children)  # not "after it took off"
    )


def own_subject_clause(tops: list[Toponym], trigger: Span) -> list[Toponym]:
    """The toponyms of ``tops`` on the trigger's side of every adverbial clause with a
    subject of its own, when there are any; else ``tops``."""
    key = _subordinates(trigger.root)
    own = [t for t in tops if _subordinates(t.span.root) == key]
    if not any(t.entry.kind != "country" for t in own):
        return tops  # a country names no scene of its own ("Iran's forces shot ...")
    return own
