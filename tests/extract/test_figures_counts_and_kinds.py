"""Tests of figures that are no counts (days before a month, ages as bounds) and of figure
kinds (kinds in a clause's complement, killings that are no injuries), on sentences written
for them."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import triggered_pairs

pytestmark = pytest.mark.slow


def test_day_before_a_month_is_no_count(nlp: Language) -> None:
    text = "At least 14 people were killed in Ahvaz on 21 and 22 March."
    assert triggered_pairs(nlp, text, "attack") == {("killed", 14)}
    assert triggered_pairs(nlp, "Workers rallied in Arak on 3 and 4 June.", "protest") == set()


def test_age_bound_is_no_count(nlp: Language) -> None:
    text = "Monitors recorded the arrest of teenagers as young as 14 in Zanjan."
    assert ("arrested", 14) not in triggered_pairs(nlp, text, "arrest")


def test_kind_in_a_clause_complement(nlp: Language) -> None:
    text = (
        "Out of the 25 people reported to have been sentenced to death this year, "
        "three have been executed."
    )
    assert ("sentenced", 25) in triggered_pairs(nlp, text, "sentencing")
    assert triggered_pairs(nlp, text, "execution") == {("executed", 3)}


def test_stabbed_to_death_are_not_injured(nlp: Language) -> None:
    text = (
        "Officials confirmed a guard shot in Qom on Friday and two officers "
        "who were stabbed to death in Karaj the next day."
    )
    found = triggered_pairs(nlp, text, "attack")
    assert ("killed", 2) in found
    assert ("injured", 2) not in found
