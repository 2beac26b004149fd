"""The "now" of reported speech: the day of the report that holds it.

"State television reported on 1 January that ten people had been killed overnight":
"overnight" counts back from 1 January, not from the publication date; so does "over
the previous three days" in "X said on 2 January that 450 had been arrested over the
previous three days". Deictic expressions (``now`` and ``relative`` kinds) inside the
clause a dated reporting act reports take that act's day as their "now".
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract._date_base import Interval, TimeExpr
from unrest.extract._date_found import Found
from unrest.extract._date_syntax import REPORTED_DEPS, speech_head

_DEICTIC = frozenset({"now", "relative"})


def _reports(head: Token, tok: Token) -> bool:
    """Whether ``tok`` lies in a clause that ``head`` reports."""
    return any(
        c.dep_ in REPORTED_DEPS and c.left_edge.i <= tok.i <= c.right_edge.i for c in head.children
    )


def report_now(expr: TimeExpr, tok: Token, found: list[Found]) -> Interval | None:
    """The day of the dated reporting act whose reported clause holds ``tok``, when
    ``expr`` counts from "now"; None otherwise."""
    if expr.kind not in _DEICTIC:
        return None
    for f in reversed(found):
        iv = f.interval
        if iv is None or iv.precision != "day" or f.contrast or f.quote is not None:
            continue
        head = speech_head(f.head)
        if head is not None and _reports(head, tok):
            return iv
    return None
