"""Tests of places counted by an attack whose trigger names no kind (s22 G): "opened
fire on marchers in dozens of towns" spans dozens of towns; a place phrase on another
word than the trigger counts nothing for it."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import pairs

pytestmark = pytest.mark.slow


def test_fire_opened_in_dozens_of_towns(nlp: Language) -> None:
    text = "The blackout began as riot police opened fire on marchers in dozens of towns."
    assert pairs(nlp, "attack", text, "opened") == {("locations", 12)}


def test_fire_opened_in_counted_cities(nlp: Language) -> None:
    text = "Only weeks earlier, troops had opened fire on crowds in more than forty cities."
    assert pairs(nlp, "attack", text, "opened") == {("locations", 40)}


def test_places_of_another_clause(nlp: Language) -> None:
    text = "Police fired tear gas at students, who had marched in six cities that week."
    assert pairs(nlp, "attack", text, "fired") == set()
