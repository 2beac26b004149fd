"""Tests of events named only as what someone has a right or power to do
(``_events_entitled``), on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import event_types

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The minister said citizens had the right to protest but not to riot.", "protest"),
        ("The governor said that criticism and even protest were the people's right.", "protest"),
        (
            "Under the decree the army was given powers to detain people without a warrant.",
            "arrest",
        ),
        ("The envoy called for respect for the rights of those protesting.", "protest"),
    ],
)
def test_an_entitlement_is_no_event(nlp: Language, text: str, kind: str) -> None:
    assert kind not in event_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Students gathered to demand the freedom of classmates arrested last week.", "arrest"),
        ("Nurses protested in Tabriz on Monday to defend their right to strike.", "protest"),
    ],
)
def test_events_beside_a_right_stay(nlp: Language, text: str, kind: str) -> None:
    assert kind in event_types(nlp, text)
