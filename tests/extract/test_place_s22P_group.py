"""Tests of "group" among the nouns of bodies: "the Oslo group Iran Human Rights" names
the group's seat, not an event place; a group of students in a town still acts there."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import sentence_places


def test_seat_of_a_foreign_group_is_no_event_place(nlp: Language) -> None:
    text = (
        "Riot police fired tear gas at mourners in Mashhad on Sunday. Protesters killed: "
        "the Oslo group Iran Human Rights counted at least 476 by the end of the year."
    )
    got = sentence_places(nlp, text, "Protesters killed", "killed")
    assert ("NO", "Oslo", "Oslo") not in got


def test_group_of_students_in_a_town_acts_there(nlp: Language) -> None:
    text = "Protests continued in Iran. A group of students in Tabriz staged a sit-in on Monday."
    got = sentence_places(nlp, text, "A group", "staged")
    assert got == [("IR", "East Azerbaijan", "Tabriz")]
