"""Tests of figures read from word order and of the recent figure rules, on sentences
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import pairs

pytestmark = pytest.mark.slow


def test_count_right_after_its_verb(nlp: Language) -> None:
    # the parser makes "people" the subject of "said"; word order still gives the kind
    text = (
        "Guards opened fire on students after morning classes in the western Iranian city "
        "of Ilam, killing at least 7 people, the Paris-based group Reporters Without Borders "
        "said on Monday."
    )
    assert pairs(nlp, "attack", text, "opened") == {("killed", 7)}


def test_count_after_its_verb_is_not_participants(nlp: Language) -> None:
    text = (
        "Marchers gathered near the shrine in the eastern town of Zabol, injuring "
        "at least 3 guards, the Norway-based monitor Hengaw said on Sunday."
    )
    assert ("participants", 3) not in pairs(nlp, "protest", text, "gathered")


def test_raising_verb_passes_its_kind(nlp: Language) -> None:
    text = "About 900 people are believed to have been detained in the province since June."
    assert ("arrested", 900) in pairs(nlp, "arrest", text, "detained")


def test_clause_on_a_quantity_head(nlp: Language) -> None:
    text = "The envoy asked about the fate of hundreds of villagers detained during the raids."
    assert pairs(nlp, "arrest", text, "detained") == {("arrested", 100)}


def test_fragment_participle_across_an_including_phrase(nlp: Language) -> None:
    text = "Six people, including a 14-year-old girl, killed in Izeh on 3 May when police fired."
    assert ("killed", 6) in pairs(nlp, "attack", text, "fired")


def test_subset_after_among_them(nlp: Language) -> None:
    text = (
        "Monitors said 50 people were arrested overnight, among them three nurses from the clinic."
    )
    assert pairs(nlp, "arrest", text, "arrested") == {("arrested", 50)}


def test_places_of_another_mention_are_not_taken(nlp: Language) -> None:
    text = (
        "Monitors confirmed the deaths of 12 villagers in four towns, and the arrest of "
        "more than 200 people in two provinces."
    )
    found = pairs(nlp, "arrest", text, "arrest")
    assert ("locations", 4) not in found
    assert ("arrested", 200) in found


def test_new_people_nouns_are_counted(nlp: Language) -> None:
    text = "Troops killed 14 militants near the border on Friday."
    assert pairs(nlp, "attack", text, "killed") == {("killed", 14)}
