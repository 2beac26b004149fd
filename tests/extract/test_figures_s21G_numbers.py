"""Tests of number words that start with "one" (s21 G): "one hundred and four" is 104,
not 100 and 4."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unrest.extract._numbers import find_numbers

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("One hundred and four people were killed.", 104),
        ("All one hundred and seventy-six people on board died.", 176),
        ("Police detained one thousand two hundred people.", 1200),
        ("One million people marched.", 1000000),
        ("Police detained a hundred people.", 100),
    ],
)
def test_one_hundred_and_more(nlp: Language, text: str, value: int) -> None:
    found = find_numbers(nlp(text)[:])
    assert [n.value for n in found] == [value]


def test_year_then_count_are_two_numbers(nlp: Language) -> None:
    found = find_numbers(nlp("In 2019 seven people died in the town.")[:])
    assert [n.value for n in found] == [2019, 7]


def test_digits_take_a_scale(nlp: Language) -> None:
    found = find_numbers(nlp("About 2.5 million people marched.")[:])
    assert [n.value for n in found] == [2500000]
