"""Tests of round s18f: recommendations and demands written as imperatives ask for
an act and report none (GUIDELINES section 1, calls to act); on sentences written
for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import event_types

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Restore mobile internet access in the border provinces.",
        "Quash every death sentence passed in connection with the unrest.",
        "Investigate the shooting of protesters in the southern towns.",
    ],
)
def test_imperative_demands_are_not_mentions(nlp: Language, text: str) -> None:
    assert event_types(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police restored order after firing tear gas at the marchers.", "attack"),
        ("LIVE: Police kill two protesters in the port city", "attack"),
    ],
)
def test_reports_and_labelled_headlines_are_kept(nlp: Language, text: str, expected: str) -> None:
    assert expected in event_types(nlp, text)
