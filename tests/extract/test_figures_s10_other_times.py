"""Figures, session 10: counts of an event set at another time ("a day after the day
when dozens were killed") are not the mention's; on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import pairs

pytestmark = pytest.mark.slow


def test_deaths_of_the_day_before_are_not_counted(nlp: Language) -> None:
    text = (
        "Police fired water cannon at hundreds of students in the capital on Tuesday, "
        "two days after the bloodiest night of the revolt, when dozens of people were killed."
    )
    assert pairs(nlp, "attack", text, "fired") == set()


def test_deaths_before_a_clause_are_not_counted(nlp: Language) -> None:
    text = (
        "Soldiers beat marchers in the northern town, weeks before 40 people were shot dead "
        "at the border crossing."
    )
    assert ("killed", 40) not in pairs(nlp, "attack", text, "beat")


def test_a_participle_after_an_after_clause_still_counts(nlp: Language) -> None:
    text = (
        "The militia shelled the ferry terminal an hour after the last boat had docked, "
        "killing at least 31 passengers."
    )
    assert pairs(nlp, "attack", text, "shelled") == {("killed", 31)}


def test_killed_since_a_raid_is_counted(nlp: Language) -> None:
    text = "Medics said at least 64 people had been killed since the raid on the camp."
    assert ("killed", 64) in pairs(nlp, "attack", text, "killed")


def test_a_kind_adjective_closing_a_count_gives_its_kind(nlp: Language) -> None:
    text = "The interior ministry has published a far lower figure of 37 dead nationwide."
    assert pairs(nlp, "attack", text, "dead") == {("killed", 37)}


def test_an_adjective_before_a_noun_leaves_the_noun_counted(nlp: Language) -> None:
    text = "Police dispersed 300 wounded veterans outside the ministry."
    assert ("killed", 300) not in pairs(nlp, "attack", text, "dispersed")
