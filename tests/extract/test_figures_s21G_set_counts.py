"""Tests of counts set on a named total (s21 G): the object a count is set on names the
counted before the verb's subject does, and "at 25 dead" is the count's own word."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import pairs

pytestmark = pytest.mark.slow


def test_bring_to_n_the_number_hanged(nlp: Language) -> None:
    text = "The latest executions bring to nine the number of prisoners hanged this year."
    assert pairs(nlp, "execution", text, "hanged") == {("executed", 9)}


def test_toll_put_at_n_dead(nlp: Language) -> None:
    text = "Provincial officials put the overall toll at 31 dead."
    assert pairs(nlp, "attack", text, "toll") == {("killed", 31)}


def test_deaths_of_a_count_killed_by_the_trigger(nlp: Language) -> None:
    text = (
        "The monitor has verified the deaths of 390 protesters, including 41 children,"
        " killed by security forces since 20 September."
    )
    assert pairs(nlp, "attack", text, "killed") == {("killed", 390), ("killed", 41)}
