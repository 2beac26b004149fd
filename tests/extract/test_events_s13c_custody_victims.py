"""Tests of detentions told without an arrest verb (dragged into vans, held in custody),
crowds that only suffer, and feared arrests, on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import event_types

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Witnesses saw men in plain clothes drag two students into an unmarked van in Tabriz.",
        "Our neighbours were being dragged into police cars while we watched.",
        "Three of the union's organisers remain in detention in Bishkek.",
        "The editor has been in custody since the raid on 3 March.",
        "At least a dozen bloggers were behind bars as of last week.",
    ],
)
def test_detentions_told_without_an_arrest_verb(nlp: Language, text: str) -> None:
    assert "arrest" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Asked how many remain in custody, the spokesman gave no figure.",
        "The ministry did not say how many were still in detention.",
        "Volunteers dragged the injured into a shop doorway.",
        "The family pushed the cart into the van.",
    ],
)
def test_questions_and_other_drags_are_no_arrest(nlp: Language, text: str) -> None:
    assert "arrest" not in event_types(nlp, text)


def test_protesters_who_only_suffer_do_not_protest(nlp: Language) -> None:
    text = "Dozens of protesters suffered burns from the canisters fired by riot police."
    types = event_types(nlp, text)
    assert "protest" not in types
    assert "attack" in types


def test_a_feared_arrest_is_no_arrest(nlp: Language) -> None:
    text = "His supporters stayed outside his house all night, fearing his arrest."
    assert "arrest" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Rioters attacked two police stations in the north of the city on Sunday night.",
        "On Friday, protesters attacked a fuel depot outside Kerman.",
    ],
)
def test_a_crowd_attacking_a_building_is_a_property_attack(nlp: Language, text: str) -> None:
    types = event_types(nlp, text)
    assert "property_attack" in types
    assert "attack" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Armed gunmen attacked a police station in the border town on Friday.",
        "Rioters attacked the police station with grenades and rifles on Monday.",
    ],
)
def test_armed_attackers_on_a_building_are_an_attack(nlp: Language, text: str) -> None:
    types = event_types(nlp, text)
    assert "attack" in types
    assert "property_attack" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Her brother was taken from his bed at four in the morning.",
        "Some of the students were taken from their dormitory rooms before dawn.",
        "I saw that they took a dozen people from the square that night.",
    ],
)
def test_people_taken_from_where_they_were_are_arrested(nlp: Language, text: str) -> None:
    assert "arrest" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "She took her children from school early on Tuesday.",
        "Volunteers took the wounded from the square to hospital.",
    ],
)
def test_taking_children_home_or_the_wounded_to_care_is_no_arrest(nlp: Language, text: str) -> None:
    assert "arrest" not in event_types(nlp, text)
