"""Tests of event places: when a story city applies, toponym roles (districts, demonyms,
accused countries, solidarity targets, slogans), national speakers, and gazetteer entries
for city states, counties and prison spellings.

Sentences are written for these tests (not taken from any gold set).
"""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import sentence_places

from unrest.extract._where_context import national_speaker, widened
from unrest.extract.where import Gazetteer, Locator, find_toponyms
from unrest.model import Place


def _roles(nlp: Language, gaz: Gazetteer, text: str) -> list[tuple[str, str, str, str | None]]:
    doc = nlp(text)
    return [
        (t.span.text, t.role, t.place.country, t.place.city)
        for t in find_toponyms(doc[:], gaz, "IR", set())
    ]


# --- gazetteer ---------------------------------------------------------------------------


def test_city_state_is_its_own_city(gaz: Gazetteer) -> None:
    place = gaz.lookup("Singapore")
    assert place is not None
    assert (place.country, place.admin1, place.city) == ("SG", None, "Singapore")


def test_county_names_its_seat_city(gaz: Gazetteer) -> None:
    place = gaz.lookup("Izeh county")
    assert place is not None
    assert (place.admin1, place.city) == ("Khuzestan", "Izeh")


def test_prison_spelling_variant_stands_for_its_city(nlp: Language, gaz: Gazetteer) -> None:
    got = _roles(nlp, gaz, "Two prisoners were hanged at Rajaee Shahr prison on Tuesday.")
    assert [(name, city) for name, _, _, city in got] == [("Rajaee Shahr prison", "Karaj")]


# --- toponym roles -----------------------------------------------------------------------


def test_named_district_is_no_town_of_that_name(nlp: Language, gaz: Gazetteer) -> None:
    got = _roles(nlp, gaz, "Police fired tear gas at the entrance to the Chamran district.")
    assert got == []


def test_district_of_a_city_keeps_the_city_as_event_place(nlp: Language, gaz: Gazetteer) -> None:
    got = _roles(
        nlp, gaz, "In Ahvaz and in the Golestan district of Shiraz, witnesses said police fired."
    )
    assert ("Shiraz", "event", "IR", "Shiraz") in got
    assert all(name != "Golestan" for name, *_ in got)


def test_demonym_puts_a_region_in_its_own_country(nlp: Language, gaz: Gazetteer) -> None:
    got = _roles(nlp, gaz, "Drones struck camps of armed groups in Iraqi Kurdistan on Monday.")
    assert [(c, city) for _, _, c, city in got] == [("IQ", None)]


def test_foreign_countries_accused_of_the_unrest_are_no_event_places(
    nlp: Language, gaz: Gazetteer
) -> None:
    got = _roles(
        nlp,
        gaz,
        'The minister said the riots were "planned" by Britain and the United States.',
    )
    assert got and all(role == "ignored" for _, role, _, _ in got)


def test_solidarity_with_a_place_on_the_verb_is_no_event_place(
    nlp: Language, gaz: Gazetteer
) -> None:
    got = _roles(
        nlp, gaz, "On Friday, the people of Rasht took to the streets in solidarity with Ahvaz."
    )
    assert ("Rasht", "event", "IR", "Rasht") in got
    assert ("Ahvaz", "ignored", "IR", "Ahvaz") in got


def test_place_inside_a_chanted_slogan_is_no_event_place(nlp: Language, gaz: Gazetteer) -> None:
    got = _roles(
        nlp,
        gaz,
        'Crowds gathered in Tabriz on Sunday, chanting "Ahvaz is not alone" until dawn.',
    )
    assert ("Tabriz", "event", "IR", "Tabriz") in got
    assert ("Ahvaz", "ignored", "IR", "Ahvaz") in got


def test_list_label_initial_does_not_make_a_town_a_person(nlp: Language) -> None:
    text = (
        "B. Sirjan, Kerman province\n\n"
        "On 16 May, crowds in Sirjan marched towards the governor's office."
    )
    got = sentence_places(nlp, text, "On 16 May", "marched")
    assert got == [("IR", "Kerman", "Sirjan")]


# --- scope cues --------------------------------------------------------------------------


def test_state_acting_is_a_national_speaker_whatever_the_verb(nlp: Language) -> None:
    doc = nlp("The government blamed the disruption on foreign hackers.")
    assert national_speaker([doc[:]])
    local = nlp("The provincial government blamed the disruption on foreign hackers.")
    assert not national_speaker([local[:]])


def test_the_countrys_widens_beyond_a_story_city(nlp: Language) -> None:
    city = Place("IR", "Tehran", "Tehran")
    doc = nlp("Workers at some of the country's largest refineries walked out on Monday.")
    assert widened([doc[:]], city)
    doc = nlp("Students held rallies at several universities on Monday.")
    assert widened([doc[:]], city)
    doc = nlp("Workers at the refinery walked out on Monday.")
    assert not widened([doc[:]], city)


# --- story and paragraph places -----------------------------------------------------------


_MANY_CITIES = (
    "Protests spread to Tabriz, Shiraz, Isfahan and Mashhad on Friday.\n\n"
    "In Tehran, students marched on Saturday.\n\n"
    "Riot police fired tear gas in Tehran on Sunday.\n\n"
    "Shops closed in Tehran on Monday.\n\n"
    "Hundreds of people were arrested, officials said.\n\n"
    "Thousands more were wounded."
)


def test_article_naming_many_cities_has_no_story_city(nlp: Language) -> None:
    doc = nlp(_MANY_CITIES)
    assert Locator(doc).story_place is None
    assert sentence_places(nlp, _MANY_CITIES, "Thousands more", "wounded") == [("IR", None, None)]


def test_national_body_report_takes_no_story_city(nlp: Language) -> None:
    text = (
        "Protests in Zahedan enter third day\n\n"
        "Thousands of people marched in Zahedan on Friday. "
        "Police fired on the crowd in Zahedan, witnesses said. "
        "Shops in Zahedan stayed shut on Saturday.\n\n"
        "The interior minister apologised to bystanders who had been hurt."
    )
    doc = nlp(text)
    story = Locator(doc).story_place
    assert story is not None and story.city == "Zahedan"
    assert sentence_places(nlp, text, "The interior minister", "hurt") == [("IR", None, None)]


def test_neighbour_listing_many_towns_of_one_province_lends_the_province(
    nlp: Language,
) -> None:
    text = (
        "Security forces killed protesters in Ahvaz, Shadegan, Susangerd and Izeh. "
        "Hundreds of others were wounded."
    )
    got = sentence_places(nlp, text, "Hundreds of others", "wounded")
    assert got == [("IR", "Khuzestan", None)]


def test_neighbour_lends_the_seat_it_names_when_it_has_no_event_place(nlp: Language) -> None:
    text = (
        "Two students were detained by the police in Tabriz on Monday. "
        "Witnesses said one of them was beaten in a van."
    )
    got = sentence_places(nlp, text, "Witnesses said", "beaten")
    assert got == [("IR", "East Azerbaijan", "Tabriz")]


def test_common_english_name_of_a_city_beats_its_province(gaz: Gazetteer) -> None:
    place = gaz.lookup("Grodno")
    assert place is not None
    assert (place.country, place.city) == ("BY", "Grodno")
