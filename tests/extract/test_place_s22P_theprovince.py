"""Tests of "in the province" on a trigger that borrows its place: the towns of the
clause around it give their province, not themselves ("crowds in A, B and C ...; 15
people were killed in the province")."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import sentence_places

_TOWNS = (
    "In Mazandaran province, crowds in Sari, Babol and Amol marched repeatedly in "
    "October and November; "
)


def test_killed_in_the_province_takes_the_province(nlp: Language) -> None:
    text = _TOWNS + "activists say at least 12 people were killed in the province."
    got = sentence_places(nlp, text, "In Mazandaran", "killed")
    assert got == [("IR", "Mazandaran", None)]


def test_killed_without_the_province_keeps_the_towns(nlp: Language) -> None:
    text = _TOWNS + "activists say at least 12 people were killed."
    got = sentence_places(nlp, text, "In Mazandaran", "killed")
    assert ("IR", "Mazandaran", None) not in got
    assert ("IR", "Mazandaran", "Sari") in got
