"""Tests of event places, round s12b: a facility whose name is also a town's ("X Prison")
and that the sentence places in another city is that city's; capitals that lie in a
capital territory of their own.

Sentences are written for these tests (not taken from any gold set).
"""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import sentence_places

from unrest.extract.where import Gazetteer


def test_named_prison_in_a_city_gives_the_city_alone(nlp: Language) -> None:
    text = "Hundreds of students were detained in Dastgerd prison in Isfahan, activists said."
    got = sentence_places(nlp, text, "Hundreds of students", "detained")
    assert got == [("IR", "Isfahan", "Isfahan")]


def test_named_detention_centre_in_a_city_gives_the_city_alone(nlp: Language) -> None:
    text = "Dozens of protesters were detained at the Insein detention centre in Yangon."
    got = sentence_places(nlp, text, "Dozens of protesters", "detained")
    assert got == [("MM", "Yangon", "Yangon")]


def test_facility_named_after_its_town_in_a_province_keeps_the_town(nlp: Language) -> None:
    text = "Hundreds of workers went on strike at the Abadan refinery in Khuzestan on Monday."
    got = sentence_places(nlp, text, "Hundreds of workers", "strike")
    assert ("IR", "Khuzestan", "Abadan") in got


def test_town_beside_a_city_stays(nlp: Language) -> None:
    text = "Police arrested dozens of people in Shahriar and in Tehran on Sunday."
    got = sentence_places(nlp, text, "Police arrested", "arrested")
    assert sorted(got) == [("IR", "Tehran", "Shahriar"), ("IR", "Tehran", "Tehran")]


def test_capitals_lie_in_their_capital_territory(gaz: Gazetteer) -> None:
    assert gaz.lookup("Nay Pyi Taw").admin1 == "Nay Pyi Taw"
    assert gaz.lookup("Naypyidaw").admin1 == "Nay Pyi Taw"
    assert gaz.lookup("Kyiv").admin1 == "Kyiv City"


#: An article whose story city is Minsk.
_MINSK = (
    "Thousands of people marched in Minsk on Sunday against the election result.\n\n"
    "Police detained hundreds of marchers in Minsk, a rights group said.\n\n"
    "More rallies were held in Minsk on Monday.\n\n"
)


def test_internet_access_cut_is_the_countrys(nlp: Language) -> None:
    text = _MINSK + "Internet access was severely disrupted for two days after the vote."
    got = sentence_places(nlp, text, "Internet access", "disrupted")
    assert got == [("BY", None, None)]


def test_fixed_line_connections_cut_are_the_countrys(nlp: Language) -> None:
    text = _MINSK + "Fixed-line connections had also been severely restricted, monitors said."
    got = sentence_places(nlp, text, "Fixed-line connections", "restricted")
    assert got == [("BY", None, None)]


def test_internet_cut_in_the_province_keeps_the_province(nlp: Language) -> None:
    text = (
        "Protesters blocked roads in Khuzestan province on Friday. "
        "Mobile internet service in parts of the province slowed sharply the same night."
    )
    got = sentence_places(nlp, text, "Mobile internet", "slowed")
    assert got == [("IR", "Khuzestan", None)]
