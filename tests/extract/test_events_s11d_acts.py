"""Tests of symbolic acts of women baring their heads, of force with several weapons, of
protesters who only speak, and of event nouns after a dated label, on sentences written
for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import event_types

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Schoolgirls in Karaj removed their hijabs in the playground on Tuesday.",
        "Women took off their headscarves and waved them at passing cars in Rasht.",
        "Students in Sari burned their veils on a bonfire outside the dormitory.",
    ],
)
def test_baring_the_head_in_public_is_a_protest(nlp: Language, text: str) -> None:
    assert "protest" in event_types(nlp, text)


def test_burning_a_headscarf_is_no_property_attack(nlp: Language) -> None:
    text = "Students in Sari burned their veils on a bonfire outside the dormitory."
    assert "property_attack" not in event_types(nlp, text)


def test_burning_a_car_is_still_a_property_attack(nlp: Language) -> None:
    text = "Youths burned a police car outside the dormitory in Sari."
    assert "property_attack" in event_types(nlp, text)


def test_several_weapons_used_against_a_crowd_are_an_attack(nlp: Language) -> None:
    text = "Police used stun grenades, rubber bullets and batons against students in Tabriz."
    assert "attack" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        '"We will be back tomorrow," one demonstrator said.',
        "Several protesters told the paper they feared for their families.",
        "Dozens of protesters fled into the side streets.",
    ],
)
def test_protesters_who_only_speak_or_flee_tell_no_protest(nlp: Language, text: str) -> None:
    assert "protest" not in event_types(nlp, text)


def test_protesters_who_act_still_tell_a_protest(nlp: Language) -> None:
    text = "Several protesters blocked the ring road in Tabriz on Monday."
    assert "protest" in event_types(nlp, text)


def test_an_event_noun_after_a_dated_label_is_a_trigger(nlp: Language) -> None:
    text = "3–4 May – Protests continued for a second night in Bojnurd."
    assert "protest" in event_types(nlp, text)
