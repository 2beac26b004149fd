"""Quotes, round s15b: a lone first name ("Kaveh said") stands for the one full name
written before that begins with it ("Kaveh Nazari")."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import quotes


def test_first_name_takes_the_full_name_written_before(nlp: Language) -> None:
    text = (
        "Two of our volunteers, Dariush Kamali and his cousin Neda, fasted outside the town "
        'hall on Monday. "We will stay here until the prisoners are freed," Dariush said.'
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Dariush Kamali"]


def test_first_name_shared_by_two_full_names_stays_as_written(nlp: Language) -> None:
    text = (
        "The teacher Dariush Kamali spoke first. Later the student Dariush Farahani joined "
        'him outside the town hall. "We will stay here until the prisoners are freed," '
        "Dariush said."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Dariush"]
