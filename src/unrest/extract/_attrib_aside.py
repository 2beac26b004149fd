"""A reporting aside that gives only a figure: "killed hundreds - X says at least 304 -".

Private helper of :mod:`unrest.extract.sources`. A reporting verb whose own object
is a number states that number; the parser may still hang the clause before the
aside on it as a complement, but the clause stays in the voice around the aside.
"""

from __future__ import annotations

from spacy.tokens import Token

_OBJECTS = frozenset({"dobj", "attr"})


def figure_aside(child: Token, verb: Token) -> bool:
    """Whether ``verb`` reports only a figure of its own ("says at least 304") and
    ``child`` is a clause before it, which it therefore does not report."""
    if child.i > verb.i or child.dep_ != "ccomp":
        return False
    objects = [c for c in verb.children if c.dep_ in _OBJECTS and c.i > verb.i]
    return any(o.pos_ == "NUM" or o.like_num for o in objects)
