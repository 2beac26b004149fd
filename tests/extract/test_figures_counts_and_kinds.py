"""Tests of round-four figure rules (days before a month, ages as bounds, kinds in a
clause's complement, killings that are no injuries), on sentences written for them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unrest.extract.events import find_triggers
from unrest.extract.figures import figures_for
from unrest.nlp import load_pipeline

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def figs(nlp: Language, text: str, event_type: str) -> set[tuple[str, int]]:
    out: set[tuple[str, int]] = set()
    for trig in find_triggers(nlp(text)):
        if trig.type == event_type:
            out |= {(f.kind, f.value) for f in figures_for(trig.type, trig.trigger, trig.evidence)}
    return out


def test_day_before_a_month_is_no_count(nlp: Language) -> None:
    text = "At least 14 people were killed in Ahvaz on 21 and 22 March."
    assert figs(nlp, text, "attack") == {("killed", 14)}
    assert figs(nlp, "Workers rallied in Arak on 3 and 4 June.", "protest") == set()


def test_age_bound_is_no_count(nlp: Language) -> None:
    text = "Monitors recorded the arrest of teenagers as young as 14 in Zanjan."
    assert ("arrested", 14) not in figs(nlp, text, "arrest")


def test_kind_in_a_clause_complement(nlp: Language) -> None:
    text = (
        "Out of the 25 people reported to have been sentenced to death this year, "
        "three have been executed."
    )
    assert ("sentenced", 25) in figs(nlp, text, "sentencing")
    assert figs(nlp, text, "execution") == {("executed", 3)}


def test_stabbed_to_death_are_not_injured(nlp: Language) -> None:
    text = (
        "Officials confirmed a guard shot in Qom on Friday and two officers "
        "who were stabbed to death in Karaj the next day."
    )
    found = figs(nlp, text, "attack")
    assert ("killed", 2) in found
    assert ("injured", 2) not in found
