"""Tests of event cues (censorship phrases, shutters, sentence-initial event nouns,
"martyred" and "hurt"), on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import event_types

from unrest.extract.events import find_triggers

pytestmark = pytest.mark.slow


def test_cut_off_from_the_internet_is_censorship(nlp: Language) -> None:
    assert "censorship" in event_types(
        nlp, "The regime cut the northern provinces off from the internet."
    )
    assert "censorship" in event_types(
        nlp, "The whole region stayed cut off from the internet for days."
    )


def test_cut_off_a_road_is_not_censorship(nlp: Language) -> None:
    assert "censorship" not in event_types(nlp, "Troops cut off the road to the airport on Sunday.")


def test_switched_off_data_is_censorship(nlp: Language) -> None:
    assert "censorship" in event_types(
        nlp, "Mobile data was switched off across the city on Friday."
    )


def test_shutters_pulled_down_is_a_strike_not_vandalism(nlp: Language) -> None:
    found = event_types(nlp, "Merchants in the old bazaar pulled down their shutters on Monday.")
    assert "strike" in found
    assert "property_attack" not in found


def test_pulling_down_a_statue_is_still_vandalism(nlp: Language) -> None:
    assert "property_attack" in event_types(nlp, "Students pulled down a statue of the governor.")


def test_sentence_initial_event_noun_tagged_as_name(nlp: Language) -> None:
    text = (
        "The ration was cut in half overnight. "
        "Protests began the same day in Ahvaz, Mashhad, Sirjan, Shiraz and Behbahan."
    )
    found = [t for t in find_triggers(nlp(text)) if t.type == "protest"]
    assert found and found[0].trigger.text == "Protests"


def test_martyred_and_hurt_are_attacks(nlp: Language) -> None:
    assert "attack" in event_types(nlp, "A border guard was martyred in the clash on Tuesday.")
    assert "attack" in event_types(nlp, "Organisers said about 40 marchers had been hurt.")
    assert "attack" not in event_types(nlp, "The new tariffs hurt exporters' profits last year.")
