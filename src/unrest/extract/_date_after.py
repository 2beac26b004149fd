"""Events that follow a moment their sentence dates in a clause of its own: "Internet
access was cut for about three days after polls closed on Sunday" starts on that day and
lasts three more; "police detained dozens after protesters marched on 9 December", with
no time of its own, took place on that day.

Used by :mod:`unrest.extract.when`; the length itself comes from
:func:`unrest.extract._date_lengths.length_after`.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract._date_base import Interval
from unrest.extract._date_found import Found
from unrest.extract._date_lengths import after_words, length_after
from unrest.extract._date_syntax import ancestors

# Clauses inside the "after" clause whose dates are not the moment's.
_NESTED = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp"})


def after_moment(trigger: Token, candidates: list[Found]) -> Interval | None:
    """The day of the moment an event of ``trigger`` lasted some days after, when that
    moment is a clause of its own with a day date ("after polls closed on Sunday")."""
    marks = [m for m in after_words(trigger) if m.dep_ == "mark"]
    if length_after(trigger) is None:
        # "detained dozens after protesters marched on 9 December": with no time of its
        # own, the event is dated by the moment it followed, when nothing measures a gap
        # ("two weeks after").
        marks = [m for m in marks if not any(_gap(t) for t in [*m.children, *m.head.children])]
    clauses = [m.head for m in marks]
    for f in candidates:
        iv = f.interval
        if iv is None or iv.precision != "day" or iv.lo != iv.hi:
            continue
        up = ancestors(f.head)
        for clause in (c for c in clauses if c in up):
            # The moment's own date, not one of a clause nested in it ("after they met
            # the envoy, who arrived on Friday").
            if not any(t.dep_ in _NESTED for t in up[: up.index(clause)]):
                return iv
    return None


def _gap(tok: Token) -> bool:
    """Whether ``tok`` measures a gap before an "after" clause ("two weeks after")."""
    return tok.dep_ == "npadvmod" and tok.i < tok.head.i
