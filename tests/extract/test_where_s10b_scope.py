"""Tests of event places, second round: quarters of a city folded to the city, lists of
echoing cities that leave the story city in place, towns that only name an anchor event,
and beatings in interrogation that take no place of the story.

Sentences are written for these tests (not taken from any gold set).
"""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import sentence_places

#: An article whose story city is Shiraz: the lead and later sentences name it.
_SHIRAZ = (
    "Thousands of teachers marched in Shiraz on Tuesday over unpaid wages.\n\n"
    "Teachers blocked a main road in Shiraz for two hours.\n\n"
    "Riot police in Shiraz fired tear gas at the crowd, witnesses said.\n\n"
)


def test_a_district_of_a_city_folds_to_the_city(nlp: Language) -> None:
    text = "Police fired tear gas at a crowd in Golshahr, a poor district of Karaj, on Friday."
    got = sentence_places(nlp, text, "Police fired", "fired")
    assert got == [("IR", "Alborz", "Karaj")]


def test_a_township_on_the_edge_of_a_city_folds_to_the_city(nlp: Language) -> None:
    text = (
        "Riot police entered Shahrak-e Chamran, on the edge of Mahshahr, "
        "where workers had blocked the highway."
    )
    got = sentence_places(nlp, text, "Riot police", "blocked")
    assert got == [("IR", "Khuzestan", "Bandar-e Mahshahr")]


def test_a_town_on_the_outskirts_of_a_city_stays(nlp: Language) -> None:
    text = "Protesters gathered in Shahriar, on the outskirts of Tehran, on Friday."
    got = sentence_places(nlp, text, "Protesters gathered", "gathered")
    assert ("IR", "Tehran", "Shahriar") in got


def test_similar_protests_in_other_cities_keep_the_story_city(nlp: Language) -> None:
    text = (
        _SHIRAZ + "Similar marches were held later in the week in Yazd, Kerman and Arak.\n\n"
        "Dozens of teachers were detained overnight, their families said."
    )
    got = sentence_places(nlp, text, "Dozens of teachers", "detained")
    assert got == [("IR", "Fars", "Shiraz")]


def test_a_plain_list_of_cities_still_leaves_no_story_city(nlp: Language) -> None:
    text = (
        _SHIRAZ + "Teachers marched later in the week in Yazd, Kerman and Arak.\n\n"
        "Dozens of teachers were detained overnight, their families said."
    )
    got = sentence_places(nlp, text, "Dozens of teachers", "detained")
    assert got == [("IR", None, None)]


def test_a_town_naming_an_anchor_event_is_not_lent(nlp: Language) -> None:
    text = (
        "Two days after the Zahedan massacre, a teacher unfurled a banner on a bridge in "
        "Tabriz. She was detained within the hour, her lawyer said."
    )
    got = sentence_places(nlp, text, "She was detained", "detained")
    assert got == [("IR", "East Azerbaijan", "Tabriz")]


def test_an_anchor_town_is_no_place_of_its_own_sentence(nlp: Language) -> None:
    text = "Police detained dozens of students in Shiraz after the Zahedan massacre."
    got = sentence_places(nlp, text, "Police detained", "detained")
    assert got == [("IR", "Fars", "Shiraz")]


def test_scene_after_prayers_in_a_town_stays(nlp: Language) -> None:
    text = "Police detained dozens of worshippers after Friday prayers in Zahedan."
    got = sentence_places(nlp, text, "Police detained", "detained")
    assert got == [("IR", "Sistan and Baluchestan", "Zahedan")]


def test_beating_by_interrogators_takes_no_story_city(nlp: Language) -> None:
    text = _SHIRAZ + "One of the teachers said interrogators had beaten him for two days."
    got = sentence_places(nlp, text, "One of the teachers", "beaten")
    assert got == [("IR", None, None)]


def test_beatings_during_interrogation_take_no_story_city(nlp: Language) -> None:
    text = (
        _SHIRAZ + "A detained teacher was subjected to abuse during interrogation, "
        "including beatings that broke his arm."
    )
    got = sentence_places(nlp, text, "A detained teacher", "beatings")
    assert got == [("IR", None, None)]


def test_a_beating_after_release_from_detention_keeps_the_story_city(nlp: Language) -> None:
    text = (
        _SHIRAZ + "A teacher was freed from detention on Monday, and police beat his "
        "neighbours outside his house."
    )
    got = sentence_places(nlp, text, "A teacher was freed", "beat")
    assert got == [("IR", "Fars", "Shiraz")]
