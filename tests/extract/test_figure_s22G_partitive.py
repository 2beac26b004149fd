"""Tests of counts whose kind sits beside the counted people (s22 G): a partitive
pronoun's clause ("120 of those detained") and a kind adjective before the counted
noun ("dozens of wounded protesters")."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import pairs

pytestmark = pytest.mark.slow


def test_part_of_those_executed(nlp: Language) -> None:
    text = "At least 90 of those executed last year were members of ethnic minorities."
    assert pairs(nlp, "execution", text, "executed") == {("executed", 90)}


def test_part_of_those_killed_with_subset(nlp: Language) -> None:
    text = "The group has confirmed the names of 141 of those killed, including 17 children."
    assert pairs(nlp, "attack", text, "killed") == {("killed", 141), ("killed", 17)}


def test_part_of_those_arrested(nlp: Language) -> None:
    text = "Lawyers said that 35 of those arrested in the capital were students."
    assert pairs(nlp, "arrest", text, "arrested") == {("arrested", 35)}


def test_kind_adjective_before_counted_noun(nlp: Language) -> None:
    text = "The city hospital said it had admitted dozens of injured people overnight."
    assert pairs(nlp, "attack", text, "injured") == {("injured", 12)}


def test_plain_adjective_gives_no_kind(nlp: Language) -> None:
    text = "Police fired tear gas at hundreds of young people outside the stadium."
    assert pairs(nlp, "attack", text, "fired") == set()


def test_adjective_before_the_numeral_is_the_verbs(nlp: Language) -> None:
    text = "Soldiers shot dead 14 villagers near the border crossing on Tuesday."
    assert pairs(nlp, "attack", text, "shot") == {("killed", 14)}


def test_participle_hung_on_earlier_thing(nlp: Language) -> None:
    text = (
        "The group voiced concern about the lack of information on casualties and the"
        " treatment of thousands of people detained during the strikes."
    )
    assert pairs(nlp, "arrest", text, "detained") == {("arrested", 1000)}
