"""Tests of burning tyres (a protest, not a property attack), on sentences written for
these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import event_types

pytestmark = pytest.mark.slow


# ------------------------------------------------------------ burning tyres


@pytest.mark.parametrize(
    "text",
    [
        "Farmers set fire to tyres and blocked the highway near the dam.",
        "Young men in the old quarter blocked lanes and burned tyres on Sunday night.",
        "Students set tyres alight outside the ministry.",
    ],
)
def test_burning_tyres_is_a_protest(nlp: Language, text: str) -> None:
    types = event_types(nlp, text)
    assert "protest" in types
    assert "property_attack" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Rioters burned tyres and a police van near the bridge.",
        "Crowds set fire to a tax office in the town centre.",
    ],
)
def test_burning_property_stays_a_property_attack(nlp: Language, text: str) -> None:
    assert "property_attack" in event_types(nlp, text)
