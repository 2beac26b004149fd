"""Tests of places abroad (session 16, places): a district of a city-state is the
city-state itself, well-known protest sites stand for their city, and GeoNames
spellings of Lebanese and Nigerian divisions answer to their English names."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import sentence_places

from unrest.extract._gazetteer import Gazetteer

_RADIO = (
    "CITY TALK - programme summary\n\n"
    "The host said the siege of the campus in Hung Hom was entering its third day. "
    "A caller from Mong Kok said police had fired tear gas on Nathan Road.\n\n"
    "Another caller said that police had arrested dozens of students on Monday night."
)


def test_district_of_a_city_state_is_the_city(nlp: Language) -> None:
    got = sentence_places(nlp, _RADIO, "A caller from", "fired")
    assert got == [("HK", None, "Hong Kong")]


def test_city_state_story_without_its_name(nlp: Language) -> None:
    got = sentence_places(nlp, _RADIO, "Another caller", "arrested")
    assert got == [("HK", None, "Hong Kong")]


def test_gazetteer_district_of_a_city_state(gaz: Gazetteer) -> None:
    entry = next(e for e in gaz.candidates("Tuen Mun") if e.country == "HK")
    place = entry.place()
    assert (place.country, place.admin1, place.city) == ("HK", None, "Hong Kong")


def test_protest_site_abroad_stands_for_its_city(nlp: Language) -> None:
    text = "On Saturday more than 10,000 people gathered at the Democracy Monument."
    got = sentence_places(nlp, text, "On Saturday", "gathered")
    assert got == [("TH", "Bangkok", "Bangkok")]


def test_street_of_the_capital(nlp: Language) -> None:
    text = "A woman stood on a utility box on Enghelab Street and waved her headscarf."
    got = sentence_places(nlp, text, "A woman", "waved")
    assert got == [("IR", "Tehran", "Tehran")]


def test_english_names_of_divisions(gaz: Gazetteer) -> None:
    aliases = {"beyrouth": "Beirut", "mont liban": "Mount Lebanon"}
    for alias, canonical in aliases.items():
        assert gaz._aliases[alias] == canonical
    entry = next(e for e in gaz.candidates("Nabatieh") if e.country == "LB")
    assert entry.kind == "city"


def test_city_named_before_its_unknown_neighbourhood(nlp: Language) -> None:
    text = "A man was killed during protests in the Havana neighbourhood of La Guinera."
    got = sentence_places(nlp, text, "A man", "killed")
    assert got == [("CU", "La Habana", "Havana")]


def test_named_district_of_a_known_city_is_the_city(nlp: Language) -> None:
    text = "Protesters gathered in the Sadra district of Shiraz on Monday."
    got = sentence_places(nlp, text, "Protesters", "gathered")
    assert got == [("IR", "Fars", "Shiraz")]
