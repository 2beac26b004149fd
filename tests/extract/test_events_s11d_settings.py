"""Tests of protests named only as the setting of a judicial act, of a protest told inside a
"during" phrase, and of the scale of an event, on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import event_types

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The prosecutor said 45 people had been detained in the riots and would face trial.",
        "Three men have now been hanged in relation to the protests, the monitor said.",
        "Police in Rasht said they had rounded up and detained 60 ringleaders of the riots.",
        "The appeals court confirmed the prison terms of four students for taking part in the "
        "demonstrations.",
        "Charges were filed against 200 workers for their role in the protests, the court said.",
    ],
)
def test_protest_named_only_as_setting_of_judicial_act_is_no_protest(
    nlp: Language, text: str
) -> None:
    assert "protest" not in event_types(nlp, text)


def test_protest_with_its_own_place_and_time_is_still_told(nlp: Language) -> None:
    text = "Police detained 30 people during protests in Arak on Sunday evening."
    assert {"arrest", "protest"} <= event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Two guards were wounded during protests in the port city on 4 March, officials said.",
        "Riot police beat dozens of students during demonstrations over tuition fees in Qazvin.",
    ],
)
def test_new_protests_inside_a_during_phrase_are_a_protest(nlp: Language, text: str) -> None:
    assert {"attack", "protest"} <= event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A guard was shot dead during the protests, the governor said.",
        "The baker was convicted of wounding a guard during protests in Yasuj in 2019.",
    ],
)
def test_protests_named_back_or_inside_a_charge_stay_references(nlp: Language, text: str) -> None:
    assert "protest" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The extent of the arrests shocked lawyers in the capital.",
        "Nobody has questioned the magnitude of the demonstrations.",
        "The scale of the strikes surprised the oil ministry.",
    ],
)
def test_the_scale_of_an_event_named_before_is_no_report(nlp: Language, text: str) -> None:
    assert not event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Parents of students who were shot say the police have warned them to keep quiet.",
        "The workers listed their demands, among them justice for those killed.",
    ],
)
def test_victims_named_only_as_kin_or_owed_justice_are_no_attack(nlp: Language, text: str) -> None:
    assert "attack" not in event_types(nlp, text)


def test_victims_given_a_date_of_their_own_are_still_reported(nlp: Language) -> None:
    text = "Parents of students who were shot in Sanandaj on 9 October met the governor."
    assert "attack" in event_types(nlp, text)
