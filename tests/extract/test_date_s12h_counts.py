"""One helper counting the units of a duration noun, and one list of ordinal words."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Token

from unrest.extract._date_base import unit_length
from unrest.extract._date_ordinals import ORDINAL_WORDS, ordinals_between
from unrest.extract._date_periods import NTH_ORDINALS
from unrest.extract._where_ranked import _ordinal

_DEPS = frozenset({"nummod", "amod", "quantmod"})


def _noun(nlp: Language, text: str, word: str) -> Token:
    return next(t for t in nlp(text) if t.text == word)


def test_number_word_counts_the_units(nlp: Language) -> None:
    noun = _noun(nlp, "The strike went on for three days in the capital.", "days")
    assert unit_length(noun, _DEPS) == 3


def test_digits_count_the_units(nlp: Language) -> None:
    noun = _noun(nlp, "The strike went on for 12 days in the capital.", "days")
    assert unit_length(noun, _DEPS) == 12


def test_no_number_no_count(nlp: Language) -> None:
    noun = _noun(nlp, "The strike went on for days in the capital.", "days")
    assert unit_length(noun, _DEPS) is None


def test_number_word_outside_the_dependencies_does_not_count(nlp: Language) -> None:
    noun = _noun(nlp, "The strike went on for three days in the capital.", "days")
    assert unit_length(noun, frozenset({"det"})) is None


def test_ordinals_between_keeps_order_and_bounds() -> None:
    assert list(ordinals_between(1, 3)) == ["first", "second", "third"]
    assert ordinals_between(19, 30) == {"nineteenth": 19, "twentieth": 20}
    assert len(ORDINAL_WORDS) == 20


def test_date_and_place_rules_share_the_ordinals(nlp: Language) -> None:
    assert "first" not in NTH_ORDINALS and NTH_ORDINALS["twentieth"] == 20
    tok = _noun(nlp, "She was the ninth person hanged.", "ninth")
    assert _ordinal(tok)
