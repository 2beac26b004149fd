"""Places of a "when"-clause on the trigger: "two guards were killed when gunmen opened
fire on them in X" happened in X.

A clause that tells how the trigger's event came about ("when", "as", "while") shares
its scene; other subordinate clauses ("after he returned from X", "because ...") may
not, so they lend nothing.
"""

from __future__ import annotations

from spacy.tokens import Span

from unrest.extract._where_toponyms import Toponym

__all__ = ["in_when_clause"]

#: Markers of a clause that is the same scene as its head.
_SAME_SCENE = {"when", "as", "while"}
#: Dependencies that open a clause. An open complement ("tried to take over a police
#: station in X") is the same act as its verb, so it is walked through.
_CLAUSES = {"advcl", "relcl", "acl", "ccomp", "conj", "csubj", "parataxis"}


def in_when_clause(top: Toponym, trigger: Span) -> bool:
    """Whether ``top`` lies in a "when"-clause that hangs on the trigger (or on a verb
    joined to it: "were killed and others injured when ...") and in no clause nested in it."""
    root = trigger.root
    tok = top.span.root
    while tok.i != root.i:
        if tok.dep_ in _CLAUSES:
            return (
                tok.dep_ == "advcl"
                and (tok.head.i == root.i or tok.head.dep_ == "conj" and tok.head.head.i == root.i)
                and any(
                    c.dep_ in ("mark", "advmod") and c.lower_ in _SAME_SCENE for c in tok.children
                )
            )
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False
