"""A definite thing whose city was named earlier ("Santiago's metro ... the metro").

"Students poured through the barriers of Santiago's metro stations. [...] By the
evening the metro had been shut down": "the metro" is the thing named before with
its city, so the sentence is set in that city. Only things, not people or bodies
(``ROLE_NOUNS``): "the police" is everywhere.

Reads the dependency trees of the sentence and of the earlier ones and their
toponyms; writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Span, Token

from unrest.extract._where_context import ROLE_NOUNS
from unrest.extract._where_toponyms import Toponym

__all__ = ["site_city"]


def _definite_things(sent: Span) -> set[str]:
    """Lemmas of the definite common nouns of ``sent`` ("the metro"), bodies left out."""
    return {
        tok.lemma_.lower()
        for tok in sent
        if tok.pos_ == "NOUN"
        and tok.lemma_.lower() not in ROLE_NOUNS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    }


def _owner(top: Toponym) -> Token | None:
    """The noun a city toponym owns ("Santiago's metro"); not a mere compound ("the
    Mashhad protests" names an episode, later taken up for the whole movement)."""
    root = top.span.root
    if root.dep_ == "poss" and root.head.pos_ == "NOUN":
        return root.head
    return None


def site_city(
    sent: Span, before: Sequence[Span], toponyms: Callable[[Span], list[Toponym]]
) -> list[Toponym]:
    """The city toponym that qualified, in the closest earlier sentence of ``before``
    (closest first), a noun ``sent`` takes up again with "the"; else ``[]``."""
    things = _definite_things(sent)
    if not things:
        return []
    for earlier in before:
        for top in toponyms(earlier):
            owner = _owner(top)
            if top.entry.kind == "city" and owner is not None:
                lemmas = {owner.lemma_.lower()} | {
                    c.lemma_.lower() for c in owner.children if c.dep_ == "compound"
                }
                if lemmas & things:
                    return [top]
    return []
