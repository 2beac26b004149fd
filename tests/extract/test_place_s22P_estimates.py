"""Tests of estimates of the whole movement: a count noun an estimate puts at a large
figure ("puts the number at more than 600"), a bare large count as the trigger and a
large count of people "held" borrow no story or paragraph city; a small local estimate
and a plain follow-up keep it."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import sentence_places

_LEAD = (
    "Riot police fired tear gas at mourners in Mashhad on Sunday, witnesses said. "
    "Shops in the city's bazaar stayed closed. "
)


def test_estimate_put_at_a_large_figure_is_the_countrys(nlp: Language) -> None:
    text = _LEAD + "A rights group that keeps a database puts the number at more than 600."
    got = sentence_places(nlp, text, "A rights group", "number")
    assert got == [("IR", None, None)]


def test_number_arrested_put_at_a_large_figure_is_the_countrys(nlp: Language) -> None:
    text = _LEAD + "Local media put the number arrested at more than 3,000."
    got = sentence_places(nlp, text, "Local media", "arrested")
    assert got == [("IR", None, None)]


_STORY = (
    "Students were arrested in Tehran on Saturday after a vigil at Tehran University.\n\n"
    "Witnesses said riot police beat mourners near Enghelab Square in Tehran.\n\n"
    "Officials say the unrest has ended.\n\n"
)


def test_large_count_of_people_held_takes_no_story_city(nlp: Language) -> None:
    text = _STORY + "A lawmaker told reporters that roughly 4,200 people had been held."
    got = sentence_places(nlp, text, "A lawmaker", "held")
    assert got == [("IR", None, None)]


def test_small_count_of_people_held_keeps_the_story_city(nlp: Language) -> None:
    text = _STORY + "A lawyer said that about 40 people had been held."
    got = sentence_places(nlp, text, "A lawyer", "held")
    assert got == [("IR", "Tehran", "Tehran")]


def test_bare_large_count_takes_no_story_city(nlp: Language) -> None:
    text = _STORY + "Reuters, citing two officials, reported about 1,500."
    got = sentence_places(nlp, text, "Reuters", "1,500")
    assert got == [("IR", None, None)]


def test_small_estimate_keeps_the_paragraph_city(nlp: Language) -> None:
    text = _LEAD + "Witnesses put the number of wounded at more than 30."
    got = sentence_places(nlp, text, "Witnesses put", "wounded")
    assert got == [("IR", "Razavi Khorasan", "Mashhad")]


def test_plain_follow_up_keeps_the_paragraph_city(nlp: Language) -> None:
    text = _LEAD + "Dozens of people were arrested."
    got = sentence_places(nlp, text, "Dozens of people", "arrested")
    assert got == [("IR", "Razavi Khorasan", "Mashhad")]
