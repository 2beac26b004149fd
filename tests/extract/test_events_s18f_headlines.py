"""Tests of round s18f: a headline or sub-heading that states an event is a mention
(GUIDELINES section 1; dev8-dev18 conventions), while lines that only label a section,
speak for the writer or continue a list are not; on lines written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import triggers

pytestmark = pytest.mark.slow

_BODY = "\n\nThe report was published on Monday by the agency.\n"


def _headline_types(nlp: Language, line: str) -> set[str]:
    """The event types found in ``line`` standing alone above a body paragraph."""
    return {t.type for t in triggers(nlp, line + _BODY) if t.evidence.text.strip() == line}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Police kill three protesters in the southern city", "attack"),
        ("Government says 300 detained in the capital", "arrest"),
        ("Farmers rally in the provincial capital over water shortages", "protest"),
        ("Two activists hanged at dawn in the northern city", "execution"),
    ],
)
def test_headline_stating_an_event_is_a_mention(nlp: Language, line: str, expected: str) -> None:
    assert expected in _headline_types(nlp, line)


@pytest.mark.parametrize(
    "line",
    [
        "Strikes",
        "Arrests we have recorded",
        "Killings: what we know so far",
        "the immediate release of everyone detained during the protests;",
        "Protests by region:",
    ],
)
def test_section_labels_are_not_mentions(nlp: Language, line: str) -> None:
    assert _headline_types(nlp, line) == set()
