"""Tests of protest nouns that only identify people by their part in a protest told
elsewhere (``_events_participants``), on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import event_types

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The prosecutor said the courts would deal firmly with those who had led the riots.",
        "The pardon covers some 3,000 people involved in the protests.",
        "He said that people who had only been present at the gatherings would be released.",
        "Officials named four men who had played a role in last month's riots.",
    ],
)
def test_people_described_by_their_part_are_no_protest(nlp: Language, text: str) -> None:
    assert "protest" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "About 40,000 people had been involved in the gatherings, the minister said.",
        "A teacher who took part in a protest in Rasht on 3 October was later detained.",
        "A nurse who joined the protests was shot in the leg.",
        "Thousands of people took part in the protests in Tabriz on Friday.",
    ],
)
def test_protests_told_in_their_own_right_stay(nlp: Language, text: str) -> None:
    assert "protest" in event_types(nlp, text)
