"""An event noun that is only expected ("more protests were expected on Monday", "the
country was expecting an attack") reports nothing yet; on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import event_types

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("More rallies were expected in the capital on Saturday evening.", "protest"),
        ("The garrison was on alert because it was expecting an attack by rebels.", "attack"),
    ],
)
def test_expected_events_are_not_reported(nlp: Language, text: str, kind: str) -> None:
    assert kind not in event_types(nlp, text)


def test_an_event_told_beside_an_expectation_stays(nlp: Language) -> None:
    text = "Students marched through Lyon on Monday, and more marches were expected."
    assert "protest" in event_types(nlp, text)
