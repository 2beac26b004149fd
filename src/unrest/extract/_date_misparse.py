"""Two common misparses that hide a date of the main clause inside a subordinate one.

1. A fronted date phrase followed by an adverbial clause ("On 8 March, hours after the
   vote was announced, crowds filled the square"): the parser often hangs the date on
   the verb of the adverbial clause, though a clause cannot hold words that come
   before its subordinating conjunction and a comma.
2. Two main clauses joined by a semicolon ("On Friday, students gathered at the gate;
   the vigil soon became a protest"): the parser often makes the first a clausal
   complement (``ccomp``) of the second, as if it were reported content.

Used by :mod:`unrest.extract._date_syntax` when it decides whether a clause on the
path from a date up to an event keeps the date from the event.
"""

from __future__ import annotations

from spacy.tokens import Token

# Dependencies of a subordinate clause that a fronted date phrase may be misattached to.
_CLAUSES = frozenset({"advcl", "csubj", "csubjpass", "ccomp"})


def _opener(clause: Token) -> Token | None:
    """The subordinating conjunction that opens ``clause`` ("after", "when", "as")."""
    marks = [c for c in clause.children if c.dep_ == "mark"]
    return min(marks, key=lambda c: c.i) if marks else None


def fronted_out_of(clause: Token, date_head: Token) -> bool:
    """Whether a date at ``date_head`` stands before the conjunction that opens
    ``clause``, with a comma between them ("In the early hours of 8 March, hours after
    ..."): it belongs to the clause the subordinate one hangs from, not to it."""
    if clause.dep_ not in _CLAUSES:
        return False
    mark = _opener(clause)
    if mark is None or date_head.i >= mark.i:
        return False
    last = max(t.i for t in date_head.subtree)
    return last < mark.i and any(t.text == "," for t in clause.doc[last + 1 : mark.i])


def semicolon_clause(clause: Token) -> bool:
    """Whether ``clause`` is a "complement" that is really a main clause set off from the
    next by a semicolon ("students gathered at the gate; the vigil became a protest")."""
    head = clause.head
    if clause.dep_ != "ccomp" or clause.i >= head.i or head.i == clause.i:
        return False
    last = max(t.i for t in clause.subtree)
    between = clause.doc[last + 1 : head.i]
    return any(t.text == ";" for t in between)
