"""Tests of deaths by one's own hand, leaving prison, force answered to a crowd and
negated subjects in a coordinated clause, on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import event_types

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Prison officials in Urmia said the young cleric had hanged himself in the showers.",
        "Police in Bandar Abbas claimed that the two brothers had killed themselves.",
    ],
)
def test_force_turned_on_oneself_is_no_attack_or_execution(nlp: Language, text: str) -> None:
    assert not event_types(nlp, text) & {"attack", "execution"}


def test_hanging_someone_else_is_still_an_execution(nlp: Language) -> None:
    text = "Guards hanged the young cleric in the prison yard at dawn on Thursday."
    assert "execution" in event_types(nlp, text)


def test_walking_out_of_prison_is_no_strike(nlp: Language) -> None:
    text = "The poet walked out of Evin prison on Sunday evening, her husband said."
    assert "strike" not in event_types(nlp, text)


def test_walking_out_of_a_workplace_is_still_a_strike(nlp: Language) -> None:
    text = "Nurses walked out of the main hospital in Tabriz on Sunday over unpaid wages."
    assert "strike" in event_types(nlp, text)


def test_a_crowd_answered_with_gas_is_an_attack(nlp: Language) -> None:
    text = "Riot police answered the mourners with tear gas near the cemetery gates on Friday."
    assert "attack" in event_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "No arrests were reported in Sanandaj, but police detained six students in Marivan.",
            "arrest",
        ),
        (
            "No hangings were announced on Monday, but two prisoners were executed in Qezel "
            "Hesar on Tuesday.",
            "execution",
        ),
    ],
)
def test_a_negated_subject_does_not_reach_a_conjunct_with_its_own(
    nlp: Language, text: str, kind: str
) -> None:
    assert kind in event_types(nlp, text)


def test_a_shared_negated_subject_still_denies_both_verbs(nlp: Language) -> None:
    text = "Nobody was detained or charged after the rally in Yasuj."
    assert "arrest" not in event_types(nlp, text)
