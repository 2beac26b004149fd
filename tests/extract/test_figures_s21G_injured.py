"""Tests of counts of injured people told by a participle (s21 G): "dozens of wounded",
"scores of people were reported injured"."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import pairs

pytestmark = pytest.mark.slow


def test_count_of_wounded(nlp: Language) -> None:
    text = "The district clinic was treating dozens of wounded on Sunday night."
    assert pairs(nlp, "attack", text, "wounded") == {("injured", 12)}


def test_count_reported_injured(nlp: Language) -> None:
    text = "Hundreds of people have been reported injured in the clashes."
    assert pairs(nlp, "attack", text, "injured") == {("injured", 100)}


def test_count_that_suffered_injuries(nlp: Language) -> None:
    text = "Hundreds of marchers suffered head injuries when riot police charged them."
    assert ("injured", 100) in pairs(nlp, "attack", text, "charged")


def test_count_received_with_wounds(nlp: Language) -> None:
    text = "A nurse said the clinic had received dozens of people with gunshot wounds."
    assert pairs(nlp, "attack", text, "wounds") == {("injured", 12)}


def test_elliptical_injured_count_is_not_killed(nlp: Language) -> None:
    text = (
        "Doctors said that at least 23 people had been killed and more than 300 injured"
        " in Nairobi and other towns."
    )
    assert pairs(nlp, "attack", text, "killed") == {("killed", 23), ("injured", 300)}
