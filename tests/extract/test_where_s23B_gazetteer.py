"""Tests of event places, round s23B: the city of Minsk is its own admin1 unit
("Minsk City", as Kyiv is "Kyiv City"), not the Minsk region around it.

Sentences are written for these tests (not taken from any gold set).
"""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import sentence_places

from unrest.extract.where import Gazetteer


def test_minsk_lies_in_minsk_city(gaz: Gazetteer) -> None:
    assert gaz.lookup("Minsk").admin1 == "Minsk City"


def test_towns_of_the_minsk_region_keep_the_region(gaz: Gazetteer) -> None:
    assert gaz.lookup("Soligorsk").admin1 == "Minsk"


def test_a_march_in_minsk_is_in_minsk_city(nlp: Language) -> None:
    text = "Tens of thousands of people marched through central Minsk on Sunday, witnesses said."
    got = sentence_places(nlp, text, "Tens of thousands", "marched")
    assert got == [("BY", "Minsk City", "Minsk")]


def test_an_nasiriyah_is_the_same_city_as_nasiriyah(gaz: Gazetteer) -> None:
    from unrest.evaluation import BUILT_IN_ALIASES
    from unrest.scoring import load_place_aliases

    assert load_place_aliases(BUILT_IN_ALIASES).get("An Nasiriyah") == "Nasiriyah"
    assert gaz.lookup("An Nasiriyah").city == "Nasiriyah"
