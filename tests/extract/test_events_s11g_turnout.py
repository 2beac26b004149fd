"""Tests of groups of people who "came out", on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import event_types

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "That night the nurses came out in front of the main hospital in Tabriz.",
        "Thousands came out onto the streets of Gomel on Sunday.",
        "The people who came out in March were mostly young and unemployed.",
    ],
)
def test_a_group_that_came_out_is_a_protest(nlp: Language, text: str) -> None:
    assert "protest" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The audit report came out on Monday.",
        "The farmers came out in favour of the new tariff.",
        "The miners came out of the pit at dusk.",
        "The villagers will come out tomorrow.",
        "Teachers did not come out on Thursday.",
    ],
)
def test_other_senses_of_came_out_are_no_protest(nlp: Language, text: str) -> None:
    assert "protest" not in event_types(nlp, text)
