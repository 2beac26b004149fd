"""Tests of event places: scope cues that keep a story's or paragraph's place out of a
mention, toponym roles (places fronted before a speaker or chanted against, suburbs, unknown
towns near known ones), and gazetteer names.

Sentences are written for these tests (not taken from any gold set).
"""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import sentence_places

from unrest.extract.where import Gazetteer

# --- gazetteer -------------------------------------------------------------------------


def test_sri_lankan_provinces_keep_their_geonames_name(gaz: Gazetteer) -> None:
    place = gaz.lookup("Colombo", "LK")
    assert place is not None
    assert (place.admin1, place.city) == ("Western Province", "Colombo")


def test_common_english_spelling_names_the_town(gaz: Gazetteer) -> None:
    place = gaz.lookup("Jalq", "IR")
    assert place is not None
    assert place.city == "Jaleq"


# --- roles -----------------------------------------------------------------------------


def test_foreign_place_fronted_before_a_speaker_is_not_the_event_place(nlp: Language) -> None:
    text = (
        "Protests over bread prices continued in Iran this week. "
        "In Vienna, a United Nations spokesman said on Tuesday that scores of people "
        "may have been killed."
    )
    got = sentence_places(nlp, text, "In Vienna, a United Nations", "killed")
    assert got == [("IR", None, None)]


def test_home_place_fronted_before_a_speaker_stays(nlp: Language) -> None:
    text = "In Shiraz, the police chief said that 40 rioters were arrested overnight."
    assert sentence_places(nlp, text, text, "arrested") == [("IR", "Fars", "Shiraz")]


def test_country_a_crowd_chants_against_is_not_the_place(nlp: Language) -> None:
    text = (
        "Thousands attended the funeral prayers in Tabriz on Sunday. "
        "Mourners chanted against Israel as the coffins passed."
    )
    got = sentence_places(nlp, text, "Mourners chanted", "chanted")
    assert got == [("IR", "East Azerbaijan", "Tabriz")]


def test_unknown_town_near_a_known_one_is_a_town_of_its_province(nlp: Language) -> None:
    text = "In Mobarakeh Sofla, near Isfahan, riot police fired on a crowd of farmers."
    got = sentence_places(nlp, text, text, "fired")
    assert got == [("IR", "Isfahan", "Mobarakeh Sofla")]


def test_city_that_only_locates_a_town_is_dropped(nlp: Language) -> None:
    text = "Protesters burned the municipal building in Varamin, near Tehran, on Friday."
    assert sentence_places(nlp, text, text, "burned") == [("IR", "Tehran", "Varamin")]


def test_named_suburb_of_a_city_is_the_city(nlp: Language) -> None:
    text = "Protesters set fire to a bank in the Mashhad suburb of Tabarsi."
    got = sentence_places(nlp, text, text, "fire")
    assert got == [("IR", "Razavi Khorasan", "Mashhad")]


def test_suburbs_in_a_list_keep_the_province_beside_a_town_in_it(nlp: Language) -> None:
    text = "By evening the protests had spread to Tabriz's eastern suburbs, Tabriz and Marand."
    got = sentence_places(nlp, text, text, "protests")
    assert ("IR", "East Azerbaijan", None) in got
    assert ("IR", "East Azerbaijan", "Marand") in got


# --- context that is not inherited ------------------------------------------------------


def test_national_body_report_inherits_no_paragraph_place(nlp: Language) -> None:
    text = (
        "Students marched in Mashhad on Monday and clashed with police. "
        "The interior ministry said 250 people had been arrested in connection with the unrest."
    )
    got = sentence_places(nlp, text, "The interior ministry said", "arrested")
    assert got == [("IR", None, None)]


def test_local_report_still_inherits_the_paragraph_place(nlp: Language) -> None:
    text = (
        "Students marched in Mashhad on Monday and clashed with police. "
        "Witnesses said 25 people had been arrested in connection with the unrest."
    )
    got = sentence_places(nlp, text, "Witnesses said", "arrested")
    assert got == [("IR", "Razavi Khorasan", "Mashhad")]


def test_beating_in_custody_has_no_story_place(nlp: Language) -> None:
    text = (
        "Dozens of teachers were detained in Shiraz during the strike. "
        "One of them later said he had been beaten in custody."
    )
    assert sentence_places(nlp, text, "One of them", "beaten") == [("IR", None, None)]


def test_sentence_for_an_offence_elsewhere_is_not_placed_there(nlp: Language) -> None:
    text = (
        "Reza Karimi, 24, was sentenced to death for setting fire to a police station "
        "in Tabriz in October."
    )
    assert sentence_places(nlp, text, text, "sentenced") == [("IR", None, None)]


def test_social_media_block_is_the_countrys_not_the_story_citys(nlp: Language) -> None:
    text = (
        "Riot police cleared the protest camp in Kandy on Friday. "
        "Protesters had occupied the lakeside park in Kandy for weeks. "
        "Demonstrators in Kandy vowed to return. "
        "The government also blocked Facebook and WhatsApp for a day."
    )
    assert sentence_places(nlp, text, "The government also", "blocked") == [("LK", None, None)]


def test_definite_station_points_back_to_the_place_in_force(nlp: Language) -> None:
    text = (
        "Gunmen opened fire in Zahedan on Friday. "
        "Residents buried the dead the next day. "
        "Officials said later that attackers had stormed the police station."
    )
    got = sentence_places(nlp, text, "Officials said later", "stormed")
    assert got == [("IR", "Sistan and Baluchestan", "Zahedan")]


def test_noun_trigger_with_its_own_place_leaves_another_arguments_place(
    nlp: Language,
) -> None:
    text = "The hangings in Tabriz last week followed the executions of two men in Zahedan."
    assert sentence_places(nlp, text, text, "hangings") == [("IR", "East Azerbaijan", "Tabriz")]
