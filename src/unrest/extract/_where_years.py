"""Years of a sentence and of a trigger, for :mod:`unrest.extract._where_context`:
a sentence whose years all lie well before the article's latest year tells of a
past episode, which borrows no place from the story around it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

__all__ = ["PAST_GAP", "local_years", "past", "years"]

#: Dependents that open another clause.
_CLAUSE_CHILDREN = {"advcl", "relcl", "ccomp", "xcomp", "acl", "conj", "parataxis", "csubj"}

#: A sentence whose years all lie this far before the article's latest year tells of
#: a past episode, not of the story ("In 1978, strikes helped to bring down the monarchy").
PAST_GAP = 2


def _year(tok: Token) -> int | None:
    text = tok.text
    if tok.ent_type_ == "DATE" and len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2100:
        return int(text)
    return None


def years(sent: Span) -> list[int]:
    """Four-digit years of the DATE entities of ``sent`` ("November 2019", "1978")."""
    return [y for t in sent if (y := _year(t)) is not None]


def local_years(trigger: Span) -> list[int]:
    """Years said of the trigger itself or of the word it hangs on, not in other clauses.

    "In 1978, strikes ... helped": 1978; "the November 2019 uprising, when it killed
    1,500": 2019 for "killed".
    """
    found: list[int] = []
    root = trigger.root
    for anchor in {root.i: root, root.head.i: root.head}.values():
        stack = [c for c in anchor.children if c.dep_ not in _CLAUSE_CHILDREN]
        while stack:
            tok = stack.pop()
            if (y := _year(tok)) is not None:
                found.append(y)
            stack.extend(c for c in tok.children if c.dep_ not in _CLAUSE_CHILDREN)
    return found


def past(found: list[int], latest: int | None) -> bool:
    """Whether all years ``found`` lie :data:`PAST_GAP` years or more before ``latest``."""
    return latest is not None and bool(found) and max(found) <= latest - PAST_GAP
