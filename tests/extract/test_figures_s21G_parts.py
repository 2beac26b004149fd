"""Tests of exact parts of a count told by where they befell (s21 G): "six killed, three of
them in X" gives both counts; parts told by when or by what else befell them do not."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import pairs

pytestmark = pytest.mark.slow


def test_part_of_a_toll_in_a_place_is_a_figure(nlp: Language) -> None:
    text = "Eleven demonstrators were killed on Friday, four of them in the town of Kerend."
    assert pairs(nlp, "attack", text, "killed") == {("killed", 11), ("killed", 4)}


def test_included_part_in_a_place_is_a_figure(nlp: Language) -> None:
    text = "Police detained 52 people after the march, including 17 in the port city of Bushehr."
    assert pairs(nlp, "arrest", text, "detained") == {("arrested", 52), ("arrested", 17)}


def test_part_told_by_a_day_is_not_a_figure(nlp: Language) -> None:
    text = "Police arrested 300 people over three days, 120 of them on Sunday."
    assert pairs(nlp, "arrest", text, "arrested") == {("arrested", 300)}


def test_part_told_by_who_they_are_is_not_a_figure(nlp: Language) -> None:
    text = "Police detained 45 people in the town, including three nurses."
    assert pairs(nlp, "arrest", text, "detained") == {("arrested", 45)}


def test_part_beside_children_is_a_figure(nlp: Language) -> None:
    text = "Monitors said 340 people had been killed, including 21 women and 40 children."
    assert pairs(nlp, "attack", text, "killed") == {
        ("killed", 340),
        ("killed", 21),
        ("killed", 40),
    }


def test_part_before_children_is_a_figure(nlp: Language) -> None:
    text = "Police have killed at least 420 protesters, including 52 children and 31 women."
    assert pairs(nlp, "attack", text, "killed") == {
        ("killed", 420),
        ("killed", 52),
        ("killed", 31),
    }
