"""Tests of round s19f: protests named only as what a death toll is counted over are
its setting, not a new protest mention; the toll stays an attack cue. On sentences
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import event_types

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Officials said three more people had died, bringing the death toll from nine days "
        "of anti-austerity protests to 34.",
        "Chile protests death toll rises as curfew is extended",
        "The death toll in last week's demonstrations in the south has risen to 14, "
        "officials said.",
    ],
)
def test_protest_counted_over_by_toll_is_no_mention(nlp: Language, text: str) -> None:
    types = event_types(nlp, text)
    assert "protest" not in types
    assert "attack" in types


@pytest.mark.parametrize(
    "text",
    [
        "Thousands protested in the capital on Monday, and the toll rose to five.",
        "Students marched to the ministry on Friday after the toll was announced.",
    ],
)
def test_protest_beside_a_toll_is_kept(nlp: Language, text: str) -> None:
    assert "protest" in event_types(nlp, text)
