"""Quotes, round s18d: "X said in a statement that its agents had ..." is X's, though
the parser hangs the that-clause on "statement"; a one-word scare quote stays no quote
(the seed gold lists none)."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import quotes


def _found(nlp: Language, text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in quotes(nlp, text)]


def test_said_in_a_statement_that_speaks_through_the_outer_verb(nlp: Language) -> None:
    text = (
        "The Intelligence Ministry said in a statement that its agents had identified and "
        'arrested a number of "leaders of the riots linked to foreign services".'
    )
    assert _found(nlp, text) == [
        ("Intelligence Ministry", "leaders of the riots linked to foreign services")
    ]


def test_one_word_blamed_on_a_named_speaker_stays_a_scare_quote(nlp: Language) -> None:
    text = 'Governor Karim Bahrami blamed "infiltrators" for the fires in the bazaar.'
    assert _found(nlp, text) == []
