"""Quotes, round s22Q: a speaker named only as "one" with a description in
apposition ("said one, a 30-year-old nurse who gave her name as Leila") is who that
description names, not "one" of a set."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import quotes


def test_one_with_a_described_person_in_apposition(nlp: Language) -> None:
    text = (
        "Doctors who spoke to the agency on Monday said the wards were full. "
        '"We have no beds left. We treat the wounded on the floor and in the corridors," '
        "said one, a 30-year-old surgeon who gave her name only as Leila."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Leila"]
