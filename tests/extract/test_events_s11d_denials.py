"""Tests of events told only as what is denied or as undone, on sentences written for these
tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import event_types

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The provincial police chief denied that officers had fired on the mourners.", "attack"),
        ("The ministry denies that any teachers were arrested in Qom last month.", "arrest"),
        ("The young farmer denied stabbing the guard, his lawyer said.", "attack"),
        (
            "The agency named the organisers but gave no indication that they had been detained.",
            "arrest",
        ),
    ],
)
def test_the_content_of_a_denial_is_no_report(nlp: Language, text: str, kind: str) -> None:
    assert kind not in event_types(nlp, text)


def test_a_claim_told_before_its_denial_is_still_reported(nlp: Language) -> None:
    text = "Witnesses said police had fired on the mourners; the police chief denied it."
    assert "attack" in event_types(nlp, text)


def test_a_claim_denied_by_someone_else_is_still_reported(nlp: Language) -> None:
    text = "Activists said guards had beaten the prisoners, a claim the warden denied."
    assert "attack" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The high court overturned the death sentence of the young boxer in March.",
        "Both sentences were quashed on appeal last year.",
        "The president announced a commutation of sentences for 300 prisoners.",
        "All of these sentences have to be annulled, the lawyers said.",
    ],
)
def test_an_undone_sentence_is_no_sentencing(nlp: Language, text: str) -> None:
    assert "sentencing" not in event_types(nlp, text)


def test_an_upheld_sentence_is_still_a_sentencing(nlp: Language) -> None:
    text = "The high court upheld the death sentence of the young boxer in March."
    assert "sentencing" in event_types(nlp, text)


def test_a_halted_execution_is_no_execution(nlp: Language) -> None:
    text = "The judiciary halted the execution of the two brothers on Monday."
    assert "execution" not in event_types(nlp, text)
