"""Tests of human chains as a protest, on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import event_types

pytestmark = pytest.mark.slow


def test_human_chains_are_a_protest(nlp: Language) -> None:
    text = "Hundreds of nurses formed human chains outside the hospitals of Tabriz on Monday."
    assert "protest" in event_types(nlp, text)


def test_forming_a_committee_is_no_protest(nlp: Language) -> None:
    text = "The teachers formed a committee in Tabriz on Monday to discuss the new curriculum."
    assert "protest" not in event_types(nlp, text)
