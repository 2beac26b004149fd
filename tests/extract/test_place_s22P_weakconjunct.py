"""Tests of seats of officials in coordinated clauses: "a police chief in A said 500 had
been arrested there, and officials in B said ...": the arrests take A's seat only."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import sentence_places


def test_seat_of_another_clause_is_left_out(nlp: Language) -> None:
    text = (
        "Officials have released partial figures only. In early October a police chief "
        "in the province of Mazandaran said 520 people had been arrested there, and "
        "judicial officials in Tehran have since said that dozens have been charged."
    )
    got = sentence_places(nlp, text, "In early October", "arrested")
    assert got == [("IR", "Mazandaran", None)]
