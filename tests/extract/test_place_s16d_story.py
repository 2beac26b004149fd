"""Tests of the story place (session 16, places): calendar months and pseudonyms are
not towns, "Tehran universities" do not spread a story over the country, a province
the title names is the story place even when a few other cities echo it, and the
people on board an airliner die in the province, not in the city it left."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import sentence_places

from unrest.extract._gazetteer import Gazetteer
from unrest.extract._where_toponyms import find_toponyms
from unrest.extract.where import Locator


def _names(nlp: Language, gaz: Gazetteer, text: str) -> list[str]:
    doc = nlp(text)
    return [t.span.text for s in doc.sents for t in find_toponyms(s, gaz, "IR")]


def test_solar_month_between_day_and_year_is_not_a_town(nlp: Language, gaz: Gazetteer) -> None:
    names = _names(nlp, gaz, "The statement was issued on Wednesday 13 Mehr 1401 in Shiraz.")
    assert names == ["Shiraz"]


def test_solar_month_after_a_day_is_not_a_town(nlp: Language, gaz: Gazetteer) -> None:
    names = _names(nlp, gaz, "On 12 Bahman, workers in Ahvaz walked out.")
    assert names == ["Ahvaz"]


def test_town_of_the_same_name_is_still_a_town(nlp: Language, gaz: Gazetteer) -> None:
    names = _names(nlp, gaz, "Farmers gathered in Bahman on Monday.")
    assert names == ["Bahman"]


def test_quoted_pseudonym_is_not_a_town(nlp: Language, gaz: Gazetteer) -> None:
    names = _names(nlp, gaz, 'The prisoner in Tabriz asked to be identified as "Bahram."')
    assert names == ["Tabriz"]


_LETTER = (
    "A letter from Evin prison in Tehran reached us this week. "
    'Its writer, a student, asked to be called "Bahram."\n\n'
    "He went out to Enghelab Street with a friend on the last night of December. "
    "Later a crowd formed at the corner.\n\n"
    "Men on motorbikes came from the side streets. They beat people with cables."
)


def test_pseudonym_does_not_hide_the_story_city(nlp: Language) -> None:
    got = sentence_places(nlp, _LETTER, "They beat", "beat")
    assert got == [("IR", "Tehran", "Tehran")]


_CAMPUS = (
    "Council of Student Associations, Tehran universities\n\n"
    "Students gathered at Sharif University of Technology on Sunday afternoon. "
    "By the evening riot police had surrounded the gates of the campus.\n\n"
    "Agents on motorcycles fired pellets at the students near the exits.\n\n"
    "More than 150 students have been arrested in Tehran since the protests began. "
    "Others were sent to Evin prison.\n\n"
    "Students at Amir Kabir University in Tehran also gathered on Monday."
)


def test_named_universities_keep_the_story_city(nlp: Language) -> None:
    got = sentence_places(nlp, _CAMPUS, "Agents on motorcycles", "fired")
    assert got == [("IR", "Tehran", "Tehran")]


_PROVINCE = (
    "# Water protests in Khuzestan province, Iran\n\n"
    "Since 15 July, people in Khuzestan province have protested over water shortages. "
    "Crowds gathered in Ahvaz on Friday. "
    "Protests then spread to Shadegan and Susangerd. "
    "A police officer was killed in Mahshahr, provincial officials said.\n\n"
    "Crowds in Tabriz chanted in solidarity, and so did passengers on the Tehran metro. "
    "Ministers in Tehran have said nothing.\n\n"
    "Dozens of people have been arrested, among them activists taken from their homes."
)


def test_titled_province_is_the_story_place(nlp: Language) -> None:
    got = sentence_places(nlp, _PROVINCE, "Dozens of people", "arrested")
    assert got == [("IR", "Khuzestan", None)]


def test_titled_province_story(nlp: Language) -> None:
    place = Locator(nlp(_PROVINCE)).story_place
    assert place is not None and (place.admin1, place.city) == ("Khuzestan", None)


_FLIGHT = (
    "A Ukrainian airliner crashed minutes after taking off from Tehran on Wednesday. "
    "All 176 people on board were killed."
)


def test_people_on_board_die_in_the_province(nlp: Language) -> None:
    got = sentence_places(nlp, _FLIGHT, "All 176", "killed")
    assert got == [("IR", "Tehran", None)]


_EXECUTIONS = (
    "Three men were hanged in Isfahan at dawn on Friday, the judiciary said. "
    "The hangings bring to seven the number of men executed in connection with the "
    "protests that began last year."
)


def test_movement_tally_borrows_no_paragraph_city(nlp: Language) -> None:
    got = sentence_places(nlp, _EXECUTIONS, "The hangings", "executed")
    assert got == [("IR", None, None)]


def test_local_tally_keeps_the_paragraph_city(nlp: Language) -> None:
    text = (
        "Security forces opened fire on a crowd in Javanrud on Sunday. "
        "Local sources put the number of wounded at more than 30."
    )
    got = sentence_places(nlp, text, "Local sources", "wounded")
    assert got == [("IR", "Kermanshah", "Javanrud")]


def test_the_province_is_the_story_province(nlp: Language) -> None:
    text = _PROVINCE.replace(
        "Dozens of people have been arrested, among them activists taken from their homes.",
        "A rights group said hundreds had been detained in the province.",
    )
    got = sentence_places(nlp, text, "A rights group", "detained")
    assert got == [("IR", "Khuzestan", None)]


def test_crowd_in_the_national_assembly_is_in_the_capital(nlp: Language) -> None:
    text = (
        "Protests against the fuel price rise in Ecuador entered a second week. "
        "On the eighth, a crowd forced its way into the National Assembly building."
    )
    got = sentence_places(nlp, text, "On the eighth", "crowd")
    assert got == [("EC", "Pichincha", "Quito")]
