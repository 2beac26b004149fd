"""Tests of online blocks named through a preposition ("the blocking of the internet",
"access to Instagram was blocked"): without a place of their own they
are the whole country's, not the paragraph's city nor the seat of the body that
orders them ("a court in Tehran ordered Telegram blocked"); a cut "in the city" stays
there."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import sentence_places

_LEAD = "Riot police fired tear gas at students in Shiraz on Sunday. "


def test_blocking_of_the_internet_is_the_countrys(nlp: Language) -> None:
    text = _LEAD + "The blocking of the internet made reporting very difficult."
    got = sentence_places(nlp, text, "The blocking", "blocking")
    assert got == [("IR", None, None)]


def test_access_to_an_app_blocked_is_the_countrys(nlp: Language) -> None:
    text = _LEAD + "Access to Instagram was blocked on Monday."
    got = sentence_places(nlp, text, "Access to", "blocked")
    assert got == [("IR", None, None)]


def test_blocking_of_an_app_ordered_is_the_countrys(nlp: Language) -> None:
    text = _LEAD + "The authorities ordered the blocking of the Telegram app."
    got = sentence_places(nlp, text, "The authorities", "blocking")
    assert got == [("IR", None, None)]


def test_cut_in_the_city_stays_in_the_city(nlp: Language) -> None:
    text = _LEAD + "Mobile internet in the city was cut on Monday."
    got = sentence_places(nlp, text, "Mobile internet", "cut")
    assert got == [("IR", "Fars", "Shiraz")]


def test_block_ordered_by_a_court_in_a_city_is_the_countrys(nlp: Language) -> None:
    text = "In April a court in Tehran ordered Telegram blocked again."
    got = sentence_places(nlp, text, "In April", "blocked")
    assert got == [("IR", None, None)]
