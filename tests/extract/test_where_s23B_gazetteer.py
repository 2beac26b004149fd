"""Tests of event places, round s23B: the city of Minsk is its own admin1 unit
("Minsk City", as Kyiv is "Kyiv City"), not the Minsk region around it; a plant "in"
a name shared by a town and its province is in the town; the place of the act a person
is hanged "for" ("the killing of ...") is not the hanging's; "the province" as the seat
of an officer's unit is no pointing back; a provincial dateline that the lead names is
the story city, and "Smaller gatherings were held in A, B and C" is an echo of it; a
square of another city is the story city's own; "in that city" takes up the city just
named; a commander's seat inside what a protest is "over" is not the protest's place.

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


def test_a_plant_in_a_name_shared_with_its_province_is_the_town(nlp: Language) -> None:
    text = (
        "Dozens of contract workers walked out on Monday at a steel plant in Zanjan "
        "over unpaid wages, a labour group said."
    )
    got = sentence_places(nlp, text, "Dozens of contract workers", "walked")
    assert got == [("IR", "Zanjan", "Zanjan")]


def test_in_the_province_of_that_name_stays_the_province(nlp: Language) -> None:
    text = "Dozens of workers walked out on Monday at a steel plant in Zanjan province."
    got = sentence_places(nlp, text, "Dozens of workers", "walked")
    assert got == [("IR", "Zanjan", None)]


def test_the_place_of_the_killing_a_man_was_hanged_for_is_not_the_hanging(
    nlp: Language,
) -> None:
    text = (
        "Iranian authorities on Sunday hanged a young man for the killing of a police "
        "officer during street protests in Kazerun two years ago, his lawyer said."
    )
    got = sentence_places(nlp, text, "Iranian authorities", "hanged")
    assert got == [("IR", None, None)]


def test_the_province_as_the_seat_of_an_officers_unit_is_not_the_scene(nlp: Language) -> None:
    text = (
        "Protesters clashed with security forces in Zahedan on Friday after prayers. "
        "Colonel Reza Karimi, the head of intelligence of the border guards' main base "
        "in the province, was wounded in the clashes, state media said."
    )
    got = sentence_places(nlp, text, "Colonel Reza Karimi", "wounded")
    assert got == [("IR", "Sistan and Baluchestan", "Zahedan")]


#: A story filed from a provincial city that its lead names, with echoes elsewhere.
_ARAK = (
    "ARAK, Jan. 5 (Wire) - Hundreds of workers gathered in central Arak on Thursday to "
    "demand unpaid wages, the provincial governor said.\n\n"
    "Police used tear gas to disperse them, he said.\n\n"
    "Smaller gatherings were held on Friday in Qom, Kashan and Saveh, officials said.\n\n"
    "In Tehran, students gathered at the gate of the university.\n\n"
    "In Tehran, a crowd marched to parliament on Saturday.\n\n"
    "Similar rallies were held in Tabriz, Shiraz and Arak."
)


def test_a_provincial_dateline_the_lead_names_is_the_story_city(nlp: Language) -> None:
    got = sentence_places(nlp, _ARAK, "Police used tear gas", "used")
    assert got == [("IR", "Markazi", "Arak")]


def test_a_square_named_in_a_story_set_in_another_city_is_that_citys(nlp: Language) -> None:
    text = _ARAK.replace(
        "Police used tear gas",
        "Several hundred people had gathered in Azadi Square. Police used tear gas",
    )
    got = sentence_places(nlp, text, "Several hundred people", "gathered")
    assert got == [("IR", "Markazi", "Arak")]


def test_a_square_with_its_own_city_named_keeps_that_city(nlp: Language) -> None:
    text = _ARAK.replace(
        "Police used tear gas",
        "Students also gathered in Tehran's Azadi Square. Police used tear gas",
    )
    got = sentence_places(nlp, text, "Students also gathered", "gathered")
    assert got == [("IR", "Tehran", "Tehran")]


def test_that_city_takes_up_the_city_just_named_in_its_sentence(nlp: Language) -> None:
    text = (
        _ARAK + ' "We will not bow," said Hojatoleslam Ahmad Karimi, the Friday prayer leader '
        "of Qom, addressing a rally in that city."
    )
    got = sentence_places(nlp, text, '"We will not bow,"', "rally")
    assert got == [("IR", "Qom", "Qom")]


def test_the_seat_of_an_official_in_a_protests_grievance_is_not_its_place(
    nlp: Language,
) -> None:
    text = (
        "The worst clashes took place in Zahedan on Friday. After prayers, hundreds of "
        "people protested outside the governor's office over the beating of a teenager by "
        "a police commander in Khash."
    )
    got = sentence_places(nlp, text, "After prayers", "protested")
    assert got == [("IR", "Sistan and Baluchestan", "Zahedan")]
