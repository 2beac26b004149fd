"""Figures, round s23C: a day after a capitalised month name in a chronology ("OCT. 1 -")
is no count, and a count that opens a clause of its own after "and" does not take the
kind of the verb before the conjunction; on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import pairs

pytestmark = pytest.mark.slow


def test_day_after_an_upper_case_month_is_no_count(nlp: Language) -> None:
    text = "SEPT. 3 - Several thousand students gather outside the ministry to protest fees."
    assert pairs(nlp, "protest", text, "gather") == {("participants", 1000)}


def test_day_after_a_month_opening_a_chronology_line(nlp: Language) -> None:
    text = (
        "DEC. 9 onward - Teachers stay away from classrooms across the north in a strike "
        "called by their unions."
    )
    assert pairs(nlp, "strike", text, "strike") == set()


def test_count_opening_its_own_clause_after_and(nlp: Language) -> None:
    text = (
        "The bar association says about 2,000 people have been injured and dozens of "
        "lawyers detained since March."
    )
    assert pairs(nlp, "attack", text, "injured") == {("injured", 2000)}
    assert pairs(nlp, "arrest", text, "detained") == {("arrested", 12)}


def test_coordinated_kind_nouns_still_share_their_object(nlp: Language) -> None:
    text = "Rights groups condemned the arrest and detention of 40 students in Tabriz."
    assert pairs(nlp, "arrest", text, "arrest") == {("arrested", 40)}
