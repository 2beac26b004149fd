"""Tests of acts set within the whole movement ("killed during the unrest", "arrested in
those protests") and of general strikes: they borrow no city from the paragraph, but a
place of their own, a place on the movement noun and a plain follow-up stay."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import sentence_places


def test_killed_during_the_unrest_takes_no_paragraph_city(nlp: Language) -> None:
    text = (
        "Students gathered outside Amirkabir University in Tehran on Saturday evening. "
        "Officials have acknowledged that 25 people were killed during the unrest."
    )
    got = sentence_places(nlp, text, "Officials have acknowledged", "killed")
    assert got == [("IR", None, None)]


def test_arrested_in_those_protests_takes_no_paragraph_city(nlp: Language) -> None:
    text = (
        "Riot police fired tear gas at mourners in Mashhad on Sunday. "
        "Rights groups said dozens of people were arrested in those protests."
    )
    got = sentence_places(nlp, text, "Rights groups said", "arrested")
    assert got == [("IR", None, None)]


def test_plain_follow_up_keeps_the_paragraph_city(nlp: Language) -> None:
    text = (
        "Riot police fired tear gas at mourners in Mashhad on Sunday. "
        "Rights groups said dozens of people were arrested."
    )
    got = sentence_places(nlp, text, "Rights groups said", "arrested")
    assert got == [("IR", "Razavi Khorasan", "Mashhad")]


def test_unrest_in_the_city_keeps_the_paragraph_city(nlp: Language) -> None:
    text = (
        "Riot police fired tear gas at mourners in Mashhad on Sunday. "
        "Officials said two men were killed during the unrest in the city."
    )
    got = sentence_places(nlp, text, "Officials said", "killed")
    assert got == [("IR", "Razavi Khorasan", "Mashhad")]


def test_a_single_protest_is_one_scene(nlp: Language) -> None:
    text = (
        "Riot police fired tear gas at mourners in Mashhad on Sunday. "
        "Two men were injured during the protest."
    )
    got = sentence_places(nlp, text, "Two men", "injured")
    assert got == [("IR", "Razavi Khorasan", "Mashhad")]


# --- a general strike is the whole country's -----------------------------------------------


def test_general_strike_takes_no_paragraph_city(nlp: Language) -> None:
    text = (
        "Riot police fired tear gas at mourners in Mashhad on Sunday. "
        "On Tuesday the unions held a general strike."
    )
    got = sentence_places(nlp, text, "On Tuesday", "strike")
    assert got == [("IR", None, None)]


def test_plain_strike_keeps_the_paragraph_city(nlp: Language) -> None:
    text = (
        "Riot police fired tear gas at mourners in Mashhad on Sunday. "
        "On Tuesday the bus drivers held a strike."
    )
    got = sentence_places(nlp, text, "On Tuesday", "strike")
    assert got == [("IR", "Razavi Khorasan", "Mashhad")]


def test_general_strike_in_a_named_city_keeps_it(nlp: Language) -> None:
    text = "On Tuesday the unions held a general strike in Mashhad."
    got = sentence_places(nlp, text, "On Tuesday", "strike")
    assert got == [("IR", "Razavi Khorasan", "Mashhad")]
