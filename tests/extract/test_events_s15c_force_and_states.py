"""Tests of event cues added in round s15c: crowd-control weapons used without a force
verb of their own, networks left unavailable, wrecked property seen, negation kept in
its own coordinated clause, and timeline entries under a date heading; on sentences
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import event_types

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The march on the ministry was met with water cannon and tear gas on Monday.",
        "After dark, riot police moved in with tear gas to clear the square.",
        "The sit-in was broken up by soldiers using live fire, witnesses said.",
        "On Sunday, tear gas was used against a crowd outside the governor's office.",
        "3 May, Zanjan: tear gas used against a crowd near the bazaar.",
    ],
)
def test_weapons_used_on_people_are_an_attack(nlp: Language, text: str) -> None:
    assert "attack" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The riot police who stood by the gate were armed with tear gas and batons.",
        "The kitchen was filled with natural gas after the pipe broke.",
        "The museum shows a water cannon from the nineteenth century.",
    ],
)
def test_weapons_carried_or_other_gases_are_no_attack(nlp: Language, text: str) -> None:
    assert "attack" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Mobile data remained unavailable in four provinces on Tuesday.",
        "Residents of the port said mobile data stopped working on Friday evening.",
        "Since Sunday, families in the valley have been unable to use mobile data.",
    ],
)
def test_networks_left_unavailable_are_censorship(nlp: Language, text: str) -> None:
    assert "censorship" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Drinking water remained unavailable in four villages on Tuesday.",
        "The old lift stopped working on Friday evening.",
        "Since Sunday, the families have been unable to use the main road.",
    ],
)
def test_other_things_unavailable_are_no_censorship(nlp: Language, text: str) -> None:
    assert "censorship" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Local television showed burned-out bank branches in the city centre.",
        "Our correspondent saw the burnt-out shell of the governor's office on Friday.",
    ],
)
def test_wrecked_property_seen_is_a_property_attack(nlp: Language, text: str) -> None:
    assert "property_attack" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Local television showed burned-out forests in the hills.",
        "The bank branches near the station were busy on Friday.",
    ],
)
def test_other_burned_things_are_no_property_attack(nlp: Language, text: str) -> None:
    assert "property_attack" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Neither was allowed to see a lawyer, and, according to their families, both were "
        "beaten in custody.",
        "Police did not fire on the march, and dozens were beaten with batons.",
        "Police never fired, and several protesters were beaten.",
    ],
)
def test_negation_stays_in_its_own_coordinated_clause(nlp: Language, text: str) -> None:
    assert "attack" in event_types(nlp, text)


def test_a_negated_event_is_still_dropped(nlp: Language) -> None:
    assert "attack" not in event_types(nlp, "The guards were not beaten in the yard.")


def test_entry_under_a_date_heading_is_told_in_the_present(nlp: Language) -> None:
    text = (
        "PART 2: CHRONOLOGY\n\n"
        "14 March - Arak\n\n"
        "Workers gather outside the factory gates and chant against the managers."
    )
    assert "protest" in event_types(nlp, text)


def test_present_tense_without_a_date_heading_is_a_habit(nlp: Language) -> None:
    text = (
        "PART 2: HOW THE TOWN WORKS\n\n"
        "The market\n\n"
        "Workers gather outside the factory gates every morning."
    )
    assert "protest" not in event_types(nlp, text)
