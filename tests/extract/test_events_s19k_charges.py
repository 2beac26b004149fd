"""Tests of acts named as the content of a charge, on sentences written for these tests:
the act a court convicted someone of is not an event mention (the development sets
disagree on this convention; the seeds have no such clause), while the judicial act is."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import event_types

pytestmark = pytest.mark.slow


def test_the_act_a_court_convicted_of_is_not_an_attack(nlp: Language) -> None:
    text = "Iran executed a man on Monday who had been convicted of killing a guard in Qom."
    types = event_types(nlp, text)
    assert "execution" in types
    assert "attack" not in types


def test_an_attack_outside_a_charge_stays(nlp: Language) -> None:
    text = "Security forces killed two protesters in Qom on Monday, the group said."
    assert "attack" in event_types(nlp, text)
