"""Sentence ends the parser missed.

Private helper of :mod:`unrest.extract.sources`: a full stop, or one glued to a
footnote mark ("farmland.[19"), between two tokens spaCy put in one sentence.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

_CITATION = re.compile(r"[.!?]\[\d+\]?$")  # "farmland.[19": a sentence end glued to a note
_CLOSING_QUOTES = frozenset({'"', "”", "’", "'", "»"})


def broken(first: Token, last: Token) -> bool:
    """Whether a sentence end lies between two tokens the parser put in one sentence."""
    doc = first.doc
    for t in doc[first.i : last.i]:
        if _CITATION.search(t.text):
            return True
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if t.text in (".", "!", "?") and nxt is not None and nxt.text not in _CLOSING_QUOTES:
            return True
    return False
