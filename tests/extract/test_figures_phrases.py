"""Tests of figure kinds given by verb phrases, pronoun counts, wholes and subsets,
on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import pairs

pytestmark = pytest.mark.slow


def test_beaten_to_death_is_a_killing(nlp: Language) -> None:
    text = "Four miners were beaten to death near the border post."
    assert pairs(nlp, "attack", text, "beaten") == {("killed", 4)}


def test_sentenced_to_death_stays_a_sentence(nlp: Language) -> None:
    text = "A provincial court sentenced six farmers to death last week."
    assert pairs(nlp, "sentencing", text, "sentenced") == {("sentenced", 6)}


def test_taken_to_hospital_is_injured(nlp: Language) -> None:
    text = "Riot police charged the crowd and at least 30 marchers were taken to hospital."
    assert ("injured", 30) in pairs(nlp, "attack", text, "charged")


def test_taken_away_is_an_arrest(nlp: Language) -> None:
    text = "Witnesses said about 25 of the nurses had been taken away in vans."
    assert pairs(nlp, "arrest", text, "taken") == {("arrested", 25)}


def test_received_prison_terms_is_a_sentence(nlp: Language) -> None:
    text = "Nine other dock workers received prison terms of up to five years."
    assert ("sentenced", 9) in pairs(nlp, "sentencing", text, "terms")


def test_count_of_them_is_a_count(nlp: Language) -> None:
    text = "Soldiers fired on villagers who had blocked the road, killing dozens of them."
    assert pairs(nlp, "attack", text, "fired") == {("killed", 12)}


def test_of_them_after_a_count_is_a_subset(nlp: Language) -> None:
    text = "The governor said 40 guards had been killed, three of them beheaded."
    assert pairs(nlp, "attack", text, "killed") == {("killed", 40)}


def test_of_them_children_is_a_reported_subset(nlp: Language) -> None:
    text = "Monitors counted 210 people killed in the crackdown, 19 of them children."
    assert pairs(nlp, "attack", text, "killed") == {("killed", 210), ("killed", 19)}


def test_out_of_whole_is_not_a_figure(nlp: Language) -> None:
    text = "Out of the 40 accused in the trial, seven were sentenced to death."
    assert pairs(nlp, "sentencing", text, "sentenced") == {("sentenced", 7)}


def test_firing_at_people_does_not_kill_them(nlp: Language) -> None:
    text = "Troops fired rubber bullets at thousands of marchers in the main square."
    assert pairs(nlp, "attack", text, "fired") == set()


def test_assault_gives_no_death_toll(nlp: Language) -> None:
    text = "Three reporters who had tried to film the camp were assaulted by soldiers."
    assert pairs(nlp, "attack", text, "assaulted") == set()


def test_martyred_is_killed(nlp: Language) -> None:
    text = "Two militiamen were martyred when gunmen attacked their post, the agency said."
    assert ("killed", 2) in pairs(nlp, "attack", text, "martyred")
