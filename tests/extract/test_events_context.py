"""Tests of the context rules for event triggers, on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import event_types

pytestmark = pytest.mark.slow


# ------------------------------------------------------------ not reports


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the charge of a judicial act, not an event
        ("The teacher was hanged in Ahvaz for wounding a soldier at a checkpoint.", "attack"),
        # an event only in a clause that dates another one
        (
            "Pupils walked out of class after officials admitted that troops had shot "
            "down a passenger jet.",
            "attack",
        ),
        # people in general under a modal main clause
        ("Those who burned government buildings will be punished severely.", "property_attack"),
        # an object that names nobody in particular
        ("The governor denied that the guards had fired at anyone.", "attack"),
        # a one-word quoted -ing form is an adjective
        ('The minister called the verdict "revolting" on Monday.', "protest"),
        # a clause under a negated report
        ("The prosecutor did not say how many of the cases were jail terms.", "sentencing"),
        # a modifier that classifies another event
        ("The second strike-related arrest took place in the port city.", "strike"),
        # a bare definite noun that only refers back
        ("The transport ministry played down the walkout.", "strike"),
        # a charge over an event under a judicial noun
        (
            "He was jailed on charges of sedition over the killing of a guard in Shiraz.",
            "attack",
        ),
        # an event named as the topic of a blame
        ("The governor blamed foreign agents trained abroad for the violence.", "attack"),
        # a yardstick in a comparison
        (
            "Scholars have compared the role of the northern provinces in the uprising to that of "
            "clergy in 1906.",
            "protest",
        ),
    ],
)
def test_not_a_report(nlp: Language, text: str, absent: str) -> None:
    assert absent not in event_types(nlp, text)


def test_bare_reference_with_participation_verb_is_kept(nlp: Language) -> None:
    assert "protest" in event_types(nlp, "The minister said the unions were organizing the rally.")


def test_relative_clause_on_victims_is_not_a_protest(nlp: Language) -> None:
    found = event_types(
        nlp, "Guards detained dozens of farmers who had gathered outside the office."
    )
    assert found == {"arrest"}


# ------------------------------------------------------------ cues without a lexicon verb


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stores in the old city stayed shut on Tuesday.", "strike"),
        ("Traders in the market kept their shutters down for a second day.", "strike"),
        ("Hundreds of bus drivers stayed off the roads on Sunday.", "strike"),
        ("A crowd outside the court was dispersed with batons on Friday.", "protest"),
        ("Three marchers died after riot police beat them with clubs.", "attack"),
        ("A farmer died of gunshot wounds in hospital on Monday.", "attack"),
        ("Two teenagers lost their lives in the clashes in the capital.", "attack"),
        ("Thousands of nurses returned to the streets on Saturday.", "protest"),
        ("A young driver, shot in the leg by guards at the border on 3 May.", "attack"),
        ("Witnesses said thousands were killed in the crackdown last year.", "attack"),
        ("The winter was followed by strikes by oil workers in March.", "strike"),
    ],
)
def test_cues_without_a_lexicon_verb(nlp: Language, text: str, expected: str) -> None:
    assert expected in event_types(nlp, text)


def test_protesters_who_die_give_an_attack_not_a_protest(nlp: Language) -> None:
    found = event_types(nlp, "Two marchers died after guards beat them with clubs.")
    assert found == {"attack"}


def test_a_plain_death_is_not_an_attack(nlp: Language) -> None:
    assert "attack" not in event_types(nlp, "The former minister died in hospital on Monday.")


def test_shops_open_are_no_strike(nlp: Language) -> None:
    assert "strike" not in event_types(nlp, "Stores in the old city stayed open on Tuesday.")
