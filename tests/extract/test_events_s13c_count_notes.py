"""Tests of comments on a count that report no event, on sentences written for these
tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import event_types

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Madam Chair, the number of students detained is alarming.", "arrest"),
        ("The number of people arrested in Osh was also contested.", "arrest"),
        ("The figure of 9,000 arrests is difficult to verify.", "arrest"),
        ("The claim of 300 dead is an exaggeration, officials say.", "attack"),
    ],
)
def test_a_judged_count_is_no_report(nlp: Language, text: str, kind: str) -> None:
    assert kind not in event_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The number of people killed in Osh was at least 35.", "attack"),
        ("The number of students detained rose to 1,200 on Friday.", "arrest"),
    ],
)
def test_a_count_given_is_still_reported(nlp: Language, text: str, kind: str) -> None:
    assert kind in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Government ministers have described the marches as foreign-backed riots.",
        "The governor praised the police for their handling of what he called organised riots.",
    ],
)
def test_a_label_given_by_officials_is_no_protest(nlp: Language, text: str) -> None:
    assert "protest" not in event_types(nlp, text)


def test_a_name_given_by_those_taking_part_still_reports(nlp: Language) -> None:
    text = "Most shops in Bukan stayed shut on Monday in what traders are calling a general strike."
    assert "strike" in event_types(nlp, text)
