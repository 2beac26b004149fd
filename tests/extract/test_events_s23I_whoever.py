"""Tests of relative clauses about a class of people (``_events_whoever``): a clause on
"anyone"/"whoever", or on "those" when what is said of them is modal, reports no event;
on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import event_types

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The prosecutor said that those who had set fire to shops and attacked the "
            "police would be dealt with firmly.",
            "attack",
        ),
        (
            "The prosecutor said that those who had set fire to shops and attacked the "
            "police would be dealt with firmly.",
            "property_attack",
        ),
        (
            "The governor said there would be no mercy for those who had attacked the police.",
            "attack",
        ),
        (
            "A judge warned that those who had damaged public buildings could face long "
            "prison terms.",
            "property_attack",
        ),
        (
            "The mayor warned that anyone who joined unlicensed rallies would be fined.",
            "protest",
        ),
    ],
)
def test_threats_against_a_class_of_people_report_nothing(
    nlp: Language, text: str, kind: str
) -> None:
    assert kind not in event_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Those who set fire to the town hall were not students, the mayor said.",
            "property_attack",
        ),
        (
            "Those who were beaten by police on 3 May will be compensated, the minister said.",
            "attack",
        ),
    ],
)
def test_those_who_did_something_told_plainly_or_dated_stays(
    nlp: Language, text: str, kind: str
) -> None:
    assert kind in event_types(nlp, text)
