"""Quotes and attribution, round s14b: "the minister" after the article wrote out the
full title ("the Minister of Justice") speaks under that title, its fullest form."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import quotes, source


def test_bare_role_takes_the_full_title_written_before(nlp: Language) -> None:
    text = (
        "The report was sent to the Minister of Justice on Monday. Later, the minister "
        'said "Nobody will be punished for taking part in a peaceful march."'
    )
    found = [(q.speaker, q.text) for q in quotes(nlp, text)]
    assert found == [
        ("Minister of Justice", "Nobody will be punished for taking part in a peaceful march.")
    ]


def test_bare_role_without_a_full_title_stays_as_written(nlp: Language) -> None:
    text = (
        "The Governor visited the city on Monday. Later, the governor said "
        '"Order has been restored and the rioters have been arrested."'
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["governor"]


def test_role_with_words_of_its_own_keeps_them(nlp: Language) -> None:
    text = (
        "The report was sent to the Minister of Justice on Monday. The deputy minister "
        "said that 12 protesters had been detained in the capital."
    )
    assert source(nlp, text, "detained").name == "deputy minister"
