"""Whose "the statement" is when the article has not mentioned one before: the
statement of whoever spoke in the sentence before ("..., the provincial police command
said on Tuesday. Armed men opened fire on the station, the statement said.").

Private helper of :mod:`unrest.extract._names`. A definite document noun met for the
first time takes up what the previous sentence reported; the one who said it issued
it. Reads the parse and the speakers found so far; writes nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from unrest.model import Source

if TYPE_CHECKING:
    from unrest.extract._names import Speakers


def _previous(sent: Span) -> Span | None:
    """The sentence before ``sent`` that holds words (not a blank line)."""
    doc = sent.doc
    k = sent.start - 1
    while k >= 0:
        prev = doc[k].sent
        if any(t.is_alpha for t in prev):
            return prev
        k = prev.start - 1
    return None


def said_before(sp: Speakers, tok: Token) -> Source | None:
    """Who spoke in the sentence before a first, definite "the statement" (``tok``)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    lemma = tok.lemma_.lower()
    if any(t.lemma_.lower() == lemma for t in tok.doc[: tok.i]):
        return None  # a statement mentioned before: its own issuer or nobody
    prev = _previous(tok.sent)
    if prev is None:
        return None
    spoke = [s for i, s in sp.history() if prev.start <= i < prev.end]
    return spoke[-1] if spoke else None
