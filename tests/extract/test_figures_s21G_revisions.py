"""Tests of counts revised in a later clause (s21 G): the first count and its revision
are both figures of the mention."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import pairs

pytestmark = pytest.mark.slow


def test_revising_the_figure_to_a_new_count(nlp: Language) -> None:
    text = "The monitor documented at least 212 killings, later revising the figure to 240."
    assert pairs(nlp, "attack", text, "killings") == {("killed", 212), ("killed", 240)}


def test_raising_the_number_of_arrests(nlp: Language) -> None:
    text = "Police said 40 students were arrested on Monday and later raised the number to 65."
    assert pairs(nlp, "arrest", text, "arrested") == {("arrested", 40), ("arrested", 65)}


def test_raised_toll_keeps_the_count_it_revises(nlp: Language) -> None:
    text = (
        "The group said it had recorded the deaths of 150 people, and later raised its toll to 172."
    )
    assert pairs(nlp, "attack", text, "toll") == {("killed", 150), ("killed", 172)}


def test_earlier_value_of_a_rise_is_still_no_figure(nlp: Language) -> None:
    text = "At least 208 people had been killed, up from 143 a week earlier."
    assert pairs(nlp, "attack", text, "killed") == {("killed", 208)}
