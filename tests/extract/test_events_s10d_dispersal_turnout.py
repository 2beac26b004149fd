"""Tests of dispersals with weapons, counts of people taking part and releases of
detainees, on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import event_types

pytestmark = pytest.mark.slow


# ------------------------------------------------------------ dispersals


@pytest.mark.parametrize(
    "text",
    [
        "Riot police dispersed the mourners with tear gas outside the cemetery.",
        "The sit-in at the ministry was broken up after officers scattered the teachers "
        "with batons.",
        "Guards dispersed the students with water cannon on Tuesday evening.",
    ],
)
def test_a_dispersal_with_a_weapon_is_an_attack(nlp: Language, text: str) -> None:
    assert "attack" in event_types(nlp, text)


def test_the_object_of_an_active_dispersal_is_no_gathering(nlp: Language) -> None:
    text = "Police dispersed the Rasht vigil and detained four relatives, activists said."
    assert event_types(nlp, text) == {"arrest"}


def test_a_dispersal_without_a_weapon_is_no_attack(nlp: Language) -> None:
    assert "attack" not in event_types(nlp, "Police dispersed the crowd before noon.")


def test_a_crowd_dispersed_with_gas_is_still_a_gathering(nlp: Language) -> None:
    text = "On Friday a crowd near the bazaar was dispersed with tear gas."
    assert {"attack", "protest"} <= event_types(nlp, text)


# ------------------------------------------------------------ counts of participants


@pytest.mark.parametrize(
    "text",
    [
        "The governor said some 12,000 people had taken part across the province.",
        "Organisers put the turnout at 30,000, double the police estimate.",
        "State radio put the number of demonstrators in the capital at about 800.",
    ],
)
def test_a_count_of_people_taking_part_is_a_protest(nlp: Language, text: str) -> None:
    assert "protest" in event_types(nlp, text)


def test_employees_taking_part_in_many_cities_are_on_strike(nlp: Language) -> None:
    text = "The union said nurses had taken part in at least 25 cities."
    assert event_types(nlp, text) == {"strike"}


@pytest.mark.parametrize(
    "text",
    [
        "The ministry could not say how many bakers took part.",
        "A number of rioters set fire to a police kiosk in Rasht.",
    ],
)
def test_an_untold_count_or_a_quantifier_is_no_turnout(nlp: Language, text: str) -> None:
    assert "protest" not in event_types(nlp, text)


# ------------------------------------------------------------ releases


@pytest.mark.parametrize(
    "text",
    [
        "Most of those held at the stadium have since been released on bail.",
        "The reporters who were detained in March were freed on Sunday, their editor said.",
    ],
)
def test_a_release_of_detainees_is_no_new_arrest(nlp: Language, text: str) -> None:
    assert "arrest" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "About 300 students arrested during the sit-ins were released on bail in June.",
        "Nine farmers were detained on Monday, although most were freed within hours.",
    ],
)
def test_a_counted_or_own_arrest_before_a_release_stays(nlp: Language, text: str) -> None:
    assert "arrest" in event_types(nlp, text)
