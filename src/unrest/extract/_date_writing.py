"""Offsets that tell the time of writing: "More than one year after the protests of
November 2019, the Special Rapporteur has seen no credible investigation" counts a
year from an event up to the writer's present (the clause is in the present or the
present perfect), so it is no time of the story: it sets no narrative time and dates
nothing of its clause, and the story takes up again with the next date of its own ("On
11 and 12 January 2020, ..."). "Two days after the protests began, police arrested
dozens" stays a story time (a past clause), and so does a headline's "Ten years after
the uprising: what the valley remembers" read before any time is in force (it counts
back from the time of writing to the uprising's year). Reads the dependency tree; used by
:mod:`unrest.extract._date_sweep`."""

from __future__ import annotations

import re

from spacy.tokens import Token

from unrest.extract._date_base import TimeExpr
from unrest.extract._date_syntax import ancestors
from unrest.extract._tense import PRESENT_TAGS

# An offset counted forward from an event it names: "one year after (the protests)".
_AFTER = re.compile(r"\b(?:day|week|month|year)s?\s+after$", re.IGNORECASE)
_VERBAL = frozenset({"VERB", "AUX"})
_NOMINAL = frozenset({"NOUN", "PROPN"})


def _finite_present(verb: Token) -> bool:
    """Whether the finite form of the clause of ``verb`` is a present ("has seen", "are
    still waiting", "remains"), not a past or a modal."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ in ("VBD", "MD") for a in auxes):
        return False
    return verb.tag_ in PRESENT_TAGS or any(a.tag_ in PRESENT_TAGS for a in auxes)


def tells_writing_time(expr: TimeExpr, date_head: Token) -> bool:
    """Whether ``expr`` (headed by ``date_head``) is an offset after an event ("one year
    after") that hangs, through prepositions and adverbs only, from a clause in the
    present or the present perfect: the time of writing, not a story time."""
    if expr.kind != "relative" or not _AFTER.search(expr.text):
        return False
    for tok in ancestors(date_head)[1:]:
        if tok.pos_ in _VERBAL:
            return _finite_present(tok)
        if tok.pos_ in _NOMINAL:
            return False  # the time of a thing named ("the release two days after ...")
    return False
