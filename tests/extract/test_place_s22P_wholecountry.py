"""Tests of "the whole country" and "the entire country": like "across the country",
they give an event the country alone, not the city of the sentence before."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import sentence_places


def test_figure_for_the_whole_country_is_the_countrys(nlp: Language) -> None:
    text = (
        "Police shot dead at least ten protesters in Mombasa on Tuesday. "
        "The rights commission's figure of 31 deaths was for the whole country."
    )
    got = sentence_places(nlp, text, "The rights commission", "deaths")
    assert got == [("KE", None, None)]


def test_across_the_entire_country_is_the_countrys(nlp: Language) -> None:
    text = (
        "Police shot dead at least ten protesters in Mombasa on Tuesday. "
        "Officials said 4,000 people had been arrested across the entire country."
    )
    got = sentence_places(nlp, text, "Officials said", "arrested")
    assert got == [("KE", None, None)]


def test_follow_up_without_the_phrase_keeps_the_city(nlp: Language) -> None:
    text = (
        "Police shot dead at least ten protesters in Mombasa on Tuesday. "
        "Witnesses said 31 people were wounded."
    )
    got = sentence_places(nlp, text, "Witnesses said", "wounded")
    assert got == [("KE", "Mombasa", "Mombasa")]
