"""Tests of crowd counts in a clause coordinated with the trigger's (s22 G): the people
of "and thousands marched to the square" belong to the march, not to a strike told in
the clause before; a bare "and 300 people came" refers back to the trigger's event."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import pairs

pytestmark = pytest.mark.slow

_SHOPS = (
    "On Monday, traders in the old bazaar pulled down their shutters, and thousands of"
    " people marched from the bazaar towards the governor's office."
)


def test_marchers_are_not_the_strikes(nlp: Language) -> None:
    assert pairs(nlp, "strike", _SHOPS, "shutters") == set()


def test_marchers_are_the_marchs(nlp: Language) -> None:
    assert pairs(nlp, "protest", _SHOPS, "marched") == {("participants", 1000)}


def test_strikers_counted_in_own_clause(nlp: Language) -> None:
    text = "Thousands of dock workers walked off the job on Thursday."
    assert pairs(nlp, "strike", text, "walked") == {("participants", 1000)}


def test_bare_verb_refers_back_to_trigger(nlp: Language) -> None:
    text = "The parish held a vigil on Sunday evening, and more than 300 people came."
    assert pairs(nlp, "protest", text, "vigil") == {("participants", 300)}
