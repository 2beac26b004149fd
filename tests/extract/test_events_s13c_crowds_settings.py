"""Tests of crowds taking over a place, injuries told through hospital care, vigils,
"without" and negated-information denials, settings of deaths and campaigns against
executions, on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import event_types

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, striking students occupied the law faculty in Skopje.",
        "Hundreds of farmers remained camped outside the ministry on Friday.",
        "Thousands of students overran the governor's compound on Sunday afternoon.",
        "By midnight, several thousand residents had filled the streets of the old town.",
        "Last week the main campus had been blockaded by its own students.",
        "On Monday evening residents assembled outside the town hall.",
    ],
)
def test_a_group_taking_over_a_place_is_a_protest(nlp: Language, text: str) -> None:
    assert "protest" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers occupied the television station before dawn.",
        "Police occupied the campus on Monday.",
        "The prime minister said anyone who occupied a ministry would be prosecuted.",
        "Students plan to occupy the faculty next week.",
        "The company assembled a team of engineers in March.",
    ],
)
def test_forces_plans_and_other_senses_are_no_protest(nlp: Language, text: str) -> None:
    assert "protest" not in event_types(nlp, text)


def test_a_time_phrase_parsed_as_object_leaves_gather_intransitive(nlp: Language) -> None:
    text = "After the announcement, nurses gathered that evening at the central hospital in Gyumri."
    assert "protest" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "At least 40 were taken to hospital with injuries on Saturday.",
        "The health ministry said 62 people had been admitted to hospital with injuries.",
        "Dozens more, among them two journalists, were treated in hospital.",
    ],
)
def test_people_taken_to_hospital_with_injuries_is_an_attack(nlp: Language, text: str) -> None:
    assert "attack" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "She was taken to hospital with a fever last week.",
        "Police said eleven men had been arrested, three of whom were treated in hospital.",
    ],
)
def test_illness_and_relative_clauses_are_no_injury_report(nlp: Language, text: str) -> None:
    assert "attack" not in event_types(nlp, text)


def test_a_vigil_is_a_protest(nlp: Language) -> None:
    text = "On Thursday night hundreds held a candlelight vigil for the miners outside the mine."
    assert "protest" in event_types(nlp, text)
    text = "A vigil for the victims drew hundreds to the square on Sunday."
    assert "protest" in event_types(nlp, text)


def test_a_vigil_attended_before_an_arrest_only_dates_it(nlp: Language) -> None:
    text = "The consul was detained for two hours on Monday after attending a vigil near the port."
    assert "protest" not in event_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The second march ended without shooting, residents said.", "attack"),
        ("The sit-in was cleared without arrests on Tuesday.", "arrest"),
        ("We have no information that any British national has been detained.", "arrest"),
    ],
)
def test_what_did_not_happen_is_no_report(nlp: Language, text: str, kind: str) -> None:
    assert kind not in event_types(nlp, text)


def test_an_act_done_without_warning_still_happened(nlp: Language) -> None:
    assert "attack" in event_types(nlp, "Guards shot two miners without warning on Friday.")


@pytest.mark.parametrize(
    "text",
    [
        "The rights group has documented at least 210 deaths in those March protests.",
        "At least 90 people were killed by soldiers in the context of the protests.",
    ],
)
def test_a_bare_protest_noun_setting_deaths_is_no_protest(nlp: Language, text: str) -> None:
    types = event_types(nlp, text)
    assert "attack" in types
    assert "protest" not in types


def test_a_protest_joined_beside_injuries_is_still_reported(nlp: Language) -> None:
    text = (
        "About 20,000 people joined the demonstrations in the capital that day, "
        "and at least 30 were taken to hospital with injuries."
    )
    assert {"protest", "attack"} <= event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A hashtag campaign against their execution was shared two million times this week.",
        "The verdict prompted an online petition against the executions.",
    ],
)
def test_a_campaign_against_executions_reports_none(nlp: Language, text: str) -> None:
    assert "execution" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Mounted police charged the crowd outside the stadium on Saturday.",
        "The ministry said a number of security personnel had been martyred by rioters.",
        "A traffic warden was burned to death in his kiosk on Sunday night.",
    ],
)
def test_attacks_told_with_general_words(nlp: Language, text: str) -> None:
    assert "attack" in event_types(nlp, text)


def test_charged_with_a_crime_is_no_attack(nlp: Language) -> None:
    text = "Prosecutors charged the crowd's organisers with incitement on Monday."
    assert "attack" not in event_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Footage of the protests reached the world within hours.", "protest"),
        ("Video of the shooting was shared widely online on Friday.", "attack"),
        ("The minister said the stoppage had nothing to do with the protests.", "protest"),
        ("The coroner said his death had nothing to do with the demonstrations.", "protest"),
    ],
)
def test_an_event_named_as_a_topic_or_a_denied_link_is_no_report(
    nlp: Language, text: str, kind: str
) -> None:
    assert kind not in event_types(nlp, text)
