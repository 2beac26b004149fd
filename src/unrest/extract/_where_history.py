"""A country whose history measures an event is not where it happened.

"the largest march in X's history", "the deadliest day in the history of X": X is the
yardstick of a comparison; the event's own place is named elsewhere, if at all.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Nouns that make their owner a yardstick rather than a scene.
_YARDSTICK = {"history", "memory"}


def measured_against(tok: Token) -> bool:
    """Whether toponym head ``tok`` owns a yardstick noun ("X's history", "history of X")."""
    if tok.dep_ == "poss":
        return tok.head.lower_ in _YARDSTICK
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        return tok.head.head.lower_ in _YARDSTICK
    return False
