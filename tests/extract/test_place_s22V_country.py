"""Tests of a paragraph neighbour set in the country itself: the sentence after
"28 journalists have been detained in Iran" goes on at the country's level and does
not take the story city."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import sentence_places

_LEAD = (
    "Zahedan, 4 October. Security forces shot dead dozens of worshippers in Zahedan on Friday.\n\n"
)


def test_follow_up_of_a_country_sentence_stays_at_the_country(nlp: Language) -> None:
    text = (
        _LEAD + "A press group said at least 28 journalists have been detained in Iran "
        "since the protests began. Sara Rahimi was arrested at her home on 22 September."
    )
    got = sentence_places(nlp, text, "Sara Rahimi", "arrested")
    assert got == [("IR", None, None)]


def test_follow_up_of_a_city_sentence_keeps_the_city(nlp: Language) -> None:
    text = (
        _LEAD + "A press group said at least 28 journalists have been detained in Shiraz "
        "since the protests began. Sara Rahimi was arrested at her home on 22 September."
    )
    got = sentence_places(nlp, text, "Sara Rahimi", "arrested")
    assert got == [("IR", "Fars", "Shiraz")]
