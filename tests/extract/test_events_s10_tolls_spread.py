"""Tests of death counts, pronoun spreads, victims' clauses and crowds whose acts are other
events, on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import event_types, triggers

pytestmark = pytest.mark.slow


# ------------------------------------------------------------ counts of the dead


@pytest.mark.parametrize(
    "text",
    [
        "A monitoring group in Norway put the toll in Saravan at 27.",
        "The coroner's office later raised its toll to 58.",
        "Provincial officials put the number of dead at 14.",
        "Local estimates of the dead ranged from 30 to 80.",
        "A senior lawmaker gave a figure of 190 dead across the country.",
        "Kurdish activists have counted more than 60 dead in the valley.",
        "Among the dead were three teenagers and a retired teacher.",
        "The governor said that fewer than 15 people had died in the town.",
    ],
)
def test_a_count_of_the_dead_is_an_attack(nlp: Language, text: str) -> None:
    assert "attack" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a toll with no number is only a reference
        "The true toll is probably much higher.",
        # the dead named only as mourned
        "Students will light candles for the dead on Friday.",
        # a death of illness, and a death in custody, are told apart
        "Nine people died of cholera in the camp last week.",
        "At least three inmates died in custody in the northern jail.",
        # a toll of a disease
        "The covid toll in the province reached 400 on Sunday.",
        # an ordinal is no count
        "A second woman died in hospital on Monday.",
    ],
)
def test_no_count_or_no_violence_is_no_attack(nlp: Language, text: str) -> None:
    assert "attack" not in event_types(nlp, text)


# ------------------------------------------------------------ spreads told with a pronoun


@pytest.mark.parametrize(
    "text",
    [
        "Demonstrations began in Bushehr on Sunday. They have since spread to a dozen towns.",
        "Rallies broke out in Zanjan after the verdict. By Tuesday it had spread to Qazvin and "
        "Karaj.",
    ],
)
def test_a_pronoun_that_spreads_after_protests_is_a_protest(nlp: Language, text: str) -> None:
    spreads = [t for t in triggers(nlp, text) if t.trigger.text == "spread"]
    assert [t.type for t in spreads] == ["protest"]


@pytest.mark.parametrize(
    "text",
    [
        # something else spreads
        "A fire started in a warehouse near the port. It spread to the neighbouring buildings.",
        # no place reached
        "Protests broke out in Arak. They spread quickly through social media.",
    ],
)
def test_other_spreads_are_no_protest(nlp: Language, text: str) -> None:
    assert not [t for t in triggers(nlp, text) if t.trigger.text == "spread"]


# ------------------------------------------------------------ clauses on the victims


def test_a_gathering_fired_on_is_a_protest(nlp: Language) -> None:
    text = "Police opened fire on villagers who had gathered outside the district office."
    assert event_types(nlp, text) >= {"attack", "protest"}


def test_an_arrest_told_of_someone_hanged_is_an_arrest(nlp: Language) -> None:
    text = "The wrestler, who had been arrested in Shiraz in 2019, was hanged in September."
    assert event_types(nlp, text) >= {"arrest", "execution"}


def test_workers_detained_where_they_gathered_stay_one_arrest(nlp: Language) -> None:
    text = "Police detained about 30 nurses who had gathered at the hospital gate."
    assert "protest" not in event_types(nlp, text)


# ------------------------------------------------------------ crowds whose acts are other events


@pytest.mark.parametrize(
    "text",
    [
        "In Kerman, protesters set fire to the offices of the governing party.",
        "Crowds stormed and looted the mayor's residence on Thursday.",
    ],
)
def test_a_crowd_that_only_burns_or_loots_is_a_property_attack(nlp: Language, text: str) -> None:
    types = event_types(nlp, text)
    assert "property_attack" in types
    assert "protest" not in types


def test_a_crowd_that_also_blocks_roads_is_a_protest(nlp: Language) -> None:
    text = "Demonstrators blocked the highway and set fire to two banks."
    assert event_types(nlp, text) >= {"protest", "property_attack"}
