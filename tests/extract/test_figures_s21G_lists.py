"""Tests of counts listed after a source's name (s21 G): "Amnesty International: at least
304 killed" is a count, not the age of a named person ("Mohsen Shekari, 23,")."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import pairs

pytestmark = pytest.mark.slow


def test_qualified_count_after_a_name_and_colon(nlp: Language) -> None:
    text = "Kurdistan Rights Network: at least 112 killed, including 9 children"
    assert pairs(nlp, "attack", text, "killed") == {("killed", 112), ("killed", 9)}


def test_bare_age_after_a_name_is_still_no_count(nlp: Language) -> None:
    text = "Saman Yasin, 27, was hanged in Karaj."
    assert pairs(nlp, "execution", text, "hanged") == set()


def test_count_of_sources_is_no_figure(nlp: Language) -> None:
    text = "Several students were detained at the dormitory overnight, according to two classmates."
    assert pairs(nlp, "arrest", text, "detained") == set()


def test_townspeople_are_participants(nlp: Language) -> None:
    text = "On Friday thousands of townspeople joined the march to the governor's office."
    assert pairs(nlp, "protest", text, "march") == {("participants", 1000)}
