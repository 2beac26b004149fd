"""Tests of estimated subsets, "among those killed", years and exchange rates that are
not counts, named single people and counts cut off by their own verb, on sentences
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import pairs

pytestmark = pytest.mark.slow


def test_qualified_subsets_are_figures(nlp: Language) -> None:
    text = "Some 900 people died in the clashes, including at least 14 students and about 300 men."
    assert pairs(nlp, "attack", text, "died") == {
        ("killed", 900),
        ("killed", 14),
        ("killed", 300),
    }


def test_bare_subset_is_not_a_figure(nlp: Language) -> None:
    text = "Police detained 45 people in the town, including three nurses."
    assert pairs(nlp, "arrest", text, "detained") == {("arrested", 45)}


def test_count_among_those_killed(nlp: Language) -> None:
    text = "At least 6 farmers were among those killed near the dam, villagers said."
    assert pairs(nlp, "attack", text, "killed") == {("killed", 6)}
    assert ("participants", 6) not in pairs(nlp, "protest", text, "killed")


def test_count_among_the_dead(nlp: Language) -> None:
    text = "Among the dead were 7 shopkeepers from the old market."
    assert pairs(nlp, "attack", text, "dead") == {("killed", 7)}


def test_year_before_event_name_is_not_a_count(nlp: Language) -> None:
    text = "The 2016 Brazilian bus drivers' strike lasted a week."
    assert pairs(nlp, "strike", text, "strike") == set()


def test_exchange_rate_is_not_a_count(nlp: Language) -> None:
    text = "Tailors shut their stores after the currency slid to about 70,000 to the dollar."
    assert pairs(nlp, "strike", text, "shut") == set()


def test_named_single_person_is_not_a_figure(nlp: Language) -> None:
    text = "One student, Ahmad Rezaei, was shot dead by guards."
    assert ("killed", 1) not in pairs(nlp, "attack", text, "shot")


def test_verb_ends_the_counted_phrase(nlp: Language) -> None:
    text = (
        "Monitors said 80 people had been injured and at least 140 detained in Gilan, "
        "Zanjan and Qazvin provinces since Monday."
    )
    assert pairs(nlp, "arrest", text, "detained") == {("arrested", 140)}
    assert ("provinces", 140) not in pairs(nlp, "attack", text, "injured")


def test_toll_raised_to_a_count(nlp: Language) -> None:
    text = "Medics raised the death toll from the assault on the camp to 57 on Friday."
    assert pairs(nlp, "attack", text, "assault") == {("killed", 57)}
